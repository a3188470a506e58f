#include "AdminPanels.h"

#include "DetailPane.h"
#include "Labels.h"
#include "Money.h"
#include "PagedTableModel.h"
#include "TablePage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSaveFile>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

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

QLineEdit* ReasonDialog::addTextField(const QString& label, const QString& value, const QString& objectName)
{
    auto* edit = new QLineEdit(value, this);
    edit->setObjectName(objectName);
    clearErrorOnEdit(edit);
    m_form->insertRow(m_extraRows++, label, edit);
    if (m_texts.isEmpty()) {
        edit->setFocus();
    }
    m_texts.insert(objectName, edit);
    return edit;
}

QString ReasonDialog::text(const QString& objectName) const
{
    const QLineEdit* edit = m_texts.value(objectName);
    return edit ? edit->text().trimmed() : QString();
}

QComboBox* ReasonDialog::addChoiceField(const QString& label)
{
    m_choice = new QComboBox(this);
    m_choice->setObjectName(QStringLiteral("choice"));
    m_form->insertRow(m_extraRows++, label, m_choice);
    m_choice->setFocus();
    return m_choice;
}

QVariant ReasonDialog::choice() const
{
    return m_choice ? m_choice->currentData() : QVariant();
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
    // Two rows, so that every action fits beside the list at 1280 pixels: the member's, then
    // the contract's.
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(8, 4, 8, 0);
    rows->setSpacing(4);
    auto* memberRow = new QHBoxLayout;
    auto* contractRow = new QHBoxLayout;
    rows->addLayout(memberRow);
    rows->addLayout(contractRow);
    const struct
    {
        const char* key;
        const char* text;
        const char* tip;
    } actions[] = {
        {"new", QT_TR_NOOP("New member…"), QT_TR_NOOP("Enrol a member in an institution, with the first child")},
        {"edit", QT_TR_NOOP("Edit…"), QT_TR_NOOP("Correct the names, phone or e-mail, or move to another institution")},
        {"add-child", QT_TR_NOOP("Add child…"), QT_TR_NOOP("Add a child of this member")},
        {"edit-child", QT_TR_NOOP("Edit child…"),
         QT_TR_NOOP("Correct a child's name, birth date or class, or mark it as no longer attending")},
        {"pause", QT_TR_NOOP("Pause…"), QT_TR_NOOP("Stop the monthly fee while the member is away, with a reason")},
        {"resume", QT_TR_NOOP("Resume…"), QT_TR_NOOP("Start the member's service again, with a reason")},
        {"withdraw", QT_TR_NOOP("Withdraw…"),
         QT_TR_NOOP("End the membership; the member's records stay, with a reason")},
        {"contract-register", QT_TR_NOOP("Register contract…"),
         QT_TR_NOOP("Register an auto-debit contract: bank, account, payment day and amount")},
        {"contract-change", QT_TR_NOOP("Change contract…"),
         QT_TR_NOOP("Change the bank, account, payment day or monthly amount")},
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
        button->setVisible(key == QLatin1String("new"));
        connect(button, &QPushButton::clicked, this, [this, key]() {
            if (key == QLatin1String("new")) {
                enrol();
            } else if (key == QLatin1String("edit")) {
                edit();
            } else if (key.endsWith(QLatin1String("-child"))) {
                child(key == QLatin1String("add-child"));
            } else if (key == QLatin1String("contract-register") || key == QLatin1String("contract-change")) {
                contract(key == QLatin1String("contract-register"));
            } else {
                start(key);
            }
        });
        m_buttons.insert(key, button);
        (key.startsWith(QLatin1String("contract-")) ? contractRow : memberRow)->addWidget(button);
    }
    memberRow->addStretch(1);
    contractRow->addStretch(1);
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
    for (auto it = m_buttons.cbegin(); it != m_buttons.cend(); ++it) {
        it.value()->setVisible(it.key() == QLatin1String("new"));
    }
}

namespace {
/// The member detail's children table (empty when it has none).
DetailTable childrenOf(const DetailRecord& record)
{
    for (const DetailTable& table : record.tables) {
        if (table.key == QLatin1String("children")) {
            return table;
        }
    }
    return {};
}
} // namespace

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
    m_buttons[QStringLiteral("add-child")]->setVisible(m_service != QLatin1String("withdrawn"));
    m_buttons[QStringLiteral("edit-child")]->setVisible(!childrenOf(record).rows.isEmpty());
    m_buttons[QStringLiteral("contract-register")]->setVisible(
        m_service != QLatin1String("withdrawn") && (!contract || m_contract == QLatin1String("terminated")));
    m_buttons[QStringLiteral("contract-change")]->setVisible(contract && m_contract != QLatin1String("terminated"));
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

MemberCreateDialog* MemberPanel::enrol()
{
    auto* dialog = new MemberCreateDialog(m_backend, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &MemberCreateDialog::created, m_page, &TablePage::refresh);
    dialog->open();
    return dialog;
}

ChildDialog* MemberPanel::child(bool add)
{
    if (m_memberId <= 0 || !m_record) {
        return nullptr;
    }
    const DetailTable children = add ? DetailTable{} : childrenOf(*m_record);
    if (!add && children.rows.isEmpty()) {
        return nullptr;
    }
    auto* dialog = new ChildDialog(m_backend, m_memberId, m_name, children, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChildDialog::changed, m_page, &TablePage::refresh);
    dialog->open();
    return dialog;
}

