#include "sql/SqlBackend.h"

#include "chain/ChainSettings.h"

#include "sql/Migrations.h"
#include "sql/SqlDashboard.h"
#include "sql/SqlInvoices.h"
#include "sql/SqlKyc.h"
#include "sql/SqlLists.h"
#include "sql/SqlOperations.h"
#include "sql/SqlPayments.h"
#include "sql/SqlReplica.h"
#include "sql/SqlSecurity.h"
#include "sql/SqlSession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QMutex>
#include <QSet>
#include <QSqlQuery>
#include <QThread>
#include <QWaitCondition>

#include <atomic>
#include <deque>

namespace pd::sql {

/// A worker thread with its own database session and a queue of jobs, run one at a time.
class SqlLane : public QThread
{
public:
    using JobFn = std::function<void(SqlSession* session, const Error& openError)>;

    SqlLane(DatabaseUrl url, QString name)
        : m_url(std::move(url))
        , m_name(std::move(name))
    {
        setObjectName(m_name);
        QMutexLocker lock(&registryMutex());
        registry().insert(this);
    }

    ~SqlLane() override
    {
        stop();
        QMutexLocker lock(&registryMutex());
        registry().remove(this);
    }

    /// Stops without waiting and deletes itself once its thread has ended.
    void detach()
    {
        requestStop();
        connect(this, &QThread::finished, this, &QObject::deleteLater);
        if (isFinished() || !isRunning()) {
            deleteLater();
        }
    }

    static bool waitForAll(int milliseconds)
    {
        QDeadlineTimer deadline(milliseconds);
        for (;;) {
            QSet<SqlLane*> lanes;
            {
                QMutexLocker lock(&registryMutex());
                lanes = registry();
            }
            bool running = false;
            for (SqlLane* lane : lanes) {
                running = running || lane->isRunning();
            }
            if (!running) {
                return true;
            }
            if (deadline.hasExpired()) {
                return false;
            }
            QThread::msleep(10);
        }
    }

    void enqueue(Backend::RequestId id, JobFn job)
    {
        QMutexLocker lock(&m_mutex);
        m_queue.emplace_back(id, std::move(job));
        m_wake.wakeOne();
    }

    /// Removes a queued job (it then receives Cancelled) or interrupts the running one.
    void cancel(Backend::RequestId id)
    {
        JobFn removed;
        {
            QMutexLocker lock(&m_mutex);
            for (auto it = m_queue.begin(); it != m_queue.end(); ++it) {
                if (it->first == id) {
                    removed = std::move(it->second);
                    m_queue.erase(it);
                    break;
                }
            }
            if (!removed && m_running == id && m_session) {
                m_session->interrupt();
            }
        }
        if (removed) {
            removed(nullptr, Error(Error::Kind::Cancelled,
                                   QCoreApplication::translate("pd::sql::SqlBackend", "The request was cancelled.")));
        }
    }

    void requestStop()
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_queue.clear();
        if (m_session) {
            m_session->interrupt();
        }
        m_wake.wakeAll();
    }

    void stop()
    {
        requestStop();
        wait();
    }

protected:
    void run() override
    {
        std::unique_ptr<SqlSession> session;
        int generation = 0;
        for (;;) {
            std::pair<Backend::RequestId, JobFn> item;
            {
                QMutexLocker lock(&m_mutex);
                while (m_queue.empty() && !m_stopping) {
                    m_wake.wait(&m_mutex);
                }
                if (m_stopping) {
                    break;
                }
                item = std::move(m_queue.front());
                m_queue.pop_front();
                m_running = item.first;
            }
            Error openError;
            if (!session || session->isBroken()) {
                {
                    QMutexLocker lock(&m_mutex);
                    m_session = nullptr;
                }
                session.reset();
                const QString connectionName = m_name + QLatin1Char('-') + QString::number(++generation);
                auto opened = SqlSession::open(m_url, connectionName);
                if (opened.ok()) {
                    session = std::move(opened.value());
                    QMutexLocker lock(&m_mutex);
                    m_session = session.get();
                } else {
                    openError = opened.error();
                }
            }
            item.second(session.get(), openError);
            QMutexLocker lock(&m_mutex);
            m_running = 0;
        }
        QMutexLocker lock(&m_mutex);
        m_session = nullptr;
        lock.unlock();
        session.reset();
    }

private:
    static QMutex& registryMutex()
    {
        static QMutex mutex;
        return mutex;
    }
    static QSet<SqlLane*>& registry()
    {
        static QSet<SqlLane*> lanes;
        return lanes;
    }

