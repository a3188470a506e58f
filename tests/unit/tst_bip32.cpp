#include "TestSupport.h"
#include "bch/ExtendedPublicKey.h"

#include <QtTest>

using namespace pd::bch;

class TestBip32 : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void publishedVectors_data()
    {
        QTest::addColumn<QString>("parent");
        QTest::addColumn<quint32>("index");
        QTest::addColumn<QString>("child");
        QFile file(pd::test::dataDir() + QStringLiteral("/bip32_public_vectors.tsv"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        int n = 0;
        for (const QByteArray& line : file.readAll().split('\n')) {
            if (line.isEmpty() || line.startsWith('#')) {
                continue;
            }
            const QList<QByteArray> f = line.split('\t');
            QTest::newRow(qPrintable(QStringLiteral("vector %1").arg(++n)))
                << QString::fromLatin1(f[0]) << quint32(f[1].toULong()) << QString::fromLatin1(f[2]);
        }
        QCOMPARE(n, 6);
    }
    void publishedVectors()
    {
        QFETCH(QString, parent);
        QFETCH(quint32, index);
        QFETCH(QString, child);
        const auto key = ExtendedPublicKey::parse(parent);
        QVERIFY2(key.ok(), qPrintable(key.error().message));
        QCOMPARE(key.value().toBase58(), parent); // parse and serialise round-trip
        const auto derived = key.value().child(index);
        QVERIFY2(derived.ok(), qPrintable(derived.error().message));
        // Everything must match: depth, parent fingerprint, child number, chain code, key.
        QCOMPARE(derived.value().toBase58(), child);
        QCOMPARE(derived.value().depth(), key.value().depth() + 1);
        QCOMPARE(derived.value().childNumber(), index);
    }

    void refusesPrivateAndHardened()
    {
        // BIP32 test vector 1, m: the private key must never be accepted.
        const auto xprv =
            ExtendedPublicKey::parse(QStringLiteral("xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvN"
                                                    "KmPGJxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi"));
        QVERIFY(!xprv.ok());
        QCOMPARE(xprv.error().detail, QStringLiteral("xpub:private"));
        const auto xpub =
            ExtendedPublicKey::parse(QStringLiteral("xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESF"
                                                    "jqJoCu1Rupje8YtGqsefD265TMg7usUDFdp6W1EGMcet8"));
        QVERIFY(xpub.ok());
        const auto hardened = xpub.value().child(0x80000000u);
        QVERIFY(!hardened.ok());
        QCOMPARE(hardened.error().detail, QStringLiteral("xpub:hardened"));
    }

    void refusesDamagedKeys_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("code");
        const QString good = QStringLiteral("xpub661MyMwAqRbcFtXgS5sYJABqqG9YLmC4Q1Rdap9gSE8NqtwybGhePY2gZ29ESFjqJoCu1R"
                                            "upje8YtGqsefD265TMg7usUDFdp6W1EGMcet8");
        QString typo = good;
        typo[20] = typo[20] == QLatin1Char('A') ? QLatin1Char('B') : QLatin1Char('A');
        QTest::newRow("checksum") << typo << QStringLiteral("xpub:base58");
        QTest::newRow("short") << QStringLiteral("xpub661MyMwAqRbc") << QStringLiteral("xpub:base58");
        QTest::newRow("an address") << QStringLiteral("1BpEi6DfDAUFd7GtittLSdBeYJvcoaVggu")
                                    << QStringLiteral("xpub:length");
        // 78 bytes with an unknown version
        QByteArray bytes = QByteArray::fromHex("01020304") + QByteArray(74, '\x02');
        QTest::newRow("version") << base58CheckEncode(bytes) << QStringLiteral("xpub:version");
        // xpub version, key prefix 0x05 (not a compressed point)
        QByteArray badKey = QByteArray::fromHex("0488B21E") + QByteArray(1, '\x03') + QByteArray(4, '\x01') +
                            QByteArray(4, '\0') + QByteArray(32, '\x07') + QByteArray(1, '\x05') +
                            QByteArray(32, '\x01');
        QTest::newRow("not compressed") << base58CheckEncode(badKey) << QStringLiteral("xpub:key");
        // compressed prefix but x not on the curve (x = 5 has no square root mod p for secp256k1? use 0x..07)
        QByteArray offCurve = QByteArray::fromHex("0488B21E") + QByteArray(1, '\x03') + QByteArray(4, '\x01') +
                              QByteArray(4, '\0') + QByteArray(32, '\x07') + QByteArray(1, '\x02') +
                              QByteArray::fromHex("0000000000000000000000000000000000000000000000000000000000000005");
        QTest::newRow("off curve") << base58CheckEncode(offCurve) << QStringLiteral("xpub:point");
    }
    void refusesDamagedKeys()
    {
        QFETCH(QString, text);
        QFETCH(QString, code);
        const auto key = ExtendedPublicKey::parse(text);
        QVERIFY(!key.ok());
        QCOMPARE(key.error().detail, code);
        QVERIFY(!key.error().message.isEmpty());
    }

    void receivingAddressesFollowTheExternalChain()
    {
        // Vector 1, m/0H/1/2H: addresses 0/i are HASH160 of the keys at 0 then i.
        const auto account =
            ExtendedPublicKey::parse(QStringLiteral("xpub6D4BDPcP2GT577Vvch3R8wDkScZWzQzMMUm3PWbmWvVJrZwQY4VUNgqFJPMM3N"
                                                    "o2dFDFGTsxxpG5uJh7n7epu4trkrX7x7DogT5Uv6fcLW5"));
        QVERIFY(account.ok());
        const auto external = account.value().child(0);
        QVERIFY(external.ok());
        QSet<QString> seen;
        for (quint32 i = 0; i < 50; ++i) {
            const auto address = account.value().receivingAddress(i, Network::Mainnet);
            QVERIFY(address.ok());
            QCOMPARE(address.value().hash, external.value().child(i).value().hash160());
            QCOMPARE(address.value().hash, hash160(external.value().child(i).value().publicKey()));
            const QString cashaddr = address.value().toCashAddr();
            QVERIFY(parseAddress(cashaddr, Network::Mainnet).ok());
            QVERIFY(!seen.contains(cashaddr));
            seen.insert(cashaddr);
        }
        // HASH160 itself: RIPEMD-160(SHA-256("")) = b472a266d0bd89c13706a4132ccfb16f7c3b9fcb
        QCOMPARE(hash160(QByteArray()).toHex(), QByteArray("b472a266d0bd89c13706a4132ccfb16f7c3b9fcb"));
    }
};

QTEST_GUILESS_MAIN(TestBip32)
#include "tst_bip32.moc"
