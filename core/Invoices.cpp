#include "Invoices.h"

#include "bch/Bip21.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pd {

namespace {
struct InvoiceText
{
    Q_DECLARE_TR_FUNCTIONS(pd::Invoices)
};
} // namespace

PrintableInvoices printableInvoices(const QVector<InvoiceSheetItem>& items, const QDateTime& now)
{
    PrintableInvoices out;
    for (const InvoiceSheetItem& item : items) {
        if (item.status == QLatin1String("cancelled")) {
            ++out.cancelled;
        } else if (item.status == QLatin1String("paid") || item.status == QLatin1String("confirmed")) {
            ++out.settled;
        } else if (item.status != QLatin1String("pending") || (item.expiresAt.isValid() && item.expiresAt <= now)) {
            ++out.expired;
        } else {
            out.printable.append(item);
        }
    }
    return out;
}

QString PrintableInvoices::leftOutSentence() const
{
    if (leftOut() == 0) {
        return {};
    }
    QStringList parts;
    if (expired > 0) {
        parts << InvoiceText::tr("%n expired", nullptr, expired);
    }
    if (cancelled > 0) {
        parts << InvoiceText::tr("%n cancelled", nullptr, cancelled);
    }
    if (settled > 0) {
        parts << InvoiceText::tr("%n already paid", nullptr, settled);
    }
    return InvoiceText::tr("Left out %n invoice(s) that cannot be paid any more: %1.", nullptr, leftOut())
        .arg(parts.join(QStringLiteral(", ")));
}

QString topUpPaymentUri(const InvoiceSheetItem& item, qint64 remainingSats)
{
    if (remainingSats <= 0) {
        return {};
    }
    bch::PaymentRequest request;
    const auto address = bch::parseAddress(item.address, item.network);
    if (!address.ok()) {
        return {};
    }
    request.address = address.value();
    request.amountSats = remainingSats;
    request.label = item.institution.isEmpty() ? item.center : item.institution;
    request.message = InvoiceText::tr("Invoice %1 (rest)").arg(item.id);
    return bch::Bip21::build(request);
}

QString invoiceActionKey(InvoiceChange::Action action)
{
    switch (action) {
    case InvoiceChange::Action::MarkPaid:
        return QStringLiteral("mark_paid");
    case InvoiceChange::Action::Confirm:
        return QStringLiteral("confirm");
    case InvoiceChange::Action::Expire:
        return QStringLiteral("expire");
    case InvoiceChange::Action::Cancel:
        return QStringLiteral("cancel");
    }
    return {};
}

QString invoicePaymentUri(const InvoiceSheetItem& item)
{
    bch::PaymentRequest request;
    const auto address = bch::parseAddress(item.address, item.network);
    if (!address.ok()) {
        return {};
    }
    request.address = address.value();
    request.amountSats = item.amountSats;
    request.label = item.institution.isEmpty() ? item.center : item.institution;
    request.message = QStringLiteral("Invoice %1").arg(item.id);
    return bch::Bip21::build(request);
}

QString normalizedTxHash(const QString& text)
{
    static const QRegularExpression hex(QStringLiteral("^[0-9a-fA-F]{64}$"));
    const QString trimmed = text.trimmed();
    return hex.match(trimmed).hasMatch() ? trimmed.toLower() : QString();
}

} // namespace pd
