// The dashboard page in the real main window over a demo SQLite database, offscreen:
// every chart arrives with its numbers, screenshots at 1280x800 in English and Korean, a click
// on a bar opens the matching table page with its filter, chart PNG/PDF and the one-page PDF
// report are written (the report's page rendered back with pdftoppm), and a chart whose query
// fails shows the error in its place.

#include "ConsoleWindow.h"
#include "DashboardPage.h"
#include "FakeBackend.h"
#include "Language.h"
#include "MainWindow.h"
#include "PagedTableModel.h"
#include "TablePage.h"
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "sql/Migrations.h"
#include "sql/SqlSession.h"

#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;
using ui::ChartCard;
using ui::DashboardPage;
using ui::MainWindow;

namespace {
/// How long a page may take to show what a test waits for (QTest::qWaitFor).
constexpr int kWaitMs = 60000;
const QDate kAsOf(2026, 10, 15);

} // namespace

class TestDashboardPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ScratchDatabase> m_db;
    QTemporaryDir m_dir;

    using Window = test::ConsoleWindow;
    Window open(const QString& name)
    {
        return test::openConsole(m_dir.filePath(name + QStringLiteral(".ini")), m_db->url());
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = test::ScratchDatabase::create(Dialect::SQLite);
        QVERIFY(m_db->ok());
        auto opened = sql::SqlSession::open(m_db->url(), QStringLiteral("dashboard-page"));
        QVERIFY(opened.ok());
        QVERIFY(sql::Migrator::upgrade(*opened.value()).ok());
        demo::DemoOptions options;
        options.scale = 0.05;
        options.asOf = kAsOf;
        QVERIFY(demo::generateDemoData(*opened.value(), options).ok());
    }

    /// Every chart arrives with numbers; drill-down opens the payments of the clicked month and
    /// method; exports are written; screenshots in both languages.
    void dashboard_data() { test::addLanguageRows(); }
    void dashboard()
    {
        QFETCH(QString, language);
        QCOMPARE(ui::installTranslations(language), language);
        Window w = open(QStringLiteral("dashboard-") + language);
        QVERIFY(w.window);
        DashboardPage* page = w.window->dashboard();
        QVERIFY(page);
        w.window->showDashboard();
        page->setLastMonth(QStringLiteral("2026-10"), kAsOf);
        page->refresh();
        QVERIFY(QTest::qWaitFor([page]() { return page->isSettled(); }, kWaitMs));
        QCOMPARE(page->cards().size(), 6);
        for (ChartCard* card : page->cards()) {
            QVERIFY2(!card->factsText().isEmpty(), qPrintable(card->title()));
            QVERIFY2(card->findChild<QChartView*>()->isVisible(), qPrintable(card->title()));
        }
        QVERIFY(page->cards().front()->factsText().contains(QStringLiteral("2026-10")));
        // 2026-10 is not over on 10-15: collections and the rate are compared with the same days
        // of September, and the rate's month is drawn apart as "so far", not as a fall.
        if (language == QLatin1String("en")) {
            for (int c = 0; c < 2; ++c) {
                QVERIFY2(page->cards()[c]->factsText().contains(QStringLiteral("from the same days of last month")),
                         qPrintable(page->cards()[c]->factsText()));
            }
            QCOMPARE(page->cards()[1]->findChild<QChartView*>()->chart()->series().size(), 2);
            // On the first day, before anything has come in, it says so instead of "down 100 %".
            page->setLastMonth(QStringLiteral("2026-11"), QDate(2026, 11, 1));
            page->refresh();
            QVERIFY(QTest::qWaitFor([page]() { return page->isSettled(); }, kWaitMs));
            for (int c = 0; c < 2; ++c) {
                QVERIFY2(page->cards()[c]->factsText().contains(QStringLiteral("nothing collected yet this month")),
                         qPrintable(page->cards()[c]->factsText()));
            }
            page->setLastMonth(QStringLiteral("2026-10"), kAsOf);
            page->refresh();
            QVERIFY(QTest::qWaitFor([page]() { return page->isSettled(); }, kWaitMs));
        }
        QTest::qWait(100);
        QVERIFY(w.window->grab().save(test::screenshotPath(QStringLiteral("dashboard_%1.png").arg(language))));

        // Exports: chart PNG and PDF, the one-page report.
        QString error;
        const QString png = m_dir.filePath(QStringLiteral("collections-%1.png").arg(language));
        QVERIFY2(page->cards().front()->saveTo(png, &error), qPrintable(error));
        QImage picture(png);
        QVERIFY(picture.width() > 300 && picture.height() > 150);
        const QString chartPdf = m_dir.filePath(QStringLiteral("collections-%1.pdf").arg(language));
        QVERIFY2(page->cards().front()->saveTo(chartPdf, &error), qPrintable(error));
        QVERIFY(QFile(chartPdf).size() > 1000);
        const QString report = m_dir.filePath(QStringLiteral("dashboard-%1.pdf").arg(language));
        QVERIFY2(page->saveReport(report, &error), qPrintable(error));
        QVERIFY(QDir().mkpath(m_dir.filePath(language)));
        const QStringList pages = test::renderPdfPages(report, 60, m_dir.filePath(language), &error);
        QVERIFY2(pages.size() == 1, qPrintable(error));
        const QString reportShot = test::screenshotPath(QStringLiteral("dashboard_report_%1.png").arg(language));
        QFile::remove(reportShot);
        QVERIFY(QFile::copy(pages.front(), reportShot));
        QVERIFY2(pages.size() == 1, qPrintable(error));
        QVERIFY(!page->saveReport(QStringLiteral("/nonexistent-dir/report.pdf"), &error));
        QVERIFY(error.contains(QStringLiteral("/nonexistent-dir/report.pdf")));

        // Drill-down: a click on the card-payments bar of the newest month opens the payments
        // page filtered to that month, method and success.
        ChartCard* collections = page->cards().front();
        auto* chart = collections->findChild<QChartView*>()->chart();
        QBarSet* card = nullptr;
        for (QAbstractSeries* s : chart->series()) {
            if (auto* stacked = qobject_cast<QStackedBarSeries*>(s)) {
                card = stacked->barSets().at(1);
            }
        }
        QVERIFY(card);
        Q_EMIT card->clicked(card->count() - 1);
        ui::TablePage* payments = w.window->page(Area::Payments);
        QVERIFY(payments);
        QVERIFY(payments->isVisible());
        QCOMPARE(payments->model()->filters().value(QStringLiteral("month")), QStringLiteral("2026-10"));
        QCOMPARE(payments->model()->filters().value(QStringLiteral("method")), QStringLiteral("card"));
        QCOMPARE(payments->model()->filters().value(QStringLiteral("status")), QStringLiteral("success"));
    }

    /// A chart whose query fails shows the message in its place; the others still draw.
    void failedChartShowsItsError()
    {
        QCOMPARE(ui::installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        Window w = open(QStringLiteral("dashboard-error"));
        QVERIFY(w.window);
        DashboardPage* page = w.window->dashboard();
        w.window->showDashboard();
        page->setLastMonth(QStringLiteral("2026-13"), kAsOf); // not a month: every query is refused
        page->refresh();
        QVERIFY(QTest::qWaitFor([page]() { return page->isSettled(); }, kWaitMs));
        for (ChartCard* card : page->cards()) {
            QVERIFY(!card->findChild<QChartView*>()->isVisible());
            bool shown = false;
            for (QLabel* label : card->findChildren<QLabel*>()) {
                shown = shown || (label->isVisible() && label->text().contains(QStringLiteral("2026-13")));
            }
            QVERIFY2(shown, qPrintable(card->title()));
        }
    }

    /// An answer without a series its chart reads (a server of another version, a broken
    /// proxy) is an error in the card, never a crash.
    void anAnswerMissingASeriesIsAnErrorNotACrash()
    {
        QCOMPARE(ui::installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        test::FakeBackend backend;
        backend.answer<ops::FetchChart>([](const DashboardRequest& request) {
            ChartData data;
            data.chart = request.chart;
            data.categories = request.periodMonths();
            ChartSeries cms;
            cms.key = QStringLiteral("cms");
            cms.values.fill(1000, data.categories.size());
            data.series << cms; // no "collected", "expected", "rate", ...
            return data;
        });
        backend.answer<ops::FetchOrganizations>([](const ops::NoInput&) { return QVector<Organization>{}; });
        DashboardPage page(&backend);
        page.resize(1280, 800);
        page.show();
        page.setLastMonth(QStringLiteral("2026-11"), kAsOf);
        page.refresh();
        QVERIFY(QTest::qWaitFor([&page]() { return page.isSettled(); }, kWaitMs));
        for (ChartCard* card : page.cards()) {
            QVERIFY(!card->findChild<QChartView*>()->isVisible());
            bool shown = false;
            for (QLabel* label : card->findChildren<QLabel*>()) {
                shown = shown || (label->isVisible() && label->text().contains(QStringLiteral("could not be read")));
            }
            QVERIFY2(shown, qPrintable(card->title()));
        }
        QVERIFY(ChartData().shapeProblem().contains(QStringLiteral("collected")));
    }
};

QTEST_MAIN(TestDashboardPage)
#include "tst_dashboardpage.moc"
