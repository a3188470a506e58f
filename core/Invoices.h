#pragma once

#include "bch/CashAddr.h"

#include <QDateTime>
#include <QString>
#include <QVector>

namespace pd {

/// The organisation's watch-only Bitcoin Cash account (migration 002): invoices get the address
/// at 0/next_index below `xpub`.
struct BchAccount
{
    qint64 id = 0;
    QString name;
    bch::Network network = bch::Network::Mainnet;
    QString xpub;
    qint64 nextIndex = 0;
    int version = 0;
};

/// What an operator fills in to create an invoice. Amount in satoshis (1 BCH = 100,000,000).
struct InvoiceDraft
{
    qint64 userId = 0;
    qint64 amountSats = 0;
    QString description;
    QDateTime expiresAt;       ///< UTC; must be in the future
    qint64 organizationId = 0; ///< 0: the member's institution, if any
    qint64 paymentId = 0;      ///< 0: none
};

/// The invoice as created: its id, the fresh address and where it came from.
struct CreatedInvoice
{
    qint64 id = 0;
    QString address;
    qint64 derivationIndex = 0;
};

/// A manual change of an invoice's status (invoices.status: pending -> paid -> confirmed;
/// pending -> expired | cancelled). `version` is the row version the operator saw: if someone
/// changed the invoice since, the change is refused (optimistic concurrency).
struct InvoiceChange
{
    enum class Action {
        MarkPaid, ///< seen on chain, not yet confirmed: needs the transaction hash and a reason
        Confirm,  ///< confirmed on chain: needs the transaction hash (unless already paid) and a reason
        Expire,   ///< the payment window has passed
        Cancel,   ///< withdrawn: needs a reason
    };
    qint64 id = 0;
    int version = 0;
    Action action = Action::MarkPaid;
    QString txHash; ///< 64 hex digits
    QString reason;
};
/// "mark_paid", "confirm", "expire", "cancel" (REST and audit names).
QString invoiceActionKey(InvoiceChange::Action action);

/// A person's decision about a payment that came after an invoice's expiry (exception
/// paid_late): accept it (settle the invoice, its payment and credit) or mark the money for a
/// refund. `version` as seen; the reason is kept in the audit log.
struct LatePaymentDecision
{
    qint64 id = 0;
    int version = 0;
    bool accept = false;
    QString reason;
};

/// Asks for the gap-limit check of the active BCH account: wallets scan an account's receiving
/// addresses until they meet `gapLimit` unused ones in a row (BIP44 "Address gap limit", 20).
struct AddressGapRequest
{
    int gapLimit = 20;
};

/// One receiving address of the account that has received nothing.
struct UnusedAddress
{
    qint64 derivationIndex = 0;
    QString address;
    qint64 invoiceId = 0;
};

/// The active account's address use: the longest run of consecutive unused indexes (from,
/// to, length) and the addresses to scan in the organisation's wallet when the run is longer
/// than the gap limit (every unused address from the run's start to the last index handed out,
/// at most 5,000).
struct AddressGapReport
{
    int gapLimit = 20;
    qint64 nextIndex = 0; ///< the index the next invoice takes
    qint64 runFrom = -1;  ///< -1: no unused address
    qint64 runTo = -1;
    qint64 runLength = 0;
    qint64 lastUsedIndex = -1;
    QVector<UnusedAddress> toScan;
    /// True when a wallet with this gap limit would stop before an address that is (or will be) paid.
    bool exceedsGapLimit() const { return runLength > gapLimit; }
};

/// Which invoices go on a sheet: explicit ids, or a filter.
struct InvoiceSheetRequest
{
    QVector<qint64> ids;    ///< when not empty, exactly these (in this order)
    QString status;         ///< filter: status ("pending", ...)
    QString centerCode;     ///< filter: organisation code; its whole subtree
    QDateTime createdSince; ///< filter: created at or after (UTC)
    int limit = 5000;       ///< at most this many (1..20000)
};

/// One invoice as printed on a sheet.
struct InvoiceSheetItem
{
    qint64 id = 0;
    qint64 amountSats = 0;
    QString address; ///< CashAddr with prefix
    bch::Network network = bch::Network::Mainnet;
    QString member;
    qint64 memberId = 0; ///< parents.id of the invoice's user, 0 when not a member: its reference is printed
    QString institution;
    QString center;
    QString description;
    QString status;
    QDateTime createdAt; ///< UTC
    QDateTime expiresAt; ///< UTC; the due date printed on the sheet
};

/// The BIP21 URI an invoice's QR code carries: its address and exact amount, the institution
/// (or center) as label and "Invoice <id>" as message.
QString invoicePaymentUri(const InvoiceSheetItem& item);

/// The invoices of a sheet that can still be paid, and how many were left out and why: only a
/// pending invoice whose expiry has not passed is printed (an expired, cancelled, paid or
/// confirmed one would ask a member to pay what cannot or need not be paid).
struct PrintableInvoices
{
    QVector<InvoiceSheetItem> printable;
    int expired = 0; ///< expired, or pending past the expiry
    int cancelled = 0;
    int settled = 0; ///< paid or confirmed
    int leftOut() const { return expired + cancelled + settled; }
    /// "Left out 3 invoices: 2 expired, 1 already paid." (empty when none was left out).
    QString leftOutSentence() const;
};
/// Sorts a sheet's items into printable and left out, as of `now` (UTC).
PrintableInvoices printableInvoices(const QVector<InvoiceSheetItem>& items, const QDateTime& now);

/// The BIP21 URI for the rest of an underpaid invoice: the same address, `remainingSats`, and
/// "Invoice <id> (rest)" as message. Empty when the address is not valid.
QString topUpPaymentUri(const InvoiceSheetItem& item, qint64 remainingSats);

/// Checks a transaction hash: 64 hexadecimal digits. Returns the lowercase hash, or an empty
/// string when it is not one.
QString normalizedTxHash(const QString& text);

} // namespace pd
