#include "MainWindow.h"

#include "BackendFactory.h"
#include "Provisioning.h"
#include "RestBackend.h"

#include "AdminPanels.h"
#include "BulkDialog.h"
#include "ConnectionDialog.h"
#include "DashboardPage.h"
#include "DetailPane.h"
#include "InvoicePanel.h"
#include "KycPanel.h"
#include "Labels.h"
#include "PagedTableModel.h"
#include "PaymentPanels.h"
#include "ReconciliationPage.h"
#include "Roles.h"
#include "SecondFactorDialog.h"
#include "SpecimenDocuments.h"
#include "TablePage.h"
#include "UserPanel.h"
#include "Versions.h"
#include "sql/SqlBackend.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QVBoxLayout>

#include <atomic>

namespace pd::ui {

using models::Labels;

MainWindow::MainWindow(QSettings* settings, QWidget* parent)
    : QMainWindow(parent)
    , m_settings(settings)
    , m_backends(std::make_unique<BackendFactory>())
{
    m_secrets = new KeychainStore(5000, this);
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Paydesk"));
    setWindowIcon(QIcon(QStringLiteral(":/icons/paydesk.svg")));

    m_central = new QStackedWidget(this);
    setCentralWidget(m_central);

    // The panel shown while connecting and when a connection failed.
    m_messagePanel = new QWidget(m_central);
    m_messagePanel->setObjectName(QStringLiteral("messagePanel"));
    auto* panelLayout = new QVBoxLayout(m_messagePanel);
    panelLayout->addStretch(1);
    m_messageTitle = new QLabel(m_messagePanel);
    m_messageTitle->setObjectName(QStringLiteral("messageTitle"));
    QFont titleFont = m_messageTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    m_messageTitle->setFont(titleFont);
    m_messageTitle->setAlignment(Qt::AlignCenter);
    m_messageText = new QLabel(m_messagePanel);
    m_messageText->setObjectName(QStringLiteral("messageText"));
    m_messageText->setWordWrap(true);
    m_messageText->setAlignment(Qt::AlignCenter);
    m_messageText->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_messageText->setMinimumWidth(460);
    m_messageText->setMaximumWidth(720);
    auto* buttons = new QHBoxLayout;
    m_retryButton = new QPushButton(tr("Retry"), m_messagePanel);
    m_retryButton->setObjectName(QStringLiteral("retryConnection"));
    m_passwordButton = new QPushButton(tr("Enter password…"), m_messagePanel);
    m_passwordButton->setObjectName(QStringLiteral("enterPassword"));
    auto* chooseButton = new QPushButton(tr("Connect to another database…"), m_messagePanel);
    chooseButton->setObjectName(QStringLiteral("chooseConnection"));
    buttons->addStretch(1);
    buttons->addWidget(m_retryButton);
    buttons->addWidget(m_passwordButton);
    buttons->addWidget(chooseButton);
    buttons->addStretch(1);
    auto* centered = new QHBoxLayout;
    centered->addStretch(1);
    centered->addWidget(m_messageText);
    centered->addStretch(1);
    panelLayout->addWidget(m_messageTitle);
    panelLayout->addLayout(centered);
    panelLayout->addSpacing(12);
    panelLayout->addLayout(buttons);
    panelLayout->addStretch(2);
    m_central->addWidget(m_messagePanel);
    connect(m_retryButton, &QPushButton::clicked, this, &MainWindow::reconnect);
    connect(m_passwordButton, &QPushButton::clicked, this, &MainWindow::askPassword);
    connect(chooseButton, &QPushButton::clicked, this, &MainWindow::chooseConnection);

    // The workspace: navigation and pages.
    m_workspace = new QWidget(m_central);
    auto* workspaceLayout = new QHBoxLayout(m_workspace);
    workspaceLayout->setContentsMargins(0, 0, 0, 0);
    workspaceLayout->setSpacing(0);
    m_nav = new QListWidget(m_workspace);
    m_nav->setObjectName(QStringLiteral("navigation"));
    m_nav->setIconSize(QSize(22, 22));
    m_nav->setSpacing(2);
    m_nav->setFrameShape(QFrame::NoFrame);
    m_nav->setFocusPolicy(Qt::StrongFocus);
    m_pageStack = new QStackedWidget(m_workspace);
    workspaceLayout->addWidget(m_nav);
    workspaceLayout->addWidget(m_pageStack, 1);
    m_central->addWidget(m_workspace);
    connect(m_nav, &QListWidget::currentRowChanged, m_pageStack, &QStackedWidget::setCurrentIndex);

    m_connectionLabel = new QLabel(this);
    m_connectionLabel->setObjectName(QStringLiteral("connectionStatus"));
    m_refreshLabel = new QLabel(this);
    m_refreshLabel->setObjectName(QStringLiteral("refreshStatus"));
    m_chainLabel = new QLabel(this);
    m_chainLabel->setObjectName(QStringLiteral("chainStatus"));
    // A normal widget: temporary messages (export finished, checked on chain) show in its place.
    statusBar()->addWidget(m_connectionLabel, 1);
    m_replicaLabel = new QLabel(this);
    m_replicaLabel->setObjectName(QStringLiteral("replicaStatus"));
    m_replicaLabel->hide();
    statusBar()->addPermanentWidget(m_replicaLabel);
    m_liveLabel = new QLabel(this);
    m_liveLabel->setObjectName(QStringLiteral("liveStatus"));
    m_liveLabel->hide();
    statusBar()->addPermanentWidget(m_liveLabel);
    statusBar()->addPermanentWidget(m_chainLabel);
    statusBar()->addPermanentWidget(m_refreshLabel);

    createActions();
    resize(1280, 800);
    if (m_settings) {
        restoreGeometry(m_settings->value(QStringLiteral("window/geometry")).toByteArray());
    }
    showMessage(tr("Paydesk"), tr("Not connected."), QString(), false, false);
}

MainWindow::~MainWindow()
{
    m_provisioner.reset(); // cancels a demo database still being made
    clearPages();
    m_backend.reset();
}

void MainWindow::createActions()
{
    auto* file = menuBar()->addMenu(tr("&File"));
    auto* connectAction = file->addAction(tr("&Connect…"), this, &MainWindow::chooseConnection);
    connectAction->setShortcut(QKeySequence::Open);
    connectAction->setObjectName(QStringLiteral("actionConnect"));
    file->addAction(tr("&Reconnect"), this, &MainWindow::reconnect);
    file->addSeparator();
    auto* quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    auto* view = menuBar()->addMenu(tr("&View"));
    auto* refresh = view->addAction(tr("&Refresh"), this, [this]() {
        if (TablePage* page = currentPage()) {
            page->refresh();
        }
    });
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setObjectName(QStringLiteral("actionRefresh"));
    auto* find = view->addAction(tr("&Find"), this, [this]() {
        if (TablePage* page = currentPage()) {
            page->focusSearch();
        }
    });
    find->setShortcut(QKeySequence::Find);
    auto* stop = view->addAction(tr("&Stop loading"), this, [this]() {
        if (TablePage* page = currentPage()) {
            page->model()->cancel();
        }
    });
    stop->setShortcut(QKeySequence(Qt::Key_Escape));
    view->addSeparator();
    // Each page keeps its own Ctrl+<digit> wherever the role's navigation puts it (core/Pages.h).
    for (const PageSpec& spec : pages()) {
        auto* go = view->addAction(QIcon(spec.icon), spec.translatedTitle(), this,
                                   [this, key = spec.key]() { showPage(key); });
        go->setObjectName(QStringLiteral("go-") + spec.key);
        if (spec.shortcutDigit > 0) {
            go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + spec.shortcutDigit)));
        }
    }

    auto* help = menuBar()->addMenu(tr("&Help"));
    help->addAction(tr("&About Paydesk"), this, [this]() {
        QString libraries;
        for (const auto& [name, version] : libraryVersions()) {
            libraries +=
                QStringLiteral("<tr><td>%1</td><td>%2</td></tr>").arg(name.toHtmlEscaped(), version.toHtmlEscaped());
        }
        QMessageBox::about(this, tr("About Paydesk"),
                           tr("<h3>Paydesk %1</h3><p>Admin console for payments, KYC review, BCH invoices and "
                              "settlements.</p>")
                                   .arg(QApplication::applicationVersion()) +
                               QStringLiteral("<table>%1</table>").arg(libraries));
    });
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (m_provisioner) {
        m_provisioner->cancel();
    }
    if (m_settings) {
        m_settings->setValue(QStringLiteral("window/geometry"), saveGeometry());
        savePageStates();
    }
    QMainWindow::closeEvent(event);
}

