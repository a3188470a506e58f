#include "sql/SqlLists.h"

#include "Pages.h"

#include "sql/SqlCollections.h"
#include "sql/SqlExpr.h"
#include "sql/SqlSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>
#include <vector>

namespace pd::sql {

namespace {
struct ListsText
{
    Q_DECLARE_TR_FUNCTIONS(pd::sql::Lists)
};

// ---------------------------------------------------------------------------------------------
// The catalog: fixed SQL text for every column and filter of every area. Nothing else may be
// spliced into list SQL; values are always bound.
// ---------------------------------------------------------------------------------------------

/// A list column in SQL, made with column() or nullable() and the modifiers below. `expr` is the
/// dialect-neutral expression; the overrides give dialect-specific value or sort expressions
/// where the dialects differ (exact NUMERIC money, risk scores, computed columns).
struct SqlColumn
{
    const char* key = nullptr;
    const char* expr = nullptr;
    bool nullable = false;         ///< may be NULL: sorted with SqlDialect::sortFloor()
    const char* pgValue = nullptr; ///< read as this on PostgreSQL instead of `expr`
    const char* sqliteValue = nullptr;
    const char* pgSort = nullptr; ///< sorted by this on PostgreSQL instead of `expr`
    const char* sqliteSort = nullptr;
    bool numericSortKey = false;         ///< PostgreSQL sort key is NUMERIC (cursor bound as numeric)
    const char* sortKeyColumn = nullptr; ///< the row's own copy of a joined value (migration 023)

