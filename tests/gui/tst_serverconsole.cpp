// The console on a Paydesk server profile (issues 6 and 8): paydesk-server runs over a real
// PostgreSQL with demo data; the window signs in as a center manager, the status bar names the
// server, user and role, the payments page fills from the REST backend with the center's rows
// only; a wrong password shows the server's message and offers the password again. The refresh
// token goes to the secret store, a new window continues the session from it without asking,
// and neither the password nor a token is ever in the settings file or the log. Rendered to PNG
// in English and Korean.

#include "ConnectionDialog.h"
#include "FieldCipher.h"
#include "Language.h"
#include "MainWindow.h"
#include "PagedTableModel.h"
#include "QrCodeWidget.h"
#include "SecondFactorDialog.h"
#include "SecretStore.h"
#include "TablePage.h"
#include "TestSupport.h"

#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QUrlQuery>
#include <QtTest>

using namespace pd;

class TestServerConsole : public QObject
{
    Q_OBJECT

    test::DemoDatabases m_demo;
    test::RestServer m_server;
    test::RestServer m_mfaServer; ///< headquarters must sign in with a TOTP code
    QTemporaryDir m_dir;
    MemoryStore m_secrets;

    ConnectionProfile profile() const
    {
        ConnectionProfile p;
        p.name = QStringLiteral("Gangnam center");
        p.kind = ConnectionProfile::Kind::Server;
        p.serverUrl = m_server.url().toString();
        p.serverUser = QStringLiteral("console.center");
        return p;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        if (test::postgresAdminUrl().isEmpty()) {
            if (test::postgresRequired()) {
                QFAIL("PostgreSQL is required");
            }
            QSKIP("PostgreSQL is not available");
        }
        const QString prepared = m_demo.prepare(QStringLiteral("serverconsole"), QDate(2026, 11, 22), 0.02);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        const QString started = m_server.start(
            m_demo.url(Dialect::PostgreSQL),
            {{QStringLiteral("console.center"), QStringLiteral("center_manager"), QStringLiteral("C-GANGNAM")}});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        const QString keyFile = m_dir.filePath(QStringLiteral("field.key"));
        QVERIFY(FieldCipher::createKeyFile(keyFile).ok());
        const QString mfaStarted = m_mfaServer.start(
            m_demo.url(Dialect::PostgreSQL),
            {{QStringLiteral("console.hq.en"), QStringLiteral("hq_admin"), QStringLiteral("HQ")},
             {QStringLiteral("console.hq.ko"), QStringLiteral("hq_admin"), QStringLiteral("HQ")}},
            {QStringLiteral("--mfa-roles"), QStringLiteral("hq_admin"), QStringLiteral("--field-key"), keyFile});
        QVERIFY2(mfaStarted.isEmpty(), qPrintable(mfaStarted));
    }