bool MainWindow::isShowingMessage() const
{
    return m_central->currentWidget() == m_messagePanel;
}

QString MainWindow::messageText() const
{
    return m_messageText->text();
}

void MainWindow::showMessage(const QString& title, const QString& text, const QString& detail, bool offerRetry,
                             bool offerPassword)
{
    m_messageTitle->setText(title);
    m_messageText->setText(text);
    m_messageText->setToolTip(detail);
    m_retryButton->setVisible(offerRetry);
    m_passwordButton->setVisible(offerPassword);
    m_central->setCurrentWidget(m_messagePanel);
}

void MainWindow::connectToDefault()
{
    ProfileStore store(*m_settings);
    const QVector<ConnectionProfile> profiles = store.load();
    const QString last = store.lastUsed();
    for (const ConnectionProfile& profile : profiles) {
        if (profile.name == last) {
            connectToProfile(profile);
            return;
        }
    }
    ConnectionProfile demo;
    demo.name = tr("Embedded demo database");
    demo.kind = ConnectionProfile::Kind::Embedded;
    connectToProfile(demo);
}

void MainWindow::connectToProfile(const ConnectionProfile& profile, const QString& password)
{
    m_readReplica = profile.kind == ConnectionProfile::Kind::PostgreSQL ? profile.readReplica : QString();
    if (profile.kind == ConnectionProfile::Kind::Server) {
        connectToServer(profile, password);
        return;
    }
    auto url = profile.resolvedUrl();
    if (!url) {
        showMessage(
            tr("Cannot connect"),
            tr("The profile \"%1\" has no valid database address. Edit it in File > Connect.").arg(profile.name),
            QString(), false, false);
        return;
    }
    if (!password.isEmpty()) {
        url->password = password;
        m_typedPassword = password;
    }
    const bool needsPassword = profile.kind == ConnectionProfile::Kind::PostgreSQL && url->password.isEmpty();
    if (!needsPassword || profile.name.isEmpty()) {
        connectTo(*url, profile.name, profile.kind == ConnectionProfile::Kind::Embedded);
        return;
    }
    // A password remembered in the keychain; without one libpq may still find ~/.pgpass.
    m_secrets->read(SecretStore::passwordKey(profile.name), this,
                    [this, url = *url, name = profile.name](const Result<std::optional<QString>>& stored) {
                        DatabaseUrl withPassword = url;
                        if (!stored.ok()) {
                            reportKeychain(stored.error());
                        } else if (stored.value()) {
                            withPassword.password = *stored.value();
                        }
                        connectTo(withPassword, name, false);
                    });
}

