#include "InvoicePanel.h"

#include "DetailPane.h"
#include "InvoiceDialogs.h"
#include "InvoicePrintDialog.h"
#include "Labels.h"
#include "Money.h"
#include "OutputFile.h"
#include "PagedTableModel.h"
#include "QrCodeWidget.h"
#include "QrImage.h"
#include "TablePage.h"
#include "chain/ChainSettings.h"

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMimeData>
#include <QPushButton>
#include <QSaveFile>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace pd::ui {

InvoicePanel::InvoicePanel(Backend* backend, QSettings* settings, TablePage* page)
    : QWidget(page)
    , m_backend(backend)
    , m_settings(settings)
    , m_page(page)
{
    setObjectName(QStringLiteral("invoicePanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 0);
    layout->setSpacing(4);

    // The chain watcher's state and the account's gap-limit warning, for the whole page.
    m_chainState = new QLabel(this);
    m_chainState->setObjectName(QStringLiteral("chainState"));
    m_chainState->setWordWrap(true);
    m_chainState->setForegroundRole(QPalette::PlaceholderText);
    layout->addWidget(m_chainState);
    m_gapWarning = new QLabel(this);
    m_gapWarning->setObjectName(QStringLiteral("gapWarning"));
    m_gapWarning->setWordWrap(true);
    {
        QPalette warning = m_gapWarning->palette();
        warning.setColor(QPalette::WindowText, QColor(0x9a, 0x4d, 0x00));
        m_gapWarning->setPalette(warning);
    }
    m_exportGaps = new QPushButton(tr("Export addresses to scan…"), this);
    m_exportGaps->setObjectName(QStringLiteral("exportGaps"));
    layout->addWidget(m_gapWarning);
    layout->addWidget(m_exportGaps, 0, Qt::AlignLeft);
    m_gapWarning->hide();
    m_exportGaps->hide();

    m_qr = new QrCodeWidget(this);
    m_qr->setMinimumSize(180, 180);
    m_qr->setMaximumHeight(240);
    layout->addWidget(m_qr, 0, Qt::AlignHCenter);

    m_amount = new QLabel(this);
    m_amount->setObjectName(QStringLiteral("invoiceAmount"));
    m_amount->setAlignment(Qt::AlignHCenter);
    m_amount->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_amount);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("invoiceStatus"));
    m_statusLabel->setAlignment(Qt::AlignHCenter);
    layout->addWidget(m_statusLabel);

    auto* addressRow = new QHBoxLayout;
    // Read-only line: the whole address stays selectable however narrow the pane is.
    m_addressLabel = new QLineEdit(this);
    m_addressLabel->setObjectName(QStringLiteral("invoiceAddress"));
    m_addressLabel->setReadOnly(true);
    m_addressLabel->setFrame(false);
    QFont mono(QStringLiteral("monospace"));
    mono.setStyleHint(QFont::Monospace);
    m_addressLabel->setFont(mono);
    m_copyAddress = new QToolButton(this);
    m_copyAddress->setObjectName(QStringLiteral("copyAddress"));
    m_copyAddress->setText(tr("Copy"));
    m_copyAddress->setToolTip(tr("Copy the address to the clipboard"));
    m_qrMenu = new QToolButton(this);
    m_qrMenu->setObjectName(QStringLiteral("qrMenu"));
    m_qrMenu->setText(tr("QR"));
    m_qrMenu->setToolTip(tr("Copy or save the QR code"));
    m_qrMenu->setPopupMode(QToolButton::InstantPopup);
    auto* menu = new QMenu(m_qrMenu);
    menu->addAction(tr("Copy QR image"), this, &InvoicePanel::copyQr);
    menu->addAction(tr("Copy payment URI"), this, [this]() { QGuiApplication::clipboard()->setText(m_uri); });
    menu->addAction(tr("Save QR as PNG or SVG…"), this, &InvoicePanel::exportQr);
    m_qrMenu->setMenu(menu);
    addressRow->addWidget(m_addressLabel, 1);
    addressRow->addWidget(m_copyAddress);
    addressRow->addWidget(m_qrMenu);
    layout->addLayout(addressRow);

    m_txLabel = new QLabel(this);
    m_txLabel->setObjectName(QStringLiteral("invoiceTx"));
    m_txLabel->setWordWrap(true);
    m_txLabel->setTextFormat(Qt::RichText);
    m_txLabel->setOpenExternalLinks(true);
    m_txLabel->setTextInteractionFlags(Qt::TextBrowserInteraction);
    layout->addWidget(m_txLabel);
    m_chainNote = new QLabel(this);
    m_chainNote->setObjectName(QStringLiteral("chainNote"));
    m_chainNote->setWordWrap(true);
    layout->addWidget(m_chainNote);

    auto* actions = new QGridLayout;
    m_markPaid = new QPushButton(tr("Mark paid…"), this);
    m_markPaid->setObjectName(QStringLiteral("markPaid"));
    m_confirm = new QPushButton(tr("Confirm…"), this);
    m_confirm->setObjectName(QStringLiteral("confirmPaid"));
    m_expire = new QPushButton(tr("Expire…"), this);
    m_expire->setObjectName(QStringLiteral("expireInvoice"));
    m_cancel = new QPushButton(tr("Cancel invoice…"), this);
    m_cancel->setObjectName(QStringLiteral("cancelInvoice"));
    actions->addWidget(m_markPaid, 0, 0);
    actions->addWidget(m_confirm, 0, 1);
    actions->addWidget(m_expire, 1, 0);
    actions->addWidget(m_cancel, 1, 1);
    m_checkChain = new QPushButton(tr("Check on chain"), this);
    m_checkChain->setObjectName(QStringLiteral("checkOnChain"));
    m_checkChain->setToolTip(tr("Ask the Electrum servers about this invoice's address now and record what they show"));
    m_acceptLate = new QPushButton(tr("Accept late payment…"), this);
    m_acceptLate->setObjectName(QStringLiteral("acceptLate"));
    m_refundLate = new QPushButton(tr("Mark for refund…"), this);
    m_refundLate->setObjectName(QStringLiteral("refundLate"));
    actions->addWidget(m_checkChain, 2, 0, 1, 2);
    actions->addWidget(m_acceptLate, 3, 0);
    actions->addWidget(m_refundLate, 3, 1);
    layout->addLayout(actions);
    connect(m_checkChain, &QPushButton::clicked, this, &InvoicePanel::checkOnChain);
    const auto askReason = [this](bool accept) {
        auto* dialog = new QInputDialog(window());
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setObjectName(accept ? QStringLiteral("acceptLateDialog") : QStringLiteral("refundLateDialog"));
        dialog->setWindowTitle(accept ? tr("Accept late payment") : tr("Mark for refund"));
        dialog->setLabelText(accept ? tr("Why is this late payment accepted? The invoice, its monthly payment and the "
                                         "credit are settled; the reason is kept in the audit log.")
                                    : tr("Why is this money to be refunded? The reason is kept in the audit log."));
        connect(dialog, &QInputDialog::textValueSelected, this,
                [this, accept](const QString& reason) { decideLatePayment(accept, reason); });
        dialog->open();
    };
    connect(m_acceptLate, &QPushButton::clicked, this, [askReason]() { askReason(true); });
    connect(m_refundLate, &QPushButton::clicked, this, [askReason]() { askReason(false); });
    connect(m_exportGaps, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getSaveFileName(
            this, tr("Export addresses to scan"), QStringLiteral("addresses-to-scan.csv"), tr("CSV file (*.csv)"));
        if (path.isEmpty()) {
            return;
        }
        const auto written = exportAddressesToScan(path);
        Q_EMIT chainActionFinished(
            written.ok(), written.ok() ? tr("Saved %n address(es) to %1.", nullptr, int(m_gaps.toScan.size())).arg(path)
                                       : written.error().message);
    });
    m_chainTimer.setInterval(10000);
    connect(&m_chainTimer, &QTimer::timeout, this, &InvoicePanel::refreshChainState);
    m_chainTimer.start();
    QTimer::singleShot(0, this, &InvoicePanel::refreshChainState);

    connect(m_copyAddress, &QToolButton::clicked, this, &InvoicePanel::copyAddress);
    connect(m_markPaid, &QPushButton::clicked, this, [this]() { openChange(InvoiceChange::Action::MarkPaid); });
    connect(m_confirm, &QPushButton::clicked, this, [this]() { openChange(InvoiceChange::Action::Confirm); });
    connect(m_expire, &QPushButton::clicked, this, [this]() { openChange(InvoiceChange::Action::Expire); });
    connect(m_cancel, &QPushButton::clicked, this, [this]() { openChange(InvoiceChange::Action::Cancel); });

    // Header buttons of the page.
    auto* newInvoice = m_newInvoice = new QPushButton(tr("New invoice…"), page);
    newInvoice->setObjectName(QStringLiteral("newInvoice"));
    newInvoice->setToolTip(tr("Create a BCH invoice with a fresh address (Ctrl+N)"));
    newInvoice->setShortcut(QKeySequence::New);
    auto* print = m_print = new QPushButton(tr("Print sheet…"), page);
    print->setObjectName(QStringLiteral("printInvoices"));
    print->setToolTip(tr("Print the selected invoices, or all that match the filters, several per A4 page "
                         "(Ctrl+P)"));
    print->setShortcut(QKeySequence::Print);
    auto* bchSettings = m_bchSettings = new QPushButton(tr("BCH settings…"), page);
    bchSettings->setObjectName(QStringLiteral("bchSettings"));
    page->addHeaderWidget(newInvoice);
    page->addHeaderWidget(print);
    page->addHeaderWidget(bchSettings);
    connect(newInvoice, &QPushButton::clicked, this, &InvoicePanel::openNewInvoice);
    connect(print, &QPushButton::clicked, this, &InvoicePanel::openPrint);
    connect(bchSettings, &QPushButton::clicked, this, &InvoicePanel::openSettings);

    page->view()->setSelectionMode(QAbstractItemView::ExtendedSelection);
    page->setDetailHeader(this);
    connect(page->detailPane(), &DetailPane::recordShown, this, &InvoicePanel::showInvoice);
    connect(page->detailPane(), &DetailPane::currentIdChanged, this, [this](qint64 id) {
        if (id != m_id) {
            clear();
        }
    });
    clear();
}

