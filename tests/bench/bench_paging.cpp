// Benchmark of the paged tables on a big PostgreSQL database (docs/PERFORMANCE.md targets).
// Not part of the test run. Prints, each with its baseline measured in the same run:
//   1. first screen of the payments view (and of the overdue members view, which aggregates
//      the payments) vs bare libpq running the same SQL + painting the same rows from memory
//   2. a page at depth N (default 4,000,000) vs the first page (keyset, never OFFSET)
//   3. a filtered and a sorted first page vs bare libpq running the same SQL
//   4. resident memory after scrolling through every row vs after connecting
//   5. the longest GUI-thread stall while a 1-second query runs
//   6. search (a member's name, no match, four phone digits; the overdue list) and joined sorts (member,
//      institution) vs the id-sorted first page and vs bare libpq running the same SQL, and a
//      page at depth N of a joined sort vs its first page
//
//   bench_paging --db postgresql://postgres@127.0.0.1:5432/big [--depth 4000000] [--runs 15]
//
// Build: it is built with the tests (tests/bench). Make the database with
//   paydesk --generate-demo URL --scale 17

#include "PagedTableModel.h"
#include "TestSupport.h"
#include "sql/SqlBackend.h"
#include "sql/SqlLists.h"
#include "sql/SqlSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFile>
#include <QHeaderView>
#include <QPixmap>
#include <QStandardItemModel>
#include <QTableView>
#include <QTimer>

#include <libpq-fe.h>

#include <algorithm>
#include <cstdio>

using namespace pd;

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}

long residentKb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:")) {
            return line.mid(6).trimmed().split(' ').front().toLong();
        }
    }
    return 0;
}

QString conninfo(const DatabaseUrl& url)
{
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 sslmode=%5")
        .arg(url.host)
        .arg(url.port)
        .arg(url.database, url.user, url.sslMode.isEmpty() ? QStringLiteral("prefer") : url.sslMode);
}

/// Runs the statement with PQexecParams and turns every cell into a QString, as the baseline.
QVector<QStringList> bareLibpq(PGconn* conn, const sql::SqlBuilder& statement, double* ms)
{
    const QByteArray text = statement.textWithNumberedPlaceholders().toUtf8();
    std::vector<QByteArray> storage;
    std::vector<const char*> values;
    for (const QVariant& v : statement.values()) {
        storage.push_back(v.typeId() == QMetaType::Bool ? QByteArray(v.toBool() ? "t" : "f") : v.toString().toUtf8());
    }
    for (const QByteArray& b : storage) {
        values.push_back(b.constData());
    }
    QElapsedTimer timer;
    timer.start();
    PGresult* result =
        PQexecParams(conn, text.constData(), int(values.size()), nullptr, values.data(), nullptr, nullptr, 0);
    QVector<QStringList> rows;
    const int n = PQntuples(result);
    const int fields = PQnfields(result);
    rows.reserve(n);
    for (int r = 0; r < n; ++r) {
        QStringList row;
        for (int f = 0; f < fields; ++f) {
            row << QString::fromUtf8(PQgetvalue(result, r, f));
        }
        rows << row;
    }
    *ms = double(timer.nsecsElapsed()) / 1e6;
    if (PQresultStatus(result) != PGRES_TUPLES_OK) {
        std::fprintf(stderr, "baseline query failed: %s\n", PQresultErrorMessage(result));
    }
    PQclear(result);
    return rows;
}

template<typename T>
Result<T> awaitCall(const std::function<Backend::RequestId(QObject*, Backend::Callback<T>)>& start)
{
    return test::await<T>(start, 120000);
}

