#pragma once

#include "ChangeFeed.h"
#include "Result.h"

#include <QNetworkRequest>
#include <QPointer>
#include <QTimer>

#include <functional>

class QNetworkAccessManager;
class QNetworkReply;

namespace pd {

/// The change feed of a RestBackend: a Server-Sent Events client of GET /api/v1/events
/// (docs/api/openapi.yaml; the text/event-stream format of the WHATWG HTML standard, section
/// 9.2). `change` events become rowsChanged(), `resync` resyncNeeded(); `ready` makes the feed
/// live. When the stream ends or stalls (no byte for 45 s; the server writes every 15 s) it
/// reconnects with a fresh token and Last-Event-ID, so the server replays what was missed or
/// says resync; the pause grows from 0.5 s to 10 s while it fails.
class RestChangeFeed : public ChangeFeed
{
    Q_OBJECT
public:
    /// `prepare` builds the authenticated request for the events path (renewing the token as
    /// needed) and calls its argument with it, or with the error that prevented it.
    using Prepare = std::function<void(std::function<void(QNetworkRequest, const Error&)>)>;
    RestChangeFeed(QNetworkAccessManager* network, Prepare prepare, QObject* parent = nullptr);
    ~RestChangeFeed() override;

    /// The id of the last event received (sent back as Last-Event-ID).
    QByteArray lastEventId() const { return m_lastId; }

private:
    void connectNow();
    void begin(QNetworkRequest request, const Error& error);
    void onReadyRead();
    void onFinished();
    void dispatch(const QByteArray& event, const QByteArray& data);
    void retryLater(const QString& why);

    QNetworkAccessManager* m_network;
    Prepare m_prepare;
    QPointer<QNetworkReply> m_reply;
    QByteArray m_buffer;
    QByteArray m_lastId;
    QTimer m_retry;
    int m_delayMs = 500;
    bool m_everLive = false;
    bool m_connecting = false;
};

} // namespace pd