    /// Read as `postgres` / `sqlite` (null: `expr`).
    SqlColumn readAs(const char* postgres, const char* sqlite) const
    {
        SqlColumn c = *this;
        c.pgValue = postgres;
        c.sqliteValue = sqlite;
        return c;
    }
    /// Sorted by `postgres` / `sqlite` (null: `expr` with the NULL substitute).
    SqlColumn sortBy(const char* postgres, const char* sqlite) const
    {
        SqlColumn c = *this;
        c.pgSort = postgres;
        c.sqliteSort = sqlite;
        return c;
    }
    /// Sorted by `keyColumn`, the row's own copy of this joined value kept in step by triggers
    /// (migration 023), so that a (key, id) index of the list's table serves keyset paging.
    /// NULLs are sorted as for the column itself.
    SqlColumn sortKey(const char* keyColumn) const
    {
        SqlColumn c = *this;
        c.sortKeyColumn = keyColumn;
        return c;
    }
    /// The PostgreSQL sort key is NUMERIC: cursors carry it as text and bind it as NUMERIC.
    SqlColumn numericKey() const
    {
        SqlColumn c = *this;
        c.numericSortKey = true;
        return c;
    }
};

/// A column that is never NULL.
SqlColumn column(const char* key, const char* expr)
{
    SqlColumn c;
    c.key = key;
    c.expr = expr;
    return c;
}

/// A column that may be NULL.
SqlColumn nullable(const char* key, const char* expr)
{
    SqlColumn c = column(key, expr);
    c.nullable = true;
    return c;
}

enum class FilterKind {
    Search,
    Text,
    Int,
    Status,
    Org,
    From,
    To,
    Month,
    Method,
    Bool,
    Country,
    RiskMin,
    RiskMax,
    Band,
    Stage,     ///< KYC review stage of pending documents: open, new, resubmitted, second_approval, on_hold
    Claim,     ///< KYC claim: unclaimed, claimed, mine, others (live claims only)
    Exception, ///< BCH invoice exception: underpaid, overpaid, paid_late, or "any" (one of them, undecided)
    Choice,    ///< one of PageSpec::choices[key]; "none" means the column is NULL
    Prefix,    ///< the column starts with the text (audit actions: "staff." matches "staff.add")
};

/// A searched table's index (migration 023) under the table's list alias: on PostgreSQL the
/// expression its trigram (pg_trgm) index is built on, on SQLite its FTS5 trigram table, whose
/// rowid is the row's id. Both hold the searched columns joined by U+001F.
struct SearchIndex
{
    const char* pgText;
    const char* sqliteTable;
    const char* idExpr;
};

namespace searchindex {
const SearchIndex users{"paydesk_search_text(u.email, u.first_name, u.last_name, u.phone, u.last_name || u.first_name, "
                        "u.first_name || ' ' || u.last_name)",
                        "users_search", "u.id"};
const SearchIndex payments{"paydesk_search_text(p.tid, p.order_id)", "payments_search", "p.id"};
const SearchIndex kyc{"paydesk_search_text(k.full_name, k.document_number_masked)", "kyc_documents_search", "k.id"};
const SearchIndex invoices{"paydesk_search_text(i.address, i.username, i.description, i.tx_hash)", "invoices_search",
                           "i.id"};
const SearchIndex cms{"paydesk_search_text(c.contract_id)", "cms_info_search", "c.id"};
const SearchIndex audit{"paydesk_search_text(a.actor, a.action, a.entity, a.reason)", "audit_log_search", "a.id"};
const SearchIndex transactions{
    "paydesk_search_text(t.transaction_id, t.transaction_hash, t.merchant_name, t.qr_code_id)", "transactions_search",
    "t.id"};
const SearchIndex wallets{"paydesk_search_text(w.wallet_address, w.circle_wallet_id)", "wallets_search", "w.id"};
} // namespace searchindex

/// One way to the rows of an area that match a search: `head` opens a SELECT of the area's ids
/// from one table (up to where its condition goes), `exprs` are the searched columns of that
/// table, `tail` closes what `head` opened. With an index, matching rows of that table are
/// found through it first and the columns are then tested as ILIKE would.
struct SearchPart
{
    const char* head;
    const SearchIndex* index; ///< nullptr: a small table, tested row by row
    std::vector<const char*> exprs;
    const char* tail = "";
};

struct SqlFilter
{
    const char* key;
    FilterKind kind;
    const char* expr;                          ///< the column compared, or the org-id column
    std::vector<const char*> searchExprs = {}; ///< FilterKind::Search over the list's own FROM
    std::vector<SearchPart> searchParts = {};  ///< FilterKind::Search through indexes (preferred)
};

/// The search filter: `key`'s text is looked for in each of `exprs` of the list's rows.
SqlFilter search(const char* key, std::vector<const char*> exprs)
{
    return SqlFilter{key, FilterKind::Search, nullptr, std::move(exprs)};
}

/// The search filter through indexes: a row matches when one of `parts` finds it.
SqlFilter indexedSearch(const char* key, std::vector<SearchPart> parts)
{
    SqlFilter f{key, FilterKind::Search, nullptr};
    f.searchParts = std::move(parts);
    return f;
}

struct SqlArea
{
    Area area;
    const char* idExpr;
    const char* from;               ///< FROM clause (null for OverdueMembers and DebitCalendar: built)
    std::vector<SqlColumn> columns; ///< same order as areaColumns(area)
    std::vector<SqlFilter> filters;
    /// FROM clause for counting when none of `countJoinFilters` is set: the list's joins follow
    /// NOT NULL foreign keys, so they never change the count, but they make it several times
    /// slower on big tables. nullptr: count over `from`.
    const char* countFrom = nullptr;
    std::vector<const char*> countJoinFilters = {};
};

// The review stage of a KYC document (migrations 003 and 022); NULL once decided.
#define PD_KYC_STAGE                                                                                                   \
    "(CASE WHEN k.verification_status <> 'pending' THEN NULL WHEN k.hold_reason IS NOT NULL THEN 'on_hold' "           \
    "WHEN k.first_approved_by IS NOT NULL THEN "                                                                       \
    "'second_approval' WHEN k.resubmitted_at IS NOT NULL THEN 'resubmitted' ELSE 'new' END)"

const std::vector<SqlArea>& catalog()
{
    static const std::vector<SqlArea> areas = {
        {Area::Users,
         "u.id",
         "users u LEFT JOIN organizations o ON o.id = u.organization_id",
         {
             column("id", "u.id"),
             column("email", "u.email"),
             column("last_name", "u.last_name"),
             column("first_name", "u.first_name"),
             nullable("phone", "u.phone"),
             column("country_code", "u.country_code"),
             nullable("kyc_status", "u.kyc_status"),
             nullable("kyc_level", "u.kyc_level"),
             nullable("organization", "o.name").sortKey("u.sort_organization"),
             nullable("is_active", "u.is_active"),
             nullable("created_at", "u.created_at"),
             nullable("last_login_at", "u.last_login_at"),
         },
         {
             indexedSearch("q", {{"SELECT u.id FROM users u WHERE ",
                                  &searchindex::users,
                                  {"u.email", "u.first_name", "u.last_name", "u.phone", "u.last_name || u.first_name",
                                   "u.first_name || ' ' || u.last_name"}}}),
             {"status", FilterKind::Status, "u.kyc_status"},
             {"kyc_level", FilterKind::Int, "u.kyc_level"},
             {"country", FilterKind::Country, "u.country_code"},
             {"org", FilterKind::Org, "u.organization_id"},
             {"from", FilterKind::From, "u.created_at"},
             {"to", FilterKind::To, "u.created_at"},
             {"active", FilterKind::Bool, "u.is_active"},
         },
         "users u",
         {}},
        {Area::KycDocuments,
         "k.id",
         "kyc_documents k JOIN users u ON u.id = k.user_id",
         {
             column("id", "k.id"),
             nullable("created_at", "k.created_at"),
             nullable("age", "k.created_at").readAs(PD_SQL_KYC_SLA_START_PG, PD_SQL_KYC_SLA_START_SQLITE),
             nullable("review_stage", PD_KYC_STAGE),
             nullable("claimed_by", "k.claimed_by").readAs(PD_SQL_KYC_LIVE_CLAIMER_PG, PD_SQL_KYC_LIVE_CLAIMER_SQLITE),
             nullable("assigned_to", "k.assigned_to"),
             nullable("full_name", "k.full_name"),
             column("email", "u.email").sortKey("k.sort_email"),
             column("document_type", "k.document_type"),
             column("kyc_level", "k.kyc_level"),
             nullable("nationality", "k.nationality"),
             nullable("risk_score", "k.risk_score")
                 .readAs("CAST(k.risk_score * 100 AS INTEGER)", "CAST(round(k.risk_score * 100) AS INTEGER)")
                 .sortBy(nullptr, "CAST(round(COALESCE(k.risk_score, 0) * 100) AS INTEGER)")
                 .numericKey(),
             nullable("verification_status", "k.verification_status"),
             nullable("verified_by", "k.verified_by"),
             nullable("verified_at", "k.verified_at"),
         },
         {
             indexedSearch("q",
                           {{"SELECT k.id FROM kyc_documents k WHERE ",
                             &searchindex::kyc,
                             {"k.full_name", "k.document_number_masked"}},
                            {"SELECT k.id FROM kyc_documents k WHERE k.user_id IN (SELECT u.id FROM users u WHERE ",
                             &searchindex::users,
                             {"u.email"},
                             ")"}}),
             {"status", FilterKind::Status, "k.verification_status"},
             {"kyc_level", FilterKind::Int, "k.kyc_level"},
             {"document_type", FilterKind::Text, "k.document_type"},
             {"country", FilterKind::Country, "k.nationality"},
             {"risk_min", FilterKind::RiskMin, "k.risk_score"},
             {"risk_max", FilterKind::RiskMax, "k.risk_score"},
             {"stage", FilterKind::Stage, PD_KYC_STAGE},
             {"claim", FilterKind::Claim, "k.claimed_by"},
             {"org", FilterKind::Org, "u.organization_id"},
             {"from", FilterKind::From, "k.created_at"},
             {"to", FilterKind::To, "k.created_at"},
         },
         "kyc_documents k",
         {"org"}},
        {Area::Invoices,
         "i.id",
         "invoices i LEFT JOIN organizations o ON o.id = i.organization_id LEFT JOIN users u ON u.id = i.user_id",
         {
             column("id", "i.id"),
             nullable("created_at", "i.created_at"),
             nullable("username", "i.username"),
             column("amount", "i.amount")
                 .readAs(PD_SQL_INVOICE_SATOSHI_PG, PD_SQL_INVOICE_SATOSHI_SQLITE)
                 .sortBy("i.amount", PD_SQL_INVOICE_SATOSHI_SQLITE)
                 .numericKey(),
             column("address", "i.address"),
             nullable("status", "i.status"),
             nullable("expires_at", "i.expires_at"),
             nullable("confirmed_at", "i.confirmed_at"),
             nullable("tx_hash", "i.tx_hash"),
             nullable("organization", "o.name").sortKey("i.sort_organization"),
             column("received_sats", "i.received_sats"),
             nullable("exception", "i.exception"),
             nullable("derivation_index", "i.derivation_index"),
         },
         {
             indexedSearch("q", {{"SELECT i.id FROM invoices i WHERE ",
                                  &searchindex::invoices,
                                  {"i.address", "i.username", "i.description", "i.tx_hash"}},
                                 {"SELECT i.id FROM invoices i WHERE i.user_id IN (SELECT u.id FROM users u WHERE ",
                                  &searchindex::users,
                                  {"u.email"},
                                  ")"}}),
             {"status", FilterKind::Status, "i.status"},
             {"exception", FilterKind::Exception, "i.exception"},
             {"org", FilterKind::Org, "i.organization_id"},
             {"from", FilterKind::From, "i.created_at"},
             {"to", FilterKind::To, "i.created_at"},
         },
         "invoices i",
         {}},
        {Area::Payments,
         "p.id",
         "payments p JOIN parents pa ON pa.id = p.parent_id JOIN users u ON u.id = pa.user_id "
         "JOIN organizations o ON o.id = p.organization_id",
         {
             column("id", "p.id"),
             column("payment_month", "p.payment_month"),
             column("member", PD_SQL_MEMBER_NAME).sortKey("p.sort_member"),
             column("institution", "o.name").sortKey("p.sort_institution"),
             column("amount", "p.amount"),
             column("status", "p.status"),
             column("method", "p.method"),
             column("due_date", "p.due_date"),
             nullable("paid_at", "p.paid_at"),
             nullable("tid", "p.tid"),
             nullable("failure_code", "p.failure_code"),
             nullable("failure_reason", "p.failure_reason"),
             column("created_at", "p.created_at"),
         },
         {
             indexedSearch("q",
                           {{"SELECT p.id FROM payments p WHERE ", &searchindex::payments, {"p.tid", "p.order_id"}},
                            {"SELECT p.id FROM payments p WHERE p.parent_id IN (SELECT pa.id FROM parents pa "
                             "JOIN users u ON u.id = pa.user_id WHERE ",
                             &searchindex::users,
                             {PD_SQL_MEMBER_NAME, "u.phone"},
                             ")"},
                            {"SELECT p.id FROM payments p WHERE p.organization_id IN (SELECT o.id FROM "
                             "organizations o WHERE ",
                             nullptr,
                             {"o.name"},
                             ")"}}),
             {"status", FilterKind::Status, "p.status"},
             {"month", FilterKind::Month, "p.payment_month"},
             {"method", FilterKind::Method, "p.method"},
             {"org", FilterKind::Org, "p.organization_id"},
             {"from", FilterKind::From, "p.created_at"},
             {"to", FilterKind::To, "p.created_at"},
         },
         "payments p",
         {}},
        {
            Area::Settlements,
            "s.id",
            "settlements s JOIN organizations o ON o.id = s.organization_id",
            {
                column("id", "s.id"),
                column("settlement_month", "s.settlement_month"),
                column("center", "o.name"),
                column("payment_count", "s.payment_count"),
                column("gross_amount", "s.gross_amount"),
                column("fee_amount", "s.fee_amount"),
                column("net_amount", "s.net_amount"),
                column("status", "s.status"),
                nullable("confirmed_by", "s.confirmed_by"),
                nullable("confirmed_at", "s.confirmed_at"),
                nullable("paid_at", "s.paid_at"),
            },
            {
                search("q", {"o.name", "o.code"}),
                {"status", FilterKind::Status, "s.status"},
                {"month", FilterKind::Month, "s.settlement_month"},
                {"org", FilterKind::Org, "s.organization_id"},
            },
        },
        {Area::Members,
         "pa.id",
         "parents pa JOIN users u ON u.id = pa.user_id JOIN organizations o ON o.id = pa.organization_id "
         "LEFT JOIN cms_info c ON c.parent_id = pa.id",
         {
             column("id", "pa.id"),
             column("member", PD_SQL_MEMBER_NAME).sortKey("pa.sort_member"),
             nullable("phone", "u.phone").sortKey("pa.sort_phone"),
             column("email", "u.email").sortKey("pa.sort_email"),
             column("institution", "o.name").sortKey("pa.sort_institution"),
             column("service_status", "pa.service_status"),
             nullable("cms_status", "c.cms_status").sortKey("pa.sort_cms_status"),
             nullable("payment_day", "c.payment_day").sortKey("pa.sort_payment_day"),
             nullable("monthly_amount", "c.monthly_amount").sortKey("pa.sort_monthly_amount"),
             column("enrolled_at", "pa.enrolled_at"),
             column("updated_at", "pa.updated_at"),
         },
         {
             indexedSearch("q", {{"SELECT pa.id FROM parents pa WHERE pa.user_id IN (SELECT u.id FROM users u WHERE ",
                                  &searchindex::users,
                                  {PD_SQL_MEMBER_NAME, "u.phone", "u.email"},
                                  ")"},
                                 {"SELECT c.parent_id FROM cms_info c WHERE ", &searchindex::cms, {"c.contract_id"}}}),
             {"status", FilterKind::Status, "pa.service_status"},
             {"cms", FilterKind::Choice, "c.cms_status"},
             {"org", FilterKind::Org, "pa.organization_id"},
         },
         "parents pa",
         {"cms"}},
        {Area::Wallets,
         "w.id",
         "wallets w JOIN users u ON u.id = w.user_id",
         {
             column("id", "w.id"),
             column("email", "u.email").sortKey("w.sort_email"),
             column("chain_name", "w.chain_name"),
             column("chain_id", "w.chain_id"),
             nullable("wallet_address", "w.wallet_address"),
             nullable("usdc_balance", "w.usdc_balance")
                 .readAs("CAST(w.usdc_balance * 1000000 AS BIGINT)",
                         "CAST(replace(w.usdc_balance, '.', '') AS INTEGER)")
                 .sortBy(nullptr, "CAST(replace(COALESCE(w.usdc_balance, '0.000000'), '.', '') AS INTEGER)")
                 .numericKey(),
             nullable("is_active", "w.is_active"),
             nullable("last_balance_update", "w.last_balance_update"),
             nullable("created_at", "w.created_at"),
         },
         {
             indexedSearch("q", {{"SELECT w.id FROM wallets w WHERE ",
                                  &searchindex::wallets,
                                  {"w.wallet_address", "w.circle_wallet_id"}},
                                 {"SELECT w.id FROM wallets w WHERE w.user_id IN (SELECT u.id FROM users u WHERE ",
                                  &searchindex::users,
                                  {"u.email"},
                                  ")"}}),
             {"chain", FilterKind::Text, "w.chain_name"},
             {"active", FilterKind::Bool, "w.is_active"},
             {"org", FilterKind::Org, "u.organization_id"},
         },
         "wallets w",
         {"org"}},
        {Area::Transactions,
         "t.id",
         "transactions t JOIN users u ON u.id = t.user_id",
         {
             column("id", "t.id"),
             nullable("created_at", "t.created_at"),
             column("email", "u.email").sortKey("t.sort_email"),
             column("transaction_type", "t.transaction_type"),
             nullable("status", "t.status"),
             column("amount", "t.amount")
                 .readAs("CAST(t.amount * 1000000 AS BIGINT)", "CAST(replace(t.amount, '.', '') AS INTEGER)")
                 .sortBy("t.amount", "CAST(replace(t.amount, '.', '') AS INTEGER)")
                 .numericKey(),
             nullable("currency", "t.currency"),
             nullable("total_fee", "t.total_fee")
                 .readAs("CAST(t.total_fee * 1000000 AS BIGINT)", "CAST(replace(t.total_fee, '.', '') AS INTEGER)")
                 .sortBy(nullptr, "CAST(replace(COALESCE(t.total_fee, '0.000000'), '.', '') AS INTEGER)")
                 .numericKey(),
             nullable("merchant_name", "t.merchant_name"),
             nullable("transaction_hash", "t.transaction_hash"),
             nullable("qr_code_id", "t.qr_code_id"),
             nullable("completed_at", "t.completed_at"),
         },
         {
             indexedSearch("q", {{"SELECT t.id FROM transactions t WHERE ",
                                  &searchindex::transactions,
                                  {"t.transaction_id", "t.transaction_hash", "t.merchant_name", "t.qr_code_id"}},
                                 {"SELECT t.id FROM transactions t WHERE t.user_id IN (SELECT u.id FROM users u WHERE ",
                                  &searchindex::users,
                                  {"u.email"},
                                  ")"}}),
             {"status", FilterKind::Status, "t.status"},
             {"type", FilterKind::Choice, "t.transaction_type"},
             {"org", FilterKind::Org, "u.organization_id"},
             {"from", FilterKind::From, "t.created_at"},
             {"to", FilterKind::To, "t.created_at"},
         },
         "transactions t",
         {"org"}},
        {Area::Organizations,
         "o.id",
         "organizations o LEFT JOIN organizations up ON up.id = o.parent_id",
         {
             column("id", "o.id"),
             column("name", "o.name"),
             column("code", "o.code"),
             column("org_type", "o.org_type"),
             nullable("parent", "up.name"),
             nullable("settlement_fee_bp", PD_SQL_FEE_RATE_IN_FORCE_PG)
                 .readAs(PD_SQL_FEE_RATE_IN_FORCE_PG, PD_SQL_FEE_RATE_IN_FORCE_SQLITE)
                 .sortBy("COALESCE(" PD_SQL_FEE_RATE_IN_FORCE_PG ", -1)",
                         "COALESCE(" PD_SQL_FEE_RATE_IN_FORCE_SQLITE ", -1)"),
             column("member_count", "(SELECT COUNT(*) FROM parents mc WHERE mc.organization_id = o.id)"),
             column("is_active", "o.is_active"),
             column("created_at", "o.created_at"),
         },
         {
             search("q", {"o.name", "o.code"}),
             {"org_type", FilterKind::Choice, "o.org_type"},
             {"active", FilterKind::Bool, "o.is_active"},
             {"org", FilterKind::Org, "o.id"},
         },
         "organizations o",
         {}},
        {Area::Staff,
         "s.id",
         "staff_directory s JOIN organizations o ON o.id = s.organization_id",
         {
             column("id", "s.id"),
             column("login", "s.login"),
             column("display_name", "s.display_name"),
             column("role", "s.role"),
             column("organization", "o.name"),
             column("is_active", "s.is_active"),
             column("server_password", "s.server_password"),
             column("second_factor", "s.second_factor"),
             nullable("last_sign_in_at", "s.last_sign_in_at"),
             column("created_at", "s.created_at"),
         },
         {
             search("q", {"s.login", "s.display_name"}),
             {"role", FilterKind::Choice, "s.role"},
             {"active", FilterKind::Bool, "s.is_active"},
             {"org", FilterKind::Org, "s.organization_id"},
         },
         "staff_directory s",
         {"q"}},
        {Area::AuditLog,
         "a.id",
         "audit_log a",
         {
             column("id", "a.id"),
             column("occurred_at", "a.occurred_at"),
             column("actor", "a.actor"),
             column("action", "a.action"),
             column("entity", "a.entity"),
             nullable("entity_id", "a.entity_id"),
             nullable("reason", "a.reason"),
         },
         {
             indexedSearch("q", {{"SELECT a.id FROM audit_log a WHERE ",
                                  &searchindex::audit,
                                  {"a.actor", "a.action", "a.entity", "a.reason"}}}),
             {"actor", FilterKind::Text, "a.actor"},
             {"action", FilterKind::Prefix, "a.action"},
             {"entity", FilterKind::Choice, "a.entity"},
             {"entity_id", FilterKind::Int, "a.entity_id"},
             {"from", FilterKind::From, "a.occurred_at"},
             {"to", FilterKind::To, "a.occurred_at"},
         }},
        {Area::CreditRequests,
         "r.id",
         "credit_requests r JOIN users u ON u.id = r.user_id",
         {
             column("id", "r.id"),
             column("requested_at", "r.requested_at"),
             column("email", "u.email"),
             column("amount_sats", "r.amount_sats"),
             column("status", "r.status"),
             column("requested_by", "r.requested_by"),
             nullable("decided_by", "r.decided_by"),
             nullable("decided_at", "r.decided_at"),
             column("reason", "r.reason"),
         },
         {
             indexedSearch("q", {{"SELECT r.id FROM credit_requests r WHERE ", nullptr, {"r.reason", "r.requested_by"}},
                                 {"SELECT r.id FROM credit_requests r WHERE r.user_id IN (SELECT u.id FROM users u "
                                  "WHERE ",
                                  &searchindex::users,
                                  {"u.email"},
                                  ")"}}),
             {"status", FilterKind::Status, "r.status"},
             {"from", FilterKind::From, "r.requested_at"},
             {"to", FilterKind::To, "r.requested_at"},
         },
         "credit_requests r",
         {}},
        {
            Area::OverdueMembers,
            "ov.id",
            nullptr,
            {
                column("id", "ov.id"),
                column("member", "ov.member"),
                column("band", "(CASE WHEN ov.days_overdue <= 7 THEN '1-7' WHEN ov.days_overdue <= 30 THEN '8-30' "
                               "WHEN ov.days_overdue <= 60 THEN '31-60' ELSE '61+' END)")
                    .sortBy("ov.days_overdue", "ov.days_overdue"),
                column("days_overdue", "ov.days_overdue"),
                column("amount_owed", "ov.amount_owed"),
                column("months_owed", "ov.months_owed"),
                column("oldest_due", "ov.oldest_due"),
                nullable("last_failure", "ov.last_failure"),
                nullable("reason_action", "ov.reason_action"),
                nullable("last_reminded_at", "ov.last_reminded_at"),
                nullable("last_reminded_by", "ov.last_reminded_by"),
                nullable("phone", "ov.phone"),
                column("institution", "ov.institution"),
                nullable("center", "ov.center"),
            },
            {
                search("q", {"ov.member", "ov.phone", "ov.institution"}),
                {"org", FilterKind::Org, "ov.org_id"},
                {"band", FilterKind::Band, "ov.days_overdue"},
                {"reason", FilterKind::Choice, "ov.reason_action"},
            },
        },
        {
            Area::DebitCalendar,
            "dc.id",
            nullptr,
            {
                column("id", "dc.id"),
                column("member", "dc.member"),
                column("payment_day", "dc.payment_day"),
                column("scheduled_date", "dc.scheduled_date"),
                column("payment_month", "dc.payment_month"),
                column("attempt", "dc.attempt"),
                column("amount_due", "dc.amount_due"),
                nullable("flags", "dc.flags"),
                nullable("payment_status", "dc.payment_status"),
                nullable("last_result", "dc.last_result"),
                nullable("last_failure", "dc.last_failure"),
                column("recent_failures", "dc.recent_failures"),
                column("cms_status", "dc.cms_status"),
                column("contract_id", "dc.contract_id"),
                nullable("phone", "dc.phone"),
                column("institution", "dc.institution"),
                nullable("center", "dc.center"),
            },
            {
                search("q", {"dc.member", "dc.phone", "dc.contract_id", "dc.institution"}),
                {"cms", FilterKind::Choice, "dc.cms_status"},
                {"org", FilterKind::Org, "dc.org_id"},
            },
        },
        {Area::BankHolidays,
         "h.id",
         "bank_holidays h",
         {
             column("id", "h.id"),
             column("day", "h.day"),
             column("name", "h.name"),
             column("active", "h.active"),
             nullable("reason", "h.reason"),
             column("changed_by", "h.changed_by"),
             column("changed_at", "h.changed_at"),
         },
         {
             search("q", {"h.name", "h.reason"}),
             {"active", FilterKind::Bool, "h.active"},
         }},
    };
    return areas;
}
#undef PD_KYC_STAGE

const SqlArea& areaSpec(Area area)
{
    for (const SqlArea& spec : catalog()) {
        if (spec.area == area) {
            return spec;
        }
    }
    return catalog().front();
}

/// Appends the expression a column's value is read with.
void emitValue(SqlBuilder& b, const SqlColumn& column, ValueType type, Dialect dialect)
{
    if (const char* value = SqlDialect::of(dialect).pick(column.pgValue, column.sqliteValue)) {
        b.sql(value);
        return;
    }
    emitTypedValue(b, column.expr, type, dialect);
}

/// Appends the sort expression: the indexed expression the keyset compares, never NULL.
void emitSortExpr(SqlBuilder& b, const SqlColumn& column, ValueType type, Dialect dialect)
{
    if (const char* sort = SqlDialect::of(dialect).pick(column.pgSort, column.sqliteSort)) {
        b.sql(sort);
        return;
    }
    const char* key = column.sortKeyColumn ? column.sortKeyColumn : column.expr;
    if (!column.nullable) {
        b.sql(key);
        return;
    }
    b.sql("COALESCE(").sql(key).sql(", ").sql(SqlDialect::of(dialect).sortFloor(type)).sql(")");
}

/// Appends the sort expression as the exact value a cursor carries.
void emitSortKeyValue(SqlBuilder& b, const SqlColumn& column, ValueType type, Dialect dialect)
{
    SqlBuilder sortExpr;
    emitSortExpr(sortExpr, column, type, dialect);
    SqlDialect::of(dialect).sortKeyText(b, sortExpr, type, column.numericSortKey);
}

/// Appends a placeholder for a cursor's sort value, cast as the sort expression's type.
void emitCursorBind(SqlBuilder& b, const SqlColumn& column, ValueType type, Dialect dialect, const QVariant& value)
{
    SqlDialect::of(dialect).sortKey(b, value, type, column.numericSortKey);
}

const SqlColumn* findColumn(const SqlArea& spec, const QString& key, ValueType* type)
{
    const auto& infos = areaColumns(spec.area);
    for (size_t i = 0; i < spec.columns.size(); ++i) {
        if (key == QLatin1String(spec.columns[i].key)) {
            *type = infos[int(i)].type;
            return &spec.columns[i];
        }
    }
    return nullptr;
}

/// What the built FROM clauses need besides the request: the overdue list's reference day, and
/// the debit calendar's scheduled dates (BankingCalendar::nominalDatesDebitedOn() of its day)
/// with the first month its failure count looks at.
struct FromParameters
{
    QString asOf;                    ///< "YYYY-MM-DD"
    QVector<QDate> scheduled;        ///< oldest first; empty: no debits that day
    QVector<ScheduledRetry> retries; ///< BankingCalendar::retriesDueOn() of the day
    QString failuresSinceMonth;      ///< "YYYY-MM": six months before the day's month
};

/// Appends the overdue list: an aggregate of the unpaid payments due before the reference day.
void emitOverdueFrom(SqlBuilder& b, Dialect dialect, const QString& asOf)
{
    const SqlDialect& d = SqlDialect::of(dialect);
    SqlBuilder asOfDate;
    d.date(asOfDate, asOf);
    b.sql("(SELECT pa.id AS id, "
          "(CASE WHEN u.country_code = 'KR' THEN u.last_name || u.first_name "
          "ELSE u.first_name || ' ' || u.last_name END) AS member, "
          "u.phone AS phone, inst.name AS institution, ctr.name AS center, pa.organization_id AS org_id, "
          "d.months_owed AS months_owed, d.amount_owed AS amount_owed, d.oldest_due AS oldest_due, ");
    d.daysBetween(b, asOfDate, "d.oldest_due");
    b.sql(" AS days_overdue, ");
    b.sql("(SELECT p2.failure_reason FROM payments p2 WHERE p2.parent_id = d.parent_id "
          "AND p2.status IN ('pending', 'failed') AND p2.failure_reason IS NOT NULL "
          "ORDER BY p2.due_date DESC, p2.id DESC LIMIT 1) AS last_failure, "
          // What the latest known failure code of the owed payments asks for (migration 027).
          "(SELECT rc.action FROM payments p2 JOIN debit_reason_codes rc ON rc.code = p2.failure_code "
          "WHERE p2.parent_id = d.parent_id AND p2.status IN ('pending', 'failed') "
          "ORDER BY p2.due_date DESC, p2.id DESC LIMIT 1) AS reason_action, "
          "lr.reminded_at AS last_reminded_at, lr.reminded_by AS last_reminded_by "
          "FROM (SELECT parent_id, COUNT(*) AS months_owed, SUM(amount) AS amount_owed, MIN(due_date) AS oldest_due "
          "FROM payments WHERE status IN ('pending', 'failed') AND due_date < ");
    b.append(asOfDate);
    b.sql(" GROUP BY parent_id) d "
          "JOIN parents pa ON pa.id = d.parent_id "
          "JOIN users u ON u.id = pa.user_id "
          "JOIN organizations inst ON inst.id = pa.organization_id "
          "LEFT JOIN organizations ctr ON ctr.id = inst.parent_id "
          // The latest reminder, found once (migration 029; docs/DOMAIN.md, "Dunning").
          "LEFT JOIN member_reminders lr ON lr.id = (SELECT r.id FROM member_reminders r WHERE r.parent_id = "
          "d.parent_id ORDER BY r.reminded_at DESC, r.id DESC LIMIT 1)) ov");
}

/// Appends the debit calendar (docs/DOMAIN.md, "The debit calendar"): the active and suspended
/// contracts whose payment day is one of the scheduled dates debited on the day, each with the
/// month's payment (if one was written), the month before's result and the flags. The dates
/// come in as a bound VALUES list of (payment day, payment month, scheduled date, attempt,
/// interval): attempt 0 for the month's debit, k for its k-th retry (docs/DOMAIN.md, "Retry
/// policy") when the month's payment failed k times with a 'retry' code and the institution's
/// policy has that many retries at that interval.
void emitDebitCalendarFrom(SqlBuilder& b, Dialect dialect, const FromParameters& f)
{
    const bool pg = dialect == Dialect::PostgreSQL;
    const SqlDialect& d = SqlDialect::of(dialect);
    b.sql("(SELECT x.id AS id, x.member AS member, x.phone AS phone, x.institution AS institution, "
          "x.center AS center, x.org_id AS org_id, x.contract_id AS contract_id, x.payment_day AS payment_day, "
          "x.cms_status AS cms_status, x.scheduled_date AS scheduled_date, x.payment_month AS payment_month, "
          "x.payment_status AS payment_status, x.amount_due AS amount_due, x.last_result AS last_result, "
          "x.last_failure AS last_failure, x.recent_failures AS recent_failures, x.attempt AS attempt, "
          // The flags, most urgent first, as comma-separated keys (models::Labels names them).
          "NULLIF(rtrim("
          "(CASE WHEN x.attempt > 0 THEN 'retry,' ELSE '' END) || "
          "(CASE WHEN x.cms_status = 'suspended' THEN 'suspended,' ELSE '' END) || "
          "(CASE WHEN x.service_status <> 'active' THEN x.service_status || ',' ELSE '' END) || "
          "(CASE WHEN x.account_changed_at IS NOT NULL AND (x.last_debit IS NULL OR x.account_changed_at > "
          "x.last_debit) THEN 'account_changed,' ELSE '' END) || "
          "(CASE WHEN x.recent_failures >= 2 THEN 'repeated_failures,' ELSE '' END) || "
          "(CASE WHEN x.payment_status IN ('success', 'cancelled', 'refunded') THEN 'settled,' ELSE '' END), "
          "','), '') AS flags "
          "FROM (SELECT pa.id AS id, " PD_SQL_MEMBER_NAME " AS member, u.phone AS phone, inst.name AS institution, "
          "ctr.name AS center, pa.organization_id AS org_id, pa.service_status AS service_status, "
          "c.contract_id AS contract_id, c.payment_day AS payment_day, c.cms_status AS cms_status, "
          "c.account_changed_at AS account_changed_at, t.scheduled AS scheduled_date, t.pmonth AS payment_month, "
          "t.attempt AS attempt, "
          "p.status AS payment_status, "
          "(CASE WHEN p.status IN ('success', 'cancelled', 'refunded') THEN 0 "
          "ELSE COALESCE(p.amount, c.monthly_amount) END) AS amount_due, "
          "(SELECT p2.status FROM payments p2 WHERE p2.parent_id = pa.id AND p2.payment_month < t.pmonth "
          "ORDER BY p2.payment_month DESC LIMIT 1) AS last_result, "
          "(SELECT p2.failure_reason FROM payments p2 WHERE p2.parent_id = pa.id AND p2.payment_month < t.pmonth "
          "AND p2.failure_reason IS NOT NULL ORDER BY p2.payment_month DESC LIMIT 1) AS last_failure, "
          "(SELECT COUNT(*) FROM payments p3 WHERE p3.parent_id = pa.id AND p3.status = 'failed' "
          "AND p3.payment_month < t.pmonth AND p3.payment_month >= ");
    b.bind(f.failuresSinceMonth);
    b.sql(") AS recent_failures, "
          "(SELECT MAX(p4.due_date) FROM payments p4 WHERE p4.parent_id = pa.id AND p4.method = 'cms' "
          "AND p4.payment_month < t.pmonth) AS last_debit "
          "FROM cms_info c JOIN ");
    QVector<ScheduledRetry> rows;
    for (const QDate& date : f.scheduled) {
        rows.append(ScheduledRetry{date, 0, 0});
    }
    rows += f.retries;
    if (rows.isEmpty()) {
        b.sql(pg ? "(SELECT 0 AS pday, '' AS pmonth, CAST(NULL AS DATE) AS scheduled, 0 AS attempt, 0 AS gap "
                   "WHERE 1 = 0) t"
                 : "(SELECT 0 AS pday, '' AS pmonth, NULL AS scheduled, 0 AS attempt, 0 AS gap WHERE 1 = 0) t");
    } else {
        b.sql("(SELECT column1 AS pday, column2 AS pmonth, column3 AS scheduled, column4 AS attempt, column5 AS gap "
              "FROM (VALUES ");
        for (int i = 0; i < rows.size(); ++i) {
            const QDate& date = rows.at(i).nominal;
            b.sql(i == 0 ? "(" : ", (").sql(pg ? "CAST(" : "").bind(date.day()).sql(pg ? " AS INTEGER)" : "");
            b.sql(", ").bind(date.toString(QStringLiteral("yyyy-MM"))).sql(", ");
            d.date(b, date.toString(Qt::ISODate));
            b.sql(", ").sql(pg ? "CAST(" : "").bind(rows.at(i).attempt).sql(pg ? " AS INTEGER)" : "");
            b.sql(", ").sql(pg ? "CAST(" : "").bind(rows.at(i).intervalDays).sql(pg ? " AS INTEGER)" : "");
            b.sql(")");
        }
        b.sql(") v) t");
    }
    b.sql(" ON c.payment_day = t.pday "
          "JOIN parents pa ON pa.id = c.parent_id "
          "JOIN users u ON u.id = pa.user_id "
          "JOIN organizations inst ON inst.id = pa.organization_id "
          "LEFT JOIN organizations ctr ON ctr.id = inst.parent_id "
          "LEFT JOIN payments p ON p.parent_id = pa.id AND p.payment_month = t.pmonth "
          "WHERE c.cms_status IN ('active', 'suspended') AND (t.attempt = 0 OR (p.status = 'failed' "
          "AND p.attempt_count = t.attempt AND EXISTS (SELECT 1 FROM debit_reason_codes rc WHERE rc.code = "
          "p.failure_code AND rc.action = 'retry') "
          "AND t.attempt <= COALESCE(" PD_SQL_RETRY_POLICY(
              "retry_limit", "inst") ", " PD_SQL_RETRY_LIMIT_DEFAULT ") "
                                     "AND t.gap = COALESCE(" PD_SQL_RETRY_POLICY(
                                         "interval_days", "inst") ", " PD_SQL_RETRY_INTERVAL_DEFAULT ")))) x) dc");
}

/// Appends the FROM clause; the overdue list and the debit calendar are built with their day.
void emitFrom(SqlBuilder& b, const SqlArea& spec, Dialect dialect, const FromParameters& f)
{
    switch (spec.area) {
    case Area::OverdueMembers:
        emitOverdueFrom(b, dialect, f.asOf);
        return;
    case Area::DebitCalendar:
        emitDebitCalendarFrom(b, dialect, f);
        return;
    default:
        b.sql(spec.from);
        return;
    }
}

const QRegularExpression& monthPattern()
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    return re;
}

/// Appends "(e1 ILIKE pattern OR e2 ILIKE pattern ...)": the search's exact test.
void emitSearchTest(SqlBuilder& b, const std::vector<const char*>& exprs, const QString& pattern, Dialect dialect)
{
    b.sql("(");
    bool first = true;
    for (const char* expr : exprs) {
        if (!first) {
            b.sql(" OR ");
        }
        first = false;
        b.sql(expr).sql(SqlDialect::of(dialect).caseInsensitiveLike()).bind(pattern).sql(" ESCAPE '\\'");
    }
    b.sql(")");
}

/// The text of a search as each SearchPart needs it.
struct SearchText
{
    explicit SearchText(const QString& text)
        : pattern(likeContainsPattern(text))
        // FTS5's trigram tokenizer finds nothing for fewer than three characters (sqlite.org/fts5.html).
        , ftsCanFind(text.toUcs4().size() >= 3)
    {
        QString quoted = text;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        phrase = QLatin1Char('"') + quoted + QLatin1Char('"');
    }
    QString pattern; ///< the ILIKE pattern
    bool ftsCanFind; ///< SQLite: whether the FTS5 table can narrow the rows
    QString phrase;  ///< SQLite: the FTS5 phrase
};

/// Appends one part's condition after its head, and its tail: its table's index narrows the
/// candidates (PostgreSQL: the search text ILIKE the pattern; SQLite: the FTS5 table MATCH the
/// phrase), then the part's columns are tested exactly.
/// On PostgreSQL, a part whose index text is built of exactly its columns is tested by the
/// index condition alone: the search text cannot contain the U+001F between the columns (the
/// lists refuse control characters) and its wildcards are escaped, so the joined text contains
/// it exactly when one of the columns does (migration 023).
void emitSearchPartCondition(SqlBuilder& b, const SearchPart& part, const SearchText& text, Dialect dialect)
{
    if (part.index && dialect == Dialect::PostgreSQL) {
        b.sql(part.index->pgText).sql(" ILIKE ").bind(text.pattern).sql(" ESCAPE '\\'");
        QStringList columns;
        for (const char* expr : part.exprs) {
            columns << QLatin1String(expr);
        }
        const QString exactText = QStringLiteral("paydesk_search_text(%1)").arg(columns.join(QStringLiteral(", ")));
        if (exactText == QLatin1String(part.index->pgText)) {
            b.sql(part.tail);
            return;
        }
        b.sql(" AND ");
    } else if (part.index && text.ftsCanFind) {
        b.sql(part.index->idExpr).sql(" IN (SELECT rowid FROM ").sql(part.index->sqliteTable).sql(" WHERE ");
        b.sql(part.index->sqliteTable).sql(" MATCH ").bind(text.phrase).sql(") AND ");
    }
    emitSearchTest(b, part.exprs, text.pattern, dialect);
    b.sql(part.tail);
}

/// Appends " AND <the search for `text`>" (docs/ARCHITECTURE.md, "Search and sort at scale"):
/// the area's ids from each SearchPart, combined by UNION, each part taking its candidates from
/// its table's trigram index and then testing the columns exactly. The rows are those of
/// "e1 ILIKE p OR e2 ILIKE p ..." over the list's joins.
void emitSearch(SqlBuilder& b, const SqlArea& spec, const SqlFilter& filter, const QString& text, Dialect dialect)
{
    if (filter.searchParts.empty()) {
        b.sql(" AND ");
        emitSearchTest(b, filter.searchExprs, likeContainsPattern(text), dialect);
        return;
    }
    const SearchText searchText(text);
    b.sql(" AND ").sql(spec.idExpr).sql(" IN (");
    for (size_t i = 0; i < filter.searchParts.size(); ++i) {
        b.sql(i == 0 ? "" : " UNION ").sql(filter.searchParts[i].head);
        emitSearchPartCondition(b, filter.searchParts[i], searchText, dialect);
    }
    b.sql(")");
}

/// Appends " AND <condition>" for every non-empty filter; validates each value.
Result<Done> emitWhere(SqlBuilder& b, const SqlArea& spec, Dialect dialect, const QMap<QString, QString>& filters,
                       const QString& actor)
{
    const SqlDialect& d = SqlDialect::of(dialect);
    const QStringList allowed = areaFilterKeys(spec.area);
    for (auto it = filters.cbegin(); it != filters.cend(); ++it) {
        if (!allowed.contains(it.key())) {
            return Error(Error::Kind::Invalid,
                         ListsText::tr("Unknown filter \"%1\" for %2; the filters here are: %3.")
                             .arg(it.key(), areaKey(spec.area), allowed.join(QStringLiteral(", "))));
        }
    }
    auto invalid = [](const QString& key, const QString& what) {
        return Error(Error::Kind::Invalid, ListsText::tr("Filter \"%1\": %2").arg(key, what));
    };
    for (const SqlFilter& filter : spec.filters) {
        const QString key = QLatin1String(filter.key);
        const QString value = filters.value(key).trimmed();
        if (value.isEmpty()) {
            continue;
        }
        switch (filter.kind) {
        case FilterKind::Search: {
            if (value.size() > 200) {
                return invalid(key, ListsText::tr("the search text is longer than 200 characters."));
            }
            if (std::any_of(value.cbegin(), value.cend(), [](QChar c) { return c.unicode() < 0x20; })) {
                return invalid(key,
                               ListsText::tr("the search text contains control characters (tabs, line breaks); remove "
                                             "them."));
            }
            emitSearch(b, spec, filter, value, dialect);
            break;
        }
        case FilterKind::Text:
            if (value.size() > 100) {
                return invalid(key, ListsText::tr("the value is longer than 100 characters."));
            }
            b.sql(" AND ").sql(filter.expr).sql(" = ").bind(value);
            break;
        case FilterKind::Int: {
            bool ok = false;
            const qint64 number = value.toLongLong(&ok);
            if (!ok) {
                return invalid(key, ListsText::tr("\"%1\" is not a whole number.").arg(value));
            }
            b.sql(" AND ").sql(filter.expr).sql(" = ").bind(number);
            break;
        }
        case FilterKind::Status:
            if (!areaStatuses(spec.area).contains(value)) {
                return invalid(key, ListsText::tr("\"%1\" is not a status here; use one of %2.")
                                        .arg(value, areaStatuses(spec.area).join(QStringLiteral(", "))));
            }
            b.sql(" AND ").sql(filter.expr).sql(" = ").bind(value);
            break;
        case FilterKind::Exception: {
            static const QStringList exceptions = {QStringLiteral("underpaid"), QStringLiteral("overpaid"),
                                                   QStringLiteral("paid_late"), QStringLiteral("any")};
            if (!exceptions.contains(value)) {
                return invalid(key, ListsText::tr("\"%1\" is not an invoice exception; use underpaid, overpaid, "
                                                  "paid_late or any.")
                                        .arg(value));
            }
            if (value == QLatin1String("any")) {
                b.sql(" AND ").sql(filter.expr).sql(" IS NOT NULL AND i.resolution IS NULL");
            } else {
                b.sql(" AND ").sql(filter.expr).sql(" = ").bind(value);
            }
            break;
        }
        case FilterKind::Choice: {
            const QStringList choices = pageOf(spec.area).choices.value(key);
            if (!choices.contains(value)) {
                return invalid(
                    key, ListsText::tr("\"%1\" is not one of %2.").arg(value, choices.join(QStringLiteral(", "))));
            }
            if (value == QLatin1String("none")) {
                b.sql(" AND ").sql(filter.expr).sql(" IS NULL");
            } else {
                b.sql(" AND ").sql(filter.expr).sql(" = ").bind(value);
            }
            break;
        }
        case FilterKind::Prefix:
            if (value.size() > 100) {
                return invalid(key, ListsText::tr("the value is longer than 100 characters."));
            }
            // substr() compares exactly (case-sensitive) in both dialects, unlike LIKE.
            b.sql(" AND substr(").sql(filter.expr).sql(", 1, ").bind(qint64(value.size())).sql(") = ").bind(value);
            break;
        case FilterKind::Method: {
            static const QStringList methods = {QStringLiteral("cms"), QStringLiteral("card"), QStringLiteral("bch"),
                                                QStringLiteral("manual")};
            if (!methods.contains(value)) {
                return invalid(
                    key, ListsText::tr("\"%1\" is not a payment method; use cms, card, bch or manual.").arg(value));
            }
            b.sql(" AND ").sql(filter.expr).sql(" = ").bind(value);
            break;
        }
        case FilterKind::Month:
            if (!monthPattern().match(value).hasMatch()) {
                return invalid(key,
                               ListsText::tr("\"%1\" is not a month; write YYYY-MM, for example 2025-03.").arg(value));
            }
            b.sql(" AND ").sql(filter.expr).sql(" = ").bind(value);
            break;
        case FilterKind::Org: {
            bool ok = false;
            const qint64 orgId = value.toLongLong(&ok);
            if (!ok || orgId <= 0) {
                return invalid(key, ListsText::tr("\"%1\" is not an organization id.").arg(value));
            }
            emitOrgSubtree(b, filter.expr, orgId);
            break;
        }
        case FilterKind::From:
        case FilterKind::To: {
            const QString instant = canonicalInstant(value);
            if (instant.isEmpty()) {
                return invalid(key, ListsText::tr("\"%1\" is not a date and time; write ISO 8601 in UTC, for example "
                                                  "2025-03-01T00:00:00Z.")
                                        .arg(value));
            }
            b.sql(" AND ").sql(filter.expr).sql(filter.kind == FilterKind::From ? " >= " : " < ");
            d.instant(b, instant);
            break;
        }
        case FilterKind::Bool: {
            if (value != QLatin1String("true") && value != QLatin1String("false")) {
                return invalid(key, ListsText::tr("write true or false."));
            }
            b.sql(" AND ").sql(filter.expr).sql(" = ").bind(value == QLatin1String("true"));
            break;
        }
        case FilterKind::Country: {
            static const QRegularExpression code(QStringLiteral("^[A-Z]{2}$"));
            if (!code.match(value).hasMatch()) {
                return invalid(key, ListsText::tr("\"%1\" is not a two-letter country code such as KR.").arg(value));
            }
            b.sql(" AND ").sql(filter.expr).sql(" = ").bind(value);
            break;
        }
        case FilterKind::RiskMin:
        case FilterKind::RiskMax: {
            bool ok = false;
            const int hundredths = value.toInt(&ok);
            if (!ok || hundredths < 0 || hundredths > 999) {
                return invalid(key, ListsText::tr("a risk score is given in hundredths from 0 to 999 (2.50 is 250)."));
            }
            b.sql(" AND ").sql(filter.expr).sql(filter.kind == FilterKind::RiskMin ? " >= " : " <= ");
            b.bind(hundredths).sql(" / 100.0");
            break;
        }
        case FilterKind::Band: {
            const char* range = nullptr;
            if (value == QLatin1String("1-7")) {
                range = " BETWEEN 1 AND 7";
            } else if (value == QLatin1String("8-30")) {
                range = " BETWEEN 8 AND 30";
            } else if (value == QLatin1String("31-60")) {
                range = " BETWEEN 31 AND 60";
            } else if (value == QLatin1String("61+")) {
                range = " >= 61";
            } else {
                return invalid(key, ListsText::tr("use one of the bands 1-7, 8-30, 31-60, 61+."));
            }
            b.sql(" AND ").sql(filter.expr).sql(range);
            break;
        }
        case FilterKind::Stage: {
            if (value == QLatin1String("open")) {
                b.sql(" AND ").sql(filter.expr).sql(" IS NOT NULL");
            } else if (value == QLatin1String("new") || value == QLatin1String("resubmitted") ||
                       value == QLatin1String("second_approval") || value == QLatin1String("on_hold")) {
                b.sql(" AND ").sql(filter.expr).sql(" = ").bind(value);
            } else {
                return invalid(key, ListsText::tr("use one of open, new, resubmitted, second_approval, on_hold."));
            }
            break;
        }
        case FilterKind::Claim: {
            SqlBuilder live(" AND k.claim_expires_at > ");
            live.sql(d.clock());
            if (value == QLatin1String("unclaimed")) {
                b.sql(" AND NOT (").sql(filter.expr).sql(" IS NOT NULL").append(live).sql(")");
            } else if (value == QLatin1String("claimed")) {
                b.sql(" AND ").sql(filter.expr).sql(" IS NOT NULL").append(live);
            } else if (value == QLatin1String("mine") || value == QLatin1String("others")) {
                b.sql(" AND ").sql(filter.expr).sql(value == QLatin1String("mine") ? " = " : " <> ").bind(actor);
                b.append(live);
            } else {
                return invalid(key, ListsText::tr("use one of unclaimed, claimed, mine, others."));
            }
            break;
        }
        }
    }
    // Live re-reads (docs/ARCHITECTURE.md, "Live tables"): only the rows named.
    const QString ids = filters.value(QStringLiteral("ids")).trimmed();
    if (!ids.isEmpty()) {
        const QStringList parts = ids.split(QLatin1Char(','), Qt::SkipEmptyParts);
        if (parts.size() > kMaxIdsFilter) {
            return invalid(QStringLiteral("ids"), ListsText::tr("name at most %1 rows.").arg(kMaxIdsFilter));
        }
        b.sql(" AND ").sql(spec.idExpr).sql(" IN (");
        for (int i = 0; i < parts.size(); ++i) {
            bool ok = false;
            const qint64 id = parts.at(i).trimmed().toLongLong(&ok);
            if (!ok || id <= 0) {
                return invalid(
                    QStringLiteral("ids"),
                    ListsText::tr("\"%1\" is not a row id; give ids as 12,40,77.").arg(parts.at(i).left(40)));
            }
            b.sql(i == 0 ? "" : ", ").bind(id);
        }
        b.sql(")");
    }
    return Done{};
}

QString asOfDate(const ListRequest& request, Error* error)
{
    const QString given = request.filters.value(QStringLiteral("as_of")).trimmed();
    if (given.isEmpty()) {
        return QDate::currentDate().toString(Qt::ISODate);
    }
    const QDate date = QDate::fromString(given, Qt::ISODate);
    if (!date.isValid()) {
        *error = Error(Error::Kind::Invalid,
                       ListsText::tr("Filter \"as_of\": \"%1\" is not a date; write YYYY-MM-DD.").arg(given));
        return {};
    }
    return date.toString(Qt::ISODate);
}

} // namespace

