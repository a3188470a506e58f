// Benchmark of QR codes and printed invoice sheets (docs/PERFORMANCE.md: "QR code:
// encode + render <= 1 ms"). Not part of the test run. Prints, each with its baseline measured
// in the same run:
//   1. QrCode::encode + QrImage::render (screen, 6 px a module) per BIP21 URI, against the bare
//      libqrencode call (QRcode_encodeData) on the same URIs
//   2. a 1,000-invoice PDF sheet (InvoiceSheet::writePdf, 125 A4 pages) against its bare
//      ingredients: libqrencode on the 1,000 URIs plus QPdfWriter writing the same 125 pages
//      of text without codes
//
//   bench_qr [--invoices 1000] [--runs 5]

#include "InvoiceSheet.h"
#include "Invoices.h"
#include "QrImage.h"
#include "bch/QrCode.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QGuiApplication>
#include <QPainter>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QTemporaryDir>

#include <qrencode.h>

#include <algorithm>
#include <cstdio>
#include <vector>

using namespace pd;

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0.0 : v[v.size() / 2];
}

/// Invoices with real CashAddr addresses (random hashes), Korean names and realistic amounts.
QVector<InvoiceSheetItem> makeInvoices(int count)
{
    QRandomGenerator random(20261122);
    QVector<InvoiceSheetItem> items;
    for (int i = 0; i < count; ++i) {
        bch::Address address;
        address.network = bch::Network::Mainnet;
        QByteArray hash(20, Qt::Uninitialized);
        for (char& c : hash) {
            c = char(random.bounded(256));
        }
        address.hash = hash;
        InvoiceSheetItem item;
        item.id = 100000 + i;
        item.amountSats = 1'000'000 + random.bounded(20'000'000);
        item.address = address.toCashAddr();
        item.member = QStringLiteral("김민준%1").arg(i % 97);
        item.institution = QStringLiteral("수원 은하수어린이집");
        item.center = QStringLiteral("수원센터");
        item.description = QStringLiteral("2026-12 급식비 / monthly meal fee");
        item.status = QStringLiteral("pending");
        item.createdAt = QDateTime::currentDateTimeUtc();
        item.expiresAt = item.createdAt.addDays(14);
        items.append(item);
    }
    return items;
}

/// The baseline PDF: the same pages and text, no codes.
void writeTextOnlyPdf(const QString& path, const QVector<InvoiceSheetItem>& items)
{
    QPdfWriter writer(path);
    writer.setResolution(300);
    render::InvoiceSheet::preparePage(writer);
    QPainter painter(&writer);
    const qreal mm = writer.logicalDpiY() / 25.4;
    QFont font(QStringLiteral("Noto Sans CJK KR"));
    font.setPointSizeF(8);
    painter.setFont(font);
    for (int i = 0; i < items.size(); ++i) {
        const int k = i % render::InvoiceSheet::kPerPage;
        if (i > 0 && k == 0) {
            writer.newPage();
        }
        const QRectF r = render::InvoiceSheet::cardRectMm(k).translated(-10, -10);
        const InvoiceSheetItem& item = items[i];
        const QStringList lines = {QStringLiteral("Invoice #%1").arg(item.id),
                                   QString::number(item.amountSats),
                                   item.member,
                                   item.institution,
                                   item.center,
                                   item.expiresAt.toString(Qt::ISODate),
                                   item.description,
                                   item.address,
                                   render::InvoiceSheet::nonRefundableNotice()};
        painter.drawText(QRectF(r.left() * mm, r.top() * mm, r.width() * mm, r.height() * mm),
                         lines.join(QLatin1Char('\n')));
    }
}
} // namespace

