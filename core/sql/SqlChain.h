#pragma once

#include "ChainSettlement.h"
#include "Invoices.h"
#include "Result.h"
#include "chain/ChainWatcher.h"

namespace pd::sql {

class SqlSession;

/// The invoices the chain watcher follows: open ones (pending, paid), confirmed ones the watcher
/// confirmed whose block is fewer than `finalityDepth` blocks below `tipHeight` (a reorg may
/// still take them back; invoices confirmed by hand have no height and are not followed),
/// and expired or cancelled ones that have an undecided exception or expired in the last 30
/// days (a late payment is still recorded). In id order.
Result<QVector<WatchedInvoice>> watchedInvoices(SqlSession& session, int tipHeight, int finalityDepth);

/// The invoices `ids` (any status), for a check on chain someone asked for; NotFound when one
/// does not exist.
Result<QVector<WatchedInvoice>> invoicesToCheck(SqlSession& session, const QVector<qint64>& ids);

/// Records what the chain shows for one invoice, in one transaction: decides with
/// decideInvoice() under a row lock, then updates the invoice, settles or takes back its
/// monthly payment (status, method bch, paid_at = block time, tid = txid) and appends the credit
/// or reversal row, each with its audit row (actor: the session's login). A decision already
/// stored writes nothing, so a second pass over the same chain changes nothing. Returns the
/// decision (`unchanged()` when nothing was written).
Result<InvoiceSettlement> applyChainObservation(SqlSession& session, qint64 invoiceId,
                                                const QVector<ObservedPayment>& payments, const ChainView& chain);

/// Expires every pending invoice past its expiry that has received nothing, one audit row
/// each (action invoice.expire, reason "the payment window has passed"). Returns how many.
Result<int> expireOverdueInvoices(SqlSession& session);

/// A person's decision about a late payment (exception paid_late): accept settles the invoice
/// like a confirmed one (its payment, its credit); otherwise the money is marked refund_due.
/// Needs a reason; `version` as seen (a stale one is a Conflict). Audited.
Result<Done> resolveLatePayment(SqlSession& session, qint64 invoiceId, int version, bool accept, const QString& reason);

/// Refuses (Error::Kind::Permission, saying what to use instead) a session that cannot run the
/// chain watcher: on PostgreSQL only the owner and a headquarters login (hq_admin) see every
/// invoice and may settle payments; a SQLite file is always fine.
Result<Done> checkChainWatcherLogin(SqlSession& session);

/// Checks one invoice on chain now (someone pressed "Check on chain"): connects to `servers`
/// (in order, failing over), reads the address's history and records it like the watcher does.
/// Runs a local event loop on the calling thread (a worker, never the GUI thread); gives up
/// after `timeoutMs`. Invalid when no server is configured (saying where to set one).
Result<InvoiceSettlement> checkInvoiceOnChain(SqlSession& session, qint64 invoiceId,
                                              const QVector<chain::ElectrumServer>& servers, int confirmations,
                                              int timeoutMs = 30000);

/// The active account's gap-limit report (AddressGapReport): an address counts as used when its
/// invoice received something or was paid.
Result<AddressGapReport> addressGapReport(SqlSession& session, int gapLimit);

/// Stores a watcher's state (insert or update by name).
Result<Done> recordWatcherState(SqlSession& session, const ChainWatcherStatus& status);

/// Every watcher's last recorded state, most recently updated first.
Result<QVector<ChainWatcherStatus>> chainWatcherStates(SqlSession& session);

/// The chain watcher's store on a database session (the functions above); the session is used
/// on the watcher's thread only. A failed heartbeat (record) is reported once through
/// lastRecordError() and retried with the next.
class SqlChainStore : public chain::ChainStore
{
public:
    explicit SqlChainStore(SqlSession& session)
        : m_session(session)
    {}
    Result<QVector<WatchedInvoice>> watched(int tipHeight, int finalityDepth) override
    {
        return watchedInvoices(m_session, tipHeight, finalityDepth);
    }
    Result<QVector<WatchedInvoice>> invoices(const QVector<qint64>& ids) override
    {
        return invoicesToCheck(m_session, ids);
    }
    Result<InvoiceSettlement> apply(qint64 invoiceId, const QVector<ObservedPayment>& payments,
                                    const ChainView& chain) override
    {
        return applyChainObservation(m_session, invoiceId, payments, chain);
    }
    Result<int> expire() override { return expireOverdueInvoices(m_session); }
    void record(const ChainWatcherStatus& status) override
    {
        const auto done = recordWatcherState(m_session, status);
        m_lastRecordError = done.ok() ? QString() : done.error().message;
    }
    const QString& lastRecordError() const { return m_lastRecordError; }

private:
    SqlSession& m_session;
    QString m_lastRecordError;
};

} // namespace pd::sql
