// What the chain shows settles an invoice, its monthly payment and a credit, on a real database
// (SQLite and PostgreSQL, where the watcher is a headquarters login held to migration 011's
// rules): exact, mempool, under, over and late payments, a reorg that takes a confirmed one
// back, expiry, and a second pass that changes nothing.

#include "ChainFixture.h"
#include "ChainSettlement.h"
#include "sql/SqlChain.h"

#include <QSqlQuery>
#include <QtTest>

using namespace pd;
using namespace pd::sql;

namespace {
constexpr qint64 kAmount = 150000; // 0.0015 BCH

QString txid(char c)
{
    return QString(64, QLatin1Char(c));
}
} // namespace

class TestChain : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ChainFixture> m_fx;
    int m_dialect = -1;

    /// One fixture per dialect, made when a test of that dialect first runs.
    test::ChainFixture* fixture(Dialect dialect)
    {
        if (!m_fx || m_dialect != int(dialect)) {
            m_fx.reset(); // its connection names are reused
            m_fx = test::ChainFixture::create(dialect);
            m_dialect = int(dialect);
        }
        return m_fx.get();
    }

    qint64 count(SqlSession& s, const QString& sql) { return test::value(s, sql).toLongLong(); }

    QPair<qint64, qint64> newInvoice(test::ChainFixture& fx, qint64 sats = kAmount) { return fx.newInvoice(sats); }

    static ChainView at(int tip) { return {tip, 1, QDateTime::currentDateTimeUtc()}; }

    static ObservedPayment paid(char c, int height, qint64 sats)
    {
        return {txid(c), height, sats, height > 0 ? QDateTime::currentDateTimeUtc().addSecs(-600) : QDateTime()};
    }

    /// Every user's ledger adds up: each balance_after is the previous one plus the amount.
    bool ledgerAddsUp(test::ChainFixture& fx)
    {
        const QString sats =
            QLatin1String(m_dialect == int(Dialect::PostgreSQL) ? "CAST(%1 * 100000000 AS BIGINT)"
                                                                : "CAST(replace(%1, '.', '') AS INTEGER)");
        return count(*fx.admin,
                     QStringLiteral("SELECT COUNT(*) FROM user_credits c WHERE %1 <> COALESCE((SELECT %2 "
                                    "FROM user_credits p WHERE p.user_id = c.user_id AND p.id < c.id ORDER "
                                    "BY p.id DESC LIMIT 1), 0) + %3")
                         .arg(sats.arg(QLatin1String("c.balance_after")), sats.arg(QLatin1String("p.balance_after")),
                              sats.arg(QLatin1String("c.amount")))) == 0;
    }

