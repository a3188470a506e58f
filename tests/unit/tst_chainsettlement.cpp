// decideInvoice(): what the chain shows decides an invoice (docs/DOMAIN.md, "Invoices on chain"),
// the same way whatever order the server lists transactions in, and an answer already stored
// is "unchanged". Also the sheet's printable selection and the top-up URI.

#include "ChainSettlement.h"
#include "Invoices.h"
#include "bch/Bip21.h"

#include <QtTest>

using namespace pd;

namespace {
const QDateTime kNow = QDateTime(QDate(2026, 12, 1), QTime(10, 0), Qt::UTC);

InvoiceChainState pendingInvoice(qint64 sats = 150000)
{
    InvoiceChainState s;
    s.id = 1;
    s.status = QStringLiteral("pending");
    s.amountSats = sats;
    s.expiresAt = kNow.addDays(3);
    return s;
}

ObservedPayment tx(char c, int height, qint64 sats)
{
    return {QString(64, QLatin1Char(c)), height, sats, height > 0 ? kNow.addSecs(-600) : QDateTime()};
}

ChainView tip(int height, int confirmations = 1)
{
    return {height, confirmations, kNow};
}

/// The stored state after applying a decision (what applyChainObservation writes).
InvoiceChainState stored(InvoiceChainState s, const InvoiceSettlement& d)
{
    s.status = d.status;
    s.receivedSats = d.receivedSats;
    s.exception = d.exception;
    s.txHash = d.txHash;
    s.paidAt = d.paidAt;
    s.confirmedAt = d.confirmedAt;
    s.confirmedHeight = d.confirmedHeight;
    s.creditedSats += d.creditDeltaSats;
    return s;
}
} // namespace