void InvoicePanel::setPermissions(const Permissions& permissions)
{
    m_permissions = permissions;
    const bool manage = permissions.managesInvoices();
    m_newInvoice->setVisible(manage);
    m_newInvoice->setEnabled(manage); // keeps its Ctrl+N shortcut from firing too
    m_bchSettings->setVisible(manage);
    m_print->setVisible(permissions.printsInvoices());
    m_print->setEnabled(permissions.printsInvoices());
    for (QPushButton* button : {m_markPaid, m_confirm, m_expire, m_cancel, m_checkChain, m_acceptLate, m_refundLate}) {
        button->setVisible(manage);
    }
}

QPushButton* InvoicePanel::actionButton(InvoiceChange::Action action) const
{
    switch (action) {
    case InvoiceChange::Action::MarkPaid:
        return m_markPaid;
    case InvoiceChange::Action::Confirm:
        return m_confirm;
    case InvoiceChange::Action::Expire:
        return m_expire;
    case InvoiceChange::Action::Cancel:
        return m_cancel;
    }
    return nullptr;
}

void InvoicePanel::clear()
{
    if (m_request) {
        m_backend->cancel(m_request);
        m_request = 0;
    }
    m_id = 0;
    m_uri.clear();
    m_address.clear();
    m_txHash.clear();
    m_status.clear();
    m_qr->setPayload(QString());
    m_amount->clear();
    m_statusLabel->clear();
    m_addressLabel->clear();
    m_txLabel->clear();
    m_chainNote->clear();
    m_exception.clear();
    m_resolution.clear();
    m_receivedSats = 0;
    m_amountSats = 0;
    m_copyAddress->setEnabled(false);
    m_qrMenu->setEnabled(false);
    for (QPushButton* button : {m_markPaid, m_confirm, m_expire, m_cancel, m_checkChain, m_acceptLate, m_refundLate}) {
        button->setEnabled(false);
    }
}