QString encodeCursor(const Cursor& cursor)
{
    QJsonObject object{{QStringLiteral("a"), cursor.area},
                       {QStringLiteral("k"), cursor.sortKey},
                       {QStringLiteral("d"), cursor.descending},
                       {QStringLiteral("v"), QJsonValue::fromVariant(cursor.value)},
                       {QStringLiteral("i"), cursor.id}};
    return QString::fromLatin1(QJsonDocument(object)
                                   .toJson(QJsonDocument::Compact)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

std::optional<Cursor> decodeCursor(const QString& text)
{
    const QByteArray json = QByteArray::fromBase64(text.toLatin1(), QByteArray::Base64UrlEncoding);
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        return std::nullopt;
    }
    const QJsonObject object = doc.object();
    Cursor cursor;
    cursor.area = object.value(QStringLiteral("a")).toString();
    cursor.sortKey = object.value(QStringLiteral("k")).toString();
    cursor.descending = object.value(QStringLiteral("d")).toBool();
    const QJsonValue v = object.value(QStringLiteral("v"));
    if (v.isString()) {
        cursor.value = v.toString();
    } else if (v.isDouble()) {
        cursor.value = v.toInteger();
    } else if (v.isBool()) {
        cursor.value = v.toBool();
    } else {
        return std::nullopt;
    }
    const QJsonValue id = object.value(QStringLiteral("i"));
    if (!id.isDouble()) {
        return std::nullopt;
    }
    cursor.id = id.toInteger();
    return cursor;
}

namespace {

/// Everything a list query needs after validation.
struct PreparedList
{
    const SqlArea* spec = nullptr;
    const SqlColumn* sortColumn = nullptr;
    ValueType sortType = ValueType::Integer;
    QString sortKey;
    bool descending = false;
    bool sortById = false;
    FromParameters from;
    QString actor; ///< who asks (the "mine" claim filter)
};

/// The debit calendar's day and its scheduled dates, from the bank holidays of `session` (none
/// given: weekends only, for listPageStatement()). Errors: Invalid for a day that is not a date.
Result<Done> prepareDebitCalendar(const ListRequest& request, SqlSession* session, FromParameters* f)
{
    const QString given = request.filters.value(QStringLiteral("day")).trimmed();
    const QDate today = QDate::currentDate();
    QDate day = QDate::fromString(given, Qt::ISODate);
    if (!given.isEmpty() && (!day.isValid() || day.year() < 2000 || day.year() > 2999)) {
        return Error(Error::Kind::Invalid,
                     ListsText::tr("Filter \"day\": \"%1\" is not a date; write YYYY-MM-DD.").arg(given.left(40)));
    }
    // The holidays around the day: enough for the search back to the banking day before it.
    const QDate around = given.isEmpty() ? today : day;
    BankingCalendar calendar;
    if (session) {
        auto read = bankingCalendar(*session, around.addDays(-2 * BankingCalendar::kSearchDays),
                                    around.addDays(2 * BankingCalendar::kSearchDays));
        if (!read.ok()) {
            return read.error();
        }
        calendar = read.value();
    }
    if (given.isEmpty()) {
        day = calendar.nextBankingDay(today);
    }
    f->scheduled = calendar.nominalDatesDebitedOn(day);
    // The intervals and the most retries any policy has (migration 028), with the default's.
    QVector<int> intervals{RetryPolicyChange::kDefaultIntervalDays};
    int maxRetries = RetryPolicyChange::kDefaultRetries;
    if (session) {
        QSqlQuery query;
        Error error;
        if (!session->exec(query, SqlBuilder("SELECT DISTINCT interval_days, retry_limit FROM debit_retry_policies"),
                           &error)) {
            return error;
        }
        while (query.next()) {
            if (!intervals.contains(query.value(0).toInt())) {
                intervals.append(query.value(0).toInt());
            }
            maxRetries = std::max(maxRetries, query.value(1).toInt());
        }
    }
    f->retries = calendar.retriesDueOn(day, intervals, maxRetries, RetryPolicyChange::kMaxSpanDays);
    const QDate month(day.year(), day.month(), 1);
    f->failuresSinceMonth = month.addMonths(-6).toString(QStringLiteral("yyyy-MM"));
    return Done{};
}

Result<PreparedList> prepareList(const ListRequest& request, const QString& actor = QString(),
                                 SqlSession* session = nullptr)
{
    PreparedList prepared;
    prepared.actor = actor;
    prepared.spec = &areaSpec(request.area);
    const PageSpec& page = pageOf(request.area);
    prepared.sortKey = request.sortKey.isEmpty() ? page.defaultSort : request.sortKey;
    prepared.descending = request.sortKey.isEmpty() ? page.defaultDescending : request.descending;
    prepared.sortColumn = findColumn(*prepared.spec, prepared.sortKey, &prepared.sortType);
    if (!prepared.sortColumn) {
        return Error(Error::Kind::Invalid, ListsText::tr("Cannot sort %1 by \"%2\": there is no such column.")
                                               .arg(areaKey(request.area), prepared.sortKey));
    }
    prepared.sortById = prepared.sortKey == QLatin1String("id");
    if (request.area == Area::OverdueMembers) {
        Error error;
        prepared.from.asOf = asOfDate(request, &error);
        if (error) {
            return error;
        }
    }
    if (request.area == Area::DebitCalendar) {
        auto debits = prepareDebitCalendar(request, session, &prepared.from);
        if (!debits.ok()) {
            return debits.error();
        }
    }
    return prepared;
}

/// Whether every column `sql` names is of the table aliased `alias` ("p.sort_member" and
/// "COALESCE(p.paid_at, ...)" are of "p"; "o.name" is not).
bool namesOnlyAlias(const QString& sql, const QString& alias)
{
    static const QRegularExpression qualified(QStringLiteral("\\b([A-Za-z_][A-Za-z0-9_]*)\\.[A-Za-z_]"));
    for (auto it = qualified.globalMatch(sql); it.hasNext();) {
        if (it.next().captured(1) != alias) {
            return false;
        }
    }
    return true;
}

/// The indexed search a page is narrowed by (see buildSelect), or nullptr: the request searches
/// through SearchParts, sets none of the filters that need the list's joins, pages (`limit`),
/// and its sort key and every other filter set are columns of the list's own table.
const SqlFilter* narrowingSearch(const PreparedList& p, Dialect dialect, const QMap<QString, QString>& filters,
                                 int limit)
{
    const QStringList from = QString::fromLatin1(p.spec->countFrom ? p.spec->countFrom : "").split(QLatin1Char(' '));
    if (limit <= 0 || from.size() != 2) {
        return nullptr;
    }
    const QString& alias = from.at(1);
    for (const char* key : p.spec->countJoinFilters) {
        if (!filters.value(QLatin1String(key)).trimmed().isEmpty()) {
            return nullptr;
        }
    }
    const SqlFilter* search = nullptr;
    for (const SqlFilter& filter : p.spec->filters) {
        if (filters.value(QLatin1String(filter.key)).trimmed().isEmpty()) {
            continue;
        }
        if (filter.kind == FilterKind::Search) {
            if (filter.searchParts.empty() || search) {
                return nullptr;
            }
            search = &filter;
        } else if (filter.expr && !namesOnlyAlias(QString::fromLatin1(filter.expr), alias)) {
            return nullptr;
        }
    }
    SqlBuilder sortExpr;
    emitSortExpr(sortExpr, *p.sortColumn, p.sortType, dialect);
    const bool ownTable =
        namesOnlyAlias(sortExpr.text(), alias) && namesOnlyAlias(QString::fromLatin1(p.spec->idExpr), alias);
    return ownTable ? search : nullptr;
}

/// SELECT <values>, <sort key> FROM ... WHERE 1=1 <filters> [<keyset>] ORDER BY ... [LIMIT n]
///
/// A search that narrowingSearch() accepts finds the page's ids first, on the list's own table
/// (docs/ARCHITECTURE.md, "Search and sort at scale"): a search can match thousands of rows, and
/// joining each of them to members and institutions only to keep one page costs most of the
/// query. Each SearchPart yields (id, sort key) with the other filters applied where it reads
/// the row, so no match is looked up twice:
///   SELECT <values>, <sort key> FROM ... WHERE id IN (SELECT s.id FROM (SELECT id, <key> AS k
///   FROM <own table> WHERE <part> <filters> UNION ...) s WHERE <keyset on s> ORDER BY s.k, s.id
///   LIMIT n) ORDER BY ... LIMIT n
/// The rows and their order are those of the plain form.
Result<SqlBuilder> buildSelect(const PreparedList& p, Dialect dialect, const ListRequest& request,
                               const std::optional<Cursor>& cursor, int limit, const std::optional<Cursor>& until = {})
{
    const auto& infos = areaColumns(p.spec->area);
    SqlBuilder b("SELECT ");
    for (size_t i = 0; i < p.spec->columns.size(); ++i) {
        if (i > 0) {
            b.sql(", ");
        }
        emitValue(b, p.spec->columns[i], infos[int(i)].type, dialect);
    }
    b.sql(", ");
    emitSortKeyValue(b, *p.sortColumn, p.sortType, dialect);
    b.sql(" FROM ");
    emitFrom(b, *p.spec, dialect, p.from);
    // Validates every filter, whichever form is built.
    SqlBuilder where;
    auto validated = emitWhere(where, *p.spec, dialect, request.filters, p.actor);
    if (!validated.ok()) {
        return validated.error();
    }
    const SqlFilter* narrowing = narrowingSearch(p, dialect, request.filters, limit);
    const char* const idExpr = p.spec->idExpr;
    if (narrowing) {
        QMap<QString, QString> others = request.filters;
        others.remove(QLatin1String(narrowing->key));
        SqlBuilder otherFilters;
        emitWhere(otherFilters, *p.spec, dialect, others, p.actor);
        const SearchText text(request.filters.value(QLatin1String(narrowing->key)).trimmed());
        // The head of a part that reads the list's own table (compared with the parts' heads).
        const QByteArray ownHead = QByteArray("SELECT %1 FROM %2 WHERE ") // sql-binding: compared, never run
                                       .replace("%1", idExpr)
                                       .replace("%2", p.spec->countFrom);
        b.sql(" WHERE ").sql(idExpr).sql(" IN (SELECT s.id FROM (");
        for (size_t i = 0; i < narrowing->searchParts.size(); ++i) {
            const SearchPart& part = narrowing->searchParts[i];
            b.sql(i == 0 ? "SELECT " : " UNION SELECT ").sql(idExpr).sql(" AS id");
            if (!p.sortById) {
                b.sql(", ");
                emitSortExpr(b, *p.sortColumn, p.sortType, dialect);
                b.sql(" AS k");
            }
            b.sql(" FROM ").sql(p.spec->countFrom).sql(" WHERE ");
            if (QByteArray(part.head).startsWith(ownHead)) {
                // The part reads the list's own table: its condition goes straight in.
                b.sql(part.head + ownHead.size());
                emitSearchPartCondition(b, part, text, dialect);
            } else {
                b.sql(idExpr).sql(" IN (").sql(part.head);
                emitSearchPartCondition(b, part, text, dialect);
                b.sql(")");
            }
            b.append(otherFilters);
        }
        b.sql(") s WHERE 1 = 1");
    } else {
        b.sql(" WHERE 1 = 1").append(where);
    }
    // The sort key and id: the parts' (id, k) inside a narrowed search, else the list's own.
    const bool onParts = narrowing != nullptr;
    auto emitKey = [&](bool parts) {
        if (parts) {
            b.sql("s.k");
        } else {
            emitSortExpr(b, *p.sortColumn, p.sortType, dialect);
        }
    };
    auto idOf = [&](bool parts) { return parts ? "s.id" : idExpr; };
    // " AND (sort key, id) <op> (the cursor's)": after the cursor, or up to and including it.
    auto keysetBound = [&](const Cursor& at, const char* op) {
        if (p.sortById) {
            b.sql(" AND ").sql(idOf(onParts)).sql(op).bind(at.id);
            return;
        }
        b.sql(" AND (");
        emitKey(onParts);
        b.sql(", ").sql(idOf(onParts)).sql(")").sql(op).sql("(");
        emitCursorBind(b, *p.sortColumn, p.sortType, dialect, at.value);
        b.sql(", ").bind(at.id).sql(")");
    };
    if (cursor) {
        keysetBound(*cursor, p.descending ? " < " : " > ");
    }
    if (until) {
        keysetBound(*until, p.descending ? " >= " : " <= ");
    }
    const char* direction = p.descending ? " DESC" : " ASC";
    auto orderAndLimit = [&](bool parts) {
        b.sql(" ORDER BY ");
        if (!p.sortById) {
            emitKey(parts);
            b.sql(direction).sql(", ");
        }
        b.sql(idOf(parts)).sql(direction);
        if (limit > 0) {
            b.sql(" LIMIT ").bind(limit);
        }
    };
    orderAndLimit(onParts);
    if (onParts) {
        // The page's rows, joined: the same order, the same limit.
        b.sql(")");
        orderAndLimit(false);
    }
    return b;
}
} // namespace

QVariant decodeValue(const QVariant& raw, ValueType type)
{
    if (raw.isNull()) {
        return {};
    }
    switch (type) {
    case ValueType::Integer:
    case ValueType::Money:
    case ValueType::Score:
        return raw.toLongLong();
    case ValueType::Text:
    case ValueType::Month:
        return raw.toString();
    case ValueType::Boolean:
        return raw.toBool();
    case ValueType::Timestamp:
        return parseCanonicalInstant(raw.toString());
    case ValueType::Date:
        return QDate::fromString(raw.toString().left(10), Qt::ISODate);
    }
    return raw;
}

Result<SqlBuilder> listPageStatement(Dialect dialect, const ListRequest& request)
{
    auto prepared = prepareList(request);
    if (!prepared.ok()) {
        return prepared.error();
    }
    std::optional<Cursor> cursor;
    if (!request.cursor.isEmpty()) {
        cursor = decodeCursor(request.cursor);
        if (!cursor) {
            return Error(Error::Kind::Invalid, ListsText::tr("The page cursor does not belong to this list and sort "
                                                             "order; start from the first page."));
        }
    }
    return buildSelect(prepared.value(), dialect, request, cursor, request.limit + 1);
}

QStringList catalogColumnKeys(Area area)
{
    QStringList keys;
    for (const SqlColumn& column : areaSpec(area).columns) {
        keys << QLatin1String(column.key);
    }
    return keys;
}

QString likeContainsPattern(const QString& userText)
{
    QString escaped;
    escaped.reserve(userText.size() + 2);
    escaped += QLatin1Char('%');
    for (const QChar ch : userText) {
        if (ch == QLatin1Char('%') || ch == QLatin1Char('_') || ch == QLatin1Char('\\')) {
            escaped += QLatin1Char('\\');
        }
        escaped += ch;
    }
    escaped += QLatin1Char('%');
    return escaped;
}

QString canonicalInstant(const QString& text)
{
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!dt.isValid()) {
        dt = QDateTime::fromString(text, Qt::ISODate);
    }
    if (!dt.isValid() || dt.timeSpec() == Qt::LocalTime) {
        // An instant must say its zone; a bare local time is ambiguous.
        return {};
    }
    return dt.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("000Z");
}

