#pragma once

#include <QString>
#include <QVariant>
#include <QVariantList>
#include <QVector>

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
        m_placeholders.append(m_text.size());
        m_text += QLatin1Char('?');
        m_values.append(value);
        return *this;
    }
    /// Appends another builder's text and values.
    SqlBuilder& append(const SqlBuilder& other)
    {
        for (qsizetype at : other.m_placeholders) {
            m_placeholders.append(m_text.size() + at);
        }
        m_text += other.m_text;
        m_values += other.m_values;
        return *this;
    }
    bool isEmpty() const { return m_text.isEmpty(); }

    const QString& text() const { return m_text; }
    /// The text with PostgreSQL's numbered placeholders ($1, $2, ...) in place of each bound
    /// value's '?', for libpq's PQexecParams (only the placeholders bind() wrote are replaced).
    QString textWithNumberedPlaceholders() const
    {
        QString out;
        out.reserve(m_text.size() + 2 * m_placeholders.size());
        qsizetype from = 0;
        for (int i = 0; i < m_placeholders.size(); ++i) {
            out += QStringView(m_text).mid(from, m_placeholders[i] - from);
            out += QLatin1Char('$') + QString::number(i + 1);
            from = m_placeholders[i] + 1;
        }
        out += QStringView(m_text).mid(from);
        return out;
    }
    const QVariantList& values() const { return m_values; }

private:
    QString m_text;
    QVariantList m_values;
    QVector<qsizetype> m_placeholders; ///< offsets of the '?' of each bound value
};

} // namespace pd::sql
