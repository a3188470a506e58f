#include "ConnectionDialog.h"

#include "RestBackend.h"
#include "SecondFactorDialog.h"

#include "BackendFactory.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
QWidget* withBrowse(QLineEdit* edit, QWidget* parent, const std::function<void()>& browse)
{
    auto* row = new QWidget(parent);
    auto* layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(edit, 1);
    auto* button = new QPushButton(QObject::tr("Browse…"), row);
    QObject::connect(button, &QPushButton::clicked, row, browse);
    layout->addWidget(button);
    return row;
}
} // namespace

ConnectionDialog::ConnectionDialog(QVector<ConnectionProfile> profiles, const QString& current, QWidget* parent)
    : QDialog(parent)
    , m_profiles(std::move(profiles))
{
    setObjectName(QStringLiteral("connectionDialog"));
    setWindowTitle(tr("Connect to a database"));
    if (m_profiles.isEmpty()) {
        ConnectionProfile demo;
        demo.name = tr("Embedded demo database");
        demo.kind = ConnectionProfile::Kind::Embedded;
        m_profiles.append(demo);
    }

    auto* root = new QHBoxLayout(this);
    auto* left = new QVBoxLayout;
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("profileList"));
    m_list->setMinimumWidth(200);
    left->addWidget(new QLabel(tr("Profiles"), this));
    left->addWidget(m_list, 1);
    auto* listButtons = new QHBoxLayout;
    auto* add = new QPushButton(tr("New"), this);
    add->setObjectName(QStringLiteral("addProfile"));
    auto* remove = new QPushButton(tr("Remove"), this);
    remove->setObjectName(QStringLiteral("removeProfile"));
    listButtons->addWidget(add);
    listButtons->addWidget(remove);
    left->addLayout(listButtons);
    root->addLayout(left);

    auto* right = new QVBoxLayout;
    auto* form = new QFormLayout;
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("profileName"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("profileKind"));
    m_kind->addItem(tr("Embedded demo database"), int(ConnectionProfile::Kind::Embedded));
    m_kind->addItem(tr("SQLite file"), int(ConnectionProfile::Kind::SQLite));
    m_kind->addItem(tr("PostgreSQL server"), int(ConnectionProfile::Kind::PostgreSQL));
    m_kind->addItem(tr("Paydesk server (URL)"), int(ConnectionProfile::Kind::Server));
    form->addRow(tr("Name"), m_name);
    form->addRow(tr("Kind"), m_kind);
    right->addLayout(form);

    m_kindPages = new QStackedWidget(this);
    // Embedded
    auto* embedded = new QLabel(tr("The demo database on this computer:\n%1\nIt is created and filled with sample "
                                   "data the first time it is opened.")
                                    .arg(embeddedDatabasePath()),
                                this);
    embedded->setWordWrap(true);
    embedded->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_kindPages->addWidget(embedded);
    // SQLite
    auto* sqlitePage = new QWidget(this);
    auto* sqliteForm = new QFormLayout(sqlitePage);
    m_sqlitePath = new QLineEdit(sqlitePage);
    m_sqlitePath->setObjectName(QStringLiteral("sqlitePath"));
    sqliteForm->addRow(tr("File"), withBrowse(m_sqlitePath, sqlitePage, [this]() {
                           const QString file = QFileDialog::getSaveFileName(
                               this, tr("SQLite database file"), m_sqlitePath->text(),
                               tr("SQLite databases (*.db *.sqlite)"), nullptr, QFileDialog::DontConfirmOverwrite);
                           if (!file.isEmpty()) {
                               m_sqlitePath->setText(file);
                           }
                       }));
    m_kindPages->addWidget(sqlitePage);
    // PostgreSQL
    auto* pgPage = new QWidget(this);
    auto* pgForm = new QFormLayout(pgPage);
    m_host = new QLineEdit(pgPage);
    m_host->setObjectName(QStringLiteral("pgHost"));
    m_port = new QSpinBox(pgPage);
    m_port->setObjectName(QStringLiteral("pgPort"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = new QLineEdit(pgPage);
    m_database->setObjectName(QStringLiteral("pgDatabase"));
    m_user = new QLineEdit(pgPage);
    m_user->setObjectName(QStringLiteral("pgUser"));
    m_password = new QLineEdit(pgPage);
    m_password->setObjectName(QStringLiteral("pgPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("not saved; asked when connecting"));
    m_sslMode = new QComboBox(pgPage);
    m_sslMode->setObjectName(QStringLiteral("pgSslMode"));
    m_sslMode->addItem(tr("Automatic (verify-full except on this computer)"), QString());
    m_sslMode->addItem(tr("verify-full: encrypted, certificate and host name checked"), QStringLiteral("verify-full"));
    m_sslMode->addItem(tr("verify-ca: encrypted, certificate checked"), QStringLiteral("verify-ca"));
    m_sslMode->addItem(tr("require: encrypted, server not checked"), QStringLiteral("require"));
    m_sslMode->addItem(tr("prefer: encrypted if offered, not checked"), QStringLiteral("prefer"));
    m_sslMode->addItem(tr("disable: not encrypted"), QStringLiteral("disable"));
    m_rootCert = new QLineEdit(pgPage);
    m_rootCert->setObjectName(QStringLiteral("pgRootCert"));
    m_rootCert->setPlaceholderText(tr("CA certificate (PEM) that signed the server's certificate"));
    m_tlsWarning = new QLabel(pgPage);
    m_tlsWarning->setObjectName(QStringLiteral("tlsWarning"));
    m_tlsWarning->setWordWrap(true);
    m_tlsWarning->setStyleSheet(QStringLiteral("color: #8a4b00;"));
    pgForm->addRow(tr("Host"), m_host);
    pgForm->addRow(tr("Port"), m_port);
    pgForm->addRow(tr("Database"), m_database);
    pgForm->addRow(tr("User"), m_user);
    pgForm->addRow(tr("Password"), m_password);
    pgForm->addRow(tr("Encryption"), m_sslMode);
    pgForm->addRow(tr("Root certificate"), withBrowse(m_rootCert, pgPage, [this]() {
                       const QString file =
                           QFileDialog::getOpenFileName(this, tr("Root certificate"), m_rootCert->text(),
                                                        tr("Certificates (*.pem *.crt);;All files (*)"));
                       if (!file.isEmpty()) {
                           m_rootCert->setText(file);
                       }
                   }));
    pgForm->addRow(m_tlsWarning);
    m_readReplica = new QLineEdit(pgPage);
    m_readReplica->setObjectName(QStringLiteral("pgReadReplica"));
    m_readReplica->setPlaceholderText(tr("Optional: host:port or postgresql:// URL of a read-only replica"));
    m_readReplica->setToolTip(tr("Lists, counts, exports and the dashboard are read from this streaming replica "
                                 "(same database, user and encryption); changes and details always go to the "
                                 "primary above. A replica further behind than 30 seconds is not used."));
    pgForm->addRow(tr("Read replica"), m_readReplica);
    m_kindPages->addWidget(pgPage);
    // Paydesk server
    auto* serverPage = new QWidget(this);
    auto* serverForm = new QFormLayout(serverPage);
    m_serverUrl = new QLineEdit(serverPage);
    m_serverUrl->setObjectName(QStringLiteral("serverUrl"));
    m_serverUrl->setPlaceholderText(QStringLiteral("https://paydesk.example.org:8443")); // i18n-exempt: a URL
    m_serverUser = new QLineEdit(serverPage);
    m_serverUser->setObjectName(QStringLiteral("serverUser"));
    m_serverCa = new QLineEdit(serverPage);
    m_serverCa->setObjectName(QStringLiteral("serverCa"));
    m_serverCa->setPlaceholderText(tr("optional: a CA certificate to trust (PEM)"));
    m_serverPassword = new QLineEdit(serverPage);
    m_serverPassword->setObjectName(QStringLiteral("serverPassword"));
    m_serverPassword->setEchoMode(QLineEdit::Password);
    m_serverPassword->setPlaceholderText(tr("not saved; asked when connecting"));
    serverForm->addRow(tr("Server URL"), m_serverUrl);
    serverForm->addRow(tr("User"), m_serverUser);
    serverForm->addRow(tr("Password"), m_serverPassword);
    serverForm->addRow(tr("Trusted CA"), withBrowse(m_serverCa, serverPage, [this]() {
                           const QString file =
                               QFileDialog::getOpenFileName(this, tr("Trusted CA"), m_serverCa->text(),
                                                            tr("Certificates (*.pem *.crt);;All files (*)"));
                           if (!file.isEmpty()) {
                               m_serverCa->setText(file);
                           }
                       }));
    m_kindPages->addWidget(serverPage);
    right->addWidget(m_kindPages);

    auto* testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("Test connection"), this);
    m_test->setObjectName(QStringLiteral("testConnection"));
    m_testResult = new QLabel(this);
    m_testResult->setObjectName(QStringLiteral("testResult"));
    m_testResult->setWordWrap(true);
    m_testResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    testRow->addWidget(m_test);
    testRow->addStretch(1);
    right->addLayout(testRow);
    // On its own row, full width, so a long answer (server, version, TLS state) wraps instead of
    // being cut off.
    m_testResult->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_testResult->setMinimumHeight(m_testResult->fontMetrics().lineSpacing() * 3 + 4);
    right->addWidget(m_testResult);
    right->addStretch(1);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    right->addWidget(m_buttons);
    root->addLayout(right, 1);

    for (const ConnectionProfile& p : std::as_const(m_profiles)) {
        m_list->addItem(p.name);
    }
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        storeProfile();
        loadProfile(row);
    });
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this]() {
        updateKindPage();
        storeProfile();
    });
    for (QLineEdit* edit : {m_name, m_sqlitePath, m_host, m_database, m_user, m_rootCert, m_serverUrl, m_serverUser,
                            m_serverCa, m_readReplica}) {
        connect(edit, &QLineEdit::textEdited, this, [this]() {
            storeProfile();
            updateTlsWarning();
        });
    }
    connect(m_port, &QSpinBox::valueChanged, this, [this]() { storeProfile(); });
    connect(m_sslMode, &QComboBox::currentIndexChanged, this, [this]() {
        storeProfile();
        updateTlsWarning();
    });
    connect(add, &QPushButton::clicked, this, &ConnectionDialog::addProfile);
    connect(remove, &QPushButton::clicked, this, &ConnectionDialog::removeProfile);
    connect(m_test, &QPushButton::clicked, this, &ConnectionDialog::testConnection);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this]() {
        storeProfile();
        QString why;
        if (selectedProfile().kind != ConnectionProfile::Kind::Server && !urlFromForm(&why)) {
            m_testResult->setText(why);
            return;
        }
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    int start = 0;
    for (int i = 0; i < m_profiles.size(); ++i) {
        if (m_profiles[i].name == current) {
            start = i;
        }
    }
    m_list->setCurrentRow(start);
    resize(760, 460);
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::loadProfile(int row)
{
    m_current = row;
    if (row < 0 || row >= m_profiles.size()) {
        return;
    }
    m_loading = true;
    const ConnectionProfile& p = m_profiles[row];
    m_name->setText(p.name);
    m_kind->setCurrentIndex(m_kind->findData(int(p.kind)));
    m_sqlitePath->clear();
    m_host->clear();
    m_database->clear();
    m_user->clear();
    m_password->clear();
    m_serverPassword->clear();
    m_rootCert->clear();
    m_port->setValue(5432);
    m_sslMode->setCurrentIndex(0);
    if (auto url = DatabaseUrl::parse(p.databaseUrl)) {
        if (url->dialect == Dialect::SQLite) {
            m_sqlitePath->setText(url->path);
        } else {
            m_host->setText(url->host);
            m_port->setValue(url->port);
            m_database->setText(url->database);
            m_user->setText(url->user);
            m_sslMode->setCurrentIndex(std::max(0, m_sslMode->findData(url->sslMode)));
            m_rootCert->setText(url->sslRootCert);
        }
    }
    m_serverUrl->setText(p.serverUrl);
    m_serverUser->setText(p.serverUser);
    m_serverCa->setText(p.caFile);
    m_readReplica->setText(p.readReplica);
    m_testResult->clear();
    m_loading = false;
    updateKindPage();
    updateTlsWarning();
}

std::optional<DatabaseUrl> ConnectionDialog::urlFromForm(QString* why) const
{
    const auto kind = ConnectionProfile::Kind(m_kind->currentData().toInt());
    DatabaseUrl url;
    switch (kind) {
    case ConnectionProfile::Kind::Embedded:
        url.dialect = Dialect::SQLite;
        url.path = embeddedDatabasePath();
        return url;
    case ConnectionProfile::Kind::SQLite:
        if (m_sqlitePath->text().trimmed().isEmpty()) {
            *why = tr("Choose the SQLite database file.");
            return std::nullopt;
        }
        url.dialect = Dialect::SQLite;
        url.path = m_sqlitePath->text().trimmed();
        return url;
    case ConnectionProfile::Kind::PostgreSQL:
        if (m_host->text().trimmed().isEmpty() || m_database->text().trimmed().isEmpty()) {
            *why = tr("Enter the server's host name and the database name.");
            return std::nullopt;
        }
        url.dialect = Dialect::PostgreSQL;
        url.host = m_host->text().trimmed();
        url.port = m_port->value();
        url.database = m_database->text().trimmed();
        url.user = m_user->text().trimmed();
        url.sslMode = m_sslMode->currentData().toString();
        url.sslRootCert = m_rootCert->text().trimmed();
        url.password = m_password->text();
        return url;
    case ConnectionProfile::Kind::Server:
        *why = tr("Connecting to a Paydesk server needs the REST backend.");
        return std::nullopt;
    }
    return std::nullopt;
}

void ConnectionDialog::storeProfile()
{
    if (m_loading || m_current < 0 || m_current >= m_profiles.size()) {
        return;
    }
    ConnectionProfile& p = m_profiles[m_current];
    p.name = m_name->text().trimmed().isEmpty() ? tr("Unnamed profile") : m_name->text().trimmed();
    p.kind = ConnectionProfile::Kind(m_kind->currentData().toInt());
    QString why;
    auto url = urlFromForm(&why);
    p.databaseUrl = url && p.kind != ConnectionProfile::Kind::Embedded ? url->toString() : QString();
    p.serverUrl = m_serverUrl->text().trimmed();
    p.serverUser = m_serverUser->text().trimmed();
    p.caFile = m_serverCa->text().trimmed();
    p.readReplica = m_readReplica->text().trimmed();
    if (QListWidgetItem* item = m_list->item(m_current)) {
        item->setText(p.name);
    }
}

void ConnectionDialog::updateKindPage()
{
    m_kindPages->setCurrentIndex(m_kind->currentIndex());
}

void ConnectionDialog::updateTlsWarning()
{
    QString why;
    auto url = urlFromForm(&why);
    if (!url || url->dialect != Dialect::PostgreSQL) {
        m_tlsWarning->clear();
        return;
    }
    const QString mode = url->effectiveSslMode();
    if (!url->verifiesServer() && !url->isLocalHost()) {
        m_tlsWarning->setText(tr("Warning: with \"%1\" Paydesk does not check who answers at %2; someone on the "
                                 "network could read or change the data. Use verify-full with the server's CA "
                                 "certificate.")
                                  .arg(mode, url->host));
    } else if (url->verifiesServer() && url->sslRootCert.isEmpty()) {
        m_tlsWarning->setText(tr("Choose the root certificate that signed the server's certificate; without it "
                                 "libpq looks in ~/.postgresql/root.crt."));
    } else {
        m_tlsWarning->clear();
    }
}

void ConnectionDialog::addProfile()
{
    storeProfile();
    ConnectionProfile p;
    p.name = tr("New profile");
    p.kind = ConnectionProfile::Kind::PostgreSQL;
    m_profiles.append(p);
    m_list->addItem(p.name);
    m_list->setCurrentRow(int(m_profiles.size()) - 1);
    m_name->setFocus();
    m_name->selectAll();
}

void ConnectionDialog::removeProfile()
{
    const int row = m_list->currentRow();
    if (row < 0 || m_profiles.size() <= 1) {
        return;
    }
    m_current = -1;
    m_profiles.removeAt(row);
    delete m_list->takeItem(row);
    m_list->setCurrentRow(std::min(row, int(m_profiles.size()) - 1));
}

ConnectionProfile ConnectionDialog::selectedProfile() const
{
    return m_current >= 0 && m_current < m_profiles.size() ? m_profiles[m_current] : ConnectionProfile();
}

QString ConnectionDialog::password() const
{
    return selectedProfile().kind == ConnectionProfile::Kind::Server ? m_serverPassword->text() : m_password->text();
}

void ConnectionDialog::testConnection()
{
    storeProfile();
    const ConnectionProfile profile = selectedProfile();
    if (profile.kind == ConnectionProfile::Kind::Server) {
        const QUrl server(profile.serverUrl, QUrl::StrictMode);
        if (!server.isValid() || server.host().isEmpty() || profile.serverUser.isEmpty() ||
            m_serverPassword->text().isEmpty()) {
            m_testResult->setText(tr("Give the server URL (https://host:port), the user and the password."));
            return;
        }
        m_testBackend = BackendFactory().server(RestBackend::Options{
            server, profile.serverUser, m_serverPassword->text(), {}, profile.caFile, 15000, secondFactorPrompt(this)});
    } else {
        QString why;
        auto url = urlFromForm(&why);
        if (!url) {
            m_testResult->setText(why);
            return;
        }
        // Testing never makes a database: a missing SQLite file is reported, not created.
        url->mayCreate = profile.kind == ConnectionProfile::Kind::Embedded;
        m_testBackend = BackendFactory().database(*url, QString());
    }
    m_test->setEnabled(false);
    m_testResult->setText(tr("Connecting…"));
    m_testBackend->open(this, [this](const Result<ConnectionInfo>& result) {
        m_test->setEnabled(true);
        if (result.ok()) {
            const ConnectionInfo& info = result.value();
            QString tls;
            if (info.backendName != QLatin1String("SQLite")) {
                tls = info.verified ? tr("encrypted, server verified")
                                    : (info.encrypted ? tr("encrypted, server NOT verified") : tr("NOT encrypted"));
                tls = QStringLiteral(" · ") + tls;
            }
            m_testResult->setText(tr("Connected: %1 %2, Paydesk schema %3%4")
                                      .arg(info.backendName, info.serverVersion)
                                      .arg(info.schemaVersion)
                                      .arg(tls));
        } else if (result.error().kind == Error::Kind::EmptyDatabase &&
                   ConnectionProfile::Kind(m_kind->currentData().toInt()) == ConnectionProfile::Kind::Embedded) {
            m_testResult->setText(tr("The demo database will be created when you connect."));
        } else {
            m_testResult->setText(result.error().message);
            m_testResult->setToolTip(result.error().detail);
        }
        // Dropped later, outside its own callback.
        QMetaObject::invokeMethod(
            this, [this]() { m_testBackend.reset(); }, Qt::QueuedConnection);
    });
}

} // namespace pd::ui
