// TLS to PostgreSQL with a throwaway CA: a cluster started by pg-fixture.sh --tls
// serves a certificate for "localhost" signed by a test CA. verify-full with that CA connects
// and the connection reports itself encrypted and verified; another CA, or a host name the
// certificate does not name, is refused with a message saying which; without verification the
// link is encrypted but reported unverified.

#include "DatabaseUrl.h"
#include "TestSupport.h"
#include "sql/Migrations.h"
#include "sql/SqlBackend.h"
#include "sql/SqlSession.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;

class TestTls : public QObject
{
    Q_OBJECT

    QTemporaryDir m_state;
    QString m_script;
    int m_port = 0;

    DatabaseUrl url(const QString& host, const QString& mode, const QString& rootCert) const
    {
        DatabaseUrl u;
        u.dialect = Dialect::PostgreSQL;
        u.host = host;
        u.port = m_port;
        u.database = QStringLiteral("postgres");
        u.user = QStringLiteral("postgres");
        u.sslMode = mode;
        u.sslRootCert = rootCert;
        return u;
    }

    QString caFile(const char* name) const { return m_state.filePath(QLatin1String(name)); }

    Result<ConnectionInfo> connect(const DatabaseUrl& u)
    {
        sql::SqlBackend backend(u);
        return test::await<ConnectionInfo>([&](QObject* r, auto done) { backend.open(r, done); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_script = QDir(test::dataDir()).filePath(QStringLiteral("../support/pg-fixture.sh"));
        QProcess start;
        start.start(QStringLiteral("bash"),
                    {m_script, QStringLiteral("start"), m_state.path(), QStringLiteral("--tls")});
        QVERIFY(start.waitForFinished(120000));
        QVERIFY2(start.exitCode() == 0, start.readAllStandardError().constData());
        QFile urlFile(m_state.filePath(QStringLiteral("url")));
        QVERIFY(urlFile.open(QIODevice::ReadOnly));
        const auto parsed = DatabaseUrl::parse(QString::fromUtf8(urlFile.readAll()).trimmed());
        QVERIFY(parsed);
        m_port = parsed->port;
        // A Paydesk schema to connect to (over the plain link the fixture reports).
        auto session = sql::SqlSession::open(*parsed, QStringLiteral("tls-setup"));
        QVERIFY(session.ok());
        QVERIFY(sql::Migrator::upgrade(*session.value()).ok());
    }

    void cleanupTestCase()
    {
        sql::SqlBackend::waitForDetachedWorkers(10000);
        QProcess::execute(QStringLiteral("bash"), {m_script, QStringLiteral("stop"), m_state.path()});
    }

    void verifyFullWithTheRightCaConnects()
    {
        auto info = connect(url(QStringLiteral("localhost"), QStringLiteral("verify-full"), caFile("ca.crt")));
        QVERIFY2(info.ok(), qPrintable(info.error().message + QLatin1Char(' ') + info.error().detail));
        QVERIFY(info.value().encrypted);
        QVERIFY(info.value().verified);
    }

    void anotherCaIsRefused()
    {
        auto info = connect(url(QStringLiteral("localhost"), QStringLiteral("verify-full"), caFile("other-ca.crt")));
        QVERIFY(!info.ok());
        QCOMPARE(info.error().kind, Error::Kind::Tls);
        QVERIFY2(info.error().message.contains(QStringLiteral("certificate")), qPrintable(info.error().message));
    }

    void wrongHostNameIsRefused()
    {
        auto info = connect(url(QStringLiteral("127.0.0.1"), QStringLiteral("verify-full"), caFile("ca.crt")));
        QVERIFY(!info.ok());
        QCOMPARE(info.error().kind, Error::Kind::Tls);
        QVERIFY2(info.error().message.contains(QStringLiteral("host name")), qPrintable(info.error().message));
    }

    void remoteHostsDefaultToVerifyFull()
    {
        // Not on this computer: no sslmode given means verify-full, and without the CA the
        // connection is refused rather than made unchecked.
        auto remote = DatabaseUrl::parse(QStringLiteral("postgresql://postgres@db.example.net:5432/paydesk"));
        QVERIFY(remote);
        QCOMPARE(remote->effectiveSslMode(), QStringLiteral("verify-full"));
        QVERIFY(remote->verifiesServer());
    }

    void unverifiedModesSayTheyAreUnverified()
    {
        auto required = connect(url(QStringLiteral("localhost"), QStringLiteral("require"), QString()));
        QVERIFY2(required.ok(), qPrintable(required.error().message));
        QVERIFY(required.value().encrypted);
        QVERIFY(!required.value().verified);
        auto plain = connect(url(QStringLiteral("localhost"), QStringLiteral("disable"), QString()));
        QVERIFY(plain.ok());
        QVERIFY(!plain.value().encrypted);
        QVERIFY(!plain.value().verified);
    }
};

QTEST_GUILESS_MAIN(TestTls)
#include "tst_tls.moc"