void MainWindow::setSecretStore(SecretStore* store)
{
    m_secrets = store;
}

void MainWindow::reportKeychain(const Error& error)
{
    if (m_keychainReported) {
        return;
    }
    m_keychainReported = true;
    statusBar()->showMessage(error.message, 15000);
    qWarning("keychain: %s", qPrintable(error.detail.isEmpty() ? error.message : error.detail));
}

void MainWindow::connectToUrl(const DatabaseUrl& url, const QString& readReplica)
{
    m_readReplica = readReplica;
    connectTo(url, QString(), false);
}

void MainWindow::reconnect()
{
    if (m_server) {
        connectToServer(*m_server, QString());
    } else {
        connectTo(m_url, m_profileName, m_embedded);
    }
}

void MainWindow::connectToServer(const ConnectionProfile& profile, const QString& password)
{
    clearPages();
    m_backend.reset();
    m_server = profile;
    m_url = DatabaseUrl();
    m_profileName = profile.name;
    m_embedded = false;
    m_info = ConnectionInfo();
    updateStatus();
    setWindowTitle(tr("Paydesk — %1").arg(profile.serverUrl));
    const QUrl server(profile.serverUrl, QUrl::StrictMode);
    if (!server.isValid() || server.host().isEmpty() || profile.serverUser.isEmpty()) {
        showMessage(tr("Cannot connect"),
                    tr("The profile \"%1\" needs a server URL (https://host:port) and a user. Edit it in File > "
                       "Connect.")
                        .arg(profile.name),
                    QString(), false, false);
        return;
    }
    if (password.isEmpty()) {
        // A session kept in the keychain continues without the password.
        m_secrets->read(SecretStore::refreshTokenKey(profile.name), this,
                        [this, profile](const Result<std::optional<QString>>& stored) {
                            if (!stored.ok()) {
                                reportKeychain(stored.error());
                            }
                            if (stored.ok() && stored.value() && !stored.value()->isEmpty()) {
                                startServerSession(profile, QString(), *stored.value());
                                return;
                            }
                            showMessage(
                                tr("Sign in"),
                                tr("Enter the password of %1 at %2.").arg(profile.serverUser, profile.serverUrl),
                                QString(), false, true);
                        });
        return;
    }
    startServerSession(profile, password, QString());
}

