#include "bch/CashAddr.h"
#include "bch/Transaction.h"

#include <QtTest>

using namespace pd::bch;

namespace {
// The genesis block's coinbase transaction and header (Bitcoin block 0, shared by Bitcoin Cash).
const char* kGenesisTx =
    "01000000010000000000000000000000000000000000000000000000000000000000000000ffffffff4d04ffff001d0104455468652054696d"
    "65732030332f4a616e2f32303039204368616e63656c6c6f72206f6e206272696e6b206f66207365636f6e64206261696c6f757420666f7220"
    "62616e6b73ffffffff0100f2052a01000000434104678afdb0fe5548271967f1a67130b7105cd6a828e03909a67962e0ea1f61deb649f6bc3f"
    "4cef38c4f35504e51ec112de5c384df7ba0b8d578a4c702b6bf11d5fac00000000";
const char* kGenesisHeader =
    "0100000000000000000000000000000000000000000000000000000000000000000000003ba3edfd7a7b12b27ac7"
    "2c3e67768f617fc81bc3888a51323a9fb8aa4b1e5e4a29ab5f49ffff001d1dac2b7c";
// Block 170's transaction, the first from one person to another: two outputs, 10 and 40 BTC.
const char* kBlock170Tx =
    "0100000001c997a5e56e104102fa209c6a852dd90660a20b2d9c352423edce25857fcd3704000000004847304402204e45e16932b8af514961"
    "a1d3a1a25fdf3f4f7732e9d624c6c61548ab5fb8cd410220181522ec8eca07de4860a4acdd12909d831cc56cbbac4622082221a8768d1d0901"
    "ffffffff0200ca9a3b00000000434104ae1a62fe09c5f51b13905f07f06b99a2f7159b2225f374cd378d71302fa28414e7aab37397f554a7df"
    "5f142c21c1b7303b8a0626f1baded5c72a704f7e6cd84cac00286bee0000000043410411db93e1dcdb8a016b49840f8c53bc1eb68a382e97b1"
    "482ecad7b148a6909a5cb2e0eaddfb84ccf9744464f82e160bfa9b8b64f9d4c03f999b8643f656b412a3ac00000000";

/// A one-input transaction paying `outputs` (value, script field) — built the way wallets
/// serialize them, to exercise shapes no historic vector has.
QByteArray buildTx(const QVector<QPair<qint64, QByteArray>>& outputs)
{
    QByteArray raw = QByteArray::fromHex("02000000"
                                         "01") +
                     QByteArray(32, '\x11') + QByteArray::fromHex("00000000");
    raw += QByteArray::fromHex("00"
                               "ffffffff");
    raw += char(outputs.size());
    for (const auto& out : outputs) {
        for (int k = 0; k < 8; ++k) {
            raw += char((quint64(out.first) >> (8 * k)) & 0xff);
        }
        raw += char(out.second.size());
        raw += out.second;
    }
    return raw + QByteArray::fromHex("00000000");
}
} // namespace

