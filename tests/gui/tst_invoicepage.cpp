// The invoices page, offscreen, on a real SQLite database with demo data: the QR code the
// detail shows and the PNG/SVG exports scan (zbarimg) to the invoice's BIP21 URI; creating an
// invoice refuses bad input with a message and keeps what was typed; marking it paid needs a
// 64-hex transaction hash and a reason, lands in audit_log and links to the block explorer;
// a stale change is refused as a conflict; printing the selection gives a PDF whose codes
// scan. Dialogs and the page are rendered to PNG in English and Korean.

#include "DetailPane.h"
#include "InvoiceDialogs.h"
#include "InvoicePanel.h"
#include "InvoicePrintDialog.h"
#include "InvoiceSheet.h"
#include "Language.h"
#include "MainWindow.h"
#include "Money.h"
#include "PagedTableModel.h"
#include "QrCodeWidget.h"
#include "ScriptedElectrum.h"
#include "TablePage.h"
#include "TestSupport.h"
#include "bch/Bip21.h"
#include "chain/ChainWatcher.h"
#include "demo/DemoGenerator.h"
#include "sql/Migrations.h"
#include "sql/SqlBackend.h"
#include "sql/SqlChain.h"
#include "sql/SqlSession.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QSvgRenderer>
#include <QTableView>
#include <QTemporaryDir>
#include <QToolButton>
#include <QtTest>

using namespace pd;
using ui::InvoicePanel;
using ui::MainWindow;
using ui::TablePage;

namespace {
const QString kTxHash = QStringLiteral("3f1c6a0b9d7e4c2a8b5f0e1d2c3b4a5968778695a4b3c2d1e0f9a8b7c6d5e4f3");
} // namespace

