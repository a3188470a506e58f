// BCH invoices on a real database (SQLite and PostgreSQL): fresh addresses from the watch-only
// account, one transaction per change with its audit row, optimistic concurrency, and two
// operators creating invoices at once never sharing an address.

#include "TestSupport.h"
#include "bch/ExtendedPublicKey.h"
#include "demo/DemoGenerator.h"
#include "sql/Migrations.h"
#include "sql/SqlInvoices.h"
#include "sql/SqlSession.h"

#include <QSqlQuery>
#include <QThread>
#include <QtTest>

using namespace pd;
using namespace pd::sql;

namespace {
// BIP32 test vector 1 at m/0H/1/2H (depth 3): a published key, fine for tests.
const char* kAccountXpub =
    "xpub6D4BDPcP2GT577Vvch3R8wDkScZWzQzMMUm3PWbmWvVJrZwQY4VUNgqFJPMM3No2dFDFGTsxxpG5uJh7n7epu4trkrX7x7DogT5Uv6fcLW5";

std::unique_ptr<SqlSession> open(const DatabaseUrl& url, const QString& name)
{
    auto s = SqlSession::open(url, name);
    return s.ok() ? std::move(s.value()) : nullptr;
}

qint64 count(SqlSession& s, const char* sql)
{
    auto v = s.scalar(SqlBuilder(sql));
    return v.ok() ? v.value().toLongLong() : -1;
}

InvoiceDraft draft(qint64 user, qint64 sats)
{
    InvoiceDraft d;
    d.userId = user;
    d.amountSats = sats;
    d.description = QStringLiteral("2026-11 급식비 / meal fee");
    d.expiresAt = QDateTime::currentDateTimeUtc().addDays(14);
    return d;
}

} // namespace

class TestInvoices : public QObject
{
    Q_OBJECT

    /// Fills a scratch database with the schema, a little demo data and (optionally) the test
    /// account as the active one.
    static void populate(const test::ScratchDatabase& db, bool withAccount = true)
    {
        auto s = open(db.url(), QStringLiteral("invoices-setup"));
        Migrator::upgrade(*s);
        demo::DemoOptions options;
        options.scale = 0.01;
        demo::generateDemoData(*s, options);
        if (withAccount) {
            setBchAccount(*s, QStringLiteral("Test account"), QLatin1String(kAccountXpub), bch::Network::Mainnet);
        } else {
            QSqlQuery(s->database()).exec(QStringLiteral("UPDATE bch_accounts SET is_active = false"));
        }
    }

private Q_SLOTS:
    void cleanupTestCase() {}