void MainWindow::startServerSession(const ConnectionProfile& profile, const QString& password,
                                    const QString& refreshToken)
{
    const QUrl server(profile.serverUrl, QUrl::StrictMode);
    showMessage(tr("Connecting…"), tr("Signing in to %1").arg(profile.serverUrl), QString(), false, false);
    auto backend = m_backends->server(RestBackend::Options{server, profile.serverUser, password, refreshToken,
                                                           profile.caFile, 30000, secondFactorPrompt(this)});
    // Every new refresh token goes to the keychain; an empty one means the session ended.
    connect(backend.get(), &RestBackend::refreshTokenChanged, this, [this, name = profile.name](const QString& token) {
        auto report = [this](const Result<Done>& r) {
            if (!r.ok()) {
                reportKeychain(r.error());
            }
        };
        if (token.isEmpty()) {
            m_secrets->remove(SecretStore::refreshTokenKey(name), this, report);
        } else {
            m_secrets->write(SecretStore::refreshTokenKey(name), token, this, report);
        }
    });
    // The session could not be renewed (revoked, expired, or the account was disabled): back to sign-in.
    connect(backend.get(), &RestBackend::signInRequired, this,
            [this](const Error& error) { showMessage(tr("Signed out"), error.message, error.detail, false, true); });
    m_backend = std::move(backend);
    m_backend->open(this, [this, profile](const Result<ConnectionInfo>& result) {
        if (result.ok()) {
            onConnected(result.value());
            return;
        }
        const Error& error = result.error();
        showMessage(tr("Cannot connect"), error.message, error.detail, error.kind != Error::Kind::Authentication,
                    error.kind == Error::Kind::Authentication);
        Q_EMIT connectionFailed(error);
    });
}

void MainWindow::connectTo(const DatabaseUrl& url, const QString& profileName, bool embedded)
{
    clearPages();
    m_backend.reset();
    m_server.reset();
    m_url = url;
    m_profileName = profileName;
    m_embedded = embedded;
    m_info = ConnectionInfo();
    updateStatus();
    setWindowTitle(tr("Paydesk — %1").arg(url.toString()));
    showMessage(tr("Connecting…"), tr("Connecting to %1").arg(url.toString()), QString(), false, false);

    if (embedded) {
        QDir().mkpath(QFileInfo(url.path).absolutePath());
    }
    DatabaseUrl opened = url;
    opened.mayCreate = embedded; // only the embedded demo database is made on first start
    m_backend = m_backends->database(opened, fieldKeyFile(url));
    m_replicaLabel->hide();
    m_liveLabel->hide();
    if (auto* sql = qobject_cast<sql::SqlBackend*>(m_backend.get()); sql && !m_readReplica.isEmpty()) {
        QString why;
        if (auto replica = ConnectionProfile::replicaUrl(url, m_readReplica, &why)) {
            const int maxLag =
                m_settings ? m_settings->value(QStringLiteral("database/replicaMaxLagSeconds"), 30).toInt() : 30;
            connect(sql, &sql::SqlBackend::replicaStatusChanged, this, &MainWindow::showReplicaStatus);
            sql->setReadReplica(*replica, maxLag);
            showReplicaStatus(sql->replicaStatus());
        } else {
            m_replicaLabel->setText(why);
            m_replicaLabel->show();
        }
    }
    m_backend->open(this, [this, url, profileName, embedded](const Result<ConnectionInfo>& result) {
        if (result.ok()) {
            onConnected(result.value());
            return;
        }
        const Error& error = result.error();
        if (embedded && (error.kind == Error::Kind::EmptyDatabase || error.kind == Error::Kind::SchemaOutdated)) {
            prepareEmbedded(url, profileName);
            return;
        }
        const bool pg = url.dialect == Dialect::PostgreSQL;
        m_typedPassword.clear();
        if (pg && error.kind == Error::Kind::Authentication && !profileName.isEmpty()) {
            // A remembered password that no longer works is forgotten, so the next try asks.
            m_secrets->remove(SecretStore::passwordKey(profileName), this, [](const Result<Done>&) {});
        }
        showMessage(tr("Cannot connect"), error.message, error.detail, true,
                    pg && error.kind == Error::Kind::Authentication);
        Q_EMIT connectionFailed(error);
    });
}

