// The demo data is believable and consistent: checked with independent SQL on SQLite and
// PostgreSQL after generating a small but complete data set.

#include "TestSupport.h"
#include "bch/CashAddr.h"
#include "bch/ExtendedPublicKey.h"
#include "demo/DemoGenerator.h"
#include "sql/Migrations.h"
#include "sql/SqlSession.h"

#include <QCryptographicHash>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QtTest>

using namespace pd;

namespace {
const QDate kAsOf(2026, 11, 22);
const char* kNow = "2026-11-21T15:00:00.000000Z"; // start of the as-of day in Seoul

struct Prepared
{
    std::unique_ptr<test::ScratchDatabase> db;
    std::unique_ptr<sql::SqlSession> session;
    demo::DemoSummary summary;
};

QVariant scalar(sql::SqlSession& s, const char* sql)
{
    auto v = s.scalar(sql::SqlBuilder(sql));
    if (!v.ok()) {
        qWarning("%s: %s", sql, qPrintable(v.error().detail));
        return QVariant(QStringLiteral("<error>"));
    }
    return v.value();
}

QStringList list(std::initializer_list<const char*> items)
{
    QStringList out;
    for (const char* item : items) {
        out << QLatin1String(item);
    }
    return out;
}
} // namespace

class TestDemoData : public QObject
{
    Q_OBJECT

    std::map<int, Prepared> m_prepared;

    sql::SqlSession* session(int dialect)
    {
        auto it = m_prepared.find(dialect);
        return it == m_prepared.end() ? nullptr : it->second.session.get();
    }

