#pragma once

#include "Backend.h"
#include "Roles.h"

#include <QDateTime>
#include <QPointer>
#include <QTimer>
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

    /// Checks the shown invoice on chain now (Check on chain).
    void checkOnChain();
    /// Decides the shown invoice's late payment with `reason` (Accept late payment / Mark for refund).
    void decideLatePayment(bool accept, const QString& reason);
    /// Reads the chain watchers' state and the gap-limit report again (on a timer, every 10 s
    /// unless set otherwise).
    void refreshChainState();
    void setChainRefreshInterval(int milliseconds) { m_chainTimer.setInterval(milliseconds); }
    /// Writes the addresses the gap report says to scan as CSV (index, address, invoice).
    Result<Done> exportAddressesToScan(const QString& path) const;
    /// The line about the chain watcher shown on the page ("Chain: block 871,234 …").
    QString chainStateText() const;
    /// The gap-limit warning, empty when there is none.
    QString gapWarningText() const;

Q_SIGNALS:
    /// The invoice `id` is shown with its QR code.
    void invoiceShown(qint64 id);
    /// The chain watcher's state in a few words, for the status bar.
    void chainStateChanged(const QString& shortText);
    /// A check on chain or a decision finished; `message` says what happened.
    void chainActionFinished(bool ok, const QString& message);

private:
    void showInvoice(const DetailRecord& record);
    void clear();
    void copyAddress();
    void copyQr();
    void exportQr();
    void afterChange(qint64 id);
    void showChainState(const QVector<ChainWatcherStatus>& states);
    void showGaps(const AddressGapReport& report);

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
    // What the chain shows (migration 011) and the watcher's state.
    QString m_exception;
    QString m_resolution;
    qint64 m_receivedSats = 0;
    qint64 m_amountSats = 0;
    QLabel* m_chainState = nullptr;
    QLabel* m_chainNote = nullptr;
    QLabel* m_gapWarning = nullptr;
    QPushButton* m_exportGaps = nullptr;
    QPushButton* m_checkChain = nullptr;
    QPushButton* m_acceptLate = nullptr;
    QPushButton* m_refundLate = nullptr;
    QTimer m_chainTimer;
    QDateTime m_lastChainChange;
    bool m_chainSeen = false; ///< the watchers' state was read at least once
    bool m_gapsDirty = true;  ///< the gap report is to be read again
    QString m_chainText;
    AddressGapReport m_gaps;
};

} // namespace pd::ui
