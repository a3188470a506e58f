#include "InvoiceSheet.h"

#include "Money.h"
#include "OutputFile.h"
#include "QrImage.h"
#include "Reconciliation.h"
#include "bch/QrCode.h"

#include <QFile>
#include <QFontMetricsF>
#include <QPageLayout>
#include <QPainter>
#include <QPdfWriter>
#include <QTextOption>

namespace pd::render {

namespace {
constexpr qreal kMarginMm = 10;
constexpr qreal kHeaderMm = 7;
const QString kTimeFormat = QStringLiteral("yyyy-MM-dd HH:mm");

QFont sheetFont(qreal points, bool bold = false)
{
    QFont font(QStringLiteral("Noto Sans CJK KR"));
    font.setStyleHint(QFont::SansSerif);
    font.setPointSizeF(points);
    font.setBold(bold);
    return font;
}

/// Draws one line of text in `rect` at its top, elided to the width; returns the height used.
qreal drawLine(QPainter& painter, const QRectF& rect, const QString& text, const QFont& font)
{
    painter.setFont(font);
    const QFontMetricsF metrics(font, painter.device());
    const QString elided = metrics.elidedText(text, Qt::ElideRight, rect.width());
    painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), metrics.height()), Qt::AlignLeft | Qt::AlignTop,
                     elided);
    return metrics.height();
}
} // namespace

QString InvoiceSheet::nonRefundableNotice()
{
    // Both languages on every card, whatever the console's language: members read either.
    return QStringLiteral("BCH 결제는 환불되지 않습니다. / BCH payments are non-refundable.");
}

QString InvoiceSheet::sizeText(int count)
{
    //: "%1 %2": the number of invoices, then the number of pages
    return tr("%1 %2").arg(tr("%n invoice(s)", nullptr, count), tr("on %n page(s)", nullptr, pageCount(count)));
}

QRectF InvoiceSheet::cardRectMm(int indexOnPage)
{
    const QSizeF paper = QPageSize(QPageSize::A4).size(QPageSize::Millimeter);
    const qreal width = (paper.width() - 2 * kMarginMm) / kColumns;
    const qreal height = (paper.height() - 2 * kMarginMm - kHeaderMm) / kRows;
    return QRectF(kMarginMm + (indexOnPage % kColumns) * width,
                  kMarginMm + kHeaderMm + (indexOnPage / kColumns) * height, width, height);
}

void InvoiceSheet::preparePage(QPagedPaintDevice& device)
{
    device.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait,
                                     QMarginsF(kMarginMm, kMarginMm, kMarginMm, kMarginMm), QPageLayout::Millimeter));
}

Result<Done> InvoiceSheet::paint(QPagedPaintDevice& device, const QVector<InvoiceSheetItem>& items,
                                 const QLocale& locale, const QDateTime& printedAt)
{
    if (items.isEmpty()) {
        return Error(Error::Kind::Invalid, tr("There are no invoices to print; change the selection or the filters."));
    }
    // Build every URI first: an invoice with a bad address stops the sheet before any page is drawn.
    QStringList uris;
    uris.reserve(items.size());
    for (const InvoiceSheetItem& item : items) {
        const QString uri = invoicePaymentUri(item);
        if (uri.isEmpty()) {
            return Error(Error::Kind::Invalid,
                         tr("Invoice #%1 has an address that is not a valid CashAddr (%2); it cannot be printed.")
                             .arg(item.id)
                             .arg(item.address));
        }
        uris.append(uri);
    }

    QPainter painter;
    if (!painter.begin(&device)) {
        return Error(Error::Kind::Invalid, tr("The printer or file could not be opened for writing."));
    }
    const qreal mm = device.logicalDpiY() / 25.4;
    const QRectF page(0, 0, device.width(), device.height());
    const int pages = pageCount(int(items.size()));
    const qreal headerHeight = kHeaderMm * mm;

    for (int p = 0; p < pages; ++p) {
        if (p > 0 && !device.newPage()) {
            painter.end();
            return Error(Error::Kind::Invalid, tr("A new page could not be started on the printer or file."));
        }
        painter.setPen(Qt::black);
        const QString header = tr("Paydesk · BCH invoices · printed %1 · page %2 of %3")
                                   .arg(printedAt.toLocalTime().toString(kTimeFormat))
                                   .arg(p + 1)
                                   .arg(pages);
        drawLine(painter, QRectF(page.left(), page.top(), page.width(), headerHeight), header, sheetFont(8));

        for (int k = 0; k < kPerPage; ++k) {
            const int index = p * kPerPage + k;
            if (index >= items.size()) {
                break;
            }
            // The painter's origin is the top-left of the printable area, inside the margins.
            const QRectF mmRect = cardRectMm(k).translated(-kMarginMm, -kMarginMm);
            const QRectF card(mmRect.left() * mm, mmRect.top() * mm, mmRect.width() * mm, mmRect.height() * mm);
            // Cut lines.
            painter.save();
            QPen cut(QColor(150, 150, 150));
            cut.setStyle(Qt::DashLine);
            cut.setWidthF(0.2 * mm);
            painter.setPen(cut);
            painter.setBrush(Qt::NoBrush);
            painter.drawRect(card);
            painter.restore();
            auto code = bch::QrCode::encode(uris[index].toUtf8(), bch::QrCode::ErrorCorrection::Medium);
            if (!code.ok()) {
                painter.end();
                return Error(Error::Kind::Invalid, tr("The QR code of invoice #%1 could not be made: %2")
                                                       .arg(items[index].id)
                                                       .arg(code.error().message));
            }
            paintCard(painter, card, items[index], code.value(), locale, mm);
        }
    }
    if (!painter.end()) {
        return Error(Error::Kind::Invalid, tr("The sheet could not be finished on the printer or file."));
    }
    return Done{};
}

