#include "PaymentPanels.h"

#include "DetailPane.h"
#include "Labels.h"
#include "TablePage.h"

#include <QDateEdit>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPageLayout>
#include <QPlainTextEdit>
#include <QPrintDialog>
#include <QPrinter>
#include <QProgressDialog>
#include <QPushButton>
#include <QStandardPaths>
#include <QTextDocument>
#include <QVBoxLayout>

namespace pd::ui {

using models::Labels;

void runCsvExport(QWidget* parent, Backend* backend, const ExportRequest& request, qint64 expectedRows,
                  const std::function<void(bool ok, const QString& message)>& finished)
{
    auto* progress = new QProgressDialog(QObject::tr("Exporting…"), QObject::tr("Cancel"), 0,
                                         int(std::min<qint64>(expectedRows, std::numeric_limits<int>::max())), parent);
    progress->setObjectName(QStringLiteral("exportProgress"));
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(1000); // shown only when it takes more than a second
    progress->setAutoClose(false);
    progress->setAutoReset(false);
    progress->setValue(0);
    const QLocale locale;
    const QString path = request.path;
    const Backend::RequestId id = backend->exportCsv(
        request, progress,
        [progress, locale](qint64 rows) {
            if (progress->maximum() > 0) {
                progress->setValue(int(std::min<qint64>(rows, progress->maximum())));
            }
            progress->setLabelText(QObject::tr("Exporting… %1 rows written").arg(locale.toString(rows)));
        },
        [progress, path, locale, finished](const Result<ExportResult>& result) {
            progress->deleteLater();
            if (result.ok()) {
                finished(true, QObject::tr("%1 rows written to %2.")
                                   .arg(locale.toString(result.value().rows), QDir::toNativeSeparators(path)));
            } else if (result.error().kind == Error::Kind::Cancelled) {
                finished(false, QObject::tr("Export cancelled; no file was written."));
            } else {
                finished(false, result.error().message);
            }
        });
    QObject::connect(progress, &QProgressDialog::canceled, progress, [backend, id]() { backend->cancel(id); });
}

// -- payments ------------------------------------------------------------------------------------

PaymentChangeDialog::PaymentChangeDialog(Backend* backend, PaymentChange::Action action, qint64 paymentId, int version,
                                         QWidget* parent)
    : FormDialog(parent)
    , m_backend(backend)
{
    setObjectName(QStringLiteral("paymentChangeDialog"));
    m_change.id = paymentId;
    m_change.version = version;
    m_change.action = action;
    const bool paid = action == PaymentChange::Action::MarkPaid;
    setWindowTitle(paid ? tr("Mark payment #%1 paid").arg(paymentId) : tr("Cancel payment #%1").arg(paymentId));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(paid ? tr("Record money that arrived outside the auto-debit run (cash, bank transfer). "
                                       "The payment becomes successful and counts in its month's settlement.")
                                  : tr("The member will owe nothing for this month. Use this for a month the "
                                       "service was not given."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_paidOn = new QDateEdit(QDate::currentDate(), this);
    m_paidOn->setObjectName(QStringLiteral("paidOn"));
    m_paidOn->setCalendarPopup(true);
    m_paidOn->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_paidOn->setMaximumDate(QDate::currentDate());
    m_reference = new QLineEdit(this);
    m_reference->setObjectName(QStringLiteral("reference"));
    m_reference->setMaxLength(100);
    m_reference->setPlaceholderText(tr("Optional: receipt or transfer number"));
    if (paid) {
        form->addRow(tr("Money arrived on"), m_paidOn);
        form->addRow(tr("Reference"), m_reference);
    } else {
        m_paidOn->setVisible(false);
        m_reference->setVisible(false);
    }
    m_reason = addReasonField(form, true);
    layout->addLayout(form);
    finishLayout(layout, applyCloseButtons(paid ? tr("Mark paid") : tr("Cancel payment")));
}

void PaymentChangeDialog::submit()
{
    if (!reasonGiven(m_reason)) {
        return;
    }
    if (!beginSave()) {
        return;
    }
    PaymentChange change = m_change;
    change.reason = m_reason->toPlainText();
    change.paidOn = m_paidOn->date();
    change.reference = m_reference->text();
    m_backend->changePayment(change, this, [this](const Result<Done>& result) {
        finishSave(result.error(), [this]() { Q_EMIT changed(m_change.id); });
    });
}

PaymentPanel::PaymentPanel(Backend* backend, TablePage* page)
    : QWidget(page)
    , m_backend(backend)
    , m_page(page)
{
    setObjectName(QStringLiteral("paymentPanel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 0);
    m_markPaid = new QPushButton(tr("Mark paid…"), this);
    m_markPaid->setObjectName(QStringLiteral("markPaid"));
    m_markPaid->setToolTip(tr("Record a payment received outside the auto-debit run, with a reason"));
    m_cancel = new QPushButton(tr("Cancel payment…"), this);
    m_cancel->setObjectName(QStringLiteral("cancelPayment"));
    layout->addWidget(m_markPaid);
    layout->addWidget(m_cancel);
    layout->addStretch(1);
    connect(m_markPaid, &QPushButton::clicked, this, [this]() { openChange(PaymentChange::Action::MarkPaid); });
    connect(m_cancel, &QPushButton::clicked, this, [this]() { openChange(PaymentChange::Action::Cancel); });
    page->setDetailHeader(this);
    connect(page->detailPane(), &DetailPane::recordShown, this, &PaymentPanel::showRecord);
    connect(page->detailPane(), &DetailPane::currentIdChanged, this, [this](qint64 id) {
        if (id != m_id) {
            m_id = 0;
            m_markPaid->setEnabled(false);
            m_cancel->setEnabled(false);
        }
    });
    m_markPaid->setEnabled(false);
    m_cancel->setEnabled(false);
}

void PaymentPanel::setPermissions(const Permissions& permissions)
{
    setVisible(permissions.changesPayments());
}

void PaymentPanel::showRecord(const DetailRecord& record)
{
    m_id = record.id;
    m_version = record.field(QStringLiteral("version")).toInt();
    const QString status = record.field(QStringLiteral("status")).toString();
    const bool open = status == QLatin1String("pending") || status == QLatin1String("failed");
    m_markPaid->setEnabled(open);
    m_cancel->setEnabled(open);
}

PaymentChangeDialog* PaymentPanel::openChange(PaymentChange::Action action)
{
    if (m_id <= 0) {
        return nullptr;
    }
    auto* dialog = new PaymentChangeDialog(m_backend, action, m_id, m_version, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &PaymentChangeDialog::changed, m_page, &TablePage::refresh);
    dialog->open();
    return dialog;
}

// -- settlements ---------------------------------------------------------------------------------

SettlementChangeDialog::SettlementChangeDialog(Backend* backend, SettlementChange::Action action, qint64 settlementId,
                                               int version, const QString& what, QWidget* parent)
    : FormDialog(parent)
    , m_backend(backend)
{
    setObjectName(QStringLiteral("settlementChangeDialog"));
    m_change.id = settlementId;
    m_change.version = version;
    m_change.action = action;
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(this);
    intro->setWordWrap(true);
    QString button;
    switch (action) {
    case SettlementChange::Action::Confirm:
        setWindowTitle(tr("Confirm settlement"));
        intro->setText(tr("%1: the figures are counted again from the month's successful payments and frozen. "
                          "Afterwards a change to those payments is refused until headquarters reopens the "
                          "settlement.")
                           .arg(what));
        button = tr("Confirm");
        break;
    case SettlementChange::Action::MarkPaid:
        setWindowTitle(tr("Mark settlement paid out"));
        intro->setText(tr("%1: the net amount was transferred to the center.").arg(what));
        button = tr("Mark paid out");
        break;
    case SettlementChange::Action::Reopen:
        setWindowTitle(tr("Reopen settlement"));
        intro->setText(
            tr("%1 goes back to draft: its payments can change again and it must be confirmed again.").arg(what));
        button = tr("Reopen");
        break;
    }
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_reason = addReasonField(form, action == SettlementChange::Action::Reopen);
    layout->addLayout(form);
    finishLayout(layout, applyCloseButtons(button));
}

void SettlementChangeDialog::submit()
{
    if (m_change.action == SettlementChange::Action::Reopen && m_reason->toPlainText().trimmed().isEmpty()) {
        showError(tr("Give a reason for reopening: it is kept in the audit log with your name."));
        m_reason->setFocus();
        return;
    }
    if (!beginSave()) {
        return;
    }
    SettlementChange change = m_change;
    change.reason = m_reason->toPlainText();
    m_backend->changeSettlement(change, this, [this](const Result<Done>& result) {
        finishSave(result.error(), [this]() { Q_EMIT changed(m_change.id); });
    });
}

SettlementPanel::SettlementPanel(Backend* backend, TablePage* page)
    : QWidget(page)
    , m_backend(backend)
    , m_page(page)
{
    setObjectName(QStringLiteral("settlementPanel"));
    m_compute = new QPushButton(tr("Compute month…"), page);
    m_compute->setObjectName(QStringLiteral("computeSettlements"));
    m_compute->setToolTip(tr("Make or update the draft settlements of a month from its successful payments"));
    page->addHeaderWidget(m_compute);
    m_status = new QLabel(page);
    m_status->setObjectName(QStringLiteral("settlementStatus"));
    page->addHeaderWidget(m_status);
    connect(m_compute, &QPushButton::clicked, this, [this]() {
        bool ok = false;
        const QString month =
            QInputDialog::getText(this, tr("Compute settlements"), tr("Month (YYYY-MM):"), QLineEdit::Normal,
                                  QDate::currentDate().toString(QStringLiteral("yyyy-MM")), &ok);
        if (ok) {
            computeMonth(month.trimmed());
        }
    });

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 0);
    m_confirm = new QPushButton(tr("Confirm…"), this);
    m_confirm->setObjectName(QStringLiteral("confirmSettlement"));
    m_markPaid = new QPushButton(tr("Mark paid out…"), this);
    m_markPaid->setObjectName(QStringLiteral("settlementPaid"));
    m_reopen = new QPushButton(tr("Reopen…"), this);
    m_reopen->setObjectName(QStringLiteral("reopenSettlement"));
    m_export = new QPushButton(tr("Export payments"), this);
    m_export->setObjectName(QStringLiteral("exportSettlementPayments"));
    m_export->setToolTip(tr("The payments this settlement counts, as CSV"));
    m_print = new QPushButton(tr("Print…"), this);
    m_print->setObjectName(QStringLiteral("printSettlement"));
    for (QPushButton* b : {m_confirm, m_markPaid, m_reopen, m_export, m_print}) {
        layout->addWidget(b);
        b->setEnabled(false);
    }
    layout->addStretch(1);
    connect(m_confirm, &QPushButton::clicked, this, [this]() { openChange(SettlementChange::Action::Confirm); });
    connect(m_markPaid, &QPushButton::clicked, this, [this]() { openChange(SettlementChange::Action::MarkPaid); });
    connect(m_reopen, &QPushButton::clicked, this, [this]() { openChange(SettlementChange::Action::Reopen); });
    connect(m_export, &QPushButton::clicked, this, &SettlementPanel::exportPayments);
    connect(m_print, &QPushButton::clicked, this, &SettlementPanel::print);
    page->setDetailHeader(this);
    connect(page->detailPane(), &DetailPane::recordShown, this, &SettlementPanel::showRecord);
    connect(page->detailPane(), &DetailPane::currentIdChanged, this, [this](qint64 id) {
        if (id != m_record.id) {
            m_record = DetailRecord();
            for (QPushButton* b : {m_confirm, m_markPaid, m_reopen, m_export, m_print}) {
                b->setEnabled(false);
            }
        }
    });
}

void SettlementPanel::setPermissions(const Permissions& permissions)
{
    m_compute->setVisible(permissions.changesPayments());
    m_confirm->setVisible(permissions.changesPayments());
    m_markPaid->setVisible(permissions.changesPayments());
    m_reopen->setVisible(permissions.reopensSettlements());
}

QString SettlementPanel::statusText() const
{
    return m_status->text();
}

void SettlementPanel::computeMonth(const QString& month)
{
    m_status->setText(tr("Computing %1…").arg(month));
    m_compute->setEnabled(false);
    m_backend->runSettlements(SettlementRun{month, 0}, this, [this, month](const Result<SettlementRunResult>& result) {
        m_compute->setEnabled(true);
        if (!result.ok()) {
            m_status->setText(result.error().message);
            Q_EMIT computed(false);
            return;
        }
        const SettlementRunResult& r = result.value();
        m_status->setText(tr("%1: %2 new, %3 updated, %4 unchanged, %5 already confirmed")
                              .arg(month)
                              .arg(r.created)
                              .arg(r.updated)
                              .arg(r.unchanged)
                              .arg(r.frozen));
        m_page->refresh();
        Q_EMIT computed(true);
    });
}

void SettlementPanel::showRecord(const DetailRecord& record)
{
    m_record = record;
    const QString status = record.field(QStringLiteral("status")).toString();
    m_confirm->setEnabled(status == QLatin1String("draft"));
    m_markPaid->setEnabled(status == QLatin1String("confirmed"));
    m_reopen->setEnabled(status == QLatin1String("confirmed"));
    m_export->setEnabled(true);
    m_print->setEnabled(true);
}

SettlementChangeDialog* SettlementPanel::openChange(SettlementChange::Action action)
{
    if (m_record.id <= 0) {
        return nullptr;
    }
    auto* dialog = new SettlementChangeDialog(m_backend, action, m_record.id,
                                              m_record.field(QStringLiteral("version")).toInt(), m_record.title, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &SettlementChangeDialog::changed, m_page, &TablePage::refresh);
    dialog->open();
    return dialog;
}

void SettlementPanel::exportPayments()
{
    if (m_record.id <= 0) {
        return;
    }
    ExportRequest request;
    request.list.area = Area::Payments;
    request.list.filters = {
        {QStringLiteral("org"), QString::number(m_record.field(QStringLiteral("organization_id")).toLongLong())},
        {QStringLiteral("month"), m_record.field(QStringLiteral("settlement_month")).toString()},
        {QStringLiteral("status"), QStringLiteral("success")}};
    for (const ColumnInfo& c : areaColumns(Area::Payments)) {
        request.titles << Labels::columnTitle(Area::Payments, c.key);
    }
    const QString suggested = QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
                                  .filePath(QStringLiteral("settlement_%1_%2.csv")
                                                .arg(m_record.field(QStringLiteral("center_code")).toString(),
                                                     m_record.field(QStringLiteral("settlement_month")).toString()));
    request.path =
        QFileDialog::getSaveFileName(this, tr("Export the settlement's payments"), suggested, tr("CSV files (*.csv)"));
    if (request.path.isEmpty()) {
        return;
    }
    request.byteOrderMark = true;
    runCsvExport(this, m_backend, request, m_record.field(QStringLiteral("payment_count")).toLongLong(),
                 [this](bool, const QString& message) { m_status->setText(message); });
}

QString SettlementPanel::settlementHtml() const
{
    if (m_record.id <= 0) {
        return {};
    }
    const QLocale locale;
    QString html = QStringLiteral("<h2>%1</h2><table cellpadding='4'>").arg(m_record.title.toHtmlEscaped());
    for (const DetailField& f : m_record.fields) {
        if (f.group == QLatin1String("meta")) {
            continue;
        }
        html += QStringLiteral("<tr><td>%1</td><td align='right'><b>%2</b></td></tr>")
                    .arg(Labels::fieldTitle(f.key).toHtmlEscaped(),
                         Labels::formatField(Area::Settlements, f, locale).toHtmlEscaped());
    }
    html += QStringLiteral("</table>");
    for (const DetailTable& t : m_record.tables) {
        if (t.key != QLatin1String("payments_by_method")) {
            continue;
        }
        html += QStringLiteral("<h3>%1</h3><table border='1' cellspacing='0' cellpadding='4'><tr>")
                    .arg(Labels::sectionTitle(t.key).toHtmlEscaped());
        for (const ColumnInfo& c : t.columns) {
            html += QStringLiteral("<th>%1</th>").arg(Labels::fieldTitle(c.key).toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
        for (const QVariantList& row : t.rows) {
            html += QStringLiteral("<tr>");
            for (int i = 0; i < row.size() && i < t.columns.size(); ++i) {
                DetailField f;
                f.key = t.columns[i].key;
                f.value = row[i];
                f.type = t.columns[i].type;
                f.currency = t.columns[i].currency;
                html += QStringLiteral("<td>%1</td>")
                            .arg(Labels::formatField(Area::Settlements, f, locale).toHtmlEscaped());
            }
            html += QStringLiteral("</tr>");
        }
        html += QStringLiteral("</table>");
    }
    html += QStringLiteral("<p><small>%1</small></p>")
                .arg(tr("Printed %1 from Paydesk")
                         .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))));
    return html;
}

bool SettlementPanel::writePdf(const QString& path) const
{
    const QString html = settlementHtml();
    if (html.isEmpty()) {
        return false;
    }
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QTextDocument document;
    document.setHtml(html);
    document.print(&printer);
    return QFileInfo::exists(path);
}

void SettlementPanel::print()
{
    const QString html = settlementHtml();
    if (html.isEmpty()) {
        return;
    }
    auto* printer = new QPrinter(QPrinter::HighResolution);
    auto* dialog = new QPrintDialog(printer, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [printer, html]() {
        QTextDocument document;
        document.setHtml(html);
        document.print(printer);
    });
    connect(dialog, &QObject::destroyed, this, [printer]() { delete printer; });
    dialog->open();
}

} // namespace pd::ui
