#include "AdminPanels.h"

#include "DetailPane.h"
#include "Money.h"
#include "TablePage.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

ReasonDialog::ReasonDialog(const QString& title, const QString& intro, const QString& applyText, Send send,
                           QWidget* parent)
    : FormDialog(parent)
    , m_send(std::move(send))
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* text = new QLabel(intro, this);
    text->setWordWrap(true);
    layout->addWidget(text);
    m_form = new QFormLayout;
    m_reason = addReasonField(m_form, true);
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this]() {
        if (!m_reason->toPlainText().trimmed().isEmpty()) {
            showError(QString());
        }
    });
    layout->addLayout(m_form);
    finishLayout(layout, applyCloseButtons(applyText));
}

QLineEdit* ReasonDialog::addTextField(const QString& label, const QString& value)
{
    m_text = new QLineEdit(value, this);
    m_text->setObjectName(QStringLiteral("text"));
    m_form->insertRow(0, label, m_text);
    m_text->setFocus();
    return m_text;
}

QString ReasonDialog::text() const
{
    return m_text ? m_text->text().trimmed() : QString();
}

void ReasonDialog::submit()
{
    if (!reasonGiven(m_reason) || !beginSave()) {
        return;
    }
    m_send(m_reason->toPlainText(), this,
           [this](const Error& error) { finishSave(error, [this]() { Q_EMIT changed(); }); });
}

namespace {
/// Opens `dialog` for `page`: deleted on close, the list refreshed after a change.
ReasonDialog* openFor(ReasonDialog* dialog, TablePage* page)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &ReasonDialog::changed, page, &TablePage::refresh);
    dialog->open();
    return dialog;
}
} // namespace

