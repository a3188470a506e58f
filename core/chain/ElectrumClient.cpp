#include "chain/ElectrumClient.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslSocket>
#include <QUrl>

namespace pd::chain {

namespace {

class ElectrumText
{
    Q_DECLARE_TR_FUNCTIONS(Electrum)
};

/// The longest line a server may send: a raw transaction of the 32 MB block limit, in hex, fits.
constexpr int kMaxLine = 64 * 1024 * 1024;

} // namespace

QString ElectrumServer::toString() const
{
    return QStringLiteral("%1://%2:%3").arg(tls ? QStringLiteral("ssl") : QStringLiteral("tcp"), host).arg(port);
}

Result<ElectrumServer> ElectrumServer::parse(const QString& text)
{
    const QUrl url(text.trimmed(), QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || (scheme != QLatin1String("tcp") && scheme != QLatin1String("ssl")) || url.host().isEmpty()) {
        return Error(Error::Kind::Invalid,
                     ElectrumText::tr("\"%1\" is not an Electrum server; write tcp://HOST:PORT or ssl://HOST:PORT "
                                      "(for example ssl://electrum.example.org:50002).")
                         .arg(text));
    }
    if (url.port() <= 0 || url.port() > 65535) {
        return Error(Error::Kind::Invalid,
                     ElectrumText::tr("\"%1\" names no port; Electrum servers listen on one, usually 50001 (tcp) or "
                                      "50002 (ssl).")
                         .arg(text));
    }
    if (!url.path().isEmpty() || url.hasQuery() || !url.userInfo().isEmpty()) {
        return Error(Error::Kind::Invalid,
                     ElectrumText::tr("\"%1\": an Electrum server is only a scheme, a host and a port.").arg(text));
    }
    ElectrumServer server;
    server.tls = scheme == QLatin1String("ssl");
    server.host = url.host();
    server.port = quint16(url.port());
    return server;
}

ElectrumClient::ElectrumClient(QObject* parent)
    : QObject(parent)
{
    m_timeouts.setInterval(250);
    connect(&m_timeouts, &QTimer::timeout, this, [this] {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
            if (it->deadline <= now) {
                fail(ElectrumText::tr("%1 did not answer within %2 seconds.")
                         .arg(m_server.toString())
                         .arg(m_callTimeoutMs / 1000));
                return;
            }
        }
    });
}

ElectrumClient::~ElectrumClient()
{
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
        delete m_socket;
    }
}

bool ElectrumClient::isConnected() const
{
    return m_socket && m_ready;
}

void ElectrumClient::connectTo(const ElectrumServer& server)
{
    if (m_socket) {
        close(ElectrumText::tr("reconnecting"));
    }
    m_server = server;
    m_buffer.clear();
    m_ready = false;
    auto* socket = new QSslSocket(this);
    m_socket = socket;
    connect(socket, &QSslSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError) {
        if (socket == m_socket) {
            fail(ElectrumText::tr("%1: %2").arg(m_server.toString(), socket->errorString()));
        }
    });
    connect(socket, &QSslSocket::sslErrors, this, [this, socket](const QList<QSslError>& errors) {
        if (socket == m_socket && !errors.isEmpty()) {
            fail(ElectrumText::tr("%1: the server's certificate is not trusted (%2).")
                     .arg(m_server.toString(), errors.first().errorString()));
        }
    });
    connect(socket, &QSslSocket::readyRead, this, &ElectrumClient::onReadyRead);
    connect(socket, &QSslSocket::disconnected, this, [this, socket] {
        if (socket == m_socket) {
            fail(ElectrumText::tr("%1 closed the connection.").arg(m_server.toString()));
        }
    });
    const auto ready = [this, socket] {
        if (socket == m_socket) {
            // Small requests and answers in turn: without this, Nagle's algorithm and delayed
            // ACKs hold each one back about 40 ms.
            socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
            m_ready = true;
            Q_EMIT connected();
        }
    };
    if (server.tls) {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setPeerVerifyMode(QSslSocket::VerifyPeer);
        if (!server.caFile.isEmpty()) {
            const QList<QSslCertificate> roots = QSslCertificate::fromPath(server.caFile, QSsl::Pem);
            if (roots.isEmpty()) {
                QMetaObject::invokeMethod(
                    this,
                    [this, socket, file = server.caFile] {
                        if (socket == m_socket) {
                            fail(ElectrumText::tr("%1 holds no PEM certificate to trust.").arg(file));
                        }
                    },
                    Qt::QueuedConnection);
                return;
            }
            config.setCaCertificates(roots);
        }
        socket->setSslConfiguration(config);
        connect(socket, &QSslSocket::encrypted, this, ready);
        socket->connectToHostEncrypted(server.host, server.port);
    } else {
        connect(socket, &QSslSocket::connected, this, ready);
        socket->connectToHost(server.host, server.port);
    }
    m_timeouts.start();
}