void InvoicePanel::showInvoice(const DetailRecord& record)
{
    clear();
    m_id = record.id;
    m_version = record.field(QStringLiteral("version")).toInt();
    m_status = record.field(QStringLiteral("status")).toString();
    m_txHash = record.field(QStringLiteral("tx_hash")).toString();
    m_address = record.field(QStringLiteral("address")).toString();
    const qint64 sats = record.field(QStringLiteral("amount")).toLongLong();
    m_amountSats = sats;
    m_receivedSats = record.field(QStringLiteral("received_sats")).toLongLong();
    m_exception = record.field(QStringLiteral("exception")).toString();
    m_resolution = record.field(QStringLiteral("resolution")).toString();
    const QLocale locale;
    m_amount->setText(QStringLiteral("<b>%1</b> · %2")
                          .arg(Money(sats, Currency::BCH).format(locale).toHtmlEscaped(),
                               tr("%1 satoshis").arg(locale.toString(sats)).toHtmlEscaped()));
    m_statusLabel->setText(models::Labels::valueLabel(Area::Invoices, QStringLiteral("status"), m_status));
    m_addressLabel->setText(m_address);
    m_addressLabel->setCursorPosition(0);
    m_copyAddress->setEnabled(!m_address.isEmpty());
    if (!m_txHash.isEmpty()) {
        const QUrl link = BchSettingsDialog::explorerUrl(m_settings, m_txHash);
        const QString shortHash = m_txHash.left(16) + QStringLiteral("…");
        m_txLabel->setText(link.isEmpty() ? tr("Transaction %1").arg(m_txHash)
                                          : tr("Transaction <a href=\"%1\">%2</a>")
                                                .arg(link.toString(QUrl::FullyEncoded).toHtmlEscaped(), shortHash));
        m_txLabel->setToolTip(m_txHash);
    }
    const bool pending = m_status == QLatin1String("pending") && m_permissions.managesInvoices();
    m_markPaid->setEnabled(pending);
    m_confirm->setEnabled(pending || (m_status == QLatin1String("paid") && m_permissions.managesInvoices()));
    m_expire->setEnabled(pending);
    m_cancel->setEnabled(pending);
    const bool manage = m_permissions.managesInvoices();
    m_checkChain->setEnabled(manage);
    const bool undecidedLate = m_exception == QLatin1String("paid_late") && m_resolution.isEmpty();
    m_acceptLate->setEnabled(manage && undecidedLate && m_receivedSats >= m_amountSats);
    m_refundLate->setEnabled(manage && undecidedLate);
    const auto bch = [&locale](qint64 value) { return Money(value, Currency::BCH).format(locale); };
    const qint64 remaining = m_amountSats - m_receivedSats;
    if (m_exception == QLatin1String("underpaid")) {
        m_chainNote->setText(tr("Received %1 of %2. The QR code now asks for the remaining %3 at the same address.")
                                 .arg(bch(m_receivedSats), bch(m_amountSats), bch(remaining)));
    } else if (m_exception == QLatin1String("overpaid")) {
        m_chainNote->setText(tr("Received %1, %2 more than asked: decide whether to refund the difference.")
                                 .arg(bch(m_receivedSats), bch(-remaining)));
    } else if (m_exception == QLatin1String("paid_late")) {
        m_chainNote->setText(m_resolution == QLatin1String("accepted")
                                 ? tr("Paid after the expiry; the payment was accepted and settled.")
                             : m_resolution == QLatin1String("refund_due")
                                 ? tr("Paid after the expiry; the money is marked for a refund.")
                                 : tr("%1 arrived after the invoice expired. Nothing was settled: accept it or mark "
                                      "it for a refund.")
                                       .arg(bch(m_receivedSats)));
    }

    // The QR carries exactly what the printed sheet carries: same query, same URI builder.
    InvoiceSheetRequest request;
    request.ids = {record.id};
    const qint64 id = record.id;
    m_request =
        m_backend->fetchInvoiceSheet(request, this, [this, id](const Result<QVector<InvoiceSheetItem>>& result) {
            m_request = 0;
            if (id != m_id || !result.ok() || result.value().isEmpty()) {
                return;
            }
            // An underpaid invoice asks for the rest, at the same address.
            m_uri = m_exception == QLatin1String("underpaid") && m_amountSats > m_receivedSats
                        ? topUpPaymentUri(result.value().first(), m_amountSats - m_receivedSats)
                        : invoicePaymentUri(result.value().first());
            if (m_qr->setPayload(m_uri) && !m_uri.isEmpty()) {
                m_qrMenu->setEnabled(true);
                Q_EMIT invoiceShown(id);
            }
        });
}

