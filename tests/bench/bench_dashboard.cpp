// Benchmark of the dashboard (docs/PERFORMANCE.md "charts"): a full refresh of the
// dashboard page (six background requests, charts drawn, numbers written) against the same
// six aggregates run one after another on one session (sql::dashboardChart, the database
// work alone), in the same run. Target: refresh <= 1.2 x (aggregates + 30 ms). Not part of
// the test run.
//
//   bench_dashboard --db postgresql://postgres@127.0.0.1:5432/big [--runs 5] [--last-month 2026-11]

#include "DashboardPage.h"
#include "TestSupport.h"
#include "sql/SqlBackend.h"
#include "sql/SqlDashboard.h"
#include "sql/SqlSession.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEventLoop>

#include <algorithm>
#include <cstdio>

using namespace pd;

namespace {
double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}
} // namespace

int main(int argc, char** argv)
{
    qputenv("QT_QPA_PLATFORM",
            qgetenv("QT_QPA_PLATFORM").isEmpty() ? QByteArray("offscreen") : qgetenv("QT_QPA_PLATFORM"));
    QApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("database URL"), QStringLiteral("url")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("runs (default 5)"), QStringLiteral("n"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("last-month"), QStringLiteral("newest month (default this month)"),
                      QStringLiteral("YYYY-MM"), QDate::currentDate().toString(QStringLiteral("yyyy-MM"))});
    parser.process(app);
    const auto url = DatabaseUrl::parse(parser.value(QStringLiteral("db")));
    if (!url) {
        std::fprintf(stderr, "give --db URL\n");
        return 2;
    }
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QString lastMonth = parser.value(QStringLiteral("last-month"));
    auto opened = sql::SqlSession::open(*url, QStringLiteral("bench-dashboard"));
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    sql::SqlBackend backend(*url);
    ui::DashboardPage page(&backend);
    page.resize(1280, 800);
    page.show();
    page.setLastMonth(lastMonth, QDate::currentDate());
    std::vector<double> aggregates;
    std::vector<double> refreshes;
    for (int run = 0; run < runs + 1; ++run) {
        QElapsedTimer t;
        t.start();
        for (DashboardChart chart : allDashboardCharts()) {
            DashboardRequest r;
            r.chart = chart;
            r.lastMonth = lastMonth;
            r.months = 12;
            r.today = QDate::currentDate();
            QElapsedTimer one;
            one.start();
            auto data = sql::dashboardChart(*opened.value(), r);
            if (run == 0) {
                std::printf("  %-24s %8.0f ms\n", qPrintable(dashboardChartKey(chart)),
                            double(one.nsecsElapsed()) / 1e6);
            }
            if (!data.ok()) {
                std::fprintf(stderr, "%s: %s\n", qPrintable(dashboardChartKey(chart)),
                             qPrintable(data.error().message + data.error().detail));
                return 1;
            }
        }
        const double aggregateMs = double(t.nsecsElapsed()) / 1e6;
        t.restart();
        QEventLoop loop;
        QObject::connect(&page, &ui::DashboardPage::settled, &loop, &QEventLoop::quit);
        page.refresh();
        if (!page.isSettled()) {
            loop.exec();
        }
        page.grab();
        const double refreshMs = double(t.nsecsElapsed()) / 1e6;
        if (run > 0) { // the first run warms the caches
            aggregates.push_back(aggregateMs);
            refreshes.push_back(refreshMs);
        }
    }
    const double base = median(aggregates);
    const double ours = median(refreshes);
    std::printf("six aggregates on one session (baseline): %.0f ms\ndashboard refresh (6 requests, drawn): %.0f ms\n"
                "ratio to (baseline + 30 ms): %.2f (target <= 1.2)\n",
                base, ours, ours / (base + 30.0));
    return 0;
}
