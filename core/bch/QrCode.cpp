#include "bch/QrCode.h"

#include <qrencode.h>

#include <memory>

namespace pd::bch {

Result<QrCode> QrCode::encode(const QByteArray& data, ErrorCorrection level)
{
    if (data.isEmpty()) {
        return Error(Error::Kind::Invalid, tr("There is nothing to encode in the QR code."));
    }
    QRecLevel ecl = QR_ECLEVEL_M;
    switch (level) {
    case ErrorCorrection::Low:
        ecl = QR_ECLEVEL_L;
        break;
    case ErrorCorrection::Medium:
        ecl = QR_ECLEVEL_M;
        break;
    case ErrorCorrection::Quartile:
        ecl = QR_ECLEVEL_Q;
        break;
    case ErrorCorrection::High:
        ecl = QR_ECLEVEL_H;
        break;
    }
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(int(data.size()), reinterpret_cast<const unsigned char*>(data.constData()), 0, ecl),
        &QRcode_free);
    if (!code) {
        return Error(Error::Kind::Invalid, tr("The text is too long for a QR code (%1 bytes).").arg(data.size()));
    }
    QrCode qr;
    qr.m_size = code->width;
    qr.m_version = code->version;
    qr.m_modules.resize(qr.m_size * qr.m_size);
    for (int i = 0; i < qr.m_size * qr.m_size; ++i) {
        qr.m_modules[i] = (code->data[i] & 0x01) != 0; // bit 0: dark module
    }
    return qr;
}

QString QrCode::toSvg(int moduleSize) const
{
    const int total = (m_size + 2 * kQuietZone) * moduleSize;
    QString path;
    for (int y = 0; y < m_size; ++y) {
        for (int x = 0; x < m_size; ++x) {
            if (isDark(x, y)) {
                path += QStringLiteral("M%1,%2h%3v%3h-%3z")
                            .arg((x + kQuietZone) * moduleSize)
                            .arg((y + kQuietZone) * moduleSize)
                            .arg(moduleSize);
            }
        }
    }
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
                          "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"%1\" height=\"%1\" viewBox=\"0 0 %1 %1\" "
                          "shape-rendering=\"crispEdges\">\n"
                          "<rect width=\"%1\" height=\"%1\" fill=\"#ffffff\"/>\n"
                          "<path fill=\"#000000\" d=\"%2\"/>\n</svg>\n")
        .arg(total)
        .arg(path);
}

} // namespace pd::bch
