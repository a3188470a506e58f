#pragma once

#include <QLocale>
#include <QString>
#include <QStringView>

#include <optional>

namespace pd {

/// The currencies Paydesk handles, each held in its own integer minor unit
/// (docs/DOMAIN.md, "Money and time"): KRW in won (0 decimals), BCH in satoshis
/// (8 decimals), USDC in micro-USDC (6 decimals).
enum class Currency { KRW, BCH, USDC };

/// Number of decimals of a currency's minor unit: 0 for KRW, 8 for BCH, 6 for USDC.
int currencyDecimals(Currency currency);
/// ISO-4217-style code: "KRW", "BCH", "USDC".
QString currencyCode(Currency currency);
/// Parses a code as written by currencyCode() (case-sensitive); nullopt when unknown.
std::optional<Currency> currencyFromCode(QStringView code);

/// An exact amount of money: a signed 64-bit count of the currency's minor unit.
///
/// Never holds or converts through a floating-point number. Decimal text (as PostgreSQL prints
/// a NUMERIC, or as a user types it) is parsed digit by digit; arithmetic is checked for
/// overflow.
class Money
{
public:
    constexpr Money() = default;
    constexpr Money(qint64 minorUnits, Currency currency)
        : m_minor(minorUnits)
        , m_currency(currency)
    {}

    constexpr qint64 minorUnits() const { return m_minor; }
    constexpr Currency currency() const { return m_currency; }

    /// Parses plain decimal text in the currency's major unit: optional '-', digits, optional
    /// '.' and at most currencyDecimals() digits. No exponent, no grouping, no '+', no spaces.
    /// Extra zero decimals beyond the currency's precision are accepted ("1.500" as KRW is
    /// refused, "1.50000000000" as BCH is refused unless the extra digits are all zero).
    /// On failure returns nullopt and, if `why` is given, a sentence saying what is wrong.
    static std::optional<Money> fromDecimal(QStringView text, Currency currency, QString* why = nullptr);

    /// How toDecimal() writes the fraction.
    enum class Fraction {
        Full,    ///< always all the currency's decimals: "0.00120000" (canonical storage form)
        Trimmed, ///< trailing zeros and a bare '.' dropped: "0.0012", "1" (BIP21 `amount`)
    };
    /// Plain decimal text in the major unit with '.' as the decimal mark, no grouping.
    QString toDecimal(Fraction fraction = Fraction::Full) const;

    /// Amount for people: the locale's digit grouping and decimal mark, the currency's
    /// decimals (BCH with trailing zeros dropped), and its symbol or code.
    QString format(const QLocale& locale = QLocale()) const;

    /// Checked sum of two amounts of the same currency; nullopt on overflow or currency mismatch.
    std::optional<Money> plus(const Money& other) const;

    friend constexpr bool operator==(const Money& a, const Money& b)
    {
        return a.m_minor == b.m_minor && a.m_currency == b.m_currency;
    }
    friend constexpr bool operator!=(const Money& a, const Money& b) { return !(a == b); }

private:
    qint64 m_minor = 0;
    Currency m_currency = Currency::KRW;
};

/// Number of minor units in one major unit: 10^decimals.
qint64 minorPerMajor(Currency currency);

/// An amount read at a fixed storage scale (`units` of 10^-scale, as a NUMERIC(18, 6) column
/// read times 10^6) as Money of `currency`; nullopt when it is not a whole number of the
/// currency's minor units (1.500000 KRW) or overflows. scale is 0 to 18.
std::optional<Money> moneyFromScaled(qint64 units, int scale, Currency currency);

/// An amount stored at `scale` decimals in the currency a row names (`code`, seed 000's
/// transactions.currency), for people: as Money::format() when the code is one Paydesk knows
/// and the amount is exact in it, otherwise the locale-grouped number with the code ("12.5 EUR";
/// trailing zero decimals dropped).
QString formatStoredAmount(qint64 units, int scale, QStringView code, const QLocale& locale = QLocale());

} // namespace pd
