// The administration pages offscreen over SQLite demo data, in English and Korean: a member
// paused from the members page with a reason (refused without one, the typed reason kept),
// "History in the audit log" opening the audit page on that member with the change's
// before/after, a contract suspended, a staff login deactivated; and a screenshot of every new
// page and dialog at 1280x800.

#include "AdminPanels.h"
#include "DetailPane.h"
#include "Language.h"
#include "MainWindow.h"
#include "PagedTableModel.h"
#include "TablePage.h"
#include "TestSupport.h"
#include "UserPanel.h"
#include "demo/DemoGenerator.h"
#include "sql/Migrations.h"
#include "sql/SqlSession.h"

#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;
using ui::MainWindow;
using ui::TablePage;

namespace {
constexpr int kWaitMs = 30000;
const QDate kAsOf(2026, 10, 15);
} // namespace

class TestAdminPages : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ScratchDatabase> m_db;
    std::unique_ptr<sql::SqlSession> m_check;
    QTemporaryDir m_dir;

    QVariant value(const QString& sql) { return test::value(*m_check, sql); }

    struct Window
    {
        std::unique_ptr<QSettings> settings;
        std::unique_ptr<MainWindow> window;
    };
    Window open(const QString& name)
    {
        Window w;
        w.settings = std::make_unique<QSettings>(m_dir.filePath(name + QStringLiteral(".ini")), QSettings::IniFormat);
        w.window = std::make_unique<MainWindow>(w.settings.get());
        w.window->resize(1280, 800);
        w.window->show();
        QSignalSpy connected(w.window.get(), &MainWindow::connected);
        w.window->connectToUrl(m_db->url());
        if (!connected.wait(kWaitMs) && connected.isEmpty()) {
            w.window.reset();
        }
        return w;
    }

    /// Shows `area` with `filters` and waits for its rows.
    static bool load(MainWindow& window, Area area, const QMap<QString, QString>& filters = {})
    {
        window.showArea(area);
        TablePage* page = window.page(area);
        if (!page) {
            return false;
        }
        page->applyFilters(filters);
        return QTest::qWaitFor(
            [&]() {
                return page->model()->rowCount() > 0 && !page->model()->isLoading() &&
                       page->model()->filters() == filters;
            },
            kWaitMs);
    }

    /// Selects row `row` of `page` and waits until its detail record is shown.
    static bool select(TablePage* page, int row)
    {
        if (!page) {
            return false;
        }
        const qint64 id = page->model()->idAt(row);
        page->view()->selectRow(row);
        return QTest::qWaitFor([&]() { return page->detailPane()->record() && page->detailPane()->record()->id == id; },
                               kWaitMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
        m_db = test::ScratchDatabase::create(Dialect::SQLite);
        QVERIFY(m_db->ok());
        auto opened = sql::SqlSession::open(m_db->url(), QStringLiteral("admin-pages-check"));
        QVERIFY(opened.ok());
        m_check = std::move(opened.value());
        QVERIFY(sql::Migrator::upgrade(*m_check).ok());
        demo::DemoOptions options;
        options.scale = 0.05;
        options.asOf = kAsOf;
        QVERIFY(demo::generateDemoData(*m_check, options).ok());
    }

    void pauseAMemberAndReadItsHistory_data() { test::addLanguageRows(); }
    void pauseAMemberAndReadItsHistory()
    {
        QFETCH(QString, language);
        QCOMPARE(ui::installTranslations(language), language);
        Window w = open(QStringLiteral("members_") + language);
        QVERIFY(w.window);
        const QMap<QString, QString> active{{QStringLiteral("status"), QStringLiteral("active")},
                                            {QStringLiteral("cms"), QStringLiteral("active")}};
        QVERIFY(load(*w.window, Area::Members, active));
        TablePage* page = w.window->page(Area::Members);
        QVERIFY(page);
        auto* panel = page->findChild<ui::MemberPanel*>();
        QVERIFY(panel && panel->isVisible());
        QVERIFY(select(page, 0));
        const qint64 member = page->detailPane()->record()->id;
        QVERIFY(panel->button(QStringLiteral("pause"))->isVisible());
        QVERIFY(!panel->button(QStringLiteral("resume"))->isVisible());
        QVERIFY(panel->button(QStringLiteral("contract-suspend"))->isVisible());
        QVERIFY(!panel->button(QStringLiteral("contract-activate"))->isVisible());
        QTest::qWait(100);
        QVERIFY(w.window->grab().save(test::screenshotPath(QStringLiteral("members_%1.png").arg(language))));

        ui::ReasonDialog* dialog = panel->start(QStringLiteral("pause"));
        QVERIFY(dialog);
        dialog->submit(); // no reason: refused in the dialog, nothing sent
        QVERIFY(!dialog->errorText().isEmpty());
        QCOMPARE(value(QStringLiteral("SELECT service_status FROM parents WHERE id = %1").arg(member)).toString(),
                 QStringLiteral("active"));
        dialog->reasonEdit()->setPlainText(QStringLiteral("여름 방학 동안 쉼"));
        QVERIFY(dialog->errorText().isEmpty());
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(test::screenshotPath(QStringLiteral("member_pause_%1.png").arg(language))));
        QSignalSpy changed(dialog, &ui::ReasonDialog::changed);
        dialog->submit();
        QVERIFY(changed.wait(kWaitMs) || !changed.isEmpty());
        QCOMPARE(value(QStringLiteral("SELECT service_status FROM parents WHERE id = %1").arg(member)).toString(),
                 QStringLiteral("paused"));

        // The contract: suspended with a reason from the same panel.
        const qint64 contract =
            value(QStringLiteral("SELECT id FROM cms_info WHERE parent_id = %1").arg(member)).toLongLong();
        QVERIFY(load(*w.window, Area::Members,
                     {{QStringLiteral("q"), value(QStringLiteral("SELECT u.email FROM parents pa JOIN users u "
                                                                 "ON u.id = pa.user_id WHERE pa.id = %1")
                                                      .arg(member))
                                                .toString()}}));
        QVERIFY(select(page, 0));
        QVERIFY(panel->button(QStringLiteral("resume"))->isVisible());
        ui::ReasonDialog* suspend = panel->start(QStringLiteral("contract-suspend"));
        QVERIFY(suspend);
        suspend->reasonEdit()->setPlainText(QStringLiteral("bank account being changed"));
        QSignalSpy suspended(suspend, &ui::ReasonDialog::changed);
        suspend->submit();
        QVERIFY(suspended.wait(kWaitMs) || !suspended.isEmpty());
        QCOMPARE(value(QStringLiteral("SELECT cms_status FROM cms_info WHERE id = %1").arg(contract)).toString(),
                 QStringLiteral("suspended"));

        // History: the audit page, filtered to this member, shows the pause with before/after.
        QVERIFY(QTest::qWaitFor(
            [&]() { return page->detailPane()->findChild<QPushButton*>(QStringLiteral("detailHistory")); }, kWaitMs));
        page->detailPane()->findChild<QPushButton*>(QStringLiteral("detailHistory"))->click();
        QCOMPARE(w.window->currentPageKey(), QStringLiteral("audit-log"));
        TablePage* audit = w.window->page(Area::AuditLog);
        QVERIFY(audit);
        QVERIFY(QTest::qWaitFor(
            [&]() {
                return audit->model()->rowCount() > 0 && !audit->model()->isLoading() &&
                       audit->model()->filters().value(QStringLiteral("entity_id")) == QString::number(member);
            },
            kWaitMs));
        QCOMPARE(audit->model()->filters().value(QStringLiteral("entity")), QStringLiteral("parents"));
        QCOMPARE(qint64(audit->model()->rowCount()),
                 value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'parents' AND entity_id = %1")
                           .arg(member))
                     .toLongLong());
        QVERIFY(select(audit, 0));
        const DetailRecord& event = *audit->detailPane()->record();
        QCOMPARE(event.field(QStringLiteral("action")).toString(), QStringLiteral("member.pause"));
        QCOMPARE(event.field(QStringLiteral("reason")).toString(), QStringLiteral("여름 방학 동안 쉼"));
        auto* changes = audit->detailPane()->findChild<QTableWidget*>(QStringLiteral("table_changes"));
        QVERIFY(changes);
        QCOMPARE(changes->item(0, 0)->text(), QStringLiteral("service_status"));
        QTest::qWait(100);
        QVERIFY(w.window->grab().save(test::screenshotPath(QStringLiteral("audit_history_%1.png").arg(language))));

        // Resumed again for the next language's run.
        QVERIFY(test::exec(*m_check,
                           QStringLiteral("UPDATE parents SET service_status = 'active' WHERE id = %1").arg(member)));
        QVERIFY(test::exec(*m_check,
                           QStringLiteral("UPDATE cms_info SET cms_status = 'active' WHERE id = %1").arg(contract)));
    }

    void deactivateAStaffLogin()
    {
        QCOMPARE(ui::installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        Window w = open(QStringLiteral("staff"));
        QVERIFY(w.window);
        QVERIFY(load(*w.window, Area::Staff, {{QStringLiteral("role"), QStringLiteral("kyc_reviewer")}}));
        TablePage* page = w.window->page(Area::Staff);
        QVERIFY(page);
        auto* panel = page->findChild<ui::StaffPanel*>();
        QVERIFY(panel && panel->isVisible());
        QVERIFY(select(page, 0));
        const qint64 staff = page->detailPane()->record()->id;
        QVERIFY(panel->activationButton()->isEnabled());
        ui::ReasonDialog* dialog = panel->changeActivation();
        QVERIFY(dialog);
        dialog->reasonEdit()->setPlainText(QStringLiteral("moved to another team"));
        QSignalSpy changed(dialog, &ui::ReasonDialog::changed);
        dialog->submit();
        QVERIFY(changed.wait(kWaitMs) || !changed.isEmpty());
        QCOMPARE(value(QStringLiteral("SELECT is_active FROM staff WHERE id = %1").arg(staff)).toInt(), 0);
        QCOMPARE(value(QStringLiteral("SELECT reason FROM audit_log WHERE entity = 'staff' AND entity_id = %1 AND "
                                      "action = 'staff.deactivate'")
                           .arg(staff))
                     .toString(),
                 QStringLiteral("moved to another team"));
    }

    /// Headquarters credits a user from the users page; a pending large request from the demo is
    /// approved on the Manual credits page by someone other than its requester.
    void manualCreditFromTheUsersPage()
    {
        QCOMPARE(ui::installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        Window w = open(QStringLiteral("credit"));
        QVERIFY(w.window);
        QVERIFY(load(*w.window, Area::Users));
        TablePage* users = w.window->page(Area::Users);
        QVERIFY(users);
        auto* panel = users->findChild<ui::UserPanel*>();
        QVERIFY(panel && panel->creditButton()->isVisible());
        QVERIFY(select(users, 0));
        const qint64 user = users->detailPane()->record()->id;
        ui::ManualCreditDialog* dialog = panel->credit();
        QVERIFY(dialog);
        dialog->amountEdit()->setText(QStringLiteral("0.00x"));
        dialog->reasonEdit()->setPlainText(QStringLiteral("event reward"));
        dialog->submit(); // not an amount: refused in the dialog, what was typed kept
        QVERIFY(!dialog->errorText().isEmpty());
        QCOMPARE(dialog->reasonEdit()->toPlainText(), QStringLiteral("event reward"));
        dialog->amountEdit()->setText(QStringLiteral("0.0015"));
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(test::screenshotPath(QStringLiteral("manual_credit_en.png"))));
        QSignalSpy credited(dialog, &ui::ManualCreditDialog::credited);
        dialog->submit();
        QVERIFY(credited.wait(kWaitMs) || !credited.isEmpty());
        QCOMPARE(value(QStringLiteral("SELECT CAST(replace(amount, '.', '') AS INTEGER) FROM user_credits WHERE "
                                      "user_id = %1 AND transaction_type = 'manual_credit' ORDER BY id DESC LIMIT 1")
                           .arg(user))
                     .toLongLong(),
                 150000);

        QVERIFY(load(*w.window, Area::CreditRequests, {{QStringLiteral("status"), QStringLiteral("pending")}}));
        TablePage* requests = w.window->page(Area::CreditRequests);
        auto* decide = requests->findChild<ui::CreditRequestPanel*>();
        QVERIFY(decide && decide->isVisible());
        QVERIFY(select(requests, 0));
        const qint64 id = requests->detailPane()->record()->id;
        QVERIFY(decide->approveButton()->isEnabled());
        QTest::qWait(100);
        QVERIFY(w.window->grab().save(test::screenshotPath(QStringLiteral("credit_requests_en.png"))));
        ui::ReasonDialog* approve = decide->decide(true);
        QVERIFY(approve);
        approve->reasonEdit()->setPlainText(QStringLiteral("checked the outage report"));
        QSignalSpy approved(approve, &ui::ReasonDialog::changed);
        approve->submit();
        QVERIFY(approved.wait(kWaitMs) || !approved.isEmpty());
        QCOMPARE(value(QStringLiteral("SELECT status FROM credit_requests WHERE id = %1").arg(id)).toString(),
                 QStringLiteral("approved"));
        QVERIFY(value(QStringLiteral("SELECT credit_id FROM credit_requests WHERE id = %1").arg(id)).toLongLong() > 0);

        // The limit, from the same page: a malformed value refused in the dialog, 0.2 BCH saved.
        QSignalSpy opened(decide, &ui::CreditRequestPanel::limitDialogOpened);
        decide->changeLimit();
        QVERIFY(opened.wait(kWaitMs) || !opened.isEmpty());
        auto* limit = opened.first().first().value<ui::ReasonDialog*>();
        QVERIFY(limit);
        QCOMPARE(limit->text(), QStringLiteral("0.1"));
        auto* field = limit->findChild<QLineEdit*>(QStringLiteral("text"));
        field->setText(QStringLiteral("0.2.5"));
        limit->reasonEdit()->setPlainText(QStringLiteral("more volume this quarter"));
        limit->submit();
        QVERIFY(!limit->errorText().isEmpty());
        field->setText(QStringLiteral("0.2"));
        QSignalSpy saved(limit, &ui::ReasonDialog::changed);
        limit->submit();
        QVERIFY(saved.wait(kWaitMs) || !saved.isEmpty());
        QCOMPARE(value(QStringLiteral("SELECT four_eyes_sats FROM credit_settings")).toLongLong(), 20000000);
    }

    /// A member's e-mail corrected from the members page: a malformed phone is refused in the
    /// dialog with everything typed kept, then the corrected form is saved.
    void editAMember()
    {
        QCOMPARE(ui::installTranslations(QStringLiteral("ko")), QStringLiteral("ko"));
        Window w = open(QStringLiteral("edit"));
        QVERIFY(w.window);
        QVERIFY(load(*w.window, Area::Members));
        TablePage* page = w.window->page(Area::Members);
        QVERIFY(page);
        auto* panel = page->findChild<ui::MemberPanel*>();
        QVERIFY(panel);
        QVERIFY(select(page, 2));
        const qint64 member = page->detailPane()->record()->id;
        ui::MemberEditDialog* dialog = panel->edit();
        QVERIFY(dialog);
        QVERIFY(!dialog->field(QStringLiteral("email"))->text().isEmpty());
        dialog->field(QStringLiteral("email"))->setText(QStringLiteral("new.address@example.kr"));
        dialog->field(QStringLiteral("phone"))->setText(QStringLiteral("010-12"));
        dialog->reasonEdit()->setPlainText(QStringLiteral("회원이 연락처 변경을 알림"));
        dialog->submit();
        QVERIFY(dialog->errorText().contains(QStringLiteral("010-1234-5678")));
        QCOMPARE(dialog->field(QStringLiteral("email"))->text(), QStringLiteral("new.address@example.kr"));
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(test::screenshotPath(QStringLiteral("member_edit_ko.png"))));
        dialog->field(QStringLiteral("phone"))->setText(QStringLiteral("010-9876-5432"));
        QSignalSpy changed(dialog, &ui::MemberEditDialog::changed);
        dialog->submit();
        QVERIFY(changed.wait(kWaitMs) || !changed.isEmpty());
        QCOMPARE(value(QStringLiteral("SELECT u.email || ' ' || u.phone FROM parents pa JOIN users u ON u.id = "
                                      "pa.user_id WHERE pa.id = %1")
                           .arg(member))
                     .toString(),
                 QStringLiteral("new.address@example.kr 010-9876-5432"));
    }

    /// Headquarters renames an institution from the organisations page.
    void renameAnOrganization()
    {
        QCOMPARE(ui::installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        Window w = open(QStringLiteral("orgs"));
        QVERIFY(w.window);
        QVERIFY(load(*w.window, Area::Organizations, {{QStringLiteral("org_type"), QStringLiteral("institution")}}));
        TablePage* page = w.window->page(Area::Organizations);
        QVERIFY(page);
        auto* panel = page->findChild<ui::OrganizationPanel*>();
        QVERIFY(panel && panel->isVisible());
        QVERIFY(select(page, 0));
        const qint64 id = page->detailPane()->record()->id;
        QVERIFY(panel->closeButton()->isEnabled());
        ui::ReasonDialog* dialog = panel->start(QStringLiteral("rename"));
        QVERIFY(dialog);
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("text"));
        QVERIFY(name);
        QCOMPARE(name->text(), page->detailPane()->record()->title);
        name->setText(QStringLiteral("해오름 어린이집"));
        dialog->reasonEdit()->setPlainText(QStringLiteral("renamed by the owner"));
        QSignalSpy changed(dialog, &ui::ReasonDialog::changed);
        dialog->submit();
        QVERIFY(changed.wait(kWaitMs) || !changed.isEmpty());
        QCOMPARE(value(QStringLiteral("SELECT name FROM organizations WHERE id = %1").arg(id)).toString(),
                 QStringLiteral("해오름 어린이집"));
    }

    /// Every new page as a new user first sees it, for docs/SCREENSHOTS.md.
    void screenshots_data() { test::addLanguageRows(); }
    void screenshots()
    {
        QFETCH(QString, language);
        QCOMPARE(ui::installTranslations(language), language);
        Window w = open(QStringLiteral("shots_") + language);
        QVERIFY(w.window);
        const std::pair<Area, const char*> shots[] = {{Area::Wallets, "wallets"},
                                                      {Area::Transactions, "transactions"},
                                                      {Area::Organizations, "organizations"},
                                                      {Area::Staff, "staff"},
                                                      {Area::AuditLog, "audit_log"},
                                                      {Area::CreditRequests, "credit_requests"}};
        for (const auto& [area, name] : shots) {
            QVERIFY2(load(*w.window, area), name);
            QVERIFY(select(w.window->page(area), 0));
            QTest::qWait(100);
            QVERIFY(w.window->grab().save(
                test::screenshotPath(QStringLiteral("%1_%2.png").arg(QLatin1String(name), language))));
        }
    }
};

QTEST_MAIN(TestAdminPages)
#include "tst_adminpages.moc"
