// Payments, settlements, reconciliation and CSV export on real databases (SQLite and
// PostgreSQL) over the demo data: settlement totals recomputed independently in SQL,
// totals that match the rows, frozen settlements, result files (exact, failed, ambiguous,
// duplicate, malformed, CP949) applied in one transaction and idempotent on re-import, a
// backend killed mid-apply, and streamed CSV export with cancel.

#include "Csv.h"
#include "Operations.h"
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "sql/Migrations.h"
#include "sql/SqlBackend.h"
#include "sql/SqlLists.h"
#include "sql/SqlOrganizations.h"
#include "sql/SqlPayments.h"
#include "sql/SqlSession.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringEncoder>
#include <QTemporaryDir>
#include <QtTest>

#include <map>

using namespace pd;
using namespace pd::sql;

namespace {
using test::exec;
using test::rows;
using test::value;
const QDate kAsOf(2026, 10, 15);

/// Pending payments of one center in a month, with what a result file line needs.
struct Owed
{
    qint64 id;
    QString contract;
    qint64 amount;
    QDate due;
};
} // namespace

class TestPayments : public QObject
{
    Q_OBJECT

    test::DemoDatabases m_demo;
    QTemporaryDir m_dir;

    SqlSession* session(int dialect) { return m_demo.session(Dialect(dialect)); }
    DatabaseUrl url(int dialect) { return m_demo.url(Dialect(dialect)); }

