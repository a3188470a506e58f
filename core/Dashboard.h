#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace pd {

// The dashboard: one question per chart, each answered by one aggregate query in the
// database (GROUP BY on indexed columns), never from raw rows in the client.

/// The dashboard's charts, in the order the page shows them.
enum class DashboardChart {
    Collections,            ///< expected vs collected won per payment month, collected by method
    CollectionRateByMonth,  ///< collected / expected per payment month, in basis points
    CollectionRateByCenter, ///< collected / expected per center over the period, lowest first
    OverdueAgeing,          ///< debts at each month's end: won and members per ageing band
    KycFlow,                ///< documents received vs decided per day; queue and median time as facts
    Invoices,               ///< BCH invoices per creation month: count and satoshi by status
};

/// All charts in page order.
QVector<DashboardChart> allDashboardCharts();
/// Stable key of a chart ("collections", "collection-rate-month", ...), for settings and REST.
QString dashboardChartKey(DashboardChart chart);
/// Inverse of dashboardChartKey(); nullopt for an unknown key.
std::optional<DashboardChart> dashboardChartFromKey(const QString& key);

/// What one series' integers count.
enum class ChartUnit {
    Won,         ///< KRW minor units (won)
    Satoshi,     ///< BCH minor units (1e-8 BCH)
    Count,       ///< rows or members
    BasisPoints, ///< 1/100 of a percent: 10000 is 100 %
};

/// One series of a chart, aligned with ChartData::categories (one value per category).
struct ChartSeries
{
    QString key; ///< "expected", a method ("cms"), a status ("paid"), a band ("8-30"), "rate", ...
    ChartUnit unit = ChartUnit::Count;
    QVector<qint64> values;
};

/// A single number shown beside a chart that is not a series (KYC queue size, medians).
struct ChartFact
{
    QString key; ///< "queue", "median_minutes_level_1", "median_minutes_level_2"
    qint64 value = 0;
    ChartUnit unit = ChartUnit::Count;
};

/// A chart's data as the database aggregated it.
struct ChartData
{
    DashboardChart chart = DashboardChart::Collections;
    /// Months "YYYY-MM", days "YYYY-MM-DD" or center names, in display order.
    QStringList categories;
    /// CollectionRateByCenter: the organization id of each category (for drill-down); else empty.
    QVector<qint64> categoryIds;
    QVector<ChartSeries> series;
    QVector<ChartFact> facts;

    /// The series with `key`, or null.
    const ChartSeries* find(const QString& key) const;
    /// Empty when the data has the shape its chart is drawn from (every series the chart reads,
    /// one value per category); else what is wrong, for an answer that came over the network.
    QString shapeProblem() const;
};

/// What to aggregate: a period of whole months ending with `lastMonth`, for an organisation
/// subtree. Rows a role may not see are left out by the database (row-level security) or by
/// the backend, exactly as in the lists.
struct DashboardRequest
{
    DashboardChart chart = DashboardChart::Collections;
    QString lastMonth;         ///< "YYYY-MM", the newest month shown
    int months = 12;           ///< 1 to 24 months ending with lastMonth
    qint64 organizationId = 0; ///< subtree root; 0 for everything the role sees
    /// Today, as the reference day of the current month's overdue snapshot (never later) and
    /// of a month not over yet; invalid for the computer's date (see referenceDay()).
    QDate today;
    /// Offset of the user's local time from UTC, for the local day or month of a timestamp
    /// (KYC days, invoice months). Seconds, -14 h to +14 h.
    int utcOffsetSeconds = 0;

    /// `today`, or the computer's date when it is not set.
    QDate referenceDay() const { return today.isValid() ? today : QDate::currentDate(); }
    /// The period's months, oldest first ("YYYY-MM"); empty when lastMonth or months is invalid.
    QStringList periodMonths() const;
    /// Empty when valid, else what is wrong, in words for people.
    QString validate() const;
};

/// Keys of the overdue list's ageing bands (overdueBandKey()), youngest first.
QStringList overdueBands();

/// A basis-point rate collected/expected, rounded half up; 0 when nothing was expected.
qint64 rateBasisPoints(qint64 collected, qint64 expected);

/// The month before "YYYY-MM" ("2026-01" -> "2025-12"); empty when not a month.
QString previousMonth(const QString& month);

/// How the newest value of a series compares with the one before it, for the numbers beside a
/// chart: both values and the change; `hasPrevious` false when the series has under 2 values.
struct MonthComparison
{
    qint64 current = 0;
    qint64 previous = 0;
    bool hasPrevious = false;
    /// -1 down, 0 unchanged, +1 up.
    int direction() const { return current > previous ? 1 : (current < previous ? -1 : 0); }
    /// Change in basis points of the previous value (rounded half away from zero); nullopt
    /// when previous is 0.
    std::optional<qint64> changeBasisPoints() const;
};
/// Compares the last two values of `values` (see MonthComparison).
MonthComparison compareLastTwo(const QVector<qint64>& values);

} // namespace pd
