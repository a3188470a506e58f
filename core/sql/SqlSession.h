#pragma once

#include <QCoreApplication>

#include "DatabaseUrl.h"
#include "Result.h"
#include "sql/SqlBuilder.h"

#include <QByteArrayView>
#include <QMutex>
#include <QSqlDatabase>
#include <QSqlQuery>

#include <functional>
#include <memory>

struct pg_cancel;
struct pg_conn;
struct pg_result;
struct sqlite3;

namespace pd::sql {

/// One row of a PostgreSQL text-format result as libpq holds it: each field is the UTF-8 text
/// PostgreSQL prints for the value (booleans "t"/"f"). Valid only during the sink call that
/// receives it (SqlSession::pgForEachTextRow).
class PgTextRow
{
public:
    explicit PgTextRow(const pg_result* result)
        : m_result(result)
    {}
    /// Number of columns.
    int size() const;
    /// True for SQL NULL (value() is then empty).
    bool isNull(int column) const;
    /// The field's text, not NUL-terminated by contract (libpq does terminate it).
    QByteArrayView value(int column) const;

private:
    const pg_result* m_result;
};

/// One open database connection and what is needed to use it safely from one thread.
///
/// Qt requires a QSqlDatabase to stay on the thread that opened it, so a session is created,
/// used and destroyed on one worker thread. Only interrupt() may be called from another thread.
class SqlSession
{
    Q_DECLARE_TR_FUNCTIONS(SqlSession)

public:
    /// Opens a connection named `connectionName` (unique per thread) to `url`. Errors say
    /// whether the host was unreachable, authentication failed, the certificate was refused,
    /// or the database does not exist.
    static Result<std::unique_ptr<SqlSession>> open(const DatabaseUrl& url, const QString& connectionName);
    ~SqlSession();
    SqlSession(const SqlSession&) = delete;
    SqlSession& operator=(const SqlSession&) = delete;

    QSqlDatabase& database() { return m_db; }
    Dialect dialect() const { return m_url.dialect; }
    const DatabaseUrl& url() const { return m_url; }

    /// Prepares and runs `statement` on a forward-only query (QPSQL streams such results).
    /// On failure sets `error` (if given) to a classified Error and returns false.
    bool exec(QSqlQuery& query, const SqlBuilder& statement, Error* error = nullptr);

    /// Runs a statement that returns at most one row with one column; an invalid QVariant when
    /// there is no row.
    Result<QVariant> scalar(const SqlBuilder& statement);

    /// PostgreSQL only: runs a statement through libpq's PQexecParams, so the values are bound
    /// on the server (QPSQL's PREPARE cannot carry EXPLAIN), and returns the first row's first
    /// column as text.
    Result<QString> pgScalarText(const SqlBuilder& statement);

    /// PostgreSQL only: runs `statement` with its values bound (PQsendQueryParams) and hands
    /// each row to `sink` as it arrives (libpq single-row mode, text format), without a
    /// QVariant per value; for streaming big results such as CSV export. `sink` returns false
    /// to stop: the statement is cancelled on the server and the rows delivered so far are
    /// returned (not an error). `what` names the action for error messages.
    Result<qint64> pgForEachTextRow(const SqlBuilder& statement, const std::function<bool(const PgTextRow&)>& sink,
                                    const QString& what);

    /// Begins a transaction (SQLite: BEGIN IMMEDIATE, so writers queue instead of failing late).
    /// Inside an open transaction it sets a savepoint instead, so that an operation can run
    /// inside a caller's transaction (paydesk-server keeps an Idempotency-Key with the change it
    /// made, docs/SECURITY.md): commit() then releases it and rollback() returns to it. At most
    /// 8 levels.
    Result<Done> begin();
    /// Commits (or releases the innermost savepoint); a false return from the driver (as after
    /// the server killed the backend) is an error even when the driver's error text is empty
    /// (docs/TESTING.md).
    Result<Done> commit();
    /// Rolls back the innermost level if a transaction is open; never fails loudly.
    void rollback();
    /// True while a transaction begun with begin() is open.
    bool inTransaction() const { return m_depth > 0; }

    /// Turns a driver error into an Error with a message for people; `what` names the action
    /// ("loading payments"). Also notices a lost connection (see isBroken()).
    Error classify(const QSqlError& error, const QString& what);

    /// Asks the server to cancel the statement running now (PQcancel / sqlite3_interrupt).
    /// Thread-safe; harmless when nothing runs.
    void interrupt();

    /// The libpq connection under QPSQL, or null for SQLite. For COPY and cancellation; never
    /// run a statement on it while a QSqlQuery on this session is active.
    pg_conn* pgConnection() const;
    /// The sqlite3 handle under QSQLITE, or null for PostgreSQL.
    sqlite3* sqliteConnection() const;

    /// True once the connection is known to be unusable; the owner should open a new session.
    bool isBroken() const { return m_broken; }

    /// Who makes changes through this session, for audit_log: the PostgreSQL role
    /// (current_user), or the operating-system user for SQLite files.
    const QString& actor() const { return m_actor; }

    /// PostgreSQL only: acts as the staff login `login` until endActing() (SET ROLE through
    /// set_config('role', ?), so the value is bound): grants, row-level security and actor()
    /// are the login's. Used by paydesk-server for every request; needs membership in the login
    /// (migration 006, paydesk_service). Permission when the session's account may not.
    Result<Done> actAs(const QString& login);
    /// Returns to the session's own account (role "none", as RESET ROLE) and actor. When this
    /// fails the session must not be used again.
    Result<Done> endActing();

    /// The sentence a PL/pgSQL RAISE (or PostgreSQL) wrote after "ERROR:" in a driver's error
    /// text, trimmed; empty when there is none.
    static QString raisedMessage(const QString& driverText);
    /// The current time as the canonical UTC text both dialects store and compare:
    /// "YYYY-MM-DDTHH:MM:SS.ffffffZ".
    static QString nowText();

private:
    SqlSession(DatabaseUrl url, QString connectionName);
    void captureNativeHandles();
    /// Classifies a failed libpq result by its SQLSTATE and message (see classify()).
    Error classifyPgResult(const pg_result* result, const QString& what);

    DatabaseUrl m_url;
    QString m_connectionName;
    QSqlDatabase m_db;
    QString m_actor;
    QString m_ownActor;
    bool m_broken = false;
    int m_depth = 0; ///< open begin() levels: 1 the transaction, more are savepoints
    QMutex m_interruptMutex;
    pg_cancel* m_pgCancel = nullptr;
    sqlite3* m_sqlite = nullptr;
};

/// Classifies the error of a failed connection attempt (libpq's message, SQLite's open error).
Error classifyConnectError(const QSqlError& error, const DatabaseUrl& url);

} // namespace pd::sql
