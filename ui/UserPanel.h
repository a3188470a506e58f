#pragma once

#include "Backend.h"
#include "Roles.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace pd::ui {

class TablePage;

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
    QPushButton* m_reveal = nullptr;
    QLabel* m_result = nullptr;
};

} // namespace pd::ui