QDateTime parseCanonicalInstant(const QString& text)
{
    // Fast path for "YYYY-MM-DDTHH:MM:SS.ffffffZ": fixed positions, no locale.
    if (text.size() >= 20 && text.at(4) == QLatin1Char('-') && text.at(10) == QLatin1Char('T')) {
        auto num = [&text](int pos, int len) { return QStringView(text).mid(pos, len).toInt(); };
        const QDate date(num(0, 4), num(5, 2), num(8, 2));
        int ms = 0;
        if (text.size() >= 23 && text.at(19) == QLatin1Char('.')) {
            ms = num(20, 3);
        }
        const QTime time(num(11, 2), num(14, 2), num(17, 2), ms);
        if (date.isValid() && time.isValid()) {
            return QDateTime(date, time, Qt::UTC);
        }
    }
    QDateTime dt = QDateTime::fromString(text, Qt::ISODateWithMs);
    return dt.isValid() ? dt.toUTC() : QDateTime();
}

Result<ListPage> listPage(SqlSession& session, const ListRequest& request)
{
    if (request.limit < 1 || request.limit > 1000) {
        return Error(Error::Kind::Invalid, ListsText::tr("A page holds 1 to 1000 rows."));
    }
    auto prepared = prepareList(request, session.actor(), &session);
    if (!prepared.ok()) {
        return prepared.error();
    }
    const PreparedList& p = prepared.value();
    auto belongs = [&](const QString& text, std::optional<Cursor>* out) {
        if (text.isEmpty()) {
            return true;
        }
        *out = decodeCursor(text);
        return *out && (*out)->area == areaKey(request.area) && (*out)->sortKey == p.sortKey &&
               (*out)->descending == p.descending;
    };
    std::optional<Cursor> cursor;
    std::optional<Cursor> until;
    if (!belongs(request.cursor, &cursor) || !belongs(request.until, &until)) {
        return Error(
            Error::Kind::Invalid,
            ListsText::tr("The page cursor does not belong to this list and sort order; start from the first page."));
    }
    auto select = buildSelect(p, session.dialect(), request, cursor, request.limit + 1, until);
    if (!select.ok()) {
        return select.error();
    }
    QSqlQuery query;
    Error error;
    if (!session.exec(query, select.value(), &error)) {
        return error;
    }
    const auto& infos = areaColumns(request.area);
    const int n = infos.size();
    ListPage page;
    page.rows.reserve(request.limit);
    QVariant lastSortValue;
    qint64 lastId = 0;
    bool more = false;
    while (query.next()) {
        if (page.rows.size() == request.limit) {
            more = true;
            break;
        }
        QVariantList row;
        row.reserve(n);
        for (int i = 0; i < n; ++i) {
            row.append(decodeValue(query.value(i), infos[i].type));
        }
        lastSortValue = query.value(n);
        lastId = row.front().toLongLong();
        page.rows.append(std::move(row));
    }
    if (query.lastError().isValid()) {
        return session.classify(query.lastError(), ListsText::tr("reading rows"));
    }
    if (more) {
        Cursor next;
        next.area = areaKey(request.area);
        next.sortKey = p.sortKey;
        next.descending = p.descending;
        // Integers travel as numbers, everything else as its exact text.
        if (lastSortValue.typeId() == QMetaType::LongLong || lastSortValue.typeId() == QMetaType::Int ||
            lastSortValue.typeId() == QMetaType::ULongLong) {
            next.value = lastSortValue.toLongLong();
        } else if (lastSortValue.typeId() == QMetaType::Bool) {
            next.value = lastSortValue.toBool();
        } else {
            next.value = lastSortValue.toString();
        }
        next.id = lastId;
        page.nextCursor = encodeCursor(next);
    }
    return page;
}