    /// The pending auto-debit payments of center `centerCode` in `month` that have a contract.
    QVector<Owed> owed(SqlSession& s, const QString& centerCode, const QString& month)
    {
        QVector<Owed> out;
        const auto list =
            rows(s, QStringLiteral("SELECT p.id, c.contract_id, p.amount, p.due_date FROM payments p "
                                   "JOIN organizations i ON i.id = p.organization_id "
                                   "JOIN organizations ctr ON ctr.id = i.parent_id "
                                   "JOIN cms_info c ON c.parent_id = p.parent_id "
                                   "WHERE ctr.code = '%1' AND p.payment_month = '%2' AND p.status = 'pending' "
                                   "ORDER BY p.id")
                        .arg(centerCode, month));
        for (const auto& r : list) {
            out.append({r[0].toLongLong(), r[1].toString(), r[2].toLongLong(),
                        QDate::fromString(r[3].toString().left(10), Qt::ISODate)});
        }
        return out;
    }
    qint64 centerId(SqlSession& s, const QString& code)
    {
        return value(s, QStringLiteral("SELECT id FROM organizations WHERE code = '%1'").arg(code)).toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        const QString failed = m_demo.prepare(QStringLiteral("payments"), kAsOf, 0.05);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    /// Every settlement equals the count and sum of its center's success payments of its month,
    /// recomputed here without the console's code (institutions by parent_id, not by path), with
    /// the fee rounded half up in SQL; and every center-month with success payments has one.
    void settlementsEqualTheirPayments_data() { test::addDialectRows(); }
    void settlementsEqualTheirPayments()
    {
        QFETCH(int, dialect);
        SqlSession* s = session(dialect);
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        const QString independent = QStringLiteral(
            "SELECT st.id, st.payment_count, st.gross_amount, st.fee_amount, st.net_amount, "
            "(SELECT COUNT(*) FROM payments p JOIN organizations i ON i.id = p.organization_id "
            " WHERE i.parent_id = st.organization_id AND p.payment_month = st.settlement_month "
            " AND p.status = 'success'), "
            "(SELECT COALESCE(SUM(p.amount), 0) FROM payments p JOIN organizations i ON i.id = p.organization_id "
            " WHERE i.parent_id = st.organization_id AND p.payment_month = st.settlement_month "
            " AND p.status = 'success') FROM settlements st ORDER BY st.id");
        const auto list = rows(*s, independent);
        QVERIFY(list.size() > 20);
        for (const auto& r : list) {
            const qint64 gross = r[6].toLongLong();
            QCOMPARE(r[1].toLongLong(), r[5].toLongLong());
            QCOMPARE(r[2].toLongLong(), gross);
            QCOMPARE(r[3].toLongLong(), (gross * 250 + 5000) / 10000);
            QCOMPARE(r[4].toLongLong(), gross - r[3].toLongLong());
        }
        const qint64 missing =
            value(*s, QStringLiteral("SELECT COUNT(*) FROM (SELECT i.parent_id, p.payment_month FROM payments p "
                                     "JOIN organizations i ON i.id = p.organization_id WHERE p.status = 'success' "
                                     "GROUP BY i.parent_id, p.payment_month) x WHERE NOT EXISTS (SELECT 1 FROM "
                                     "settlements st WHERE st.organization_id = x.parent_id AND "
                                     "st.settlement_month = x.payment_month)"))
                .toLongLong();
        QCOMPARE(missing, 0);
        // Computing the current month again finds nothing to change; confirmed ones are left.
        auto run = runSettlements(*s, SettlementRun{kAsOf.toString(QStringLiteral("yyyy-MM")), 0});
        QVERIFY2(run.ok(), qPrintable(run.error().message + QLatin1Char(' ') + run.error().detail));
        QCOMPARE(run.value().created + run.value().updated, 0);
        QVERIFY(run.value().unchanged > 0);
        auto past = runSettlements(*s, SettlementRun{kAsOf.addMonths(-1).toString(QStringLiteral("yyyy-MM")), 0});
        QVERIFY(past.ok());
        QCOMPARE(past.value().unchanged + past.value().created + past.value().updated, 0);
        QVERIFY(past.value().frozen > 0);
    }

    /// Totals by status use the list's own filter, so they equal the rows.
    void totalsMatchTheRows_data() { test::addDialectRows(); }
    void totalsMatchTheRows()
    {
        QFETCH(int, dialect);
        SqlSession* s = session(dialect);
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        const qint64 center = centerId(*s, QStringLiteral("C-GANGNAM"));
        for (const auto& filters : QVector<QMap<QString, QString>>{
                 {},
                 {{QStringLiteral("month"), kAsOf.toString(QStringLiteral("yyyy-MM"))}},
                 {{QStringLiteral("org"), QString::number(center)},
                  {QStringLiteral("status"), QStringLiteral("failed")}},
                 {{QStringLiteral("q"), QStringLiteral("김")}, {QStringLiteral("method"), QStringLiteral("cms")}}}) {
            ListRequest request;
            request.area = Area::Payments;
            request.filters = filters;
            auto totals = listTotals(*s, request);
            QVERIFY2(totals.ok(), qPrintable(totals.error().message));
            QMap<QString, QPair<qint64, qint64>> fromRows;
            const int statusColumn = columnIndex(Area::Payments, QStringLiteral("status"));
            const int amountColumn = columnIndex(Area::Payments, QStringLiteral("amount"));
            auto streamed = forEachRow(*s, request, [&](const QVariantList& row) {
                auto& t = fromRows[row[statusColumn].toString()];
                ++t.first;
                t.second += row[amountColumn].toLongLong();
                return true;
            });
            QVERIFY(streamed.ok());
            QCOMPARE(totals.value().count(), streamed.value());
            for (const StatusTotal& t : totals.value().byStatus) {
                QCOMPARE(t.count, fromRows.value(t.status).first);
                QCOMPARE(t.amount, fromRows.value(t.status).second);
            }
            QCOMPARE(totals.value().byStatus.size(), fromRows.size());
        }
    }

    /// Confirming freezes the counted payments: changes are refused naming the settlement, by
    /// the console and by the database's trigger; reopening (with a reason) lifts it.
    void confirmedSettlementFreezesPayments_data() { test::addDialectRows(); }
    void confirmedSettlementFreezesPayments()
    {
        QFETCH(int, dialect);
        SqlSession* s = session(dialect);
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        const QString month = kAsOf.toString(QStringLiteral("yyyy-MM"));
        const QVector<Owed> pending = owed(*s, QStringLiteral("C-CHANGWON"), month);
        QVERIFY(pending.size() >= 2);
        const qint64 settlement = value(*s, QStringLiteral("SELECT st.id FROM settlements st JOIN organizations c ON "
                                                           "c.id = st.organization_id WHERE c.code = 'C-CHANGWON' AND "
                                                           "st.settlement_month = '%1'")
                                                .arg(month))
                                      .toLongLong();
        QVERIFY(settlement > 0);
        // A manual settle needs a reason; with one it is audited.
        PaymentChange paid{pending[0].id, 1, PaymentChange::Action::MarkPaid, QString(), kAsOf, QStringLiteral("R-1")};
        QCOMPARE(changePayment(*s, paid).error().kind, Error::Kind::Invalid);
        paid.reason = QStringLiteral("paid in cash at the center");
        auto done = changePayment(*s, paid);
        QVERIFY2(done.ok(), qPrintable(done.error().message));
        QCOMPARE(changePayment(*s, paid).error().kind, Error::Kind::Conflict);
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'payment.mark_paid' AND "
                                          "entity_id = %1 AND reason = 'paid in cash at the center'")
                               .arg(pending[0].id))
                     .toInt(),
                 1);
        // Confirm recomputes: the draft now counts the payment just settled.
        const qint64 countBefore =
            value(*s, QStringLiteral("SELECT payment_count FROM settlements WHERE id = %1").arg(settlement))
                .toLongLong();
        const int version =
            value(*s, QStringLiteral("SELECT version FROM settlements WHERE id = %1").arg(settlement)).toInt();
        auto confirmed =
            changeSettlement(*s, SettlementChange{settlement, version, SettlementChange::Action::Confirm, {}});
        QVERIFY2(confirmed.ok(), qPrintable(confirmed.error().message));
        QCOMPARE(value(*s, QStringLiteral("SELECT payment_count FROM settlements WHERE id = %1").arg(settlement))
                     .toLongLong(),
                 countBefore + 1);
        QCOMPARE(value(*s, QStringLiteral("SELECT status FROM settlements WHERE id = %1").arg(settlement)).toString(),
                 QStringLiteral("confirmed"));
        // The console refuses, naming the settlement.
        PaymentChange second{pending[1].id, 1, PaymentChange::Action::MarkPaid, QStringLiteral("cash"), kAsOf, {}};
        auto refused = changePayment(*s, second);
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
        QVERIFY2(refused.error().message.contains(QStringLiteral("#%1").arg(settlement)),
                 qPrintable(refused.error().message));
        qInfo("refusal shown: %s", qPrintable(refused.error().message));
        // So does the database, for any writer; a change that does not affect counting passes.
        QString error;
        QVERIFY(!exec(*s, QStringLiteral("UPDATE payments SET status = 'refunded' WHERE id = %1").arg(pending[0].id),
                      &error));
        QVERIFY2(error.contains(QStringLiteral("settlement")), qPrintable(error));
        QVERIFY(
            exec(*s, QStringLiteral("UPDATE payments SET failure_reason = 'retry' WHERE id = %1").arg(pending[1].id)));
        // Reopen needs a reason; then the payment can change again.
        const int v2 = version + 1;
        QCOMPARE(
            changeSettlement(*s, SettlementChange{settlement, v2, SettlementChange::Action::Reopen, {}}).error().kind,
            Error::Kind::Invalid);
        QVERIFY(changeSettlement(*s, SettlementChange{settlement, v2, SettlementChange::Action::Reopen,
                                                      QStringLiteral("late cash payment")})
                    .ok());
        QVERIFY(changePayment(*s, second).ok());
    }

    /// Applying repeats the match checks against the payments as stored: a client that marks a
    /// 1-won line dated in 2030 as the match of a whole payment, or a line for another member,
    /// or a payment of another center, is refused and nothing changes.
    void applyRepeatsTheMatchChecks_data() { test::addDialectRows(); }
    void applyRepeatsTheMatchChecks()
    {
        QFETCH(int, dialect);
        SqlSession* s = session(dialect);
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        const QString month = kAsOf.toString(QStringLiteral("yyyy-MM"));
        const QVector<Owed> pending = owed(*s, QStringLiteral("C-GANGNAM"), month);
        QVERIFY(pending.size() >= 2);
        const QString day = kAsOf.toString(Qt::ISODate);
        const QString text = QStringLiteral("date,contract,amount,tid,code\n"
                                            "2030-01-01,%1,1,FORGE-1,0000\n"
                                            "%2,%1,1,FORGE-4,0000\n"
                                            "%2,%3,%4,FORGE-2,0000\n"
                                            "%2,%1,%5,FORGE-3,0000\n")
                                 .arg(pending[0].contract, day, pending[1].contract)
                                 .arg(pending[1].amount)
                                 .arg(pending[0].amount);
        auto parsed = parseStatement(text.toUtf8(), QStringLiteral("forged.csv"));
        QVERIFY(parsed.ok());
        const Statement st = parsed.value();
        QCOMPARE(st.lines.size(), 4);
        SqlBackend backend(url(dialect));
        const qint64 center = centerId(*s, QStringLiteral("C-GANGNAM"));
        auto candidates = test::await<ReconciliationCandidates>([&](QObject* r, auto done) {
            backend.fetchReconciliationCandidates({center, st.candidateMonths(), st.sha256, st.providerTids()}, r,
                                                  done);
        });
        QVERIFY(candidates.ok());
        const QVector<ExpectedPayment>& expected = candidates.value().expected;
        auto indexOf = [&](qint64 id) {
            for (int i = 0; i < expected.size(); ++i) {
                if (expected[i].id == id) {
                    return i;
                }
            }
            return -1;
        };
        QVERIFY(indexOf(pending[0].id) >= 0 && indexOf(pending[1].id) >= 0);
        // Forged choices: 1 won dated 2030, and 1 won today, for payment 0; member 1's money
        // (its own member and month) for payment 0.
        const QList<std::pair<int, qint64>> forgeries = {{0, pending[0].id}, {1, pending[0].id}, {2, pending[0].id}};
        for (const auto& [line, payment] : forgeries) {
            QVector<LineMatch> matches(st.lines.size());
            matches[line] = LineMatch{MatchKind::MemberMonth, indexOf(payment), true, 0, 0};
            const ReconciliationApply apply{center, st, matches, expected};
            auto refused = test::await<ReconciliationOutcome>(
                [&](QObject* r, auto done) { backend.applyReconciliation(apply, r, done); });
            QCOMPARE(refused.error().kind, Error::Kind::Invalid);
            qInfo("refused: %s", qPrintable(refused.error().message));
            QVERIFY(refused.error().message.contains(QStringLiteral("ine %1").arg(st.lines[line].line)));
        }
        // Matches that do not fit the file are the client's mistake (400), not the server's.
        QCOMPARE(test::await<ReconciliationOutcome>([&](QObject* r, auto done) {
                     backend.applyReconciliation(
                         ReconciliationApply{center, st, QVector<LineMatch>(st.lines.size() + 1), expected}, r, done);
                 })
                     .error()
                     .kind,
                 Error::Kind::Invalid);
        QVector<LineMatch> nowhere(st.lines.size());
        nowhere[0] = LineMatch{MatchKind::MemberMonth, int(expected.size()) + 5, true, 0, 0};
        QCOMPARE(test::await<ReconciliationOutcome>([&](QObject* r, auto done) {
                     backend.applyReconciliation(ReconciliationApply{center, st, nowhere, expected}, r, done);
                 })
                     .error()
                     .kind,
                 Error::Kind::Invalid);
        // A payment of another center, offered as if it were one of this file's.
        const qint64 elsewhere = value(*s, QStringLiteral("SELECT MIN(p.id) FROM payments p JOIN organizations i ON "
                                                          "i.id = p.organization_id JOIN organizations c ON c.id = "
                                                          "i.parent_id WHERE c.code <> 'C-GANGNAM' AND p.status = "
                                                          "'pending'"))
                                     .toLongLong();
        QVector<ExpectedPayment> widened = expected;
        ExpectedPayment other = expected[indexOf(pending[0].id)];
        other.id = elsewhere;
        other.version = value(*s, QStringLiteral("SELECT version FROM payments WHERE id = %1").arg(elsewhere)).toInt();
        widened.append(other);
        QVector<LineMatch> matches(st.lines.size());
        matches[3] = LineMatch{MatchKind::MemberMonth, int(widened.size() - 1), true, 0, 0};
        auto refused = test::await<ReconciliationOutcome>([&](QObject* r, auto done) {
            backend.applyReconciliation(ReconciliationApply{center, st, matches, widened}, r, done);
        });
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
        for (qint64 id : {pending[0].id, pending[1].id, elsewhere}) {
            QCOMPARE(value(*s, QStringLiteral("SELECT status FROM payments WHERE id = %1").arg(id)).toString(),
                     QStringLiteral("pending"));
        }
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM reconciliation_imports WHERE file_name = 'forged.csv'"))
                     .toInt(),
                 0);
        // The true match of the last line still applies.
        QVector<LineMatch> honest(st.lines.size());
        honest[3] = LineMatch{MatchKind::MemberMonth, indexOf(pending[0].id), true, 0, 0};
        auto applied = test::await<ReconciliationOutcome>([&](QObject* r, auto done) {
            backend.applyReconciliation(ReconciliationApply{center, st, honest, expected}, r, done);
        });
        QVERIFY2(applied.ok(), qPrintable(applied.error().message));
        QCOMPARE(applied.value().paid, 1);
    }

    /// A CP949 result file with Korean headers: exact matches, a failure code, a malformed
    /// line, a repeated provider id and a line for nobody. Applying changes the payments, the
    /// lines and the audit log in one go; the same file again changes nothing.
    void reconciliationAppliesOnceAndOnlyOnce_data() { test::addDialectRows(); }
    void reconciliationAppliesOnceAndOnlyOnce()
    {
        QFETCH(int, dialect);
        SqlSession* s = session(dialect);
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        const QString month = kAsOf.toString(QStringLiteral("yyyy-MM"));
        const QVector<Owed> pending = owed(*s, QStringLiteral("C-BUSAN-HAEUNDAE"), month);
        QVERIFY(pending.size() >= 5);
        const QString day = kAsOf.toString(Qt::ISODate);
        QString text = QStringLiteral("거래일자,고객명,계약번호,출금액,거래번호,결과코드\r\n");
        auto add = [&](const Owed& o, const QString& tid, const QString& code) {
            text += QStringLiteral("%1,\"김, 민준\",%2,\"%3\",%4,%5\r\n")
                        .arg(day, o.contract, QLocale(QLocale::English).toString(o.amount), tid, code);
        };
        add(pending[0], QStringLiteral("KB-0001"), QStringLiteral("0000"));
        add(pending[1], QStringLiteral("KB-0002"), QStringLiteral("정상"));
        add(pending[2], QStringLiteral("KB-0003"), QStringLiteral("E301"));                     // insufficient funds
        text += QStringLiteral("2026-02-30,%1,1000,KB-0004,0000\r\n").arg(pending[3].contract); // malformed date
        add(pending[0], QStringLiteral("KB-0001"), QStringLiteral("0000"));                     // repeated provider id
        text += QStringLiteral("%1,,CMS999999999,12345,KB-0006,0000\r\n").arg(day);             // nobody
        const QByteArray bytes = QStringEncoder("windows-949").encode(text);
        QVERIFY(bytes.size() > 0);
        auto parsed = parseStatement(bytes, QStringLiteral("cms_result_%1.csv").arg(month));
        QVERIFY(parsed.ok());
        const Statement st = parsed.value();
        QCOMPARE(st.encoding, QStringLiteral("CP949"));
        QCOMPARE(st.lines.size(), 5);
        QCOMPARE(st.bad.size(), 1);
        QCOMPARE(st.bad.front().line, 5);

        SqlBackend backend(url(dialect));
        const qint64 center = centerId(*s, QStringLiteral("C-BUSAN-HAEUNDAE"));
        const ReconciliationQuery query{center, st.candidateMonths(), st.sha256, st.providerTids()};
        auto candidates = test::await<ReconciliationCandidates>(
            [&](QObject* r, auto done) { backend.fetchReconciliationCandidates(query, r, done); });
        QVERIFY2(candidates.ok(), qPrintable(candidates.error().message));
        QVERIFY(!candidates.value().previous);
        const auto matches = matchStatement(st.lines, candidates.value().expected, candidates.value().appliedTids);
        QCOMPARE(int(matches[0].kind), int(MatchKind::MemberMonth));
        QCOMPARE(int(matches[2].kind), int(MatchKind::MemberMonth));
        QCOMPARE(int(matches[3].kind), int(MatchKind::DuplicateInFile));
        QCOMPARE(int(matches[4].kind), int(MatchKind::Unmatched));
        const ReconciliationBalance balance = reconciliationBalance(st.lines, matches);
        QCOMPARE(balance.difference, 12345);

        const qint64 auditBefore = value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
        ReconciliationApply apply{center, st, matches, candidates.value().expected};
        auto applied = test::await<ReconciliationOutcome>(
            [&](QObject* r, auto done) { backend.applyReconciliation(apply, r, done); });
        QVERIFY2(applied.ok(), qPrintable(applied.error().message + QLatin1Char(' ') + applied.error().detail));
        QCOMPARE(applied.value().paid, 2);
        QCOMPARE(applied.value().failed, 1);
        QCOMPARE(applied.value().paidAmount, pending[0].amount + pending[1].amount);
        QCOMPARE(applied.value().recordedLines, 6);
        const auto p0 =
            rows(*s, QStringLiteral("SELECT status, tid, version FROM payments WHERE id = %1").arg(pending[0].id));
        QCOMPARE(p0.front()[0].toString(), QStringLiteral("success"));
        QCOMPARE(p0.front()[1].toString(), QStringLiteral("KB-0001"));
        QCOMPARE(p0.front()[2].toInt(), 2);
        const auto p2 =
            rows(*s, QStringLiteral("SELECT status, failure_reason, attempt_count FROM payments WHERE id = %1")
                         .arg(pending[2].id));
        QCOMPARE(p2.front()[0].toString(), QStringLiteral("failed"));
        QVERIFY(p2.front()[1].toString().contains(QStringLiteral("E301")));
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM reconciliation_lines WHERE import_id = %1")
                               .arg(applied.value().importId))
                     .toInt(),
                 6);
        QCOMPARE(value(*s, QStringLiteral("SELECT note FROM reconciliation_lines WHERE import_id = %1 AND line_no = 5")
                               .arg(applied.value().importId))
                     .toString(),
                 st.bad.front().reason);
        // One audit row per changed payment and one for the import.
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(), auditBefore + 4);

        // The same file again: the console is told, and applying changes nothing.
        auto again = test::await<ReconciliationCandidates>(
            [&](QObject* r, auto done) { backend.fetchReconciliationCandidates(query, r, done); });
        QVERIFY(again.ok());
        QVERIFY(again.value().previous);
        QCOMPARE(again.value().previous->id, applied.value().importId);
        QVERIFY(again.value().appliedTids.contains(QStringLiteral("KB-0001")));
        auto second = test::await<ReconciliationOutcome>(
            [&](QObject* r, auto done) { backend.applyReconciliation(apply, r, done); });
        QVERIFY(second.ok());
        QVERIFY(second.value().alreadyImported);
        QCOMPARE(
            value(*s, QStringLiteral("SELECT COUNT(*) FROM reconciliation_imports WHERE file_name LIKE 'cms_result_%'"))
                .toInt(),
            1);
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(), auditBefore + 4);
        // A different file carrying an applied provider id does not apply it twice.
        const auto rematched = matchStatement(st.lines, again.value().expected, again.value().appliedTids);
        QCOMPARE(int(rematched[0].kind), int(MatchKind::AlreadyApplied));
        // A stale match (the payment changed since) is refused whole.
        Statement other = st;
        other.sha256 = QString(64, u'a');
        ReconciliationApply stale{center, other, matches, candidates.value().expected};
        for (LineMatch& m : stale.matches) {
            m.chosen = false;
        }
        stale.matches[1].chosen = false;
        stale.matches[2].chosen = true; // pending[2] is version 2 now
        auto refused = test::await<ReconciliationOutcome>(
            [&](QObject* r, auto done) { backend.applyReconciliation(stale, r, done); });
        QCOMPARE(refused.error().kind, Error::Kind::Conflict);
        QCOMPARE(
            value(*s, QStringLiteral("SELECT COUNT(*) FROM reconciliation_imports WHERE file_name LIKE 'cms_result_%'"))
                .toInt(),
            1);
    }

    /// Coded results (docs/DOMAIN.md, "Coded debit results"): each failure code of a result file
    /// leads to its action on Apply. Retry and manual codes leave the contract alone; a suspend
    /// or update-account code suspends an active contract (cms.suspend audited with the code and
    /// the payment); a contract that is not active is left and the line is followed up by hand;
    /// an unknown code is kept as it came and followed up by hand. The payment keeps the code
    /// and the line its action.
    void reasonCodesLeadToTheirActions_data() { test::addDialectRows(); }
    void reasonCodesLeadToTheirActions()
    {
        QFETCH(int, dialect);
        SqlSession* s = session(dialect);
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        const QString month = kAsOf.toString(QStringLiteral("yyyy-MM"));
        // The center with the most pending debits of active contracts this month, of those the
        // other tests here leave alone.
        const auto centers = rows(*s, QStringLiteral("SELECT ctr.id FROM payments p "
                                                     "JOIN organizations i ON i.id = p.organization_id "
                                                     "JOIN organizations ctr ON ctr.id = i.parent_id "
                                                     "JOIN cms_info c ON c.parent_id = p.parent_id "
                                                     "WHERE p.payment_month = '%1' AND p.status = 'pending' "
                                                     "AND c.cms_status = 'active' AND ctr.code NOT IN "
                                                     "('C-CHANGWON', 'C-GANGNAM', 'C-BUSAN-HAEUNDAE', 'C-BUCHEON') "
                                                     "GROUP BY ctr.id "
                                                     "ORDER BY COUNT(*) DESC, ctr.id LIMIT 1")
                                          .arg(month));
        QVERIFY(!centers.isEmpty());
        const qint64 center = centers.front()[0].toLongLong();
        const auto owed = rows(*s, QStringLiteral("SELECT p.id, c.contract_id, p.amount, c.id, c.version, p.parent_id "
                                                  "FROM payments p JOIN organizations i ON i.id = p.organization_id "
                                                  "JOIN cms_info c ON c.parent_id = p.parent_id "
                                                  "WHERE i.parent_id = %1 AND p.payment_month = '%2' AND "
                                                  "p.status = 'pending' AND c.cms_status = 'active' ORDER BY p.id")
                                       .arg(center)
                                       .arg(month));
        QVERIFY2(owed.size() >= 7, qPrintable(QString::number(owed.size())));
        // The sixth member's contract was suspended by hand before the file came.
        QVERIFY(exec(*s, QStringLiteral("UPDATE cms_info SET cms_status = 'suspended', version = version + 1 "
                                        "WHERE id = %1")
                             .arg(owed[5][3].toLongLong())));
        struct Case
        {
            const char* code;
            const char* action;
            const char* contractAfter;
        };
        const Case cases[] = {
            {"0001", "retry", "active"},             // insufficient funds
            {"1001", "update_account", "suspended"}, // account closed
            {"2001", "suspend", "suspended"},        // mandate revoked
            {"3001", "manual", "active"},            // account frozen
            {"Q77", "manual", "active"},             // a code nobody knows
            {"2002", "suspend", "suspended"},        // mandate not registered, contract suspended already
            {"1003", "update_account", "suspended"}, // holder mismatch
        };
        const QString day = kAsOf.addDays(-1).toString(Qt::ISODate);
        QString text = QStringLiteral("date,contract,amount,tid,result\n");
        for (int i = 0; i < 7; ++i) {
            text += QStringLiteral("%1,%2,%3,RC-%4-%5,%6\n")
                        .arg(day, owed[i][1].toString())
                        .arg(owed[i][2].toLongLong())
                        .arg(dialect)
                        .arg(i)
                        .arg(QString::fromLatin1(cases[i].code).toLower()); // codes compare case-insensitively
        }
        auto parsed = parseStatement(text.toUtf8(), QStringLiteral("codes_%1.csv").arg(dialect));
        QVERIFY(parsed.ok());
        const Statement st = parsed.value();
        QCOMPARE(st.lines.size(), 7);
        SqlBackend backend(url(dialect));
        auto candidates = test::await<ReconciliationCandidates>([&](QObject* r, auto done) {
            backend.fetchReconciliationCandidates(
                ReconciliationQuery{center, st.candidateMonths(), st.sha256, st.providerTids()}, r, done);
        });
        QVERIFY2(candidates.ok(), qPrintable(candidates.error().message));
        // The table as migration 027 seeds it reaches the console.
        QCOMPARE(candidates.value().reasonCodes.size(),
                 value(*s, QStringLiteral("SELECT COUNT(*) FROM debit_reason_codes")).toInt());
        bool known = true;
        QCOMPARE(debitReasonFor(candidates.value().reasonCodes, QStringLiteral(" 1001 "), &known).nameEn,
                 QStringLiteral("Account closed"));
        QVERIFY(known);
        QCOMPARE(int(debitReasonFor(candidates.value().reasonCodes, QStringLiteral("q77"), &known).action),
                 int(DebitAction::Manual));
        QVERIFY(!known);
        const auto matches = matchStatement(st.lines, candidates.value().expected, candidates.value().appliedTids);
        for (const LineMatch& m : matches) {
            QCOMPARE(int(m.kind), int(MatchKind::MemberMonth));
            QVERIFY(m.chosen);
        }
        const qint64 suspendsBefore =
            value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'cms.suspend'")).toLongLong();
        auto applied = test::await<ReconciliationOutcome>([&](QObject* r, auto done) {
            backend.applyReconciliation(ReconciliationApply{center, st, matches, candidates.value().expected}, r, done);
        });
        QVERIFY2(applied.ok(), qPrintable(applied.error().message + QLatin1Char(' ') + applied.error().detail));
        const ReconciliationOutcome& o = applied.value();
        QCOMPARE(o.paid, 0);
        QCOMPARE(o.failed, 7);
        QCOMPARE(o.retry, 1);
        QCOMPARE(o.suspended, 3);      // 1001, 2001, 1003
        QCOMPARE(o.accountUpdates, 2); // 1001, 1003
        QCOMPARE(o.manual, 3);         // 3001, Q77, 2002 on a suspended contract
        for (int i = 0; i < 7; ++i) {
            const Case& c = cases[i];
            const auto payment = rows(*s, QStringLiteral("SELECT status, failure_code, failure_reason FROM payments "
                                                         "WHERE id = %1")
                                              .arg(owed[i][0].toLongLong()));
            QCOMPARE(payment.front()[0].toString(), QStringLiteral("failed"));
            QCOMPARE(payment.front()[1].toString(), QString::fromLatin1(c.code).toUpper());
            const QString reason = payment.front()[2].toString();
            if (i == 4) {
                QVERIFY2(reason.contains(QStringLiteral("Q77")), qPrintable(reason));
            } else {
                const QString names = value(*s, QStringLiteral("SELECT name_ko || ' / ' || name_en FROM "
                                                               "debit_reason_codes WHERE code = '%1'")
                                                    .arg(QLatin1String(c.code)))
                                          .toString();
                QVERIFY2(reason.startsWith(names), qPrintable(reason));
            }
            QCOMPARE(value(*s, QStringLiteral("SELECT action FROM reconciliation_lines WHERE import_id = %1 AND "
                                              "payment_id = %2")
                                   .arg(o.importId)
                                   .arg(owed[i][0].toLongLong()))
                         .toString(),
                     QString::fromLatin1(c.action));
            QCOMPARE(
                value(*s, QStringLiteral("SELECT cms_status FROM cms_info WHERE id = %1").arg(owed[i][3].toLongLong()))
                    .toString(),
                QString::fromLatin1(c.contractAfter));
            qint64 audited = 0;
            for (const QVariantList& row :
                 rows(*s, QStringLiteral("SELECT CAST(after_data AS TEXT) FROM audit_log WHERE action = 'cms.suspend' "
                                         "AND entity = 'cms_info' AND entity_id = %1")
                              .arg(owed[i][3].toLongLong()))) {
                const QJsonObject after = QJsonDocument::fromJson(row[0].toString().toUtf8()).object();
                audited +=
                    after.value(QStringLiteral("failure_code")).toString() == QString::fromLatin1(c.code).toUpper() &&
                    after.value(QStringLiteral("payment_id")).toInteger() == owed[i][0].toLongLong();
            }
            const bool suspendedHere = i == 1 || i == 2 || i == 6;
            QCOMPARE(audited, qint64(suspendedHere ? 1 : 0));
            if (suspendedHere) {
                QCOMPARE(
                    value(*s, QStringLiteral("SELECT version FROM cms_info WHERE id = %1").arg(owed[i][3].toLongLong()))
                        .toInt(),
                    owed[i][4].toInt() + 1);
            }
        }
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'cms.suspend'")).toLongLong(),
                 suspendsBefore + 3);
        // The line of the contract that was suspended already says why nothing changed.
        QVERIFY(
            value(*s, QStringLiteral("SELECT note FROM reconciliation_lines WHERE import_id = %1 AND payment_id = %2")
                          .arg(o.importId)
                          .arg(owed[5][0].toLongLong()))
                .toString()
                .contains(QStringLiteral("suspended")));
    }

    /// Retries stop at the limit (docs/DOMAIN.md, "Retry policy"): under its center's policy of
    /// one retry, a payment failing for the first time with a retry code is left to retry and one
    /// that failed once before has used its retries up: its line is for a person, the audit row
    /// says so. A policy out of range or without a reason is refused and writes nothing; a policy
    /// row cannot be changed.
    void retriesStopAtTheLimit_data() { test::addDialectRows(); }
    void retriesStopAtTheLimit()
    {
        QFETCH(int, dialect);
        SqlSession* s = session(dialect);
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        const QString month = kAsOf.toString(QStringLiteral("yyyy-MM"));
        const auto centers = rows(*s, QStringLiteral("SELECT ctr.id FROM payments p "
                                                     "JOIN organizations i ON i.id = p.organization_id "
                                                     "JOIN organizations ctr ON ctr.id = i.parent_id "
                                                     "JOIN cms_info c ON c.parent_id = p.parent_id "
                                                     "WHERE p.payment_month = '%1' AND p.status = 'pending' "
                                                     "AND c.cms_status = 'active' AND ctr.code NOT IN "
                                                     "('C-CHANGWON', 'C-GANGNAM', 'C-BUSAN-HAEUNDAE', 'C-BUCHEON') "
                                                     "GROUP BY ctr.id "
                                                     "ORDER BY COUNT(*) DESC, ctr.id LIMIT 1 OFFSET 1")
                                          .arg(month));
        QVERIFY(!centers.isEmpty());
        const qint64 center = centers.front()[0].toLongLong();
        SqlBackend backend(url(dialect));
        auto setPolicy = [&](int retries, int interval, const QString& reason) {
            return test::await<Done>([&](QObject* r, auto done) {
                backend.call<ops::SetRetryPolicy>(RetryPolicyChange{center, retries, interval, reason}, r, done);
            });
        };
        const qint64 policiesBefore =
            value(*s, QStringLiteral("SELECT COUNT(*) FROM debit_retry_policies")).toLongLong();
        for (const auto& [retries, interval, reason] :
             {std::make_tuple(6, 1, QStringLiteral("too many")), std::make_tuple(3, 6, QStringLiteral("too long")),
              std::make_tuple(1, 0, QStringLiteral("no interval")), std::make_tuple(1, 2, QString())}) {
            auto refused = setPolicy(retries, interval, reason);
            QVERIFY2(!refused.ok(), qPrintable(QStringLiteral("%1 x %2 accepted").arg(retries).arg(interval)));
            QCOMPARE(int(refused.error().kind), int(Error::Kind::Invalid));
        }
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM debit_retry_policies")).toLongLong(), policiesBefore);
        auto set = setPolicy(1, 2, QStringLiteral("one retry two days later, as agreed with the bank"));
        QVERIFY2(set.ok(), qPrintable(set.error().message));
        auto inForce = retryPolicyOf(*s, value(*s, QStringLiteral("SELECT MIN(id) FROM organizations WHERE parent_id "
                                                                  "= %1")
                                                       .arg(center))
                                             .toLongLong());
        QVERIFY(inForce.ok());
        QCOMPARE(inForce.value(), qMakePair(1, 2)); // an institution follows its center
        const QJsonObject before =
            QJsonDocument::fromJson(value(*s, QStringLiteral("SELECT CAST(before_data AS TEXT) FROM audit_log WHERE "
                                                             "action = 'organization.retry_policy' AND entity_id = "
                                                             "%1 ORDER BY id DESC LIMIT 1")
                                                  .arg(center))
                                        .toString()
                                        .toUtf8())
                .object();
        QCOMPARE(before.value(QStringLiteral("retry_limit")).toInt(), 2); // the default before
        QVERIFY(!test::exec(*s, QStringLiteral("UPDATE debit_retry_policies SET retry_limit = 5")));

        const auto owed = rows(*s, QStringLiteral("SELECT p.id, c.contract_id, p.amount FROM payments p "
                                                  "JOIN organizations i ON i.id = p.organization_id "
                                                  "JOIN cms_info c ON c.parent_id = p.parent_id "
                                                  "WHERE i.parent_id = %1 AND p.payment_month = '%2' AND "
                                                  "p.status = 'pending' AND c.cms_status = 'active' ORDER BY p.id")
                                       .arg(center)
                                       .arg(month));
        QVERIFY(owed.size() >= 2);
        // The second payment was debited once before and failed.
        QVERIFY(exec(
            *s, QStringLiteral("UPDATE payments SET attempt_count = 1 WHERE id = %1").arg(owed[1][0].toLongLong())));
        QString text = QStringLiteral("date,contract,amount,result\n");
        for (int i = 0; i < 2; ++i) {
            text += QStringLiteral("%1,%2,%3,0001\n")
                        .arg(kAsOf.addDays(-1).toString(Qt::ISODate), owed[i][1].toString())
                        .arg(owed[i][2].toLongLong());
        }
        auto parsed = parseStatement(text.toUtf8(), QStringLiteral("retries_%1.csv").arg(dialect));
        QVERIFY(parsed.ok());
        const Statement st = parsed.value();
        auto candidates = test::await<ReconciliationCandidates>([&](QObject* r, auto done) {
            backend.fetchReconciliationCandidates(
                ReconciliationQuery{center, st.candidateMonths(), st.sha256, st.providerTids()}, r, done);
        });
        QVERIFY(candidates.ok());
        const auto matches = matchStatement(st.lines, candidates.value().expected, candidates.value().appliedTids);
        auto applied = test::await<ReconciliationOutcome>([&](QObject* r, auto done) {
            backend.applyReconciliation(ReconciliationApply{center, st, matches, candidates.value().expected}, r, done);
        });
        QVERIFY2(applied.ok(), qPrintable(applied.error().message));
        QCOMPARE(applied.value().failed, 2);
        QCOMPARE(applied.value().retry, 1);
        QCOMPARE(applied.value().retriesUsedUp, 1);
        QCOMPARE(applied.value().manual, 0);
        const auto lines = rows(*s, QStringLiteral("SELECT action, note FROM reconciliation_lines WHERE import_id = %1 "
                                                   "ORDER BY line_no")
                                        .arg(applied.value().importId));
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0][0].toString(), QStringLiteral("retry"));
        QCOMPARE(lines[1][0].toString(), QStringLiteral("manual"));
        QVERIFY2(lines[1][1].toString().contains(QStringLiteral("retries used up")),
                 qPrintable(lines[1][1].toString()));
        QCOMPARE(
            value(*s, QStringLiteral("SELECT attempt_count FROM payments WHERE id = %1").arg(owed[1][0].toLongLong()))
                .toInt(),
            2);
        const QJsonObject after =
            QJsonDocument::fromJson(value(*s, QStringLiteral("SELECT CAST(after_data AS TEXT) FROM audit_log WHERE "
                                                             "action = 'payment.reconcile' AND entity_id = %1 "
                                                             "ORDER BY id DESC LIMIT 1")
                                                  .arg(owed[1][0].toLongLong()))
                                        .toString()
                                        .toUtf8())
                .object();
        QVERIFY(after.value(QStringLiteral("retries_used_up")).toBool());
        QCOMPARE(after.value(QStringLiteral("retry_limit")).toInt(), 1);
    }

    /// Dunning (docs/DOMAIN.md, "Dunning"): the overdue members of a center are reminded once:
    /// each line has the member's figures, reason and messages in both languages, a reminder row
    /// and an audit row; the same export again within the week leaves them all out, naming who
    /// reminded them; the database refuses a second reminder written past the console; the
    /// overdue list shows who reminded last; the CSV has a line per member.
    void remindersAreRecordedOnceAWeek_data() { test::addDialectRows(); }
    void remindersAreRecordedOnceAWeek()
    {
        QFETCH(int, dialect);
        SqlSession* s = session(dialect);
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        const QString center = value(*s, QStringLiteral("SELECT ctr.id FROM payments p JOIN organizations i ON i.id = "
                                                        "p.organization_id JOIN organizations ctr ON ctr.id = "
                                                        "i.parent_id WHERE p.status IN ('pending', 'failed') AND "
                                                        "p.due_date < '%1' GROUP BY ctr.id ORDER BY COUNT(DISTINCT "
                                                        "p.parent_id), ctr.id LIMIT 1")
                                             .arg(kAsOf.toString(Qt::ISODate)))
                                   .toString();
        QVERIFY(!center.isEmpty());
        const QMap<QString, QString> filters{{QStringLiteral("org"), center},
                                             {QStringLiteral("as_of"), kAsOf.toString(Qt::ISODate)}};
        SqlBackend backend(url(dialect));
        auto remind = [&](const QString& channel) {
            return test::await<ContactList>([&](QObject* r, auto done) {
                backend.call<ops::RecordReminders>(ReminderRequest{filters, channel}, r, done);
            });
        };
        QCOMPARE(int(remind(QStringLiteral("fax")).error().kind), int(Error::Kind::Invalid));
        const qint64 before = value(*s, QStringLiteral("SELECT COUNT(*) FROM member_reminders")).toLongLong();
        auto first = remind(QStringLiteral("sms"));
        QVERIFY2(first.ok(), qPrintable(first.error().message + QLatin1Char(' ') + first.error().detail));
        const ContactList& list = first.value();
        QVERIFY(!list.lines.isEmpty());
        QVERIFY(list.skipped.isEmpty());
        for (const ContactLine& line : list.lines) {
            QVERIFY(line.amountOwed > 0 && line.monthsOwed > 0);
            QVERIFY(line.messageKo.contains(line.name) && line.messageEn.contains(line.name));
            QVERIFY(line.messageKo.contains(memberReference(line.parentId)));
            QVERIFY(line.messageEn.contains(line.reasonEn));
            QCOMPARE(value(*s, QStringLiteral("SELECT SUM(amount) FROM payments WHERE parent_id = %1 AND status IN "
                                              "('pending', 'failed') AND due_date < '%2'")
                                   .arg(line.parentId)
                                   .arg(kAsOf.toString(Qt::ISODate)))
                         .toLongLong(),
                     line.amountOwed);
            QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'member.remind' AND "
                                              "entity = 'parents' AND entity_id = %1")
                                   .arg(line.parentId))
                         .toInt(),
                     1);
        }
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM member_reminders")).toLongLong(),
                 before + list.lines.size());
        const QString by =
            value(*s, QStringLiteral("SELECT reminded_by FROM member_reminders ORDER BY id DESC LIMIT 1")).toString();
        // Again within the week: everyone left out, saying who reminded them.
        auto again = remind(QStringLiteral("letter"));
        QVERIFY(again.ok());
        QVERIFY(again.value().lines.isEmpty());
        QCOMPARE(again.value().skipped.size(), list.lines.size());
        QCOMPARE(again.value().skipped.front().by, by);
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM member_reminders")).toLongLong(),
                 before + list.lines.size());
        // Past the console, the database refuses it too.
        QVERIFY(!test::exec(*s, QStringLiteral("INSERT INTO member_reminders (parent_id, channel, amount_owed, "
                                               "months_owed) VALUES (%1, 'sms', 1, 1)")
                                    .arg(list.lines.front().parentId)));
        // The overdue list says who reminded last.
        ListRequest overdue;
        overdue.area = Area::OverdueMembers;
        overdue.filters = filters;
        overdue.limit = 500;
        auto page = listPage(*s, overdue);
        QVERIFY(page.ok());
        const int byColumn = columnIndex(Area::OverdueMembers, QStringLiteral("last_reminded_by"));
        for (const QVariantList& row : page.value().rows) {
            QCOMPARE(row.at(byColumn).toString(), by);
        }
        // The CSV: a byte order mark, a header and one line per member.
        const QByteArray csv = contactListCsv(list);
        QVERIFY(csv.startsWith("\xEF\xBB\xBF"));
        const csv::Table table = csv::parse(QString::fromUtf8(csv.mid(3)));
        QCOMPARE(table.records.size(), list.lines.size() + 1);
        QCOMPARE(table.records.at(1).fields.at(0), list.lines.front().name);
        QCOMPARE(table.records.at(1).fields.at(9), list.lines.front().messageEn);
    }

    /// The overdue list by reason (docs/DOMAIN.md, "Dunning"): each member's "what the failure
    /// asks for" is the action of the latest known code of its owed payments, computed here on
    /// its own; the reason filter's five choices split the list exactly.
    void overdueByReason_data() { test::addDialectRows(); }
    void overdueByReason()
    {
        QFETCH(int, dialect);
        SqlSession* s = session(dialect);
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        auto all = [&](const QString& reason) {
            ListRequest r;
            r.area = Area::OverdueMembers;
            r.filters.insert(QStringLiteral("as_of"), kAsOf.toString(Qt::ISODate));
            if (!reason.isEmpty()) {
                r.filters.insert(QStringLiteral("reason"), reason);
            }
            r.limit = 500;
            QVector<QVariantList> out;
            for (int guard = 0; guard < 100; ++guard) {
                auto page = listPage(*s, r);
                if (!page.ok()) {
                    qWarning("%s", qPrintable(page.error().message));
                    return QVector<QVariantList>{};
                }
                out += page.value().rows;
                if (page.value().nextCursor.isEmpty()) {
                    break;
                }
                r.cursor = page.value().nextCursor;
            }
            return out;
        };
        const int actionColumn = columnIndex(Area::OverdueMembers, QStringLiteral("reason_action"));
        const auto everyone = all(QString());
        QVERIFY(everyone.size() > 10);
        int split = 0;
        QSet<QString> seen;
        for (const char* reason : {"retry", "suspend", "update_account", "manual", "none"}) {
            const auto rows = all(QLatin1String(reason));
            split += int(rows.size());
            for (const QVariantList& row : rows) {
                const QString action = row.at(actionColumn).toString();
                QCOMPARE(action, qstrcmp(reason, "none") == 0 ? QString() : QString::fromLatin1(reason));
                // Its own computation: the latest owed payment with a known code.
                QString own;
                for (const QVariantList& p :
                     test::rows(*s, QStringLiteral("SELECT p.failure_code FROM payments p WHERE p.parent_id = %1 AND "
                                                   "p.status IN ('pending', 'failed') AND p.failure_code IN (SELECT "
                                                   "code FROM debit_reason_codes) ORDER BY p.due_date DESC, p.id DESC")
                                        .arg(row.front().toLongLong()))) {
                    own = value(*s, QStringLiteral("SELECT action FROM debit_reason_codes WHERE code = '%1'")
                                        .arg(p[0].toString()))
                              .toString();
                    break;
                }
                QCOMPARE(action, own);
            }
            if (!rows.isEmpty()) {
                seen.insert(QLatin1String(reason));
            }
        }
        QCOMPARE(split, int(everyone.size()));
        QVERIFY2(seen.size() >= 2, qPrintable(QStringList(seen.begin(), seen.end()).join(QLatin1Char(','))));
        ListRequest bad;
        bad.area = Area::OverdueMembers;
        bad.filters.insert(QStringLiteral("reason"), QStringLiteral("everything"));
        QCOMPARE(int(listPage(*s, bad).error().kind), int(Error::Kind::Invalid));
    }

    /// The server ends the connection while the import is written (after the payments were
    /// updated): nothing is applied; after reconnecting the same file applies.
    void killedMidApplyLeavesNothing()
    {
        SqlSession* s = session(int(Dialect::PostgreSQL));
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        const QString month = kAsOf.toString(QStringLiteral("yyyy-MM"));
        const QVector<Owed> pending = owed(*s, QStringLiteral("C-BUCHEON"), month);
        QVERIFY(pending.size() >= 2);
        QString text = QStringLiteral("date,contract,amount,tid\n");
        for (int i = 0; i < 2; ++i) {
            text += QStringLiteral("%1,%2,%3,KILL-%4\n")
                        .arg(kAsOf.toString(Qt::ISODate), pending[i].contract)
                        .arg(pending[i].amount)
                        .arg(i);
        }
        auto parsed = parseStatement(text.toUtf8(), QStringLiteral("kill.csv"));
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().lines.size(), 2);
        QVERIFY(exec(*s, QStringLiteral("CREATE FUNCTION pd_test_kill() RETURNS TRIGGER AS $$ BEGIN "
                                        "IF current_setting('application_name') <> 'admin' THEN "
                                        "PERFORM pg_terminate_backend(pg_backend_pid()); END IF; RETURN NEW; END; "
                                        "$$ LANGUAGE plpgsql")));
        QVERIFY(exec(*s, QStringLiteral("CREATE TRIGGER pd_test_kill BEFORE INSERT ON reconciliation_imports "
                                        "FOR EACH ROW EXECUTE FUNCTION pd_test_kill()")));
        QVERIFY(exec(*s, QStringLiteral("SET application_name = 'admin'")));
        SqlBackend backend(url(int(Dialect::PostgreSQL)));
        const qint64 center = centerId(*s, QStringLiteral("C-BUCHEON"));
        const Statement st = parsed.value();
        auto candidates = test::await<ReconciliationCandidates>([&](QObject* r, auto done) {
            backend.fetchReconciliationCandidates({center, st.candidateMonths(), st.sha256, st.providerTids()}, r,
                                                  done);
        });
        QVERIFY(candidates.ok());
        const auto matches = matchStatement(st.lines, candidates.value().expected, candidates.value().appliedTids);
        QVERIFY(matches[0].chosen && matches[1].chosen);
        const ReconciliationApply apply{center, st, matches, candidates.value().expected};
        auto killed = test::await<ReconciliationOutcome>(
            [&](QObject* r, auto done) { backend.applyReconciliation(apply, r, done); });
        QCOMPARE(killed.error().kind, Error::Kind::Connection);
        qInfo("error shown: %s", qPrintable(killed.error().message));
        for (const Owed& o : pending.mid(0, 2)) {
            QCOMPARE(value(*s, QStringLiteral("SELECT status FROM payments WHERE id = %1").arg(o.id)).toString(),
                     QStringLiteral("pending"));
        }
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM reconciliation_lines WHERE provider_tid LIKE 'KILL-%'"))
                     .toInt(),
                 0);
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'payment.reconcile' AND "
                                          "after_data->>'file' = 'kill.csv'"))
                     .toInt(),
                 0);
        QVERIFY(exec(*s, QStringLiteral("DROP TRIGGER pd_test_kill ON reconciliation_imports")));
        auto retried = test::await<ReconciliationOutcome>(
            [&](QObject* r, auto done) { backend.applyReconciliation(apply, r, done); });
        QVERIFY2(retried.ok(), qPrintable(retried.error().message));
        QCOMPARE(retried.value().paid, 2);
    }

    /// Every area's export holds exactly the values its list shows: on PostgreSQL the export
    /// streams the server's text (forEachTextRow), which must agree with the decoded values
    /// (forEachRow + exportText) for every column type: money in BCH and won, scores,
    /// booleans, dates, timestamps, NULLs and text with commas or quotes.
    void exportEqualsListValuesInEveryArea_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::addColumn<int>("area");
        for (int dialect : {int(Dialect::SQLite), int(Dialect::PostgreSQL)}) {
            for (Area area : allAreas()) {
                QTest::addRow("%s-%s", dialect == int(Dialect::SQLite) ? "sqlite" : "postgresql",
                              qPrintable(areaKey(area)))
                    << dialect << int(area);
            }
        }
    }
    void exportEqualsListValuesInEveryArea()
    {
        QFETCH(int, dialect);
        QFETCH(int, area);
        SqlSession* s = session(dialect);
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        ExportRequest request;
        request.list.area = Area(area);
        const auto& columns = areaColumns(request.list.area);
        for (const ColumnInfo& c : columns) {
            request.titles << c.key;
        }
        request.path = m_dir.filePath(QStringLiteral("all-%1-%2.csv").arg(dialect).arg(area));
        auto exported = exportCsv(*s, request, nullptr);
        QVERIFY2(exported.ok(), qPrintable(exported.error().message));
        QFile file(request.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const csv::Table table = csv::parse(QString::fromUtf8(file.readAll()));
        QVERIFY(table.error.isEmpty());
        QCOMPARE(qint64(table.records.size()), exported.value().rows + 1);
        qint64 i = 1;
        auto listed = forEachRow(*s, request.list, [&](const QVariantList& row) {
            QStringList expected;
            for (int c = 0; c < row.size(); ++c) {
                expected << exportText(row[c], columns[c]);
            }
            if (i >= table.records.size() || table.records[int(i)].fields != expected) {
                qWarning() << "row" << i << "exported"
                           << (i < table.records.size() ? table.records[int(i)].fields : QStringList()) << "listed"
                           << expected;
                return false;
            }
            ++i;
            return true;
        });
        QVERIFY2(listed.ok(), qPrintable(listed.error().message));
        QCOMPARE(listed.value(), exported.value().rows);
        if (request.list.area != Area::Settlements) {
            QVERIFY2(exported.value().rows > 0, "the demo data has rows in this area");
        }
    }

    /// Export writes every row of the filter, exactly, streamed; cancel leaves no file.
    void exportWritesEveryRowExactly_data() { test::addDialectRows(); }
    void exportWritesEveryRowExactly()
    {
        QFETCH(int, dialect);
        SqlSession* s = session(dialect);
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        SqlBackend backend(url(dialect));
        ExportRequest request;
        request.list.area = Area::Payments;
        request.list.filters.insert(QStringLiteral("status"), QStringLiteral("success"));
        for (const ColumnInfo& c : areaColumns(Area::Payments)) {
            request.titles << (c.key == QLatin1String("member") ? QStringLiteral("회원, 이름") : c.key);
        }
        request.path = m_dir.filePath(QStringLiteral("payments-%1.csv").arg(dialect));
        request.byteOrderMark = true;
        QVector<qint64> progress;
        auto exported = test::await<ExportResult>([&](QObject* r, auto done) {
            backend.exportCsv(
                request, r, [&progress](qint64 n) { progress << n; }, done);
        });
        QVERIFY2(exported.ok(), qPrintable(exported.error().message));
        auto count = countRows(*s, request.list, CountMode::Exact);
        QCOMPARE(exported.value().rows, count.value().value);
        QVERIFY(exported.value().rows > 5000);
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.back(), exported.value().rows);
        QFile file(request.path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray bytes = file.readAll();
        QCOMPARE(qint64(bytes.size()), exported.value().bytes);
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const csv::Table table = csv::parse(csv::decodeText(bytes).text);
        QVERIFY(table.error.isEmpty());
        QCOMPARE(qint64(table.records.size()), exported.value().rows + 1);
        QCOMPARE(table.records.front().fields, request.titles);
        // Row by row, the same values the list shows, in the same order.
        const auto& columns = areaColumns(Area::Payments);
        qint64 i = 1;
        bool same = true;
        forEachRow(*s, request.list, [&](const QVariantList& row) {
            QStringList expected;
            for (int c = 0; c < row.size(); ++c) {
                expected << exportText(row[c], columns[c]);
            }
            same = same && table.records[int(i)].fields == expected;
            ++i;
            return same;
        });
        QVERIFY(same);
        const int amount = columnIndex(Area::Payments, QStringLiteral("amount"));
        qint64 sum = 0;
        for (int r = 1; r < table.records.size(); ++r) {
            sum += table.records[r].fields[amount].toLongLong();
        }
        ListRequest totalsRequest = request.list;
        QCOMPARE(sum, listTotals(*s, totalsRequest).value().amount());

        // Stopped at the first progress report: an error, and no file.
        ExportRequest cancelled = request;
        cancelled.list.filters.clear();
        cancelled.path = m_dir.filePath(QStringLiteral("cancelled-%1.csv").arg(dialect));
        std::atomic<bool> stop{false};
        auto stopped = exportCsv(
            *s, cancelled, [&stop](qint64) { stop = true; }, &stop);
        QCOMPARE(stopped.error().kind, Error::Kind::Cancelled);
        QVERIFY(!QFile::exists(cancelled.path));
        // Through the backend: cancel answers Cancelled at once and never leaves a file.
        Backend::RequestId id = 0;
        auto viaBackend = test::await<ExportResult>([&](QObject* r, auto done) {
            id = backend.exportCsv(
                cancelled, r, [](qint64) {}, done);
            backend.cancel(id);
        });
        QCOMPARE(viaBackend.error().kind, Error::Kind::Cancelled);
        QTest::qWait(200);
        QVERIFY(!QFile::exists(cancelled.path));
    }
};

QTEST_GUILESS_MAIN(TestPayments)
#include "tst_payments.moc"
