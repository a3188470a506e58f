#include "BankingCalendar.h"

#include <QtTest>

using pd::BankingCalendar;

namespace {
QDate d(int year, int month, int day)
{
    return QDate(year, month, day);
}

/// Korean bank holidays of 2026 that fall on weekdays (public holidays and substitute days):
/// the input of these tests, not a list the calendar knows.
QSet<QDate> korea2026()
{
    return {d(2026, 1, 1),  d(2026, 2, 16), d(2026, 2, 17), d(2026, 2, 18), d(2026, 3, 2),
            d(2026, 5, 5),  d(2026, 5, 25), d(2026, 8, 17), d(2026, 9, 24), d(2026, 9, 25),
            d(2026, 10, 5), d(2026, 10, 9), d(2026, 12, 25)};
}
} // namespace

class TestBankingCalendar : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void weekendsAndHolidaysAreNotBankingDays()
    {
        const BankingCalendar calendar(korea2026());
        QVERIFY(calendar.isBankingDay(d(2026, 12, 4)));   // Friday
        QVERIFY(!calendar.isBankingDay(d(2026, 12, 5)));  // Saturday
        QVERIFY(!calendar.isBankingDay(d(2026, 12, 6)));  // Sunday
        QVERIFY(!calendar.isBankingDay(d(2026, 12, 25))); // Christmas, a Friday
        QVERIFY(calendar.isBankingDay(d(2026, 12, 24)));
        QVERIFY(!calendar.isBankingDay(QDate()));
        QVERIFY(BankingCalendar().isBankingDay(d(2026, 12, 25))); // without the list, a Friday
    }

    void debitsMoveForwardToTheNextBankingDay_data()
    {
        QTest::addColumn<QDate>("month");
        QTest::addColumn<int>("paymentDay");
        QTest::addColumn<QDate>("expected");
        QTest::newRow("a weekday") << d(2026, 12, 1) << 10 << d(2026, 12, 10);
        QTest::newRow("a Saturday") << d(2026, 12, 1) << 5 << d(2026, 12, 7);
        QTest::newRow("Christmas Friday") << d(2026, 12, 1) << 25 << d(2026, 12, 28);
        QTest::newRow("Seollal Monday to Wednesday") << d(2026, 2, 1) << 16 << d(2026, 2, 19);
        QTest::newRow("Saturday before Seollal") << d(2026, 2, 1) << 14 << d(2026, 2, 19);
        // 28 February 2026 is a Saturday, 1 March a Sunday, 2 March its substitute holiday.
        QTest::newRow("into the next month") << d(2026, 2, 1) << 28 << d(2026, 3, 3);
        QTest::newRow("Chuseok then a Saturday") << d(2026, 9, 1) << 24 << d(2026, 9, 28);
        QTest::newRow("payment day 29 does not exist") << d(2026, 12, 1) << 29 << QDate();
        QTest::newRow("payment day 0") << d(2026, 12, 1) << 0 << QDate();
    }
    void debitsMoveForwardToTheNextBankingDay()
    {
        QFETCH(QDate, month);
        QFETCH(int, paymentDay);
        QFETCH(QDate, expected);
        QCOMPARE(BankingCalendar(korea2026()).debitDay(month, paymentDay), expected);
    }

    void nominalDatesOfADebitDay()
    {
        const BankingCalendar calendar(korea2026());
        const QVector<QDate> afterSeollal = {d(2026, 2, 14), d(2026, 2, 15), d(2026, 2, 16),
                                             d(2026, 2, 17), d(2026, 2, 18), d(2026, 2, 19)};
        QCOMPARE(calendar.nominalDatesDebitedOn(d(2026, 2, 19)), afterSeollal);
        const QVector<QDate> acrossTheMonth = {d(2026, 2, 28), d(2026, 3, 1), d(2026, 3, 2), d(2026, 3, 3)};
        QCOMPARE(calendar.nominalDatesDebitedOn(d(2026, 3, 3)), acrossTheMonth);
        QCOMPARE(calendar.nominalDatesDebitedOn(d(2026, 12, 24)), QVector<QDate>{d(2026, 12, 24)});
        QVERIFY(calendar.nominalDatesDebitedOn(d(2026, 12, 26)).isEmpty()); // a Saturday
        QVERIFY(calendar.nominalDatesDebitedOn(d(2026, 12, 25)).isEmpty()); // a holiday
        QCOMPARE(calendar.nextBankingDay(d(2026, 12, 24)), d(2026, 12, 28));
        QCOMPARE(calendar.previousBankingDay(d(2026, 12, 28)), d(2026, 12, 24));
    }

    /// Over two years, every nominal date belongs to exactly one banking day's list, and that
    /// day is the one debitDay() gives; the lists agree with a day-by-day walk.
    void nominalDatesPartitionTheYear()
    {
        QSet<QDate> holidays = korea2026();
        holidays.insert(d(2027, 1, 1));
        const BankingCalendar calendar(holidays);
        QHash<QDate, QDate> debitedOn;
        for (QDate day = d(2026, 1, 2); day <= d(2027, 12, 31); day = day.addDays(1)) {
            for (const QDate& nominal : calendar.nominalDatesDebitedOn(day)) {
                QVERIFY2(!debitedOn.contains(nominal), qPrintable(nominal.toString(Qt::ISODate)));
                debitedOn.insert(nominal, day);
            }
        }
        for (QDate nominal = d(2026, 1, 2); nominal <= d(2027, 12, 24); nominal = nominal.addDays(1)) {
            QDate walked = nominal;
            while (walked.dayOfWeek() > 5 || holidays.contains(walked)) {
                walked = walked.addDays(1);
            }
            QCOMPARE(debitedOn.value(nominal), walked);
            if (nominal.day() <= 28) {
                QCOMPARE(calendar.debitDay(nominal, nominal.day()), walked);
            }
        }
    }

    void retriesAreBankingDaysApart()
    {
        const BankingCalendar calendar(korea2026());
        // Christmas Friday and the weekend are skipped; 1 January 2027 is not on this list.
        const QVector<QDate> daily = {d(2026, 12, 28), d(2026, 12, 29), d(2026, 12, 30)};
        QCOMPARE(calendar.retryDays(d(2026, 12, 24), 3, 1), daily);
        QCOMPARE(calendar.retryDays(d(2026, 12, 23), 2, 2),
                 (QVector<QDate>{d(2026, 12, 28), d(2026, 12, 30)})); // 24 and 28, then 29 and 30
        QVERIFY(calendar.retryDays(d(2026, 12, 23), 2, 0).isEmpty());
        QVERIFY(calendar.retryDays(d(2026, 12, 23), 0, 1).isEmpty());
    }

    /// The retries due on a day are exactly the inverse of retryDays() (docs/DOMAIN.md, "Retry
    /// policy"): over 2026, for intervals 1, 3 and 5 with up to 5 retries within 15 banking
    /// days, each nominal date's k-th retry lands on the day that lists it, once; nothing falls
    /// on a weekend or a holiday; a span limit leaves out the retries beyond it.
    void retriesDueOnInvertRetryDays()
    {
        const BankingCalendar calendar(korea2026());
        const QVector<int> intervals{1, 3, 5};
        QHash<QString, QDate> listedOn; // "nominal/attempt/interval" -> day
        for (QDate day = d(2026, 1, 2); day <= d(2026, 12, 31); day = day.addDays(1)) {
            const QVector<pd::ScheduledRetry> due = calendar.retriesDueOn(day, intervals, 5, 15);
            if (!calendar.isBankingDay(day)) {
                QVERIFY(due.isEmpty());
            }
            for (const pd::ScheduledRetry& r : due) {
                QVERIFY(r.attempt >= 1 && r.attempt <= 5 && r.attempt * r.intervalDays <= 15);
                const QString key =
                    QStringLiteral("%1/%2/%3").arg(r.nominal.toString(Qt::ISODate)).arg(r.attempt).arg(r.intervalDays);
                QVERIFY2(!listedOn.contains(key), qPrintable(key));
                listedOn.insert(key, day);
            }
        }
        int checked = 0;
        for (QDate nominal = d(2026, 1, 10); nominal <= d(2026, 11, 30); nominal = nominal.addDays(1)) {
            const QDate debit = calendar.onOrAfter(nominal);
            for (const int interval : intervals) {
                const QVector<QDate> days = calendar.retryDays(debit, 5, interval);
                for (int k = 1; k <= days.size(); ++k) {
                    const QString key =
                        QStringLiteral("%1/%2/%3").arg(nominal.toString(Qt::ISODate)).arg(k).arg(interval);
                    if (k * interval > 15) {
                        QVERIFY2(!listedOn.contains(key), qPrintable(key));
                    } else {
                        QCOMPARE(listedOn.value(key), days.at(k - 1));
                        ++checked;
                    }
                }
            }
        }
        QVERIFY(checked > 2000);
        // The day after Christmas's weekend: the first daily retry of the debits of the 24th.
        bool found = false;
        for (const pd::ScheduledRetry& r : calendar.retriesDueOn(d(2026, 12, 28), {1}, 1, 15)) {
            found = found || (r.nominal == d(2026, 12, 24) && r.attempt == 1);
        }
        QVERIFY(found);
    }

    void aCalendarWithoutBankingDaysAnswersInvalid()
    {
        QSet<QDate> everyDay;
        for (QDate day = d(2026, 1, 1); day <= d(2026, 12, 31); day = day.addDays(1)) {
            everyDay.insert(day);
        }
        const BankingCalendar calendar(everyDay);
        QVERIFY(!calendar.onOrAfter(d(2026, 6, 1)).isValid());
        QVERIFY(!calendar.debitDay(d(2026, 6, 1), 10).isValid());
        QVERIFY(calendar.nominalDatesDebitedOn(d(2026, 6, 1)).isEmpty());
        QVERIFY(calendar.retryDays(d(2026, 6, 1), 3, 1).isEmpty());
        QCOMPARE(calendar.onOrAfter(d(2026, 12, 31)), d(2027, 1, 1)); // the list ends
    }
};

QTEST_APPLESS_MAIN(TestBankingCalendar)
#include "tst_bankingcalendar.moc"