namespace {
/// Appends " FROM ... WHERE ..." for counting and totals: the list's FROM without the joins
/// that cannot change the count unless a filter needs them (SqlArea::countFrom).
Result<Done> emitCountFromWhere(SqlBuilder& b, const PreparedList& p, SqlSession& session,
                                const QMap<QString, QString>& filters)
{
    bool needsJoins = !p.spec->countFrom;
    for (const char* key : p.spec->countJoinFilters) {
        needsJoins = needsJoins || !filters.value(QLatin1String(key)).trimmed().isEmpty();
    }
    b.sql(" FROM ");
    if (needsJoins) {
        emitFrom(b, *p.spec, session.dialect(), p.from);
    } else {
        b.sql(p.spec->countFrom);
    }
    b.sql(" WHERE 1 = 1");
    return emitWhere(b, *p.spec, session.dialect(), filters, session.actor());
}
} // namespace

Result<CountResult> countRows(SqlSession& session, const ListRequest& request, CountMode mode)
{
    auto prepared = prepareList(request, session.actor(), &session);
    if (!prepared.ok()) {
        return prepared.error();
    }
    const PreparedList& p = prepared.value();
    auto fromWhere = [&](SqlBuilder& b) -> Result<Done> { return emitCountFromWhere(b, p, session, request.filters); };
    if (mode == CountMode::Estimate && session.dialect() == Dialect::PostgreSQL) {
        SqlBuilder explain("EXPLAIN (FORMAT JSON) SELECT 1");
        auto built = fromWhere(explain);
        if (!built.ok()) {
            return built.error();
        }
        auto plan = session.pgScalarText(explain);
        if (!plan.ok()) {
            return plan.error();
        }
        const QJsonDocument doc = QJsonDocument::fromJson(plan.value().toUtf8());
        const qint64 estimate = doc.array()
                                    .at(0)
                                    .toObject()
                                    .value(QStringLiteral("Plan"))
                                    .toObject()
                                    .value(QStringLiteral("Plan Rows"))
                                    .toInteger(-1);
        // Small results are cheap to count exactly; big ones show the estimate first.
        constexpr qint64 kExactBelow = 20000;
        if (estimate >= kExactBelow) {
            return CountResult{estimate, true};
        }
    }
    SqlBuilder count("SELECT COUNT(*)");
    auto built = fromWhere(count);
    if (!built.ok()) {
        return built.error();
    }
    auto value = session.scalar(count);
    if (!value.ok()) {
        return value.error();
    }
    return CountResult{value.value().toLongLong(), false};
}

