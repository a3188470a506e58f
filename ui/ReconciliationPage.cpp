#include "ReconciliationPage.h"

#include "ReconciliationModel.h"

#include <QApplication>
#include <QComboBox>
#include <QCryptographicHash>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QPointer>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QThreadPool>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
QTableView* makeView(QAbstractItemModel* model, QWidget* parent, const QString& name)
{
    auto* view = new QTableView(parent);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 8);
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

QString mappingKey(const QStringList& headers)
{
    const QByteArray hash =
        QCryptographicHash::hash(headerSignature(headers).toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    return QStringLiteral("reconciliation/mappings/") + QString::fromLatin1(hash);
}
} // namespace

ReconciliationPage::ReconciliationPage(Backend* backend, QSettings* settings, QWidget* parent)
    : QWidget(parent)
    , m_backend(backend)
    , m_settings(settings)
    , m_reconciliation(new models::Reconciliation(this))
{
    setObjectName(QStringLiteral("page_reconciliation"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(10, 8, 10, 6);
    layout->setSpacing(6);

    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("Reconciliation"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.4);
    titleFont.setBold(true);
    title->setFont(titleFont);
    m_centers = new QComboBox(this);
    m_centers->setObjectName(QStringLiteral("center"));
    m_centers->setMinimumContentsLength(14);
    m_open = new QPushButton(tr("Open result file…"), this);
    m_open->setObjectName(QStringLiteral("openResultFile"));
    m_open->setToolTip(tr("A CSV file from the auto-debit provider or the bank: date, member or contract id, "
                          "amount, provider transaction id, result code (UTF-8 or CP949)"));
    m_columns = new QPushButton(tr("Columns…"), this);
    m_columns->setObjectName(QStringLiteral("chooseColumns"));
    m_columns->setEnabled(false);
    auto* centerLabel = new QLabel(tr("&Center"), this);
    centerLabel->setBuddy(m_centers);
    header->addWidget(title);
    header->addSpacing(12);
    header->addWidget(centerLabel);
    header->addWidget(m_centers);
    header->addWidget(m_open);
    header->addWidget(m_columns);
    header->addStretch(1);
    layout->addLayout(header);

    m_file = new QLabel(tr("No file open."), this);
    m_file->setObjectName(QStringLiteral("fileInfo"));
    m_file->setWordWrap(true);
    layout->addWidget(m_file);
    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("balance"));
    QFont summaryFont = m_summary->font();
    summaryFont.setBold(true);
    m_summary->setFont(summaryFont);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setVisible(false);
    layout->addWidget(m_message);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    auto* left = new QWidget(splitter);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(new QLabel(tr("The file (statement)"), left));
    m_lines = makeView(m_reconciliation->linesModel(), left, QStringLiteral("statementLines"));
    leftLayout->addWidget(m_lines, 1);
    auto* right = new QWidget(splitter);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(new QLabel(tr("Expected payments no line settles (ledger)"), right));
    m_expected = makeView(m_reconciliation->expectedModel(), right, QStringLiteral("expectedPayments"));
    rightLayout->addWidget(m_expected, 1);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    m_bad = new QListWidget(this);
    m_bad->setObjectName(QStringLiteral("badLines"));
    m_bad->setMaximumHeight(90);
    m_bad->setVisible(false);
    layout->addWidget(m_bad);

    auto* actions = new QHBoxLayout;
    m_match = new QPushButton(tr("&Match selected"), this);
    m_match->setObjectName(QStringLiteral("matchSelected"));
    m_match->setToolTip(tr("Match the selected file line to the selected expected payment"));
    m_unmatch = new QPushButton(tr("&Unmatch"), this);
    m_unmatch->setObjectName(QStringLiteral("unmatch"));
    m_apply = new QPushButton(tr("&Apply chosen matches"), this);
    m_apply->setObjectName(QStringLiteral("applyReconciliation"));
    m_apply->setEnabled(false);
    actions->addWidget(m_match);
    actions->addWidget(m_unmatch);
    actions->addStretch(1);
    actions->addWidget(m_apply);
    layout->addLayout(actions);

    connect(m_open, &QPushButton::clicked, this, [this]() {
        const QString path = QFileDialog::getOpenFileName(this, tr("Open a result file"), QString(),
                                                          tr("CSV files (*.csv *.txt);;All files (*)"));
        if (!path.isEmpty()) {
            openFile(path);
        }
    });
    connect(m_columns, &QPushButton::clicked, this, &ReconciliationPage::chooseColumns);
    connect(m_match, &QPushButton::clicked, this, &ReconciliationPage::matchSelected);
    connect(m_unmatch, &QPushButton::clicked, this, &ReconciliationPage::unmatchSelected);
    connect(m_apply, &QPushButton::clicked, this, &ReconciliationPage::apply);
    connect(m_reconciliation, &models::Reconciliation::changed, this, &ReconciliationPage::updateSummary);
    connect(m_centers, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_center = m_centers->itemData(index).toLongLong();
        if (!m_bytes.isEmpty()) {
            parsed(m_bytes, m_fileName, std::nullopt);
        }
    });
    updateSummary();
}

void ReconciliationPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    start();
}

void ReconciliationPage::start()
{
    if (m_started) {
        return;
    }
    m_started = true;
    m_backend->fetchOrganizations(this, [this](const Result<QVector<Organization>>& result) {
        if (!result.ok()) {
            setMessage(result.error().message, true);
            return;
        }
        const qint64 wanted = m_center;
        QSignalBlocker block(m_centers);
        m_centers->clear();
        for (const Organization& org : result.value()) {
            if (org.type == QLatin1String("center")) {
                m_centers->addItem(org.name, org.id);
            }
        }
        const int index = wanted > 0 ? m_centers->findData(wanted) : 0;
        m_centers->setCurrentIndex(std::max(0, index));
        m_center = m_centers->currentData().toLongLong();
    });
}

void ReconciliationPage::setCenter(qint64 organizationId)
{
    m_center = organizationId;
    const int index = m_centers->findData(organizationId);
    if (index >= 0) {
        QSignalBlocker block(m_centers);
        m_centers->setCurrentIndex(index);
    }
}

void ReconciliationPage::openFile(const QString& path)
{
    setMessage(tr("Reading %1…").arg(QFileInfo(path).fileName()), false);
    QPointer<ReconciliationPage> self(this);
    QThreadPool::globalInstance()->start([self, path]() {
        QFile file(path);
        QByteArray bytes;
        QString error;
        if (!file.open(QIODevice::ReadOnly)) {
            error = file.errorString();
        } else if (file.size() > 50 * 1024 * 1024) {
            error = tr("the file is larger than 50 MB");
        } else {
            bytes = file.readAll();
        }
        QMetaObject::invokeMethod(qApp, [self, path, bytes, error]() {
            if (!self) {
                return;
            }
            if (!error.isEmpty()) {
                self->setMessage(tr("Cannot read %1: %2.").arg(path, error), true);
                Q_EMIT self->loaded(false);
                return;
            }
            self->openBytes(bytes, QFileInfo(path).fileName());
        });
    });
}

void ReconciliationPage::openBytes(const QByteArray& bytes, const QString& fileName)
{
    m_bytes = bytes;
    m_fileName = fileName;
    parsed(bytes, fileName, std::nullopt);
}

void ReconciliationPage::parsed(const QByteArray& bytes, const QString& fileName,
                                const std::optional<ColumnMapping>& mapping)
{
    // Decoding and parsing a big file takes a while: off the GUI thread. Only the newest
    // request's result is shown.
    const quint64 serial = ++m_parseSerial;
    QPointer<ReconciliationPage> self(this);
    QThreadPool::globalInstance()->start([self, serial, bytes, fileName, mapping]() {
        const Result<Statement> result = parseStatement(bytes, fileName, mapping);
        QMetaObject::invokeMethod(qApp, [self, serial, result, bytes, fileName, mapping]() {
            ReconciliationPage* page = self.data();
            if (page && serial == page->m_parseSerial) {
                page->showParsed(result, bytes, fileName, mapping);
            }
        });
    });
}

void ReconciliationPage::showParsed(const Result<Statement>& result, const QByteArray& bytes, const QString& fileName,
                                    const std::optional<ColumnMapping>& mapping)
{
    if (!result.ok()) {
        m_reconciliation->clear();
        setMessage(result.error().message, true);
        Q_EMIT loaded(false);
        return;
    }
    Statement statement = result.value();
    m_columns->setEnabled(!statement.headers.isEmpty());
    if (!mapping && !statement.mappingProblem.isEmpty() && m_settings) {
        // A layout seen before: the columns chosen then.
        const auto remembered = ColumnMapping::fromText(m_settings->value(mappingKey(statement.headers)).toString());
        if (remembered && remembered->isComplete()) {
            parsed(bytes, fileName, remembered);
            return;
        }
    }
    if (!statement.mappingProblem.isEmpty()) {
        m_reconciliation->load(statement, {});
        setMessage(statement.mappingProblem, true);
        Q_EMIT loaded(false);
        return;
    }
    m_bad->clear();
    for (const BadLine& bad : statement.bad) {
        m_bad->addItem(tr("Line %1: %2").arg(bad.line).arg(bad.reason));
    }
    m_bad->setVisible(!statement.bad.isEmpty());
    m_file->setText(tr("%1 · %2 · %3 good lines, %4 bad")
                        .arg(fileName, statement.encoding)
                        .arg(statement.lines.size())
                        .arg(statement.bad.size()));
    if (m_center <= 0) {
        m_reconciliation->load(statement, {});
        setMessage(tr("Choose the center whose payments the file settles."), true);
        Q_EMIT loaded(false);
        return;
    }
    fetchCandidates(statement);
}