MemberPanel::MemberPanel(Backend* backend, TablePage* page)
    : QWidget(page)
    , m_backend(backend)
    , m_page(page)
{
    setObjectName(QStringLiteral("memberPanel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 0);
    const struct
    {
        const char* key;
        const char* text;
        const char* tip;
    } actions[] = {
        {"edit", QT_TR_NOOP("Edit…"), QT_TR_NOOP("Correct the names, phone or e-mail, or move to another institution")},
        {"pause", QT_TR_NOOP("Pause…"), QT_TR_NOOP("Stop the monthly fee while the member is away, with a reason")},
        {"resume", QT_TR_NOOP("Resume…"), QT_TR_NOOP("Start the member's service again, with a reason")},
        {"withdraw", QT_TR_NOOP("Withdraw…"),
         QT_TR_NOOP("End the membership; the member's records stay, with a reason")},
        {"contract-activate", QT_TR_NOOP("Activate contract…"),
         QT_TR_NOOP("The bank registered the auto-debit contract: debit it from now on")},
        {"contract-suspend", QT_TR_NOOP("Suspend contract…"),
         QT_TR_NOOP("Stop debiting the account for now, with a reason")},
        {"contract-resume", QT_TR_NOOP("Resume contract…"), QT_TR_NOOP("Debit the account again, with a reason")},
        {"contract-terminate", QT_TR_NOOP("Terminate contract…"),
         QT_TR_NOOP("End the auto-debit contract for good, with a reason")},
    };
    for (const auto& action : actions) {
        auto* button = new QPushButton(tr(action.text), this);
        const QString key = QLatin1String(action.key);
        button->setObjectName(QStringLiteral("member-") + key);
        button->setToolTip(tr(action.tip));
        button->setVisible(false);
        connect(button, &QPushButton::clicked, this, [this, key]() {
            if (key == QLatin1String("edit")) {
                edit();
            } else {
                start(key);
            }
        });
        m_buttons.insert(key, button);
        layout->addWidget(button);
    }
    layout->addStretch(1);
    page->setDetailHeader(this);
    connect(page->detailPane(), &DetailPane::recordShown, this, &MemberPanel::showRecord);
    connect(page->detailPane(), &DetailPane::currentIdChanged, this, [this](qint64 id) {
        if (id != m_memberId) {
            clear();
        }
    });
}

void MemberPanel::setPermissions(const Permissions& permissions)
{
    setVisible(permissions.changesMembers());
}

QPushButton* MemberPanel::button(const QString& action) const
{
    return m_buttons.value(action);
}

void MemberPanel::clear()
{
    m_memberId = 0;
    m_record.reset();
    m_contractId = 0;
    for (QPushButton* button : std::as_const(m_buttons)) {
        button->setVisible(false);
    }
}

void MemberPanel::showRecord(const DetailRecord& record)
{
    m_memberId = record.id;
    m_record = record;
    m_buttons[QStringLiteral("edit")]->setVisible(true);
    m_name = record.title;
    m_version = record.field(QStringLiteral("version")).toInt();
    m_service = record.field(QStringLiteral("service_status")).toString();
    m_contractId = record.field(QStringLiteral("contract_row_id")).toLongLong();
    m_contractVersion = record.field(QStringLiteral("contract_version")).toInt();
    m_contract = record.field(QStringLiteral("cms_status")).toString();
    const bool contract = m_contractId > 0;
    m_buttons[QStringLiteral("pause")]->setVisible(m_service == QLatin1String("active"));
    m_buttons[QStringLiteral("resume")]->setVisible(m_service != QLatin1String("active"));
    m_buttons[QStringLiteral("resume")]->setText(m_service == QLatin1String("withdrawn") ? tr("Enrol again…")
                                                                                         : tr("Resume…"));
    m_buttons[QStringLiteral("withdraw")]->setVisible(m_service != QLatin1String("withdrawn"));
    m_buttons[QStringLiteral("contract-activate")]->setVisible(contract &&
                                                               m_contract == QLatin1String("pending_registration"));
    m_buttons[QStringLiteral("contract-suspend")]->setVisible(contract && m_contract == QLatin1String("active"));
    m_buttons[QStringLiteral("contract-resume")]->setVisible(contract && m_contract == QLatin1String("suspended"));
    m_buttons[QStringLiteral("contract-terminate")]->setVisible(contract && m_contract != QLatin1String("terminated"));
}

MemberEditDialog* MemberPanel::edit()
{
    if (m_memberId <= 0 || !m_record) {
        return nullptr;
    }
    auto* dialog = new MemberEditDialog(m_backend, *m_record, m_record->field(QStringLiteral("last_name")).toString(),
                                        m_record->field(QStringLiteral("first_name")).toString(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MemberEditDialog::changed, m_page, &TablePage::refresh);
    dialog->open();
    return dialog;
}

ReasonDialog* MemberPanel::start(const QString& action)
{
    QPushButton* button = m_buttons.value(action);
    if (m_memberId <= 0 || !button || button->isHidden()) {
        return nullptr;
    }
    if (action.startsWith(QLatin1String("contract-"))) {
        const QString status = action == QLatin1String("contract-suspend")     ? QStringLiteral("suspended")
                               : action == QLatin1String("contract-terminate") ? QStringLiteral("terminated")
                                                                               : QStringLiteral("active");
        const QString intro =
            status == QLatin1String("suspended")
                ? tr("%1's account is not debited while the contract is suspended; resume it to debit again.")
                      .arg(m_name)
            : status == QLatin1String("terminated")
                ? tr("%1's auto-debit contract ends for good: it is never debited again, and a new contract must "
                     "be registered to debit this member. The contract's history stays.")
                      .arg(m_name)
                : tr("%1's account is debited on the contract's payment day from now on.").arg(m_name);
        ContractStatusChange change{m_contractId, m_contractVersion, status, {}};
        return openFor(
            new ReasonDialog(
                button->text().remove(QStringLiteral("…")), intro, button->text().remove(QStringLiteral("…")),
                [backend = m_backend, change](const QString& reason, QObject* receiver,
                                              std::function<void(const Error&)> done) {
                    ContractStatusChange c = change;
                    c.reason = reason;
                    backend->call<ops::ChangeContractStatus>(c, receiver,
                                                             [done](const Result<Done>& r) { done(r.error()); });
                },
                this),
            m_page);
    }
    const QString status = action == QLatin1String("pause")      ? QStringLiteral("paused")
                           : action == QLatin1String("withdraw") ? QStringLiteral("withdrawn")
                                                                 : QStringLiteral("active");
    const QString intro =
        status == QLatin1String("paused")
            ? tr("%1 owes no monthly fee while paused; resume the service when the child is back.").arg(m_name)
        : status == QLatin1String("withdrawn")
            ? tr("%1 leaves the service. Nothing is deleted: payments, invoices and history stay, and the member "
                 "can be enrolled again.")
                  .arg(m_name)
            : tr("%1's service starts again; the monthly fee is due from the next month.").arg(m_name);
    MemberServiceChange change{m_memberId, m_version, status, {}};
    return openFor(new ReasonDialog(
                       button->text().remove(QStringLiteral("…")), intro, button->text().remove(QStringLiteral("…")),
                       [backend = m_backend, change](const QString& reason, QObject* receiver,
                                                     std::function<void(const Error&)> done) {
                           MemberServiceChange c = change;
                           c.reason = reason;
                           backend->call<ops::ChangeMemberService>(c, receiver,
                                                                   [done](const Result<Done>& r) { done(r.error()); });
                       },
                       this),
                   m_page);
}

ManualCreditDialog::ManualCreditDialog(Backend* backend, qint64 userId, const QString& name, QWidget* parent)
    : FormDialog(parent)
    , m_backend(backend)
    , m_userId(userId)
{
    setObjectName(QStringLiteral("manualCreditDialog"));
    setWindowTitle(tr("Manual credit for %1").arg(name));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Adds to %1's BCH credit balance; a negative amount takes credit back. Above the "
                                "four-eyes limit another headquarters admin approves it on the Manual credits page "
                                "before it counts.")
                                 .arg(name),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("amount"));
    m_amount->setPlaceholderText(tr("BCH, for example 0.05 or -0.01"));
    form->addRow(tr("&Amount (BCH)"), m_amount);
    m_reason = addReasonField(form, true);
    layout->addLayout(form);
    finishLayout(layout, applyCloseButtons(tr("Credit")));
}

void ManualCreditDialog::submit()
{
    const QString text = m_amount->text().trimmed();
    QString why;
    const auto amount = Money::fromDecimal(text, Currency::BCH, &why);
    if (text.isEmpty() || !amount || amount->minorUnits() == 0) {
        showError(text.isEmpty() || (amount && amount->minorUnits() == 0)
                      ? tr("Enter the amount in BCH, other than zero, such as 0.05.")
                      : tr("“%1” is not a BCH amount: %2 Write it like 0.05.").arg(text, why));
        m_amount->setFocus();
        return;
    }
    if (!reasonGiven(m_reason) || !beginSave()) {
        return;
    }
    const ManualCreditRequest request{m_userId, amount->minorUnits(), m_reason->toPlainText()};
    m_backend->call<ops::RequestManualCredit>(request, this, [this](const Result<ManualCreditResult>& result) {
        finishSave(result.error(), [this, result]() { Q_EMIT credited(result.value()); });
    });
}

MemberEditDialog::MemberEditDialog(Backend* backend, const DetailRecord& record, const QString& lastName,
                                   const QString& firstName, QWidget* parent)
    : FormDialog(parent)
    , m_backend(backend)
{
    setObjectName(QStringLiteral("memberEditDialog"));
    setWindowTitle(tr("Edit %1").arg(record.title));
    m_edit.id = record.id;
    m_edit.version = record.field(QStringLiteral("version")).toInt();
    m_edit.institutionId = record.field(QStringLiteral("organization_id")).toLongLong();
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    const struct
    {
        const char* key;
        const char* label;
        QString value;
        const char* hint;
    } fields[] = {
        {"last_name", QT_TR_NOOP("&Last name"), lastName, QT_TR_NOOP("Family name, as on the ID")},
        {"first_name", QT_TR_NOOP("&First name"), firstName, QT_TR_NOOP("Given name")},
        {"phone", QT_TR_NOOP("&Phone"), record.field(QStringLiteral("phone")).toString(),
         QT_TR_NOOP("010-1234-5678 or +1-555-0100; empty for none")},
        {"email", QT_TR_NOOP("&E-mail"), record.field(QStringLiteral("email")).toString(),
         QT_TR_NOOP("name@example.com")},
    };
    for (const auto& f : fields) {
        auto* edit = new QLineEdit(f.value, this);
        edit->setObjectName(QLatin1String(f.key));
        edit->setPlaceholderText(tr(f.hint));
        connect(edit, &QLineEdit::textEdited, this, [this]() { showError(QString()); });
        m_fields.insert(QLatin1String(f.key), edit);
        form->addRow(tr(f.label), edit);
    }
    m_institution = new QComboBox(this);
    m_institution->setObjectName(QStringLiteral("institution"));
    m_institution->addItem(record.field(QStringLiteral("institution")).toString(), m_edit.institutionId);
    form->addRow(tr("&Institution"), m_institution);
    // The open institutions the staff member sees (row-level security), loaded in the background.
    backend->fetchOrganizations(this, [this](const Result<QVector<Organization>>& orgs) {
        if (!orgs.ok()) {
            return;
        }
        const qint64 current = m_institution->currentData().toLongLong();
        m_institution->clear();
        for (const Organization& org : orgs.value()) {
            if (org.type == QLatin1String("institution") && (org.active || org.id == current)) {
                m_institution->addItem(org.name, org.id);
            }
        }
        m_institution->setCurrentIndex(std::max(0, m_institution->findData(current)));
    });
    m_reason = addReasonField(form, true);
    layout->addLayout(form);
    finishLayout(layout, applyCloseButtons(tr("Save")));
}

void MemberEditDialog::submit()
{
    MemberEdit edit = m_edit;
    edit.lastName = m_fields.value(QStringLiteral("last_name"))->text();
    edit.firstName = m_fields.value(QStringLiteral("first_name"))->text();
    edit.phone = m_fields.value(QStringLiteral("phone"))->text();
    edit.email = m_fields.value(QStringLiteral("email"))->text();
    edit.institutionId = m_institution->currentData().toLongLong();
    edit.reason = m_reason->toPlainText();
    // The same check the database side makes, at once and in the same words.
    if (const QString problem = memberEditProblem(edit); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    if (!reasonGiven(m_reason) || !beginSave()) {
        return;
    }
    m_backend->call<ops::UpdateMember>(
        edit, this, [this](const Result<Done>& result) { finishSave(result.error(), [this]() { Q_EMIT changed(); }); });
}

CreditRequestPanel::CreditRequestPanel(Backend* backend, TablePage* page)
    : QWidget(page)
    , m_backend(backend)
    , m_page(page)
{
    setObjectName(QStringLiteral("creditRequestPanel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 0);
    m_approve = new QPushButton(tr("Approve…"), this);
    m_approve->setObjectName(QStringLiteral("approveCredit"));
    m_approve->setToolTip(tr("Credit the amount (the second pair of eyes; not for your own request above the limit)"));
    m_reject = new QPushButton(tr("Reject…"), this);
    m_reject->setObjectName(QStringLiteral("rejectCredit"));
    m_reject->setToolTip(tr("Refuse the request with a note; nothing is credited"));
    for (QPushButton* button : {m_approve, m_reject}) {
        button->setEnabled(false);
        layout->addWidget(button);
    }
    layout->addStretch(1);
    m_limit = new QPushButton(tr("Four-eyes limit…"), this);
    m_limit->setObjectName(QStringLiteral("creditLimit"));
    m_limit->setToolTip(tr("Credits larger than this need a second headquarters admin"));
    layout->addWidget(m_limit);
    connect(m_limit, &QPushButton::clicked, this, &CreditRequestPanel::changeLimit);
    connect(m_approve, &QPushButton::clicked, this, [this]() { decide(true); });
    connect(m_reject, &QPushButton::clicked, this, [this]() { decide(false); });
    page->setDetailHeader(this);
    connect(page->detailPane(), &DetailPane::recordShown, this, [this](const DetailRecord& record) {
        m_id = record.id;
        m_version = record.field(QStringLiteral("version")).toInt();
        m_summary = record.title;
        const bool pending = record.field(QStringLiteral("status")).toString() == QLatin1String("pending");
        m_approve->setEnabled(pending);
        m_reject->setEnabled(pending);
    });
    connect(page->detailPane(), &DetailPane::currentIdChanged, this, [this](qint64 id) {
        if (id != m_id) {
            m_id = 0;
            m_approve->setEnabled(false);
            m_reject->setEnabled(false);
        }
    });
}

void CreditRequestPanel::setPermissions(const Permissions& permissions)
{
    setVisible(permissions.administersUsers());
}

void CreditRequestPanel::changeLimit()
{
    m_limit->setEnabled(false);
    m_backend->call<ops::FetchCreditSettings>(ops::NoInput{}, this, [this](const Result<CreditSettings>& settings) {
        m_limit->setEnabled(true);
        if (!settings.ok()) {
            m_limit->setToolTip(settings.error().message);
            return;
        }
        const CreditSettings now = settings.value();
        auto* dialog = new ReasonDialog(
            tr("Four-eyes limit for manual credits"),
            tr("A manual credit larger than this (either way) waits for a second headquarters admin's approval; "
               "0 means every credit does."),
            tr("Save"),
            [backend = m_backend, now](const QString& reason, QObject* receiver,
                                       std::function<void(const Error&)> done) {
                auto* asking = qobject_cast<ReasonDialog*>(receiver);
                QString why;
                const auto limit = Money::fromDecimal(asking ? asking->text() : QString(), Currency::BCH, &why);
                if (!limit || limit->minorUnits() < 0) {
                    done(Error(Error::Kind::Invalid,
                               tr("Write the limit in BCH, such as 0.1 (it cannot be negative). %1").arg(why)));
                    return;
                }
                CreditSettings wanted = now;
                wanted.fourEyesSats = limit->minorUnits();
                wanted.reason = reason;
                backend->call<ops::SetCreditSettings>(wanted, receiver,
                                                      [done](const Result<CreditSettings>& r) { done(r.error()); });
            },
            this);
        dialog->addTextField(tr("&Limit (BCH)"),
                             Money(now.fourEyesSats, Currency::BCH).toDecimal(Money::Fraction::Trimmed));
        openFor(dialog, m_page);
        Q_EMIT limitDialogOpened(dialog);
    });
}

ReasonDialog* CreditRequestPanel::decide(bool approve)
{
    if (m_id <= 0 || !m_approve->isEnabled()) {
        return nullptr;
    }
    const CreditDecision decision{m_id, m_version, approve, {}};
    return openFor(new ReasonDialog(
                       approve ? tr("Approve credit request #%1").arg(m_id) : tr("Reject credit request #%1").arg(m_id),
                       approve
                           ? tr("The amount is credited to %1 now and shows in the ledger.").arg(m_summary)
                           : tr("Nothing is credited to %1; the request stays in the list as rejected.").arg(m_summary),
                       approve ? tr("Approve") : tr("Reject"),
                       [backend = m_backend, decision](const QString& note, QObject* receiver,
                                                       std::function<void(const Error&)> done) {
                           CreditDecision d = decision;
                           d.note = note;
                           backend->call<ops::DecideCreditRequest>(d, receiver,
                                                                   [done](const Result<Done>& r) { done(r.error()); });
                       },
                       this),
                   m_page);
}

OrganizationPanel::OrganizationPanel(Backend* backend, TablePage* page)
    : QWidget(page)
    , m_backend(backend)
    , m_page(page)
{
    setObjectName(QStringLiteral("organizationPanel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 0);
    m_rename = new QPushButton(tr("Rename…"), this);
    m_rename->setObjectName(QStringLiteral("renameOrganization"));
    m_close = new QPushButton(tr("Close…"), this);
    m_close->setObjectName(QStringLiteral("closeOrganization"));
    for (QPushButton* button : {m_rename, m_close}) {
        button->setEnabled(false);
        layout->addWidget(button);
    }
    layout->addStretch(1);
    connect(m_rename, &QPushButton::clicked, this, [this]() { start(QStringLiteral("rename")); });
    connect(m_close, &QPushButton::clicked, this,
            [this]() { start(m_active ? QStringLiteral("close") : QStringLiteral("reopen")); });
    page->setDetailHeader(this);
    connect(page->detailPane(), &DetailPane::recordShown, this, [this](const DetailRecord& record) {
        m_id = record.id;
        m_version = record.field(QStringLiteral("version")).toInt();
        m_active = record.field(QStringLiteral("is_active")).toBool();
        m_name = record.title;
        const bool root = record.field(QStringLiteral("parent_id")).toLongLong() == 0;
        m_close->setText(m_active ? tr("Close…") : tr("Reopen…"));
        m_close->setToolTip(m_active ? tr("Close it: its history stays, it takes no new members")
                                     : tr("Open it again for new members"));
        m_rename->setEnabled(true);
        m_close->setEnabled(!(root && m_active));
    });
    connect(page->detailPane(), &DetailPane::currentIdChanged, this, [this](qint64 id) {
        if (id != m_id) {
            m_id = 0;
            m_rename->setEnabled(false);
            m_close->setEnabled(false);
        }
    });
}

void OrganizationPanel::setPermissions(const Permissions& permissions)
{
    setVisible(permissions.administersOrganizations());
}

ReasonDialog* OrganizationPanel::start(const QString& action)
{
    if (m_id <= 0) {
        return nullptr;
    }
    const OrganizationChange change{m_id, m_version, action, {}, {}};
    const QString title = action == QLatin1String("rename")  ? tr("Rename %1").arg(m_name)
                          : action == QLatin1String("close") ? tr("Close %1").arg(m_name)
                                                             : tr("Reopen %1").arg(m_name);
    const QString intro =
        action == QLatin1String("rename")
            ? tr("The new name shows everywhere at once; the audit log keeps the old one.")
        : action == QLatin1String("close")
            ? tr("%1 keeps its members, payments and settlements, but takes no new members.").arg(m_name)
            : tr("%1 takes new members again.").arg(m_name);
    auto* dialog = new ReasonDialog(
        title, intro,
        action == QLatin1String("rename")  ? tr("Rename")
        : action == QLatin1String("close") ? tr("Close")
                                           : tr("Reopen"),
        [backend = m_backend, change](const QString& reason, QObject* receiver,
                                      std::function<void(const Error&)> done) {
            OrganizationChange c = change;
            c.reason = reason;
            if (auto* asking = qobject_cast<ReasonDialog*>(receiver)) {
                c.name = asking->text();
            }
            backend->call<ops::ChangeOrganization>(c, receiver, [done](const Result<Done>& r) { done(r.error()); });
        },
        this);
    if (action == QLatin1String("rename")) {
        dialog->addTextField(tr("&New name"), m_name);
    }
    return openFor(dialog, m_page);
}

StaffPanel::StaffPanel(Backend* backend, TablePage* page)
    : QWidget(page)
    , m_backend(backend)
    , m_page(page)
{
    setObjectName(QStringLiteral("staffPanel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 0);
    m_activation = new QPushButton(tr("Deactivate…"), this);
    m_activation->setObjectName(QStringLiteral("staffActivation"));
    m_activation->setEnabled(false);
    layout->addWidget(m_activation);
    layout->addStretch(1);
    connect(m_activation, &QPushButton::clicked, this, &StaffPanel::changeActivation);
    page->setDetailHeader(this);
    connect(page->detailPane(), &DetailPane::recordShown, this, [this](const DetailRecord& record) {
        m_staffId = record.id;
        m_version = record.field(QStringLiteral("version")).toInt();
        m_active = record.field(QStringLiteral("is_active")).toBool();
        m_name = record.title;
        m_activation->setText(m_active ? tr("Deactivate…") : tr("Reactivate…"));
        m_activation->setToolTip(m_active ? tr("Stop this login: it cannot connect or use the server, with a reason")
                                          : tr("Let this login connect again with its role, with a reason"));
        m_activation->setEnabled(true);
    });
    connect(page->detailPane(), &DetailPane::currentIdChanged, this, [this](qint64 id) {
        if (id != m_staffId) {
            m_staffId = 0;
            m_activation->setEnabled(false);
        }
    });
}

void StaffPanel::setPermissions(const Permissions& permissions)
{
    setVisible(permissions.administersStaff());
}

ReasonDialog* StaffPanel::changeActivation()
{
    if (m_staffId <= 0) {
        return nullptr;
    }
    const StaffActivation change{m_staffId, m_version, !m_active, {}};
    const QString intro =
        m_active ? tr("%1 can no longer connect to the database or use paydesk-server; every open session ends at "
                      "once. Nothing is deleted: what they did stays in the audit log.")
                       .arg(m_name)
                 : tr("%1 can connect again, with the role and organisation shown.").arg(m_name);
    return openFor(new ReasonDialog(
                       m_active ? tr("Deactivate %1").arg(m_name) : tr("Reactivate %1").arg(m_name), intro,
                       m_active ? tr("Deactivate") : tr("Reactivate"),
                       [backend = m_backend, change](const QString& reason, QObject* receiver,
                                                     std::function<void(const Error&)> done) {
                           StaffActivation c = change;
                           c.reason = reason;
                           backend->call<ops::SetStaffActive>(c, receiver,
                                                              [done](const Result<Done>& r) { done(r.error()); });
                       },
                       this),
                   m_page);
}

} // namespace pd::ui
