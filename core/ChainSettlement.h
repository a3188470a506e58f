#pragma once

#include <QDateTime>
#include <QString>
#include <QVector>

namespace pd {

/// One transaction paying an invoice's address, as the chain watcher saw it: the txid, the
/// height of its block (0: in the mempool, as the Electrum protocol's get_history says; -1:
/// in the mempool with unconfirmed parents), the satoshis its outputs pay to the address (parsed
/// from the raw transaction, never a server's balance) and its block's time (UTC; invalid in
/// the mempool).
struct ObservedPayment
{
    QString txid;
    int height = 0;
    qint64 sats = 0;
    QDateTime blockTime;
};

/// Where the chain stands for a decision: the tip height, the confirmations a payment needs
/// (1: in a block) and the time of the decision (UTC).
struct ChainView
{
    int tipHeight = 0;
    int requiredConfirmations = 1;
    QDateTime now;

    /// Confirmations of a transaction at `height` (0 for the mempool): tip - height + 1.
    int confirmations(int height) const { return height > 0 && height <= tipHeight ? tipHeight - height + 1 : 0; }
};

/// An invoice as stored, in the terms the decision needs (migration 011's columns).
struct InvoiceChainState
{
    qint64 id = 0;
    QString status; ///< pending, paid, confirmed, expired, cancelled
    qint64 amountSats = 0;
    QDateTime expiresAt; ///< UTC; invalid: never
    QDateTime paidAt;
    QDateTime confirmedAt;
    qint64 receivedSats = 0;
    QString exception; ///< "", underpaid, overpaid, paid_late
    QString txHash;
    int confirmedHeight = 0;
    QString resolution;      ///< "", accepted, refund_due
    qint64 creditedSats = 0; ///< the sum of the invoice's credit rows
};

/// What an invoice should be after what the chain shows (docs/DOMAIN.md, "Invoices on chain").
/// `event` names the change for the audit log, empty when nothing changes.
struct InvoiceSettlement
{
    QString status;
    qint64 receivedSats = 0;
    QString exception;
    QString txHash;
    QDateTime paidAt;      ///< first seen (mempool) or the completing block's time
    QDateTime confirmedAt; ///< when the watcher saw the confirmations; invalid unless confirmed
    int confirmedHeight = 0;
    bool settlePayment = false;  ///< the linked monthly payment becomes successful (BCH, paid_at, tid)
    bool reversePayment = false; ///< the linked payment this invoice settled goes back to pending
    qint64 creditDeltaSats = 0;  ///< the credit row to append (positive: credit; negative: reversal)
    QString event;               ///< chain_paid, chain_confirmed, chain_underpaid, chain_overpaid, chain_paid_late,
                                 ///< chain_reversed, chain_updated, expire; empty: no change

    /// True when nothing is to be written.
    bool unchanged() const { return event.isEmpty(); }
};

/// The stored invoice as a settlement that changes nothing (event empty): the starting point of
/// a decision, and what a check reports when the chain shows what is recorded.
InvoiceSettlement settlementAsStored(const InvoiceChainState& invoice);

/// Decides an invoice from the transactions paying its address:
/// - nothing received: a pending invoice past its expiry expires; a paid or confirmed one is taken
///   back (a reorg or a dropped transaction), with its payment and credit;
/// - less than the amount: pending, exception underpaid;
/// - the amount or more: paid while any needed transaction lacks confirmations, confirmed (payment
///   settled, the amount credited) when all have them; more than the amount: exception overpaid;
/// - a payment to an expired or cancelled invoice, or one first seen after the expiry: exception
///   paid_late, nothing settled (a person decides; an accepted one is settled like any other).
/// Pure: the same state and chain give the same answer, and an answer already stored is
/// `unchanged()`, so a second pass over the same chain writes nothing.
InvoiceSettlement decideInvoice(const InvoiceChainState& invoice, QVector<ObservedPayment> payments,
                                const ChainView& chain);

} // namespace pd

namespace pd {

/// An invoice the chain watcher follows: its id and CashAddr address.
struct WatchedInvoice
{
    qint64 id = 0;
    QString address;
    /// The invoice records something from the chain (not pending, money received, or an
    /// exception), so an empty history is news: a transaction left the chain.
    bool hasChainState = false;
};

/// A running watcher's state as every console sees it (table chain_watchers): the Electrum
/// server it follows (tcp://host:port or ssl://host:port), the tip, how many invoices it
/// watches, its last error and when it last heard from the server (UTC).
struct ChainWatcherStatus
{
    QString watcher; ///< login@host
    QString server;
    bool connected = false;
    int tipHeight = 0;
    QString tipHash;
    int watchedInvoices = 0;
    QString lastError;
    QDateTime lastSeenAt;
    QDateTime lastChangeAt; ///< when it last changed an invoice (consoles reload their invoice lists)
    QDateTime updatedAt;
};

} // namespace pd
