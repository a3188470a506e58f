// Bulk actions (docs/DOMAIN.md, "Bulk actions") on real databases, through models::BulkRun as
// the console drives them: a 1,000-row bulk on PostgreSQL and SQLite with a row refused by the
// pre-flight and a row changed by someone else midway (the others applied, both listed with
// why, audit rows = applied rows, each with the shared reason); Stop between parts; the
// pre-flight's summary (invoices worth in satoshi as the database sums them, rows of another
// center not found for a center manager); claims released with the reason; the same through
// paydesk-server; and the dialog on the console's page.

#include "BulkDialog.h"
#include "BulkRun.h"
#include "Language.h"
#include "PagedTableModel.h"
#include "RestBackend.h"
#include "TablePage.h"
#include "TestSupport.h"
#include "sql/SqlBackend.h"
#include "sql/SqlKyc.h"
#include "sql/SqlSecurity.h"
#include "sql/SqlSession.h"

#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace pd;
using namespace pd::sql;

namespace {
using test::value;
const QDate kAsOf(2026, 10, 15);

QString idList(const QVector<qint64>& ids)
{
    QStringList parts;
    for (qint64 id : ids) {
        parts << QString::number(id);
    }
    return parts.join(QLatin1Char(','));
}

QVector<qint64> idsOf(SqlSession& s, const QString& sql)
{
    QVector<qint64> ids;
    for (const QVariantList& row : test::rows(s, sql)) {
        ids << row[0].toLongLong();
    }
    return ids;
}

/// Runs the pre-flight of `run`; false when it failed.
bool checkRun(models::BulkRun& run)
{
    QSignalSpy checked(&run, &models::BulkRun::checked);
    QSignalSpy failed(&run, &models::BulkRun::failed);
    run.check();
    if (!QTest::qWaitFor([&]() { return !checked.isEmpty() || !failed.isEmpty(); }, 60000) || !failed.isEmpty()) {
        qWarning("pre-flight failed: %s", qPrintable(run.error().message));
        return false;
    }
    return true;
}

/// Applies `run` with `reason` and waits for the end.
bool applyRun(models::BulkRun& run, const QString& reason)
{
    QSignalSpy finished(&run, &models::BulkRun::finished);
    run.apply(reason);
    return QTest::qWaitFor([&]() { return !finished.isEmpty(); }, 120000);
}
} // namespace

class TestBulk : public QObject
{
    Q_OBJECT

    test::DemoDatabases m_demo;
    QString m_suffix;
    QString m_hqCode;
    QString m_centerCode;
    qint64 m_centerA = 0;
    qint64 m_centerB = 0;

    QString login(const char* prefix) const { return QLatin1String(prefix) + m_suffix; }

    std::unique_ptr<SqlBackend> backendOf(Dialect dialect, const QString& who = {})
    {
        DatabaseUrl url = m_demo.url(dialect);
        if (!who.isEmpty()) {
            url.user = who;
        }
        auto backend = std::make_unique<SqlBackend>(url);
        auto opened = test::await<ConnectionInfo>([&](QObject* r, auto done) { backend->open(r, done); });
        if (!opened.ok()) {
            qWarning("%s", qPrintable(opened.error().message));
        }
        return opened.ok() ? std::move(backend) : nullptr;
    }

    /// The backend a test runs a dialect's bulk as: a headquarters login on PostgreSQL, the
    /// file's owner on SQLite.
    std::unique_ptr<SqlBackend> headquarters(Dialect dialect)
    {
        return backendOf(dialect, dialect == Dialect::PostgreSQL ? login("t_bulk_hq_") : QString());
    }

