#pragma once

#include "Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace pd::bch {

/// A QR code symbol encoded by libqrencode, held as its module matrix (libqrencode's buffer is
/// freed at once). Data is encoded as 8-bit bytes exactly as given, so a BIP21 URI scans back
/// byte for byte. Rendering lives in models/QrImage (pixels, PNG, painting into PDFs); SVG
/// is plain text and is produced here.
class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(QrCode)

public:
    /// Error correction: the share of the symbol that may be damaged and still read
    /// (about 7, 15, 25 and 30 %). Printed invoices use Medium: a good size/robustness balance.
    enum class ErrorCorrection { Low, Medium, Quartile, High };

    /// The quiet zone every rendering keeps around the symbol, in modules (ISO/IEC 18004: 4).
    static constexpr int kQuietZone = 4;

    /// Encodes `data` (at most 2953 bytes at level Low). Errors: empty or too long data.
    static Result<QrCode> encode(const QByteArray& data, ErrorCorrection level = ErrorCorrection::Medium);

    /// Modules per side, without the quiet zone (21 for version 1 ... 177 for version 40).
    int size() const { return m_size; }
    int version() const { return m_version; }
    /// True for a dark module; coordinates outside the symbol (the quiet zone) are light.
    bool isDark(int x, int y) const
    {
        return x >= 0 && y >= 0 && x < m_size && y < m_size && m_modules[y * m_size + x];
    }

    /// SVG document: one path of dark squares, `moduleSize` user units each, with the quiet
    /// zone, `shape-rendering="crispEdges"` so scaled views stay sharp.
    QString toSvg(int moduleSize = 4) const;

private:
    int m_size = 0;
    int m_version = 0;
    QVector<bool> m_modules;
};

} // namespace pd::bch