    DatabaseUrl m_url;
    QString m_name;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<std::pair<Backend::RequestId, JobFn>> m_queue;
    bool m_stopping = false;
    Backend::RequestId m_running = 0;
    SqlSession* m_session = nullptr;
};

namespace {
/// A name no other lane of this process has had: Qt keeps connections in one process-wide
/// table, and a destroyed backend's lanes may still be closing theirs when a new backend (maybe at
/// the same address) opens its own.
QString laneName(const char* lane)
{
    static std::atomic<quint64> serial{0};
    return QStringLiteral("paydesk-sql-%1-%2").arg(++serial).arg(QLatin1String(lane));
}

Result<ConnectionInfo> describeConnection(SqlSession& session)
{
    auto usable = Migrator::checkUsable(session);
    if (!usable.ok()) {
        return usable.error();
    }
    ConnectionInfo info;
    info.location = session.url().toString();
    info.schemaVersion = usable.value().version;
    if (session.dialect() == Dialect::SQLite) {
        info.backendName = QStringLiteral("SQLite");
        auto version = session.scalar(SqlBuilder("SELECT sqlite_version()"));
        info.serverVersion = version.ok() ? version.value().toString() : QString();
        info.user = qEnvironmentVariable("USER");
        return info;
    }
    info.backendName = QStringLiteral("PostgreSQL");
    QSqlQuery query;
    Error error;
    if (!session.exec(query,
                      SqlBuilder("SELECT current_user, current_setting('server_version'), "
                                 "COALESCE((SELECT ssl FROM pg_stat_ssl WHERE pid = pg_backend_pid()), FALSE), "
                                 "(SELECT s.role FROM staff s WHERE s.login = current_user AND s.is_active)"),
                      &error)) {
        return error;
    }
    if (query.next()) {
        info.user = query.value(0).toString();
        info.serverVersion = query.value(1).toString();
        info.encrypted = query.value(2).toBool();
        info.role = query.value(3).toString();
    }
    info.verified = info.encrypted && session.url().verifiesServer();
    return info;
}
} // namespace

SqlBackend::SqlBackend(DatabaseUrl url, QObject* parent)
    : Backend(parent)
    , m_url(std::move(url))
    , m_shared(std::make_shared<Shared>())
    , m_interactive(new SqlLane(m_url, laneName("interactive")))
    , m_background(new SqlLane(m_url, laneName("background")))
{
    m_shared->backend = this;
    m_interactive->start();
    m_background->start();
}

SqlBackend::~SqlBackend()
{
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->backend = nullptr;
    }
    m_interactive->detach();
    m_background->detach();
    if (m_replica) {
        m_replica->detach();
    }
}

void SqlBackend::setReadReplica(const DatabaseUrl& replica, int maxLagSeconds, int probeMs)
{
    if (m_replica || replica.dialect != Dialect::PostgreSQL) {
        return;
    }
    {
        QMutexLocker lock(&m_shared->mutex);
        m_shared->replica.configured = true;
        m_shared->replica.maxLagSeconds = std::max(1, maxLagSeconds);
    }
    m_replica = new SqlLane(replica, laneName("replica"));
    m_replica->start();
    m_replicaProbe = new QTimer(this);
    m_replicaProbe->setInterval(std::max(100, probeMs));
    connect(m_replicaProbe, &QTimer::timeout, this, &SqlBackend::probeReplica);
    m_replicaProbe->start();
    probeReplica();
}

ReplicaStatus SqlBackend::replicaStatus() const
{
    QMutexLocker lock(&m_shared->mutex);
    return m_shared->replica;
}

