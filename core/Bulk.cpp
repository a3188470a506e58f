#include "Bulk.h"

#include <QCoreApplication>
#include <QLocale>

namespace pd {

namespace {

struct BulkText
{
    Q_DECLARE_TR_FUNCTIONS(pd::Bulk)
};

const char* const kKeys[] = {"expire_invoices", "cancel_invoices", "release_kyc_claims", "assign_kyc_documents",
                             "fail_payments",   "cancel_payments", "confirm_settlements"};

} // namespace

QVector<BulkAction> allBulkActions()
{
    return {BulkAction::ExpireInvoices,     BulkAction::CancelInvoices, BulkAction::ReleaseKycClaims,
            BulkAction::AssignKycDocuments, BulkAction::FailPayments,   BulkAction::CancelPayments,
            BulkAction::ConfirmSettlements};
}

QString bulkActionKey(BulkAction action)
{
    return QLatin1String(kKeys[int(action)]);
}

std::optional<BulkAction> bulkActionFromKey(const QString& key)
{
    for (BulkAction action : allBulkActions()) {
        if (bulkActionKey(action) == key) {
            return action;
        }
    }
    return std::nullopt;
}

Area bulkActionArea(BulkAction action)
{
    switch (action) {
    case BulkAction::ExpireInvoices:
    case BulkAction::CancelInvoices:
        return Area::Invoices;
    case BulkAction::ReleaseKycClaims:
    case BulkAction::AssignKycDocuments:
        return Area::KycDocuments;
    case BulkAction::FailPayments:
    case BulkAction::CancelPayments:
        return Area::Payments;
    case BulkAction::ConfirmSettlements:
        return Area::Settlements;
    }
    return Area::Invoices;
}

QVector<BulkAction> bulkActionsOf(Area area)
{
    QVector<BulkAction> actions;
    for (BulkAction action : allBulkActions()) {
        if (bulkActionArea(action) == area) {
            actions << action;
        }
    }
    return actions;
}

bool bulkActionAllowed(const Permissions& permissions, BulkAction action)
{
    switch (bulkActionArea(action)) {
    case Area::Invoices:
        return permissions.managesInvoices();
    case Area::KycDocuments:
        return action == BulkAction::AssignKycDocuments ? permissions.administersKyc() : permissions.reviewsKyc();
    case Area::Payments:
    case Area::Settlements:
        return permissions.changesPayments();
    default:
        return false;
    }
}

BulkSummary summarize(const QVector<BulkItem>& items)
{
    BulkSummary summary;
    for (const BulkItem& item : items) {
        if (!item.refusal.isEmpty()) {
            ++summary.refused;
            continue;
        }
        ++summary.applicable;
        const auto currency = currencyFromCode(item.currency);
        if (!currency) {
            continue;
        }
        const Money amount(item.amount, *currency);
        bool added = false;
        for (Money& sum : summary.worth) {
            if (sum.currency() == *currency) {
                // Overflow is beyond any real selection (9.2e18 minor units); keep the sum then.
                sum = sum.plus(amount).value_or(sum);
                added = true;
            }
        }
        if (!added) {
            summary.worth << amount;
        }
    }
    return summary;
}

QString bulkActionTitle(BulkAction action)
{
    switch (action) {
    case BulkAction::ExpireInvoices:
        return BulkText::tr("Expire invoices…");
    case BulkAction::CancelInvoices:
        return BulkText::tr("Cancel invoices…");
    case BulkAction::ReleaseKycClaims:
        return BulkText::tr("Release claims…");
    case BulkAction::AssignKycDocuments:
        return BulkText::tr("Assign to a reviewer…");
    case BulkAction::FailPayments:
        return BulkText::tr("Mark payments failed…");
    case BulkAction::CancelPayments:
        return BulkText::tr("Cancel payments…");
    case BulkAction::ConfirmSettlements:
        return BulkText::tr("Confirm settlements…");
    }
    return {};
}

QString bulkSummarySentence(BulkAction action, const BulkSummary& summary)
{
    const int n = summary.applicable;
    QString sentence;
    switch (action) {
    case BulkAction::ExpireInvoices:
        sentence = BulkText::tr("You are about to expire %n invoice(s)", nullptr, n);
        break;
    case BulkAction::CancelInvoices:
        sentence = BulkText::tr("You are about to cancel %n invoice(s)", nullptr, n);
        break;
    case BulkAction::ReleaseKycClaims:
        sentence = BulkText::tr("You are about to release the claims on %n KYC document(s)", nullptr, n);
        break;
    case BulkAction::AssignKycDocuments:
        sentence = BulkText::tr("You are about to assign %n KYC document(s)", nullptr, n);
        break;
    case BulkAction::FailPayments:
        sentence = BulkText::tr("You are about to mark %n payment(s) failed", nullptr, n);
        break;
    case BulkAction::CancelPayments:
        sentence = BulkText::tr("You are about to cancel %n payment(s)", nullptr, n);
        break;
    case BulkAction::ConfirmSettlements:
        sentence = BulkText::tr("You are about to confirm %n settlement(s)", nullptr, n);
        break;
    }
    QStringList worth;
    for (const Money& sum : summary.worth) {
        worth << sum.format();
    }
    if (!worth.isEmpty()) {
        sentence = BulkText::tr("%1 worth %2").arg(sentence, worth.join(QStringLiteral(" + ")));
    }
    sentence += QLatin1Char('.');
    if (summary.refused > 0) {
        sentence += QLatin1Char(' ') + BulkText::tr("%n selected row(s) will be left as they are (see why below).",
                                                    nullptr, summary.refused);
    }
    return sentence;
}

} // namespace pd
