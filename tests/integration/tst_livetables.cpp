// Live tables (docs/ARCHITECTURE.md, "Live tables") on real databases: two consoles on one
// PostgreSQL, where a change one makes shows in the other's table in place within 2 s with the
// other's scroll position and selection unchanged, a new row is counted instead of inserted and a
// row that left the filter is marked; a center manager's feed never names another center's row;
// a listener whose connection the server terminated comes back and catches up; 100 changes in a
// second are coalesced; on SQLite, PRAGMA data_version brings another connection's change; the
// same through paydesk-server's Server-Sent Events (two REST consoles, a center manager's
// stream, Last-Event-ID replay and resync).

#include "PagedTableModel.h"
#include "RestBackend.h"
#include "TestSupport.h"
#include "sql/SqlBackend.h"
#include "sql/SqlSecurity.h"
#include "sql/SqlSession.h"

#include <QHeaderView>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace pd;
using namespace pd::sql;

namespace {
using test::value;
const QDate kAsOf(2026, 10, 15);

/// Waits until `model` has loaded at least `rows` rows.
bool loadRows(models::PagedTableModel& model, int rows)
{
    return QTest::qWaitFor(
        [&]() {
            if (model.rowCount() >= rows || model.isComplete()) {
                return true;
            }
            if (model.canFetchMore({})) {
                model.fetchMore({});
            }
            return false;
        },
        30000);
}

/// The payments of `backend`, newest id first (filtered by `filters`), following its change
/// feed and loading; the caller waits for rows with loadRows().
std::unique_ptr<models::PagedTableModel> followedPayments(Backend& backend, const QMap<QString, QString>& filters = {})
{
    auto model = std::make_unique<models::PagedTableModel>(&backend, Area::Payments);
    model->setSort(QStringLiteral("id"), true);
    model->setFilters(filters);
    model->setChangeFeed(backend.changeFeed());
    model->reload();
    return model;
}

/// Reads GET /api/v1/events of the paydesk-server at `server` as `token` (resuming after
/// `lastEventId` when it is not empty), runs `whenReady` once the `ready` event arrived, and
/// reads on until `enough` holds for the text so far or `ms` pass; the text read (the stream is
/// then closed).
QByteArray readEvents(const QUrl& server, const QString& token, const QByteArray& lastEventId,
                      const std::function<void()>& whenReady, const std::function<bool(const QByteArray&)>& enough,
                      int ms = 10000)
{
    QNetworkAccessManager network;
    QNetworkRequest request(server.resolved(QUrl(QStringLiteral("/api/v1/events"))));
    request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    request.setRawHeader("Accept", "text/event-stream");
    if (!lastEventId.isEmpty()) {
        request.setRawHeader("Last-Event-ID", lastEventId);
    }
    QNetworkReply* reply = network.get(request);
    QByteArray text;
    QObject::connect(reply, &QNetworkReply::readyRead, reply, [&]() { text += reply->readAll(); });
    bool ready = false;
    const bool ended = QTest::qWaitFor(
        [&]() {
            if (!ready && text.contains("event: ready\n")) {
                ready = true;
                if (whenReady) {
                    whenReady();
                }
            }
            return (ready && enough(text)) || reply->isFinished();
        },
        ms);
    Q_UNUSED(ended); // the caller checks what the text holds
    reply->abort();
    delete reply;
    return text;
}

/// The ids of the `event:` blocks of type `type` in an event stream's text, in order.
QVector<QByteArray> eventIds(const QByteArray& text, const QByteArray& type)
{
    QVector<QByteArray> ids;
    QByteArray id;
    QByteArray event;
    for (const QByteArray& line : text.split('\n')) {
        if (line.startsWith("id:")) {
            id = line.mid(3).trimmed();
        } else if (line.startsWith("event:")) {
            event = line.mid(6).trimmed();
        } else if (line.isEmpty()) {
            if (event == type) {
                ids << id;
            }
            event.clear();
        }
    }
    return ids;
}

/// The login prefixes of the server tests' staff (RestServer makes them, password
/// test::kRestPassword).
const char* const kSseHq = "t_sse_hq_";
const char* const kSseHq2 = "t_sse_hq2_";
const char* const kSseCenter = "t_sse_ca_";
} // namespace

