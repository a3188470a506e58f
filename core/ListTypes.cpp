#include "ListTypes.h"

namespace pd {

QVector<Area> allAreas()
{
    return {Area::Users, Area::KycDocuments, Area::Invoices, Area::Payments, Area::Settlements, Area::OverdueMembers};
}

QString areaKey(Area area)
{
    switch (area) {
    case Area::Users:
        return QStringLiteral("users");
    case Area::KycDocuments:
        return QStringLiteral("kyc-documents");
    case Area::Invoices:
        return QStringLiteral("invoices");
    case Area::Payments:
        return QStringLiteral("payments");
    case Area::Settlements:
        return QStringLiteral("settlements");
    case Area::OverdueMembers:
        return QStringLiteral("overdue-members");
    }
    return {};
}

std::optional<Area> areaFromKey(const QString& key)
{
    for (Area area : allAreas()) {
        if (areaKey(area) == key) {
            return area;
        }
    }
    return std::nullopt;
}

namespace {
ColumnInfo col(const char* key, ValueType type, Currency currency = Currency::KRW)
{
    return ColumnInfo{QString::fromLatin1(key), type, currency};
}
} // namespace

const QVector<ColumnInfo>& areaColumns(Area area)
{
    using T = ValueType;
    static const QVector<ColumnInfo> users = {
        col("id", T::Integer),        col("email", T::Text),           col("last_name", T::Text),
        col("first_name", T::Text),   col("phone", T::Text),           col("country_code", T::Text),
        col("kyc_status", T::Text),   col("kyc_level", T::Integer),    col("organization", T::Text),
        col("is_active", T::Boolean), col("created_at", T::Timestamp), col("last_login_at", T::Timestamp),
    };
    // The queue's questions first: how long it has waited, at which stage, who holds it.
    static const QVector<ColumnInfo> kyc = {
        col("id", T::Integer),        col("created_at", T::Timestamp),  col("age", T::Timestamp),
        col("review_stage", T::Text), col("claimed_by", T::Text),       col("full_name", T::Text),
        col("email", T::Text),        col("document_type", T::Text),    col("kyc_level", T::Integer),
        col("nationality", T::Text),  col("risk_score", T::Score),      col("verification_status", T::Text),
        col("verified_by", T::Text),  col("verified_at", T::Timestamp),
    };
    static const QVector<ColumnInfo> invoices = {
        col("id", T::Integer),           col("created_at", T::Timestamp),
        col("username", T::Text),        col("amount", T::Money, Currency::BCH),
        col("address", T::Text),         col("status", T::Text),
        col("expires_at", T::Timestamp), col("confirmed_at", T::Timestamp),
        col("tx_hash", T::Text),         col("organization", T::Text),
    };
    static const QVector<ColumnInfo> payments = {
        col("id", T::Integer),       col("payment_month", T::Month), col("member", T::Text),
        col("institution", T::Text), col("amount", T::Money),        col("status", T::Text),
        col("method", T::Text),      col("due_date", T::Date),       col("paid_at", T::Timestamp),
        col("tid", T::Text),         col("failure_reason", T::Text), col("created_at", T::Timestamp),
    };
    static const QVector<ColumnInfo> settlements = {
        col("id", T::Integer),         col("settlement_month", T::Month),
        col("center", T::Text),        col("payment_count", T::Integer),
        col("gross_amount", T::Money), col("fee_amount", T::Money),
        col("net_amount", T::Money),   col("status", T::Text),
        col("confirmed_by", T::Text),  col("confirmed_at", T::Timestamp),
        col("paid_at", T::Timestamp),
    };
    // What the page is for comes first: who, how late, how much.
    static const QVector<ColumnInfo> overdue = {
        col("id", T::Integer),           col("member", T::Text),       col("band", T::Text),
        col("days_overdue", T::Integer), col("amount_owed", T::Money), col("months_owed", T::Integer),
        col("oldest_due", T::Date),      col("last_failure", T::Text), col("phone", T::Text),
        col("institution", T::Text),     col("center", T::Text),
    };
    switch (area) {
    case Area::Users:
        return users;
    case Area::KycDocuments:
        return kyc;
    case Area::Invoices:
        return invoices;
    case Area::Payments:
        return payments;
    case Area::Settlements:
        return settlements;
    case Area::OverdueMembers:
        return overdue;
    }
    return users;
}

int columnIndex(Area area, const QString& key)
{
    const auto& columns = areaColumns(area);
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].key == key) {
            return i;
        }
    }
    return -1;
}

