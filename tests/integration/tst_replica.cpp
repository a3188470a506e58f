// Read replicas against a real PostgreSQL streaming standby (pg_basebackup -R, hot standby on
// 127.0.0.1, tests/support/pg-fixture.sh standby): lists come from the replica, details and
// writes from the primary; after its own write a console reads from the primary until the
// replica has replayed it; a replica that falls behind more than the setting is bypassed and
// used again once it catches up; the lag is reported (docs/ARCHITECTURE.md, "Read replicas").
// The replica is made to fall behind by pausing its WAL replay (pg_wal_replay_pause).
#include "Language.h"
#include "ListTypes.h"
#include "MainWindow.h"
#include "RestBackend.h"
#include "SecretStore.h"
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "sql/Migrations.h"
#include "sql/SqlBackend.h"
#include "sql/SqlSession.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;

class TestReplica : public QObject
{
    Q_OBJECT

    test::OwnCluster m_cluster;
    DatabaseUrl m_primary;
    DatabaseUrl m_replica;
    std::unique_ptr<sql::SqlSession> m_admin;

    /// User `id`'s is_active as a users list searched for `name` shows it (a replica read);
    /// nullopt when the list failed or does not hold the row.
    std::optional<bool> activeInList(Backend& backend, qint64 id, const QString& name)
    {
        ListRequest list;
        list.area = Area::Users;
        list.filters.insert(QStringLiteral("q"), name);
        auto page = test::await<ListPage>([&](QObject* r, auto done) { backend.call<ops::FetchPage>(list, r, done); });
        if (!page.ok()) {
            return std::nullopt;
        }
        const int idColumn = columnIndex(Area::Users, QStringLiteral("id"));
        const int activeColumn = columnIndex(Area::Users, QStringLiteral("is_active"));
        for (const QVariantList& row : page.value().rows) {
            if (row.value(idColumn).toLongLong() == id) {
                return row.value(activeColumn).toBool();
            }
        }
        return std::nullopt;
    }

    /// The user's is_active as a detail (read from the primary).
    bool activeInDetail(Backend& backend, qint64 id)
    {
        auto detail = test::await<DetailRecord>([&](QObject* r, auto done) {
            backend.call<ops::FetchDetail>(ops::DetailRef{Area::Users, id}, r, done);
        });
        return detail.ok() && detail.value().field(QStringLiteral("is_active")).toBool();
    }

    /// paydesk-server's /metrics text.
    static QString scrape(test::RestServer& server)
    {
        return QString::fromUtf8(test::http(server.url(), "GET", QStringLiteral("/metrics")).body);
    }
    /// Reads the server has run on the replica so far.
    static qint64 replicaReads(test::RestServer& server)
    {
        static const QRegularExpression counter(
            QStringLiteral("paydesk_replica_eligible_reads_total\\{served_by=\"replica\"\\} ([0-9]+)"));
        return counter.match(scrape(server)).captured(1).toLongLong();
    }

