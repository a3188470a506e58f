#pragma once

#include "ListTypes.h"
#include "Money.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace pd {

// Payments, settlements and CSV export. Amounts are integer minor units of KRW (won).

/// Count and sum of the rows with one status.
struct StatusTotal
{
    QString status;
    qint64 count = 0;
    qint64 amount = 0; ///< minor units of ListTotals::currency
};

/// Totals of a list's current filter by status, computed by the database with the same WHERE
/// clause as the rows, so they always match them. Payments sum `amount`, settlements
/// `net_amount`.
struct ListTotals
{
    Currency currency = Currency::KRW;
    QVector<StatusTotal> byStatus; ///< in areaStatuses() order, statuses without rows left out
    qint64 count() const;
    qint64 amount() const;
};

/// Whether an area has totals (payments, settlements).
bool areaHasTotals(Area area);

/// A manual change of a payment, after BTCPay's "mark settled": always with a reason, audited.
struct PaymentChange
{
    enum class Action {
        MarkPaid,   ///< pending or failed -> success, paid on `paidOn`
        Cancel,     ///< pending or failed -> cancelled (the member owes nothing for the month)
        MarkFailed, ///< pending -> failed, the reason kept as failure_reason (first 200 characters)
    };
    qint64 id = 0;
    int version = 0; ///< the version shown; a different stored version is a Conflict
    Action action = Action::MarkPaid;
    QString reason;    ///< required, at most 500 characters
    QDate paidOn;      ///< MarkPaid: the local day the money arrived (not in the future)
    QString reference; ///< MarkPaid: optional receipt or transfer reference (stored as tid)
};

/// Computing settlements: one draft per center for `month` from that month's successful
/// payments; confirmed and paid settlements are left as they are.
struct SettlementRun
{
    QString month;             ///< "YYYY-MM"
    qint64 organizationId = 0; ///< only centers in this subtree; 0 for every visible center
};

/// What computing settlements did.
struct SettlementRunResult
{
    int created = 0;
    int updated = 0;
    int unchanged = 0;
    int frozen = 0; ///< confirmed or paid, left as they were
};

/// A settlement's workflow step: draft -> confirmed -> paid; headquarters may reopen a
/// confirmed settlement (back to draft) with a reason.
struct SettlementChange
{
    enum class Action { Confirm, MarkPaid, Reopen };
    qint64 id = 0;
    int version = 0;
    Action action = Action::Confirm;
    QString reason; ///< required for Reopen
};

/// A settlement fee: gross × basisPoints / 10,000 rounded half up to whole won
/// (docs/DOMAIN.md, "Settlements"): (gross × bp + 5,000) / 10,000. gross >= 0, 0 <= bp <= 10,000.
qint64 settlementFee(qint64 gross, int basisPoints);

/// Exporting a list to a CSV file.
struct ExportRequest
{
    ListRequest list;           ///< area, filters and sort; cursor and limit are ignored
    QString path;               ///< the file written (atomically: it appears only when complete)
    QStringList titles;         ///< header row, one per column of areaColumns(list.area)
    bool byteOrderMark = false; ///< UTF-8 BOM, for spreadsheet programs that need it
};

/// Reminders for overdue members (docs/DOMAIN.md, "Dunning"): the members the overdue list
/// shows for `filters` (its band, org, q and as_of), at most kMaxMembers, each recorded as
/// reminded through `channel` unless someone reminded it within seven days.
struct ReminderRequest
{
    static constexpr int kMaxMembers = 2000;
    QMap<QString, QString> filters;
    QString channel; ///< "sms" or "letter"
};

/// One line of the contact list: who to remind, for how much, why, and what to say.
struct ContactLine
{
    qint64 parentId = 0; ///< the member number
    QString name;
    QString phone;
    qint64 amountOwed = 0; ///< won
    int monthsOwed = 0;
    int daysOverdue = 0;
    QString reasonCode; ///< the latest failure code of the owed payments; empty: none recorded
    QString reasonKo;   ///< the code's name, or "미납" without one
    QString reasonEn;   ///< the code's name, or "unpaid" without one
    QString messageKo;  ///< reminderMessageKo()
    QString messageEn;  ///< reminderMessageEn()
};

/// A member left out because it was reminded within the last seven days.
struct SkippedReminder
{
    qint64 parentId = 0;
    QString name;
    QString by;   ///< who reminded it
    QDateTime at; ///< when
};

/// What a reminder export recorded and left out.
struct ContactList
{
    QString channel;
    QVector<ContactLine> lines;       ///< recorded now, one reminder row each
    QVector<SkippedReminder> skipped; ///< reminded within seven days by anyone
};

/// The suggested SMS or letter text in Korean: name, months, amount in won, reason, reference
/// for a transfer (memberReference()).
QString reminderMessageKo(const ContactLine& line);
/// The same in English.
QString reminderMessageEn(const ContactLine& line);
/// The contact list as CSV (UTF-8 with a byte order mark, comma separated, CRLF, the header in
/// Korean and English; text as csv::formulaSafe()): name, phone, amount (won), months, days
/// overdue, reason code, reason in Korean and English, message in Korean and English, member
/// number.
QByteArray contactListCsv(const ContactList& list);

/// What an export wrote.
struct ExportResult
{
    qint64 rows = 0;
    qint64 bytes = 0;
};

/// One CSV field of a list value: integers and money exact (major units with the currency's
/// decimals, "30000" won), timestamps ISO-8601 UTC ("2026-10-25T01:02:03Z"), dates and months
/// ISO, booleans "true"/"false", scores "7.25", text as csv::formulaSafe() (a name or reference
/// starting with '=', '+', '-' or '@' gets a leading "'", so no spreadsheet runs it). A null value
/// is an empty field.
QString exportText(const QVariant& value, const ColumnInfo& column);

} // namespace pd
