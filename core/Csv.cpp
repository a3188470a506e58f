#include "Csv.h"

#include <QStringDecoder>

#include <iconv.h>

#include <cerrno>
#include <cstring>

namespace pd::csv {

namespace {
/// CP949 bytes as text; an invalid byte sequence becomes U+FFFD and decoding goes on.
QString fromCp949(const QByteArray& bytes)
{
    iconv_t cd = iconv_open("UTF-8", "CP949");
    if (cd == reinterpret_cast<iconv_t>(-1)) {
        return QString::fromLatin1(bytes);
    }
    QByteArray out;
    out.resize(bytes.size() * 3 / 2 + 16);
    char* in = const_cast<char*>(bytes.constData());
    size_t inLeft = size_t(bytes.size());
    char* dst = out.data();
    size_t outLeft = size_t(out.size());
    while (inLeft > 0) {
        if (iconv(cd, &in, &inLeft, &dst, &outLeft) != size_t(-1)) {
            break;
        }
        if (errno == E2BIG) {
            const qsizetype used = dst - out.data();
            out.resize(out.size() * 2);
            dst = out.data() + used;
            outLeft = size_t(out.size() - used);
            continue;
        }
        // EILSEQ or EINVAL (a truncated last character): skip a byte, mark it.
        const char replacement[] = "\xEF\xBF\xBD";
        if (outLeft < 3) {
            const qsizetype used = dst - out.data();
            out.resize(out.size() + 64);
            dst = out.data() + used;
            outLeft = size_t(out.size() - used);
        }
        std::memcpy(dst, replacement, 3);
        dst += 3;
        outLeft -= 3;
        ++in;
        --inLeft;
    }
    iconv_close(cd);
    out.truncate(dst - out.data());
    return QString::fromUtf8(out);
}
} // namespace

DecodedText decodeText(const QByteArray& bytes)
{
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        if (text.startsWith(QChar(0xFEFF))) {
            text.remove(0, 1);
        }
        return {text, QStringLiteral("UTF-8")};
    }
    // Through glibc's iconv, whose CP949 is Microsoft's (Unified Hangul Code). Qt's converters
    // go through ICU, where the name "CP949" means IBM's code page 949 (0x8C63 "똠" becomes
    // SUB); which name means what would then depend on the ICU build.
    return {fromCp949(bytes), QStringLiteral("CP949")};
}

namespace {
QChar detectDelimiter(const QString& text)
{
    int comma = 0;
    int semicolon = 0;
    int tab = 0;
    bool quoted = false;
    for (const QChar c : text) {
        if (c == u'"') {
            quoted = !quoted;
        } else if (!quoted && (c == u'\n' || c == u'\r')) {
            break;
        } else if (!quoted && c == u',') {
            ++comma;
        } else if (!quoted && c == u';') {
            ++semicolon;
        } else if (!quoted && c == u'\t') {
            ++tab;
        }
    }
    if (tab > comma && tab >= semicolon) {
        return u'\t';
    }
    if (semicolon > comma) {
        return u';';
    }
    return u',';
}
} // namespace

Table parse(const QString& text)
{
    Table table;
    table.delimiter = detectDelimiter(text);
    const QChar delimiter = table.delimiter;
    int line = 1;
    int recordLine = 1;
    QStringList fields;
    QString field;
    bool quoted = false;      // inside a quoted field
    bool fieldQuoted = false; // the current field was quoted
    bool any = false;         // the record has content
    auto endRecord = [&]() {
        fields.append(field);
        const bool blank = fields.size() == 1 && fields.front().isEmpty() && !fieldQuoted;
        if (!blank) {
            table.records.append(Record{recordLine, fields});
        }
        fields.clear();
        field.clear();
        fieldQuoted = false;
        any = false;
    };
    const int n = int(text.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < n && text.at(i + 1) == u'"') {
                    field.append(u'"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n') {
                    ++line;
                }
                field.append(c);
            }
            continue;
        }
        if (c == u'"' && field.isEmpty() && !fieldQuoted) {
            quoted = true;
            fieldQuoted = true;
            any = true;
        } else if (c == delimiter) {
            fields.append(field);
            field.clear();
            fieldQuoted = false;
            any = true;
        } else if (c == u'\r' || c == u'\n') {
            if (c == u'\r' && i + 1 < n && text.at(i + 1) == u'\n') {
                ++i;
            }
            endRecord();
            ++line;
            recordLine = line;
        } else {
            if (!any) {
                recordLine = line;
            }
            field.append(c);
            any = true;
        }
    }
    if (quoted) {
        table.error = QStringLiteral("unterminated quote");
        table.errorLine = recordLine;
        return table;
    }
    if (any || !field.isEmpty()) {
        endRecord();
    }
    return table;
}

void appendField(QByteArray& line, QByteArrayView utf8, bool isNull)
{
    if (isNull) {
        return;
    }
    bool needsQuotes = utf8.isEmpty();
    for (const char c : utf8) {
        if (c == ',' || c == '"' || c == '\n' || c == '\r') {
            needsQuotes = true;
            break;
        }
    }
    if (!needsQuotes) {
        line.append(utf8);
        return;
    }
    line.append('"');
    for (const char c : utf8) {
        if (c == '"') {
            line.append('"');
        }
        line.append(c);
    }
    line.append('"');
}

bool startsFormula(QChar first)
{
    return first == QLatin1Char('=') || first == QLatin1Char('+') || first == QLatin1Char('-') ||
           first == QLatin1Char('@') || first == QLatin1Char('\t') || first == QLatin1Char('\r');
}

QString formulaSafe(const QString& text)
{
    return !text.isEmpty() && startsFormula(text.front()) ? QLatin1Char('\'') + text : text;
}

void appendField(QByteArray& line, const QString& value, bool isNull)
{
    appendField(line, QByteArrayView(value.toUtf8()), isNull);
}

} // namespace pd::csv