    static bool waitForUsable(sql::SqlBackend& backend, bool usable, int ms = 15000)
    {
        return QTest::qWaitFor([&]() { return backend.replicaStatus().usable == usable; }, ms);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString why;
        why = m_cluster.run(QStringLiteral("start"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_primary = m_cluster.url();
        auto session = sql::SqlSession::open(m_primary, QStringLiteral("replica-admin"));
        QVERIFY(session.ok());
        m_admin = std::move(session.value());
        QVERIFY(sql::Migrator::upgrade(*m_admin).ok());
        demo::DemoOptions demo;
        demo.scale = 0.01;
        demo.asOf = QDate(2026, 11, 22);
        QVERIFY(demo::generateDemoData(*m_admin, demo).ok());
        why = m_cluster.run(QStringLiteral("standby"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_replica = m_cluster.standbyUrl();
        QVERIFY(!m_replica.host.isEmpty());
    }

    void cleanupTestCase()
    {
        sql::SqlBackend::waitForDetachedWorkers(10000);
        m_admin.reset();
    }

    /// While the replica's replay is paused, a change made on the primary by someone else is
    /// not in the console's lists (they come from the replica) but is in the row's detail (the
    /// primary); once the replica is further behind than allowed it is bypassed and the lists
    /// show the change; after it catches up it serves the lists again.
    void listsComeFromTheReplicaUntilItFallsBehind()
    {
        sql::SqlBackend backend(m_primary);
        QSignalSpy changes(&backend, &sql::SqlBackend::replicaStatusChanged);
        backend.setReadReplica(m_replica, 4, 200);
        QVERIFY(waitForUsable(backend, true));
        QVERIFY(backend.replicaStatus().standby);
        QTRY_COMPARE_WITH_TIMEOUT(backend.replicaStatus().lagSeconds, 0.0, 5000);

        const QVariantList user =
            test::rows(*m_admin, QStringLiteral("SELECT id, email FROM users WHERE is_active ORDER BY id LIMIT 1"))
                .value(0);
        const qint64 id = user.value(0).toLongLong();
        const QString name = user.value(1).toString();
        QVERIFY(id > 0);
        QTRY_VERIFY_WITH_TIMEOUT(activeInList(backend, id, name) == std::optional<bool>(true), 5000);

        QString why;
        why = m_cluster.run(QStringLiteral("standby-pause"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(test::exec(*m_admin, QStringLiteral("UPDATE users SET is_active = FALSE WHERE id = %1").arg(id)));
        // Right after the change the replica is still within 4 s: lists are stale, the
        // detail is current.
        QVERIFY(activeInList(backend, id, name) == std::optional<bool>(true));
        QVERIFY(!activeInDetail(backend, id));
        // Further behind than 4 s: bypassed, and the lists read the primary.
        QVERIFY(waitForUsable(backend, false));
        QVERIFY(backend.replicaStatus().connected);
        QVERIFY(backend.replicaStatus().lagSeconds > 4.0);
        QVERIFY(activeInList(backend, id, name) == std::optional<bool>(false));
        QVERIFY(changes.count() >= 2);

        why = m_cluster.run(QStringLiteral("standby-resume"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(waitForUsable(backend, true));
        QTRY_COMPARE_WITH_TIMEOUT(backend.replicaStatus().lagSeconds, 0.0, 5000);
        QVERIFY(activeInList(backend, id, name) == std::optional<bool>(false));
        QVERIFY(test::exec(*m_admin, QStringLiteral("UPDATE users SET is_active = TRUE WHERE id = %1").arg(id)));
    }

    /// A console's own write is read back from the primary while the replica has not replayed
    /// it; another console, which did not write, still reads the replica's older row.
    void aConsoleReadsItsOwnWrites()
    {
        sql::SqlBackend writer(m_primary);
        sql::SqlBackend other(m_primary);
        writer.setReadReplica(m_replica, 60, 200);
        other.setReadReplica(m_replica, 60, 200);
        QVERIFY(waitForUsable(writer, true));
        QVERIFY(waitForUsable(other, true));
        const QVariantList user =
            test::rows(*m_admin,
                       QStringLiteral("SELECT id, email, version FROM users WHERE is_active ORDER BY id DESC LIMIT 1"))
                .value(0);
        const qint64 id = user.value(0).toLongLong();
        const QString name = user.value(1).toString();
        QTRY_VERIFY_WITH_TIMEOUT(other.replicaStatus().lagSeconds == 0.0 &&
                                     activeInList(other, id, name) == std::optional<bool>(true),
                                 5000);

        QString why;
        why = m_cluster.run(QStringLiteral("standby-pause"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        auto done = test::await<Done>([&](QObject* r, auto cb) {
            writer.call<ops::SetUserActive>(
                UserActivation{id, user.value(2).toInt(), false, QStringLiteral("replica test: own write")}, r, cb);
        });
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
        QVERIFY(writer.replicaStatus().usable); // within 60 s: still in use
        QVERIFY(activeInList(writer, id, name) == std::optional<bool>(false));
        QVERIFY(activeInList(other, id, name) == std::optional<bool>(true));

        why = m_cluster.run(QStringLiteral("standby-resume"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QTRY_VERIFY_WITH_TIMEOUT(activeInList(other, id, name) == std::optional<bool>(false), 10000);
        QVERIFY(activeInList(writer, id, name) == std::optional<bool>(false));
    }

    /// The console's status bar says how far behind the replica is, in English and Korean.
    void theStatusBarShowsTheReplica_data() { test::addLanguageRows(); }
    void theStatusBarShowsTheReplica()
    {
        QFETCH(QString, language);
        QCOMPARE(ui::installTranslations(language), language);
        QTemporaryDir home;
        QSettings settings(home.filePath(QStringLiteral("settings.ini")), QSettings::IniFormat);
        MemoryStore secrets;
        ui::MainWindow window(&settings);
        window.setSecretStore(&secrets);
        window.resize(1280, 800);
        window.show();
        QSignalSpy connected(&window, &ui::MainWindow::connected);
        window.connectToUrl(m_primary, QStringLiteral("%1:%2").arg(m_replica.host).arg(m_replica.port));
        QVERIFY(connected.wait(30000));
        auto* label = window.statusBar()->findChild<QLabel*>(QStringLiteral("replicaStatus"));
        QVERIFY(label);
        const QString upToDate =
            language == QLatin1String("ko") ? QStringLiteral("복제본: 최신") : QStringLiteral("Replica: up to date");
        QTRY_COMPARE_WITH_TIMEOUT(label->text(), upToDate, 15000);
        window.showArea(Area::Payments);
        QTest::qWait(500);
        QVERIFY(window.grab().save(test::screenshotPath(QStringLiteral("replica_status_%1.png").arg(language))));
        ui::installTranslations(QStringLiteral("en"));
    }

    /// paydesk-server --db-read: lists come from the replica, details and writes from the
    /// primary; a console that wrote sends the write's WAL position back (Paydesk-Read-After)
    /// and reads its own change; one further behind than --replica-max-lag is bypassed;
    /// readiness and /metrics report it.
    void theServerReadsListsFromTheReplica()
    {
        test::RestServer server;
        DatabaseUrl replicaAccount = m_replica;
        replicaAccount.user = QStringLiteral("paydesk_server");
        QString started =
            server.start(m_primary, {{QStringLiteral("replica.hq"), QStringLiteral("hq_admin"), QStringLiteral("HQ")}},
                         {QStringLiteral("--db-read"), replicaAccount.toString(), QStringLiteral("--replica-max-lag"),
                          QStringLiteral("6")});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        auto inUse = [&server]() {
            const test::Http ready = test::http(server.url(), "GET", QStringLiteral("health/ready"));
            return ready.json.value(QStringLiteral("checks"))
                .toObject()
                .value(QStringLiteral("replica"))
                .toObject()
                .value(QStringLiteral("in_use"));
        };
        QTRY_COMPARE_WITH_TIMEOUT(inUse(), QJsonValue(true), 20000);
        auto console = [&server]() {
            return std::make_unique<RestBackend>(RestBackend::Options{server.url(),
                                                                      QStringLiteral("replica.hq"),
                                                                      QString::fromLatin1(test::kRestPassword),
                                                                      {},
                                                                      {},
                                                                      30000,
                                                                      {}});
        };
        auto writer = console();
        auto reader = console();
        for (RestBackend* b : {writer.get(), reader.get()}) {
            auto opened = test::await<ConnectionInfo>([&](QObject* r, auto done) { b->open(r, done); });
            QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().message));
        }
        const QVector<QVariantList> two = test::rows(
            *m_admin,
            QStringLiteral("SELECT id, email, version FROM users WHERE is_active ORDER BY id LIMIT 2 OFFSET 5"));
        QCOMPARE(two.size(), 2);
        const qint64 x = two[0].value(0).toLongLong();
        const QString xName = two[0].value(1).toString();
        const qint64 y = two[1].value(0).toLongLong();
        const QString yName = two[1].value(1).toString();

        // The replica serves lists once it has replayed the new staff login.
        QTRY_VERIFY_WITH_TIMEOUT(
            [&]() {
                const qint64 before = replicaReads(server);
                return activeInList(*reader, x, xName).has_value() && replicaReads(server) > before;
            }(),
            20000);

        QString why = m_cluster.run(QStringLiteral("standby-pause"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QVERIFY(test::exec(*m_admin, QStringLiteral("UPDATE users SET is_active = FALSE WHERE id = %1").arg(x)));
        QCOMPARE(activeInList(*reader, x, xName), std::optional<bool>(true)); // the replica's row
        QVERIFY(!activeInDetail(*reader, x));                                 // the primary's

        auto done = test::await<Done>([&](QObject* r, auto cb) {
            static_cast<Backend&>(*writer).call<ops::SetUserActive>(
                UserActivation{y, two[1].value(2).toInt(), false, QStringLiteral("replica test: server")}, r, cb);
        });
        QVERIFY2(done.ok(), qPrintable(done.ok() ? QString() : done.error().message));
        QCOMPARE(activeInList(*writer, y, yName), std::optional<bool>(false)); // its own write
        QCOMPARE(activeInList(*reader, y, yName), std::optional<bool>(true));  // not yet replayed

        // Further behind than 6 s: every read goes to the primary.
        QTRY_COMPARE_WITH_TIMEOUT(inUse(), QJsonValue(false), 20000);
        QCOMPARE(activeInList(*reader, x, xName), std::optional<bool>(false));

        why = m_cluster.run(QStringLiteral("standby-resume"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QTRY_COMPARE_WITH_TIMEOUT(inUse(), QJsonValue(true), 20000);
        QTRY_COMPARE_WITH_TIMEOUT(activeInList(*reader, y, yName), std::optional<bool>(false), 10000);
        QVERIFY(replicaReads(server) > 0);
        const QString text = scrape(server);
        QVERIFY(text.contains(QLatin1String("paydesk_replica_in_use 1")));
        const QString linted = test::promtoolCheck(text.toUtf8());
        QVERIFY2(linted.isEmpty(), qPrintable(linted));
        QVERIFY(test::exec(*m_admin,
                           QStringLiteral("UPDATE users SET is_active = TRUE WHERE id IN (%1, %2)").arg(x).arg(y)));
    }

    /// An unreachable replica is reported and never used: every read goes to the primary.
    void anUnreachableReplicaIsNotUsed()
    {
        sql::SqlBackend backend(m_primary);
        DatabaseUrl gone = m_replica;
        gone.port = 1; // nothing listens there
        backend.setReadReplica(gone, 30, 200);
        QTRY_VERIFY_WITH_TIMEOUT(!backend.replicaStatus().error.isEmpty(), 10000);
        QVERIFY(!backend.replicaStatus().usable);
        const QString name =
            test::value(*m_admin, QStringLiteral("SELECT email FROM users ORDER BY id LIMIT 1")).toString();
        const qint64 id = test::value(*m_admin, QStringLiteral("SELECT MIN(id) FROM users")).toLongLong();
        QVERIFY(activeInList(backend, id, name).has_value());
    }
};

QTEST_MAIN(TestReplica)
#include "tst_replica.moc"
