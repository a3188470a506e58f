#include "TablePage.h"

#include "Pages.h"

#include "CellCopy.h"

#include "DetailPane.h"
#include "FilterBar.h"
#include "Labels.h"
#include "PagedTableModel.h"
#include "PaymentPanels.h"

#include <QAction>
#include <QClipboard>
#include <QDate>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShowEvent>
#include <QSplitter>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace pd::ui {

using models::Labels;
using models::PagedTableModel;

TablePage::TablePage(Backend* backend, Area area, QWidget* parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_area(area)
{
    setObjectName(QStringLiteral("page_") + areaKey(area));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->setSpacing(6);

    auto* header = new QHBoxLayout;
    m_header = header;
    m_title = new QLabel(Labels::areaTitle(area), this);
    m_title->setObjectName(QStringLiteral("pageTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("rowCount"));
    m_count->setToolTip(tr("≈ marks the database's estimate; the exact count follows"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("loadingProgress"));
    m_progress->setRange(0, 0);
    m_progress->setMaximumWidth(160);
    m_progress->setMaximumHeight(14);
    m_progress->setTextVisible(false);
    m_progress->setVisible(false);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("cancelLoading"));
    m_cancel->setToolTip(tr("Stop this query (Esc); the rows already shown stay"));
    m_cancel->setVisible(false);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    refresh->setObjectName(QStringLiteral("refresh"));
    refresh->setToolTip(tr("Load the rows again (F5)"));
    header->addWidget(m_title);
    header->addSpacing(12);
    header->addWidget(m_count);
    header->addStretch(1);
    m_newRows = new QPushButton(this);
    m_newRows->setObjectName(QStringLiteral("newRows"));
    m_newRows->setToolTip(tr("Someone added rows or changed rows into this list; show them from the top"));
    m_newRows->setVisible(false);
    header->addWidget(m_newRows);
    header->addWidget(m_progress);
    header->addWidget(m_cancel);
    header->addWidget(refresh);
    layout->addLayout(header);

    auto* exportButton = new QPushButton(tr("Export"), this);
    exportButton->setObjectName(QStringLiteral("export"));
    exportButton->setToolTip(tr("Write every row of the current filter to a CSV file"));
    auto* exportMenu = new QMenu(exportButton);
    exportMenu->addAction(tr("CSV (UTF-8)…"), this, [this]() { chooseExportFile(false); });
    exportMenu->addAction(tr("CSV for spreadsheets (UTF-8 with BOM)…"), this, [this]() { chooseExportFile(true); });
    exportButton->setMenu(exportMenu);
    header->insertWidget(header->count() - 3, exportButton);

    m_filters = new FilterBar(backend, area, this);
    layout->addWidget(m_filters);
    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("totals"));
    m_totals->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_totals->setWordWrap(true); // a long line of totals wraps instead of widening the window
    m_totals->setVisible(areaHasTotals(area));
    layout->addWidget(m_totals);

    m_errorBanner = new QWidget(this);
    m_errorBanner->setObjectName(QStringLiteral("errorBanner"));
    m_errorBanner->setAutoFillBackground(true);
    QPalette bannerPalette = m_errorBanner->palette();
    bannerPalette.setColor(QPalette::Window, QColor(0xfd, 0xe2, 0xe1));
    bannerPalette.setColor(QPalette::WindowText, QColor(0x5f, 0x10, 0x10));
    m_errorBanner->setPalette(bannerPalette);
    auto* bannerLayout = new QHBoxLayout(m_errorBanner);
    bannerLayout->setContentsMargins(8, 4, 8, 4);
    m_errorText = new QLabel(m_errorBanner);
    m_errorText->setObjectName(QStringLiteral("errorText"));
    m_errorText->setWordWrap(true);
    m_errorText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto* retry = new QPushButton(tr("Retry"), m_errorBanner);
    retry->setObjectName(QStringLiteral("retry"));
    bannerLayout->addWidget(m_errorText, 1);
    bannerLayout->addWidget(retry);
    m_errorBanner->setVisible(false);
    layout->addWidget(m_errorBanner);

    m_model = new PagedTableModel(backend, area, this);
    const QString sortKey = pageOf(area).defaultSort;
    const bool descending = pageOf(area).defaultDescending;
    m_model->setSort(sortKey, descending);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("table"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setHighlightSections(false);
    m_view->horizontalHeader()->setSortIndicator(m_model->columnForKey(sortKey),
                                                 descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    m_view->setSortingEnabled(true);
    setupColumnWidths();
    auto* copy = new QAction(tr("Copy with column titles"), m_view);
    copy->setShortcut(QKeySequence::Copy);
    copy->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(copy, &QAction::triggered, this, &TablePage::copySelection);
    m_view->addAction(copy);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &TablePage::showHeaderMenu);

    m_detail = new DetailPane(backend, area, this);

    m_splitter = new QSplitter(Qt::Horizontal, this);
    m_splitter->setObjectName(QStringLiteral("splitter"));
    m_detailSide = new QWidget(this);
    auto* sideLayout = new QVBoxLayout(m_detailSide);
    sideLayout->setContentsMargins(0, 0, 0, 0);
    sideLayout->setSpacing(4);
    sideLayout->addWidget(m_detail, 1);
    m_splitter->addWidget(m_view);
    m_splitter->addWidget(m_detailSide);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    layout->addWidget(m_splitter, 1);

    connect(m_filters, &FilterBar::filtersChanged, this, &TablePage::onFiltersChanged);
    connect(refresh, &QPushButton::clicked, this, &TablePage::refresh);
    connect(retry, &QPushButton::clicked, this, &TablePage::refresh);
    connect(m_cancel, &QPushButton::clicked, m_model, &PagedTableModel::cancel);
    connect(m_model, &PagedTableModel::countChanged, this, &TablePage::updateCount);
    connect(m_model, &PagedTableModel::rowsInserted, this, &TablePage::updateCount);
    connect(m_model, &PagedTableModel::modelReset, this, &TablePage::updateCount);
    connect(m_model, &PagedTableModel::slowChanged, this, [this](bool slow) {
        m_progress->setVisible(slow);
        m_cancel->setVisible(slow);
    });
    connect(m_model, &PagedTableModel::errorOccurred, this, &TablePage::showError);
    connect(m_model, &PagedTableModel::modelReset, this, [this]() {
        m_errorBanner->setVisible(false);
        m_detail->showRecord(0);
        updateTotals();
    });
    connect(m_model, &PagedTableModel::firstPageLoaded, this, [this]() {
        if (m_model->rowCount() > 0 && !m_view->selectionModel()->hasSelection()) {
            m_view->selectRow(0);
        }
        Q_EMIT refreshed();
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, &TablePage::onSelectionChanged);
    // Live tables (docs/ARCHITECTURE.md): others' changes appear in place; new rows wait here.
    connect(m_model, &PagedTableModel::newRowsChanged, this, [this](int count) {
        m_newRows->setText(tr("%n new row(s) — show", nullptr, count));
        m_newRows->setVisible(count > 0);
    });
    connect(m_newRows, &QPushButton::clicked, this, [this]() {
        m_view->scrollToTop();
        this->refresh();
    });
    connect(m_model, &PagedTableModel::rowsRefreshed, this, [this](const QVector<qint64>& ids) {
        if (m_detail->currentId() != 0 && ids.contains(m_detail->currentId())) {
            m_detail->refreshRecord();
        }
    });
    updateCount();
}

int TablePage::copySelection()
{
    QList<int> hidden;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        if (m_view->isColumnHidden(c)) {
            hidden << c;
        }
    }
    const models::CopiedCells cells = models::copyCells(*m_model, m_view->selectionModel()->selectedIndexes(), hidden);
    if (cells.rows == 0) {
        return 0;
    }
    auto* mime = new QMimeData;
    mime->setText(cells.text);
    mime->setHtml(cells.html);
    QGuiApplication::clipboard()->setMimeData(mime);
    return cells.rows;
}

void TablePage::showHeaderMenu(const QPoint& position)
{
    QMenu menu(this);
    const auto& columns = m_model->columns();
    for (int c = 1; c < columns.size(); ++c) { // the id column always stays
        QAction* toggle = menu.addAction(m_model->headerData(c, Qt::Horizontal).toString());
        toggle->setCheckable(true);
        toggle->setChecked(!m_view->isColumnHidden(c));
        connect(toggle, &QAction::toggled, this, [this, c](bool shown) { m_view->setColumnHidden(c, !shown); });
    }
    menu.exec(m_view->horizontalHeader()->mapToGlobal(position));
}

void TablePage::saveState(QSettings& settings) const
{
    const QString prefix = QStringLiteral("pages/%1/").arg(areaKey(m_area));
    settings.setValue(prefix + QStringLiteral("header"), m_view->horizontalHeader()->saveState());
    settings.setValue(prefix + QStringLiteral("splitter"), m_splitter->saveState());
    QVariantMap filters;
    const auto current = m_filters->filters();
    for (auto it = current.cbegin(); it != current.cend(); ++it) {
        filters.insert(it.key(), it.value());
    }
    settings.setValue(prefix + QStringLiteral("filters"), filters);
}

void TablePage::restoreState(const QSettings& settings)
{
    const QString prefix = QStringLiteral("pages/%1/").arg(areaKey(m_area));
    const QByteArray header = settings.value(prefix + QStringLiteral("header")).toByteArray();
    if (!header.isEmpty()) {
        m_view->horizontalHeader()->restoreState(header);
    }
    const QByteArray splitter = settings.value(prefix + QStringLiteral("splitter")).toByteArray();
    if (!splitter.isEmpty()) {
        m_splitter->restoreState(splitter);
    }
    if (settings.contains(prefix + QStringLiteral("filters"))) {
        QMap<QString, QString> filters;
        const QVariantMap saved = settings.value(prefix + QStringLiteral("filters")).toMap();
        for (auto it = saved.cbegin(); it != saved.cend(); ++it) {
            if (areaFilterKeys(m_area).contains(it.key())) {
                filters.insert(it.key(), it.value().toString());
            }
        }
        m_filters->setFilters(filters);
    }
}

void TablePage::setupColumnWidths()
{
    const auto& columns = m_model->columns();
    const int em = m_view->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int i = 0; i < columns.size(); ++i) {
        const ColumnInfo& c = columns[i];
        int width = 12 * em;
        if (c.key == QLatin1String("id")) {
            width = 6 * em;
        } else if (c.key == QLatin1String("age")) {
            width = 14 * em; // "2 d 5 h · over SLA"
        } else if (c.type == ValueType::Timestamp) {
            width = m_view->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31 23:59")) + 18;
        } else if (c.type == ValueType::Date || c.type == ValueType::Month) {
            width = m_view->fontMetrics().horizontalAdvance(QStringLiteral("2026-12-31")) + 18;
        } else if (c.type == ValueType::Money) {
            width = c.currency == Currency::BCH
                        ? m_view->fontMetrics().horizontalAdvance(QStringLiteral("0.00000000 BCH")) + 18
                        : 10 * em;
        } else if (c.type == ValueType::Integer || c.type == ValueType::Boolean || c.type == ValueType::Score) {
            width = 7 * em;
        } else if (c.key == QLatin1String("email") || c.key == QLatin1String("failure_reason") ||
                   c.key == QLatin1String("last_failure") || c.key == QLatin1String("institution")) {
            width = 16 * em;
        } else if (c.key == QLatin1String("address") || c.key == QLatin1String("tx_hash")) {
            width = 22 * em;
        }
        // Never narrower than the title plus the sort arrow.
        const QString title = m_model->headerData(i, Qt::Horizontal).toString();
        width = std::max(width, m_view->horizontalHeader()->fontMetrics().horizontalAdvance(title) + 28);
        m_view->setColumnWidth(i, width);
    }
}

void TablePage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    if (!m_started) {
        start();
    }
}

void TablePage::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    m_model->setChangeFeed(m_backend->changeFeed());
    m_model->setFilters(m_filters->filters());
    m_model->reload();
}

