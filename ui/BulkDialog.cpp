#include "BulkDialog.h"

#include "BulkRun.h"
#include "Labels.h"
#include "TablePage.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {

/// A row's state for people: its status in the user's words, and who holds a claim.
QString stateText(Area area, const BulkItem& item)
{
    if (item.status.isEmpty()) {
        return {};
    }
    const QString status = models::Labels::valueLabel(area, QStringLiteral("status"), item.status);
    return item.claimedBy.isEmpty() ? status : BulkDialog::tr("%1, claimed by %2").arg(status, item.claimedBy);
}

/// Why the pre-flight left a row out, in the user's words.
QString refusalText(Area area, const BulkItem& item)
{
    if (item.needs.isEmpty()) {
        return item.refusal;
    }
    QStringList needs;
    for (const QString& key : item.needs) {
        needs << models::Labels::valueLabel(area, QStringLiteral("status"), key);
    }
    return BulkDialog::tr("it is %1; this needs %2")
        .arg(models::Labels::valueLabel(area, QStringLiteral("status"), item.status),
             needs.join(BulkDialog::tr(" or ")));
}

} // namespace

BulkDialog::BulkDialog(Backend* backend, BulkAction action, const QVector<qint64>& ids, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("bulkDialog"));
    setWindowTitle(bulkActionTitle(action).remove(QChar(0x2026)));
    setMinimumWidth(600);
    auto* layout = new QVBoxLayout(this);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("bulkSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setText(tr("Checking %n selected row(s)…", nullptr, int(ids.size())));
    layout->addWidget(m_summary);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("bulkProgress"));
    m_progress->setRange(0, int(ids.size()));
    m_progress->setValue(0);
    layout->addWidget(m_progress);
    m_list = new QTableWidget(0, 3, this);
    m_list->setObjectName(QStringLiteral("bulkList"));
    m_list->setHorizontalHeaderLabels({tr("Row"), tr("State"), tr("Why")});
    m_list->horizontalHeader()->setStretchLastSection(true);
    m_list->verticalHeader()->setVisible(false);
    m_list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_list->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_list->setVisible(false);
    layout->addWidget(m_list, 10);
    layout->addStretch(1); // keeps the sentence at the top while there is no list
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("bulkReason"));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("Why (required; written to the audit log of every row)"));
    m_reason->setEnabled(false);
    if (action == BulkAction::AssignKycDocuments) {
        // The active KYC reviewers (the server refuses one who is away or not a reviewer).
        auto* assigneeRow = new QHBoxLayout;
        m_assignee = new QComboBox(this);
        m_assignee->setObjectName(QStringLiteral("bulkAssignee"));
        m_assignee->setEditable(true);
        m_assignee->setMinimumWidth(240);
        auto* assigneeLabel = new QLabel(tr("Re&viewer"), this);
        assigneeLabel->setBuddy(m_assignee);
        assigneeRow->addWidget(assigneeLabel);
        assigneeRow->addWidget(m_assignee, 1);
        layout->addLayout(assigneeRow);
        ListRequest reviewers;
        reviewers.area = Area::Staff;
        reviewers.filters.insert(QStringLiteral("role"), QStringLiteral("kyc_reviewer"));
        reviewers.filters.insert(QStringLiteral("active"), QStringLiteral("true"));
        reviewers.limit = 200;
        backend->fetchPage(reviewers, this, [this](const Result<ListPage>& page) {
            if (!page.ok()) {
                return; // typed by hand then
            }
            const int login = columnIndex(Area::Staff, QStringLiteral("login"));
            for (const QVariantList& row : page.value().rows) {
                m_assignee->addItem(row.value(login).toString());
            }
            m_assignee->setCurrentIndex(-1);
        });
        connect(m_assignee, &QComboBox::currentTextChanged, this, &BulkDialog::updateApply);
    }
    auto* reasonRow = new QHBoxLayout;
    auto* reasonLabel = new QLabel(tr("&Reason"), this);
    reasonLabel->setBuddy(m_reason);
    reasonRow->addWidget(reasonLabel);
    reasonRow->addWidget(m_reason, 1);
    layout->addLayout(reasonRow);

    m_buttons = new QDialogButtonBox(this);
    m_apply = m_buttons->addButton(tr("Apply"), QDialogButtonBox::AcceptRole);
    m_apply->setObjectName(QStringLiteral("bulkApply"));
    m_apply->setEnabled(false);
    m_stop = m_buttons->addButton(tr("Stop"), QDialogButtonBox::ActionRole);
    m_stop->setObjectName(QStringLiteral("bulkStop"));
    m_stop->setToolTip(tr("Stop after the rows being applied now; the rest stay as they are"));
    m_copy = m_buttons->addButton(tr("Copy list"), QDialogButtonBox::ActionRole);
    m_copy->setObjectName(QStringLiteral("bulkCopy"));
    m_copy->setVisible(false);
    QPushButton* close = m_buttons->addButton(QDialogButtonBox::Close);
    layout->addWidget(m_buttons);

    m_run = new models::BulkRun(backend, action, ids, this);
    connect(m_run, &models::BulkRun::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_run, &models::BulkRun::checked, this, &BulkDialog::onChecked);
    connect(m_run, &models::BulkRun::failed, this, [this]() {
        m_progress->setVisible(false);
        m_stop->setVisible(false);
        m_summary->setText(tr("The selected rows could not be checked: %1").arg(m_run->error().message));
    });
    connect(m_run, &models::BulkRun::finished, this, &BulkDialog::onFinished);
    connect(m_reason, &QLineEdit::textChanged, this, &BulkDialog::updateApply);
    connect(m_apply, &QPushButton::clicked, this, [this]() {
        m_apply->setEnabled(false);
        m_reason->setEnabled(false);
        m_stop->setVisible(true);
        m_stop->setEnabled(true);
        m_progress->setVisible(true);
        m_progress->setValue(0);
        m_summary->setText(tr("Applying… each row is changed and audited on its own."));
        m_run->apply(m_reason->text(), m_assignee ? m_assignee->currentText().trimmed() : QString());
    });
    connect(m_stop, &QPushButton::clicked, this, [this]() {
        m_stop->setEnabled(false);
        m_run->cancel();
    });
    connect(m_copy, &QPushButton::clicked, this, [this]() { QApplication::clipboard()->setText(listText()); });
    connect(close, &QPushButton::clicked, this, [this]() {
        m_run->cancel();
        reject();
    });
    m_run->check();
}