void ReconciliationPage::fetchCandidates(const Statement& statement, const QString& outcome)
{
    if (outcome.isEmpty()) {
        setMessage(tr("Matching against the expected payments…"), false);
    }
    const ReconciliationQuery query{m_center, statement.candidateMonths(), statement.sha256, statement.providerTids()};
    m_backend->fetchReconciliationCandidates(
        query, this, [this, statement, outcome](const Result<ReconciliationCandidates>& result) {
            if (!result.ok()) {
                // An Apply that ran stays said, whatever happens to the refresh after it.
                setMessage(outcome.isEmpty() ? result.error().message
                                             : outcome + QLatin1Char('\n') + result.error().message,
                           true);
                Q_EMIT loaded(false);
                return;
            }
            m_reconciliation->load(statement, result.value());
            m_lines->resizeColumnsToContents();
            m_expected->resizeColumnsToContents();
            const auto& previous = result.value().previous;
            if (!outcome.isEmpty()) {
                setMessage(outcome, false);
            } else if (previous) {
                setMessage(
                    tr("This file was imported on %1 by %2; applying it again changes nothing.")
                        .arg(previous->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), previous->by),
                    true);
            } else {
                setMessage(QString(), false);
            }
            Q_EMIT loaded(true);
        });
}

void ReconciliationPage::useMapping(const ColumnMapping& mapping)
{
    if (m_bytes.isEmpty()) {
        return;
    }
    const QStringList headers = m_reconciliation->statement().headers;
    if (m_settings && !headers.isEmpty() && mapping.isComplete()) {
        m_settings->setValue(mappingKey(headers), mapping.toText());
    }
    parsed(m_bytes, m_fileName, mapping);
}