void report(const char* what, double ours, double baseline, double target, const char* unit = "ms")
{
    const double ratio = baseline > 0 ? ours / baseline : 0;
    std::printf("%-58s ours %9.2f %s   baseline %9.2f %s   ratio %5.2f  (target <= %.1f) %s\n", what, ours, unit,
                baseline, unit, ratio, target, ratio <= target ? "OK" : "MISSED");
}
} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("PostgreSQL URL of a big demo database."), QStringLiteral("url")});
    parser.addOption({QStringLiteral("depth"), QStringLiteral("Row depth of the deep page."), QStringLiteral("rows"),
                      QStringLiteral("4000000")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("Repetitions per timing."), QStringLiteral("n"), QStringLiteral("15")});
    parser.addOption({QStringLiteral("only-search"), QStringLiteral("Measure only the search and sort lines (6).")});
    parser.addOption({QStringLiteral("skip-scroll"),
                      QStringLiteral("Skip scrolling through every row (memory and the deep page).")});
    parser.process(app);
    const auto url = DatabaseUrl::parse(parser.value(QStringLiteral("db")));
    if (!url || url->dialect != Dialect::PostgreSQL) {
        std::fprintf(stderr, "give --db postgresql://...\n");
        return 2;
    }
    const int runs = parser.value(QStringLiteral("runs")).toInt();
    const int depth = parser.value(QStringLiteral("depth")).toInt();
    const bool onlySearch = parser.isSet(QStringLiteral("only-search"));

    PGconn* conn = PQconnectdb(conninfo(*url).toUtf8().constData());
    if (PQstatus(conn) != CONNECTION_OK) {
        std::fprintf(stderr, "libpq: %s\n", PQerrorMessage(conn));
        return 1;
    }
    PQexec(conn, "SET TIME ZONE 'UTC'");

    const long rssStart = residentKb();
    sql::SqlBackend backend(*url);
    auto info = awaitCall<ConnectionInfo>(
        [&](QObject* r, Backend::Callback<ConnectionInfo> cb) { return backend.open(r, cb); });
    if (!info.ok()) {
        std::fprintf(stderr, "open: %s\n", qPrintable(info.error().message));
        return 1;
    }
    auto total = awaitCall<CountResult>([&](QObject* r, Backend::Callback<CountResult> cb) {
        ListRequest req;
        req.area = Area::Payments;
        return backend.fetchCount(req, CountMode::Estimate, r, cb);
    });
    std::printf("Paydesk paging benchmark on %s: %s payments (%s), PostgreSQL %s, %d runs per timing\n\n",
                qPrintable(url->toString()), qPrintable(QString::number(total.ok() ? total.value().value : -1)),
                total.ok() && total.value().estimated ? "estimate" : "exact", qPrintable(info.value().serverVersion),
                runs);

    // 1. First screen of the payments and the overdue members views ---------------------------
    ListRequest first;
    first.area = Area::Payments;
    // Times the first screen of `area` (model + view, as the console shows it) against bare
    // libpq running the same SQL and painting the same rows from memory; reports the ratio.
    auto firstScreen = [&](Area area, const char* what) {
        ListRequest request;
        request.area = area;
        const auto statement = sql::listPageStatement(Dialect::PostgreSQL, request);
        std::vector<double> baseline;
        std::vector<double> baselineQuery;
        std::vector<double> ours;
        std::vector<double> oursQuery;
        for (int i = 0; i < runs + 2; ++i) {
            // Baseline: the same SQL through bare libpq, then the same rows painted from memory.
            double queryMs = 0;
            const auto rows = bareLibpq(conn, statement.value(), &queryMs);
            QElapsedTimer timer;
            timer.start();
            QStandardItemModel memory(int(rows.size()) - 1, int(rows.value(0).size()) - 1);
            for (int r = 0; r + 1 < rows.size(); ++r) {
                for (int c = 0; c + 1 < rows[r].size(); ++c) {
                    memory.setItem(r, c, new QStandardItem(rows[r][c]));
                }
            }
            QTableView memoryView;
            memoryView.resize(1400, 900);
            memoryView.setModel(&memory);
            memoryView.verticalHeader()->hide();
            const QPixmap memoryPicture = memoryView.grab();
            const double paintMs = double(timer.nsecsElapsed()) / 1e6;

            // Ours: the model asks the backend for the first page and the view paints it.
            models::PagedTableModel model(&backend, area);
            QTableView view;
            view.resize(1400, 900);
            view.setModel(&model);
            view.verticalHeader()->hide();
            QElapsedTimer ourTimer;
            ourTimer.start();
            bool done = false;
            QEventLoop firstPage;
            QObject::connect(&model, &models::PagedTableModel::firstPageLoaded, &view, [&]() {
                done = true;
                firstPage.quit();
            });
            model.reload();
            if (!done) {
                firstPage.exec();
            }
            const double arrivedMs = double(ourTimer.nsecsElapsed()) / 1e6;
            const QPixmap picture = view.grab();
            const double ourMs = double(ourTimer.nsecsElapsed()) / 1e6;
            if (i >= 2) { // two warm-up rounds
                baseline.push_back(queryMs + paintMs);
                baselineQuery.push_back(queryMs);
                ours.push_back(ourMs);
                oursQuery.push_back(arrivedMs);
            }
        }
        report(what, median(ours), median(baseline), 1.3);
        std::printf("   of which query: ours %.2f ms, bare libpq %.2f ms; absolute target < 100 ms: %s\n\n",
                    median(oursQuery), median(baselineQuery), median(ours) < 100 ? "OK" : "MISSED");
    };
    if (!onlySearch) {
        firstScreen(Area::Payments, "1. first screen (query + paint), 5M-row payments");
        firstScreen(Area::OverdueMembers, "1b. first screen, overdue members over the 5M payments");
    }

    // 3. Filtered and sorted first pages vs the same SQL ---------------------------------------
    struct Case
    {
        const char* name;
        ListRequest request;
    };
    std::vector<Case> cases;
    {
        ListRequest r;
        r.area = Area::Payments;
        r.filters.insert(QStringLiteral("status"), QStringLiteral("failed"));
        cases.push_back({"3a. filter status=failed, first page", r});
        ListRequest m;
        m.area = Area::Payments;
        m.filters.insert(QStringLiteral("month"), QStringLiteral("2026-03"));
        cases.push_back({"3b. filter month=2026-03, first page", m});
        ListRequest s;
        s.area = Area::Payments;
        s.sortKey = QStringLiteral("amount");
        s.descending = true;
        cases.push_back({"3c. sort by amount desc, first page", s});
        ListRequest o;
        o.area = Area::Payments;
        o.filters.insert(QStringLiteral("org"), QStringLiteral("8"));
        cases.push_back({"3d. filter by center subtree, first page", o});
    }
    for (const Case& c : onlySearch ? std::vector<Case>() : cases) {
        std::vector<double> b;
        std::vector<double> us;
        const auto sql = sql::listPageStatement(Dialect::PostgreSQL, c.request);
        for (int i = 0; i < runs + 2; ++i) {
            double ms = 0;
            bareLibpq(conn, sql.value(), &ms);
            QElapsedTimer t;
            t.start();
            auto page = awaitCall<ListPage>(
                [&](QObject* r, Backend::Callback<ListPage> cb) { return backend.fetchPage(c.request, r, cb); });
            const double ourMs = double(t.nsecsElapsed()) / 1e6;
            if (!page.ok()) {
                std::fprintf(stderr, "%s: %s\n", c.name, qPrintable(page.error().message));
            }
            if (i >= 2) {
                b.push_back(ms);
                us.push_back(ourMs);
            }
        }
        report(c.name, median(us), median(b), 2.0);
    }
    std::printf("\n");

    // Exact count vs bare count(*) --------------------------------------------------------------
    if (!onlySearch) {
        std::vector<double> b;
        std::vector<double> us;
        for (int i = 0; i < runs + 1; ++i) {
            // Alternate which runs first: on two cores the second of a pair runs on warmer caches.
            double bareMs = 0;
            double ourMs = 0;
            for (int order = 0; order < 2; ++order) {
                QElapsedTimer t;
                t.start();
                if ((order == 0) == (i % 2 == 0)) {
                    PQclear(PQexec(conn, "SELECT count(*) FROM payments"));
                    bareMs = double(t.nsecsElapsed()) / 1e6;
                } else {
                    awaitCall<CountResult>([&](QObject* r, Backend::Callback<CountResult> cb) {
                        return backend.fetchCount(first, CountMode::Exact, r, cb);
                    });
                    ourMs = double(t.nsecsElapsed()) / 1e6;
                }
            }
            if (i >= 1) {
                b.push_back(bareMs);
                us.push_back(ourMs);
            }
            if (qEnvironmentVariableIsSet("BENCH_VERBOSE")) {
                std::printf("   count pair %d: bare %.1f ms, ours %.1f ms (%s first)\n", i, bareMs, ourMs,
                            i % 2 == 0 ? "bare" : "ours");
            }
        }
        report("exact row count vs bare SELECT count(*) FROM payments", median(us), median(b), 1.2);
        std::printf("\n");
    }

    // 6. Search and joined sorts: first pages vs the id-sorted first page and vs bare libpq
    //    running the same SQL; a page at the given depth of a joined sort vs its first page ----
    {
        // One text of a real payment's member (middle of the table), and four digits of that
        // member's phone; a text nothing contains.
        auto text = [&](const char* query) {
            PGresult* r = PQexec(conn, query);
            const QString value = PQntuples(r) > 0 ? QString::fromUtf8(PQgetvalue(r, 0, 0)) : QString();
            PQclear(r);
            return value;
        };
        const QString member = text("SELECT sort_member FROM payments WHERE id >= (SELECT max(id) / 2 FROM payments) "
                                    "ORDER BY id LIMIT 1");
        const QString phone = text("SELECT u.phone FROM payments p JOIN parents pa ON pa.id = p.parent_id JOIN users "
                                   "u ON u.id = pa.user_id WHERE p.id >= (SELECT max(id) / 2 FROM payments) AND "
                                   "u.phone IS NOT NULL ORDER BY p.id LIMIT 1");
        QString digits = phone;
        digits.remove(QLatin1Char('-'));
        digits = digits.right(4);
        std::printf("6. search and sort (member \"%s\", phone digits \"%s\")\n", qPrintable(member),
                    qPrintable(digits));
        auto page = [&](const ListRequest& request, double* ms) {
            QElapsedTimer t;
            t.start();
            auto result = awaitCall<ListPage>(
                [&](QObject* r, Backend::Callback<ListPage> cb) { return backend.fetchPage(request, r, cb); });
            *ms = double(t.nsecsElapsed()) / 1e6;
            if (!result.ok()) {
                std::fprintf(stderr, "fetchPage: %s %s\n", qPrintable(result.error().message),
                             qPrintable(result.error().detail));
            }
            return result;
        };
        // Median of ours, of the id-sorted first page and of bare libpq, interleaved per run.
        // `baseline`: the first page the line is compared with (the id-sorted payments by default).
        auto measure = [&](const char* what, const ListRequest& request, double target,
                           const ListRequest* baseline = nullptr) {
            const auto statement = sql::listPageStatement(Dialect::PostgreSQL, request);
            if (!statement.ok()) {
                std::fprintf(stderr, "%s: %s\n", what, qPrintable(statement.error().message));
                return;
            }
            std::vector<double> us, top, bare;
            int rows = 0;
            double ms0 = 0;
            for (int i = 0; i < runs + 2; ++i) {
                double ms = 0, topMs = 0, bareMs = 0;
                auto result = page(request, &ms);
                page(baseline ? *baseline : first, &topMs);
                bareLibpq(conn, statement.value(), &bareMs);
                rows = result.ok() ? int(result.value().rows.size()) : -1;
                if (i >= 2) {
                    us.push_back(ms);
                    top.push_back(topMs);
                    bare.push_back(bareMs);
                }
            }
            char label[96];
            std::snprintf(label, sizeof label, "%s vs first page", what);
            report(label, median(us), median(top), target);
            std::snprintf(label, sizeof label, "%s vs bare libpq", what);
            report(label, median(us), median(bare), 1.3);
            std::printf("   (%d rows on the page)\n", rows);
            if (qEnvironmentVariableIsSet("BENCH_EXPLAIN")) {
                // The plan of the same SQL, for docs/PERFORMANCE.md.
                sql::SqlBuilder explain("EXPLAIN (ANALYZE, BUFFERS) ");
                explain.append(statement.value());
                for (const QStringList& line : bareLibpq(conn, explain, &ms0)) {
                    std::printf("   | %s\n", qPrintable(line.value(0)));
                }
            }
        };
        auto searchFor = [&](const QString& q) {
            ListRequest r;
            r.area = Area::Payments;
            r.filters.insert(QStringLiteral("q"), q);
            return r;
        };
        auto sortedBy = [&](const char* key) {
            ListRequest r;
            r.area = Area::Payments;
            r.sortKey = QLatin1String(key);
            return r;
        };
        measure("6a. search a member's name", searchFor(member), 3.0);
        measure("6b. search with no match", searchFor(QStringLiteral("zqxjv 없는이름")), 3.0);
        measure("6c. search four phone digits", searchFor(digits), 3.0);
        measure("6d. sort by member", sortedBy("member"), 3.0);
        measure("6e. sort by institution", sortedBy("institution"), 3.0);
        ListRequest members;
        members.area = Area::Members;
        members.sortKey = QStringLiteral("member");
        measure("6f. members sorted by member", members, 3.0);
        ListRequest kyc;
        kyc.area = Area::KycDocuments;
        kyc.filters.insert(QStringLiteral("q"), member);
        measure("6g. KYC documents, search a member's name", kyc, 3.0);
        // The overdue list is an aggregate over all payments (line 1b); its search filters the
        // aggregate, compared here with the same list's own first page.
        ListRequest overdue;
        overdue.area = Area::OverdueMembers;
        ListRequest overdueSearch = overdue;
        overdueSearch.filters.insert(QStringLiteral("q"), member.left(3));
        measure("6i. overdue members: search", overdueSearch, 3.0, &overdue);
        std::printf("   (6i's first page is the overdue list's own, unsearched)\n");

        // The deep page of a joined sort: the cursor of the row at `depth` in that order, made
        // from a cursor the backend gave (so its shape is the backend's own).
        for (const char* key : {"member", "institution"}) {
            const ListRequest sorted = sortedBy(key);
            double ms = 0;
            auto head = page(sorted, &ms);
            auto cursor = head.ok() ? sql::decodeCursor(head.value().nextCursor) : std::nullopt;
            const QByteArray column = QByteArray("sort_") + key;
            const QByteArray at = "SELECT " + column + ", id FROM payments ORDER BY " + column + ", id OFFSET " +
                                  QByteArray::number(depth) + " LIMIT 1";
            PGresult* r = PQexec(conn, at.constData());
            if (!cursor || PQntuples(r) != 1) {
                std::printf("6h. the table has fewer than %d rows; no deep page sorted by %s\n", depth, key);
                PQclear(r);
                continue;
            }
            cursor->value = QString::fromUtf8(PQgetvalue(r, 0, 0));
            cursor->id = QByteArray(PQgetvalue(r, 0, 1)).toLongLong();
            PQclear(r);
            ListRequest deep = sorted;
            deep.cursor = sql::encodeCursor(*cursor);
            std::vector<double> d, t;
            for (int i = 0; i < runs + 2; ++i) {
                double deepMs = 0, topMs = 0;
                auto deepPage = page(deep, &deepMs);
                page(sorted, &topMs);
                if (i >= 2 && deepPage.ok()) {
                    d.push_back(deepMs);
                    t.push_back(topMs);
                }
            }
            char label[96];
            std::snprintf(label, sizeof label, "6h. sorted by %s: page at depth %d vs its first page", key, depth);
            report(label, median(d), median(t), 2.0);
        }
        std::printf("\n");
    }
    if (onlySearch) {
        PQfinish(conn);
        return 0;
    }

    // 4 and 2. Scroll through every row with the model; keep the cursor at the given depth ---
    const long rssConnected = residentKb();
    QString deepCursor;
    qint64 scrolled = 0;
    if (!parser.isSet(QStringLiteral("skip-scroll"))) {
        models::PagedTableModel model(&backend, Area::Payments);
        QElapsedTimer timer;
        timer.start();
        // Scroll as a view does: each time rows arrive, ask for more.
        QEventLoop scrolling;
        auto more = [&]() {
            if (deepCursor.isEmpty() && model.rowCount() > depth) {
                deepCursor = model.cursorOfPageAt(depth);
            }
            if (model.isComplete() || model.lastError().isError()) {
                scrolling.quit();
            } else if (model.canFetchMore(QModelIndex())) {
                model.fetchMore(QModelIndex());
            }
        };
        QObject::connect(&model, &models::PagedTableModel::rowsInserted, &model,
                         [&]() { QTimer::singleShot(0, &model, more); });
        QObject::connect(&model, &models::PagedTableModel::firstPageLoaded, &model,
                         [&]() { QTimer::singleShot(0, &model, more); });
        QObject::connect(&model, &models::PagedTableModel::errorOccurred, &scrolling, &QEventLoop::quit);
        model.reload();
        scrolling.exec();
        if (model.lastError().isError()) {
            std::fprintf(stderr, "scroll: %s\n", qPrintable(model.lastError().message));
        }
        scrolled = model.rowCount();
        const long rssScrolled = residentKb();
        std::printf("4. memory: scrolled through %lld rows in %.1f s; resident %ld MB after connect, %ld MB after "
                    "scrolling: +%ld MB (target <= +100 MB) %s\n",
                    static_cast<long long>(scrolled), double(timer.elapsed()) / 1000.0, rssConnected / 1024,
                    rssScrolled / 1024, (rssScrolled - rssConnected) / 1024,
                    rssScrolled - rssConnected <= 100 * 1024 ? "OK" : "MISSED");
        std::printf("   (process at start %ld MB; pages kept in memory: %d of %d rows)\n\n", rssStart / 1024,
                    model.residentRowCount(), model.rowCount());
    }

    if (!deepCursor.isEmpty()) {
        std::vector<double> deep;
        std::vector<double> top;
        for (int i = 0; i < runs + 2; ++i) {
            ListRequest d = first;
            d.cursor = deepCursor;
            QElapsedTimer t;
            t.start();
            auto page = awaitCall<ListPage>(
                [&](QObject* r, Backend::Callback<ListPage> cb) { return backend.fetchPage(d, r, cb); });
            const double deepMs = double(t.nsecsElapsed()) / 1e6;
            t.restart();
            auto head = awaitCall<ListPage>(
                [&](QObject* r, Backend::Callback<ListPage> cb) { return backend.fetchPage(first, r, cb); });
            const double topMs = double(t.nsecsElapsed()) / 1e6;
            if (i >= 2 && page.ok() && head.ok()) {
                deep.push_back(deepMs);
                top.push_back(topMs);
            }
        }
        char label[96];
        std::snprintf(label, sizeof label, "2. page at depth %d vs first page", depth);
        report(label, median(deep), median(top), 2.0);
        std::printf("\n");
    } else {
        std::printf("2. the table has fewer than %d rows; no deep page measured\n\n", depth);
    }

    // 5. GUI-thread stalls while a one-second query runs -----------------------------------------
    auto measureStall = [&](const char* what, const std::function<void(bool*)>& start) {
        QElapsedTimer gap;
        gap.start();
        qint64 worst = 0;
        QTimer ticker;
        ticker.setInterval(2);
        QObject::connect(&ticker, &QTimer::timeout, [&]() {
            worst = std::max(worst, gap.elapsed());
            gap.restart();
        });
        ticker.start();
        bool done = false;
        QElapsedTimer elapsed;
        elapsed.start();
        QEventLoop running;
        QTimer finished;
        finished.setInterval(1);
        QObject::connect(&finished, &QTimer::timeout, &running, [&]() {
            if (done) {
                running.quit();
            }
        });
        finished.start();
        start(&done);
        running.exec();
        ticker.stop();
        std::printf("5. %-55s query took %6.0f ms; longest GUI-thread stall %3lld ms (target <= 50 ms) %s\n", what,
                    double(elapsed.elapsed()), static_cast<long long>(worst), worst <= 50 ? "OK" : "MISSED");
    };
    QObject receiver;
    measureStall("SELECT pg_sleep(1) on the interactive lane", [&](bool* done) {
        backend.run<Done>(
            sql::SqlBackend::Lane::Interactive, &receiver, [done](const Result<Done>&) { *done = true; },
            [](sql::SqlSession& s) -> Result<Done> {
                auto r = s.scalar(sql::SqlBuilder("SELECT CAST(pg_sleep(1) AS TEXT)"));
                if (!r.ok()) {
                    return r.error();
                }
                return Done{};
            });
    });
    measureStall("exact count of every payment (background lane)", [&](bool* done) {
        ListRequest all;
        all.area = Area::Payments;
        backend.fetchCount(all, CountMode::Exact, &receiver, [done](const Result<CountResult>&) { *done = true; });
    });
    measureStall("search that scans the whole payments table", [&](bool* done) {
        ListRequest search;
        search.area = Area::Payments;
        search.filters.insert(QStringLiteral("q"), QStringLiteral("no such member"));
        backend.fetchPage(search, &receiver, [done](const Result<ListPage>&) { *done = true; });
    });

    PQfinish(conn);
    return 0;
}