QStringList areaFilterKeys(Area area)
{
    switch (area) {
    case Area::Users:
        return {QStringLiteral("q"),   QStringLiteral("status"), QStringLiteral("kyc_level"), QStringLiteral("country"),
                QStringLiteral("org"), QStringLiteral("from"),   QStringLiteral("to"),        QStringLiteral("active")};
    case Area::KycDocuments:
        return {QStringLiteral("q"),         QStringLiteral("status"),
                QStringLiteral("kyc_level"), QStringLiteral("document_type"),
                QStringLiteral("country"),   QStringLiteral("risk_min"),
                QStringLiteral("risk_max"),  QStringLiteral("stage"),
                QStringLiteral("claim"),     QStringLiteral("org"),
                QStringLiteral("from"),      QStringLiteral("to")};
    case Area::Invoices:
        return {QStringLiteral("q"), QStringLiteral("status"), QStringLiteral("org"), QStringLiteral("from"),
                QStringLiteral("to")};
    case Area::Payments:
        return {QStringLiteral("q"),   QStringLiteral("status"), QStringLiteral("month"), QStringLiteral("method"),
                QStringLiteral("org"), QStringLiteral("from"),   QStringLiteral("to")};
    case Area::Settlements:
        return {QStringLiteral("q"), QStringLiteral("status"), QStringLiteral("month"), QStringLiteral("org")};
    case Area::OverdueMembers:
        return {QStringLiteral("q"), QStringLiteral("org"), QStringLiteral("band"), QStringLiteral("as_of")};
    }
    return {};
}

QStringList areaStatuses(Area area)
{
    switch (area) {
    case Area::Users:
        return {QStringLiteral("pending"), QStringLiteral("approved"), QStringLiteral("rejected"),
                QStringLiteral("needs_info")};
    case Area::KycDocuments:
        return {QStringLiteral("pending"), QStringLiteral("approved"), QStringLiteral("rejected"),
                QStringLiteral("needs_info")};
    case Area::Invoices:
        return {QStringLiteral("pending"), QStringLiteral("paid"), QStringLiteral("confirmed"),
                QStringLiteral("expired"), QStringLiteral("cancelled")};
    case Area::Payments:
        return {QStringLiteral("pending"), QStringLiteral("success"), QStringLiteral("failed"),
                QStringLiteral("cancelled"), QStringLiteral("refunded")};
    case Area::Settlements:
        return {QStringLiteral("draft"), QStringLiteral("confirmed"), QStringLiteral("paid")};
    case Area::OverdueMembers:
        return {};
    }
    return {};
}

QVariant DetailRecord::field(const QString& key) const
{
    for (const auto& f : fields) {
        if (f.key == key) {
            return f.value;
        }
    }
    return {};
}

OverdueBand overdueBandForDays(qint64 days)
{
    if (days <= 0) {
        return OverdueBand::None;
    }
    if (days <= 7) {
        return OverdueBand::Days1to7;
    }
    if (days <= 30) {
        return OverdueBand::Days8to30;
    }
    if (days <= 60) {
        return OverdueBand::Days31to60;
    }
    return OverdueBand::Over60;
}

QString overdueBandKey(OverdueBand band)
{
    switch (band) {
    case OverdueBand::None:
        return {};
    case OverdueBand::Days1to7:
        return QStringLiteral("1-7");
    case OverdueBand::Days8to30:
        return QStringLiteral("8-30");
    case OverdueBand::Days31to60:
        return QStringLiteral("31-60");
    case OverdueBand::Over60:
        return QStringLiteral("61+");
    }
    return {};
}

} // namespace pd
