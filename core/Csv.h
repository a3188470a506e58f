#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>
#include <QVector>

namespace pd::csv {

/// Text of a file whose encoding was found by decodeText().
struct DecodedText
{
    QString text;
    QString encoding; ///< "UTF-8" or "CP949"
};

/// Decodes the bytes of a text file from a Korean bank or auto-debit provider: UTF-8 (with or
/// without a byte-order mark) when the bytes are valid UTF-8, else CP949 (the Windows superset
/// of EUC-KR that Korean spreadsheet programs write) through glibc's iconv. Invalid bytes become U+FFFD.
DecodedText decodeText(const QByteArray& bytes);

/// One record of a CSV file and the physical line (1-based) it starts on, for messages.
struct Record
{
    int line = 0;
    QStringList fields;
};

/// The records of a CSV text, or where it is malformed.
struct Table
{
    QVector<Record> records;
    QChar delimiter = u',';
    QString error; ///< empty when the text parsed; else what is wrong, for people
    int errorLine = 0;
};

/// Parses CSV as RFC 4180 describes it (quoted fields, "" for a quote inside one, line breaks
/// inside quotes, CRLF or LF), with the delimiter found from the first line: ',' ';' or a tab,
/// whichever occurs most outside quotes (',' when none does). Blank lines are skipped. An
/// unterminated quote sets `error` and keeps the records before it.
Table parse(const QString& text);

/// Appends one field to a CSV line the way PostgreSQL's COPY ... CSV writes it: quoted when it
/// contains the delimiter ',', a quote, CR or LF, or is an empty string; a null value is an
/// empty unquoted field. Quotes inside are doubled.
void appendField(QByteArray& line, const QString& value, bool isNull = false);
/// appendField() for a value that is UTF-8 already (no conversion per field).
void appendField(QByteArray& line, QByteArrayView utf8, bool isNull = false);

/// True when a spreadsheet would read text starting with `first` as a formula: '=', '+', '-',
/// '@', a tab or a carriage return (OWASP, "CSV Injection").
bool startsFormula(QChar first);
/// `text` as a spreadsheet shows it literally: with a leading "'" when it would start a formula
/// (a reference "=HYPERLINK(...)" stays text). For text columns; numbers are written as numbers.
QString formulaSafe(const QString& text);

} // namespace pd::csv
