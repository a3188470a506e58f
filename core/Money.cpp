#include "Money.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace pd {

int currencyDecimals(Currency currency)
{
    switch (currency) {
    case Currency::KRW:
        return 0;
    case Currency::BCH:
        return 8;
    case Currency::USDC:
        return 6;
    }
    return 0;
}

QString currencyCode(Currency currency)
{
    switch (currency) {
    case Currency::KRW:
        return QStringLiteral("KRW");
    case Currency::BCH:
        return QStringLiteral("BCH");
    case Currency::USDC:
        return QStringLiteral("USDC");
    }
    return {};
}

std::optional<Currency> currencyFromCode(QStringView code)
{
    for (Currency c : {Currency::KRW, Currency::BCH, Currency::USDC}) {
        if (code == currencyCode(c)) {
            return c;
        }
    }
    return std::nullopt;
}

qint64 minorPerMajor(Currency currency)
{
    qint64 factor = 1;
    for (int i = 0; i < currencyDecimals(currency); ++i) {
        factor *= 10;
    }
    return factor;
}

std::optional<Money> Money::fromDecimal(QStringView text, Currency currency, QString* why)
{
    auto fail = [why](const char* sentence) -> std::optional<Money> {
        if (why) {
            *why = QCoreApplication::translate("pd::Money", sentence);
        }
        return std::nullopt;
    };

    if (text.isEmpty()) {
        return fail(QT_TRANSLATE_NOOP("pd::Money", "The amount is empty; enter a number such as 12.5."));
    }
    qsizetype pos = 0;
    const bool negative = text.front() == QLatin1Char('-');
    if (negative) {
        ++pos;
    }
    const int decimals = currencyDecimals(currency);
    constexpr qint64 kMax = std::numeric_limits<qint64>::max();
    qint64 value = 0;
    int integerDigits = 0;
    for (; pos < text.size() && text[pos] != QLatin1Char('.'); ++pos) {
        const QChar ch = text[pos];
        if (ch < QLatin1Char('0') || ch > QLatin1Char('9')) {
            return fail(QT_TRANSLATE_NOOP("pd::Money", "The amount may contain only digits and one '.' as the "
                                                       "decimal mark (no spaces, separators or exponent)."));
        }
        const int digit = ch.unicode() - '0';
        if (value > (kMax - digit) / 10) {
            return fail(QT_TRANSLATE_NOOP("pd::Money", "The amount is too large."));
        }
        value = value * 10 + digit;
        ++integerDigits;
    }
    int fractionDigits = 0;
    qint64 fraction = 0;
    if (pos < text.size()) {
        ++pos; // the '.'
        if (pos == text.size() && integerDigits == 0) {
            return fail(QT_TRANSLATE_NOOP("pd::Money", "The amount has no digits."));
        }
        for (; pos < text.size(); ++pos) {
            const QChar ch = text[pos];
            if (ch < QLatin1Char('0') || ch > QLatin1Char('9')) {
                return fail(QT_TRANSLATE_NOOP("pd::Money", "The amount may contain only digits and one '.' as the "
                                                           "decimal mark (no spaces, separators or exponent)."));
            }
            if (fractionDigits >= decimals) {
                if (ch != QLatin1Char('0')) {
                    return fail(
                        QT_TRANSLATE_NOOP("pd::Money", "The amount has more decimals than the currency allows."));
                }
                continue;
            }
            fraction = fraction * 10 + (ch.unicode() - '0');
            ++fractionDigits;
        }
    }
    if (integerDigits == 0 && fractionDigits == 0) {
        return fail(QT_TRANSLATE_NOOP("pd::Money", "The amount has no digits."));
    }
    for (int i = fractionDigits; i < decimals; ++i) {
        fraction *= 10;
    }
    const qint64 factor = minorPerMajor(currency);
    if (value > (kMax - fraction) / factor) {
        return fail(QT_TRANSLATE_NOOP("pd::Money", "The amount is too large."));
    }
    const qint64 minor = value * factor + fraction;
    return Money(negative ? -minor : minor, currency);
}

