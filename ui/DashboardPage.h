#pragma once

#include "Backend.h"
#include "Dashboard.h"

#include <QDate>
#include <QFrame>
#include <QMap>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QStackedWidget;

class QChartView;

namespace pd::models {
class OrganizationListModel;
}

namespace pd::ui {

/// One chart of the dashboard: its question as the title, a placeholder while it loads, the
/// chart or the error in place, and the numbers beside it (this month vs last month, written
/// out). Clicking a bar or point asks for the matching table page (drillDown()).
class ChartCard : public QFrame
{
    Q_OBJECT
public:
    ChartCard(DashboardChart chart, QWidget* parent = nullptr);
    DashboardChart chart() const { return m_chart; }

    /// Shows the placeholder ("Loading…").
    void showLoading();
    /// Draws `data` for the period (`utcOffsetSeconds` turns KYC days into instants for
    /// drill-down; a last month that contains `today` is written as "so far").
    void showData(const ChartData& data, int utcOffsetSeconds, const QDate& today);
    /// Shows the failed query's message in place of the chart.
    void showError(const Error& error);
    /// True once data or an error arrived since the last showLoading().
    bool isSettled() const { return m_settled; }
    /// The numbers beside the chart, as plain text (for tests and the PDF report).
    QString factsText() const;
    /// The chart's title (its question).
    QString title() const;

    /// Saves the chart as PNG (by pixels) or PDF (by vector), by the file name's suffix; false
    /// with `error` set when the file cannot be written.
    bool saveTo(const QString& path, QString* error) const;

Q_SIGNALS:
    /// A bar or point was clicked: open `area` with `filters` (list filter keys and values).
    void drillDown(pd::Area area, const QMap<QString, QString>& filters);

private:
    void exportChart();
    QChartView* m_view = nullptr;
    DashboardChart m_chart;
    QLabel* m_title = nullptr;
    QLabel* m_placeholder = nullptr;
    QLabel* m_facts = nullptr;
    QStackedWidget* m_stack = nullptr;
    bool m_settled = false;
};

/// The first page HQ staff and center managers see: six charts for a period of months and an
/// organisation subtree, each aggregated in the database in the background (Backend::fetchChart),
/// with export of a chart (PNG/PDF) or the whole dashboard as a one-page PDF report.
class DashboardPage : public QWidget
{
    Q_OBJECT
public:
    DashboardPage(Backend* backend, QWidget* parent = nullptr);

    /// Reloads every chart for the chosen period and organisation.
    void refresh();
    /// The newest month shown; defaults to the current month (set for tests and demo data).
    void setLastMonth(const QString& month, const QDate& today);
    /// Chooses the period length (6, 12 or 24 months) and reloads.
    void setMonths(int months);
    /// The cards in page order.
    QList<ChartCard*> cards() const { return m_cards; }
    /// True when every chart has its data or its error.
    bool isSettled() const;
    /// Writes the dashboard as a one-page landscape A4 PDF: title, period, every chart and its
    /// numbers. False with `error` set when the file cannot be written.
    bool saveReport(const QString& path, QString* error) const;

Q_SIGNALS:
    /// Open `area` with `filters` (from a chart's drill-down).
    void drillDown(pd::Area area, const QMap<QString, QString>& filters);
    /// Every chart has arrived (or failed).
    void settled();

private:
    DashboardRequest requestFor(DashboardChart chart) const;
    void exportReport();

    QPointer<Backend> m_backend;
    QComboBox* m_period = nullptr;
    QComboBox* m_org = nullptr;
    QLabel* m_periodText = nullptr;
    models::OrganizationListModel* m_orgModel = nullptr;
    QList<ChartCard*> m_cards;
    QMap<DashboardChart, Backend::RequestId> m_requests;
    QString m_lastMonth;
    QDate m_today;
    int m_generation = 0;
};

} // namespace pd::ui