    /// The second factor from the console: the first sign-in shows the otpauth QR code (decoded
    /// here by zbarimg) and asks for the app's code, then shows the ten recovery codes once; the
    /// next sign-in asks for a code only. Rendered in English and Korean.
    void signsInWithASecondFactor_data() { test::addLanguageRows(); }
    void signsInWithASecondFactor()
    {
        QFETCH(QString, language);
        if (QStandardPaths::findExecutable(QStringLiteral("oathtool")).isEmpty()) {
            QSKIP("oathtool is not installed (Debian package oathtool)");
        }
        QCOMPARE(ui::installTranslations(language), language);
        ConnectionProfile p;
        p.name = QStringLiteral("Headquarters ") + language;
        p.kind = ConnectionProfile::Kind::Server;
        p.serverUrl = m_mfaServer.url().toString();
        p.serverUser = QStringLiteral("console.hq.") + language;
        auto findStep = [](QWidget& window, const char* child) -> ui::SecondFactorDialog* {
            for (auto* dialog : window.findChildren<ui::SecondFactorDialog*>()) {
                if (dialog->isVisible() && dialog->findChild<QWidget*>(QLatin1String(child))) {
                    return dialog;
                }
            }
            return nullptr;
        };
        QString secret;
        {
            QSettings settings(m_dir.filePath(QStringLiteral("mfa-%1.ini").arg(language)), QSettings::IniFormat);
            ui::MainWindow window(&settings);
            window.setSecretStore(&m_secrets);
            window.resize(1280, 800);
            window.show();
            QSignalSpy connected(&window, &ui::MainWindow::connected);
            window.connectToProfile(p, QString::fromLatin1(test::kRestPassword));
            ui::SecondFactorDialog* enrol = nullptr;
            QVERIFY(QTest::qWaitFor([&]() { return (enrol = findStep(window, "otpauthQr")) != nullptr; }, 20000));
            const QString png = m_dir.filePath(QStringLiteral("otpauth-%1.png").arg(language));
            QVERIFY(enrol->qrCode()->image(6).save(png));
            QString why;
            const QStringList decoded = test::decodeWithZbar(png, &why);
            QVERIFY2(decoded.size() == 1, qPrintable(why));
            QVERIFY2(decoded.first().startsWith(QStringLiteral("otpauth://totp/Paydesk:console.hq.") + language),
                     qPrintable(decoded.first()));
            secret = QUrlQuery(QUrl(decoded.first())).queryItemValue(QStringLiteral("secret"));
            QCOMPARE(secret.size(), 32);
            auto* code = enrol->findChild<QLineEdit*>(QStringLiteral("secondFactorCode"));
            QTest::keyClicks(code, test::oathtoolCode(secret));
            QTest::qWait(100);
            QVERIFY(enrol->grab().save(test::screenshotPath(QStringLiteral("mfa_enrol_%1.png").arg(language))));
            QTest::keyClick(code, Qt::Key_Return);
            ui::SecondFactorDialog* codes = nullptr;
            QVERIFY(QTest::qWaitFor([&]() { return (codes = findStep(window, "recoveryCodes")) != nullptr; }, 20000));
            const QString shown = codes->findChild<QPlainTextEdit*>(QStringLiteral("recoveryCodes"))->toPlainText();
            QCOMPARE(shown.split(QLatin1Char('\n')).size(), 10);
            QVERIFY(codes->grab().save(test::screenshotPath(QStringLiteral("mfa_recovery_%1.png").arg(language))));
            codes->accept();
            QVERIFY(connected.wait(20000) || connected.count() == 1);
            QCOMPARE(connected.first().first().value<ConnectionInfo>().role, QStringLiteral("hq_admin"));
        }
        {
            QSettings settings(m_dir.filePath(QStringLiteral("mfa2-%1.ini").arg(language)), QSettings::IniFormat);
            ui::MainWindow window(&settings);
            window.setSecretStore(&m_secrets);
            window.resize(1280, 800);
            window.show();
            QSignalSpy connected(&window, &ui::MainWindow::connected);
            window.connectToProfile(p, QString::fromLatin1(test::kRestPassword));
            ui::SecondFactorDialog* ask = nullptr;
            QVERIFY(QTest::qWaitFor([&]() { return (ask = findStep(window, "secondFactorCode")) != nullptr; }, 20000));
            QVERIFY(!ask->findChild<QWidget*>(QStringLiteral("otpauthQr")));
            auto* code = ask->findChild<QLineEdit*>(QStringLiteral("secondFactorCode"));
            // A wrong code first: the dialog comes back saying why, and keeps asking.
            QTest::keyClicks(code, QStringLiteral("000000") == test::oathtoolCode(secret, 1)
                                       ? QStringLiteral("111111")
                                       : QStringLiteral("000000"));
            QTest::keyClick(code, Qt::Key_Return);
            ui::SecondFactorDialog* again = nullptr;
            QVERIFY(QTest::qWaitFor(
                [&]() {
                    again = findStep(window, "secondFactorCode");
                    return again && again != ask &&
                           again->findChild<QLabel*>(QStringLiteral("secondFactorRefusal"))->isVisible();
                },
                20000));
            code = again->findChild<QLineEdit*>(QStringLiteral("secondFactorCode"));
            QTest::keyClicks(code, test::oathtoolCode(secret, 1));
            QTest::qWait(100);
            QVERIFY(again->grab().save(test::screenshotPath(QStringLiteral("mfa_code_%1.png").arg(language))));
            QTest::keyClick(code, Qt::Key_Return);
            QVERIFY(connected.wait(20000) || connected.count() == 1);
        }
        ui::installTranslations(QStringLiteral("en"));
    }