int main(int argc, char** argv)
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    QGuiApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("invoices"), QStringLiteral("Invoices on the sheet (default 1000)."),
                      QStringLiteral("n"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("runs"), QStringLiteral("Runs of each measurement (default 5)."),
                      QStringLiteral("n"), QStringLiteral("5")});
    parser.process(app);
    const int count = std::max(8, parser.value(QStringLiteral("invoices")).toInt());
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());

    const QVector<InvoiceSheetItem> items = makeInvoices(count);
    std::vector<QByteArray> uris;
    for (const InvoiceSheetItem& item : items) {
        uris.push_back(invoicePaymentUri(item).toUtf8());
    }
    const auto [shortest, longest] =
        std::minmax_element(uris.begin(), uris.end(), [](auto& a, auto& b) { return a.size() < b.size(); });
    std::printf("%d BIP21 URIs, %lld to %lld bytes (address, amount, Korean label, message)\n", count,
                static_cast<long long>(shortest->size()), static_cast<long long>(longest->size()));

    // 1. Per code.
    std::vector<double> bare, ours;
    int version = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        for (const QByteArray& uri : uris) {
            QRcode* code = QRcode_encodeData(int(uri.size()), reinterpret_cast<const unsigned char*>(uri.constData()),
                                             0, QR_ECLEVEL_M);
            version = std::max(version, code ? code->version : 0);
            QRcode_free(code);
        }
        bare.push_back(double(timer.nsecsElapsed()) / 1000.0 / count);
        timer.restart();
        qint64 pixels = 0;
        for (const QByteArray& uri : uris) {
            auto code = bch::QrCode::encode(uri, bch::QrCode::ErrorCorrection::Medium);
            pixels += render::QrImage::render(code.value(), 6).width();
        }
        ours.push_back(double(timer.nsecsElapsed()) / 1000.0 / count);
        if (pixels == 0) {
            return 1;
        }
    }
    const double bareCode = median(bare), ourCode = median(ours);
    std::printf("\n1. QR code per URI (largest version %d, EC level M)\n", version);
    std::printf("   baseline  libqrencode QRcode_encodeData          %8.1f us\n", bareCode);
    std::printf("   paydesk   QrCode::encode + QrImage::render(6px)  %8.1f us   ratio %.2f x   target <= 1000 us: %s\n",
                ourCode, ourCode / bareCode, ourCode <= 1000.0 ? "met" : "MISSED");

    // 2. A whole sheet.
    QTemporaryDir dir;
    std::vector<double> basePdf, ourPdf;
    qint64 ourSize = 0;
    for (int r = 0; r < runs; ++r) {
        QElapsedTimer timer;
        timer.start();
        for (const QByteArray& uri : uris) {
            QRcode_free(QRcode_encodeData(int(uri.size()), reinterpret_cast<const unsigned char*>(uri.constData()), 0,
                                          QR_ECLEVEL_M));
        }
        writeTextOnlyPdf(dir.filePath(QStringLiteral("text.pdf")), items);
        basePdf.push_back(double(timer.nsecsElapsed()) / 1e9);
        timer.restart();
        const auto written = render::InvoiceSheet::writePdf(dir.filePath(QStringLiteral("sheet.pdf")), items);
        ourPdf.push_back(double(timer.nsecsElapsed()) / 1e9);
        if (!written.ok()) {
            std::fprintf(stderr, "bench_qr: %s\n", qPrintable(written.error().message));
            return 1;
        }
        ourSize = QFileInfo(dir.filePath(QStringLiteral("sheet.pdf"))).size();
    }
    const double base = median(basePdf), sheet = median(ourPdf);
    std::printf("\n2. PDF sheet of %d invoices (%d A4 pages, %.1f MB)\n", count, render::InvoiceSheet::pageCount(count),
                double(ourSize) / 1e6);
    std::printf("   baseline  libqrencode x %d + text-only PDF of the same pages  %6.2f s\n", count, base);
    std::printf("   paydesk   InvoiceSheet::writePdf                            %6.2f s   ratio %.2f x   "
                "(%.2f s per 1,000 invoices)\n",
                sheet, sheet / base, sheet * 1000.0 / count);
    return 0;
}