void SqlBackend::probeReplica()
{
    // The primary's flushed WAL position is sampled (background lane; flushed, because the
    // insert position can point past a page header that nothing will fill while the primary is
    // idle), then the replica's replayed
    // position is compared with the samples (replica lane): the lag is the age of the newest
    // sample it has replayed, 0 when it has the latest. Not pg_last_xact_replay_timestamp():
    // it is NULL until a transaction is replayed and grows on an idle primary.
    auto shared = m_shared;
    auto publish = [shared](ReplicaStatus status) {
        QMutexLocker lock(&shared->mutex);
        const ReplicaStatus before = shared->replica;
        status.configured = true;
        status.maxLagSeconds = before.maxLagSeconds;
        status.usable = status.connected && status.lagSeconds <= status.maxLagSeconds;
        shared->replica = status;
        const bool changed = before.connected != status.connected || before.usable != status.usable ||
                             before.error != status.error || qAbs(before.lagSeconds - status.lagSeconds) >= 0.05;
        if (SqlBackend* backend = shared->backend; backend && changed) {
            QMetaObject::invokeMethod(
                backend, [backend, status]() { Q_EMIT backend->replicaStatusChanged(status); }, Qt::QueuedConnection);
        }
    };
    SqlLane* replica = m_replica;
    m_background->enqueue(0, [shared, replica, publish](SqlSession* primary, const Error& openError) {
        if (!primary) {
            ReplicaStatus down;
            down.error = openError.message;
            publish(down);
            return;
        }
        auto position = primaryFlushPosition(*primary);
        if (!position.ok()) {
            return;
        }
        const qint64 sampledAt = QDateTime::currentMSecsSinceEpoch();
        QMutexLocker lock(&shared->mutex);
        if (!shared->backend) {
            return; // the replica lane is being detached with its backend
        }
        shared->primarySamples.emplace_back(sampledAt, position.value());
        while (shared->primarySamples.size() > kMaxWalSamples) {
            shared->primarySamples.pop_front();
        }
        replica->enqueue(0, [shared, publish](SqlSession* session, const Error& replicaError) {
            ReplicaStatus status;
            if (!session) {
                status.error = replicaError.message;
                publish(status);
                return;
            }
            auto state = replicaState(*session);
            if (!state.ok()) {
                status.error = state.error().message;
                publish(status);
                return;
            }
            status.connected = true;
            status.standby = state.value().standby;
            if (status.standby) {
                QMutexLocker samplesLock(&shared->mutex);
                status.lagSeconds =
                    lagFromSamples(shared->primarySamples, state.value().replayed, QDateTime::currentMSecsSinceEpoch());
            }
            publish(status);
        });
    });
}

bool SqlBackend::waitForDetachedWorkers(int milliseconds)
{
    return SqlLane::waitForAll(milliseconds);
}

SqlLane& SqlBackend::lane(Lane which)
{
    return which == Lane::Interactive ? *m_interactive : *m_background;
}

void SqlBackend::enqueue(Lane which, RequestId id, JobFn job, bool replicaRead)
{
    if (!replicaRead || !m_replica || !replicaStatus().usable) {
        lane(which).enqueue(id, std::move(job));
        return;
    }
    // On the replica, unless it has not replayed this backend's last write yet (then the read
    // goes back to the primary lane it would have used: read your own writes).
    auto shared = m_shared;
    auto toPrimary = [shared, which, id](JobFn work) {
        QMutexLocker lock(&shared->mutex);
        if (SqlBackend* backend = shared->backend) {
            QMetaObject::invokeMethod(
                backend, [backend, which, id, work]() { backend->lane(which).enqueue(id, work); },
                Qt::QueuedConnection);
        }
    };
    m_replica->enqueue(id, [shared, job, toPrimary](SqlSession* session, const Error& openError) {
        if (!session) {
            toPrimary(job);
            return;
        }
        QString pending;
        {
            QMutexLocker lock(&shared->mutex);
            pending = shared->unreplayedWriteLsn;
        }
        if (!pending.isEmpty()) {
            auto replayed = hasReplayed(*session, pending);
            if (!replayed.ok() || !replayed.value()) {
                toPrimary(job);
                return;
            }
            QMutexLocker lock(&shared->mutex);
            if (shared->unreplayedWriteLsn == pending) {
                shared->unreplayedWriteLsn.clear();
            }
        }
        job(session, openError);
    });
}

Backend::RequestId SqlBackend::open(QObject* receiver, Callback<ConnectionInfo> done)
{
    auto store = [this, done](const Result<ConnectionInfo>& result) {
        if (result.ok()) {
            m_info = result.value();
        }
        done(result);
    };
    return run<ConnectionInfo>(Lane::Interactive, receiver, store,
                               [](SqlSession& session) { return describeConnection(session); });
}

