// The administration pages offscreen over SQLite demo data, in English and Korean: a member
// paused from the members page with a reason (refused without one, the typed reason kept),
// "History in the audit log" opening the audit page on that member with the change's
// before/after, a contract suspended, a staff login deactivated; and a screenshot of every new
// page and dialog at 1280x800.

#include "AdminPanels.h"
#include "BankingCalendar.h"
#include "ConsoleWindow.h"
#include "DetailPane.h"
#include "FieldCipher.h"
#include "Labels.h"
#include "Language.h"
#include "MainWindow.h"
#include "PagedTableModel.h"
#include "TablePage.h"
#include "TestSupport.h"
#include "UserPanel.h"
#include "demo/DemoGenerator.h"
#include "sql/Migrations.h"
#include "sql/SqlSession.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFileInfo>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlQuery>
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

    using Window = test::ConsoleWindow;
    Window open(const QString& name)
    {
        return test::openConsole(m_dir.filePath(name + QStringLiteral(".ini")), m_db->url());
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
        if (!page || !QTest::qWaitFor([&]() { return page->model()->rowCount() > row && !page->model()->isLoading(); },
                                      kWaitMs)) {
            return false;
        }
        const qint64 id = page->model()->idAt(row);
        page->view()->clearSelection();
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

    /// Enrolling a member from the members page: a refusal (the e-mail another user has) keeps
    /// everything typed; the corrected form makes the member and its first child; then a second
    /// child is added and the first marked as no longer attending.
    void enrolAMemberWithChildren_data() { test::addLanguageRows(); }
    void enrolAMemberWithChildren()
    {
        QFETCH(QString, language);
        QCOMPARE(ui::installTranslations(language), language);
        Window w = open(QStringLiteral("enrol_") + language);
        QVERIFY(w.window);
        QVERIFY(load(*w.window, Area::Members));
        TablePage* page = w.window->page(Area::Members);
        auto* panel = page->findChild<ui::MemberPanel*>();
        QVERIFY(panel && panel->button(QStringLiteral("new"))->isVisible());
        ui::MemberCreateDialog* dialog = panel->enrol();
        QVERIFY(dialog);
        QTRY_VERIFY_WITH_TIMEOUT(dialog->institutionBox()->count() > 0, kWaitMs);
        QCOMPARE(dialog->institutionBox()->currentIndex(), -1); // chosen, never guessed
        dialog->institutionBox()->setCurrentIndex(0);
        const QString taken = value(QStringLiteral("SELECT MIN(email) FROM users")).toString();
        const QString email = QStringLiteral("minjun.choi.%1@example.kr").arg(language);
        dialog->field(QStringLiteral("last_name"))->setText(QStringLiteral("최"));
        dialog->field(QStringLiteral("first_name"))->setText(QStringLiteral("민준"));
        dialog->field(QStringLiteral("phone"))
            ->setText(language == QLatin1String("en") ? QStringLiteral("010-5555-0101")
                                                      : QStringLiteral("010-5555-0102"));
        dialog->field(QStringLiteral("email"))->setText(taken);
        dialog->field(QStringLiteral("child_name"))->setText(QStringLiteral("최서윤"));
        dialog->field(QStringLiteral("child_birth_date"))->setText(QStringLiteral("2021-13-01"));
        dialog->reasonEdit()->setPlainText(QStringLiteral("입소 신청서 접수"));
        dialog->submit();
        QVERIFY2(dialog->errorText().contains(QStringLiteral("2021-13-01")), qPrintable(dialog->errorText()));
        dialog->field(QStringLiteral("child_birth_date"))->setText(QStringLiteral("2021-11-03"));
        QSignalSpy created(dialog, &ui::MemberCreateDialog::created);
        dialog->submit();
        QTRY_VERIFY_WITH_TIMEOUT(dialog->errorText().contains(taken), kWaitMs); // the e-mail is taken
        QCOMPARE(dialog->field(QStringLiteral("child_name"))->text(), QStringLiteral("최서윤"));
        QCOMPARE(dialog->reasonEdit()->toPlainText(), QStringLiteral("입소 신청서 접수"));
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(test::screenshotPath(QStringLiteral("member_new_%1.png").arg(language))));
        dialog->field(QStringLiteral("email"))->setText(email);
        dialog->submit();
        QVERIFY(created.wait(kWaitMs) || !created.isEmpty());
        const CreatedMember made = created.at(0).at(0).value<CreatedMember>();
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM children ch JOIN parents pa ON pa.id = ch.parent_id JOIN "
                                      "users u ON u.id = pa.user_id WHERE u.email = '%1' AND ch.name = '최서윤' AND "
                                      "ch.birth_date = '2021-11-03'")
                           .arg(email))
                     .toInt(),
                 1);

        QVERIFY(load(*w.window, Area::Members, {{QStringLiteral("q"), email}}));
        QVERIFY(select(page, 0));
        QCOMPARE(page->detailPane()->record()->id, made.memberId);
        ui::ChildDialog* add = panel->child(true);
        QVERIFY(add);
        QVERIFY(!add->childBox());
        add->field(QStringLiteral("name"))->setText(QStringLiteral("최도현"));
        add->reasonEdit()->setPlainText(QStringLiteral("동생 입소"));
        QSignalSpy added(add, &ui::ChildDialog::changed);
        add->submit();
        QVERIFY(added.wait(kWaitMs) || !added.isEmpty());
        auto childRows = [page]() {
            const DetailRecord record = page->detailPane()->record().value_or(DetailRecord{});
            for (const DetailTable& table : record.tables) {
                if (table.key == QLatin1String("children")) {
                    return int(table.rows.size());
                }
            }
            return 0;
        };
        QTRY_COMPARE_WITH_TIMEOUT(childRows(), 2, kWaitMs);
        ui::ChildDialog* edit = panel->child(false);
        QVERIFY(edit && edit->childBox()->count() == 2);
        QCOMPARE(edit->field(QStringLiteral("name"))->text(), QStringLiteral("최서윤"));
        QVERIFY(edit->attendsBox()->isChecked());
        edit->attendsBox()->setChecked(false);
        edit->reasonEdit()->setPlainText(QStringLiteral("졸업"));
        QTest::qWait(50);
        QVERIFY(edit->grab().save(test::screenshotPath(QStringLiteral("child_edit_%1.png").arg(language))));
        QSignalSpy saved(edit, &ui::ChildDialog::changed);
        edit->submit();
        QVERIFY(saved.wait(kWaitMs) || !saved.isEmpty());
        QCOMPARE(value(QStringLiteral("SELECT is_active FROM children WHERE parent_id = %1 AND name = '최서윤'")
                           .arg(made.memberId))
                     .toInt(),
                 0);
    }

    /// Registering an auto-debit contract from the members page: a malformed account number is
    /// refused with everything kept; the corrected one is stored sealed, then the payment day is
    /// changed with "Change contract…".
    void registerAndChangeAContract_data() { test::addLanguageRows(); }
    void registerAndChangeAContract()
    {
        QFETCH(QString, language);
        QCOMPARE(ui::installTranslations(language), language);
        // The console's key file for a SQLite database sits beside it (MainWindow::fieldKeyFile).
        const QString keyFile = QFileInfo(m_db->url().path).absolutePath() + QStringLiteral("/field.key");
        QVERIFY(FieldCipher::createKeyFile(keyFile).ok());
        Window w = open(QStringLiteral("contract_") + language);
        QVERIFY(w.window);
        QVERIFY(load(
            *w.window, Area::Members,
            {{QStringLiteral("cms"), QStringLiteral("none")}, {QStringLiteral("status"), QStringLiteral("active")}}));
        TablePage* page = w.window->page(Area::Members);
        auto* panel = page->findChild<ui::MemberPanel*>();
        QVERIFY(select(page, 0));
        const qint64 member = page->detailPane()->record()->id;
        QVERIFY(panel->button(QStringLiteral("contract-register"))->isVisible());
        QVERIFY(!panel->button(QStringLiteral("contract-change"))->isVisible());
        ui::ContractDialog* dialog = panel->contract(true);
        QVERIFY(dialog);
        dialog->bankBox()->setCurrentIndex(dialog->bankBox()->findData(QStringLiteral("081")));
        dialog->accountEdit()->setText(QStringLiteral("123-4567"));
        dialog->amountEdit()->setText(QStringLiteral("170000"));
        dialog->dayBox()->setValue(20);
        dialog->reasonEdit()->setPlainText(QStringLiteral("자동이체 신청서"));
        dialog->submit();
        QVERIFY2(dialog->errorText().contains(QStringLiteral("123-4567")), qPrintable(dialog->errorText()));
        QCOMPARE(dialog->amountEdit()->text(), QStringLiteral("170000"));
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(test::screenshotPath(QStringLiteral("contract_register_%1.png").arg(language))));
        dialog->accountEdit()->setText(QStringLiteral("620-123456-789"));
        QSignalSpy changed(dialog, &ui::ContractDialog::changed);
        dialog->submit();
        QVERIFY(changed.wait(kWaitMs) || !changed.isEmpty());
        QCOMPARE(value(QStringLiteral("SELECT bank_code || ' ' || account_last4 || ' ' || payment_day || ' ' || "
                                      "monthly_amount || ' ' || cms_status || ' ' || (length(account_number_enc) > 0) "
                                      "FROM cms_info WHERE parent_id = %1")
                           .arg(member))
                     .toString(),
                 QStringLiteral("081 6789 20 170000 pending_registration 1"));

        QVERIFY(load(*w.window, Area::Members, {{QStringLiteral("cms"), QStringLiteral("pending_registration")}}));
        bool shown = false;
        for (int row = 0; row < page->model()->rowCount() && !shown; ++row) {
            if (page->model()->idAt(row) == member) {
                QVERIFY(select(page, row));
                shown = true;
            }
        }
        QVERIFY(shown);
        QTRY_VERIFY_WITH_TIMEOUT(panel->button(QStringLiteral("contract-change"))->isVisible(), kWaitMs);
        ui::ContractDialog* change = panel->contract(false);
        QVERIFY(change);
        QCOMPARE(change->bankBox()->currentData().toString(), QStringLiteral("081"));
        QCOMPARE(change->dayBox()->value(), 20);
        QVERIFY(change->accountEdit()->text().isEmpty());
        QVERIFY(change->accountEdit()->placeholderText().contains(QStringLiteral("****6789")));
        change->dayBox()->setValue(5);
        change->reasonEdit()->setPlainText(QStringLiteral("급여일 변경"));
        QSignalSpy saved(change, &ui::ContractDialog::changed);
        change->submit();
        QVERIFY(saved.wait(kWaitMs) || !saved.isEmpty());
        QCOMPARE(value(QStringLiteral("SELECT payment_day || ' ' || account_last4 FROM cms_info WHERE parent_id = %1")
                           .arg(member))
                     .toString(),
                 QStringLiteral("5 6789"));
    }

    /// Headquarters grows the tree from the organisations page: an institution below a center,
    /// a fee rate for the center from next month (a malformed month refused, the typed values
    /// kept), and the new institution moved to another center.
    void growTheTree_data() { test::addLanguageRows(); }
    void growTheTree()
    {
        QFETCH(QString, language);
        QCOMPARE(ui::installTranslations(language), language);
        Window w = open(QStringLiteral("tree_") + language);
        QVERIFY(w.window);
        QVERIFY(load(*w.window, Area::Organizations, {{QStringLiteral("org_type"), QStringLiteral("center")}}));
        TablePage* page = w.window->page(Area::Organizations);
        auto* panel = page->findChild<ui::OrganizationPanel*>();
        QVERIFY(select(page, 0));
        const qint64 center = page->detailPane()->record()->id;
        QVERIFY(panel->addButton()->isEnabled() && panel->feeButton()->isEnabled());
        ui::ReasonDialog* add = panel->start(QStringLiteral("add"));
        QVERIFY(add);
        const QString code = QStringLiteral("I-NEW-") + language.toUpper();
        add->findChild<QLineEdit*>(QStringLiteral("code"))->setText(code);
        add->findChild<QLineEdit*>(QStringLiteral("name"))->setText(QStringLiteral("새싹 어린이집"));
        add->reasonEdit()->setPlainText(QStringLiteral("신규 계약"));
        QTest::qWait(50);
        QVERIFY(add->grab().save(test::screenshotPath(QStringLiteral("organization_new_%1.png").arg(language))));
        QSignalSpy added(add, &ui::ReasonDialog::changed);
        add->submit();
        QVERIFY(added.wait(kWaitMs) || !added.isEmpty());
        const qint64 institution =
            value(QStringLiteral("SELECT id FROM organizations WHERE code = '%1' AND parent_id = %2 AND org_type = "
                                 "'institution'")
                      .arg(code)
                      .arg(center))
                .toLongLong();
        QVERIFY(institution > 0);

        QVERIFY(select(page, 0));
        ui::ReasonDialog* fee = panel->start(QStringLiteral("fee-rate"));
        QVERIFY(fee);
        auto* month = fee->findChild<QLineEdit*>(QStringLiteral("effective_month"));
        month->setText(QStringLiteral("2027-13"));
        fee->findChild<QLineEdit*>(QStringLiteral("fee_bp"))->setText(QStringLiteral("300"));
        fee->reasonEdit()->setPlainText(QStringLiteral("요율 조정"));
        fee->submit();
        QTRY_VERIFY_WITH_TIMEOUT(!fee->errorText().isEmpty(), kWaitMs);
        QVERIFY2(fee->errorText().contains(QStringLiteral("YYYY-MM")), qPrintable(fee->errorText()));
        QCOMPARE(fee->findChild<QLineEdit*>(QStringLiteral("fee_bp"))->text(), QStringLiteral("300"));
        QTest::qWait(50);
        QVERIFY(fee->grab().save(test::screenshotPath(QStringLiteral("fee_rate_%1.png").arg(language))));
        month->setText(QStringLiteral("2027-01"));
        QSignalSpy feeSet(fee, &ui::ReasonDialog::changed);
        fee->submit();
        QVERIFY(feeSet.wait(kWaitMs) || !feeSet.isEmpty());
        QCOMPARE(value(QStringLiteral("SELECT fee_bp FROM organization_fee_rates WHERE organization_id = %1 AND "
                                      "effective_month = '2027-01' ORDER BY id DESC LIMIT 1")
                           .arg(center))
                     .toInt(),
                 300);

        // The retry policy (docs/DOMAIN.md, "Retry policy"): the one in force to start from, a
        // span past 15 banking days refused with the typed numbers kept, then one retry.
        QVERIFY(select(page, 0));
        QTRY_VERIFY_WITH_TIMEOUT(panel->retryButton()->isEnabled(), kWaitMs);
        ui::ReasonDialog* retry = panel->start(QStringLiteral("retry-policy"));
        QVERIFY(retry);
        auto* retries = retry->findChild<QLineEdit*>(QStringLiteral("retry_limit"));
        auto* apart = retry->findChild<QLineEdit*>(QStringLiteral("interval_days"));
        QVERIFY(retries && apart);
        // In force: the center's own latest (set by the run in the other language), else the default.
        const QString inForce = value(QStringLiteral("SELECT COALESCE((SELECT retry_limit || '/' || interval_days "
                                                     "FROM debit_retry_policies WHERE organization_id = %1 ORDER BY "
                                                     "id DESC LIMIT 1), '2/3')")
                                          .arg(center))
                                    .toString();
        QCOMPARE(retries->text() + QLatin1Char('/') + apart->text(), inForce);
        retries->setText(QStringLiteral("4"));
        apart->setText(QStringLiteral("5"));
        retry->reasonEdit()->setPlainText(QStringLiteral("은행 요청"));
        retry->submit();
        QTRY_VERIFY_WITH_TIMEOUT(!retry->errorText().isEmpty(), kWaitMs);
        QVERIFY2(retry->errorText().contains(QStringLiteral("15")), qPrintable(retry->errorText()));
        QCOMPARE(retries->text(), QStringLiteral("4"));
        QCOMPARE(apart->text(), QStringLiteral("5"));
        QTest::qWait(50);
        QVERIFY(retry->grab().save(test::screenshotPath(QStringLiteral("retry_policy_%1.png").arg(language))));
        retries->setText(QStringLiteral("1"));
        QSignalSpy retrySet(retry, &ui::ReasonDialog::changed);
        retry->submit();
        QVERIFY(retrySet.wait(kWaitMs) || !retrySet.isEmpty());
        QCOMPARE(value(QStringLiteral("SELECT retry_limit || '/' || interval_days FROM debit_retry_policies WHERE "
                                      "organization_id = %1 ORDER BY id DESC LIMIT 1")
                           .arg(center))
                     .toString(),
                 QStringLiteral("1/5"));

        QVERIFY(load(*w.window, Area::Organizations, {{QStringLiteral("q"), code}}));
        QVERIFY(select(page, 0));
        QCOMPARE(page->detailPane()->record()->id, institution);
        ui::ReasonDialog* move = panel->start(QStringLiteral("move"));
        QVERIFY(move);
        auto* under = move->findChild<QComboBox*>(QStringLiteral("choice"));
        QTRY_VERIFY_WITH_TIMEOUT(under->count() > 0, kWaitMs);
        const qint64 target = under->currentData().toLongLong();
        QVERIFY(target > 0 && target != center);
        move->reasonEdit()->setPlainText(QStringLiteral("관할 변경"));
        QSignalSpy moved(move, &ui::ReasonDialog::changed);
        move->submit();
        QVERIFY(moved.wait(kWaitMs) || !moved.isEmpty());
        QCOMPARE(
            value(QStringLiteral("SELECT parent_id FROM organizations WHERE id = %1").arg(institution)).toLongLong(),
            target);
    }

    /// Headquarters adds a staff member from the staff page (a malformed login refused with
    /// everything kept), changes its role and sets its server password (two different entries
    /// refused).
    void addAndChangeStaff_data() { test::addLanguageRows(); }
    void addAndChangeStaff()
    {
        QFETCH(QString, language);
        QCOMPARE(ui::installTranslations(language), language);
        Window w = open(QStringLiteral("staff_") + language);
        QVERIFY(w.window);
        QVERIFY(load(*w.window, Area::Staff));
        TablePage* page = w.window->page(Area::Staff);
        auto* panel = page->findChild<ui::StaffPanel*>();
        QVERIFY(panel && panel->addButton()->isEnabled());
        ui::StaffDialog* add = panel->edit(true);
        QVERIFY(add);
        QTRY_VERIFY_WITH_TIMEOUT(add->organizationBox()->count() > 0, kWaitMs);
        const QString login = QStringLiteral("lee.reviewer.") + language;
        add->field(QStringLiteral("login"))->setText(QStringLiteral("Lee Reviewer"));
        add->field(QStringLiteral("display_name"))->setText(QStringLiteral("이심사"));
        add->roleBox()->setCurrentIndex(add->roleBox()->findData(QStringLiteral("kyc_reviewer")));
        add->organizationBox()->setCurrentIndex(0);
        add->field(QStringLiteral("server_password"))->setText(QStringLiteral("a long server passphrase"));
        add->reasonEdit()->setPlainText(QStringLiteral("심사팀 충원"));
        add->submit();
        QTRY_VERIFY_WITH_TIMEOUT(!add->errorText().isEmpty(), kWaitMs);
        QVERIFY2(add->errorText().contains(QStringLiteral("Lee Reviewer")), qPrintable(add->errorText()));
        QCOMPARE(add->field(QStringLiteral("display_name"))->text(), QStringLiteral("이심사"));
        QTest::qWait(50);
        QVERIFY(add->grab().save(test::screenshotPath(QStringLiteral("staff_add_%1.png").arg(language))));
        add->field(QStringLiteral("login"))->setText(login);
        QSignalSpy added(add, &ui::StaffDialog::changed);
        add->submit();
        QVERIFY(added.wait(kWaitMs) || !added.isEmpty());
        const qint64 id = value(QStringLiteral("SELECT id FROM staff WHERE login = '%1' AND role = 'kyc_reviewer' AND "
                                               "password_hash LIKE 'pbkdf2_sha256$%%'")
                                    .arg(login))
                              .toLongLong();
        QVERIFY(id > 0);

        QVERIFY(load(*w.window, Area::Staff, {{QStringLiteral("q"), login}}));
        QVERIFY(select(page, 0));
        QCOMPARE(page->detailPane()->record()->id, id);
        ui::StaffDialog* change = panel->edit(false);
        QVERIFY(change);
        QCOMPARE(change->roleBox()->currentData().toString(), QStringLiteral("kyc_reviewer"));
        change->roleBox()->setCurrentIndex(change->roleBox()->findData(QStringLiteral("auditor")));
        change->reasonEdit()->setPlainText(QStringLiteral("감사팀 이동"));
        QSignalSpy changed(change, &ui::StaffDialog::changed);
        change->submit();
        QVERIFY(changed.wait(kWaitMs) || !changed.isEmpty());
        QCOMPARE(value(QStringLiteral("SELECT role FROM staff WHERE id = %1").arg(id)).toString(),
                 QStringLiteral("auditor"));

        QVERIFY(select(page, 0));
        QTRY_VERIFY_WITH_TIMEOUT(page->detailPane()->record() &&
                                     page->detailPane()->record()->field(QStringLiteral("role")).toString() ==
                                         QLatin1String("auditor"),
                                 kWaitMs);
        ui::ReasonDialog* password = panel->resetPassword();
        QVERIFY(password);
        password->findChild<QLineEdit*>(QStringLiteral("password"))->setText(QStringLiteral("first passphrase!"));
        password->findChild<QLineEdit*>(QStringLiteral("again"))->setText(QStringLiteral("other passphrase!"));
        password->reasonEdit()->setPlainText(QStringLiteral("비밀번호 분실"));
        password->submit();
        QTRY_VERIFY_WITH_TIMEOUT(!password->errorText().isEmpty(), kWaitMs);
        const QString before =
            value(QStringLiteral("SELECT password_hash FROM staff WHERE id = %1").arg(id)).toString();
        password->findChild<QLineEdit*>(QStringLiteral("again"))->setText(QStringLiteral("first passphrase!"));
        QSignalSpy reset(password, &ui::ReasonDialog::changed);
        password->submit();
        QVERIFY(reset.wait(kWaitMs) || !reset.isEmpty());
        QVERIFY(value(QStringLiteral("SELECT password_hash FROM staff WHERE id = %1").arg(id)).toString() != before);
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

    /// A transaction's amount and fee are shown in the row's own currency (seed 000), in the list
    /// and in the detail pane; not every row is USDC.
    void transactionsInTheirOwnCurrency()
    {
        QCOMPARE(ui::installTranslations(QStringLiteral("en")), QStringLiteral("en"));
        const qint64 won = value(QStringLiteral("SELECT MIN(id) FROM transactions")).toLongLong();
        const qint64 euro = value(QStringLiteral("SELECT MAX(id) FROM transactions")).toLongLong();
        QVERIFY(won > 0 && euro > won);
        QSqlQuery query(m_check->database());
        QVERIFY(query.exec(QStringLiteral("UPDATE transactions SET currency = 'KRW', amount = '15000.000000', "
                                          "total_fee = '75.000000' WHERE id = %1")
                               .arg(won)));
        QVERIFY(query.exec(
            QStringLiteral("UPDATE transactions SET currency = 'EUR', amount = '12.500000' WHERE id = %1").arg(euro)));
        Window w = open(QStringLiteral("transactions"));
        QVERIFY(w.window);
        for (const auto& [id, amount] :
             {std::pair{won, QStringLiteral("\u20A915,000")}, std::pair{euro, QStringLiteral("12.5 EUR")}}) {
            const QString tid =
                value(QStringLiteral("SELECT transaction_id FROM transactions WHERE id = %1").arg(id)).toString();
            QVERIFY(load(*w.window, Area::Transactions, {{QStringLiteral("q"), tid}}));
            TablePage* page = w.window->page(Area::Transactions);
            models::PagedTableModel* model = page->model();
            QCOMPARE(model->idAt(0), id);
            const QModelIndex cell = model->index(0, model->columnForKey(QStringLiteral("amount")));
            QCOMPARE(cell.data().toString(), amount);
            if (id == won) {
                QCOMPARE(model->index(0, model->columnForKey(QStringLiteral("total_fee"))).data().toString(),
                         QStringLiteral("\u20A975"));
            }
            QVERIFY(select(page, 0));
            const DetailRecord record = page->detailPane()->record().value_or(DetailRecord{});
            DetailField shown;
            for (const DetailField& field : record.fields) {
                shown = field.key == QLatin1String("amount") ? field : shown;
            }
            QCOMPARE(models::Labels::formatField(Area::Transactions, shown), amount);
        }
    }

    /// Every new page as a new user first sees it, for docs/SCREENSHOTS.md.
    /// Headquarters adds a bank holiday from its page (a Saturday is refused, what was typed
    /// kept), the debit calendar moves that day's debits to the next banking day, and the day
    /// is withdrawn again; each change audited with its reason.
    void keepBankHolidaysForTheDebitCalendar_data() { test::addLanguageRows(); }
    void keepBankHolidaysForTheDebitCalendar()
    {
        QFETCH(QString, language);
        QCOMPARE(ui::installTranslations(language), language);
        const bool ko = language == QLatin1String("ko");
        // A Tuesday of each language's own (the two runs share the database).
        const QDate holiday = ko ? QDate(2026, 12, 15) : QDate(2026, 12, 22);
        const QDate after = holiday.addDays(1);
        Window w = open(QStringLiteral("holidays_") + language);
        QVERIFY(w.window);
        const QMap<QString, QString> afterDay{{QStringLiteral("day"), after.toString(Qt::ISODate)}};
        QVERIFY(load(*w.window, Area::DebitCalendar, afterDay));
        TablePage* calendar = w.window->page(Area::DebitCalendar);
        const int dayColumn = calendar->model()->columnForKey(QStringLiteral("payment_day"));
        auto paymentDays = [&]() {
            QSet<int> days;
            for (int row = 0; row < calendar->model()->rowCount(); ++row) {
                days.insert(calendar->model()
                                ->data(calendar->model()->index(row, dayColumn), models::PagedTableModel::RawValueRole)
                                .toInt());
            }
            return days;
        };
        QCOMPARE(paymentDays(), QSet<int>{after.day()});

        QVERIFY(load(*w.window, Area::BankHolidays));
        TablePage* page = w.window->page(Area::BankHolidays);
        auto* panel = page->findChild<ui::BankHolidayPanel*>();
        QVERIFY(panel && panel->isVisible());
        ui::ReasonDialog* dialog = panel->add();
        QVERIFY(dialog);
        dialog->findChild<QLineEdit*>(QStringLiteral("day"))->setText(QStringLiteral("2026-12-26"));
        dialog->findChild<QLineEdit*>(QStringLiteral("name"))
            ->setText(QStringLiteral("임시공휴일 / Temporary holiday"));
        dialog->reasonEdit()->setPlainText(QStringLiteral("정부 발표 2026-12-01"));
        dialog->submit();
        QVERIFY(QTest::qWaitFor([&]() { return !dialog->errorText().isEmpty(); }, kWaitMs));
        QVERIFY2(dialog->errorText().contains(QLatin1String("2026-12-26")), qPrintable(dialog->errorText()));
        QCOMPARE(dialog->text(QStringLiteral("name")), QStringLiteral("임시공휴일 / Temporary holiday"));
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(test::screenshotPath(QStringLiteral("bank_holiday_add_%1.png").arg(language))));
        dialog->findChild<QLineEdit*>(QStringLiteral("day"))->setText(holiday.toString(Qt::ISODate));
        QSignalSpy changed(dialog, &ui::ReasonDialog::changed);
        dialog->submit();
        QVERIFY(changed.wait(kWaitMs) || !changed.isEmpty());
        const QString day = holiday.toString(Qt::ISODate);
        const qint64 id = value(QStringLiteral("SELECT id FROM bank_holidays WHERE day = '%1'").arg(day)).toLongLong();
        QVERIFY(id > 0);
        QCOMPARE(value(QStringLiteral("SELECT reason FROM audit_log WHERE entity = 'bank_holidays' AND entity_id = %1 "
                                      "AND action = 'bank_holiday.add'")
                           .arg(id))
                     .toString(),
                 QStringLiteral("정부 발표 2026-12-01"));

        // The holiday's debits go out the day after, with that day's own (read again: F5).
        QVERIFY(load(*w.window, Area::DebitCalendar, {}));
        QVERIFY(load(*w.window, Area::DebitCalendar, afterDay));
        QCOMPARE(paymentDays(), (QSet<int>{holiday.day(), after.day()}));
        QVERIFY(select(calendar, 0));
        QTest::qWait(100);
        QVERIFY(w.window->grab().save(test::screenshotPath(QStringLiteral("debit_calendar_%1.png").arg(language))));

        // Withdrawn again from its row: a banking day once more, the row kept.
        QVERIFY(load(*w.window, Area::BankHolidays));
        int row = -1;
        for (int r = 0; r < page->model()->rowCount(); ++r) {
            row = page->model()->idAt(r) == id ? r : row;
        }
        QVERIFY(row >= 0);
        QVERIFY(select(page, row));
        QVERIFY(panel->toggleButton()->isEnabled());
        ui::ReasonDialog* withdraw = panel->toggle();
        QVERIFY(withdraw);
        withdraw->reasonEdit()->setPlainText(QStringLiteral("announcement withdrawn"));
        QSignalSpy withdrawn(withdraw, &ui::ReasonDialog::changed);
        withdraw->submit();
        QVERIFY(withdrawn.wait(kWaitMs) || !withdrawn.isEmpty());
        QCOMPARE(value(QStringLiteral("SELECT active FROM bank_holidays WHERE id = %1").arg(id)).toInt(), 0);
        QVERIFY(select(page, row));
        QTest::qWait(100);
        QVERIFY(w.window->grab().save(test::screenshotPath(QStringLiteral("bank_holidays_%1.png").arg(language))));
    }

    /// A debit that failed for insufficient funds is on the debit calendar again on the day of
    /// its first retry (docs/DOMAIN.md, "Retry policy"), numbered and flagged in the
    /// interface's language.
    void aRetryShowsOnTheDebitCalendar_data() { test::addLanguageRows(); }
    void aRetryShowsOnTheDebitCalendar()
    {
        QFETCH(QString, language);
        QCOMPARE(ui::installTranslations(language), language);
        const bool ko = language == QLatin1String("ko");
        const auto picked = test::rows(
            *m_check,
            QStringLiteral("SELECT p.id, c.contract_id, c.payment_day, COALESCE((SELECT r.interval_days FROM "
                           "debit_retry_policies r WHERE r.organization_id = i.parent_id ORDER BY r.id DESC "
                           "LIMIT 1), 3) FROM payments p JOIN cms_info c ON c.parent_id = p.parent_id JOIN "
                           "organizations i ON i.id = p.organization_id WHERE p.payment_month = '2026-10' "
                           "AND p.status = 'pending' AND c.cms_status = 'active' AND c.payment_day BETWEEN 16 "
                           "AND 19 ORDER BY p.id LIMIT 1 OFFSET %1")
                .arg(ko ? 1 : 0));
        QVERIFY(!picked.isEmpty());
        QSet<QDate> holidays;
        for (const QVariantList& row :
             test::rows(*m_check, QStringLiteral("SELECT day FROM bank_holidays WHERE active = 1 OR active = TRUE"))) {
            holidays.insert(QDate::fromString(row[0].toString().left(10), Qt::ISODate));
        }
        const BankingCalendar calendar(holidays);
        const QDate debit = calendar.debitDay(QDate(2026, 10, 1), picked.front()[2].toInt());
        const QDate retryDay = calendar.retryDays(debit, 1, picked.front()[3].toInt()).last();
        QVERIFY(test::exec(*m_check, QStringLiteral("UPDATE payments SET status = 'failed', failure_code = '0001', "
                                                    "failure_reason = '잔액부족 / Insufficient funds', attempt_count "
                                                    "= 1 WHERE id = %1")
                                         .arg(picked.front()[0].toLongLong())));
        Window w = open(QStringLiteral("retry_") + language);
        QVERIFY(w.window);
        QVERIFY(load(*w.window, Area::DebitCalendar,
                     {{QStringLiteral("day"), retryDay.toString(Qt::ISODate)},
                      {QStringLiteral("q"), picked.front()[1].toString()}}));
        TablePage* page = w.window->page(Area::DebitCalendar);
        QCOMPARE(page->model()->rowCount(), 1);
        auto shown = [&](const char* key, int role) {
            return page->model()->data(page->model()->index(0, page->model()->columnForKey(QLatin1String(key))), role);
        };
        QCOMPARE(shown("attempt", models::PagedTableModel::RawValueRole).toInt(), 1);
        QCOMPARE(shown("payment_status", models::PagedTableModel::RawValueRole).toString(), QStringLiteral("failed"));
        const QString flags = shown("flags", Qt::DisplayRole).toString();
        QVERIFY2(
            flags.contains(ko ? QStringLiteral("실패한 출금의 재출금") : QStringLiteral("retry of a failed debit")),
            qPrintable(flags));
        QVERIFY(select(page, 0));
        QTest::qWait(100);
        QVERIFY(
            w.window->grab().save(test::screenshotPath(QStringLiteral("debit_calendar_retry_%1.png").arg(language))));
    }

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
        // The two dialogs as a user meets them: a refusal shown under the form, what was typed kept.
        QVERIFY(load(*w.window, Area::Members));
        QVERIFY(select(w.window->page(Area::Members), 0));
        auto* members = w.window->page(Area::Members)->findChild<ui::MemberPanel*>();
        ui::MemberEditDialog* edit = members->edit();
        QVERIFY(edit);
        edit->field(QStringLiteral("phone"))->setText(QStringLiteral("010-12"));
        edit->reasonEdit()->setPlainText(language == QLatin1String("ko") ? QStringLiteral("회원이 연락처 변경을 알림")
                                                                         : QStringLiteral("the member called"));
        edit->submit();
        QVERIFY(!edit->errorText().isEmpty());
        QTest::qWait(50);
        QVERIFY(edit->grab().save(test::screenshotPath(QStringLiteral("member_edit_%1.png").arg(language))));
        edit->close();
        QVERIFY(load(*w.window, Area::Users));
        QVERIFY(select(w.window->page(Area::Users), 0));
        ui::ManualCreditDialog* credit = w.window->page(Area::Users)->findChild<ui::UserPanel*>()->credit();
        QVERIFY(credit);
        credit->amountEdit()->setText(QStringLiteral("0.00x"));
        credit->reasonEdit()->setPlainText(language == QLatin1String("ko") ? QStringLiteral("행사 보상")
                                                                           : QStringLiteral("event reward"));
        credit->submit();
        QVERIFY(!credit->errorText().isEmpty());
        QTest::qWait(50);
        QVERIFY(credit->grab().save(test::screenshotPath(QStringLiteral("manual_credit_%1.png").arg(language))));
        credit->close();
    }
};

QTEST_MAIN(TestAdminPages)
#include "tst_adminpages.moc"