void TablePage::refresh()
{
    m_started = true;
    m_model->setFilters(m_filters->filters());
    m_model->reload();
}

void TablePage::applyFilters(const QMap<QString, QString>& filters)
{
    m_filters->setFilters(filters);
    m_started = true;
    m_model->setFilters(m_filters->filters());
    if (m_model->rowCount() == 0 && !m_model->isLoading()) {
        m_model->reload();
    }
}

void TablePage::focusSearch()
{
    if (m_filters->searchField()) {
        m_filters->searchField()->setFocus(Qt::ShortcutFocusReason);
        m_filters->searchField()->selectAll();
    }
}

void TablePage::addHeaderWidget(QWidget* widget)
{
    // Before the stretch's right-hand group: progress, Cancel, Refresh are the last three.
    m_header->insertWidget(m_header->count() - 3, widget);
}

void TablePage::setDetailHeader(QWidget* widget)
{
    static_cast<QVBoxLayout*>(m_detailSide->layout())->insertWidget(0, widget);
}

QVector<qint64> TablePage::selectedIds() const
{
    QVector<qint64> ids;
    QModelIndexList rows = m_view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(), [](const QModelIndex& a, const QModelIndex& b) { return a.row() < b.row(); });
    for (const QModelIndex& index : rows) {
        const qint64 id = m_model->idAt(index.row());
        if (id > 0) {
            ids.append(id);
        }
    }
    return ids;
}

