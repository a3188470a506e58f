#pragma once

#include <QByteArray>
#include <QHash>
#include <QMutex>
#include <QString>

#include <array>
#include <atomic>

namespace pd::server {

/// The server's Prometheus metrics (text exposition format 0.0.4, served at /metrics):
/// requests per route and status, a latency histogram per route, sign-in failures, idempotent
/// replays, the worker pool (busy, queued) and, through extra lines the caller adds, the chain
/// watcher. Thread-safe: requests are recorded on the accept loop, the pool from workers.
class Metrics
{
public:
    /// Histogram bounds in seconds (seed 003's target p95 < 200 ms lies between two).
    static constexpr std::array<double, 11> kBuckets = {0.005, 0.01, 0.025, 0.05, 0.1, 0.2, 0.5, 1.0, 2.5, 5.0, 10.0};

    /// One answered request: its route ("GET /payments/{id}/status", "unmatched"), status and time.
    void recordRequest(const QString& route, int status, double seconds, bool replayed, bool signInFailed);
    /// A read that a replica may serve (`eligible`) ran on it (`onReplica`) or on the primary.
    void recordReplicaRead(bool onReplica, bool eligible)
    {
        if (eligible) {
            ++(onReplica ? m_replicaReads : m_primaryReads);
        }
    }
    void workerQueued() { ++m_queued; }
    void workerStarted()
    {
        --m_queued;
        ++m_busy;
    }
    void workerFinished() { --m_busy; }
    int queued() const { return m_queued; }
    int busy() const { return m_busy; }

    /// The exposition text; `poolSize` is the worker count, `extra` more lines (the chain's).
    QByteArray render(int poolSize, const QByteArray& extra) const;

private:
    struct Series
    {
        QHash<int, qint64> byStatus;
        std::array<qint64, kBuckets.size()> buckets{};
        qint64 count = 0;
        double sum = 0;
    };
    mutable QMutex m_mutex;
    QHash<QString, Series> m_routes;
    qint64 m_signInFailures = 0;
    qint64 m_replays = 0;
    std::atomic<qint64> m_replicaReads{0};
    std::atomic<qint64> m_primaryReads{0};
    std::atomic<int> m_queued{0};
    std::atomic<int> m_busy{0};
};

/// A Prometheus label value: backslash, double quote and newline escaped.
QString prometheusLabel(const QString& value);

} // namespace pd::server
