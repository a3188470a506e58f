#include "EventStreams.h"

#include "sql/SqlChangeFeed.h"

#include <QDateTime>
#include <QTcpSocket>
#include <QtHttpServer/QHttpServerResponder>

namespace pd::server {

namespace {
constexpr qint64 kLingerMs = 10 * 60 * 1000;
constexpr int kKeepAliveMs = 15 * 1000;

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}
} // namespace

EventStreams::EventStreams(DatabaseUrl database, QObject* parent)
    : QObject(parent)
    , m_database(std::move(database))
    , m_instance(QByteArray::number(nowMs(), 36))
{
    m_keepAlive.setInterval(kKeepAliveMs);
    connect(&m_keepAlive, &QTimer::timeout, this, &EventStreams::tidy);
}

EventStreams::~EventStreams() = default;

QByteArray EventStreams::eventId(quint64 seq) const
{
    return m_instance + '-' + QByteArray::number(seq);
}

bool EventStreams::write(Stream& stream, const QByteArray& bytes)
{
    if (!stream.socket || stream.socket->state() != QAbstractSocket::ConnectedState) {
        return false;
    }
    stream.responder->writeBody(bytes);
    return true;
}

void EventStreams::open(std::shared_ptr<QHttpServerResponder> responder, QTcpSocket* socket, const QString& channel,
                        const QByteArray& lastEventId, qint64 expiresAtSecs)
{
    responder->writeStatusLine(QHttpServerResponder::StatusCode::Ok);
    responder->writeHeader("Content-Type", "text/event-stream; charset=utf-8");
    responder->writeHeader("Cache-Control", "no-store");
    responder->writeHeader("X-Accel-Buffering", "no"); // proxies pass events on at once
    responder->writeHeader("Connection", "close");     // the body ends with the connection
    Stream stream;
    stream.responder = std::move(responder);
    stream.socket = socket;
    stream.channel = channel;
    stream.expiresAtMs = expiresAtSecs * 1000;
    write(stream, "retry: 2000\n\n");

    if (!m_listener) {
        m_listener = new sql::PgChangeListener(m_database, false, QStringLiteral("paydesk-server-events"), 2000, this);
        connect(m_listener, &sql::PgChangeListener::notified, this, &EventStreams::onNotified);
        connect(m_listener, &sql::PgChangeListener::subscribed, this, &EventStreams::onSubscribed);
        connect(m_listener, &sql::PgChangeListener::connected, this, &EventStreams::onConnected);
        connect(m_listener, &sql::PgChangeListener::lost, this, [this]() {
            for (Channel& c : m_channels) {
                c.subscribed = false;
            }
        });
        m_listener->start();
        m_keepAlive.start();
    }
    Channel& c = m_channels[channel];
    ++c.streams;
    c.idleSinceMs = 0;
    if (c.subscribed) {
        stream.ready = true;
        if (!lastEventId.isEmpty()) {
            replay(stream, lastEventId);
        }
        write(stream, "event: ready\ndata: \n\n");
    } else {
        // Until the channel is listened on nothing can be said of what was missed.
        if (!lastEventId.isEmpty()) {
            write(stream, "id: " + eventId(m_seq) + "\nevent: resync\ndata: \n\n");
        }
        m_listener->addChannel(channel);
    }
    m_streams.append(std::move(stream));
}

void EventStreams::replay(Stream& stream, const QByteArray& lastEventId)
{
    const int dash = lastEventId.lastIndexOf('-');
    bool ok = false;
    const quint64 seq = dash > 0 ? lastEventId.mid(dash + 1).toULongLong(&ok) : 0;
    const Channel& c = m_channels.value(stream.channel);
    const bool known = ok && lastEventId.left(dash) == m_instance && seq >= c.since && seq <= m_seq &&
                       (m_events.empty() || m_events.front().seq <= seq + 1);
    if (!known) {
        write(stream, "id: " + eventId(m_seq) + "\nevent: resync\ndata: \n\n");
        return;
    }
    for (const Event& event : m_events) {
        if (event.seq > seq && event.channel == stream.channel) {
            write(stream, "id: " + eventId(event.seq) + "\nevent: change\ndata: " + event.payload + "\n\n");
        }
    }
}

void EventStreams::onNotified(const QString& channel, const QString& payload)
{
    Event event;
    event.seq = ++m_seq;
    event.channel = channel;
    event.payload = payload.toUtf8().left(200).replace('\n', ' ');
    const QByteArray text = "id: " + eventId(event.seq) + "\nevent: change\ndata: " + event.payload + "\n\n";
    for (Stream& stream : m_streams) {
        if (stream.ready && stream.channel == channel) {
            write(stream, text);
        }
    }
    m_events.push_back(std::move(event));
    while (m_events.size() > size_t(kKeptEvents)) {
        m_events.pop_front();
    }
}

void EventStreams::onSubscribed(const QString& channel)
{
    auto it = m_channels.find(channel);
    if (it == m_channels.end()) {
        return;
    }
    it->subscribed = true;
    it->since = m_seq;
    for (Stream& stream : m_streams) {
        if (!stream.ready && stream.channel == channel) {
            stream.ready = true;
            write(stream, "event: ready\ndata: \n\n");
        }
    }
}

void EventStreams::onConnected()
{
    if (m_everConnected) {
        // Back after a loss: what was notified meanwhile is gone for everyone.
        const QByteArray text = "id: " + eventId(m_seq) + "\nevent: resync\ndata: \n\n";
        for (Stream& stream : m_streams) {
            if (stream.ready) {
                write(stream, text);
            }
        }
    }
    m_everConnected = true;
}

void EventStreams::tidy()
{
    const qint64 now = nowMs();
    for (int i = int(m_streams.size()) - 1; i >= 0; --i) {
        Stream& stream = m_streams[i];
        bool keep = write(stream, ": keepalive\n\n");
        if (keep && stream.expiresAtMs > 0 && now >= stream.expiresAtMs) {
            write(stream, "event: expired\ndata: the access token expired; reconnect with a fresh one\n\n");
            if (QTcpSocket* socket = stream.socket.data()) {
                socket->disconnectFromHost();
            }
            keep = false;
        }
        if (!keep) {
            Channel& c = m_channels[stream.channel];
            if (--c.streams <= 0) {
                c.streams = 0;
                c.idleSinceMs = now;
            }
            m_streams.removeAt(i);
        }
    }
    for (auto it = m_channels.begin(); it != m_channels.end();) {
        if (it->streams == 0 && it->idleSinceMs > 0 && now - it->idleSinceMs > kLingerMs) {
            m_listener->removeChannel(it.key());
            it = m_channels.erase(it);
        } else {
            ++it;
        }
    }
}

} // namespace pd::server
