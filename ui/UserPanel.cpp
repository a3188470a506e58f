#include "UserPanel.h"

#include "DetailPane.h"
#include "TablePage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace pd::ui {

UserPanel::UserPanel(Backend* backend, TablePage* page)
    : QWidget(page)
    , m_backend(backend)
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
    layout->addWidget(m_reveal);
    layout->addWidget(m_result, 1);
    connect(m_reveal, &QPushButton::clicked, this, &UserPanel::reveal);
    page->setDetailHeader(this);
    connect(page->detailPane(), &DetailPane::recordShown, this, &UserPanel::showRecord);
    connect(page->detailPane(), &DetailPane::currentIdChanged, this, [this](qint64 id) {
        if (id != m_userId) {
            m_userId = 0;
            m_result->clear();
            m_reveal->setEnabled(false);
        }
    });
    m_reveal->setEnabled(false);
}

void UserPanel::setPermissions(const Permissions& permissions)
{
    m_permissions = permissions;
    setVisible(permissions.revealsAccountNumbers());
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
