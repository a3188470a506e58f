#pragma once

#include "bch/QrCode.h"

#include <QWidget>

#include <optional>

namespace pd::ui {

/// Shows one QR code, crisp at any size: each module is a whole number of screen pixels
/// (nearest-neighbour, never smoothed) and the 4-module quiet zone stays white. Used for an
/// invoice's BIP21 URI; what it shows scans back to payload() byte for byte.
class QrCodeWidget : public QWidget
{
    Q_OBJECT
public:
    explicit QrCodeWidget(QWidget* parent = nullptr);

    /// Encodes `payload` (UTF-8) at error-correction level Medium and shows it. An empty
    /// payload clears the widget. Returns false, showing nothing, when it cannot be encoded.
    bool setPayload(const QString& payload);
    QString payload() const { return m_payload; }
    const std::optional<bch::QrCode>& code() const { return m_code; }
    /// The code as an image with `pixelsPerModule` pixels per module (null when empty).
    QImage image(int pixelsPerModule = 8) const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;
    bool hasHeightForWidth() const override { return true; }
    int heightForWidth(int width) const override { return width; }

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    QString m_payload;
    std::optional<bch::QrCode> m_code;
};

} // namespace pd::ui
