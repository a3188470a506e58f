#pragma once

#include <QDate>
#include <QSet>
#include <QVector>

namespace pd {

/// Banking days of the CMS auto-debit cycle (seed 004: a contract is debited on its
/// `CMSInfo.payment_day`, 1-28, each month): Monday to Friday except the bank holidays given
/// (Korean public holidays and their substitute days, kept as data). A debit whose day is not a
/// banking day moves forward to the next one, possibly into the next month.
///
/// Every search looks at most kSearchDays days ahead or back; a calendar that finds no banking
/// day within that span answers an invalid QDate (a holiday list gone wrong, not a real year).
/// A retry that falls on a banking day: the k-th retry (`attempt`, from 1) of the debit of the
/// nominal date `nominal` (its payment day and month), retries `intervalDays` banking days apart
/// counted from that debit's day (docs/DOMAIN.md, "Retry policy").
struct ScheduledRetry
{
    QDate nominal;
    int attempt = 0;
    int intervalDays = 0;
};

class BankingCalendar
{
public:
    static constexpr int kSearchDays = 60;

    explicit BankingCalendar(QSet<QDate> holidays = {});

    /// True for Monday to Friday when `day` is not a holiday; false for an invalid date.
    bool isBankingDay(const QDate& day) const;
    /// The first banking day on or after `day`.
    QDate onOrAfter(const QDate& day) const;
    /// The first banking day strictly after `day` (the default day of a debit calendar is
    /// nextBankingDay(today)).
    QDate nextBankingDay(const QDate& day) const;
    /// The last banking day strictly before `day`.
    QDate previousBankingDay(const QDate& day) const;

    /// The day a contract with `paymentDay` (1-28) is debited for the month of `month` (any
    /// day of it): the nominal date moved forward to a banking day. Invalid for a payment day
    /// outside 1-28.
    QDate debitDay(const QDate& month, int paymentDay) const;
    /// The nominal dates whose debit falls on `day`: every date after the previous banking day
    /// up to and including `day`, oldest first; empty when `day` is not a banking day. Each date
    /// names the payment day (its day of the month, when 1-28) and the payment month (its
    /// month) of the contracts debited on `day`.
    QVector<QDate> nominalDatesDebitedOn(const QDate& day) const;
    /// The days of `count` retries after a debit on `debitDay`, each `intervalBankingDays`
    /// (>= 1) banking days after the one before; fewer when the calendar runs out.
    QVector<QDate> retryDays(const QDate& debitDay, int count, int intervalBankingDays) const;
    /// The retries that fall on `day`, for each interval of `intervals` (banking days, >= 1) and
    /// each attempt 1..`maxRetries` whose attempt × interval is at most `maxSpan` banking days:
    /// the nominal dates debited `attempt × interval` banking days before `day`. Empty when `day`
    /// is not a banking day. The inverse of retryDays(): a nominal date's debit day's retryDays()
    /// ends on `day`.
    QVector<ScheduledRetry> retriesDueOn(const QDate& day, const QVector<int>& intervals, int maxRetries,
                                         int maxSpan) const;

private:
    QSet<QDate> m_holidays;
};

} // namespace pd
