// paydesk-server as it runs in production: two instances behind a real HAProxy (Debian package,
// started here on 127.0.0.1) on one PostgreSQL cluster of this test's own (pg-fixture.sh), so
// that the cluster can be stopped and started again. What the instances share lives in
// PostgreSQL (migrations 010 and 012): an Idempotency-Key is applied once whichever instance
// gets it, sign-in throttling and the per-login request limit count across both, an instance
// killed in the middle of a change leaves nothing half done, and readiness follows the database
// down and back up without a restart (docs/SECURITY.md "The REST backend", docs/TESTING.md).
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "sql/Migrations.h"
#include "sql/SqlSession.h"

#include <QDateTime>
#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include <csignal>

using namespace pd;
using test::Http;
using test::http;

namespace {

const QVector<test::StaffLogin> kStaff = {
    {QStringLiteral("cluster.hq"), QStringLiteral("hq_admin"), QStringLiteral("HQ")},
    {QStringLiteral("cluster.guess"), QStringLiteral("auditor"), QStringLiteral("HQ")},
    {QStringLiteral("cluster.busy"), QStringLiteral("auditor"), QStringLiteral("HQ")},
    {QStringLiteral("cluster.calm"), QStringLiteral("auditor"), QStringLiteral("HQ")},
};
constexpr int kRequestsPerMinute = 30;

QByteArray jsonBody(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

quint16 freePort()
{
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    return probe.serverPort();
}

} // namespace

class TestCluster : public QObject
{
    Q_OBJECT

    test::OwnCluster m_cluster;
    QTemporaryDir m_files; ///< the token key and HAProxy's configuration
    DatabaseUrl m_admin;
    std::unique_ptr<sql::SqlSession> m_session;
    test::RestServer m_a;
    test::RestServer m_b;
    QProcess m_haproxy;
    QUrl m_balancer;
    test::RestServer* m_survivor = &m_b; ///< the instance not killed by anInstanceKilledMidRequest...

    /// The instance whose /metrics shows a busy worker (a request running), or null.
    test::RestServer* busyInstance()
    {
        // At least one busy worker (under a loaded machine another request may be in flight).
        static const QRegularExpression busy(QStringLiteral("\npaydesk_db_pool_busy [1-9][0-9]*\n"));
        for (test::RestServer* server : {&m_a, &m_b}) {
            if (busy.match(QString::fromUtf8(http(server->url(), "GET", QStringLiteral("/metrics")).body)).hasMatch()) {
                return server;
            }
        }
        return nullptr;
    }

    QString signIn(const QUrl& server, const QString& login)
    {
        const Http r = http(server, "POST", QStringLiteral("auth/login"), {},
                            jsonBody({{QStringLiteral("username"), login},
                                      {QStringLiteral("password"), QString::fromLatin1(test::kRestPassword)}}));
        return r.json.value(QStringLiteral("access_token")).toString();
    }