class TestLiveTables : public QObject
{
    Q_OBJECT

    test::DemoDatabases m_demo;
    QString m_suffix;
    qint64 m_centerA = 0;
    qint64 m_centerB = 0;
    qint64 m_root = 0;
    std::unique_ptr<test::RestServer> m_server;
    QString m_serverError;

    QString login(const char* prefix) const { return QLatin1String(prefix) + m_suffix; }

    std::unique_ptr<SqlBackend> backendAs(const QString& who)
    {
        DatabaseUrl url = m_demo.url(Dialect::PostgreSQL);
        url.user = who;
        auto backend = std::make_unique<SqlBackend>(url);
        auto opened = test::await<ConnectionInfo>([&](QObject* r, auto done) { backend->open(r, done); });
        return opened.ok() ? std::move(backend) : nullptr;
    }

    /// A pending payment of `center`'s subtree and its version.
    std::pair<qint64, int> pendingPayment(SqlSession& s, qint64 center, int skip = 0)
    {
        const auto rows = test::rows(
            s,
            QStringLiteral("SELECT p.id, p.version FROM payments p JOIN organizations o ON o.id = p.organization_id "
                           "WHERE p.status = 'pending' AND o.path LIKE (SELECT path FROM organizations WHERE id = %1) "
                           "|| '%' ORDER BY p.id DESC OFFSET %2 LIMIT 1")
                .arg(center)
                .arg(skip));
        return rows.isEmpty() ? std::pair<qint64, int>{0, 0}
                              : std::pair<qint64, int>{rows[0][0].toLongLong(), rows[0][1].toInt()};
    }

    bool markPaid(Backend& backend, qint64 id, int version)
    {
        PaymentChange change;
        change.id = id;
        change.version = version;
        change.action = PaymentChange::Action::MarkPaid;
        change.reason = QStringLiteral("live table test");
        change.paidOn = kAsOf;
        auto done = test::await<Done>([&](QObject* r, auto cb) { backend.changePayment(change, r, cb); });
        if (!done.ok()) {
            qWarning("%s", qPrintable(done.error().message));
        }
        return done.ok();
    }

    /// Starts paydesk-server (once) with the SSE tests' staff; false with m_serverError set.
    bool startServer()
    {
        if (m_server) {
            return m_serverError.isEmpty();
        }
        m_server = std::make_unique<test::RestServer>();
        SqlSession* pg = m_demo.session(Dialect::PostgreSQL);
        const QString hq =
            value(*pg, QStringLiteral("SELECT code FROM organizations WHERE org_type = 'hq'")).toString();
        const QString center =
            value(*pg, QStringLiteral("SELECT code FROM organizations WHERE id = %1").arg(m_centerA)).toString();
        m_serverError = m_server->start(m_demo.url(Dialect::PostgreSQL),
                                        {{login(kSseHq), QStringLiteral("hq_admin"), hq},
                                         {login(kSseHq2), QStringLiteral("hq_admin"), hq},
                                         {login(kSseCenter), QStringLiteral("center_manager"), center}});
        return m_serverError.isEmpty();
    }

    /// A RestBackend signed in to the test server as `who`, or null.
    std::unique_ptr<RestBackend> restAs(const QString& who)
    {
        auto backend = std::make_unique<RestBackend>(
            RestBackend::Options{m_server->url(), who, QString::fromLatin1(test::kRestPassword), {}, {}, 30000, {}});
        auto opened = test::await<ConnectionInfo>([&](QObject* r, auto done) { backend->open(r, done); });
        if (!opened.ok()) {
            qWarning("%s: %s", qPrintable(who), qPrintable(opened.error().message));
        }
        return opened.ok() ? std::move(backend) : nullptr;
    }

