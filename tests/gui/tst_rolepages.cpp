// The console follows the connected staff member's role, on a real PostgreSQL with
// migration 004's roles: a center manager gets no KYC page and cannot create invoices but can
// print them; a KYC reviewer sees only users and KYC documents and gets the review actions; the
// status bar names the role. Rendered to PNG.

#include "InvoicePanel.h"
#include "KycPanel.h"
#include "MainWindow.h"
#include "PagedTableModel.h"
#include "TablePage.h"
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "sql/Migrations.h"
#include "sql/SqlBackend.h"
#include "sql/SqlSecurity.h"
#include "sql/SqlSession.h"

#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;

class TestRolePages : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ScratchDatabase> m_db;
    QTemporaryDir m_dir;
    QString m_suffix;

    std::unique_ptr<ui::MainWindow> openAs(const QString& login, QSettings* settings)
    {
        auto window = std::make_unique<ui::MainWindow>(settings);
        window->resize(1280, 800);
        window->show();
        QSignalSpy connected(window.get(), &ui::MainWindow::connected);
        DatabaseUrl url = m_db->url();
        url.user = login;
        window->connectToUrl(url);
        if (!connected.wait(30000) && connected.isEmpty()) {
            return nullptr;
        }
        return window;
    }

    static QStringList pages(ui::MainWindow* window)
    {
        QStringList names;
        for (Area area : allAreas()) {
            if (window->page(area)) {
                names << areaKey(area);
            }
        }
        return names;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = test::ScratchDatabase::create(Dialect::PostgreSQL);
        if (!m_db->ok()) {
            if (!test::postgresRequired() && test::postgresAdminUrl().isEmpty()) {
                QSKIP("PostgreSQL is not available");
            }
            QFAIL(qPrintable(m_db->error()));
        }
        auto s = sql::SqlSession::open(m_db->url(), QStringLiteral("rolepages-admin"));
        QVERIFY(s.ok());
        QVERIFY(sql::Migrator::upgrade(*s.value()).ok());
        demo::DemoOptions options;
        options.scale = 0.01;
        QVERIFY(demo::generateDemoData(*s.value(), options).ok());
        QSqlQuery q(s.value()->database());
        QVERIFY(q.exec(QStringLiteral("SELECT code FROM organizations WHERE org_type = 'center' ORDER BY id LIMIT 1")));
        QVERIFY(q.next());
        const QString center = q.value(0).toString();
        m_suffix = m_db->url().database.right(8);
        QVERIFY(sql::addStaff(*s.value(), QStringLiteral("t_ui_center_") + m_suffix, QStringLiteral("center_manager"),
                              center, QStringLiteral("김센터"), QString())
                    .ok());
        QVERIFY(sql::addStaff(*s.value(), QStringLiteral("t_ui_kyc_") + m_suffix, QStringLiteral("kyc_reviewer"),
                              QStringLiteral("HQ"), QStringLiteral("이심사"), QString())
                    .ok());
    }

    void cleanupTestCase()
    {
        sql::SqlBackend::waitForDetachedWorkers(10000);
        m_db.reset();
        for (const char* prefix : {"t_ui_center_", "t_ui_kyc_"}) {
            test::pgAdminExec(QStringLiteral("DROP ROLE IF EXISTS \"%1%2\"").arg(QLatin1String(prefix), m_suffix));
        }
    }

    void centerManager()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("center.ini")), QSettings::IniFormat);
        auto window = openAs(QStringLiteral("t_ui_center_") + m_suffix, &settings);
        QVERIFY(window);
        QCOMPARE(pages(window.get()),
                 QStringList({QStringLiteral("users"), QStringLiteral("invoices"), QStringLiteral("payments"),
                              QStringLiteral("settlements"), QStringLiteral("overdue-members"),
                              QStringLiteral("debit-calendar"), QStringLiteral("members"), QStringLiteral("wallets"),
                              QStringLiteral("transactions"), QStringLiteral("organizations"),
                              QStringLiteral("bank-holidays")}));
        window->showArea(Area::Invoices);
        auto* page = window->page(Area::Invoices);
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("newInvoice"))->isVisible());
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("bchSettings"))->isVisible());
        QVERIFY(page->findChild<QPushButton*>(QStringLiteral("printInvoices"))->isVisible());
        QVERIFY(!page->findChild<QPushButton*>(QStringLiteral("markPaid"))->isVisible());
        QVERIFY(window->statusBar()->findChildren<QLabel*>().size() > 0);
        bool named = false;
        for (QLabel* label : window->statusBar()->findChildren<QLabel*>()) {
            named = named || label->text().contains(QStringLiteral("center_manager"));
        }
        QVERIFY(named);
        // Its payments are its center's only (row-level security), and the list loads.
        window->showArea(Area::Payments);
        auto* payments = window->page(Area::Payments);
        QTRY_VERIFY_WITH_TIMEOUT(payments->model()->rowCount() > 0, 30000);
        QVERIFY(window->grab().save(test::screenshotPath(QStringLiteral("role_center_manager_en.png"))));
    }

    void kycReviewer()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("kyc.ini")), QSettings::IniFormat);
        auto window = openAs(QStringLiteral("t_ui_kyc_") + m_suffix, &settings);
        QVERIFY(window);
        QCOMPARE(pages(window.get()), QStringList({QStringLiteral("users"), QStringLiteral("kyc-documents"),
                                                   QStringLiteral("wallets"), QStringLiteral("transactions")}));
        window->showArea(Area::KycDocuments);
        auto* panel = window->page(Area::KycDocuments)->findChild<ui::KycPanel*>();
        QVERIFY(panel);
        QVERIFY(panel->button(QStringLiteral("claim"))->isVisible());
        QVERIFY(panel->button(QStringLiteral("reveal"))->isVisible());
        QSignalSpy summary(panel, &ui::KycPanel::summaryShown);
        QVERIFY(summary.wait(30000) || summary.count() > 0);
        QVERIFY(!window->page(Area::KycDocuments)->findChild<QPushButton*>(QStringLiteral("kycSettings"))->isVisible());
        QVERIFY(window->grab().save(test::screenshotPath(QStringLiteral("role_kyc_reviewer_en.png"))));
    }
};

QTEST_MAIN(TestRolePages)
#include "tst_rolepages.moc"
