#include "bch/Bip21.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace pd::bch;

namespace {
Address sampleAddress()
{
    return parseAddress(QStringLiteral("bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a"), Network::Mainnet)
        .value();
}
} // namespace

class TestBip21 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void buildsExactly_data()
    {
        QTest::addColumn<qlonglong>("sats");
        QTest::addColumn<QString>("label");
        QTest::addColumn<QString>("message");
        QTest::addColumn<QString>("uri");
        const QString base = QStringLiteral("bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a");
        QTest::newRow("no amount") << -1LL << QString() << QString() << base;
        QTest::newRow("one sat") << 1LL << QString() << QString() << base + QStringLiteral("?amount=0.00000001");
        QTest::newRow("trailing zeros dropped")
            << 120000LL << QString() << QString() << base + QStringLiteral("?amount=0.0012");
        QTest::newRow("whole coins") << 2100000000LL << QString() << QString() << base + QStringLiteral("?amount=21");
        QTest::newRow("big") << 2099999999999999LL << QString() << QString()
                             << base + QStringLiteral("?amount=20999999.99999999");
        QTest::newRow("label and message")
            << 50000000LL << QStringLiteral("강남센터 #1204") << QStringLiteral("2026-11 급식비 & more")
            << base + QStringLiteral("?amount=0.5&label=%EA%B0%95%EB%82%A8%EC%84%BC%ED%84%B0%20%231204"
                                     "&message=2026-11%20%EA%B8%89%EC%8B%9D%EB%B9%84%20%26%20more");
        QTest::newRow("reserved characters") << -1LL << QStringLiteral("a+b=c?d/e~f.g_h-i") << QString()
                                             << base + QStringLiteral("?label=a%2Bb%3Dc%3Fd%2Fe~f.g_h-i");
    }
    void buildsExactly()
    {
        QFETCH(qlonglong, sats);
        QFETCH(QString, label);
        QFETCH(QString, message);
        QFETCH(QString, uri);
        PaymentRequest request;
        request.address = sampleAddress();
        if (sats >= 0) {
            request.amountSats = sats;
        }
        request.label = label;
        request.message = message;
        QCOMPARE(Bip21::build(request), uri);
        const auto back = Bip21::parse(uri, Network::Mainnet);
        QVERIFY2(back.ok(), qPrintable(back.error().message));
        QCOMPARE(back.value().amountSats.value_or(-1), sats);
        QCOMPARE(back.value().label, label);
        QCOMPARE(back.value().message, message);
        QVERIFY(back.value().address == request.address);
    }

    void roundTripsRandomRequests()
    {
        // Property: parse(build(r)) == r for random amounts and arbitrary Unicode text.
        QRandomGenerator rng(21);
        const QString alphabet = QStringLiteral("aZ09 -._~!*'();:@&=+$,/?#[]%\"<>\\^`{|}가나다라마바사 😀€\u00e9\n\t");
        for (int i = 0; i < 3000; ++i) {
            PaymentRequest r;
            r.address =
                Address{Network(rng.bounded(3)), AddressType(rng.bounded(2)), QByteArray(20, char(rng.bounded(256)))};
            if (rng.bounded(5) != 0) {
                r.amountSats = qint64(rng.generate64() % 2100000000000000ULL) + 1;
            }
            auto text = [&]() {
                QString s;
                const int n = int(rng.bounded(12));
                for (int k = 0; k < n; ++k) {
                    int at = int(rng.bounded(alphabet.size()));
                    if (alphabet.at(at).isLowSurrogate()) {
                        --at; // whole characters only: never half of a surrogate pair
                    }
                    s += alphabet.mid(at, alphabet.at(at).isHighSurrogate() ? 2 : 1);
                }
                return s;
            };
            r.label = text();
            r.message = text();
            const QString uri = Bip21::build(r);
            // Nothing but unreserved characters, '%', and the URI's own ':', '?', '=', '&'.
            for (QChar c : uri) {
                QVERIFY2(c.unicode() < 128 && !c.isSpace(), qPrintable(uri));
            }
            const auto back = Bip21::parse(uri, r.address.network);
            QVERIFY2(back.ok(), qPrintable(uri + QStringLiteral(": ") + back.error().message));
            QVERIFY(back.value().address == r.address);
            QCOMPARE(back.value().amountSats, r.amountSats);
            QCOMPARE(back.value().label, r.label);
            QCOMPARE(back.value().message, r.message);
        }
    }

    void refuses_data()
    {
        QTest::addColumn<QString>("uri");
        QTest::addColumn<QString>("code");
        const QString a = QStringLiteral("bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a");
        QTest::newRow("exponent") << a + QStringLiteral("?amount=1e-3") << QStringLiteral("bip21:amount");
        QTest::newRow("nine decimals") << a + QStringLiteral("?amount=0.000000001") << QStringLiteral("bip21:amount");
        QTest::newRow("comma") << a + QStringLiteral("?amount=1,5") << QStringLiteral("bip21:amount");
        QTest::newRow("negative") << a + QStringLiteral("?amount=-1") << QStringLiteral("bip21:amount");
        QTest::newRow("zero") << a + QStringLiteral("?amount=0") << QStringLiteral("bip21:amount");
        QTest::newRow("empty amount") << a + QStringLiteral("?amount=") << QStringLiteral("bip21:amount");
        QTest::newRow("above supply") << a + QStringLiteral("?amount=21000000.00000001")
                                      << QStringLiteral("bip21:amount");
        QTest::newRow("int64 max") << a + QStringLiteral("?amount=92233720368.54775807")
                                   << QStringLiteral("bip21:amount");
        QTest::newRow("duplicate") << a + QStringLiteral("?amount=1&amount=2") << QStringLiteral("bip21:duplicate");
        QTest::newRow("duplicate label") << a + QStringLiteral("?label=a&label=b") << QStringLiteral("bip21:duplicate");
        QTest::newRow("unknown req") << a + QStringLiteral("?req-somethingnew=1") << QStringLiteral("bip21:required");
        QTest::newRow("bad escape") << a + QStringLiteral("?label=%G1") << QStringLiteral("bip21:encoding");
        QTest::newRow("truncated escape") << a + QStringLiteral("?label=abc%4") << QStringLiteral("bip21:encoding");
        QTest::newRow("not utf8") << a + QStringLiteral("?label=%C3%28") << QStringLiteral("bip21:encoding");
        QTest::newRow("double prefix") << QStringLiteral("bitcoincash:") + a << QStringLiteral("bip21:double_prefix");
        QTest::newRow("other scheme") << QStringLiteral("bitcoin:1BpEi6DfDAUFd7GtittLSdBeYJvcoaVggu")
                                      << QStringLiteral("bip21:scheme");
        QTest::newRow("testnet uri") << QStringLiteral("bchtest:pr6m7j9njldwwzlg9v7v53unlr4jkmx6eyvwc0uz5t")
                                     << QStringLiteral("cashaddr:wrong_network");
        QTest::newRow("bad checksum") << QStringLiteral("bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6q")
                                      << QStringLiteral("cashaddr:bad_checksum");
    }
    void refuses()
    {
        QFETCH(QString, uri);
        QFETCH(QString, code);
        const auto parsed = Bip21::parse(uri, Network::Mainnet);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().detail, code);
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void acceptsWhatTheRulesAllow()
    {
        // The scheme is case-insensitive; unknown keys without req- are ignored but kept; an
        // uppercase address without a query is accepted (the alphanumeric QR trick).
        const auto upper =
            Bip21::parse(QStringLiteral("BITCOINCASH:QPM2QSZNHKS23Z7629MMS6S4CWEF74VCWVY22GDX6A"), Network::Mainnet);
        QVERIFY(upper.ok());
        const auto extra =
            Bip21::parse(QStringLiteral("BitcoinCash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a?amount=1.5&foo=bar"),
                         Network::Mainnet);
        QVERIFY(extra.ok());
        QCOMPARE(extra.value().amountSats.value(), 150000000LL);
        QCOMPARE(extra.value().otherParameters.size(), 1);
        QCOMPARE(extra.value().otherParameters.front().first, QStringLiteral("foo"));
        // Keys are case-sensitive: AMOUNT is just an unknown key.
        const auto key = Bip21::parse(QStringLiteral("bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a?AMOUNT=5"),
                                      Network::Mainnet);
        QVERIFY(key.ok());
        QVERIFY(!key.value().amountSats.has_value());
    }
};

QTEST_GUILESS_MAIN(TestBip21)
#include "tst_bip21.moc"
