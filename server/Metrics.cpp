#include "Metrics.h"

#include <QMutexLocker>
#include <QStringList>

#include <algorithm>

namespace pd::server {

QString prometheusLabel(const QString& value)
{
    QString out = value;
    out.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    out.replace(QLatin1Char('"'), QStringLiteral("\\\""));
    out.replace(QLatin1Char('\n'), QStringLiteral("\\n"));
    return out;
}

void Metrics::recordRequest(const QString& route, int status, double seconds, bool replayed, bool signInFailed)
{
    QMutexLocker lock(&m_mutex);
    Series& s = m_routes[route];
    s.byStatus[status] += 1;
    for (size_t k = 0; k < kBuckets.size(); ++k) {
        if (seconds <= kBuckets[k]) {
            s.buckets[k] += 1;
        }
    }
    s.count += 1;
    s.sum += seconds;
    m_replays += replayed ? 1 : 0;
    m_signInFailures += signInFailed ? 1 : 0;
}

QByteArray Metrics::render(int poolSize, const QByteArray& extra) const
{
    QMutexLocker lock(&m_mutex);
    QByteArray out;
    QStringList routes = m_routes.keys();
    routes.sort();
    out += "# HELP paydesk_http_requests_total HTTP requests answered, by route and status.\n"
           "# TYPE paydesk_http_requests_total counter\n";
    for (const QString& route : routes) {
        const Series& s = m_routes[route];
        QList<int> statuses = s.byStatus.keys();
        std::sort(statuses.begin(), statuses.end());
        for (int status : statuses) {
            out += QStringLiteral("paydesk_http_requests_total{route=\"%1\",status=\"%2\"} %3\n")
                       .arg(prometheusLabel(route))
                       .arg(status)
                       .arg(s.byStatus[status])
                       .toUtf8();
        }
    }
    out += "# HELP paydesk_http_request_duration_seconds Time from the request's arrival to its answer.\n"
           "# TYPE paydesk_http_request_duration_seconds histogram\n";
    for (const QString& route : routes) {
        const Series& s = m_routes[route];
        const QString label = prometheusLabel(route);
        for (size_t k = 0; k < kBuckets.size(); ++k) {
            out += QStringLiteral("paydesk_http_request_duration_seconds_bucket{route=\"%1\",le=\"%2\"} %3\n")
                       .arg(label)
                       .arg(kBuckets[k])
                       .arg(s.buckets[k])
                       .toUtf8();
        }
        out += QStringLiteral("paydesk_http_request_duration_seconds_bucket{route=\"%1\",le=\"+Inf\"} %2\n")
                   .arg(label)
                   .arg(s.count)
                   .toUtf8();
        out += QStringLiteral("paydesk_http_request_duration_seconds_sum{route=\"%1\"} %2\n")
                   .arg(label)
                   .arg(s.sum, 0, 'f', 6)
                   .toUtf8();
        out += QStringLiteral("paydesk_http_request_duration_seconds_count{route=\"%1\"} %2\n")
                   .arg(label)
                   .arg(s.count)
                   .toUtf8();
    }
    out += "# HELP paydesk_sign_in_failures_total Sign-ins refused (wrong password, throttled).\n"
           "# TYPE paydesk_sign_in_failures_total counter\n";
    out += "paydesk_sign_in_failures_total " + QByteArray::number(m_signInFailures) + "\n";
    out += "# HELP paydesk_idempotent_replays_total Mutations answered from a stored Idempotency-Key answer.\n"
           "# TYPE paydesk_idempotent_replays_total counter\n";
    out += "paydesk_idempotent_replays_total " + QByteArray::number(m_replays) + "\n";
    out += "# HELP paydesk_db_pool_size Database connections (worker threads) of the request pool.\n"
           "# TYPE paydesk_db_pool_size gauge\n";
    out += "paydesk_db_pool_size " + QByteArray::number(poolSize) + "\n";
    out += "# HELP paydesk_db_pool_busy Workers running a request now.\n"
           "# TYPE paydesk_db_pool_busy gauge\n";
    out += "paydesk_db_pool_busy " + QByteArray::number(std::max(0, int(m_busy))) + "\n";
    out += "# HELP paydesk_worker_queue_depth Requests waiting for a worker.\n"
           "# TYPE paydesk_worker_queue_depth gauge\n";
    out += "paydesk_worker_queue_depth " + QByteArray::number(std::max(0, int(m_queued))) + "\n";
    out += "# HELP paydesk_replica_eligible_reads_total Lists, counts, charts and exports, by where they ran.\n"
           "# TYPE paydesk_replica_eligible_reads_total counter\n";
    out += "paydesk_replica_eligible_reads_total{served_by=\"replica\"} " + QByteArray::number(qint64(m_replicaReads)) +
           "\n";
    out += "paydesk_replica_eligible_reads_total{served_by=\"primary\"} " + QByteArray::number(qint64(m_primaryReads)) +
           "\n";
    return out + extra;
}

} // namespace pd::server
