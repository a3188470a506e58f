// What the chain shows settles an invoice, its monthly payment and a credit, on a real database
// (SQLite and PostgreSQL, where the watcher is a headquarters login held to migration 011's
// rules): exact, mempool, under, over and late payments, a reorg that takes a confirmed one
// back, expiry, and a second pass that changes nothing.

#include "ChainSettlement.h"
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "sql/Migrations.h"
#include "sql/SqlChain.h"
#include "sql/SqlInvoices.h"
#include "sql/SqlSecurity.h"
#include "sql/SqlSession.h"

#include <QSqlQuery>
#include <QtTest>

using namespace pd;
using namespace pd::sql;

namespace {
const char* kAccountXpub =
    "xpub6D4BDPcP2GT577Vvch3R8wDkScZWzQzMMUm3PWbmWvVJrZwQY4VUNgqFJPMM3No2dFDFGTsxxpG5uJh7n7epu4trkrX7x7DogT5Uv6fcLW5";
constexpr qint64 kAmount = 150000; // 0.0015 BCH

QString txid(char c)
{
    return QString(64, QLatin1Char(c));
}

/// A database with demo data, the test account, and the session the watcher writes with.
struct Fixture
{
    std::unique_ptr<test::ScratchDatabase> db;
    std::unique_ptr<SqlSession> admin;
    std::unique_ptr<SqlSession> watcher;
    QString login;

    ~Fixture()
    {
        watcher.reset();
        admin.reset();
        db.reset();
        if (!login.isEmpty()) {
            test::pgAdminExec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login)); // test-made name
        }
    }
};

std::unique_ptr<SqlSession> open(const DatabaseUrl& url, const QString& name)
{
    auto s = SqlSession::open(url, name);
    return s.ok() ? std::move(s.value()) : nullptr;
}

} // namespace

class TestChain : public QObject
{
    Q_OBJECT

    std::unique_ptr<Fixture> m_fx;
    int m_dialect = -1;

    /// One fixture per dialect, made when a test of that dialect first runs.
    Fixture* fixture(Dialect dialect)
    {
        if (m_fx && m_dialect == int(dialect)) {
            return m_fx.get();
        }
        m_fx.reset();
        auto fx = std::make_unique<Fixture>();
        fx->db = test::ScratchDatabase::create(dialect);
        if (!fx->db->ok()) {
            return nullptr;
        }
        fx->admin = open(fx->db->url(), QStringLiteral("chain-admin"));
        if (!fx->admin || !Migrator::upgrade(*fx->admin).ok()) {
            return nullptr;
        }
        demo::DemoOptions options;
        options.scale = 0.01;
        if (!demo::generateDemoData(*fx->admin, options).ok() ||
            !setBchAccount(*fx->admin, QStringLiteral("Test account"), QLatin1String(kAccountXpub),
                           bch::Network::Mainnet)
                 .ok()) {
            return nullptr;
        }
        if (dialect == Dialect::PostgreSQL) {
            fx->login = QStringLiteral("t_watch_") + fx->db->url().database.right(8);
            if (!addStaff(*fx->admin, fx->login, QStringLiteral("hq_admin"), QStringLiteral("HQ"), QString(), QString())
                     .ok()) {
                return nullptr;
            }
            DatabaseUrl url = fx->db->url();
            url.user = fx->login;
            fx->watcher = open(url, QStringLiteral("chain-watcher"));
        } else {
            fx->watcher = open(fx->db->url(), QStringLiteral("chain-watcher"));
        }
        if (!fx->watcher) {
            return nullptr;
        }
        m_fx = std::move(fx);
        m_dialect = int(dialect);
        return m_fx.get();
    }

    qint64 count(SqlSession& s, const QString& sql) { return test::value(s, sql).toLongLong(); }

