#pragma once

#include "Backend.h"
#include "DatabaseUrl.h"
#include "SqlChangeFeed.h"
#include "chain/ElectrumClient.h"

#include <QHash>
#include <QMetaObject>
#include <QMutex>
#include <QTimer>

#include <atomic>
#include <deque>
#include <memory>

namespace pd::sql {

class SqlSession;
class SqlLane;

/// What a backend knows of its read replica (docs/ARCHITECTURE.md, "Read replicas").
struct ReplicaStatus
{
    bool configured = false;
    bool connected = false;  ///< the last probe reached it
    bool usable = false;     ///< lists, counts, exports and charts are read from it
    bool standby = false;    ///< pg_is_in_recovery(): it really is a replica
    double lagSeconds = 0.0; ///< 0 when it has replayed everything the primary had at the probe
    int maxLagSeconds = 30;  ///< further behind than this, it is bypassed
    QString error;           ///< why it is not connected
};

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
    /// NOTIFY on PostgreSQL, PRAGMA data_version on SQLite (SqlChangeFeed); made on first use.
    ChangeFeed* changeFeed() override;

    /// Reads lists, counts, totals, charts and exports (Operation::replicaRead) from the
    /// read-only `replica` (a PostgreSQL streaming standby, same logins) while it is at most
    /// `maxLagSeconds` behind; everything else, and every read after this backend's own write
    /// until the replica has replayed it (its WAL position is compared), goes to the primary.
    /// The lag is probed every `probeMs` milliseconds; replicaStatusChanged() reports it.
    void setReadReplica(const DatabaseUrl& replica, int maxLagSeconds = 30, int probeMs = 5000);
    ReplicaStatus replicaStatus() const;

    /// Runs `work` on a lane with that lane's session and delivers its result like any other
    /// request. For SQL work that has no place in the Backend interface (schema upgrade, demo
    /// data, benchmarks). `work` runs on the worker thread: it must not touch GUI objects.
    template<typename T>
    RequestId run(Lane lane, QObject* receiver, Callback<T> done, std::function<Result<T>(SqlSession&)> work,
                  bool replicaRead = false)
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
        enqueue(
            lane, id,
            [work, onResult](SqlSession* session, const Error& openError) {
                if (!session) {
                    onResult(Result<T>(openError));
                    return;
                }
                onResult(work(*session));
            },
            replicaRead);
        return id;
    }

Q_SIGNALS:
    /// The replica's state changed (lag, connection, bypassed or not).
    void replicaStatusChanged(const pd::sql::ReplicaStatus& status);

protected:
    /// Runs the operation's SQL (sql/SqlOperations.h) on its lane.
    RequestId invoke(const ops::Operation& op, std::any request, QObject* receiver, Callback<std::any> done) override;

private:
    using JobFn = std::function<void(SqlSession* session, const Error& openError)>;
    /// Queues `job` on `lane`, or on the replica when `replicaRead` and the replica may serve it.
    void enqueue(Lane lane, RequestId id, JobFn job, bool replicaRead = false);
    SqlLane& lane(Lane which);
    void probeReplica();

    struct Shared
    {
        QMutex mutex;
        SqlBackend* backend = nullptr;
        // The replica's state, read and written by the lanes under `mutex`.
        ReplicaStatus replica;
        QString unreplayedWriteLsn; ///< this backend's last write, not yet seen on the replica
        std::deque<std::pair<qint64, quint64>> primarySamples; ///< sql::WalSamples (SqlReplica.h)
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
    SqlLane* m_replica = nullptr;
    QTimer* m_replicaProbe = nullptr;
    ChangeFeed* m_changeFeed = nullptr;
};

} // namespace pd::sql
