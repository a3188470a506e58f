#include "BankingCalendar.h"

#include <utility>

namespace pd {

BankingCalendar::BankingCalendar(QSet<QDate> holidays)
    : m_holidays(std::move(holidays))
{}

bool BankingCalendar::isBankingDay(const QDate& day) const
{
    return day.isValid() && day.dayOfWeek() <= 5 && !m_holidays.contains(day);
}

QDate BankingCalendar::onOrAfter(const QDate& day) const
{
    for (int i = 0; day.isValid() && i <= kSearchDays; ++i) {
        const QDate candidate = day.addDays(i);
        if (isBankingDay(candidate)) {
            return candidate;
        }
    }
    return {};
}

QDate BankingCalendar::nextBankingDay(const QDate& day) const
{
    return day.isValid() ? onOrAfter(day.addDays(1)) : QDate();
}

QDate BankingCalendar::previousBankingDay(const QDate& day) const
{
    for (int i = 1; day.isValid() && i <= kSearchDays; ++i) {
        const QDate candidate = day.addDays(-i);
        if (isBankingDay(candidate)) {
            return candidate;
        }
    }
    return {};
}

QDate BankingCalendar::debitDay(const QDate& month, int paymentDay) const
{
    if (!month.isValid() || paymentDay < 1 || paymentDay > 28) {
        return {};
    }
    return onOrAfter(QDate(month.year(), month.month(), paymentDay));
}

QVector<QDate> BankingCalendar::nominalDatesDebitedOn(const QDate& day) const
{
    QVector<QDate> dates;
    const QDate previous = previousBankingDay(day);
    if (!isBankingDay(day) || !previous.isValid()) {
        return dates;
    }
    for (QDate d = previous.addDays(1); d <= day; d = d.addDays(1)) {
        dates.append(d);
    }
    return dates;
}

QVector<ScheduledRetry> BankingCalendar::retriesDueOn(const QDate& day, const QVector<int>& intervals, int maxRetries,
                                                      int maxSpan) const
{
    QVector<ScheduledRetry> out;
    if (!isBankingDay(day)) {
        return out;
    }
    for (const int interval : intervals) {
        for (int attempt = 1; interval >= 1 && attempt <= maxRetries && attempt * interval <= maxSpan; ++attempt) {
            QDate debitedOn = day;
            for (int step = 0; step < attempt * interval && debitedOn.isValid(); ++step) {
                debitedOn = previousBankingDay(debitedOn);
            }
            if (!debitedOn.isValid()) {
                break;
            }
            for (const QDate& nominal : nominalDatesDebitedOn(debitedOn)) {
                out.append(ScheduledRetry{nominal, attempt, interval});
            }
        }
    }
    return out;
}

QVector<QDate> BankingCalendar::retryDays(const QDate& debitDay, int count, int intervalBankingDays) const
{
    QVector<QDate> days;
    QDate at = debitDay;
    for (int retry = 0; retry < count && intervalBankingDays >= 1; ++retry) {
        for (int step = 0; step < intervalBankingDays && at.isValid(); ++step) {
            at = nextBankingDay(at);
        }
        if (!at.isValid()) {
            break;
        }
        days.append(at);
    }
    return days;
}

} // namespace pd