    void addDialects()
    {
        QTest::addColumn<int>("dialect");
        for (const auto& [dialect, prepared] : m_prepared) {
            QTest::newRow(dialect == int(Dialect::SQLite) ? "sqlite" : "postgresql") << dialect;
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        for (Dialect dialect : {Dialect::SQLite, Dialect::PostgreSQL}) {
            Prepared p;
            p.db = test::ScratchDatabase::create(dialect);
            if (!p.db->ok()) {
                if (dialect == Dialect::PostgreSQL && !test::postgresRequired()) {
                    continue;
                }
                QFAIL(qPrintable(p.db->error()));
            }
            auto opened = sql::SqlSession::open(p.db->url(), QStringLiteral("demodata-%1").arg(int(dialect)));
            QVERIFY(opened.ok());
            p.session = std::move(opened.value());
            QVERIFY(sql::Migrator::upgrade(*p.session).ok());
            demo::DemoOptions options;
            options.scale = 0.05;
            options.asOf = kAsOf;
            QVector<int> progress;
            auto summary = demo::generateDemoData(*p.session, options, [&progress](int percent, const QString&) {
                progress.append(percent);
                return true;
            });
            QVERIFY2(summary.ok(), qPrintable(summary.error().message + QLatin1Char(' ') + summary.error().detail));
            QVERIFY(!progress.isEmpty() && progress.back() == 100);
            p.summary = summary.value();
            m_prepared.emplace(int(dialect), std::move(p));
        }
    }

    void sizesFollowTheScale_data() { addDialects(); }
    void sizesFollowTheScale()
    {
        QFETCH(int, dialect);
        const demo::DemoSummary& s = m_prepared[dialect].summary;
        QCOMPARE(s.users, 1000);
        QCOMPARE(s.organizations, 447);
        QCOMPARE(s.settlements, 40 * 20);
        // about 15 payments per user at every scale: 300,000 at scale 1
        QVERIFY2(s.payments > 13000 && s.payments < 17000, qPrintable(QString::number(s.payments)));
        QVERIFY(s.kycDocuments > s.users);
        QVERIFY(s.invoices > 0);
        auto* ss = session(dialect);
        QCOMPARE(scalar(*ss, "SELECT COUNT(*) FROM payments").toLongLong(), s.payments);
        QCOMPARE(scalar(*ss, "SELECT COUNT(*) FROM users").toLongLong(), s.users);
    }

    void referencesAreIntact_data() { addDialects(); }
    void referencesAreIntact()
    {
        QFETCH(int, dialect);
        auto* s = session(dialect);
        if (Dialect(dialect) == Dialect::SQLite) {
            QSqlQuery q(s->database());
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_key_check")));
            QVERIFY2(!q.next(), "foreign_key_check found a dangling reference");
            QVERIFY(q.exec(QStringLiteral("PRAGMA foreign_keys")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 1); // switched back on after the load
        }
        // PostgreSQL enforces the references itself; checks that hold for both:
        QCOMPARE(scalar(*s, "SELECT COUNT(*) FROM payments p LEFT JOIN parents pa ON pa.id = p.parent_id "
                            "WHERE pa.id IS NULL")
                     .toLongLong(),
                 0);
        QCOMPARE(scalar(*s, "SELECT COUNT(*) FROM payments p JOIN parents pa ON pa.id = p.parent_id "
                            "WHERE p.organization_id <> pa.organization_id")
                     .toLongLong(),
                 0);
        QCOMPARE(scalar(*s, "SELECT COUNT(*) FROM organizations o JOIN organizations parent ON parent.id = o.parent_id "
                            "WHERE o.path <> parent.path || CAST(o.id AS TEXT) || '/'")
                     .toLongLong(),
                 0);
    }

    void timeRunsForward_data() { addDialects(); }
    void timeRunsForward()
    {
        QFETCH(int, dialect);
        auto* s = session(dialect);
        const bool pg = Dialect(dialect) == Dialect::PostgreSQL;
        // Nothing happens after the end of the data, nothing before the person exists.
        const char* checks[] = {
            "SELECT COUNT(*) FROM users WHERE created_at > '%1' OR updated_at > '%1' OR last_login_at > '%1'",
            "SELECT COUNT(*) FROM payments WHERE created_at > '%1' OR paid_at > '%1'",
            "SELECT COUNT(*) FROM kyc_documents WHERE created_at > '%1' OR verified_at > '%1'",
            "SELECT COUNT(*) FROM invoices WHERE created_at > '%1' OR paid_at > '%1' OR confirmed_at > '%1'",
            "SELECT COUNT(*) FROM audit_log WHERE occurred_at > '%1'",
            "SELECT COUNT(*) FROM users u JOIN kyc_documents k ON k.user_id = u.id WHERE k.created_at < u.created_at",
            "SELECT COUNT(*) FROM users u JOIN parents p ON p.user_id = u.id JOIN payments x ON x.parent_id = p.id "
            "WHERE x.created_at < u.created_at OR x.due_date <= p.enrolled_at",
            "SELECT COUNT(*) FROM users u JOIN invoices i ON i.user_id = u.id WHERE i.created_at < u.created_at",
            "SELECT COUNT(*) FROM kyc_documents WHERE verified_at < created_at",
            "SELECT COUNT(*) FROM payments WHERE paid_at IS NOT NULL AND paid_at < created_at",
        };
        for (const char* check : checks) {
            QString sql = QString::fromLatin1(check).arg(QLatin1String(kNow));
            if (pg) {
                sql.replace(QStringLiteral("'%1'").arg(QLatin1String(kNow)),
                            QStringLiteral("TIMESTAMPTZ '%1'").arg(QLatin1String(kNow)));
            }
            QSqlQuery q(s->database());
            QVERIFY2(q.exec(sql), qPrintable(sql));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toLongLong() == 0, qPrintable(sql + QStringLiteral(" -> ") + q.value(0).toString()));
        }
    }

    void everyStateIsPresent_data() { addDialects(); }
    void everyStateIsPresent()
    {
        QFETCH(int, dialect);
        auto* s = session(dialect);
        auto states = [s](const char* sql) {
            QSqlQuery q(s->database());
            q.exec(QLatin1String(sql));
            QStringList out;
            while (q.next()) {
                out << q.value(0).toString();
            }
            return out;
        };
        QCOMPARE(states("SELECT DISTINCT verification_status FROM kyc_documents ORDER BY 1"),
                 list({"approved", "needs_info", "pending", "rejected"}));
        QCOMPARE(states("SELECT DISTINCT status FROM payments ORDER BY 1"),
                 list({"cancelled", "failed", "pending", "refunded", "success"}));
        QCOMPARE(states("SELECT DISTINCT method FROM payments ORDER BY 1"), list({"bch", "card", "cms", "manual"}));
        QCOMPARE(states("SELECT DISTINCT status FROM settlements ORDER BY 1"), list({"confirmed", "draft", "paid"}));
        QCOMPARE(states("SELECT DISTINCT kyc_level FROM kyc_documents ORDER BY 1"), list({"1", "2"}));
        const QStringList invoiceStates = states("SELECT DISTINCT status FROM invoices ORDER BY 1");
        for (const char* st : {"confirmed", "expired", "paid", "pending"}) {
            QVERIFY2(invoiceStates.contains(QLatin1String(st)), st);
        }
        // Realistic CMS rates: a few percent of first attempts fail; most are collected later,
        // a fraction of a percent stays unpaid, and every overdue band is present.
        const double charged = scalar(*s, "SELECT COUNT(*) FROM payments WHERE attempt_count > 0").toDouble();
        const double firstFailed =
            scalar(*s, "SELECT COUNT(*) FROM payments WHERE attempt_count >= 2 OR status = 'failed'").toDouble();
        const double stillFailed = scalar(*s, "SELECT COUNT(*) FROM payments WHERE status = 'failed'").toDouble();
        QVERIFY2(firstFailed / charged > 0.01 && firstFailed / charged < 0.08,
                 qPrintable(QString::number(firstFailed / charged)));
        QVERIFY2(stillFailed / charged > 0.001 && stillFailed / charged < 0.02,
                 qPrintable(QString::number(stillFailed / charged)));
        QVERIFY(scalar(*s, "SELECT COUNT(*) FROM payments WHERE attempt_count = 3").toLongLong() > 0);
        QVERIFY(
            scalar(*s, "SELECT COUNT(*) FROM payments WHERE attempt_count = 2 AND status = 'success'").toLongLong() >
            0);
        // Korean and English names, and resubmitted documents in the queue.
        QVERIFY(scalar(*s, "SELECT COUNT(*) FROM users WHERE country_code = 'KR'").toLongLong() > 500);
        QVERIFY(scalar(*s, "SELECT COUNT(*) FROM users WHERE country_code <> 'KR'").toLongLong() > 50);
        QVERIFY(scalar(*s, "SELECT COUNT(*) FROM kyc_documents WHERE verification_status = 'pending' AND "
                           "verification_notes IS NOT NULL")
                    .toLongLong() > 0);
        // A working team's queue (docs/DOMAIN.md): the data ends 2026-11-21T15:00Z (the start of
        // the as-of day in Seoul); most pending documents arrived in the 12 hours before, some
        // are over the 48-hour SLA, none is a week old, none has expired.
        const double pending =
            scalar(*s, "SELECT COUNT(*) FROM kyc_documents WHERE verification_status = 'pending'").toDouble();
        const double recent = scalar(*s, "SELECT COUNT(*) FROM kyc_documents WHERE verification_status = 'pending' "
                                         "AND created_at >= '2026-11-21T03:00:00'")
                                  .toDouble();
        const double late = scalar(*s, "SELECT COUNT(*) FROM kyc_documents WHERE verification_status = 'pending' "
                                       "AND created_at < '2026-11-19T15:00:00'")
                                .toDouble();
        QVERIFY(pending > 20);
        QVERIFY2(recent / pending > 0.8, qPrintable(QStringLiteral("%1 of %2 recent").arg(recent).arg(pending)));
        QVERIFY2(late > 0 && late / pending < 0.2, qPrintable(QStringLiteral("%1 of %2 late").arg(late).arg(pending)));
        QCOMPARE(scalar(*s, "SELECT COUNT(*) FROM kyc_documents WHERE verification_status = 'pending' AND "
                            "created_at < '2026-11-14T15:00:00'")
                     .toLongLong(),
                 0);
        QCOMPARE(scalar(*s, "SELECT COUNT(*) FROM kyc_documents WHERE verification_status = 'pending' AND "
                            "expires_at < '2026-11-21T15:00:00'")
                     .toLongLong(),
                 0);
    }

    void userKycFollowsDocuments_data() { addDialects(); }
    void userKycFollowsDocuments()
    {
        QFETCH(int, dialect);
        auto* s = session(dialect);
        // The rule (docs/DOMAIN.md): approved at the highest approved level; otherwise the latest
        // document's status; no document: pending at level 0.
        QCOMPARE(scalar(*s, "SELECT COUNT(*) FROM users u WHERE u.kyc_level <> COALESCE((SELECT MAX(k.kyc_level) FROM "
                            "kyc_documents k WHERE k.user_id = u.id AND k.verification_status = 'approved'), 0)")
                     .toLongLong(),
                 0);
        QCOMPARE(scalar(*s, "SELECT COUNT(*) FROM users u WHERE u.kyc_level > 0 AND u.kyc_status <> 'approved'")
                     .toLongLong(),
                 0);
        QCOMPARE(scalar(*s, "SELECT COUNT(*) FROM users u WHERE u.kyc_level = 0 AND u.kyc_status <> COALESCE((SELECT "
                            "k.verification_status FROM kyc_documents k WHERE k.user_id = u.id ORDER BY k.id DESC "
                            "LIMIT 1), 'pending')")
                     .toLongLong(),
                 0);
    }

    void settlementsEqualTheirPayments_data() { addDialects(); }
    void settlementsEqualTheirPayments()
    {
        QFETCH(int, dialect);
        auto* s = session(dialect);
        // Recomputed independently: successful payments of the center's institutions in the month.
        QCOMPARE(scalar(*s, "SELECT COUNT(*) FROM settlements st WHERE st.payment_count <> (SELECT COUNT(*) FROM "
                            "payments p JOIN organizations i ON i.id = p.organization_id WHERE i.parent_id = "
                            "st.organization_id AND p.payment_month = st.settlement_month AND p.status = 'success')")
                     .toLongLong(),
                 0);
        QCOMPARE(scalar(*s,
                        "SELECT COUNT(*) FROM settlements st WHERE st.gross_amount <> (SELECT COALESCE(SUM(p.amount), "
                        "0) FROM payments p JOIN organizations i ON i.id = p.organization_id WHERE i.parent_id = "
                        "st.organization_id AND p.payment_month = st.settlement_month AND p.status = 'success')")
                     .toLongLong(),
                 0);
        // fee = gross * 2.5%, rounded half up to whole won
        QCOMPARE(scalar(*s, "SELECT COUNT(*) FROM settlements WHERE fee_amount <> (gross_amount * 250 + 5000) / 10000 "
                            "OR net_amount <> gross_amount - fee_amount")
                     .toLongLong(),
                 0);
    }

    void invoiceAddressesAreValidCashAddr_data() { addDialects(); }
    void invoiceAddressesAreValidCashAddr()
    {
        QFETCH(int, dialect);
        auto* s = session(dialect);
        // Every address is the demo account's key at 0/derivation_index (a testnet account).
        QSqlQuery account(s->database());
        QVERIFY(account.exec(QStringLiteral("SELECT xpub, network, next_index FROM bch_accounts WHERE is_active")));
        QVERIFY(account.next());
        const auto xpub = bch::ExtendedPublicKey::parse(account.value(0).toString());
        QVERIFY(xpub.ok());
        QCOMPARE(account.value(1).toString(), QStringLiteral("testnet"));
        const qint64 nextIndex = account.value(2).toLongLong();
        QSqlQuery q(s->database());
        QVERIFY(q.exec(QStringLiteral("SELECT address, derivation_index FROM invoices ORDER BY derivation_index")));
        int n = 0;
        QSet<QString> seen;
        while (q.next()) {
            const QString address = q.value(0).toString();
            const auto parsed = bch::parseAddress(address, bch::Network::Testnet);
            QVERIFY2(parsed.ok(), qPrintable(address));
            QVERIFY(q.value(1).toLongLong() < nextIndex);
            if (n < 40) { // derivation is slowish; a sample proves the link
                QCOMPARE(parsed.value().toCashAddr(),
                         xpub.value()
                             .receivingAddress(quint32(q.value(1).toLongLong()), bch::Network::Testnet)
                             .value()
                             .toCashAddr());
            }
            QVERIFY2(!seen.contains(address), "an address is reused");
            seen.insert(address);
            ++n;
        }
        QVERIFY(n > 50);
        // BCH amounts are exact: NUMERIC(10,8) text in both dialects, positive.
        QCOMPARE(scalar(*s, "SELECT COUNT(*) FROM invoices WHERE amount <= 0").toLongLong(), 0);
    }

    void sameOptionsSameData()
    {
        // Determinism: two SQLite databases from the same options hold the same rows.
        QByteArray digests[2];
        for (int i = 0; i < 2; ++i) {
            PD_SCRATCH_DB(db, Dialect::SQLite);
            auto opened = sql::SqlSession::open(db->url(), QStringLiteral("determinism-%1").arg(i));
            QVERIFY(opened.ok());
            QVERIFY(sql::Migrator::upgrade(*opened.value()).ok());
            demo::DemoOptions options;
            options.scale = 0.01;
            options.asOf = kAsOf;
            QVERIFY(demo::generateDemoData(*opened.value(), options).ok());
            QCryptographicHash hash(QCryptographicHash::Sha256);
            for (const char* table : {"users", "kyc_documents", "payments", "invoices", "settlements", "audit_log"}) {
                QSqlQuery q(opened.value()->database());
                QVERIFY(q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table))));
                while (q.next()) {
                    for (int c = 0; c < q.record().count(); ++c) {
                        hash.addData(q.value(c).toString().toUtf8());
                        hash.addData("|");
                    }
                }
            }
            digests[i] = hash.result();
        }
        QCOMPARE(digests[0], digests[1]);
    }

    void refusesADatabaseWithData_data() { addDialects(); }
    void refusesADatabaseWithData()
    {
        QFETCH(int, dialect);
        auto* s = session(dialect);
        const qint64 before = scalar(*s, "SELECT COUNT(*) FROM payments").toLongLong();
        demo::DemoOptions options;
        options.scale = 0.01;
        auto again = demo::generateDemoData(*s, options);
        QVERIFY(!again.ok());
        QCOMPARE(again.error().kind, Error::Kind::Invalid);
        QCOMPARE(scalar(*s, "SELECT COUNT(*) FROM payments").toLongLong(), before);
    }

    void cancellingLeavesNothing()
    {
        PD_SCRATCH_DB(db, Dialect::SQLite);
        auto opened = sql::SqlSession::open(db->url(), QStringLiteral("cancel"));
        QVERIFY(opened.ok());
        QVERIFY(sql::Migrator::upgrade(*opened.value()).ok());
        demo::DemoOptions options;
        options.scale = 0.02;
        auto result =
            demo::generateDemoData(*opened.value(), options, [](int percent, const QString&) { return percent < 40; });
        QVERIFY(!result.ok());
        QCOMPARE(result.error().kind, Error::Kind::Cancelled);
        QCOMPARE(scalar(*opened.value(), "SELECT COUNT(*) FROM users").toLongLong(), 0);
        QCOMPARE(scalar(*opened.value(), "SELECT COUNT(*) FROM payments").toLongLong(), 0);
        // and the indexes the load dropped are back
        QVERIFY(scalar(*opened.value(), "SELECT COUNT(*) FROM sqlite_master WHERE name = 'idx_payments_k_created_at'")
                    .toLongLong() == 1);
    }
};

QTEST_GUILESS_MAIN(TestDemoData)
#include "tst_demodata.moc"