void MainWindow::connectBackend(std::unique_ptr<Backend> backend, const QString& title)
{
    clearPages();
    m_backend.reset();
    m_server.reset();
    m_url = DatabaseUrl();
    m_profileName.clear();
    m_embedded = false;
    m_info = ConnectionInfo();
    updateStatus();
    setWindowTitle(tr("Paydesk — %1").arg(title));
    m_backend = std::move(backend);
    m_backend->open(this, [this](const Result<ConnectionInfo>& result) {
        if (result.ok()) {
            onConnected(result.value());
            return;
        }
        showMessage(tr("Cannot connect"), result.error().message, result.error().detail, false, false);
        Q_EMIT connectionFailed(result.error());
    });
}

void MainWindow::prepareEmbedded(const DatabaseUrl& url, const QString& profileName)
{
    showMessage(
        tr("Creating the demo database…"),
        tr("The first start fills %1 with sample data. This takes a few seconds and happens once.").arg(url.path),
        QString(), false, false);
    m_setupProgress = new QProgressDialog(tr("Creating the demo database…"), tr("Cancel"), 0, 100, this);
    m_setupProgress->setObjectName(QStringLiteral("setupProgress"));
    // Not modal: a modal QProgressDialog runs a nested event loop inside setValue(), which can
    // deliver the "finished" callback in the middle of a progress update. The window shows
    // only the message panel meanwhile, so there is nothing to block.
    m_setupProgress->setWindowModality(Qt::NonModal);
    m_setupProgress->setMinimumDuration(0);
    m_setupProgress->setAutoClose(false);
    m_setupProgress->setAutoReset(false);
    m_setupProgress->setValue(0);

    // The embedded database is made by core's provisioner on its own worker; this window shows
    // its progress and connects when it is done.
    m_backend.reset();
    DemoProvisioner::Options options;
    options.scale = m_demoScale;
    options.writeDocumentFiles = [](const QString& dir) { return models::writeSpecimenDocuments(dir); };
    m_provisioner = std::make_unique<DemoProvisioner>(url, options);
    connect(m_setupProgress, &QProgressDialog::canceled, m_provisioner.get(), &DemoProvisioner::cancel);
    connect(m_provisioner.get(), &DemoProvisioner::progress, this, [this](int percent, const QString& stage) {
        if (m_setupProgress) {
            m_setupProgress->setLabelText(tr("Creating the demo database…\n%1").arg(stage));
            m_setupProgress->setValue(percent);
        }
    });
    connect(m_provisioner.get(), &DemoProvisioner::finished, this,
            [this, url, profileName](const Result<demo::DemoSummary>& result) {
                if (m_setupProgress) {
                    m_setupProgress->deleteLater();
                    m_setupProgress = nullptr;
                }
                // Not from inside its own signal: the provisioner is released from the event loop.
                QMetaObject::invokeMethod(
                    this,
                    [this, url, profileName, result]() {
                        m_provisioner.reset();
                        if (!result.ok()) {
                            showMessage(tr("The demo database could not be created"), result.error().message,
                                        result.error().detail, true, false);
                            Q_EMIT connectionFailed(result.error());
                            return;
                        }
                        connectTo(url, profileName, true);
                    },
                    Qt::QueuedConnection);
            });
    m_provisioner->start();
}

