#include "UserPanel.h"

#include "DetailPane.h"
#include "Money.h"
#include "TablePage.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace pd::ui {

UserActivationDialog::UserActivationDialog(Backend* backend, qint64 userId, int version, bool activate,
                                           const QString& name, QWidget* parent)
    : FormDialog(parent)
    , m_backend(backend)
{
    setObjectName(QStringLiteral("userActivationDialog"));
    m_change.id = userId;
    m_change.version = version;
    m_change.active = activate;
    setWindowTitle(activate ? tr("Reactivate %1").arg(name) : tr("Deactivate %1").arg(name));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(activate ? tr("%1 can sign in and use the services again.").arg(name)
                                      : tr("%1 can no longer sign in or use the services. Nothing is deleted: the "
                                           "member's records stay, and headquarters can reactivate them.")
                                            .arg(name),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_reason = addReasonField(form, true);
    // A refusal for a missing reason goes once the reason is typed.
    connect(m_reason, &QPlainTextEdit::textChanged, this, [this]() {
        if (!m_reason->toPlainText().trimmed().isEmpty()) {
            showError(QString());
        }
    });
    layout->addLayout(form);
    finishLayout(layout, applyCloseButtons(activate ? tr("Reactivate") : tr("Deactivate")));
}

void UserActivationDialog::submit()
{
    if (!reasonGiven(m_reason)) {
        return;
    }
    if (!beginSave()) {
        return;
    }
    UserActivation change = m_change;
    change.reason = m_reason->toPlainText();
    m_backend->call<ops::SetUserActive>(change, this, [this](const Result<Done>& result) {
        finishSave(result.error(), [this]() { Q_EMIT changed(m_change.id); });
    });
}

UserPanel::UserPanel(Backend* backend, TablePage* page)
    : QWidget(page)
    , m_backend(backend)
    , m_page(page)
{
    setObjectName(QStringLiteral("userPanel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 0);
    m_reveal = new QPushButton(tr("Reveal account number"), this);
    m_reveal->setObjectName(QStringLiteral("revealAccount"));
    m_reveal->setToolTip(tr("Show the full bank account number of this member's auto-debit contract; the reveal is "
                            "recorded in the audit log"));
    m_result = new QLabel(this);
    m_result->setObjectName(QStringLiteral("revealResult"));
    m_result->setWordWrap(true);
    m_result->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_activation = new QPushButton(tr("Deactivate…"), this);
    m_activation->setObjectName(QStringLiteral("changeActivation"));
    m_activation->setEnabled(false);
    m_credit = new QPushButton(tr("Credit…"), this);
    m_credit->setObjectName(QStringLiteral("manualCredit"));
    m_credit->setToolTip(tr("Add to or take from this user's BCH credit balance, with a reason (four eyes above the "
                            "limit)"));
    m_credit->setEnabled(false);
    layout->addWidget(m_reveal);
    layout->addWidget(m_activation);
    layout->addWidget(m_credit);
    layout->addWidget(m_result, 1);
    connect(m_reveal, &QPushButton::clicked, this, &UserPanel::reveal);
    connect(m_activation, &QPushButton::clicked, this, &UserPanel::changeActivation);
    connect(m_credit, &QPushButton::clicked, this, &UserPanel::credit);
    page->setDetailHeader(this);
    connect(page->detailPane(), &DetailPane::recordShown, this, &UserPanel::showRecord);
    connect(page->detailPane(), &DetailPane::currentIdChanged, this, [this](qint64 id) {
        if (id != m_userId) {
            m_userId = 0;
            m_result->clear();
            m_reveal->setEnabled(false);
            m_activation->setEnabled(false);
            m_credit->setEnabled(false);
        }
    });
    m_reveal->setEnabled(false);
}

void UserPanel::setPermissions(const Permissions& permissions)
{
    m_permissions = permissions;
    m_reveal->setVisible(permissions.revealsAccountNumbers());
    m_activation->setVisible(permissions.administersUsers());
    m_credit->setVisible(permissions.administersUsers());
    setVisible(permissions.revealsAccountNumbers() || permissions.administersUsers());
}

QString UserPanel::resultText() const
{
    return m_result->text();
}

void UserPanel::showRecord(const DetailRecord& record)
{
    m_userId = record.id;
    m_result->clear();
    m_reveal->setEnabled(record.field(QStringLiteral("account_masked")).isValid());
    m_version = record.field(QStringLiteral("version")).toInt();
    const QVariant active = record.field(QStringLiteral("is_active"));
    m_active = !active.isValid() || active.toBool();
    m_name = record.title;
    m_activation->setText(m_active ? tr("Deactivate…") : tr("Reactivate…"));
    m_activation->setToolTip(m_active ? tr("Stop this member's sign-in and services, with a reason (audited)")
                                      : tr("Let this member sign in and use the services again (audited)"));
    m_activation->setEnabled(true);
    m_credit->setEnabled(true);
}

ManualCreditDialog* UserPanel::credit()
{
    if (m_userId <= 0) {
        return nullptr;
    }
    auto* dialog = new ManualCreditDialog(m_backend, m_userId, m_name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ManualCreditDialog::credited, this, [this](const ManualCreditResult& result) {
        m_result->setText(result.status == QLatin1String("approved")
                              ? tr("Credited (request #%1).").arg(result.requestId)
                              : tr("Request #%1 waits for another headquarters admin: it is above the four-eyes "
                                   "limit of %2.")
                                    .arg(result.requestId)
                                    .arg(Money(result.fourEyesSats, Currency::BCH).format(QLocale())));
        m_page->refresh();
    });
    dialog->open();
    return dialog;
}

UserActivationDialog* UserPanel::changeActivation()
{
    if (m_userId <= 0) {
        return nullptr;
    }
    auto* dialog = new UserActivationDialog(m_backend, m_userId, m_version, !m_active, m_name, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UserActivationDialog::changed, m_page, &TablePage::refresh);
    dialog->open();
    return dialog;
}

void UserPanel::reveal()
{
    if (m_userId <= 0) {
        return;
    }
    const qint64 id = m_userId;
    m_reveal->setEnabled(false);
    m_backend->revealAccountNumber(id, this, [this, id](const Result<QString>& result) {
        if (id != m_userId) {
            return;
        }
        m_reveal->setEnabled(true);
        m_result->setText(result.ok()
                              ? tr("Account number: %1 (revealed; recorded in the audit log)").arg(result.value())
                              : result.error().message);
        Q_EMIT revealFinished(result.ok());
    });
}

} // namespace pd::ui
