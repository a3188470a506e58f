#pragma once

#include "ListTypes.h"
#include "Money.h"
#include "Roles.h"

#include <QString>
#include <QVector>

#include <optional>

namespace pd {

/// A change applied to many rows at once (docs/DOMAIN.md, "Bulk actions"): first a pre-flight
/// summary of what it would do, then the change applied row by row, each row in a transaction
/// of its own with its own audit row and the one reason given for all, so a row that fails is
/// listed with why and the others stay applied.
enum class BulkAction {
    ExpireInvoices,     ///< pending invoices -> expired
    CancelInvoices,     ///< pending invoices -> cancelled
    ReleaseKycClaims,   ///< live claims on KYC documents released (one's own; headquarters any)
    AssignKycDocuments, ///< pending KYC documents assigned to one reviewer (headquarters)
    FailPayments,       ///< pending payments -> failed, the reason as failure_reason
    CancelPayments,     ///< pending or failed payments -> cancelled
    ConfirmSettlements, ///< draft settlements -> confirmed (headquarters)
};
/// Every bulk action, in menu order.
QVector<BulkAction> allBulkActions();
/// "expire_invoices", "cancel_invoices", "release_kyc_claims", "assign_kyc_documents", "fail_payments",
/// "cancel_payments", "confirm_settlements" (REST and audit names).
QString bulkActionKey(BulkAction action);
std::optional<BulkAction> bulkActionFromKey(const QString& key);
/// The list an action works on (invoices, kyc_documents, payments, settlements).
Area bulkActionArea(BulkAction action);
/// The actions offered on a list.
QVector<BulkAction> bulkActionsOf(Area area);
/// Whether the console offers `action` to a role (the database still decides every row):
/// invoices for managesInvoices(), claims for reviewsKyc(), payments and settlements for
/// changesPayments().
bool bulkActionAllowed(const Permissions& permissions, BulkAction action);

/// At most this many rows are checked by one pre-flight call, and applied by one apply call
/// (the console sends larger selections in chunks of these sizes).
constexpr int kMaxBulkPreviewIds = 1000;
constexpr int kMaxBulkApplyItems = 100;

/// Pre-flight: the rows an action would change.
struct BulkPreviewRequest
{
    BulkAction action = BulkAction::ExpireInvoices;
    QVector<qint64> ids; ///< 1..kMaxBulkPreviewIds rows of the action's list
};

/// One row as the pre-flight found it.
struct BulkItem
{
    qint64 id = 0;
    int version = 0;   ///< applied only if still this version (a row changed since is refused)
    qint64 amount = 0; ///< the row's money in minor units of `currency` (0 for KYC documents)
    QString currency;  ///< "KRW", "BCH" or empty
    QString status;    ///< its status key now ("pending", "draft"; verification_status for KYC)
    QString claimedBy; ///< KYC documents: who holds a live claim (empty: none)
    QString refusal;   ///< why the action does not apply to it, in words (empty: it applies)
    QStringList needs; ///< when refused for its status: the status keys the action starts from
};

/// The pre-flight's answer: one item per id asked, in the order asked; an id the caller may not
/// see or that does not exist has the refusal "not found".
struct BulkPreview
{
    QVector<BulkItem> items;
};

/// The rows to change, with the versions the pre-flight saw.
struct BulkApplyRequest
{
    struct Item
    {
        qint64 id = 0;
        int version = 0;
    };
    BulkAction action = BulkAction::ExpireInvoices;
    QVector<Item> items; ///< 1..kMaxBulkApplyItems
    QString reason;      ///< required, at most 500 characters; written to every row's audit entry
    QString assignee;    ///< AssignKycDocuments: the reviewer's login
};

/// What happened to one row.
struct BulkOutcome
{
    qint64 id = 0;
    bool applied = false;
    QString error; ///< why not, in words (empty when applied)
};

/// The answer of one apply call: one outcome per item, in order.
struct BulkApplyResult
{
    QVector<BulkOutcome> outcomes;
};

/// The totals of a pre-flight for the summary sentence.
struct BulkSummary
{
    int applicable = 0;
    int refused = 0;
    QVector<Money> worth; ///< the applicable rows' money, one sum per currency (empty for KYC)
};
BulkSummary summarize(const QVector<BulkItem>& items);

/// "You are about to expire 412 invoices worth 51.20000000 BCH." (translated).
QString bulkSummarySentence(BulkAction action, const BulkSummary& summary);
/// The action's name for a menu: "Expire invoices…" (translated).
QString bulkActionTitle(BulkAction action);

} // namespace pd
