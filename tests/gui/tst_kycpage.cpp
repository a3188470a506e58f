// The KYC review page, offscreen, on a real SQLite database with demo data: the queue shows
// pending documents oldest first with their SLA state; a reviewer claims, approves and rejects
// with the keyboard only (Alt mnemonics) and the next document opens after each decision;
// decisions land in the database with their audit rows; a document decided by someone else
// meanwhile is refused naming them; the document file is shown from a local path and from an
// http URL (a real local HTTP server), and an unreachable one says why in place. Rendered to
// PNG in English and Korean.

#include "DetailPane.h"
#include "DocumentViewer.h"
#include "KycDialogs.h"
#include "KycPanel.h"
#include "Labels.h"
#include "Language.h"
#include "MainWindow.h"
#include "PagedTableModel.h"
#include "SpecimenDocuments.h"
#include "TablePage.h"
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "sql/Migrations.h"
#include "sql/SqlBackend.h"
#include "sql/SqlSession.h"

#include <QApplication>
#include <QComboBox>
#include <QHttpServer>
#include <QHttpServerResponse>
#include <QInputDialog>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace pd;
using ui::KycPanel;
using ui::MainWindow;
using ui::TablePage;

class TestKycPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ScratchDatabase> m_db;
    QTemporaryDir m_dir;
    QHttpServer m_http;
    quint16 m_port = 0;
    QByteArray m_pdf;
    QVector<qint64> m_queue; ///< the oldest pending documents, in queue order

    std::unique_ptr<sql::SqlSession> session()
    {
        auto opened = sql::SqlSession::open(m_db->url(), QStringLiteral("kyc-page-check"));
        return opened.ok() ? std::move(opened.value()) : nullptr;
    }

    QVariant value(const QString& sql) { return test::value(*session(), sql); }

    bool exec(const QString& sql) { return test::exec(*session(), sql); }

    struct Window
    {
        std::unique_ptr<QSettings> settings;
        std::unique_ptr<MainWindow> window;
        TablePage* page = nullptr;
        KycPanel* panel = nullptr;
    };

    Window openKyc(const QString& name)
    {
        Window w;
        w.settings = std::make_unique<QSettings>(m_dir.filePath(name + QStringLiteral(".ini")), QSettings::IniFormat);
        w.window = std::make_unique<MainWindow>(w.settings.get());
        w.window->resize(1280, 800);
        w.window->show();
        w.window->activateWindow();
        QSignalSpy connected(w.window.get(), &MainWindow::connected);
        w.window->connectToUrl(m_db->url());
        if (!connected.wait(30000) && connected.isEmpty()) {
            return w;
        }
        w.window->showArea(Area::KycDocuments);
        w.page = w.window->page(Area::KycDocuments);
        w.panel = w.page ? w.page->findChild<KycPanel*>() : nullptr;
        return w;
    }

    /// Waits until the panel shows document `id` with `claimText` in its claim line.
    static bool waitForDocument(KycPanel* panel, qint64 id, const QString& claimText = QString())
    {
        auto* claim = panel->findChild<QLabel*>(QStringLiteral("kycClaim"));
        QDeadlineTimer deadline(30000);
        while (!deadline.hasExpired()) {
            if (panel->documentId() == id && (claimText.isEmpty() || claim->text().contains(claimText))) {
                return true;
            }
            QTest::qWait(20);
        }
        return false;
    }

    static bool waitFor(const std::function<bool()>& condition, int ms = 30000)
    {
        QDeadlineTimer deadline(ms);
        while (!deadline.hasExpired()) {
            if (condition()) {
                return true;
            }
            QTest::qWait(20);
        }
        return condition();
    }

    /// Presses Alt+<key> on the focused widget, as a reviewer would.
    static void alt(QWidget* window, Qt::Key key)
    {
        QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : window;
        QTest::keyClick(target, key, Qt::AltModifier);
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
        // The demo's documents point at local specimen files, as on a first start.
        auto specimens = models::writeSpecimenDocuments(m_dir.filePath(QStringLiteral("kyc-specimens")));
        QVERIFY(specimens.ok());
        demo::DemoOptions options;
        options.scale = 0.02;
        options.documentFiles = specimens.value();
        QVERIFY(demo::generateDemoData(*s, options).ok());
        auto scalar = [&s](const QString& sql) {
            QSqlQuery q(s->database());
            return q.exec(sql) && q.next() ? q.value(0) : QVariant();
        };
        QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM kyc_documents WHERE file_url LIKE '%paydesk.invalid%'"))
                     .toInt(),
                 0);
        QVERIFY(scalar(QStringLiteral("SELECT COUNT(*) FROM kyc_documents WHERE document_type = 'passport' AND "
                                      "file_type = 'png' AND file_url = '%1'")
                           .arg(specimens.value()[1]))
                    .toInt() > 0);

        const QString png = specimens.value()[0];
        QFile pdf(specimens.value()[2]);
        QVERIFY(pdf.open(QIODevice::ReadOnly));
        m_pdf = pdf.readAll();
        QVERIFY(m_pdf.startsWith("%PDF"));
        m_http.route(QStringLiteral("/kyc/specimen.pdf"),
                     [this]() { return QHttpServerResponse("application/pdf", m_pdf); });
        m_port = m_http.listen(QHostAddress::LocalHost);
        QVERIFY(m_port > 0);
        // This computer's document store: the specimen folder and the two document servers.
        QSettings settings;
        settings.setValue(QStringLiteral("kyc/documentRoots"),
                          QStringList{m_dir.filePath(QStringLiteral("kyc-specimens"))});
        settings.setValue(QStringLiteral("kyc/documentUrlPrefixes"),
                          QStringList{QStringLiteral("http://127.0.0.1:%1/kyc/").arg(m_port),
                                      QStringLiteral("http://127.0.0.1:1/kyc/")});

        // The queue's four oldest documents: low risk, with a local file, an http PDF, an
        // unreachable server and a local file again.
        QSqlQuery q(s->database());
        QVERIFY(q.exec(QStringLiteral("SELECT id FROM kyc_documents WHERE verification_status = 'pending' "
                                      "ORDER BY created_at, id LIMIT 4")));
        while (q.next()) {
            m_queue.append(q.value(0).toLongLong());
        }
        QCOMPARE(m_queue.size(), 4);
        const QStringList files = {png, QStringLiteral("http://127.0.0.1:%1/kyc/specimen.pdf").arg(m_port),
                                   QStringLiteral("http://127.0.0.1:1/kyc/unreachable.png"), png};
        for (int i = 0; i < 4; ++i) {
            QSqlQuery u(s->database());
            u.prepare(QStringLiteral("UPDATE kyc_documents SET file_url = ?, risk_score = 1.5, first_approved_by = "
                                     "NULL WHERE id = ?"));
            u.addBindValue(files[i]);
            u.addBindValue(m_queue[i]);
            QVERIFY(u.exec());
        }
    }

    void cleanupTestCase()
    {
        ui::installTranslations(QStringLiteral("en"));
        sql::SqlBackend::waitForDetachedWorkers(10000);
    }

    /// The viewer opens only the document store: a path elsewhere (any local file), a device, a
    /// FIFO inside the store, another server and another scheme are refused in words, without
    /// being read or fetched; a file over the limit is refused by its size.
    void viewerOpensOnlyTheDocumentStore()
    {
        models::DocumentLoader loader;
        const QString store = m_dir.filePath(QStringLiteral("kyc-specimens"));
        QCOMPARE(loader.sources().roots.value(0), store);
        const QString fifo = store + QStringLiteral("/waiting.png");
        QCOMPARE(::mkfifo(QFile::encodeName(fifo).constData(), 0600), 0);
        QTemporaryDir outside;
        const QString secret = outside.filePath(QStringLiteral("secret.png"));
        QVERIFY(models::specimenIdCard().save(secret));
        const QString link = store + QStringLiteral("/link.png"); // a link out of the store
        QVERIFY(QFile::link(secret, link));
        const QList<std::pair<QString, QString>> refused = {
            {QStringLiteral("/etc/passwd"), QStringLiteral("only from the document store")},
            {QStringLiteral("/dev/zero"), QStringLiteral("only from the document store")},
            {secret, QStringLiteral("only from the document store")},
            {link, QStringLiteral("only from the document store")},
            {fifo, QStringLiteral("not a regular file")},
            {QStringLiteral("http://169.254.169.254/latest/meta-data"), QStringLiteral("document store's address")},
            {QStringLiteral("ftp://127.0.0.1:%1/kyc/x.png").arg(m_port), QStringLiteral("http(s)")},
        };
        for (const auto& [location, words] : refused) {
            QSignalSpy failed(&loader, &models::DocumentLoader::failed);
            QSignalSpy loaded(&loader, &models::DocumentLoader::loaded);
            loader.load(location);
            QVERIFY2(failed.wait(5000), qPrintable(location));
            QVERIFY2(failed.first().first().toString().contains(words),
                     qPrintable(location + QStringLiteral(": ") + failed.first().first().toString()));
            QCOMPARE(loaded.count(), 0);
        }
        // A file of the store is shown.
        QStringList pictures = QDir(store).entryList({QStringLiteral("*.png")}, QDir::Files);
        pictures.removeAll(QStringLiteral("link.png"));
        QVERIFY(!pictures.isEmpty());
        QSignalSpy loaded(&loader, &models::DocumentLoader::loaded);
        loader.load(store + QLatin1Char('/') + pictures.first());
        QVERIFY(loaded.wait(10000));
        QFile::remove(fifo);
        QFile::remove(link);
        // What the reviewer sees, in English and Korean.
        for (const QString& language : {QStringLiteral("en"), QStringLiteral("ko")}) {
            QCOMPARE(ui::installTranslations(language), language);
            ui::DocumentViewer viewer;
            viewer.resize(640, 360);
            viewer.loader()->setSources(loader.sources());
            viewer.show();
            QSignalSpy shown(&viewer, &ui::DocumentViewer::fileShown);
            viewer.showFile(QStringLiteral("/etc/passwd"));
            QVERIFY(shown.wait(5000));
            QVERIFY(viewer.messageText().contains(language == QLatin1String("en") ? QStringLiteral("document store")
                                                                                  : QStringLiteral("문서 저장소")));
            QVERIFY(
                viewer.grab().save(test::screenshotPath(QStringLiteral("kyc_viewer_refused_%1.png").arg(language))));
        }
        ui::installTranslations(QStringLiteral("en"));
    }

    void keyboardReview_data() { test::addLanguageRows(); }
    void keyboardReview()
    {
        QFETCH(QString, language);
        QCOMPARE(ui::installTranslations(language), language);
        // Each language starts from the same queue.
        QVERIFY(exec(QStringLiteral("UPDATE kyc_documents SET verification_status = 'pending', version = version + 1, "
                                    "claimed_by = NULL, claim_expires_at = NULL, verified_by = NULL WHERE id IN "
                                    "(%1, %2, %3, %4)")
                         .arg(m_queue[0])
                         .arg(m_queue[1])
                         .arg(m_queue[2])
                         .arg(m_queue[3])));
        Window w = openKyc(QStringLiteral("review_") + language);
        QVERIFY(w.panel);
        QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
        auto* view = w.page->view();
        QVERIFY(waitFor([&]() { return w.page->model()->rowCount() > 4; }));
        // With live tables another reviewer's decision shows before this one decides
        // (tst_livetables); the refusal below is what a reviewer meets when both decide in the
        // same moment, so this page does not follow changes.
        w.page->model()->setChangeFeed(nullptr);
        // The queue: pending only, oldest first, each with its waiting time and SLA state in words.
        const int statusColumn = columnIndex(Area::KycDocuments, QStringLiteral("verification_status"));
        const int ageColumn = columnIndex(Area::KycDocuments, QStringLiteral("age"));
        for (int row = 0; row < 4; ++row) {
            QCOMPARE(w.page->model()->idAt(row), m_queue[row]);
            QCOMPARE(w.page->model()->index(row, statusColumn).data(models::PagedTableModel::RawValueRole).toString(),
                     QStringLiteral("pending"));
        }
        const QString age = w.page->model()->index(0, ageColumn).data().toString();
        QVERIFY2(age.contains(QStringLiteral(" \u00b7 ")), qPrintable(age));
        QVERIFY(w.page->model()->index(0, ageColumn).data(Qt::BackgroundRole).isValid());
        QVERIFY(waitFor([&]() { return !w.panel->countsLabel()->text().isEmpty(); }));

        view->setFocus();
        view->selectRow(0);
        QVERIFY(waitForDocument(w.panel, m_queue[0]));
        // The local file is shown.
        QVERIFY(waitFor([&]() { return w.panel->viewer()->pageCount() == 1; }));
        QVERIFY(!w.panel->button(QStringLiteral("approve"))->isEnabled()); // not claimed yet

        // Alt+C claims, Alt+A approves, and the next document opens.
        alt(w.window.get(), Qt::Key_C);
        QVERIFY(waitFor([&]() { return w.panel->button(QStringLiteral("approve"))->isEnabled(); }));
        QVERIFY(w.window->grab().save(test::screenshotPath(QStringLiteral("kyc_claimed_%1.png").arg(language))));
        const int claimedColumn = columnIndex(Area::KycDocuments, QStringLiteral("claimed_by"));
        QVERIFY(!w.page->model()->index(0, claimedColumn).data().toString().isEmpty()); // the row shows the claim
        alt(w.window.get(), Qt::Key_A);
        QVERIFY(waitForDocument(w.panel, m_queue[1]));
        // The decided row shows its new status at once, its place in the list kept.
        QCOMPARE(w.page->model()->index(0, statusColumn).data(models::PagedTableModel::RawValueRole).toString(),
                 QStringLiteral("approved"));
        QVERIFY(w.page->model()->index(0, ageColumn).data().toString().isEmpty()); // no longer waiting
        QCOMPARE(value(QStringLiteral("SELECT verification_status FROM kyc_documents WHERE id = %1").arg(m_queue[0]))
                     .toString(),
                 QStringLiteral("approved"));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'kyc.approve' AND entity_id = %1")
                           .arg(m_queue[0]))
                     .toInt(),
                 language == QLatin1String("en") ? 1 : 2);

        // The second document is a two-page PDF from the HTTP server.
        QVERIFY(waitFor([&]() { return w.panel->viewer()->pageCount() == 2; }));
        // Alt+C, Alt+R: the reject dialog; a reason chosen with the arrow keys, Enter rejects.
        alt(w.window.get(), Qt::Key_C);
        QVERIFY(waitFor([&]() { return w.panel->button(QStringLiteral("reject"))->isEnabled(); }));
        alt(w.window.get(), Qt::Key_R);
        ui::KycDecisionDialog* dialog = nullptr;
        QVERIFY(waitFor([&]() {
            dialog = w.window->findChild<ui::KycDecisionDialog*>();
            return dialog && dialog->isVisible();
        }));
        auto* reason = dialog->findChild<QComboBox*>(QStringLiteral("rejectReason"));
        QVERIFY(waitFor([&]() { return reason->hasFocus(); })); // focus arrives with the window activation
        QTest::keyClick(reason, Qt::Key_Down);                  // "Photo or scan unreadable"
        QVERIFY(dialog->grab().save(test::screenshotPath(QStringLiteral("kyc_reject_dialog_%1.png").arg(language))));
        QTest::keyClick(reason, Qt::Key_Return);
        QVERIFY(waitForDocument(w.panel, m_queue[2]));
        QCOMPARE(value(QStringLiteral("SELECT verification_notes FROM kyc_documents WHERE id = %1").arg(m_queue[1]))
                     .toString(),
                 QStringLiteral("photo or scan unreadable"));

        // The third document's server cannot be reached: the viewer says so in place.
        QVERIFY(waitFor([&]() {
            return !w.panel->viewer()->messageText().contains(QStringLiteral("\u2026")) &&
                   !w.panel->viewer()->messageText().isEmpty();
        }));
        QVERIFY2(w.panel->viewer()->messageText().contains(QStringLiteral("127.0.0.1:1")),
                 qPrintable(w.panel->viewer()->messageText()));

        // Alt+N and Alt+P step through the queue (once the main window is active again).
        w.window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
        alt(w.window.get(), Qt::Key_N);
        QVERIFY(waitForDocument(w.panel, m_queue[3]));
        alt(w.window.get(), Qt::Key_P);
        QVERIFY(waitForDocument(w.panel, m_queue[2]));

        // Someone else decides the third document while it is claimed here: refused, named.
        alt(w.window.get(), Qt::Key_C);
        QVERIFY(waitFor([&]() { return w.panel->button(QStringLiteral("approve"))->isEnabled(); }));
        QVERIFY(
            exec(QStringLiteral("UPDATE kyc_documents SET verification_status = 'rejected', verified_by = "
                                "'kyc.reviewer3', verified_at = '2026-01-02T03:04:05.000000Z', version = version + 1, "
                                "claimed_by = NULL WHERE id = %1")
                     .arg(m_queue[2])));
        QSignalSpy finished(w.panel, &KycPanel::actionFinished);
        alt(w.window.get(), Qt::Key_A);
        QVERIFY(finished.wait(30000));
        QCOMPARE(finished.first().first().toBool(), false);
        QVERIFY2(w.panel->messageText().contains(QStringLiteral("kyc.reviewer3")), qPrintable(w.panel->messageText()));
        QCOMPARE(value(QStringLiteral("SELECT verification_status FROM kyc_documents WHERE id = %1").arg(m_queue[2]))
                     .toString(),
                 QStringLiteral("rejected"));

        // Reveal the number: shown and audited.
        alt(w.window.get(), Qt::Key_N);
        QVERIFY(waitForDocument(w.panel, m_queue[3]));
        QVERIFY(waitFor([&]() { return w.panel->viewer()->pageCount() == 1; }));
        const int reveals = value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                                 "'kyc.reveal_document_number'"))
                                .toInt();
        alt(w.window.get(), Qt::Key_M);
        auto* number = w.panel->findChild<QLabel*>(QStringLiteral("kycNumber"));
        QVERIFY(waitFor([&]() { return !number->text().contains(QStringLiteral("****")); }));
        QCOMPARE(
            value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'kyc.reveal_document_number'")).toInt(),
            reveals + 1);
        QVERIFY(w.window->grab().save(test::screenshotPath(QStringLiteral("kyc_review_%1.png").arg(language))));

        // Reviewer activity counts today's decisions.
        auto* activity = w.panel->openActivity();
        QSignalSpy loaded(activity, &ui::ReviewerActivityDialog::loaded);
        QVERIFY(loaded.wait(30000));
        QVERIFY(activity->table()->rowCount() > 0);
        QVERIFY(activity->grab().save(test::screenshotPath(QStringLiteral("kyc_activity_%1.png").arg(language))));
        activity->close();
        auto* settings = w.panel->openSettings();
        QVERIFY(settings);
        QVERIFY(settings->grab().save(test::screenshotPath(QStringLiteral("kyc_settings_%1.png").arg(language))));
        settings->close();
    }

    void holdAndNextSkipsClaimed_data() { test::addLanguageRows(); }
    /// Next skips a document another reviewer holds a claim on; Hold… (under one's claim, with
    /// a reason) puts the shown document on hold, its row shows the stage and a paused SLA, and
    /// Resume… puts it back.
    void holdAndNextSkipsClaimed()
    {
        QFETCH(QString, language);
        QCOMPARE(ui::installTranslations(language), language);
        QVERIFY(exec(QStringLiteral("UPDATE kyc_documents SET verification_status = 'pending', version = version + 1, "
                                    "claimed_by = NULL, claim_expires_at = NULL, verified_by = NULL, hold_reason = "
                                    "NULL, held_by = NULL, held_at = NULL WHERE id IN (%1, %2, %3, %4)")
                         .arg(m_queue[0])
                         .arg(m_queue[1])
                         .arg(m_queue[2])
                         .arg(m_queue[3])));
        QVERIFY(exec(QStringLiteral("UPDATE kyc_documents SET claimed_by = 'kyc.colleague', claim_expires_at = "
                                    "strftime('%Y-%m-%dT%H:%M:%f000Z', 'now', '+20 minutes') WHERE id = %1")
                         .arg(m_queue[1])));
        Window w = openKyc(QStringLiteral("hold_") + language);
        QVERIFY(w.panel);
        QVERIFY(QTest::qWaitForWindowActive(w.window.get()));
        QVERIFY(waitFor([&]() { return w.page->model()->rowCount() > 4; }));
        QVERIFY(waitFor([&]() { return !w.panel->countsLabel()->text().isEmpty(); }));
        w.page->view()->setFocus();
        w.page->view()->selectRow(0);
        QVERIFY(waitForDocument(w.panel, m_queue[0]));
        alt(w.window.get(), Qt::Key_N);
        QVERIFY2(waitForDocument(w.panel, m_queue[2]), "Next skips the document a colleague has claimed");

        QPushButton* hold = w.panel->button(QStringLiteral("hold"));
        QVERIFY(hold);
        QVERIFY(!hold->isEnabled()); // not claimed
        alt(w.window.get(), Qt::Key_C);
        QVERIFY(waitFor([&]() { return hold->isEnabled(); }));
        QInputDialog* dialog = w.panel->openHold();
        QVERIFY(dialog);
        dialog->setTextValue(QStringLiteral("waiting for the compliance team"));
        QVERIFY(dialog->grab().save(test::screenshotPath(QStringLiteral("kyc_hold_dialog_%1.png").arg(language))));
        // Someone changes another document meanwhile: the list shows it in place, and the open
        // dialog stays with what was typed.
        const int nameColumn = columnIndex(Area::KycDocuments, QStringLiteral("full_name"));
        const QString renamed = QStringLiteral("Live %1").arg(language);
        QVERIFY(exec(
            QStringLiteral("UPDATE kyc_documents SET full_name = '%1' WHERE id = %2").arg(renamed).arg(m_queue[3])));
        QVERIFY(waitFor([&]() {
            const int r = w.page->model()->rowOfId(m_queue[3]);
            return r >= 0 && w.page->model()->index(r, nameColumn).data().toString() == renamed;
        }));
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->textValue(), QStringLiteral("waiting for the compliance team"));
        QCOMPARE(w.panel->documentId(), m_queue[2]);
        dialog->accept();
        QVERIFY(waitFor([&]() {
            return value(QStringLiteral("SELECT hold_reason FROM kyc_documents WHERE id = %1").arg(m_queue[2]))
                       .toString() == QLatin1String("waiting for the compliance team");
        }));
        // The row shows the stage (through the live feed) and the SLA as paused.
        const int stage = columnIndex(Area::KycDocuments, QStringLiteral("review_stage"));
        const int ageColumn = columnIndex(Area::KycDocuments, QStringLiteral("age"));
        const int row = w.page->model()->rowOfId(m_queue[2]);
        QVERIFY(waitFor([&]() {
            return w.page->model()->index(row, stage).data(models::PagedTableModel::RawValueRole).toString() ==
                   QLatin1String("on_hold");
        }));
        QVERIFY(w.page->model()
                    ->index(row, ageColumn)
                    .data()
                    .toString()
                    .contains(models::Labels::kycSlaLabel(KycSla::Paused)));
        QVERIFY(waitFor([&]() { return hold->text() == ui::KycPanel::tr("Res&ume…"); }));
        QVERIFY(!w.panel->button(QStringLiteral("claim"))->isEnabled());
        QVERIFY(w.window->grab().save(test::screenshotPath(QStringLiteral("kyc_on_hold_%1.png").arg(language))));
        QInputDialog* resume = w.panel->openHold();
        QVERIFY(resume);
        resume->setTextValue(QStringLiteral("the compliance team answered"));
        resume->accept();
        QVERIFY(waitFor([&]() {
            return value(QStringLiteral("SELECT hold_reason FROM kyc_documents WHERE id = %1").arg(m_queue[2]))
                .isNull();
        }));
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN ('kyc.hold', 'kyc.resume') AND "
                                      "entity_id = %1")
                           .arg(m_queue[2]))
                     .toInt(),
                 language == QLatin1String("en") ? 2 : 4);
    }
};

QTEST_MAIN(TestKycPage)
#include "tst_kycpage.moc"