    /// Requests each instance has answered, from its access log.
    static int answered(test::RestServer& server, const QString& path)
    {
        return int(server.accessLog().count(QStringLiteral("\"path\":\"%1\"").arg(path)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("haproxy")).isEmpty() &&
            !QFileInfo::exists(QStringLiteral("/usr/sbin/haproxy"))) {
            if (test::postgresRequired()) {
                QFAIL("haproxy is not installed (Debian package haproxy; scripts/deps.sh)");
            }
            QSKIP("haproxy is not installed");
        }
        const QString why = m_cluster.run(QStringLiteral("start"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        m_admin = m_cluster.url();
        QVERIFY(!m_admin.host.isEmpty());
        auto session = sql::SqlSession::open(m_admin, QStringLiteral("cluster-admin"));
        QVERIFY(session.ok());
        m_session = std::move(session.value());
        QVERIFY(sql::Migrator::upgrade(*m_session).ok());
        demo::DemoOptions demo;
        demo.scale = 0.01;
        demo.asOf = QDate(2026, 11, 22);
        auto filled = demo::generateDemoData(*m_session, demo);
        QVERIFY2(filled.ok(), qPrintable(filled.ok() ? QString() : filled.error().message));

        // Instances behind one balancer share the token key, so a session works on either.
        const QString keyFile = m_files.filePath(QStringLiteral("token.key"));
        QFile key(keyFile);
        QVERIFY(key.open(QIODevice::WriteOnly));
        key.write(QByteArray(48, 'k') + QByteArray::number(QDateTime::currentMSecsSinceEpoch()));
        key.close();
        const QStringList limits{QStringLiteral("--requests-per-minute"), QString::number(kRequestsPerMinute),
                                 QStringLiteral("--token-key-file"), keyFile};
        QString started = m_a.start(m_admin, kStaff, limits);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        started = m_b.start(m_admin, {}, limits);
        QVERIFY2(started.isEmpty(), qPrintable(started));

        const quint16 port = freePort();
        const QString config = m_files.filePath(QStringLiteral("haproxy.cfg"));
        QFile cfg(config);
        QVERIFY(cfg.open(QIODevice::WriteOnly));
        // docs/TESTING.md: round robin, health checks on readiness, retries and redispatch on a
        // connection failure (never of a request that reached a server: that is the client's
        // retry, made safe by the Idempotency-Key).
        cfg.write(QStringLiteral("defaults\n"
                                 "    mode http\n"
                                 "    timeout connect 2s\n"
                                 "    timeout client 30s\n"
                                 "    timeout server 30s\n"
                                 "    option httpchk GET /api/v1/health/ready\n"
                                 "    retries 2\n"
                                 "    option redispatch\n"
                                 "frontend paydesk\n"
                                 "    bind 127.0.0.1:%1\n"
                                 "    default_backend servers\n"
                                 "backend servers\n"
                                 "    balance roundrobin\n"
                                 "    server a 127.0.0.1:%2 check inter 500ms fall 2 rise 1\n"
                                 "    server b 127.0.0.1:%3 check inter 500ms fall 2 rise 1\n")
                      .arg(port)
                      .arg(m_a.url().port())
                      .arg(m_b.url().port())
                      .toUtf8());
        cfg.close();
        m_haproxy.setProcessChannelMode(QProcess::MergedChannels);
        m_haproxy.start(QStringLiteral("haproxy"), {QStringLiteral("-db"), QStringLiteral("-f"), config});
        QVERIFY2(m_haproxy.waitForStarted(10000), qPrintable(m_haproxy.errorString()));
        m_balancer = QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port));
        QVERIFY2(QTest::qWaitFor([this]() { return http(m_balancer, "GET", QStringLiteral("health")).status == 200; },
                                 15000),
                 m_haproxy.readAll().constData());
    }

    void cleanupTestCase()
    {
        if (m_haproxy.state() != QProcess::NotRunning) {
            m_haproxy.terminate();
            m_haproxy.waitForFinished(5000);
        }
        m_session.reset();
    }

    void theBalancerSpreadsRequestsOverBothInstances()
    {
        const int beforeA = answered(m_a, QStringLiteral("/api/v1/health"));
        const int beforeB = answered(m_b, QStringLiteral("/api/v1/health"));
        for (int i = 0; i < 10; ++i) {
            QCOMPARE(http(m_balancer, "GET", QStringLiteral("health")).status, 200);
        }
        QTRY_COMPARE(answered(m_a, QStringLiteral("/api/v1/health")) - beforeA +
                         answered(m_b, QStringLiteral("/api/v1/health")) - beforeB,
                     10);
        QVERIFY(answered(m_a, QStringLiteral("/api/v1/health")) > beforeA);
        QVERIFY(answered(m_b, QStringLiteral("/api/v1/health")) > beforeB);
        // A session begun on one instance works on the other (shared token key, sessions in
        // PostgreSQL), so the balancer may send each request anywhere.
        const QString token = signIn(m_a.url(), QStringLiteral("cluster.calm"));
        QVERIFY(!token.isEmpty());
        QCOMPARE(http(m_b.url(), "GET", QStringLiteral("me"), token).status, 200);
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(http(m_balancer, "GET", QStringLiteral("me"), token).status, 200);
        }
    }

