// Benchmark of live tables (docs/ARCHITECTURE.md "Live tables", docs/PERFORMANCE.md): a writer
// changes loaded payments at a steady rate (100 changes a second by default) on its own libpq
// connection; in the same run a bare libpq LISTEN client on the same channel measures when each
// notification arrives (the baseline), and the console's PagedTableModel (following the
// SqlBackend's change feed, shown in a QTableView) measures when the changed row is repainted
// with its new value. Prints median and p99 of both and their ratio, the re-reads made, and the
// longest stall of the GUI thread (a 5 ms timer's largest gap). Not part of the test run.
//
//   bench_live --db postgresql://owner@127.0.0.1:5432/demo [--rate 100] [--seconds 10]

#include "PagedTableModel.h"
#include "sql/SqlBackend.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QHash>
#include <QTableView>
#include <QThread>
#include <QTimer>

#include <functional>

#include <libpq-fe.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdio>
#include <mutex>
#include <sys/select.h>
#include <thread>
#include <vector>

using namespace pd;

namespace {

using Clock = std::chrono::steady_clock;

double ms(Clock::duration d)
{
    return std::chrono::duration<double, std::milli>(d).count();
}

double percentile(std::vector<double> v, double p)
{
    if (v.empty()) {
        return 0;
    }
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, size_t(p * double(v.size())))];
}

QString conninfo(const DatabaseUrl& url)
{
    return QStringLiteral("host=%1 port=%2 dbname=%3 user=%4 sslmode=%5")
        .arg(url.host)
        .arg(url.port)
        .arg(url.database, url.user, url.sslMode.isEmpty() ? QStringLiteral("prefer") : url.sslMode);
}

/// When each change was written (by its number n, tid "BENCH-<n>"), heard by the bare client,
/// and repainted in the console.
struct Timeline
{
    std::mutex lock;
    std::vector<Clock::time_point> written;
    std::vector<Clock::time_point> heard;
    std::vector<Clock::time_point> shown;
    QHash<qint64, int> lastOfRow; ///< payment id -> the newest change number written to it
};

