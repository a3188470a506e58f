#pragma once

#include "ChainSettlement.h"
#include "Result.h"
#include "bch/Transaction.h"
#include "chain/ElectrumClient.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QTimer>

namespace pd::chain {

/// Where the watcher reads invoices and records what the chain shows; sql::SqlChainStore is the
/// database's. Called on the watcher's thread.
class ChainStore
{
public:
    virtual ~ChainStore() = default;
    /// The invoices to follow at this tip (sql::watchedInvoices).
    virtual Result<QVector<WatchedInvoice>> watched(int tipHeight, int finalityDepth) = 0;
    /// These invoices whatever their status (sql::invoicesToCheck).
    virtual Result<QVector<WatchedInvoice>> invoices(const QVector<qint64>& ids) = 0;
    /// Records one invoice's transactions (sql::applyChainObservation).
    virtual Result<InvoiceSettlement> apply(qint64 invoiceId, const QVector<ObservedPayment>& payments,
                                            const ChainView& chain) = 0;
    /// Expires open invoices past their expiry (sql::expireOverdueInvoices).
    virtual Result<int> expire() = 0;
    /// Stores the watcher's state for the consoles (sql::recordWatcherState).
    virtual void record(const ChainWatcherStatus& status) = 0;
};

/// How a watcher runs.
struct ChainWatcherOptions
{
    QVector<ElectrumServer> servers; ///< tried in order; the next after a failure (failover)
    int confirmations = 1;           ///< a payment is settled at this many confirmations
    int finalityDepth = 10;          ///< confirmed invoices are followed this many blocks for reorgs
    int rescanMs = 30000;            ///< how often the invoice list is read again (new invoices)
    int callTimeoutMs = 20000;
    int reconnectMs = 1000; ///< first delay before the next server; doubles up to 30 s
    QString name;           ///< login@host, for chain_watchers
    QVector<qint64> only;   ///< when not empty: check exactly these invoices (any status)
};

/// What one pass over the invoices did.
struct ChainPassSummary
{
    bool ok = false;
    QString error;  ///< why the pass failed (every server failed, the database refused)
    QString server; ///< the server the pass used
    int tipHeight = 0;
    int watched = 0;           ///< invoices looked at
    int expired = 0;           ///< invoices expired
    QMap<QString, int> events; ///< decision events (chain_confirmed, ...) and how many
    QStringList failures;      ///< per-invoice errors ("invoice #12: ...")
};

/// Follows the chain for the organisation's invoices over the Electrum Cash protocol (docs/
/// DOMAIN.md, "Invoices on chain"): subscribes to the chain tip and to each watched invoice's
/// address by its script hash, reads each address's history and every transaction in it as raw
/// bytes (parsed here: the outputs to the address are summed, the txid is checked against the
/// bytes), checks each confirmed transaction's Merkle branch against its block header, and
/// hands what it saw to the store, which decides and settles. A new block re-checks the
/// invoices whose confirmations change; a reorg shows up as a changed history and is taken
/// back by the store. On a dropped connection or a server that contradicts itself it moves to
/// the next server and starts over (every step is idempotent). No node, no private key.
class ChainWatcher : public QObject
{
    Q_OBJECT
public:
    ChainWatcher(ChainStore& store, ChainWatcherOptions options, QObject* parent = nullptr);
    ~ChainWatcher() override;

    /// Watches until destroyed: connects, passes over every invoice, then follows
    /// notifications.
    void start();
    /// One pass over every watched invoice (or `options.only`), then passFinished() and stop.
    void runOnce();

    const ChainWatcherStatus& status() const { return m_status; }

Q_SIGNALS:
    void statusChanged(const pd::ChainWatcherStatus& status);
    /// A decision that changed an invoice (never emitted for an unchanged one).
    void invoiceChanged(qint64 invoiceId, const pd::InvoiceSettlement& settlement);
    /// A pass is over (runOnce: the only one; start(): each full pass after a connect).
    void passFinished(const pd::chain::ChainPassSummary& summary);
    /// A line for the log (connections, failovers, errors).
    void message(const QString& text);

private:
    struct Entry
    {
        QByteArray script;
        QVector<qint64> invoices;
        bool hasChainState = false;
        bool subscribed = false;
        bool inFlight = false;
        bool dirty = false;
    };
    struct HistoryItem
    {
        QString txid;
        int height = 0;
    };

    void connectNext();
    void onConnected();
    void onDisconnected(const QString& reason);
    void onNotification(const QString& method, const QJsonArray& params);
    void setTip(const QJsonValue& header);
    void startPass(bool refreshAll);
    /// Opens a pass (summary reset, one unit of work held until the caller's endWork()).
    void beginPass();
    void syncWatched(bool refreshAll);
    void refresh(const QString& scripthash);
    void collect(const QString& scripthash, const QVector<HistoryItem>& history);
    void settle(const QString& scripthash, const QVector<ObservedPayment>& payments);
    void beginWork();
    void endWork();
    void finishPass();
    void serverFault(const QString& reason);
    void publish();

    ChainStore& m_store;
    ChainWatcherOptions m_options;
    ElectrumClient m_client;
    QTimer m_rescan;
    QTimer m_heartbeat;
    ChainWatcherStatus m_status;
    ChainPassSummary m_pass;
    QHash<QString, Entry> m_entries;                      ///< by script hash
    QHash<QString, QPair<QByteArray, QString>> m_scripts; ///< address -> locking script and script hash
    QHash<QString, bch::Transaction> m_transactions;
    QHash<int, bch::BlockHeader> m_headers;
    int m_serverIndex = -1;
    int m_failuresInRow = 0;
    int m_reconnectMs = 0;
    int m_outstanding = 0;    ///< subscriptions and refreshes of the current pass still running
    int m_generation = 0;     ///< one per connection: answers of an earlier one are dropped
    QSet<QString> m_verified; ///< "txid@height" whose Merkle branch matched its header
    bool m_once = false;
    bool m_passOpen = false;
    bool m_stopped = false;
};

} // namespace pd::chain

Q_DECLARE_METATYPE(pd::chain::ChainPassSummary)
