// Bank holidays (migration 025) as the CMS debit calendar reads them, on SQLite and PostgreSQL.
#include "TestSupport.h"
#include "sql/Migrations.h"
#include "sql/SqlCollections.h"
#include "sql/SqlSession.h"

#include <QSqlQuery>
#include <QtTest>

using namespace pd;
using namespace pd::sql;

class TestBankHolidays : public QObject
{
    Q_OBJECT

    static std::unique_ptr<SqlSession> migrated(const DatabaseUrl& url)
    {
        auto opened = SqlSession::open(url, QStringLiteral("bank-holidays"));
        if (!opened.ok()) {
            qWarning("%s", qPrintable(opened.error().message + QLatin1Char(' ') + opened.error().detail));
            return nullptr;
        }
        auto upgraded = Migrator::upgrade(*opened.value());
        if (!upgraded.ok()) {
            qWarning("%s", qPrintable(upgraded.error().message + QLatin1Char(' ') + upgraded.error().detail));
            return nullptr;
        }
        return std::move(opened.value());
    }

private Q_SLOTS:
    void calendarFromTheSeededDays_data() { test::addDialectRows(); }
    void calendarFromTheSeededDays()
    {
        QFETCH(int, dialect);
        PD_SCRATCH_DB(db, Dialect(dialect));
        auto s = migrated(db->url());
        QVERIFY(s);
        // The seed holds weekdays only (a weekend is no banking day anyway), 2026 and 2027.
        QSqlQuery q(s->database());
        QVERIFY(q.exec(QStringLiteral("SELECT day FROM bank_holidays ORDER BY day")));
        int days = 0;
        while (q.next()) {
            const QDate day = QDate::fromString(q.value(0).toString().left(10), Qt::ISODate);
            QVERIFY2(day.isValid() && day.dayOfWeek() <= 5, qPrintable(q.value(0).toString()));
            QVERIFY(day.year() == 2026 || day.year() == 2027);
            ++days;
        }
        QCOMPARE(days, 28);

        auto calendar = bankingCalendar(*s, QDate(2026, 1, 1), QDate(2027, 12, 31));
        QVERIFY2(calendar.ok(), qPrintable(calendar.error().message));
        QVERIFY(!calendar.value().isBankingDay(QDate(2026, 12, 25)));
        QVERIFY(calendar.value().isBankingDay(QDate(2026, 12, 24)));
        QCOMPARE(calendar.value().debitDay(QDate(2026, 12, 1), 25), QDate(2026, 12, 28));
        QCOMPARE(calendar.value().debitDay(QDate(2026, 2, 1), 16), QDate(2026, 2, 19)); // Seollal
        QCOMPARE(calendar.value().debitDay(QDate(2027, 2, 1), 8), QDate(2027, 2, 10));  // and its substitute day
        QCOMPARE(calendar.value().nextBankingDay(QDate(2026, 12, 3)), QDate(2026, 12, 4));

        // Outside the range read, the days are ordinary weekdays.
        auto december = bankingCalendar(*s, QDate(2026, 12, 1), QDate(2026, 12, 24));
        QVERIFY(december.ok());
        QVERIFY(december.value().isBankingDay(QDate(2026, 12, 25)));
        QCOMPARE(bankingCalendar(*s, QDate(2026, 12, 2), QDate(2026, 12, 1)).error().kind, Error::Kind::Invalid);
        QCOMPARE(bankingCalendar(*s, QDate(2020, 1, 1), QDate(2031, 1, 1)).error().kind, Error::Kind::Invalid);
    }

    /// A wrong day is withdrawn with a reason, never deleted or moved; a new day is added.
    void withdrawnAndAddedDays_data() { test::addDialectRows(); }
    void withdrawnAndAddedDays()
    {
        QFETCH(int, dialect);
        PD_SCRATCH_DB(db, Dialect(dialect));
        auto s = migrated(db->url());
        QVERIFY(s);
        const bool pg = Dialect(dialect) == Dialect::PostgreSQL;
        const QString no = pg ? QStringLiteral("FALSE") : QStringLiteral("0");
        QVERIFY(
            !test::exec(*s, QStringLiteral("UPDATE bank_holidays SET active = %1 WHERE day = '2026-12-25'").arg(no)));
        QVERIFY(test::exec(*s, QStringLiteral("UPDATE bank_holidays SET active = %1, reason = 'not a bank holiday "
                                              "after all' WHERE day = '2026-12-25'")
                                   .arg(no)));
        QVERIFY(!test::exec(*s, QStringLiteral("DELETE FROM bank_holidays WHERE day = '2026-10-09'")));
        QVERIFY(
            !test::exec(*s, QStringLiteral("UPDATE bank_holidays SET day = '2026-10-08' WHERE day = '2026-10-09'")));
        QVERIFY(test::exec(*s, QStringLiteral("INSERT INTO bank_holidays (day, name) VALUES ('2026-12-31', "
                                              "'은행 휴무일 / Banks closed')")));
        QVERIFY(!test::exec(*s, QStringLiteral("INSERT INTO bank_holidays (day, name) VALUES ('2026-12-30', ' ')")));
        auto calendar = bankingCalendar(*s, QDate(2026, 12, 1), QDate(2027, 1, 31));
        QVERIFY(calendar.ok());
        QVERIFY(calendar.value().isBankingDay(QDate(2026, 12, 25)));
        QVERIFY(!calendar.value().isBankingDay(QDate(2026, 12, 31)));
        QCOMPARE(calendar.value().debitDay(QDate(2026, 12, 1), 25), QDate(2026, 12, 25));
        QCOMPARE(calendar.value().nextBankingDay(QDate(2026, 12, 30)), QDate(2027, 1, 4));
        QCOMPARE(test::value(*s, QStringLiteral("SELECT COUNT(*) FROM bank_holidays")).toInt(), 29);
    }
};

QTEST_GUILESS_MAIN(TestBankHolidays)
#include "tst_bankholidays.moc"
