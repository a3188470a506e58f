// The chain watcher against the scripted Electrum server (the real protocol over TCP and TLS on
// 127.0.0.1, real serialized transactions and headers; docs/TESTING.md) and a real database:
// exact, mempool, under, over, late and missing payments in one pass, a second pass that
// changes nothing, live notifications through a block and a reorg, a server that drops
// mid-call (failover to the second), one that sends other bytes for a transaction, one that
// lies about a balance, and TLS verified against the CA the test made.

#include "ChainFixture.h"
#include "RestBackend.h"
#include "ScriptedElectrum.h"
#include "chain/ChainWatcher.h"
#include "sql/SqlChain.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;
using namespace pd::chain;

namespace {
constexpr qint64 kAmount = 150000;

bch::Address addressOf(const QString& cashaddr)
{
    return bch::parseAddress(cashaddr, bch::Network::Mainnet).value();
}

ChainWatcherOptions optionsFor(const QStringList& urls, const QString& caFile = {})
{
    ChainWatcherOptions o;
    for (const QString& url : urls) {
        auto server = ElectrumServer::parse(url);
        server.value().caFile = caFile;
        o.servers.append(server.value());
    }
    o.name = QStringLiteral("test@localhost");
    o.callTimeoutMs = 5000;
    o.reconnectMs = 50;
    return o;
}

/// Runs one pass and returns its summary (failing the test after 30 s).
ChainPassSummary runOnce(ChainStore& store, const ChainWatcherOptions& options)
{
    ChainWatcher watcher(store, options);
    QSignalSpy finished(&watcher, &ChainWatcher::passFinished);
    watcher.runOnce();
    if (!finished.wait(30000)) {
        ChainPassSummary timeout;
        timeout.error = QStringLiteral("the pass did not finish within 30 s");
        return timeout;
    }
    return finished.first().first().value<ChainPassSummary>();
}

} // namespace

class TestChainWatcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void onePassSettlesEverything_data() { test::addDialectRows(); }
    void onePassSettlesEverything()
    {
        QFETCH(int, dialect);
        auto fx = test::ChainFixture::create(Dialect(dialect));
        QVERIFY(fx);
        test::ScriptedElectrum electrum;
        QVERIFY(electrum.listen());
        QString a, b, c, d, e;
        const auto exact = fx->newInvoice(kAmount, &a);
        const auto mempool = fx->newInvoice(kAmount, &b);
        const auto under = fx->newInvoice(kAmount, &c);
        const auto over = fx->newInvoice(kAmount, &d);
        const auto late = fx->newInvoice(kAmount, &e);
        const auto none = fx->newInvoice(kAmount);
        QVERIFY(exact.first && none.first);
        QVERIFY(fx->expireAgo(late.first, 3600));
        QVERIFY(fx->expireAgo(none.first, 3600));
        const QString exactTx =
            electrum.broadcast(test::ScriptedElectrum::paymentTransaction(addressOf(a), kAmount, 1));
        electrum.broadcast(test::ScriptedElectrum::paymentTransaction(addressOf(c), 100000, 3));
        electrum.broadcast(test::ScriptedElectrum::paymentTransaction(addressOf(d), 200000, 4));
        electrum.broadcast(test::ScriptedElectrum::paymentTransaction(addressOf(e), kAmount, 5));
        electrum.mine();
        const QString mempoolTx =
            electrum.broadcast(test::ScriptedElectrum::paymentTransaction(addressOf(b), kAmount, 2));
        // A server's balance is never believed: it claims 21M BCH everywhere.
        electrum.lieAboutBalance(true);

        sql::SqlChainStore store(*fx->watcher);
        const ChainPassSummary pass = runOnce(store, optionsFor({electrum.url()}));
        QVERIFY2(pass.ok, qPrintable(pass.error + pass.failures.join(QLatin1Char('\n'))));
        QVERIFY2(pass.failures.isEmpty(), qPrintable(pass.failures.join(QLatin1Char('\n'))));
        QCOMPARE(pass.tipHeight, electrum.tipHeight());
        QCOMPARE(fx->field("invoices", exact.first, "status"), QStringLiteral("confirmed"));
        QCOMPARE(fx->field("invoices", exact.first, "tx_hash"), exactTx);
        QCOMPARE(fx->field("payments", exact.second, "status"), QStringLiteral("success"));
        QCOMPARE(fx->field("payments", exact.second, "tid"), exactTx);
        QCOMPARE(fx->credited(exact.first), kAmount);
        QCOMPARE(fx->field("invoices", mempool.first, "status"), QStringLiteral("paid"));
        QCOMPARE(fx->field("invoices", mempool.first, "tx_hash"), mempoolTx);
        QCOMPARE(fx->field("payments", mempool.second, "status"), QStringLiteral("pending"));
        QCOMPARE(fx->field("invoices", under.first, "status"), QStringLiteral("pending"));
        QCOMPARE(fx->field("invoices", under.first, "exception"), QStringLiteral("underpaid"));
        QCOMPARE(fx->field("invoices", under.first, "received_sats"), QStringLiteral("100000"));
        QCOMPARE(fx->field("invoices", over.first, "exception"), QStringLiteral("overpaid"));
        QCOMPARE(fx->field("invoices", over.first, "status"), QStringLiteral("confirmed"));
        QCOMPARE(fx->field("invoices", late.first, "status"), QStringLiteral("expired"));
        QCOMPARE(fx->field("invoices", late.first, "exception"), QStringLiteral("paid_late"));
        QCOMPARE(fx->field("payments", late.second, "status"), QStringLiteral("pending"));
        QCOMPARE(fx->field("invoices", none.first, "status"), QStringLiteral("expired"));
        QVERIFY(pass.expired >= 1);
        QCOMPARE(pass.events.value(QStringLiteral("chain_confirmed")), 2);
        QCOMPARE(electrum.calls().value(QStringLiteral("blockchain.scripthash.get_balance")), 0);
        // Every confirmed transaction's Merkle branch was checked against its header.
        QVERIFY(electrum.calls().value(QStringLiteral("blockchain.transaction.get_merkle")) >= 4);
        // The watcher's state is there for every console.
        QCOMPARE(fx->count(QStringLiteral("SELECT COUNT(*) FROM chain_watchers WHERE watcher = 'test@localhost' AND "
                                          "tip_height = %1")
                               .arg(electrum.tipHeight())),
                 1);

        // A second pass over the same chain changes nothing.
        const qint64 audit = fx->count(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const qint64 credits = fx->count(QStringLiteral("SELECT COUNT(*) FROM user_credits"));
        const ChainPassSummary again = runOnce(store, optionsFor({electrum.url()}));
        QVERIFY2(again.ok, qPrintable(again.error));
        QVERIFY2(again.events.isEmpty(), qPrintable(again.events.keys().join(QLatin1Char(' '))));
        QCOMPARE(fx->count(QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
        QCOMPARE(fx->count(QStringLiteral("SELECT COUNT(*) FROM user_credits")), credits);
    }

    void followsBlocksAndReorgs()
    {
        auto fx = test::ChainFixture::create(Dialect::SQLite);
        QVERIFY(fx);
        test::ScriptedElectrum electrum;
        QVERIFY(electrum.listen());
        sql::SqlChainStore store(*fx->watcher);
        ChainWatcherOptions options = optionsFor({electrum.url()});
        options.rescanMs = 200; // picks up the invoice created below soon
        ChainWatcher watcher(store, options);
        QSignalSpy changed(&watcher, &ChainWatcher::invoiceChanged);
        QSignalSpy passes(&watcher, &ChainWatcher::passFinished);
        watcher.start();
        QVERIFY(passes.wait(10000));

        QString address;
        const auto invoice = fx->newInvoice(kAmount, &address);
        QTRY_VERIFY_WITH_TIMEOUT(watcher.status().watchedInvoices > 0 &&
                                     fx->count(QStringLiteral("SELECT COUNT(*) FROM chain_watchers")) == 1,
                                 10000);
        QTest::qWait(300); // the subscription of the new invoice
        const auto lastEvent = [&changed] {
            return changed.isEmpty() ? QString() : changed.last().at(1).value<InvoiceSettlement>().event;
        };
        electrum.broadcast(test::ScriptedElectrum::paymentTransaction(addressOf(address), kAmount, 7));
        QTRY_COMPARE_WITH_TIMEOUT(lastEvent(), QStringLiteral("chain_paid"), 10000);
        electrum.mine();
        QTRY_COMPARE_WITH_TIMEOUT(lastEvent(), QStringLiteral("chain_confirmed"), 10000);
        QCOMPARE(fx->field("payments", invoice.second, "status"), QStringLiteral("success"));
        QCOMPARE(fx->credited(invoice.first), kAmount);
        // The block is replaced and the payment double-spent away: everything is taken back.
        electrum.reorg(1, false);
        QTRY_COMPARE_WITH_TIMEOUT(lastEvent(), QStringLiteral("chain_reversed"), 10000);
        QCOMPARE(fx->field("invoices", invoice.first, "status"), QStringLiteral("pending"));
        QCOMPARE(fx->field("payments", invoice.second, "status"), QStringLiteral("pending"));
        QCOMPARE(fx->credited(invoice.first), 0);
        QCOMPARE(fx->count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'invoices' AND entity_id = %1 "
                                          "AND action = 'invoice.chain_reversed'")
                               .arg(invoice.first)),
                 1);
        QCOMPARE(watcher.status().tipHeight, electrum.tipHeight());
    }

    void failsOverToTheNextServer()
    {
        auto fx = test::ChainFixture::create(Dialect::SQLite);
        QVERIFY(fx);
        test::ScriptedElectrum first;
        test::ScriptedElectrum second;
        QVERIFY(first.listen() && second.listen());
        QString address;
        const auto invoice = fx->newInvoice(kAmount, &address);
        const QByteArray tx = test::ScriptedElectrum::paymentTransaction(addressOf(address), kAmount, 11);
        for (test::ScriptedElectrum* s : {&first, &second}) {
            s->broadcast(tx);
            s->mine();
        }
        first.dropOnCall(4); // mid-pass, after the handshake and the tip
        sql::SqlChainStore store(*fx->watcher);
        const ChainPassSummary pass = runOnce(store, optionsFor({first.url(), second.url()}));
        QVERIFY2(pass.ok, qPrintable(pass.error));
        QCOMPARE(pass.server, second.url());
        QCOMPARE(fx->field("invoices", invoice.first, "status"), QStringLiteral("confirmed"));
        QCOMPARE(fx->credited(invoice.first), kAmount);

        // With no server left the pass fails and says why.
        test::ScriptedElectrum dropping;
        QVERIFY(dropping.listen());
        dropping.dropOnCall(1);
        const ChainPassSummary failed = runOnce(store, optionsFor({dropping.url()}));
        QVERIFY(!failed.ok);
        QVERIFY2(failed.error.contains(QStringLiteral("closed")), qPrintable(failed.error));
    }

    void refusesAServerThatContradictsItself()
    {
        auto fx = test::ChainFixture::create(Dialect::SQLite);
        QVERIFY(fx);
        test::ScriptedElectrum electrum;
        QVERIFY(electrum.listen());
        QString address;
        const auto invoice = fx->newInvoice(kAmount, &address);
        electrum.broadcast(test::ScriptedElectrum::paymentTransaction(addressOf(address), kAmount, 12));
        electrum.mine();
        electrum.sendWrongTransactions(true);
        sql::SqlChainStore store(*fx->watcher);
        const ChainPassSummary pass = runOnce(store, optionsFor({electrum.url()}));
        QVERIFY(!pass.ok);
        QVERIFY2(pass.error.contains(QStringLiteral("other bytes")), qPrintable(pass.error));
        QCOMPARE(fx->field("invoices", invoice.first, "status"), QStringLiteral("pending"));
        QCOMPARE(fx->field("invoices", invoice.first, "received_sats"), QStringLiteral("0"));
    }

    void verifiesTls()
    {
        QTemporaryDir certs;
        const QString made = test::makeTlsCertificates(certs.path());
        QVERIFY2(made.isEmpty(), qPrintable(made));
        auto fx = test::ChainFixture::create(Dialect::SQLite);
        QVERIFY(fx);
        test::ScriptedElectrum electrum;
        QVERIFY(electrum.listen(0, certs.filePath(QStringLiteral("server.crt")),
                                certs.filePath(QStringLiteral("server.key"))));
        QString address;
        const auto invoice = fx->newInvoice(kAmount, &address);
        electrum.broadcast(test::ScriptedElectrum::paymentTransaction(addressOf(address), kAmount, 13));
        electrum.mine();
        sql::SqlChainStore store(*fx->watcher);
        // The system's roots do not know the test CA: refused.
        const ChainPassSummary untrusted = runOnce(store, optionsFor({electrum.url()}));
        QVERIFY(!untrusted.ok);
        QVERIFY2(untrusted.error.contains(QStringLiteral("not trusted")), qPrintable(untrusted.error));
        QCOMPARE(fx->field("invoices", invoice.first, "status"), QStringLiteral("pending"));
        // With the CA: verified, and settled.
        const ChainPassSummary trusted =
            runOnce(store, optionsFor({electrum.url()}, certs.filePath(QStringLiteral("ca.crt"))));
        QVERIFY2(trusted.ok, qPrintable(trusted.error));
        QCOMPARE(fx->field("invoices", invoice.first, "status"), QStringLiteral("confirmed"));
    }

    void commandLineOnce_data() { test::addDialectRows(); }
    void commandLineOnce()
    {
        QFETCH(int, dialect);
        auto fx = test::ChainFixture::create(Dialect(dialect));
        QVERIFY(fx);
        test::ScriptedElectrum electrum;
        test::ScriptedElectrum backup;
        QVERIFY(electrum.listen() && backup.listen());
        QString address;
        const auto invoice = fx->newInvoice(kAmount, &address);
        const QByteArray tx = test::ScriptedElectrum::paymentTransaction(addressOf(address), kAmount, 21);
        for (test::ScriptedElectrum* s : {&electrum, &backup}) {
            s->broadcast(tx);
            s->mine();
        }
        electrum.dropOnCall(3);
        DatabaseUrl url = fx->db->url();
        if (!fx->login.isEmpty()) {
            url.user = fx->login;
        }
        const QStringList args{QStringLiteral("watch-invoices"),
                               QStringLiteral("--db"),
                               url.toString(),
                               QStringLiteral("--electrum"),
                               electrum.url(),
                               QStringLiteral("--electrum"),
                               backup.url(),
                               QStringLiteral("--once")};
        const test::CliRun run = test::runPaydesk(args);
        QVERIFY2(run.exitCode == 0, qPrintable(run.err));
        QVERIFY2(run.out.contains(QStringLiteral("1 confirmed")), qPrintable(run.out));
        QVERIFY2(run.out.contains(backup.url()), qPrintable(run.out));
        QVERIFY2(run.err.contains(QStringLiteral("Disconnected")), qPrintable(run.err));
        QCOMPARE(fx->field("invoices", invoice.first, "status"), QStringLiteral("confirmed"));
        QCOMPARE(fx->field("payments", invoice.second, "status"), QStringLiteral("success"));
        if (!fx->login.isEmpty()) {
            QCOMPARE(fx->count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = '%1' AND action = "
                                              "'invoice.chain_confirmed'")
                                   .arg(fx->login)),
                     1);
        }
        // Again: nothing to do, and it says so.
        const test::CliRun again = test::runPaydesk(args);
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out.contains(QStringLiteral("no change")), qPrintable(again.out));

        // Wrong usage and an unreachable server: exit 2 and 1, with what to do.
        QCOMPARE(test::runPaydesk({QStringLiteral("watch-invoices"), QStringLiteral("--db"), url.toString()}).exitCode,
                 2);
        const test::CliRun badUrl =
            test::runPaydesk({QStringLiteral("watch-invoices"), QStringLiteral("--db"), url.toString(),
                              QStringLiteral("--electrum"), QStringLiteral("electrum.example.org")});
        QCOMPARE(badUrl.exitCode, 2);
        QVERIFY2(badUrl.err.contains(QStringLiteral("tcp://HOST:PORT")), qPrintable(badUrl.err));
        QTcpServer closed;
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        const test::CliRun down = test::runPaydesk(
            {QStringLiteral("watch-invoices"), QStringLiteral("--db"), url.toString(), QStringLiteral("--electrum"),
             QStringLiteral("tcp://127.0.0.1:%1").arg(port), QStringLiteral("--once")});
        QCOMPARE(down.exitCode, 1);
        QVERIFY2(down.err.contains(QStringLiteral("refused")), qPrintable(down.err));

        if (dialect == int(Dialect::PostgreSQL)) {
            // Watching (no --once), the database connection is lost: it stops with exit 1 and says
            // why, so that a service manager starts it again.
            QProcess watching;
            watching.setProgram(qEnvironmentVariable("PAYDESK_BINARY_DIR") + QStringLiteral("/app/paydesk"));
            watching.setArguments({QStringLiteral("watch-invoices"), QStringLiteral("--db"), url.toString(),
                                   QStringLiteral("--electrum"), backup.url()});
            QSignalSpy stopped(&watching, &QProcess::finished);
            watching.start();
            QTRY_VERIFY_WITH_TIMEOUT(fx->count(QStringLiteral("SELECT COUNT(*) FROM chain_watchers WHERE connected "
                                                              "AND watcher LIKE '%1@%'")
                                                   .arg(fx->login)) == 1,
                                     20000);
            QVERIFY(test::pgAdminExec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                                     "usename = '%1'")
                                          .arg(fx->login))
                        .isEmpty());
            backup.mine();
            QVERIFY(stopped.wait(30000));
            QCOMPARE(watching.exitCode(), 1);
            const QString said = QString::fromUtf8(watching.readAllStandardError());
            QVERIFY2(said.contains(QStringLiteral("connection to the database was lost")), qPrintable(said));

            // A center manager cannot run it: it would see only its center and may not settle.
            const QString manager = fx->login + QStringLiteral("_cm");
            const QString center = test::value(*fx->admin, QStringLiteral("SELECT code FROM organizations WHERE "
                                                                          "org_type = 'center' ORDER BY id LIMIT 1"))
                                       .toString();
            QVERIFY(sql::addStaff(*fx->admin, manager, QStringLiteral("center_manager"), center, QString(), QString())
                        .ok());
            DatabaseUrl managerUrl = fx->db->url();
            managerUrl.user = manager;
            const test::CliRun refused =
                test::runPaydesk({QStringLiteral("watch-invoices"), QStringLiteral("--db"), managerUrl.toString(),
                                  QStringLiteral("--electrum"), backup.url(), QStringLiteral("--once")});
            test::pgAdminExec(QStringLiteral("DROP OWNED BY \"%1\"; DROP ROLE IF EXISTS \"%1\"").arg(manager));
            QCOMPARE(refused.exitCode, 1);
            QVERIFY2(refused.err.contains(QStringLiteral("headquarters login")), qPrintable(refused.err));
        }
    }

    void insideTheServer()
    {
        // paydesk-server --electrum: its own watcher settles, audited under --watch-as; consoles
        // read its state and ask it to check one invoice, through the REST API.
        auto fx = test::ChainFixture::create(Dialect::PostgreSQL);
        if (!fx && !test::postgresRequired()) {
            QSKIP("PostgreSQL is not available");
        }
        QVERIFY(fx);
        test::ScriptedElectrum electrum;
        QVERIFY(electrum.listen());
        QString address;
        const auto invoice = fx->newInvoice(kAmount, &address);
        QString secondAddress;
        const auto second = fx->newInvoice(kAmount, &secondAddress);
        const QString watcherLogin = fx->login + QStringLiteral("_srv");
        const QString reviewerLogin = fx->login + QStringLiteral("_hq");
        test::RestServer server;
        const QString started =
            server.start(fx->db->url(),
                         {{watcherLogin, QStringLiteral("hq_admin"), QStringLiteral("HQ")},
                          {reviewerLogin, QStringLiteral("hq_admin"), QStringLiteral("HQ")}},
                         {QStringLiteral("--electrum"), electrum.url(), QStringLiteral("--watch-as"), watcherLogin});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        electrum.broadcast(test::ScriptedElectrum::paymentTransaction(addressOf(address), kAmount, 31));
        electrum.mine();
        QTRY_COMPARE_WITH_TIMEOUT(fx->field("invoices", invoice.first, "status"), QStringLiteral("confirmed"), 20000);
        QCOMPARE(fx->field("payments", invoice.second, "status"), QStringLiteral("success"));
        QCOMPARE(fx->count(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = '%1' AND action = "
                                          "'invoice.chain_confirmed' AND entity_id = %2")
                               .arg(watcherLogin)
                               .arg(invoice.first)),
                 1);

        RestBackend::Options options;
        options.server = server.url();
        options.user = reviewerLogin;
        options.password = QString::fromLatin1(test::kRestPassword);
        RestBackend backend(options);
        QVERIFY(test::await<ConnectionInfo>([&](QObject* r, Backend::Callback<ConnectionInfo> cb) {
                    backend.open(r, cb);
                }).ok());
        Backend& api = backend;
        const auto states = test::await<QVector<ChainWatcherStatus>>(
            [&](QObject* r, Backend::Callback<QVector<ChainWatcherStatus>> cb) {
                api.call<ops::FetchChainStatus>({}, r, cb);
            });
        QVERIFY2(states.ok(), qPrintable(states.ok() ? QString() : states.error().message));
        QVERIFY(!states.value().isEmpty());
        QVERIFY(states.value().first().connected);
        QCOMPARE(states.value().first().server, electrum.url());
        QCOMPARE(states.value().first().tipHeight, electrum.tipHeight());
        QVERIFY(states.value().first().watcher.startsWith(watcherLogin));

        // "Check on chain" for the second invoice, paid a moment ago: settled by the server's check.
        electrum.broadcast(test::ScriptedElectrum::paymentTransaction(addressOf(secondAddress), kAmount, 32));
        const auto checked = test::await<InvoiceSettlement>([&](QObject* r, Backend::Callback<InvoiceSettlement> cb) {
            api.call<ops::CheckInvoiceOnChain>(ops::ById{second.first}, r, cb);
        });
        QVERIFY2(checked.ok(), qPrintable(checked.ok() ? QString() : checked.error().message));
        QCOMPARE(checked.value().status, QStringLiteral("paid"));
        QCOMPARE(fx->field("invoices", second.first, "status"), QStringLiteral("paid"));

        // Readiness names the chain watcher; /metrics is valid Prometheus text (promtool).
        const auto get = [&](const QString& path) {
            const test::Http answer = test::http(server.url(), "GET", path);
            return qMakePair(answer.status, answer.body);
        };
        const auto ready = get(QStringLiteral("/api/v1/health/ready"));
        QCOMPARE(ready.first, 200);
        const QJsonObject readyJson = QJsonDocument::fromJson(ready.second).object();
        QCOMPARE(readyJson.value(QStringLiteral("status")).toString(), QStringLiteral("ready"));
        const QJsonObject chainCheck =
            readyJson.value(QStringLiteral("checks")).toObject().value(QStringLiteral("chain")).toObject();
        QVERIFY(chainCheck.value(QStringLiteral("ok")).toBool());
        QCOMPARE(chainCheck.value(QStringLiteral("tip_height")).toInt(), electrum.tipHeight());
        const auto metrics = get(QStringLiteral("/metrics"));
        QCOMPARE(metrics.first, 200);
        QVERIFY2(metrics.second.contains(
                     QByteArray(QByteArray("paydesk_chain_watcher_connected{watcher=\"") + watcherLogin.toUtf8())),
                 metrics.second.constData());
        QVERIFY(metrics.second.contains("paydesk_http_requests_total{route=\"GET /chain/status\",status=\"200\"} 1"));
        QVERIFY(metrics.second.contains(
            "paydesk_http_request_duration_seconds_bucket{route=\"POST /invoices/{id}/chain-check\",le=\"+Inf\"} 1"));
        const QString linted = test::promtoolCheck(metrics.second);
        QVERIFY2(linted.isEmpty(), qPrintable(linted));

        // The database drops the server's connections (a restart): its watcher opens its
        // connection again and the next block still confirms the second invoice.
        QVERIFY(test::pgAdminExec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                                 "usename = 'paydesk_server' AND datname = '%1'")
                                      .arg(fx->db->url().database))
                    .isEmpty());
        electrum.mine();
        QTRY_COMPARE_WITH_TIMEOUT(fx->field("invoices", second.first, "status"), QStringLiteral("confirmed"), 30000);
        QTRY_COMPARE_WITH_TIMEOUT(get(QStringLiteral("/api/v1/health/ready")).first, 200, 30000);

        // The Electrum server goes away: readiness is 503 and names the chain.
        electrum.close();
        QTRY_COMPARE_WITH_TIMEOUT(get(QStringLiteral("/api/v1/health/ready")).first, 503, 30000);
        const QJsonObject notReady =
            QJsonDocument::fromJson(get(QStringLiteral("/api/v1/health/ready")).second).object();
        QVERIFY(notReady.value(QStringLiteral("failing")).toArray().contains(QStringLiteral("chain")));
        test::pgAdminExec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(watcherLogin));
        test::pgAdminExec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(reviewerLogin));
    }

    void parsesServerUrls()
    {
        QCOMPARE(ElectrumServer::parse(QStringLiteral("ssl://electrum.example.org:50002")).value().toString(),
                 QStringLiteral("ssl://electrum.example.org:50002"));
        QVERIFY(ElectrumServer::parse(QStringLiteral("tcp://127.0.0.1:50001")).ok());
        QVERIFY(!ElectrumServer::parse(QStringLiteral("http://x:1")).ok());
        QVERIFY(!ElectrumServer::parse(QStringLiteral("tcp://x")).ok());
        QVERIFY(!ElectrumServer::parse(QStringLiteral("ssl://x:50002/path")).ok());
        QVERIFY(!ElectrumServer::parse(QStringLiteral("electrum.example.org")).ok());
    }
};

QTEST_GUILESS_MAIN(TestChainWatcher)
#include "tst_chainwatcher.moc"
