#pragma once

#include "Backend.h"
#include "FormDialog.h"
#include "Roles.h"

#include <QWidget>

#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace pd::ui {

class TablePage;

/// An audited change that needs only a reason (pause a member, suspend a contract, deactivate a
/// staff login): says what will happen, takes the reason and sends it with `send`; a refusal
/// stays in the dialog with the reason kept, a conflict disables OK until the list is
/// refreshed (FormDialog).
class ReasonDialog : public FormDialog
{
    Q_OBJECT
public:
    /// `send(reason, receiver, done)` starts the Backend call; `done` gets its error (none: saved).
    using Send = std::function<void(const QString& reason, QObject* receiver, std::function<void(const Error&)> done)>;
    ReasonDialog(const QString& title, const QString& intro, const QString& applyText, Send send,
                 QWidget* parent = nullptr);
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    /// Adds a one-line field above the reason (a new name), read with text().
    QLineEdit* addTextField(const QString& label, const QString& value);
    /// The added field's text, trimmed (empty without one).
    QString text() const;
    void submit() override;

Q_SIGNALS:
    void changed();

private:
    Send m_send;
    QFormLayout* m_form = nullptr;
    QLineEdit* m_text = nullptr;
    QPlainTextEdit* m_reason = nullptr;
};

/// A manual credit to a user's BCH credit balance (headquarters): the amount in BCH (negative
/// takes credit back) and a reason. Within the four-eyes limit it is credited at once; above it
/// it waits for another headquarters admin on the Manual credits page. Emits credited() with
/// the answer.
class ManualCreditDialog : public FormDialog
{
    Q_OBJECT
public:
    ManualCreditDialog(Backend* backend, qint64 userId, const QString& name, QWidget* parent = nullptr);
    QLineEdit* amountEdit() const { return m_amount; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    void submit() override;

Q_SIGNALS:
    void credited(const pd::ManualCreditResult& result);

private:
    Backend* m_backend;
    qint64 m_userId;
    QLineEdit* m_amount = nullptr;
    QPlainTextEdit* m_reason = nullptr;
};

/// Corrects a member's names, phone and e-mail or moves it to another open institution, with a
/// reason. A refusal (a malformed field, another user's e-mail) is shown under the form and
/// everything typed stays.
class MemberEditDialog : public FormDialog
{
    Q_OBJECT
public:
    /// `record` is the member's detail record (fields member, phone, email; meta ids).
    MemberEditDialog(Backend* backend, const DetailRecord& record, const QString& lastName, const QString& firstName,
                     QWidget* parent = nullptr);
    QLineEdit* field(const QString& key) const { return m_fields.value(key); }
    QComboBox* institutionBox() const { return m_institution; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    void submit() override;

Q_SIGNALS:
    void changed();

private:
    Backend* m_backend;
    MemberEdit m_edit;
    QMap<QString, QLineEdit*> m_fields;
    QComboBox* m_institution = nullptr;
    QPlainTextEdit* m_reason = nullptr;
};

/// The Manual credits page's decision, above the detail pane: approve or reject a pending
/// request with a note (headquarters; the requester cannot approve above the four-eyes limit,
/// which the database enforces too).
class CreditRequestPanel : public QWidget
{
    Q_OBJECT
public:
    CreditRequestPanel(Backend* backend, TablePage* page);
    void setPermissions(const Permissions& permissions);
    QPushButton* approveButton() const { return m_approve; }
    QPushButton* rejectButton() const { return m_reject; }
    /// Opens the approve (true) or reject dialog for the shown pending request (null otherwise).
    ReasonDialog* decide(bool approve);
    QPushButton* limitButton() const { return m_limit; }
    /// Loads the settings and opens the four-eyes limit dialog; emits limitDialogOpened().
    void changeLimit();

Q_SIGNALS:
    void limitDialogOpened(pd::ui::ReasonDialog* dialog);

private:
    Backend* m_backend;
    TablePage* m_page;
    QPushButton* m_limit = nullptr;
    QPushButton* m_approve = nullptr;
    QPushButton* m_reject = nullptr;
    qint64 m_id = 0;
    int m_version = 0;
    QString m_summary;
};

/// The members page's changes, above the detail pane: pause, resume or withdraw the member's
/// service, and activate, suspend, resume or terminate its auto-debit contract (only the steps
/// the contract's status allows are offered). For roles that change members
/// (Permissions::changesMembers); the database's grants and row-level security decide too.
class MemberPanel : public QWidget
{
    Q_OBJECT
public:
    MemberPanel(Backend* backend, TablePage* page);
    void setPermissions(const Permissions& permissions);
    /// The button of an action: "edit", "pause", "resume", "withdraw", "contract-activate",
    /// "contract-suspend", "contract-resume", "contract-terminate".
    QPushButton* button(const QString& action) const;
    /// Opens the dialog of `action` for the shown member (null when it is not offered).
    ReasonDialog* start(const QString& action);
    /// Opens the edit dialog for the shown member (null when none is shown).
    MemberEditDialog* edit();

private:
    void showRecord(const DetailRecord& record);
    void clear();

    Backend* m_backend;
    TablePage* m_page;
    QMap<QString, QPushButton*> m_buttons;
    qint64 m_memberId = 0;
    int m_version = 0;
    qint64 m_contractId = 0;
    int m_contractVersion = 0;
    QString m_service;
    QString m_contract;
    QString m_name;
    std::optional<DetailRecord> m_record;
};

/// The organisations page's changes, above the detail pane (headquarters): rename, close (a
/// closed organisation keeps its history and takes no new members) and reopen, with a reason.
class OrganizationPanel : public QWidget
{
    Q_OBJECT
public:
    OrganizationPanel(Backend* backend, TablePage* page);
    void setPermissions(const Permissions& permissions);
    QPushButton* renameButton() const { return m_rename; }
    QPushButton* closeButton() const { return m_close; }
    /// Opens the dialog of "rename", or "close"/"reopen" as the state allows (null otherwise).
    ReasonDialog* start(const QString& action);

private:
    Backend* m_backend;
    TablePage* m_page;
    QPushButton* m_rename = nullptr;
    QPushButton* m_close = nullptr;
    qint64 m_id = 0;
    int m_version = 0;
    bool m_active = true;
    QString m_name;
};

/// The staff page's change, above the detail pane: deactivate or reactivate the shown staff
/// member with a reason (headquarters). On PostgreSQL the login stops connecting and its
/// server sessions end at once (migration 009).
class StaffPanel : public QWidget
{
    Q_OBJECT
public:
    StaffPanel(Backend* backend, TablePage* page);
    void setPermissions(const Permissions& permissions);
    QPushButton* activationButton() const { return m_activation; }
    /// Opens the deactivate/reactivate dialog for the shown staff member (null when none).
    ReasonDialog* changeActivation();

private:
    Backend* m_backend;
    TablePage* m_page;
    QPushButton* m_activation = nullptr;
    qint64 m_staffId = 0;
    int m_version = 0;
    bool m_active = true;
    QString m_name;
};

} // namespace pd::ui
