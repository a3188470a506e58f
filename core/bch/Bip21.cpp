#include "bch/Bip21.h"

#include "Money.h"

#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

namespace pd::bch {

namespace {
/// The most that can ever exist: 21,000,000 BCH in satoshis (the protocol's MAX_MONEY).
constexpr qint64 kMaxSupplySats = 2100000000000000LL;
Error invalid(const QString& message, const char* code)
{
    return Error(Error::Kind::Invalid, message, QLatin1String(code));
}

bool isUnreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.' ||
           c == '_' || c == '~';
}

int hexValue(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= '0' && u <= '9') {
        return u - '0';
    }
    if (u >= 'a' && u <= 'f') {
        return u - 'a' + 10;
    }
    if (u >= 'A' && u <= 'F') {
        return u - 'A' + 10;
    }
    return -1;
}

/// Strict percent-decoding to UTF-8 text; nullopt on a bad escape or bytes that are not UTF-8.
std::optional<QString> percentDecode(QStringView text)
{
    QByteArray bytes;
    bytes.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (c == QLatin1Char('%')) {
            if (i + 2 >= text.size()) {
                return std::nullopt; // "%" or "%A" at the end
            }
            const int high = hexValue(text[i + 1]);
            const int low = hexValue(text[i + 2]);
            if (high < 0 || low < 0) {
                return std::nullopt;
            }
            bytes.append(char(high * 16 + low));
            i += 2;
        } else if (c.unicode() < 0x80) {
            bytes.append(char(c.unicode()));
        } else {
            bytes.append(QString(c).toUtf8()); // tolerate raw non-ASCII (IRIs); still checked below
        }
    }
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString decoded = decoder(bytes);
    if (decoder.hasError()) {
        return std::nullopt;
    }
    return decoded;
}
} // namespace

QString Bip21::percentEncode(const QString& text)
{
    static const char hex[] = "0123456789ABCDEF";
    QString out;
    const QByteArray utf8 = text.toUtf8();
    out.reserve(utf8.size() * 3);
    for (char c : utf8) {
        if (isUnreserved(c)) {
            out += QLatin1Char(c);
        } else {
            out += QLatin1Char('%');
            out += QLatin1Char(hex[(quint8(c) >> 4) & 0xF]);
            out += QLatin1Char(hex[quint8(c) & 0xF]);
        }
    }
    return out;
}

QString Bip21::build(const PaymentRequest& request)
{
    QString uri = request.address.toCashAddr();
    QStringList params;
    if (request.amountSats) {
        params << QStringLiteral("amount=") +
                      Money(*request.amountSats, Currency::BCH).toDecimal(Money::Fraction::Trimmed);
    }
    if (!request.label.isEmpty()) {
        params << QStringLiteral("label=") + percentEncode(request.label);
    }
    if (!request.message.isEmpty()) {
        params << QStringLiteral("message=") + percentEncode(request.message);
    }
    for (const auto& [key, value] : request.otherParameters) {
        params << percentEncode(key) + QLatin1Char('=') + percentEncode(value);
    }
    if (!params.isEmpty()) {
        uri += QLatin1Char('?') + params.join(QLatin1Char('&'));
    }
    return uri;
}

Result<PaymentRequest> Bip21::parse(const QString& uri, Network expected)
{
    const qsizetype colon = uri.indexOf(QLatin1Char(':'));
    if (colon <= 0) {
        return invalid(tr("A payment URI starts with bitcoincash: (or bchtest:, bchreg:)."), "bip21:scheme");
    }
    const QString scheme = uri.left(colon).toLower();
    const auto network = networkFromPrefix(scheme);
    if (!network) {
        return invalid(tr("\"%1\" is not a Bitcoin Cash payment URI scheme.").arg(uri.left(colon)), "bip21:scheme");
    }
    if (*network != expected) {
        return invalid(
            tr("This is a %1 payment request, but Paydesk is set up for %2.").arg(scheme, networkPrefix(expected)),
            AddressErrorCode::WrongNetwork);
    }
    const qsizetype question = uri.indexOf(QLatin1Char('?'), colon + 1);
    const QString addressText = uri.mid(colon + 1, question < 0 ? -1 : question - colon - 1);
    if (addressText.contains(QLatin1Char(':'))) {
        return invalid(tr("The address repeats the prefix (\"%1:%1:\"); a payment URI carries it once.").arg(scheme),
                       "bip21:double_prefix");
    }
    auto address = parseAddress(addressText, expected);
    if (!address.ok()) {
        return address.error();
    }
    PaymentRequest request;
    request.address = address.value();
    if (question < 0) {
        return request;
    }
    QSet<QString> seen;
    const QStringList pairs = uri.mid(question + 1).split(QLatin1Char('&'));
    for (const QString& pair : pairs) {
        if (pair.isEmpty()) {
            continue;
        }
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const auto key = percentDecode(QStringView(pair).left(eq < 0 ? pair.size() : eq));
        const auto value = percentDecode(eq < 0 ? QStringView() : QStringView(pair).mid(eq + 1));
        if (!key || !value) {
            return invalid(tr("The URI has a malformed %-escape or text that is not UTF-8 in \"%1\".").arg(pair),
                           "bip21:encoding");
        }
        if (seen.contains(*key)) {
            return invalid(tr("The URI gives \"%1\" twice.").arg(*key), "bip21:duplicate");
        }
        seen.insert(*key);
        if (*key == QLatin1String("amount")) {
            static const QRegularExpression plain(QStringLiteral("^[0-9]+(\\.[0-9]{1,8})?$"));
            if (!plain.match(*value).hasMatch()) {
                return invalid(tr("The amount \"%1\" is not plain decimal BCH with at most 8 decimals.").arg(*value),
                               "bip21:amount");
            }
            const auto money = Money::fromDecimal(*value, Currency::BCH);
            if (!money || money->minorUnits() <= 0) {
                return invalid(tr("The amount \"%1\" is not a positive number of BCH.").arg(*value), "bip21:amount");
            }
            if (money->minorUnits() > kMaxSupplySats) {
                return invalid(tr("The amount \"%1\" is more than the 21,000,000 BCH that can ever exist.").arg(*value),
                               "bip21:amount");
            }
            request.amountSats = money->minorUnits();
        } else if (*key == QLatin1String("label")) {
            request.label = *value;
        } else if (*key == QLatin1String("message")) {
            request.message = *value;
        } else if (key->startsWith(QLatin1String("req-"))) {
            return invalid(
                tr("The URI requires \"%1\", which Paydesk does not understand, so it cannot be paid here.").arg(*key),
                "bip21:required");
        } else {
            request.otherParameters.append({*key, *value});
        }
    }
    return request;
}

} // namespace pd::bch