QString BulkDialog::summaryText() const
{
    return m_summary->text();
}

int BulkDialog::listedRows() const
{
    return m_list->rowCount();
}

QString BulkDialog::listText() const
{
    QStringList lines;
    for (int r = 0; r < m_list->rowCount(); ++r) {
        QStringList cells;
        for (int c = 0; c < m_list->columnCount(); ++c) {
            cells << (m_list->item(r, c) ? m_list->item(r, c)->text() : QString());
        }
        lines << cells.join(QLatin1Char('\t'));
    }
    return lines.join(QLatin1Char('\n'));
}

void BulkDialog::fillList(const QVector<QStringList>& rows)
{
    m_list->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        for (int c = 0; c < 3; ++c) {
            m_list->setItem(r, c, new QTableWidgetItem(rows[r].value(c)));
        }
    }
    m_list->resizeColumnToContents(0);
    m_list->resizeColumnToContents(1);
    m_list->setVisible(!rows.isEmpty());
    m_copy->setVisible(!rows.isEmpty());
    if (rows.isEmpty()) {
        adjustSize(); // no list: no empty space under the sentence
    } else if (height() < 420) {
        resize(width(), 420);
    }
}

void BulkDialog::onChecked()
{
    const BulkSummary summary = m_run->summary();
    m_progress->setVisible(false);
    m_stop->setVisible(false);
    const Area area = bulkActionArea(m_run->action());
    QVector<QStringList> refused;
    for (const BulkItem& item : m_run->items()) {
        if (!item.refusal.isEmpty()) {
            refused.append({QStringLiteral("#%1").arg(item.id), stateText(area, item), refusalText(area, item)});
        }
    }
    fillList(refused);
    if (summary.applicable == 0) {
        m_summary->setText(tr("None of the %n selected row(s) can be changed this way (see why below).", nullptr,
                              int(m_run->items().size())));
        return;
    }
    m_summary->setText(bulkSummarySentence(m_run->action(), summary));
    m_reason->setEnabled(true);
    m_reason->setFocus();
    updateApply();
}