    /// One Idempotency-Key sent to each instance in turn, and then to both at once, creates
    /// exactly one invoice; every other answer is the first one replayed.
    void oneIdempotencyKeyIsAppliedOnceWhicheverInstanceGetsIt()
    {
        const qint64 userId = test::value(*m_session, QStringLiteral("SELECT MIN(id) FROM users")).toLongLong();
        QVERIFY(userId > 0);
        auto draft = [userId](const QString& description) {
            return jsonBody(
                {{QStringLiteral("user_id"), userId},
                 {QStringLiteral("amount_sats"), 125000},
                 {QStringLiteral("description"), description},
                 {QStringLiteral("expires_at"), QDateTime::currentDateTimeUtc().addDays(3).toString(Qt::ISODate)}});
        };
        const QString tokenA = signIn(m_a.url(), QStringLiteral("cluster.hq"));
        const QString tokenB = signIn(m_b.url(), QStringLiteral("cluster.hq"));
        QVERIFY(!tokenA.isEmpty() && !tokenB.isEmpty());
        const QByteArray body = draft(QStringLiteral("cluster: one key, two instances"));
        const QList<QPair<QByteArray, QByteArray>> key = {{"Idempotency-Key", "cluster-key-1"}};
        const Http first = http(m_a.url(), "POST", QStringLiteral("invoices"), tokenA, body, key);
        QCOMPARE(first.status, 201);
        const Http again = http(m_b.url(), "POST", QStringLiteral("invoices"), tokenB, body, key);
        QCOMPARE(again.status, 201);
        QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(again.body, first.body);
        QCOMPARE(test::value(*m_session, QStringLiteral("SELECT COUNT(*) FROM invoices WHERE description = "
                                                        "'cluster: one key, two instances'"))
                     .toInt(),
                 1);

        // Both at once: one creates, the other waits for it in PostgreSQL and replays its answer.
        const QByteArray parallel = draft(QStringLiteral("cluster: parallel"));
        const QList<QPair<QByteArray, QByteArray>> key2 = {{"Idempotency-Key", "cluster-key-2"}};
        QNetworkAccessManager na;
        QNetworkAccessManager nb;
        auto send = [&](QNetworkAccessManager& network, const QUrl& base, const QString& token) {
            QUrl url = base;
            url.setPath(QStringLiteral("/api/v1/invoices"));
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
            request.setRawHeader("Idempotency-Key", "cluster-key-2");
            return network.post(request, parallel);
        };
        QNetworkReply* ra = send(na, m_a.url(), tokenA);
        QNetworkReply* rb = send(nb, m_b.url(), tokenB);
        QTRY_VERIFY_WITH_TIMEOUT(ra->isFinished() && rb->isFinished(), 30000);
        QCOMPARE(ra->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        QCOMPARE(rb->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
        QCOMPARE(ra->readAll(), rb->readAll());
        QCOMPARE(int(ra->hasRawHeader("Idempotent-Replayed")) + int(rb->hasRawHeader("Idempotent-Replayed")), 1);
        delete ra;
        delete rb;
        QCOMPARE(test::value(*m_session,
                             QStringLiteral("SELECT COUNT(*) FROM invoices WHERE description = 'cluster: parallel'"))
                     .toInt(),
                 1);
        // And through the balancer, twice more: replays.
        for (int i = 0; i < 2; ++i) {
            const Http viaBalancer = http(m_balancer, "POST", QStringLiteral("invoices"), tokenA, parallel, key2);
            QCOMPARE(viaBalancer.headers.value("idempotent-replayed"), QByteArray("true"));
        }
        QCOMPARE(test::value(*m_session,
                             QStringLiteral("SELECT COUNT(*) FROM invoices WHERE description = 'cluster: parallel'"))
                     .toInt(),
                 1);
    }

    /// Wrong passwords sent to the two instances in turn are counted together: after five the
    /// login is locked out on both, the right password included.
    void signInThrottlingCountsAcrossInstances()
    {
        const QByteArray wrong = jsonBody({{QStringLiteral("username"), QStringLiteral("cluster.guess")},
                                           {QStringLiteral("password"), QStringLiteral("wrong!")}});
        for (int i = 0; i < 5; ++i) {
            const Http r = http(i % 2 ? m_b.url() : m_a.url(), "POST", QStringLiteral("auth/login"), {}, wrong);
            QCOMPARE(r.status, 401);
        }
        for (const QUrl& server : {m_a.url(), m_b.url()}) {
            const Http r = http(server, "POST", QStringLiteral("auth/login"), {}, wrong);
            QCOMPARE(r.status, 429);
            QVERIFY(r.headers.value("retry-after").toInt() > 0);
        }
        QVERIFY(signIn(m_b.url(), QStringLiteral("cluster.guess")).isEmpty());
    }

    /// The per-login request limit is one count in PostgreSQL: of 40 requests sent to the two
    /// instances in turn within one minute, exactly kRequestsPerMinute run; the rest are 429
    /// with Retry-After, and another login is not affected.
    void theRequestLimitCountsAcrossInstances()
    {
        // The count is per calendar minute: start early in one, so that 40 requests fit in it.
        const int second = QTime::currentTime().second();
        if (second > 45) {
            QTest::qWait((61 - second) * 1000);
        }
        const QString tokenA = signIn(m_a.url(), QStringLiteral("cluster.busy"));
        const QString tokenB = signIn(m_b.url(), QStringLiteral("cluster.busy"));
        int ran = 0;
        int limited = 0;
        for (int i = 0; i < 40; ++i) {
            const Http r = i % 2 ? http(m_b.url(), "GET", QStringLiteral("me"), tokenB)
                                 : http(m_a.url(), "GET", QStringLiteral("me"), tokenA);
            if (r.status == 200) {
                ++ran;
            } else {
                QCOMPARE(r.status, 429);
                const int wait = r.headers.value("retry-after").toInt();
                QVERIFY2(wait >= 1 && wait <= 60, r.headers.value("retry-after").constData());
                QVERIFY(r.json.value(QStringLiteral("title")).toString().contains(QLatin1String("Too many requests")));
                ++limited;
            }
        }
        QCOMPARE(ran, kRequestsPerMinute);
        QCOMPARE(limited, 40 - kRequestsPerMinute);
        const QString calm = signIn(m_b.url(), QStringLiteral("cluster.calm"));
        QCOMPARE(http(m_b.url(), "GET", QStringLiteral("me"), calm).status, 200);
    }

    /// An instance killed while its change waits inside PostgreSQL leaves nothing behind: the
    /// balancer answers 502 (it never re-sends a request that reached a server), the client sends
    /// it again with the same key, the other instance applies it once, and a third send replays.
    void anInstanceKilledMidRequestLosesNothing()
    {
        const QVariantList invoice =
            test::rows(*m_session, QStringLiteral("SELECT id, version FROM invoices WHERE status = 'pending' "
                                                  "ORDER BY id LIMIT 1"))
                .value(0);
        const qint64 id = invoice.value(0).toLongLong();
        const int version = invoice.value(1).toInt();
        QVERIFY(id > 0);
        const QString tokenA = signIn(m_a.url(), QStringLiteral("cluster.hq"));
        const QString tokenB = signIn(m_b.url(), QStringLiteral("cluster.hq"));
        const int auditBefore =
            test::value(*m_session, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'invoices' AND "
                                                   "entity_id = %1")
                                        .arg(id))
                .toInt();

        // Hold the invoice's row so that the change stops inside its transaction.
        auto holder = sql::SqlSession::open(m_admin, QStringLiteral("cluster-holder"));
        QVERIFY(holder.ok());
        QVERIFY(holder.value()->begin().ok());
        QVERIFY(
            test::exec(*holder.value(), QStringLiteral("SELECT id FROM invoices WHERE id = %1 FOR UPDATE").arg(id)));

        const QByteArray body = jsonBody({{QStringLiteral("action"), QStringLiteral("cancel")},
                                          {QStringLiteral("reason"), QStringLiteral("killed mid-request")}});
        const QList<QPair<QByteArray, QByteArray>> headers = {{"If-Match", '"' + QByteArray::number(version) + '"'},
                                                              {"Idempotency-Key", "cluster-kill-1"}};
        QNetworkAccessManager network;
        QUrl url = m_balancer;
        url.setPath(QStringLiteral("/api/v1/invoices/%1/status").arg(id));
        QNetworkRequest request(url);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        request.setRawHeader("Authorization", "Bearer " + tokenA.toLatin1());
        for (const auto& h : headers) {
            request.setRawHeader(h.first, h.second);
        }
        QNetworkReply* pending = network.post(request, body);
        // The change is inside PostgreSQL, waiting for the row, its key claimed but not committed.
        QTRY_VERIFY_WITH_TIMEOUT(test::value(*m_session, QStringLiteral("SELECT COUNT(*) FROM pg_stat_activity WHERE "
                                                                        "wait_event_type = 'Lock' AND usename = "
                                                                        "'paydesk_server'"))
                                         .toInt() == 1,
                                 10000);
        // The balancer gave it to one of the two: the one with a busy worker.
        test::RestServer* holding = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((holding = busyInstance()) != nullptr, 10000);
        m_survivor = holding == &m_a ? &m_b : &m_a;
        ::kill(pid_t(holding->process()->processId()), SIGKILL);
        QVERIFY(holding->process()->waitForFinished(5000));
        QTRY_VERIFY_WITH_TIMEOUT(pending->isFinished(), 10000);
        // HAProxy does not send a request that reached a server to another one: 502.
        QCOMPARE(pending->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 502);
        delete pending;
        holder.value()->rollback();
        holder.value().reset();

        // The client's retry, through the balancer (the dead instance is skipped or redispatched).
        const Http retried =
            http(m_balancer, "POST", QStringLiteral("invoices/%1/status").arg(id), tokenB, body, headers);
        QCOMPARE(retried.status, 204);
        QVERIFY(!retried.headers.contains("idempotent-replayed"));
        const Http replayed =
            http(m_balancer, "POST", QStringLiteral("invoices/%1/status").arg(id), tokenB, body, headers);
        QCOMPARE(replayed.status, 204);
        QCOMPARE(replayed.headers.value("idempotent-replayed"), QByteArray("true"));
        const QVariantList after =
            test::rows(*m_session, QStringLiteral("SELECT status, version FROM invoices WHERE id = %1").arg(id))
                .value(0);
        QCOMPARE(after.value(0).toString(), QStringLiteral("cancelled"));
        QCOMPARE(after.value(1).toInt(), version + 1);
        QCOMPARE(test::value(*m_session, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'invoices' AND "
                                                        "entity_id = %1")
                                             .arg(id))
                     .toInt(),
                 auditBefore + 1);
        // With one instance gone the balancer still answers every request.
        for (int i = 0; i < 6; ++i) {
            QCOMPARE(http(m_balancer, "GET", QStringLiteral("health")).status, 200);
        }
    }

