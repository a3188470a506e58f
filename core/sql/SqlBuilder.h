#pragma once

#include <QString>
#include <QVariant>
#include <QVariantList>

namespace pd::sql {

/// Builds one SQL statement from fixed text and bound values.
///
/// The only way Paydesk composes SQL: `sql()` takes text that is part of the program (string
/// literals and entries of the fixed column/filter catalogs, never user input) and `bind()`
/// appends a `?` placeholder whose value travels separately. tests/unit/tst_sqlhygiene.cpp
/// checks the sources for SQL built any other way.
class SqlBuilder
{
public:
    SqlBuilder() = default;
    explicit SqlBuilder(const char* fixedSql) { sql(fixedSql); }

    /// Appends program text (a literal or a catalog entry).
    SqlBuilder& sql(const char* fixedSql)
    {
        m_text += QLatin1String(fixedSql);
        return *this;
    }
    /// Appends a placeholder for one value.
    SqlBuilder& bind(const QVariant& value)
    {
        m_text += QLatin1Char('?');
        m_values.append(value);
        return *this;
    }
    /// Appends another builder's text and values.
    SqlBuilder& append(const SqlBuilder& other)
    {
        m_text += other.m_text;
        m_values += other.m_values;
        return *this;
    }
    bool isEmpty() const { return m_text.isEmpty(); }

    const QString& text() const { return m_text; }
    const QVariantList& values() const { return m_values; }

private:
    QString m_text;
    QVariantList m_values;
};

} // namespace pd::sql
