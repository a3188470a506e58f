// The payments, reconciliation and settlements pages offscreen over demo data: a
// CP949 result file matched, matched by hand until the difference is zero, applied and
// refused on re-import; totals and export on the payments page; manual settle; confirming a
// settlement and its PDF. Screenshots in English and Korean.

#include "AdminPanels.h"
#include "ConsoleWindow.h"
#include "Language.h"
#include "MainWindow.h"
#include "PagedTableModel.h"
#include "PaymentPanels.h"
#include "ReconciliationModel.h"
#include "ReconciliationPage.h"
#include "TablePage.h"
#include "TestSupport.h"
#include "UserPanel.h"
#include "demo/DemoGenerator.h"
#include "sql/Migrations.h"
#include "sql/SqlLists.h"
#include "sql/SqlSession.h"

#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QStringEncoder>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;
using ui::MainWindow;
using ui::TablePage;

namespace {
/// How long a page may take to show what a test waits for (QTest::qWaitFor).
constexpr int kWaitMs = 30000;
const QDate kAsOf(2026, 10, 15);

} // namespace

class TestPaymentPages : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ScratchDatabase> m_db;
    QTemporaryDir m_dir;

    std::unique_ptr<sql::SqlSession> session()
    {
        auto opened = sql::SqlSession::open(m_db->url(), QStringLiteral("payment-pages-check"));
        return opened.ok() ? std::move(opened.value()) : nullptr;
    }
    QVector<QVariantList> rows(const QString& sql)
    {
        auto s = session();
        QSqlQuery q(s->database());
        QVector<QVariantList> out;
        if (!q.exec(sql)) {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
            return out;
        }
        while (q.next()) {
            out << QVariantList{q.value(0), q.value(1), q.value(2)};
        }
        return out;
    }
    QVariant value(const QString& sql) { return test::value(*session(), sql); }

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
        auto s = session();
        QVERIFY(s && sql::Migrator::upgrade(*s).ok());
        demo::DemoOptions options;
        options.scale = 0.05;
        options.asOf = kAsOf;
        QVERIFY(demo::generateDemoData(*s, options).ok());
    }

    void reconciliation_data() { test::addLanguageRows(); }
    void reconciliation()
    {
        QFETCH(QString, language);
        QCOMPARE(ui::installTranslations(language), language);
        const QString center =
            language == QLatin1String("en") ? QStringLiteral("C-BUCHEON") : QStringLiteral("C-CHEONAN");
        const qint64 centerId =
            value(QStringLiteral("SELECT id FROM organizations WHERE code = '%1'").arg(center)).toLongLong();
        const auto owed = rows(QStringLiteral("SELECT p.id, c.contract_id, p.amount FROM payments p "
                                              "JOIN organizations i ON i.id = p.organization_id "
                                              "JOIN organizations ctr ON ctr.id = i.parent_id "
                                              "JOIN cms_info c ON c.parent_id = p.parent_id WHERE ctr.code = '%1' "
                                              "AND p.payment_month = '2026-10' AND p.status = 'pending' ORDER BY p.id")
                                   .arg(center));
        QVERIFY(owed.size() >= 4);
        // A provider file: three members paid, one line whose member id is a typo (matched by
        // hand), one malformed line; Korean headers, CP949.
        QString text = QStringLiteral("거래일자,계약번호,출금액,거래번호,결과코드\r\n");
        for (int i = 0; i < 3; ++i) {
            text += QStringLiteral("2026-10-15,%1,%2,P-%3-%4,0000\r\n")
                        .arg(owed[i][1].toString())
                        .arg(owed[i][2].toLongLong())
                        .arg(language)
                        .arg(i);
        }
        text += QStringLiteral("2026-10-16,CMS-TYPO,%1,P-%2-9,0000\r\n").arg(owed[3][2].toLongLong()).arg(language);
        text += QStringLiteral("2026-10-16,%1,삼만원,P-%2-8,0000\r\n").arg(owed[3][1].toString(), language);
        const QByteArray bytes = QStringEncoder("windows-949").encode(text);

        Window w = open(QStringLiteral("rec_") + language);
        QVERIFY(w.window);
        w.window->showReconciliation();
        ui::ReconciliationPage* page = w.window->reconciliationPage();
        QVERIFY(page);
        QVERIFY(QTest::qWaitFor([&]() { return page->findChild<QComboBox*>(QStringLiteral("center"))->count() > 0; },
                                kWaitMs));
        page->setCenter(centerId);
        QSignalSpy loaded(page, &ui::ReconciliationPage::loaded);
        page->openBytes(bytes, QStringLiteral("cms_result_20261015.csv"));
        QVERIFY(loaded.wait(30000) || !loaded.isEmpty());
        QVERIFY2(loaded.last().at(0).toBool(), qPrintable(page->messageText()));
        QCOMPARE(page->linesView()->model()->rowCount(), 4);
        QCOMPARE(page->badLines()->count(), 1);
        QVERIFY(page->badLines()->item(0)->text().contains(QStringLiteral("6")));
        auto* rec = page->reconciliation();
        QCOMPARE(rec->balance().chosen, 3);
        QCOMPARE(rec->balance().difference, owed[3][2].toLongLong());
        // Match the typo line by hand to its payment: the difference becomes zero.
        int expectedRow = -1;
        for (int r = 0; r < page->expectedView()->model()->rowCount(); ++r) {
            if (page->expectedView()->model()->index(r, 0).data().toLongLong() == owed[3][0].toLongLong()) {
                expectedRow = r;
            }
        }
        QVERIFY(expectedRow >= 0);
        page->linesView()->setCurrentIndex(page->linesView()->model()->index(3, 1));
        page->expectedView()->setCurrentIndex(page->expectedView()->model()->index(expectedRow, 0));
        QTest::mouseClick(page->findChild<QPushButton*>(QStringLiteral("matchSelected")), Qt::LeftButton);
        QCOMPARE(rec->balance().difference, 0);
        QCOMPARE(rec->balance().chosen, 4);
        QVERIFY(w.window->grab().save(test::screenshotPath(QStringLiteral("reconciliation_%1.png").arg(language))));

        QSignalSpy applied(page, &ui::ReconciliationPage::applied);
        QTest::mouseClick(page->applyButton(), Qt::LeftButton);
        QVERIFY(applied.wait(30000) || !applied.isEmpty());
        QVERIFY2(applied.last().at(0).toBool(), qPrintable(page->messageText()));
        for (int i = 0; i < 4; ++i) {
            QCOMPARE(value(QStringLiteral("SELECT status FROM payments WHERE id = %1").arg(owed[i][0].toLongLong()))
                         .toString(),
                     QStringLiteral("success"));
        }
        // The same file again: the page says so and offers nothing to apply.
        loaded.clear();
        page->openBytes(bytes, QStringLiteral("cms_result_20261015.csv"));
        QVERIFY(loaded.wait(30000) || !loaded.isEmpty());
        QVERIFY(!page->applyButton()->isEnabled());
        QVERIFY(!page->messageText().isEmpty());
        qInfo("re-import shows: %s", qPrintable(page->messageText()));
    }

    /// A result file of failed debits (docs/DOMAIN.md, "Coded debit results"): each line's code
    /// in words of the interface's language and the step Apply takes, said before applying; after
    /// Apply the message counts the retries, suspensions and follow-ups.
    void codedFailures_data() { test::addLanguageRows(); }
    void codedFailures()
    {
        QFETCH(QString, language);
        QCOMPARE(ui::installTranslations(language), language);
        const QString centers = QStringLiteral(
            "SELECT ctr.id FROM payments p JOIN organizations i ON i.id = p.organization_id JOIN organizations ctr "
            "ON ctr.id = i.parent_id JOIN cms_info c ON c.parent_id = p.parent_id WHERE p.payment_month = '2026-10' "
            "AND p.status = 'pending' AND c.cms_status = 'active' AND ctr.code NOT IN ('C-BUCHEON', 'C-CHEONAN') "
            "GROUP BY ctr.id ORDER BY COUNT(*) DESC, ctr.id");
        const auto centerRows = rows(centers);
        QVERIFY(centerRows.size() >= 2);
        const qint64 centerId = centerRows[language == QLatin1String("en") ? 0 : 1][0].toLongLong();
        const auto owed = rows(QStringLiteral("SELECT c.contract_id, p.amount, p.id FROM payments p "
                                              "JOIN organizations i ON i.id = p.organization_id "
                                              "JOIN cms_info c ON c.parent_id = p.parent_id WHERE i.parent_id = %1 "
                                              "AND p.payment_month = '2026-10' AND p.status = 'pending' "
                                              "AND c.cms_status = 'active' ORDER BY p.id")
                                   .arg(centerId));
        QVERIFY(owed.size() >= 5);
        const char* codes[] = {"0000", "0001", "1001", "2001", "X42"};
        QString text = QStringLiteral("거래일자,계약번호,출금액,결과코드\r\n");
        for (int i = 0; i < 5; ++i) {
            text += QStringLiteral("2026-10-14,%1,%2,%3\r\n")
                        .arg(owed[i][0].toString())
                        .arg(owed[i][1].toLongLong())
                        .arg(QLatin1String(codes[i]));
        }
        Window w = open(QStringLiteral("codes_") + language);
        QVERIFY(w.window);
        w.window->showReconciliation();
        ui::ReconciliationPage* page = w.window->reconciliationPage();
        QVERIFY(QTest::qWaitFor([&]() { return page->findChild<QComboBox*>(QStringLiteral("center"))->count() > 0; },
                                kWaitMs));
        page->setCenter(centerId);
        QSignalSpy loaded(page, &ui::ReconciliationPage::loaded);
        page->openBytes(QStringEncoder("windows-949").encode(text), QStringLiteral("cms_result_codes.csv"));
        QVERIFY(loaded.wait(30000) || !loaded.isEmpty());
        QVERIFY2(loaded.last().at(0).toBool(), qPrintable(page->messageText()));
        QAbstractItemModel* lines = page->linesView()->model();
        QCOMPARE(lines->rowCount(), 5);
        int resultColumn = -1;
        int stepColumn = -1;
        for (int c = 0; c < lines->columnCount(); ++c) {
            const QString header = lines->headerData(c, Qt::Horizontal).toString();
            resultColumn =
                header == QCoreApplication::translate("pd::models::StatementLinesModel", "Result") ? c : resultColumn;
            stepColumn =
                header == QCoreApplication::translate("pd::models::StatementLinesModel", "Next step") ? c : stepColumn;
        }
        QVERIFY(resultColumn >= 0 && stepColumn >= 0);
        // Each match says why (docs/DOMAIN.md, "Explained matches"): contract, month and amount
        // agree, in the interface's language, graded high.
        int whyColumn = -1;
        int confidenceColumn = -1;
        for (int c = 0; c < lines->columnCount(); ++c) {
            const QString header = lines->headerData(c, Qt::Horizontal).toString();
            whyColumn = header == QCoreApplication::translate("pd::models::StatementLinesModel", "Why") ? c : whyColumn;
            confidenceColumn = header == QCoreApplication::translate("pd::models::StatementLinesModel", "Confidence")
                                   ? c
                                   : confidenceColumn;
        }
        QVERIFY(whyColumn >= 0 && confidenceColumn >= 0);
        for (int row = 0; row < 5; ++row) {
            const QString why = lines->index(row, whyColumn).data().toString();
            for (const char* field : {"member", "month", "amount"}) {
                const QString word = QCoreApplication::translate("pd::models::Reconciliation", field);
                QVERIFY2(why.contains(word), qPrintable(why + QStringLiteral(" lacks ") + word));
            }
            QCOMPARE(lines->index(row, confidenceColumn).data().toString(),
                     QCoreApplication::translate("pd::models::Reconciliation", "High"));
        }
        const bool korean = language == QLatin1String("ko");
        QCOMPARE(lines->index(1, resultColumn).data().toString(),
                 korean ? QStringLiteral("0001 잔액부족") : QStringLiteral("0001 Insufficient funds"));
        QCOMPARE(lines->index(2, resultColumn).data().toString(),
                 korean ? QStringLiteral("1001 계좌해지") : QStringLiteral("1001 Account closed"));
        QVERIFY(lines->index(4, resultColumn).data().toString().startsWith(QStringLiteral("X42")));
        QVERIFY(lines->index(0, stepColumn).data().toString().isEmpty()); // collected: nothing to do
        QCOMPARE(lines->index(1, stepColumn).data().toString(), models::Reconciliation::actionText(DebitAction::Retry));
        QCOMPARE(lines->index(2, stepColumn).data().toString(),
                 models::Reconciliation::actionText(DebitAction::UpdateAccount));
        QCOMPARE(lines->index(3, stepColumn).data().toString(),
                 models::Reconciliation::actionText(DebitAction::Suspend));
        QCOMPARE(lines->index(4, stepColumn).data().toString(),
                 models::Reconciliation::actionText(DebitAction::Manual));
        if (korean) {
            QVERIFY2(lines->index(1, stepColumn).data().toString() != QStringLiteral("Retry at the next debit"),
                     "the next step is not translated");
        }
        // Said before Apply: one retry, one suspension, one new account, one by hand.
        const QVector<int> actions = page->reconciliation()->chosenFailureActions();
        QCOMPARE(actions, (QVector<int>{1, 1, 1, 1}));
        QVERIFY2(page->summaryText().count(QLatin1Char('1')) >= 4, qPrintable(page->summaryText()));
        page->linesView()->resizeColumnsToContents();
        if (auto* splitter = page->findChild<QSplitter*>()) {
            // The file's columns up to the next step, in both languages.
            splitter->setSizes({splitter->width() * 4 / 5, splitter->width() / 5});
        }
        QTest::qWait(50); // the new summary's layout request
        QVERIFY(
            w.window->grab().save(test::screenshotPath(QStringLiteral("reconciliation_codes_%1.png").arg(language))));
        QSignalSpy applied(page, &ui::ReconciliationPage::applied);
        QTest::mouseClick(page->applyButton(), Qt::LeftButton);
        QVERIFY(applied.wait(30000) || !applied.isEmpty());
        QVERIFY2(applied.last().at(0).toBool(), qPrintable(page->messageText()));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM payments WHERE failure_code IS NOT NULL AND id IN "
                                      "(%1, %2, %3, %4)")
                           .arg(owed[1][2].toLongLong())
                           .arg(owed[2][2].toLongLong())
                           .arg(owed[3][2].toLongLong())
                           .arg(owed[4][2].toLongLong()))
                     .toInt(),
                 4);
        QVERIFY(QTest::qWaitFor([&]() { return page->messageText().contains(QLatin1Char('2')); }, kWaitMs));
        qInfo("after Apply: %s", qPrintable(page->messageText()));
        QTest::qWait(50); // the message's layout request
        QVERIFY(w.window->grab().save(
            test::screenshotPath(QStringLiteral("reconciliation_codes_applied_%1.png").arg(language))));
    }

    void paymentsPage_data() { test::addLanguageRows(); }
    void paymentsPage()
    {
        QFETCH(QString, language);
        QCOMPARE(ui::installTranslations(language), language);
        Window w = open(QStringLiteral("pay_") + language);
        QVERIFY(w.window);
        w.window->showArea(Area::Payments);
        TablePage* page = w.window->page(Area::Payments);
        page->applyFilters({{QStringLiteral("month"), QStringLiteral("2026-10")}});
        QVERIFY(
            QTest::qWaitFor([&]() { return page->model()->rowCount() > 0 && !page->model()->isLoading(); }, kWaitMs));
        QVERIFY(QTest::qWaitFor(
            [&]() { return page->totalsText().contains(QStringLiteral("·")) && page->model()->count(); }, kWaitMs));
        const qint64 monthCount =
            value(QStringLiteral("SELECT COUNT(*) FROM payments WHERE payment_month = '2026-10'")).toLongLong();
        QVERIFY2(page->totalsText().contains(QLocale().toString(monthCount)), qPrintable(page->totalsText()));
        // Export the filter.
        const QString path = m_dir.filePath(QStringLiteral("payments_%1.csv").arg(language));
        QSignalSpy exported(page, &TablePage::exportFinished);
        page->exportTo(path, true);
        QVERIFY(exported.wait(30000) || !exported.isEmpty());
        QVERIFY2(exported.last().at(0).toBool(), qPrintable(exported.last().at(1).toString()));
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(qint64(file.readAll().count('\n')), monthCount + 1);
        // Mark a pending payment paid with a reason.
        page->applyFilters({{QStringLiteral("month"), QStringLiteral("2026-10")},
                            {QStringLiteral("status"), QStringLiteral("pending")}});
        QVERIFY(QTest::qWaitFor(
            [&]() {
                return page->model()->rowCount() > 0 && !page->model()->isLoading() &&
                       page->model()->filters().value(QStringLiteral("status")) == QLatin1String("pending");
            },
            kWaitMs));
        auto* panel = page->findChild<ui::PaymentPanel*>();
        QVERIFY(panel);
        const int row = 0;
        const qint64 pending = page->model()->idAt(row);
        QCOMPARE(value(QStringLiteral("SELECT status FROM payments WHERE id = %1").arg(pending)).toString(),
                 QStringLiteral("pending"));
        page->view()->selectRow(row);
        QVERIFY(QTest::qWaitFor([&]() { return panel->markPaidButton()->isEnabled(); }, kWaitMs));
        QVERIFY(w.window->grab().save(test::screenshotPath(QStringLiteral("payments_%1.png").arg(language))));
        if (language == QLatin1String("en")) {
            ui::PaymentChangeDialog* dialog = panel->openChange(PaymentChange::Action::MarkPaid);
            QVERIFY(dialog);
            dialog->submit(); // no reason: refused in the dialog
            QVERIFY(!dialog->errorText().isEmpty());
            dialog->reasonEdit()->setPlainText(QStringLiteral("paid in cash at the center"));
            QSignalSpy changed(dialog, &ui::PaymentChangeDialog::changed);
            dialog->submit();
            QVERIFY(changed.wait(30000) || !changed.isEmpty());
            QCOMPARE(value(QStringLiteral("SELECT status FROM payments WHERE id = %1").arg(pending)).toString(),
                     QStringLiteral("success"));
        }
    }

    /// Headquarters deactivates a member with a reason from the users page, and reactivates it;
    /// both are audited. The dialog is rendered in English and Korean.
    void aUserIsDeactivatedAndReactivated_data() { test::addLanguageRows(); }
    void aUserIsDeactivatedAndReactivated()
    {
        QFETCH(QString, language);
        QCOMPARE(ui::installTranslations(language), language);
        Window w = open(QStringLiteral("users_") + language);
        QVERIFY(w.window);
        w.window->showArea(Area::Users);
        TablePage* page = w.window->page(Area::Users);
        page->applyFilters({{QStringLiteral("active"), QStringLiteral("true")}});
        QVERIFY(QTest::qWaitFor(
            [&]() {
                return page->model()->rowCount() > 0 && !page->model()->isLoading() &&
                       page->model()->filters().value(QStringLiteral("active")) == QLatin1String("true");
            },
            kWaitMs));
        auto* panel = page->findChild<ui::UserPanel*>();
        QVERIFY(panel);
        QVERIFY(panel->activationButton()->isVisible());
        const qint64 user = page->model()->idAt(0);
        page->view()->selectRow(0);
        QVERIFY(QTest::qWaitFor([&]() { return panel->activationButton()->isEnabled(); }, kWaitMs));
        ui::UserActivationDialog* dialog = panel->changeActivation();
        QVERIFY(dialog);
        dialog->submit(); // no reason: refused in the dialog, nothing sent
        QVERIFY(!dialog->errorText().isEmpty());
        dialog->reasonEdit()->setPlainText(QStringLiteral("회원 요청으로 서비스 중지"));
        QVERIFY(dialog->errorText().isEmpty()); // the refusal goes once a reason is typed
        QTest::qWait(50);
        QVERIFY(dialog->grab().save(test::screenshotPath(QStringLiteral("user_deactivate_%1.png").arg(language))));
        QSignalSpy changed(dialog, &ui::UserActivationDialog::changed);
        dialog->submit();
        QVERIFY(changed.wait(30000) || !changed.isEmpty());
        QCOMPARE(value(QStringLiteral("SELECT is_active FROM users WHERE id = %1").arg(user)).toInt(), 0);
        QCOMPARE(value(QStringLiteral("SELECT reason FROM audit_log WHERE entity = 'users' AND entity_id = %1 "
                                      "AND action = 'user.deactivate' ORDER BY id DESC LIMIT 1")
                           .arg(user))
                     .toString(),
                 QStringLiteral("회원 요청으로 서비스 중지"));
        // Reactivated from the same panel once the page shows the new state.
        page->applyFilters({{QStringLiteral("active"), QStringLiteral("false")}});
        QVERIFY(QTest::qWaitFor(
            [&]() {
                return page->model()->rowCount() > 0 && !page->model()->isLoading() &&
                       page->model()->filters().value(QStringLiteral("active")) == QLatin1String("false");
            },
            kWaitMs));
        int row = -1;
        for (int i = 0; i < page->model()->rowCount(); ++i) {
            row = page->model()->idAt(i) == user ? i : row;
        }
        QVERIFY(row >= 0);
        page->view()->selectRow(row);
        QVERIFY(QTest::qWaitFor(
            [&]() {
                return panel->activationButton()->isEnabled() &&
                       panel->activationButton()->text() != ui::UserPanel::tr("Deactivate…");
            },
            kWaitMs));
        ui::UserActivationDialog* back = panel->changeActivation();
        QVERIFY(back);
        back->reasonEdit()->setPlainText(QStringLiteral("member asked to come back"));
        QSignalSpy again(back, &ui::UserActivationDialog::changed);
        back->submit();
        QVERIFY(again.wait(30000) || !again.isEmpty());
        QCOMPARE(value(QStringLiteral("SELECT is_active FROM users WHERE id = %1").arg(user)).toInt(), 1);
    }

    void settlementsPage_data() { test::addLanguageRows(); }
    void settlementsPage()
    {
        QFETCH(QString, language);
        QCOMPARE(ui::installTranslations(language), language);
        Window w = open(QStringLiteral("set_") + language);
        QVERIFY(w.window);
        w.window->showArea(Area::Settlements);
        TablePage* page = w.window->page(Area::Settlements);
        page->applyFilters({{QStringLiteral("month"), QStringLiteral("2026-10")}});
        QVERIFY(
            QTest::qWaitFor([&]() { return page->model()->rowCount() > 0 && !page->model()->isLoading(); }, kWaitMs));
        auto* panel = page->findChild<ui::SettlementPanel*>();
        QVERIFY(panel);
        QSignalSpy computed(panel, &ui::SettlementPanel::computed);
        panel->computeMonth(QStringLiteral("2026-10"));
        QVERIFY(computed.wait(30000) || !computed.isEmpty());
        QVERIFY2(computed.last().at(0).toBool(), qPrintable(panel->statusText()));
        page->applyFilters({{QStringLiteral("month"), QStringLiteral("2026-10")},
                            {QStringLiteral("status"), QStringLiteral("draft")}});
        QVERIFY(QTest::qWaitFor(
            [&]() {
                return page->model()->rowCount() > 0 && !page->model()->isLoading() &&
                       page->model()->filters().value(QStringLiteral("status")) == QLatin1String("draft");
            },
            kWaitMs));
        page->view()->selectRow(0);
        QVERIFY(QTest::qWaitFor([&]() { return panel->confirmButton()->isEnabled(); }, kWaitMs));
        const QString pdf = m_dir.filePath(QStringLiteral("settlement_%1.pdf").arg(language));
        QVERIFY(panel->writePdf(pdf));
        QString error;
        QVERIFY(QDir().mkpath(m_dir.filePath(QStringLiteral("pdf_") + language)));
        const QStringList pages =
            test::renderPdfPages(pdf, 60, m_dir.filePath(QStringLiteral("pdf_") + language), &error);
        QVERIFY2(pages.size() == 1, qPrintable(error));
        QVERIFY(w.window->grab().save(test::screenshotPath(QStringLiteral("settlements_%1.png").arg(language))));
        if (language == QLatin1String("en")) {
            const qint64 id = page->model()->idAt(0);
            ui::SettlementChangeDialog* dialog = panel->openChange(SettlementChange::Action::Confirm);
            QVERIFY(dialog);
            QSignalSpy changed(dialog, &ui::SettlementChangeDialog::changed);
            dialog->submit();
            QVERIFY(changed.wait(30000) || !changed.isEmpty());
            QCOMPARE(value(QStringLiteral("SELECT status FROM settlements WHERE id = %1").arg(id)).toString(),
                     QStringLiteral("confirmed"));
        }
        w.window->showArea(Area::OverdueMembers);
        TablePage* overdue = w.window->page(Area::OverdueMembers);
        QVERIFY(QTest::qWaitFor([&]() { return overdue->model()->rowCount() > 0 && !overdue->model()->isLoading(); },
                                kWaitMs));
        QVERIFY(w.window->grab().save(test::screenshotPath(QStringLiteral("overdue_%1.png").arg(language))));

        // Dunning (docs/DOMAIN.md, "Dunning"): the contact list of a band and a center (one per
        // language, the runs share the database), then the same again: everyone was reminded.
        auto* dunning = overdue->findChild<ui::OverduePanel*>();
        QVERIFY(dunning && dunning->contactListButton()->isVisible());
        const QString centerOf =
            value(QStringLiteral("SELECT ctr.id FROM payments p JOIN organizations i ON i.id = "
                                 "p.organization_id JOIN organizations ctr ON ctr.id = i.parent_id "
                                 "WHERE p.status IN ('pending', 'failed') AND p.due_date < "
                                 "'2026-09-01' GROUP BY ctr.id ORDER BY ctr.id LIMIT 1 OFFSET %1")
                      .arg(language == QLatin1String("en") ? 0 : 1))
                .toString();
        overdue->applyFilters({{QStringLiteral("band"), QStringLiteral("61+")}, {QStringLiteral("org"), centerOf}});
        QVERIFY(QTest::qWaitFor([&]() { return !overdue->model()->isLoading() && overdue->model()->rowCount() > 0; },
                                kWaitMs));
        const int listed = overdue->model()->rowCount();
        QVERIFY(listed > 0);
        const QString csvPath = m_dir.filePath(QStringLiteral("reminders_%1.csv").arg(language));
        QSignalSpy exported(dunning, &ui::OverduePanel::exported);
        dunning->exportContactList(QStringLiteral("sms"), csvPath);
        QVERIFY(exported.wait(kWaitMs) || !exported.isEmpty());
        QVERIFY2(exported.last().at(0).toBool(), qPrintable(dunning->messageText()));
        QFile csvFile(csvPath);
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QList<QByteArray> csvLines = csvFile.readAll().split('\n');
        // The header, and the empty piece after the last CRLF; every member of the band, loaded or not.
        const int written = int(csvLines.size()) - 2;
        QVERIFY2(written >= listed, qPrintable(QStringLiteral("%1 lines, %2 listed").arg(written).arg(listed)));
        QVERIFY(csvLines.at(0).contains("Message (en)"));
        QVERIFY(QTest::qWaitFor([&]() { return !overdue->model()->isLoading(); }, kWaitMs));
        const int byColumn = overdue->model()->columnForKey(QStringLiteral("last_reminded_by"));
        QVERIFY(!overdue->model()->data(overdue->model()->index(0, byColumn)).toString().isEmpty());
        exported.clear();
        dunning->exportContactList(QStringLiteral("letter"), csvPath + QStringLiteral(".again"));
        QVERIFY(exported.wait(kWaitMs) || !exported.isEmpty());
        QVERIFY2(dunning->messageText().contains(QString::number(written)), qPrintable(dunning->messageText()));
        qInfo("again: %s", qPrintable(dunning->messageText()));
        QTest::qWait(100);
        QVERIFY(w.window->grab().save(test::screenshotPath(QStringLiteral("overdue_dunning_%1.png").arg(language))));
    }
};

QTEST_MAIN(TestPaymentPages)
#include "tst_paymentpages.moc"
