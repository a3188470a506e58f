#pragma once

#include "Backend.h"
#include "ChangeFeed.h"
#include "Kyc.h"
#include "ListTypes.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QPointer>
#include <QSet>
#include <QTimer>

#include <optional>

namespace pd::models {

/// A table of one area's rows, paged in from a Backend by keyset pagination as the view
/// scrolls (canFetchMore/fetchMore), sorted and filtered by the database.
///
/// Only the pages near what is shown stay in memory: the least recently shown pages are
/// dropped once more than maxCachedPages() are held, and fetched again (from the cursor that
/// first fetched them) when scrolled back to, so scrolling through millions of rows keeps
/// memory flat. A change of filter or sort starts a new generation: requests of the old one
/// are cancelled and their late results dropped. The row count arrives separately, first as
/// the planner's estimate where exact counting is slow, then exact.
class PagedTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< the row's id (qint64), invalid while not loaded
        RawValueRole,              ///< the cell's typed value (see ValueType)
        BandRole,                  ///< OverdueBand of the row (overdue members only)
        LoadedRole,                ///< bool: the row's page is in memory
        LeftRole,                  ///< bool: a live re-read found the row no longer matches the filter
    };

    PagedTableModel(Backend* backend, Area area, QObject* parent = nullptr);
    ~PagedTableModel() override;

    Area area() const { return m_area; }
    const QVector<ColumnInfo>& columns() const { return areaColumns(m_area); }
    /// Column index of a key, or -1.
    int columnForKey(const QString& key) const { return columnIndex(m_area, key); }

    /// Replaces the filters (keys from areaFilterKeys()); empty values are dropped. Reloads
    /// when they changed and the model has started (nothing is fetched before the first reload()).
    void setFilters(const QMap<QString, QString>& filters);
    QMap<QString, QString> filters() const { return m_filters; }

    /// Sorts by a column key (empty: the area's default order). Reloads when it changed.
    void setSort(const QString& key, bool descending);
    QString sortKey() const { return m_sortKey; }
    bool sortDescending() const { return m_descending; }

    /// Rows per request, 1..1000 (default 200). Takes effect at the next reload.
    void setPageSize(int rows);
    int pageSize() const { return m_pageSize; }
    /// Pages kept in memory (default 64).
    void setMaxCachedPages(int pages);
    int maxCachedPages() const { return m_maxCachedPages; }
    /// Rows whose pages are in memory now.
    int residentRowCount() const;

    /// How long a request may take before slowChanged(true) is emitted (default 300 ms).
    void setSlowThreshold(int milliseconds) { m_slowTimer.setInterval(milliseconds); }
    /// Writes values the caller just committed into the cached cells of row `id` (column key ->
    /// value of that column's type), so the row shows a change at once without a reload that
    /// would lose the reader's place. Rows not resident in memory are left alone (a reload
    /// reads them fresh). Returns true when the row was found.
    bool patchRow(qint64 id, const QMap<QString, QVariant>& values);
    /// The KYC review SLA in hours (kyc_settings.sla_hours): the "age" column of the KYC area
    /// shows how long a pending document has waited and its SLA state, in words and colour.
    void setKycSlaHours(int hours);

    /// Follows `feed` (docs/ARCHITECTURE.md, "Live tables"); nullptr stops following. Rows it
    /// names that are in memory are re-read through this list's own query (its filters, sort
    /// and the `ids` filter, so grants and row-level security apply) and change where they
    /// are: rows are never inserted, moved or removed, so the view's scroll position, selection
    /// and current index stay. A named row that now matches but is not shown counts as new
    /// (newRowCount(), shown until reload()); a shown row that no longer matches is marked
    /// (LeftRole, drawn faded) and goes at the next reload(). After resyncNeeded() the most
    /// recently shown pages and the first page are re-read; other pages in memory are re-read
    /// when next shown. Changes are coalesced: at most one re-read is in flight, and the next
    /// starts liveInterval() ms after the first change that arrived after it.
    void setChangeFeed(ChangeFeed* feed);
    ChangeFeed* changeFeed() const { return m_feed; }
    /// Milliseconds changes are gathered before a re-read (default 250).
    void setLiveInterval(int milliseconds) { m_liveTimer.setInterval(milliseconds); }
    int liveInterval() const { return m_liveTimer.interval(); }
    /// Rows that entered the list since the last reload and are not shown.
    int newRowCount() const { return int(m_newIds.size()); }
    /// Rows shown that no longer match the filter (faded until the next reload).
    int leftRowCount() const { return int(m_leftIds.size()); }
    /// Live re-reads made since the model was created (each one fetch), for tests and benchmarks.
    int liveReadCount() const { return m_liveReads; }

    /// Drops every row and starts again from the first page, with a new count.
    void reload();
    /// Cancels what is in flight (page and count). Rows already shown stay; fetching more
    /// stops until reload().
    void cancel();

    bool isLoading() const;
    bool isSlow() const { return m_slow; }
    /// True after the last page arrived: rowCount() is then every matching row.
    bool isComplete() const { return m_atEnd; }
    std::optional<CountResult> count() const { return m_count; }
    const Error& lastError() const { return m_lastError; }

    /// The cursor that fetches the page holding `row` (empty for the first page); for
    /// benchmarks and diagnostics.
    QString cursorOfPageAt(int row) const;

    /// The id of a row, or 0 when its page is not in memory.
    qint64 idAt(int row) const;
    /// The row of an id among the rows in memory, or -1.
    int rowOfId(qint64 id) const;

    // QAbstractItemModel
    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

