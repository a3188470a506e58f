#include "QrImage.h"

#include <QBuffer>
#include <QPainterPath>

namespace pd::models {

QImage QrImage::render(const bch::QrCode& code, int pixelsPerModule)
{
    const int scale = std::max(1, pixelsPerModule);
    const int modules = code.size() + 2 * bch::QrCode::kQuietZone;
    QImage image(modules * scale, modules * scale, QImage::Format_Mono);
    image.setColor(0, qRgb(255, 255, 255));
    image.setColor(1, qRgb(0, 0, 0));
    image.fill(0);
    for (int y = 0; y < code.size(); ++y) {
        for (int x = 0; x < code.size(); ++x) {
            if (!code.isDark(x, y)) {
                continue;
            }
            for (int dy = 0; dy < scale; ++dy) {
                for (int dx = 0; dx < scale; ++dx) {
                    image.setPixel((x + bch::QrCode::kQuietZone) * scale + dx,
                                   (y + bch::QrCode::kQuietZone) * scale + dy, 1);
                }
            }
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
    const int modules = code.size() + 2 * bch::QrCode::kQuietZone;
    const qreal side = std::min(target.width(), target.height());
    const qreal module = side / modules;
    const QPointF origin(target.center().x() - side / 2, target.center().y() - side / 2);
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing, false);
    painter.fillRect(QRectF(origin, QSizeF(side, side)), Qt::white);
    QPainterPath dark;
    dark.setFillRule(Qt::WindingFill);
    for (int y = 0; y < code.size(); ++y) {
        // Runs of dark modules in a row become one rectangle: smaller PDFs, no hairline gaps.
        int x = 0;
        while (x < code.size()) {
            if (!code.isDark(x, y)) {
                ++x;
                continue;
            }
            int end = x;
            while (end < code.size() && code.isDark(end, y)) {
                ++end;
            }
            dark.addRect(QRectF(origin.x() + (x + bch::QrCode::kQuietZone) * module,
                                origin.y() + (y + bch::QrCode::kQuietZone) * module, (end - x) * module, module));
            x = end;
        }
    }
    painter.fillPath(dark, Qt::black);
    painter.restore();
}

} // namespace pd::models