QString Money::toDecimal(Fraction fractionStyle) const
{
    const int decimals = currencyDecimals(m_currency);
    const qint64 factor = minorPerMajor(m_currency);
    // Work on the magnitude as unsigned so that the minimum qint64 does not overflow.
    const quint64 magnitude = m_minor < 0 ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    const quint64 whole = magnitude / quint64(factor);
    const quint64 fraction = magnitude % quint64(factor);
    QString out;
    if (m_minor < 0) {
        out += QLatin1Char('-');
    }
    out += QString::number(whole);
    if (decimals > 0) {
        QString digits = QString::number(fraction).rightJustified(decimals, QLatin1Char('0'));
        if (fractionStyle == Fraction::Trimmed) {
            while (!digits.isEmpty() && digits.back() == QLatin1Char('0')) {
                digits.chop(1);
            }
        }
        if (!digits.isEmpty()) {
            out += QLatin1Char('.') + digits;
        }
    }
    return out;
}

QString Money::format(const QLocale& locale) const
{
    const qint64 factor = minorPerMajor(m_currency);
    const quint64 magnitude = m_minor < 0 ? quint64(0) - quint64(m_minor) : quint64(m_minor);
    const quint64 whole = magnitude / quint64(factor);
    const quint64 fraction = magnitude % quint64(factor);

    QString number = locale.toString(whole);
    const int decimals = currencyDecimals(m_currency);
    if (decimals > 0) {
        QString digits = QString::number(fraction).rightJustified(decimals, QLatin1Char('0'));
        if (m_currency == Currency::BCH) {
            while (!digits.isEmpty() && digits.back() == QLatin1Char('0')) {
                digits.chop(1);
            }
        }
        if (!digits.isEmpty()) {
            number += locale.decimalPoint() + digits;
        }
    }
    const QString sign = m_minor < 0 ? locale.negativeSign() : QString();
    switch (m_currency) {
    case Currency::KRW:
        // Korean won has no minor unit; "₩1,234,000" reads the same in Korean and English.
        return sign + QStringLiteral("\u20A9") + number;
    case Currency::BCH:
        return sign + number + QStringLiteral(" BCH");
    case Currency::USDC:
        return sign + number + QStringLiteral(" USDC");
    }
    return sign + number;
}

std::optional<Money> Money::plus(const Money& other) const
{
    if (other.m_currency != m_currency) {
        return std::nullopt;
    }
    qint64 sum = 0;
    if (__builtin_add_overflow(m_minor, other.m_minor, &sum)) {
        return std::nullopt;
    }
    return Money(sum, m_currency);
}

std::optional<Money> moneyFromScaled(qint64 units, int scale, Currency currency)
{
    if (scale < 0 || scale > 18) {
        return std::nullopt;
    }
    int shift = currencyDecimals(currency) - scale;
    qint64 minor = units;
    for (; shift > 0; --shift) {
        if (minor > std::numeric_limits<qint64>::max() / 10 || minor < std::numeric_limits<qint64>::min() / 10) {
            return std::nullopt;
        }
        minor *= 10;
    }
    for (; shift < 0; ++shift) {
        if (minor % 10 != 0) {
            return std::nullopt;
        }
        minor /= 10;
    }
    return Money(minor, currency);
}

QString formatStoredAmount(qint64 units, int scale, QStringView code, const QLocale& locale)
{
    if (const auto currency = currencyFromCode(code)) {
        if (const auto money = moneyFromScaled(units, scale, *currency)) {
            return money->format(locale);
        }
    }
    scale = std::clamp(scale, 0, 18);
    quint64 factor = 1;
    for (int i = 0; i < scale; ++i) {
        factor *= 10;
    }
    const quint64 magnitude = units < 0 ? quint64(0) - quint64(units) : quint64(units);
    QString number = locale.toString(magnitude / factor);
    QString digits =
        scale > 0 ? QString::number(magnitude % factor).rightJustified(scale, QLatin1Char('0')) : QString();
    while (!digits.isEmpty() && digits.back() == QLatin1Char('0')) {
        digits.chop(1);
    }
    if (!digits.isEmpty()) {
        number += locale.decimalPoint() + digits;
    }
    const QString sign = units < 0 ? locale.negativeSign() : QString();
    return code.isEmpty() ? QString(sign + number) : QString(sign + number + QLatin1Char(' ') + code.toString());
}

} // namespace pd
