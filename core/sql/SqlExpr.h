#pragma once

#include "DatabaseUrl.h"
#include "ListTypes.h"
#include "sql/SqlBuilder.h"

#include <QVariant>

namespace pd::sql {

/// to_char() pattern PostgreSQL prints canonical UTC timestamps with ("YYYY-MM-DDTHH:MM:SS.ffffffZ").
inline const char* pgTimestampFormat()
{
    return "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'";
}

/// Appends `expr` read as `type`: timestamps and dates as canonical text in PostgreSQL (SQLite
/// stores them so already), everything else as it is.
inline void emitTypedValue(SqlBuilder& b, const char* expr, ValueType type, Dialect dialect)
{
    if (dialect == Dialect::PostgreSQL && type == ValueType::Timestamp) {
        b.sql("to_char((").sql(expr).sql(") AT TIME ZONE 'UTC', ").sql(pgTimestampFormat()).sql(")");
        return;
    }
    if (dialect == Dialect::PostgreSQL && type == ValueType::Date) {
        b.sql("to_char(").sql(expr).sql(", 'YYYY-MM-DD')");
        return;
    }
    b.sql(expr);
}

/// Converts a raw driver value to the C++ type ValueType promises (see ListTypes.h); NULL
/// stays an invalid QVariant.
QVariant decodeValue(const QVariant& raw, ValueType type);

} // namespace pd::sql