    /// Readiness says 503 naming the database while PostgreSQL is down, and ready again once it
    /// is back, with the same server process; so does a signed-in request.
    void readinessFollowsTheDatabaseDownAndBack()
    {
        test::RestServer& survivor = *m_survivor; // the instance the previous test left running
        const QString token = signIn(survivor.url(), QStringLiteral("cluster.calm"));
        QCOMPARE(http(survivor.url(), "GET", QStringLiteral("health/ready")).status, 200);
        m_session.reset();
        QSqlDatabase::removeDatabase(QStringLiteral("cluster-admin"));
        QString why;
        why = m_cluster.run(QStringLiteral("pause"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        Http down;
        QTRY_VERIFY_WITH_TIMEOUT((down = http(survivor.url(), "GET", QStringLiteral("health/ready"))).status == 503,
                                 10000);
        QVERIFY2(down.json.value(QStringLiteral("failing")).toArray().contains(QStringLiteral("database")),
                 down.body.constData());
        QCOMPARE(down.json.value(QStringLiteral("status")).toString(), QStringLiteral("not_ready"));
        QCOMPARE(http(survivor.url(), "GET", QStringLiteral("me"), token).status, 503);
        QCOMPARE(http(m_balancer, "GET", QStringLiteral("health/ready")).status, 503);

        why = m_cluster.run(QStringLiteral("resume"));
        QVERIFY2(why.isEmpty(), qPrintable(why));
        QTRY_VERIFY_WITH_TIMEOUT(http(survivor.url(), "GET", QStringLiteral("health/ready")).status == 200, 15000);
        QCOMPARE(survivor.process()->state(), QProcess::Running);
        QCOMPARE(http(survivor.url(), "GET", QStringLiteral("me"), token).status, 200);
        QTRY_VERIFY_WITH_TIMEOUT(http(m_balancer, "GET", QStringLiteral("me"), token).status == 200, 10000);
    }
};

QTEST_GUILESS_MAIN(TestCluster)
#include "tst_cluster.moc"
