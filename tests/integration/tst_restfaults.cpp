// The console's REST connection when the server misbehaves: a fake server on
// 127.0.0.1 (fault injection a real server cannot produce) answers 500, refuses the token,
// sends malformed or truncated JSON, closes mid-body, never answers, redirects elsewhere, or
// presents an untrusted or wrong-host certificate. Each time RestBackend fails with a clear
// error of the right kind, and no call outlives its timeout.

#include "RestBackend.h"
#include "TestSupport.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;

namespace {

/// What the fake server does with every request except sign-in.
enum class Fault { None, ServerError, Unauthorized, Malformed, TruncatedJson, CloseMidBody, Silent, Redirect };

const QByteArray kTokens = R"({"access_token":"a.b.c","token_type":"Bearer","expires_in":900,)"
                           R"("refresh_token":"r1","user":"fake","role":"hq_admin"})";
const QByteArray kMe = R"({"backend_name":"Paydesk server","user":"fake","role":"hq_admin","schema_version":6,)"
                       R"("server_version":"fake"})";

QByteArray response(int status, const QByteArray& body, const QByteArray& extra = {},
                    const QByteArray& type = "application/json")
{
    return "HTTP/1.1 " + QByteArray::number(status) + " X\r\nContent-Type: " + type +
           "\r\nContent-Length: " + QByteArray::number(body.size()) + "\r\n" + extra + "\r\n" + body;
}

/// A minimal HTTP/1.1 server that answers by the current Fault. Counts requests per path.
class FakeServer : public QObject
{
public:
    explicit FakeServer(QTcpServer* server)
        : m_server(server)
    {
        connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this]() {
            while (QTcpSocket* socket = m_server->nextPendingConnection()) {
                socket->setParent(this);
                connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { onData(socket); });
            }
        });
    }
    Fault fault = Fault::None;
    QByteArray redirectTo;
    QHash<QByteArray, int> hits;

private:
    void onData(QTcpSocket* socket)
    {
        QByteArray& buffer = m_buffers[socket];
        buffer += socket->readAll();
        const qsizetype end = buffer.indexOf("\r\n\r\n");
        if (end < 0) {
            return;
        }
        const QByteArray head = buffer.left(end);
        qsizetype length = 0;
        for (const QByteArray& line : head.split('\n')) {
            if (line.toLower().startsWith("content-length:")) {
                length = line.mid(15).trimmed().toLongLong();
            }
        }
        if (buffer.size() < end + 4 + length) {
            return;
        }
        const QByteArray path = head.split(' ').value(1);
        buffer.remove(0, end + 4 + length);
        ++hits[path];
        if (path.endsWith("/auth/login") || path.endsWith("/auth/refresh")) {
            if (fault == Fault::Unauthorized && path.endsWith("/auth/refresh")) {
                socket->write(response(401,
                                       R"({"title":"The session has ended; sign in again.","kind":"authentication"})",
                                       {}, "application/problem+json"));
                return;
            }
            socket->write(response(200, kTokens));
            return;
        }
        switch (fault) {
        case Fault::None:
            socket->write(response(200, kMe));
            break;
        case Fault::ServerError:
            socket->write(response(500, R"({"title":"The database is not reachable.","kind":"database","status":500})",
                                   {}, "application/problem+json"));
            break;
        case Fault::Unauthorized:
            socket->write(response(401,
                                   R"({"title":"The session has expired; sign in again.","kind":"authentication"})", {},
                                   "application/problem+json"));
            break;
        case Fault::Malformed:
            socket->write(response(200, "<html>Gateway</html>"));
            break;
        case Fault::TruncatedJson:
            socket->write(response(200, R"({"backend_name":"Paydesk server","user":"fa)"));
            break;
        case Fault::CloseMidBody:
            socket->write(
                "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 5000\r\n\r\n{\"backend");
            socket->flush();
            socket->disconnectFromHost();
            break;
        case Fault::Silent:
            break; // never answers
        case Fault::Redirect:
            socket->write(response(302, {}, "Location: " + redirectTo + "\r\n"));
            break;
        }
    }

    QTcpServer* m_server;
    QHash<QTcpSocket*, QByteArray> m_buffers;
};

} // namespace