Backend::RequestId SqlBackend::invoke(const ops::Operation& op, std::any request, QObject* receiver,
                                      Callback<std::any> done)
{
    const OperationHandler* handler = handlerFor(op);
    if (!handler) {
        const RequestId id = beginRequest(receiver);
        deliverLater(
            id,
            Error(Error::Kind::Internal,
                  QCoreApplication::translate("pd::sql::SqlBackend", "This database cannot do %1.").arg(op.name)),
            std::move(done));
        return id;
    }
    const Lane which = op.laneFor(request);
    OperationContext context{m_fieldKeyFile, m_electrumServers, m_confirmations};
    if (m_electrumFromSettings && &op == &ops::CheckInvoiceOnChain::operation()) {
        const chain::ChainSettings chain = chain::ChainSettings::load();
        context.electrumServers = chain.electrumServers();
        context.confirmations = chain.confirmations;
    }
    if (op.mutation && m_replica) {
        // A write: remember where the primary's WAL stood after it, so that this backend's next
        // reads wait for the replica to have it (or go to the primary). The insert position, not
        // pg_current_wal_lsn(): with synchronous_commit off the commit record may not be written
        // yet, and a replica at the write position would lack it.
        return run<std::any>(
            which, receiver, std::move(done),
            [work = *handler, request = std::move(request), context, shared = m_shared](SqlSession& session) {
                auto result = work(session, request, context);
                auto position = writePosition(session);
                if (position.ok()) {
                    QMutexLocker lock(&shared->mutex);
                    shared->unreplayedWriteLsn = position.value();
                }
                return result;
            });
    }
    // A live re-read (the `ids` filter) follows a change notification from the primary: a
    // replica may not have replayed that change yet.
    const auto* list = std::any_cast<ListRequest>(&request);
    const bool replicaRead = op.replicaRead && !(list && list->filters.contains(QStringLiteral("ids")));
    return run<std::any>(
        which, receiver, std::move(done),
        [work = *handler, request = std::move(request), context](SqlSession& session) {
            return work(session, request, context);
        },
        replicaRead);
}

ChangeFeed* SqlBackend::changeFeed()
{
    if (!m_changeFeed) {
        m_changeFeed = new SqlChangeFeed(m_url, this);
    }
    return m_changeFeed;
}

Backend::RequestId SqlBackend::exportCsv(const ExportRequest& request, QObject* receiver,
                                         std::function<void(qint64 rows)> progress, Callback<ExportResult> done)
{
    // The id is known only after run() returns; the worker reads it through this holder.
    auto id = std::make_shared<std::atomic<RequestId>>(0);
    auto report = [shared = m_shared, id, progress](qint64 rows) {
        QMutexLocker lock(&shared->mutex);
        if (SqlBackend* backend = shared->backend) {
            QMetaObject::invokeMethod(
                backend,
                [backend, requestId = id->load(), progress, rows]() {
                    backend->notifyPending(requestId, [&]() { progress(rows); });
                },
                Qt::QueuedConnection);
        }
    };
    auto stop = std::make_shared<std::atomic<bool>>(false);
    QPointer<SqlBackend> self(this);
    auto finished = [self, id, done = std::move(done)](const Result<ExportResult>& result) {
        if (SqlBackend* backend = self.data()) {
            backend->m_exportStops.remove(id->load());
        }
        done(result);
    };
    const RequestId requestId = run<ExportResult>(
        Lane::Background, receiver, finished,
        [request, report, stop](SqlSession& s) { return sql::exportCsv(s, request, report, stop.get()); },
        ops::ExportCsv::operation().replicaRead);
    id->store(requestId);
    m_exportStops.insert(requestId, stop);
    return requestId;
}

void SqlBackend::cancel(RequestId id)
{
    if (auto stop = m_exportStops.take(id)) {
        stop->store(true);
    }
    if (!markCancelled(id)) {
        return;
    }
    m_interactive->cancel(id);
    m_background->cancel(id);
    if (m_replica) {
        m_replica->cancel(id);
    }
}

} // namespace pd::sql