QString MainWindow::fieldKeyFile(const DatabaseUrl& url) const
{
    const QString configured =
        m_settings ? m_settings->value(QStringLiteral("security/fieldKeyFile")).toString() : QString();
    if (!configured.isEmpty()) {
        return configured;
    }
    if (url.dialect == Dialect::SQLite) {
        return QFileInfo(url.path).absolutePath() + QStringLiteral("/field.key");
    }
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QStringLiteral("/field.key");
}

void MainWindow::showReplicaStatus(const sql::ReplicaStatus& status)
{
    QString text;
    QString tip;
    if (!status.connected) {
        text = tr("Replica: not reachable");
        tip = tr("Lists are read from the primary until the replica answers: %1").arg(status.error);
    } else if (!status.usable) {
        text = tr("Replica: %1 s behind, not used").arg(status.lagSeconds, 0, 'f', 0);
        tip = tr("The replica is more than %1 seconds behind the primary, so lists are read from the primary.")
                  .arg(status.maxLagSeconds);
    } else if (status.lagSeconds < 0.05) {
        text = tr("Replica: up to date");
        tip = tr("Lists, counts, exports and the dashboard are read from the replica; changes and details from the "
                 "primary.");
    } else {
        text = tr("Replica: %1 s behind").arg(status.lagSeconds, 0, 'f', 1);
        tip = tr("Lists may not yet show changes of the last %1 seconds; your own changes are read from the primary.")
                  .arg(status.lagSeconds, 0, 'f', 1);
    }
    m_replicaLabel->setText(text);
    m_replicaLabel->setToolTip(tip);
    m_replicaLabel->show();
}

void MainWindow::onConnected(const ConnectionInfo& info)
{
    m_info = info;
    if (!m_typedPassword.isEmpty() && !m_profileName.isEmpty() && !m_server) {
        // The password worked: remember it in the keychain (never in the settings).
        m_secrets->write(SecretStore::passwordKey(m_profileName), m_typedPassword, this, [this](const Result<Done>& r) {
            if (!r.ok()) {
                reportKeychain(r.error());
            }
        });
    }
    m_typedPassword.clear();
    if (!m_profileName.isEmpty() && m_settings) {
        ProfileStore store(*m_settings);
        QVector<ConnectionProfile> profiles = store.load();
        const bool known = std::any_of(profiles.cbegin(), profiles.cend(),
                                       [this](const ConnectionProfile& p) { return p.name == m_profileName; });
        if (!known && m_embedded) {
            ConnectionProfile demo;
            demo.name = m_profileName;
            demo.kind = ConnectionProfile::Kind::Embedded;
            profiles.prepend(demo);
            store.save(profiles);
        }
        store.setLastUsed(m_profileName);
    }
    buildPages();
    m_central->setCurrentWidget(m_workspace);
    updateStatus();
    if (ChangeFeed* feed = m_backend->changeFeed()) {
        // Others' changes show in the tables as they happen (docs/ARCHITECTURE.md, "Live tables").
        auto show = [this, feed]() {
            if (feed->state() == ChangeFeed::State::Live) {
                m_liveLabel->setText(tr("● Live"));
                m_liveLabel->setToolTip(tr("Changes others make appear in the tables as they happen."));
            } else if (feed->state() == ChangeFeed::State::Connecting) {
                m_liveLabel->setText(tr("○ Live updates starting…"));
                m_liveLabel->setToolTip(QString());
            } else {
                m_liveLabel->setText(tr("○ Live updates paused, reconnecting"));
                m_liveLabel->setToolTip(tr("%1\nPress F5 to read the newest rows meanwhile.").arg(feed->lastError()));
            }
            m_liveLabel->show();
        };
        connect(feed, &ChangeFeed::stateChanged, m_liveLabel, show);
        show();
    }
    Q_EMIT connected(info);
}

