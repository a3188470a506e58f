#include "Messages.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>

#include <vector>

namespace pd::messages {

namespace {

/// One template of the catalog.
struct Template
{
    QString context;
    QString source;
    QString code;
    QRegularExpression pattern; ///< the English sentence with each placeholder a capture
    QVector<int> order;         ///< capture i is placeholder order[i] (1..9; 0 for %n)
    int fixedLength = 0;        ///< characters outside the placeholders
    bool plural = false;
};

QString codeOf(const QString& context, const QString& source)
{
    const QByteArray hash =
        QCryptographicHash::hash((context + QLatin1Char('\n') + source).toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(8);
    return context + QLatin1Char(':') + QString::fromLatin1(hash);
}

/// %1..%9, %L1..%L9 and %n; everything else is fixed text.
const QRegularExpression& placeholder()
{
    static const QRegularExpression re(QStringLiteral("%L?([1-9])|%n"));
    return re;
}

std::optional<Template> makeTemplate(const QString& context, const QString& source)
{
    Template t;
    t.context = context;
    t.source = source;
    t.code = codeOf(context, source);
    QString pattern = QStringLiteral("^");
    qsizetype at = 0;
    auto it = placeholder().globalMatch(source);
    while (it.hasNext()) {
        const auto m = it.next();
        const QString fixed = source.mid(at, m.capturedStart() - at);
        pattern += QRegularExpression::escape(fixed);
        t.fixedLength += int(fixed.size());
        if (m.captured(0) == QLatin1String("%n")) {
            pattern += QStringLiteral("(-?\\d+)");
            t.order << 0;
            t.plural = true;
        } else {
            // A placeholder that ends the sentence ("Payment #%1") stands for one word: so it
            // does not swallow the sentence of another message that starts the same way.
            pattern += m.capturedEnd() == source.size() ? QStringLiteral("(\\S*)") : QStringLiteral("(.*?)");
            t.order << m.captured(1).toInt();
        }
        at = m.capturedEnd();
    }
    const QString tail = source.mid(at);
    pattern += QRegularExpression::escape(tail) + QStringLiteral("$");
    t.fixedLength += int(tail.size());
    if (t.fixedLength < 4) {
        return std::nullopt; // "%1", "%1 %2": matches anything, says nothing
    }
    t.pattern = QRegularExpression(pattern, QRegularExpression::DotMatchesEverythingOption);
    return t;
}

/// The catalog: every message of the translation file compiled into core (:/paydesk/messages.ts).
struct Catalog
{
    std::vector<Template> templates;
    QHash<QString, int> byCode;
};

const Catalog& catalog()
{
    static const Catalog loaded = [] {
        Catalog c;
        QFile file(QStringLiteral(":/paydesk/messages.ts"));
        if (!file.open(QIODevice::ReadOnly)) {
            return c;
        }
        QXmlStreamReader xml(&file);
        QString context;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                continue;
            }
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                const QString source = xml.readElementText();
                if (auto t = makeTemplate(context, source); t && !c.byCode.contains(t->code)) {
                    c.byCode.insert(t->code, int(c.templates.size()));
                    c.templates.push_back(std::move(*t));
                }
            }
        }
        return c;
    }();
    return loaded;
}

} // namespace

std::optional<Coded> identify(const QString& message)
{
    if (message.isEmpty()) {
        return std::nullopt;
    }
    const Template* best = nullptr;
    QRegularExpressionMatch bestMatch;
    for (const Template& t : catalog().templates) {
        if (best && t.fixedLength <= best->fixedLength) {
            continue;
        }
        const auto m = t.pattern.match(message);
        if (m.hasMatch()) {
            best = &t;
            bestMatch = m;
        }
    }
    if (!best) {
        return std::nullopt;
    }
    // Arguments by placeholder number, then %n.
    QMap<int, QString> numbered;
    QString n;
    for (int i = 0; i < best->order.size(); ++i) {
        if (best->order[i] == 0) {
            n = bestMatch.captured(i + 1);
        } else {
            numbered.insert(best->order[i], bestMatch.captured(i + 1));
        }
    }
    Coded coded{best->code, numbered.values()};
    if (best->plural) {
        coded.args << n;
    }
    return coded;
}

QString render(const QString& code, const QStringList& args)
{
    const Catalog& c = catalog();
    auto it = c.byCode.constFind(code);
    if (it == c.byCode.constEnd()) {
        return {};
    }
    const Template& t = c.templates[size_t(it.value())];
    QSet<int> numbers;
    for (int number : t.order) {
        if (number > 0) {
            numbers.insert(number);
        }
    }
    if (args.size() != numbers.size() + (t.plural ? 1 : 0)) {
        return {};
    }
    int n = -1;
    if (t.plural) {
        bool ok = false;
        n = args.back().toInt(&ok);
        if (!ok) {
            return {};
        }
    }
    const QByteArray context = t.context.toUtf8();
    const QByteArray source = t.source.toUtf8();
    QString text = QCoreApplication::translate(context.constData(), source.constData(), nullptr, n);
    for (int i = 0; i < numbers.size(); ++i) {
        text = text.arg(args.at(i));
    }
    return text;
}

} // namespace pd::messages