    /// The demo's open months hold a few hundred pending payments; two months ahead, billed to
    /// one payment's member per member, make enough for a 1,000-row bulk.
    static bool addPendingPayments(SqlSession& s)
    {
        for (const char* month : {"2031-01", "2031-02"}) {
            if (!test::exec(s,
                            QStringLiteral("INSERT INTO payments (parent_id, organization_id, payment_month, due_date, "
                                           "amount, status, method) SELECT parent_id, organization_id, '%1', "
                                           "due_date, amount, 'pending', method FROM payments WHERE id IN (SELECT "
                                           "MIN(id) FROM payments GROUP BY parent_id)")
                                .arg(QLatin1String(month)))) {
                return false;
            }
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString failed = m_demo.prepare(QStringLiteral("bulk"), kAsOf, 0.05);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        QVERIFY(addPendingPayments(*m_demo.session(Dialect::SQLite)));
        SqlSession* pg = m_demo.session(Dialect::PostgreSQL);
        if (!pg) {
            return;
        }
        m_suffix = m_demo.url(Dialect::PostgreSQL).database.right(8);
        m_hqCode = value(*pg, QStringLiteral("SELECT code FROM organizations WHERE org_type = 'hq'")).toString();
        const auto centers = test::rows(
            *pg, QStringLiteral("SELECT id, code FROM organizations WHERE org_type = 'center' ORDER BY id LIMIT 2"));
        QCOMPARE(centers.size(), 2);
        m_centerA = centers[0][0].toLongLong();
        m_centerB = centers[1][0].toLongLong();
        m_centerCode = centers[0][1].toString();
        QVERIFY(addPendingPayments(*pg));
        QVERIFY(addStaff(*pg, login("t_bulk_hq_"), QStringLiteral("hq_admin"), m_hqCode, QString(), QString()).ok());
        QVERIFY(addStaff(*pg, login("t_bulk_ca_"), QStringLiteral("center_manager"), m_centerCode, QString(), QString())
                    .ok());
        QVERIFY(
            addStaff(*pg, login("t_bulk_kyc_"), QStringLiteral("kyc_reviewer"), m_hqCode, QString(), QString()).ok());
    }

    void cleanupTestCase()
    {
        if (m_suffix.isEmpty()) {
            return;
        }
        for (const char* prefix : {"t_bulk_hq_", "t_bulk_ca_", "t_bulk_kyc_", "t_bulk_rest_"}) {
            test::pgAdminExec(QStringLiteral("DROP ROLE IF EXISTS \"%1%2\"").arg(QLatin1String(prefix), m_suffix));
        }
    }

    void thousandRowsWithAFailureMidway_data()
    {
        QTest::addColumn<Dialect>("dialect");
        QTest::newRow("PostgreSQL") << Dialect::PostgreSQL;
        QTest::newRow("SQLite") << Dialect::SQLite;
    }

    /// 1,000 payments cancelled: one was already paid (refused by the pre-flight), one is changed
    /// by someone else between the pre-flight and the apply (refused then, as a conflict); the
    /// other 998 are cancelled, each with one audit row carrying the shared reason.
    void thousandRowsWithAFailureMidway()
    {
        QFETCH(Dialect, dialect);
        SqlSession* s = m_demo.session(dialect);
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        QVector<qint64> ids =
            idsOf(*s, QStringLiteral("SELECT id FROM payments WHERE status IN ('pending', 'failed') ORDER BY id "
                                     "LIMIT 999"));
        QCOMPARE(ids.size(), 999);
        const qint64 paid =
            value(*s, QStringLiteral("SELECT MIN(id) FROM payments WHERE status = 'success'")).toLongLong();
        ids.insert(700, paid);
        const qint64 changed = ids[500];
        auto backend = headquarters(dialect);
        QVERIFY(backend);
        models::BulkRun run(backend.get(), BulkAction::CancelPayments, ids);
        QVERIFY(checkRun(run));
        QCOMPARE(run.items().size(), 1000);
        QCOMPARE(run.items()[700].id, paid);
        QVERIFY(!run.items()[700].refusal.isEmpty());
        QCOMPARE(run.items()[700].status, QStringLiteral("success"));
        QCOMPARE(run.items()[700].needs, (QStringList{QStringLiteral("pending"), QStringLiteral("failed")}));
        const BulkSummary summary = run.summary();
        QCOMPARE(summary.applicable, 999);
        QCOMPARE(summary.refused, 1);
        const qint64 sum = value(*s, QStringLiteral("SELECT SUM(amount) FROM payments WHERE id IN (%1) AND id <> %2")
                                         .arg(idList(ids))
                                         .arg(paid))
                               .toLongLong();
        QCOMPARE(summary.worth.size(), 1);
        QCOMPARE(summary.worth[0], Money(sum, Currency::KRW));
        QVERIFY(bulkSummarySentence(run.action(), summary).contains(QStringLiteral("999")));

        // Someone else changes a row after the summary was shown.
        QVERIFY(test::exec(*s, QStringLiteral("UPDATE payments SET tid = 'BY-SOMEONE', version = version + 1 WHERE "
                                              "id = %1")
                                   .arg(changed)));
        const QString reason = QStringLiteral("bulk test %1").arg(int(dialect));
        QSignalSpy progress(&run, &models::BulkRun::progress);
        QVERIFY(applyRun(run, reason));
        QCOMPARE(progress.size(), 10); // parts of 100
        QCOMPARE(run.outcomes().size(), 1000);
        QCOMPARE(run.appliedCount(), 998);
        QCOMPARE(run.failedCount(), 2);
        QVERIFY(!run.outcomes()[500].applied);
        QVERIFY2(!run.outcomes()[500].error.isEmpty(), "a failed row says why");
        QVERIFY(!run.outcomes()[700].applied);
        QVERIFY(!run.outcomes()[700].error.isEmpty());
        QVERIFY(run.outcomes()[501].applied);
        // The database agrees: 998 cancelled, the changed and the paid rows as they were.
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM payments WHERE id IN (%1) AND status = 'cancelled'")
                               .arg(idList(ids)))
                     .toInt(),
                 998);
        QCOMPARE(value(*s, QStringLiteral("SELECT status FROM payments WHERE id = %1").arg(paid)).toString(),
                 QStringLiteral("success"));
        QVERIFY(value(*s, QStringLiteral("SELECT status FROM payments WHERE id = %1").arg(changed)).toString() !=
                QStringLiteral("cancelled"));
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'payment.cancel' AND reason = "
                                          "'%1'")
                               .arg(reason))
                     .toInt(),
                 998);
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(DISTINCT entity_id) FROM audit_log WHERE action = "
                                          "'payment.cancel' AND reason = '%1'")
                               .arg(reason))
                     .toInt(),
                 998);
    }

    /// Stop after the first part: 100 applied, the rest listed as cancelled, nothing else changed.
    void stopBetweenParts()
    {
        SqlSession* s = m_demo.session(Dialect::SQLite);
        QVERIFY(s);
        const QVector<qint64> ids =
            idsOf(*s, QStringLiteral("SELECT id FROM payments WHERE status = 'pending' ORDER BY id DESC LIMIT 300"));
        QCOMPARE(ids.size(), 300);
        auto backend = headquarters(Dialect::SQLite);
        QVERIFY(backend);
        models::BulkRun run(backend.get(), BulkAction::FailPayments, ids);
        QVERIFY(checkRun(run));
        connect(&run, &models::BulkRun::progress, &run, [&run](int done, int) {
            if (done >= 100 && run.stage() == models::BulkRun::Stage::Applying) {
                run.cancel();
            }
        });
        QVERIFY(applyRun(run, QStringLiteral("bank run failed")));
        QVERIFY(run.wasCancelled());
        QCOMPARE(run.appliedCount(), 100);
        QCOMPARE(run.failedCount(), 200);
        QVERIFY(run.outcomes().last().error.contains(QStringLiteral("cancelled")));
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM payments WHERE id IN (%1) AND status = 'failed' AND "
                                          "failure_reason = 'bank run failed'")
                               .arg(idList(ids)))
                     .toInt(),
                 100);
    }

    /// The settlements of a month confirmed at once: drafts confirmed and frozen, one audit row
    /// each with the reason; a confirmed one is left out.
    void confirmSettlementsOfAMonth()
    {
        SqlSession* s = m_demo.session(Dialect::SQLite);
        QVERIFY(s);
        const QString month =
            value(*s, QStringLiteral("SELECT settlement_month FROM settlements WHERE status = 'draft' ORDER BY "
                                     "settlement_month DESC LIMIT 1"))
                .toString();
        QVERIFY(!month.isEmpty());
        const QVector<qint64> ids = idsOf(
            *s, QStringLiteral("SELECT id FROM settlements WHERE settlement_month = '%1' ORDER BY id").arg(month));
        const int drafts =
            value(*s, QStringLiteral("SELECT COUNT(*) FROM settlements WHERE settlement_month = '%1' AND "
                                     "status = 'draft'")
                          .arg(month))
                .toInt();
        QVERIFY(drafts > 0);
        auto backend = headquarters(Dialect::SQLite);
        QVERIFY(backend);
        models::BulkRun run(backend.get(), BulkAction::ConfirmSettlements, ids);
        QVERIFY(checkRun(run));
        QCOMPARE(run.summary().applicable, drafts);
        const qint64 net = value(*s, QStringLiteral("SELECT SUM(net_amount) FROM settlements WHERE settlement_month = "
                                                    "'%1' AND status = 'draft'")
                                         .arg(month))
                               .toLongLong();
        QCOMPARE(run.summary().worth.value(0), Money(net, Currency::KRW));
        QVERIFY(applyRun(run, QStringLiteral("month closed")));
        QVERIFY2(run.appliedCount() == drafts, qPrintable(run.outcomes().value(0).error));
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM settlements WHERE settlement_month = '%1' AND status = "
                                          "'draft'")
                               .arg(month))
                     .toInt(),
                 0);
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'settlement.confirm' AND "
                                          "reason = 'month closed'"))
                     .toInt(),
                 drafts);
    }

    /// The pre-flight of invoices sums satoshi as the database does; a center manager does not
    /// see another center's payment (not found) and cannot change it.
    void preflightAndRowLevelSecurity()
    {
        SqlSession* pg = m_demo.session(Dialect::PostgreSQL);
        if (!pg) {
            QSKIP("PostgreSQL is not available");
        }
        const QVector<qint64> invoices = idsOf(*pg, QStringLiteral("SELECT id FROM invoices ORDER BY id LIMIT 200"));
        QVERIFY(invoices.size() >= 20);
        auto hq = headquarters(Dialect::PostgreSQL);
        QVERIFY(hq);
        models::BulkRun expire(hq.get(), BulkAction::ExpireInvoices, invoices + QVector<qint64>{999999999});
        QVERIFY(checkRun(expire));
        const BulkSummary summary = expire.summary();
        const int pending = value(*pg, QStringLiteral("SELECT COUNT(*) FROM invoices WHERE status = 'pending' AND id "
                                                      "IN (%1)")
                                           .arg(idList(invoices)))
                                .toInt();
        QVERIFY(pending > 0);
        QCOMPARE(summary.applicable, pending);
        QCOMPARE(summary.refused, invoices.size() + 1 - pending);
        const qint64 sats = value(*pg, QStringLiteral("SELECT CAST(SUM(amount) * 100000000 AS BIGINT) FROM invoices "
                                                      "WHERE status = 'pending' AND id IN (%1)")
                                           .arg(idList(invoices)))
                                .toLongLong();
        QCOMPARE(summary.worth.value(0), Money(sats, Currency::BCH));
        QVERIFY(expire.items().last().refusal.contains(QStringLiteral("not found")));

        const QVector<qint64> own = idsOf(
            *pg, QStringLiteral("SELECT p.id FROM payments p JOIN organizations o ON o.id = p.organization_id WHERE "
                                "p.status = 'pending' AND o.path LIKE '%/%1/%' ORDER BY p.id LIMIT 3")
                     .arg(m_centerA));
        const QVector<qint64> other = idsOf(
            *pg, QStringLiteral("SELECT p.id FROM payments p JOIN organizations o ON o.id = p.organization_id WHERE "
                                "p.status = 'pending' AND o.path LIKE '%/%1/%' ORDER BY p.id LIMIT 3")
                     .arg(m_centerB));
        QCOMPARE(own.size(), 3);
        QCOMPARE(other.size(), 3);
        auto manager = backendOf(Dialect::PostgreSQL, login("t_bulk_ca_"));
        QVERIFY(manager);
        models::BulkRun fail(manager.get(), BulkAction::FailPayments, own + other);
        QVERIFY(checkRun(fail));
        for (int i = 3; i < 6; ++i) {
            QVERIFY2(fail.items()[i].refusal.contains(QStringLiteral("not found")),
                     qPrintable(fail.items()[i].refusal));
            QCOMPARE(fail.items()[i].version, 0);
        }
        QCOMPARE(fail.summary().applicable, 3);
        QVERIFY(applyRun(fail, QStringLiteral("returned by the bank")));
        QCOMPARE(fail.appliedCount(), 3);
        QCOMPARE(value(*pg, QStringLiteral("SELECT COUNT(*) FROM payments WHERE id IN (%1) AND status = 'pending'")
                                .arg(idList(other)))
                     .toInt(),
                 3);
        // Sent straight to the server's operation (not through the pre-flight), another center's
        // rows are refused row by row and stay as they were.
        BulkApplyRequest forged;
        forged.action = BulkAction::FailPayments;
        forged.reason = QStringLiteral("forged");
        for (qint64 id : other) {
            forged.items.append({id, 1});
        }
        auto result = test::await<BulkApplyResult>(
            [&](QObject* r, auto done) { return manager->call<ops::ApplyBulk>(forged, r, done); });
        QVERIFY(result.ok());
        QCOMPARE(result.value().outcomes.size(), 3);
        for (const BulkOutcome& outcome : result.value().outcomes) {
            QVERIFY(!outcome.applied);
            QVERIFY(!outcome.error.isEmpty());
        }
        QCOMPARE(value(*pg, QStringLiteral("SELECT COUNT(*) FROM payments WHERE id IN (%1) AND status = 'pending'")
                                .arg(idList(other)))
                     .toInt(),
                 3);
    }

    /// Headquarters releases reviewers' claims in bulk; the audit row carries the reason; a
    /// document with no claim is refused by the pre-flight.
    void releaseClaims()
    {
        SqlSession* pg = m_demo.session(Dialect::PostgreSQL);
        if (!pg) {
            QSKIP("PostgreSQL is not available");
        }
        const QVector<qint64> docs =
            idsOf(*pg, QStringLiteral("SELECT id FROM kyc_documents WHERE verification_status "
                                      "= 'pending' AND claimed_by IS NULL ORDER BY id LIMIT 3"));
        QCOMPARE(docs.size(), 3);
        auto reviewer = backendOf(Dialect::PostgreSQL, login("t_bulk_kyc_"));
        QVERIFY(reviewer);
        for (int i = 0; i < 2; ++i) {
            auto claim = test::await<KycClaim>(
                [&](QObject* r, auto done) { return reviewer->call<ops::ClaimKycDocument>({docs[i]}, r, done); });
            QVERIFY2(claim.ok(), qPrintable(claim.error().message));
        }
        auto hq = headquarters(Dialect::PostgreSQL);
        models::BulkRun run(hq.get(), BulkAction::ReleaseKycClaims, docs);
        QVERIFY(checkRun(run));
        QCOMPARE(run.summary().applicable, 2);
        QCOMPARE(run.items()[0].claimedBy, login("t_bulk_kyc_"));
        QVERIFY(!run.items()[2].refusal.isEmpty());
        QVERIFY(applyRun(run, QStringLiteral("reviewer went home")));
        QCOMPARE(run.appliedCount(), 2);
        QCOMPARE(value(*pg, QStringLiteral("SELECT COUNT(*) FROM kyc_documents WHERE id IN (%1) AND claimed_by IS NOT "
                                           "NULL")
                                .arg(idList(docs)))
                     .toInt(),
                 0);
        QCOMPARE(value(*pg, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'kyc.release' AND reason = "
                                           "'reviewer went home'"))
                     .toInt(),
                 2);

        // Assigned in bulk to the reviewer; a decided document is left out; no reviewer named:
        // refused as a whole, nothing applied.
        const qint64 decided = value(*pg, QStringLiteral("SELECT MIN(id) FROM kyc_documents WHERE verification_status "
                                                         "= 'approved'"))
                                   .toLongLong();
        models::BulkRun assign(hq.get(), BulkAction::AssignKycDocuments, docs + QVector<qint64>{decided});
        QVERIFY(checkRun(assign));
        QCOMPARE(assign.summary().applicable, 3);
        QCOMPARE(assign.items()[3].needs, QStringList{QStringLiteral("pending")});
        QVERIFY(applyRun(assign, QStringLiteral("spread the queue")));
        QCOMPARE(assign.appliedCount(), 0);
        QVERIFY(assign.error().kind == Error::Kind::Invalid);
        models::BulkRun again(hq.get(), BulkAction::AssignKycDocuments, docs);
        QVERIFY(checkRun(again));
        QSignalSpy finished(&again, &models::BulkRun::finished);
        again.apply(QStringLiteral("spread the queue"), login("t_bulk_kyc_"));
        QVERIFY(finished.wait(30000));
        QVERIFY2(again.appliedCount() == 3, qPrintable(again.outcomes().value(0).error));
        QCOMPARE(value(*pg, QStringLiteral("SELECT COUNT(*) FROM kyc_documents WHERE id IN (%1) AND assigned_to = '%2'")
                                .arg(idList(docs), login("t_bulk_kyc_")))
                     .toInt(),
                 3);
        QCOMPARE(value(*pg, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'kyc.assign' AND reason = "
                                           "'spread the queue'"))
                     .toInt(),
                 3);
    }

    /// The same through paydesk-server: 150 settlements-or-payments in two parts, audited.
    void throughTheServer()
    {
        SqlSession* pg = m_demo.session(Dialect::PostgreSQL);
        if (!pg) {
            QSKIP("PostgreSQL is not available");
        }
        test::RestServer server;
        const QString who = login("t_bulk_rest_");
        QVERIFY(server.start(m_demo.url(Dialect::PostgreSQL), {{who, QStringLiteral("hq_admin"), m_hqCode}}).isEmpty());
        RestBackend rest({server.url(), who, QString::fromLatin1(test::kRestPassword), {}, {}, 60000, {}});
        QVERIFY(test::await<ConnectionInfo>([&](QObject* r, auto done) { return rest.open(r, done); }).ok());
        const QVector<qint64> ids =
            idsOf(*pg, QStringLiteral("SELECT id FROM payments WHERE status = 'pending' ORDER BY id DESC LIMIT 150"));
        QCOMPARE(ids.size(), 150);
        models::BulkRun run(&rest, BulkAction::CancelPayments, ids);
        QVERIFY(checkRun(run));
        QCOMPARE(run.summary().applicable, 150);
        QVERIFY(applyRun(run, QStringLiteral("member left, through the server")));
        QCOMPARE(run.appliedCount(), 150);
        QCOMPARE(
            value(*pg, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'payment.cancel' AND reason = "
                                      "'member left, through the server' AND actor = '%1'")
                           .arg(who))
                .toInt(),
            150);
        // A chunk larger than the limit is refused as a whole, in words.
        BulkPreviewRequest tooMany;
        tooMany.action = BulkAction::CancelPayments;
        tooMany.ids.fill(1, kMaxBulkPreviewIds + 1);
        auto refused = test::await<BulkPreview>([&](QObject* r, auto done) {
            return static_cast<Backend&>(rest).call<ops::PreviewBulk>(tooMany, r, done);
        });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
    }

    /// The console: select rows, Bulk actions → Cancel payments…, the summary, a reason, Apply.
    void dialogOnThePage()
    {
        SqlSession* s = m_demo.session(Dialect::SQLite);
        QVERIFY(s);
        auto backend = headquarters(Dialect::SQLite);
        QVERIFY(backend);
        ui::installTranslations(QStringLiteral("en")); // the plural forms the console shows
        ui::TablePage page(backend.get(), Area::Payments);
        page.applyFilters({{QStringLiteral("status"), QStringLiteral("pending")}});
        ui::addBulkActions(&page, backend.get(), Permissions::forRole(QStringLiteral("hq_admin")));
        page.resize(1200, 700);
        page.show();
        page.start();
        QTRY_VERIFY_WITH_TIMEOUT(page.model()->rowCount() >= 20, 20000);
        auto* button = page.findChild<QPushButton*>(QStringLiteral("bulkActions"));
        QVERIFY(button);
        QVERIFY(!button->isEnabled() || !page.selectedIds().isEmpty());
        page.view()->selectionModel()->clearSelection();
        QVERIFY(!button->isEnabled());
        page.view()->selectRow(0);
        for (int r = 1; r < 5; ++r) {
            page.view()->selectionModel()->select(page.model()->index(r, 0),
                                                  QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        QVERIFY(button->isEnabled());
        const QVector<qint64> ids = page.selectedIds();
        QCOMPARE(ids.size(), 5);
        QAction* cancel = button->menu()->findChild<QAction*>(QStringLiteral("bulk_cancel_payments"));
        QVERIFY(cancel);
        cancel->trigger();
        ui::BulkDialog* dialog = page.findChild<ui::BulkDialog*>();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->summaryText().contains(QStringLiteral("cancel 5 payments")), 10000);
        QVERIFY(!dialog->applyButton()->isEnabled()); // no reason yet
        dialog->reasonEdit()->setText(QStringLiteral("closed by the dialog test"));
        QVERIFY(dialog->applyButton()->isEnabled());
        if (!qEnvironmentVariableIsEmpty("PAYDESK_TEST_OUTPUT")) {
            dialog->grab().save(qEnvironmentVariable("PAYDESK_TEST_OUTPUT") + QStringLiteral("/bulk_summary.png"));
        }
        QSignalSpy applied(dialog, &ui::BulkDialog::applied);
        dialog->applyButton()->click();
        QTRY_COMPARE_WITH_TIMEOUT(applied.size(), 1, 10000);
        QCOMPARE(applied[0][0].toInt(), 5);
        QVERIFY(dialog->summaryText().contains(QStringLiteral("Applied to 5 rows")));
        QCOMPARE(dialog->listedRows(), 0);
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM payments WHERE id IN (%1) AND status = 'cancelled'")
                               .arg(idList(ids)))
                     .toInt(),
                 5);
        dialog->close();

        // The same rows and one more again, in Korean: the five cancelled ones are listed with why.
        ui::installTranslations(QStringLiteral("ko"));
        const qint64 more =
            value(*s, QStringLiteral("SELECT MAX(id) FROM payments WHERE status = 'pending'")).toLongLong();
        ui::BulkDialog again(backend.get(), BulkAction::CancelPayments, ids + QVector<qint64>{more}, &page);
        again.show();
        QTRY_COMPARE_WITH_TIMEOUT(again.listedRows(), 5, 10000);
        QVERIFY2(again.summaryText().contains(QStringLiteral("1건")), qPrintable(again.summaryText()));
        QVERIFY2(again.listText().contains(QStringLiteral("취소")), qPrintable(again.listText()));
        if (!qEnvironmentVariableIsEmpty("PAYDESK_TEST_OUTPUT")) {
            again.grab().save(qEnvironmentVariable("PAYDESK_TEST_OUTPUT") + QStringLiteral("/bulk_refused_ko.png"));
        }
        ui::installTranslations(QStringLiteral("en"));
    }
};

QTEST_MAIN(TestBulk)
#include "tst_bulk.moc"
