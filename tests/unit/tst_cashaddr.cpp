#include "TestSupport.h"
#include "bch/CashAddr.h"

#include <QtTest>

using namespace pd::bch;

namespace {
struct Vector
{
    QString address;
    int typeBits;
    int sizeBits;
    QByteArray data;
};

QVector<QStringList> readTsv(const QString& name)
{
    QFile file(pd::test::dataDir() + QLatin1Char('/') + name);
    if (!file.open(QIODevice::ReadOnly)) {
        qFatal("cannot read test data %s", qPrintable(file.fileName()));
    }
    QVector<QStringList> rows;
    for (const QByteArray& line : file.readAll().split('\n')) {
        if (line.isEmpty() || line.startsWith('#')) {
            continue;
        }
        rows.append(QString::fromLatin1(line).split(QLatin1Char('\t')));
    }
    return rows;
}

QVector<Vector> specVectors()
{
    QVector<Vector> out;
    for (const QStringList& row : readTsv(QStringLiteral("cashaddr_vectors.tsv"))) {
        out.append({row.at(0), row.at(1).toInt(), row.at(2).toInt(), QByteArray::fromHex(row.value(3).toLatin1())});
    }
    return out;
}
} // namespace

class TestCashAddr : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checksumOnlyVectors_data()
    {
        QTest::addColumn<QString>("address");
        // CashAddr spec v1.1: valid checksums, purposely without a valid payload.
        for (const char* a : {"prefix:x64nx6hz", "p:gpf8m4h7", "bitcoincash:qpzry9x8gf2tvdw0s3jn54khce6mua7lcw20ayyn",
                              "bchtest:spectestnetaddressrealrealaddressqpan2k9lh",
                              "bchreg:555555555555555555555555555555555555555555555udxmlmrz"}) {
            QTest::newRow(a) << QString::fromLatin1(a);
        }
    }
    void checksumOnlyVectors()
    {
        QFETCH(QString, address);
        QVERIFY(CashAddr::hasValidChecksum(address));
        QVERIFY(CashAddr::hasValidChecksum(address.toUpper()));
        // One changed character breaks it.
        QString broken = address;
        broken[broken.size() - 1] = broken.back() == QLatin1Char('q') ? QLatin1Char('p') : QLatin1Char('q');
        QVERIFY(!CashAddr::hasValidChecksum(broken));
    }

    void specificationVectors_data()
    {
        QTest::addColumn<QString>("address");
        QTest::addColumn<int>("typeBits");
        QTest::addColumn<int>("sizeBits");
        QTest::addColumn<QByteArray>("data");
        const auto vectors = specVectors();
        QVERIFY(vectors.size() >= 70);
        for (const Vector& v : vectors) {
            QTest::newRow(qPrintable(v.address.left(40))) << v.address << v.typeBits << v.sizeBits << v.data;
        }
    }
    void specificationVectors()
    {
        QFETCH(QString, address);
        QFETCH(int, typeBits);
        QFETCH(int, sizeBits);
        QFETCH(QByteArray, data);
        const QString prefix = address.left(address.indexOf(QLatin1Char(':')));

        const auto decoded = CashAddr::decode(address);
        QVERIFY2(decoded.ok(), qPrintable(decoded.error().message));
        QCOMPARE(decoded.value().prefix, prefix);
        QCOMPARE(decoded.value().typeBits, typeBits);
        QCOMPARE(decoded.value().sizeBits, sizeBits);
        QCOMPARE(decoded.value().data, data);

        QCOMPARE(CashAddr::encode(prefix, typeBits, sizeBits, data), address);

        // Uppercase is accepted; the prefix may be omitted when the reader knows it.
        QVERIFY(CashAddr::decode(address.toUpper()).ok());
        const auto unprefixed = CashAddr::decode(address.mid(prefix.size() + 1), prefix);
        QVERIFY(unprefixed.ok());
        QCOMPARE(unprefixed.value().data, data);
    }

    void legacyTranslation_data()
    {
        QTest::addColumn<QString>("legacy");
        QTest::addColumn<QString>("cashaddr");
        for (const QStringList& row : readTsv(QStringLiteral("cashaddr_legacy.tsv"))) {
            QTest::newRow(qPrintable(row.at(0))) << row.at(0) << row.at(1);
        }
    }
    void legacyTranslation()
    {
        QFETCH(QString, legacy);
        QFETCH(QString, cashaddr);
        const auto fromLegacy = parseAddress(legacy, Network::Mainnet);
        QVERIFY2(fromLegacy.ok(), qPrintable(fromLegacy.error().message));
        QCOMPARE(fromLegacy.value().toCashAddr(), cashaddr);
        const auto fromCashAddr = parseAddress(cashaddr, Network::Mainnet);
        QVERIFY(fromCashAddr.ok());
        QCOMPARE(fromCashAddr.value().toLegacy(), legacy);
        QVERIFY(fromCashAddr.value() == fromLegacy.value());
    }

    void errorsNameWhatIsWrong_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("network");
        QTest::addColumn<QString>("code");
        const int main = int(Network::Mainnet);
        QTest::newRow("empty") << "" << main << AddressErrorCode::Empty;
        QTest::newRow("mixed case") << "bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvY22gdx6a" << main
                                    << AddressErrorCode::MixedCase;
        QTest::newRow("bad checksum") << "bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6q" << main
                                      << AddressErrorCode::BadChecksum;
        QTest::newRow("swapped characters")
            << "bitcoincash:pqm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a" << main << AddressErrorCode::BadChecksum;
        QTest::newRow("bad character") << "bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdxba" << main
                                       << AddressErrorCode::BadCharacter;
        QTest::newRow("wrong network prefixed")
            << "bchtest:pr6m7j9njldwwzlg9v7v53unlr4jkmx6eyvwc0uz5t" << main << AddressErrorCode::WrongNetwork;
        QTest::newRow("wrong network bare")
            << "pr6m7j9njldwwzlg9v7v53unlr4jkmx6eyvwc0uz5t" << main << AddressErrorCode::WrongNetwork;
        QTest::newRow("wrong network legacy")
            << "1BpEi6DfDAUFd7GtittLSdBeYJvcoaVggu" << int(Network::Testnet) << AddressErrorCode::WrongNetwork;
        QTest::newRow("foreign prefix") << "prefix:0r6m7j9njldwwzlg9v7v53unlr4jkmx6ey3qnjwsrf" << main
                                        << AddressErrorCode::WrongNetwork;
        QTest::newRow("no payload") << "bitcoincash:qpzry9x8gf2tvdw0s3jn54khce6mua7lcw20ayyn" << main
                                    << AddressErrorCode::BadLength;
        QTest::newRow("legacy checksum") << "1BpEi6DfDAUFd7GtittLSdBeYJvcoaVggv" << main
                                         << AddressErrorCode::BadBase58Checksum;
        QTest::newRow("legacy bad char") << "1BpEi6DfDAUFd7GtittLSdBeYJvcoaVgg0" << main << AddressErrorCode::BadBase58;
    }
    void errorsNameWhatIsWrong()
    {
        QFETCH(QString, text);
        QFETCH(int, network);
        QFETCH(QString, code);
        const auto parsed = parseAddress(text, Network(network));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().detail, code);
        QVERIFY(!parsed.error().message.isEmpty());
    }

    void unknownTypeIsRefusedForPayment()
    {
        // A valid CashAddr of undefined type 15 with the mainnet prefix: decodable, not payable.
        const QByteArray hash = QByteArray::fromHex("F5BF48B397DAE70BE82B3CCA4793F8EB2B6CDAC9");
        const QString address = CashAddr::encode(QStringLiteral("bitcoincash"), 15, 0, hash);
        QVERIFY(CashAddr::decode(address).ok());
        const auto parsed = parseAddress(address, Network::Mainnet);
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error().detail, QString::fromLatin1(AddressErrorCode::UnknownType));
    }

    void lengthMustMatchSizeBitsForDefinedTypes()
    {
        // Type 0 with size bits 0 (20 bytes) but 24 bytes of data.
        const QString address = CashAddr::encode(QStringLiteral("bitcoincash"), 0, 0, QByteArray(24, '\x11'));
        const auto decoded = CashAddr::decode(address);
        QVERIFY(!decoded.ok());
        QCOMPARE(decoded.error().detail, QString::fromLatin1(AddressErrorCode::BadLength));
    }

    void roundTripsRandomHashes()
    {
        QRandomGenerator rng(7);
        for (int i = 0; i < 500; ++i) {
            const int sizeBits = int(rng.bounded(8));
            QByteArray hash(CashAddr::hashSizeForSizeBits(sizeBits), '\0');
            for (char& b : hash) {
                b = char(rng.bounded(256));
            }
            const Address a{Network(rng.bounded(3)), AddressType(rng.bounded(4)), hash};
            const auto back = parseAddress(a.toCashAddr(), a.network);
            QVERIFY2(back.ok(), qPrintable(back.error().message));
            QVERIFY(back.value() == a);
            QCOMPARE(a.toCashAddr(), a.toCashAddr().toLower());
        }
    }
};

QTEST_GUILESS_MAIN(TestCashAddr)
#include "tst_cashaddr.moc"