class TestRestFaults : public QObject
{
    Q_OBJECT

    QTcpServer m_tcp;
    std::unique_ptr<FakeServer> m_fake;
    QTemporaryDir m_certs;

    QUrl base() const { return QUrl(QStringLiteral("http://127.0.0.1:%1").arg(m_tcp.serverPort())); }

    static Result<ConnectionInfo> openBackend(RestBackend& backend, qint64* elapsedMs = nullptr)
    {
        QElapsedTimer clock;
        clock.start();
        auto result = test::await<ConnectionInfo>(
            [&](QObject* r, Backend::Callback<ConnectionInfo> cb) { backend.open(r, cb); }, 20000);
        if (elapsedMs) {
            *elapsedMs = clock.elapsed();
        }
        return result;
    }

    static RestBackend::Options options(const QUrl& url, int timeoutMs = 3000, const QString& ca = {})
    {
        return {url, QStringLiteral("fake"), QStringLiteral("password"), {}, ca, timeoutMs, {}};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_tcp.listen(QHostAddress::LocalHost));
        m_fake = std::make_unique<FakeServer>(&m_tcp);
    }

    void aHealthyServerConnects()
    {
        m_fake->fault = Fault::None;
        RestBackend backend(options(base()));
        auto info = openBackend(backend);
        QVERIFY2(info.ok(), qPrintable(info.error().message));
        QCOMPARE(info.value().role, QStringLiteral("hq_admin"));
        QCOMPARE(info.value().encrypted, false);
    }

    void faults_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        QTest::newRow("500") << int(Fault::ServerError) << int(Error::Kind::Database)
                             << QStringLiteral("not reachable");
        QTest::newRow("401 and refresh refused")
            << int(Fault::Unauthorized) << int(Error::Kind::Authentication) << QStringLiteral("sign in again");
        QTest::newRow("not JSON") << int(Fault::Malformed) << int(Error::Kind::Network)
                                  << QStringLiteral("could not be read");
        QTest::newRow("truncated JSON") << int(Fault::TruncatedJson) << int(Error::Kind::Network)
                                        << QStringLiteral("could not be read");
        QTest::newRow("closes mid-body") << int(Fault::CloseMidBody) << int(Error::Kind::Connection)
                                         << QStringLiteral("closed the connection");
        QTest::newRow("never answers") << int(Fault::Silent) << int(Error::Kind::Timeout)
                                       << QStringLiteral("did not answer");
    }
    void faults()
    {
        QFETCH(int, fault);
        QFETCH(int, kind);
        QFETCH(QString, says);
        m_fake->fault = Fault(fault);
        RestBackend backend(options(base(), 1500));
        QSignalSpy signIn(&backend, &RestBackend::signInRequired);
        qint64 elapsed = 0;
        auto info = openBackend(backend, &elapsed);
        QVERIFY(!info.ok());
        QVERIFY2(info.error().kind == Error::Kind(kind),
                 qPrintable(Error::kindName(info.error().kind) + QStringLiteral(": ") + info.error().message));
        QVERIFY2(info.error().message.contains(says, Qt::CaseInsensitive), qPrintable(info.error().message));
        QVERIFY2(elapsed < 10000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
        QCOMPARE(signIn.count(), Fault(fault) == Fault::Unauthorized ? 1 : 0);
    }

    void aRedirectToAnotherOriginIsNotFollowed()
    {
        QTcpServer other;
        QVERIFY(other.listen(QHostAddress::LocalHost));
        FakeServer elsewhere(&other);
        m_fake->fault = Fault::Redirect;
        m_fake->redirectTo = "http://localhost:" + QByteArray::number(other.serverPort()) + "/api/v1/me";
        RestBackend backend(options(base()));
        auto info = openBackend(backend);
        QVERIFY(!info.ok());
        QCOMPARE(elsewhere.hits.value("/api/v1/me"), 0);
    }

    void aServerThatNeverAnswersIsCancellable()
    {
        m_fake->fault = Fault::Silent;
        RestBackend backend(options(base(), 30000));
        QObject receiver;
        std::optional<Result<ConnectionInfo>> got;
        const auto id = backend.open(&receiver, [&](const Result<ConnectionInfo>& r) { got = r; });
        QTest::qWait(300);
        backend.cancel(id);
        QVERIFY(QTest::qWaitFor([&]() { return got.has_value(); }, 5000));
        QCOMPARE(got->error().kind, Error::Kind::Cancelled);
    }

    void tlsCertificates()
    {
        const QString dir = m_certs.path();
        const QString made = test::makeTlsCertificates(dir);
        QVERIFY2(made.isEmpty(), qPrintable(made));

        QFile certFile(dir + QStringLiteral("/server.crt"));
        QFile keyFile(dir + QStringLiteral("/server.key"));
        QVERIFY(certFile.open(QIODevice::ReadOnly) && keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificate(QSslCertificate(certFile.readAll()));
        config.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Ec));
        QSslServer tls;
        tls.setSslConfiguration(config);
        QVERIFY(tls.listen(QHostAddress::LocalHost));
        FakeServer fake(&tls);
        const quint16 port = tls.serverPort();

        // Not trusted: the system roots do not know the test CA.
        {
            RestBackend backend(options(QUrl(QStringLiteral("https://localhost:%1").arg(port))));
            auto info = openBackend(backend);
            QVERIFY(!info.ok());
            QCOMPARE(info.error().kind, Error::Kind::Tls);
            QVERIFY2(info.error().detail.contains(QLatin1String("SHA-256")), qPrintable(info.error().detail));
            QVERIFY2(info.error().detail.contains(QLatin1String("Paydesk test CA")), qPrintable(info.error().detail));
        }
        // Trusted CA, but the certificate does not name 127.0.0.1.
        {
            RestBackend backend(
                options(QUrl(QStringLiteral("https://127.0.0.1:%1").arg(port)), 3000, dir + QStringLiteral("/ca.crt")));
            auto info = openBackend(backend);
            QVERIFY(!info.ok());
            QCOMPARE(info.error().kind, Error::Kind::Tls);
            QVERIFY2(info.error().detail.contains(QLatin1String("host name"), Qt::CaseInsensitive),
                     qPrintable(info.error().detail));
        }
        // Trusted CA and the right name: connected, encrypted and verified.
        {
            RestBackend backend(
                options(QUrl(QStringLiteral("https://localhost:%1").arg(port)), 3000, dir + QStringLiteral("/ca.crt")));
            auto info = openBackend(backend);
            QVERIFY2(info.ok(), qPrintable(info.error().message + QLatin1Char(' ') + info.error().detail));
            QVERIFY(info.value().encrypted);
            QVERIFY(info.value().verified);
        }
        // A CA file that holds no certificate is refused before any connection.
        {
            RestBackend backend(options(QUrl(QStringLiteral("https://localhost:%1").arg(port)), 3000,
                                        dir + QStringLiteral("/ext.cnf")));
            auto info = openBackend(backend);
            QVERIFY(!info.ok());
            QCOMPARE(info.error().kind, Error::Kind::Tls);
        }
    }

    void plainHttpIsOnlyForThisComputer()
    {
        RestBackend backend(options(QUrl(QStringLiteral("http://paydesk.example.org:8443"))));
        auto info = openBackend(backend);
        QVERIFY(!info.ok());
        QCOMPARE(info.error().kind, Error::Kind::Tls);
        QVERIFY(info.error().message.contains(QLatin1String("https://")));
    }
};

QTEST_MAIN(TestRestFaults)
#include "tst_restfaults.moc"