Result<ListTotals> listTotals(SqlSession& session, const ListRequest& request)
{
    // Fixed expressions per area (identifiers never come from the request).
    const char* statusExpr = nullptr;
    const char* amountExpr = nullptr;
    if (request.area == Area::Payments) {
        statusExpr = "p.status";
        amountExpr = "p.amount";
    } else if (request.area == Area::Settlements) {
        statusExpr = "s.status";
        amountExpr = "s.net_amount";
    } else {
        return Error(Error::Kind::Invalid, ListsText::tr("%1 has no totals.").arg(areaKey(request.area)));
    }
    auto prepared = prepareList(request, session.actor(), &session);
    if (!prepared.ok()) {
        return prepared.error();
    }
    SqlBuilder b("SELECT ");
    b.sql(statusExpr).sql(", COUNT(*), COALESCE(SUM(").sql(amountExpr).sql("), 0)");
    auto where = emitCountFromWhere(b, prepared.value(), session, request.filters);
    if (!where.ok()) {
        return where.error();
    }
    b.sql(" GROUP BY ").sql(statusExpr);
    QSqlQuery query;
    Error error;
    if (!session.exec(query, b, &error)) {
        return error;
    }
    QMap<QString, StatusTotal> found;
    while (query.next()) {
        StatusTotal t;
        t.status = query.value(0).toString();
        t.count = query.value(1).toLongLong();
        t.amount = query.value(2).toLongLong();
        found.insert(t.status, t);
    }
    if (query.lastError().isValid()) {
        return session.classify(query.lastError(), ListsText::tr("adding up the rows"));
    }
    ListTotals totals;
    for (const QString& status : areaStatuses(request.area)) {
        if (found.contains(status)) {
            totals.byStatus.append(found.take(status));
        }
    }
    for (const StatusTotal& t : found) {
        totals.byStatus.append(t);
    }
    return totals;
}