    void signsInAndShowsTheCentersPayments_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ko") << QStringLiteral("ko");
    }
    void signsInAndShowsTheCentersPayments()
    {
        QFETCH(QString, language);
        QCOMPARE(ui::installTranslations(language), language);
        QSettings settings(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(language)), QSettings::IniFormat);
        ui::MainWindow window(&settings);
        window.setSecretStore(&m_secrets);
        window.resize(1280, 800);
        window.show();
        QSignalSpy connected(&window, &ui::MainWindow::connected);
        window.connectToProfile(profile(), QString::fromLatin1(test::kRestPassword));
        QVERIFY(connected.wait(30000));
        const auto info = connected.first().first().value<ConnectionInfo>();
        QCOMPARE(info.backendName, QStringLiteral("Paydesk server"));
        QCOMPARE(info.role, QStringLiteral("center_manager"));
        QVERIFY(window.page(Area::KycDocuments) == nullptr); // the role has no KYC page
        window.showArea(Area::Payments);
        ui::TablePage* payments = window.page(Area::Payments);
        QVERIFY(payments);
        auto* model = payments->findChild<models::PagedTableModel*>();
        QVERIFY(model);
        QVERIFY(QTest::qWaitFor([&]() { return model->rowCount() > 0; }, 20000));
        const QString status = window.statusBar()->findChild<QLabel*>(QStringLiteral("connectionStatus"))->text();
        QVERIFY2(status.contains(QLatin1String("console.center")), qPrintable(status));
        QVERIFY2(status.contains(m_server.url().toString()), qPrintable(status));
        QTest::qWait(300);
        QVERIFY(window.grab().save(test::screenshotPath(QStringLiteral("server_payments_%1.png").arg(language))));
        ui::installTranslations(QStringLiteral("en"));
    }

    /// The server answers in English; a Korean console shows its refusal in Korean (the
    /// problem's catalog code and arguments, core/Messages.h), English one in English.
    void aServersRefusalReadsInTheConsolesLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("The role center_manager may not do this.");
        QTest::newRow("ko") << QStringLiteral("ko")
                            << QStringLiteral("center_manager 역할은 이 작업을 할 수 없습니다.");
    }
    void aServersRefusalReadsInTheConsolesLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QCOMPARE(ui::installTranslations(language), language);
        QSettings settings(m_dir.filePath(QStringLiteral("refusal-%1.ini").arg(language)), QSettings::IniFormat);
        ui::MainWindow window(&settings);
        window.setSecretStore(&m_secrets);
        window.show();
        QSignalSpy connected(&window, &ui::MainWindow::connected);
        window.connectToProfile(profile(), QString::fromLatin1(test::kRestPassword));
        QVERIFY(connected.wait(30000));
        // A center manager may not change users: the server refuses before any SQL.
        std::optional<Result<Done>> answer;
        QObject receiver;
        window.backend()->call<ops::SetUserActive>(UserActivation{1, 1, false, QStringLiteral("x")}, &receiver,
                                                   [&](const Result<Done>& r) { answer = r; });
        QVERIFY(QTest::qWaitFor([&]() { return answer.has_value(); }, 20000));
        QVERIFY(!answer->ok());
        QCOMPARE(answer->error().kind, Error::Kind::Permission);
        QCOMPARE(answer->error().message, expected);
        ui::installTranslations(QStringLiteral("en"));
    }

    void aWrongPasswordOffersTheSignInAgain()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("settings-wrong.ini")), QSettings::IniFormat);
        ui::MainWindow window(&settings);
        window.setSecretStore(&m_secrets);
        window.resize(1280, 800);
        window.show();
        QSignalSpy failed(&window, &ui::MainWindow::connectionFailed);
        window.connectToProfile(profile(), QStringLiteral("not the password"));
        QVERIFY(failed.wait(30000));
        QCOMPARE(failed.first().first().value<Error>().kind, Error::Kind::Authentication);
        QVERIFY(window.isShowingMessage());
        QCOMPARE(window.messageText(), QStringLiteral("The user name or password is wrong."));
        auto* button = window.findChild<QPushButton*>(QStringLiteral("enterPassword"));
        QVERIFY(button && button->isVisible());
    }

    void theKeychainContinuesTheSessionAndNothingSecretIsWritten()
    {
        // Everything the console logs in this test, to look for secrets afterwards.
        static QStringList log;
        log.clear();
        const QtMessageHandler previous = qInstallMessageHandler(
            [](QtMsgType, const QMessageLogContext&, const QString& message) { log << message; });
        MemoryStore secrets;
        const QString file = m_dir.filePath(QStringLiteral("settings-keychain.ini"));
        {
            QSettings settings(file, QSettings::IniFormat);
            ui::MainWindow window(&settings);
            window.setSecretStore(&secrets);
            QSignalSpy connected(&window, &ui::MainWindow::connected);
            window.connectToProfile(profile(), QString::fromLatin1(test::kRestPassword));
            QVERIFY(connected.wait(30000));
            QVERIFY(QTest::qWaitFor([&]() { return !secrets.contents().isEmpty(); }, 5000));
        }
        const QString key = SecretStore::refreshTokenKey(profile().name);
        const QString firstToken = secrets.contents().value(key);
        QVERIFY(!firstToken.isEmpty());
        {
            // A new window (as after a restart) continues without asking: the stored refresh
            // token is used once and replaced by a new one.
            QSettings settings(file, QSettings::IniFormat);
            ui::MainWindow window(&settings);
            window.setSecretStore(&secrets);
            QSignalSpy connected(&window, &ui::MainWindow::connected);
            window.connectToProfile(profile());
            QVERIFY(connected.wait(30000));
            QVERIFY(QTest::qWaitFor([&]() { return secrets.contents().value(key) != firstToken; }, 5000));
        }
        qInstallMessageHandler(previous);
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray settingsText = written.readAll();
        QVERIFY(settingsText.contains("Gangnam center")); // the session did write its settings
        const QStringList secretsSeen = {QString::fromLatin1(test::kRestPassword), firstToken,
                                         secrets.contents().value(key)};
        for (const QString& secret : secretsSeen) {
            QVERIFY2(!settingsText.contains(secret.toUtf8()), "a secret is in the settings file");
            QVERIFY2(!log.join(QLatin1Char('\n')).contains(secret), "a secret is in the log");
        }
        QVERIFY(!m_server.accessLog().contains(firstToken));
    }

    void aDatabasePasswordGoesToTheKeychainOnly()
    {
        // A direct PostgreSQL profile: the password typed once is stored after it worked and
        // used by the next window; the settings file never holds it. (The test cluster trusts
        // local connections, so any password connects.)
        ConnectionProfile pg;
        pg.name = QStringLiteral("Headquarters database");
        pg.kind = ConnectionProfile::Kind::PostgreSQL;
        pg.databaseUrl = m_demo.url(Dialect::PostgreSQL).toString();
        const QString password = QStringLiteral("pg-secret-%1").arg(QDateTime::currentMSecsSinceEpoch());
        MemoryStore secrets;
        const QString file = m_dir.filePath(QStringLiteral("settings-pg.ini"));
        {
            QSettings settings(file, QSettings::IniFormat);
            ProfileStore(settings).save({pg});
            ui::MainWindow window(&settings);
            window.setSecretStore(&secrets);
            QSignalSpy connected(&window, &ui::MainWindow::connected);
            window.connectToProfile(pg, password);
            QVERIFY(connected.wait(30000));
            QVERIFY(QTest::qWaitFor([&]() { return !secrets.contents().isEmpty(); }, 5000));
        }
        QCOMPARE(secrets.contents().value(SecretStore::passwordKey(pg.name)), password);
        {
            QSettings settings(file, QSettings::IniFormat);
            ui::MainWindow window(&settings);
            window.setSecretStore(&secrets);
            QSignalSpy connected(&window, &ui::MainWindow::connected);
            window.connectToProfile(pg); // no password: the stored one, no prompt
            QVERIFY(connected.wait(30000));
        }
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        const QByteArray text = written.readAll();
        QVERIFY(text.contains("Headquarters database"));
        QVERIFY(!text.contains(password.toUtf8()));
    }

    void theConnectionDialogTestsAServerProfile_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << QStringLiteral("en");
        QTest::newRow("ko") << QStringLiteral("ko");
    }
    void theConnectionDialogTestsAServerProfile()
    {
        // The server form: URL, user, password (not saved), trusted CA; "Test connection" signs in
        // through the REST backend and reports the server.
        QFETCH(QString, language);
        QCOMPARE(ui::installTranslations(language), language);
        ui::ConnectionDialog dialog({profile()}, profile().name);
        dialog.show();
        auto* password = dialog.findChild<QLineEdit*>(QStringLiteral("serverPassword"));
        QVERIFY(password && password->isVisible());
        QCOMPARE(password->echoMode(), QLineEdit::Password);
        password->setText(QString::fromLatin1(test::kRestPassword));
        QCOMPARE(dialog.password(), QString::fromLatin1(test::kRestPassword));
        auto* result = dialog.findChild<QLabel*>(QStringLiteral("testResult"));
        dialog.findChild<QPushButton*>(QStringLiteral("testConnection"))->click();
        QVERIFY(QTest::qWaitFor([&]() { return result->text().contains(QLatin1String("Paydesk")); }, 20000));
        QVERIFY2(result->text().contains(QLatin1String("paydesk-server")), qPrintable(result->text()));
        QVERIFY(dialog.grab().save(test::screenshotPath(QStringLiteral("connection_server_%1.png").arg(language))));
        // Nothing of the password reaches the saved profiles.
        QCOMPARE(dialog.profiles().size(), 1);
        QVERIFY(dialog.profiles().first().serverUser == QStringLiteral("console.center"));
        ui::installTranslations(QStringLiteral("en"));
    }

    void withoutAPasswordItAsksForOne()
    {
        QSettings settings(m_dir.filePath(QStringLiteral("settings-ask.ini")), QSettings::IniFormat);
        ui::MainWindow window(&settings);
        MemoryStore empty;
        window.setSecretStore(&empty);
        window.show();
        window.connectToProfile(profile());
        QVERIFY(
            QTest::qWaitFor([&]() { return window.messageText().contains(QLatin1String("console.center")); }, 5000));
        QVERIFY(window.isShowingMessage());
        QVERIFY(window.messageText().contains(QLatin1String("console.center")));
        QVERIFY(window.findChild<QPushButton*>(QStringLiteral("enterPassword"))->isVisible());
        QCOMPARE(window.backend(), nullptr);
    }
};

QTEST_MAIN(TestServerConsole)
#include "tst_serverconsole.moc"
