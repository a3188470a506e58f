#include "ChainSettlement.h"

#include <algorithm>

namespace pd {

namespace {

bool open(const QString& status)
{
    return status == QLatin1String("pending") || status == QLatin1String("paid") ||
           status == QLatin1String("confirmed");
}

bool sameColumns(const InvoiceSettlement& a, const InvoiceSettlement& b)
{
    return a.status == b.status && a.receivedSats == b.receivedSats && a.exception == b.exception &&
           a.txHash == b.txHash && a.confirmedHeight == b.confirmedHeight && a.paidAt.isValid() == b.paidAt.isValid() &&
           a.confirmedAt.isValid() == b.confirmedAt.isValid();
}

} // namespace

InvoiceSettlement settlementAsStored(const InvoiceChainState& invoice)
{
    InvoiceSettlement s;
    s.status = invoice.status;
    s.receivedSats = invoice.receivedSats;
    s.exception = invoice.exception;
    s.txHash = invoice.txHash;
    s.paidAt = invoice.paidAt;
    s.confirmedAt = invoice.confirmedAt;
    s.confirmedHeight = invoice.confirmedHeight;
    return s;
}

InvoiceSettlement decideInvoice(const InvoiceChainState& invoice, QVector<ObservedPayment> payments,
                                const ChainView& chain)
{
    // Confirmed transactions by height, then the mempool; within a height by txid, so the
    // decision does not depend on the server's order.
    std::sort(payments.begin(), payments.end(), [](const ObservedPayment& a, const ObservedPayment& b) {
        const int ha = a.height > 0 ? a.height : INT_MAX;
        const int hb = b.height > 0 ? b.height : INT_MAX;
        return ha != hb ? ha < hb : a.txid < b.txid;
    });
    payments.erase(
        std::remove_if(payments.begin(), payments.end(), [](const ObservedPayment& p) { return p.sats <= 0; }),
        payments.end());
    qint64 received = 0;
    for (const ObservedPayment& p : payments) {
        received += p.sats;
    }
    // The transaction that completes the amount, and whether all up to it have their confirmations.
    int completing = -1;
    bool enoughConfirmations = true;
    qint64 running = 0;
    for (int k = 0; k < payments.size(); ++k) {
        running += payments[k].sats;
        enoughConfirmations =
            enoughConfirmations && chain.confirmations(payments[k].height) >= chain.requiredConfirmations;
        if (running >= invoice.amountSats) {
            completing = k;
            break;
        }
    }

    const InvoiceSettlement stored = settlementAsStored(invoice);
    InvoiceSettlement target = stored;
    target.receivedSats = received;
    const bool wasSettled = invoice.status == QLatin1String("confirmed");
    const bool accepted = invoice.resolution == QLatin1String("accepted");
    const bool expired = invoice.expiresAt.isValid() && chain.now > invoice.expiresAt;

    // Late: to an invoice no longer open, or first seen by us after its expiry while it was
    // still waiting (a payment seen before the expiry stays on time while it confirms).
    bool late = !open(invoice.status) && !accepted;
    if (invoice.status == QLatin1String("pending") && received > 0 && invoice.expiresAt.isValid()) {
        const ObservedPayment& last = payments[completing >= 0 ? completing : payments.size() - 1];
        const QDateTime arrived = last.height > 0 && last.blockTime.isValid() ? last.blockTime : chain.now;
        late = arrived > invoice.expiresAt;
    }

    const auto takeBack = [&](const QString& status) {
        target.status = status;
        target.confirmedAt = {};
        target.confirmedHeight = 0;
        target.reversePayment = wasSettled;
        target.creditDeltaSats = -invoice.creditedSats;
    };

    if (late) {
        if (received > 0) {
            target.status = invoice.status == QLatin1String("pending") ? QStringLiteral("expired") : invoice.status;
            target.exception = QStringLiteral("paid_late");
            target.txHash = payments[completing >= 0 ? completing : 0].txid;
            if (!target.paidAt.isValid()) {
                target.paidAt = chain.now;
            }
        } else if (invoice.exception == QLatin1String("paid_late")) {
            // The late transaction left the chain.
            target.exception.clear();
            target.txHash.clear();
            target.paidAt = {};
        }
    } else if (received == 0) {
        target.exception.clear();
        target.txHash.clear();
        target.paidAt = {};
        if (invoice.status == QLatin1String("paid") || wasSettled) {
            takeBack(QStringLiteral("pending"));
        } else if (invoice.status == QLatin1String("pending") && expired) {
            target.status = QStringLiteral("expired");
        }
    } else if (completing < 0) {
        target.exception = QStringLiteral("underpaid");
        target.txHash = payments.first().txid;
        target.paidAt = {};
        if (invoice.status != QLatin1String("pending")) {
            takeBack(QStringLiteral("pending"));
        }
    } else {
        const ObservedPayment& done = payments[completing];
        target.exception = accepted                        ? invoice.exception
                           : received > invoice.amountSats ? QStringLiteral("overpaid")
                                                           : QString();
        target.txHash = done.txid;
        if (enoughConfirmations) {
            target.status = QStringLiteral("confirmed");
            target.confirmedHeight = done.height;
            target.paidAt = done.blockTime.isValid() ? std::min(done.blockTime, chain.now) : chain.now;
            if (!wasSettled) {
                target.confirmedAt = chain.now;
                target.settlePayment = true;
            }
            target.creditDeltaSats = invoice.amountSats - invoice.creditedSats;
            if (wasSettled && invoice.txHash == done.txid) {
                // Still settled by the same transaction: keep the recorded confirmation.
                target.paidAt = invoice.paidAt;
                target.confirmedHeight = invoice.confirmedHeight;
            }
        } else {
            if (wasSettled) {
                takeBack(QStringLiteral("paid"));
            } else {
                target.status = QStringLiteral("paid");
            }
            if (!target.paidAt.isValid() || invoice.status == QLatin1String("pending")) {
                target.paidAt = chain.now;
            }
        }
    }

    if (sameColumns(target, stored) && target.creditDeltaSats == 0 && !target.reversePayment) {
        return stored; // event empty: nothing to write
    }
    if (target.status == QLatin1String("expired") && target.exception.isEmpty()) {
        target.event = QStringLiteral("expire");
    } else if (target.reversePayment || (open(invoice.status) && invoice.status != QLatin1String("pending") &&
                                         target.status == QLatin1String("pending"))) {
        target.event = QStringLiteral("chain_reversed");
    } else if (target.exception == QLatin1String("paid_late") && target.status != QLatin1String("confirmed")) {
        target.event = QStringLiteral("chain_paid_late");
    } else if (target.status == QLatin1String("confirmed") && !wasSettled) {
        target.event = QStringLiteral("chain_confirmed");
    } else if (target.status == QLatin1String("paid") && invoice.status == QLatin1String("pending")) {
        target.event = QStringLiteral("chain_paid");
    } else if (target.exception == QLatin1String("underpaid")) {
        target.event = QStringLiteral("chain_underpaid");
    } else {
        target.event = QStringLiteral("chain_updated");
    }
    return target;
}

} // namespace pd
