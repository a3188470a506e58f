#include "Invoices.h"

#include "bch/Bip21.h"

#include <QRegularExpression>

namespace pd {

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
