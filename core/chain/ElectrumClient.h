#pragma once

#include "Result.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonValue>
#include <QObject>
#include <QPointer>
#include <QSslConfiguration>
#include <QTimer>

#include <functional>

class QSslSocket;

namespace pd::chain {

/// An Electrum Cash server to connect to: `tcp://HOST:PORT` (plain) or `ssl://HOST:PORT` (TLS,
/// the certificate verified against the system's roots, or against `caFile` when set, and the
/// host name checked, like every other connection Paydesk makes).
struct ElectrumServer
{
    bool tls = false;
    QString host;
    quint16 port = 0;
    QString caFile; ///< PEM roots to trust instead of the system's; empty: the system's

    /// "tcp://host:port" or "ssl://host:port".
    QString toString() const;
    /// Parses "tcp://HOST:PORT" or "ssl://HOST:PORT"; Invalid with a message saying what is
    /// wrong (another scheme, no port, a port out of range).
    static Result<ElectrumServer> parse(const QString& text);
};

/// A connection to one Electrum Cash server (Electrum Cash protocol 1.4 as Fulcrum serves it):
/// newline-delimited JSON-RPC 2.0 over TCP or TLS. call() sends a request and gets its result or
/// error once; the server's subscription notifications arrive as notification(). A call that
/// gets no answer within the timeout, a line that is not JSON-RPC, or a line longer than 16 MiB
/// drops the connection (every waiting call then gets the error). Lives on one thread; never
/// blocks.
class ElectrumClient : public QObject
{
    Q_OBJECT
public:
    /// The result of a call: `result`, or `error` (the server's message, or ours) non-empty.
    using Reply = std::function<void(const QJsonValue& result, const QString& error)>;

    explicit ElectrumClient(QObject* parent = nullptr);
    ~ElectrumClient() override;

    /// Connects; connected() or disconnected(reason) follows.
    void connectTo(const ElectrumServer& server);
    /// Closes the connection; waiting calls get "disconnected".
    void close(const QString& reason);
    bool isConnected() const;
    const ElectrumServer& server() const { return m_server; }

    /// Sends method(params); `reply` is called exactly once (unless this client is destroyed).
    void call(const QString& method, const QJsonArray& params, Reply reply);
    /// Calls that have been sent and not answered.
    int pendingCalls() const { return int(m_pending.size()); }

    /// How long a call may wait for its answer (default 20 s).
    void setCallTimeout(int milliseconds) { m_callTimeoutMs = milliseconds; }

Q_SIGNALS:
    void connected();
    void disconnected(const QString& reason);
    /// A subscription notification: method ("blockchain.headers.subscribe",
    /// "blockchain.scripthash.subscribe") and its params.
    void notification(const QString& method, const QJsonArray& params);

private:
    void onReadyRead();
    void handleLine(const QByteArray& line);
    void fail(const QString& reason);

    struct Pending
    {
        Reply reply;
        qint64 deadline = 0;
    };
    QPointer<QSslSocket> m_socket;
    ElectrumServer m_server;
    QByteArray m_buffer;
    QHash<qint64, Pending> m_pending;
    qint64 m_nextId = 1;
    int m_callTimeoutMs = 20000;
    QTimer m_timeouts;
    bool m_ready = false;
};

} // namespace pd::chain
