#include "Labels.h"

#include "Money.h"

#include <QCoreApplication>
#include <QHash>

namespace pd::models {

namespace {
struct Entry
{
    const char* key;
    const char* text;
};

// Marked with QT_TRANSLATE_NOOP so lupdate finds them; translated at lookup.
#define PD_L(key, text) {key, QT_TRANSLATE_NOOP("pd::models::Labels", text)}

const Entry kFieldTitles[] = {
    PD_L("id", "ID"),
    PD_L("email", "Email"),
    PD_L("last_name", "Last name"),
    PD_L("first_name", "First name"),
    PD_L("phone", "Phone"),
    PD_L("country_code", "Country"),
    PD_L("preferred_currency", "Preferred currency"),
    PD_L("kyc_status", "KYC status"),
    PD_L("kyc_level", "KYC level"),
    PD_L("user_kyc_level", "User's KYC level"),
    PD_L("organization", "Organization"),
    PD_L("is_active", "Active"),
    PD_L("is_verified", "Verified"),
    PD_L("circle_wallet_id", "Circle wallet"),
    PD_L("created_at", "Created"),
    PD_L("updated_at", "Updated"),
    PD_L("last_login_at", "Last login"),
    PD_L("full_name", "Full name"),
    PD_L("document_type", "Document type"),
    PD_L("document_number_masked", "Document number"),
    PD_L("nationality", "Nationality"),
    PD_L("date_of_birth", "Date of birth"),
    PD_L("gender", "Gender"),
    PD_L("address_line1", "Address"),
    PD_L("address_line2", "Address (line 2)"),
    PD_L("city", "City"),
    PD_L("state_province", "State or province"),
    PD_L("postal_code", "Postal code"),
    PD_L("country", "Country"),
    PD_L("occupation", "Occupation"),
    PD_L("employer", "Employer"),
    PD_L("income_range", "Income range"),
    PD_L("source_of_funds", "Source of funds"),
    PD_L("file_url", "File"),
    PD_L("file_type", "File type"),
    PD_L("file_size", "File size (bytes)"),
    PD_L("verification_status", "Verification status"),
    PD_L("verification_method", "Verification method"),
    PD_L("verification_notes", "Verification notes"),
    PD_L("verified_by", "Verified by"),
    PD_L("verified_at", "Verified at"),
    PD_L("compliance_check_id", "Compliance check"),
    PD_L("risk_score", "Risk score"),
    PD_L("risk_factors", "Risk factors"),
    PD_L("expires_at", "Expires"),
    PD_L("username", "Member"),
    PD_L("amount", "Amount"),
    PD_L("address", "Address"),
    PD_L("status", "Status"),
    PD_L("description", "Description"),
    PD_L("confirmed_at", "Confirmed"),
    PD_L("paid_at", "Paid"),
    PD_L("tx_hash", "Transaction hash"),
    PD_L("payment_id", "Payment"),
    PD_L("payment_month", "Month"),
    PD_L("member", "Member"),
    PD_L("institution", "Institution"),
    PD_L("center", "Center"),
    PD_L("center_code", "Center code"),
    PD_L("method", "Method"),
    PD_L("due_date", "Due date"),
    PD_L("tid", "Provider reference"),
    PD_L("order_id", "Order ID"),
    PD_L("failure_reason", "Failure reason"),
    PD_L("attempt_count", "Attempts"),
    PD_L("settlement_month", "Month"),
    PD_L("payment_count", "Payments"),
    PD_L("gross_amount", "Gross"),
    PD_L("fee_amount", "Fee"),
    PD_L("net_amount", "Net"),
    PD_L("confirmed_by", "Confirmed by"),
    PD_L("months_owed", "Months owed"),
    PD_L("amount_owed", "Amount owed"),
    PD_L("days_overdue", "Days overdue"),
    PD_L("band", "Severity"),
    PD_L("oldest_due", "Oldest due date"),
    PD_L("last_failure", "Last failure"),
    PD_L("service_status", "Service status"),
    PD_L("enrolled_at", "Enrolled"),
    PD_L("contract_id", "CMS contract"),
    PD_L("bank_name", "Bank"),
    PD_L("account_masked", "Account"),
    PD_L("payment_day", "Payment day"),
    PD_L("monthly_amount", "Monthly fee"),
    PD_L("cms_status", "CMS status"),
    PD_L("chain_name", "Chain"),
    PD_L("wallet_address", "Wallet address"),
    PD_L("usdc_balance", "USDC balance"),
    PD_L("transaction_type", "Type"),
    PD_L("merchant_name", "Merchant"),
    PD_L("name", "Name"),
    PD_L("birth_date", "Birth date"),
    PD_L("class_name", "Class"),
    PD_L("user_id", "User"),
    PD_L("version", "Version"),
};

// Where a list column's title differs from the field title.
struct AreaEntry
{
    Area area;
    const char* key;
    const char* text;
};
const AreaEntry kAreaColumnTitles[] = {
    {Area::Users, "created_at", QT_TRANSLATE_NOOP("pd::models::Labels", "Joined")},
    {Area::KycDocuments, "created_at", QT_TRANSLATE_NOOP("pd::models::Labels", "Submitted")},
    {Area::Invoices, "organization", QT_TRANSLATE_NOOP("pd::models::Labels", "Institution")},
    {Area::Settlements, "paid_at", QT_TRANSLATE_NOOP("pd::models::Labels", "Paid out")},
};

const Entry kSections[] = {
    PD_L("user", "User"),
    PD_L("parent", "Parent membership"),
    PD_L("document", "Document"),
    PD_L("level1", "Personal data (level 1)"),
    PD_L("level2", "Address and occupation (level 2)"),
    PD_L("file", "Document file"),
    PD_L("verification", "Verification"),
    PD_L("compliance", "Compliance"),
    PD_L("invoice", "Invoice"),
    PD_L("payment", "Payment"),
    PD_L("member", "Member"),
    PD_L("settlement", "Settlement"),
    PD_L("meta", "Record"),
    PD_L("wallets", "Wallets"),
    PD_L("transactions", "Recent transactions"),
    PD_L("kyc_documents", "KYC documents"),
    PD_L("children", "Children"),
    PD_L("payments", "Recent payments"),
    PD_L("other_documents", "The user's other documents"),
    PD_L("payments_by_method", "Successful payments by method"),
    PD_L("owed_payments", "Unpaid months"),
};

const Entry kStatuses[] = {
    PD_L("pending", "Pending"),
    PD_L("approved", "Approved"),
    PD_L("rejected", "Rejected"),
    PD_L("needs_info", "Needs information"),
    PD_L("success", "Paid"),
    PD_L("failed", "Failed"),
    PD_L("cancelled", "Cancelled"),
    PD_L("refunded", "Refunded"),
    PD_L("confirmed", "Confirmed"),
    PD_L("expired", "Expired"),
    PD_L("draft", "Draft"),
    PD_L("completed", "Completed"),
    PD_L("active", "Active"),
    PD_L("paused", "Paused"),
    PD_L("withdrawn", "Withdrawn"),
    PD_L("suspended", "Suspended"),
    PD_L("terminated", "Terminated"),
    PD_L("pending_registration", "Registration pending"),
};

const Entry kMethods[] = {
    PD_L("cms", "CMS auto-debit"),
    PD_L("card", "Card"),
    PD_L("bch", "Bitcoin Cash"),
    PD_L("manual", "Manual"),
};

const Entry kDocumentTypes[] = {
    PD_L("national_id", "National ID card"),
    PD_L("passport", "Passport"),
    PD_L("drivers_license", "Driver's license"),
    PD_L("residence_permit", "Residence permit"),
    PD_L("proof_of_address", "Proof of address"),
};

const Entry kTransactionTypes[] = {
    PD_L("deposit", "Deposit"),
    PD_L("withdrawal", "Withdrawal"),
    PD_L("payment", "Payment"),
    PD_L("transfer", "Transfer"),
};
#undef PD_L

QString lookup(const Entry* begin, const Entry* end, const QString& key)
{
    for (const Entry* e = begin; e != end; ++e) {
        if (key == QLatin1String(e->key)) {
            return QCoreApplication::translate("pd::models::Labels", e->text);
        }
    }
    return {};
}

template <size_t N>
QString lookup(const Entry (&table)[N], const QString& key)
{
    return lookup(table, table + N, key);
}

QString tr(const char* text)
{
    return QCoreApplication::translate("pd::models::Labels", text);
}
} // namespace

QString Labels::fieldTitle(const QString& key)
{
    const QString title = lookup(kFieldTitles, key);
    return title.isEmpty() ? key : title;
}

QString Labels::columnTitle(Area area, const QString& key)
{
    for (const AreaEntry& e : kAreaColumnTitles) {
        if (e.area == area && key == QLatin1String(e.key)) {
            return tr(e.text);
        }
    }
    return fieldTitle(key);
}

QString Labels::sectionTitle(const QString& group)
{
    const QString title = lookup(kSections, group);
    return title.isEmpty() ? group : title;
}

QString Labels::areaTitle(Area area)
{
    switch (area) {
    case Area::Users:
        return tr("Users");
    case Area::KycDocuments:
        return tr("KYC review");
    case Area::Invoices:
        return tr("BCH invoices");
    case Area::Payments:
        return tr("Payments");
    case Area::Settlements:
        return tr("Settlements");
    case Area::OverdueMembers:
        return tr("Overdue members");
    }
    return {};
}

bool Labels::hasVocabulary(const QString& columnKey)
{
    static const QStringList keys = {
        QStringLiteral("status"),         QStringLiteral("kyc_status"),     QStringLiteral("verification_status"),
        QStringLiteral("method"),         QStringLiteral("document_type"),  QStringLiteral("cms_status"),
        QStringLiteral("service_status"), QStringLiteral("transaction_type"), QStringLiteral("band")};
    return keys.contains(columnKey);
}

QString Labels::valueLabel(Area area, const QString& columnKey, const QString& value)
{
    QString label;
    if (columnKey == QLatin1String("method")) {
        label = lookup(kMethods, value);
    } else if (columnKey == QLatin1String("document_type")) {
        label = lookup(kDocumentTypes, value);
    } else if (columnKey == QLatin1String("transaction_type")) {
        label = lookup(kTransactionTypes, value);
    } else if (columnKey == QLatin1String("band")) {
        for (OverdueBand b : {OverdueBand::Days1to7, OverdueBand::Days8to30, OverdueBand::Days31to60,
                              OverdueBand::Over60}) {
            if (overdueBandKey(b) == value) {
                label = bandLabel(b);
            }
        }
    } else if (hasVocabulary(columnKey)) {
        // "paid" means different things for an invoice and a settlement.
        if (value == QLatin1String("paid")) {
            label = area == Area::Settlements ? tr("Paid out") : tr("Paid, unconfirmed");
        } else {
            label = lookup(kStatuses, value);
        }
    }
    return label.isEmpty() ? value : label;
}

QString Labels::bandLabel(OverdueBand band)
{
    switch (band) {
    case OverdueBand::None:
        return {};
    case OverdueBand::Days1to7:
        return tr("1-7 days");
    case OverdueBand::Days8to30:
        return tr("8-30 days");
    case OverdueBand::Days31to60:
        return tr("31-60 days");
    case OverdueBand::Over60:
        return tr("over 60 days");
    }
    return {};
}

QColor Labels::bandColor(OverdueBand band)
{
    // Light tints that keep black text readable (WCAG contrast > 7:1 on all four).
    switch (band) {
    case OverdueBand::None:
        return {};
    case OverdueBand::Days1to7:
        return QColor(0xff, 0xf4, 0xc2); // pale yellow
    case OverdueBand::Days8to30:
        return QColor(0xff, 0xdd, 0xa8); // light orange
    case OverdueBand::Days31to60:
        return QColor(0xff, 0xbf, 0xa8); // salmon
    case OverdueBand::Over60:
        return QColor(0xf5, 0x9e, 0xa4); // rose
    }
    return {};
}

QString Labels::formatTimestamp(const QDateTime& utc)
{
    if (!utc.isValid()) {
        return {};
    }
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString Labels::formatValue(Area area, const ColumnInfo& column, const QVariant& value, const QLocale& locale)
{
    if (!value.isValid() || value.isNull()) {
        return {};
    }
    switch (column.type) {
    case ValueType::Integer:
        if (column.key == QLatin1String("id") || column.key.endsWith(QLatin1String("_id")) ||
            column.key == QLatin1String("kyc_level") || column.key == QLatin1String("payment_day")) {
            return QString::number(value.toLongLong());
        }
        return locale.toString(value.toLongLong());
    case ValueType::Money:
        return Money(value.toLongLong(), column.currency).format(locale);
    case ValueType::Score: {
        const qint64 hundredths = value.toLongLong();
        return QString::number(hundredths / 100) + locale.decimalPoint() +
               QString::number(hundredths % 100).rightJustified(2, QLatin1Char('0'));
    }
    case ValueType::Boolean:
        return value.toBool() ? tr("Yes") : tr("No");
    case ValueType::Timestamp:
        return formatTimestamp(value.toDateTime());
    case ValueType::Date:
        return value.toDate().toString(Qt::ISODate);
    case ValueType::Month:
        return value.toString();
    case ValueType::Text:
        if (hasVocabulary(column.key)) {
            return valueLabel(area, column.key, value.toString());
        }
        return value.toString();
    }
    return value.toString();
}

QString Labels::formatField(Area area, const DetailField& field, const QLocale& locale)
{
    return formatValue(area, ColumnInfo{field.key, field.type, field.currency}, field.value, locale);
}

} // namespace pd::models
