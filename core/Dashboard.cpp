#include "Dashboard.h"

#include "ListTypes.h"

#include <QRegularExpression>

namespace pd {

namespace {
struct DashboardText
{
    Q_DECLARE_TR_FUNCTIONS(Dashboard)
};

struct ChartKey
{
    DashboardChart chart;
    const char* key;
};
constexpr ChartKey kChartKeys[] = {
    {DashboardChart::Collections, "collections"},
    {DashboardChart::CollectionRateByMonth, "collection-rate-month"},
    {DashboardChart::CollectionRateByCenter, "collection-rate-center"},
    {DashboardChart::OverdueAgeing, "overdue-ageing"},
    {DashboardChart::KycFlow, "kyc-flow"},
    {DashboardChart::Invoices, "invoices"},
};

/// 128-bit integers for products of won sums and 10000 that must not overflow (GCC and Clang).
__extension__ typedef __int128 Wide;

/// "YYYY-MM" as the first day of that month; invalid when not a month.
QDate monthStart(const QString& month)
{
    static const QRegularExpression shape(QStringLiteral("^\\d{4}-(0[1-9]|1[0-2])$"));
    if (!shape.match(month).hasMatch()) {
        return {};
    }
    return QDate(month.left(4).toInt(), month.mid(5, 2).toInt(), 1);
}
} // namespace

QVector<DashboardChart> allDashboardCharts()
{
    QVector<DashboardChart> out;
    for (const ChartKey& k : kChartKeys) {
        out << k.chart;
    }
    return out;
}

QString dashboardChartKey(DashboardChart chart)
{
    for (const ChartKey& k : kChartKeys) {
        if (k.chart == chart) {
            return QLatin1String(k.key);
        }
    }
    return {};
}

std::optional<DashboardChart> dashboardChartFromKey(const QString& key)
{
    for (const ChartKey& k : kChartKeys) {
        if (key == QLatin1String(k.key)) {
            return k.chart;
        }
    }
    return std::nullopt;
}

const ChartSeries* ChartData::find(const QString& key) const
{
    for (const ChartSeries& s : series) {
        if (s.key == key) {
            return &s;
        }
    }
    return nullptr;
}

QString ChartData::shapeProblem() const
{
    QStringList required;
    switch (chart) {
    case DashboardChart::Collections:
        required = {QStringLiteral("collected"), QStringLiteral("expected")};
        break;
    case DashboardChart::CollectionRateByMonth:
    case DashboardChart::CollectionRateByCenter:
        required = {QStringLiteral("rate")};
        break;
    case DashboardChart::OverdueAgeing:
        for (OverdueBand band :
             {OverdueBand::Days1to7, OverdueBand::Days8to30, OverdueBand::Days31to60, OverdueBand::Over60}) {
            required << overdueBandKey(band) << overdueBandKey(band) + QStringLiteral("_members");
        }
        break;
    case DashboardChart::KycFlow:
        required = {QStringLiteral("received"), QStringLiteral("decided")};
        break;
    case DashboardChart::Invoices:
        for (const QString& status : areaStatuses(Area::Invoices)) {
            required << status + QStringLiteral("_count");
        }
        break;
    }
    for (const QString& key : required) {
        if (!find(key)) {
            return QStringLiteral("series %1 is missing").arg(key);
        }
    }
    for (const ChartSeries& s : series) {
        if (s.values.size() != categories.size()) {
            return QStringLiteral("series %1 has %2 values for %3 categories")
                .arg(s.key)
                .arg(s.values.size())
                .arg(categories.size());
        }
    }
    if (!categoryIds.isEmpty() && categoryIds.size() != categories.size()) {
        return QStringLiteral("%1 category ids for %2 categories").arg(categoryIds.size()).arg(categories.size());
    }
    return {};
}

QStringList DashboardRequest::periodMonths() const
{
    const QDate last = monthStart(lastMonth);
    if (!last.isValid() || months < 1 || months > 24) {
        return {};
    }
    QStringList out;
    for (int i = months - 1; i >= 0; --i) {
        out << last.addMonths(-i).toString(QStringLiteral("yyyy-MM"));
    }
    return out;
}

QString DashboardRequest::validate() const
{
    if (!monthStart(lastMonth).isValid()) {
        return DashboardText::tr("\"%1\" is not a month; write it as YYYY-MM, for example 2026-10.").arg(lastMonth);
    }
    if (months < 1 || months > 24) {
        return DashboardText::tr("The dashboard shows 1 to 24 months; %1 were asked for.").arg(months);
    }
    if (organizationId < 0) {
        return DashboardText::tr("\"%1\" is not an organization id.").arg(organizationId);
    }
    if (utcOffsetSeconds < -14 * 3600 || utcOffsetSeconds > 14 * 3600) {
        return DashboardText::tr("A UTC offset of %1 seconds is outside -14 to +14 hours.").arg(utcOffsetSeconds);
    }
    return {};
}

QStringList overdueBands()
{
    QStringList keys;
    for (OverdueBand band :
         {OverdueBand::Days1to7, OverdueBand::Days8to30, OverdueBand::Days31to60, OverdueBand::Over60}) {
        keys << overdueBandKey(band);
    }
    return keys;
}

qint64 rateBasisPoints(qint64 collected, qint64 expected)
{
    if (expected <= 0) {
        return 0;
    }
    // Half up: (collected * 10000 + expected / 2) / expected, in 128 bits so won sums never overflow.
    const Wide scaled = static_cast<Wide>(collected) * 10000 + expected / 2;
    return static_cast<qint64>(scaled / expected);
}

QString previousMonth(const QString& month)
{
    const QDate start = monthStart(month);
    return start.isValid() ? start.addMonths(-1).toString(QStringLiteral("yyyy-MM")) : QString();
}

std::optional<qint64> MonthComparison::changeBasisPoints() const
{
    if (!hasPrevious || previous == 0) {
        return std::nullopt;
    }
    const Wide diff = static_cast<Wide>(current - previous) * 10000;
    const Wide base = previous < 0 ? -static_cast<Wide>(previous) : previous;
    const Wide half = base / 2;
    return static_cast<qint64>((diff >= 0 ? diff + half : diff - half) / base);
}

MonthComparison compareLastTwo(const QVector<qint64>& values)
{
    MonthComparison c;
    if (values.isEmpty()) {
        return c;
    }
    c.current = values.back();
    if (values.size() >= 2) {
        c.previous = values[values.size() - 2];
        c.hasPrevious = true;
    }
    return c;
}

} // namespace pd