void ReconciliationPage::chooseColumns()
{
    const Statement& statement = m_reconciliation->statement();
    if (statement.headers.isEmpty()) {
        return;
    }
    QDialog dialog(this);
    dialog.setWindowTitle(tr("Columns of %1").arg(m_fileName));
    auto* layout = new QVBoxLayout(&dialog);
    auto* intro = new QLabel(tr("Choose which column holds each value. The choice is remembered for files with the "
                                "same headers."),
                             &dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    const QStringList names = {tr("Date"), tr("Member or contract id"), tr("Amount"), tr("Provider transaction id"),
                               tr("Result code")};
    QVector<QComboBox*> boxes;
    for (int f = 0; f < kStatementFieldCount; ++f) {
        auto* box = new QComboBox(&dialog);
        box->addItem(f <= int(StatementField::Amount) ? tr("(choose)") : tr("(none)"), -1);
        for (int c = 0; c < statement.headers.size(); ++c) {
            box->addItem(statement.headers[c], c);
        }
        box->setCurrentIndex(std::max(0, box->findData(statement.mapping.column[size_t(f)])));
        form->addRow(names[f], box);
        boxes << box;
    }
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    if (dialog.exec() != QDialog::Accepted) {
        return;
    }
    ColumnMapping mapping;
    for (int f = 0; f < kStatementFieldCount; ++f) {
        mapping.column[size_t(f)] = boxes[f]->currentData().toInt();
    }
    useMapping(mapping);
}

void ReconciliationPage::matchSelected()
{
    const QModelIndex line = m_lines->selectionModel()->currentIndex();
    const QModelIndex expected = m_expected->selectionModel()->currentIndex();
    if (!line.isValid() || !expected.isValid()) {
        setMessage(tr("Select a line of the file and an expected payment, then match them."), true);
        return;
    }
    if (!m_reconciliation->matchByHand(line.row(), m_reconciliation->expectedAtRow(expected.row()))) {
        setMessage(tr("This line cannot be matched: its provider id was applied already or repeats an earlier "
                      "line."),
                   true);
    }
}

void ReconciliationPage::unmatchSelected()
{
    const QModelIndex line = m_lines->selectionModel()->currentIndex();
    if (line.isValid()) {
        m_reconciliation->unmatch(line.row());
    }
}

void ReconciliationPage::apply()
{
    const ReconciliationBalance balance = m_reconciliation->balance();
    if (balance.chosen == 0) {
        setMessage(tr("No match is chosen; tick the lines to apply."), true);
        return;
    }
    m_apply->setEnabled(false);
    setMessage(tr("Applying %n match(es)…", nullptr, balance.chosen), false);
    m_backend->applyReconciliation(
        m_reconciliation->applyRequest(m_center), this, [this](const Result<ReconciliationOutcome>& result) {
            updateSummary();
            if (!result.ok()) {
                setMessage(result.error().message, true);
                Q_EMIT applied(false);
                return;
            }
            const ReconciliationOutcome& o = result.value();
            if (o.alreadyImported && o.previous) {
                setMessage(
                    tr("This file was imported on %1 by %2; nothing was changed.")
                        .arg(o.previous->at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm")), o.previous->by),
                    true);
                Q_EMIT applied(true);
                return;
            }
            QString text = tr("Applied: %1 payments paid (%2), %3 marked failed; %4 lines recorded.")
                               .arg(o.paid)
                               .arg(Money(o.paidAmount, Currency::KRW).format(QLocale()))
                               .arg(o.failed)
                               .arg(o.recordedLines);
            if (o.failed > 0) {
                text +=
                    QLatin1Char(' ') + tr("Of the failed debits: left to retry at the next debit %1, retries used up "
                                          "(now overdue) %2, contracts suspended %3 (members to ask for a new "
                                          "account %4), to follow up by hand %5.")
                                           .arg(o.retry)
                                           .arg(o.retriesUsedUp)
                                           .arg(o.suspended)
                                           .arg(o.accountUpdates)
                                           .arg(o.manual);
            }
            setMessage(text, false);
            fetchCandidates(m_reconciliation->statement(), text); // the ledger as it is now
            Q_EMIT applied(true);
        });
}

QString ReconciliationPage::summaryText() const
{
    return m_summary->text();
}

QString ReconciliationPage::messageText() const
{
    return m_message->text();
}

void ReconciliationPage::updateSummary()
{
    const ReconciliationBalance b = m_reconciliation->balance();
    const QLocale locale;
    m_summary->setText(tr("Statement %1 · matched %2 · difference %3 · %4 chosen, %5 open, %6 expected payments "
                          "unsettled")
                           .arg(Money(b.statementTotal, Currency::KRW).format(locale),
                                Money(b.matchedTotal, Currency::KRW).format(locale),
                                Money(b.difference, Currency::KRW).format(locale))
                           .arg(b.chosen)
                           .arg(b.unmatchedLines)
                           .arg(m_reconciliation->unmatchedExpected().size()));
    // What Apply does to failed debits, said before it happens (docs/DOMAIN.md, "Coded debit results").
    const QVector<int> actions = m_reconciliation->chosenFailureActions();
    // Once the file is applied, the line would describe the past as the future: the message says it.
    if (!m_reconciliation->candidates().previous &&
        actions[int(DebitAction::Retry)] + actions[int(DebitAction::Suspend)] +
                actions[int(DebitAction::UpdateAccount)] + actions[int(DebitAction::Manual)] >
            0) {
        m_summary->setText(m_summary->text() + QStringLiteral("\n") +
                           tr("Failed debits on Apply: retry at the next debit %1 · suspend the contract %2 · "
                              "suspend and ask for a new account %3 · follow up by hand %4")
                               .arg(actions[int(DebitAction::Retry)])
                               .arg(actions[int(DebitAction::Suspend)])
                               .arg(actions[int(DebitAction::UpdateAccount)])
                               .arg(actions[int(DebitAction::Manual)]));
    }
    QPalette palette = m_summary->palette();
    palette.setColor(QPalette::WindowText, b.difference == 0 ? QColor(0x1b, 0x5e, 0x20) : QColor(0x8a, 0x4b, 0x00));
    m_summary->setPalette(palette);
    m_apply->setEnabled(b.chosen > 0 && !m_reconciliation->candidates().previous);
}

void ReconciliationPage::setMessage(const QString& text, bool error)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(0x9b, 0x1c, 0x1c) : palette.color(QPalette::Text));
    m_message->setPalette(palette);
}

} // namespace pd::ui