class TestChainSettlement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decisions_data()
    {
        QTest::addColumn<QVector<ObservedPayment>>("payments");
        QTest::addColumn<int>("confirmations");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("exception");
        QTest::addColumn<QString>("event");
        QTest::addColumn<qint64>("credit");
        QTest::newRow("nothing") << QVector<ObservedPayment>{} << 1 << "pending"
                                 << ""
                                 << "" << 0LL;
        QTest::newRow("mempool exact") << QVector<ObservedPayment>{tx('a', 0, 150000)} << 1 << "paid"
                                       << ""
                                       << "chain_paid" << 0LL;
        QTest::newRow("one confirmation") << QVector<ObservedPayment>{tx('a', 100, 150000)} << 1 << "confirmed"
                                          << ""
                                          << "chain_confirmed" << 150000LL;
        QTest::newRow("needs three") << QVector<ObservedPayment>{tx('a', 100, 150000)} << 3 << "paid"
                                     << ""
                                     << "chain_paid" << 0LL;
        QTest::newRow("three of three") << QVector<ObservedPayment>{tx('a', 98, 150000)} << 3 << "confirmed"
                                        << ""
                                        << "chain_confirmed" << 150000LL;
        QTest::newRow("under") << QVector<ObservedPayment>{tx('a', 100, 149999)} << 1 << "pending"
                               << "underpaid"
                               << "chain_underpaid" << 0LL;
        QTest::newRow("over") << QVector<ObservedPayment>{tx('a', 100, 150001)} << 1 << "confirmed"
                              << "overpaid"
                              << "chain_confirmed" << 150000LL;
        QTest::newRow("two halves, one unconfirmed")
            << QVector<ObservedPayment>{tx('a', 100, 75000), tx('b', 0, 75000)} << 1 << "paid"
            << ""
            << "chain_paid" << 0LL;
        QTest::newRow("two halves confirmed")
            << QVector<ObservedPayment>{tx('b', 100, 75000), tx('a', 99, 75000)} << 1 << "confirmed"
            << ""
            << "chain_confirmed" << 150000LL;
        QTest::newRow("zero-value output ignored") << QVector<ObservedPayment>{tx('a', 100, 0)} << 1 << "pending"
                                                   << ""
                                                   << "" << 0LL;
    }

    void decisions()
    {
        QFETCH(QVector<ObservedPayment>, payments);
        QFETCH(int, confirmations);
        QFETCH(QString, status);
        QFETCH(QString, exception);
        QFETCH(QString, event);
        QFETCH(qint64, credit);
        const InvoiceSettlement d = decideInvoice(pendingInvoice(), payments, tip(100, confirmations));
        QCOMPARE(d.status, status);
        QCOMPARE(d.exception, exception);
        QCOMPARE(d.event, event);
        QCOMPARE(d.creditDeltaSats, credit);
        QCOMPARE(d.settlePayment, status == QLatin1String("confirmed"));
        // Stored, the same chain decides nothing new.
        const InvoiceSettlement again = decideInvoice(stored(pendingInvoice(), d), payments, tip(100, confirmations));
        QVERIFY2(again.unchanged(), qPrintable(again.event));
        // The server's order does not matter.
        QVector<ObservedPayment> reversed(payments.rbegin(), payments.rend());
        QCOMPARE(decideInvoice(pendingInvoice(), reversed, tip(100, confirmations)).status, status);
    }

    void completingTransactionIsNamed()
    {
        // 50,000 + 100,000 confirmed: the second completes the amount and becomes the tid.
        const auto d = decideInvoice(pendingInvoice(), {tx('b', 101, 100000), tx('a', 100, 50000)}, tip(101));
        QCOMPARE(d.txHash, QString(64, QLatin1Char('b')));
        QCOMPARE(d.confirmedHeight, 101);
    }

    void reorgTakesBack()
    {
        InvoiceChainState s =
            stored(pendingInvoice(), decideInvoice(pendingInvoice(), {tx('a', 100, 150000)}, tip(100)));
        QCOMPARE(s.status, QStringLiteral("confirmed"));
        QCOMPARE(s.creditedSats, 150000LL);
        const auto mempool = decideInvoice(s, {tx('a', 0, 150000)}, tip(100));
        QCOMPARE(mempool.status, QStringLiteral("paid"));
        QCOMPARE(mempool.event, QStringLiteral("chain_reversed"));
        QVERIFY(mempool.reversePayment);
        QCOMPARE(mempool.creditDeltaSats, -150000LL);
        const auto gone = decideInvoice(s, {}, tip(101));
        QCOMPARE(gone.status, QStringLiteral("pending"));
        QVERIFY(gone.txHash.isEmpty());
        QCOMPARE(gone.creditDeltaSats, -150000LL);
        // A deeper block keeps the settlement as recorded.
        QVERIFY(decideInvoice(s, {tx('a', 100, 150000)}, tip(110)).unchanged());
    }

    void expiryAndLatePayments()
    {
        InvoiceChainState past = pendingInvoice();
        past.expiresAt = kNow.addSecs(-60);
        QCOMPARE(decideInvoice(past, {}, tip(100)).event, QStringLiteral("expire"));
        // Confirmed in a block after the expiry, first seen by us then: late, nothing settled.
        ObservedPayment late = tx('a', 100, 150000);
        late.blockTime = kNow.addSecs(-30);
        const auto d = decideInvoice(past, {late}, tip(100));
        QCOMPARE(d.status, QStringLiteral("expired"));
        QCOMPARE(d.exception, QStringLiteral("paid_late"));
        QVERIFY(!d.settlePayment);
        QCOMPARE(d.creditDeltaSats, 0LL);
        // In a block before the expiry: on time, even if we look later.
        ObservedPayment onTime = tx('a', 100, 150000);
        onTime.blockTime = kNow.addSecs(-120);
        QCOMPARE(decideInvoice(past, {onTime}, tip(100)).status, QStringLiteral("confirmed"));
        // To a cancelled invoice: late whatever the time.
        InvoiceChainState cancelled = pendingInvoice();
        cancelled.status = QStringLiteral("cancelled");
        QCOMPARE(decideInvoice(cancelled, {tx('a', 100, 150000)}, tip(100)).exception, QStringLiteral("paid_late"));
        // Paid in time in the mempool, confirmed after the expiry: still on time.
        InvoiceChainState paid =
            stored(pendingInvoice(), decideInvoice(pendingInvoice(), {tx('a', 0, 150000)}, tip(100)));
        paid.expiresAt = kNow.addSecs(-10);
        QCOMPARE(decideInvoice(paid, {tx('a', 101, 150000)}, tip(101)).status, QStringLiteral("confirmed"));
    }

    void printableSelection()
    {
        QVector<InvoiceSheetItem> items(5);
        items[0].status = QStringLiteral("pending");
        items[0].expiresAt = kNow.addDays(1);
        items[1].status = QStringLiteral("pending");
        items[1].expiresAt = kNow.addDays(-1);
        items[2].status = QStringLiteral("expired");
        items[3].status = QStringLiteral("cancelled");
        items[4].status = QStringLiteral("confirmed");
        const PrintableInvoices p = printableInvoices(items, kNow);
        QCOMPARE(p.printable.size(), 1);
        QCOMPARE(p.expired, 2);
        QCOMPARE(p.cancelled, 1);
        QCOMPARE(p.settled, 1);
        QVERIFY(p.leftOutSentence().contains(QStringLiteral("2 expired")));
        QVERIFY(printableInvoices({items[0]}, kNow).leftOutSentence().isEmpty());
    }

    void topUpAsksForTheRest()
    {
        InvoiceSheetItem item;
        item.id = 7;
        item.address = QStringLiteral("bitcoincash:qpm2qsznhks23z7629mms6s4cwef74vcwvy22gdx6a");
        item.amountSats = 150000;
        const QString uri = topUpPaymentUri(item, 50000);
        const auto parsed = bch::Bip21::parse(uri, bch::Network::Mainnet);
        QVERIFY2(parsed.ok(), qPrintable(uri));
        QCOMPARE(parsed.value().amountSats.value_or(0), 50000LL);
        QCOMPARE(parsed.value().address.toCashAddr(), item.address);
        QVERIFY(topUpPaymentUri(item, 0).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestChainSettlement)
#include "tst_chainsettlement.moc"