void TablePage::onFiltersChanged()
{
    if (!m_started) {
        return;
    }
    m_model->setFilters(m_filters->filters());
}

void TablePage::updateCount()
{
    const auto count = m_model->count();
    const QLocale locale;
    QString text;
    if (!count) {
        text = m_model->rowCount() > 0 ? tr("counting…") : QString();
    } else if (count->estimated) {
        text = tr("≈ %1 rows").arg(locale.toString(count->value));
    } else {
        text = tr("%n row(s)", nullptr, int(std::min<qint64>(count->value, std::numeric_limits<int>::max())));
        if (count->value > std::numeric_limits<int>::max() || count->value >= 1000) {
            text = tr("%1 rows").arg(locale.toString(count->value));
        }
    }
    if (m_model->rowCount() > 0 && (!count || m_model->rowCount() < count->value)) {
        text += QStringLiteral(" · ") + tr("%1 loaded").arg(locale.toString(m_model->rowCount()));
    }
    m_count->setText(text);
}

void TablePage::onSelectionChanged()
{
    const QModelIndex current = m_view->selectionModel()->currentIndex();
    const qint64 id = current.isValid() ? m_model->idAt(current.row()) : 0;
    if (id != m_detail->currentId()) {
        m_detail->showRecord(id);
    }
}

