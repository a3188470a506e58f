#include "Pages.h"

#include <QCoreApplication>

namespace pd {

namespace {

ColumnInfo col(const char* key, ValueType type, Currency currency = Currency::KRW)
{
    return ColumnInfo{QString::fromLatin1(key), type, currency, {}};
}

/// A money column stored at `column.currency`'s scale and shown in the row's "currency".
ColumnInfo inRowCurrency(ColumnInfo column)
{
    column.currencyColumn = QStringLiteral("currency");
    return column;
}

QStringList keys(std::initializer_list<const char*> list)
{
    QStringList out;
    for (const char* key : list) {
        out << QString::fromLatin1(key);
    }
    return out;
}

const QStringList kEveryRole = Permissions::roles();
const QStringList kMoneyRoles = keys({"hq_admin", "regional_admin", "center_manager", "auditor"});

PageSpec table(Area area, const char* key, const char* title, const char* icon, int digit, QStringList roles,
               QVector<ColumnInfo> columns, QStringList filters, QStringList statuses, const char* sort,
               bool descending, const char* statusColumn, QStringList sections)
{
    PageSpec spec;
    spec.key = QString::fromLatin1(key);
    spec.kind = PageKind::Table;
    spec.area = area;
    spec.title = title;
    spec.icon = QString::fromLatin1(icon);
    spec.shortcutDigit = digit;
    spec.roles = std::move(roles);
    spec.columns = std::move(columns);
    spec.filters = std::move(filters);
    spec.statuses = std::move(statuses);
    spec.defaultSort = QString::fromLatin1(sort);
    spec.defaultDescending = descending;
    spec.statusColumn = QString::fromLatin1(statusColumn);
    spec.detailSections = std::move(sections);
    return spec;
}

PageSpec other(PageKind kind, const char* key, const char* title, const char* icon, int digit, QStringList roles)
{
    PageSpec spec;
    spec.key = QString::fromLatin1(key);
    spec.kind = kind;
    spec.title = title;
    spec.icon = QString::fromLatin1(icon);
    spec.shortcutDigit = digit;
    spec.roles = std::move(roles);
    return spec;
}

QVector<PageSpec> makePages()
{
    using T = ValueType;
    QVector<PageSpec> out;
    out << other(PageKind::Dashboard, "dashboard", QT_TRANSLATE_NOOP("pd::PageSpec", "Dashboard"),
                 ":/icons/dashboard.svg", 1, kEveryRole);
    out << table(Area::Users, "users", QT_TRANSLATE_NOOP("pd::PageSpec", "Users"), ":/icons/users.svg", 2, kEveryRole,
                 {
                     col("id", T::Integer),
                     col("email", T::Text),
                     col("last_name", T::Text),
                     col("first_name", T::Text),
                     col("phone", T::Text),
                     col("country_code", T::Text),
                     col("kyc_status", T::Text),
                     col("kyc_level", T::Integer),
                     col("organization", T::Text),
                     col("is_active", T::Boolean),
                     col("created_at", T::Timestamp),
                     col("last_login_at", T::Timestamp),
                 },
                 keys({"q", "status", "kyc_level", "country", "org", "from", "to", "active"}),
                 keys({"pending", "approved", "rejected", "needs_info"}), "created_at", true, "kyc_status",
                 keys({"user", "parent", "meta", "wallets", "transactions", "kyc_documents", "children", "payments",
                       "credits", "audit"}));
    // The queue's questions first: how long it has waited, at which stage, who holds it. Oldest
    // first: the review queue.
    out << table(Area::KycDocuments, "kyc-documents", QT_TRANSLATE_NOOP("pd::PageSpec", "KYC review"),
                 ":/icons/kyc.svg", 3, keys({"hq_admin", "kyc_reviewer", "auditor"}),
                 {
                     col("id", T::Integer),
                     col("created_at", T::Timestamp),
                     col("age", T::Timestamp),
                     col("review_stage", T::Text),
                     col("claimed_by", T::Text),
                     col("assigned_to", T::Text),
                     col("full_name", T::Text),
                     col("email", T::Text),
                     col("document_type", T::Text),
                     col("kyc_level", T::Integer),
                     col("nationality", T::Text),
                     col("risk_score", T::Score),
                     col("verification_status", T::Text),
                     col("verified_by", T::Text),
                     col("verified_at", T::Timestamp),
                 },
                 keys({"q", "status", "kyc_level", "document_type", "country", "risk_min", "risk_max", "stage", "claim",
                       "org", "from", "to"}),
                 keys({"pending", "approved", "rejected", "needs_info"}), "created_at", false, "verification_status",
                 keys({"document", "level1", "level2", "file", "verification", "review", "compliance", "user", "meta",
                       "other_documents", "history"}));
    out << table(Area::Invoices, "invoices", QT_TRANSLATE_NOOP("pd::PageSpec", "BCH invoices"), ":/icons/invoices.svg",
                 4, kMoneyRoles,
                 {
                     col("id", T::Integer),
                     col("created_at", T::Timestamp),
                     col("username", T::Text),
                     col("amount", T::Money, Currency::BCH),
                     col("address", T::Text),
                     col("status", T::Text),
                     col("expires_at", T::Timestamp),
                     col("confirmed_at", T::Timestamp),
                     col("tx_hash", T::Text),
                     col("organization", T::Text),
                     col("received_sats", T::Money, Currency::BCH),
                     col("exception", T::Text),
                     col("derivation_index", T::Integer),
                 },
                 keys({"q", "status", "exception", "org", "from", "to"}),
                 keys({"pending", "paid", "confirmed", "expired", "cancelled"}), "created_at", true, "status",
                 keys({"invoice", "chain", "meta"}));
    out << table(Area::Payments, "payments", QT_TRANSLATE_NOOP("pd::PageSpec", "Payments"), ":/icons/payments.svg", 5,
                 kMoneyRoles,
                 {
                     col("id", T::Integer),
                     col("payment_month", T::Month),
                     col("member", T::Text),
                     col("institution", T::Text),
                     col("amount", T::Money),
                     col("status", T::Text),
                     col("method", T::Text),
                     col("due_date", T::Date),
                     col("paid_at", T::Timestamp),
                     col("tid", T::Text),
                     col("failure_code", T::Text),
                     col("failure_reason", T::Text),
                     col("created_at", T::Timestamp),
                 },
                 keys({"q", "status", "month", "method", "org", "from", "to"}),
                 keys({"pending", "success", "failed", "cancelled", "refunded"}), "created_at", true, "status",
                 keys({"payment", "member", "meta", "payment_history", "reconciliation"}));
    // Reconciliation works on payments: it sits right below them (those who change payments).
    out << other(PageKind::Reconciliation, "reconciliation", QT_TRANSLATE_NOOP("pd::PageSpec", "Reconciliation"),
                 ":/icons/reconciliation.svg", 8, keys({"hq_admin", "regional_admin", "center_manager"}));
    out << table(Area::Settlements, "settlements", QT_TRANSLATE_NOOP("pd::PageSpec", "Settlements"),
                 ":/icons/settlements.svg", 6, kMoneyRoles,
                 {
                     col("id", T::Integer),
                     col("settlement_month", T::Month),
                     col("center", T::Text),
                     col("payment_count", T::Integer),
                     col("gross_amount", T::Money),
                     col("fee_amount", T::Money),
                     col("net_amount", T::Money),
                     col("status", T::Text),
                     col("confirmed_by", T::Text),
                     col("confirmed_at", T::Timestamp),
                     col("paid_at", T::Timestamp),
                 },
                 keys({"q", "status", "month", "org"}), keys({"draft", "confirmed", "paid"}), "settlement_month", true,
                 "status", keys({"settlement", "meta", "payments_by_method", "settlement_history"}));
    // What the page is for comes first: who, how late, how much.
    out << table(Area::OverdueMembers, "overdue-members", QT_TRANSLATE_NOOP("pd::PageSpec", "Overdue members"),
                 ":/icons/overdue.svg", 7, kMoneyRoles,
                 {
                     col("id", T::Integer),
                     col("member", T::Text),
                     col("band", T::Text),
                     col("days_overdue", T::Integer),
                     col("amount_owed", T::Money),
                     col("months_owed", T::Integer),
                     col("oldest_due", T::Date),
                     col("last_failure", T::Text),
                     col("reason_action", T::Text),
                     col("last_reminded_at", T::Timestamp),
                     col("last_reminded_by", T::Text),
                     col("phone", T::Text),
                     col("institution", T::Text),
                     col("center", T::Text),
                 },
                 keys({"q", "org", "band", "reason", "as_of"}), {}, "days_overdue", true, "",
                 keys({"member", "owed_payments"}));
    // Dunning by reason (docs/DOMAIN.md, "Dunning"): the action of the latest coded failure.
    out.last().choices.insert(QStringLiteral("reason"), keys({"retry", "suspend", "update_account", "manual", "none"}));
    // Who is debited on a banking day (seed 004's daily debit targets), what is due and what to
    // look at first: the flags, then the last result.
    out << table(Area::DebitCalendar, "debit-calendar", QT_TRANSLATE_NOOP("pd::PageSpec", "Debit calendar"),
                 ":/icons/calendar.svg", 0, kMoneyRoles,
                 {
                     col("id", T::Integer),
                     col("member", T::Text),
                     col("payment_day", T::Integer),
                     col("scheduled_date", T::Date),
                     col("payment_month", T::Month),
                     col("attempt", T::Integer),
                     col("amount_due", T::Money),
                     col("flags", T::Text),
                     col("payment_status", T::Text),
                     col("last_result", T::Text),
                     col("last_failure", T::Text),
                     col("recent_failures", T::Integer),
                     col("cms_status", T::Text),
                     col("contract_id", T::Text),
                     col("phone", T::Text),
                     col("institution", T::Text),
                     col("center", T::Text),
                 },
                 keys({"q", "day", "cms", "org"}), {}, "member", false, "",
                 keys({"member", "contract", "meta", "children", "payments", "invoices", "audit"}));
    out.last().choices.insert(QStringLiteral("cms"), keys({"active", "suspended"}));
    // Members and organisations: the administration of seed 004, next to the lists they feed.
    out << table(Area::Members, "members", QT_TRANSLATE_NOOP("pd::PageSpec", "Members"), ":/icons/members.svg", 9,
                 kMoneyRoles,
                 {
                     col("id", T::Integer),
                     col("member", T::Text),
                     col("phone", T::Text),
                     col("email", T::Text),
                     col("institution", T::Text),
                     col("service_status", T::Text),
                     col("cms_status", T::Text),
                     col("payment_day", T::Integer),
                     col("monthly_amount", T::Money),
                     col("enrolled_at", T::Date),
                     col("updated_at", T::Timestamp),
                 },
                 keys({"q", "status", "cms", "org"}), keys({"active", "paused", "withdrawn"}), "enrolled_at", true,
                 "service_status", keys({"member", "contract", "meta", "children", "payments", "invoices", "audit"}));
    out.last().choices.insert(QStringLiteral("cms"),
                              keys({"none", "pending_registration", "active", "suspended", "terminated"}));
    out << table(Area::Wallets, "wallets", QT_TRANSLATE_NOOP("pd::PageSpec", "Wallets"), ":/icons/wallets.svg", 0,
                 keys({"hq_admin", "regional_admin", "center_manager", "kyc_reviewer", "auditor"}),
                 {
                     col("id", T::Integer),
                     col("email", T::Text),
                     col("chain_name", T::Text),
                     col("chain_id", T::Integer),
                     col("wallet_address", T::Text),
                     col("usdc_balance", T::Money, Currency::USDC),
                     col("is_active", T::Boolean),
                     col("last_balance_update", T::Timestamp),
                     col("created_at", T::Timestamp),
                 },
                 keys({"q", "chain", "active", "org"}), {}, "created_at", true, "",
                 keys({"wallet", "meta", "transactions", "audit"}));
    out << table(Area::Transactions, "transactions", QT_TRANSLATE_NOOP("pd::PageSpec", "Transactions"),
                 ":/icons/transactions.svg", 0,
                 keys({"hq_admin", "regional_admin", "center_manager", "kyc_reviewer", "auditor"}),
                 {
                     col("id", T::Integer),
                     col("created_at", T::Timestamp),
                     col("email", T::Text),
                     col("transaction_type", T::Text),
                     col("status", T::Text),
                     inRowCurrency(col("amount", T::Money, Currency::USDC)),
                     col("currency", T::Text),
                     inRowCurrency(col("total_fee", T::Money, Currency::USDC)),
                     col("merchant_name", T::Text),
                     col("transaction_hash", T::Text),
                     col("qr_code_id", T::Text),
                     col("completed_at", T::Timestamp),
                 },
                 keys({"q", "status", "type", "org", "from", "to"}), keys({"pending", "completed", "failed"}),
                 "created_at", true, "status", keys({"transaction", "chain", "fees", "meta", "audit"}));
    out.last().choices.insert(QStringLiteral("type"), keys({"deposit", "payment", "withdrawal", "transfer"}));
    out << table(Area::Organizations, "organizations", QT_TRANSLATE_NOOP("pd::PageSpec", "Organizations"),
                 ":/icons/organizations.svg", 0, kMoneyRoles,
                 {
                     col("id", T::Integer),
                     col("name", T::Text),
                     col("code", T::Text),
                     col("org_type", T::Text),
                     col("parent", T::Text),
                     col("settlement_fee_bp", T::Integer),
                     col("member_count", T::Integer),
                     col("is_active", T::Boolean),
                     col("created_at", T::Timestamp),
                 },
                 keys({"q", "org_type", "active", "org"}), {}, "name", false, "",
                 keys({"organization", "meta", "fee_rates", "sub_organizations", "staff_members", "audit"}));
    out.last().choices.insert(QStringLiteral("org_type"), keys({"hq", "region", "center", "institution"}));
    // The weekdays banks are closed: every role reads them (the debit calendar), headquarters
    // keeps them.
    out << table(Area::BankHolidays, "bank-holidays", QT_TRANSLATE_NOOP("pd::PageSpec", "Bank holidays"),
                 ":/icons/holidays.svg", 0, kMoneyRoles,
                 {
                     col("id", T::Integer),
                     col("day", T::Date),
                     col("name", T::Text),
                     col("active", T::Boolean),
                     col("reason", T::Text),
                     col("changed_by", T::Text),
                     col("changed_at", T::Timestamp),
                 },
                 keys({"q", "active"}), {}, "day", false, "", keys({"holiday", "meta", "audit"}));
    // Headquarters' own pages: who may work here, and what everyone did.
    out << table(Area::Staff, "staff", QT_TRANSLATE_NOOP("pd::PageSpec", "Staff"), ":/icons/staff.svg", 0,
                 keys({"hq_admin", "auditor"}),
                 {
                     col("id", T::Integer),
                     col("login", T::Text),
                     col("display_name", T::Text),
                     col("role", T::Text),
                     col("organization", T::Text),
                     col("is_active", T::Boolean),
                     col("server_password", T::Boolean),
                     col("second_factor", T::Boolean),
                     col("last_sign_in_at", T::Timestamp),
                     col("created_at", T::Timestamp),
                 },
                 keys({"q", "role", "active", "org"}), {}, "login", false, "",
                 keys({"staff", "meta", "actions", "audit"}));
    out.last().choices.insert(QStringLiteral("role"), kEveryRole);
    out << table(Area::AuditLog, "audit-log", QT_TRANSLATE_NOOP("pd::PageSpec", "Audit log"), ":/icons/audit.svg", 0,
                 keys({"hq_admin", "auditor"}),
                 {
                     col("id", T::Integer),
                     col("occurred_at", T::Timestamp),
                     col("actor", T::Text),
                     col("action", T::Text),
                     col("entity", T::Text),
                     col("entity_id", T::Integer),
                     col("reason", T::Text),
                 },
                 keys({"q", "actor", "action", "entity", "entity_id", "from", "to"}), {}, "occurred_at", true, "",
                 keys({"event", "changes", "meta"}));
    out.last().choices.insert(
        QStringLiteral("entity"),
        keys({"users", "parents", "children", "cms_info", "organizations", "staff", "kyc_documents", "kyc_settings",
              "invoices", "bch_accounts", "payments", "settlements", "reconciliation_imports", "user_credits",
              "credit_requests", "wallets", "transactions", "bank_holidays"}));

    out << table(Area::CreditRequests, "credit-requests", QT_TRANSLATE_NOOP("pd::PageSpec", "Manual credits"),
                 ":/icons/credits.svg", 0, keys({"hq_admin", "auditor"}),
                 {
                     col("id", T::Integer),
                     col("requested_at", T::Timestamp),
                     col("email", T::Text),
                     col("amount_sats", T::Money, Currency::BCH),
                     col("status", T::Text),
                     col("requested_by", T::Text),
                     col("decided_by", T::Text),
                     col("decided_at", T::Timestamp),
                     col("reason", T::Text),
                 },
                 keys({"q", "status", "from", "to"}), keys({"pending", "approved", "rejected"}), "requested_at", true,
                 "status", keys({"credit_request", "meta", "audit"}));

    // The audit_log.entity each area's rows are written under (core/sql/SqlAudit.h).
    const std::pair<Area, const char*> audited[] = {
        {Area::Users, "users"},
        {Area::KycDocuments, "kyc_documents"},
        {Area::Invoices, "invoices"},
        {Area::Payments, "payments"},
        {Area::Settlements, "settlements"},
        {Area::OverdueMembers, "parents"},
        {Area::Members, "parents"},
        {Area::Organizations, "organizations"},
        {Area::Staff, "staff"},
        {Area::Wallets, "wallets"},
        {Area::Transactions, "transactions"},
        {Area::DebitCalendar, "parents"},
        {Area::BankHolidays, "bank_holidays"},
    };
    for (PageSpec& spec : out) {
        for (const auto& [area, entity] : audited) {
            if (spec.kind == PageKind::Table && spec.area == area) {
                spec.auditEntity = QString::fromLatin1(entity);
            }
        }
    }
    return out;
}

} // namespace

bool PageSpec::visibleTo(const Permissions& permissions) const
{
    return permissions.role.isEmpty() || roles.contains(permissions.role);
}

QString PageSpec::translatedTitle() const
{
    return QCoreApplication::translate("pd::PageSpec", title);
}

const QVector<PageSpec>& pages()
{
    static const QVector<PageSpec> all = makePages();
    return all;
}

const PageSpec& pageOf(Area area)
{
    for (const PageSpec& spec : pages()) {
        if (spec.kind == PageKind::Table && spec.area == area) {
            return spec;
        }
    }
    return pages().first(); // every Area has a table page (tst_pages)
}

const PageSpec* pageByKey(const QString& key)
{
    for (const PageSpec& spec : pages()) {
        if (spec.key == key) {
            return &spec;
        }
    }
    return nullptr;
}

} // namespace pd
