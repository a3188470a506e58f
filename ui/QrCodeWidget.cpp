#include "QrCodeWidget.h"

#include "QrImage.h"

#include <QPainter>

namespace pd::ui {

QrCodeWidget::QrCodeWidget(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("qrCode"));
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Preferred);
    setAccessibleName(tr("Payment QR code"));
}

bool QrCodeWidget::setPayload(const QString& payload)
{
    m_payload.clear();
    m_code.reset();
    if (!payload.isEmpty()) {
        auto code = bch::QrCode::encode(payload.toUtf8(), bch::QrCode::ErrorCorrection::Medium);
        if (code.ok()) {
            m_payload = payload;
            m_code = code.value();
        }
    }
    setToolTip(m_payload);
    updateGeometry();
    update();
    return m_code.has_value() || payload.isEmpty();
}

QImage QrCodeWidget::image(int pixelsPerModule) const
{
    return m_code ? render::QrImage::render(*m_code, pixelsPerModule) : QImage();
}

QSize QrCodeWidget::sizeHint() const
{
    return {220, 220};
}

QSize QrCodeWidget::minimumSizeHint() const
{
    // Two pixels a module at least: smaller codes do not scan from a screen.
    const int modules = m_code ? m_code->size() + 2 * bch::QrCode::kQuietZone : 57;
    return {2 * modules, 2 * modules};
}

void QrCodeWidget::paintEvent(QPaintEvent*)
{
    if (!m_code) {
        return;
    }
    QPainter painter(this);
    const int side = std::min(width(), height());
    const qreal ratio = devicePixelRatioF();
    // Whole device pixels per module, so no module is blurred or one pixel wider than another.
    const int perModule = render::QrImage::pixelsPerModuleFor(*m_code, int(side * ratio));
    QImage image = render::QrImage::render(*m_code, perModule);
    image.setDevicePixelRatio(ratio);
    const QSizeF logical = QSizeF(image.size()) / ratio;
    const QPoint origin(qRound((width() - logical.width()) / 2), qRound((height() - logical.height()) / 2));
    painter.drawImage(origin, image);
}

} // namespace pd::ui