void InvoiceSheet::paintCard(QPainter& painter, const QRectF& card, const InvoiceSheetItem& item,
                             const bch::QrCode& code, const QLocale& locale, qreal mm)
{
    const qreal pad = 3 * mm;
    const qreal qrSide = std::min(44 * mm, card.height() - 19 * mm);
    QrImage::paint(painter, code, QRectF(card.left() + pad, card.top() + pad, qrSide, qrSide));
    painter.save();
    painter.setPen(Qt::black);

    // Right of the code: what the member reads.
    QRectF text(card.left() + pad + qrSide + 2 * mm, card.top() + pad, 0, 0);
    text.setRight(card.right() - pad);
    text.setBottom(card.top() + pad + qrSide);
    qreal y = text.top();
    auto line = [&](const QString& value, const QFont& font, qreal gapAfter = 0.4) {
        y += drawLine(painter, QRectF(text.left(), y, text.width(), text.bottom() - y), value, font);
        y += gapAfter * mm;
    };
    line(tr("Invoice #%1").arg(item.id), sheetFont(8, true), 1.2);
    line(Money(item.amountSats, Currency::BCH).format(locale), sheetFont(13, true), 0.2);
    line(tr("%1 satoshis").arg(locale.toString(item.amountSats)), sheetFont(7.5), 2);
    line(tr("Member: %1").arg(item.member), sheetFont(8.5));
    if (item.memberId > 0) {
        // Quoted on a bank transfer, it matches the member exactly (docs/DOMAIN.md, "Explained matches").
        line(tr("Transfer reference: %1").arg(memberReference(item.memberId)), sheetFont(7.5));
    }
    if (!item.institution.isEmpty()) {
        line(tr("Institution: %1").arg(item.institution), sheetFont(7.5));
    }
    if (!item.center.isEmpty()) {
        line(tr("Center: %1").arg(item.center), sheetFont(7.5));
    }
    if (item.expiresAt.isValid()) {
        line(tr("Pay by: %1").arg(item.expiresAt.toLocalTime().toString(kTimeFormat)), sheetFont(8, true));
        line(tr("Scan with a Bitcoin Cash wallet; pay exactly this amount in one payment."), sheetFont(6.5));
    }
    if (!item.description.isEmpty()) {
        line(item.description, sheetFont(7));
    }
    if (item.network != bch::Network::Mainnet) {
        line(tr("TEST NETWORK: not real money"), sheetFont(7.5, true));
    }

    // Under the code, across the card: the address as text and the notice.
    const QRectF bottom(card.left() + pad, card.top() + pad + qrSide + 1.5 * mm, card.width() - 2 * pad,
                        card.bottom() - pad - (card.top() + pad + qrSide + 1.5 * mm));
    QFont mono(QStringLiteral("DejaVu Sans Mono"));
    mono.setStyleHint(QFont::Monospace);
    mono.setPointSizeF(7.5);
    // Shrink until the address fits on one line (never below 5 pt; then it wraps).
    while (mono.pointSizeF() > 5.0 &&
           QFontMetricsF(mono, painter.device()).horizontalAdvance(item.address) > bottom.width()) {
        mono.setPointSizeF(mono.pointSizeF() - 0.25);
    }
    painter.setFont(mono);
    QTextOption wrap(Qt::AlignLeft | Qt::AlignTop);
    wrap.setWrapMode(QTextOption::WrapAnywhere);
    const QFontMetricsF monoMetrics(mono, painter.device());
    const qreal addressHeight =
        monoMetrics.boundingRect(bottom, Qt::TextWrapAnywhere | Qt::AlignLeft, item.address).height();
    painter.drawText(bottom, item.address, wrap);
    const QFont noticeFont = sheetFont(7, true);
    drawLine(painter, QRectF(bottom.left(), bottom.top() + addressHeight + 1 * mm, bottom.width(), bottom.height()),
             nonRefundableNotice(), noticeFont);
    painter.restore();
}

Result<Done> InvoiceSheet::writePdf(const QString& path, const QVector<InvoiceSheetItem>& items, const QLocale& locale,
                                    const QDateTime& printedAt)
{
    if (items.isEmpty()) {
        return Error(Error::Kind::Invalid, tr("There are no invoices to print; change the selection or the filters."));
    }
    PD_TRY(checkOutputTarget(path));
    const QString partial = path + QStringLiteral(".part");
    PD_TRY(checkOutputTarget(partial));
    Result<Done> result = Done{};
    {
        QPdfWriter writer(partial);
        writer.setResolution(300);
        writer.setTitle(tr("Paydesk BCH invoices"));
        writer.setCreator(QStringLiteral("Paydesk"));
        preparePage(writer);
        result = paint(writer, items, locale, printedAt);
    }
    if (!result.ok()) {
        QFile::remove(partial);
        return result;
    }
    // QPdfWriter reports no write errors: a sheet that did not reach the disk whole is missing
    // its end-of-file marker.
    QFile written(partial);
    if (!written.open(QIODevice::ReadOnly) || written.size() < 8 ||
        (written.seek(written.size() - 8), !written.readAll().contains("%%EOF"))) {
        QFile::remove(partial);
        return Error(Error::Kind::Invalid, tr("The PDF could not be written to %1 completely; check the free space "
                                              "and that you may write there.")
                                               .arg(path));
    }
    written.close();
    QFile::remove(path);
    if (!QFile::rename(partial, path)) {
        QFile::remove(partial);
        return Error(Error::Kind::Invalid, tr("The PDF could not be written to %1; check that the folder exists and "
                                              "that you may write there.")
                                               .arg(path));
    }
    return Done{};
}

} // namespace pd::render
