// The real main window, offscreen: connect, open every page, sort by clicking a header, filter by
// typing, select a row and see its details; first start on the embedded demo database; a failed
// connection that leaves the window usable; slow queries with progress and Cancel. Every page is
// rendered to PNG in English and Korean (PAYDESK_TEST_OUTPUT).

#include "DetailPane.h"
#include "FakeBackend.h"
#include "FilterBar.h"
#include "Language.h"
#include "MainWindow.h"
#include "PagedTableModel.h"
#include "Pages.h"
#include "TablePage.h"
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "sql/Migrations.h"
#include "sql/SqlBackend.h"
#include "sql/SqlSession.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMimeData>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;
using models::PagedTableModel;
using ui::MainWindow;
using ui::TablePage;

namespace {
bool waitForRows(TablePage* page, int ms = 30000)
{
    QDeadlineTimer deadline(ms);
    while (!deadline.hasExpired()) {
        if (page->model()->rowCount() > 0 && !page->model()->isLoading()) {
            return true;
        }
        QTest::qWait(20);
    }
    return false;
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ScratchDatabase> m_db;
    QTemporaryDir m_settingsDir;

    std::unique_ptr<QSettings> freshSettings(const QString& name)
    {
        return std::make_unique<QSettings>(m_settingsDir.filePath(name + QStringLiteral(".ini")), QSettings::IniFormat);
    }

    void exercisePages(MainWindow& window, const QString& language)
    {
        for (Area area : allAreas()) {
            window.showArea(area);
            TablePage* page = window.page(area);
            QVERIFY(page);
            QVERIFY2(waitForRows(page), qPrintable(areaKey(area)));
            QTRY_VERIFY(page->detailPane()->record().has_value());
            QTest::qWait(50);
            QVERIFY(window.grab().save(test::screenshotPath(QStringLiteral("%1_%2.png").arg(areaKey(area), language))));
        }
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = test::ScratchDatabase::create(Dialect::SQLite);
        auto opened = sql::SqlSession::open(m_db->url(), QStringLiteral("gui-setup"));
        QVERIFY(opened.ok());
        QVERIFY(sql::Migrator::upgrade(*opened.value()).ok());
        demo::DemoOptions options;
        options.scale = 0.05;
        QVERIFY(demo::generateDemoData(*opened.value(), options).ok());
    }

    void cleanupTestCase()
    {
        ui::installTranslations(QStringLiteral("en"));
        sql::SqlBackend::waitForDetachedWorkers(10000);
    }

    void everyPageSortsFiltersAndShowsDetails()
    {
        ui::installTranslations(QStringLiteral("en"));
        auto settings = freshSettings(QStringLiteral("pages"));
        MainWindow window(settings.get());
        window.resize(1280, 800);
        window.show();
        QSignalSpy connected(&window, &MainWindow::connected);
        window.connectToUrl(m_db->url());
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 30000);
        QVERIFY(!window.isShowingMessage());
        auto* status = window.findChild<QLabel*>(QStringLiteral("connectionStatus"));
        QVERIFY(status->text().contains(QStringLiteral("SQLite")));

        for (Area area : allAreas()) {
            window.showArea(area);
            TablePage* page = window.page(area);
            QVERIFY2(waitForRows(page), qPrintable(areaKey(area)));
            PagedTableModel* model = page->model();
            QTableView* view = page->view();

            // Sort by clicking a header: the first numeric or text column after the id.
            const int column = 1;
            QHeaderView* header = view->horizontalHeader();
            const QString beforeKey = model->sortKey();
            const bool beforeDescending = model->sortDescending();
            QTest::mouseClick(header->viewport(), Qt::LeftButton, {},
                              QPoint(header->sectionViewportPosition(column) + 5, header->height() / 2));
            QTRY_COMPARE(model->sortKey(), model->columns()[column].key);
            // A new column, or the same column the other way round.
            QVERIFY(model->sortKey() != beforeKey || model->sortDescending() != beforeDescending);
            QVERIFY(waitForRows(page));
            // The database sorted it: the first rows are in order of the clicked column.
            const QVariant first = model->data(model->index(0, column), PagedTableModel::RawValueRole);
            const QVariant second = model->data(model->index(1, column), PagedTableModel::RawValueRole);
            if (first.typeId() == QMetaType::QString && second.typeId() == QMetaType::QString) {
                const bool descending = header->sortIndicatorOrder() == Qt::DescendingOrder;
                const int cmp = QString::compare(first.toString(), second.toString()) == 0
                                    ? 0
                                    : (first.toString().toUtf8() < second.toString().toUtf8() ? -1 : 1);
                QVERIFY(descending ? cmp >= 0 : cmp <= 0);
            }

            // Filter by typing: take a word from the first row and search for it.
            if (QLineEdit* search = page->filterBar()->searchField()) {
                const int textColumn = model->columnForKey(
                    area == Area::Users || area == Area::KycDocuments || area == Area::Wallets ||
                            area == Area::Transactions || area == Area::CreditRequests
                        ? QStringLiteral("email")
                    : area == Area::Invoices                                    ? QStringLiteral("address")
                    : area == Area::Settlements                                 ? QStringLiteral("center")
                    : area == Area::Organizations || area == Area::BankHolidays ? QStringLiteral("name")
                    : area == Area::Staff                                       ? QStringLiteral("login")
                    : area == Area::AuditLog                                    ? QStringLiteral("actor")
                                                                                : QStringLiteral("member"));
                // The search field trims what is typed: "Grace White" is searched as "Grace".
                const QString needle = model->data(model->index(0, textColumn)).toString().left(6).trimmed();
                QVERIFY(!needle.isEmpty());
                search->setFocus();
                const bool ascii =
                    std::all_of(needle.cbegin(), needle.cend(), [](QChar c) { return c.unicode() < 128; });
                if (ascii) {
                    QTest::keyClicks(search, needle);
                } else {
                    search->insert(needle); // Hangul arrives through the input method, not as key presses
                }
                QTRY_COMPARE(model->filters().value(QStringLiteral("q")), needle);
                QVERIFY(waitForRows(page));
                for (int row = 0; row < std::min(model->rowCount(), 20); ++row) {
                    bool found = false;
                    for (int c = 0; c < model->columnCount(); ++c) {
                        found =
                            found || model->data(model->index(row, c)).toString().contains(needle, Qt::CaseInsensitive);
                    }
                    QVERIFY2(found, qPrintable(needle));
                }
                search->clear();
                QTRY_VERIFY(!model->filters().contains(QStringLiteral("q")));
                QVERIFY(waitForRows(page));
            }

            // Select a row: its details appear beside the table.
            view->selectRow(std::min(2, model->rowCount() - 1));
            const qint64 id = model->idAt(std::min(2, model->rowCount() - 1));
            QTRY_VERIFY(page->detailPane()->record().has_value() && page->detailPane()->record()->id == id);
            QVERIFY(page->detailPane()->findChild<QLabel*>(QStringLiteral("detailTitle")));
        }
        // Status filter on payments through its combo box.
        window.showArea(Area::Payments);
        TablePage* payments = window.page(Area::Payments);
        auto* status_ = payments->filterBar()->findChild<QComboBox*>(QStringLiteral("filter_status"));
        QVERIFY(status_);
        status_->setCurrentIndex(status_->findData(QStringLiteral("failed")));
        QTRY_COMPARE(payments->model()->filters().value(QStringLiteral("status")), QStringLiteral("failed"));
        QVERIFY(waitForRows(payments));
        const int statusColumn = payments->model()->columnForKey(QStringLiteral("status"));
        QCOMPARE(payments->model()->data(payments->model()->index(0, statusColumn), PagedTableModel::RawValueRole),
                 QVariant(QStringLiteral("failed")));
        QVERIFY(window.grab().save(test::screenshotPath(QStringLiteral("payments_failed_en.png"))));
        // A search with the status filter (the lists take such a page on the payments table
        // first): every row shown is failed and names the member searched for.
        const int memberColumn = payments->model()->columnForKey(QStringLiteral("member"));
        const QString member = payments->model()->data(payments->model()->index(0, memberColumn)).toString();
        QVERIFY(!member.isEmpty());
        payments->filterBar()->searchField()->insert(member);
        QTRY_COMPARE(payments->model()->filters().value(QStringLiteral("q")), member);
        QVERIFY(waitForRows(payments));
        QVERIFY(payments->model()->rowCount() > 0);
        for (int row = 0; row < payments->model()->rowCount(); ++row) {
            QCOMPARE(
                payments->model()->data(payments->model()->index(row, statusColumn), PagedTableModel::RawValueRole),
                QVariant(QStringLiteral("failed")));
            QVERIFY(payments->model()->data(payments->model()->index(row, memberColumn)).toString().contains(member));
        }
        QVERIFY(window.grab().save(test::screenshotPath(QStringLiteral("payments_failed_search_en.png"))));
    }

