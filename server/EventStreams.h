#pragma once

#include "DatabaseUrl.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QVector>

#include <deque>
#include <functional>
#include <memory>

class QHttpServerResponder;
class QTcpSocket;

namespace pd::sql {
class PgChangeListener;
}

namespace pd::server {

/// The Server-Sent Events of GET /api/v1/events (docs/api/openapi.yaml, docs/ARCHITECTURE.md
/// "Live tables"): migration 021's change notifications, forwarded to each signed-in client on
/// the one channel its login may hear (paydesk_change_channel(), asked in the client's role), so
/// a center's client never hears another center's row ids.
///
/// One PgChangeListener of the server's own account listens on the channels of open streams
/// (and for ten minutes after the last stream of a channel closed, so that a client that comes
/// back can resume). Each event has an id "<instance>-<sequence>"; a client that reconnects with
/// Last-Event-ID gets the events of its channel it missed, or a `resync` event when they are no
/// longer known (another server instance, more than kKeptEvents since, or the listener lost its
/// connection meanwhile). A `ready` event says the channel is listened on; a comment every
/// 15 seconds keeps proxies and the idle limit from closing the stream, which ends when the
/// access token expires (the client reconnects with a fresh one).
class EventStreams : public QObject
{
    Q_OBJECT
public:
    static constexpr int kKeptEvents = 20000;

    explicit EventStreams(DatabaseUrl database, QObject* parent = nullptr);
    ~EventStreams() override;

    /// Starts a stream on `socket`: writes the response head, then events of `channel` from
    /// `lastEventId` on (empty: from now); ends it at `expiresAtSecs` (seconds since the epoch).
    void open(std::shared_ptr<QHttpServerResponder> responder, QTcpSocket* socket, const QString& channel,
              const QByteArray& lastEventId, qint64 expiresAtSecs);
    /// Streams open now.
    int streamCount() const { return int(m_streams.size()); }

private:
    struct Stream
    {
        std::shared_ptr<QHttpServerResponder> responder;
        QPointer<QTcpSocket> socket;
        QString channel;
        qint64 expiresAtMs = 0;
        bool ready = false;
    };
    struct Channel
    {
        int streams = 0;
        bool subscribed = false;
        quint64 since = 0;      ///< the sequence number when it was last subscribed
        qint64 idleSinceMs = 0; ///< when its last stream closed (0 while it has streams)
    };
    struct Event
    {
        quint64 seq = 0;
        QString channel;
        QByteArray payload;
    };

    void onNotified(const QString& channel, const QString& payload);
    void onSubscribed(const QString& channel);
    void onConnected();
    void tidy();
    QByteArray eventId(quint64 seq) const;
    /// Writes to a stream; false when its client is gone.
    bool write(Stream& stream, const QByteArray& bytes);
    void replay(Stream& stream, const QByteArray& lastEventId);

    DatabaseUrl m_database;
    sql::PgChangeListener* m_listener = nullptr;
    bool m_everConnected = false;
    QByteArray m_instance;
    quint64 m_seq = 0;
    std::deque<Event> m_events;
    QHash<QString, Channel> m_channels;
    QVector<Stream> m_streams;
    QTimer m_keepAlive;
};

} // namespace pd::server