void MainWindow::addNavigation(const PageSpec& spec, QWidget* widget)
{
    m_pageStack->addWidget(widget);
    auto* item = new QListWidgetItem(QIcon(spec.icon), spec.translatedTitle(), m_nav);
    item->setData(Qt::UserRole, spec.key);
    if (spec.shortcutDigit > 0) {
        item->setToolTip(
            QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_0 + spec.shortcutDigit)).toString(QKeySequence::NativeText));
    }
}

void MainWindow::buildPages()
{
    clearPages();
    // Pages follow the connected staff member's role; the database enforces it regardless.
    const Permissions permissions = Permissions::forRole(m_info.role);
    for (const PageSpec& spec : pages()) {
        if (!spec.visibleTo(permissions)) {
            continue;
        }
        if (spec.kind == PageKind::Dashboard) {
            m_dashboard = new DashboardPage(m_backend.get(), m_pageStack);
            connect(m_dashboard, &DashboardPage::drillDown, this,
                    [this](Area area, const QMap<QString, QString>& filters) {
                        if (TablePage* target = page(area)) {
                            showArea(area);
                            target->applyFilters(filters);
                        }
                    });
            m_dashboard->refresh();
            addNavigation(spec, m_dashboard);
            continue;
        }
        if (spec.kind == PageKind::Reconciliation) {
            m_reconciliation = new ReconciliationPage(m_backend.get(), m_settings, m_pageStack);
            addNavigation(spec, m_reconciliation);
            continue;
        }
        const Area area = spec.area;
        auto* page = new TablePage(m_backend.get(), area, m_pageStack);
        if (area == Area::Invoices) {
            auto* invoices = new InvoicePanel(m_backend.get(), m_settings, page);
            invoices->setPermissions(permissions);
            connect(invoices, &InvoicePanel::chainStateChanged, this, [this](const QString& text) {
                if (m_chainLabel) {
                    m_chainLabel->setText(text);
                }
            });
            connect(invoices, &InvoicePanel::chainActionFinished, this,
                    [this](bool, const QString& message) { statusBar()->showMessage(message, 15000); });
        } else if (area == Area::KycDocuments) {
            (new KycPanel(m_backend.get(), page))->setPermissions(permissions);
        } else if (area == Area::Users) {
            (new UserPanel(m_backend.get(), page))->setPermissions(permissions);
        } else if (area == Area::Payments) {
            (new PaymentPanel(m_backend.get(), page))->setPermissions(permissions);
        } else if (area == Area::Settlements) {
            (new SettlementPanel(m_backend.get(), page))->setPermissions(permissions);
        } else if (area == Area::Members) {
            (new MemberPanel(m_backend.get(), page))->setPermissions(permissions);
        } else if (area == Area::Staff) {
            (new StaffPanel(m_backend.get(), page))->setPermissions(permissions);
        } else if (area == Area::Organizations) {
            (new OrganizationPanel(m_backend.get(), page))->setPermissions(permissions);
        } else if (area == Area::CreditRequests) {
            (new CreditRequestPanel(m_backend.get(), page))->setPermissions(permissions);
        } else if (area == Area::OverdueMembers) {
            (new OverduePanel(m_backend.get(), page))->setPermissions(permissions);
        } else if (area == Area::BankHolidays) {
            (new BankHolidayPanel(m_backend.get(), page))->setPermissions(permissions);
        }
        addBulkActions(page, m_backend.get(), permissions);
        if (m_settings) {
            page->restoreState(*m_settings); // widths, order, hidden columns, splitter, filters
        }
        if (area != Area::AuditLog && permissions.seesArea(Area::AuditLog)) {
            page->detailPane()->setHistoryAvailable(true);
            connect(page->detailPane(), &DetailPane::historyRequested, this, [this](const QString& entity, qint64 id) {
                if (TablePage* audit = this->page(Area::AuditLog)) {
                    showArea(Area::AuditLog);
                    audit->applyFilters(
                        {{QStringLiteral("entity"), entity}, {QStringLiteral("entity_id"), QString::number(id)}});
                }
            });
        }
        m_pages.insert(int(area), page);
        addNavigation(spec, page);
        connect(page, &TablePage::exportFinished, this,
                [this](bool, const QString& message) { statusBar()->showMessage(message, 15000); });
        connect(page, &TablePage::refreshed, this, [this]() {
            m_refreshLabel->setText(tr("Refreshed %1").arg(QTime::currentTime().toString(QStringLiteral("HH:mm:ss"))));
        });
    }
    m_nav->setFixedWidth(std::max(170, m_nav->sizeHintForColumn(0) + 24));
    // The first working area (Users), after the dashboard.
    m_nav->setCurrentRow(std::min(1, m_nav->count() - 1));
}