    void screenshotsInEnglishAndKorean_data() { test::addLanguageRows(); }
    void screenshotsInEnglishAndKorean()
    {
        QFETCH(QString, language);
        QCOMPARE(ui::installTranslations(language), language);
        auto settings = freshSettings(QStringLiteral("shots_") + language);
        MainWindow window(settings.get());
        window.resize(1280, 800);
        window.show();
        QSignalSpy connected(&window, &MainWindow::connected);
        window.connectToUrl(m_db->url());
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 30000);
        exercisePages(window, language);
        if (language == QLatin1String("ko")) {
            // The pages really are in Korean.
            QCOMPARE(window.page(Area::Payments)->findChild<QLabel*>(QStringLiteral("pageTitle"))->text(),
                     QStringLiteral("결제"));
            const auto* model = window.page(Area::Payments)->model();
            QCOMPARE(model->headerData(model->columnForKey(QStringLiteral("due_date")), Qt::Horizontal).toString(),
                     QStringLiteral("납부기한"));
        }
        ui::installTranslations(QStringLiteral("en"));
    }

    /// Ctrl+C copies the selected rows with the column titles (text and HTML); column widths,
    /// hidden columns, the splitter and the filters come back in the next session.
    void copyWithTitlesAndRestoredLayout()
    {
        ui::installTranslations(QStringLiteral("en"));
        auto settings = freshSettings(QStringLiteral("layout"));
        const int amount = columnIndex(Area::Payments, QStringLiteral("amount"));
        const int tid = columnIndex(Area::Payments, QStringLiteral("tid"));
        {
            MainWindow window(settings.get());
            window.show();
            QSignalSpy connected(&window, &MainWindow::connected);
            window.connectToUrl(m_db->url());
            QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 30000);
            window.showArea(Area::Payments);
            TablePage* page = window.page(Area::Payments);
            QVERIFY(waitForRows(page));
            QTableView* view = page->view();
            view->setColumnHidden(tid, true);
            view->selectionModel()->select(QItemSelection(page->model()->index(0, 0), page->model()->index(2, 0)),
                                           QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
            view->setFocus();
            QGuiApplication::clipboard()->clear();
            QTest::keyClick(view, Qt::Key_C, Qt::ControlModifier);
            const QMimeData* mime = QGuiApplication::clipboard()->mimeData();
            QVERIFY(mime);
            const QStringList lines = mime->text().trimmed().split(QLatin1Char('\n'));
            QCOMPARE(lines.size(), 4); // titles + 3 rows
            QVERIFY2(lines[0].startsWith(QStringLiteral("ID\tMonth\tMember")), qPrintable(lines[0]));
            QVERIFY(!lines[0].contains(QStringLiteral("Provider reference"))); // hidden column left out
            QVERIFY(lines[1].startsWith(page->model()->index(0, 0).data().toString() + QLatin1Char('\t')));
            QVERIFY(lines[1].contains(page->model()->index(0, amount).data().toString())); // as shown: "₩132,000"
            QVERIFY(mime->html().contains(QStringLiteral("<th>Amount</th>")));
            // Layout and filters to keep.
            view->horizontalHeader()->resizeSection(amount, 233);
            page->applyFilters({{QStringLiteral("status"), QStringLiteral("failed")}});
            window.close();
        }
        MainWindow again(settings.get());
        again.show();
        QSignalSpy connected(&again, &MainWindow::connected);
        again.connectToUrl(m_db->url());
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 30000);
        again.showArea(Area::Payments);
        TablePage* page = again.page(Area::Payments);
        QCOMPARE(page->view()->horizontalHeader()->sectionSize(amount), 233);
        QVERIFY(page->view()->isColumnHidden(tid));
        QCOMPARE(page->filterBar()->filters().value(QStringLiteral("status")), QStringLiteral("failed"));
        QVERIFY(waitForRows(page));
        const int status = columnIndex(Area::Payments, QStringLiteral("status"));
        QCOMPARE(page->model()->index(0, status).data(PagedTableModel::RawValueRole).toString(),
                 QStringLiteral("failed"));
    }

    void firstStartCreatesTheEmbeddedDemoDatabase()
    {
        ui::installTranslations(QStringLiteral("en"));
        QFile::remove(embeddedDatabasePath());
        auto settings = freshSettings(QStringLiteral("first-start"));
        MainWindow window(settings.get());
        window.setDemoScale(0.01);
        window.resize(1280, 800);
        window.show();
        QSignalSpy connected(&window, &MainWindow::connected);
        window.connectToDefault();
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 120000);
        QVERIFY(QFile::exists(embeddedDatabasePath()));
        window.showArea(Area::Users);
        QVERIFY(waitForRows(window.page(Area::Users)));
        // The embedded profile is remembered for the next start.
        ProfileStore store(*settings);
        QCOMPARE(store.lastUsed(), QStringLiteral("Embedded demo database"));
        QCOMPARE(store.load().size(), 1);
        QCOMPARE(store.load().front().kind, ConnectionProfile::Kind::Embedded);
    }

    void aFailedConnectionSaysWhyAndTheWindowStaysUsable()
    {
        ui::installTranslations(QStringLiteral("en"));
        auto settings = freshSettings(QStringLiteral("failed"));
        MainWindow window(settings.get());
        window.resize(1280, 800);
        window.show();
        QSignalSpy failed(&window, &MainWindow::connectionFailed);
        auto bad = DatabaseUrl::parse(QStringLiteral("postgresql://nobody@127.0.0.1:1/paydesk?connect_timeout=2"));
        window.connectToUrl(*bad);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 15000);
        QVERIFY(window.isShowingMessage());
        QVERIFY(window.messageText().contains(QStringLiteral("127.0.0.1:1")));
        QVERIFY(window.findChild<QPushButton*>(QStringLiteral("retryConnection"))->isVisible());
        QVERIFY(window.grab().save(test::screenshotPath(QStringLiteral("connection_failed_en.png"))));
        // A foreign database is refused with its own reason.
        PD_SCRATCH_DB(foreign, Dialect::SQLite);
        {
            auto s = sql::SqlSession::open(foreign->url(), QStringLiteral("gui-foreign"));
            QSqlQuery(s.value()->database()).exec(QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY)"));
        }
        window.connectToUrl(foreign->url());
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 2, 15000);
        QVERIFY(window.messageText().contains(QStringLiteral("another program")));
        // and the window still connects to a good database afterwards
        QSignalSpy connected(&window, &MainWindow::connected);
        window.connectToUrl(m_db->url());
        QTRY_COMPARE_WITH_TIMEOUT(connected.count(), 1, 30000);
        QVERIFY(!window.isShowingMessage());
    }

    void everyPageHasItsOwnShortcutForEveryRole()
    {
        // Ctrl+<digit> opens the page it names (core/Pages.h), wherever the role's navigation
        // puts it; a page the role does not see is not opened; every visible page has one.
        ui::installTranslations(QStringLiteral("en"));
        QStringList roles = Permissions::roles();
        roles.prepend(QString()); // the database's owner
        for (const QString& role : roles) {
            auto settings =
                freshSettings(QStringLiteral("shortcuts-") + (role.isEmpty() ? QStringLiteral("owner") : role));
            MainWindow window(settings.get());
            window.resize(1280, 800);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            window.activateWindow();
            QSignalSpy connected(&window, &MainWindow::connected);
            ConnectionInfo info;
            info.backendName = QStringLiteral("Fake");
            info.role = role;
            auto backend = std::make_unique<test::FakeBackend>(info);
            backend->answer<ops::FetchOrganizations>([](const ops::NoInput&) { return QVector<Organization>{}; });
            backend->answer<ops::FetchPage>([](const ListRequest&) { return ListPage{}; });
            window.connectBackend(std::move(backend), QStringLiteral("fake"));
            QTRY_COMPARE(connected.count(), 1);
            const auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigation"));
            QVERIFY(nav);
            QStringList shown;
            for (int i = 0; i < nav->count(); ++i) {
                shown << nav->item(i)->data(Qt::UserRole).toString();
            }
            const Permissions permissions = Permissions::forRole(role);
            int visible = 0;
            for (const PageSpec& page : pages()) {
                QCOMPARE(shown.contains(page.key), page.visibleTo(permissions));
                visible += page.visibleTo(permissions) ? 1 : 0;
            }
            QCOMPARE(nav->count(), visible); // every shown page is in the registry
            QVERIFY(window.showPage(QStringLiteral("dashboard")));
            for (const PageSpec& page : pages()) {
                if (page.shortcutDigit == 0) {
                    continue;
                }
                const QString before = window.currentPageKey();
                QTest::keyClick(&window, Qt::Key(Qt::Key_0 + page.shortcutDigit), Qt::ControlModifier);
                const QString expected = page.visibleTo(permissions) ? page.key : before;
                QVERIFY2(
                    window.currentPageKey() == expected,
                    qPrintable(QStringLiteral("%1: Ctrl+%2 opened %3, not %4")
                                   .arg(role, QString::number(page.shortcutDigit), window.currentPageKey(), expected)));
            }
            // Ctrl+6 is Settlements even where Reconciliation sits above it.
            if (Permissions::forRole(role).changesPayments()) {
                QTest::keyClick(&window, Qt::Key_6, Qt::ControlModifier);
                QCOMPARE(window.currentPageKey(), QStringLiteral("settlements"));
            }
        }
    }

    void aSlowQueryShowsProgressAndCanBeCancelled()
    {
        ui::installTranslations(QStringLiteral("en"));
        // A backend whose pages and counts arrive only when the test says so: a slow database.
        test::FakeBackend backend;
        backend.hold<ops::FetchPage>();
        backend.hold<ops::FetchCount>();
        backend.answer<ops::FetchOrganizations>([](const ops::NoInput&) { return QVector<Organization>{}; });
        backend.answer<ops::FetchDetail>([](const ops::DetailRef&) {
            return Result<DetailRecord>(Error(Error::Kind::NotFound, QStringLiteral("none")));
        });
        TablePage page(&backend, Area::Payments);
        page.resize(1000, 600);
        page.show();
        page.model()->setSlowThreshold(100);
        QTRY_COMPARE(backend.waiting(ops::FetchPage::operation().name), 1);
        auto* progress = page.findChild<QProgressBar*>(QStringLiteral("loadingProgress"));
        auto* cancel = page.findChild<QPushButton*>(QStringLiteral("cancelLoading"));
        QVERIFY(!progress->isVisible());
        // The event loop keeps running while the query is pending: the GUI never waits.
        QElapsedTimer timer;
        timer.start();
        QTRY_VERIFY(progress->isVisible());
        QVERIFY(cancel->isVisible());
        QVERIFY(timer.elapsed() < 2000);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(!backend.cancelled.isEmpty());
        QTRY_VERIFY(!progress->isVisible());
        QVERIFY(!page.model()->isLoading());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
