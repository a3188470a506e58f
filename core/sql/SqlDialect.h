#pragma once

#include "DatabaseUrl.h"
#include "ListTypes.h"
#include "sql/SqlBuilder.h"

#include <QVariant>

namespace pd::sql {

/// What differs between PostgreSQL and SQLite in the SQL Paydesk writes (docs/ARCHITECTURE.md,
/// "Dialects"), named once, so a query says what it means ("bind this instant", "days between")
/// instead of carrying both texts. Instants travel as canonical UTC text
/// ("YYYY-MM-DDTHH:MM:SS.ffffffZ"): PostgreSQL casts them to TIMESTAMPTZ, SQLite stores and
/// compares that text; dates are "YYYY-MM-DD" likewise. Every value is still bound.
class SqlDialect
{
public:
    /// The dialect object of a database kind.
    static const SqlDialect& of(Dialect dialect)
    {
        static const SqlDialect pg(Dialect::PostgreSQL);
        static const SqlDialect lite(Dialect::SQLite);
        return dialect == Dialect::PostgreSQL ? pg : lite;
    }

    Dialect dialect() const { return m_dialect; }
    bool isPostgres() const { return m_dialect == Dialect::PostgreSQL; }

    /// A fragment that exists in one form per dialect and belongs to one query only.
    const char* pick(const char* postgres, const char* sqlite) const { return isPostgres() ? postgres : sqlite; }

