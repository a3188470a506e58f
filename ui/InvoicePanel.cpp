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

#include <QApplication>
#include <QClipboard>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
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
    layout->addLayout(actions);

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
    for (QPushButton* button : {m_markPaid, m_confirm, m_expire, m_cancel}) {
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
    m_copyAddress->setEnabled(false);
    m_qrMenu->setEnabled(false);
    for (QPushButton* button : {m_markPaid, m_confirm, m_expire, m_cancel}) {
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
            m_uri = invoicePaymentUri(result.value().first());
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

void InvoicePanel::afterChange(qint64 id)
{
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
