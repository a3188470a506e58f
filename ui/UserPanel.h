#pragma once

#include "AdminPanels.h"
#include "Backend.h"
#include "FormDialog.h"
#include "Roles.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QPushButton;

namespace pd::ui {

class TablePage;

/// Deactivates or reactivates a user with a required reason (audited; headquarters only).
/// Nothing is deleted: a deactivated member keeps every record and can be reactivated.
class UserActivationDialog : public FormDialog
{
    Q_OBJECT
public:
    UserActivationDialog(Backend* backend, qint64 userId, int version, bool activate, const QString& name,
                         QWidget* parent = nullptr);
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    void submit() override;

Q_SIGNALS:
    void changed(qint64 userId);

private:
    Backend* m_backend;
    UserActivation m_change;
    QPlainTextEdit* m_reason = nullptr;
};

/// The users page's sensitive-data tool: above the detail pane, for members with an
/// auto-debit contract, "Reveal account number" shows the full bank account number (shown
/// `****1234` otherwise). Only roles that may reveal it see the button; the database refuses
/// everyone else anyway, and every reveal is written to the audit log.
class UserPanel : public QWidget
{
    Q_OBJECT
public:
    /// Installs itself on `page` (which must be the users page).
    UserPanel(Backend* backend, TablePage* page);
    void setPermissions(const Permissions& permissions);

    QPushButton* revealButton() const { return m_reveal; }
    /// "Deactivate…" for an active user, "Reactivate…" for a deactivated one.
    QPushButton* activationButton() const { return m_activation; }
    /// Opens the deactivate/reactivate dialog for the shown user (null when none is shown).
    UserActivationDialog* changeActivation();
    /// "Credit…": a manual credit to the shown user's BCH balance (headquarters).
    QPushButton* creditButton() const { return m_credit; }
    /// Opens the manual credit dialog for the shown user (null when none is shown).
    ManualCreditDialog* credit();
    /// The revealed number or the reason it could not be shown.
    QString resultText() const;
    void reveal();

Q_SIGNALS:
    void revealFinished(bool ok);

private:
    void showRecord(const DetailRecord& record);

    Backend* m_backend;
    Permissions m_permissions;
    qint64 m_userId = 0;
    int m_version = 0;
    bool m_active = true;
    QString m_name;
    TablePage* m_page = nullptr;
    QPushButton* m_reveal = nullptr;
    QPushButton* m_activation = nullptr;
    QPushButton* m_credit = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace pd::ui
