#pragma once

#include "Backend.h"
#include "Bulk.h"

#include <QDialog>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace pd::models {
class BulkRun;
}

namespace pd::ui {

class TablePage;

/// A bulk action on the selected rows of a list (docs/DOMAIN.md, "Bulk actions"): checks them
/// first and says what will happen ("You are about to expire 412 invoices worth 51.2 BCH",
/// with the rows that will be left as they are and why), asks for one reason, applies with
/// progress and Stop, then lists every row that was not applied with why (Copy list puts it on
/// the clipboard). The database stays as it was for a row that failed; the others stay applied.
class BulkDialog : public QDialog
{
    Q_OBJECT
public:
    BulkDialog(Backend* backend, BulkAction action, const QVector<qint64>& ids, QWidget* parent = nullptr);

    models::BulkRun* run() const { return m_run; }
    QLineEdit* reasonEdit() const { return m_reason; }
    /// AssignKycDocuments: the reviewer to assign to (null for the other actions).
    QComboBox* assigneeBox() const { return m_assignee; }
    QPushButton* applyButton() const { return m_apply; }
    /// The summary or result sentence shown at the top.
    QString summaryText() const;
    /// Rows listed in the table (refused by the pre-flight, then not applied).
    int listedRows() const;
    /// The listed rows as tab-separated text (id, state, why), as Copy list copies it.
    QString listText() const;

Q_SIGNALS:
    /// Applying ended (with the counts); the page's live feed shows the changed rows.
    void applied(int applied, int failed);

private:
    void onChecked();
    void onFinished();
    void updateApply();
    void fillList(const QVector<QStringList>& rows);

    models::BulkRun* m_run = nullptr;
    QLabel* m_summary = nullptr;
    QProgressBar* m_progress = nullptr;
    QTableWidget* m_list = nullptr;
    QLineEdit* m_reason = nullptr;
    QComboBox* m_assignee = nullptr;
    QPushButton* m_apply = nullptr;
    QPushButton* m_stop = nullptr;
    QPushButton* m_copy = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

/// Adds a "Bulk actions" menu button to `page`'s header with the actions of its list that
/// `permissions` allow (none: no button); each opens a BulkDialog on the selected rows.
void addBulkActions(TablePage* page, Backend* backend, const Permissions& permissions);

} // namespace pd::ui
