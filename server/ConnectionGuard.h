#pragma once

#include <QHash>
#include <QObject>
#include <QPointer>

class QSslConfiguration;
class QTcpServer;
class QTcpSocket;
class QTimer;

namespace pd::server {

/// Limits of one connection before a request reaches the API (docs/SECURITY.md, "The REST
/// backend"): bytes per request (headers and body together), the time a request may take to
/// arrive, and how long an idle keep-alive connection stays open.
struct ConnectionLimits
{
    qint64 maxRequestBytes = 16 * 1024 * 1024 + 64 * 1024; ///< a reconciliation's body plus headers
    qint64 maxSmallRequestBytes = 1024 * 1024 + 64 * 1024; ///< any other request
    int requestSeconds = 30;        ///< from a request's first byte to its last (slow senders are cut off)
    int maxHeaderLines = 100;       ///< header fields of one request
    int maxHeaderBytes = 16 * 1024; ///< the request line and header fields together
    int idleSeconds = 60;           ///< a connection with no request under way
};

/// Watches every connection a QTcpServer (or QSslServer) accepts, before QtHttpServer reads
/// from it: a request that grows beyond maxRequestBytes is answered 413 and the connection
/// closed; a request that takes longer than requestSeconds to arrive, or a connection idle for
/// idleSeconds, is closed. Memory per connection is thereby bounded whatever a client sends.
/// requestArrived() is called by the server when a whole request was parsed.
class ConnectionGuard : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionGuard(ConnectionLimits limits, QObject* parent = nullptr);

    /// A listening server whose accepted connections are watched: QSslServer with `tls` set
    /// (then `configuration` applies), else QTcpServer. Owned by `parent`.
    QTcpServer* makeServer(bool withTls, const QSslConfiguration& configuration, QObject* parent);
    /// Watches `socket`, just accepted and not yet read by anyone.
    void adopt(QTcpSocket* socket);
    /// A whole request arrived on `socket`: no deadline while it is answered.
    void requestArrived(QTcpSocket* socket);
    /// The answer was written (or is streaming): the idle deadline runs again, renewed while
    /// bytes still leave.
    void responseSent(QTcpSocket* socket);

private:
    struct State
    {
        qint64 bytes = 0;
        qint64 limit = 0;
        bool headersDone = false;
        int headerLines = 0;
        qint64 headerBytes = 0;
        QByteArray tail; ///< the last bytes seen of the header, to find its end across reads
        QTimer* timer = nullptr;
        bool inRequest = false;
    };
    void bytesArrived(QTcpSocket* socket);
    /// Answers `status` with a one-line problem and closes the connection.
    void refuse(QTcpSocket* socket, int status, const char* reason, const char* title);

    ConnectionLimits m_limits;
    QHash<QTcpSocket*, State> m_states;
};

} // namespace pd::server
