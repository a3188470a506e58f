#pragma once

#include "DocumentLoader.h"

#include <QWidget>

class QLabel;
class QScrollArea;
class QToolButton;

namespace pd::ui {

/// Shows a KYC document file (image or PDF, see models::DocumentLoader) with zoom, fit to
/// width, rotation by quarter turns and page stepping. While loading it says so; a file that
/// cannot be fetched or read shows the reason in place of the picture.
class DocumentViewer : public QWidget
{
    Q_OBJECT
public:
    explicit DocumentViewer(QWidget* parent = nullptr);

    /// Loads and shows the file at `fileUrl` (a local path or an http(s) URL); empty clears.
    void showFile(const QString& fileUrl);
    /// The loader (tests shorten its timeout).
    models::DocumentLoader* loader() const { return m_loader; }

    /// Zoom factor (1.0 = 100 %); fit-to-width is applied whenever a new file is shown.
    double zoom() const { return m_zoom; }
    void setZoom(double zoom);
    /// Rotation in degrees clockwise: 0, 90, 180 or 270.
    int rotation() const { return m_rotation; }
    void rotate(int quarterTurns);
    void fitWidth();
    int pageCount() const { return int(m_pages.pages.size()); }
    int currentPage() const { return m_page; }
    void setPage(int page);
    /// The text shown instead of the picture (loading or the error), empty while one is shown.
    QString messageText() const;

Q_SIGNALS:
    /// A file was shown (true) or could not be (false).
    void fileShown(bool ok);

private:
    void render();
    void showMessage(const QString& text);

    models::DocumentLoader* m_loader = nullptr;
    models::DocumentPages m_pages;
    QString m_url;
    double m_zoom = 1.0;
    int m_rotation = 0;
    int m_page = 0;
    QScrollArea* m_scroll = nullptr;
    QLabel* m_image = nullptr;
    QLabel* m_message = nullptr;
    QLabel* m_info = nullptr;
    QToolButton* m_prevPage = nullptr;
    QToolButton* m_nextPage = nullptr;
};

} // namespace pd::ui
