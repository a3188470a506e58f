#pragma once

#include "Invoices.h"
#include "Result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>

class QPagedPaintDevice;
class QPainter;
class QRectF;

namespace pd::bch {
class QrCode;
}

namespace pd::render {

/// Printed BCH invoice sheets: A4 portrait pages of cut-out cards, kColumns x kRows
/// per page. Each card has the invoice's QR code (its BIP21 URI, see invoicePaymentUri()),
/// the amount in BCH and satoshis, member, institution and center, invoice id, due date, the
/// address in text and the non-refundable notice of seed 002 in Korean and English. QR codes
/// are painted as vector squares, so they stay sharp on any printer. The same painter serves
/// the print preview (QPrinter), "Save PDF" and `paydesk print-invoices` (QPdfWriter); it
/// needs a QGuiApplication (fonts) but no widgets.
class InvoiceSheet
{
    Q_DECLARE_TR_FUNCTIONS(InvoiceSheet)

public:
    static constexpr int kColumns = 2;
    static constexpr int kRows = 4;
    static constexpr int kPerPage = kColumns * kRows;

    /// The notice printed on every card (seed 002: BCH payments are not refunded).
    static QString nonRefundableNotice();

    /// Pages needed for `count` invoices.
    static int pageCount(int count) { return (count + kPerPage - 1) / kPerPage; }

    /// Where card `indexOnPage` (0..kPerPage-1, row by row) lies on the A4 page, in millimetres
    /// from the paper's top-left corner (margins included).
    static QRectF cardRectMm(int indexOnPage);

    /// "12 invoices on 2 pages" for `count` invoices (translated, with plural forms).
    static QString sizeText(int count);

    /// Sets A4 portrait with 10 mm margins on `device` (a QPrinter or QPdfWriter).
    static void preparePage(QPagedPaintDevice& device);

    /// Paints `items` on `device`, kPerPage per page, in order; `printedAt` (UTC) goes in
    /// each page's header, times in `locale`'s format and the local time zone. Errors: no
    /// items, an invoice whose address or amount cannot form a URI (named by id), a device
    /// that cannot be painted on (say, an unwritable PDF path).
    static Result<Done> paint(QPagedPaintDevice& device, const QVector<InvoiceSheetItem>& items,
                              const QLocale& locale = QLocale(),
                              const QDateTime& printedAt = QDateTime::currentDateTimeUtc());

    /// Writes `items` to a PDF file at `path` (A4, 300 dpi layout, title "Paydesk BCH
    /// invoices"). Nothing is left behind at `path` on error.
    static Result<Done> writePdf(const QString& path, const QVector<InvoiceSheetItem>& items,
                                 const QLocale& locale = QLocale(),
                                 const QDateTime& printedAt = QDateTime::currentDateTimeUtc());

private:
    /// One card: the code at the top left, the text beside and under it.
    static void paintCard(QPainter& painter, const QRectF& card, const InvoiceSheetItem& item, const bch::QrCode& code,
                          const QLocale& locale, qreal mm);
};

} // namespace pd::render