ContractDialog* MemberPanel::contract(bool registering)
{
    QPushButton* button =
        m_buttons.value(registering ? QStringLiteral("contract-register") : QStringLiteral("contract-change"));
    if (m_memberId <= 0 || !m_record || !button || button->isHidden()) {
        return nullptr;
    }
    auto* dialog = new ContractDialog(m_backend, *m_record, registering, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ContractDialog::changed, m_page, &TablePage::refresh);
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

namespace {
/// Fills `box` in the background with the open institutions the staff member sees (row-level
/// security), keeping its current choice (even a closed one, so a member's own stays shown).
void fillInstitutions(Backend* backend, QComboBox* box)
{
    backend->fetchOrganizations(box, [box](const Result<QVector<Organization>>& orgs) {
        if (!orgs.ok()) {
            return;
        }
        const qint64 current = box->currentData().toLongLong();
        box->clear();
        for (const Organization& org : orgs.value()) {
            if (org.type == QLatin1String("institution") && (org.active || org.id == current)) {
                box->addItem(org.name, org.id);
            }
        }
        box->setCurrentIndex(current > 0 ? std::max(0, box->findData(current)) : -1);
    });
}

/// The index of column `key` in a detail table, or -1.
int columnOf(const DetailTable& table, const QString& key)
{
    for (int i = 0; i < table.columns.size(); ++i) {
        if (table.columns[i].key == key) {
            return i;
        }
    }
    return -1;
}

/// A date typed as YYYY-MM-DD; an empty text is `empty`, a malformed one is nullopt.
std::optional<QDate> typedDate(const QLineEdit* edit, const QDate& empty = QDate())
{
    const QString text = edit->text().trimmed();
    if (text.isEmpty()) {
        return empty;
    }
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() && text.size() == 10 ? std::optional<QDate>(date) : std::nullopt;
}

} // namespace

MemberCreateDialog::MemberCreateDialog(Backend* backend, QWidget* parent)
    : FormDialog(parent)
    , m_backend(backend)
{
    setObjectName(QStringLiteral("memberCreateDialog"));
    setWindowTitle(tr("New member"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Enrols a member in an institution with service active. The first child is "
                                "optional; more can be added later. An auto-debit contract is registered "
                                "separately."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    addLineField(form, m_fields, "last_name", tr("&Last name"), {}, tr("Family name, as on the ID"));
    addLineField(form, m_fields, "first_name", tr("&First name"), {}, tr("Given name"));
    addLineField(form, m_fields, "phone", tr("&Phone"), {}, tr("010-1234-5678 or +1-555-0100; empty for none"));
    addLineField(form, m_fields, "email", tr("&E-mail"), {}, tr("name@example.com"));
    addLineField(form, m_fields, "country_code", tr("Countr&y"), QStringLiteral("KR"),
                 tr("two letters: KR names read family name first"))
        ->setMaxLength(2);
    m_institution = new QComboBox(this);
    m_institution->setObjectName(QStringLiteral("institution"));
    form->addRow(tr("&Institution"), m_institution);
    fillInstitutions(backend, m_institution);
    addLineField(form, m_fields, "enrolled_on", tr("Enrolled &on"), QDate::currentDate().toString(Qt::ISODate),
                 tr("YYYY-MM-DD"));
    addLineField(form, m_fields, "child_name", tr("&Child's name"), {}, tr("optional"));
    addLineField(form, m_fields, "child_birth_date", tr("Child's &birth date"), {}, tr("YYYY-MM-DD, optional"));
    addLineField(form, m_fields, "child_class", tr("Child's c&lass"), {}, tr("optional, such as 햇님반"));
    m_reason = addReasonField(form, true);
    layout->addLayout(form);
    finishLayout(layout, applyCloseButtons(tr("Enrol")));
}

void MemberCreateDialog::submit()
{
    MemberDraft draft;
    draft.lastName = m_fields.value(QStringLiteral("last_name"))->text();
    draft.firstName = m_fields.value(QStringLiteral("first_name"))->text();
    draft.phone = m_fields.value(QStringLiteral("phone"))->text();
    draft.email = m_fields.value(QStringLiteral("email"))->text();
    draft.countryCode = m_fields.value(QStringLiteral("country_code"))->text().trimmed().toUpper();
    draft.institutionId = m_institution->currentData().toLongLong();
    draft.childName = m_fields.value(QStringLiteral("child_name"))->text();
    draft.childClass = m_fields.value(QStringLiteral("child_class"))->text();
    draft.reason = m_reason->toPlainText();
    const MemberEdit fields{0,           0,           draft.lastName,      draft.firstName,
                            draft.phone, draft.email, draft.institutionId, draft.reason};
    if (const QString problem = memberEditProblem(fields); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    for (const char* key : {"enrolled_on", "child_birth_date"}) {
        QLineEdit* edit = m_fields.value(QLatin1String(key));
        const auto date = typedDate(edit);
        if (!date) {
            showError(tr("“%1” is not a date; write it as YYYY-MM-DD, such as 2026-03-02.").arg(edit->text()));
            edit->setFocus();
            return;
        }
        (qstrcmp(key, "enrolled_on") == 0 ? draft.enrolledOn : draft.childBirthDate) = *date;
    }
    if (draft.childName.trimmed().isEmpty() &&
        (draft.childBirthDate.isValid() || !draft.childClass.trimmed().isEmpty())) {
        showError(tr("Enter the child's name, or leave the child's fields empty to enrol the member alone."));
        m_fields.value(QStringLiteral("child_name"))->setFocus();
        return;
    }
    if (!reasonGiven(m_reason) || !beginSave()) {
        return;
    }
    m_backend->call<ops::CreateMember>(draft, this, [this](const Result<CreatedMember>& result) {
        finishSave(result.error(), [this, result]() { Q_EMIT created(result.value()); });
    });
}

ChildDialog::ChildDialog(Backend* backend, qint64 memberId, const QString& memberName, const DetailTable& children,
                         QWidget* parent)
    : FormDialog(parent)
    , m_backend(backend)
    , m_memberId(memberId)
    , m_children(children)
{
    const bool adding = children.rows.isEmpty();
    setObjectName(QStringLiteral("childDialog"));
    setWindowTitle(adding ? tr("Add a child of %1").arg(memberName) : tr("Edit a child of %1").arg(memberName));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    if (!adding) {
        m_child = new QComboBox(this);
        m_child->setObjectName(QStringLiteral("child"));
        const int nameColumn = columnOf(children, QStringLiteral("name"));
        for (const QVariantList& row : children.rows) {
            m_child->addItem(row.value(nameColumn).toString());
        }
        form->addRow(tr("C&hild"), m_child);
    }
    addLineField(form, m_fields, "name", tr("&Name"), {}, tr("The child's name"));
    addLineField(form, m_fields, "birth_date", tr("&Birth date"), {}, tr("YYYY-MM-DD, optional"));
    addLineField(form, m_fields, "class_name", tr("C&lass"), {}, tr("optional, such as 햇님반"));
    if (!adding) {
        m_attends = new QCheckBox(tr("&Attends (clear when the child no longer attends; nothing is deleted)"), this);
        m_attends->setObjectName(QStringLiteral("attends"));
        form->addRow(QString(), m_attends);
        connect(m_child, qOverload<int>(&QComboBox::currentIndexChanged), this, &ChildDialog::showChild);
        showChild(0);
    }
    m_reason = addReasonField(form, true);
    layout->addLayout(form);
    finishLayout(layout, applyCloseButtons(adding ? tr("Add") : tr("Save")));
}

void ChildDialog::showChild(int index)
{
    const QVariantList row = m_children.rows.value(index);
    auto cell = [&](const char* key) { return row.value(columnOf(m_children, QLatin1String(key))); };
    m_fields.value(QStringLiteral("name"))->setText(cell("name").toString());
    m_fields.value(QStringLiteral("birth_date"))->setText(cell("birth_date").toDate().toString(Qt::ISODate));
    m_fields.value(QStringLiteral("class_name"))->setText(cell("class_name").toString());
    m_attends->setChecked(cell("is_active").isNull() || cell("is_active").toBool());
}

void ChildDialog::submit()
{
    ChildEdit child;
    child.memberId = m_memberId;
    child.name = m_fields.value(QStringLiteral("name"))->text();
    child.className = m_fields.value(QStringLiteral("class_name"))->text();
    child.reason = m_reason->toPlainText();
    QLineEdit* birth = m_fields.value(QStringLiteral("birth_date"));
    const auto date = typedDate(birth);
    if (!date) {
        showError(tr("“%1” is not a date; write it as YYYY-MM-DD, such as 2021-05-14, or leave it empty.")
                      .arg(birth->text()));
        birth->setFocus();
        return;
    }
    child.birthDate = *date;
    if (m_child) {
        const QVariantList row = m_children.rows.value(m_child->currentIndex());
        child.id = row.value(columnOf(m_children, QStringLiteral("id"))).toLongLong();
        child.version = row.value(columnOf(m_children, QStringLiteral("version"))).toInt();
        child.active = m_attends->isChecked();
    }
    if (const QString problem = childProblem(child, QDate::currentDate()); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    if (!reasonGiven(m_reason) || !beginSave()) {
        return;
    }
    auto done = [this](const Error& error) { finishSave(error, [this]() { Q_EMIT changed(); }); };
    if (m_child) {
        m_backend->call<ops::UpdateChild>(child, this, [done](const Result<Done>& r) { done(r.error()); });
    } else {
        m_backend->call<ops::AddChild>(child, this, [done](const Result<CreatedMember>& r) { done(r.error()); });
    }
}

ContractDialog::ContractDialog(Backend* backend, const DetailRecord& member, bool registering, QWidget* parent)
    : FormDialog(parent)
    , m_backend(backend)
    , m_registering(registering)
{
    setObjectName(QStringLiteral("contractDialog"));
    setWindowTitle(registering ? tr("Register a contract for %1").arg(member.title)
                               : tr("Change %1's contract").arg(member.title));
    m_terms.memberId = member.id;
    m_terms.id = member.field(QStringLiteral("contract_row_id")).toLongLong();
    m_terms.version = member.field(QStringLiteral("contract_version")).toInt();
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(registering ? tr("The contract starts as pending registration; activate it once the "
                                              "bank confirms it. The account number is stored encrypted; only its "
                                              "last four digits are shown.")
                                         : tr("Leave the account number empty to keep %1. A new number is stored "
                                              "encrypted.")
                                               .arg(member.field(QStringLiteral("account_masked")).toString()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_bank = new QComboBox(this);
    m_bank->setObjectName(QStringLiteral("bank"));
    for (const Bank& bank : cmsBanks()) {
        m_bank->addItem(QStringLiteral("%1 (%2)").arg(bank.name, bank.code), bank.code);
    }
    const QString bankCode = member.field(QStringLiteral("bank_code")).toString();
    m_bank->setCurrentIndex(registering || bankCode.isEmpty() ? -1 : m_bank->findData(bankCode));
    form->addRow(tr("&Bank"), m_bank);
    m_holder =
        new QLineEdit(registering ? member.title : member.field(QStringLiteral("account_holder")).toString(), this);
    m_holder->setObjectName(QStringLiteral("holder"));
    form->addRow(tr("Account &holder"), m_holder);
    m_account = new QLineEdit(this);
    m_account->setObjectName(QStringLiteral("account"));
    m_account->setPlaceholderText(
        registering ? tr("10 to 14 digits, such as 123-456789-01-234")
                    : tr("empty: keep %1").arg(member.field(QStringLiteral("account_masked")).toString()));
    form->addRow(tr("Account &number"), m_account);
    m_day = new QSpinBox(this);
    m_day->setObjectName(QStringLiteral("paymentDay"));
    m_day->setRange(1, 28);
    m_day->setValue(registering ? 25 : std::clamp(member.field(QStringLiteral("payment_day")).toInt(), 1, 28));
    form->addRow(tr("&Payment day"), m_day);
    m_amount = new QLineEdit(this);
    m_amount->setObjectName(QStringLiteral("monthlyAmount"));
    const qint64 amount = member.field(QStringLiteral("monthly_amount")).toLongLong();
    m_amount->setText(amount > 0 ? QString::number(amount) : QString());
    m_amount->setPlaceholderText(tr("won, such as 150000"));
    form->addRow(tr("&Monthly amount (₩)"), m_amount);
    for (QLineEdit* edit : {m_holder, m_account, m_amount}) {
        clearErrorOnEdit(edit);
    }
    m_reason = addReasonField(form, true);
    layout->addLayout(form);
    finishLayout(layout, applyCloseButtons(registering ? tr("Register") : tr("Save")));
}

void ContractDialog::submit()
{
    ContractTerms terms = m_terms;
    terms.bankCode = m_bank->currentData().toString();
    terms.accountHolder = m_holder->text();
    terms.accountNumber = m_account->text();
    terms.paymentDay = m_day->value();
    terms.reason = m_reason->toPlainText();
    const QString amountText = m_amount->text().trimmed().remove(QLatin1Char(','));
    QString why;
    const auto amount = Money::fromDecimal(amountText, Currency::KRW, &why);
    if (!amount) {
        showError(tr("“%1” is not an amount in won: %2 Write it like 150000.").arg(m_amount->text(), why));
        m_amount->setFocus();
        return;
    }
    terms.monthlyAmount = amount->minorUnits();
    if (const QString problem = contractTermsProblem(terms, m_registering); !problem.isEmpty()) {
        showError(problem);
        return;
    }
    if (!reasonGiven(m_reason) || !beginSave()) {
        return;
    }
    auto done = [this](const Error& error) { finishSave(error, [this]() { Q_EMIT changed(); }); };
    if (m_registering) {
        m_backend->call<ops::RegisterContract>(terms, this,
                                               [done](const Result<RegisteredContract>& r) { done(r.error()); });
    } else {
        m_backend->call<ops::ChangeContractTerms>(terms, this, [done](const Result<Done>& r) { done(r.error()); });
    }
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
        addLineField(form, m_fields, f.key, tr(f.label), f.value, tr(f.hint));
    }
    m_institution = new QComboBox(this);
    m_institution->setObjectName(QStringLiteral("institution"));
    m_institution->addItem(record.field(QStringLiteral("institution")).toString(), m_edit.institutionId);
    form->addRow(tr("&Institution"), m_institution);
    fillInstitutions(backend, m_institution);
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

OverduePanel::OverduePanel(Backend* backend, TablePage* page)
    : QWidget(page)
    , m_backend(backend)
    , m_page(page)
{
    setObjectName(QStringLiteral("overduePanel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 0);
    m_export = new QPushButton(tr("Contact list…"), this);
    m_export->setObjectName(QStringLiteral("contactList"));
    m_export->setToolTip(tr("Remind every member listed (with the filters): records the reminder on each member and "
                            "saves their names, phones, amounts, reasons and a suggested message in Korean and English "
                            "as CSV. Members reminded in the last seven days are left out."));
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("dunningMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_export);
    layout->addWidget(m_message, 1);
    connect(m_export, &QPushButton::clicked, this, [this]() {
        QMessageBox ask(QMessageBox::Question, tr("Contact list"),
                        tr("Remind every member the list shows with its filters, loaded or not? Each is recorded as "
                           "reminded now, by you; anyone reminded in the last seven days is left out."),
                        QMessageBox::Cancel, this);
        QPushButton* sms = ask.addButton(tr("By &SMS"), QMessageBox::AcceptRole);
        QPushButton* letter = ask.addButton(tr("By &letter"), QMessageBox::AcceptRole);
        ask.exec();
        if (ask.clickedButton() != sms && ask.clickedButton() != letter) {
            return;
        }
        const QString channel = ask.clickedButton() == sms ? QStringLiteral("sms") : QStringLiteral("letter");
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Save the contact list"),
            QStringLiteral("reminders_%1_%2.csv").arg(channel, QDate::currentDate().toString(Qt::ISODate)),
            tr("CSV files (*.csv)"));
        if (!path.isEmpty()) {
            exportContactList(channel, path);
        }
    });
    page->setDetailHeader(this);
}

void OverduePanel::setPermissions(const Permissions& permissions)
{
    setVisible(permissions.changesPayments());
}

QString OverduePanel::messageText() const
{
    return m_message->text();
}

void OverduePanel::exportContactList(const QString& channel, const QString& path)
{
    m_export->setEnabled(false);
    m_message->setText(tr("Recording the reminders…"));
    const ReminderRequest request{m_page->model()->filters(), channel};
    m_backend->call<ops::RecordReminders>(request, this, [this, path](const Result<ContactList>& result) {
        m_export->setEnabled(true);
        if (!result.ok()) {
            m_message->setText(result.error().message);
            Q_EMIT exported(false);
            return;
        }
        const ContactList& list = result.value();
        // Who was left out, and by whom they were reminded.
        const QString leftOut =
            list.skipped.isEmpty()
                ? QString()
                : QLatin1Char(' ') +
                      tr("%n left out: reminded in the last seven days (%1 by %2 on %3, ...).", nullptr,
                         int(list.skipped.size()))
                          .arg(list.skipped.front().name, list.skipped.front().by,
                               list.skipped.front().at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")));
        if (list.lines.isEmpty()) {
            m_message->setText(tr("Nobody new to remind; no file was written.") + leftOut);
            Q_EMIT exported(true);
            return;
        }
        QSaveFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(contactListCsv(list)) < 0 || !file.commit()) {
            // The reminders are recorded: say so, with what went wrong with the file.
            m_message->setText(tr("%n reminder(s) recorded, but the list could not be saved to %1: %2", nullptr,
                                  int(list.lines.size()))
                                   .arg(path, file.errorString()));
            Q_EMIT exported(false);
            return;
        }
        m_message->setText(tr("%n member(s) to remind saved to %1.", nullptr, int(list.lines.size())).arg(path) +
                           leftOut);
        m_page->refresh();
        Q_EMIT exported(true);
    });
}

BankHolidayPanel::BankHolidayPanel(Backend* backend, TablePage* page)
    : QWidget(page)
    , m_backend(backend)
    , m_page(page)
{
    setObjectName(QStringLiteral("bankHolidayPanel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 0);
    m_add = new QPushButton(tr("Add a bank holiday…"), this);
    m_add->setObjectName(QStringLiteral("addBankHoliday"));
    m_add->setToolTip(tr("A weekday the banks are closed: debits scheduled on it go out the next banking day"));
    m_toggle = new QPushButton(tr("Withdraw…"), this);
    m_toggle->setObjectName(QStringLiteral("toggleBankHoliday"));
    m_toggle->setEnabled(false);
    layout->addWidget(m_add);
    layout->addWidget(m_toggle);
    layout->addStretch(1);
    connect(m_add, &QPushButton::clicked, this, [this]() { add(); });
    connect(m_toggle, &QPushButton::clicked, this, [this]() { toggle(); });
    page->setDetailHeader(this);
    connect(page->detailPane(), &DetailPane::recordShown, this, [this](const DetailRecord& record) {
        m_id = record.id;
        m_active = record.field(QStringLiteral("active")).toBool();
        m_summary =
            record.field(QStringLiteral("day")).toDate().toString(Qt::ISODate) + QStringLiteral(" · ") + record.title;
        m_toggle->setText(m_active ? tr("Withdraw…") : tr("Restore…"));
        m_toggle->setToolTip(m_active
                                 ? tr("Not a bank holiday after all: debits go out on this day again")
                                 : tr("A bank holiday again: debits scheduled on it move to the next banking day"));
        m_toggle->setEnabled(true);
    });
    connect(page->detailPane(), &DetailPane::currentIdChanged, this, [this](qint64 id) {
        if (id != m_id) {
            m_id = 0;
            m_toggle->setEnabled(false);
        }
    });
}

void BankHolidayPanel::setPermissions(const Permissions& permissions)
{
    setVisible(permissions.keepsBankHolidays());
}

ReasonDialog* BankHolidayPanel::add()
{
    auto* dialog = new ReasonDialog(
        tr("Add a bank holiday"),
        tr("Debits scheduled on this weekday move to the next banking day. Give the announcement it follows as "
           "the reason."),
        tr("Add"),
        [backend = m_backend](const QString& reason, QObject* receiver, std::function<void(const Error&)> done) {
            auto* asking = qobject_cast<ReasonDialog*>(receiver);
            const QString dayText = asking ? asking->text(QStringLiteral("day")) : QString();
            const QDate day = QDate::fromString(dayText, Qt::ISODate);
            if (!day.isValid()) {
                done(Error(Error::Kind::Invalid, tr("Write the day as YYYY-MM-DD, for example 2027-06-03.")));
                return;
            }
            const BankHolidayDraft draft{day, asking->text(QStringLiteral("name")), reason};
            backend->call<ops::AddBankHoliday>(draft, receiver,
                                               [done](const Result<CreatedBankHoliday>& r) { done(r.error()); });
        },
        this);
    dialog->addTextField(tr("&Day (YYYY-MM-DD)"), QString(), QStringLiteral("day"));
    dialog->addTextField(tr("&Name"), QString(), QStringLiteral("name"));
    return openFor(dialog, m_page);
}

ReasonDialog* BankHolidayPanel::toggle()
{
    if (m_id <= 0 || !m_toggle->isEnabled()) {
        return nullptr;
    }
    const BankHolidayChange change{m_id, !m_active, {}};
    return openFor(new ReasonDialog(
                       m_active ? tr("Withdraw %1").arg(m_summary) : tr("Restore %1").arg(m_summary),
                       m_active ? tr("The day becomes a banking day again: debits scheduled on it go out on it. "
                                     "The row stays, marked withdrawn.")
                                : tr("The day is a bank holiday again: debits scheduled on it move to the next "
                                     "banking day."),
                       m_active ? tr("Withdraw") : tr("Restore"),
                       [backend = m_backend, change](const QString& reason, QObject* receiver,
                                                     std::function<void(const Error&)> done) {
                           BankHolidayChange c = change;
                           c.reason = reason;
                           backend->call<ops::SetBankHolidayActive>(c, receiver,
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
    // Two rows: the tree's changes, then the organisation's own.
    auto* rows = new QVBoxLayout(this);
    rows->setContentsMargins(8, 4, 8, 0);
    rows->setSpacing(4);
    auto* treeRow = new QHBoxLayout;
    auto* ownRow = new QHBoxLayout;
    rows->addLayout(treeRow);
    rows->addLayout(ownRow);
    m_rename = new QPushButton(tr("Rename…"), this);
    m_rename->setObjectName(QStringLiteral("renameOrganization"));
    m_close = new QPushButton(tr("Close…"), this);
    m_close->setObjectName(QStringLiteral("closeOrganization"));
    m_add = new QPushButton(tr("New below…"), this);
    m_add->setObjectName(QStringLiteral("addOrganization"));
    m_add->setToolTip(tr("Add a region, center or institution below this one"));
    m_move = new QPushButton(tr("Move…"), this);
    m_move->setObjectName(QStringLiteral("moveOrganization"));
    m_move->setToolTip(tr("Put it, with everything below it, under another parent"));
    m_fee = new QPushButton(tr("Fee rate…"), this);
    m_fee->setObjectName(QStringLiteral("feeRate"));
    m_fee->setToolTip(tr("Set the settlement fee rate from a month on"));
    m_retry = new QPushButton(tr("Retry policy…"), this);
    m_retry->setObjectName(QStringLiteral("retryPolicy"));
    m_retry->setToolTip(tr("How often and how far apart failed auto-debits are retried below it"));
    for (QPushButton* button : {m_add, m_move, m_fee, m_retry, m_rename, m_close}) {
        button->setEnabled(false);
        (button == m_rename || button == m_close ? ownRow : treeRow)->addWidget(button);
    }
    treeRow->addStretch(1);
    ownRow->addStretch(1);
    connect(m_add, &QPushButton::clicked, this, [this]() { start(QStringLiteral("add")); });
    connect(m_move, &QPushButton::clicked, this, [this]() { start(QStringLiteral("move")); });
    connect(m_fee, &QPushButton::clicked, this, [this]() { start(QStringLiteral("fee-rate")); });
    connect(m_retry, &QPushButton::clicked, this, [this]() { start(QStringLiteral("retry-policy")); });
    connect(m_rename, &QPushButton::clicked, this, [this]() { start(QStringLiteral("rename")); });
    connect(m_close, &QPushButton::clicked, this,
            [this]() { start(m_active ? QStringLiteral("close") : QStringLiteral("reopen")); });
    page->setDetailHeader(this);
    connect(page->detailPane(), &DetailPane::recordShown, this, [this](const DetailRecord& record) {
        m_id = record.id;
        m_version = record.field(QStringLiteral("version")).toInt();
        m_active = record.field(QStringLiteral("is_active")).toBool();
        m_name = record.title;
        m_type = record.field(QStringLiteral("org_type")).toString();
        m_parentId = record.field(QStringLiteral("parent_id")).toLongLong();
        m_feeBp = record.field(QStringLiteral("settlement_fee_bp")).toString(); // the rate in force, to start from
        const bool root = m_parentId == 0;
        const bool institution = m_type == QLatin1String("institution");
        m_add->setEnabled(!institution && m_active);
        m_move->setEnabled(!root);
        m_fee->setEnabled(!institution);
        m_retryLimit = record.field(QStringLiteral("retry_limit")).toString();
        m_retryInterval = record.field(QStringLiteral("retry_interval_days")).toString();
        m_retry->setEnabled(true);
        m_close->setText(m_active ? tr("Close…") : tr("Reopen…"));
        m_close->setToolTip(m_active ? tr("Close it: its history stays, it takes no new members")
                                     : tr("Open it again for new members"));
        m_rename->setEnabled(true);
        m_close->setEnabled(!(root && m_active));
    });
    connect(page->detailPane(), &DetailPane::currentIdChanged, this, [this](qint64 id) {
        if (id != m_id) {
            m_id = 0;
            for (QPushButton* button : {m_rename, m_close, m_add, m_move, m_fee, m_retry}) {
                button->setEnabled(false);
            }
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
    if (action == QLatin1String("add") || action == QLatin1String("move") || action == QLatin1String("fee-rate") ||
        action == QLatin1String("retry-policy")) {
        return startTreeChange(action);
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

ReasonDialog* OrganizationPanel::startTreeChange(const QString& action)
{
    QPushButton* button = action == QLatin1String("add")            ? m_add
                          : action == QLatin1String("move")         ? m_move
                          : action == QLatin1String("retry-policy") ? m_retry
                                                                    : m_fee;
    if (!button->isEnabled()) {
        return nullptr;
    }
    const qint64 id = m_id;
    const int version = m_version;
    ReasonDialog* dialog = nullptr;
    if (action == QLatin1String("add")) {
        const QString type = childOrganizationType(m_type);
        const QString what = type == QLatin1String("region")   ? tr("a region")
                             : type == QLatin1String("center") ? tr("a center")
                                                               : tr("an institution");
        dialog = new ReasonDialog(
            tr("New below %1").arg(m_name),
            tr("Adds %1 below %2. Its code is unique and never changes.").arg(what, m_name), tr("Add"),
            [backend = m_backend, id](const QString& reason, QObject* receiver,
                                      std::function<void(const Error&)> done) {
                auto* asking = qobject_cast<ReasonDialog*>(receiver);
                const OrganizationDraft draft{id, asking->text(QStringLiteral("code")),
                                              asking->text(QStringLiteral("name")), reason};
                backend->call<ops::CreateOrganization>(
                    draft, receiver, [done](const Result<CreatedOrganization>& r) { done(r.error()); });
            },
            this);
        dialog->addTextField(tr("&Code"), {}, QStringLiteral("code"))->setPlaceholderText(tr("such as I-SEOUL1-11"));
        dialog->addTextField(tr("&Name"), {}, QStringLiteral("name"));
    } else if (action == QLatin1String("move")) {
        dialog = new ReasonDialog(
            tr("Move %1").arg(m_name),
            tr("%1 moves with everything below it. Its members, payments and settlements keep their records; who "
               "sees it follows its new place.")
                .arg(m_name),
            tr("Move"),
            [backend = m_backend, id, version](const QString& reason, QObject* receiver,
                                               std::function<void(const Error&)> done) {
                auto* asking = qobject_cast<ReasonDialog*>(receiver);
                OrganizationChange change{id, version, QStringLiteral("move"),
                                          {}, reason,  asking->choice().toLongLong()};
                backend->call<ops::ChangeOrganization>(change, receiver,
                                                       [done](const Result<Done>& r) { done(r.error()); });
            },
            this);
        QComboBox* parents = dialog->addChoiceField(tr("&Under"));
        // The open organisations one level up, loaded in the background.
        const QString type = m_type;
        const qint64 parentId = m_parentId;
        m_backend->fetchOrganizations(parents, [parents, type, parentId](const Result<QVector<Organization>>& orgs) {
            if (!orgs.ok()) {
                return;
            }
            for (const Organization& org : orgs.value()) {
                if (childOrganizationType(org.type) == type && org.active && org.id != parentId) {
                    parents->addItem(org.name, org.id);
                }
            }
        });
    } else if (action == QLatin1String("retry-policy")) {
        dialog = new ReasonDialog(
            tr("Retry policy of %1").arg(m_name),
            tr("A debit that failed for a reason worth retrying (insufficient funds, a limit, a bank fault) is "
               "debited again this many times, this many banking days apart, for every institution below %1 "
               "that has no nearer policy. When the retries are used up the payment is overdue. At most 15 "
               "banking days in all, so the last retry comes before the next month's debit.")
                .arg(m_name),
            tr("Set policy"),
            [backend = m_backend, id](const QString& reason, QObject* receiver,
                                      std::function<void(const Error&)> done) {
                auto* asking = qobject_cast<ReasonDialog*>(receiver);
                bool limitNumber = false;
                bool intervalNumber = false;
                const int limit = asking->text(QStringLiteral("retry_limit")).trimmed().toInt(&limitNumber);
                const int interval = asking->text(QStringLiteral("interval_days")).trimmed().toInt(&intervalNumber);
                const RetryPolicyChange change{id, limitNumber ? limit : -1, intervalNumber ? interval : -1, reason};
                backend->call<ops::SetRetryPolicy>(change, receiver,
                                                   [done](const Result<Done>& r) { done(r.error()); });
            },
            this);
        dialog->addTextField(tr("&Retries"), m_retryLimit, QStringLiteral("retry_limit"))
            ->setPlaceholderText(tr("0 to 5"));
        dialog->addTextField(tr("&Banking days apart"), m_retryInterval, QStringLiteral("interval_days"))
            ->setPlaceholderText(tr("1 to 10"));
    } else {
        dialog = new ReasonDialog(
            tr("Fee rate of %1").arg(m_name),
            tr("Settlements from the month given use this rate for every center below %1 that has no nearer rate. "
               "Earlier months keep theirs; a month already confirmed cannot change.")
                .arg(m_name),
            tr("Set rate"),
            [backend = m_backend, id](const QString& reason, QObject* receiver,
                                      std::function<void(const Error&)> done) {
                auto* asking = qobject_cast<ReasonDialog*>(receiver);
                bool number = false;
                const int bp = asking->text(QStringLiteral("fee_bp")).toInt(&number);
                const FeeRateChange change{id, asking->text(QStringLiteral("effective_month")), number ? bp : -1,
                                           reason};
                backend->call<ops::SetFeeRate>(change, receiver, [done](const Result<Done>& r) { done(r.error()); });
            },
            this);
        dialog->addTextField(tr("From &month"), QDate::currentDate().addMonths(1).toString(QStringLiteral("yyyy-MM")),
                             QStringLiteral("effective_month"));
        dialog->addTextField(tr("&Rate (basis points)"), m_feeBp, QStringLiteral("fee_bp"))
            ->setPlaceholderText(tr("250 is 2.5 %"));
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
    m_add = new QPushButton(tr("Add staff…"), this);
    m_add->setObjectName(QStringLiteral("addStaff"));
    m_add->setToolTip(tr("Add a staff member with a role and an organisation"));
    m_change = new QPushButton(tr("Change…"), this);
    m_change->setObjectName(QStringLiteral("changeStaff"));
    m_change->setToolTip(tr("Change the role, organisation or name; their server sessions end"));
    m_password = new QPushButton(tr("Server password…"), this);
    m_password->setObjectName(QStringLiteral("serverPassword"));
    m_password->setToolTip(tr("Set a new paydesk-server password; their server sessions end"));
    m_activation = new QPushButton(tr("Deactivate…"), this);
    m_activation->setObjectName(QStringLiteral("staffActivation"));
    for (QPushButton* button : {m_add, m_change, m_password, m_activation}) {
        button->setEnabled(button == m_add);
        layout->addWidget(button);
    }
    layout->addStretch(1);
    connect(m_activation, &QPushButton::clicked, this, &StaffPanel::changeActivation);
    connect(m_add, &QPushButton::clicked, this, [this]() { edit(true); });
    connect(m_change, &QPushButton::clicked, this, [this]() { edit(false); });
    connect(m_password, &QPushButton::clicked, this, &StaffPanel::resetPassword);
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
        m_change->setEnabled(true);
        m_password->setEnabled(true);
        m_record = record;
    });
    connect(page->detailPane(), &DetailPane::currentIdChanged, this, [this](qint64 id) {
        if (id != m_staffId) {
            m_staffId = 0;
            m_record.reset();
            for (QPushButton* button : {m_activation, m_change, m_password}) {
                button->setEnabled(false);
            }
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

StaffDialog* StaffPanel::edit(bool adding)
{
    if (!adding && (m_staffId <= 0 || !m_record)) {
        return nullptr;
    }
    auto* dialog = new StaffDialog(m_backend, adding ? std::nullopt : m_record, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &StaffDialog::changed, m_page, &TablePage::refresh);
    dialog->open();
    return dialog;
}

ReasonDialog* StaffPanel::resetPassword()
{
    if (m_staffId <= 0) {
        return nullptr;
    }
    const StaffPassword change{m_staffId, m_version, {}, {}};
    auto* dialog = new ReasonDialog(
        tr("Server password for %1").arg(m_name),
        tr("%1 signs in to paydesk-server with the new password; every open server session ends now. Tell them the "
           "password in person or by phone, never by e-mail.")
            .arg(m_name),
        tr("Set password"),
        [backend = m_backend, change](const QString& reason, QObject* receiver,
                                      std::function<void(const Error&)> done) {
            auto* asking = qobject_cast<ReasonDialog*>(receiver);
            StaffPassword c = change;
            c.password = asking->text(QStringLiteral("password"));
            c.reason = reason;
            if (c.password != asking->text(QStringLiteral("again"))) {
                done(Error(Error::Kind::Invalid,
                           ReasonDialog::tr("The two passwords differ; type the same one twice.")));
                return;
            }
            backend->call<ops::SetServerPassword>(c, receiver, [done](const Result<Done>& r) { done(r.error()); });
        },
        this);
    for (const auto& [key, label] : {std::pair{"password", tr("&New password")}, std::pair{"again", tr("&Again")}}) {
        QLineEdit* edit = dialog->addTextField(label, {}, QLatin1String(key));
        edit->setEchoMode(QLineEdit::Password);
        edit->setPlaceholderText(tr("at least 12 characters"));
    }
    return openFor(dialog, m_page);
}

StaffDialog::StaffDialog(Backend* backend, const std::optional<DetailRecord>& record, QWidget* parent)
    : FormDialog(parent)
    , m_backend(backend)
{
    const bool adding = !record;
    setObjectName(QStringLiteral("staffDialog"));
    setWindowTitle(adding ? tr("Add a staff member") : tr("Change %1").arg(record->title));
    if (record) {
        m_id = record->id;
        m_version = record->field(QStringLiteral("version")).toInt();
    }
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(adding ? tr("On PostgreSQL this makes the database login with the role's rights. Give a "
                                         "database password to sign in directly, a server password to sign in "
                                         "through paydesk-server, or both.")
                                    : tr("A new role or organisation holds at once: the login keeps only the new "
                                         "role's rights and its server sessions end."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    if (adding) {
        addLineField(form, m_fields, "login", tr("&Login"), {}, tr("lowercase, such as kim.center"));
    }
    addLineField(form, m_fields, "display_name", tr("&Name"),
                 record ? record->field(QStringLiteral("display_name")).toString() : QString(),
                 tr("as colleagues know them"));
    m_role = new QComboBox(this);
    m_role->setObjectName(QStringLiteral("role"));
    for (const QString& role : Permissions::roles()) {
        m_role->addItem(models::Labels::valueLabel(Area::Staff, QStringLiteral("role"), role), role);
    }
    m_role->setCurrentIndex(record ? m_role->findData(record->field(QStringLiteral("role")).toString()) : -1);
    form->addRow(tr("&Role"), m_role);
    m_organization = new QComboBox(this);
    m_organization->setObjectName(QStringLiteral("organization"));
    if (record) {
        m_organization->addItem(record->field(QStringLiteral("organization")).toString(),
                                record->field(QStringLiteral("organization_id")).toLongLong());
    }
    form->addRow(tr("&Organisation"), m_organization);
    backend->fetchOrganizations(m_organization, [box = m_organization](const Result<QVector<Organization>>& orgs) {
        if (!orgs.ok()) {
            return;
        }
        const qint64 current = box->currentData().toLongLong();
        box->clear();
        for (const Organization& org : orgs.value()) {
            if (org.active && org.type != QLatin1String("institution")) {
                box->addItem(org.name, org.id);
            }
        }
        box->setCurrentIndex(current > 0 ? box->findData(current) : -1);
    });
    if (adding) {
        addLineField(form, m_fields, "database_password", tr("&Database password"), {}, tr("optional; PostgreSQL only"))
            ->setEchoMode(QLineEdit::Password);
        addLineField(form, m_fields, "server_password", tr("&Server password"), {}, tr("optional; 12+ characters"))
            ->setEchoMode(QLineEdit::Password);
    }
    m_reason = addReasonField(form, true);
    layout->addLayout(form);
    finishLayout(layout, applyCloseButtons(adding ? tr("Add") : tr("Save")));
}

void StaffDialog::submit()
{
    if (m_role->currentIndex() < 0 || m_organization->currentIndex() < 0) {
        showError(m_role->currentIndex() < 0 ? tr("Choose the role: what the staff member may do.")
                                             : tr("Choose the organisation the staff member works at."));
        return;
    }
    if (!reasonGiven(m_reason) || !beginSave()) {
        return;
    }
    auto done = [this](const Error& error) { finishSave(error, [this]() { Q_EMIT changed(); }); };
    const QString name = m_fields.value(QStringLiteral("display_name"))->text();
    const QString role = m_role->currentData().toString();
    const qint64 organization = m_organization->currentData().toLongLong();
    if (m_id == 0) {
        const StaffDraft draft{m_fields.value(QStringLiteral("login"))->text(),
                               name,
                               role,
                               organization,
                               m_fields.value(QStringLiteral("database_password"))->text(),
                               m_fields.value(QStringLiteral("server_password"))->text(),
                               m_reason->toPlainText()};
        m_backend->call<ops::AddStaff>(draft, this, [done](const Result<CreatedStaff>& r) { done(r.error()); });
    } else {
        const StaffEdit edit{m_id, m_version, name, role, organization, m_reason->toPlainText()};
        m_backend->call<ops::ChangeStaff>(edit, this, [done](const Result<Done>& r) { done(r.error()); });
    }
}

} // namespace pd::ui