namespace {
/// The statement forEachRow() and forEachTextRow() stream: the list's select without a limit.
Result<SqlBuilder> streamSelect(SqlSession& session, const ListRequest& request)
{
    auto prepared = prepareList(request, session.actor(), &session);
    if (!prepared.ok()) {
        return prepared.error();
    }
    return buildSelect(prepared.value(), session.dialect(), request, std::nullopt, 0);
}

Error stoppedAfter(qint64 rows)
{
    return Error(Error::Kind::Cancelled, ListsText::tr("Stopped after %1 rows.").arg(rows));
}
} // namespace

Result<qint64> forEachRow(SqlSession& session, const ListRequest& request,
                          const std::function<bool(const QVariantList& row)>& sink)
{
    auto select = streamSelect(session, request);
    if (!select.ok()) {
        return select.error();
    }
    QSqlQuery query;
    Error error;
    if (!session.exec(query, select.value(), &error)) {
        return error;
    }
    const auto& infos = areaColumns(request.area);
    const int n = infos.size();
    qint64 count = 0;
    QVariantList row;
    while (query.next()) {
        row.clear();
        for (int i = 0; i < n; ++i) {
            row.append(decodeValue(query.value(i), infos[i].type));
        }
        ++count;
        if (!sink(row)) {
            session.interrupt();
            return stoppedAfter(count);
        }
    }
    if (query.lastError().isValid()) {
        return session.classify(query.lastError(), ListsText::tr("reading rows"));
    }
    return count;
}

Result<qint64> forEachTextRow(SqlSession& session, const ListRequest& request,
                              const std::function<bool(const PgTextRow& row)>& sink)
{
    auto select = streamSelect(session, request);
    if (!select.ok()) {
        return select.error();
    }
    bool stopped = false;
    auto rows = session.pgForEachTextRow(
        select.value(),
        [&](const PgTextRow& row) {
            stopped = !sink(row);
            return !stopped;
        },
        ListsText::tr("reading rows"));
    if (rows.ok() && stopped) {
        return stoppedAfter(rows.value());
    }
    return rows;
}

} // namespace pd::sql
