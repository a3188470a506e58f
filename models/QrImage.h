#pragma once

#include "bch/QrCode.h"

#include <QImage>
#include <QPainter>
#include <QRectF>

namespace pd::models {

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
    /// Paints the symbol with its quiet zone into `target` as filled rectangles (vector output
    /// in PDFs; sharp at any resolution). The area is made square, centred in `target`.
    static void paint(QPainter& painter, const bch::QrCode& code, const QRectF& target);
};

} // namespace pd::models
