#pragma once

#include "sql/SqlBuilder.h"
#include "sql/SqlDialect.h"
#include "sql/SqlLists.h"
#include "sql/SqlSession.h"

#include <QDateTime>

#include <functional>

namespace pd::sql {

/// Runs `work` inside one transaction: commits when it succeeds, rolls back when it returns an
/// error (and returns that error). A failed COMMIT is an error too, so a change is reported as
/// done only when it is stored.
template<typename T>
Result<T> inTransaction(SqlSession& session, const std::function<Result<T>()>& work)
{
    if (auto begun = session.begin(); !begun.ok()) {
        return begun.error();
    }
    Result<T> result = work();
    if (!result.ok()) {
        session.rollback();
        return result;
    }
    if (auto committed = session.commit(); !committed.ok()) {
        return committed.error();
    }
    return result;
}

/// Appends a placeholder for a canonical UTC timestamp text (SqlSession::nowText() shape),
/// typed TIMESTAMPTZ on PostgreSQL and compared as text on SQLite.
inline void bindInstant(SqlBuilder& b, Dialect dialect, const QVariant& canonical)
{
    SqlDialect::of(dialect).instant(b, canonical);
}

/// The canonical UTC text of a QDateTime ("YYYY-MM-DDTHH:MM:SS.ffffffZ").
inline QString canonicalText(const QDateTime& when)
{
    return canonicalInstant(when.toUTC().toString(Qt::ISODateWithMs));
}

} // namespace pd::sql