    /// An access token of `who` at the test server (empty when sign-in failed).
    QString tokenOf(const QString& who)
    {
        const QByteArray body =
            QJsonDocument(QJsonObject{{QStringLiteral("username"), who},
                                      {QStringLiteral("password"), QString::fromLatin1(test::kRestPassword)}})
                .toJson(QJsonDocument::Compact);
        return test::http(m_server->url(), "POST", QStringLiteral("auth/login"), {}, body,
                          {{"Content-Type", "application/json"}})
            .json.value(QStringLiteral("access_token"))
            .toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString failed = m_demo.prepare(QStringLiteral("live"), kAsOf, 0.02);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        SqlSession* pg = m_demo.session(Dialect::PostgreSQL);
        if (!pg) {
            return;
        }
        m_suffix = m_demo.url(Dialect::PostgreSQL).database.right(8);
        const auto centers = test::rows(
            *pg, QStringLiteral("SELECT id, code FROM organizations WHERE org_type = 'center' ORDER BY id LIMIT 2"));
        QCOMPARE(centers.size(), 2);
        m_centerA = centers[0][0].toLongLong();
        m_centerB = centers[1][0].toLongLong();
        m_root = value(*pg, QStringLiteral("SELECT id FROM organizations WHERE parent_id IS NULL")).toLongLong();
        const QString hq =
            value(*pg, QStringLiteral("SELECT code FROM organizations WHERE org_type = 'hq'")).toString();
        QVERIFY(addStaff(*pg, login("t_live_hq_"), QStringLiteral("hq_admin"), hq, QString(), QString()).ok());
        QVERIFY(addStaff(*pg, login("t_live_hq2_"), QStringLiteral("hq_admin"), hq, QString(), QString()).ok());
        QVERIFY(addStaff(*pg, login("t_live_ca_"), QStringLiteral("center_manager"), centers[0][1].toString(),
                         QString(), QString())
                    .ok());
    }

