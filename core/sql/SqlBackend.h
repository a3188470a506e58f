#pragma once

#include "Backend.h"
#include "DatabaseUrl.h"
#include "chain/ElectrumClient.h"

#include <QHash>
#include <QMetaObject>
#include <QMutex>

#include <atomic>
#include <memory>

namespace pd::sql {

class SqlSession;
class SqlLane;

/// Backend over PostgreSQL (QPSQL) or SQLite (QSQLITE).
///
/// SQL runs on two worker threads ("lanes"), each with its own connection, opened on first use
/// and reopened after the connection is lost: the interactive lane serves pages, details and
/// changes; the background lane serves counts and other long scans, so that an exact count of
/// millions of rows never delays the next page. The GUI thread never waits on either.
class SqlBackend : public Backend
{
    Q_OBJECT
public:
    using Lane = ops::Lane;

    explicit SqlBackend(DatabaseUrl url, QObject* parent = nullptr);
    /// Never waits: running work is interrupted and its worker threads finish on their own
    /// (a connection attempt may take until its connect_timeout); late results are dropped.
    ~SqlBackend() override;

    /// Waits up to `milliseconds` for the worker threads of destroyed backends to end; call
    /// once at process exit. Returns false when some are still running.
    static bool waitForDetachedWorkers(int milliseconds);

    const DatabaseUrl& url() const { return m_url; }

    RequestId open(QObject* receiver, Callback<ConnectionInfo> done) override;
    ConnectionInfo connectionInfo() const override { return m_info; }
    RequestId exportCsv(const ExportRequest& request, QObject* receiver, std::function<void(qint64 rows)> progress,
                        Callback<ExportResult> done) override;
    /// The field key file revealAccountNumber() opens account numbers with (FieldCipher).
    void setFieldKeyFile(const QString& path) { m_fieldKeyFile = path; }
    /// The Electrum servers checkInvoiceOnChain() uses, and the confirmations a payment needs.
    /// Until set, each check reads them from the application's settings (chain::ChainSettings),
    /// so a change in BCH settings applies at once.
    void setElectrumServers(const QVector<chain::ElectrumServer>& servers, int confirmations)
    {
        m_electrumServers = servers;
        m_confirmations = confirmations;
        m_electrumFromSettings = false;
    }
    void cancel(RequestId id) override;

    /// Runs `work` on a lane with that lane's session and delivers its result like any other
    /// request. For SQL work that has no place in the Backend interface (schema upgrade, demo
    /// data, benchmarks). `work` runs on the worker thread: it must not touch GUI objects.
    template<typename T>
    RequestId run(Lane lane, QObject* receiver, Callback<T> done, std::function<Result<T>(SqlSession&)> work)
    {
        const RequestId id = beginRequest(receiver);
        auto onResult = [shared = m_shared, id, done](const Result<T>& result) {
            // Posts to the backend if it still exists; the lock keeps it from being destroyed
            // between the check and the post (the post itself is dropped with the object).
            QMutexLocker lock(&shared->mutex);
            if (SqlBackend* backend = shared->backend) {
                QMetaObject::invokeMethod(
                    backend, [backend, id, done, result]() { backend->deliver(id, result, done); },
                    Qt::QueuedConnection);
            }
        };
        enqueue(lane, id, [work, onResult](SqlSession* session, const Error& openError) {
            if (!session) {
                onResult(Result<T>(openError));
                return;
            }
            onResult(work(*session));
        });
        return id;
    }

protected:
    /// Runs the operation's SQL (sql/SqlOperations.h) on its lane.
    RequestId invoke(const ops::Operation& op, std::any request, QObject* receiver, Callback<std::any> done) override;

private:
    using JobFn = std::function<void(SqlSession* session, const Error& openError)>;
    void enqueue(Lane lane, RequestId id, JobFn job);
    SqlLane& lane(Lane which);

    struct Shared
    {
        QMutex mutex;
        SqlBackend* backend = nullptr;
    };

    DatabaseUrl m_url;
    QString m_fieldKeyFile;
    QVector<chain::ElectrumServer> m_electrumServers;
    int m_confirmations = 1;
    bool m_electrumFromSettings = true;
    /// Stop flags of running exports, set by cancel() (an export may finish between the
    /// interrupt and its end; the flag keeps it from putting the file in place).
    QHash<RequestId, std::shared_ptr<std::atomic<bool>>> m_exportStops;
    ConnectionInfo m_info;
    std::shared_ptr<Shared> m_shared;
    SqlLane* m_interactive; ///< owned until the destructor detaches it
    SqlLane* m_background;
};

} // namespace pd::sql
