#pragma once

#include "Result.h"

#include <QString>

#include <deque>
#include <utility>

namespace pd::sql {

class SqlSession;

// Measuring a PostgreSQL streaming replica's lag and reading one's own writes from it, shared by
// the console (SqlBackend::setReadReplica) and paydesk-server (--db-read); docs/ARCHITECTURE.md,
// "Read replicas".

/// A WAL position "X/Y" (pg_lsn's text: two hexadecimal halves) as a number; 0 when unreadable.
quint64 parseLsn(const QString& text);

/// The primary's WAL positions sampled over time: (milliseconds since the epoch, position),
/// oldest first, at most kMaxSamples.
using WalSamples = std::deque<std::pair<qint64, quint64>>;
constexpr int kMaxWalSamples = 720;

/// Seconds a replica at position `replayed` is behind: 0 when it has the newest sample, else
/// the age of the newest sample it has (of the oldest, when it has none).
double lagFromSamples(const WalSamples& samples, quint64 replayed, qint64 nowMs);

/// The primary's flushed WAL position, sampled for the lag (the insert position can point past
/// a page header that nothing fills while the primary is idle).
Result<quint64> primaryFlushPosition(SqlSession& primary);
/// The primary's insert position right after a write: a replica that has replayed it has the
/// write (with synchronous_commit off the commit record may not be flushed yet).
Result<QString> writePosition(SqlSession& primary);

/// What a replica says of itself.
struct ReplicaState
{
    bool standby = false; ///< pg_is_in_recovery()
    quint64 replayed = 0; ///< pg_last_wal_replay_lsn()
};
Result<ReplicaState> replicaState(SqlSession& replica);
/// True when the replica has replayed WAL position `position` ("X/Y").
Result<bool> hasReplayed(SqlSession& replica, const QString& position);

} // namespace pd::sql
