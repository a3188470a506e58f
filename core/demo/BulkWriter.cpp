#include "demo/BulkWriter.h"

#include "sql/SqlSession.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

#include <libpq-fe.h>
#include <sqlite3.h>

namespace pd::demo {

namespace {
struct BulkWriterText
{
    Q_DECLARE_TR_FUNCTIONS(pd::demo::BulkWriter)
};

/// COPY FROM STDIN in text format: tab-separated, \N for NULL, backslash escapes.
class PgCopyWriter final : public BulkWriter
{
public:
    /// Marks the session as a bulk load (migration 014): the owner's rows written while the
    /// writer lives are demo data, not audited one by one.
    explicit PgCopyWriter(PGconn* conn)
        : m_conn(conn)
    {
        m_buffer.reserve(kFlushAt + 4096);
        PQclear(PQexec(m_conn, "SELECT set_config('paydesk.bulk_load', 'on', false)")); // sql-binding: fixed text
    }
    ~PgCopyWriter() override
    {
        PQclear(PQexec(m_conn, "RESET paydesk.bulk_load")); // sql-binding: fixed text
    }
    PgCopyWriter(const PgCopyWriter&) = delete;
    PgCopyWriter& operator=(const PgCopyWriter&) = delete;

    Result<Done> begin(const char* table, const std::vector<const char*>& columns) override
    {
        sql::SqlBuilder statement("COPY ");
        statement.sql(table).sql(" (");
        for (size_t i = 0; i < columns.size(); ++i) {
            statement.sql(i ? ", " : "").sql(columns[i]);
        }
        statement.sql(") FROM STDIN");
        PGresult* result = PQexec(m_conn, statement.text().toUtf8().constData());
        const bool ok = PQresultStatus(result) == PGRES_COPY_IN;
        const QString message = QString::fromUtf8(PQresultErrorMessage(result));
        PQclear(result);
        if (!ok) {
            return Error(Error::Kind::Database,
                         BulkWriterText::tr("PostgreSQL refused to start loading %1.").arg(QLatin1String(table)),
                         message);
        }
        m_table = QLatin1String(table);
        m_rows = 0;
        m_first = true;
        return Done{};
    }

    void add(qint64 value) override
    {
        separator();
        m_buffer += QByteArray::number(value);
    }
    void add(const QString& text) override
    {
        separator();
        const QByteArray utf8 = text.toUtf8();
        for (char c : utf8) {
            switch (c) {
            case '\\':
                m_buffer += "\\\\";
                break;
            case '\t':
                m_buffer += "\\t";
                break;
            case '\n':
                m_buffer += "\\n";
                break;
            case '\r':
                m_buffer += "\\r";
                break;
            default:
                m_buffer += c;
            }
        }
    }
    void addBytes(const QByteArray& bytes) override
    {
        separator();
        m_buffer += "\\\\x"; // bytea hex input "\x..." with the backslash escaped for COPY text
        m_buffer += bytes.toHex();
    }
    void addLatin1(const char* text) override
    {
        separator();
        m_buffer += text; // program literals: no tabs, newlines or backslashes
    }
    void addBool(bool value) override
    {
        separator();
        m_buffer += value ? 't' : 'f';
    }
    void addNull() override
    {
        separator();
        m_buffer += "\\N";
    }

    Result<Done> endRow() override
    {
        m_buffer += '\n';
        m_first = true;
        ++m_rows;
        if (m_buffer.size() >= kFlushAt) {
            return flush();
        }
        return Done{};
    }

    Result<Done> finish() override
    {
        auto flushed = flush();
        if (!flushed.ok()) {
            PQputCopyEnd(m_conn, "aborted");
            drainResults();
            return flushed;
        }
        if (PQputCopyEnd(m_conn, nullptr) != 1) {
            return Error(Error::Kind::Connection,
                         BulkWriterText::tr("The connection failed while loading %1.").arg(m_table),
                         QString::fromUtf8(PQerrorMessage(m_conn)));
        }
        const QString error = drainResults();
        if (!error.isEmpty()) {
            return Error(Error::Kind::Database, BulkWriterText::tr("PostgreSQL refused the rows for %1.").arg(m_table),
                         error);
        }
        return Done{};
    }

private:
    static constexpr int kFlushAt = 1 << 20;

    void separator()
    {
        if (!m_first) {
            m_buffer += '\t';
        }
        m_first = false;
    }

