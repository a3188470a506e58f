#include "sql/SqlPayments.h"

#include "Csv.h"
#include "OutputFile.h"
#include "sql/SqlAudit.h"
#include "sql/SqlExpr.h"
#include "sql/SqlLists.h"
#include "sql/SqlWrite.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlRecord>

namespace pd::sql {

namespace {
struct PaymentsText
{
    Q_DECLARE_TR_FUNCTIONS(Payments)
};

QDate readDate(const QVariant& value)
{
    if (value.userType() == QMetaType::QDate) {
        return value.toDate();
    }
    return QDate::fromString(value.toString().left(10), Qt::ISODate);
}

/// The canonical UTC instant at which local day `day` starts.
QString dayStartInstant(const QDate& day)
{
    return canonicalText(day.startOfDay(Qt::LocalTime));
}

bool isMonth(const QString& month)
{
    static const QRegularExpression re(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    return re.match(month).hasMatch();
}

/// The confirmed or paid settlement counting the payments of institution `orgId` in `month`,
/// as a sentence naming it; empty when there is none.
Result<QString> frozenBy(SqlSession& session, qint64 paymentId, qint64 orgId, const QString& month)
{
    SqlBuilder b("SELECT st.id, c.name, st.status FROM settlements st "
                 "JOIN organizations c ON c.id = st.organization_id "
                 "JOIN organizations i ON i.path LIKE c.path || '%' WHERE i.id = ");
    b.bind(orgId).sql(" AND st.settlement_month = ").bind(month).sql(" AND st.status IN ('confirmed', 'paid')");
    QSqlQuery query;
    Error error;
    if (!session.exec(query, b, &error)) {
        return error;
    }
    if (!query.next()) {
        return QString();
    }
    const QString status =
        query.value(2).toString() == QLatin1String("paid") ? PaymentsText::tr("paid") : PaymentsText::tr("confirmed");
    return PaymentsText::tr("Payment #%1 belongs to settlement #%2 (%3, %4), which is %5, so it cannot change. "
                            "Ask headquarters to reopen the settlement first.")
        .arg(paymentId)
        .arg(query.value(0).toLongLong())
        .arg(query.value(1).toString(), month, status);
}

/// PostgreSQL: the staff role of the connected login ("" for the owner or SQLite).
QString staffRole(SqlSession& session)
{
    if (session.dialect() != Dialect::PostgreSQL) {
        return {};
    }
    auto role = session.scalar(SqlBuilder("SELECT role FROM staff WHERE login = current_user AND is_active"));
    return role.ok() ? role.value().toString() : QString();
}

/// Condition limiting organizations `c` to those the connected role sees (PostgreSQL).
void emitVisibleCenters(SqlBuilder& b, Dialect dialect)
{
    if (dialect == Dialect::PostgreSQL) {
        b.sql(" AND (NOT EXISTS (SELECT 1 FROM staff sf WHERE sf.login = current_user) OR paydesk_sees_all() "
              "OR c.id IN (SELECT paydesk_visible_orgs()))");
    }
}

struct CenterFigures
{
    qint64 count = 0;
    qint64 gross = 0;
};
} // namespace

// -- payments ------------------------------------------------------------------------------------

Result<Done> changePayment(SqlSession& session, const PaymentChange& change)
{
    using Action = PaymentChange::Action;
    const auto checked = auditReason(change.reason);
    if (!checked.ok()) {
        return checked.error();
    }
    const QString reason = checked.value();
    const QString reference = change.reference.trimmed();
    if (reference.size() > 100) {
        return invalid(PaymentsText::tr("The reference is longer than 100 characters; shorten it."));
    }
    if (change.action == Action::MarkPaid && (!change.paidOn.isValid() || change.paidOn > QDate::currentDate())) {
        return invalid(PaymentsText::tr("Enter the day the money arrived; it cannot be in the future."));
    }
    const Dialect dialect = session.dialect();
    return inTransaction<Done>(session, [&]() -> Result<Done> {
        SqlBuilder read("SELECT status, version, organization_id, payment_month, tid FROM payments WHERE id = ");
        read.bind(change.id);
        auto row = readLockedRow(session, read, " FOR UPDATE",
                                 PaymentsText::tr("Payment #%1 does not exist any more.").arg(change.id));
        if (!row.ok()) {
            return row.error();
        }
        const QVariantList& v = row.value();
        const QString status = v[0].toString();
        const int version = v[1].toInt();
        const qint64 orgId = v[2].toLongLong();
        const QString month = v[3].toString();
        const QString oldTid = v[4].toString();
        QSqlQuery query;
        Error error;
        if (version != change.version) {
            return conflict(session, "payments", change.id, PaymentsText::tr("Payment #%1").arg(change.id));
        }
        if (status != QLatin1String("pending") && status != QLatin1String("failed")) {
            return invalid(PaymentsText::tr("Payment #%1 is %2; only pending or failed payments can be settled or "
                                            "cancelled by hand.")
                               .arg(change.id)
                               .arg(status));
        }
        if (change.action == Action::MarkFailed && status != QLatin1String("pending")) {
            return invalid(PaymentsText::tr("Payment #%1 is %2; only a pending payment can be marked failed.")
                               .arg(change.id)
                               .arg(status));
        }
        if (change.action == Action::MarkPaid) {
            auto frozen = frozenBy(session, change.id, orgId, month);
            if (!frozen.ok()) {
                return frozen.error();
            }
            if (!frozen.value().isEmpty()) {
                return invalid(frozen.value());
            }
        }
        const QString newStatus = change.action == Action::MarkPaid     ? QStringLiteral("success")
                                  : change.action == Action::MarkFailed ? QStringLiteral("failed")
                                                                        : QStringLiteral("cancelled");
        SqlBuilder update("UPDATE payments SET status = ");
        update.bind(newStatus).sql(", version = version + 1, updated_at = ");
        bindInstant(update, dialect, SqlSession::nowText());
        QJsonObject after{{QStringLiteral("status"), newStatus}};
        if (change.action == Action::MarkPaid) {
            const QString paidAt = dayStartInstant(change.paidOn);
            update.sql(", failure_reason = NULL, failure_code = NULL, paid_at = ");
            bindInstant(update, dialect, paidAt);
            after.insert(QStringLiteral("paid_at"), paidAt);
            if (!reference.isEmpty()) {
                update.sql(", tid = ").bind(reference);
                after.insert(QStringLiteral("tid"), reference);
            }
        } else if (change.action == Action::MarkFailed) {
            // A failure marked by hand has a reason in words and no provider code.
            update.sql(", failure_reason = ").bind(reason.left(200)).sql(", failure_code = NULL");
            after.insert(QStringLiteral("failure_reason"), reason.left(200));
        }
        update.sql(" WHERE id = ").bind(change.id).sql(" AND version = ").bind(change.version);
        if (!session.exec(query, update, &error)) {
            return error;
        }
        if (query.numRowsAffected() != 1) {
            return conflict(session, "payments", change.id, PaymentsText::tr("Payment #%1").arg(change.id));
        }
        return appendAudit(session,
                           change.action == Action::MarkPaid     ? "payment.mark_paid"
                           : change.action == Action::MarkFailed ? "payment.fail"
                                                                 : "payment.cancel",
                           "payments", change.id,
                           QJsonObject{{QStringLiteral("status"), status}, {QStringLiteral("tid"), oldTid}}, after,
                           reason);
    });
}

// -- settlements ---------------------------------------------------------------------------------

Result<SettlementRunResult> runSettlements(SqlSession& session, const SettlementRun& run)
{
    if (!isMonth(run.month)) {
        return invalid(PaymentsText::tr("A settlement month is written YYYY-MM, for example 2026-10."));
    }
    const Dialect dialect = session.dialect();
    return inTransaction<SettlementRunResult>(session, [&]() -> Result<SettlementRunResult> {
        // The centers, each with its fee rate for the month (nearest ancestor with one in force,
        // migration 019).
        SqlBuilder centers("SELECT c.id, c.name, (SELECT r.fee_bp FROM organizations a JOIN organization_fee_rates r "
                           "ON r.organization_id = a.id WHERE c.path LIKE a.path || '%' AND r.effective_month <= ");
        centers.bind(run.month);
        centers.sql(" ORDER BY length(a.path) DESC, r.effective_month DESC, r.id DESC LIMIT 1) FROM organizations c "
                    "WHERE c.org_type = 'center'");
        if (run.organizationId > 0) {
            centers.sql(" AND c.path LIKE (SELECT r.path FROM organizations r WHERE r.id = ")
                .bind(run.organizationId)
                .sql(") || '%'");
        }
        emitVisibleCenters(centers, dialect);
        centers.sql(" ORDER BY c.path");
        QSqlQuery query;
        Error error;
        if (!session.exec(query, centers, &error)) {
            return error;
        }
        struct Center
        {
            qint64 id;
            QString name;
            int feeBp;
        };
        QVector<Center> list;
        while (query.next()) {
            list.append({query.value(0).toLongLong(), query.value(1).toString(),
                         query.value(2).isNull() ? 0 : query.value(2).toInt()});
        }
        query.finish();
        // The month's success payments per center.
        SqlBuilder sums("SELECT c.id, COUNT(p.id), COALESCE(SUM(p.amount), 0) FROM organizations c "
                        "JOIN organizations i ON i.path LIKE c.path || '%' "
                        "JOIN payments p ON p.organization_id = i.id "
                        "WHERE c.org_type = 'center' AND p.status = 'success' AND p.payment_month = ");
        sums.bind(run.month).sql(" GROUP BY c.id");
        if (!session.exec(query, sums, &error)) {
            return error;
        }
        QHash<qint64, CenterFigures> figures;
        while (query.next()) {
            figures.insert(query.value(0).toLongLong(), {query.value(1).toLongLong(), query.value(2).toLongLong()});
        }
        query.finish();
        // The month's settlements as stored.
        struct Stored
        {
            qint64 id;
            QString status;
            qint64 count, gross, fee;
        };
        QHash<qint64, Stored> stored;
        SqlBuilder existing("SELECT organization_id, id, status, payment_count, gross_amount, fee_amount "
                            "FROM settlements WHERE settlement_month = ");
        existing.bind(run.month);
        if (!session.exec(query, existing, &error)) {
            return error;
        }
        while (query.next()) {
            stored.insert(query.value(0).toLongLong(),
                          {query.value(1).toLongLong(), query.value(2).toString(), query.value(3).toLongLong(),
                           query.value(4).toLongLong(), query.value(5).toLongLong()});
        }
        query.finish();
        SettlementRunResult result;
        const QString now = SqlSession::nowText();
        for (const Center& center : list) {
            const CenterFigures f = figures.value(center.id);
            const qint64 fee = settlementFee(f.gross, center.feeBp);
            const auto it = stored.constFind(center.id);
            const QJsonObject after{{QStringLiteral("payment_count"), f.count},
                                    {QStringLiteral("gross_amount"), f.gross},
                                    {QStringLiteral("fee_amount"), fee},
                                    {QStringLiteral("net_amount"), f.gross - fee},
                                    {QStringLiteral("fee_bp"), center.feeBp}};
            if (it == stored.constEnd()) {
                if (f.count == 0) {
                    continue;
                }
                SqlBuilder insert("INSERT INTO settlements (organization_id, settlement_month, payment_count, "
                                  "gross_amount, fee_amount, net_amount, currency, status) VALUES (");
                insert.bind(center.id).sql(", ").bind(run.month).sql(", ").bind(f.count).sql(", ").bind(f.gross);
                insert.sql(", ").bind(fee).sql(", ").bind(f.gross - fee).sql(", 'KRW', 'draft') RETURNING id");
                if (!session.exec(query, insert, &error)) {
                    return error;
                }
                const qint64 id = query.next() ? query.value(0).toLongLong() : 0;
                query.finish();
                PD_TRY(appendAudit(session, "settlement.compute", "settlements", id, {}, after));
                ++result.created;
                continue;
            }
            if (it->status != QLatin1String("draft")) {
                ++result.frozen;
                continue;
            }
            if (it->count == f.count && it->gross == f.gross && it->fee == fee) {
                ++result.unchanged;
                continue;
            }
            SqlBuilder update("UPDATE settlements SET payment_count = ");
            update.bind(f.count).sql(", gross_amount = ").bind(f.gross).sql(", fee_amount = ").bind(fee);
            update.sql(", net_amount = ").bind(f.gross - fee).sql(", version = version + 1, updated_at = ");
            bindInstant(update, dialect, now);
            update.sql(" WHERE id = ").bind(it->id).sql(" AND status = 'draft'");
            if (!session.exec(query, update, &error)) {
                return error;
            }
            PD_TRY(appendAudit(session, "settlement.compute", "settlements", it->id,
                               QJsonObject{{QStringLiteral("payment_count"), it->count},
                                           {QStringLiteral("gross_amount"), it->gross},
                                           {QStringLiteral("fee_amount"), it->fee}},
                               after));
            ++result.updated;
        }
        return result;
    });
}

Result<Done> changeSettlement(SqlSession& session, const SettlementChange& change)
{
    using Action = SettlementChange::Action;
    const QString reason = change.reason.trimmed();
    if (change.action == Action::Reopen && reason.isEmpty()) {
        return invalid(PaymentsText::tr("Give a reason for reopening: it is kept in the audit log with your name."));
    }
    if (reason.size() > 500) {
        return invalid(PaymentsText::tr("The reason is longer than 500 characters; shorten it."));
    }
    const Dialect dialect = session.dialect();

    if (change.action == Action::Reopen) {
        const QString role = staffRole(session);
        if (!role.isEmpty() && role != QLatin1String("hq_admin")) {
            return Error(Error::Kind::Permission, PaymentsText::tr("Only headquarters may reopen a settlement."));
        }
    }
    return inTransaction<Done>(session, [&]() -> Result<Done> {
        SqlBuilder read("SELECT s.status, s.version, s.organization_id, s.settlement_month, s.payment_count, "
                        "s.gross_amount, s.fee_amount, c.name, (SELECT r.fee_bp FROM organizations a JOIN "
                        "organization_fee_rates r ON r.organization_id = a.id WHERE c.path LIKE a.path || '%' AND "
                        "r.effective_month <= s.settlement_month ORDER BY length(a.path) DESC, r.effective_month "
                        "DESC, r.id DESC LIMIT 1) FROM settlements s "
                        "JOIN organizations c ON c.id = s.organization_id WHERE s.id = ");
        read.bind(change.id);
        auto row = readLockedRow(session, read, " FOR UPDATE OF s",
                                 PaymentsText::tr("Settlement #%1 does not exist any more.").arg(change.id));
        if (!row.ok()) {
            return row.error();
        }
        const QVariantList& v = row.value();
        const QString status = v[0].toString();
        const int version = v[1].toInt();
        const qint64 centerId = v[2].toLongLong();
        const QString month = v[3].toString();
        const qint64 oldCount = v[4].toLongLong();
        const qint64 oldGross = v[5].toLongLong();
        const qint64 oldFee = v[6].toLongLong();
        QSqlQuery query;
        Error error;
        const QString center = v[7].toString();
        const int feeBp = v[8].isNull() ? 0 : v[8].toInt();
        const QString what = PaymentsText::tr("Settlement #%1 (%2, %3)").arg(change.id).arg(center, month);
        if (version != change.version) {
            return conflict(session, "settlements", change.id, what);
        }
        const char* from = change.action == Action::Confirm ? "draft" : "confirmed";
        if (status != QLatin1String(from)) {
            return invalid(
                PaymentsText::tr("%1 is %2; this step needs it to be %3.").arg(what, status, QLatin1String(from)));
        }
        const QString now = SqlSession::nowText();
        SqlBuilder update("UPDATE settlements SET version = version + 1, updated_at = ");
        bindInstant(update, dialect, now);
        QJsonObject before{{QStringLiteral("status"), status}};
        QJsonObject after;
        const char* action = "settlement.confirm";
        if (change.action == Action::Confirm) {
            // Lock the center's payments of the month so none changes between counting and
            // freezing, then count them.
            SqlBuilder counted("SELECT p.status, p.amount FROM payments p "
                               "JOIN organizations i ON i.id = p.organization_id "
                               "JOIN organizations c ON i.path LIKE c.path || '%' WHERE c.id = ");
            counted.bind(centerId).sql(" AND p.payment_month = ").bind(month);
            SqlDialect::of(dialect).lock(counted, " FOR SHARE OF p");
            if (!session.exec(query, counted, &error)) {
                return error;
            }
            qint64 count = 0;
            qint64 gross = 0;
            while (query.next()) {
                if (query.value(0).toString() == QLatin1String("success")) {
                    ++count;
                    gross += query.value(1).toLongLong();
                }
            }
            query.finish();
            const qint64 fee = settlementFee(gross, feeBp);
            update.sql(", status = 'confirmed', confirmed_by = ").bind(session.actor()).sql(", confirmed_at = ");
            bindInstant(update, dialect, now);
            update.sql(", payment_count = ").bind(count).sql(", gross_amount = ").bind(gross);
            update.sql(", fee_amount = ").bind(fee).sql(", net_amount = ").bind(gross - fee);
            before.insert(QStringLiteral("payment_count"), oldCount);
            before.insert(QStringLiteral("gross_amount"), oldGross);
            before.insert(QStringLiteral("fee_amount"), oldFee);
            after = QJsonObject{{QStringLiteral("status"), QStringLiteral("confirmed")},
                                {QStringLiteral("payment_count"), count},
                                {QStringLiteral("gross_amount"), gross},
                                {QStringLiteral("fee_amount"), fee},
                                {QStringLiteral("net_amount"), gross - fee}};
        } else if (change.action == Action::MarkPaid) {
            action = "settlement.mark_paid";
            update.sql(", status = 'paid', paid_at = ");
            bindInstant(update, dialect, now);
            after = QJsonObject{{QStringLiteral("status"), QStringLiteral("paid")}};
        } else {
            action = "settlement.reopen";
            update.sql(", status = 'draft', confirmed_by = NULL, confirmed_at = NULL");
            after = QJsonObject{{QStringLiteral("status"), QStringLiteral("draft")}};
        }
        update.sql(" WHERE id = ").bind(change.id).sql(" AND version = ").bind(change.version);
        if (!session.exec(query, update, &error)) {
            return error;
        }
        if (query.numRowsAffected() != 1) {
            return conflict(session, "settlements", change.id, what);
        }
        return appendAudit(session, action, "settlements", change.id, before, after, reason);
    });
}

// -- reconciliation ------------------------------------------------------------------------------

namespace {
/// Appends "(?, ?, ...)" binding each value.
void bindList(SqlBuilder& b, const QStringList& values)
{
    b.sql("(");
    for (int i = 0; i < values.size(); ++i) {
        if (i > 0) {
            b.sql(", ");
        }
        b.bind(values[i]);
    }
    b.sql(")");
}

Result<std::optional<PreviousImport>> previousImport(SqlSession& session, const QString& sha256)
{
    SqlBuilder b("SELECT id, imported_by, ");
    emitTypedValue(b, "imported_at", ValueType::Timestamp, session.dialect());
    b.sql(", file_name FROM reconciliation_imports WHERE file_sha256 = ").bind(sha256);
    QSqlQuery query;
    Error error;
    if (!session.exec(query, b, &error)) {
        return error;
    }
    if (!query.next()) {
        return std::optional<PreviousImport>();
    }
    PreviousImport previous;
    previous.id = query.value(0).toLongLong();
    previous.by = query.value(1).toString();
    previous.at = parseCanonicalInstant(query.value(2).toString());
    previous.fileName = query.value(3).toString();
    return std::optional<PreviousImport>(previous);
}

bool isSha256(const QString& text)
{
    static const QRegularExpression re(QStringLiteral("^[0-9a-f]{64}$"));
    return re.match(text).hasMatch();
}

/// debit_reason_codes in code order (migration 027).
Result<QVector<DebitReasonCode>> debitReasonCodes(SqlSession& session)
{
    QSqlQuery query;
    Error error;
    if (!session.exec(query, SqlBuilder("SELECT code, name_ko, name_en, action FROM debit_reason_codes ORDER BY code"),
                      &error)) {
        return error;
    }
    QVector<DebitReasonCode> codes;
    while (query.next()) {
        codes.append({query.value(0).toString(), query.value(1).toString(), query.value(2).toString(),
                      debitActionFromKey(query.value(3).toString()).value_or(DebitAction::Manual)});
    }
    return codes;
}

/// What a failed debit's action did to the member's contract.
struct ContractEffect
{
    bool suspended = false; ///< an active contract became suspended
    QString note;           ///< why nothing changed, for the line's note (empty when suspended)
};

/// Takes the contract step of a Suspend or UpdateAccount reason for member `parentId`: an active
/// contract becomes suspended (version + 1), audited as cms.suspend with the code, the payment
/// and the file's line; a contract that is not active is left as it is. Inside the caller's
/// transaction.
Result<ContractEffect> suspendForReason(SqlSession& session, qint64 parentId, qint64 paymentId,
                                        const DebitReasonCode& reason, const QString& fileName, int line)
{
    SqlBuilder read("SELECT id, cms_status, version FROM cms_info WHERE parent_id = ");
    read.bind(parentId);
    QSqlQuery query;
    Error error;
    if (!session.exec(query, read.sql(session.dialect() == Dialect::PostgreSQL ? " FOR UPDATE" : ""), &error)) {
        return error;
    }
    if (!query.next()) {
        return ContractEffect{false, QStringLiteral("no auto-debit contract to suspend")};
    }
    const qint64 contractId = query.value(0).toLongLong();
    const QString status = query.value(1).toString();
    const int version = query.value(2).toInt();
    query.finish();
    if (status != QLatin1String("active")) {
        return ContractEffect{false, QStringLiteral("contract is %1, not suspended").arg(status)};
    }
    SqlBuilder update("UPDATE cms_info SET cms_status = 'suspended', version = version + 1, updated_at = ");
    bindInstant(update, session.dialect(), SqlSession::nowText());
    update.sql(" WHERE id = ").bind(contractId).sql(" AND version = ").bind(version);
    if (!session.exec(query, update, &error)) {
        return error;
    }
    const QString why = reason.action == DebitAction::UpdateAccount
                            ? PaymentsText::tr("Result code %1 (%2) in %3, line %4: ask the member for a new account.")
                            : PaymentsText::tr("Result code %1 (%2) in %3, line %4: collection stopped.");
    PD_TRY(appendAudit(session, "cms.suspend", "cms_info", contractId,
                       QJsonObject{{QStringLiteral("cms_status"), status}, {QStringLiteral("version"), version}},
                       QJsonObject{{QStringLiteral("cms_status"), QStringLiteral("suspended")},
                                   {QStringLiteral("version"), version + 1},
                                   {QStringLiteral("failure_code"), reason.code},
                                   {QStringLiteral("action"), debitActionKey(reason.action)},
                                   {QStringLiteral("payment_id"), paymentId}},
                       why.arg(reason.code, reason.nameEn, fileName).arg(line)));
    return ContractEffect{true, QString()};
}

const char* outcomeNote(MatchKind kind)
{
    switch (kind) {
    case MatchKind::Partial:
        return "partial payment";
    case MatchKind::Ambiguous:
        return "several payments fit";
    case MatchKind::AlreadyApplied:
        return "provider id applied by an earlier import";
    case MatchKind::DuplicateInFile:
        return "provider id repeated in the file";
    case MatchKind::Suggested:
        return "suggestion not chosen";
    case MatchKind::ExactTid:
    case MatchKind::MemberMonth:
        return "match not chosen";
    case MatchKind::Unmatched:
        break;
    }
    return "no payment fits";
}
} // namespace

Result<ReconciliationCandidates> reconciliationCandidates(SqlSession& session, const ReconciliationQuery& request)
{
    if (request.organizationId <= 0) {
        return invalid(PaymentsText::tr("Choose the center whose payments the file settles."));
    }
    for (const QString& month : request.months) {
        if (!isMonth(month)) {
            return invalid(PaymentsText::tr("\"%1\" is not a month (YYYY-MM).").arg(month));
        }
    }
    ReconciliationCandidates out;
    if (!request.months.isEmpty()) {
        SqlBuilder b("SELECT p.id, p.parent_id, COALESCE(c.contract_id, ''), ");
        b.sql(PD_SQL_MEMBER_NAME).sql(", o.name, p.payment_month, ");
        emitTypedValue(b, "p.due_date", ValueType::Date, session.dialect());
        b.sql(", p.amount, p.status, COALESCE(p.tid, ''), p.version FROM payments p "
              "JOIN parents pa ON pa.id = p.parent_id JOIN users u ON u.id = pa.user_id "
              "JOIN organizations o ON o.id = p.organization_id LEFT JOIN cms_info c ON c.parent_id = pa.id "
              "WHERE p.status IN ('pending', 'failed') AND o.path LIKE (SELECT r.path FROM organizations r "
              "WHERE r.id = ");
        b.bind(request.organizationId).sql(") || '%' AND p.payment_month IN ");
        bindList(b, request.months);
        b.sql(" ORDER BY p.due_date, p.id");
        QSqlQuery query;
        Error error;
        if (!session.exec(query, b, &error)) {
            return error;
        }
        while (query.next()) {
            ExpectedPayment p;
            p.id = query.value(0).toLongLong();
            p.parentId = query.value(1).toLongLong();
            p.contractId = query.value(2).toString();
            p.member = query.value(3).toString();
            p.institution = query.value(4).toString();
            p.month = query.value(5).toString();
            p.dueDate = readDate(query.value(6));
            p.amount = query.value(7).toLongLong();
            p.status = query.value(8).toString();
            p.tid = query.value(9).toString();
            p.version = query.value(10).toInt();
            out.expected.append(p);
        }
        if (query.lastError().isValid()) {
            return session.classify(query.lastError(), PaymentsText::tr("loading the expected payments"));
        }
    }
    auto codes = debitReasonCodes(session);
    if (!codes.ok()) {
        return codes.error();
    }
    out.reasonCodes = codes.value();
    // Provider ids applied before, in chunks of bound values.
    constexpr int kChunk = 500;
    for (int start = 0; start < request.tids.size(); start += kChunk) {
        const QStringList chunk = request.tids.mid(start, kChunk);
        SqlBuilder b("SELECT provider_tid FROM reconciliation_lines WHERE outcome IN ('paid', 'failed') AND "
                     "provider_tid IN ");
        bindList(b, chunk);
        b.sql(" UNION SELECT tid FROM payments WHERE status = 'success' AND tid IN ");
        bindList(b, chunk);
        QSqlQuery query;
        Error error;
        if (!session.exec(query, b, &error)) {
            return error;
        }
        while (query.next()) {
            out.appliedTids.insert(query.value(0).toString());
        }
    }
    if (!request.sha256.isEmpty()) {
        auto previous = previousImport(session, request.sha256);
        if (!previous.ok()) {
            return previous.error();
        }
        out.previous = previous.value();
    }
    return out;
}

Result<ReconciliationOutcome> applyReconciliation(SqlSession& session, const ReconciliationApply& apply)
{
    const Statement& st = apply.statement;
    if (apply.organizationId <= 0) {
        return invalid(PaymentsText::tr("Choose the center whose payments the file settles."));
    }
    if (!isSha256(st.sha256)) {
        return invalid(PaymentsText::tr("The file's checksum is missing; open the file again."));
    }
    if (apply.matches.size() != st.lines.size()) {
        return invalid(PaymentsText::tr("The matches do not belong to this file; open the file again."));
    }
    QSet<qint64> paymentsUsed;
    for (const LineMatch& m : apply.matches) {
        if (!m.chosen) {
            continue;
        }
        if (!isChoosable(m.kind) || m.expected < 0 || m.expected >= apply.expected.size()) {
            return invalid(PaymentsText::tr("A chosen match has no payment; open the file again."));
        }
        const qint64 id = apply.expected[m.expected].id;
        if (paymentsUsed.contains(id)) {
            return invalid(PaymentsText::tr("Payment #%1 is chosen for two lines; choose one.").arg(id));
        }
        paymentsUsed.insert(id);
    }
    const Dialect dialect = session.dialect();

    return inTransaction<ReconciliationOutcome>(session, [&]() -> Result<ReconciliationOutcome> {
        ReconciliationOutcome outcome;
        // The file matched again here against the payments as stored: the client's matches are
        // only choices among what this matching allows.
        auto truth = reconciliationCandidates(
            session, ReconciliationQuery{apply.organizationId, st.candidateMonths(), st.sha256, st.providerTids()});
        if (!truth.ok()) {
            return truth.error();
        }
        const QVector<LineMatch> truthMatches =
            matchStatement(st.lines, truth.value().expected, truth.value().appliedTids);
        auto previous = previousImport(session, st.sha256);
        if (!previous.ok()) {
            return previous.error();
        }
        if (previous.value()) {
            outcome.alreadyImported = true;
            outcome.previous = previous.value();
            return outcome;
        }
        const QString now = SqlSession::nowText();
        QVector<QString> lineOutcome(st.lines.size(), QStringLiteral("unmatched"));
        QVector<qint64> linePayment(st.lines.size(), 0);
        QVector<QString> lineAction(st.lines.size());
        QVector<QString> lineNote(st.lines.size());
        QVector<DebitReasonCode> lineReason(st.lines.size());
        QVector<bool> lineRetriesUsedUp(st.lines.size(), false);
        QSqlQuery query;
        Error error;
        for (int i = 0; i < st.lines.size(); ++i) {
            const LineMatch& m = apply.matches[i];
            if (m.kind == MatchKind::AlreadyApplied || m.kind == MatchKind::DuplicateInFile) {
                lineOutcome[i] = QStringLiteral("duplicate");
            }
            if (!m.chosen) {
                continue;
            }
            const StatementLine& line = st.lines[i];
            const ExpectedPayment& expected = apply.expected[m.expected];
            SqlBuilder read("SELECT p.status, p.version, p.organization_id, p.payment_month, p.amount, p.parent_id, "
                            "EXISTS (SELECT 1 "
                            "FROM organizations i JOIN organizations r ON i.path LIKE r.path || '%' WHERE i.id = "
                            "p.organization_id AND r.id = ");
            read.bind(apply.organizationId).sql(") FROM payments p WHERE p.id = ").bind(expected.id);
            const QString what =
                PaymentsText::tr("Payment #%1 (%2, %3)").arg(expected.id).arg(expected.member, expected.month);
            auto row = readLockedRow(
                session, read, " FOR UPDATE",
                PaymentsText::tr("%1 does not exist any more; nothing was applied. Open the file again.").arg(what));
            if (!row.ok()) {
                return row.error();
            }
            const QString status = row.value()[0].toString();
            const int version = row.value()[1].toInt();
            const qint64 orgId = row.value()[2].toLongLong();
            const QString month = row.value()[3].toString();
            // The match is checked again here against the payment as stored, not as the client
            // sent it: a payment of the chosen center, a line dated no later than today that
            // brings at least what is owed, and not a line the file itself gives to another
            // payment (Reconciliation.h matchStatement; by hand any other line may be matched).
            const qint64 owed = row.value()[4].toLongLong();
            const qint64 storedParent = row.value()[5].toLongLong();
            if (!row.value()[6].toBool()) {
                return invalid(PaymentsText::tr("Line %1: %2 is not a payment of the chosen center; nothing was "
                                                "applied.")
                                   .arg(line.line)
                                   .arg(what));
            }
            if (!line.date.isValid() || line.date > QDate::currentDate()) {
                return invalid(PaymentsText::tr("Line %1 is dated %2, which is in the future; nothing was applied. "
                                                "Check the file.")
                                   .arg(line.line)
                                   .arg(line.date.toString(Qt::ISODate)));
            }
            // Where the file itself says whose money a line is (provider id, member and month), that
            // payment is the only one it may settle; other lines may be matched by hand to any
            // payment they fit.
            const LineMatch& own = truthMatches[i];
            const bool certain =
                own.expected >= 0 && (own.kind == MatchKind::ExactTid || own.kind == MatchKind::MemberMonth);
            if (certain && truth.value().expected[own.expected].id != expected.id) {
                return invalid(PaymentsText::tr("By its member and month, line %1 pays payment #%2, not %3; nothing "
                                                "was applied. Open the file again to match afresh.")
                                   .arg(line.line)
                                   .arg(truth.value().expected[own.expected].id)
                                   .arg(what));
            }
            if (line.success && line.amount < owed) {
                return invalid(PaymentsText::tr("Line %1 brings %2 won for %3, which is owed %4 won. A part payment is "
                                                "settled on the payment itself, with a reason; nothing was applied.")
                                   .arg(line.line)
                                   .arg(line.amount)
                                   .arg(what)
                                   .arg(owed));
            }
            if (version != expected.version ||
                (status != QLatin1String("pending") && status != QLatin1String("failed"))) {
                const LastChange last = lastChange(session, "payments", expected.id);
                return Error(Error::Kind::Conflict,
                             PaymentsText::tr("%1 was changed by %2 at %3 after the file was matched (it is now "
                                              "%4); nothing was applied. Open the file again to match afresh.")
                                 .arg(what, last.actor.isEmpty() ? PaymentsText::tr("someone") : last.actor,
                                      when(last.at), status),
                             last.action);
            }
            if (!line.providerTid.isEmpty()) {
                SqlBuilder used("SELECT COUNT(*) FROM reconciliation_lines WHERE provider_tid = ");
                used.bind(line.providerTid).sql(" AND outcome IN ('paid', 'failed')");
                auto n = session.scalar(used);
                if (!n.ok()) {
                    return n.error();
                }
                if (n.value().toLongLong() > 0) {
                    return Error(Error::Kind::Conflict,
                                 PaymentsText::tr("Line %1: provider transaction %2 was applied by another import "
                                                  "meanwhile; nothing was applied. Open the file again.")
                                     .arg(line.line)
                                     .arg(line.providerTid));
                }
            }
            SqlBuilder update("UPDATE payments SET version = version + 1, updated_at = ");
            bindInstant(update, dialect, now);
            QJsonObject after;
            if (line.success) {
                auto frozen = frozenBy(session, expected.id, orgId, month);
                if (!frozen.ok()) {
                    return frozen.error();
                }
                if (!frozen.value().isEmpty()) {
                    return invalid(
                        PaymentsText::tr("Line %1: %2 Nothing was applied.").arg(line.line).arg(frozen.value()));
                }
                const QString paidAt = dayStartInstant(line.date);
                update.sql(", status = 'success', failure_reason = NULL, failure_code = NULL, paid_at = ");
                bindInstant(update, dialect, paidAt);
                after.insert(QStringLiteral("status"), QStringLiteral("success"));
                after.insert(QStringLiteral("paid_at"), paidAt);
                if (m.overpaid > 0) {
                    after.insert(QStringLiteral("overpaid"), m.overpaid);
                }
                lineOutcome[i] = QStringLiteral("paid");
                ++outcome.paid;
                outcome.paidAmount += line.amount;
            } else {
                // The code decides the next step (docs/DOMAIN.md, "Coded debit results").
                bool known = false;
                const DebitReasonCode code = debitReasonFor(truth.value().reasonCodes, line.resultCode, &known);
                const QString reason =
                    (known ? code.bilingualName() : PaymentsText::tr("unknown result code %1").arg(code.code)) +
                    QStringLiteral(" (%1, line %2)").arg(st.fileName).arg(line.line);
                update.sql(", status = 'failed', attempt_count = attempt_count + 1, failure_reason = ")
                    .bind(reason.left(200))
                    .sql(", failure_code = ")
                    .bind(code.code);
                after.insert(QStringLiteral("status"), QStringLiteral("failed"));
                after.insert(QStringLiteral("failure_reason"), reason.left(200));
                after.insert(QStringLiteral("failure_code"), code.code);
                after.insert(QStringLiteral("action"), debitActionKey(code.action));
                lineOutcome[i] = QStringLiteral("failed");
                lineAction[i] = debitActionKey(code.action);
                if (code.action == DebitAction::Retry) {
                    // Retries stop at the policy's limit (docs/DOMAIN.md, "Retry policy").
                    SqlBuilder policy("SELECT p.attempt_count + 1, COALESCE(" PD_SQL_RETRY_POLICY(
                        "retry_limit", "inst") ", " PD_SQL_RETRY_LIMIT_DEFAULT ") FROM payments p JOIN organizations "
                                               "inst ON inst.id = p.organization_id WHERE p.id = ");
                    policy.bind(expected.id);
                    if (!session.exec(query, policy, &error)) {
                        return error;
                    }
                    const int failures = query.next() ? query.value(0).toInt() : 0;
                    const int retries = query.value(1).toInt();
                    query.finish();
                    after.insert(QStringLiteral("failed_debits"), failures);
                    after.insert(QStringLiteral("retry_limit"), retries);
                    if (failures > retries) {
                        lineRetriesUsedUp[i] = true;
                        lineAction[i] = debitActionKey(DebitAction::Manual);
                        lineNote[i] = QStringLiteral("retries used up: %1 failed debits, %2 retries; overdue")
                                          .arg(failures)
                                          .arg(retries);
                        after.insert(QStringLiteral("action"), debitActionKey(DebitAction::Manual));
                        after.insert(QStringLiteral("retries_used_up"), true);
                    }
                }
                lineReason[i] = code;
                ++outcome.failed;
            }
            if (!line.providerTid.isEmpty()) {
                update.sql(", tid = ").bind(line.providerTid);
                after.insert(QStringLiteral("tid"), line.providerTid);
            }
            update.sql(" WHERE id = ").bind(expected.id).sql(" AND version = ").bind(expected.version);
            if (!session.exec(query, update, &error)) {
                return error;
            }
            after.insert(QStringLiteral("file"), st.fileName);
            after.insert(QStringLiteral("line"), line.line);
            PD_TRY(appendAudit(session, "payment.reconcile", "payments", expected.id,
                               QJsonObject{{QStringLiteral("status"), status}, {QStringLiteral("version"), version}},
                               after));
            linePayment[i] = expected.id;
            if (!lineAction[i].isEmpty()) {
                const DebitReasonCode& code = lineReason[i];
                if (lineRetriesUsedUp[i]) {
                    ++outcome.retriesUsedUp;
                } else if (code.action == DebitAction::Retry) {
                    ++outcome.retry;
                } else if (code.action == DebitAction::Manual) {
                    ++outcome.manual;
                } else {
                    auto effect = suspendForReason(session, storedParent, expected.id, code, st.fileName, line.line);
                    if (!effect.ok()) {
                        return effect.error();
                    }
                    if (effect.value().suspended) {
                        ++outcome.suspended;
                        outcome.accountUpdates += code.action == DebitAction::UpdateAccount ? 1 : 0;
                    } else {
                        ++outcome.manual;
                        lineNote[i] = effect.value().note;
                    }
                }
            }
        }
        // The import, then its lines.
        SqlBuilder insert("INSERT INTO reconciliation_imports (organization_id, file_name, file_sha256, encoding, "
                          "line_count, applied_count, applied_amount, imported_by, imported_at) VALUES (");
        insert.bind(apply.organizationId).sql(", ").bind(st.fileName.left(255)).sql(", ").bind(st.sha256);
        insert.sql(", ").bind(st.encoding).sql(", ").bind(qint64(st.lines.size() + st.bad.size()));
        insert.sql(", ").bind(outcome.paid + outcome.failed).sql(", ").bind(outcome.paidAmount).sql(", ");
        insert.bind(session.actor()).sql(", ");
        bindInstant(insert, dialect, now);
        insert.sql(") RETURNING id");
        if (!session.exec(query, insert, &error)) {
            return error;
        }
        outcome.importId = query.next() ? query.value(0).toLongLong() : 0;
        query.finish();
        constexpr int kBatch = 200;
        struct Row
        {
            int line;
            QVariant date, member, amount, tid, code;
            QString outcome;
            QVariant payment, note, action;
        };
        QVector<Row> rows;
        for (int i = 0; i < st.lines.size(); ++i) {
            const StatementLine& l = st.lines[i];
            const QString note =
                lineOutcome[i] == QLatin1String("unmatched") || lineOutcome[i] == QLatin1String("duplicate")
                    ? QString::fromLatin1(outcomeNote(apply.matches[i].kind))
                    : lineNote[i];
            rows.append({l.line, l.date.toString(Qt::ISODate), l.memberRef, l.amount,
                         l.providerTid.isEmpty() ? QVariant() : QVariant(l.providerTid),
                         l.resultCode.isEmpty() ? QVariant() : QVariant(l.resultCode), lineOutcome[i],
                         linePayment[i] ? QVariant(linePayment[i]) : QVariant(),
                         note.isEmpty() ? QVariant() : QVariant(note),
                         lineAction[i].isEmpty() ? QVariant() : QVariant(lineAction[i])});
        }
        for (const BadLine& bad : st.bad) {
            rows.append({bad.line, QVariant(), QVariant(), QVariant(), QVariant(), QVariant(), QStringLiteral("bad"),
                         QVariant(), bad.reason.left(300), QVariant()});
        }
        for (int start = 0; start < rows.size(); start += kBatch) {
            SqlBuilder b("INSERT INTO reconciliation_lines (import_id, line_no, value_date, member_ref, amount, "
                         "provider_tid, result_code, outcome, payment_id, note, action) VALUES ");
            for (int k = start; k < std::min<int>(int(rows.size()), start + kBatch); ++k) {
                const Row& r = rows[k];
                if (k > start) {
                    b.sql(", ");
                }
                b.sql("(").bind(outcome.importId).sql(", ").bind(r.line).sql(", ");
                SqlDialect::of(dialect).date(b, r.date);
                b.sql(", ").bind(r.member).sql(", ").bind(r.amount).sql(", ").bind(r.tid).sql(", ").bind(r.code);
                b.sql(", ").bind(r.outcome).sql(", ").bind(r.payment).sql(", ").bind(r.note).sql(", ");
                b.bind(r.action).sql(")");
            }
            if (!session.exec(query, b, &error)) {
                return error;
            }
        }
        outcome.recordedLines = int(rows.size());
        PD_TRY(appendAudit(session, "reconciliation.import", "reconciliation_imports", outcome.importId, {},
                           QJsonObject{{QStringLiteral("file"), st.fileName},
                                       {QStringLiteral("sha256"), st.sha256},
                                       {QStringLiteral("lines"), outcome.recordedLines},
                                       {QStringLiteral("paid"), outcome.paid},
                                       {QStringLiteral("failed"), outcome.failed},
                                       {QStringLiteral("retry"), outcome.retry},
                                       {QStringLiteral("retries_used_up"), outcome.retriesUsedUp},
                                       {QStringLiteral("suspended"), outcome.suspended},
                                       {QStringLiteral("account_updates"), outcome.accountUpdates},
                                       {QStringLiteral("manual"), outcome.manual},
                                       {QStringLiteral("paid_amount"), outcome.paidAmount}}));
        return outcome;
    });
}

// -- export --------------------------------------------------------------------------------------

namespace {
/// Appends field `i` of a PostgreSQL text row as exportText() would write the decoded value:
/// text, months, dates and integers as PostgreSQL prints them, timestamps cut from the
/// canonical "YYYY-MM-DDTHH:MM:SS.ffffffZ" to whole seconds, booleans spelled out, money and
/// scores through exportText().
void appendPgExportField(QByteArray& buffer, const PgTextRow& row, int i, const ColumnInfo& column)
{
    if (row.isNull(i)) {
        return;
    }
    const QByteArrayView text = row.value(i);
    switch (column.type) {
    case ValueType::Text:
        if (!text.isEmpty() && csv::startsFormula(QLatin1Char(text.front()))) {
            csv::appendField(buffer, QByteArrayView(QByteArray("'").append(text))); // as csv::formulaSafe()
            return;
        }
        csv::appendField(buffer, text);
        return;
    case ValueType::Month:
    case ValueType::Integer:
        csv::appendField(buffer, text);
        return;
    case ValueType::Date:
        csv::appendField(buffer, text.first(std::min<qsizetype>(text.size(), 10)));
        return;
    case ValueType::Timestamp:
        if (text.size() >= 20 && text[10] == 'T' && text.back() == 'Z') {
            buffer.append(text.first(19)).append('Z');
            return;
        }
        break;
    case ValueType::Boolean:
        buffer.append(text == "t" ? "true" : "false");
        return;
    case ValueType::Money:
    case ValueType::Score:
        break;
    }
    const QString raw = QString::fromUtf8(text);
    csv::appendField(buffer, exportText(decodeValue(raw, column.type), column));
}
} // namespace

Result<ContactList> recordReminders(SqlSession& session, const ReminderRequest& request)
{
    if (request.channel != QLatin1String("sms") && request.channel != QLatin1String("letter")) {
        return Error(Error::Kind::Invalid, PaymentsText::tr("Choose how the reminders go out: \"sms\" or \"letter\"."));
    }
    // The members exactly as the overdue list shows them for the filters, under the same grants.
    ListRequest list;
    list.area = Area::OverdueMembers;
    list.filters = request.filters;
    list.limit = 500;
    QVector<QVariantList> members;
    for (int guard = 0; guard < 100; ++guard) {
        auto page = listPage(session, list);
        if (!page.ok()) {
            return page.error();
        }
        members += page.value().rows;
        if (members.size() > ReminderRequest::kMaxMembers) {
            return Error(Error::Kind::Invalid,
                         PaymentsText::tr("More than %1 members are overdue with these filters; choose a band, an "
                                          "organisation or a search to remind fewer at once.")
                             .arg(ReminderRequest::kMaxMembers));
        }
        if (page.value().nextCursor.isEmpty()) {
            break;
        }
        list.cursor = page.value().nextCursor;
    }
    auto at = [](const char* key) { return columnIndex(Area::OverdueMembers, QLatin1String(key)); };
    const Dialect dialect = session.dialect();
    const QString now = SqlSession::nowText();
    const QString weekAgo = QDateTime::fromString(now, Qt::ISODateWithMs)
                                .addDays(-7)
                                .toUTC()
                                .toString(QStringLiteral("yyyy-MM-dd'T'HH:mm:ss.zzz'000Z'"));
    return inTransaction<ContactList>(session, [&]() -> Result<ContactList> {
        ContactList out;
        out.channel = request.channel;
        QSqlQuery query;
        Error error;
        for (const QVariantList& row : members) {
            const qint64 parentId = row.at(at("id")).toLongLong();
            const QString name = row.at(at("member")).toString();
            // Reminded within seven days, by anyone: left out, saying by whom.
            SqlBuilder recent("SELECT reminded_by, reminded_at FROM member_reminders WHERE parent_id = ");
            recent.bind(parentId).sql(" AND reminded_at > ");
            bindInstant(recent, dialect, weekAgo);
            recent.sql(" ORDER BY reminded_at DESC, id DESC LIMIT 1");
            if (!session.exec(query, recent, &error)) {
                return error;
            }
            if (query.next()) {
                const QVariant when = query.value(1);
                out.skipped.append(SkippedReminder{parentId, name, query.value(0).toString(),
                                                   when.typeId() == QMetaType::QString
                                                       ? QDateTime::fromString(when.toString(), Qt::ISODateWithMs)
                                                       : when.toDateTime()});
                query.finish();
                continue;
            }
            query.finish();
            ContactLine line;
            line.parentId = parentId;
            line.name = name;
            line.phone = row.at(at("phone")).toString();
            line.amountOwed = row.at(at("amount_owed")).toLongLong();
            line.monthsOwed = row.at(at("months_owed")).toInt();
            line.daysOverdue = row.at(at("days_overdue")).toInt();
            SqlBuilder reason("SELECT p.failure_code, r.name_ko, r.name_en FROM payments p LEFT JOIN "
                              "debit_reason_codes r ON r.code = p.failure_code WHERE p.parent_id = ");
            reason.bind(parentId).sql(" AND p.status IN ('pending', 'failed') AND p.failure_code IS NOT NULL "
                                      "ORDER BY p.due_date DESC, p.id DESC LIMIT 1");
            if (!session.exec(query, reason, &error)) {
                return error;
            }
            if (query.next()) {
                line.reasonCode = query.value(0).toString();
                line.reasonKo = query.value(1).isNull() ? line.reasonCode : query.value(1).toString();
                line.reasonEn = query.value(2).isNull() ? line.reasonCode : query.value(2).toString();
            } else {
                line.reasonKo = QStringLiteral("미납");
                line.reasonEn = QStringLiteral("unpaid");
            }
            query.finish();
            line.messageKo = reminderMessageKo(line);
            line.messageEn = reminderMessageEn(line);
            // PostgreSQL records the login and the time itself (reminded_by DEFAULT current_user).
            SqlBuilder insert(dialect == Dialect::PostgreSQL
                                  ? "INSERT INTO member_reminders (parent_id, channel, amount_owed, months_owed, "
                                    "reason_code) VALUES ("
                                  : "INSERT INTO member_reminders (parent_id, channel, amount_owed, months_owed, "
                                    "reason_code, reminded_by, reminded_at) VALUES (");
            insert.bind(parentId).sql(", ").bind(request.channel).sql(", ").bind(line.amountOwed).sql(", ");
            insert.bind(line.monthsOwed)
                .sql(", ")
                .bind(line.reasonCode.isEmpty() ? QVariant() : QVariant(line.reasonCode));
            if (dialect != Dialect::PostgreSQL) {
                insert.sql(", ").bind(session.actor()).sql(", ").bind(now);
            }
            insert.sql(")");
            if (!session.exec(query, insert, &error)) {
                return inTheDatabasesWords(error);
            }
            PD_TRY(appendAudit(session, "member.remind", "parents", parentId, {},
                               QJsonObject{{QStringLiteral("channel"), request.channel},
                                           {QStringLiteral("amount_owed"), line.amountOwed},
                                           {QStringLiteral("months_owed"), line.monthsOwed},
                                           {QStringLiteral("reason_code"), line.reasonCode}}));
            out.lines.append(line);
        }
        return out;
    });
}

Result<ExportResult> exportCsv(SqlSession& session, const ExportRequest& request,
                               const std::function<void(qint64 rows)>& progress, const std::atomic<bool>* stop)
{
    auto stopped = [stop]() { return stop && stop->load(std::memory_order_relaxed); };
    const auto& columns = areaColumns(request.list.area);
    if (request.titles.size() != columns.size()) {
        return invalid(PaymentsText::tr("The export has %1 titles for %2 columns.")
                           .arg(request.titles.size())
                           .arg(columns.size()));
    }
    PD_TRY(checkOutputTarget(request.path));
    QSaveFile file(request.path);
    if (!file.open(QIODevice::WriteOnly)) {
        return invalid(
            PaymentsText::tr("Cannot write %1: %2. Choose another folder.").arg(request.path, file.errorString()));
    }
    QByteArray buffer;
    buffer.reserve(1 << 17);
    if (request.byteOrderMark) {
        buffer.append("\xEF\xBB\xBF");
    }
    for (int i = 0; i < request.titles.size(); ++i) {
        if (i > 0) {
            buffer.append(',');
        }
        csv::appendField(buffer, request.titles[i]);
    }
    buffer.append('\n');
    ExportResult result;
    bool writeFailed = false;
    constexpr qint64 kProgressEvery = 5000;
    // Ends a row: flushes the buffer now and then, reports progress; false stops the stream.
    auto endRow = [&]() {
        buffer.append('\n');
        ++result.rows;
        if (buffer.size() >= (1 << 16)) {
            if (file.write(buffer) != buffer.size()) {
                writeFailed = true;
                return false;
            }
            result.bytes += buffer.size();
            buffer.clear();
        }
        if (progress && result.rows % kProgressEvery == 0) {
            progress(result.rows);
        }
        return true;
    };
    const int n = columns.size();
    // PostgreSQL streams its own text for each value (no QVariant, no QDateTime per row:
    // docs/PERFORMANCE.md, "Export"); SQLite goes through the list's decoded values.
    auto rows = session.dialect() == Dialect::PostgreSQL
                    ? forEachTextRow(session, request.list,
                                     [&](const PgTextRow& row) {
                                         if (stopped()) {
                                             return false;
                                         }
                                         for (int i = 0; i < n; ++i) {
                                             if (i > 0) {
                                                 buffer.append(',');
                                             }
                                             appendPgExportField(buffer, row, i, columns[i]);
                                         }
                                         return endRow();
                                     })
                    : forEachRow(session, request.list, [&](const QVariantList& row) {
                          if (stopped()) {
                              return false;
                          }
                          for (int i = 0; i < n; ++i) {
                              if (i > 0) {
                                  buffer.append(',');
                              }
                              const QVariant& v = row[i];
                              csv::appendField(buffer, exportText(v, columns[i]), !v.isValid() || v.isNull());
                          }
                          return endRow();
                      });
    if (writeFailed) {
        file.cancelWriting();
        return invalid(
            PaymentsText::tr("Writing %1 failed: %2. Nothing was saved.").arg(request.path, file.errorString()));
    }
    if (!rows.ok()) {
        file.cancelWriting();
        return rows.error();
    }
    if (file.write(buffer) != buffer.size()) {
        file.cancelWriting();
        return invalid(
            PaymentsText::tr("Writing %1 failed: %2. Nothing was saved.").arg(request.path, file.errorString()));
    }
    result.bytes += buffer.size();
    if (stopped()) {
        file.cancelWriting();
        return Error(Error::Kind::Cancelled, PaymentsText::tr("The export was cancelled; no file was written."));
    }
    if (!file.commit()) {
        return invalid(
            PaymentsText::tr("Saving %1 failed: %2. Nothing was saved.").arg(request.path, file.errorString()));
    }
    if (progress) {
        progress(result.rows);
    }
    return result;
}

} // namespace pd::sql