class TestInvoicePage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ScratchDatabase> m_db;
    QTemporaryDir m_dir;

    std::unique_ptr<sql::SqlSession> session()
    {
        auto opened = sql::SqlSession::open(m_db->url(), QStringLiteral("invoice-page-check"));
        return opened.ok() ? std::move(opened.value()) : nullptr;
    }

    struct Window
    {
        std::unique_ptr<QSettings> settings;
        std::unique_ptr<MainWindow> window;
        TablePage* page = nullptr;
        InvoicePanel* panel = nullptr;
    };

    /// The main window connected to the test database, on the invoices page with a row shown.
    Window openInvoices(const QString& name)
    {
        Window w;
        w.settings = std::make_unique<QSettings>(m_dir.filePath(name + QStringLiteral(".ini")), QSettings::IniFormat);
        w.window = std::make_unique<MainWindow>(w.settings.get());
        w.window->resize(1360, 820);
        w.window->show();
        QSignalSpy connected(w.window.get(), &MainWindow::connected);
        w.window->connectToUrl(m_db->url());
        if (!connected.wait(30000) && connected.isEmpty()) {
            return w;
        }
        w.window->showArea(Area::Invoices);
        w.page = w.window->page(Area::Invoices);
        w.panel = w.page ? w.page->findChild<InvoicePanel*>() : nullptr;
        return w;
    }

    /// Waits until the panel shows invoice `id` (or any, for 0) with its QR code.
    static bool waitForInvoice(InvoicePanel* panel, qint64 id = 0)
    {
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired()) {
            if (!panel->paymentUri().isEmpty() && (id == 0 || panel->invoiceId() == id)) {
                return true;
            }
            QTest::qWait(20);
        }
        return false;
    }

    /// The address and amount (satoshis) of an invoice, read straight from the database.
    std::pair<QString, qint64> invoiceRow(qint64 id)
    {
        auto s = session();
        QSqlQuery q(s->database());
        q.prepare(QStringLiteral("SELECT address, CAST(amount AS TEXT) FROM invoices WHERE id = ?"));
        q.addBindValue(id);
        if (!q.exec() || !q.next()) {
            return {};
        }
        const auto amount = Money::fromDecimal(q.value(1).toString(), Currency::BCH);
        return {q.value(0).toString(), amount ? amount->minorUnits() : -1};
    }

    /// Checks a decoded URI against the database row of `id`.
    void verifyUri(const QString& uri, qint64 id)
    {
        const auto parsed = bch::Bip21::parse(uri, bch::Network::Testnet);
        QVERIFY2(parsed.ok(), qPrintable(uri));
        const auto [address, sats] = invoiceRow(id);
        QCOMPARE(parsed.value().address.toCashAddr(), address);
        QCOMPARE(parsed.value().amountSats.value_or(-1), sats);
        QCOMPARE(parsed.value().message, QStringLiteral("Invoice %1").arg(id));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_db = test::ScratchDatabase::create(Dialect::SQLite);
        QVERIFY(m_db->ok());
        auto s = session();
        QVERIFY(s);
        QVERIFY(sql::Migrator::upgrade(*s).ok());
        demo::DemoOptions options;
        options.scale = 0.02;
        QVERIFY(demo::generateDemoData(*s, options).ok());
    }

    void cleanupTestCase()
    {
        ui::installTranslations(QStringLiteral("en"));
        sql::SqlBackend::waitForDetachedWorkers(10000);
    }

    void qrCodeAndExportsScanToTheInvoiceUri()
    {
        ui::installTranslations(QStringLiteral("en"));
        Window w = openInvoices(QStringLiteral("qr"));
        QVERIFY(w.panel);
        QVERIFY(waitForInvoice(w.panel));
        const qint64 id = w.panel->invoiceId();
        const QString uri = w.panel->paymentUri();

        // The widget as it is on screen.
        const QString shot = test::screenshotPath(QStringLiteral("invoice_qr_widget.png"));
        QVERIFY(w.panel->qrWidget()->grab().save(shot));
        QString error;
        QCOMPARE(test::decodeWithZbar(shot, &error), QStringList{uri});
        QVERIFY2(error.isEmpty(), qPrintable(error));
        verifyUri(uri, id);

        // Copy QR image: the clipboard holds the image (and the URI as text).
        auto* qrMenu = w.panel->findChild<QToolButton*>(QStringLiteral("qrMenu"));
        QVERIFY(qrMenu && qrMenu->menu() && !qrMenu->menu()->actions().isEmpty());
        QGuiApplication::clipboard()->clear();
        qrMenu->menu()->actions().first()->trigger();
        const QImage copied = QGuiApplication::clipboard()->image();
        QVERIFY(!copied.isNull());
        const QString copiedPath = m_dir.filePath(QStringLiteral("clipboard.png"));
        QVERIFY(copied.save(copiedPath));
        QCOMPARE(test::decodeWithZbar(copiedPath), QStringList{uri});
        QCOMPARE(QGuiApplication::clipboard()->text(), uri);

        // PNG and SVG exports.
        const QString png = m_dir.filePath(QStringLiteral("qr.png"));
        QVERIFY(w.panel->saveQr(png).ok());
        QCOMPARE(test::decodeWithZbar(png), QStringList{uri});
        const QString svg = m_dir.filePath(QStringLiteral("qr.svg"));
        QVERIFY(w.panel->saveQr(svg).ok());
        QSvgRenderer renderer(svg);
        QVERIFY(renderer.isValid());
        QImage fromSvg(renderer.defaultSize() * 2, QImage::Format_RGB32);
        fromSvg.fill(Qt::white);
        {
            QPainter painter(&fromSvg);
            renderer.render(&painter);
        }
        const QString svgPng = m_dir.filePath(QStringLiteral("qr-svg.png"));
        QVERIFY(fromSvg.save(svgPng));
        QCOMPARE(test::decodeWithZbar(svgPng), QStringList{uri});

        // A file that cannot be written says so.
        const auto refused = w.panel->saveQr(m_dir.filePath(QStringLiteral("missing/qr.png")));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().message.contains(QStringLiteral("could not be written")));
    }

    void createInvoiceThenMarkPaid_data() { test::addLanguageRows(); }
    void createInvoiceThenMarkPaid()
    {
        QFETCH(QString, language);
        QCOMPARE(ui::installTranslations(language), language);
        Window w = openInvoices(QStringLiteral("create_") + language);
        QVERIFY(w.panel);
        QVERIFY(waitForInvoice(w.panel));

        // A member to invoice, found by typing part of the email.
        QString email;
        qint64 memberId = 0;
        {
            auto s = session();
            QSqlQuery q(s->database());
            QVERIFY(q.exec(QStringLiteral("SELECT id, email FROM users WHERE organization_id IS NOT NULL ORDER BY id "
                                          "LIMIT 1")));
            QVERIFY(q.next());
            memberId = q.value(0).toLongLong();
            email = q.value(1).toString();
        }

        auto* dialog = w.panel->openNewInvoice();
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        // Nothing chosen: a message, nothing saved.
        dialog->submit();
        QVERIFY(!dialog->errorText().isEmpty());
        QVERIFY(dialog->isVisible());

        QTest::keyClicks(dialog->memberSearch(), email);
        auto* results = dialog->findChild<QListWidget*>(QStringLiteral("memberResults"));
        QTRY_VERIFY_WITH_TIMEOUT(results->count() > 0 && (results->item(0)->flags() & Qt::ItemIsEnabled), 10000);
        results->setCurrentRow(0);
        QCOMPARE(dialog->memberId(), memberId);

        // A bad amount is refused with a reason and stays in the field.
        QTest::keyClicks(dialog->amountEdit(), QStringLiteral("1.2.3"));
        dialog->submit();
        QVERIFY(!dialog->errorText().isEmpty());
        QCOMPARE(dialog->amountEdit()->text(), QStringLiteral("1.2.3"));
        QVERIFY(dialog->isVisible());
        dialog->amountEdit()->clear();
        QTest::keyClicks(dialog->amountEdit(), QStringLiteral("0.125"));
        QCOMPARE(dialog->amountSats().value_or(0), 12'500'000);
        dialog->unitBox()->setCurrentIndex(dialog->unitBox()->findData(QStringLiteral("sats")));
        QCOMPARE(dialog->amountSats().has_value(), false); // "0.125" satoshis is not a whole number
        dialog->amountEdit()->setText(QStringLiteral("12500000"));
        QCOMPARE(dialog->amountSats().value_or(0), 12'500'000);
        dialog->descriptionEdit()->setText(QStringLiteral("2026-12 급식비 / meal fee"));
        // An expiry in the past is refused, the rest stays.
        dialog->expiryEdit()->setDateTime(QDateTime::currentDateTime().addDays(-1));
        dialog->submit();
        QVERIFY(!dialog->errorText().isEmpty());
        QCOMPARE(dialog->amountEdit()->text(), QStringLiteral("12500000"));
        dialog->expiryEdit()->setDateTime(QDateTime::currentDateTime().addDays(5));
        QVERIFY(dialog->grab().save(test::screenshotPath(QStringLiteral("invoice_new_dialog_%1.png").arg(language))));

        QSignalSpy created(dialog, &ui::NewInvoiceDialog::created);
        dialog->submit();
        QTRY_COMPARE_WITH_TIMEOUT(created.count(), 1, 15000);
        const auto invoice = created.first().first().value<CreatedInvoice>();
        QVERIFY(invoice.id > 0);
        QVERIFY(invoice.address.startsWith(QLatin1String("bchtest:")));
        // The page reloads and shows the new invoice with its QR code.
        QVERIFY(waitForInvoice(w.panel, invoice.id));
        QVERIFY(w.panel->paymentUri().contains(QLatin1String("amount=0.125&")));
        verifyUri(w.panel->paymentUri(), invoice.id);
        QVERIFY(w.panel->actionButton(InvoiceChange::Action::MarkPaid)->isEnabled());
        QTest::qWait(50);
        QVERIFY(w.window->grab().save(test::screenshotPath(QStringLiteral("invoices_created_%1.png").arg(language))));

        // Mark paid: a wrong hash is refused and kept; a right one with a reason is applied.
        auto* stale = w.panel->openChange(InvoiceChange::Action::Cancel); // opened now, used after the change
        QVERIFY(stale);
        auto* change = w.panel->openChange(InvoiceChange::Action::MarkPaid);
        QVERIFY(change);
        change->txHashEdit()->setText(QStringLiteral("abc123"));
        change->reasonEdit()->setPlainText(QStringLiteral("Seen in the center's wallet"));
        change->submit();
        QVERIFY(!change->errorText().isEmpty());
        QCOMPARE(change->txHashEdit()->text(), QStringLiteral("abc123"));
        change->txHashEdit()->setText(kTxHash.toUpper());
        QVERIFY(change->grab().save(test::screenshotPath(QStringLiteral("invoice_mark_paid_%1.png").arg(language))));
        QSignalSpy changed(change, &ui::InvoiceChangeDialog::changed);
        change->submit();
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 15000);
        QTRY_VERIFY_WITH_TIMEOUT(w.panel->invoiceId() == invoice.id &&
                                     !w.panel->actionButton(InvoiceChange::Action::MarkPaid)->isEnabled() &&
                                     w.panel->actionButton(InvoiceChange::Action::Confirm)->isEnabled(),
                                 15000);
        auto* txLabel = w.panel->findChild<QLabel*>(QStringLiteral("invoiceTx"));
        QVERIFY2(txLabel->text().contains(QStringLiteral("https://blockchair.com/bitcoin-cash/transaction/") + kTxHash),
                 qPrintable(txLabel->text()));
        {
            auto s = session();
            QSqlQuery q(s->database());
            q.prepare(QStringLiteral("SELECT status, tx_hash FROM invoices WHERE id = ?"));
            q.addBindValue(invoice.id);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("paid"));
            QCOMPARE(q.value(1).toString(), kTxHash);
            q.prepare(QStringLiteral("SELECT reason FROM audit_log WHERE entity = 'invoices' AND entity_id = ? "
                                     "AND action = 'invoice.mark_paid'"));
            q.addBindValue(invoice.id);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("Seen in the center's wallet"));
        }
        QVERIFY(w.window->grab().save(test::screenshotPath(QStringLiteral("invoices_paid_%1.png").arg(language))));

        // The cancel dialog still holds the old version: refused as a conflict, nothing changes.
        stale->reasonEdit()->setPlainText(QStringLiteral("Member asked to cancel"));
        stale->submit();
        QTRY_VERIFY_WITH_TIMEOUT(!stale->errorText().isEmpty(), 15000);
        QVERIFY2(stale->errorText().contains(QStringLiteral("#%1").arg(invoice.id)), qPrintable(stale->errorText()));
        QCOMPARE(stale->reasonEdit()->toPlainText(), QStringLiteral("Member asked to cancel"));
        QCOMPARE(invoiceRow(invoice.id).first, invoice.address);
        {
            auto s = session();
            QSqlQuery q(s->database());
            q.prepare(QStringLiteral("SELECT status FROM invoices WHERE id = ?"));
            q.addBindValue(invoice.id);
            QVERIFY(q.exec() && q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("paid"));
        }
        stale->close();
        ui::installTranslations(QStringLiteral("en"));
    }

    void chainWatcherSettlesInTheOpenWindow_data() { test::addLanguageRows(); }
    void chainWatcherSettlesInTheOpenWindow()
    {
        // End to end: an invoice made through the console's backend for an overdue month, paid by
        // the scripted Electrum server, turns confirmed in the open window without F5; its payment
        // leaves the overdue list and the credit shows in the member's ledger.
        QFETCH(QString, language);
        QCOMPARE(ui::installTranslations(language), language);
        test::ScriptedElectrum electrum;
        QVERIFY(electrum.listen());
        Window w = openInvoices(QStringLiteral("chain_") + language);
        QVERIFY(w.panel);
        w.panel->setChainRefreshInterval(300);

        // A parent who owes nothing yet, and a month of theirs no settlement has counted, which
        // fell due three days ago: they are on the overdue list for that month alone.
        qint64 user = 0;
        qint64 payment = 0;
        qint64 parent = 0;
        {
            auto s = session();
            QSqlQuery q(s->database());
            QVERIFY(q.exec(QStringLiteral(
                "SELECT pa.user_id, p.id, pa.id FROM payments p JOIN parents pa ON pa.id = p.parent_id "
                "WHERE p.status = 'pending' AND NOT EXISTS (SELECT 1 FROM settlements st WHERE st.settlement_month = "
                "p.payment_month AND st.status <> 'draft') AND NOT EXISTS (SELECT 1 FROM payments o WHERE "
                "o.parent_id = pa.id AND o.status IN ('pending', 'failed') AND o.due_date < date('now')) AND NOT "
                "EXISTS (SELECT 1 FROM invoices i WHERE i.payment_id = p.id) ORDER BY p.id LIMIT 1")));
            QVERIFY(q.next());
            user = q.value(0).toLongLong();
            payment = q.value(1).toLongLong();
            parent = q.value(2).toLongLong();
            QVERIFY(q.exec(
                QStringLiteral("UPDATE payments SET due_date = date('now', '-3 days') WHERE id = %1").arg(payment)));
        }
        const auto overdueIds = [&]() {
            ListRequest overdue;
            overdue.area = Area::OverdueMembers;
            overdue.limit = 1000;
            QSet<qint64> ids;
            for (;;) {
                const auto page = test::await<ListPage>([&](QObject* r, Backend::Callback<ListPage> cb) {
                    w.window->backend()->fetchPage(overdue, r, cb);
                });
                if (!page.ok()) {
                    qWarning("overdue list: %s", qPrintable(page.error().message));
                    return QSet<qint64>{-1};
                }
                for (const QVariantList& row : page.value().rows) {
                    ids.insert(row.value(0).toLongLong());
                }
                if (page.value().nextCursor.isEmpty()) {
                    return ids;
                }
                overdue.cursor = page.value().nextCursor;
            }
        };
        QVERIFY(overdueIds().contains(parent));
        InvoiceDraft draft;
        draft.userId = user;
        draft.amountSats = 123456;
        draft.description = QStringLiteral("2026-11 급식비");
        draft.expiresAt = QDateTime::currentDateTimeUtc().addDays(3);
        draft.paymentId = payment;
        const auto created = test::await<CreatedInvoice>([&](QObject* r, Backend::Callback<CreatedInvoice> cb) {
            w.window->backend()->createInvoice(draft, r, cb);
        });
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().message));
        const qint64 invoice = created.value().id;
        w.page->refresh(); // as the New invoice dialog does after creating one

        // The watcher runs beside the console (as paydesk watch-invoices would) on the same file.
        auto watcherSession = sql::SqlSession::open(m_db->url(), QStringLiteral("chain-watcher-") + language);
        QVERIFY(watcherSession.ok());
        sql::SqlChainStore store(*watcherSession.value());
        chain::ChainWatcherOptions options;
        options.servers = {chain::ElectrumServer::parse(electrum.url()).value()};
        options.name = QStringLiteral("watcher@test");
        options.rescanMs = 200;
        chain::ChainWatcher watcher(store, options);
        QSignalSpy changed(&watcher, &chain::ChainWatcher::invoiceChanged);
        watcher.start();
        QTRY_VERIFY_WITH_TIMEOUT(w.panel->chainStateText().contains(QStringLiteral("watcher@test")), 15000);

        auto* model = w.page->model();
        const int statusColumn = model->columnForKey(QStringLiteral("status"));
        const auto shownStatus = [&]() {
            const int row = model->rowOfId(invoice);
            return row < 0
                       ? QString()
                       : model->data(model->index(row, statusColumn), models::PagedTableModel::RawValueRole).toString();
        };
        QTRY_COMPARE_WITH_TIMEOUT(shownStatus(), QStringLiteral("pending"), 15000);
        const auto address = bch::parseAddress(created.value().address, bch::Network::Testnet);
        QVERIFY(address.ok());
        electrum.broadcast(test::ScriptedElectrum::paymentTransaction(address.value(), draft.amountSats, 77));
        electrum.mine();
        // No refresh pressed: the page sees the watcher's change and reloads by itself.
        QTRY_COMPARE_WITH_TIMEOUT(shownStatus(), QStringLiteral("confirmed"), 20000);
        QVERIFY(!changed.isEmpty());
        QTRY_VERIFY_WITH_TIMEOUT(w.panel->invoiceId() == invoice, 15000);
        QTest::qWait(100);
        QVERIFY(w.window->grab().save(test::screenshotPath(QStringLiteral("invoices_chain_%1.png").arg(language))));
        {
            auto s = session();
            QSqlQuery q(s->database());
            QVERIFY(q.exec(QStringLiteral("SELECT status, method FROM payments WHERE id = %1").arg(payment)) &&
                    q.next());
            QCOMPARE(q.value(0).toString(), QStringLiteral("success"));
            QCOMPARE(q.value(1).toString(), QStringLiteral("bch"));
        }
        // The parent has left the overdue list.
        QVERIFY(!overdueIds().contains(parent));
        // The member's ledger holds the credit.
        const auto detail = test::await<DetailRecord>([&](QObject* r, Backend::Callback<DetailRecord> cb) {
            w.window->backend()->fetchDetail(Area::Users, user, r, cb);
        });
        QVERIFY(detail.ok());
        bool credited = false;
        for (const DetailTable& table : detail.value().tables) {
            credited = credited || (table.key == QLatin1String("credits") && !table.rows.isEmpty());
        }
        QVERIFY(credited);
        auto* status = w.window->findChild<QLabel*>(QStringLiteral("chainStatus"));
        QVERIFY(status && !status->text().isEmpty());

        // An underpaid invoice: the page says what came and its QR code asks for the exact rest.
        InvoiceDraft partDraft = draft;
        partDraft.paymentId = 0;
        const auto part = test::await<CreatedInvoice>([&](QObject* r, Backend::Callback<CreatedInvoice> cb) {
            w.window->backend()->createInvoice(partDraft, r, cb);
        });
        QVERIFY(part.ok());
        w.page->refresh();
        const auto partAddress = bch::parseAddress(part.value().address, bch::Network::Testnet);
        electrum.broadcast(test::ScriptedElectrum::paymentTransaction(partAddress.value(), 100000, 78));
        electrum.mine();
        QTRY_VERIFY_WITH_TIMEOUT(model->rowOfId(part.value().id) >= 0 &&
                                     model->data(model->index(model->rowOfId(part.value().id),
                                                              model->columnForKey(QStringLiteral("exception"))),
                                                 models::PagedTableModel::RawValueRole)
                                             .toString() == QLatin1String("underpaid"),
                                 20000);
        w.page->view()->selectRow(model->rowOfId(part.value().id));
        QVERIFY(waitForInvoice(w.panel, part.value().id));
        QTRY_VERIFY_WITH_TIMEOUT(w.panel->paymentUri().contains(QStringLiteral("amount=0.00023456")), 10000);
        const auto rest = bch::Bip21::parse(w.panel->paymentUri(), bch::Network::Testnet);
        QVERIFY(rest.ok());
        QCOMPARE(rest.value().amountSats.value_or(0), draft.amountSats - 100000);
        QCOMPARE(rest.value().address.toCashAddr(), part.value().address);
        auto* note = w.panel->findChild<QLabel*>(QStringLiteral("chainNote"));
        QVERIFY(note && !note->text().isEmpty());
        QTest::qWait(100);
        QVERIFY(w.window->grab().save(test::screenshotPath(QStringLiteral("invoices_underpaid_%1.png").arg(language))));
        ui::installTranslations(QStringLiteral("en"));
    }

    void printSelectionToPdf()
    {
        ui::installTranslations(QStringLiteral("en"));
        Window w = openInvoices(QStringLiteral("print"));
        QVERIFY(w.panel);
        QVERIFY(waitForInvoice(w.panel));
        // Select the first ten rows.
        w.page->view()->selectionModel()->clearSelection();
        for (int row = 0; row < 10; ++row) {
            w.page->view()->selectionModel()->select(w.page->model()->index(row, 0),
                                                     QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
        const QVector<qint64> ids = w.page->selectedIds();
        QCOMPARE(ids.size(), 10);
        auto* dialog = w.panel->openPrint();
        QVERIFY(dialog);
        dialog->setUseSelection(true);
        // English plural forms come from paydesk_en.ts: no "invoice(s)".
        QCOMPARE(dialog->findChild<QRadioButton*>(QStringLiteral("useSelection"))->text(),
                 QStringLiteral("The 10 selected invoices"));
        QVERIFY(dialog->grab().save(test::screenshotPath(QStringLiteral("invoice_print_dialog_en.png"))));
        QSignalSpy saved(dialog, &ui::InvoicePrintDialog::pdfSaved);
        const QString pdf = m_dir.filePath(QStringLiteral("selection.pdf"));
        dialog->savePdf(pdf);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 1, 60000);
        // Only the selected invoices that can still be paid are printed (pending, before the expiry).
        QVector<qint64> printable;
        const int statusColumn = w.page->model()->columnForKey(QStringLiteral("status"));
        const int expiresColumn = w.page->model()->columnForKey(QStringLiteral("expires_at"));
        for (int row = 0; row < 10; ++row) {
            const auto m = w.page->model();
            const QString status =
                m->data(m->index(row, statusColumn), models::PagedTableModel::RawValueRole).toString();
            const QDateTime expires =
                m->data(m->index(row, expiresColumn), models::PagedTableModel::RawValueRole).toDateTime();
            if (status == QLatin1String("pending") &&
                (!expires.isValid() || expires > QDateTime::currentDateTimeUtc())) {
                printable.append(m->data(m->index(row, 0), models::PagedTableModel::IdRole).toLongLong());
            }
        }
        QVERIFY2(!printable.isEmpty() && printable.size() < 10, qPrintable(QString::number(printable.size())));
        QCOMPARE(saved.first().at(1).toInt(), printable.size());
        QVERIFY2(dialog->findChild<QLabel*>(QStringLiteral("printStatus"))->text().contains(QStringLiteral("Left out")),
                 qPrintable(dialog->findChild<QLabel*>(QStringLiteral("printStatus"))->text()));

        // Each card, in the order of the selection, scans to its invoice.
        QTemporaryDir pagesDir;
        QString error;
        const QStringList pages = test::renderPdfPages(pdf, 150, pagesDir.path(), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QCOMPARE(pages.size(),
                 (printable.size() + render::InvoiceSheet::kPerPage - 1) / render::InvoiceSheet::kPerPage);
        for (int index = 0; index < printable.size(); ++index) {
            const QImage page(pages[index / render::InvoiceSheet::kPerPage]);
            const QRectF mm = render::InvoiceSheet::cardRectMm(index % render::InvoiceSheet::kPerPage);
            const qreal px = 150 / 25.4;
            const QString cardPath = pagesDir.filePath(QStringLiteral("card-%1.png").arg(index));
            QVERIFY(page.copy(QRectF(mm.left() * px, mm.top() * px, mm.width() * px, mm.height() * px).toRect())
                        .save(cardPath));
            const QStringList symbols = test::decodeWithZbar(cardPath);
            QCOMPARE(symbols.size(), 1);
            verifyUri(symbols.first(), printable[index]);
        }

        // Filters that match nothing: a message, no file.
        dialog->setUseSelection(false);
        w.page->applyFilters({{QStringLiteral("q"), QStringLiteral("no-such-invoice-text")}});
        QTRY_VERIFY(w.page->model()->filters().contains(QStringLiteral("q")));
        QSignalSpy failed(dialog, &ui::InvoicePrintDialog::failed);
        const QString none = m_dir.filePath(QStringLiteral("none.pdf"));
        dialog->savePdf(none);
        QTRY_COMPARE_WITH_TIMEOUT(failed.count(), 1, 30000);
        QVERIFY(!QFileInfo::exists(none));
        dialog->close();
    }
};

QTEST_MAIN(TestInvoicePage)
#include "tst_invoicepage.moc"
