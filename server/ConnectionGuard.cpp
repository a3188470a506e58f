#include "ConnectionGuard.h"

#include <QSslServer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace pd::server {

ConnectionGuard::ConnectionGuard(ConnectionLimits limits, QObject* parent)
    : QObject(parent)
    , m_limits(limits)
{}

namespace {
/// The socket `server` made last (QSslServer makes each accepted socket its child in
/// incomingConnection()).
QTcpSocket* newestSocket(QObject* server)
{
    const QObjectList& children = server->children();
    for (auto it = children.rbegin(); it != children.rend(); ++it) {
        if (auto* socket = qobject_cast<QTcpSocket*>(*it)) {
            return socket;
        }
    }
    return nullptr;
}

class GuardedTcpServer : public QTcpServer
{
public:
    GuardedTcpServer(ConnectionGuard* guard, QObject* parent)
        : QTcpServer(parent)
        , m_guard(guard)
    {}

protected:
    void incomingConnection(qintptr handle) override
    {
        // As QTcpServer does, but watched before addPendingConnection() hands the socket on.
        auto* socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        m_guard->adopt(socket);
        addPendingConnection(socket);
    }

private:
    ConnectionGuard* m_guard;
};

class GuardedSslServer : public QSslServer
{
public:
    GuardedSslServer(ConnectionGuard* guard, QObject* parent)
        : QSslServer(parent)
        , m_guard(guard)
    {}

protected:
    void incomingConnection(qintptr handle) override
    {
        // QSslServer hands the socket on after the handshake, so it can be watched here.
        QSslServer::incomingConnection(handle);
        if (QTcpSocket* socket = newestSocket(this)) {
            m_guard->adopt(socket);
        }
    }

private:
    ConnectionGuard* m_guard;
};
} // namespace

QTcpServer* ConnectionGuard::makeServer(bool withTls, const QSslConfiguration& configuration, QObject* parent)
{
    if (withTls) {
        auto* server = new GuardedSslServer(this, parent);
        server->setSslConfiguration(configuration);
        return server;
    }
    return new GuardedTcpServer(this, parent);
}

void ConnectionGuard::adopt(QTcpSocket* socket)
{
    if (m_states.contains(socket)) {
        return;
    }
    State state;
    state.timer = new QTimer(socket);
    state.timer->setSingleShot(true);
    state.timer->start(m_limits.idleSeconds * 1000);
    connect(state.timer, &QTimer::timeout, socket, [socket]() { socket->abort(); });
    m_states.insert(socket, state);
    connect(socket, &QTcpSocket::readyRead, this, [this, socket]() { bytesArrived(socket); });
    connect(socket, &QTcpSocket::bytesWritten, this, [this, socket]() {
        auto found = m_states.find(socket);
        if (found != m_states.end() && !found->inRequest && found->timer->isActive()) {
            found->timer->start(m_limits.idleSeconds * 1000);
        }
    });
    connect(socket, &QObject::destroyed, this, [this, socket]() { m_states.remove(socket); });
}

void ConnectionGuard::bytesArrived(QTcpSocket* socket)
{
    auto it = m_states.find(socket);
    if (it == m_states.end()) {
        return;
    }
    if (!it->inRequest) {
        it->inRequest = true;
        it->bytes = 0;
        it->headersDone = false;
        it->headerLines = 0;
        it->headerBytes = 0;
        it->tail.clear();
        it->timer->start(m_limits.requestSeconds * 1000);
        // Only a reconciliation carries a large body; every other request is small.
        it->limit = socket->peek(64).contains(" /api/v1/reconciliation/") ? m_limits.maxRequestBytes
                                                                          : m_limits.maxSmallRequestBytes;
    }
    // Called before QtHttpServer reads: what is available now arrived since its last read.
    it->bytes += socket->bytesAvailable();
    if (!it->headersDone) {
        // Count the header's lines up to its end ("\r\n\r\n"), across reads.
        const QByteArray seen = it->tail + socket->peek(socket->bytesAvailable());
        const qsizetype end = seen.indexOf("\r\n\r\n");
        const QByteArray header = end >= 0 ? seen.left(end) : seen;
        it->headerLines += int(header.count('\n') - it->tail.count('\n'));
        it->headerBytes += header.size() - it->tail.size();
        it->headersDone = end >= 0;
        it->tail = seen.right(3);
        if (it->headerLines > m_limits.maxHeaderLines + 1 || it->headerBytes > m_limits.maxHeaderBytes) {
            refuse(socket, 431, "Request Header Fields Too Large", "The request has too many or too large headers.");
            return;
        }
    }
    if (it->bytes > it->limit) {
        refuse(socket, 413, "Payload Too Large", "The request is too large.");
    }
}

void ConnectionGuard::refuse(QTcpSocket* socket, int status, const char* reason, const char* title)
{
    const QByteArray body = QByteArray(R"({"status":)") + QByteArray::number(status) + R"(,"title":")" + title +
                            R"(","kind":"invalid"})" + '\n';
    socket->write("HTTP/1.1 " + QByteArray::number(status) + ' ' + reason +
                  "\r\nContent-Type: application/problem+json\r\nConnection: close\r\nContent-Length: " +
                  QByteArray::number(body.size()) + "\r\n\r\n" + body);
    // Nothing more is read (the read buffer stays small); the answer leaves, then the connection
    // closes, or is dropped if the client does not take it within 2 s.
    socket->setReadBufferSize(4096);
    QTcpSocket* pending = socket;
    QTimer::singleShot(2000, socket, [pending]() { pending->abort(); });
    socket->disconnectFromHost();
}

void ConnectionGuard::requestArrived(QTcpSocket* socket)
{
    auto it = m_states.find(socket);
    if (it == m_states.end()) {
        return;
    }
    it->inRequest = false;
    it->bytes = 0;
    it->timer->stop();
}

void ConnectionGuard::responseSent(QTcpSocket* socket)
{
    auto it = m_states.find(socket);
    if (it == m_states.end() || it->inRequest) {
        return;
    }
    it->timer->start(m_limits.idleSeconds * 1000);
}

} // namespace pd::server
