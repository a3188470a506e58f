#include "InvoicePrintDialog.h"

#include "InvoiceSheet.h"
#include "PagedTableModel.h"
#include "TablePage.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

namespace pd::ui {

InvoicePrintDialog::InvoicePrintDialog(Backend* backend, TablePage* page, QWidget* parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_page(page)
    , m_selected(page->selectedIds())
{
    setObjectName(QStringLiteral("invoicePrintDialog"));
    setWindowTitle(tr("Print BCH invoice sheet"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Each A4 page holds %1 invoices with their QR code, amount, address, member, center, "
                                "invoice number, due date and the non-refundable notice.")
                                 .arg(render::InvoiceSheet::kPerPage),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_useSelection = new QRadioButton(tr("The %n selected invoice(s)", nullptr, int(m_selected.size())), this);
    m_useSelection->setObjectName(QStringLiteral("useSelection"));
    m_useSelection->setEnabled(!m_selected.isEmpty());
    m_useFilter = new QRadioButton(tr("All invoices that match the page's filters and search, in its order"), this);
    m_useFilter->setObjectName(QStringLiteral("useFilter"));
    (m_selected.size() > 1 ? m_useSelection : m_useFilter)->setChecked(true);
    layout->addWidget(m_useSelection);
    layout->addWidget(m_useFilter);
    auto* limitRow = new QHBoxLayout;
    limitRow->addSpacing(24);
    limitRow->addWidget(new QLabel(tr("At most"), this));
    m_limit = new QSpinBox(this);
    m_limit->setObjectName(QStringLiteral("limit"));
    m_limit->setRange(1, 20000);
    m_limit->setValue(5000);
    m_limit->setGroupSeparatorShown(true);
    limitRow->addWidget(m_limit);
    limitRow->addWidget(new QLabel(tr("invoices"), this));
    limitRow->addStretch(1);
    layout->addLayout(limitRow);
    connect(m_useFilter, &QRadioButton::toggled, m_limit, &QSpinBox::setEnabled);
    m_limit->setEnabled(m_useFilter->isChecked());

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("printStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_previewButton = buttons->addButton(tr("Preview and print…"), QDialogButtonBox::ActionRole);
    m_previewButton->setObjectName(QStringLiteral("previewSheet"));
    m_saveButton = buttons->addButton(tr("Save PDF…"), QDialogButtonBox::ActionRole);
    m_saveButton->setObjectName(QStringLiteral("savePdf"));
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_previewButton, &QPushButton::clicked, this, &InvoicePrintDialog::preview);
    connect(m_saveButton, &QPushButton::clicked, this, &InvoicePrintDialog::chooseAndSave);
    resize(480, sizeHint().height());
}

void InvoicePrintDialog::setUseSelection(bool selection)
{
    (selection ? m_useSelection : m_useFilter)->setChecked(true);
}

void InvoicePrintDialog::setLimit(int limit)
{
    m_limit->setValue(limit);
}

QString InvoicePrintDialog::statusText() const
{
    return m_status->text();
}

void InvoicePrintDialog::setBusy(bool busy, const QString& text)
{
    m_busy = busy;
    m_previewButton->setEnabled(!busy);
    m_saveButton->setEnabled(!busy);
    m_status->setPalette(palette());
    m_status->setText(text);
}

void InvoicePrintDialog::showError(const QString& text)
{
    setBusy(false);
    QPalette errorPalette = m_status->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xa1, 0x1b, 0x1b));
    m_status->setPalette(errorPalette);
    m_status->setText(text);
    Q_EMIT failed(text);
}

void InvoicePrintDialog::collect(std::function<void(const Result<QVector<InvoiceSheetItem>>&)> whenCollected)
{
    // Only invoices that can still be paid go on a sheet; the status line says what was left out.
    auto done = [this, whenCollected](const Result<QVector<InvoiceSheetItem>>& result) {
        if (!result.ok()) {
            whenCollected(result);
            return;
        }
        const PrintableInvoices selection = printableInvoices(result.value(), QDateTime::currentDateTimeUtc());
        m_leftOut = selection.leftOutSentence();
        if (selection.printable.isEmpty()) {
            whenCollected(
                Error(Error::Kind::Invalid,
                      tr("None of these invoices can still be paid, so there is nothing to print. %1").arg(m_leftOut)));
            return;
        }
        whenCollected(selection.printable);
    };
    if (m_useSelection->isChecked()) {
        fetchItems(m_selected, std::move(done));
        return;
    }
    ListRequest request;
    request.area = Area::Invoices;
    request.filters = m_page->model()->filters();
    request.sortKey = m_page->model()->sortKey();
    request.descending = m_page->model()->sortDescending();
    request.limit = std::min(1000, m_limit->value());
    setBusy(true, tr("Collecting invoices…"));
    fetchIds(request, {}, std::move(done));
}

void InvoicePrintDialog::fetchIds(const ListRequest& request, QVector<qint64> ids,
                                  std::function<void(const Result<QVector<InvoiceSheetItem>>&)> done)
{
    m_backend->fetchPage(request, this, [this, request, ids, done](const Result<ListPage>& result) mutable {
        if (!result.ok()) {
            done(result.error());
            return;
        }
        for (const QVariantList& row : result.value().rows) {
            if (ids.size() < m_limit->value()) {
                ids.append(row.value(0).toLongLong());
            }
        }
        setBusy(true, tr("Collecting invoices… %1").arg(QLocale().toString(ids.size())));
        if (result.value().nextCursor.isEmpty() || ids.size() >= m_limit->value()) {
            fetchItems(ids, done);
            return;
        }
        ListRequest next = request;
        next.cursor = result.value().nextCursor;
        next.limit = std::min(1000, m_limit->value() - int(ids.size()));
        fetchIds(next, ids, done);
    });
}

void InvoicePrintDialog::fetchItems(const QVector<qint64>& ids,
                                    std::function<void(const Result<QVector<InvoiceSheetItem>>&)> done)
{
    if (ids.isEmpty()) {
        done(Error(Error::Kind::Invalid, tr("No invoice matches; select invoices or change the filters.")));
        return;
    }
    InvoiceSheetRequest request;
    request.ids = ids;
    request.limit = int(ids.size());
    setBusy(true, tr("Reading %n invoice(s)…", nullptr, int(ids.size())));
    m_backend->fetchInvoiceSheet(request, this,
                                 [done](const Result<QVector<InvoiceSheetItem>>& result) { done(result); });
}

void InvoicePrintDialog::preview()
{
    if (m_busy) {
        return;
    }
    collect([this](const Result<QVector<InvoiceSheetItem>>& result) {
        if (!result.ok()) {
            showError(result.error().message);
            return;
        }
        const QVector<InvoiceSheetItem> items = result.value();
        setBusy(false, render::InvoiceSheet::sizeText(int(items.size())) + QLatin1Char(' ') + m_leftOut);
        QPrinter printer(QPrinter::HighResolution);
        render::InvoiceSheet::preparePage(printer);
        printer.setDocName(tr("Paydesk BCH invoices"));
        QPrintPreviewDialog previewDialog(&printer, this);
        previewDialog.setObjectName(QStringLiteral("printPreview"));
        previewDialog.setWindowTitle(tr("Print preview: %n invoice(s)", nullptr, int(items.size())));
        connect(&previewDialog, &QPrintPreviewDialog::paintRequested, this, [this, items](QPrinter* target) {
            const auto painted = render::InvoiceSheet::paint(*target, items);
            if (!painted.ok()) {
                showError(painted.error().message);
            }
        });
        previewDialog.exec();
    });
}

void InvoicePrintDialog::chooseAndSave()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Save invoice sheet"), QStringLiteral("bch-invoices.pdf"),
                                                tr("PDF document (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        path += QStringLiteral(".pdf");
    }
    savePdf(path);
}

void InvoicePrintDialog::savePdf(const QString& path)
{
    if (m_busy) {
        return;
    }
    collect([this, path](const Result<QVector<InvoiceSheetItem>>& result) {
        if (!result.ok()) {
            showError(result.error().message);
            return;
        }
        const QVector<InvoiceSheetItem> items = result.value();
        setBusy(true, tr("Writing %n invoice(s) to %1…", nullptr, int(items.size())).arg(path));
        // Painting a large sheet takes seconds; the window stays responsive meanwhile.
        auto outcome = std::make_shared<Result<Done>>(Done{});
        const QLocale locale;
        QThread* worker = QThread::create(
            [items, path, locale, outcome]() { *outcome = render::InvoiceSheet::writePdf(path, items, locale); });
        connect(worker, &QThread::finished, worker, &QObject::deleteLater);
        connect(worker, &QThread::finished, this, [this, outcome, path, count = int(items.size())]() {
            if (!outcome->ok()) {
                showError(outcome->error().message);
                return;
            }
            setBusy(false, tr("Saved %n invoice(s) to %1.", nullptr, count).arg(path) + QLatin1Char(' ') + m_leftOut);
            Q_EMIT pdfSaved(path, count);
        });
        worker->start();
    });
}

} // namespace pd::ui