QString TablePage::totalsText() const
{
    return m_totals->text();
}

void TablePage::updateTotals()
{
    if (!areaHasTotals(m_area) || !m_started) {
        return;
    }
    if (m_totalsRequest) {
        m_backend->cancel(m_totalsRequest);
    }
    ListRequest request;
    request.area = m_area;
    request.filters = m_model->filters();
    m_totals->setText(tr("Adding up…"));
    m_totalsRequest = m_backend->fetchTotals(request, this, [this](const Result<ListTotals>& result) {
        m_totalsRequest = 0;
        if (!result.ok()) {
            if (result.error().kind != Error::Kind::Cancelled) {
                m_totals->setText(tr("Totals could not be computed: %1").arg(result.error().message));
            }
            return;
        }
        const ListTotals& totals = result.value();
        const QLocale locale;
        QStringList parts;
        for (const StatusTotal& t : totals.byStatus) {
            parts << tr("%1 %2 · %3")
                         .arg(Labels::valueLabel(m_area, QStringLiteral("status"), t.status), locale.toString(t.count),
                              Money(t.amount, totals.currency).format(locale));
        }
        const QString all = m_area == Area::Settlements ? tr("All %1 · net %2") : tr("All %1 · %2");
        parts << all.arg(locale.toString(totals.count()), Money(totals.amount(), totals.currency).format(locale));
        m_totals->setText(parts.join(QStringLiteral("   ")));
    });
}

void TablePage::chooseExportFile(bool byteOrderMark)
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString suggested = QDir(folder).filePath(
        QStringLiteral("%1_%2.csv").arg(areaKey(m_area), QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export %1").arg(Labels::areaTitle(m_area)), suggested,
                                                      tr("CSV files (*.csv)"));
    if (!path.isEmpty()) {
        exportTo(path, byteOrderMark);
    }
}

void TablePage::exportTo(const QString& path, bool byteOrderMark)
{
    if (m_exporting) {
        return;
    }
    ExportRequest request;
    request.list.area = m_area;
    request.list.filters = m_model->filters();
    request.list.sortKey = m_model->sortKey();
    request.list.descending = m_model->sortDescending();
    request.path = path;
    request.byteOrderMark = byteOrderMark;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        request.titles << m_model->headerData(c, Qt::Horizontal).toString();
    }
    const qint64 expected = m_model->count() ? m_model->count()->value : 0;
    m_exporting = true;
    runCsvExport(this, m_backend, request, expected, [this](bool ok, const QString& message) {
        m_exporting = false;
        Q_EMIT exportFinished(ok, message);
    });
}

void TablePage::showError(const Error& error)
{
    QString text = error.message;
    if (!error.detail.isEmpty()) {
        m_errorText->setToolTip(error.detail);
    }
    m_errorText->setText(text);
    m_errorBanner->setVisible(true);
}

} // namespace pd::ui
