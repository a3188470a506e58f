#include "SpecimenDocuments.h"

#include <QCoreApplication>
#include <QDir>
#include <QPainter>
#include <QPdfWriter>

namespace pd::models {

namespace {
struct SpecimenText
{
    Q_DECLARE_TR_FUNCTIONS(pd::models::SpecimenDocuments)
};

/// Card background, border, photo box and a title line.
void drawCard(QPainter& p, const QSizeF& size, const QColor& tint, const QString& title)
{
    p.setRenderHint(QPainter::Antialiasing);
    p.fillRect(QRectF(QPointF(0, 0), size), tint);
    p.setPen(QPen(QColor(0x1f, 0x4e, 0x79), 4));
    p.drawRoundedRect(QRectF(8, 8, size.width() - 16, size.height() - 16), 24, 24);
    p.fillRect(QRectF(40, 90, 160, 200), QColor(0xb8, 0xc7, 0xd9));
    QFont font = p.font();
    font.setPixelSize(30);
    font.setBold(true);
    p.setFont(font);
    p.drawText(QRectF(40, 24, size.width() - 80, 50), Qt::AlignLeft | Qt::AlignVCenter, title);
    font.setPixelSize(24);
    font.setBold(false);
    p.setFont(font);
}
} // namespace

QImage specimenIdCard()
{
    QImage image(640, 400, QImage::Format_RGB32);
    QPainter p(&image);
    drawCard(p, image.size(), QColor(0xe8, 0xf1, 0xfb), QStringLiteral("주민등록증 SPECIMEN 견본"));
    p.drawText(QPointF(230, 130), QStringLiteral("김민준 KIM MINJUN"));
    p.drawText(QPointF(230, 180), QStringLiteral("900101-*******"));
    p.drawText(QPointF(230, 230), QStringLiteral("서울특별시 강남구"));
    return image;
}

Result<QStringList> writeSpecimenDocuments(const QString& dir)
{
    if (!QDir().mkpath(dir)) {
        return Error(Error::Kind::Internal, SpecimenText::tr("The folder %1 could not be created.").arg(dir));
    }
    const QDir folder(dir);
    const QString idCard = folder.absoluteFilePath(QStringLiteral("specimen-id-card.png"));
    const QString passport = folder.absoluteFilePath(QStringLiteral("specimen-passport.png"));
    const QString address = folder.absoluteFilePath(QStringLiteral("specimen-proof-of-address.pdf"));
    if (!specimenIdCard().save(idCard)) {
        return Error(Error::Kind::Internal, SpecimenText::tr("%1 could not be written.").arg(idCard));
    }
    QImage passportImage(640, 440, QImage::Format_RGB32);
    {
        QPainter p(&passportImage);
        drawCard(p, passportImage.size(), QColor(0xf3, 0xe9, 0xf6), QStringLiteral("PASSPORT SPECIMEN 견본"));
        p.drawText(QPointF(230, 130), QStringLiteral("SMITH / CHLOE"));
        p.drawText(QPointF(230, 180), QStringLiteral("P********"));
        p.drawText(QPointF(230, 230), QStringLiteral("UTOPIA"));
        QFont mono(QStringLiteral("monospace"));
        mono.setPixelSize(18);
        p.setFont(mono);
        p.drawText(QPointF(40, 340), QStringLiteral("P<UTOSMITH<<CHLOE<<<<<<<<<<<<<<<<<<<<<<<<<<"));
        p.drawText(QPointF(40, 372), QStringLiteral("L898902C36UTO7408122F1204159ZE184226B<<<<<10"));
    }
    if (!passportImage.save(passport)) {
        return Error(Error::Kind::Internal, SpecimenText::tr("%1 could not be written.").arg(passport));
    }
    QPdfWriter pdf(address);
    pdf.setResolution(72);
    pdf.setTitle(QStringLiteral("Proof of address (specimen)"));
    {
        QPainter p(&pdf);
        QFont font = p.font();
        font.setPixelSize(22);
        font.setBold(true);
        p.setFont(font);
        p.drawText(QPointF(50, 70), QStringLiteral("주민등록표 등본 — SPECIMEN 견본"));
        font.setBold(false);
        font.setPixelSize(16);
        p.setFont(font);
        p.drawText(QPointF(50, 120), QStringLiteral("성명: 김민준 (KIM MINJUN)"));
        p.drawText(QPointF(50, 150), QStringLiteral("주소: 서울특별시 강남구 테헤란로 123, 101동 1001호"));
        p.drawText(QPointF(50, 180), QStringLiteral("발급일: 2026-01-15"));
        pdf.newPage();
        p.drawText(QPointF(50, 70), QStringLiteral("2 / 2 — SPECIMEN 견본"));
    }
    return QStringList{idCard, passport, address};
}

} // namespace pd::models
