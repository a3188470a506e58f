#include "ListTypes.h"

#include "Pages.h"

namespace pd {

QVector<Area> allAreas()
{
    QVector<Area> areas;
    for (const PageSpec& page : pages()) {
        if (page.kind == PageKind::Table) {
            areas << page.area;
        }
    }
    return areas;
}

QString areaKey(Area area)
{
    return pageOf(area).key;
}

std::optional<Area> areaFromKey(const QString& key)
{
    for (Area area : allAreas()) {
        if (areaKey(area) == key) {
            return area;
        }
    }
    return std::nullopt;
}

const QVector<ColumnInfo>& areaColumns(Area area)
{
    return pageOf(area).columns;
}

int columnIndex(Area area, const QString& key)
{
    const auto& columns = areaColumns(area);
    for (int i = 0; i < columns.size(); ++i) {
        if (columns[i].key == key) {
            return i;
        }
    }
    return -1;
}

QStringList areaFilterKeys(Area area)
{
    return pageOf(area).filters + QStringList{QStringLiteral("ids")};
}

QStringList areaStatuses(Area area)
{
    return pageOf(area).statuses;
}

QVariant DetailRecord::field(const QString& key) const
{
    for (const auto& f : fields) {
        if (f.key == key) {
            return f.value;
        }
    }
    return {};
}

OverdueBand overdueBandForDays(qint64 days)
{
    if (days <= 0) {
        return OverdueBand::None;
    }
    if (days <= 7) {
        return OverdueBand::Days1to7;
    }
    if (days <= 30) {
        return OverdueBand::Days8to30;
    }
    if (days <= 60) {
        return OverdueBand::Days31to60;
    }
    return OverdueBand::Over60;
}

QString overdueBandKey(OverdueBand band)
{
    switch (band) {
    case OverdueBand::None:
        return {};
    case OverdueBand::Days1to7:
        return QStringLiteral("1-7");
    case OverdueBand::Days8to30:
        return QStringLiteral("8-30");
    case OverdueBand::Days31to60:
        return QStringLiteral("31-60");
    case OverdueBand::Over60:
        return QStringLiteral("61+");
    }
    return {};
}

} // namespace pd
