// Every QR code Paydesk renders must scan back to the exact URI: checked with zbarimg.
#include "QrImage.h"
#include "TestSupport.h"
#include "bch/Bip21.h"
#include "bch/QrCode.h"

#include <QGuiApplication>
#include <QPainter>
#include <QSvgRenderer>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;
using bch::QrCode;
using render::QrImage;

namespace {
QString sampleUri(int variant)
{
    bch::PaymentRequest r;
    r.address = bch::Address{bch::Network::Mainnet, bch::AddressType::P2PKH,
                             QByteArray::fromHex("76a04053bda0a88bda5177b86a15c3b29f559873")};
    r.amountSats = 120000 + variant * 7919;
    if (variant % 2) {
        r.label = QStringLiteral("강남센터 #%1").arg(variant);
        r.message = QStringLiteral("2026-11 급식비 / monthly meal fee");
    }
    return bch::Bip21::build(r);
}
} // namespace

class TestQrCode : public QObject
{
    Q_OBJECT
    QTemporaryDir m_dir;

    void expectScan(const QImage& image, const QString& uri, const QString& name)
    {
        const QString path = m_dir.filePath(name + QStringLiteral(".png"));
        QVERIFY(image.save(path));
        QString error;
        const QStringList decoded = test::decodeWithZbar(path, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(decoded, QStringList{uri});
    }

private Q_SLOTS:
    void encodesWithQuietZone()
    {
        const auto code = QrCode::encode(sampleUri(0).toUtf8());
        QVERIFY(code.ok());
        QVERIFY(code.value().size() >= 21);
        QCOMPARE((code.value().size() - 17) % 4, 0); // 17 + 4 × version modules
        const QImage image = QrImage::render(code.value(), 3);
        QCOMPARE(image.width(), (code.value().size() + 8) * 3);
        // The quiet zone is white all round.
        for (int i = 0; i < image.width(); ++i) {
            for (int q = 0; q < 4 * 3; ++q) {
                QCOMPARE(image.pixelColor(i, q), QColor(Qt::white));
                QCOMPARE(image.pixelColor(q, i), QColor(Qt::white));
            }
        }
        // Crisp: every pixel is pure black or white, exactly as its module.
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x) {
                const bool dark = code.value().isDark(x / 3 - 4, y / 3 - 4);
                QCOMPARE(image.pixelColor(x, y), dark ? QColor(Qt::black) : QColor(Qt::white));
            }
        }
    }

    void refusesNothingAndTooMuch()
    {
        QVERIFY(!QrCode::encode(QByteArray()).ok());
        QVERIFY(!QrCode::encode(QByteArray(4000, 'a'), QrCode::ErrorCorrection::High).ok());
    }

    void pngScansBackExactly_data()
    {
        QTest::addColumn<int>("variant");
        QTest::addColumn<int>("level");
        QTest::addColumn<int>("pixels");
        for (int level = 0; level < 4; ++level) {
            for (int pixels : {2, 4, 8}) {
                QTest::addRow("level %d, %d px, short", level, pixels) << 0 << level << pixels;
                QTest::addRow("level %d, %d px, label", level, pixels) << 3 << level << pixels;
            }
        }
    }
    void pngScansBackExactly()
    {
        QFETCH(int, variant);
        QFETCH(int, level);
        QFETCH(int, pixels);
        const QString uri = sampleUri(variant);
        const auto code = QrCode::encode(uri.toUtf8(), QrCode::ErrorCorrection(level));
        QVERIFY(code.ok());
        QImage image;
        QVERIFY(image.loadFromData(QrImage::png(code.value(), pixels), "PNG"));
        expectScan(image, uri, QStringLiteral("png_%1_%2_%3").arg(variant).arg(level).arg(pixels));
    }

    void paintedAtAnySizeScans_data()
    {
        QTest::addColumn<int>("side");
        for (int side : {120, 157, 203, 311}) {
            QTest::addRow("%d px", side) << side;
        }
    }
    void paintedAtAnySizeScans()
    {
        QFETCH(int, side);
        const QString uri = sampleUri(5);
        const auto code = QrCode::encode(uri.toUtf8());
        QVERIFY(code.ok());
        QImage image(side + 40, side + 40, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        QrImage::paint(painter, code.value(), QRectF(20, 20, side, side));
        painter.end();
        expectScan(image, uri, QStringLiteral("painted_%1").arg(side));
    }

    void svgScans()
    {
        const QString uri = sampleUri(7);
        const auto code = QrCode::encode(uri.toUtf8());
        QVERIFY(code.ok());
        const QString svg = code.value().toSvg(4);
        QVERIFY(svg.contains(QStringLiteral("crispEdges")));
        QSvgRenderer renderer(svg.toUtf8());
        QVERIFY(renderer.isValid());
        QImage image(renderer.defaultSize() * 2, QImage::Format_RGB32);
        image.fill(Qt::white);
        QPainter painter(&image);
        renderer.render(&painter);
        painter.end();
        expectScan(image, uri, QStringLiteral("svg"));
    }
};

QTEST_MAIN(TestQrCode)
#include "tst_qrcode.moc"
