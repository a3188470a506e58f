#pragma once

#include "Money.h"

#include <QDate>
#include <QDateTime>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

namespace pd {

/// The console's working areas, one table page each. The key is also the REST path
/// segment under /api/v1.
enum class Area {
    Users,
    KycDocuments,
    Invoices,
    Payments,
    Settlements,
    OverdueMembers,
    Members,        ///< parents (seed 004) with their user, institution and auto-debit contract
    Organizations,  ///< the organisation tree: headquarters, regions, centers, institutions
    Staff,          ///< the console's operators (staff_directory: no password hashes)
    Wallets,        ///< seed 000 wallets
    Transactions,   ///< seed 000 transactions
    AuditLog,       ///< audit_log: every change, by whom, before and after
    CreditRequests, ///< manual credits asked for and their four-eyes decisions (migration 015)
    DebitCalendar,  ///< the contracts debited on one banking day (docs/DOMAIN.md, "The debit calendar")
    BankHolidays,   ///< the weekdays banks are closed (migration 025), kept by headquarters
};

/// All areas in navigation order.
QVector<Area> allAreas();
/// Stable key of an area: "users", "kyc-documents", "invoices", "payments", "settlements",
/// "overdue-members", "members", "organizations", "staff", "wallets", "transactions", "audit-log",
/// "credit-requests", "debit-calendar", "bank-holidays".
QString areaKey(Area area);
/// Inverse of areaKey(); nullopt for an unknown key.
std::optional<Area> areaFromKey(const QString& key);

/// How a list column's values are typed in a ListPage row.
enum class ValueType {
    Integer,   ///< qint64
    Text,      ///< QString
    Boolean,   ///< bool
    Timestamp, ///< QDateTime in UTC (shown in local time)
    Date,      ///< QDate
    Month,     ///< QString "YYYY-MM"
    Money,     ///< qint64 minor units of ColumnInfo::currency
    Score,     ///< qint64 hundredths (a KYC risk score 0.00-9.99 is 0..999)
    // A KYC "age" column is a Timestamp (the submission time); the UI shows it as an age with
    // its SLA state.
};

/// One column of an area's list: its stable key (the seed's column name where there is one),
/// its value type and, for money, its currency. Every column is sortable.
struct ColumnInfo
{
    QString key;
    ValueType type = ValueType::Text;
    Currency currency = Currency::KRW;
    /// When set, the key of the row's column naming its currency (seed 000's
    /// transactions.currency): the value is then in units of 10^-currencyDecimals(currency), the
    /// stored scale, and is shown in the row's own currency (formatStoredAmount()).
    QString currencyColumn = {};
};

/// The columns of an area, in display order; the first is always "id".
const QVector<ColumnInfo>& areaColumns(Area area);
/// Index of a column key in areaColumns(area), or -1.
int columnIndex(Area area, const QString& key);

/// The filter keys an area accepts, from this fixed list:
///   q             search text (case-insensitive substring over the area's text columns)
///   status        the area's status column, one of areaStatuses()
///   month         "YYYY-MM" (payments.payment_month, settlements.settlement_month)
///   org           organization id: rows of that organization's subtree
///   from, to      instants in ISO-8601 UTC ("2025-03-01T00:00:00Z" or with milliseconds): rows
///                 whose date column is >= from and < to. Callers turn local calendar days
///                 into instants, so "today" means the user's today.
///   method        payments.method: cms, card, bch, manual
///   kyc_level     1 or 2
///   document_type kyc_documents.document_type
///   country       two-letter country code
///   risk_min, risk_max  risk score in hundredths, 0..999
///   active        "true" or "false"
///   band          overdue band: "1-7", "8-30", "31-60", "61+"
///   stage         KYC review stage of pending documents: "open" (all pending), "new",
///                 "resubmitted", "second_approval" (four eyes: approved once)
///   claim         KYC claim (live claims only): "unclaimed", "claimed", "mine", "others"
///   as_of         "YYYY-MM-DD": the day overdue is measured on (default: today, local)
///   day           "YYYY-MM-DD": the banking day of the debit calendar (default: the next
///                 banking day after today, local); a weekend or bank holiday has no debits
///   cms, org_type, role, type, entity   one of the page's PageSpec::choices values
///   chain         wallets.chain_name
///   actor         audit_log.actor, exact
///   action        audit_log.action prefix ("staff." matches staff.add, staff.deactivate)
///   entity_id     audit_log.entity_id (with entity: one row's history)
///   ids           comma-separated row ids, at most kMaxIdsFilter: only those rows (every area;
///                 live tables re-read the rows a change notification named with it)
QStringList areaFilterKeys(Area area);
/// The most row ids one `ids` filter may name.
constexpr int kMaxIdsFilter = 1000;
/// The status values an area's `status` filter accepts, in workflow order.
QStringList areaStatuses(Area area);

/// A request for one page of an area's rows, sorted and filtered by the database and paged by
/// keyset pagination: `cursor` is empty for the first page, else the nextCursor of the
/// previous page of the same sort and filters.
struct ListRequest
{
    Area area = Area::Users;
    QMap<QString, QString> filters; ///< keys from areaFilterKeys(); empty values are ignored
    QString sortKey;                ///< a column key; empty means the area's default sort
    bool descending = false;        ///< ignored when sortKey is empty
    QString cursor;                 ///< opaque; from ListPage::nextCursor
    /// Opaque, from a nextCursor of the same sort and filters: only rows that sort up to and
    /// including the row it was made after (the rows already paged in). Empty: no bound.
    QString until;
    int limit = 200; ///< 1..1000
};

/// One page of rows. Row values follow areaColumns(): see ValueType for each type's C++ type;
/// SQL NULL is an invalid QVariant. `nextCursor` is empty on the last page.
struct ListPage
{
    QVector<QVariantList> rows;
    QString nextCursor;
};

/// How precise a count must be.
enum class CountMode {
    Estimate, ///< the planner's estimate when exact would be slow (PostgreSQL); may be exact
    Exact,    ///< count(*) over the same filter
};

/// A number of rows; `estimated` says it came from the planner and is shown with "≈".
struct CountResult
{
    qint64 value = 0;
    bool estimated = false;
};

/// One labelled value of a detail view; `key` is a stable field name the UI translates.
struct DetailField
{
    QString group; ///< section key: "user", "level1", "level2", "document", "payment", ...
    QString key;
    QVariant value;
    ValueType type = ValueType::Text;
    Currency currency = Currency::KRW;
    /// Money in a currency Paydesk has no Currency for (a transaction's own "EUR"): the value is
    /// then in units of 10^-currencyDecimals(currency) and shown with this code.
    QString currencyCode = {};
};

/// A small related table inside a detail view (a user's wallets, a parent's payments).
struct DetailTable
{
    QString key;
    QVector<ColumnInfo> columns;
    QVector<QVariantList> rows;
};

/// Everything the detail pane shows about one row of an area.
struct DetailRecord
{
    Area area = Area::Users;
    qint64 id = 0;
    QString title;
    QVector<DetailField> fields;
    QVector<DetailTable> tables;

    /// The value of a field by key (first match), or an invalid QVariant.
    QVariant field(const QString& key) const;
};

/// A node of the organisation tree (seed 004): hq -> region -> center -> institution.
struct Organization
{
    qint64 id = 0;
    qint64 parentId = 0; ///< 0 for the root
    QString type;        ///< "hq", "region", "center", "institution"
    QString code;
    QString name;
    bool active = true;
};

/// Overdue severity bands (docs/DOMAIN.md): days overdue of the oldest debt.
enum class OverdueBand { None, Days1to7, Days8to30, Days31to60, Over60 };
/// The band for a number of days overdue; 0 or less is None.
OverdueBand overdueBandForDays(qint64 days);
/// Stable band key: "1-7", "8-30", "31-60", "61+" (the `band` filter's values).
QString overdueBandKey(OverdueBand band);

} // namespace pd

Q_DECLARE_METATYPE(pd::ListPage)
Q_DECLARE_METATYPE(pd::CountResult)
Q_DECLARE_METATYPE(pd::DetailRecord)
