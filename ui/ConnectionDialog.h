#pragma once

#include "Backend.h"
#include "ConnectionProfile.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace pd::ui {

/// Chooses where to connect: saved profiles on the left, the selected profile's settings on the
/// right. Kinds: the embedded demo database, an SQLite file, a PostgreSQL server (host, port,
/// database, user, password, sslmode, root certificate) and a Paydesk server.
/// Passwords are never saved in the profile. "Test connection" connects in the background and
/// says what went wrong, if anything.
class ConnectionDialog : public QDialog
{
    Q_OBJECT
public:
    ConnectionDialog(QVector<ConnectionProfile> profiles, const QString& current, QWidget* parent = nullptr);
    ~ConnectionDialog() override;

    /// The profiles as edited (saved by the caller when the dialog is accepted).
    QVector<ConnectionProfile> profiles() const { return m_profiles; }
    /// The profile to connect to.
    ConnectionProfile selectedProfile() const;
    /// The password typed for it (PostgreSQL), kept in memory only.
    QString password() const;

private:
    void loadProfile(int row);
    void storeProfile();
    void updateKindPage();
    void updateTlsWarning();
    void addProfile();
    void removeProfile();
    void testConnection();
    std::optional<DatabaseUrl> urlFromForm(QString* why) const;

    QVector<ConnectionProfile> m_profiles;
    int m_current = -1;
    bool m_loading = false;

    QListWidget* m_list = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QStackedWidget* m_kindPages = nullptr;
    QLineEdit* m_sqlitePath = nullptr;
    QLineEdit* m_host = nullptr;
    QSpinBox* m_port = nullptr;
    QLineEdit* m_database = nullptr;
    QLineEdit* m_user = nullptr;
    QLineEdit* m_password = nullptr;
    QComboBox* m_sslMode = nullptr;
    QLineEdit* m_rootCert = nullptr;
    QLabel* m_tlsWarning = nullptr;
    QLineEdit* m_serverUrl = nullptr;
    QLineEdit* m_serverUser = nullptr;
    QLineEdit* m_serverCa = nullptr;
    QLineEdit* m_readReplica = nullptr; ///< PostgreSQL: host:port of a read replica
    QLineEdit* m_serverPassword = nullptr;
    QLabel* m_testResult = nullptr;
    QPushButton* m_test = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    std::unique_ptr<Backend> m_testBackend;
};

} // namespace pd::ui
