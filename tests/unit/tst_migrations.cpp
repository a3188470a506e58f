#include "TestSupport.h"
#include "sql/Migrations.h"
#include "sql/SqlSession.h"

#include <QSqlQuery>
#include <QThread>
#include <QtTest>

using namespace pd;
using namespace pd::sql;

namespace {
std::unique_ptr<SqlSession> openSession(const DatabaseUrl& url, const char* name)
{
    auto opened = SqlSession::open(url, QString::fromLatin1(name));
    if (!opened.ok()) {
        qWarning("%s", qPrintable(opened.error().message + QLatin1Char(' ') + opened.error().detail));
        return nullptr;
    }
    return std::move(opened.value());
}

QStringList tables(SqlSession& s)
{
    QSqlQuery q;
    s.exec(q, SqlBuilder(s.dialect() == Dialect::PostgreSQL
                             ? "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema() "
                               "ORDER BY 1"
                             : "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                               "ORDER BY 1"));
    QStringList out;
    while (q.next()) {
        out << q.value(0).toString();
    }
    return out;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splitsStatements()
    {
        const QString script = QStringLiteral(
            "-- a comment; with a semicolon\n"
            "CREATE TABLE a (x TEXT DEFAULT 'semi;colon', \"we;ird\" INT);\n"
            "CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN NEW.x = 'y;'; RETURN NEW; END; $$ LANGUAGE plpgsql;\n"
            "CREATE TRIGGER t BEFORE UPDATE ON a FOR EACH ROW EXECUTE FUNCTION f();\n"
            "CREATE TRIGGER s BEFORE DELETE ON a BEGIN SELECT RAISE(ABORT, 'no;'); DELETE FROM b; END;\n"
            "/* block; comment */ INSERT INTO a VALUES ('it''s;', 1);\n"
            "   ;  -- empty\n");
        const QStringList statements = splitSqlStatements(script);
        QCOMPARE(statements.size(), 5);
        QVERIFY(statements[0].contains(QStringLiteral("'semi;colon'")));
        QVERIFY(statements[1].contains(QStringLiteral("RETURN NEW; END; $$ LANGUAGE plpgsql")));
        QVERIFY(statements[2].startsWith(QStringLiteral("CREATE TRIGGER t")));
        QVERIFY(statements[3].endsWith(QStringLiteral("DELETE FROM b; END")));
        QVERIFY(statements[4].contains(QStringLiteral("'it''s;'")));
    }

    void shipsMigrationsForBothDialects()
    {
        const auto pg = Migrator::available(Dialect::PostgreSQL);
        const auto lite = Migrator::available(Dialect::SQLite);
        QVERIFY(!pg.isEmpty());
        QCOMPARE(pg.size(), lite.size());
        for (int i = 0; i < pg.size(); ++i) {
            QCOMPARE(pg[i].version, i + 1); // numbered 001, 002, ... without gaps
            QCOMPARE(lite[i].version, pg[i].version);
            QCOMPARE(lite[i].name, pg[i].name);
        }
    }

    void migratesFromEmpty_data() { test::addDialectRows(); }
    void migratesFromEmpty()
    {
        QFETCH(int, dialect);
        PD_SCRATCH_DB(db, Dialect(dialect));
        auto s = openSession(db->url(), "mig-empty");
        QVERIFY(s);
        auto before = Migrator::inspect(*s);
        QVERIFY(before.ok());
        QCOMPARE(before.value().kind, SchemaState::Kind::Empty);
        QCOMPARE(Migrator::checkUsable(*s).error().kind, Error::Kind::EmptyDatabase);

        auto applied = Migrator::upgrade(*s);
        QVERIFY2(applied.ok(), qPrintable(applied.error().message + QLatin1Char(' ') + applied.error().detail));
        const int latest = Migrator::available(Dialect(dialect)).back().version;
        QCOMPARE(applied.value(), latest);

        auto after = Migrator::checkUsable(*s);
        QVERIFY(after.ok());
        QCOMPARE(after.value().version, latest);

        const QStringList have = tables(*s);
        for (const char* table : {"organizations", "users", "kyc_documents", "wallets", "transactions", "invoices",
                                  "user_credits", "parents", "children", "cms_info", "payments", "settlements", "staff",
                                  "audit_log", "schema_migrations"}) {
            QVERIFY2(have.contains(QLatin1String(table)), table);
        }
        // Running it again changes nothing.
        auto again = Migrator::upgrade(*s);
        QVERIFY(again.ok());
        QCOMPARE(again.value(), 0);
    }

    /// Both dialects refuse a month outside 01..12 (SQLite's first CHECK let 13-19 in).
    void refusesMonthsOutsideTheYear_data() { test::addDialectRows(); }
    void refusesMonthsOutsideTheYear()
    {
        QFETCH(int, dialect);
        PD_SCRATCH_DB(db, Dialect(dialect));
        auto s = openSession(db->url(), "mig-months");
        QVERIFY(s);
        QVERIFY(Migrator::upgrade(*s).ok());
        QSqlQuery q(s->database());
        QVERIFY(s->exec(q, SqlBuilder("INSERT INTO organizations (id, org_type, code, name, path) "
                                      "VALUES (1, 'center', 'C1', 'Center', '/1/')")));
        auto settle = [&](const char* month) {
            return s->exec(q, SqlBuilder("INSERT INTO settlements (organization_id, settlement_month) VALUES (1, ")
                                  .bind(QString::fromLatin1(month))
                                  .sql(")"));
        };
        QVERIFY(settle("2026-12"));
        QVERIFY(settle("2026-01"));
        for (const char* bad : {"2026-13", "2026-19", "2026-00", "2026-1x"}) {
            QVERIFY2(!settle(bad), bad);
        }
        QVERIFY(!s->exec(q, SqlBuilder("UPDATE settlements SET settlement_month = ").bind(QStringLiteral("2026-15"))));

        // users.kyc_level is 0 until a document is approved (docs/DOMAIN.md). On SQLite the
        // connection that ran the migration keeps the old default until it is reopened; every
        // other connection, and every one opened later, has the new one.
        QVERIFY(s->exec(q, SqlBuilder("INSERT INTO users (email, first_name, last_name, country_code) "
                                      "VALUES ('a@example.org', 'A', 'B', 'KR')")));
        auto other = openSession(db->url(), "mig-months-2");
        QVERIFY(other);
        QSqlQuery q2(other->database());
        QVERIFY(other->exec(q2, SqlBuilder("INSERT INTO users (email, first_name, last_name, country_code) "
                                           "VALUES ('b@example.org', 'C', 'D', 'KR')")));
        auto level = other->scalar(SqlBuilder("SELECT kyc_level FROM users WHERE email = 'b@example.org'"));
        QVERIFY(level.ok());
        QCOMPARE(level.value().toLongLong(), 0LL);
        if (Dialect(dialect) == Dialect::PostgreSQL) {
            auto first = other->scalar(SqlBuilder("SELECT kyc_level FROM users WHERE email = 'a@example.org'"));
            QVERIFY(first.ok());
            QCOMPARE(first.value().toLongLong(), 0LL);
        }
    }

    void refusesForeignSchemaAndChangesNothing_data() { test::addDialectRows(); }
    void refusesForeignSchemaAndChangesNothing()
    {
        QFETCH(int, dialect);
        PD_SCRATCH_DB(db, Dialect(dialect));
        auto s = openSession(db->url(), "mig-foreign");
        QVERIFY(s);
        QSqlQuery q(s->database());
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO customers VALUES (1, 'kept')")));

        auto applied = Migrator::upgrade(*s);
        QVERIFY(!applied.ok());
        QCOMPARE(applied.error().kind, Error::Kind::NotPaydesk);
        QVERIFY(applied.error().message.contains(QStringLiteral("customers")));
        QCOMPARE(tables(*s), QStringList{QStringLiteral("customers")});
        QCOMPARE(Migrator::checkUsable(*s).error().kind, Error::Kind::NotPaydesk);

        // Another program's schema_migrations (Rails-like shape) is foreign too.
        QVERIFY(q.exec(QStringLiteral("CREATE TABLE schema_migrations (version VARCHAR(20) PRIMARY KEY)")));
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations VALUES ('20240101000000')")));
        applied = Migrator::upgrade(*s);
        QVERIFY(!applied.ok());
        QCOMPARE(applied.error().kind, Error::Kind::NotPaydesk);
        QCOMPARE(tables(*s).size(), 2);
        QVERIFY(q.exec(QStringLiteral("SELECT name FROM customers")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("kept"));
    }

    void refusesNewerSchema_data() { test::addDialectRows(); }
    void refusesNewerSchema()
    {
        QFETCH(int, dialect);
        PD_SCRATCH_DB(db, Dialect(dialect));
        auto s = openSession(db->url(), "mig-newer");
        QVERIFY(s);
        QVERIFY(Migrator::upgrade(*s).ok());
        QSqlQuery q(s->database());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO schema_migrations (version, name, checksum) VALUES (999, 'future', "
                                      "'0000000000000000000000000000000000000000000000000000000000000000')")));
        QCOMPARE(Migrator::checkUsable(*s).error().kind, Error::Kind::SchemaTooNew);
        auto applied = Migrator::upgrade(*s);
        QVERIFY(!applied.ok());
        QCOMPARE(applied.error().kind, Error::Kind::SchemaTooNew);
    }

    void detectsAnEditedMigration_data() { test::addDialectRows(); }
    void detectsAnEditedMigration()
    {
        QFETCH(int, dialect);
        PD_SCRATCH_DB(db, Dialect(dialect));
        auto s = openSession(db->url(), "mig-edited");
        QVERIFY(s);
        QVERIFY(Migrator::upgrade(*s).ok());
        QSqlQuery q(s->database());
        QVERIFY(q.exec(QStringLiteral("UPDATE schema_migrations SET checksum = 'x' WHERE version = 1")));
        QCOMPARE(Migrator::checkUsable(*s).error().kind, Error::Kind::NotPaydesk);
        QVERIFY(!Migrator::upgrade(*s).ok());
    }

    void concurrentUpgradesApplyEachMigrationOnce_data() { test::addDialectRows(); }
    void concurrentUpgradesApplyEachMigrationOnce()
    {
        QFETCH(int, dialect);
        PD_SCRATCH_DB(db, Dialect(dialect));
        const DatabaseUrl url = db->url();
        std::atomic<int> total{0};
        std::atomic<int> failures{0};
        auto worker = [&](int n) {
            return QThread::create([&, n]() {
                auto s = openSession(url, n == 0 ? "mig-race-0" : "mig-race-1");
                if (!s) {
                    ++failures;
                    return;
                }
                auto applied = Migrator::upgrade(*s);
                if (applied.ok()) {
                    total += applied.value();
                } else {
                    qWarning("%s", qPrintable(applied.error().message + QLatin1Char(' ') + applied.error().detail));
                    ++failures;
                }
            });
        };
        std::unique_ptr<QThread> a(worker(0));
        std::unique_ptr<QThread> b(worker(1));
        a->start();
        b->start();
        QVERIFY(a->wait(60000));
        QVERIFY(b->wait(60000));
        QCOMPARE(failures.load(), 0);
        QCOMPARE(total.load(), Migrator::available(Dialect(dialect)).back().version);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
