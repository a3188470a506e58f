#pragma once

#include "Backend.h"
#include "FormDialog.h"
#include "Roles.h"

#include <QWidget>

class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace pd::ui {

class TablePage;

/// Starts a streamed CSV export with a progress dialog (shown after a second) whose Cancel
/// stops it; `finished(ok, message)` is called once with a sentence for the status bar.
/// `expectedRows` sizes the progress bar (0: unknown).
void runCsvExport(QWidget* parent, Backend* backend, const ExportRequest& request, qint64 expectedRows,
                  const std::function<void(bool ok, const QString& message)>& finished);

/// Marks a pending or failed payment paid by hand (the day the money arrived, an optional
/// reference, a required reason) or cancels it (reason), after BTCPay's "mark settled". A
/// refusal (settlement confirmed, someone changed it first) is shown in the dialog, which keeps
/// what was typed.
class PaymentChangeDialog : public FormDialog
{
    Q_OBJECT
public:
    PaymentChangeDialog(Backend* backend, PaymentChange::Action action, qint64 paymentId, int version,
                        QWidget* parent = nullptr);
    QDateEdit* paidOnEdit() const { return m_paidOn; }
    QLineEdit* referenceEdit() const { return m_reference; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    void submit() override;

Q_SIGNALS:
    void changed(qint64 paymentId);

private:
    Backend* m_backend;
    PaymentChange m_change;
    QDateEdit* m_paidOn = nullptr;
    QLineEdit* m_reference = nullptr;
    QPlainTextEdit* m_reason = nullptr;
};

/// The payments page's actions above the detail pane: Mark paid… and Cancel payment…, for
/// roles that change payments and payments that are pending or failed.
class PaymentPanel : public QWidget
{
    Q_OBJECT
public:
    PaymentPanel(Backend* backend, TablePage* page);
    void setPermissions(const Permissions& permissions);
    QPushButton* markPaidButton() const { return m_markPaid; }
    QPushButton* cancelButton() const { return m_cancel; }
    /// Opens the dialog for the shown payment (non-modal; returned for tests).
    PaymentChangeDialog* openChange(PaymentChange::Action action);

private:
    void showRecord(const DetailRecord& record);

    Backend* m_backend;
    TablePage* m_page;
    qint64 m_id = 0;
    int m_version = 0;
    QPushButton* m_markPaid = nullptr;
    QPushButton* m_cancel = nullptr;
};

/// Confirms, marks paid or reopens a settlement. Confirming says what it freezes; reopening
/// needs a reason.
class SettlementChangeDialog : public FormDialog
{
    Q_OBJECT
public:
    SettlementChangeDialog(Backend* backend, SettlementChange::Action action, qint64 settlementId, int version,
                           const QString& what, QWidget* parent = nullptr);
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    void submit() override;

Q_SIGNALS:
    void changed(qint64 settlementId);

private:
    Backend* m_backend;
    SettlementChange m_change;
    QPlainTextEdit* m_reason = nullptr;
};

/// The settlements page's tools: "Compute month…" in the header (drafts from the month's
/// successful payments), and above the detail pane Confirm…, Mark paid…, Reopen… (headquarters),
/// Export payments (the counted payments as CSV) and Print / Save PDF of the settlement.
class SettlementPanel : public QWidget
{
    Q_OBJECT
public:
    SettlementPanel(Backend* backend, TablePage* page);
    void setPermissions(const Permissions& permissions);
    /// Computes the drafts of `month` ("YYYY-MM") for every visible center; the result shows in
    /// the page header and the list reloads.
    void computeMonth(const QString& month);
    QString statusText() const;
    /// The shown settlement as a printable HTML page (title, figures, payments by method).
    QString settlementHtml() const;
    /// Writes the shown settlement to a PDF file; false when none is shown or writing failed.
    bool writePdf(const QString& path) const;
    SettlementChangeDialog* openChange(SettlementChange::Action action);
    QPushButton* confirmButton() const { return m_confirm; }

Q_SIGNALS:
    void computed(bool ok);

private:
    void showRecord(const DetailRecord& record);
    void exportPayments();
    void print();

    Backend* m_backend;
    TablePage* m_page;
    DetailRecord m_record;
    QLabel* m_status = nullptr;
    QPushButton* m_compute = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_markPaid = nullptr;
    QPushButton* m_reopen = nullptr;
    QPushButton* m_export = nullptr;
    QPushButton* m_print = nullptr;
};

} // namespace pd::ui
