#pragma once

#include "bch/CashAddr.h"

#include <QByteArray>
#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QTcpServer>
#include <QVector>

class QSslServer;
class QTcpSocket;

namespace pd::test {

/// A scripted Electrum Cash server for tests (Fulcrum, the real one, is not packaged in Debian
/// 12; docs/TESTING.md). It speaks the real protocol (newline-delimited JSON-RPC 2.0 over TCP,
/// or TLS with a given certificate) on 127.0.0.1 and serves a chain the test builds: real
/// serialized transactions and 80-byte headers with correct Merkle roots, histories in the
/// protocol's order, status hashes as the protocol defines them, and notifications to
/// subscribers when a block or a mempool transaction arrives or a reorg happens. Faults a real
/// server would not produce on purpose are switches: drop the connection on the n-th call, lie
/// about a balance, send other bytes for a transaction.
class ScriptedElectrum : public QObject
{
    Q_OBJECT
public:
    explicit ScriptedElectrum(int baseHeight = 900000, QObject* parent = nullptr);
    ~ScriptedElectrum() override;

    /// Listens on 127.0.0.1 (port 0: any free one). With `certificateFile` and `keyFile`
    /// (PEM) it speaks TLS. Returns false with a warning when it cannot listen.
    bool listen(quint16 port = 0, const QString& certificateFile = {}, const QString& keyFile = {});
    quint16 port() const;
    /// Stops listening and drops every connection (the server went away).
    void close();
    /// "tcp://127.0.0.1:PORT" or "ssl://localhost:PORT".
    QString url() const;

    /// A serialized transaction paying `sats` to `address` (and change elsewhere), unique by
    /// `seed`: one input spending a made-up outpoint, version 2, no lock time.
    static QByteArray paymentTransaction(const bch::Address& address, qint64 sats, quint32 seed,
                                         const bch::Address* second = nullptr, qint64 secondSats = 0);
    /// The txid of a serialized transaction.
    static QString txidOf(const QByteArray& raw);

    /// Puts a transaction in the mempool; subscribers of its addresses are told.
    QString broadcast(const QByteArray& raw);
    /// Mines a block holding the mempool (or `only` of it, by txid); everyone is told.
    int mine(const QStringList& only = {});
    /// Mines `count` empty blocks.
    void mineEmpty(int count);
    /// Replaces the last `depth` blocks by `depth + 1` empty ones; their transactions go back
    /// to the mempool when `toMempool`, else they vanish (a double spend won).
    void reorg(int depth, bool toMempool);
    /// Removes a transaction from the mempool (evicted).
    void evict(const QString& txid);

    int tipHeight() const;

    // Faults.
    /// Closes a connection when it sends its n-th call (1-based; 0: never), once.
    void dropOnCall(int n) { m_dropOnCall = n; }
    /// Answers blockchain.scripthash.get_balance with 21,000,000 BCH confirmed.
    void lieAboutBalance(bool on) { m_lieAboutBalance = on; }
    /// Answers blockchain.transaction.get with another transaction's bytes.
    void sendWrongTransactions(bool on) { m_wrongTransactions = on; }
    /// Calls served so far, by method.
    QHash<QString, int> calls() const { return m_calls; }
    /// Connections accepted so far.
    int connections() const { return m_connections; }

private:
    struct Block
    {
        QByteArray header;
        QStringList txids; ///< the coinbase first
    };
    struct Client
    {
        QPointer<QTcpSocket> socket;
        QByteArray buffer;
        QSet<QString> scripthashes;
        bool headers = false;
        int callCount = 0;
    };

    void accept(QTcpSocket* socket);
    void onReadyRead(QTcpSocket* socket);
    QJsonValue answer(Client& client, const QString& method, const QJsonArray& params, QString* error);
    void send(QTcpSocket* socket, const QJsonValue& message);
    QByteArray makeHeader(const QByteArray& previous, const QStringList& txids, quint32 time);
    QString blockHash(int index) const;
    QJsonArray history(const QString& scripthash) const;
    QJsonValue status(const QString& scripthash) const;
    QSet<QString> scripthashesOf(const QString& txid) const;
    void notifyChanges(const QHash<QString, QJsonValue>& before);
    QHash<QString, QJsonValue> statuses(const QStringList& txids) const;
    void index(const QString& txid);
    void notifyTip();

    int m_baseHeight;
    QVector<Block> m_blocks;
    QStringList m_mempool;
    QHash<QString, QByteArray> m_raw;
    QHash<QString, QSet<QString>> m_scripthashes; ///< txid -> the script hashes of its outputs
    QHash<QString, QStringList> m_transactionsOf; ///< script hash -> every txid paying it
    QHash<QString, int> m_heights;                ///< txid -> its block's height (absent: not in a block)
    QTcpServer* m_server = nullptr;
    bool m_tls = false;
    QHash<QTcpSocket*, Client> m_clients;
    QHash<QString, int> m_calls;
    int m_connections = 0;
    int m_dropOnCall = 0;
    bool m_lieAboutBalance = false;
    bool m_wrongTransactions = false;
    quint32 m_coinbaseSeed = 1;
};

} // namespace pd::test
