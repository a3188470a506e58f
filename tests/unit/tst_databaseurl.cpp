#include "ConnectionProfile.h"
#include "DatabaseUrl.h"

#include <QtTest>

using pd::ConnectionProfile;
using pd::DatabaseUrl;
using pd::Dialect;

class TestDatabaseUrl : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    /// A profile's read replica: host:port takes the primary's database, user, password and TLS;
    /// a whole URL is taken as it is (with the primary's password for the same user); anything
    /// else is refused in words.
    void readReplicaUrls()
    {
        auto primary = DatabaseUrl::parse(
            QStringLiteral("postgresql://hq@db.example.org:5433/paydesk?sslmode=verify-full&sslrootcert=/etc/ca.pem"));
        QVERIFY(primary);
        primary->password = QStringLiteral("secret");
        auto replica = ConnectionProfile::replicaUrl(*primary, QStringLiteral(" replica.example.org:6432 "));
        QVERIFY(replica);
        QCOMPARE(replica->host, QStringLiteral("replica.example.org"));
        QCOMPARE(replica->port, 6432);
        QCOMPARE(replica->database, QStringLiteral("paydesk"));
        QCOMPARE(replica->user, QStringLiteral("hq"));
        QCOMPARE(replica->password, QStringLiteral("secret"));
        QCOMPARE(replica->sslMode, QStringLiteral("verify-full"));
        QCOMPARE(replica->sslRootCert, QStringLiteral("/etc/ca.pem"));
        QCOMPARE(ConnectionProfile::replicaUrl(*primary, QStringLiteral("replica.example.org"))->port, 5432);
        auto own = ConnectionProfile::replicaUrl(*primary, QStringLiteral("postgresql://hq@r2:5432/paydesk_ro"));
        QVERIFY(own);
        QCOMPARE(own->database, QStringLiteral("paydesk_ro"));
        QCOMPARE(own->password, QStringLiteral("secret"));
        QVERIFY(ConnectionProfile::replicaUrl(*primary, QStringLiteral("postgresql://reader@r2/paydesk"))
                    ->password.isEmpty());
        QString why;
        QVERIFY(!ConnectionProfile::replicaUrl(*primary, QStringLiteral("replica:99999"), &why));
        QVERIFY(why.contains(QLatin1String("port")));
        QVERIFY(!ConnectionProfile::replicaUrl(*primary, QStringLiteral("a b:5432"), &why));
        QVERIFY(why.contains(QLatin1String("host")));
        QVERIFY(!ConnectionProfile::replicaUrl(*primary, QString(), &why));
        const auto sqlite = DatabaseUrl::parse(QStringLiteral("sqlite:/tmp/x.db"));
        QVERIFY(!ConnectionProfile::replicaUrl(*sqlite, QStringLiteral("replica:5432")));
    }

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
