#include "sql/SqlExpr.h"
#include "sql/SqlLists.h"
#include "sql/SqlSession.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>

#include <vector>

namespace pd::sql {

namespace {
struct DetailsText
{
    Q_DECLARE_TR_FUNCTIONS(pd::sql::Details)
};

/// One field of a detail query: SQL expression (or per-dialect expressions) and its type.
struct FieldDef
{
    const char* group;
    const char* key;
    const char* expr;
    ValueType type = ValueType::Text;
    Currency currency = Currency::KRW;
    const char* sqliteExpr = nullptr; ///< when SQLite needs another expression
};

/// Reads one row of `fields` FROM `from` WHERE `idExpr` = id. NotFound when there is no row.
Result<QVector<DetailField>> loadFields(SqlSession& session, const std::vector<FieldDef>& fields, const char* from,
                                        const char* idExpr, qint64 id)
{
    SqlBuilder b("SELECT ");
    for (size_t i = 0; i < fields.size(); ++i) {
        if (i > 0) {
            b.sql(", ");
        }
        const FieldDef& f = fields[i];
        const char* expr = session.dialect() == Dialect::SQLite && f.sqliteExpr ? f.sqliteExpr : f.expr;
        emitTypedValue(b, expr, f.type, session.dialect());
    }
    b.sql(" FROM ").sql(from).sql(" WHERE ").sql(idExpr).sql(" = ").bind(id);
    QSqlQuery query;
    Error error;
    if (!session.exec(query, b, &error)) {
        return error;
    }
    if (!query.next()) {
        return Error(Error::Kind::NotFound,
                     DetailsText::tr("The row is gone; someone may have deleted it. Refresh the list."));
    }
    QVector<DetailField> out;
    out.reserve(int(fields.size()));
    for (size_t i = 0; i < fields.size(); ++i) {
        const FieldDef& f = fields[i];
        out.append(DetailField{QLatin1String(f.group), QLatin1String(f.key), decodeValue(query.value(int(i)), f.type),
                               f.type, f.currency});
    }
    return out;
}

/// Column of a related table inside a detail view.
struct TableColumnDef
{
    const char* key;
    const char* expr;
    ValueType type = ValueType::Text;
    Currency currency = Currency::KRW;
    const char* sqliteExpr = nullptr;
    const char* currencyColumn = nullptr; ///< ColumnInfo::currencyColumn
};

/// A record of `area` from `fields` of the one row FROM `from` WHERE `idExpr` = id, titled by
/// its field `titleKey`. NotFound when there is no row.
Result<DetailRecord> loadRecord(SqlSession& session, Area area, const std::vector<FieldDef>& fields, const char* from,
                                const char* idExpr, qint64 id, const char* titleKey)
{
    auto loaded = loadFields(session, fields, from, idExpr, id);
    if (!loaded.ok()) {
        return loaded.error();
    }
    DetailRecord record;
    record.area = area;
    record.id = id;
    record.fields = loaded.value();
    record.title = record.field(QLatin1String(titleKey)).toString();
    return record;
}

/// Reads a related table: SELECT <columns> FROM <fromWhere ending in "= "> ? <tail>.
Result<DetailTable> loadTable(SqlSession& session, const char* key, const std::vector<TableColumnDef>& columns,
                              const char* fromWhere, qint64 id, const char* tail)
{
    SqlBuilder b("SELECT ");
    DetailTable table;
    table.key = QLatin1String(key);
    for (size_t i = 0; i < columns.size(); ++i) {
        if (i > 0) {
            b.sql(", ");
        }
        const TableColumnDef& c = columns[i];
        const char* expr = session.dialect() == Dialect::SQLite && c.sqliteExpr ? c.sqliteExpr : c.expr;
        emitTypedValue(b, expr, c.type, session.dialect());
        table.columns.append(ColumnInfo{QLatin1String(c.key), c.type, c.currency,
                                        c.currencyColumn ? QString::fromLatin1(c.currencyColumn) : QString()});
    }
    b.sql(" FROM ").sql(fromWhere).bind(id).sql(tail);
    QSqlQuery query;
    Error error;
    if (!session.exec(query, b, &error)) {
        return error;
    }
    while (query.next()) {
        QVariantList row;
        for (size_t i = 0; i < columns.size(); ++i) {
            row.append(decodeValue(query.value(int(i)), columns[i].type));
        }
        table.rows.append(row);
    }
    return table;
}

using T = ValueType;

/// Columns of an audit history table inside a detail view (newest first).
const std::vector<TableColumnDef>& auditColumns()
{
    static const std::vector<TableColumnDef> columns = {
        {"occurred_at", "a.occurred_at", T::Timestamp}, {"actor", "a.actor"},   {"action", "a.action"},
        {"entity_id", "a.entity_id", T::Integer},       {"reason", "a.reason"},
    };
    return columns;
}

Result<DetailRecord> userDetail(SqlSession& session, qint64 id)
{
    static const std::vector<FieldDef> fields = {
        {"user", "email", "u.email"},
        {"user", "last_name", "u.last_name"},
        {"user", "first_name", "u.first_name"},
        {"user", "phone", "u.phone"},
        {"user", "country_code", "u.country_code"},
        {"user", "preferred_currency", "u.preferred_currency"},
        {"user", "organization", "o.name"},
        {"user", "is_verified", "u.is_verified", T::Boolean},
        {"user", "is_active", "u.is_active", T::Boolean},
        {"user", "kyc_status", "u.kyc_status"},
        {"user", "kyc_level", "u.kyc_level", T::Integer},
        {"user", "circle_wallet_id", "u.circle_wallet_id"},
        {"user", "created_at", "u.created_at", T::Timestamp},
        {"user", "updated_at", "u.updated_at", T::Timestamp},
        {"user", "last_login_at", "u.last_login_at", T::Timestamp},
        {"meta", "version", "u.version", T::Integer},
        {"parent", "institution", "inst.name"},
        {"parent", "service_status", "pa.service_status"},
        {"parent", "enrolled_at", "pa.enrolled_at", T::Date},
        {"parent", "contract_id", "c.contract_id"},
        {"parent", "bank_name", "c.bank_name"},
        {"parent", "account_masked", "CASE WHEN c.account_last4 IS NULL THEN NULL ELSE '****' || c.account_last4 END"},
        {"parent", "payment_day", "c.payment_day", T::Integer},
        {"parent", "monthly_amount", "c.monthly_amount", T::Money},
        {"parent", "cms_status", "c.cms_status"},
    };
    auto loaded = loadFields(session, fields,
                             "users u LEFT JOIN organizations o ON o.id = u.organization_id "
                             "LEFT JOIN parents pa ON pa.user_id = u.id "
                             "LEFT JOIN organizations inst ON inst.id = pa.organization_id "
                             "LEFT JOIN cms_info c ON c.parent_id = pa.id",
                             "u.id", id);
    if (!loaded.ok()) {
        return loaded.error();
    }
    DetailRecord record;
    record.area = Area::Users;
    record.id = id;
    record.fields = loaded.value();
    record.title = record.field(QStringLiteral("last_name")).toString() + QLatin1Char(' ') +
                   record.field(QStringLiteral("first_name")).toString();
    if (!record.field(QStringLiteral("institution")).isValid()) {
        // Not a parent: drop the empty parent section.
        record.fields.erase(std::remove_if(record.fields.begin(), record.fields.end(),
                                           [](const DetailField& f) { return f.group == QLatin1String("parent"); }),
                            record.fields.end());
    }

    auto wallets = loadTable(session, "wallets",
                             {{"chain_name", "w.chain_name"},
                              {"wallet_address", "w.wallet_address"},
                              {"usdc_balance", "CAST(w.usdc_balance * 1000000 AS BIGINT)", T::Money, Currency::USDC,
                               "CAST(replace(w.usdc_balance, '.', '') AS INTEGER)"},
                              {"is_active", "w.is_active", T::Boolean}},
                             "wallets w WHERE w.user_id = ", id, " ORDER BY w.chain_id");
    auto transactions =
        loadTable(session, "transactions",
                  {{"created_at", "t.created_at", T::Timestamp},
                   {"transaction_type", "t.transaction_type"},
                   {"status", "t.status"},
                   {"amount", "CAST(t.amount * 1000000 AS BIGINT)", T::Money, Currency::USDC,
                    "CAST(replace(t.amount, '.', '') AS INTEGER)", "currency"},
                   {"currency", "t.currency"},
                   {"merchant_name", "t.merchant_name"}},
                  "transactions t WHERE t.user_id = ", id, " ORDER BY t.created_at DESC, t.id DESC LIMIT 20");
    auto documents = loadTable(session, "kyc_documents",
                               {{"id", "k.id", T::Integer},
                                {"document_type", "k.document_type"},
                                {"kyc_level", "k.kyc_level", T::Integer},
                                {"verification_status", "k.verification_status"},
                                {"created_at", "k.created_at", T::Timestamp}},
                               "kyc_documents k WHERE k.user_id = ", id, " ORDER BY k.created_at DESC, k.id DESC");
    auto children =
        loadTable(session, "children",
                  {{"name", "ch.name"}, {"birth_date", "ch.birth_date", T::Date}, {"class_name", "ch.class_name"}},
                  "children ch JOIN parents pa ON pa.id = ch.parent_id WHERE pa.user_id = ", id, " ORDER BY ch.id");
    auto payments = loadTable(session, "payments",
                              {{"payment_month", "p.payment_month", T::Month},
                               {"amount", "p.amount", T::Money},
                               {"status", "p.status"},
                               {"method", "p.method"},
                               {"paid_at", "p.paid_at", T::Timestamp},
                               {"failure_reason", "p.failure_reason"}},
                              "payments p JOIN parents pa ON pa.id = p.parent_id WHERE pa.user_id = ", id,
                              " ORDER BY p.payment_month DESC LIMIT 12");
    // The credit ledger (migration 011): newest first, each row with the balance after it.
    auto credits = loadTable(session, "credits",
                             {{"created_at", "c.created_at", T::Timestamp},
                              {"transaction_type", "c.transaction_type"},
                              {"amount", "CAST(c.amount * 100000000 AS BIGINT)", T::Money, Currency::BCH,
                               "CAST(replace(c.amount, '.', '') AS INTEGER)"},
                              {"balance_after", "CAST(c.balance_after * 100000000 AS BIGINT)", T::Money, Currency::BCH,
                               "CAST(replace(c.balance_after, '.', '') AS INTEGER)"},
                              {"invoice_id", "c.invoice_id", T::Integer}},
                             "user_credits c WHERE c.user_id = ", id, " ORDER BY c.id DESC LIMIT 50");
    auto audit =
        loadTable(session, "audit", auditColumns(), "audit_log a, (SELECT id AS uid FROM users WHERE id = ", id,
                  ") x WHERE (a.entity = 'users' AND a.entity_id = x.uid) OR (a.entity = 'kyc_documents' AND "
                  "a.entity_id IN (SELECT d.id FROM kyc_documents d WHERE d.user_id = x.uid)) "
                  "ORDER BY a.occurred_at DESC, a.id DESC LIMIT 200");
    for (auto* table : {&wallets, &transactions, &documents, &children, &payments, &credits, &audit}) {
        if (!table->ok()) {
            return table->error();
        }
        if (!table->value().rows.isEmpty()) {
            record.tables.append(table->value());
        }
    }
    return record;
}

Result<DetailRecord> kycDetail(SqlSession& session, qint64 id)
{
    static const std::vector<FieldDef> fields = {
        {"document", "document_type", "k.document_type"},
        {"document", "document_number_masked", "k.document_number_masked"},
        {"document", "kyc_level", "k.kyc_level", T::Integer},
        {"document", "created_at", "k.created_at", T::Timestamp},
        {"document", "expires_at", "k.expires_at", T::Timestamp},
        {"level1", "full_name", "k.full_name"},
        {"level1", "date_of_birth", "k.date_of_birth"},
        {"level1", "nationality", "k.nationality"},
        {"level1", "gender", "k.gender"},
        {"level2", "address_line1", "k.address_line1"},
        {"level2", "address_line2", "k.address_line2"},
        {"level2", "city", "k.city"},
        {"level2", "state_province", "k.state_province"},
        {"level2", "postal_code", "k.postal_code"},
        {"level2", "country", "k.country"},
        {"level2", "occupation", "k.occupation"},
        {"level2", "employer", "k.employer"},
        {"level2", "income_range", "k.income_range"},
        {"level2", "source_of_funds", "k.source_of_funds"},
        {"file", "file_url", "k.file_url"},
        {"file", "file_type", "k.file_type"},
        {"file", "file_size", "k.file_size", T::Integer},
        {"verification", "verification_status", "k.verification_status"},
        {"verification", "verification_method", "k.verification_method"},
        {"verification", "verification_notes", "k.verification_notes"},
        {"verification", "verified_by", "k.verified_by"},
        {"verification", "verified_at", "k.verified_at", T::Timestamp},
        {"review", "claimed_by", PD_SQL_KYC_LIVE_CLAIMER_PG, T::Text, Currency::KRW, PD_SQL_KYC_LIVE_CLAIMER_SQLITE},
        {"review", "claim_expires_at", "CASE WHEN k.claim_expires_at > CURRENT_TIMESTAMP THEN k.claim_expires_at END",
         T::Timestamp, Currency::KRW,
         "CASE WHEN k.claim_expires_at > " PD_SQL_SQLITE_NOW " THEN k.claim_expires_at END"},
        {"review", "first_approved_by", "k.first_approved_by"},
        {"review", "first_approved_at", "k.first_approved_at", T::Timestamp},
        {"review", "resubmitted_at", "k.resubmitted_at", T::Timestamp},
        {"review", "hold_reason", "k.hold_reason"},
        {"review", "held_by", "k.held_by"},
        {"review", "held_at", "k.held_at", T::Timestamp},
        {"review", "sla_clock_from", PD_SQL_KYC_SLA_START_PG, T::Timestamp, Currency::KRW, PD_SQL_KYC_SLA_START_SQLITE},
        {"review", "assigned_to", "k.assigned_to"},
        {"compliance", "compliance_check_id", "k.compliance_check_id"},
        {"compliance", "risk_score", "CAST(k.risk_score * 100 AS INTEGER)", T::Score, Currency::KRW,
         "CAST(round(k.risk_score * 100) AS INTEGER)"},
        {"compliance", "risk_factors", "k.risk_factors"},
        {"user", "email", "u.email"},
        {"user", "kyc_status", "u.kyc_status"},
        {"user", "user_kyc_level", "u.kyc_level", T::Integer},
        {"user", "user_id", "u.id", T::Integer},
        {"meta", "version", "k.version", T::Integer},
    };
    auto loaded = loadRecord(session, Area::KycDocuments, fields, "kyc_documents k JOIN users u ON u.id = k.user_id",
                             "k.id", id, "full_name");
    if (!loaded.ok()) {
        return loaded.error();
    }
    DetailRecord record = loaded.value();
    auto others = loadTable(session, "other_documents",
                            {{"id", "o.id", T::Integer},
                             {"document_type", "o.document_type"},
                             {"kyc_level", "o.kyc_level", T::Integer},
                             {"verification_status", "o.verification_status"},
                             {"verified_by", "o.verified_by"},
                             {"verified_at", "o.verified_at", T::Timestamp},
                             {"verification_notes", "o.verification_notes"}},
                            "kyc_documents o JOIN kyc_documents k ON k.user_id = o.user_id AND o.id <> k.id "
                            "WHERE k.id = ",
                            id, " ORDER BY o.created_at DESC, o.id DESC");
    if (!others.ok()) {
        return others.error();
    }
    if (!others.value().rows.isEmpty()) {
        record.tables.append(others.value());
    }
    // Earlier decisions and every review action on this user's documents.
    auto history = loadTable(session, "history", auditColumns(),
                             "audit_log a WHERE a.entity = 'kyc_documents' AND a.entity_id IN (SELECT o.id FROM "
                             "kyc_documents o JOIN kyc_documents k ON k.user_id = o.user_id WHERE k.id = ",
                             id, ") ORDER BY a.occurred_at DESC, a.id DESC LIMIT 200");
    if (!history.ok()) {
        return history.error();
    }
    if (!history.value().rows.isEmpty()) {
        record.tables.append(history.value());
    }
    return record;
}

Result<DetailRecord> invoiceDetail(SqlSession& session, qint64 id)
{
    static const std::vector<FieldDef> fields = {
        {"invoice", "amount", "CAST(i.amount * 100000000 AS BIGINT)", T::Money, Currency::BCH,
         "CAST(replace(i.amount, '.', '') AS INTEGER)"},
        {"invoice", "address", "i.address"},
        {"invoice", "status", "i.status"},
        {"invoice", "description", "i.description"},
        {"invoice", "username", "i.username"},
        {"invoice", "email", "u.email"},
        {"invoice", "organization", "o.name"},
        {"invoice", "payment_id", "i.payment_id", T::Integer},
        {"invoice", "created_at", "i.created_at", T::Timestamp},
        {"invoice", "expires_at", "i.expires_at", T::Timestamp},
        {"invoice", "paid_at", "i.paid_at", T::Timestamp},
        {"invoice", "confirmed_at", "i.confirmed_at", T::Timestamp},
        {"invoice", "tx_hash", "i.tx_hash"},
        {"chain", "received_sats", "i.received_sats", T::Money, Currency::BCH, "i.received_sats"},
        {"chain", "exception", "i.exception"},
        {"chain", "resolution", "i.resolution"},
        {"chain", "confirmed_height", "i.confirmed_height", T::Integer},
        {"chain", "derivation_index", "i.derivation_index", T::Integer},
        {"meta", "user_id", "i.user_id", T::Integer},
        {"meta", "version", "i.version", T::Integer},
    };
    auto loaded = loadRecord(session, Area::Invoices, fields,
                             "invoices i LEFT JOIN users u ON u.id = i.user_id "
                             "LEFT JOIN organizations o ON o.id = i.organization_id",
                             "i.id", id, "address");
    if (!loaded.ok()) {
        return loaded.error();
    }
    DetailRecord record = loaded.value();
    return record;
}

Result<DetailRecord> paymentDetail(SqlSession& session, qint64 id)
{
    static const std::vector<FieldDef> fields = {
        {"payment", "payment_month", "p.payment_month", T::Month},
        {"payment", "amount", "p.amount", T::Money},
        {"payment", "status", "p.status"},
        {"payment", "method", "p.method"},
        {"payment", "due_date", "p.due_date", T::Date},
        {"payment", "paid_at", "p.paid_at", T::Timestamp},
        {"payment", "tid", "p.tid"},
        {"payment", "order_id", "p.order_id"},
        {"payment", "failure_reason", "p.failure_reason"},
        {"payment", "attempt_count", "p.attempt_count", T::Integer},
        {"payment", "created_at", "p.created_at", T::Timestamp},
        {"payment", "updated_at", "p.updated_at", T::Timestamp},
        {"member", "member", PD_SQL_MEMBER_NAME},
        {"member", "phone", "u.phone"},
        {"member", "email", "u.email"},
        {"member", "institution", "o.name"},
        {"member", "center", "ctr.name"},
        {"member", "contract_id", "c.contract_id"},
        {"member", "bank_name", "c.bank_name"},
        {"member", "account_masked", "CASE WHEN c.account_last4 IS NULL THEN NULL ELSE '****' || c.account_last4 END"},
        {"member", "payment_day", "c.payment_day", T::Integer},
        {"meta", "parent_id", "p.parent_id", T::Integer},
        {"meta", "version", "p.version", T::Integer},
    };
    auto loaded = loadFields(session, fields,
                             "payments p JOIN parents pa ON pa.id = p.parent_id JOIN users u ON u.id = pa.user_id "
                             "JOIN organizations o ON o.id = p.organization_id "
                             "LEFT JOIN organizations ctr ON ctr.id = o.parent_id "
                             "LEFT JOIN cms_info c ON c.parent_id = pa.id",
                             "p.id", id);
    if (!loaded.ok()) {
        return loaded.error();
    }
    DetailRecord record;
    record.area = Area::Payments;
    record.id = id;
    record.fields = loaded.value();
    record.title = record.field(QStringLiteral("member")).toString() + QStringLiteral(" · ") +
                   record.field(QStringLiteral("payment_month")).toString();
    // Who changed what (manual settling, reconciliation), newest first; and the result-file
    // lines that concerned it.
    auto history = loadTable(session, "payment_history", auditColumns(),
                             "audit_log a WHERE a.entity = 'payments' AND a.entity_id = ", id,
                             " ORDER BY a.occurred_at DESC, a.id DESC LIMIT 200");
    if (!history.ok()) {
        return history.error();
    }
    if (!history.value().rows.isEmpty()) {
        record.tables.append(history.value());
    }
    auto lines = loadTable(session, "reconciliation",
                           {{"imported_at", "r.imported_at", T::Timestamp},
                            {"file_name", "r.file_name"},
                            {"line_no", "l.line_no", T::Integer},
                            {"amount", "l.amount", T::Money},
                            {"result_code", "l.result_code"},
                            {"outcome", "l.outcome"}},
                           "reconciliation_lines l JOIN reconciliation_imports r ON r.id = l.import_id "
                           "WHERE l.payment_id = ",
                           id, " ORDER BY r.imported_at DESC, l.id DESC");
    if (!lines.ok()) {
        return lines.error();
    }
    if (!lines.value().rows.isEmpty()) {
        record.tables.append(lines.value());
    }
    return record;
}

Result<DetailRecord> settlementDetail(SqlSession& session, qint64 id)
{
    static const std::vector<FieldDef> fields = {
        {"settlement", "settlement_month", "s.settlement_month", T::Month},
        {"settlement", "center", "o.name"},
        {"settlement", "center_code", "o.code"},
        {"settlement", "payment_count", "s.payment_count", T::Integer},
        {"settlement", "gross_amount", "s.gross_amount", T::Money},
        {"settlement", "fee_amount", "s.fee_amount", T::Money},
        {"settlement", "net_amount", "s.net_amount", T::Money},
        {"settlement", "status", "s.status"},
        {"settlement", "confirmed_by", "s.confirmed_by"},
        {"settlement", "confirmed_at", "s.confirmed_at", T::Timestamp},
        {"settlement", "paid_at", "s.paid_at", T::Timestamp},
        {"settlement", "created_at", "s.created_at", T::Timestamp},
        {"meta", "organization_id", "s.organization_id", T::Integer},
        {"meta", "version", "s.version", T::Integer},
    };
    auto loaded =
        loadFields(session, fields, "settlements s JOIN organizations o ON o.id = s.organization_id", "s.id", id);
    if (!loaded.ok()) {
        return loaded.error();
    }
    DetailRecord record;
    record.area = Area::Settlements;
    record.id = id;
    record.fields = loaded.value();
    record.title = record.field(QStringLiteral("center")).toString() + QStringLiteral(" · ") +
                   record.field(QStringLiteral("settlement_month")).toString();
    auto byMethod = loadTable(
        session, "payments_by_method",
        {{"method", "p.method"}, {"payment_count", "COUNT(*)", T::Integer}, {"amount", "SUM(p.amount)", T::Money}},
        "settlements s JOIN organizations root ON root.id = s.organization_id "
        "JOIN organizations sub ON sub.path LIKE root.path || '%' "
        "JOIN payments p ON p.organization_id = sub.id AND p.payment_month = s.settlement_month "
        "AND p.status = 'success' WHERE s.id = ",
        id, " GROUP BY p.method ORDER BY p.method");
    if (!byMethod.ok()) {
        return byMethod.error();
    }
    record.tables.append(byMethod.value());
    auto history = loadTable(session, "settlement_history", auditColumns(),
                             "audit_log a WHERE a.entity = 'settlements' AND a.entity_id = ", id,
                             " ORDER BY a.occurred_at DESC, a.id DESC LIMIT 200");
    if (!history.ok()) {
        return history.error();
    }
    if (!history.value().rows.isEmpty()) {
        record.tables.append(history.value());
    }
    return record;
}

Result<DetailRecord> overdueDetail(SqlSession& session, qint64 parentId)
{
    static const std::vector<FieldDef> fields = {
        {"member", "member", PD_SQL_MEMBER_NAME},
        {"member", "phone", "u.phone"},
        {"member", "email", "u.email"},
        {"member", "institution", "inst.name"},
        {"member", "center", "ctr.name"},
        {"member", "service_status", "pa.service_status"},
        {"member", "contract_id", "c.contract_id"},
        {"member", "bank_name", "c.bank_name"},
        {"member", "account_masked", "CASE WHEN c.account_last4 IS NULL THEN NULL ELSE '****' || c.account_last4 END"},
        {"member", "payment_day", "c.payment_day", T::Integer},
        {"member", "cms_status", "c.cms_status"},
    };
    auto loaded = loadFields(session, fields,
                             "parents pa JOIN users u ON u.id = pa.user_id "
                             "JOIN organizations inst ON inst.id = pa.organization_id "
                             "LEFT JOIN organizations ctr ON ctr.id = inst.parent_id "
                             "LEFT JOIN cms_info c ON c.parent_id = pa.id",
                             "pa.id", parentId);
    if (!loaded.ok()) {
        return loaded.error();
    }
    DetailRecord record;
    record.area = Area::OverdueMembers;
    record.id = parentId;
    record.fields = loaded.value();
    record.title = record.field(QStringLiteral("member")).toString();
    auto owed = loadTable(session, "owed_payments",
                          {{"payment_month", "p.payment_month", T::Month},
                           {"due_date", "p.due_date", T::Date},
                           {"amount", "p.amount", T::Money},
                           {"status", "p.status"},
                           {"attempt_count", "p.attempt_count", T::Integer},
                           {"failure_reason", "p.failure_reason"}},
                          "payments p WHERE p.status IN ('pending', 'failed') AND p.parent_id = ", parentId,
                          " ORDER BY p.due_date");
    if (!owed.ok()) {
        return owed.error();
    }
    record.tables.append(owed.value());
    return record;
}

/// Appends `table` to the record when it has rows.
Result<Done> appendIfRows(DetailRecord& record, Result<DetailTable> table)
{
    if (!table.ok()) {
        return table.error();
    }
    if (!table.value().rows.isEmpty()) {
        record.tables.append(table.value());
    }
    return Done{};
}

/// Appends the audit rows `fromWhere` (fixed text ending in "a.entity_id = ") selects for row
/// `id` as table `key`, newest first, at most 200, when there are any.
Result<Done> appendAuditTable(SqlSession& session, DetailRecord& record, const char* key, const char* fromWhere,
                              qint64 id)
{
    return appendIfRows(record, loadTable(session, key, auditColumns(), fromWhere, id,
                                          " ORDER BY a.occurred_at DESC, a.id DESC LIMIT 200"));
}

Result<DetailRecord> memberDetail(SqlSession& session, qint64 id)
{
    static const std::vector<FieldDef> fields = {
        {"member", "member", PD_SQL_MEMBER_NAME},
        {"member", "phone", "u.phone"},
        {"member", "email", "u.email"},
        {"member", "institution", "inst.name"},
        {"member", "center", "ctr.name"},
        {"member", "service_status", "pa.service_status"},
        {"member", "enrolled_at", "pa.enrolled_at", T::Date},
        {"member", "updated_at", "pa.updated_at", T::Timestamp},
        {"contract", "contract_id", "c.contract_id"},
        {"contract", "bank_name", "c.bank_name"},
        {"contract", "account_holder", "c.account_holder"},
        {"contract", "account_masked",
         "CASE WHEN c.account_last4 IS NULL THEN NULL ELSE '****' || c.account_last4 END"},
        {"contract", "payment_day", "c.payment_day", T::Integer},
        {"contract", "monthly_amount", "c.monthly_amount", T::Money},
        {"contract", "cms_status", "c.cms_status"},
        {"contract", "account_changed_at", "c.account_changed_at", T::Timestamp},
        {"meta", "last_name", "u.last_name"},
        {"meta", "first_name", "u.first_name"},
        {"meta", "user_id", "pa.user_id", T::Integer},
        {"meta", "organization_id", "pa.organization_id", T::Integer},
        {"meta", "contract_row_id", "c.id", T::Integer},
        {"meta", "version", "pa.version", T::Integer},
        {"meta", "contract_version", "c.version", T::Integer},
        {"meta", "bank_code", "c.bank_code"},
    };
    auto loaded = loadRecord(session, Area::Members, fields,
                             "parents pa JOIN users u ON u.id = pa.user_id "
                             "JOIN organizations inst ON inst.id = pa.organization_id "
                             "LEFT JOIN organizations ctr ON ctr.id = inst.parent_id "
                             "LEFT JOIN cms_info c ON c.parent_id = pa.id",
                             "pa.id", id, "member");
    if (!loaded.ok()) {
        return loaded.error();
    }
    DetailRecord record = loaded.value();
    PD_TRY(appendIfRows(record, loadTable(session, "children",
                                          {{"id", "ch.id", T::Integer},
                                           {"version", "ch.version", T::Integer},
                                           {"name", "ch.name"},
                                           {"birth_date", "ch.birth_date", T::Date},
                                           {"class_name", "ch.class_name"},
                                           {"is_active", "ch.is_active", T::Boolean}},
                                          "children ch WHERE ch.parent_id = ", id,
                                          " ORDER BY ch.birth_date IS NULL, ch.birth_date, ch.id")));
    PD_TRY(appendIfRows(record, loadTable(session, "payments",
                                          {{"payment_month", "p.payment_month", T::Month},
                                           {"amount", "p.amount", T::Money},
                                           {"status", "p.status"},
                                           {"method", "p.method"},
                                           {"paid_at", "p.paid_at", T::Timestamp},
                                           {"failure_reason", "p.failure_reason"}},
                                          "payments p WHERE p.parent_id = ", id,
                                          " ORDER BY p.payment_month DESC, p.id DESC LIMIT 24")));
    PD_TRY(appendIfRows(record, loadTable(session, "invoices",
                                          {{"created_at", "i.created_at", T::Timestamp},
                                           {"amount", PD_SQL_INVOICE_SATOSHI_PG, T::Money, Currency::BCH,
                                            PD_SQL_INVOICE_SATOSHI_SQLITE},
                                           {"status", "i.status"},
                                           {"address", "i.address"}},
                                          "invoices i JOIN parents ip ON ip.user_id = i.user_id WHERE ip.id = ", id,
                                          " ORDER BY i.created_at DESC, i.id DESC LIMIT 24")));
    PD_TRY(appendAuditTable(session, record, "audit", "audit_log a WHERE a.entity = 'parents' AND a.entity_id = ", id));
    return record;
}

Result<DetailRecord> organizationDetail(SqlSession& session, qint64 id)
{
    static const std::vector<FieldDef> fields = {
        {"organization", "name", "o.name"},
        {"organization", "code", "o.code"},
        {"organization", "org_type", "o.org_type"},
        {"organization", "parent", "up.name"},
        {"organization", "settlement_fee_bp", PD_SQL_FEE_RATE_IN_FORCE_PG, T::Integer, Currency::KRW,
         PD_SQL_FEE_RATE_IN_FORCE_SQLITE},
        {"organization", "own_fee_bp", PD_SQL_OWN_FEE_RATE_PG, T::Integer, Currency::KRW, PD_SQL_OWN_FEE_RATE_SQLITE},
        // The retry policy in force (migration 028): the nearest ancestor's, else the default.
        {"organization", "retry_limit",
         "COALESCE(" PD_SQL_RETRY_POLICY("retry_limit", "o") ", " PD_SQL_RETRY_LIMIT_DEFAULT ")", T::Integer},
        {"organization", "retry_interval_days",
         "COALESCE(" PD_SQL_RETRY_POLICY("interval_days", "o") ", " PD_SQL_RETRY_INTERVAL_DEFAULT ")", T::Integer},
        {"organization", "is_active", "o.is_active", T::Boolean},
        {"organization", "created_at", "o.created_at", T::Timestamp},
        {"organization", "updated_at", "o.updated_at", T::Timestamp},
        {"meta", "parent_id", "o.parent_id", T::Integer},
        {"meta", "version", "o.version", T::Integer},
    };
    auto loaded = loadRecord(session, Area::Organizations, fields,
                             "organizations o LEFT JOIN organizations up ON up.id = o.parent_id", "o.id", id, "name");
    if (!loaded.ok()) {
        return loaded.error();
    }
    DetailRecord record = loaded.value();
    PD_TRY(appendIfRows(record, loadTable(session, "sub_organizations",
                                          {{"name", "sub.name"},
                                           {"code", "sub.code"},
                                           {"org_type", "sub.org_type"},
                                           {"is_active", "sub.is_active", T::Boolean}},
                                          "organizations sub WHERE sub.parent_id = ", id, " ORDER BY sub.name")));
    PD_TRY(appendIfRows(record, loadTable(session, "fee_rates",
                                          {{"effective_month", "r.effective_month", T::Month},
                                           {"fee_bp", "r.fee_bp", T::Integer},
                                           {"set_by", "r.set_by"},
                                           {"set_at", "r.set_at", T::Timestamp},
                                           {"reason", "r.reason"}},
                                          "organization_fee_rates r WHERE r.organization_id = ", id,
                                          " ORDER BY r.effective_month DESC, r.id DESC LIMIT 60")));
    // The staff columns every role may read (migration 006).
    PD_TRY(appendIfRows(record, loadTable(session, "staff_members",
                                          {{"login", "sd.login"},
                                           {"display_name", "sd.display_name"},
                                           {"role", "sd.role"},
                                           {"is_active", "sd.is_active", T::Boolean}},
                                          "staff sd WHERE sd.organization_id = ", id, " ORDER BY sd.login")));
    PD_TRY(appendAuditTable(session, record, "audit",
                            "audit_log a WHERE a.entity = 'organizations' AND a.entity_id = ", id));
    return record;
}

Result<DetailRecord> staffDetail(SqlSession& session, qint64 id)
{
    static const std::vector<FieldDef> fields = {
        {"staff", "login", "s.login"},
        {"staff", "display_name", "s.display_name"},
        {"staff", "role", "s.role"},
        {"staff", "organization", "o.name"},
        {"staff", "is_active", "s.is_active", T::Boolean},
        {"staff", "server_password", "s.server_password", T::Boolean},
        {"staff", "second_factor", "s.second_factor", T::Boolean},
        {"staff", "last_sign_in_at", "s.last_sign_in_at", T::Timestamp},
        {"staff", "created_at", "s.created_at", T::Timestamp},
        {"meta", "organization_id", "s.organization_id", T::Integer},
        {"meta", "version", "s.version", T::Integer},
    };
    auto loaded =
        loadRecord(session, Area::Staff, fields, "staff_directory s JOIN organizations o ON o.id = s.organization_id",
                   "s.id", id, "display_name");
    if (!loaded.ok()) {
        return loaded.error();
    }
    DetailRecord record = loaded.value();
    // What this staff member did, newest first.
    PD_TRY(appendIfRows(record, loadTable(session, "actions",
                                          {{"occurred_at", "a.occurred_at", T::Timestamp},
                                           {"action", "a.action"},
                                           {"entity", "a.entity"},
                                           {"entity_id", "a.entity_id", T::Integer},
                                           {"reason", "a.reason"}},
                                          "audit_log a JOIN staff_directory me ON me.login = a.actor WHERE me.id = ",
                                          id, " ORDER BY a.occurred_at DESC, a.id DESC LIMIT 50")));
    PD_TRY(appendAuditTable(session, record, "audit", "audit_log a WHERE a.entity = 'staff' AND a.entity_id = ", id));
    return record;
}

Result<DetailRecord> walletDetail(SqlSession& session, qint64 id)
{
    static const std::vector<FieldDef> fields = {
        {"wallet", "email", "u.email"},
        {"wallet", "chain_name", "w.chain_name"},
        {"wallet", "chain_id", "w.chain_id", T::Integer},
        {"wallet", "wallet_address", "w.wallet_address"},
        {"wallet", "circle_wallet_id", "w.circle_wallet_id"},
        {"wallet", "usdc_balance", "CAST(w.usdc_balance * 1000000 AS BIGINT)", T::Money, Currency::USDC,
         "CAST(replace(w.usdc_balance, '.', '') AS INTEGER)"},
        {"wallet", "last_balance_update", "w.last_balance_update", T::Timestamp},
        {"wallet", "is_active", "w.is_active", T::Boolean},
        {"wallet", "created_at", "w.created_at", T::Timestamp},
        {"meta", "user_id", "w.user_id", T::Integer},
    };
    auto loaded = loadFields(session, fields, "wallets w JOIN users u ON u.id = w.user_id", "w.id", id);
    if (!loaded.ok()) {
        return loaded.error();
    }
    DetailRecord record;
    record.area = Area::Wallets;
    record.id = id;
    record.fields = loaded.value();
    record.title = record.field(QStringLiteral("email")).toString() + QStringLiteral(" · ") +
                   record.field(QStringLiteral("chain_name")).toString();
    PD_TRY(appendIfRows(record, loadTable(session, "transactions",
                                          {{"created_at", "t.created_at", T::Timestamp},
                                           {"transaction_type", "t.transaction_type"},
                                           {"status", "t.status"},
                                           {"amount", "CAST(t.amount * 1000000 AS BIGINT)", T::Money, Currency::USDC,
                                            "CAST(replace(t.amount, '.', '') AS INTEGER)"},
                                           {"currency", "t.currency"}},
                                          "transactions t JOIN wallets tw ON tw.user_id = t.user_id WHERE tw.id = ", id,
                                          " ORDER BY t.created_at DESC, t.id DESC LIMIT 50")));
    PD_TRY(appendAuditTable(session, record, "audit", "audit_log a WHERE a.entity = 'wallets' AND a.entity_id = ", id));
    return record;
}

Result<DetailRecord> transactionDetail(SqlSession& session, qint64 id)
{
#define PD_USDC(col)                                                                                                   \
    "CAST(" col " * 1000000 AS BIGINT)", T::Money, Currency::USDC, "CAST(replace(" col ", '.', '') AS INTEGER)"
    static const std::vector<FieldDef> fields = {
        {"transaction", "transaction_id", "t.transaction_id"},
        {"transaction", "email", "u.email"},
        {"transaction", "transaction_type", "t.transaction_type"},
        {"transaction", "status", "t.status"},
        {"transaction", "amount", PD_USDC("t.amount")},
        {"transaction", "currency", "t.currency"},
        {"transaction", "usd_amount", PD_USDC("t.usd_amount")},
        {"transaction", "local_amount", "CAST(t.local_amount AS TEXT)"},
        {"transaction", "local_currency", "t.local_currency"},
        {"transaction", "merchant_id", "t.merchant_id"},
        {"transaction", "merchant_name", "t.merchant_name"},
        {"transaction", "qr_code_id", "t.qr_code_id"},
        {"transaction", "notes", "t.notes"},
        {"transaction", "created_at", "t.created_at", T::Timestamp},
        {"transaction", "completed_at", "t.completed_at", T::Timestamp},
        {"chain", "transaction_hash", "t.transaction_hash"},
        {"chain", "source_chain", "t.source_chain"},
        {"chain", "target_chain", "t.target_chain"},
        {"chain", "source_address", "t.source_address"},
        {"chain", "target_address", "t.target_address"},
        {"fees", "gas_fee", PD_USDC("t.gas_fee")},
        {"fees", "service_fee", PD_USDC("t.service_fee")},
        {"fees", "total_fee", PD_USDC("t.total_fee")},
        {"meta", "user_id", "t.user_id", T::Integer},
        {"meta", "extra_metadata", "t.extra_metadata"},
    };
#undef PD_USDC
    auto loaded = loadRecord(session, Area::Transactions, fields, "transactions t JOIN users u ON u.id = t.user_id",
                             "t.id", id, "transaction_id");
    if (!loaded.ok()) {
        return loaded.error();
    }
    DetailRecord record = loaded.value();
    // The amount and fees are in the row's own currency (seed 000); stored at six decimals.
    const QString code = record.field(QStringLiteral("currency")).toString();
    const auto currency = currencyFromCode(code);
    for (DetailField& field : record.fields) {
        if (field.type != T::Money || field.key == QLatin1String("usd_amount") || field.value.isNull() ||
            code.isEmpty()) {
            continue;
        }
        if (const auto money = currency ? moneyFromScaled(field.value.toLongLong(), 6, *currency) : std::nullopt) {
            field.value = money->minorUnits();
            field.currency = *currency;
        } else {
            field.currencyCode = code; // shown with its code at the stored six decimals
        }
    }
    PD_TRY(appendAuditTable(session, record, "audit",
                            "audit_log a WHERE a.entity = 'transactions' AND a.entity_id = ", id));
    return record;
}

Result<DetailRecord> creditRequestDetail(SqlSession& session, qint64 id)
{
    static const std::vector<FieldDef> fields = {
        {"credit_request", "email", "u.email"},
        {"credit_request", "amount_sats", "r.amount_sats", T::Money, Currency::BCH},
        {"credit_request", "status", "r.status"},
        {"credit_request", "reason", "r.reason"},
        {"credit_request", "requested_by", "r.requested_by"},
        {"credit_request", "requested_at", "r.requested_at", T::Timestamp},
        {"credit_request", "decided_by", "r.decided_by"},
        {"credit_request", "decided_at", "r.decided_at", T::Timestamp},
        {"credit_request", "decision_note", "r.decision_note"},
        {"credit_request", "credit_balance",
         "(SELECT CAST(b.balance_after * 100000000 AS BIGINT) FROM user_credits b WHERE b.user_id = r.user_id ORDER BY "
         "b.id DESC LIMIT 1)",
         T::Money, Currency::BCH,
         "(SELECT CAST(replace(b.balance_after, '.', '') AS INTEGER) FROM user_credits b WHERE b.user_id = r.user_id "
         "ORDER BY b.id DESC LIMIT 1)"},
        {"meta", "user_id", "r.user_id", T::Integer},
        {"meta", "credit_id", "r.credit_id", T::Integer},
        {"meta", "version", "r.version", T::Integer},
    };
    auto loaded = loadRecord(session, Area::CreditRequests, fields,
                             "credit_requests r JOIN users u ON u.id = r.user_id", "r.id", id, "email");
    if (!loaded.ok()) {
        return loaded.error();
    }
    DetailRecord record = loaded.value();
    PD_TRY(appendAuditTable(session, record, "audit",
                            "audit_log a WHERE a.entity = 'credit_requests' AND a.entity_id = ", id));
    return record;
}

Result<DetailRecord> bankHolidayDetail(SqlSession& session, qint64 id)
{
    static const std::vector<FieldDef> fields = {
        {"holiday", "day", "h.day", T::Date},          {"holiday", "name", "h.name"},
        {"holiday", "active", "h.active", T::Boolean}, {"holiday", "reason", "h.reason"},
        {"holiday", "changed_by", "h.changed_by"},     {"holiday", "changed_at", "h.changed_at", T::Timestamp},
    };
    auto loaded = loadRecord(session, Area::BankHolidays, fields, "bank_holidays h", "h.id", id, "name");
    if (!loaded.ok()) {
        return loaded.error();
    }
    DetailRecord record = loaded.value();
    PD_TRY(appendAuditTable(session, record, "audit",
                            "audit_log a WHERE a.entity = 'bank_holidays' AND a.entity_id = ", id));
    return record;
}

/// A JSON value as one line of text: strings as they are, everything else as compact JSON.
QString jsonText(const QJsonValue& value)
{
    if (value.isUndefined()) {
        return {};
    }
    if (value.isString()) {
        return value.toString();
    }
    if (value.isNull()) {
        return QStringLiteral("null");
    }
    const QJsonArray wrapped{value};
    const QByteArray json = QJsonDocument(wrapped).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

Result<DetailRecord> auditDetail(SqlSession& session, qint64 id)
{
    static const std::vector<FieldDef> fields = {
        {"event", "occurred_at", "a.occurred_at", T::Timestamp},
        {"event", "actor", "a.actor"},
        {"event", "action", "a.action"},
        {"event", "entity", "a.entity"},
        {"event", "entity_id", "a.entity_id", T::Integer},
        {"event", "reason", "a.reason"},
        {"meta", "before_data", "CAST(a.before_data AS TEXT)", T::Text, Currency::KRW, "a.before_data"},
        {"meta", "after_data", "CAST(a.after_data AS TEXT)", T::Text, Currency::KRW, "a.after_data"},
    };
    auto loaded = loadRecord(session, Area::AuditLog, fields, "audit_log a", "a.id", id, "action");
    if (!loaded.ok()) {
        return loaded.error();
    }
    DetailRecord record = loaded.value();
    // The before/after diff: one row per field either side names, in name order.
    const QJsonObject before =
        QJsonDocument::fromJson(record.field(QStringLiteral("before_data")).toString().toUtf8()).object();
    const QJsonObject after =
        QJsonDocument::fromJson(record.field(QStringLiteral("after_data")).toString().toUtf8()).object();
    QStringList names = before.keys() + after.keys();
    names.sort();
    names.removeDuplicates();
    DetailTable changes;
    changes.key = QStringLiteral("changes");
    changes.columns = {ColumnInfo{QStringLiteral("field"), T::Text, Currency::KRW, {}},
                       ColumnInfo{QStringLiteral("before"), T::Text, Currency::KRW, {}},
                       ColumnInfo{QStringLiteral("after"), T::Text, Currency::KRW, {}}};
    for (const QString& name : names) {
        const QString was = before.contains(name) ? jsonText(before.value(name)) : QString();
        const QString now = after.contains(name) ? jsonText(after.value(name)) : QString();
        changes.rows.append(QVariantList{name, before.contains(name) ? QVariant(was) : QVariant(),
                                         after.contains(name) ? QVariant(now) : QVariant()});
    }
    if (!changes.rows.isEmpty()) {
        record.tables.append(changes);
    }
    return record;
}
} // namespace

Result<DetailRecord> detailRecord(SqlSession& session, Area area, qint64 id)
{
    switch (area) {
    case Area::Users:
        return userDetail(session, id);
    case Area::KycDocuments:
        return kycDetail(session, id);
    case Area::Invoices:
        return invoiceDetail(session, id);
    case Area::Payments:
        return paymentDetail(session, id);
    case Area::Settlements:
        return settlementDetail(session, id);
    case Area::OverdueMembers:
        return overdueDetail(session, id);
    case Area::Members:
        return memberDetail(session, id);
    case Area::Organizations:
        return organizationDetail(session, id);
    case Area::Staff:
        return staffDetail(session, id);
    case Area::Wallets:
        return walletDetail(session, id);
    case Area::Transactions:
        return transactionDetail(session, id);
    case Area::AuditLog:
        return auditDetail(session, id);
    case Area::CreditRequests:
        return creditRequestDetail(session, id);
    case Area::DebitCalendar: {
        // A row of the calendar is a member with a contract: the member's record.
        auto member = memberDetail(session, id);
        if (member.ok()) {
            member.value().area = Area::DebitCalendar;
        }
        return member;
    }
    case Area::BankHolidays:
        return bankHolidayDetail(session, id);
    }
    return Error(Error::Kind::Internal, DetailsText::tr("Unknown area."));
}

Result<QVector<Organization>> organizations(SqlSession& session)
{
    QSqlQuery query;
    Error error;
    if (!session.exec(
            query,
            SqlBuilder("SELECT id, COALESCE(parent_id, 0), org_type, code, name, is_active FROM organizations "
                       "ORDER BY path"),
            &error)) {
        return error;
    }
    QVector<Organization> out;
    while (query.next()) {
        Organization org;
        org.id = query.value(0).toLongLong();
        org.parentId = query.value(1).toLongLong();
        org.type = query.value(2).toString();
        org.code = query.value(3).toString();
        org.name = query.value(4).toString();
        org.active = query.value(5).toBool();
        out.append(org);
    }
    return out;
}

} // namespace pd::sql
