#include "sql/SqlBackend.h"

#include "chain/ChainSettings.h"

#include "sql/Migrations.h"
#include "sql/SqlDashboard.h"
#include "sql/SqlInvoices.h"
#include "sql/SqlKyc.h"
#include "sql/SqlLists.h"
#include "sql/SqlOperations.h"
#include "sql/SqlPayments.h"
#include "sql/SqlSecurity.h"
#include "sql/SqlSession.h"

#include <QCoreApplication>
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
}

bool SqlBackend::waitForDetachedWorkers(int milliseconds)
{
    return SqlLane::waitForAll(milliseconds);
}

SqlLane& SqlBackend::lane(Lane which)
{
    return which == Lane::Interactive ? *m_interactive : *m_background;
}

void SqlBackend::enqueue(Lane which, RequestId id, JobFn job)
{
    lane(which).enqueue(id, std::move(job));
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
    return run<std::any>(which, receiver, std::move(done),
                         [work = *handler, request = std::move(request), context](SqlSession& session) {
                             return work(session, request, context);
                         });
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
    const RequestId requestId =
        run<ExportResult>(Lane::Background, receiver, finished, [request, report, stop](SqlSession& s) {
            return sql::exportCsv(s, request, report, stop.get());
        });
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
}

} // namespace pd::sql