void MainWindow::savePageStates()
{
    if (!m_settings) {
        return;
    }
    for (TablePage* page : std::as_const(m_pages)) {
        page->saveState(*m_settings);
    }
}

void MainWindow::clearPages()
{
    savePageStates();
    m_nav->clear();
    for (TablePage* page : std::as_const(m_pages)) {
        m_pageStack->removeWidget(page);
        delete page;
    }
    m_pages.clear();
    if (m_dashboard) {
        m_pageStack->removeWidget(m_dashboard);
        delete m_dashboard;
        m_dashboard = nullptr;
    }
    if (m_reconciliation) {
        m_pageStack->removeWidget(m_reconciliation);
        delete m_reconciliation;
        m_reconciliation = nullptr;
    }
}

bool MainWindow::showPage(const QString& key)
{
    for (int i = 0; i < m_nav->count(); ++i) {
        if (m_nav->item(i)->data(Qt::UserRole).toString() == key) {
            m_nav->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QString MainWindow::currentPageKey() const
{
    const QListWidgetItem* item = m_nav->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void MainWindow::showArea(Area area)
{
    showPage(pageOf(area).key);
}

void MainWindow::showReconciliation()
{
    showPage(QStringLiteral("reconciliation"));
}

void MainWindow::showDashboard()
{
    showPage(QStringLiteral("dashboard"));
}

TablePage* MainWindow::currentPage() const
{
    return qobject_cast<TablePage*>(m_pageStack->currentWidget());
}

void MainWindow::updateStatus()
{
    if (m_info.backendName.isEmpty()) {
        m_connectionLabel->setText(tr("Not connected"));
        m_refreshLabel->clear();
        return;
    }
    QStringList parts;
    parts << m_info.backendName +
                 (m_info.serverVersion.isEmpty() ? QString() : QLatin1Char(' ') + m_info.serverVersion);
    parts << m_info.location;
    if (!m_info.user.isEmpty()) {
        parts << (m_info.role.isEmpty() ? tr("user %1").arg(m_info.user)
                                        : tr("user %1 (%2)").arg(m_info.user, m_info.role));
    }
    if (m_info.backendName != QLatin1String("SQLite")) {
        parts << (m_info.verified ? tr("TLS, server verified")
                                  : (m_info.encrypted ? tr("TLS, server not verified") : tr("not encrypted")));
    }
    parts << tr("schema %1").arg(m_info.schemaVersion);
    m_connectionLabel->setText(parts.join(QStringLiteral(" · ")));
}

void MainWindow::chooseConnection()
{
    ProfileStore store(*m_settings);
    ConnectionDialog dialog(store.load(), m_profileName, this);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    store.save(dialog.profiles());
    connectToProfile(dialog.selectedProfile(), dialog.password());
}

void MainWindow::askPassword()
{
    if (m_server) {
        bool signIn = false;
        const QString password = QInputDialog::getText(
            this, tr("Sign in"), tr("Password of %1 at %2:").arg(m_server->serverUser, m_server->serverUrl),
            QLineEdit::Password, QString(), &signIn);
        if (signIn && !password.isEmpty()) {
            connectToServer(*m_server, password);
        }
        return;
    }
    bool ok = false;
    const QString password =
        QInputDialog::getText(this, tr("Password"), tr("Password for %1 at %2:").arg(m_url.user, m_url.host),
                              QLineEdit::Password, QString(), &ok);
    if (!ok) {
        return;
    }
    DatabaseUrl url = m_url;
    url.password = password;
    m_typedPassword = password;
    connectTo(url, m_profileName, false);
}

} // namespace pd::ui
