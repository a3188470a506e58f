#pragma once

#include "Backend.h"
#include "Roles.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSettings;
class QToolButton;

namespace pd::ui {

class BchSettingsDialog;
class InvoiceChangeDialog;
class InvoicePrintDialog;
class NewInvoiceDialog;
class QrCodeWidget;
class TablePage;

/// The invoices page's BCH tools. Above the detail pane: the selected invoice's QR
/// code (its BIP21 URI with address and exact amount), the address with a copy button, the
/// amount in BCH and satoshis, status, the transaction hash linked to the configured block
/// explorer, QR export (PNG, SVG, clipboard) and the status actions the invoice allows. In
/// the page header: New invoice, Print sheet and BCH settings.
class InvoicePanel : public QWidget
{
    Q_OBJECT
public:
    /// Installs itself on `page` (which must be the invoices page).
    InvoicePanel(Backend* backend, QSettings* settings, TablePage* page);

    /// What the connected role may do: only headquarters creates and changes invoices and sets
    /// the account key; printing is for every role that sees invoices.
    void setPermissions(const Permissions& permissions);

    qint64 invoiceId() const { return m_id; }
    /// The BIP21 URI the QR code carries; empty while nothing is shown.
    QString paymentUri() const { return m_uri; }
    QrCodeWidget* qrWidget() const { return m_qr; }
    QPushButton* actionButton(InvoiceChange::Action action) const;

    /// Opens the dialogs (non-blocking; each deletes itself on close). Returned for tests.
    NewInvoiceDialog* openNewInvoice();
    InvoiceChangeDialog* openChange(InvoiceChange::Action action);
    BchSettingsDialog* openSettings();
    InvoicePrintDialog* openPrint();

    /// Writes the QR code as PNG (8 pixels a module) or SVG, by the file's suffix.
    Result<Done> saveQr(const QString& path) const;

Q_SIGNALS:
    /// The invoice `id` is shown with its QR code.
    void invoiceShown(qint64 id);

private:
    void showInvoice(const DetailRecord& record);
    void clear();
    void copyAddress();
    void copyQr();
    void exportQr();
    void afterChange(qint64 id);

    Backend* m_backend;
    QSettings* m_settings;
    TablePage* m_page;
    qint64 m_id = 0;
    int m_version = 0;
    QString m_status;
    QString m_txHash;
    QString m_address;
    QString m_uri;
    Backend::RequestId m_request = 0;
    Permissions m_permissions;
    QPushButton* m_newInvoice = nullptr;
    QPushButton* m_print = nullptr;
    QPushButton* m_bchSettings = nullptr;
    QrCodeWidget* m_qr = nullptr;
    QLabel* m_amount = nullptr;
    QLabel* m_statusLabel = nullptr;
    QLineEdit* m_addressLabel = nullptr;
    QLabel* m_txLabel = nullptr;
    QToolButton* m_copyAddress = nullptr;
    QToolButton* m_qrMenu = nullptr;
    QPushButton* m_markPaid = nullptr;
    QPushButton* m_confirm = nullptr;
    QPushButton* m_expire = nullptr;
    QPushButton* m_cancel = nullptr;
};

} // namespace pd::ui
