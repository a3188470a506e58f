#include "DatabaseUrl.h"

#include <QtTest>

using pd::DatabaseUrl;
using pd::Dialect;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesPostgres()
    {
        QString why;
        const auto url = DatabaseUrl::parse(
            QStringLiteral("postgresql://hq%40admin:s3cret@db.example.org:6543/pay%20desk?sslmode=verify-ca"
                           "&sslrootcert=/etc/ssl/ca.pem&connect_timeout=5"),
            &why);
        QVERIFY2(url.has_value(), qPrintable(why));
        QCOMPARE(url->dialect, Dialect::PostgreSQL);
        QCOMPARE(url->host, QStringLiteral("db.example.org"));
        QCOMPARE(url->port, 6543);
        QCOMPARE(url->database, QStringLiteral("pay desk"));
        QCOMPARE(url->user, QStringLiteral("hq@admin"));
        QCOMPARE(url->password, QStringLiteral("s3cret"));
        QCOMPARE(url->sslMode, QStringLiteral("verify-ca"));
        QCOMPARE(url->sslRootCert, QStringLiteral("/etc/ssl/ca.pem"));
        QCOMPARE(url->connectTimeoutSeconds, 5);
        QVERIFY(url->verifiesServer());
    }

    void neverWritesThePassword()
    {
        const auto url = DatabaseUrl::parse(QStringLiteral("postgresql://me:hunter2@h/db"));
        QVERIFY(url);
        QVERIFY(!url->toString().contains(QStringLiteral("hunter2")));
        const auto again = DatabaseUrl::parse(url->toString());
        QVERIFY(again);
        QCOMPARE(again->host, url->host);
        QCOMPARE(again->database, url->database);
        QCOMPARE(again->user, url->user);
        QVERIFY(again->password.isEmpty());
    }

    void defaultsToVerifyFullForRemoteHosts()
    {
        QCOMPARE(DatabaseUrl::parse(QStringLiteral("postgresql://u@db.example.org/x"))->effectiveSslMode(),
                 QStringLiteral("verify-full"));
        QCOMPARE(DatabaseUrl::parse(QStringLiteral("postgresql://u@10.0.0.5/x"))->effectiveSslMode(),
                 QStringLiteral("verify-full"));
        QCOMPARE(DatabaseUrl::parse(QStringLiteral("postgresql://u@localhost/x"))->effectiveSslMode(),
                 QStringLiteral("prefer"));
        QCOMPARE(DatabaseUrl::parse(QStringLiteral("postgresql://u@127.0.0.1/x"))->effectiveSslMode(),
                 QStringLiteral("prefer"));
        QCOMPARE(
            DatabaseUrl::parse(QStringLiteral("postgresql://u@db.example.org/x?sslmode=require"))->effectiveSslMode(),
            QStringLiteral("require"));
    }

    void parsesSqlite()
    {
        QCOMPARE(DatabaseUrl::parse(QStringLiteral("sqlite:demo.db"))->path, QStringLiteral("demo.db"));
        QCOMPARE(DatabaseUrl::parse(QStringLiteral("sqlite:/var/lib/paydesk/x.db"))->path,
                 QStringLiteral("/var/lib/paydesk/x.db"));
        QCOMPARE(DatabaseUrl::parse(QStringLiteral("sqlite:///var/x.db"))->path, QStringLiteral("/var/x.db"));
        QCOMPARE(DatabaseUrl::parse(QStringLiteral("sqlite:a.db"))->toString(), QStringLiteral("sqlite:a.db"));
    }

    void refusesWithAReason_data()
    {
        QTest::addColumn<QString>("text");
        QTest::newRow("scheme") << "mysql://u@h/db";
        QTest::newRow("no host") << "postgresql:///db";
        QTest::newRow("no database") << "postgresql://u@h:5432";
        QTest::newRow("bad port") << "postgresql://u@h:99999/db";
        QTest::newRow("bad sslmode") << "postgresql://u@h/db?sslmode=maybe";
        QTest::newRow("unknown parameter") << "postgresql://u@h/db?options=-c%20x";
        QTest::newRow("bad timeout") << "postgresql://u@h/db?connect_timeout=forever";
        QTest::newRow("empty sqlite") << "sqlite:";
        QTest::newRow("empty") << "";
    }
    void refusesWithAReason()
    {
        QFETCH(QString, text);
        QString why;
        QVERIFY(!DatabaseUrl::parse(text, &why).has_value());
        QVERIFY(!why.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestDatabaseUrl)
#include "tst_databaseurl.moc"