void InvoicePanel::copyAddress()
{
    QGuiApplication::clipboard()->setText(m_address);
}

void InvoicePanel::copyQr()
{
    if (!m_qr->code()) {
        return;
    }
    auto* mime = new QMimeData;
    mime->setImageData(m_qr->image(8));
    mime->setText(m_uri);
    QGuiApplication::clipboard()->setMimeData(mime);
}

Result<Done> InvoicePanel::saveQr(const QString& path) const
{
    if (!m_qr->code()) {
        return Error(Error::Kind::Invalid, tr("Select an invoice first."));
    }
    PD_TRY(checkOutputTarget(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(Error::Kind::Invalid, tr("%1 could not be written: %2").arg(path, file.errorString()));
    }
    const bool svg = QFileInfo(path).suffix().compare(QLatin1String("svg"), Qt::CaseInsensitive) == 0;
    const QByteArray bytes = svg ? m_qr->code()->toSvg(8).toUtf8() : render::QrImage::png(*m_qr->code(), 8);
    if (file.write(bytes) != bytes.size()) {
        file.cancelWriting();
        return Error(Error::Kind::Invalid, tr("%1 could not be written: %2").arg(path, file.errorString()));
    }
    if (!file.commit()) {
        return Error(Error::Kind::Invalid, tr("%1 could not be written: %2").arg(path, file.errorString()));
    }
    return Done{};
}

void InvoicePanel::exportQr()
{
    QString selectedFilter;
    const QString png = tr("PNG image (*.png)");
    const QString svg = tr("SVG image (*.svg)");
    QString path = QFileDialog::getSaveFileName(this, tr("Save QR code"), QStringLiteral("invoice-%1.png").arg(m_id),
                                                png + QStringLiteral(";;") + svg, &selectedFilter);
    if (path.isEmpty()) {
        return;
    }
    if (QFileInfo(path).suffix().isEmpty()) {
        path += selectedFilter == svg ? QStringLiteral(".svg") : QStringLiteral(".png");
    }
    const auto saved = saveQr(path);
    if (!saved.ok()) {
        m_txLabel->setText(saved.error().message.toHtmlEscaped());
    }
}

NewInvoiceDialog* InvoicePanel::openNewInvoice()
{
    auto* dialog = new NewInvoiceDialog(m_backend, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &NewInvoiceDialog::created, this,
            [this](const CreatedInvoice& invoice) { afterChange(invoice.id); });
    dialog->open();
    return dialog;
}

InvoiceChangeDialog* InvoicePanel::openChange(InvoiceChange::Action action)
{
    if (m_id <= 0) {
        return nullptr;
    }
    auto* dialog = new InvoiceChangeDialog(m_backend, action, m_id, m_version, m_txHash, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &InvoiceChangeDialog::changed, this, &InvoicePanel::afterChange);
    dialog->open();
    return dialog;
}

BchSettingsDialog* InvoicePanel::openSettings()
{
    auto* dialog = new BchSettingsDialog(m_backend, m_settings, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this]() {
        if (m_page->detailPane()->record()) {
            showInvoice(*m_page->detailPane()->record()); // the explorer link may have changed
        }
        m_gapsDirty = true; // the gap limit (or the account) may have changed
        refreshChainState();
    });
    dialog->open();
    return dialog;
}

