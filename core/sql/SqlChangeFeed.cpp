#include "SqlChangeFeed.h"

#include "SqlBuilder.h"
#include "SqlSession.h"

#include <QCoreApplication>
#include <QSet>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>
#include <QTimer>

#include <memory>

namespace pd::sql {

/// The listening connection, living on PgChangeListener's thread.
class ListenWorker : public QObject
{
    Q_OBJECT
public:
    ListenWorker(DatabaseUrl url, bool ownChannel, QString applicationName, int checkMs)
        : m_url(std::move(url))
        , m_ownChannel(ownChannel)
        , m_applicationName(std::move(applicationName))
        , m_checkMs(checkMs)
    {}
    ~ListenWorker() override { drop(); }

    void start()
    {
        m_check = new QTimer(this);
        connect(m_check, &QTimer::timeout, this, &ListenWorker::check);
        m_retry = new QTimer(this);
        m_retry->setSingleShot(true);
        connect(m_retry, &QTimer::timeout, this, &ListenWorker::connectNow);
        connectNow();
    }
    void addChannel(const QString& channel)
    {
        if (m_channels.contains(channel)) {
            return;
        }
        m_channels.insert(channel);
        if (!m_session) {
            return;
        }
        if (!m_session->database().driver()->subscribeToNotification(channel)) {
            fail(QCoreApplication::translate("ChangeFeed", "Could not listen for changes: %1")
                     .arg(m_session->database().driver()->lastError().text()));
            return;
        }
        Q_EMIT subscribed(channel);
    }
    void removeChannel(const QString& channel)
    {
        if (m_channels.remove(channel) && m_session) {
            m_session->database().driver()->unsubscribeFromNotification(channel);
        }
    }

Q_SIGNALS:
    void notified(const QString& channel, const QString& payload);
    void connected(const QStringList& channels);
    void subscribed(const QString& channel);
    void lost(const QString& why);

private:
    void connectNow()
    {
        auto opened = SqlSession::open(m_url, QStringLiteral("paydesk-listen-%1").arg(quintptr(this)));
        if (!opened.ok()) {
            fail(opened.error().message);
            return;
        }
        m_session = std::move(opened.value());
        auto named = m_session->scalar(
            SqlBuilder("SELECT set_config('application_name', ").bind(m_applicationName).sql(", false)"));
        if (!named.ok()) {
            fail(named.error().message);
            return;
        }
        QStringList channels(m_channels.cbegin(), m_channels.cend());
        if (m_ownChannel) {
            auto own = m_session->scalar(SqlBuilder("SELECT paydesk_change_channel()"));
            if (!own.ok()) {
                fail(own.error().message);
                return;
            }
            if (own.value().toString().isEmpty()) {
                fail(QCoreApplication::translate("ChangeFeed",
                                                 "This login hears no changes: it is neither an active staff member "
                                                 "nor the schema owner."));
                return;
            }
            channels.prepend(own.value().toString());
        }
        QSqlDriver* driver = m_session->database().driver();
        connect(driver, &QSqlDriver::notification, this,
                [this](const QString& name, QSqlDriver::NotificationSource, const QVariant& payload) {
                    Q_EMIT notified(name, payload.toString());
                });
        for (const QString& channel : qAsConst(channels)) {
            if (!driver->subscribeToNotification(channel)) {
                fail(QCoreApplication::translate("ChangeFeed", "Could not listen for changes: %1")
                         .arg(driver->lastError().text()));
                return;
            }
        }
        m_delayMs = 500;
        m_check->start(m_checkMs);
        Q_EMIT connected(channels);
        for (const QString& channel : qAsConst(channels)) {
            Q_EMIT subscribed(channel);
        }
    }

    /// A lost connection shows only when it is used.
    void check()
    {
        if (!m_session) {
            return;
        }
        auto alive = m_session->scalar(SqlBuilder("SELECT 1"));
        if (!alive.ok() || m_session->isBroken()) {
            fail(alive.ok() ? QCoreApplication::translate("ChangeFeed", "The connection was lost.")
                            : alive.error().message);
        }
    }

    void fail(const QString& why)
    {
        drop();
        Q_EMIT lost(why);
        m_retry->start(m_delayMs);
        m_delayMs = std::min(m_delayMs * 2, 10000);
    }

    void drop()
    {
        if (m_check) {
            m_check->stop();
        }
        if (m_session) {
            disconnect(m_session->database().driver(), nullptr, this, nullptr);
            m_session.reset();
        }
    }

    DatabaseUrl m_url;
    bool m_ownChannel;
    QString m_applicationName;
    int m_checkMs;
    int m_delayMs = 500;
    QSet<QString> m_channels;
    std::unique_ptr<SqlSession> m_session;
    QTimer* m_check = nullptr;
    QTimer* m_retry = nullptr;
};

namespace {
/// Ends `thread` (whose objects delete themselves when it finishes), waiting at most two
/// seconds; a thread still connecting is left to finish on its own.
void retire(QThread* thread)
{
    thread->quit();
    if (thread->wait(2000)) {
        delete thread;
    } else {
        QObject::connect(thread, &QThread::finished, thread, &QObject::deleteLater);
    }
}

/// Reads PRAGMA data_version on a SQLite connection of its own thread.
class DataVersionWorker : public QObject
{
    Q_OBJECT
public:
    DataVersionWorker(DatabaseUrl url, int pollMs)
        : m_url(std::move(url))
        , m_pollMs(pollMs)
    {
        m_url.mayCreate = false;
    }

