#include "Money.h"

#include <QtTest>

using pd::Currency;
using pd::Money;

class TestMoney : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsesExactly_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("currency");
        QTest::addColumn<qlonglong>("minor");
        QTest::newRow("won") << "125000" << int(Currency::KRW) << 125000LL;
        QTest::newRow("won with zero decimals") << "125000.000" << int(Currency::KRW) << 125000LL;
        QTest::newRow("one satoshi") << "0.00000001" << int(Currency::BCH) << 1LL;
        QTest::newRow("bch short fraction") << "0.0012" << int(Currency::BCH) << 120000LL;
        QTest::newRow("bch leading dot") << ".5" << int(Currency::BCH) << 50000000LL;
        QTest::newRow("bch trailing dot") << "21." << int(Currency::BCH) << 2100000000LL;
        QTest::newRow("21 million bch") << "21000000" << int(Currency::BCH) << 2100000000000000LL;
        QTest::newRow("usdc") << "12.345678" << int(Currency::USDC) << 12345678LL;
        QTest::newRow("negative") << "-0.5" << int(Currency::USDC) << -500000LL;
        // 0.1 + 0.2 style values that a double would get wrong
        QTest::newRow("0.29 bch") << "0.29" << int(Currency::BCH) << 29000000LL;
        QTest::newRow("max int64 sats") << "92233720368.54775807" << int(Currency::BCH) << 9223372036854775807LL;
    }
    void parsesExactly()
    {
        QFETCH(QString, text);
        QFETCH(int, currency);
        QFETCH(qlonglong, minor);
        QString why;
        const auto money = Money::fromDecimal(text, Currency(currency), &why);
        QVERIFY2(money.has_value(), qPrintable(why));
        QCOMPARE(money->minorUnits(), minor);
    }

    void refusesMalformed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("currency");
        QTest::newRow("empty") << "" << int(Currency::BCH);
        QTest::newRow("exponent") << "1e-8" << int(Currency::BCH);
        QTest::newRow("grouping") << "1,000" << int(Currency::KRW);
        QTest::newRow("space") << " 1" << int(Currency::KRW);
        QTest::newRow("plus") << "+1" << int(Currency::KRW);
        QTest::newRow("two dots") << "1.2.3" << int(Currency::BCH);
        QTest::newRow("bare dot") << "." << int(Currency::BCH);
        QTest::newRow("too many decimals") << "0.000000001" << int(Currency::BCH);
        QTest::newRow("won with fraction") << "1.5" << int(Currency::KRW);
        QTest::newRow("overflow") << "92233720368.54775808" << int(Currency::BCH);
        QTest::newRow("huge") << "99999999999999999999999" << int(Currency::KRW);
        QTest::newRow("arabic digits") << QString::fromUtf8("\u0661") << int(Currency::KRW);
    }
    void refusesMalformed()
    {
        QFETCH(QString, text);
        QFETCH(int, currency);
        QString why;
        QVERIFY(!Money::fromDecimal(text, Currency(currency), &why).has_value());
        QVERIFY2(!why.isEmpty(), "a refusal must say why");
    }

    void writesDecimal()
    {
        QCOMPARE(Money(120000, Currency::BCH).toDecimal(), QStringLiteral("0.00120000"));
        QCOMPARE(Money(120000, Currency::BCH).toDecimal(Money::Fraction::Trimmed), QStringLiteral("0.0012"));
        QCOMPARE(Money(100000000, Currency::BCH).toDecimal(Money::Fraction::Trimmed), QStringLiteral("1"));
        QCOMPARE(Money(-1, Currency::BCH).toDecimal(), QStringLiteral("-0.00000001"));
        QCOMPARE(Money(125000, Currency::KRW).toDecimal(), QStringLiteral("125000"));
        QCOMPARE(Money(std::numeric_limits<qint64>::min(), Currency::KRW).toDecimal(),
                 QStringLiteral("-9223372036854775808"));
    }

    void roundTripsEveryScale()
    {
        // Property: toDecimal then fromDecimal is the identity, for many values per currency.
        QRandomGenerator rng(42);
        for (Currency c : {Currency::KRW, Currency::BCH, Currency::USDC}) {
            for (int i = 0; i < 2000; ++i) {
                const qint64 minor = qint64(rng.generate64() >> (rng.bounded(60) + 1)) * (i % 2 ? 1 : -1);
                const Money m(minor, c);
                for (auto style : {Money::Fraction::Full, Money::Fraction::Trimmed}) {
                    const auto back = Money::fromDecimal(m.toDecimal(style), c);
                    QVERIFY(back.has_value());
                    QCOMPARE(back->minorUnits(), minor);
                }
            }
        }
    }

    void formatsForPeople()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        const QLocale ko(QLocale::Korean, QLocale::SouthKorea);
        const QLocale de(QLocale::German, QLocale::Germany);
        QCOMPARE(Money(1234000, Currency::KRW).format(en), QStringLiteral("\u20A91,234,000"));
        QCOMPARE(Money(1234000, Currency::KRW).format(ko), QStringLiteral("\u20A91,234,000"));
        QCOMPARE(Money(123456789, Currency::BCH).format(en), QStringLiteral("1.23456789 BCH"));
        QCOMPARE(Money(120000, Currency::BCH).format(en), QStringLiteral("0.0012 BCH"));
        QCOMPARE(Money(120000000000, Currency::BCH).format(de), QStringLiteral("1.200 BCH"));
        QCOMPARE(Money(12345678, Currency::USDC).format(de), QStringLiteral("12,345678 USDC"));
        QCOMPARE(Money(-5, Currency::KRW).format(en), QStringLiteral("-\u20A95"));
    }

    // A NUMERIC(18, 6) amount (seed 000 transactions.amount) shown in the row's own currency.
    void formatsAStoredAmountInTheRowsCurrency()
    {
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        QCOMPARE(pd::moneyFromScaled(15000000000, 6, Currency::KRW), Money(15000, Currency::KRW));
        QVERIFY(!pd::moneyFromScaled(1500001, 6, Currency::KRW).has_value()); // 1.500001 won is not whole
        QCOMPARE(pd::moneyFromScaled(1234567, 6, Currency::BCH), Money(123456700, Currency::BCH));
        QVERIFY(!pd::moneyFromScaled(std::numeric_limits<qint64>::max() / 10, 6, Currency::BCH).has_value());
        QCOMPARE(pd::formatStoredAmount(12500000, 6, u"USDC", en), QStringLiteral("12.500000 USDC"));
        QCOMPARE(pd::formatStoredAmount(15000000000, 6, u"KRW", en), QStringLiteral("\u20A915,000"));
        QCOMPARE(pd::formatStoredAmount(1234567, 6, u"BCH", en), QStringLiteral("1.234567 BCH"));
        // Codes Paydesk has no Currency for keep their digits and their code.
        QCOMPARE(pd::formatStoredAmount(1234512500000, 6, u"EUR", en), QStringLiteral("1,234,512.5 EUR"));
        QCOMPARE(pd::formatStoredAmount(-7000000, 6, u"JPY", en), QStringLiteral("-7 JPY"));
        // Won with a fraction is not exact in KRW: shown as stored, not rounded.
        QCOMPARE(pd::formatStoredAmount(1500001, 6, u"KRW", en), QStringLiteral("1.500001 KRW"));
    }

    void checkedSum()
    {
        QCOMPARE(Money(1, Currency::KRW).plus(Money(2, Currency::KRW))->minorUnits(), 3);
        QVERIFY(!Money(1, Currency::KRW).plus(Money(2, Currency::BCH)).has_value());
        QVERIFY(!Money(std::numeric_limits<qint64>::max(), Currency::KRW).plus(Money(1, Currency::KRW)).has_value());
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