private Q_SLOTS:
    void cleanupTestCase() { m_fx.reset(); }

    void exactPaymentSettlesOnce_data() { test::addDialectRows(); }
    void exactPaymentSettlesOnce()
    {
        QFETCH(int, dialect);
        test::ChainFixture* fx = fixture(Dialect(dialect));
        QVERIFY(fx);
        const auto [invoice, payment] = newInvoice(*fx);
        QVERIFY(invoice > 0);
        const qint64 auditBefore = count(*fx->admin, QStringLiteral("SELECT COUNT(*) FROM audit_log"));

        // In the mempool: paid, not settled.
        auto seen = applyChainObservation(*fx->watcher, invoice, {paid('a', 0, kAmount)}, at(900000));
        QVERIFY2(seen.ok(), qPrintable(seen.ok() ? QString() : seen.error().message + seen.error().detail));
        QCOMPARE(seen.value().event, QStringLiteral("chain_paid"));
        QCOMPARE(fx->field("invoices", invoice, "status"), QStringLiteral("paid"));
        QCOMPARE(fx->field("invoices", invoice, "tx_hash"), txid('a'));
        QCOMPARE(fx->field("payments", payment, "status"), QStringLiteral("pending"));
        QCOMPARE(fx->credited(invoice), 0);

        // In a block: confirmed, the payment settled with the block's time, the amount credited.
        auto mined = applyChainObservation(*fx->watcher, invoice, {paid('a', 900001, kAmount)}, at(900001));
        QVERIFY2(mined.ok(), qPrintable(mined.ok() ? QString() : mined.error().message));
        QCOMPARE(mined.value().event, QStringLiteral("chain_confirmed"));
        QCOMPARE(fx->field("invoices", invoice, "status"), QStringLiteral("confirmed"));
        QCOMPARE(fx->field("invoices", invoice, "confirmed_height"), QStringLiteral("900001"));
        QCOMPARE(fx->field("invoices", invoice, "received_sats"), QString::number(kAmount));
        QCOMPARE(fx->field("invoices", invoice, "exception"), QString());
        QCOMPARE(fx->field("payments", payment, "status"), QStringLiteral("success"));
        QCOMPARE(fx->field("payments", payment, "method"), QStringLiteral("bch"));
        QCOMPARE(fx->field("payments", payment, "tid"), txid('a'));
        QVERIFY(!fx->field("payments", payment, "paid_at").isEmpty());
        QCOMPARE(fx->credited(invoice), kAmount);
        QVERIFY(ledgerAddsUp(*fx));
        // invoice paid + confirmed, payment settled, credit: four audit rows under the watcher's name.
        QCOMPARE(count(*fx->admin, QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore + 4);
        if (dialect == int(Dialect::PostgreSQL)) {
            QCOMPARE(count(*fx->admin, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = '%1' AND action "
                                                      "LIKE '%.direct_%'")
                                           .arg(fx->login)),
                     0);
        }

        // A second and third pass over the same chain (more confirmations) change nothing.
        for (int tip : {900001, 900005}) {
            auto again = applyChainObservation(*fx->watcher, invoice, {paid('a', 900001, kAmount)}, at(tip));
            QVERIFY(again.ok());
            QVERIFY(again.value().unchanged());
        }
        QCOMPARE(count(*fx->admin, QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore + 4);
        QCOMPARE(fx->credited(invoice), kAmount);
    }

    void underAndOverPayments_data() { test::addDialectRows(); }
    void underAndOverPayments()
    {
        QFETCH(int, dialect);
        test::ChainFixture* fx = fixture(Dialect(dialect));
        QVERIFY(fx);
        const auto [under, underPayment] = newInvoice(*fx);
        auto part = applyChainObservation(*fx->watcher, under, {paid('b', 900010, 100000)}, at(900010));
        QVERIFY2(part.ok(), qPrintable(part.ok() ? QString() : part.error().message));
        QCOMPARE(fx->field("invoices", under, "status"), QStringLiteral("pending"));
        QCOMPARE(fx->field("invoices", under, "exception"), QStringLiteral("underpaid"));
        QCOMPARE(fx->field("invoices", under, "received_sats"), QStringLiteral("100000"));
        QCOMPARE(fx->field("payments", underPayment, "status"), QStringLiteral("pending"));
        QCOMPARE(fx->credited(under), 0);
        // The top-up for the exact remainder completes it.
        auto topUp = applyChainObservation(*fx->watcher, under, {paid('b', 900010, 100000), paid('c', 900011, 50000)},
                                           at(900011));
        QVERIFY(topUp.ok());
        QCOMPARE(fx->field("invoices", under, "status"), QStringLiteral("confirmed"));
        QCOMPARE(fx->field("invoices", under, "exception"), QString());
        QCOMPARE(fx->field("invoices", under, "tx_hash"), txid('c'));
        QCOMPARE(fx->field("payments", underPayment, "status"), QStringLiteral("success"));
        QCOMPARE(fx->credited(under), kAmount);

        const auto [over, overPayment] = newInvoice(*fx);
        auto more = applyChainObservation(*fx->watcher, over, {paid('d', 900012, 200000)}, at(900012));
        QVERIFY(more.ok());
        QCOMPARE(fx->field("invoices", over, "status"), QStringLiteral("confirmed"));
        QCOMPARE(fx->field("invoices", over, "exception"), QStringLiteral("overpaid"));
        QCOMPARE(fx->field("invoices", over, "received_sats"), QStringLiteral("200000"));
        QCOMPARE(fx->field("payments", overPayment, "status"), QStringLiteral("success"));
        // The credit is the invoice's amount; the surplus waits for a refund decision.
        QCOMPARE(fx->credited(over), kAmount);
        QVERIFY(ledgerAddsUp(*fx));
    }

    void latePaymentWaitsForAPerson_data() { test::addDialectRows(); }
    void latePaymentWaitsForAPerson()
    {
        QFETCH(int, dialect);
        test::ChainFixture* fx = fixture(Dialect(dialect));
        QVERIFY(fx);
        const auto [invoice, payment] = newInvoice(*fx);
        QVERIFY(
            test::exec(*fx->admin, QStringLiteral("UPDATE invoices SET expires_at = expires_at - INTERVAL '30 days' "
                                                  "WHERE id = %1")
                                       .arg(invoice)) ||
            test::exec(*fx->admin,
                       QStringLiteral("UPDATE invoices SET expires_at = '2020-01-01T00:00:00.000000Z' WHERE id = %1")
                           .arg(invoice)));
        auto late = applyChainObservation(*fx->watcher, invoice, {paid('e', 900020, kAmount)}, at(900020));
        QVERIFY2(late.ok(), qPrintable(late.ok() ? QString() : late.error().message));
        QCOMPARE(late.value().event, QStringLiteral("chain_paid_late"));
        QCOMPARE(fx->field("invoices", invoice, "status"), QStringLiteral("expired"));
        QCOMPARE(fx->field("invoices", invoice, "exception"), QStringLiteral("paid_late"));
        QCOMPARE(fx->field("payments", payment, "status"), QStringLiteral("pending"));
        QCOMPARE(fx->credited(invoice), 0);
        QVERIFY(
            applyChainObservation(*fx->watcher, invoice, {paid('e', 900020, kAmount)}, at(900021)).value().unchanged());

        // A person accepts it: settled like any other.
        const int version = fx->field("invoices", invoice, "version").toInt();
        QCOMPARE(resolveLatePayment(*fx->watcher, invoice, version, true, QString()).error().kind,
                 Error::Kind::Invalid);
        QCOMPARE(resolveLatePayment(*fx->watcher, invoice, version - 1, true, QStringLiteral("ok")).error().kind,
                 Error::Kind::Conflict);
        auto accepted = resolveLatePayment(*fx->watcher, invoice, version, true, QStringLiteral("parent called"));
        QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message));
        QCOMPARE(fx->field("invoices", invoice, "status"), QStringLiteral("confirmed"));
        QCOMPARE(fx->field("invoices", invoice, "resolution"), QStringLiteral("accepted"));
        QCOMPARE(fx->field("payments", payment, "status"), QStringLiteral("success"));
        QCOMPARE(fx->credited(invoice), kAmount);
        // The watcher's next pass leaves the accepted invoice as it is.
        QVERIFY(
            applyChainObservation(*fx->watcher, invoice, {paid('e', 900020, kAmount)}, at(900022)).value().unchanged());
    }

    void reorgTakesEffectsBack_data() { test::addDialectRows(); }
    void reorgTakesEffectsBack()
    {
        QFETCH(int, dialect);
        test::ChainFixture* fx = fixture(Dialect(dialect));
        QVERIFY(fx);
        const auto [invoice, payment] = newInvoice(*fx);
        QVERIFY(applyChainObservation(*fx->watcher, invoice, {paid('f', 900030, kAmount)}, at(900030)).ok());
        QCOMPARE(fx->field("payments", payment, "status"), QStringLiteral("success"));
        QCOMPARE(fx->credited(invoice), kAmount);

        // Back in the mempool after a reorg: paid again, the payment and credit taken back.
        auto back = applyChainObservation(*fx->watcher, invoice, {paid('f', 0, kAmount)}, at(900030));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back.value().event, QStringLiteral("chain_reversed"));
        QCOMPARE(fx->field("invoices", invoice, "status"), QStringLiteral("paid"));
        QCOMPARE(fx->field("invoices", invoice, "confirmed_at"), QString());
        QCOMPARE(fx->field("payments", payment, "status"), QStringLiteral("pending"));
        QCOMPARE(fx->field("payments", payment, "tid"), QString());
        QCOMPARE(fx->credited(invoice), 0);

        // Confirmed again, then gone from the chain altogether: pending, nothing left.
        QVERIFY(applyChainObservation(*fx->watcher, invoice, {paid('f', 900031, kAmount)}, at(900031)).ok());
        QCOMPARE(fx->credited(invoice), kAmount);
        auto gone = applyChainObservation(*fx->watcher, invoice, {}, at(900032));
        QVERIFY2(gone.ok(), qPrintable(gone.ok() ? QString() : gone.error().message));
        QCOMPARE(fx->field("invoices", invoice, "status"), QStringLiteral("pending"));
        QCOMPARE(fx->field("invoices", invoice, "tx_hash"), QString());
        QCOMPARE(fx->field("invoices", invoice, "received_sats"), QStringLiteral("0"));
        QCOMPARE(fx->field("payments", payment, "status"), QStringLiteral("pending"));
        QCOMPARE(fx->credited(invoice), 0);
        QVERIFY(ledgerAddsUp(*fx));
        // Credit, reversal, credit, reversal: four ledger rows for this invoice, none edited.
        QCOMPARE(
            count(*fx->admin, QStringLiteral("SELECT COUNT(*) FROM user_credits WHERE invoice_id = %1").arg(invoice)),
            4);
        QCOMPARE(count(*fx->admin,
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'invoices' AND entity_id = %1 AND "
                                      "action = 'invoice.chain_reversed'")
                           .arg(invoice)),
                 2);
    }

    void expiryLeavesMoneyAlone_data() { test::addDialectRows(); }
    void expiryLeavesMoneyAlone()
    {
        QFETCH(int, dialect);
        test::ChainFixture* fx = fixture(Dialect(dialect));
        QVERIFY(fx);
        const auto [quiet, p1] = newInvoice(*fx);
        const auto [partial, p2] = newInvoice(*fx);
        Q_UNUSED(p1)
        Q_UNUSED(p2)
        QVERIFY(applyChainObservation(*fx->watcher, partial, {paid('g', 900040, 1000)}, at(900040)).ok());
        const QString past = dialect == int(Dialect::PostgreSQL)
                                 ? QStringLiteral("now() - INTERVAL '1 hour'")
                                 : QStringLiteral("'%1'").arg(QDateTime::currentDateTimeUtc().addSecs(-3600).toString(
                                       QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z")));
        QVERIFY(test::exec(*fx->admin, QStringLiteral("UPDATE invoices SET expires_at = %1 WHERE id IN (%2, %3)")
                                           .arg(past)
                                           .arg(quiet)
                                           .arg(partial)));
        auto expired = expireOverdueInvoices(*fx->watcher);
        QVERIFY2(expired.ok(), qPrintable(expired.ok() ? QString() : expired.error().message));
        QVERIFY(expired.value() >= 1);
        QCOMPARE(fx->field("invoices", quiet, "status"), QStringLiteral("expired"));
        // An invoice with money on it is left for a person.
        QCOMPARE(fx->field("invoices", partial, "status"), QStringLiteral("pending"));
        QCOMPARE(count(*fx->admin, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'invoice.expire' AND "
                                                  "entity_id = %1")
                                       .arg(quiet)),
                 1);
        QCOMPARE(expireOverdueInvoices(*fx->watcher).value(), 0);
        // Watched: the expired one still (a late payment is recorded), for 30 days.
        auto watched = watchedInvoices(*fx->watcher, 900040, 10);
        QVERIFY(watched.ok());
        bool found = false;
        for (const WatchedInvoice& w : watched.value()) {
            found = found || w.id == quiet;
        }
        QVERIFY(found);
    }

    void gapLimitReport_data() { test::addDialectRows(); }
    void gapLimitReport()
    {
        QFETCH(int, dialect);
        test::ChainFixture* fx = fixture(Dialect(dialect));
        QVERIFY(fx);
        // 25 new invoices, only the last one paid: the 24 before it are a run a wallet with a gap
        // limit of 20 never reaches.
        QVector<qint64> ids;
        for (int k = 0; k < 25; ++k) {
            ids.append(newInvoice(*fx).first);
            QVERIFY(ids.last() > 0);
        }
        const auto settled = applyChainObservation(*fx->watcher, ids.last(), {paid('9', 900050, kAmount)}, at(900050));
        QVERIFY2(settled.ok(), qPrintable(settled.ok() ? QString() : settled.error().message + settled.error().detail));
        const qint64 paidIndex = fx->field("invoices", ids.last(), "derivation_index").toLongLong();
        const qint64 firstIndex = fx->field("invoices", ids.first(), "derivation_index").toLongLong();
        auto report = addressGapReport(*fx->watcher, 20);
        QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error().message));
        QVERIFY(report.value().exceedsGapLimit());
        QCOMPARE(report.value().runTo, paidIndex - 1);
        QVERIFY(report.value().runFrom <= firstIndex);
        QVERIFY(report.value().runLength >= 24);
        QCOMPARE(report.value().lastUsedIndex, paidIndex);
        QCOMPARE(report.value().nextIndex, paidIndex + 1);
        bool listed = false;
        for (const UnusedAddress& u : report.value().toScan) {
            listed = listed || u.invoiceId == ids.first();
            QVERIFY(u.derivationIndex != paidIndex);
        }
        QVERIFY(listed);
        // A wallet scanning 100 ahead sees them all: no warning, nothing to scan.
        auto wide = addressGapReport(*fx->watcher, 100);
        QVERIFY(wide.ok());
        QVERIFY(!wide.value().exceedsGapLimit());
        QVERIFY(wide.value().toScan.isEmpty());
    }

    void ledgerIsAppendOnly_data() { test::addDialectRows(); }
    void ledgerIsAppendOnly()
    {
        QFETCH(int, dialect);
        test::ChainFixture* fx = fixture(Dialect(dialect));
        QVERIFY(fx);
        QString error;
        QVERIFY(!test::exec(*fx->watcher, QStringLiteral("UPDATE user_credits SET amount = amount"), &error));
        QVERIFY(!test::exec(*fx->watcher, QStringLiteral("DELETE FROM user_credits"), &error));
        if (dialect != int(Dialect::PostgreSQL)) {
            return;
        }
        // Staff write credits only through the chain's two paths.
        QVERIFY(!test::exec(*fx->watcher,
                            QStringLiteral("INSERT INTO user_credits (user_id, username, amount, transaction_type) "
                                           "SELECT id, email, 5, 'manual' FROM users ORDER BY id LIMIT 1"),
                            &error));
        QVERIFY2(error.contains(QStringLiteral("settled BCH invoice")), qPrintable(error));
        const auto [invoice, payment] = newInvoice(*fx);
        Q_UNUSED(payment)
        QVERIFY(!test::exec(*fx->watcher,
                            QStringLiteral("INSERT INTO user_credits (user_id, username, amount, transaction_type, "
                                           "invoice_id) SELECT user_id, username, amount, 'bch_invoice', id FROM "
                                           "invoices WHERE id = %1")
                                .arg(invoice),
                            &error));
        QVERIFY2(error.contains(QStringLiteral("credited its amount once")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestChain)
#include "tst_chain.moc"
