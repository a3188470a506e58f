#pragma once

#include "Backend.h"

#include <QDialog>

#include <functional>

class QDialogButtonBox;
class QLabel;
class QPushButton;
class QRadioButton;
class QSpinBox;

namespace pd::ui {

class TablePage;

/// Prints BCH invoice sheets (render::InvoiceSheet) from the invoices page: the selected
/// invoices, or every invoice matching the page's filters and search in the page's order (up
/// to a limit). Shows a print preview (and prints from it) or saves a PDF; the PDF is written
/// on a worker thread and replaces the file only when complete.
class InvoicePrintDialog : public QDialog
{
    Q_OBJECT
public:
    InvoicePrintDialog(Backend* backend, TablePage* page, QWidget* parent = nullptr);

    /// Which invoices: true for the page's selection, false for the filter.
    void setUseSelection(bool selection);
    void setLimit(int limit);

    /// Collects the chosen invoices, then calls `done` (on this thread) with them or an error.
    void collect(std::function<void(const Result<QVector<InvoiceSheetItem>>&)> done);
    /// Collects and writes a PDF to `path`; emits pdfSaved() or shows the error.
    void savePdf(const QString& path);
    /// Collects and opens the print preview.
    void preview();

    QString statusText() const;

Q_SIGNALS:
    /// The PDF is complete at `path` with `count` invoices.
    void pdfSaved(const QString& path, int count);
    /// Saving or collecting failed with `message` (also shown in the dialog).
    void failed(const QString& message);

private:
    void fetchIds(const ListRequest& request, QVector<qint64> ids,
                  std::function<void(const Result<QVector<InvoiceSheetItem>>&)> done);
    void fetchItems(const QVector<qint64>& ids, std::function<void(const Result<QVector<InvoiceSheetItem>>&)> done);
    void setBusy(bool busy, const QString& text = QString());
    void showError(const QString& text);
    void chooseAndSave();

    Backend* m_backend;
    TablePage* m_page;
    QVector<qint64> m_selected;
    bool m_busy = false;
    QRadioButton* m_useSelection = nullptr;
    QRadioButton* m_useFilter = nullptr;
    QSpinBox* m_limit = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_previewButton = nullptr;
    QPushButton* m_saveButton = nullptr;
    QString m_leftOut; ///< what the last collection left out and why
};

} // namespace pd::ui
