#pragma once

#include "bch/QrCode.h"

#include <QImage>
#include <QPainter>
#include <QRectF>

namespace pd::render {

/// Pixels and painting for a QR code: every module is an exact square of whole pixels
/// (no smoothing), with the 4-module quiet zone in white.
class QrImage
{
public:
    /// An image with `pixelsPerModule` pixels per module (>= 1), quiet zone included.
    static QImage render(const bch::QrCode& code, int pixelsPerModule);
    /// The largest whole number of pixels per module that fits `maxPixels` (at least 1).
    static int pixelsPerModuleFor(const bch::QrCode& code, int maxPixels);
    /// PNG file contents of render().
    static QByteArray png(const bch::QrCode& code, int pixelsPerModule);
    /// Paints the symbol with its quiet zone into `target` (made square, centred) as one
    /// 1-bit image of one pixel a module, scaled without smoothing: sharp on printers and in
    /// PDFs at any size, a few hundred bytes a code (bench_qr: 4.6x faster to write than
    /// painting each run of modules as a rectangle).
    static void paint(QPainter& painter, const bch::QrCode& code, const QRectF& target);
};

} // namespace pd::render
