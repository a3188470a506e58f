#include "sql/SqlSession.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QThread>

#include <libpq-fe.h>
#include <sqlite3.h>

#include <algorithm>
#include <optional>
#include <vector>

namespace pd::sql {

namespace {

/// Quotes a libpq connection-string value: single quotes, with \ and ' escaped.
QString conninfoValue(const QString& value)
{
    QString escaped = value;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"));
    escaped.replace(QLatin1Char('\''), QStringLiteral("\\'"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

/// QPSQL reports its handle as "PGconn*" or, in Qt 6.4, as the struct's own name "pg_conn*".
PGconn* pgHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.isValid() ? db.driver()->handle() : QVariant();
    if (handle.isValid() &&
        (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0)) {
        return *static_cast<PGconn* const*>(handle.constData());
    }
    return nullptr;
}

sqlite3* sqliteHandle(const QSqlDatabase& db)
{
    const QVariant handle = db.isValid() ? db.driver()->handle() : QVariant();
    if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        return *static_cast<sqlite3* const*>(handle.constData());
    }
    return nullptr;
}
} // namespace

SqlSession::SqlSession(DatabaseUrl url, QString connectionName)
    : m_url(std::move(url))
    , m_connectionName(std::move(connectionName))
{}

SqlSession::~SqlSession()
{
    {
        QMutexLocker lock(&m_interruptMutex);
        if (m_pgCancel) {
            PQfreeCancel(m_pgCancel);
            m_pgCancel = nullptr;
        }
        m_sqlite = nullptr;
    }
    if (m_db.isOpen()) {
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<std::unique_ptr<SqlSession>> SqlSession::open(const DatabaseUrl& url, const QString& connectionName)
{
    std::unique_ptr<SqlSession> session(new SqlSession(url, connectionName));
    if (url.dialect == Dialect::PostgreSQL) {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QPSQL"))) {
            return Error(Error::Kind::Internal,
                         SqlSession::tr("The PostgreSQL driver for Qt (QPSQL) is not installed; install "
                                        "the package libqt6sql6-psql."));
        }
        if (url.sslRootCert.contains(QLatin1Char(';'))) {
            return Error(Error::Kind::Invalid, SqlSession::tr("The root certificate path may not contain ';'."));
        }
        session->m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
        session->m_db.setHostName(url.host);
        session->m_db.setPort(url.port);
        session->m_db.setDatabaseName(url.database);
        session->m_db.setUserName(url.user);
        if (!url.password.isEmpty()) {
            session->m_db.setPassword(url.password);
        }
        QStringList options;
        options << QStringLiteral("sslmode=") + conninfoValue(url.effectiveSslMode());
        if (!url.sslRootCert.isEmpty()) {
            options << QStringLiteral("sslrootcert=") + conninfoValue(url.sslRootCert);
        }
        options << QStringLiteral("connect_timeout=") + QString::number(url.connectTimeoutSeconds);
        options << QStringLiteral("application_name=paydesk");
        session->m_db.setConnectOptions(options.join(QLatin1Char(';')));
    } else {
        if (!QSqlDatabase::isDriverAvailable(QStringLiteral("QSQLITE"))) {
            return Error(Error::Kind::Internal,
                         SqlSession::tr("The SQLite driver for Qt (QSQLITE) is not installed; install "
                                        "the package libqt6sql6-sqlite."));
        }
        if (!url.mayCreate && !QFileInfo(url.path).isFile()) {
            return Error(Error::Kind::NotFound,
                         SqlSession::tr("There is no SQLite database at %1. Check the path, or create one with "
                                        "paydesk --init-db sqlite:%1.")
                             .arg(url.path));
        }
        session->m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        session->m_db.setDatabaseName(url.path);
        session->m_db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    }
    if (!session->m_db.open()) {
        return classifyConnectError(session->m_db.lastError(), url);
    }
    session->captureNativeHandles();

    QSqlQuery setup(session->m_db);
    if (url.dialect == Dialect::SQLite) {
        for (const char* pragma :
             {"PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL"}) {
            // Switching a new file to WAL needs the file to itself: while another connection
            // does the same (two programs opening a fresh file), SQLite answers "database is
            // locked" at once instead of waiting, so wait here (up to 10 s, as for statements).
            bool done = false;
            for (int attempt = 0; attempt < 100 && !done; ++attempt) {
                done = setup.exec(QLatin1String(pragma)); // sql-binding: from the fixed list above
                if (!done && !setup.lastError().text().contains(QLatin1String("locked"))) {
                    break;
                }
                if (!done) {
                    QThread::msleep(100);
                }
            }
            if (!done) {
                return classifyConnectError(setup.lastError(), url);
            }
        }
        session->m_actor = qEnvironmentVariable("USER", QStringLiteral("local"));
    } else {
        // Every session speaks UTC so that timestamps cross the wire the same way for every user.
        if (!setup.exec(QStringLiteral("SET TIME ZONE 'UTC'"))) {
            return classifyConnectError(setup.lastError(), url);
        }
        // No JIT: Paydesk's statements are indexed pages and lookups, whose planner costs can
        // pass jit_above_cost while they run in milliseconds; compiling took 30 ms of a 50 ms
        // search on 5M payments (docs/PERFORMANCE.md, "Search and sort"). A server without JIT
        // (before PostgreSQL 11) refuses the setting; that is the same thing.
        setup.exec(QStringLiteral("SET jit = off"));
        if (setup.exec(QStringLiteral("SELECT current_user")) && setup.next()) {
            session->m_actor = setup.value(0).toString();
        }
    }
    session->m_ownActor = session->m_actor;
    return session;
}

Result<Done> SqlSession::actAs(const QString& login)
{
    if (dialect() != Dialect::PostgreSQL) {
        return Error(Error::Kind::Invalid, tr("Acting as a staff member needs PostgreSQL."));
    }
    QSqlQuery query(m_db);
    Error error;
    if (!exec(query, SqlBuilder("SELECT set_config('role', ").bind(login).sql(", false)"), &error)) {
        if (error.kind == Error::Kind::Database) {
            error.kind = Error::Kind::Permission;
        }
        return error;
    }
    m_actor = login;
    return Done{};
}

Result<Done> SqlSession::endActing()
{
    m_actor = m_ownActor;
    if (dialect() != Dialect::PostgreSQL) {
        return Done{};
    }
    QSqlQuery query(m_db);
    Error error;
    // RESET ROLE cannot be prepared (QPSQL prepares every statement): set_config takes "none".
    if (!exec(query, SqlBuilder("SELECT set_config('role', 'none', false)"), &error)) {
        return error;
    }
    return Done{};
}

void SqlSession::captureNativeHandles()
{
    QMutexLocker lock(&m_interruptMutex);
    if (PGconn* conn = pgHandle(m_db)) {
        m_pgCancel = PQgetCancel(conn);
    }
    m_sqlite = sqliteHandle(m_db);
}

pg_conn* SqlSession::pgConnection() const
{
    return pgHandle(m_db);
}

sqlite3* SqlSession::sqliteConnection() const
{
    return sqliteHandle(m_db);
}

void SqlSession::interrupt()
{
    QMutexLocker lock(&m_interruptMutex);
    if (m_pgCancel) {
        char message[256];
        PQcancel(m_pgCancel, message, sizeof message);
    }
    if (m_sqlite) {
        sqlite3_interrupt(m_sqlite);
    }
}

bool SqlSession::exec(QSqlQuery& query, const SqlBuilder& statement, Error* error)
{
    query = QSqlQuery(m_db);
    query.setForwardOnly(true);
    if (!query.prepare(statement.text())) {
        if (error) {
            *error = classify(query.lastError(), SqlSession::tr("preparing a query"));
        }
        return false;
    }
    for (const QVariant& value : statement.values()) {
        query.addBindValue(value);
    }
    if (!query.exec()) {
        if (error) {
            *error = classify(query.lastError(), SqlSession::tr("running a query"));
        }
        return false;
    }
    return true;
}

Result<QVariant> SqlSession::scalar(const SqlBuilder& statement)
{
    QSqlQuery query;
    Error error;
    if (!exec(query, statement, &error)) {
        return error;
    }
    if (!query.next()) {
        return QVariant();
    }
    return query.value(0);
}

namespace {
/// The values of `statement` as libpq text parameters (NULL as a null pointer, booleans "t"/"f").
struct PgParams
{
    explicit PgParams(const SqlBuilder& statement)
    {
        storage.reserve(size_t(statement.values().size()));
        for (const QVariant& v : statement.values()) {
            if (v.isNull()) {
                values.push_back(nullptr);
                continue;
            }
            if (v.typeId() == QMetaType::Bool) {
                storage.push_back(v.toBool() ? QByteArrayLiteral("t") : QByteArrayLiteral("f"));
            } else {
                storage.push_back(v.toString().toUtf8());
            }
            values.push_back(storage.back().constData());
        }
    }
    std::vector<QByteArray> storage;
    std::vector<const char*> values;
};
} // namespace

int PgTextRow::size() const
{
    return PQnfields(m_result);
}

bool PgTextRow::isNull(int column) const
{
    return PQgetisnull(m_result, 0, column) != 0;
}

QByteArrayView PgTextRow::value(int column) const
{
    return QByteArrayView(PQgetvalue(m_result, 0, column), PQgetlength(m_result, 0, column));
}

Error SqlSession::classifyPgResult(const pg_result* result, const QString& what)
{
    const QString message = QString::fromUtf8(PQresultErrorMessage(result));
    const char* state = PQresultErrorField(result, PG_DIAG_SQLSTATE);
    return classify(QSqlError(message, message, QSqlError::StatementError, QString::fromLatin1(state ? state : "")),
                    what);
}

Result<QString> SqlSession::pgScalarText(const SqlBuilder& statement)
{
    PGconn* conn = pgHandle(m_db);
    if (!conn) {
        return Error(Error::Kind::Internal, SqlSession::tr("This query needs a PostgreSQL connection."));
    }
    const QByteArray text = statement.textWithNumberedPlaceholders().toUtf8();
    PgParams params(statement);
    PGresult* result = PQexecParams(conn, text.constData(), // sql-binding: SqlBuilder text, each ? made $n
                                    int(params.values.size()), nullptr, params.values.data(), nullptr, nullptr, 0);
    if (PQresultStatus(result) != PGRES_TUPLES_OK) {
        Error error = classifyPgResult(result, SqlSession::tr("estimating the row count"));
        PQclear(result);
        return error;
    }
    QString value;
    if (PQntuples(result) > 0 && PQnfields(result) > 0) {
        value = QString::fromUtf8(PQgetvalue(result, 0, 0));
    }
    PQclear(result);
    return value;
}

Result<qint64> SqlSession::pgForEachTextRow(const SqlBuilder& statement,
                                            const std::function<bool(const PgTextRow&)>& sink, const QString& what)
{
    PGconn* conn = pgHandle(m_db);
    if (!conn) {
        return Error(Error::Kind::Internal, SqlSession::tr("This query needs a PostgreSQL connection."));
    }
    const QByteArray text = statement.textWithNumberedPlaceholders().toUtf8();
    PgParams params(statement);
    if (!PQsendQueryParams(conn, text.constData(), // sql-binding: SqlBuilder text, each ? made $n
                           int(params.values.size()), nullptr, params.values.data(), nullptr, nullptr, 0)) {
        const QString message = QString::fromUtf8(PQerrorMessage(conn));
        return classify(QSqlError(message, message, QSqlError::StatementError), what);
    }
    PQsetSingleRowMode(conn);
    qint64 rows = 0;
    bool stopped = false;
    std::optional<Error> failure;
    // Every result must be read, even after a stop or an error, before the connection is free.
    while (PGresult* result = PQgetResult(conn)) {
        const ExecStatusType status = PQresultStatus(result);
        if (status == PGRES_SINGLE_TUPLE && !stopped && !failure) {
            ++rows;
            if (!sink(PgTextRow(result))) {
                stopped = true;
                interrupt();
            }
        } else if (status != PGRES_SINGLE_TUPLE && status != PGRES_TUPLES_OK && !stopped && !failure) {
            failure = classifyPgResult(result, what);
        }
        PQclear(result);
    }
    if (failure) {
        return *failure;
    }
    return rows;
}

namespace {
/// The savepoint of nesting level `depth` (2..9): fixed names, no text from outside.
QString savepointName(int depth)
{
    static const char* const names[] = {"pd_sp2", "pd_sp3", "pd_sp4", "pd_sp5", "pd_sp6", "pd_sp7", "pd_sp8", "pd_sp9"};
    return QString::fromLatin1(names[std::clamp(depth, 2, 9) - 2]);
}
} // namespace

Result<Done> SqlSession::begin()
{
    QSqlQuery query(m_db);
    if (m_depth > 0) {
        if (m_depth >= 8) {
            return Error(Error::Kind::Internal, SqlSession::tr("Transactions are nested too deeply."));
        }
        // sql-binding: a fixed savepoint name from savepointName()
        if (!query.exec(QStringLiteral("SAVEPOINT ") + savepointName(m_depth + 1))) {
            return classify(query.lastError(), SqlSession::tr("starting a transaction"));
        }
        ++m_depth;
        return Done{};
    }
    const bool ok = m_url.dialect == Dialect::SQLite ? query.exec(QStringLiteral("BEGIN IMMEDIATE"))
                                                     : query.exec(QStringLiteral("BEGIN"));
    if (!ok) {
        return classify(query.lastError(), SqlSession::tr("starting a transaction"));
    }
    m_depth = 1;
    return Done{};
}

Result<Done> SqlSession::commit()
{
    QSqlQuery query(m_db);
    if (m_depth > 1) {
        // sql-binding: a fixed savepoint name from savepointName()
        const bool released = query.exec(QStringLiteral("RELEASE SAVEPOINT ") + savepointName(m_depth));
        if (!released) {
            Error error = classify(query.lastError(), SqlSession::tr("saving the change"));
            rollback();
            return error;
        }
        --m_depth;
        return Done{};
    }
    const bool ok = query.exec(QStringLiteral("COMMIT"));
    m_depth = 0;
    if (!ok) {
        Error error = classify(query.lastError(), SqlSession::tr("saving the change"));
        if (error.message.isEmpty()) {
            error = Error(Error::Kind::Connection,
                          SqlSession::tr("The database did not confirm the change; nothing was saved. "
                                         "Check the connection and try again."));
        }
        rollback();
        return error;
    }
    if (PGconn* conn = pgHandle(m_db); conn && PQstatus(conn) == CONNECTION_BAD) {
        m_broken = true;
        return Error(Error::Kind::Connection,
                     SqlSession::tr("The connection to the database was lost while saving; nothing "
                                    "was saved. Check the connection and try again."));
    }
    return Done{};
}

void SqlSession::rollback()
{
    QSqlQuery query(m_db);
    if (m_depth > 1) {
        // sql-binding: a fixed savepoint name from savepointName()
        query.exec(QStringLiteral("ROLLBACK TO SAVEPOINT ") + savepointName(m_depth));
        query.exec(QStringLiteral("RELEASE SAVEPOINT ") + savepointName(m_depth)); // sql-binding: as above
        --m_depth;
        return;
    }
    query.exec(QStringLiteral("ROLLBACK"));
    m_depth = 0;
}

Error SqlSession::classify(const QSqlError& error, const QString& what)
{
    const QString native = error.nativeErrorCode();
    const QString text = error.text();
    const QString detail = text.trimmed();

    if (PGconn* conn = pgHandle(m_db); conn && PQstatus(conn) == CONNECTION_BAD) {
        m_broken = true;
    }
    if (m_url.dialect == Dialect::PostgreSQL) {
        if (native == QLatin1String("57014")) {
            return Error(Error::Kind::Cancelled, SqlSession::tr("The query was cancelled."), detail);
        }
        if (m_broken || native.startsWith(QLatin1String("08")) || native == QLatin1String("57P01") ||
            native == QLatin1String("57P02") || native == QLatin1String("57P03") ||
            text.contains(QLatin1String("server closed the connection")) ||
            text.contains(QLatin1String("terminating connection")) || text.contains(QLatin1String("no connection"))) {
            m_broken = true;
            return Error(
                Error::Kind::Connection,
                SqlSession::tr("The connection to the database was lost while %1; nothing was changed. Paydesk will "
                               "reconnect on the next request.")
                    .arg(what),
                detail);
        }
        // The guard triggers and functions (migrations 005, 009) explain a refusal in words written
        // for the user (P0001, or 42501 when the role may not): pass them on.
        const QString raisedText = raisedMessage(text);
        if (native == QLatin1String("P0001") && !raisedText.isEmpty()) {
            return Error(Error::Kind::Invalid, raisedText, detail);
        }
        if (native == QLatin1String("42501") && !raisedText.isEmpty() &&
            !raisedText.startsWith(QLatin1String("permission denied"))) {
            return Error(Error::Kind::Permission, raisedText, detail);
        }
        if (native == QLatin1String("42501")) {
            return Error(
                Error::Kind::Permission,
                SqlSession::tr("Your database role may not do this (%1). Ask an administrator for the permission.")
                    .arg(what),
                detail);
        }
        if (native == QLatin1String("40001") || native == QLatin1String("40P01") || native == QLatin1String("55P03")) {
            return Error(Error::Kind::Conflict,
                         SqlSession::tr("Someone else was changing the same rows; nothing was changed. Try again."),
                         detail);
        }
        if (native.startsWith(QLatin1String("23"))) {
            return Error(Error::Kind::Invalid,
                         SqlSession::tr("The database refused the values (%1); nothing was changed.").arg(what),
                         detail);
        }
        if (native.startsWith(QLatin1String("22"))) {
            return Error(Error::Kind::Invalid, SqlSession::tr("A value has the wrong form (%1).").arg(what), detail);
        }
    } else {
        const int code = native.toInt();
        const int primary = code & 0xff;
        if (primary == SQLITE_INTERRUPT) {
            return Error(Error::Kind::Cancelled, SqlSession::tr("The query was cancelled."), detail);
        }
        if (primary == SQLITE_BUSY || primary == SQLITE_LOCKED) {
            return Error(
                Error::Kind::Conflict,
                SqlSession::tr("The database file is busy with another change; nothing was changed. Try again."),
                detail);
        }
        if (primary == SQLITE_CONSTRAINT) {
            return Error(Error::Kind::Invalid,
                         SqlSession::tr("The database refused the values (%1); nothing was changed.").arg(what),
                         detail);
        }
        if (primary == SQLITE_READONLY || primary == SQLITE_PERM || primary == SQLITE_AUTH) {
            return Error(Error::Kind::Permission,
                         SqlSession::tr("The database file cannot be written (%1). Check its permissions.").arg(what),
                         detail);
        }
    }
    return Error(Error::Kind::Database, SqlSession::tr("The database reported an error while %1.").arg(what), detail);
}

QString SqlSession::raisedMessage(const QString& driverText)
{
    static const QRegularExpression raised(QStringLiteral("ERROR:\\s+([^\\n]+)"));
    return raised.match(driverText).captured(1).trimmed();
}

QString SqlSession::nowText()
{
    return QDateTime::currentDateTimeUtc().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz")) + QStringLiteral("000Z");
}

Error classifyConnectError(const QSqlError& error, const DatabaseUrl& url)
{
    const QString text = error.text();
    const QString detail = text.trimmed();
    auto has = [&text](const char* needle) { return text.contains(QLatin1String(needle), Qt::CaseInsensitive); };

    if (url.dialect == Dialect::SQLite) {
        return Error(
            Error::Kind::Connection,
            SqlSession::tr("Cannot open the database file %1. Check that the folder exists and that you may write "
                           "to it.")
                .arg(url.path),
            detail);
    }
    const QString where = url.host + QLatin1Char(':') + QString::number(url.port);
    if (has("password authentication failed") || has("no password supplied") || has("authentication failed") ||
        has("password is required") || (has("role \"") && has("does not exist"))) {
        return Error(
            Error::Kind::Authentication,
            SqlSession::tr("The server at %1 refused the user name or password. Check them and try again.").arg(where),
            detail);
    }
    if (has("certificate") || has("SSL") || has("TLS")) {
        if (has("does not match host name") || has("does not match")) {
            return Error(
                Error::Kind::Tls,
                SqlSession::tr("The server's certificate is not for the host name %1, so the connection was refused. "
                               "Connect with the name the certificate was issued for.")
                    .arg(url.host),
                detail);
        }
        if (has("root certificate file") && has("does not exist")) {
            return Error(
                Error::Kind::Tls,
                SqlSession::tr("No root certificate was given to check the server with. Choose the CA certificate "
                               "file of your database server in the connection settings."),
                detail);
        }
        if (has("server does not support SSL")) {
            return Error(
                Error::Kind::Tls,
                SqlSession::tr("The server at %1 does not offer an encrypted connection, and this profile requires "
                               "one.")
                    .arg(where),
                detail);
        }
        return Error(
            Error::Kind::Tls,
            SqlSession::tr("The server's certificate was refused: it is not signed by the chosen root certificate. "
                           "Check the CA file in the connection settings."),
            detail);
    }
    if (has("database \"") && has("does not exist")) {
        return Error(
            Error::Kind::NotFound,
            SqlSession::tr("The server at %1 has no database named \"%2\". Check the name, or create it first.")
                .arg(where, url.database),
            detail);
    }
    if (has("timeout expired")) {
        return Error(
            Error::Kind::Timeout,
            SqlSession::tr("The server at %1 did not answer within %2 seconds. Check the host name and network.")
                .arg(where)
                .arg(url.connectTimeoutSeconds),
            detail);
    }
    return Error(
        Error::Kind::Connection,
        SqlSession::tr("Cannot reach the database server at %1. Check the host name and port, and that the server "
                       "is running.")
            .arg(where),
        detail);
}

} // namespace pd::sql