class TestTransaction : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void genesisCoinbase()
    {
        const auto tx = parseTransaction(QByteArray::fromHex(kGenesisTx));
        QVERIFY2(tx.ok(), qPrintable(tx.ok() ? QString() : tx.error().message));
        QCOMPARE(tx.value().txid, QStringLiteral("4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b"));
        QCOMPARE(tx.value().inputCount, 1);
        QCOMPARE(tx.value().outputs.size(), 1);
        QCOMPARE(tx.value().outputs[0].sats, 5000000000LL);
    }

    void twoOutputs()
    {
        const auto tx = parseTransaction(QByteArray::fromHex(kBlock170Tx));
        QVERIFY(tx.ok());
        QCOMPARE(tx.value().txid, QStringLiteral("f4184fc596403b9d638783cf57adfe4c75c605f6356fbc91338530e9831e9e16"));
        QCOMPARE(tx.value().outputs.size(), 2);
        QCOMPARE(tx.value().outputs[0].sats, 1000000000LL);
        QCOMPARE(tx.value().outputs[1].sats, 4000000000LL);
        QCOMPARE(tx.value().satsPaidTo(tx.value().outputs[1].lockingScript), 4000000000LL);
        QCOMPARE(tx.value().satsPaidTo(QByteArray::fromHex("51")), 0LL);
    }

    void genesisHeader()
    {
        const auto header = parseBlockHeader(QByteArray::fromHex(kGenesisHeader));
        QVERIFY(header.ok());
        QCOMPARE(header.value().hash,
                 QStringLiteral("000000000019d6689c085ae165831e934ff763ae46a2a6c172b3f1b60a8ce26f"));
        QCOMPARE(header.value().time, 1231006505u);
        QCOMPARE(header.value().previousHash, QString(64, QLatin1Char('0')));
        QCOMPARE(parseBlockHeader(QByteArray::fromHex(kGenesisHeader).left(79)).error().detail,
                 QStringLiteral("header:length"));
    }

    void merkleBranches()
    {
        // Genesis: one transaction, so the root is its txid, as the header says.
        const auto header = parseBlockHeader(QByteArray::fromHex(kGenesisHeader));
        const QString genesisTx = QStringLiteral("4a5e1e4baab89f3a32518a88c31bc87f618f76673e2cc77ab2127b7afdeda33b");
        QCOMPARE(header.value().merkleRoot, genesisTx);
        QCOMPARE(merkleRootFromBranch(genesisTx, {}, 0), genesisTx);
        // Block 170: the coinbase (position 0) and the payment (position 1) lead to its root.
        const QString root = QStringLiteral("7dac2c5666815c17a3b36427de37bb9d2e2c5ccec3f8633eb91a4205cb4c10ff");
        const QString coinbase = QStringLiteral("b1fea52486ce0c62bb442b530a3f0132b826c74e473d1f2c220bfa78111c5082");
        const QString payment = QStringLiteral("f4184fc596403b9d638783cf57adfe4c75c605f6356fbc91338530e9831e9e16");
        QCOMPARE(merkleRootFromBranch(payment, {coinbase}, 1), root);
        QCOMPARE(merkleRootFromBranch(coinbase, {payment}, 0), root);
        QVERIFY(merkleRootFromBranch(payment, {coinbase}, 0) != root); // the wrong side
        QVERIFY(merkleRootFromBranch(payment, {QStringLiteral("zz")}, 1).isEmpty());
    }

    void electrumScripthashVector()
    {
        // The Electrum protocol documentation's example ("Script hashes"): the genesis address.
        const auto address = parseAddress(u"1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", Network::Mainnet);
        QVERIFY(address.ok());
        const QByteArray script = lockingScript(address.value());
        QCOMPARE(script.toHex(), QByteArray("76a91462e907b15cbf27d5425399ebf6f0fb50ebb88f1888ac"));
        QCOMPARE(electrumScripthash(script),
                 QStringLiteral("8b01df4e368ea28f8dc0423bcf7a4923e3a12d307c875e47a0cfbf90b5c39161"));
        // The same address in CashAddr locks with the same script.
        const auto cash = parseAddress(address.value().toCashAddr(), Network::Mainnet);
        QCOMPARE(lockingScript(cash.value()), script);
    }

    void scriptShapes()
    {
        Address p2sh{Network::Mainnet, AddressType::P2SH, QByteArray(20, '\x22')};
        QCOMPARE(lockingScript(p2sh).toHex(), QByteArray("a914") + QByteArray(20, '\x22').toHex() + "87");
        Address p2sh32{Network::Mainnet, AddressType::TokenP2SH, QByteArray(32, '\x33')};
        QCOMPARE(lockingScript(p2sh32).toHex(), QByteArray("aa20") + QByteArray(32, '\x33').toHex() + "87");
        Address odd{Network::Mainnet, AddressType::P2PKH, QByteArray(24, '\x44')};
        QVERIFY(lockingScript(odd).isEmpty());
    }

    void tokenPrefixIsSetAside()
    {
        const QByteArray script = QByteArray::fromHex("76a914") + QByteArray(20, '\x55') + QByteArray::fromHex("88ac");
        // 0xef, category, bitfield 0x10 (amount only), amount 1000 as CompactSize 0xfd e803.
        const QByteArray tokenField =
            QByteArray::fromHex("ef") + QByteArray(32, '\x66') + QByteArray::fromHex("10fde803") + script;
        const auto tx = parseTransaction(buildTx({{1000, tokenField}, {546000, script}}));
        QVERIFY2(tx.ok(), qPrintable(tx.ok() ? QString() : tx.error().message));
        QVERIFY(tx.value().outputs[0].carriesToken);
        QVERIFY(!tx.value().outputs[1].carriesToken);
        QCOMPARE(tx.value().satsPaidTo(script), 547000LL);
        // A bitfield with reserved bit or no token: refused.
        const QByteArray bad = QByteArray::fromHex("ef") + QByteArray(32, '\x66') + QByteArray::fromHex("80") + script;
        QCOMPARE(parseTransaction(buildTx({{1000, bad}})).error().detail, QStringLiteral("tx:token_prefix"));
    }

    void refusesMalformed_data()
    {
        QTest::addColumn<QByteArray>("raw");
        QTest::addColumn<QString>("detail");
        const QByteArray good = QByteArray::fromHex(kBlock170Tx);
        QTest::newRow("empty") << QByteArray() << QStringLiteral("tx:truncated");
        QTest::newRow("cut in an output") << good.left(good.size() - 30) << QStringLiteral("tx:truncated");
        QTest::newRow("no lock time") << good.left(good.size() - 2) << QStringLiteral("tx:truncated");
        QTest::newRow("trailing") << good + QByteArray(1, '\0') << QStringLiteral("tx:trailing");
        QTest::newRow("huge input count") << QByteArray::fromHex("01000000ffffffffffffffffff") + QByteArray(64, '\0')
                                          << QStringLiteral("tx:truncated");
        QTest::newRow("no inputs") << QByteArray::fromHex("010000000000") << QStringLiteral("tx:no_inputs");
        QTest::newRow("above supply") << buildTx({{2100000000000001LL, QByteArray::fromHex("51")}})
                                      << QStringLiteral("tx:value");
        QTest::newRow("negative") << buildTx({{-1, QByteArray::fromHex("51")}}) << QStringLiteral("tx:value");
        QTest::newRow("no outputs") << buildTx({}) << QStringLiteral("tx:no_outputs");
    }

    void refusesMalformed()
    {
        QFETCH(QByteArray, raw);
        QFETCH(QString, detail);
        const auto tx = parseTransaction(raw);
        QVERIFY(!tx.ok());
        QCOMPARE(tx.error().detail, detail);
    }
};

QTEST_GUILESS_MAIN(TestTransaction)
#include "tst_transaction.moc"