    /// A new invoice for a member's pending payment; returns {invoice, payment}.
    QPair<qint64, qint64> newInvoice(Fixture& fx, qint64 sats = kAmount)
    {
        const auto row =
            test::rows(*fx.admin, QStringLiteral("SELECT p.id, pa.user_id FROM payments p JOIN parents pa ON pa.id = "
                                                 "p.parent_id WHERE p.status = 'pending' AND NOT EXISTS (SELECT 1 "
                                                 "FROM invoices i WHERE i.payment_id = p.id) ORDER BY p.id LIMIT 1"));
        if (row.isEmpty()) {
            return {0, 0};
        }
        InvoiceDraft d;
        d.userId = row[0][1].toLongLong();
        d.amountSats = sats;
        d.description = QStringLiteral("2026-12 급식비");
        d.expiresAt = QDateTime::currentDateTimeUtc().addDays(7);
        d.paymentId = row[0][0].toLongLong();
        auto created = createInvoice(*fx.admin, d);
        return created.ok() ? qMakePair(created.value().id, d.paymentId) : qMakePair(qint64(0), qint64(0));
    }

    static ChainView at(int tip) { return {tip, 1, QDateTime::currentDateTimeUtc()}; }

    static ObservedPayment paid(char c, int height, qint64 sats)
    {
        return {txid(c), height, sats, height > 0 ? QDateTime::currentDateTimeUtc().addSecs(-600) : QDateTime()};
    }

    QString invoiceField(Fixture& fx, qint64 id, const char* column)
    {
        return test::value(*fx.admin,
                           QStringLiteral("SELECT COALESCE(CAST(%1 AS TEXT), '') FROM invoices WHERE id = %2")
                               .arg(QLatin1String(column))
                               .arg(id))
            .toString();
    }

    QString paymentField(Fixture& fx, qint64 id, const char* column)
    {
        return test::value(*fx.admin,
                           QStringLiteral("SELECT COALESCE(CAST(%1 AS TEXT), '') FROM payments WHERE id = %2")
                               .arg(QLatin1String(column))
                               .arg(id))
            .toString();
    }

    /// The invoice's credits in satoshis (sum) and the user's last balance_after.
    qint64 credited(Fixture& fx, qint64 invoice)
    {
        return count(*fx.admin,
                     QString::fromLatin1(m_dialect == int(Dialect::PostgreSQL)
                                             ? "SELECT CAST(COALESCE(SUM(amount), 0) * 100000000 AS BIGINT) "
                                               "FROM user_credits WHERE invoice_id = %1"
                                             : "SELECT COALESCE(SUM(CAST(replace(amount, '.', '') AS INTEGER)), "
                                               "0) FROM user_credits WHERE invoice_id = %1")
                         .arg(invoice));
    }

    /// Every user's ledger adds up: each balance_after is the previous one plus the amount.
    bool ledgerAddsUp(Fixture& fx)
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
        Fixture* fx = fixture(Dialect(dialect));
        QVERIFY(fx);
        const auto [invoice, payment] = newInvoice(*fx);
        QVERIFY(invoice > 0);
        const qint64 auditBefore = count(*fx->admin, QStringLiteral("SELECT COUNT(*) FROM audit_log"));

        // In the mempool: paid, not settled.
        auto seen = applyChainObservation(*fx->watcher, invoice, {paid('a', 0, kAmount)}, at(900000));
        QVERIFY2(seen.ok(), qPrintable(seen.ok() ? QString() : seen.error().message + seen.error().detail));
        QCOMPARE(seen.value().event, QStringLiteral("chain_paid"));
        QCOMPARE(invoiceField(*fx, invoice, "status"), QStringLiteral("paid"));
        QCOMPARE(invoiceField(*fx, invoice, "tx_hash"), txid('a'));
        QCOMPARE(paymentField(*fx, payment, "status"), QStringLiteral("pending"));
        QCOMPARE(credited(*fx, invoice), 0);

