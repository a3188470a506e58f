#pragma once

#include "Backend.h"
#include "FormDialog.h"

#include <QDialog>
#include <QTimer>

class QBoxLayout;
class QComboBox;
class QDateTimeEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QListWidget;
class QPlainTextEdit;
class QSettings;

namespace pd::ui {

/// Creates a BCH invoice: choose the member (search by name, email or id), the amount in BCH
/// or satoshis, a description and the expiry. Checks what it can before asking the database;
/// a refused save shows why in the dialog and keeps everything typed. On success emits
/// created() and closes.
class NewInvoiceDialog : public FormDialog
{
    Q_OBJECT
public:
    explicit NewInvoiceDialog(Backend* backend, QWidget* parent = nullptr);

    /// Test and drill-down hook: selects a member directly (id and display name).
    void setMember(qint64 userId, const QString& name);
    qint64 memberId() const { return m_memberId; }
    /// The amount typed, in satoshis; nullopt with `why` set when it is not a valid amount.
    std::optional<qint64> amountSats(QString* why = nullptr) const;
    QLineEdit* memberSearch() const { return m_search; }
    QLineEdit* amountEdit() const { return m_amount; }
    QComboBox* unitBox() const { return m_unit; }
    QLineEdit* descriptionEdit() const { return m_description; }
    QDateTimeEdit* expiryEdit() const { return m_expiry; }

Q_SIGNALS:
    void created(const pd::CreatedInvoice& invoice);

public:
    void submit() override;

private:
    void searchMembers();
    void updateAmountPreview();

    Backend* m_backend;
    qint64 m_memberId = 0;
    Backend::RequestId m_searchRequest = 0;
    QTimer m_searchTimer;
    QLineEdit* m_search = nullptr;
    QListWidget* m_results = nullptr;
    QLabel* m_member = nullptr;
    QLineEdit* m_amount = nullptr;
    QComboBox* m_unit = nullptr;
    QLabel* m_amountPreview = nullptr;
    QLineEdit* m_description = nullptr;
    QDateTimeEdit* m_expiry = nullptr;
};

/// Applies one manual status change to an invoice: mark paid or confirmed (transaction hash of
/// 64 hex digits), expire or cancel, with the reason the audit log keeps. If someone changed
/// the invoice since it was shown, the database refuses and the dialog says who and when;
/// nothing typed is lost.
class InvoiceChangeDialog : public FormDialog
{
    Q_OBJECT
public:
    /// `version` is the invoice's row version as shown; `txHash` prefills the hash field.
    InvoiceChangeDialog(Backend* backend, InvoiceChange::Action action, qint64 invoiceId, int version,
                        const QString& txHash, QWidget* parent = nullptr);

    QLineEdit* txHashEdit() const { return m_txHash; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }

Q_SIGNALS:
    void changed(qint64 invoiceId);

public:
    void submit() override;

private:
    Backend* m_backend;
    InvoiceChange m_change;
    QLineEdit* m_txHash = nullptr;
    QPlainTextEdit* m_reason = nullptr;
};

/// BCH settings: the organisation's watch-only account (an account-level xpub/tpub; new
/// invoices take fresh addresses from it) and the block-explorer link for transaction hashes.
class BchSettingsDialog : public FormDialog
{
    Q_OBJECT
public:
    BchSettingsDialog(Backend* backend, QSettings* settings, QWidget* parent = nullptr);

    /// The explorer link template in `settings`, with {txid} where the hash goes.
    static QString explorerTemplate(const QSettings* settings);
    /// The link for `txHash`, or an empty URL when the template is unusable.
    static QUrl explorerUrl(const QSettings* settings, const QString& txHash);
    static QString defaultExplorerTemplate();

    QLineEdit* xpubEdit() const { return m_xpub; }
    void submit() override;

private:
    Backend* m_backend;
    QSettings* m_settings;
    QLabel* m_current = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_network = nullptr;
    QLineEdit* m_xpub = nullptr;
    QLineEdit* m_explorer = nullptr;
    QLineEdit* m_electrum = nullptr;
    QSpinBox* m_gapLimit = nullptr;
};

} // namespace pd::ui
