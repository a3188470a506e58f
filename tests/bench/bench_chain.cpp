// Benchmark of the chain watcher (docs/PERFORMANCE.md, "Chain watcher"). Not part of the test
// run. On an embedded database with N open invoices (real addresses of a watch-only account),
// against the scripted Electrum server (tests/support/ScriptedElectrum, the real protocol on
// 127.0.0.1), it prints:
//   1. the time to subscribe all N and finish the first pass, and the process's memory growth
//      per watched invoice (watcher and the in-process server's subscription bookkeeping);
//   2. per payment: from the transaction's announcement (broadcast) to the committed "paid"
//      settlement, and from its block to the committed confirmation (payment and credit
//      written), median and p99;
//   3. the baseline measured in the same run: a bare get_history + transaction.get round trip
//      for the same kind of address on the same loopback, and the ratio.
//
//   bench_chain [--invoices 10000] [--runs 50]

#include "ScriptedElectrum.h"
#include "bch/ExtendedPublicKey.h"
#include "chain/ChainWatcher.h"
#include "demo/DemoGenerator.h"
#include "sql/Migrations.h"
#include "sql/SqlBuilder.h"
#include "sql/SqlChain.h"
#include "sql/SqlInvoices.h"
#include "sql/SqlSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pd;

namespace {
const char* kXpub =
    "xpub6D4BDPcP2GT577Vvch3R8wDkScZWzQzMMUm3PWbmWvVJrZwQY4VUNgqFJPMM3No2dFDFGTsxxpG5uJh7n7epu4trkrX7x7DogT5Uv6fcLW5";

double percentile(std::vector<double> v, double p)
{
    if (v.empty()) {
        return 0.0;
    }
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

/// Resident memory of this process in bytes (/proc/self/statm).
qint64 residentBytes()
{
    QFile statm(QStringLiteral("/proc/self/statm"));
    if (!statm.open(QIODevice::ReadOnly)) {
        return 0;
    }
    const QList<QByteArray> fields = statm.readAll().split(' ');
    return fields.size() > 1 ? fields[1].toLongLong() * 4096 : 0;
}

/// Runs the event loop until `done` is true or `ms` pass.
bool waitFor(const std::function<bool()>& done, int ms)
{
    QElapsedTimer t;
    t.start();
    while (!done() && t.elapsed() < ms) {
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 5);
    }
    return done();
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOption({QStringLiteral("invoices"), QStringLiteral("Open invoices to watch."), QStringLiteral("n"),
                      QStringLiteral("10000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Payments to time."), QStringLiteral("n"),
                      QStringLiteral("50")});
    parser.process(app);
    const int count = std::max(10, parser.value(QStringLiteral("invoices")).toInt());
    const int runs = std::clamp(parser.value(QStringLiteral("runs")).toInt(), 5, count);

    QTemporaryDir dir;
    DatabaseUrl url;
    url.dialect = Dialect::SQLite;
    url.database = dir.filePath(QStringLiteral("bench.db"));
    url.mayCreate = true;
    auto opened = sql::SqlSession::open(url, QStringLiteral("bench-chain"));
    if (!opened.ok() || !sql::Migrator::upgrade(*opened.value()).ok()) {
        std::fprintf(stderr, "cannot create the database\n");
        return 1;
    }
    sql::SqlSession& session = *opened.value();
    demo::DemoOptions options;
    options.scale = 0.01;
    demo::generateDemoData(session, options);
    sql::setBchAccount(session, QStringLiteral("Bench"), QLatin1String(kXpub), bch::Network::Mainnet);

    // N pending invoices on real receiving addresses 0/i of the account.
    const auto key = bch::ExtendedPublicKey::parse(QLatin1String(kXpub)).value();
    QVector<QString> addresses;
    QVector<qint64> ids;
    session.begin();
    const QString expires = QDateTime::currentDateTimeUtc().addDays(7).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z"));
    for (int i = 0; i < count; ++i) {
        const auto address = key.receivingAddress(quint32(1000 + i), bch::Network::Mainnet);
        if (!address.ok()) {
            continue;
        }
        sql::SqlBuilder insert("INSERT INTO invoices (amount, address, user_id, username, status, expires_at, "
                               "bch_account_id, derivation_index) SELECT '0.00150000', ");
        insert.bind(address.value().toCashAddr()).sql(", id, email, 'pending', ").bind(expires);
        insert.sql(", (SELECT id FROM bch_accounts WHERE is_active), ").bind(1000 + i);
        insert.sql(" FROM users ORDER BY id LIMIT 1 RETURNING id");
        QSqlQuery q;
        if (!session.exec(q, insert) || !q.next()) {
            std::fprintf(stderr, "cannot insert invoice %d\n", i);
            return 1;
        }
        ids.append(q.value(0).toLongLong());
        addresses.append(address.value().toCashAddr());
    }
    session.commit();

    test::ScriptedElectrum electrum;
    if (!electrum.listen()) {
        return 1;
    }
    sql::SqlChainStore sqlStore(session);
    /// The database side of the latency, measured apart.
    struct TimedStore : chain::ChainStore
    {
        chain::ChainStore& inner;
        std::vector<double> applyMs;
        std::vector<double> recordMs;
        explicit TimedStore(chain::ChainStore& s) : inner(s) {}
        Result<QVector<WatchedInvoice>> watched(int tip, int depth) override { return inner.watched(tip, depth); }
        Result<QVector<WatchedInvoice>> invoices(const QVector<qint64>& i) override { return inner.invoices(i); }
        Result<InvoiceSettlement> apply(qint64 id, const QVector<ObservedPayment>& p, const ChainView& c) override
        {
            QElapsedTimer t;
            t.start();
            auto r = inner.apply(id, p, c);
            if (r.ok() && !r.value().unchanged()) {
                applyMs.push_back(double(t.nsecsElapsed()) / 1e6);
            }
            return r;
        }
        Result<int> expire() override { return inner.expire(); }
        void record(const ChainWatcherStatus& s) override
        {
            QElapsedTimer t;
            t.start();
            inner.record(s);
            recordMs.push_back(double(t.nsecsElapsed()) / 1e6);
        }
    } store(sqlStore);
    chain::ChainWatcherOptions watch;
    watch.servers = {chain::ElectrumServer::parse(electrum.url()).value()};
    watch.rescanMs = 3600 * 1000;
    watch.name = QStringLiteral("bench@localhost");
    chain::ChainWatcher watcher(store, watch);
    QHash<qint64, QString> events;
    QObject::connect(&watcher, &chain::ChainWatcher::invoiceChanged,
                     [&events](qint64 id, const InvoiceSettlement& s) { events.insert(id, s.event); });
    int passes = 0;
    QObject::connect(&watcher, &chain::ChainWatcher::passFinished, [&passes](const chain::ChainPassSummary&) {
        ++passes;
    });
    const qint64 rssBefore = residentBytes();
    QElapsedTimer subscribe;
    subscribe.start();
    watcher.start();
    if (!waitFor([&] { return passes > 0; }, 600000)) {
        std::fprintf(stderr, "the first pass did not finish\n");
        return 1;
    }
    const double subscribeMs = double(subscribe.nsecsElapsed()) / 1e6;
    const qint64 rssAfter = residentBytes();
    std::printf("watching %d invoices: first pass (subscribe all, read every history) %.0f ms; memory +%.1f kB per "
                "invoice (watcher and the in-process server)\n",
                int(ids.size()), subscribeMs, double(rssAfter - rssBefore) / 1024.0 / double(ids.size()));

    // The baseline: a second, bare client doing what one settlement needs from the server.
    chain::ElectrumClient bare;
    bool bareUp = false;
    QObject::connect(&bare, &chain::ElectrumClient::connected, [&bareUp] { bareUp = true; });
    bare.connectTo(watch.servers.first());
    waitFor([&] { return bareUp; }, 10000);

    std::vector<double> announced;
    std::vector<double> confirmed;
    std::vector<double> baseline;
    for (int k = 0; k < runs; ++k) {
        const qint64 id = ids[k * (ids.size() / runs)];
        const QString address = addresses[int(k * (ids.size() / runs))];
        const auto parsed = bch::parseAddress(address, bch::Network::Mainnet).value();
        QElapsedTimer t;
        t.start();
        const QString txid =
            electrum.broadcast(test::ScriptedElectrum::paymentTransaction(parsed, 150000, quint32(5000 + k)));
        if (!waitFor([&] { return events.value(id) == QLatin1String("chain_paid"); }, 30000)) {
            std::fprintf(stderr, "invoice %lld was not marked paid\n", static_cast<long long>(id));
            return 1;
        }
        announced.push_back(double(t.nsecsElapsed()) / 1e6);
        t.restart();
        electrum.mine();
        if (!waitFor([&] { return events.value(id) == QLatin1String("chain_confirmed"); }, 30000)) {
            std::fprintf(stderr, "invoice %lld was not confirmed\n", static_cast<long long>(id));
            return 1;
        }
        confirmed.push_back(double(t.nsecsElapsed()) / 1e6);

        // Bare: get_history then transaction.get for the same address, same loopback.
        const QString scripthash = bch::electrumScripthash(bch::lockingScript(parsed));
        bool done = false;
        t.restart();
        bare.call(QStringLiteral("blockchain.scripthash.get_history"), {scripthash},
                  [&](const QJsonValue&, const QString&) {
                      bare.call(QStringLiteral("blockchain.transaction.get"), {txid},
                                [&](const QJsonValue&, const QString&) { done = true; });
                  });
        waitFor([&] { return done; }, 10000);
        baseline.push_back(double(t.nsecsElapsed()) / 1e6);
    }
    const double base = percentile(baseline, 0.5);
    std::printf("baseline: bare get_history + transaction.get round trip: median %.3f ms\n", base);
    std::printf("announcement -> committed 'paid' (notification, history, raw tx parsed, DB transaction): median %.3f "
                "ms, p99 %.3f ms, ratio %.1fx\n",
                percentile(announced, 0.5), percentile(announced, 0.99), percentile(announced, 0.5) / base);
    std::printf("block -> committed confirmation (header, Merkle branch, invoice + payment + credit + audit): median "
                "%.3f ms, p99 %.3f ms, ratio %.1fx\n",
                percentile(confirmed, 0.5), percentile(confirmed, 0.99), percentile(confirmed, 0.5) / base);
    std::printf("of which the database: one settlement transaction median %.3f ms, one watcher-state write median "
                "%.3f ms\n",
                percentile(store.applyMs, 0.5), percentile(store.recordMs, 0.5));
    return 0;
}