        // In a block: confirmed, the payment settled with the block's time, the amount credited.
        auto mined = applyChainObservation(*fx->watcher, invoice, {paid('a', 900001, kAmount)}, at(900001));
        QVERIFY2(mined.ok(), qPrintable(mined.ok() ? QString() : mined.error().message));
        QCOMPARE(mined.value().event, QStringLiteral("chain_confirmed"));
        QCOMPARE(invoiceField(*fx, invoice, "status"), QStringLiteral("confirmed"));
        QCOMPARE(invoiceField(*fx, invoice, "confirmed_height"), QStringLiteral("900001"));
        QCOMPARE(invoiceField(*fx, invoice, "received_sats"), QString::number(kAmount));
        QCOMPARE(invoiceField(*fx, invoice, "exception"), QString());
        QCOMPARE(paymentField(*fx, payment, "status"), QStringLiteral("success"));
        QCOMPARE(paymentField(*fx, payment, "method"), QStringLiteral("bch"));
        QCOMPARE(paymentField(*fx, payment, "tid"), txid('a'));
        QVERIFY(!paymentField(*fx, payment, "paid_at").isEmpty());
        QCOMPARE(credited(*fx, invoice), kAmount);
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
        QCOMPARE(credited(*fx, invoice), kAmount);
    }

    void underAndOverPayments_data() { test::addDialectRows(); }
    void underAndOverPayments()
    {
        QFETCH(int, dialect);
        Fixture* fx = fixture(Dialect(dialect));
        QVERIFY(fx);
        const auto [under, underPayment] = newInvoice(*fx);
        auto part = applyChainObservation(*fx->watcher, under, {paid('b', 900010, 100000)}, at(900010));
        QVERIFY2(part.ok(), qPrintable(part.ok() ? QString() : part.error().message));
        QCOMPARE(invoiceField(*fx, under, "status"), QStringLiteral("pending"));
        QCOMPARE(invoiceField(*fx, under, "exception"), QStringLiteral("underpaid"));
        QCOMPARE(invoiceField(*fx, under, "received_sats"), QStringLiteral("100000"));
        QCOMPARE(paymentField(*fx, underPayment, "status"), QStringLiteral("pending"));
        QCOMPARE(credited(*fx, under), 0);
        // The top-up for the exact remainder completes it.
        auto topUp = applyChainObservation(*fx->watcher, under, {paid('b', 900010, 100000), paid('c', 900011, 50000)},
                                           at(900011));
        QVERIFY(topUp.ok());
        QCOMPARE(invoiceField(*fx, under, "status"), QStringLiteral("confirmed"));
        QCOMPARE(invoiceField(*fx, under, "exception"), QString());
        QCOMPARE(invoiceField(*fx, under, "tx_hash"), txid('c'));
        QCOMPARE(paymentField(*fx, underPayment, "status"), QStringLiteral("success"));
        QCOMPARE(credited(*fx, under), kAmount);

        const auto [over, overPayment] = newInvoice(*fx);
        auto more = applyChainObservation(*fx->watcher, over, {paid('d', 900012, 200000)}, at(900012));
        QVERIFY(more.ok());
        QCOMPARE(invoiceField(*fx, over, "status"), QStringLiteral("confirmed"));
        QCOMPARE(invoiceField(*fx, over, "exception"), QStringLiteral("overpaid"));
        QCOMPARE(invoiceField(*fx, over, "received_sats"), QStringLiteral("200000"));
        QCOMPARE(paymentField(*fx, overPayment, "status"), QStringLiteral("success"));
        // The credit is the invoice's amount; the surplus waits for a refund decision.
        QCOMPARE(credited(*fx, over), kAmount);
        QVERIFY(ledgerAddsUp(*fx));
    }

    void latePaymentWaitsForAPerson_data() { test::addDialectRows(); }
    void latePaymentWaitsForAPerson()
    {
        QFETCH(int, dialect);
        Fixture* fx = fixture(Dialect(dialect));
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
        QCOMPARE(invoiceField(*fx, invoice, "status"), QStringLiteral("expired"));
        QCOMPARE(invoiceField(*fx, invoice, "exception"), QStringLiteral("paid_late"));
        QCOMPARE(paymentField(*fx, payment, "status"), QStringLiteral("pending"));
        QCOMPARE(credited(*fx, invoice), 0);
        QVERIFY(
            applyChainObservation(*fx->watcher, invoice, {paid('e', 900020, kAmount)}, at(900021)).value().unchanged());

        // A person accepts it: settled like any other.
        const int version = invoiceField(*fx, invoice, "version").toInt();
        QCOMPARE(resolveLatePayment(*fx->watcher, invoice, version, true, QString()).error().kind,
                 Error::Kind::Invalid);
        QCOMPARE(resolveLatePayment(*fx->watcher, invoice, version - 1, true, QStringLiteral("ok")).error().kind,
                 Error::Kind::Conflict);
        auto accepted = resolveLatePayment(*fx->watcher, invoice, version, true, QStringLiteral("parent called"));
        QVERIFY2(accepted.ok(), qPrintable(accepted.ok() ? QString() : accepted.error().message));
        QCOMPARE(invoiceField(*fx, invoice, "status"), QStringLiteral("confirmed"));
        QCOMPARE(invoiceField(*fx, invoice, "resolution"), QStringLiteral("accepted"));
        QCOMPARE(paymentField(*fx, payment, "status"), QStringLiteral("success"));
        QCOMPARE(credited(*fx, invoice), kAmount);
        // The watcher's next pass leaves the accepted invoice as it is.
        QVERIFY(
            applyChainObservation(*fx->watcher, invoice, {paid('e', 900020, kAmount)}, at(900022)).value().unchanged());
    }

    void reorgTakesEffectsBack_data() { test::addDialectRows(); }
    void reorgTakesEffectsBack()
    {
        QFETCH(int, dialect);
        Fixture* fx = fixture(Dialect(dialect));
        QVERIFY(fx);
        const auto [invoice, payment] = newInvoice(*fx);
        QVERIFY(applyChainObservation(*fx->watcher, invoice, {paid('f', 900030, kAmount)}, at(900030)).ok());
        QCOMPARE(paymentField(*fx, payment, "status"), QStringLiteral("success"));
        QCOMPARE(credited(*fx, invoice), kAmount);

        // Back in the mempool after a reorg: paid again, the payment and credit taken back.
        auto back = applyChainObservation(*fx->watcher, invoice, {paid('f', 0, kAmount)}, at(900030));
        QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
        QCOMPARE(back.value().event, QStringLiteral("chain_reversed"));
        QCOMPARE(invoiceField(*fx, invoice, "status"), QStringLiteral("paid"));
        QCOMPARE(invoiceField(*fx, invoice, "confirmed_at"), QString());
        QCOMPARE(paymentField(*fx, payment, "status"), QStringLiteral("pending"));
        QCOMPARE(paymentField(*fx, payment, "tid"), QString());
        QCOMPARE(credited(*fx, invoice), 0);

        // Confirmed again, then gone from the chain altogether: pending, nothing left.
        QVERIFY(applyChainObservation(*fx->watcher, invoice, {paid('f', 900031, kAmount)}, at(900031)).ok());
        QCOMPARE(credited(*fx, invoice), kAmount);
        auto gone = applyChainObservation(*fx->watcher, invoice, {}, at(900032));
        QVERIFY2(gone.ok(), qPrintable(gone.ok() ? QString() : gone.error().message));
        QCOMPARE(invoiceField(*fx, invoice, "status"), QStringLiteral("pending"));
        QCOMPARE(invoiceField(*fx, invoice, "tx_hash"), QString());
        QCOMPARE(invoiceField(*fx, invoice, "received_sats"), QStringLiteral("0"));
        QCOMPARE(paymentField(*fx, payment, "status"), QStringLiteral("pending"));
        QCOMPARE(credited(*fx, invoice), 0);
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
        Fixture* fx = fixture(Dialect(dialect));
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
        QCOMPARE(invoiceField(*fx, quiet, "status"), QStringLiteral("expired"));
        // An invoice with money on it is left for a person.
        QCOMPARE(invoiceField(*fx, partial, "status"), QStringLiteral("pending"));
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

    void ledgerIsAppendOnly_data() { test::addDialectRows(); }
    void ledgerIsAppendOnly()
    {
        QFETCH(int, dialect);
        Fixture* fx = fixture(Dialect(dialect));
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
