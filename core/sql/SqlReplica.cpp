#include "sql/SqlReplica.h"

#include "sql/SqlSession.h"

#include <QSqlQuery>

#include <algorithm>

namespace pd::sql {

quint64 parseLsn(const QString& text)
{
    const qsizetype slash = text.indexOf(QLatin1Char('/'));
    bool hiOk = false;
    bool loOk = false;
    const quint64 hi = text.left(slash).toULongLong(&hiOk, 16);
    const quint64 lo = text.mid(slash + 1).toULongLong(&loOk, 16);
    return slash > 0 && hiOk && loOk && lo <= 0xffffffffULL ? (hi << 32) | lo : 0;
}

double lagFromSamples(const WalSamples& samples, quint64 replayed, qint64 nowMs)
{
    if (samples.empty() || replayed >= samples.back().second) {
        return 0.0;
    }
    qint64 since = samples.front().first;
    for (auto it = samples.rbegin(); it != samples.rend(); ++it) {
        if (replayed >= it->second) {
            since = it->first;
            break;
        }
    }
    return double(std::max<qint64>(0, nowMs - since)) / 1000.0;
}

Result<quint64> primaryFlushPosition(SqlSession& primary)
{
    auto lsn = primary.scalar(SqlBuilder("SELECT pg_current_wal_flush_lsn()::text"));
    if (!lsn.ok()) {
        return lsn.error();
    }
    return parseLsn(lsn.value().toString());
}

Result<QString> writePosition(SqlSession& primary)
{
    auto lsn = primary.scalar(SqlBuilder("SELECT pg_current_wal_insert_lsn()::text"));
    if (!lsn.ok()) {
        return lsn.error();
    }
    return lsn.value().toString();
}

Result<ReplicaState> replicaState(SqlSession& replica)
{
    QSqlQuery query;
    Error error;
    if (!replica.exec(query, SqlBuilder("SELECT pg_is_in_recovery(), COALESCE(pg_last_wal_replay_lsn()::text, '')"),
                      &error)) {
        return error;
    }
    ReplicaState state;
    if (query.next()) {
        state.standby = query.value(0).toBool();
        state.replayed = parseLsn(query.value(1).toString());
    }
    return state;
}

Result<bool> hasReplayed(SqlSession& replica, const QString& position)
{
    if (parseLsn(position) == 0) {
        return true; // no position, or not one: nothing to wait for
    }
    auto replayed = replica.scalar(
        SqlBuilder("SELECT COALESCE(pg_last_wal_replay_lsn() >= CAST(").bind(position).sql(" AS pg_lsn), TRUE)"));
    if (!replayed.ok()) {
        return replayed.error();
    }
    return replayed.value().toBool();
}

} // namespace pd::sql