void ElectrumClient::close(const QString& reason)
{
    fail(reason);
}

void ElectrumClient::fail(const QString& reason)
{
    QSslSocket* socket = m_socket;
    if (!socket) {
        return;
    }
    m_socket = nullptr;
    m_ready = false;
    m_timeouts.stop();
    socket->disconnect(this);
    socket->abort();
    socket->deleteLater();
    const auto pending = std::exchange(m_pending, {});
    for (const Pending& p : pending) {
        p.reply(QJsonValue(), reason);
    }
    Q_EMIT disconnected(reason);
}

void ElectrumClient::call(const QString& method, const QJsonArray& params, Reply reply)
{
    if (!isConnected()) {
        reply(QJsonValue(), ElectrumText::tr("not connected to an Electrum server"));
        return;
    }
    const qint64 id = m_nextId++;
    const QJsonObject request{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                              {QStringLiteral("id"), id},
                              {QStringLiteral("method"), method},
                              {QStringLiteral("params"), params}};
    m_pending.insert(id, {std::move(reply), QDateTime::currentMSecsSinceEpoch() + m_callTimeoutMs});
    m_socket->write(QJsonDocument(request).toJson(QJsonDocument::Compact) + '\n');
}

void ElectrumClient::onReadyRead()
{
    QPointer<QSslSocket> socket = m_socket;
    if (!socket) {
        return;
    }
    m_buffer += socket->readAll();
    int start = 0;
    for (;;) {
        const int end = m_buffer.indexOf('\n', start);
        if (end < 0) {
            break;
        }
        const QByteArray line = m_buffer.mid(start, end - start).trimmed();
        start = end + 1;
        if (!line.isEmpty()) {
            handleLine(line);
        }
        if (socket != m_socket) {
            return; // the line dropped the connection
        }
    }
    m_buffer.remove(0, start);
    if (m_buffer.size() > kMaxLine) {
        fail(ElectrumText::tr("%1 sent a line longer than 64 MiB.").arg(m_server.toString()));
    }
}

void ElectrumClient::handleLine(const QByteArray& line)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(line, &parseError);
    // A batch answer is an array of responses; Paydesk sends no batches, but accepts them.
    QJsonArray messages;
    if (doc.isArray()) {
        messages = doc.array();
    } else if (doc.isObject()) {
        messages.append(doc.object());
    } else {
        fail(ElectrumText::tr("%1 sent something that is not JSON-RPC: %2")
                 .arg(m_server.toString(), parseError.errorString()));
        return;
    }
    for (const QJsonValue& value : messages) {
        const QJsonObject message = value.toObject();
        if (message.contains(QLatin1String("method"))) {
            Q_EMIT notification(message.value(QLatin1String("method")).toString(),
                                message.value(QLatin1String("params")).toArray());
            continue;
        }
        const QJsonValue idValue = message.value(QLatin1String("id"));
        const qint64 id = idValue.isDouble() ? qint64(idValue.toDouble()) : -1;
        auto it = m_pending.find(id);
        if (it == m_pending.end()) {
            fail(ElectrumText::tr("%1 answered a request that was never sent.").arg(m_server.toString()));
            return;
        }
        const Reply reply = std::move(it->reply);
        m_pending.erase(it);
        if (message.contains(QLatin1String("error")) && !message.value(QLatin1String("error")).isNull()) {
            const QJsonValue e = message.value(QLatin1String("error"));
            const QString text = e.isObject() ? e.toObject().value(QLatin1String("message")).toString() : e.toString();
            reply(QJsonValue(), text.isEmpty() ? ElectrumText::tr("the server refused the request") : text);
        } else {
            reply(message.value(QLatin1String("result")), QString());
        }
    }
}

} // namespace pd::chain