InvoicePrintDialog* InvoicePanel::openPrint()
{
    auto* dialog = new InvoicePrintDialog(m_backend, m_page, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

void InvoicePanel::checkOnChain()
{
    if (m_id <= 0) {
        return;
    }
    const qint64 id = m_id;
    m_checkChain->setEnabled(false);
    m_chainNote->setText(tr("Asking the Electrum servers about invoice #%1…").arg(id));
    m_backend->call<ops::CheckInvoiceOnChain>(ops::ById{id}, this, [this, id](const Result<InvoiceSettlement>& result) {
        m_checkChain->setEnabled(m_permissions.managesInvoices());
        if (!result.ok()) {
            m_chainNote->setText(result.error().message);
            Q_EMIT chainActionFinished(false, result.error().message);
            return;
        }
        const QString status =
            models::Labels::valueLabel(Area::Invoices, QStringLiteral("status"), result.value().status);
        const QString message =
            result.value().unchanged()
                ? tr("Invoice #%1 on chain: %2, as recorded.").arg(id).arg(status)
                : tr("Invoice #%1 on chain: now %2 (%3 received).")
                      .arg(id)
                      .arg(status, Money(result.value().receivedSats, Currency::BCH).format(QLocale()));
        Q_EMIT chainActionFinished(true, message);
        afterChange(id);
    });
}

void InvoicePanel::decideLatePayment(bool accept, const QString& reason)
{
    if (m_id <= 0) {
        return;
    }
    const qint64 id = m_id;
    LatePaymentDecision decision{id, m_version, accept, reason};
    m_backend->call<ops::ResolveLatePayment>(decision, this, [this, id, accept](const Result<Done>& result) {
        if (!result.ok()) {
            m_chainNote->setText(result.error().message);
            Q_EMIT chainActionFinished(false, result.error().message);
            return;
        }
        Q_EMIT chainActionFinished(true, accept ? tr("Invoice #%1: the late payment was accepted and settled.").arg(id)
                                                : tr("Invoice #%1: marked for a refund.").arg(id));
        afterChange(id);
    });
}

void InvoicePanel::refreshChainState()
{
    // Whoever runs first expires what is past its expiry: the watcher, the server or this console.
    if (m_permissions.managesInvoices()) {
        m_backend->call<ops::ExpireOverdueInvoices>(ops::NoInput{}, this, [this](const Result<ops::ExpiredCount>& r) {
            if (r.ok() && r.value().count > 0) {
                if (m_id > 0) {
                    afterChange(m_id);
                } else {
                    m_page->refresh();
                }
            }
        });
    }
    m_backend->call<ops::FetchChainStatus>(ops::NoInput{}, this, [this](const Result<QVector<ChainWatcherStatus>>& r) {
        if (r.ok()) {
            showChainState(r.value());
        }
    });
    // The gap report reads every invoice of the account: only when something may have changed.
    if (!m_gapsDirty) {
        return;
    }
    m_gapsDirty = false;
    AddressGapRequest gaps;
    gaps.gapLimit = chain::ChainSettings::load(m_settings).gapLimit;
    m_backend->call<ops::FetchAddressGaps>(gaps, this, [this](const Result<AddressGapReport>& r) {
        if (r.ok()) {
            showGaps(r.value());
        } else {
            m_gapsDirty = true;
        }
    });
}

void InvoicePanel::showChainState(const QVector<ChainWatcherStatus>& states)
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QLocale locale;
    const auto age = [&now](const QDateTime& at) {
        const qint64 seconds = std::max<qint64>(0, at.secsTo(now));
        return seconds < 120 ? tr("%n second(s) ago", nullptr, int(seconds))
                             : tr("%n minute(s) ago", nullptr, int(seconds / 60));
    };
    QString shortText;
    if (states.isEmpty()) {
        m_chainText = tr("No chain watcher is running: invoices change only by hand. Start paydesk watch-invoices, or "
                         "paydesk-server with --electrum (see the README).");
        shortText = tr("Chain: not watched");
    } else {
        const ChainWatcherStatus& s = states.first();
        const bool fresh = s.updatedAt.isValid() && s.updatedAt.secsTo(now) < 120;
        if (fresh && s.connected) {
            m_chainText =
                tr("Chain: %1 follows %2 at block %3 · %n invoice(s) watched · heard %4.", nullptr, s.watchedInvoices)
                    .arg(s.watcher, s.server, locale.toString(s.tipHeight),
                         age(s.lastSeenAt.isValid() ? s.lastSeenAt : s.updatedAt));
            shortText = tr("Chain: block %1").arg(locale.toString(s.tipHeight));
        } else if (fresh) {
            m_chainText = tr("Chain: %1 is not connected (%2); it tries its servers again.")
                              .arg(s.watcher, s.lastError.isEmpty() ? tr("no server answers") : s.lastError);
            shortText = tr("Chain: disconnected");
        } else {
            m_chainText = tr("Chain: %1 last reported %2 (block %3); it may have stopped.")
                              .arg(s.watcher, age(s.updatedAt), locale.toString(s.tipHeight));
            shortText = tr("Chain: watcher silent");
        }
        // The watcher changed invoices since we last looked: show them as they are now (the
        // first look only notes where the watcher stands: the list was just loaded).
        if (s.lastChangeAt.isValid() && (!m_lastChainChange.isValid() || s.lastChangeAt > m_lastChainChange)) {
            const bool first = !m_chainSeen;
            m_lastChainChange = s.lastChangeAt;
            if (!first) {
                m_gapsDirty = true;
                if (m_id > 0) {
                    afterChange(m_id);
                } else {
                    m_page->refresh();
                }
            }
        }
    }
    m_chainSeen = true;
    m_chainState->setText(m_chainText);
    Q_EMIT chainStateChanged(shortText);
}

void InvoicePanel::showGaps(const AddressGapReport& report)
{
    m_gaps = report;
    const bool warn = report.exceedsGapLimit();
    m_gapWarning->setVisible(warn);
    m_exportGaps->setVisible(warn && !report.toScan.isEmpty());
    m_gapWarning->setText(gapWarningText());
}

QString InvoicePanel::chainStateText() const
{
    return m_chainText;
}

QString InvoicePanel::gapWarningText() const
{
    if (!m_gaps.exceedsGapLimit()) {
        return {};
    }
    const QLocale locale;
    return tr("Address indexes %1 to %2 (%3 in a row) have received nothing. A wallet that stops after %4 unused "
              "addresses does not see payments to later ones: export them and scan them in the organisation's wallet.")
        .arg(locale.toString(m_gaps.runFrom), locale.toString(m_gaps.runTo), locale.toString(m_gaps.runLength),
             locale.toString(m_gaps.gapLimit));
}

Result<Done> InvoicePanel::exportAddressesToScan(const QString& path) const
{
    if (m_gaps.toScan.isEmpty()) {
        return Error(Error::Kind::Invalid, tr("There are no addresses to scan."));
    }
    PD_TRY(checkOutputTarget(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        return Error(Error::Kind::Invalid, tr("%1 could not be written: %2").arg(path, file.errorString()));
    }
    QByteArray csv = "derivation_index,address,invoice_id\r\n";
    for (const UnusedAddress& u : m_gaps.toScan) {
        csv += QByteArray::number(u.derivationIndex) + ',' + u.address.toLatin1() + ',' +
               QByteArray::number(u.invoiceId) + "\r\n";
    }
    if (file.write(csv) != csv.size() || !file.commit()) {
        return Error(Error::Kind::Invalid, tr("%1 could not be written: %2").arg(path, file.errorString()));
    }
    return Done{};
}

void InvoicePanel::afterChange(qint64 id)
{
    m_gapsDirty = true; // a new invoice or a payment changes the run of unused addresses
    // Reload the list (the row moved or changed status) and select the invoice again.
    auto* model = m_page->model();
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(model, &models::PagedTableModel::firstPageLoaded, this, [this, model, id, connection]() {
        disconnect(*connection);
        const int row = model->rowOfId(id);
        if (row >= 0) {
            m_page->view()->selectRow(row);
            m_page->view()->scrollTo(model->index(row, 0));
        } else {
            m_page->detailPane()->showRecord(id); // filtered out of the list; show it anyway
        }
    });
    m_page->refresh();
}

} // namespace pd::ui