    /// Binds an instant given as canonical UTC text.
    void instant(SqlBuilder& b, const QVariant& canonical) const
    {
        if (isPostgres()) {
            b.sql("CAST(").bind(canonical).sql(" AS TIMESTAMPTZ)");
        } else {
            b.bind(canonical);
        }
    }
    /// Binds a calendar date ("YYYY-MM-DD" or a QDate).
    void date(SqlBuilder& b, const QVariant& day) const
    {
        if (isPostgres()) {
            b.sql("CAST(").bind(day).sql(" AS DATE)");
        } else {
            b.bind(day);
        }
    }
    /// Binds a JSON document given as compact text (NULL stays NULL).
    void json(SqlBuilder& b, const QVariant& text) const
    {
        if (isPostgres()) {
            b.sql("CAST(").bind(text).sql(" AS JSONB)");
        } else {
            b.bind(text);
        }
    }
    /// The current instant: the server's clock on PostgreSQL (several machines see the same
    /// claim expiry), this machine's clock as canonical text on SQLite.
    void now(SqlBuilder& b, const QString& nowText) const
    {
        if (isPostgres()) {
            b.sql("CURRENT_TIMESTAMP");
        } else {
            b.bind(nowText);
        }
    }
    /// The database's own clock as an expression (claims compared inside one statement).
    const char* clock() const { return pick("CURRENT_TIMESTAMP", "strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')"); }
    /// Appends `expr` read as `type`: timestamps and dates as canonical text (SQLite stores
    /// them so already), everything else as it is.
    void readValue(SqlBuilder& b, const char* expr, ValueType type) const
    {
        if (isPostgres() && type == ValueType::Timestamp) {
            b.sql("to_char((").sql(expr).sql(") AT TIME ZONE 'UTC', ").sql(timestampFormat()).sql(")");
        } else if (isPostgres() && type == ValueType::Date) {
            b.sql("to_char(").sql(expr).sql(", 'YYYY-MM-DD')");
        } else {
            b.sql(expr);
        }
    }
    /// Appends a keyset sort expression as the exact text a cursor carries: instants and dates
    /// as canonical text, NUMERIC keys as text (PostgreSQL); SQLite's values are that already.
    void sortKeyText(SqlBuilder& b, const SqlBuilder& sortExpr, ValueType type, bool numeric) const
    {
        if (isPostgres() && type == ValueType::Timestamp) {
            b.sql("to_char((").append(sortExpr).sql(") AT TIME ZONE 'UTC', ").sql(timestampFormat()).sql(")");
        } else if (isPostgres() && type == ValueType::Date) {
            b.sql("to_char(").append(sortExpr).sql(", 'YYYY-MM-DD')");
        } else if (isPostgres() && numeric) {
            b.sql("CAST(").append(sortExpr).sql(" AS TEXT)");
        } else {
            b.append(sortExpr);
        }
    }
    /// Binds a cursor's sort value (sortKeyText()'s form) as the sort expression's type.
    void sortKey(SqlBuilder& b, const QVariant& value, ValueType type, bool numeric) const
    {
        if (isPostgres() && type == ValueType::Timestamp) {
            instant(b, value);
        } else if (isPostgres() && type == ValueType::Date) {
            date(b, value);
        } else if (isPostgres() && numeric) {
            b.sql("CAST(").bind(value).sql(" AS NUMERIC)");
        } else {
            b.bind(value);
        }
    }
    /// now + `minutes` (see now()).
    void nowPlusMinutes(SqlBuilder& b, int minutes, const QString& laterText) const
    {
        if (isPostgres()) {
            b.sql("(CURRENT_TIMESTAMP + CAST(").bind(minutes).sql(" AS INTEGER) * INTERVAL '1 minute')");
        } else {
            b.bind(laterText);
        }
    }
    /// The local calendar day ("YYYY-MM-DD") or month ("YYYY-MM") of instant `expr` for a user
    /// `offsetSeconds` ahead of UTC.
    void localCalendar(SqlBuilder& b, const char* expr, int offsetSeconds, bool month) const
    {
        if (isPostgres()) {
            b.sql("to_char((").sql(expr).sql(") AT TIME ZONE 'UTC' + make_interval(secs => ").bind(offsetSeconds);
            b.sql(month ? "), 'YYYY-MM')" : "), 'YYYY-MM-DD')");
        } else {
            b.sql(month ? "strftime('%Y-%m', " : "strftime('%Y-%m-%d', ").sql(expr).sql(", ");
            b.bind(QStringLiteral("%1%2 seconds")
                       .arg(offsetSeconds < 0 ? QString() : QStringLiteral("+"))
                       .arg(offsetSeconds));
            b.sql(")");
        }
    }
    /// Whole days from the date `earlier` to the date `later` (an expression or a bound date).
    void daysBetween(SqlBuilder& b, const SqlBuilder& later, const char* earlier) const
    {
        if (isPostgres()) {
            b.sql("(").append(later).sql(" - ").sql(earlier).sql(")");
        } else {
            b.sql("CAST(julianday(").append(later).sql(") - julianday(").sql(earlier).sql(") AS INTEGER)");
        }
    }
    /// Whole minutes from the instant `earlier` to the instant `later`.
    void minutesBetween(SqlBuilder& b, const char* later, const char* earlier) const
    {
        if (isPostgres()) {
            b.sql("CAST(FLOOR(EXTRACT(EPOCH FROM (").sql(later).sql(" - ").sql(earlier).sql(")) / 60) AS BIGINT)");
        } else {
            b.sql("CAST((julianday(").sql(later).sql(") - julianday(").sql(earlier).sql(")) * 1440 AS INTEGER)");
        }
    }
    /// A NUMERIC with two decimals (a risk score 0.00-9.99) as integer hundredths; SQLite keeps
    /// it as a float, so it is rounded there.
    void hundredths(SqlBuilder& b, const char* expr) const
    {
        b.sql(isPostgres() ? "CAST(" : "CAST(round(")
            .sql(expr)
            .sql(isPostgres() ? " * 100 AS INTEGER)" : " * 100) AS INTEGER)");
    }
    /// A case-insensitive LIKE (with ESCAPE '\'); SQLite's LIKE already folds ASCII case and
    /// the search patterns fold the rest.
    const char* caseInsensitiveLike() const { return pick(" ILIKE ", " LIKE "); }
    /// Appends a row lock (" FOR UPDATE", " FOR SHARE OF p"): PostgreSQL only, since SQLite
    /// writes run one at a time behind BEGIN IMMEDIATE.
    void lock(SqlBuilder& b, const char* clause) const
    {
        if (isPostgres()) {
            b.sql(clause);
        }
    }
    /// The value that sorts before every value of `type`, for NULLs in a keyset sort key.
    const char* sortFloor(ValueType type) const
    {
        switch (type) {
        case ValueType::Text:
        case ValueType::Month:
            return "''";
        case ValueType::Integer:
        case ValueType::Money:
        case ValueType::Score:
            return "0";
        case ValueType::Boolean:
            return pick("FALSE", "0");
        case ValueType::Timestamp:
            return pick("'epoch'::timestamptz", "'1970-01-01T00:00:00.000000Z'");
        case ValueType::Date:
            return pick("DATE '1970-01-01'", "'1970-01-01'");
        }
        return "''";
    }
    /// The to_char() pattern PostgreSQL prints canonical UTC timestamps with.
    static const char* timestampFormat() { return "'YYYY-MM-DD\"T\"HH24:MI:SS.US\"Z\"'"; }

private:
    explicit SqlDialect(Dialect dialect)
        : m_dialect(dialect)
    {}
    Dialect m_dialect;
};

} // namespace pd::sql
