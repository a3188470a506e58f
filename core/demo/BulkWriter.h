#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

#include <memory>
#include <vector>

namespace pd::sql {
class SqlSession;
}

namespace pd::demo {

/// Writes many rows into one table at a time, as fast as the dialect allows: PostgreSQL
/// `COPY ... FROM STDIN` (text format) on the connection's libpq handle, SQLite one prepared
/// INSERT executed per row. Table and column names come from the caller's fixed lists.
/// Values are appended field by field, then endRow(); the text forms are those both dialects
/// read back exactly (canonical timestamps, plain decimals).
class BulkWriter
{
public:
    virtual ~BulkWriter() = default;

    /// The writer for a session's dialect; the session must stay open while it is used and no
    /// other statement may run on it between begin() and finish().
    static std::unique_ptr<BulkWriter> create(sql::SqlSession& session);

    virtual Result<Done> begin(const char* table, const std::vector<const char*>& columns) = 0;
    virtual void add(qint64 value) = 0;
    virtual void add(const QString& text) = 0;
    virtual void addLatin1(const char* text) = 0;
    virtual void addBool(bool value) = 0;
    /// Binary data (PostgreSQL BYTEA, SQLite BLOB).
    virtual void addBytes(const QByteArray& bytes) = 0;
    virtual void addNull() = 0;
    virtual Result<Done> endRow() = 0;
    virtual Result<Done> finish() = 0;

    /// Rows written since begin().
    qint64 rowCount() const { return m_rows; }

protected:
    qint64 m_rows = 0;
};

} // namespace pd::demo
