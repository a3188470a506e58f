#pragma once

#include "ListTypes.h"
#include "Roles.h"

#include <QMap>
#include <QString>
#include <QStringList>
#include <QVector>

namespace pd {

/// What a navigation entry opens.
enum class PageKind {
    Dashboard,      ///< the charts (DashboardPage)
    Table,          ///< one area's list with filters and details (TablePage)
    Reconciliation, ///< a result file matched with payments (ReconciliationPage)
};

/// The page registry (docs/ARCHITECTURE.md, "The page registry"): one description per page of
/// the console, from which the navigation and its shortcuts, the list columns, filters and
/// default sort (SQL and UI), the page titles and who sees a page are all built.
struct PageSpec
{
    QString key; ///< stable: the area key for tables, "dashboard", "reconciliation"
    PageKind kind = PageKind::Table;
    Area area = Area::Users;     ///< for PageKind::Table
    const char* title = "";      ///< English; PageSpec::translatedTitle() gives the user's language
    QString icon;                ///< Qt resource path of the navigation icon
    int shortcutDigit = 0;       ///< Ctrl+<digit> (1-9) opens the page wherever it sits; 0: none
    QStringList roles;           ///< staff roles that see the page (the owner, role "", sees all)
    QVector<ColumnInfo> columns; ///< list columns in display order; the first is "id"
    QStringList filters;         ///< the filter keys the list accepts (see areaFilterKeys())
    QStringList statuses;        ///< values of the `status` filter, in workflow order
    QString defaultSort;         ///< the column a list is sorted by when the user chose none
    bool defaultDescending = true;
    QString statusColumn; ///< the column the `status` filter compares (empty: no status filter)
    /// Filters other than `status` whose values come from a fixed list, each with its values in
    /// display order (the filter bar offers them in a combo box, the SQL refuses others).
    QMap<QString, QStringList> choices;
    /// The audit_log.entity of this area's rows ("payments", "parents"); empty when its rows
    /// are not audited. The detail pane's History opens the audit log filtered to it.
    QString auditEntity;
    /// The sections of the area's detail record in display order: field groups, then related
    /// tables (DetailField::group, DetailTable::key). "meta" holds ids and versions, not shown.
    QStringList detailSections;

    /// Whether a staff member with these permissions sees the page.
    bool visibleTo(const Permissions& permissions) const;
    /// The title in the installed translation (context "pd::PageSpec").
    QString translatedTitle() const;
};

/// Every page, in navigation order.
const QVector<PageSpec>& pages();
/// The table page of an area.
const PageSpec& pageOf(Area area);
/// The page of a key, or null.
const PageSpec* pageByKey(const QString& key);

} // namespace pd
