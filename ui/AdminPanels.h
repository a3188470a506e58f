#pragma once

#include "Backend.h"
#include "FormDialog.h"
#include "Roles.h"

#include <QWidget>

class QLabel;

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

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
    /// Adds a one-line field above the reason (a new name), read with text(objectName).
    QLineEdit* addTextField(const QString& label, const QString& value,
                            const QString& objectName = QStringLiteral("text"));
    /// The text of the field added as `objectName`, trimmed (empty without one).
    QString text(const QString& objectName = QStringLiteral("text")) const;
    /// Adds a choice above the reason (object name "choice"); choice() is the chosen item's data.
    QComboBox* addChoiceField(const QString& label);
    QVariant choice() const;
    void submit() override;

Q_SIGNALS:
    void changed();

private:
    Send m_send;
    QFormLayout* m_form = nullptr;
    QMap<QString, QLineEdit*> m_texts;
    QComboBox* m_choice = nullptr;
    int m_extraRows = 0;
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

/// Enrols a member: names, phone, e-mail, the institution, the enrolment date and optionally the
/// first child, with a reason. A refusal is shown under the form and everything typed stays.
/// Emits created() with the new rows.
class MemberCreateDialog : public FormDialog
{
    Q_OBJECT
public:
    MemberCreateDialog(Backend* backend, QWidget* parent = nullptr);
    /// A line edit by key: last_name, first_name, phone, email, country_code, enrolled_on, child_name,
    /// child_birth_date, child_class.
    QLineEdit* field(const QString& key) const { return m_fields.value(key); }
    QComboBox* institutionBox() const { return m_institution; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    void submit() override;

Q_SIGNALS:
    void created(const pd::CreatedMember& member);

private:
    Backend* m_backend;
    QMap<QString, QLineEdit*> m_fields;
    QComboBox* m_institution = nullptr;
    QPlainTextEdit* m_reason = nullptr;
};

/// Adds a child to a member or corrects one of its children (the one picked in the box), or
/// marks it as no longer attending; with a reason. `children` is the member detail's children
/// table (id, name, birth_date, class_name, is_active, version); empty adds a child.
class ChildDialog : public FormDialog
{
    Q_OBJECT
public:
    ChildDialog(Backend* backend, qint64 memberId, const QString& memberName, const DetailTable& children,
                QWidget* parent = nullptr);
    QComboBox* childBox() const { return m_child; }
    QLineEdit* field(const QString& key) const { return m_fields.value(key); }
    QCheckBox* attendsBox() const { return m_attends; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    void submit() override;

Q_SIGNALS:
    void changed();

private:
    void showChild(int index);

    Backend* m_backend;
    qint64 m_memberId;
    DetailTable m_children;
    QComboBox* m_child = nullptr;
    QMap<QString, QLineEdit*> m_fields;
    QCheckBox* m_attends = nullptr;
    QPlainTextEdit* m_reason = nullptr;
};

/// Registers an auto-debit contract for a member or changes its terms: the bank (from
/// cmsBanks()), the account holder, the account number (sealed before it is stored; on a change
/// empty keeps the stored account, shown ****1234), the payment day and the monthly amount in
/// won, with a reason. A refusal keeps everything typed.
class ContractDialog : public FormDialog
{
    Q_OBJECT
public:
    /// `member` is the member's detail record; `registering` chooses a new contract over a change.
    ContractDialog(Backend* backend, const DetailRecord& member, bool registering, QWidget* parent = nullptr);
    QComboBox* bankBox() const { return m_bank; }
    QLineEdit* holderEdit() const { return m_holder; }
    QLineEdit* accountEdit() const { return m_account; }
    QSpinBox* dayBox() const { return m_day; }
    QLineEdit* amountEdit() const { return m_amount; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    void submit() override;

Q_SIGNALS:
    void changed();

private:
    Backend* m_backend;
    ContractTerms m_terms;
    bool m_registering;
    QComboBox* m_bank = nullptr;
    QLineEdit* m_holder = nullptr;
    QLineEdit* m_account = nullptr;
    QSpinBox* m_day = nullptr;
    QLineEdit* m_amount = nullptr;
    QPlainTextEdit* m_reason = nullptr;
};

/// Adds a staff member (login, name, role, organisation, optional database and server
/// passwords) or changes one's role, organisation or name, with a reason (headquarters). A
/// refusal keeps everything typed; passwords are never shown back.
class StaffDialog : public FormDialog
{
    Q_OBJECT
public:
    /// `record` is the staff detail record when changing; nullopt adds.
    StaffDialog(Backend* backend, const std::optional<DetailRecord>& record, QWidget* parent = nullptr);
    /// A line edit by key: login, display_name, database_password, server_password (adding).
    QLineEdit* field(const QString& key) const { return m_fields.value(key); }
    QComboBox* roleBox() const { return m_role; }
    QComboBox* organizationBox() const { return m_organization; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    void submit() override;

Q_SIGNALS:
    void changed();

private:
    Backend* m_backend;
    qint64 m_id = 0;
    int m_version = 0;
    QMap<QString, QLineEdit*> m_fields;
    QComboBox* m_role = nullptr;
    QComboBox* m_organization = nullptr;
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

/// The Bank holidays page's changes, above the detail pane (headquarters): add a weekday the
/// banks are closed, and withdraw a wrong one or restore it, each with a reason. Debits
/// scheduled on a holiday move to the next banking day (the Debit calendar page).
class BankHolidayPanel : public QWidget
{
    Q_OBJECT
public:
    BankHolidayPanel(Backend* backend, TablePage* page);
    void setPermissions(const Permissions& permissions);
    QPushButton* addButton() const { return m_add; }
    QPushButton* toggleButton() const { return m_toggle; }
    /// Opens the dialog that adds a day.
    ReasonDialog* add();
    /// Opens the withdraw (or restore) dialog of the shown day; null when none is shown.
    ReasonDialog* toggle();

private:
    Backend* m_backend;
    TablePage* m_page;
    QPushButton* m_add = nullptr;
    QPushButton* m_toggle = nullptr;
    qint64 m_id = 0;
    bool m_active = false;
    QString m_summary;
};

/// The overdue page's dunning (docs/DOMAIN.md, "Dunning"): **Contact list…** records a
/// reminder for every member the page lists with its filters (SMS or letter) and saves the
/// contact list as CSV (name, phone, amount, months, reason, suggested message in Korean and
/// English). Members reminded by anyone within seven days are left out, and the message says
/// who reminded them. For roles that change payments.
class OverduePanel : public QWidget
{
    Q_OBJECT
public:
    OverduePanel(Backend* backend, TablePage* page);
    void setPermissions(const Permissions& permissions);
    QPushButton* contactListButton() const { return m_export; }
    QString messageText() const;
    /// Records the reminders for the page's filters through `channel` ("sms", "letter") and
    /// writes the contact list to `path`; emits exported() when done.
    void exportContactList(const QString& channel, const QString& path);

Q_SIGNALS:
    /// After exportContactList(): `ok` false with the reason in messageText().
    void exported(bool ok);

private:
    Backend* m_backend;
    TablePage* m_page;
    QPushButton* m_export = nullptr;
    QLabel* m_message = nullptr;
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
    /// The button of an action: "new", "edit", "add-child", "edit-child", "pause", "resume",
    /// "withdraw", "contract-register", "contract-change", "contract-activate",
    /// "contract-suspend", "contract-resume", "contract-terminate".
    QPushButton* button(const QString& action) const;
    /// Opens the dialog of `action` for the shown member (null when it is not offered).
    ReasonDialog* start(const QString& action);
    /// Opens the edit dialog for the shown member (null when none is shown).
    MemberEditDialog* edit();
    /// Opens the enrolment dialog (for a new member; no member needs to be shown).
    MemberCreateDialog* enrol();
    /// Opens the child dialog for the shown member: adding (`add`) or correcting one of its
    /// children (null when no member is shown, or correcting and it has none).
    ChildDialog* child(bool add);
    /// Opens the contract dialog: registering a new contract (when the member has none or a
    /// terminated one) or changing the terms of the shown one; null when not offered.
    ContractDialog* contract(bool registering);

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
    QPushButton* addButton() const { return m_add; }
    QPushButton* moveButton() const { return m_move; }
    QPushButton* feeButton() const { return m_fee; }
    QPushButton* retryButton() const { return m_retry; }
    /// Opens the dialog of "rename", "close"/"reopen" as the state allows, "add" (a new
    /// organisation below the shown one), "move" (under another parent of the level above) or
    /// "fee-rate" (a rate from a month on) or "retry-policy" (retries of failed debits below it;
    /// docs/DOMAIN.md, "Retry policy"); null when it is not offered for the shown one.
    ReasonDialog* start(const QString& action);

private:
    ReasonDialog* startTreeChange(const QString& action);

    Backend* m_backend;
    TablePage* m_page;
    QPushButton* m_rename = nullptr;
    QPushButton* m_close = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_move = nullptr;
    QPushButton* m_fee = nullptr;
    QPushButton* m_retry = nullptr;
    qint64 m_id = 0;
    qint64 m_parentId = 0;
    int m_version = 0;
    bool m_active = true;
    QString m_name;
    QString m_type;
    QString m_feeBp;
    QString m_retryLimit;    ///< the policy in force, to start from
    QString m_retryInterval; ///< banking days
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
    QPushButton* addButton() const { return m_add; }
    QPushButton* changeButton() const { return m_change; }
    QPushButton* passwordButton() const { return m_password; }
    /// Opens the deactivate/reactivate dialog for the shown staff member (null when none).
    ReasonDialog* changeActivation();
    /// Opens the dialog adding a staff member (`adding`) or changing the shown one (null when
    /// none is shown).
    StaffDialog* edit(bool adding);
    /// Opens the server password dialog for the shown staff member (null when none).
    ReasonDialog* resetPassword();

private:
    Backend* m_backend;
    TablePage* m_page;
    QPushButton* m_activation = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_change = nullptr;
    QPushButton* m_password = nullptr;
    qint64 m_staffId = 0;
    int m_version = 0;
    bool m_active = true;
    QString m_name;
    std::optional<DetailRecord> m_record;
};

} // namespace pd::ui
