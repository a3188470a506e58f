#pragma once

#include "Pages.h"

#include "Backend.h"
#include "BackendFactory.h"
#include "ConnectionProfile.h"
#include "Provisioning.h"
#include "SecretStore.h"

#include <QMainWindow>
#include <QMap>
#include <QPointer>

#include <memory>

class QLabel;
class QListWidget;
class QProgressDialog;
class QPushButton;
class QSettings;
class QStackedWidget;

namespace pd::sql {
struct ReplicaStatus;
}

namespace pd::ui {

class DashboardPage;
class ReconciliationPage;
class TablePage;

/// The console's window: a navigation list of the working areas, one page per area, and a
/// status bar with the connection and the last refresh. Connecting happens in the background;
/// a failed connection shows why, with buttons to retry or choose another database, and the
/// window stays usable. On first start the embedded demo database is created and filled.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QSettings* settings, QWidget* parent = nullptr);
    /// Where passwords and refresh tokens are kept; by default the OS keychain (KeychainStore).
    /// The window does not take ownership of a store set here.
    void setSecretStore(SecretStore* store);
    ~MainWindow() override;

    /// Connects to a saved profile (the password is kept in memory only).
    void connectToProfile(const ConnectionProfile& profile, const QString& password = QString());
    /// Connects to a database given by URL (paydesk --db URL [--db-read host:port]); lists are read
    /// from `readReplica` when given (sql::SqlBackend::setReadReplica).
    void connectToUrl(const DatabaseUrl& url, const QString& readReplica = QString());

    /// Connects to the last profile used, or to the embedded demo database on first start.
    void connectToDefault();

    Backend* backend() const { return m_backend.get(); }
    /// The page of an area, or null before connecting.
    TablePage* page(Area area) const { return m_pages.value(int(area)); }
    /// The dashboard page, or null while disconnected.
    DashboardPage* dashboard() const { return m_dashboard; }
    /// The reconciliation page (null when the role does not change payments).
    ReconciliationPage* reconciliationPage() const { return m_reconciliation; }
    /// Shows the reconciliation page.
    void showReconciliation();
    /// Shows an area's page.
    void showArea(Area area);
    /// Shows the dashboard.
    void showDashboard();
    /// Shows the page of a registry key (core/Pages.h); false when the role has no such page.
    bool showPage(const QString& key);
    /// The registry key of the page shown now, or empty while disconnected.
    QString currentPageKey() const;
    /// Connects through a backend made elsewhere (tests, other front ends): opens it and
    /// builds the pages its connection's role sees.
    void connectBackend(std::unique_ptr<Backend> backend, const QString& title);
    /// Replaces what makes the backends of later connections (tests, other front ends).
    void setBackendFactory(std::unique_ptr<BackendFactory> factory) { m_backends = std::move(factory); }
    /// True while the message panel (connecting, errors) is shown instead of the pages.
    bool isShowingMessage() const;
    QString messageText() const;

    /// Test hook: when set, demo data for a new embedded database uses this scale.
    void setDemoScale(double scale) { m_demoScale = scale; }

Q_SIGNALS:
    void connected(const pd::ConnectionInfo& info);
    void connectionFailed(const pd::Error& error);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    /// Where the field key (FieldCipher) for this database is: the setting
    /// security/fieldKeyFile, else beside a SQLite file, else in the application data folder.
    QString fieldKeyFile(const DatabaseUrl& url) const;
    /// Writes every page's column layout, splitter and filters to the settings.
    void savePageStates();

    void connectTo(const DatabaseUrl& url, const QString& profileName, bool embedded);
    /// Signs in to a Paydesk server profile; without a password, asks for one.
    void connectToServer(const ConnectionProfile& profile, const QString& password);
    /// Opens a RestBackend with a password or a refresh token from the keychain.
    void startServerSession(const ConnectionProfile& profile, const QString& password, const QString& refreshToken);
    /// Reconnects with what the last connection used (database URL or server profile).
    void reconnect();
    void prepareEmbedded(const DatabaseUrl& url, const QString& profileName);
    void onConnected(const ConnectionInfo& info);
    /// The read replica's state in the status bar (lag, bypassed, unreachable).
    void showReplicaStatus(const sql::ReplicaStatus& status);
    void showMessage(const QString& title, const QString& text, const QString& detail, bool offerRetry,
                     bool offerPassword);
    void buildPages();
    void clearPages();
    void createActions();
    void chooseConnection();
    void askPassword();
    void updateStatus();
    TablePage* currentPage() const;
    /// Adds a page's navigation item, its widget and nothing else.
    void addNavigation(const PageSpec& spec, QWidget* widget);

    QSettings* m_settings;
    std::unique_ptr<BackendFactory> m_backends;
    std::unique_ptr<DemoProvisioner> m_provisioner; ///< while the embedded demo database is made
    std::unique_ptr<Backend> m_backend;
    ConnectionInfo m_info;
    DatabaseUrl m_url;
    std::optional<ConnectionProfile> m_server; ///< set while the connection is to a Paydesk server
    SecretStore* m_secrets = nullptr;
    QString m_typedPassword; ///< a database password typed for this connection, stored once it worked
    /// Tells the user once per session that secrets cannot be remembered, and why.
    void reportKeychain(const Error& error);
    bool m_keychainReported = false;
    QString m_profileName;
    bool m_embedded = false;
    double m_demoScale = 1.0;

    QStackedWidget* m_central = nullptr;
    QWidget* m_messagePanel = nullptr;
    QLabel* m_messageTitle = nullptr;
    QLabel* m_messageText = nullptr;
    QPushButton* m_retryButton = nullptr;
    QPushButton* m_passwordButton = nullptr;
    QWidget* m_workspace = nullptr;
    QListWidget* m_nav = nullptr;
    QStackedWidget* m_pageStack = nullptr;
    QMap<int, TablePage*> m_pages;
    DashboardPage* m_dashboard = nullptr;
    ReconciliationPage* m_reconciliation = nullptr;
    QLabel* m_connectionLabel = nullptr;
    QLabel* m_refreshLabel = nullptr;
    QLabel* m_chainLabel = nullptr;   ///< the chain watcher's state, from the invoices page
    QLabel* m_replicaLabel = nullptr; ///< the read replica's lag, when the profile has one
    QLabel* m_liveLabel = nullptr;
    QString m_readReplica; ///< the connecting profile's read replica ("host:port")
    QPointer<QProgressDialog> m_setupProgress;
};

} // namespace pd::ui