    void start()
    {
        auto* timer = new QTimer(this);
        connect(timer, &QTimer::timeout, this, &DataVersionWorker::poll);
        timer->start(m_pollMs);
        poll();
    }

Q_SIGNALS:
    void opened();
    void changed();
    void lost(const QString& why);

private:
    void poll()
    {
        if (!m_session) {
            auto opened = SqlSession::open(m_url, QStringLiteral("paydesk-data-version-%1").arg(quintptr(this)));
            if (!opened.ok()) {
                Q_EMIT lost(opened.error().message);
                return;
            }
            m_session = std::move(opened.value());
            Q_EMIT this->opened();
        }
        auto version = m_session->scalar(SqlBuilder("PRAGMA data_version"));
        if (!version.ok()) {
            m_session.reset();
            Q_EMIT lost(version.error().message);
            return;
        }
        const qint64 now = version.value().toLongLong();
        if (m_last >= 0 && now != m_last) {
            Q_EMIT changed();
        }
        m_last = now;
    }

    DatabaseUrl m_url;
    int m_pollMs;
    qint64 m_last = -1;
    std::unique_ptr<SqlSession> m_session;
};
} // namespace

PgChangeListener::PgChangeListener(DatabaseUrl url, bool ownChannel, const QString& applicationName, int checkMs,
                                   QObject* parent)
    : QObject(parent)
    , m_thread(new QThread)
    , m_worker(new ListenWorker(std::move(url), ownChannel, applicationName, checkMs))
{
    m_thread->setObjectName(QStringLiteral("paydesk-listen"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &ListenWorker::notified, this, &PgChangeListener::notified);
    connect(m_worker, &ListenWorker::connected, this, &PgChangeListener::connected);
    connect(m_worker, &ListenWorker::subscribed, this, &PgChangeListener::subscribed);
    connect(m_worker, &ListenWorker::lost, this, &PgChangeListener::lost);
}

PgChangeListener::~PgChangeListener()
{
    disconnect(m_worker, nullptr, this, nullptr);
    retire(m_thread);
}

void PgChangeListener::start()
{
    m_thread->start();
    QMetaObject::invokeMethod(m_worker, &ListenWorker::start, Qt::QueuedConnection);
}

void PgChangeListener::addChannel(const QString& channel)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, channel]() { worker->addChannel(channel); }, Qt::QueuedConnection);
}

void PgChangeListener::removeChannel(const QString& channel)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, channel]() { worker->removeChannel(channel); }, Qt::QueuedConnection);
}

SqlChangeFeed::SqlChangeFeed(DatabaseUrl url, QObject* parent, int pollMs)
    : ChangeFeed(parent)
{
    if (url.dialect == Dialect::PostgreSQL) {
        m_listener = new PgChangeListener(std::move(url), true, QStringLiteral("paydesk-console-listen"), 2000, this);
        connect(m_listener, &PgChangeListener::notified, this, [this](const QString&, const QString& payload) {
            if (auto note = parseChangeNote(payload)) {
                Q_EMIT rowsChanged(note->area, {note->id});
            }
        });
        connect(m_listener, &PgChangeListener::connected, this, &SqlChangeFeed::onConnected);
        connect(m_listener, &PgChangeListener::lost, this,
                [this](const QString& why) { setState(State::Reconnecting, why); });
        m_listener->start();
        return;
    }
    m_pollThread = new QThread;
    m_pollThread->setObjectName(QStringLiteral("paydesk-data-version"));
    auto* worker = new DataVersionWorker(std::move(url), pollMs);
    worker->moveToThread(m_pollThread);
    connect(m_pollThread, &QThread::finished, worker, &QObject::deleteLater);
    connect(worker, &DataVersionWorker::opened, this, &SqlChangeFeed::onConnected);
    connect(worker, &DataVersionWorker::changed, this, &ChangeFeed::resyncNeeded);
    connect(worker, &DataVersionWorker::lost, this, [this](const QString& why) { setState(State::Reconnecting, why); });
    m_pollThread->start();
    QMetaObject::invokeMethod(worker, &DataVersionWorker::start, Qt::QueuedConnection);
}

SqlChangeFeed::~SqlChangeFeed()
{
    if (m_pollThread) {
        retire(m_pollThread);
    }
}

void SqlChangeFeed::onConnected()
{
    setState(State::Live);
    if (m_everConnected) {
        // Back after a loss: what was sent meanwhile is gone.
        Q_EMIT resyncNeeded();
    }
    m_everConnected = true;
}

} // namespace pd::sql

#include "SqlChangeFeed.moc"
