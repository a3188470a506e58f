#pragma once

#include "ChangeFeed.h"
#include "DatabaseUrl.h"

#include <QObject>
#include <QStringList>

class QThread;

namespace pd::sql {

class ListenWorker;

/// A PostgreSQL connection of its own, on its own thread, that LISTENs for migration 021's
/// change notifications (QSqlDriver::subscribeToNotification) and reports each one.
///
/// The connection is checked every checkMs milliseconds; when it is lost (the server restarted,
/// the backend was terminated) lost() is emitted and it is opened again with a growing pause
/// (0.5 s to 10 s), subscribed to the same channels, and connected() emitted: whatever was
/// notified in between is gone, so a listener re-reads what it shows. Never blocks the thread
/// it was made on; the destructor waits at most two seconds for the listening thread.
class PgChangeListener : public QObject
{
    Q_OBJECT
public:
    /// `ownChannel`: also listen on the channel paydesk_change_channel() gives the connected
    /// login (a console); without it only on the channels added (paydesk-server, which learns
    /// each client's channel in the client's role). The connection's application_name is
    /// `applicationName`.
    PgChangeListener(DatabaseUrl url, bool ownChannel,
                     const QString& applicationName = QStringLiteral("paydesk-listen"), int checkMs = 2000,
                     QObject* parent = nullptr);
    ~PgChangeListener() override;

    /// Starts listening (connects on the listening thread).
    void start();
    /// Adds or drops a channel; takes effect on the connection at once or when it is back.
    void addChannel(const QString& channel);
    void removeChannel(const QString& channel);

Q_SIGNALS:
    /// A notification arrived on `channel` with its payload.
    void notified(const QString& channel, const QString& payload);
    /// The connection is open and subscribed; `channels` includes the login's own channel.
    void connected(const QStringList& channels);
    /// `channel` is listened on now (after addChannel(), or again after a reconnect).
    void subscribed(const QString& channel);
    /// The connection failed or was lost; `why` is a sentence for people.
    void lost(const QString& why);

private:
    QThread* m_thread;
    ListenWorker* m_worker;
};

/// The change feed of a SqlBackend (docs/ARCHITECTURE.md, "Live tables"): on PostgreSQL the
/// login's own notification channel through a PgChangeListener; on SQLite, which has no
/// NOTIFY, PRAGMA data_version read every pollMs milliseconds on a connection of its own
/// thread (it changes when another connection commits), reported as resyncNeeded().
class SqlChangeFeed : public ChangeFeed
{
    Q_OBJECT
public:
    explicit SqlChangeFeed(DatabaseUrl url, QObject* parent = nullptr, int pollMs = 500);
    ~SqlChangeFeed() override;

private:
    void onConnected();
    PgChangeListener* m_listener = nullptr;
    QThread* m_pollThread = nullptr;
    bool m_everConnected = false;
};

} // namespace pd::sql
