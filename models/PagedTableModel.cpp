#include "PagedTableModel.h"

#include "Labels.h"

#include <QBrush>
#include <QFont>
#include <QLocale>

#include <algorithm>

namespace pd::models {

PagedTableModel::PagedTableModel(Backend* backend, Area area, QObject* parent)
    : QAbstractTableModel(parent)
    , m_backend(backend)
    , m_area(area)
{
    m_wantedTimer.setSingleShot(true);
    m_wantedTimer.setInterval(0);
    connect(&m_wantedTimer, &QTimer::timeout, this, &PagedTableModel::requestWantedPages);
    m_slowTimer.setSingleShot(true);
    m_slowTimer.setInterval(300);
    connect(&m_slowTimer, &QTimer::timeout, this, [this]() {
        if (isLoading() && !m_slow) {
            m_slow = true;
            Q_EMIT slowChanged(true);
        }
    });
    m_liveTimer.setSingleShot(true);
    m_liveTimer.setInterval(250);
    connect(&m_liveTimer, &QTimer::timeout, this, &PagedTableModel::runLive);
}

void PagedTableModel::setChangeFeed(ChangeFeed* feed)
{
    if (m_feed == feed) {
        return;
    }
    if (m_feed) {
        disconnect(m_feed, nullptr, this, nullptr);
    }
    m_feed = feed;
    if (feed) {
        connect(feed, &ChangeFeed::rowsChanged, this, &PagedTableModel::onRowsChanged);
        connect(feed, &ChangeFeed::resyncNeeded, this, &PagedTableModel::onResyncNeeded);
    }
}

void PagedTableModel::onRowsChanged(Area area, const QVector<qint64>& ids)
{
    if (area != m_area || m_generation == 0) {
        return;
    }
    for (qint64 id : ids) {
        m_dirtyIds.insert(id);
    }
    scheduleLive();
}

void PagedTableModel::onResyncNeeded()
{
    if (m_generation == 0) {
        return;
    }
    m_resyncPending = true;
    scheduleLive();
}

void PagedTableModel::scheduleLive()
{
    if (!m_liveTimer.isActive() && m_liveRequest == 0 && m_liveFirstRequest == 0) {
        m_liveTimer.start();
    }
}

std::pair<int, int> PagedTableModel::findResident(qint64 id) const
{
    for (int p = 0; p < m_pages.size(); ++p) {
        const Page& page = m_pages[p];
        if (!page.resident) {
            continue;
        }
        for (int i = 0; i < page.rows.size(); ++i) {
            if (page.rows[i].value(0).toLongLong() == id) {
                return {p, i};
            }
        }
    }
    return {-1, -1};
}

void PagedTableModel::runLive()
{
    if (m_generation == 0 || m_liveRequest != 0 || m_liveFirstRequest != 0 || m_pages.isEmpty()) {
        return;
    }
    QSet<qint64> ask;
    const bool resync = std::exchange(m_resyncPending, false);
    if (resync) {
        // The pages shown last are re-read now, the others when they are shown again.
        QVector<int> order;
        for (int p = 0; p < m_pages.size(); ++p) {
            if (m_pages[p].resident) {
                order.append(p);
            }
        }
        std::sort(order.begin(), order.end(), [this](int a, int b) { return m_pages[a].lastUse > m_pages[b].lastUse; });
        for (int p : order) {
            Page& page = m_pages[p];
            if (ask.size() + page.rows.size() <= kMaxIdsFilter / 2) {
                for (const QVariantList& row : page.rows) {
                    ask.insert(row.value(0).toLongLong());
                }
                page.stale = false;
            } else {
                page.stale = true;
            }
        }
    }
    // Rows of pages no longer in memory are read fresh when scrolled back to.
    for (auto it = m_dirtyIds.begin(); it != m_dirtyIds.end() && ask.size() < kMaxIdsFilter;) {
        if (!m_evictedIds.contains(*it)) {
            ask.insert(*it);
        }
        it = m_dirtyIds.erase(it);
    }
    const quint64 generation = m_generation;
    if (!ask.isEmpty()) {
        ListRequest request = baseRequest();
        QStringList ids;
        ids.reserve(ask.size());
        for (qint64 id : std::as_const(ask)) {
            ids.append(QString::number(id));
        }
        request.filters.insert(QStringLiteral("ids"), ids.join(QLatin1Char(',')));
        request.limit = int(ask.size());
        // Only rows that sort among those paged in: one further down is not new, it is not
        // loaded yet.
        request.until = m_atEnd ? QString() : m_nextCursor;
        ++m_liveReads;
        m_liveRequest = m_backend->fetchPage(request, this, [this, generation, ask](const Result<ListPage>& result) {
            m_liveRequest = 0;
            onLive(generation, ask, result);
        });
    }
    if (resync) {
        // New rows at the top of the list are the ones that matter most.
        ListRequest first = baseRequest();
        first.limit = std::clamp(m_pages.front().size, 1, 1000);
        // As above: when rows left the list, the first page reaches further down, and the rows
        // it then takes in were there all along.
        first.until = m_atEnd ? QString() : m_nextCursor;
        ++m_liveReads;
        m_liveFirstRequest = m_backend->fetchPage(first, this, [this, generation](const Result<ListPage>& result) {
            m_liveFirstRequest = 0;
            onLive(generation, {}, result);
        });
    }
}

void PagedTableModel::onLive(quint64 generation, const QSet<qint64>& asked, const Result<ListPage>& result)
{
    if (generation != m_generation) {
        return;
    }
    if (!result.ok()) {
        // A failed re-read leaves the rows as they were; the next change tries again.
        if (result.error().kind != Error::Kind::Cancelled) {
            m_resyncPending = m_resyncPending || asked.isEmpty();
            for (qint64 id : asked) {
                m_dirtyIds.insert(id);
            }
        }
        return;
    }
    const int newBefore = int(m_newIds.size());
    // Where each row in memory is, found once for the whole answer.
    QHash<qint64, std::pair<int, int>> resident;
    for (int p = 0; p < m_pages.size(); ++p) {
        if (m_pages[p].resident) {
            for (int i = 0; i < m_pages[p].rows.size(); ++i) {
                resident.insert(m_pages[p].rows[i].value(0).toLongLong(), {p, i});
            }
        }
    }
    QVector<qint64> refreshed;
    QSet<qint64> seen;
    for (const QVariantList& row : result.value().rows) {
        const qint64 id = row.value(0).toLongLong();
        seen.insert(id);
        const auto [p, offset] = resident.value(id, {-1, -1});
        if (p < 0) {
            if (!m_evictedIds.contains(id)) {
                m_newIds.insert(id);
            }
            continue;
        }
        Page& page = m_pages[p];
        const bool wasLeft = m_leftIds.remove(id);
        if (page.rows[offset] != row || wasLeft) {
            page.rows[offset] = row;
            const int at = page.start + offset;
            Q_EMIT dataChanged(index(at, 0), index(at, columnCount() - 1));
        }
        refreshed.append(id);
    }
    for (qint64 id : asked) {
        if (seen.contains(id)) {
            continue;
        }
        m_newIds.remove(id);
        const auto [p, offset] = resident.value(id, {-1, -1});
        if (p >= 0 && !m_leftIds.contains(id)) {
            m_leftIds.insert(id);
            const int at = m_pages[p].start + offset;
            Q_EMIT dataChanged(index(at, 0), index(at, columnCount() - 1));
            refreshed.append(id);
        }
    }
    if (int(m_newIds.size()) != newBefore) {
        Q_EMIT newRowsChanged(int(m_newIds.size()));
    }
    if (!refreshed.isEmpty()) {
        Q_EMIT rowsRefreshed(refreshed);
    }
    if (!m_dirtyIds.isEmpty() || m_resyncPending) {
        scheduleLive();
    }
}

PagedTableModel::~PagedTableModel()
{
    cancelAll();
}

bool PagedTableModel::patchRow(qint64 id, const QMap<QString, QVariant>& values)
{
    for (Page& page : m_pages) {
        if (!page.resident) {
            continue;
        }
        for (int offset = 0; offset < page.rows.size(); ++offset) {
            QVariantList& row = page.rows[offset];
            if (row.isEmpty() || row[0].toLongLong() != id) {
                continue;
            }
            for (auto it = values.cbegin(); it != values.cend(); ++it) {
                const int column = columnForKey(it.key());
                if (column >= 0 && column < row.size()) {
                    row[column] = it.value();
                }
            }
            Q_EMIT dataChanged(index(page.start + offset, 0), index(page.start + offset, columnCount() - 1));
            return true;
        }
    }
    return false;
}

void PagedTableModel::setKycSlaHours(int hours)
{
    if (hours == m_kycSlaHours || hours < 1) {
        return;
    }
    m_kycSlaHours = hours;
    const int column = columnForKey(QStringLiteral("age"));
    if (column >= 0 && rowCount() > 0) {
        Q_EMIT dataChanged(index(0, column), index(rowCount() - 1, column));
    }
}

std::optional<KycSla> PagedTableModel::kycSla(int row, const ColumnInfo& column, const QVariant& value) const
{
    if (m_area != Area::KycDocuments || column.key != QLatin1String("age") || !value.toDateTime().isValid()) {
        return std::nullopt;
    }
    bool stageLoaded = false;
    const QVariant stage = cellValue(row, columnForKey(QStringLiteral("review_stage")), &stageLoaded);
    if (!stageLoaded || stage.isNull() || !stage.isValid()) {
        return std::nullopt; // decided
    }
    if (stage.toString() == QLatin1String("on_hold")) {
        return KycSla::Paused; // its clock stands still (migration 022)
    }
    return kycSlaFor(value.toDateTime().secsTo(QDateTime::currentDateTimeUtc()), m_kycSlaHours);
}

void PagedTableModel::setFilters(const QMap<QString, QString>& filters)
{
    QMap<QString, QString> cleaned;
    for (auto it = filters.cbegin(); it != filters.cend(); ++it) {
        if (!it.value().trimmed().isEmpty()) {
            cleaned.insert(it.key(), it.value().trimmed());
        }
    }
    if (cleaned == m_filters) {
        return;
    }
    m_filters = cleaned;
    if (m_generation > 0) {
        reload();
    }
}

void PagedTableModel::setSort(const QString& key, bool descending)
{
    if (key == m_sortKey && descending == m_descending) {
        return;
    }
    m_sortKey = key;
    m_descending = descending;
    if (m_generation > 0) {
        reload();
    }
}

void PagedTableModel::setPageSize(int rows)
{
    m_pageSize = std::clamp(rows, 1, 1000);
}

void PagedTableModel::setMaxCachedPages(int pages)
{
    m_maxCachedPages = std::max(2, pages);
    evictPages(-1);
}

int PagedTableModel::residentRowCount() const
{
    int rows = 0;
    for (const Page& page : m_pages) {
        if (page.resident) {
            rows += page.size;
        }
    }
    return rows;
}

ListRequest PagedTableModel::baseRequest() const
{
    ListRequest request;
    request.area = m_area;
    request.filters = m_filters;
    request.sortKey = m_sortKey;
    request.descending = m_descending;
    request.limit = m_pageSize;
    return request;
}

void PagedTableModel::reload()
{
    cancelAll();
    ++m_generation;
    beginResetModel();
    m_pages.clear();
    m_rowCount = 0;
    m_nextCursor.clear();
    m_atEnd = false;
    m_stopped = false;
    m_wantedPages.clear();
    m_count.reset();
    m_lastError = Error();
    m_dirtyIds.clear();
    m_resyncPending = false;
    m_leftIds.clear();
    m_evictedIds.clear();
    m_stalePagesShown.clear();
    m_liveTimer.stop();
    const bool hadNew = !m_newIds.isEmpty();
    m_newIds.clear();
    endResetModel();
    if (hadNew) {
        Q_EMIT newRowsChanged(0);
    }
    Q_EMIT countChanged();
    requestAppend();
    requestCount(CountMode::Estimate);
}

void PagedTableModel::cancel()
{
    cancelAll();
    m_stopped = true;
    updateLoading();
}

void PagedTableModel::cancelAll()
{
    if (m_appendRequest) {
        m_backend->cancel(m_appendRequest);
        m_appendRequest = 0;
    }
    for (Backend::RequestId id : std::as_const(m_reloadRequests)) {
        m_backend->cancel(id);
    }
    m_reloadRequests.clear();
    for (Backend::RequestId* live : {&m_liveRequest, &m_liveFirstRequest}) {
        if (*live) {
            m_backend->cancel(*live);
            *live = 0;
        }
    }
    if (m_countRequest) {
        m_backend->cancel(m_countRequest);
        m_countRequest = 0;
    }
    updateLoading();
}

bool PagedTableModel::isLoading() const
{
    return m_appendRequest != 0 || !m_reloadRequests.isEmpty();
}

void PagedTableModel::updateLoading()
{
    const bool loading = isLoading();
    if (loading == m_loading) {
        return;
    }
    m_loading = loading;
    if (loading) {
        m_slowTimer.start();
    } else {
        m_slowTimer.stop();
        if (m_slow) {
            m_slow = false;
            Q_EMIT slowChanged(false);
        }
    }
    Q_EMIT loadingChanged(loading);
}

void PagedTableModel::fail(const Error& error)
{
    m_lastError = error;
    m_stopped = true;
    Q_EMIT errorOccurred(error);
}

void PagedTableModel::requestAppend()
{
    if (m_atEnd || m_stopped || m_appendRequest) {
        return;
    }
    ListRequest request = baseRequest();
    request.cursor = m_nextCursor;
    const quint64 generation = m_generation;
    m_appendRequest = m_backend->fetchPage(
        request, this, [this, generation](const Result<ListPage>& result) { onAppend(generation, result); });
    updateLoading();
}

void PagedTableModel::onAppend(quint64 generation, const Result<ListPage>& result)
{
    if (generation != m_generation) {
        return; // a result of an older filter or sort
    }
    const bool first = m_pages.isEmpty();
    const QString cursor = m_nextCursor;
    m_appendRequest = 0;
    if (!result.ok()) {
        updateLoading();
        if (result.error().kind != Error::Kind::Cancelled) {
            fail(result.error());
        }
        if (first) {
            Q_EMIT firstPageLoaded();
        }
        return;
    }
    const ListPage& page = result.value();
    // Every piece of state is updated before rowsInserted goes out: views call fetchMore()
    // from that signal, and it must ask for the page after this one.
    m_nextCursor = page.nextCursor;
    m_atEnd = page.nextCursor.isEmpty() || page.rows.isEmpty();
    updateLoading();
    if (!page.rows.isEmpty()) {
        const int n = int(page.rows.size());
        beginInsertRows(QModelIndex(), m_rowCount, m_rowCount + n - 1);
        Page p;
        p.start = m_rowCount;
        p.size = n;
        p.cursor = cursor;
        p.rows = page.rows;
        p.resident = true;
        p.lastUse = ++m_useTick;
        m_pages.append(std::move(p));
        m_rowCount += n;
        evictPages(int(m_pages.size()) - 1);
        endInsertRows();
    }
    if (m_atEnd && (!m_count || m_count->estimated || m_count->value != m_rowCount)) {
        // Every row is here: the count is exact now, whatever the estimate said.
        if (m_countRequest) {
            m_backend->cancel(m_countRequest);
            m_countRequest = 0;
        }
        m_count = CountResult{m_rowCount, false};
        Q_EMIT countChanged();
    }
    if (first) {
        Q_EMIT firstPageLoaded();
    }
}

void PagedTableModel::requestCount(CountMode mode)
{
    const quint64 generation = m_generation;
    m_countRequest = m_backend->fetchCount(
        baseRequest(), mode, this, [this, generation](const Result<CountResult>& r) { onCount(generation, r); });
}

void PagedTableModel::onCount(quint64 generation, const Result<CountResult>& result)
{
    if (generation != m_generation) {
        return;
    }
    m_countRequest = 0;
    if (!result.ok()) {
        return; // the list itself reports errors; a missing count only leaves "…"
    }
    if (m_atEnd && m_count && !m_count->estimated) {
        return; // the rows themselves already gave the exact number
    }
    m_count = result.value();
    Q_EMIT countChanged();
    if (m_count->estimated) {
        requestCount(CountMode::Exact);
    }
}

int PagedTableModel::pageOfRow(int row) const
{
    // Pages are contiguous: binary search by start row.
    auto it =
        std::upper_bound(m_pages.cbegin(), m_pages.cend(), row, [](int r, const Page& page) { return r < page.start; });
    return int(it - m_pages.cbegin()) - 1;
}

void PagedTableModel::touch(int pageIndex) const
{
    const_cast<Page&>(m_pages[pageIndex]).lastUse = ++m_useTick;
}

void PagedTableModel::evictPages(int keep)
{
    int resident = 0;
    for (const Page& page : m_pages) {
        resident += page.resident ? 1 : 0;
    }
    while (resident > m_maxCachedPages) {
        int oldest = -1;
        for (int i = 0; i < m_pages.size(); ++i) {
            if (i != keep && m_pages[i].resident && !m_reloadRequests.contains(i) &&
                (oldest < 0 || m_pages[i].lastUse < m_pages[oldest].lastUse)) {
                oldest = i;
            }
        }
        if (oldest < 0) {
            return;
        }
        for (const QVariantList& row : std::as_const(m_pages[oldest].rows)) {
            m_evictedIds.insert(row.value(0).toLongLong());
        }
        m_pages[oldest].rows = {};
        m_pages[oldest].resident = false;
        m_pages[oldest].stale = false;
        --resident;
    }
}

void PagedTableModel::requestWantedPages()
{
    const QSet<int> wanted = std::exchange(m_wantedPages, {});
    for (int pageIndex : wanted) {
        if (pageIndex < 0 || pageIndex >= m_pages.size() || m_pages[pageIndex].resident ||
            m_reloadRequests.contains(pageIndex)) {
            continue;
        }
        ListRequest request = baseRequest();
        request.cursor = m_pages[pageIndex].cursor;
        request.limit = std::clamp(m_pages[pageIndex].size, 1, 1000);
        const quint64 generation = m_generation;
        m_reloadRequests.insert(
            pageIndex,
            m_backend->fetchPage(request, this, [this, generation, pageIndex](const Result<ListPage>& result) {
                onReload(generation, pageIndex, result);
            }));
    }
    updateLoading();
}

void PagedTableModel::onReload(quint64 generation, int pageIndex, const Result<ListPage>& result)
{
    if (generation != m_generation) {
        return;
    }
    m_reloadRequests.remove(pageIndex);
    updateLoading();
    if (!result.ok()) {
        if (result.error().kind != Error::Kind::Cancelled) {
            m_lastError = result.error();
            Q_EMIT errorOccurred(result.error());
        }
        return;
    }
    Page& page = m_pages[pageIndex];
    // The table may have changed since the page was first read; the page keeps its size and
    // shows what is there now.
    page.rows = result.value().rows;
    if (page.rows.size() > page.size) {
        page.rows.resize(page.size);
    }
    page.resident = true;
    page.lastUse = ++m_useTick;
    evictPages(pageIndex);
    Q_EMIT dataChanged(index(page.start, 0), index(page.start + page.size - 1, columnCount() - 1));
}

QString PagedTableModel::formatCell(int row, const ColumnInfo& column, const QVariant& value) const
{
    const int codeColumn = column.currencyColumn.isEmpty() ? -1 : columnForKey(column.currencyColumn);
    if (codeColumn < 0) {
        return Labels::formatValue(m_area, column, value);
    }
    bool loaded = false;
    const QVariant code = cellValue(row, codeColumn, &loaded);
    return Labels::formatValueIn(m_area, column, value, loaded ? code.toString() : QString());
}

QVariant PagedTableModel::cellValue(int row, int column, bool* loaded) const
{
    *loaded = false;
    const int pageIndex = pageOfRow(row);
    if (pageIndex < 0) {
        return {};
    }
    const Page& page = m_pages[pageIndex];
    if (!page.resident) {
        if (!m_reloadRequests.contains(pageIndex) && !m_stopped) {
            m_wantedPages.insert(pageIndex);
            const_cast<QTimer&>(m_wantedTimer).start();
        }
        return {};
    }
    touch(pageIndex);
    if (page.stale && !m_stalePagesShown.contains(pageIndex)) {
        m_stalePagesShown.insert(pageIndex);
        auto* self = const_cast<PagedTableModel*>(this);
        QMetaObject::invokeMethod(
            self,
            [self, pageIndex, generation = m_generation]() {
                self->m_stalePagesShown.remove(pageIndex);
                if (generation != self->m_generation || pageIndex >= self->m_pages.size() ||
                    !self->m_pages[pageIndex].stale) {
                    return;
                }
                Page& stale = self->m_pages[pageIndex];
                stale.stale = false;
                for (const QVariantList& r : std::as_const(stale.rows)) {
                    self->m_dirtyIds.insert(r.value(0).toLongLong());
                }
                self->scheduleLive();
            },
            Qt::QueuedConnection);
    }
    const int offset = row - page.start;
    if (offset >= page.rows.size()) {
        *loaded = true;
        return {};
    }
    *loaded = true;
    return page.rows[offset].value(column);
}

QString PagedTableModel::cursorOfPageAt(int row) const
{
    const int pageIndex = pageOfRow(row);
    return pageIndex >= 0 ? m_pages[pageIndex].cursor : QString();
}

qint64 PagedTableModel::idAt(int row) const
{
    if (row < 0 || row >= m_rowCount) {
        return 0;
    }
    bool loaded = false;
    const QVariant id = cellValue(row, 0, &loaded);
    return loaded ? id.toLongLong() : 0;
}

int PagedTableModel::rowOfId(qint64 id) const
{
    const auto [p, offset] = findResident(id);
    return p < 0 ? -1 : m_pages[p].start + offset;
}

int PagedTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rowCount;
}

int PagedTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(columns().size());
}

QVariant PagedTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_rowCount || index.column() >= columnCount()) {
        return {};
    }
    const ColumnInfo& column = columns()[index.column()];
    bool loaded = false;
    const QVariant value = cellValue(index.row(), index.column(), &loaded);
    switch (role) {
    case Qt::DisplayRole:
        if (!loaded) {
            return index.column() == 0 ? QStringLiteral("\u2026") : QVariant();
        }
        if (auto sla = kycSla(index.row(), column, value)) {
            // How long it has waited, and the SLA state in words (never colour alone).
            return QString(Labels::formatDuration(value.toDateTime().secsTo(QDateTime::currentDateTimeUtc())) +
                           QStringLiteral(" \u00b7 ") + Labels::kycSlaLabel(*sla));
        }
        if (m_area == Area::KycDocuments && column.key == QLatin1String("age")) {
            return QVariant(); // decided: no longer waiting
        }
        return formatCell(index.row(), column, value);
    case Qt::ToolTipRole:
        if (loaded && column.type == ValueType::Timestamp && value.toDateTime().isValid()) {
            const QDateTime utc = value.toDateTime();
            return tr("%1 local time (%2 UTC)")
                .arg(utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                     utc.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
        }
        if (!m_leftIds.isEmpty() && m_leftIds.contains(idAt(index.row()))) {
            return tr("Changed by someone else: it no longer matches this list's filter and goes at the next "
                      "refresh (F5).");
        }
        if (loaded && column.type == ValueType::Text && Labels::hasVocabulary(column.key)) {
            return value.toString();
        }
        return loaded ? formatCell(index.row(), column, value) : QVariant();
    case Qt::TextAlignmentRole:
        switch (column.type) {
        case ValueType::Integer:
        case ValueType::Money:
        case ValueType::Score:
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        }
    case Qt::BackgroundRole:
        if (loaded && m_area == Area::OverdueMembers &&
            (column.key == QLatin1String("band") || column.key == QLatin1String("days_overdue"))) {
            const int daysColumn = columnForKey(QStringLiteral("days_overdue"));
            bool daysLoaded = false;
            const qint64 days = cellValue(index.row(), daysColumn, &daysLoaded).toLongLong();
            return QBrush(Labels::bandColor(overdueBandForDays(days)));
        }
        if (auto sla = loaded ? kycSla(index.row(), column, value) : std::nullopt) {
            return QBrush(Labels::kycSlaColor(*sla));
        }
        return {};
    case Qt::ForegroundRole:
        if (loaded && m_area == Area::OverdueMembers &&
            (column.key == QLatin1String("band") || column.key == QLatin1String("days_overdue"))) {
            return QBrush(Qt::black); // the band tints are light; keep text dark in dark themes too
        }
        if (loaded && kycSla(index.row(), column, value)) {
            return QBrush(Qt::black);
        }
        if (!m_leftIds.isEmpty() && m_leftIds.contains(idAt(index.row()))) {
            return QBrush(QColor(0x9e, 0x9e, 0x9e)); // no longer matches: faded until the next reload
        }
        return {};
    case Qt::FontRole:
        if (!m_leftIds.isEmpty() && m_leftIds.contains(idAt(index.row()))) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case IdRole: {
        bool idLoaded = false;
        const QVariant id = cellValue(index.row(), 0, &idLoaded);
        return idLoaded ? id : QVariant();
    }
    case RawValueRole:
        return value;
    case BandRole: {
        if (m_area != Area::OverdueMembers) {
            return {};
        }
        bool daysLoaded = false;
        const qint64 days =
            cellValue(index.row(), columnForKey(QStringLiteral("days_overdue")), &daysLoaded).toLongLong();
        return daysLoaded ? QVariant(int(overdueBandForDays(days))) : QVariant();
    }
    case LoadedRole:
        return loaded;
    case LeftRole:
        return m_leftIds.contains(idAt(index.row()));
    default:
        return {};
    }
}

QVariant PagedTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= columnCount()) {
            return {};
        }
        if (role == Qt::DisplayRole) {
            return Labels::columnTitle(m_area, columns()[section].key);
        }
        if (role == Qt::ToolTipRole) {
            return tr("Click to sort by %1 in the database").arg(Labels::columnTitle(m_area, columns()[section].key));
        }
        return {};
    }
    if (role == Qt::DisplayRole && section >= 0 && section < m_rowCount) {
        return section + 1;
    }
    return {};
}

bool PagedTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_generation > 0 && !m_atEnd && !m_stopped && m_appendRequest == 0;
}

void PagedTableModel::fetchMore(const QModelIndex& parent)
{
    if (!parent.isValid()) {
        requestAppend();
    }
}

void PagedTableModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= columnCount()) {
        setSort(QString(), false);
        return;
    }
    setSort(columns()[column].key, order == Qt::DescendingOrder);
}

} // namespace pd::models