void BulkDialog::updateApply()
{
    m_apply->setEnabled(m_run->stage() == models::BulkRun::Stage::Checked && m_run->summary().applicable > 0 &&
                        !m_reason->text().trimmed().isEmpty() &&
                        (!m_assignee || !m_assignee->currentText().trimmed().isEmpty()));
    m_apply->setToolTip(m_reason->text().trimmed().isEmpty() ? tr("Write why first") : QString());
}

void BulkDialog::onFinished()
{
    m_progress->setVisible(false);
    m_stop->setVisible(false);
    const int appliedRows = m_run->appliedCount();
    const int notApplied = m_run->failedCount();
    QVector<QStringList> rows;
    const QVector<BulkItem>& items = m_run->items();
    const QVector<BulkOutcome>& outcomes = m_run->outcomes();
    const Area area = bulkActionArea(m_run->action());
    for (int i = 0; i < outcomes.size(); ++i) {
        if (!outcomes[i].applied) {
            const BulkItem item = items.value(i);
            // Left out by the pre-flight: its reason in the user's words; else the answer's.
            const QString why =
                item.refusal.isEmpty() ? outcomes[i].error : tr("not applied: %1").arg(refusalText(area, item));
            rows.append({QStringLiteral("#%1").arg(outcomes[i].id), stateText(area, item), why});
        }
    }
    fillList(rows);
    QString text = tr("Applied to %n row(s).", nullptr, appliedRows);
    if (notApplied > 0) {
        text += QLatin1Char(' ') + tr("%n row(s) not applied, listed below with why.", nullptr, notApplied);
    }
    if (m_run->wasCancelled()) {
        text += QLatin1Char(' ') + tr("Stopped before the end.");
    }
    m_summary->setText(text);
    Q_EMIT applied(appliedRows, notApplied);
}

void addBulkActions(TablePage* page, Backend* backend, const Permissions& permissions)
{
    QVector<BulkAction> actions;
    for (BulkAction action : bulkActionsOf(page->area())) {
        if (bulkActionAllowed(permissions, action)) {
            actions << action;
        }
    }
    if (actions.isEmpty()) {
        return;
    }
    auto* button = new QPushButton(BulkDialog::tr("Bulk actions"), page);
    button->setObjectName(QStringLiteral("bulkActions"));
    button->setToolTip(BulkDialog::tr("Change every selected row at once (Shift/Ctrl+click or Ctrl+A to select)"));
    auto* menu = new QMenu(button);
    for (BulkAction action : actions) {
        QAction* item = menu->addAction(bulkActionTitle(action));
        item->setObjectName(QStringLiteral("bulk_") + bulkActionKey(action));
        QObject::connect(item, &QAction::triggered, page, [page, backend, action]() {
            const QVector<qint64> ids = page->selectedIds();
            if (ids.isEmpty()) {
                return;
            }
            auto* dialog = new BulkDialog(backend, action, ids, page);
            dialog->setAttribute(Qt::WA_DeleteOnClose);
            dialog->open();
        });
    }
    button->setMenu(menu);
    auto update = [page, button]() { button->setEnabled(!page->selectedIds().isEmpty()); };
    QObject::connect(page->view()->selectionModel(), &QItemSelectionModel::selectionChanged, button, update);
    update();
    page->addHeaderWidget(button);
}

} // namespace pd::ui
