#include "sql/SqlBulk.h"

#include "sql/SqlExpr.h"
#include "sql/SqlInvoices.h"
#include "sql/SqlKyc.h"
#include "sql/SqlPayments.h"
#include "sql/SqlSession.h"
#include "sql/SqlWrite.h"

#include <QCoreApplication>
#include <QHash>
#include <QSqlQuery>

namespace pd::sql {

namespace {

struct BulkSqlText
{
    Q_DECLARE_TR_FUNCTIONS(pd::sql::Bulk)
};

/// The refusal of a row whose status the action does not start from.
QString wrongStatus(const QString& status, const QStringList& from)
{
    return BulkSqlText::tr("it is %1; this needs %2").arg(status, from.join(QStringLiteral(" / ")));
}

/// The statement reading the action's rows: id, version, status, amount in minor units and,
/// for KYC documents, the claimer and whether the claim is live.
SqlBuilder previewSelect(SqlSession& session, BulkAction action)
{
    const Dialect dialect = session.dialect();
    switch (bulkActionArea(action)) {
    case Area::Invoices:
        return SqlBuilder("SELECT i.id, i.version, i.status, ")
            .sql(SqlDialect::of(dialect).pick(PD_SQL_INVOICE_SATOSHI_PG, PD_SQL_INVOICE_SATOSHI_SQLITE))
            .sql(", NULL, 0 FROM invoices i WHERE i.id IN (");
    case Area::KycDocuments: {
        SqlBuilder b("SELECT id, version, verification_status, 0, claimed_by, CASE WHEN claimed_by IS NOT NULL AND "
                     "claim_expires_at > ");
        bindInstant(b, dialect, SqlSession::nowText());
        b.sql(" THEN 1 ELSE 0 END FROM kyc_documents WHERE id IN (");
        return b;
    }
    case Area::Payments:
        return SqlBuilder("SELECT id, version, status, amount, NULL, 0 FROM payments WHERE id IN (");
    case Area::Settlements:
        return SqlBuilder("SELECT id, version, status, net_amount, NULL, 0 FROM settlements WHERE id IN (");
    default:
        break;
    }
    return SqlBuilder("SELECT 0, 0, '', 0, NULL, 0 WHERE 1 = 0 AND 0 IN (");
}

/// The statuses `action` starts from (empty for releasing claims, which depends on the claim).
QStringList startsFrom(BulkAction action)
{
    switch (action) {
    case BulkAction::ExpireInvoices:
    case BulkAction::CancelInvoices:
    case BulkAction::FailPayments:
        return {QStringLiteral("pending")};
    case BulkAction::CancelPayments:
        return {QStringLiteral("pending"), QStringLiteral("failed")};
    case BulkAction::ConfirmSettlements:
        return {QStringLiteral("draft")};
    case BulkAction::AssignKycDocuments:
        return {QStringLiteral("pending")};
    case BulkAction::ReleaseKycClaims:
        break;
    }
    return {};
}

/// Fills `item.refusal` (and `needs`) when `action` does not apply to it.
void judge(BulkAction action, BulkItem& item, const QString& claimer, bool liveClaim)
{
    if (action == BulkAction::ReleaseKycClaims) {
        if (!liveClaim) {
            item.refusal = claimer.isEmpty() ? BulkSqlText::tr("it is not claimed")
                                             : BulkSqlText::tr("the claim of %1 has lapsed").arg(claimer);
        }
        return;
    }
    const QStringList from = startsFrom(action);
    if (!from.contains(item.status)) {
        item.needs = from;
        item.refusal = wrongStatus(item.status, from);
    }
}

/// One row's change through the function a single change uses.
Result<Done> applyOne(SqlSession& session, BulkAction action, const BulkApplyRequest::Item& item, const QString& reason,
                      const QString& assignee)
{
    switch (action) {
    case BulkAction::ExpireInvoices:
    case BulkAction::CancelInvoices: {
        InvoiceChange change;
        change.id = item.id;
        change.version = item.version;
        change.action =
            action == BulkAction::ExpireInvoices ? InvoiceChange::Action::Expire : InvoiceChange::Action::Cancel;
        change.reason = reason;
        return changeInvoice(session, change);
    }
    case BulkAction::FailPayments:
    case BulkAction::CancelPayments: {
        PaymentChange change;
        change.id = item.id;
        change.version = item.version;
        change.action =
            action == BulkAction::FailPayments ? PaymentChange::Action::MarkFailed : PaymentChange::Action::Cancel;
        change.reason = reason;
        return changePayment(session, change);
    }
    case BulkAction::ConfirmSettlements: {
        SettlementChange change;
        change.id = item.id;
        change.version = item.version;
        change.action = SettlementChange::Action::Confirm;
        change.reason = reason;
        return changeSettlement(session, change);
    }
    case BulkAction::AssignKycDocuments:
        return assignKycDocument(session, item.id, assignee, reason);
    case BulkAction::ReleaseKycClaims: {
        // A claim is not versioned work: the document's version moves only with decisions, and
        // one decided since the pre-flight has no claim left to release.
        bool released = false;
        auto done = releaseKycClaim(session, item.id, reason, &released);
        if (!done.ok()) {
            return done.error();
        }
        if (!released) {
            return invalid(
                BulkSqlText::tr("KYC document #%1 has no live claim any more; nothing was released.").arg(item.id));
        }
        return Done{};
    }
    }
    return invalid(BulkSqlText::tr("Unknown bulk action."));
}

} // namespace

Result<BulkPreview> previewBulk(SqlSession& session, const BulkPreviewRequest& request)
{
    if (request.ids.isEmpty()) {
        return invalid(BulkSqlText::tr("Select the rows to change first."));
    }
    if (request.ids.size() > kMaxBulkPreviewIds) {
        return invalid(BulkSqlText::tr("At most %1 rows are checked at a time; the console sends more in parts.")
                           .arg(kMaxBulkPreviewIds));
    }
    SqlBuilder b = previewSelect(session, request.action);
    for (int k = 0; k < request.ids.size(); ++k) {
        b.sql(k ? ", " : "").bind(request.ids[k]);
    }
    b.sql(")");
    QSqlQuery query;
    Error error;
    if (!session.exec(query, b, &error)) {
        return error;
    }
    const Area area = bulkActionArea(request.action);
    const QString currency = area == Area::Invoices       ? QStringLiteral("BCH")
                             : area == Area::KycDocuments ? QString()
                                                          : QStringLiteral("KRW");
    QHash<qint64, BulkItem> found;
    while (query.next()) {
        BulkItem item;
        item.id = query.value(0).toLongLong();
        item.version = query.value(1).toInt();
        item.status = query.value(2).toString();
        item.amount = query.value(3).toLongLong();
        item.currency = currency;
        const QString claimer = query.value(4).toString();
        const bool live = query.value(5).toInt() == 1;
        if (live) {
            item.claimedBy = claimer;
        }
        judge(request.action, item, claimer, live);
        found.insert(item.id, item);
    }
    BulkPreview preview;
    preview.items.reserve(request.ids.size());
    for (qint64 id : request.ids) {
        auto it = found.constFind(id);
        if (it != found.constEnd()) {
            preview.items << *it;
        } else {
            BulkItem missing;
            missing.id = id;
            missing.refusal = BulkSqlText::tr("not found (or not visible to you)");
            preview.items << missing;
        }
    }
    return preview;
}

Result<BulkApplyResult> applyBulk(SqlSession& session, const BulkApplyRequest& request)
{
    if (request.items.isEmpty()) {
        return invalid(BulkSqlText::tr("There is nothing to apply: no selected row can be changed."));
    }
    if (request.items.size() > kMaxBulkApplyItems) {
        return invalid(BulkSqlText::tr("At most %1 rows are applied at a time; the console sends more in parts.")
                           .arg(kMaxBulkApplyItems));
    }
    const auto reason = auditReason(request.reason);
    if (!reason.ok()) {
        return reason.error();
    }
    if (request.action == BulkAction::AssignKycDocuments && request.assignee.trimmed().isEmpty()) {
        return invalid(BulkSqlText::tr("Choose the reviewer to assign the documents to."));
    }
    BulkApplyResult result;
    result.outcomes.reserve(request.items.size());
    for (const BulkApplyRequest::Item& item : request.items) {
        BulkOutcome outcome;
        outcome.id = item.id;
        const auto done = applyOne(session, request.action, item, reason.value(), request.assignee.trimmed());
        outcome.applied = done.ok();
        if (!done.ok()) {
            outcome.error = done.error().message;
        }
        result.outcomes << outcome;
    }
    return result;
}

} // namespace pd::sql