    void accountRules_data() { test::addDialectRows(); }
    void accountRules()
    {
        QFETCH(int, dialect);
        PD_SCRATCH_DB(db, Dialect(dialect));
        populate(*db);
        auto s = open(db->url(), QStringLiteral("rules"));
        // The master key of vector 1 (depth 0) is not an account key.
        auto master = setBchAccount(*s, QString(),
                                    QStringLiteral("xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFj"
                                                   "qJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8"),
                                    bch::Network::Mainnet);
        QVERIFY(!master.ok());
        QVERIFY(master.error().message.contains(QStringLiteral("depth 0")));
        // An xpub is not for testnet.
        auto wrongNet = setBchAccount(*s, QString(), QLatin1String(kAccountXpub), bch::Network::Testnet);
        QVERIFY(!wrongNet.ok());
        // A private key is refused with its own message.
        auto xprv = setBchAccount(*s, QString(),
                                  QStringLiteral("xprv9z4pot5VBttmtdRTWfWQmoH1taj2axGVzFqSb8C9xaxKymcFzXBDptWmT7FwuEzG3"
                                                 "ryjH4ktypQSAewRiNMjANTtpgP4mLTj34bhnZX7UiM"),
                                  bch::Network::Mainnet);
        QVERIFY(!xprv.ok());
        QCOMPARE(xprv.error().detail, QStringLiteral("xpub:private"));
        // The active account is the test account; switching back to the demo key keeps its index.
        auto active = activeBchAccount(*s);
        QVERIFY(active.ok() && active.value());
        QCOMPARE(active.value()->xpub, QLatin1String(kAccountXpub));
        QCOMPARE(active.value()->nextIndex, 0);
        QSqlQuery q(s->database());
        QVERIFY(q.exec(QStringLiteral("SELECT xpub, next_index FROM bch_accounts WHERE id = 1")));
        QVERIFY(q.next());
        const QString demoKey = q.value(0).toString();
        const qint64 demoNext = q.value(1).toLongLong();
        auto back = setBchAccount(*s, QStringLiteral("Demo again"), demoKey, bch::Network::Testnet);
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back.value().nextIndex, demoNext);
        QCOMPARE(count(*s, "SELECT COUNT(*) FROM bch_accounts WHERE is_active"), 1);
        QVERIFY(count(*s, "SELECT COUNT(*) FROM audit_log WHERE action = 'bch_account.activate'") >= 2);
    }

    void createsWithFreshAddresses_data() { test::addDialectRows(); }
    void createsWithFreshAddresses()
    {
        QFETCH(int, dialect);
        PD_SCRATCH_DB(db, Dialect(dialect));
        populate(*db);
        auto s = open(db->url(), QStringLiteral("create"));
        const auto key = bch::ExtendedPublicKey::parse(QLatin1String(kAccountXpub));
        const qint64 auditBefore = count(*s, "SELECT COUNT(*) FROM audit_log");
        for (int i = 0; i < 5; ++i) {
            auto created = createInvoice(*s, draft(10 + i, 123456 + i));
            QVERIFY2(created.ok(), qPrintable(created.error().message + QLatin1Char(' ') + created.error().detail));
            QCOMPARE(created.value().derivationIndex, i);
            QCOMPARE(created.value().address,
                     key.value().receivingAddress(quint32(i), bch::Network::Mainnet).value().toCashAddr());
        }
        QCOMPARE(count(*s, "SELECT next_index FROM bch_accounts WHERE is_active"), 5);
        QCOMPARE(count(*s, "SELECT COUNT(*) FROM audit_log") - auditBefore, 5);
        // The amount is stored exactly.
        auto sheet = invoiceSheetItems(*s, InvoiceSheetRequest{{}, QStringLiteral("pending"), {}, {}, 20000});
        QVERIFY(sheet.ok());
        bool found = false;
        for (const auto& item : sheet.value()) {
            found = found || (item.amountSats == 123458 && item.network == bch::Network::Mainnet);
        }
        QVERIFY(found);
    }

    void invalidInputChangesNothing_data() { test::addDialectRows(); }
    void invalidInputChangesNothing()
    {
        QFETCH(int, dialect);
        PD_SCRATCH_DB(db, Dialect(dialect));
        populate(*db);
        auto s = open(db->url(), QStringLiteral("invalid"));
        const qint64 invoices = count(*s, "SELECT COUNT(*) FROM invoices");
        QVector<InvoiceDraft> bad;
        bad << draft(10, 0) << draft(10, -5) << draft(10, 10000000000LL) << draft(987654, 1000);
        InvoiceDraft past = draft(10, 1000);
        past.expiresAt = QDateTime::currentDateTimeUtc().addSecs(-10);
        InvoiceDraft longText = draft(10, 1000);
        longText.description = QString(501, QLatin1Char('x'));
        bad << past << longText;
        for (const InvoiceDraft& d : bad) {
            auto created = createInvoice(*s, d);
            QVERIFY(!created.ok());
            QCOMPARE(created.error().kind, Error::Kind::Invalid);
            QVERIFY(!created.error().message.isEmpty());
        }
        QCOMPARE(count(*s, "SELECT COUNT(*) FROM invoices"), invoices);
        QCOMPARE(count(*s, "SELECT next_index FROM bch_accounts WHERE is_active"), 0); // no index consumed
        // A database error inside the transaction (a payment that does not exist) rolls back
        // the index too.
        InvoiceDraft dangling = draft(10, 1000);
        dangling.paymentId = 99999999;
        QVERIFY(!createInvoice(*s, dangling).ok());
        QCOMPARE(count(*s, "SELECT next_index FROM bch_accounts WHERE is_active"), 0);
        QCOMPARE(count(*s, "SELECT COUNT(*) FROM invoices"), invoices);
    }

    void noAccountSaysWhatToDo()
    {
        PD_SCRATCH_DB(db, Dialect::SQLite);
        populate(*db, false);
        auto s = open(db->url(), QStringLiteral("no-account"));
        auto created = createInvoice(*s, draft(10, 1000));
        QVERIFY(!created.ok());
        QVERIFY(created.error().message.contains(QStringLiteral("BCH account")));
    }

    void statusChangesFollowTheWorkflow_data() { test::addDialectRows(); }
    void statusChangesFollowTheWorkflow()
    {
        QFETCH(int, dialect);
        PD_SCRATCH_DB(db, Dialect(dialect));
        populate(*db);
        auto s = open(db->url(), QStringLiteral("workflow"));
        const qint64 id = createInvoice(*s, draft(11, 50000)).value().id;
        const QString hash = QStringLiteral("AB").repeated(32);
        using A = InvoiceChange::Action;
        // Refusals first: nothing changes.
        QCOMPARE(changeInvoice(*s, {id, 1, A::MarkPaid, QStringLiteral("12345"), QStringLiteral("seen")}).error().kind,
                 Error::Kind::Invalid); // not 64 hex
        QCOMPARE(changeInvoice(*s, {id, 1, A::MarkPaid, QString(), QStringLiteral("seen")}).error().kind,
                 Error::Kind::Invalid); // no hash
        QCOMPARE(changeInvoice(*s, {id, 1, A::MarkPaid, hash, QStringLiteral("  ")}).error().kind,
                 Error::Kind::Invalid); // no reason
        QCOMPARE(changeInvoice(*s, {id + 1000000, 1, A::Cancel, QString(), QStringLiteral("x")}).error().kind,
                 Error::Kind::NotFound);
        // pending -> paid
        auto paid = changeInvoice(*s, {id, 1, A::MarkPaid, hash, QStringLiteral("seen in the wallet")});
        QVERIFY2(paid.ok(), qPrintable(paid.error().message + QLatin1Char(' ') + paid.error().detail));
        // A second operator who still saw version 1 is refused, told who changed it.
        auto stale = changeInvoice(*s, {id, 1, A::Cancel, QString(), QStringLiteral("member asked")});
        QVERIFY(!stale.ok());
        QCOMPARE(stale.error().kind, Error::Kind::Conflict);
        QVERIFY2(stale.error().message.contains(s->actor()), qPrintable(stale.error().message));
        // paid -> cancelled is not a step of the workflow
        auto cancel = changeInvoice(*s, {id, 2, A::Cancel, QString(), QStringLiteral("member asked")});
        QCOMPARE(cancel.error().kind, Error::Kind::Invalid);
        // paid -> confirmed keeps the hash
        auto confirmed = changeInvoice(*s, {id, 2, A::Confirm, QString(), QStringLiteral("6 confirmations")});
        QVERIFY2(confirmed.ok(), qPrintable(confirmed.error().message));
        QSqlQuery q(s->database());
        QVERIFY(q.exec(QStringLiteral("SELECT status, tx_hash, version FROM invoices WHERE id = %1").arg(id)));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("confirmed"));
        QCOMPARE(q.value(1).toString(), hash.toLower());
        QCOMPARE(q.value(2).toInt(), 3);
        // Two audit rows for the two changes, with reasons and before/after.
        QVERIFY(q.exec(QStringLiteral("SELECT action, reason, before_data, after_data FROM audit_log WHERE entity = "
                                      "'invoices' AND entity_id = %1 ORDER BY id")
                           .arg(id)));
        QStringList actions;
        while (q.next()) {
            actions << q.value(0).toString();
            if (q.value(0).toString() == QLatin1String("invoice.mark_paid")) {
                QCOMPARE(q.value(1).toString(), QStringLiteral("seen in the wallet"));
                QVERIFY(q.value(2).toString().contains(QStringLiteral("pending")));
                QVERIFY(q.value(3).toString().contains(hash.toLower()));
            }
        }
        QCOMPARE(actions, (QStringList{QStringLiteral("invoice.create"), QStringLiteral("invoice.mark_paid"),
                                       QStringLiteral("invoice.confirm")}));
        // Expire and cancel from pending.
        const qint64 other = createInvoice(*s, draft(12, 70000)).value().id;
        QVERIFY(changeInvoice(*s, {other, 1, A::Expire, QString(), QString()}).ok());
        const qint64 third = createInvoice(*s, draft(12, 70000)).value().id;
        QVERIFY(changeInvoice(*s, {third, 1, A::Cancel, QString(), QStringLiteral("duplicate")}).ok());
        // audit rows cannot be altered
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET reason = 'x'")));
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
    }

    void twoOperatorsNeverShareAnAddress_data() { test::addDialectRows(); }
    void twoOperatorsNeverShareAnAddress()
    {
        QFETCH(int, dialect);
        PD_SCRATCH_DB(db, Dialect(dialect));
        populate(*db);
        const DatabaseUrl url = db->url();
        constexpr int kEach = 500;
        QStringList addresses[2];
        std::atomic<int> failures{0};
        auto worker = [&](int n) {
            return QThread::create([&, n]() {
                auto s = open(url, QStringLiteral("operator-%1").arg(n));
                for (int i = 0; i < kEach; ++i) {
                    auto created = createInvoice(*s, draft(20 + n, 1000 + i));
                    if (!created.ok()) {
                        qWarning("operator %d: %s %s", n, qPrintable(created.error().message),
                                 qPrintable(created.error().detail));
                        ++failures;
                        continue;
                    }
                    addresses[n] << created.value().address;
                }
            });
        };
        std::unique_ptr<QThread> a(worker(0));
        std::unique_ptr<QThread> b(worker(1));
        a->start();
        b->start();
        QVERIFY(a->wait(300000));
        QVERIFY(b->wait(300000));
        QCOMPARE(failures.load(), 0);
        const QStringList all = addresses[0] + addresses[1];
        QCOMPARE(all.size(), 2 * kEach);
        QCOMPARE(QSet<QString>(all.cbegin(), all.cend()).size(), 2 * kEach);
        auto s = open(url, QStringLiteral("check"));
        QCOMPARE(count(*s, "SELECT next_index FROM bch_accounts WHERE is_active"), 2 * kEach);
        QCOMPARE(count(*s, "SELECT COUNT(DISTINCT derivation_index) FROM invoices WHERE bch_account_id = "
                           "(SELECT id FROM bch_accounts WHERE is_active)"),
                 2 * kEach);
    }

    void sheetQueriesFilter_data() { test::addDialectRows(); }
    void sheetQueriesFilter()
    {
        QFETCH(int, dialect);
        PD_SCRATCH_DB(db, Dialect(dialect));
        populate(*db);
        auto s = open(db->url(), QStringLiteral("sheet"));
        auto all = invoiceSheetItems(*s, InvoiceSheetRequest{});
        QVERIFY(all.ok());
        QVERIFY(all.value().size() > 10);
        for (const auto& item : all.value()) {
            QVERIFY(!invoicePaymentUri(item).isEmpty());
            QVERIFY(item.expiresAt.isValid());
        }
        // One center's subtree, and explicit ids in the order given.
        auto center = invoiceSheetItems(*s, InvoiceSheetRequest{{}, {}, QStringLiteral("C-GANGNAM"), {}, 5000});
        QVERIFY(center.ok());
        for (const auto& item : center.value()) {
            QCOMPARE(item.center, QStringLiteral("강남센터"));
        }
        auto byIds = invoiceSheetItems(*s, InvoiceSheetRequest{{all.value()[3].id, all.value()[1].id}, {}, {}, {}, 10});
        QVERIFY(byIds.ok());
        QCOMPARE(byIds.value().size(), 2);
        QCOMPARE(byIds.value()[0].id, all.value()[3].id);
        auto unknown = invoiceSheetItems(*s, InvoiceSheetRequest{{}, {}, QStringLiteral("C-NOWHERE"), {}, 10});
        QVERIFY(!unknown.ok());
        auto badStatus = invoiceSheetItems(*s, InvoiceSheetRequest{{}, QStringLiteral("nope"), {}, {}, 10});
        QVERIFY(!badStatus.ok());
    }
};

QTEST_GUILESS_MAIN(TestInvoices)
#include "tst_invoices.moc"
