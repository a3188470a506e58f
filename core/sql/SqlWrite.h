#pragma once

#include "sql/SqlBuilder.h"
#include "sql/SqlDialect.h"
#include "sql/SqlLists.h"
#include "sql/SqlSession.h"

#include <QDateTime>

#include <functional>
#include <optional>

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

/// A refusal of the caller's input: Error::Kind::Invalid with `message` (a sentence saying what
/// is wrong and what to do).
Error invalid(const QString& message);

/// The reason for an audited change, trimmed; Invalid when it is empty or longer than 500
/// characters (audit_log.reason), saying so.
Result<QString> auditReason(const QString& text);

/// `error` with the sentence a guard trigger or function RAISEd as its message, when there is
/// one (SqlSession::raisedMessage()) and the error is of kind `only` (any kind when nullopt);
/// the driver's text stays in the detail.
Error inTheDatabasesWords(Error error, std::optional<Error::Kind> only = std::nullopt);

/// A local time for a sentence ("2026-11-30 14:05"), or "an unknown time".
QString when(const QDateTime& at);

/// The Conflict of a row someone changed since it was loaded: names who changed it and when,
/// from the audit log; `what` names the row ("Payment #12").
Error conflict(SqlSession& session, const char* entity, qint64 id, const QString& what);

/// Runs `read` (a one-row SELECT, locked with `lockClause` on PostgreSQL) and returns the row's
/// values; NotFound with `gone` when there is no row.
Result<QVariantList> readLockedRow(SqlSession& session, SqlBuilder read, const char* lockClause, const QString& gone);

/// The canonical UTC text of a QDateTime ("YYYY-MM-DDTHH:MM:SS.ffffffZ").
inline QString canonicalText(const QDateTime& when)
{
    return canonicalInstant(when.toUTC().toString(Qt::ISODateWithMs));
}

} // namespace pd::sql