Q_SIGNALS:
    void loadingChanged(bool loading);
    /// A request has been pending longer than the slow threshold (show progress and Cancel).
    void slowChanged(bool slow);
    void countChanged();
    void errorOccurred(const pd::Error& error);
    /// The first page of a generation arrived (possibly empty).
    void firstPageLoaded();
    /// The number of new rows not shown changed (see setChangeFeed()).
    void newRowsChanged(int count);
    /// A live re-read brought these rows' current values (or found they left the filter).
    void rowsRefreshed(const QVector<qint64>& ids);

private:
    /// The SLA state of a pending KYC document's "age" cell; nullopt for other cells.
    std::optional<KycSla> kycSla(int row, const ColumnInfo& column, const QVariant& value) const;

    struct Page
    {
        int start = 0;  ///< first row
        int size = 0;   ///< rows the page holds in the model (fixed once appended)
        QString cursor; ///< cursor that fetches this page (empty for the first)
        QVector<QVariantList> rows;
        bool resident = false;
        bool stale = false; ///< resident, but changes may have been missed: re-read when shown
        quint64 lastUse = 0;
    };

    void onRowsChanged(Area area, const QVector<qint64>& ids);
    void onResyncNeeded();
    void scheduleLive();
    void runLive();
    void onLive(quint64 generation, const QSet<qint64>& asked, const Result<ListPage>& result);
    /// Page index and offset of a resident row, or {-1, -1}.
    std::pair<int, int> findResident(qint64 id) const;

    ListRequest baseRequest() const;
    void requestAppend();
    void requestCount(CountMode mode);
    void requestWantedPages();
    void onAppend(quint64 generation, const Result<ListPage>& result);
    void onReload(quint64 generation, int pageIndex, const Result<ListPage>& result);
    void onCount(quint64 generation, const Result<CountResult>& result);
    int pageOfRow(int row) const;
    void touch(int pageIndex) const;
    void evictPages(int keep);
    void cancelAll();
    void updateLoading();
    void fail(const Error& error);
    QVariant cellValue(int row, int column, bool* loaded) const;
    /// A loaded cell as text, money in its row's currency where the column says so.
    QString formatCell(int row, const ColumnInfo& column, const QVariant& value) const;

    Backend* m_backend;
    Area m_area;
    QMap<QString, QString> m_filters;
    QString m_sortKey;
    bool m_descending = false;
    int m_pageSize = 200;
    int m_maxCachedPages = 64;

    quint64 m_generation = 0;
    QVector<Page> m_pages;
    int m_rowCount = 0;
    QString m_nextCursor;
    bool m_atEnd = false;
    bool m_stopped = false; ///< after an error or cancel: no more fetchMore until reload()
    Backend::RequestId m_appendRequest = 0;
    QHash<int, Backend::RequestId> m_reloadRequests;
    Backend::RequestId m_countRequest = 0;
    std::optional<CountResult> m_count;
    Error m_lastError;

    mutable quint64 m_useTick = 0;
    mutable QSet<int> m_wantedPages;
    QTimer m_wantedTimer;
    QTimer m_slowTimer;
    int m_kycSlaHours = 48;
    bool m_loading = false;
    bool m_slow = false;

    QPointer<ChangeFeed> m_feed;
    QTimer m_liveTimer;
    QSet<qint64> m_dirtyIds;      ///< named by the feed, not yet re-read
    bool m_resyncPending = false; ///< the feed said anything may have changed
    Backend::RequestId m_liveRequest = 0;
    Backend::RequestId m_liveFirstRequest = 0;
    QSet<qint64> m_newIds;               ///< match the list now, not shown
    QSet<qint64> m_leftIds;              ///< shown, no longer match
    QSet<qint64> m_evictedIds;           ///< rows of pages dropped from memory (never "new")
    mutable QSet<int> m_stalePagesShown; ///< stale pages drawn since the last re-read
    int m_liveReads = 0;
};

} // namespace pd::models
