#include "RestChangeFeed.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>

namespace pd {

RestChangeFeed::RestChangeFeed(QNetworkAccessManager* network, Prepare prepare, QObject* parent)
    : ChangeFeed(parent)
    , m_network(network)
    , m_prepare(std::move(prepare))
{
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, &RestChangeFeed::connectNow);
    QTimer::singleShot(0, this, &RestChangeFeed::connectNow);
}

RestChangeFeed::~RestChangeFeed()
{
    if (QNetworkReply* reply = m_reply.data()) {
        disconnect(reply, nullptr, this, nullptr);
        reply->abort();
        reply->deleteLater();
    }
}

void RestChangeFeed::connectNow()
{
    if (m_reply || m_connecting) {
        return;
    }
    m_connecting = true;
    QPointer<RestChangeFeed> self(this);
    m_prepare([self](const QNetworkRequest& request, const Error& error) {
        if (RestChangeFeed* feed = self.data()) {
            feed->begin(request, error);
        }
    });
}

void RestChangeFeed::begin(QNetworkRequest request, const Error& error)
{
    m_connecting = false;
    if (error) {
        retryLater(error.message);
        return;
    }
    request.setRawHeader("Accept", "text/event-stream");
    if (!m_lastId.isEmpty()) {
        request.setRawHeader("Last-Event-ID", m_lastId);
    }
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setTransferTimeout(45000); // the server writes at least every 15 s
    m_buffer.clear();
    QNetworkReply* reply = m_network->get(request);
    m_reply = reply;
    connect(reply, &QNetworkReply::readyRead, this, &RestChangeFeed::onReadyRead);
    connect(reply, &QNetworkReply::finished, this, &RestChangeFeed::onFinished);
}

void RestChangeFeed::onReadyRead()
{
    QNetworkReply* reply = m_reply.data();
    if (!reply) {
        return;
    }
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status != 200) {
        return; // the problem body is read when the reply finishes
    }
    m_buffer += reply->readAll();
    if (m_buffer.size() > 1024 * 1024) {
        reply->abort(); // no event is this long: not our server
        return;
    }
    m_buffer.replace("\r\n", "\n");
    int end = 0;
    while ((end = int(m_buffer.indexOf("\n\n"))) >= 0) {
        const QByteArray block = m_buffer.left(end);
        m_buffer.remove(0, end + 2);
        QByteArray event = "message";
        QByteArray data;
        bool hasData = false;
        for (const QByteArray& line : block.split('\n')) {
            if (line.isEmpty() || line.startsWith(':')) {
                continue; // a comment (keep-alive)
            }
            const int colon = int(line.indexOf(':'));
            const QByteArray field = colon < 0 ? line : line.left(colon);
            QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 1);
            if (value.startsWith(' ')) {
                value.remove(0, 1);
            }
            if (field == "event") {
                event = value;
            } else if (field == "data") {
                data += hasData ? "\n" + value : value;
                hasData = true;
            } else if (field == "id") {
                m_lastId = value;
            }
        }
        dispatch(event, data);
    }
}

void RestChangeFeed::dispatch(const QByteArray& event, const QByteArray& data)
{
    if (event == "change") {
        if (auto note = parseChangeNote(QString::fromUtf8(data))) {
            Q_EMIT rowsChanged(note->area, {note->id});
        }
    } else if (event == "resync") {
        Q_EMIT resyncNeeded();
    } else if (event == "ready") {
        m_delayMs = 500;
        setState(State::Live);
        if (m_everLive && m_lastId.isEmpty()) {
            Q_EMIT resyncNeeded(); // back, with nothing to resume from
        }
        m_everLive = true;
    }
}

void RestChangeFeed::onFinished()
{
    QNetworkReply* reply = m_reply.data();
    m_reply = nullptr;
    if (!reply) {
        return;
    }
    reply->deleteLater();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (status == 200 && reply->error() == QNetworkReply::NoError) {
        // The server ended the stream (its token expired): at once, with a fresh one.
        m_delayMs = 500;
        retryLater(tr("The change stream ended; reconnecting."));
        return;
    }
    retryLater(status >= 400 ? tr("The server refused the change stream (HTTP %1).").arg(status)
                             : reply->errorString());
}

void RestChangeFeed::retryLater(const QString& why)
{
    setState(State::Reconnecting, why);
    m_retry.start(m_delayMs);
    m_delayMs = std::min(m_delayMs * 2, 10000);
}

} // namespace pd