    Result<Done> flush()
    {
        if (m_buffer.isEmpty()) {
            return Done{};
        }
        if (PQputCopyData(m_conn, m_buffer.constData(), int(m_buffer.size())) != 1) {
            return Error(Error::Kind::Connection,
                         BulkWriterText::tr("The connection failed while loading %1.").arg(m_table),
                         QString::fromUtf8(PQerrorMessage(m_conn)));
        }
        m_buffer.clear();
        return Done{};
    }

    QString drainResults()
    {
        QString error;
        while (PGresult* result = PQgetResult(m_conn)) {
            if (PQresultStatus(result) != PGRES_COMMAND_OK) {
                error = QString::fromUtf8(PQresultErrorMessage(result));
            }
            PQclear(result);
        }
        return error;
    }

    PGconn* m_conn;
    QByteArray m_buffer;
    QString m_table;
    bool m_first = true;
};

/// One prepared INSERT, executed per row inside the caller's transaction, through the sqlite3
/// C API on the connection's own handle (Qt's per-row binding costs more than SQLite's insert).
class SqliteInsertWriter final : public BulkWriter
{
public:
    explicit SqliteInsertWriter(sqlite3* db)
        : m_db(db)
    {}
    ~SqliteInsertWriter() override { finalize(); }

    Result<Done> begin(const char* table, const std::vector<const char*>& columns) override
    {
        finalize();
        sql::SqlBuilder statement("INSERT INTO ");
        statement.sql(table).sql(" (");
        for (size_t i = 0; i < columns.size(); ++i) {
            statement.sql(i ? ", " : "").sql(columns[i]);
        }
        statement.sql(") VALUES (");
        for (size_t i = 0; i < columns.size(); ++i) {
            statement.sql(i ? ", ?" : "?");
        }
        statement.sql(")");
        const QByteArray text = statement.text().toUtf8();
        if (sqlite3_prepare_v2(m_db, text.constData(), int(text.size()), &m_statement, nullptr) != SQLITE_OK) {
            return error(BulkWriterText::tr("preparing to load %1").arg(QLatin1String(table)));
        }
        m_table = QLatin1String(table);
        m_rows = 0;
        m_column = 0;
        return Done{};
    }

    void add(qint64 value) override { sqlite3_bind_int64(m_statement, ++m_column, value); }
    void add(const QString& text) override
    {
        const QByteArray utf8 = text.toUtf8();
        sqlite3_bind_text(m_statement, ++m_column, utf8.constData(), int(utf8.size()), SQLITE_TRANSIENT);
    }
    void addLatin1(const char* text) override
    {
        sqlite3_bind_text(m_statement, ++m_column, text, -1, SQLITE_TRANSIENT);
    }
    void addBool(bool value) override { sqlite3_bind_int(m_statement, ++m_column, value ? 1 : 0); }
    void addBytes(const QByteArray& bytes) override
    {
        sqlite3_bind_blob(m_statement, ++m_column, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    }
    void addNull() override { sqlite3_bind_null(m_statement, ++m_column); }

    Result<Done> endRow() override
    {
        m_column = 0;
        const int rc = sqlite3_step(m_statement);
        sqlite3_reset(m_statement);
        if (rc != SQLITE_DONE) {
            return error(BulkWriterText::tr("loading %1").arg(m_table));
        }
        ++m_rows;
        return Done{};
    }

    Result<Done> finish() override
    {
        finalize();
        return Done{};
    }

private:
    void finalize()
    {
        if (m_statement) {
            sqlite3_finalize(m_statement);
            m_statement = nullptr;
        }
    }

    Error error(const QString& what)
    {
        const int code = sqlite3_extended_errcode(m_db);
        const QString message = QString::fromUtf8(sqlite3_errmsg(m_db));
        if ((code & 0xff) == SQLITE_CONSTRAINT) {
            return Error(Error::Kind::Invalid, BulkWriterText::tr("The database refused a row while %1.").arg(what),
                         message);
        }
        if ((code & 0xff) == SQLITE_INTERRUPT) {
            return Error(Error::Kind::Cancelled, BulkWriterText::tr("Loading was interrupted."), message);
        }
        return Error(Error::Kind::Database, BulkWriterText::tr("SQLite failed while %1.").arg(what), message);
    }

    sqlite3* m_db;
    sqlite3_stmt* m_statement = nullptr;
    QString m_table;
    int m_column = 0;
};
} // namespace

std::unique_ptr<BulkWriter> BulkWriter::create(sql::SqlSession& session)
{
    if (PGconn* conn = session.pgConnection()) {
        return std::make_unique<PgCopyWriter>(conn);
    }
    if (sqlite3* db = session.sqliteConnection()) {
        return std::make_unique<SqliteInsertWriter>(db);
    }
    return nullptr;
}

} // namespace pd::demo
