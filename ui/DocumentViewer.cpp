#include "DocumentViewer.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QScrollArea>
#include <QScrollBar>
#include <QToolButton>
#include <QTransform>
#include <QVBoxLayout>

namespace pd::ui {

DocumentViewer::DocumentViewer(QWidget* parent)
    : QWidget(parent)
    , m_loader(new models::DocumentLoader(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* tools = new QHBoxLayout;
    auto button = [this, tools](const QString& text, const QString& tip, const QString& name, auto slot) {
        auto* b = new QToolButton(this);
        b->setText(text);
        b->setToolTip(tip);
        b->setObjectName(name);
        b->setAutoRaise(true);
        connect(b, &QToolButton::clicked, this, slot);
        tools->addWidget(b);
        return b;
    };
    button(QStringLiteral("\u2212"), tr("Zoom out"), QStringLiteral("zoomOut"), [this] { setZoom(m_zoom / 1.25); });
    button(QStringLiteral("+"), tr("Zoom in"), QStringLiteral("zoomIn"), [this] { setZoom(m_zoom * 1.25); });
    button(tr("Fit"), tr("Fit to width"), QStringLiteral("fitWidth"), [this] { fitWidth(); });
    button(QStringLiteral("\u21ba"), tr("Rotate left"), QStringLiteral("rotateLeft"), [this] { rotate(-1); });
    button(QStringLiteral("\u21bb"), tr("Rotate right"), QStringLiteral("rotateRight"), [this] { rotate(1); });
    m_prevPage = button(QStringLiteral("\u25c0"), tr("Previous page"), QStringLiteral("prevPage"),
                        [this] { setPage(m_page - 1); });
    m_nextPage =
        button(QStringLiteral("\u25b6"), tr("Next page"), QStringLiteral("nextPage"), [this] { setPage(m_page + 1); });
    m_info = new QLabel(this);
    m_info->setObjectName(QStringLiteral("documentInfo"));
    tools->addWidget(m_info, 1);
    layout->addLayout(tools);

    m_scroll = new QScrollArea(this);
    m_scroll->setAlignment(Qt::AlignCenter);
    m_scroll->setMinimumHeight(220);
    m_image = new QLabel;
    m_image->setObjectName(QStringLiteral("documentImage"));
    m_image->setAlignment(Qt::AlignCenter);
    m_scroll->setWidget(m_image);
    layout->addWidget(m_scroll, 1);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("documentMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setMinimumHeight(80);
    layout->addWidget(m_message);

    connect(m_loader, &models::DocumentLoader::loaded, this, [this](const models::DocumentPages& pages) {
        m_pages = pages;
        m_page = 0;
        m_rotation = 0;
        m_message->hide();
        m_scroll->show();
        fitWidth();
        Q_EMIT fileShown(true);
    });
    connect(m_loader, &models::DocumentLoader::failed, this, [this](const QString& message) {
        m_pages = {};
        showMessage(message);
        Q_EMIT fileShown(false);
    });
    showFile(QString());
}

void DocumentViewer::showFile(const QString& fileUrl)
{
    m_url = fileUrl;
    m_pages = {};
    m_image->clear();
    if (fileUrl.isEmpty()) {
        m_loader->cancel();
        showMessage(tr("No document selected."));
        return;
    }
    showMessage(tr("Loading the document file\u2026"));
    m_loader->load(fileUrl);
}

QString DocumentViewer::messageText() const
{
    return m_message->isVisibleTo(this) ? m_message->text() : QString();
}

void DocumentViewer::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->show();
    m_scroll->hide();
    m_info->clear();
    m_prevPage->setEnabled(false);
    m_nextPage->setEnabled(false);
}

void DocumentViewer::setZoom(double zoom)
{
    m_zoom = std::clamp(zoom, 0.1, 8.0);
    render();
}

void DocumentViewer::rotate(int quarterTurns)
{
    m_rotation = ((m_rotation + quarterTurns * 90) % 360 + 360) % 360;
    render();
}

void DocumentViewer::fitWidth()
{
    if (m_pages.pages.isEmpty()) {
        return;
    }
    const QImage& page = m_pages.pages[m_page];
    const int width = (m_rotation % 180 == 0) ? page.width() : page.height();
    const int available = m_scroll->viewport()->width() - 4;
    m_zoom = width > 0 && available > 50 ? std::min(4.0, double(available) / width) : 1.0;
    render();
}

void DocumentViewer::setPage(int page)
{
    if (page < 0 || page >= m_pages.pages.size()) {
        return;
    }
    m_page = page;
    render();
}

void DocumentViewer::render()
{
    if (m_pages.pages.isEmpty()) {
        return;
    }
    QImage image = m_pages.pages[m_page];
    if (m_rotation != 0) {
        image = image.transformed(QTransform().rotate(m_rotation));
    }
    const QSize size = (QSizeF(image.size()) * m_zoom).toSize();
    m_image->setPixmap(QPixmap::fromImage(image.scaled(size, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_image->resize(size);
    m_prevPage->setEnabled(m_page > 0);
    m_nextPage->setEnabled(m_page + 1 < m_pages.pages.size());
    m_info->setText(
        tr("Page %1 of %2 \u00b7 %3 %").arg(m_page + 1).arg(m_pages.pages.size()).arg(qRound(m_zoom * 100)));
}

} // namespace pd::ui
