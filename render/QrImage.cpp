#include "QrImage.h"

#include <QBuffer>

#include <cstring>

namespace pd::render {

QImage QrImage::render(const bch::QrCode& code, int pixelsPerModule)
{
    const int scale = std::max(1, pixelsPerModule);
    const int modules = code.size() + 2 * bch::QrCode::kQuietZone;
    const int side = modules * scale;
    // 8 bits a pixel (0 black, 255 white): one row of modules is built once and copied
    // `scale` times, so rendering costs about one write per output byte.
    QImage image(side, side, QImage::Format_Grayscale8);
    image.fill(255);
    for (int y = 0; y < code.size(); ++y) {
        const int top = (y + bch::QrCode::kQuietZone) * scale;
        uchar* first = image.scanLine(top);
        for (int x = 0; x < code.size(); ++x) {
            if (code.isDark(x, y)) {
                std::memset(first + (x + bch::QrCode::kQuietZone) * scale, 0, size_t(scale));
            }
        }
        for (int dy = 1; dy < scale; ++dy) {
            std::memcpy(image.scanLine(top + dy), first, size_t(side));
        }
    }
    return image;
}

int QrImage::pixelsPerModuleFor(const bch::QrCode& code, int maxPixels)
{
    const int modules = code.size() + 2 * bch::QrCode::kQuietZone;
    return std::max(1, maxPixels / modules);
}

QByteArray QrImage::png(const bch::QrCode& code, int pixelsPerModule)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    render(code, pixelsPerModule).save(&buffer, "PNG");
    return bytes;
}

void QrImage::paint(QPainter& painter, const bch::QrCode& code, const QRectF& target)
{
    const qreal side = std::min(target.width(), target.height());
    const QRectF square(target.center().x() - side / 2, target.center().y() - side / 2, side, side);
    QImage image = render(code, 1).convertToFormat(QImage::Format_Mono, Qt::ThresholdDither);
    painter.save();
    painter.setRenderHint(QPainter::SmoothPixmapTransform, false);
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.drawImage(square, image);
    painter.restore();
}

} // namespace pd::render
