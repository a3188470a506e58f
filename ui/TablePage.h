#pragma once

#include "Backend.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QProgressBar;
class QSettings;
class QPushButton;
class QSplitter;
class QTableView;
class QToolButton;

namespace pd::models {
class PagedTableModel;
}

namespace pd::ui {

class DetailPane;
class FilterBar;

/// One working area as a page: title and row count, the area's filters, the table (paged in
/// as the user scrolls, sorted by clicking a header) and the selected row's details beside it.
/// A request that takes long shows progress with Cancel; an error shows in a banner with
/// Retry, and the rest of the page stays usable.
class TablePage : public QWidget
{
    Q_OBJECT
public:
    TablePage(Backend* backend, Area area, QWidget* parent = nullptr);

    Area area() const { return m_area; }
    models::PagedTableModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    FilterBar* filterBar() const { return m_filters; }
    DetailPane* detailPane() const { return m_detail; }
    QSplitter* splitter() const { return m_splitter; }

    /// Loads the first page (called once the page is first shown).
    void start();
    bool isStarted() const { return m_started; }
    /// Reloads with the current filters and sort.
    void refresh();
    /// Applies filters (as from a dashboard drill-down) and reloads.
    void applyFilters(const QMap<QString, QString>& filters);
    /// Focuses the search field.
    void focusSearch();
    /// Adds an area-specific button to the page header, left of Refresh.
    void addHeaderWidget(QWidget* widget);
    /// Puts an area-specific panel above the detail pane (the invoice QR and actions).
    void setDetailHeader(QWidget* widget);
    /// Row ids of the selected rows, in view order.
    QVector<qint64> selectedIds() const;

    /// Copies the selected cells with the column titles to the clipboard, as tab-separated text
    /// and as an HTML table (Ctrl+C in the table). Returns the number of rows copied.
    int copySelection();
    /// Totals of the current filter by status (payments and settlements), as shown under the
    /// filters; empty for other areas or until they arrive.
    QString totalsText() const;
    /// Exports all rows of the current filter and sort to `path` as CSV (UTF-8, with a byte-order
    /// mark for spreadsheet programs when `byteOrderMark`), with progress and Cancel; emits
    /// exportFinished(). The column titles are the table's, in the table's language.
    void exportTo(const QString& path, bool byteOrderMark);
    /// Asks for a file name, then exportTo().
    void chooseExportFile(bool byteOrderMark);

    /// Saves column widths, order and visibility, the splitter and the filters under
    /// pages/<area>/ in `settings`; restoreState() puts them back (call before start()).
    void saveState(QSettings& settings) const;
    void restoreState(const QSettings& settings);

Q_SIGNALS:
    /// A page finished loading (for the status bar's "last refresh").
    void refreshed();
    /// An export ended: `ok` false when it failed or was cancelled; `message` says which.
    void exportFinished(bool ok, const QString& message);

protected:
    void showEvent(QShowEvent* event) override;

private:
    void onFiltersChanged();
    void updateCount();
    void onSelectionChanged();
    void showError(const Error& error);
    void setupColumnWidths();
    void showHeaderMenu(const QPoint& position);
    void updateTotals();

    Backend* m_backend;
    Area m_area;
    bool m_started = false;
    models::PagedTableModel* m_model = nullptr;
    QTableView* m_view = nullptr;
    FilterBar* m_filters = nullptr;
    DetailPane* m_detail = nullptr;
    QSplitter* m_splitter = nullptr;
    QHBoxLayout* m_header = nullptr;
    QWidget* m_detailSide = nullptr;
    QLabel* m_title = nullptr;
    QLabel* m_count = nullptr;
    QProgressBar* m_progress = nullptr;
    QPushButton* m_cancel = nullptr;
    QWidget* m_errorBanner = nullptr;
    QLabel* m_errorText = nullptr;
    QLabel* m_totals = nullptr;
    QPushButton* m_newRows = nullptr;
    Backend::RequestId m_totalsRequest = 0;
    bool m_exporting = false;
};

} // namespace pd::ui