    void cleanupTestCase()
    {
        if (m_suffix.isEmpty()) {
            return;
        }
        for (const char* prefix : {"t_live_hq_", "t_live_hq2_", "t_live_ca_"}) {
            test::pgAdminExec(QStringLiteral("DROP ROLE IF EXISTS \"%1%2\"").arg(QLatin1String(prefix), m_suffix));
        }
        m_server.reset(); // its sessions end before the roles go
        for (const char* prefix : {kSseHq, kSseHq2, kSseCenter}) {
            test::pgAdminExec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login(prefix)));
        }
    }

    /// A change in one console appears in the other's table in place: value, scroll position
    /// and selection; in a filtered table the row is marked as gone; a new row is counted.
    void changeAppearsInTheOtherConsole()
    {
        SqlSession* pg = m_demo.session(Dialect::PostgreSQL);
        if (!pg) {
            QSKIP("PostgreSQL is not available");
        }
        auto a = backendAs(login("t_live_hq_"));
        auto b = backendAs(login("t_live_hq2_"));
        QVERIFY(a && b);
        QTRY_COMPARE_WITH_TIMEOUT(a->changeFeed()->state(), ChangeFeed::State::Live, 10000);

        auto followedAll = followedPayments(*a);
        auto followedPending = followedPayments(*a, {{QStringLiteral("status"), QStringLiteral("pending")}});
        models::PagedTableModel& all = *followedAll;
        models::PagedTableModel& pending = *followedPending;
        QVERIFY(loadRows(all, 400));
        QVERIFY(loadRows(pending, 50));

        QTableView view;
        view.resize(900, 400);
        view.setModel(&all);
        view.show();
        // The payment changed is one the user scrolled to and selected.
        const auto [id, version] = pendingPayment(*pg, m_root);
        QVERIFY(id > 0);
        const int row = all.rowOfId(id);
        QVERIFY2(row >= 0, "the pending payment is among the loaded rows");
        view.scrollTo(all.index(row, 0), QAbstractItemView::PositionAtCenter);
        view.selectRow(row);
        const int scroll = view.verticalScrollBar()->value();
        const int rows = all.rowCount();
        const int status = all.columnForKey(QStringLiteral("status"));
        QCOMPARE(all.data(all.index(row, status), models::PagedTableModel::RawValueRole).toString(),
                 QStringLiteral("pending"));

        QElapsedTimer clock;
        clock.start();
        QVERIFY(markPaid(*b, id, version));
        QTRY_COMPARE_WITH_TIMEOUT(all.data(all.index(row, status), models::PagedTableModel::RawValueRole).toString(),
                                  QStringLiteral("success"), 2000);
        qInfo("change to repainted row: %lld ms", clock.elapsed());
        QCOMPARE(all.rowCount(), rows);
        QCOMPARE(view.verticalScrollBar()->value(), scroll);
        QCOMPARE(view.currentIndex().row(), row);
        QCOMPARE(all.idAt(view.selectionModel()->selectedRows().value(0).row()), id);
        // In the pending list the row stays, marked as no longer matching.
        const int pendingRow = pending.rowOfId(id);
        QVERIFY(pendingRow >= 0);
        QTRY_VERIFY_WITH_TIMEOUT(pending.data(pending.index(pendingRow, 0), models::PagedTableModel::LeftRole).toBool(),
                                 2000);
        QCOMPARE(pending.leftRowCount(), 1);

        // A new payment sorts at the top of the id-descending list: counted, not inserted.
        QVERIFY(test::exec(*pg, QStringLiteral("INSERT INTO payments (parent_id, organization_id, payment_month, "
                                               "due_date, amount, status, method) SELECT parent_id, organization_id, "
                                               "'2031-01', due_date, amount, 'pending', method FROM payments "
                                               "WHERE id = %1")
                                    .arg(id)));
        QTRY_COMPARE_WITH_TIMEOUT(all.newRowCount(), 1, 2000);
        QTRY_COMPARE_WITH_TIMEOUT(pending.newRowCount(), 1, 2000);
        QCOMPARE(all.rowCount(), rows);
        QCOMPARE(view.verticalScrollBar()->value(), scroll);
        all.reload();
        QCOMPARE(all.newRowCount(), 0);
    }

    /// A center manager's feed names no row of another center, and its table never re-reads one.
    void centerManagerHearsOnlyItsCenter()
    {
        SqlSession* pg = m_demo.session(Dialect::PostgreSQL);
        if (!pg) {
            QSKIP("PostgreSQL is not available");
        }
        auto hq = backendAs(login("t_live_hq2_"));
        auto center = backendAs(login("t_live_ca_"));
        QVERIFY(hq && center);
        ChangeFeed* feed = center->changeFeed();
        QTRY_COMPARE_WITH_TIMEOUT(feed->state(), ChangeFeed::State::Live, 10000);
        QVector<qint64> heard;
        connect(feed, &ChangeFeed::rowsChanged, this, [&heard](Area area, const QVector<qint64>& ids) {
            if (area == Area::Payments) {
                heard += ids;
            }
        });
        auto followed = followedPayments(*center);
        models::PagedTableModel& model = *followed;
        QVERIFY(loadRows(model, 50));

        const auto [other, otherVersion] = pendingPayment(*pg, m_centerB);
        const auto [own, ownVersion] = pendingPayment(*pg, m_centerA);
        QVERIFY(other > 0 && own > 0);
        const int readsBefore = model.liveReadCount();
        QVERIFY(markPaid(*hq, other, otherVersion));
        QTest::qWait(1500);
        QVERIFY2(!heard.contains(other), "a change in another center was notified to a center manager");
        QCOMPARE(model.liveReadCount(), readsBefore);
        QVERIFY(markPaid(*hq, own, ownVersion));
        QTRY_VERIFY_WITH_TIMEOUT(heard.contains(own), 2000);
        // Every id it heard is a payment of its own center.
        for (qint64 id : std::as_const(heard)) {
            const QString path =
                value(*pg, QStringLiteral("SELECT o.path FROM payments p JOIN organizations o ON o.id = "
                                          "p.organization_id WHERE p.id = %1")
                               .arg(id))
                    .toString();
            QVERIFY2(path.contains(QStringLiteral("/%1/").arg(m_centerA)), qPrintable(path));
        }
        // A staff login cannot learn another organisation's channel.
        DatabaseUrl url = m_demo.url(Dialect::PostgreSQL);
        url.user = login("t_live_ca_");
        auto s = SqlSession::open(url, QStringLiteral("live-probe"));
        QVERIFY(s.ok());
        QSqlQuery q(s.value()->database());
        QVERIFY(!q.exec(QStringLiteral("SELECT paydesk_change_channel_of(%1)").arg(m_centerB)));
        QVERIFY(!q.exec(QStringLiteral("SELECT channel_key FROM paydesk_change_key")));
    }

    /// The server ends the listener's connection; it comes back and catches up on what changed.
    void droppedListenerCatchesUp()
    {
        SqlSession* pg = m_demo.session(Dialect::PostgreSQL);
        if (!pg) {
            QSKIP("PostgreSQL is not available");
        }
        auto a = backendAs(login("t_live_hq_"));
        auto b = backendAs(login("t_live_hq2_"));
        QVERIFY(a && b);
        ChangeFeed* feed = a->changeFeed();
        QTRY_COMPARE_WITH_TIMEOUT(feed->state(), ChangeFeed::State::Live, 10000);
        auto followed = followedPayments(*a);
        models::PagedTableModel& model = *followed;
        QVERIFY(loadRows(model, 200));
        const auto [id, version] = pendingPayment(*pg, m_root, 3);
        const int row = model.rowOfId(id);
        QVERIFY(row >= 0);
        QSignalSpy states(feed, &ChangeFeed::stateChanged);
        test::pgAdminExec(QStringLiteral("SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE "
                                         "application_name = 'paydesk-console-listen' AND usename = '%1'")
                              .arg(login("t_live_hq_")));
        QVERIFY(markPaid(*b, id, version)); // while no one listens
        const int status = model.columnForKey(QStringLiteral("status"));
        QTRY_COMPARE_WITH_TIMEOUT(
            model.data(model.index(row, status), models::PagedTableModel::RawValueRole).toString(),
            QStringLiteral("success"), 15000);
        QVERIFY(states.count() >= 2); // reconnecting, then live
        QCOMPARE(feed->state(), ChangeFeed::State::Live);
    }

    /// 100 changes in about a second make a few re-reads, not a hundred.
    void burstIsCoalesced()
    {
        SqlSession* pg = m_demo.session(Dialect::PostgreSQL);
        if (!pg) {
            QSKIP("PostgreSQL is not available");
        }
        auto a = backendAs(login("t_live_hq_"));
        QVERIFY(a);
        QTRY_COMPARE_WITH_TIMEOUT(a->changeFeed()->state(), ChangeFeed::State::Live, 10000);
        auto followed = followedPayments(*a);
        models::PagedTableModel& model = *followed;
        QVERIFY(loadRows(model, 200));
        const qint64 id = model.idAt(5);
        const int reads = model.liveReadCount();
        for (int i = 0; i < 100; ++i) {
            QVERIFY(
                test::exec(*pg, QStringLiteral("UPDATE payments SET tid = 'LIVE-%1' WHERE id = %2").arg(i).arg(id)));
            QTest::qWait(10);
        }
        const int tid = model.columnForKey(QStringLiteral("tid"));
        QVERIFY(tid >= 0);
        QTRY_COMPARE_WITH_TIMEOUT(model.data(model.index(5, tid), models::PagedTableModel::RawValueRole).toString(),
                                  QStringLiteral("LIVE-99"), 3000);
        const int made = model.liveReadCount() - reads;
        qInfo("100 changes in %s: %d re-reads", "about 1.5 s", made);
        QVERIFY2(made <= 10, qPrintable(QString::number(made)));
    }

    /// The same through paydesk-server: two REST consoles, a change by one shows in the other's
    /// table in place within 2 s, scroll position and selection unchanged.
    void serverSentEventsReachTheOtherConsole()
    {
        SqlSession* pg = m_demo.session(Dialect::PostgreSQL);
        if (!pg) {
            QSKIP("PostgreSQL is not available");
        }
        QVERIFY2(startServer(), qPrintable(m_serverError));
        auto a = restAs(login(kSseHq));
        auto b = restAs(login(kSseHq2));
        QVERIFY(a && b);
        QTRY_COMPARE_WITH_TIMEOUT(a->changeFeed()->state(), ChangeFeed::State::Live, 10000);
        auto followed = followedPayments(*a);
        models::PagedTableModel& model = *followed;
        QVERIFY(loadRows(model, 300));
        QTableView view;
        view.resize(900, 400);
        view.setModel(&model);
        view.show();
        const auto [id, version] = pendingPayment(*pg, m_root, 7);
        const int row = model.rowOfId(id);
        QVERIFY2(row >= 0, "the pending payment is among the loaded rows");
        view.scrollTo(model.index(row, 0), QAbstractItemView::PositionAtCenter);
        view.selectRow(row);
        const int scroll = view.verticalScrollBar()->value();
        const int status = model.columnForKey(QStringLiteral("status"));
        QElapsedTimer clock;
        clock.start();
        QVERIFY(markPaid(*b, id, version));
        QTRY_COMPARE_WITH_TIMEOUT(
            model.data(model.index(row, status), models::PagedTableModel::RawValueRole).toString(),
            QStringLiteral("success"), 2000);
        qInfo("change to repainted row through the server: %lld ms", clock.elapsed());
        QCOMPARE(view.verticalScrollBar()->value(), scroll);
        QCOMPARE(model.idAt(view.selectionModel()->selectedRows().value(0).row()), id);
    }

    /// A center manager's event stream names no row of another center.
    void serverSentEventsOfACenterManager()
    {
        SqlSession* pg = m_demo.session(Dialect::PostgreSQL);
        if (!pg) {
            QSKIP("PostgreSQL is not available");
        }
        QVERIFY2(startServer(), qPrintable(m_serverError));
        const QString token = tokenOf(login(kSseCenter));
        QVERIFY(!token.isEmpty());
        const qint64 other = pendingPayment(*pg, m_centerB).first;
        const qint64 own = pendingPayment(*pg, m_centerA).first;
        QVERIFY(other > 0 && own > 0);
        const QByteArray ownEvent = "data: payments " + QByteArray::number(own) + "\n";
        const QByteArray text = readEvents(
            m_server->url(), token, {},
            [&]() {
                QVERIFY(
                    test::exec(*pg, QStringLiteral("UPDATE payments SET tid = 'SSE-OTHER' WHERE id = %1").arg(other)));
                QVERIFY(test::exec(*pg, QStringLiteral("UPDATE payments SET tid = 'SSE-OWN' WHERE id = %1").arg(own)));
            },
            [&](const QByteArray& t) { return t.contains(ownEvent); });
        QVERIFY2(text.contains(ownEvent), text.constData());
        QVERIFY2(!text.contains(QByteArray("payments " + QByteArray::number(other) + "\n")),
                 "another center's payment was named to a center manager");
        // Every change event names a payment of the manager's own center.
        for (const QByteArray& line : text.split('\n')) {
            if (line.startsWith("data: payments ")) {
                const qint64 id = line.mid(15).toLongLong();
                const QString path = value(*pg, QStringLiteral("SELECT o.path FROM payments p JOIN organizations o "
                                                               "ON o.id = p.organization_id WHERE p.id = %1")
                                                    .arg(id))
                                         .toString();
                QVERIFY2(path.contains(QStringLiteral("/%1/").arg(m_centerA)), qPrintable(path));
            }
        }
    }

    /// A client that comes back with Last-Event-ID gets the changes it missed; an id the server
    /// does not know (another instance's) gets `resync`.
    void lastEventIdReplaysWhatWasMissed()
    {
        SqlSession* pg = m_demo.session(Dialect::PostgreSQL);
        if (!pg) {
            QSKIP("PostgreSQL is not available");
        }
        QVERIFY2(startServer(), qPrintable(m_serverError));
        const QString token = tokenOf(login(kSseHq));
        QVERIFY(!token.isEmpty());
        const auto [first, v1] = pendingPayment(*pg, m_root, 11);
        const auto [second, v2] = pendingPayment(*pg, m_root, 12);
        const auto [third, v3] = pendingPayment(*pg, m_root, 13);
        Q_UNUSED(v1);
        Q_UNUSED(v2);
        Q_UNUSED(v3);
        auto touch = [&](qint64 id) {
            return test::exec(*pg, QStringLiteral("UPDATE payments SET tid = 'SSE-%1' WHERE id = %1").arg(id));
        };
        auto change = [](qint64 id) -> QByteArray { return "data: payments " + QByteArray::number(id) + "\n"; };
        const QByteArray seen = readEvents(
            m_server->url(), token, {}, [&]() { QVERIFY(touch(first)); },
            [&](const QByteArray& t) { return t.contains(change(first)); });
        const QVector<QByteArray> ids = eventIds(seen, "change");
        QVERIFY2(!ids.isEmpty() && seen.contains(change(first)), seen.constData());
        const QByteArray lastId = ids.last();
        // While the client is away (the server keeps listening on its channel).
        QVERIFY(touch(second));
        QVERIFY(touch(third));
        QTest::qWait(500);
        const QByteArray resumed = readEvents(m_server->url(), token, lastId, {},
                                              [&](const QByteArray& t) { return t.contains(change(third)); });
        QVERIFY2(resumed.contains(change(second)) && resumed.contains(change(third)), resumed.constData());
        QVERIFY2(!resumed.contains(change(first)), "an event before Last-Event-ID was sent again");
        QVERIFY(resumed.indexOf(change(second)) < resumed.indexOf("event: ready\n"));
        QVERIFY(eventIds(resumed, "resync").isEmpty());
        // Another instance's id: what was missed is not known here.
        const QByteArray foreign = readEvents(m_server->url(), token, "0123456789abcdef-5", {},
                                              [](const QByteArray& t) { return t.contains("event: resync\n"); });
        QVERIFY2(foreign.contains("event: resync\n"), foreign.constData());
        // Without a token there is no stream.
        const test::Http anonymous = test::http(m_server->url(), "GET", QStringLiteral("events"));
        QCOMPARE(anonymous.status, 401);
    }

    /// SQLite has no NOTIFY: another connection's commit shows through PRAGMA data_version.
    void sqliteDataVersionBringsChanges()
    {
        SqlSession* s = m_demo.session(Dialect::SQLite);
        QVERIFY(s);
        const DatabaseUrl url = m_demo.url(Dialect::SQLite);
        SqlBackend a(url);
        SqlBackend b(url);
        QVERIFY(test::await<ConnectionInfo>([&](QObject* r, auto done) { a.open(r, done); }).ok());
        QVERIFY(test::await<ConnectionInfo>([&](QObject* r, auto done) { b.open(r, done); }).ok());
        QTRY_COMPARE_WITH_TIMEOUT(a.changeFeed()->state(), ChangeFeed::State::Live, 5000);
        auto followed = followedPayments(a, {{QStringLiteral("status"), QStringLiteral("pending")}});
        models::PagedTableModel& model = *followed;
        model.setPageSize(50); // fewer rows than match: the list is not complete
        model.reload();
        QVERIFY(loadRows(model, 20));
        QVERIFY(!model.isComplete());
        const qint64 id = model.idAt(3);
        const int version = value(*s, QStringLiteral("SELECT version FROM payments WHERE id = %1").arg(id)).toInt();
        QVERIFY(markPaid(b, id, version));
        QTRY_VERIFY_WITH_TIMEOUT(model.data(model.index(3, 0), models::PagedTableModel::LeftRole).toBool(), 3000);
        QCOMPARE(model.idAt(3), id); // marked where it was, not removed
        // The row that moved up into the first page's reach was loaded all along: nothing new.
        QCOMPARE(model.newRowCount(), 0);
    }
};

QTEST_MAIN(TestLiveTables)
#include "tst_livetables.moc"