/// Calls `onPaint` when the watched widget is about to paint.
class PaintWatch : public QObject
{
public:
    explicit PaintWatch(std::function<void()> onPaint)
        : m_onPaint(std::move(onPaint))
    {}
    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (event->type() == QEvent::Paint) {
            m_onPaint();
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_onPaint;
};

/// Runs the event loop for `milliseconds` while a 5 ms timer ticks; the longest gap between
/// ticks and the number of gaps over 50 ms (stalls of the GUI thread).
std::pair<qint64, int> heartbeat(int milliseconds, const std::function<bool()>& until = {})
{
    QElapsedTimer clock;
    clock.start();
    qint64 last = 0;
    qint64 worst = 0;
    int stalls = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&]() {
        const qint64 now = clock.elapsed();
        worst = std::max(worst, now - last);
        stalls += now - last > 50 ? 1 : 0;
        last = now;
    });
    tick.start();
    while (clock.elapsed() < milliseconds || (until && !until())) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
    }
    return {worst, stalls};
}

} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("PostgreSQL URL of a demo database (its owner)."),
                      QStringLiteral("url")});
    parser.addOption(
        {QStringLiteral("rate"), QStringLiteral("Changes per second."), QStringLiteral("n"), QStringLiteral("100")});
    parser.addOption(
        {QStringLiteral("seconds"), QStringLiteral("How long to write."), QStringLiteral("s"), QStringLiteral("10")});
    parser.process(app);
    const auto url = DatabaseUrl::parse(parser.value(QStringLiteral("db")));
    if (!url || url->dialect != Dialect::PostgreSQL) {
        std::fprintf(stderr, "give --db postgresql://...\n");
        return 2;
    }
    const int rate = std::max(1, parser.value(QStringLiteral("rate")).toInt());
    const int seconds = std::max(1, parser.value(QStringLiteral("seconds")).toInt());
    const int total = rate * seconds;
    const QByteArray info = conninfo(*url).toUtf8();

    // The console: payments newest first, 200 rows loaded, following the change feed, shown.
    sql::SqlBackend backend(*url);
    bool opened = false;
    backend.open(&app, [&](const Result<ConnectionInfo>& r) {
        opened = r.ok();
        if (!r.ok()) {
            std::fprintf(stderr, "%s\n", qPrintable(r.error().message));
        }
        app.exit();
    });
    app.exec();
    if (!opened) {
        return 1;
    }
    models::PagedTableModel model(&backend, Area::Payments);
    model.setSort(QStringLiteral("id"), true);
    model.setChangeFeed(backend.changeFeed());
    model.reload();
    QTableView view;
    view.resize(1200, 800);
    view.setModel(&model);
    view.show();
    QElapsedTimer wait;
    wait.start();
    while ((model.rowCount() < 200 || backend.changeFeed()->state() != ChangeFeed::State::Live) &&
           wait.elapsed() < 30000) {
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (model.canFetchMore({})) {
            model.fetchMore({});
        }
    }
    if (model.rowCount() < 50) {
        std::fprintf(stderr, "the payments list did not load\n");
        return 1;
    }
    // The rows written to: the ones on screen.
    std::vector<qint64> ids;
    for (int row = 0; row < 30 && row < model.rowCount(); ++row) {
        ids.push_back(model.idAt(row));
    }
    const int tid = model.columnForKey(QStringLiteral("tid"));

    Timeline t;
    t.written.resize(size_t(total));
    t.heard.resize(size_t(total));
    t.shown.resize(size_t(total));

    // The baseline: a bare LISTEN on the channel this login hears.
    PGconn* listener = PQconnectdb(info.constData());
    if (PQstatus(listener) != CONNECTION_OK) {
        std::fprintf(stderr, "libpq: %s\n", PQerrorMessage(listener));
        return 1;
    }
    PGresult* channel = PQexec(listener, "SELECT paydesk_change_channel()"); // sql-binding: fixed text
    const QByteArray channelName = PQntuples(channel) == 1 ? QByteArray(PQgetvalue(channel, 0, 0)) : QByteArray();
    PQclear(channel);
    if (channelName.isEmpty()) {
        std::fprintf(stderr, "no change channel (migration 021 missing?)\n");
        return 1;
    }
    char* quoted = PQescapeIdentifier(listener, channelName.constData(), size_t(channelName.size()));
    const QByteArray listen = QByteArray("LISTEN ") + QByteArray(quoted);
    PQclear(PQexec(listener, listen.constData())); // sql-binding: an identifier escaped by PQescapeIdentifier
    PQfreemem(quoted);
    std::atomic<bool> stop{false};
    std::atomic<int> bareHeard{0};
    QThread* bare = QThread::create([&]() {
        const int socket = PQsocket(listener);
        while (!stop) {
            fd_set in;
            FD_ZERO(&in);
            FD_SET(socket, &in);
            timeval timeout{0, 100000};
            if (select(socket + 1, &in, nullptr, nullptr, &timeout) <= 0) {
                continue;
            }
            PQconsumeInput(listener);
            while (PGnotify* n = PQnotifies(listener)) {
                const auto now = Clock::now();
                // The payload names the row; the newest change written to it is the one heard.
                const QList<QByteArray> parts = QByteArray(n->extra).split(' ');
                const qint64 id = parts.value(1).toLongLong();
                {
                    std::lock_guard<std::mutex> guard(t.lock);
                    const int last = t.lastOfRow.value(id, -1);
                    if (last >= 0 && t.heard[size_t(last)] == Clock::time_point()) {
                        t.heard[size_t(last)] = now;
                        ++bareHeard;
                    }
                }
                PQfreemem(n);
            }
        }
    });
    bare->start();

    // The console's side: a changed row counts as shown at the first paint of the view after
    // the model said it changed, with the new value in its cell.
    std::vector<int> pendingRows;
    QObject::connect(&model, &QAbstractItemModel::dataChanged, &view,
                     [&](const QModelIndex& from, const QModelIndex& to) {
                         for (int row = from.row(); row <= to.row(); ++row) {
                             pendingRows.push_back(row);
                         }
                     });
    PaintWatch watch([&]() {
        if (pendingRows.empty()) {
            return;
        }
        const auto now = Clock::now();
        std::lock_guard<std::mutex> guard(t.lock);
        for (int row : pendingRows) {
            const QString text = model.data(model.index(row, tid), models::PagedTableModel::RawValueRole).toString();
            if (!text.startsWith(QLatin1String("BENCH-"))) {
                continue;
            }
            const int n = text.mid(6).toInt();
            if (n >= 0 && n < total && t.shown[size_t(n)] == Clock::time_point()) {
                t.shown[size_t(n)] = now;
            }
        }
        pendingRows.clear();
    });
    view.viewport()->installEventFilter(&watch);

    int consoleHeard = 0;
    int resyncs = 0;
    QObject::connect(backend.changeFeed(), &ChangeFeed::resyncNeeded, &view, [&]() { ++resyncs; });
    QObject::connect(backend.changeFeed(), &ChangeFeed::rowsChanged, &view,
                     [&](Area, const QVector<qint64>& changed) { consoleHeard += int(changed.size()); });
    // The GUI thread's gaps with nothing changing, as the baseline for the stalls below.
    const auto [idleGap, idleStalls] = heartbeat(3000);

    // The writer: its own connection, `rate` updates a second, one row after another.
    const int readsBefore = model.liveReadCount();
    QThread* writer = QThread::create([&]() {
        PGconn* w = PQconnectdb(info.constData());
        if (PQstatus(w) != CONNECTION_OK) {
            std::fprintf(stderr, "writer: %s\n", PQerrorMessage(w));
            return;
        }
        const auto start = Clock::now();
        for (int n = 0; n < total; ++n) {
            std::this_thread::sleep_until(start + std::chrono::microseconds(qint64(n) * 1000000 / rate));
            const qint64 id = ids[size_t(n) % ids.size()];
            const QByteArray value = QByteArray("BENCH-") + QByteArray::number(n);
            const QByteArray idText = QByteArray::number(id);
            const char* params[] = {value.constData(), idText.constData()};
            {
                std::lock_guard<std::mutex> guard(t.lock);
                t.written[size_t(n)] = Clock::now();
                t.lastOfRow.insert(id, n);
            }
            PQclear(
                PQexecParams(w, "UPDATE payments SET tid = $1 WHERE id = $2", 2, nullptr, params, nullptr, nullptr, 0));
        }
        PQfinish(w);
    });
    writer->start();
    QElapsedTimer writing;
    writing.start();
    // While the writer writes, then 2 s more for the last changes to arrive and be shown.
    const auto [worstGap, stalls] = heartbeat(seconds * 1000, [&]() { return writer->isFinished(); });
    const double writeSeconds = double(writing.elapsed()) / 1000.0;
    const auto [tailGap, tailStalls] = heartbeat(2000);
    // Every row must end showing the last value written to it.
    int stale = 0;
    qint64 probe = 0;
    for (const qint64 id : ids) {
        const int row = model.rowOfId(id);
        const QString shown = model.data(model.index(row, tid), models::PagedTableModel::RawValueRole).toString();
        std::lock_guard<std::mutex> guard(t.lock);
        if (shown != QStringLiteral("BENCH-%1").arg(t.lastOfRow.value(id, -1))) {
            if (stale++ == 0) {
                std::printf("first stale row: payment %lld shows %s, last written BENCH-%d\n",
                            static_cast<long long>(id), qPrintable(shown), t.lastOfRow.value(id, -1));
                probe = id;
            }
        }
    }
    stop = true;
    bare->wait();
    writer->wait();
    delete bare;
    delete writer;
    PQfinish(listener);

    // Latency per change the console showed: the newest value of a row replaces older ones
    // (coalescing), so only changes that were still the row's newest when re-read are shown.
    std::vector<double> bareMs;
    std::vector<double> shownMs;
    int shownCount = 0;
    for (int n = 0; n < total; ++n) {
        if (t.heard[size_t(n)] != Clock::time_point()) {
            bareMs.push_back(ms(t.heard[size_t(n)] - t.written[size_t(n)]));
        }
        if (t.shown[size_t(n)] != Clock::time_point()) {
            shownMs.push_back(ms(t.shown[size_t(n)] - t.written[size_t(n)]));
            ++shownCount;
        }
    }
    // A change superseded before it was shown still waited until its row showed a newer one:
    // that later time counts for it too (what a user sees is at most this late).
    std::vector<double> allMs;
    {
        QHash<qint64, std::vector<int>> changesOfRow;
        for (int n = 0; n < total; ++n) {
            changesOfRow[ids[size_t(n) % ids.size()]].push_back(n);
        }
        for (auto it = changesOfRow.begin(); it != changesOfRow.end(); ++it) {
            const std::vector<int>& ns = it.value();
            for (size_t k = 0; k < ns.size(); ++k) {
                for (size_t j = k; j < ns.size(); ++j) {
                    if (t.shown[size_t(ns[j])] != Clock::time_point()) {
                        allMs.push_back(ms(t.shown[size_t(ns[j])] - t.written[size_t(ns[k])]));
                        break;
                    }
                }
            }
        }
    }
    const double bareMedian = percentile(bareMs, 0.5);
    const double bareP99 = percentile(bareMs, 0.99);
    const double shownMedian = percentile(allMs, 0.5);
    const double shownP99 = percentile(allMs, 0.99);
    std::printf("changes written: %d over %d rows in %.1f s (%.0f a second; asked for %d)\n", total, int(ids.size()),
                writeSeconds, double(total) / writeSeconds, rate);
    std::printf("bare LISTEN   (baseline): heard %d, median %.1f ms, p99 %.1f ms\n", int(bareMs.size()), bareMedian,
                bareP99);
    std::printf("console (repainted row) : %d changes until a newer or equal value was shown, median %.1f ms, p99 "
                "%.1f ms (%d values shown as written)\n",
                int(allMs.size()), shownMedian, shownP99, shownCount);
    std::printf("ratio console/bare      : median %.1fx, p99 %.1fx (the console coalesces for %d ms by design)\n",
                bareMedian > 0 ? shownMedian / bareMedian : 0.0, bareP99 > 0 ? shownP99 / bareP99 : 0.0,
                model.liveInterval());
    std::printf("re-reads                : %d for %d changes (%.1f a second while writing and 2 s after)\n",
                model.liveReadCount() - readsBefore, total,
                double(model.liveReadCount() - readsBefore) / (writeSeconds + 2.0));
    if (probe > 0) {
        // What the list's own query says now, through the same backend.
        ListRequest again;
        again.area = Area::Payments;
        again.sortKey = QStringLiteral("id");
        again.descending = true;
        again.filters.insert(QStringLiteral("ids"), QString::number(probe));
        bool done = false;
        backend.fetchPage(again, &view, [&](const Result<ListPage>& page) {
            done = true;
            if (page.ok() && !page.value().rows.isEmpty()) {
                std::printf("the same query now reads: %s\n", qPrintable(page.value().rows[0].value(tid).toString()));
            }
        });
        while (!done) {
            QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        }
    }
    std::printf("console's feed heard    : %d notifications of every list, %d resyncs\n", consoleHeard, resyncs);
    std::printf("rows showing a stale value 2 s after the last change: %d of %d (must be 0)\n", stale, int(ids.size()));
    std::printf("GUI thread, idle        : longest gap between 5 ms ticks %lld ms, %d gaps over 50 ms\n",
                static_cast<long long>(idleGap), idleStalls);
    std::printf("GUI thread, live        : longest gap between 5 ms ticks %lld ms, %d gaps over 50 ms (target: 0)\n",
                static_cast<long long>(std::max(worstGap, tailGap)), stalls + tailStalls);
    return stalls + tailStalls == 0 && stale == 0 ? 0 : 3;
}
