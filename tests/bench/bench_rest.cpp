// Benchmark of the REST backend (docs/PERFORMANCE.md): the first page of payments
// (200 rows, default sort) through RestBackend::fetchPage, the console's real path (HTTP, JSON
// decoding into typed rows), against the baseline of the same HTTP GET with a bare
// QNetworkAccessManager plus QJsonDocument::fromJson, measured in the same run. Also the same
// page straight from PostgreSQL (SqlBackend) when --db is given, for context. Prints medians
// and the ratio (target <= 1.5). Not part of the test run; scripts/load.sh runs it with wrk.
//
//   bench_rest --server http://127.0.0.1:8443 --user hq.kim --password ... [--db URL] [--runs 50]

#include "Json.h"
#include "RestBackend.h"
#include "sql/SqlBackend.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>

#include <algorithm>
#include <cstdio>
#include <optional>

using namespace pd;

namespace {

template<typename T, typename Start>
std::optional<Result<T>> await(Start start)
{
    std::optional<Result<T>> out;
    QEventLoop loop;
    QObject receiver;
    start(&receiver, [&](const Result<T>& r) {
        out = r;
        loop.quit();
    });
    if (!out) {
        loop.exec();
    }
    return out;
}

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    return values.empty() ? 0 : values[values.size() / 2];
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addOptions(
        {{QStringLiteral("server"), QStringLiteral("paydesk-server URL"), QStringLiteral("url")},
         {QStringLiteral("user"), QStringLiteral("staff login"), QStringLiteral("login")},
         {QStringLiteral("password"), QStringLiteral("password"), QStringLiteral("password")},
         {QStringLiteral("db"), QStringLiteral("the same database, direct (optional)"), QStringLiteral("url")},
         {QStringLiteral("runs"), QStringLiteral("runs per variant"), QStringLiteral("n"), QStringLiteral("50")}});
    parser.process(app);
    const QUrl server(parser.value(QStringLiteral("server")));
    const int runs = std::max(5, parser.value(QStringLiteral("runs")).toInt());

    RestBackend rest(
        {server, parser.value(QStringLiteral("user")), parser.value(QStringLiteral("password")), {}, {}, 60000, {}});
    auto info = await<ConnectionInfo>([&](QObject* r, Backend::Callback<ConnectionInfo> cb) { rest.open(r, cb); });
    if (!info || !info->ok()) {
        std::fprintf(stderr, "sign-in failed: %s\n", info ? qPrintable(info->error().message) : "no answer");
        return 1;
    }

    // The token for the baseline requests: sign in once more over plain HTTP.
    QNetworkAccessManager network;
    auto post = [&](const QString& path, const QByteArray& body) {
        QUrl url = server;
        url.setPath(QStringLiteral("/api/v1/") + path);
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        QNetworkReply* reply = network.post(request, body);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        reply->deleteLater();
        return reply->readAll();
    };
    const QJsonObject tokens =
        QJsonDocument::fromJson(
            post(QStringLiteral("auth/login"),
                 QJsonDocument(QJsonObject{{QStringLiteral("username"), parser.value(QStringLiteral("user"))},
                                           {QStringLiteral("password"), parser.value(QStringLiteral("password"))}})
                     .toJson()))
            .object();
    const QByteArray bearer = "Bearer " + tokens.value(QStringLiteral("access_token")).toString().toLatin1();

    ListRequest request;
    request.area = Area::Payments;
    request.limit = 200;

    auto rawFetch = [&]() -> qsizetype {
        QUrl url = server;
        url.setPath(QStringLiteral("/api/v1/payments"));
        url.setQuery(json::listQuery(request));
        QNetworkRequest get(url);
        get.setRawHeader("Authorization", bearer);
        QNetworkReply* reply = network.get(get);
        QEventLoop loop;
        QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
        loop.exec();
        const QJsonDocument doc = QJsonDocument::fromJson(reply->readAll());
        reply->deleteLater();
        return doc.object().value(QStringLiteral("rows")).toArray().size();
    };
    auto restFetch = [&]() -> qsizetype {
        auto page =
            await<ListPage>([&](QObject* r, Backend::Callback<ListPage> cb) { rest.fetchPage(request, r, cb); });
        return page && page->ok() ? page->value().rows.size() : -1;
    };

    std::vector<double> raw;
    std::vector<double> typed;
    qsizetype rows = 0;
    for (int i = 0; i < runs + 3; ++i) { // interleaved, the first three are warm-up
        QElapsedTimer t;
        t.start();
        rows = rawFetch();
        const double a = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        const qsizetype rows2 = restFetch();
        const double b = double(t.nsecsElapsed()) / 1e6;
        if (rows != 200 || rows2 != 200) {
            std::fprintf(stderr, "expected 200 rows, got %lld and %lld\n", qint64(rows), qint64(rows2));
            return 1;
        }
        if (i >= 3) {
            raw.push_back(a);
            typed.push_back(b);
        }
    }
    std::printf("REST first page of payments, %d runs, 200 rows\n", runs);
    std::printf("  baseline: HTTP GET + QJsonDocument::fromJson   median %.2f ms\n", median(raw));
    std::printf("  RestBackend::fetchPage (typed rows)            median %.2f ms\n", median(typed));
    std::printf("  ratio %.2f (target <= 1.5)\n", median(typed) / median(raw));

    if (parser.isSet(QStringLiteral("db"))) {
        const auto url = DatabaseUrl::parse(parser.value(QStringLiteral("db")));
        if (url) {
            sql::SqlBackend direct(*url);
            await<ConnectionInfo>([&](QObject* r, Backend::Callback<ConnectionInfo> cb) { direct.open(r, cb); });
            std::vector<double> pg;
            for (int i = 0; i < runs + 3; ++i) {
                QElapsedTimer t;
                t.start();
                auto page = await<ListPage>(
                    [&](QObject* r, Backend::Callback<ListPage> cb) { direct.fetchPage(request, r, cb); });
                if (i >= 3) {
                    pg.push_back(double(t.nsecsElapsed()) / 1e6);
                }
            }
            std::printf("  for context: SqlBackend::fetchPage on PostgreSQL median %.2f ms (REST/direct %.2f)\n",
                        median(pg), median(typed) / median(pg));
        }
    }
    sql::SqlBackend::waitForDetachedWorkers(5000);
    return 0;
}
