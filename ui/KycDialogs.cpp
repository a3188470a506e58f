#include "KycDialogs.h"

#include "Labels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace pd::ui {

namespace {
struct KycReasonText
{
    Q_DECLARE_TR_FUNCTIONS(pd::ui::KycDecisionDialog)
};

/// The reviewer-facing label of a reject reason code.
QString reasonLabel(const QString& code)
{
    if (code == QLatin1String("document_expired")) {
        return KycReasonText::tr("Document expired");
    }
    if (code == QLatin1String("unreadable")) {
        return KycReasonText::tr("Photo or scan unreadable");
    }
    if (code == QLatin1String("name_mismatch")) {
        return KycReasonText::tr("Name does not match the account");
    }
    if (code == QLatin1String("type_not_accepted")) {
        return KycReasonText::tr("Document type not accepted");
    }
    if (code == QLatin1String("suspected_forgery")) {
        return KycReasonText::tr("Suspected forgery or tampering");
    }
    if (code == QLatin1String("sanctions_match")) {
        return KycReasonText::tr("Sanctions or watch-list match");
    }
    return KycReasonText::tr("Other (write it in the note)");
}
} // namespace

// -- KycDecisionDialog ------------------------------------------------------------------------

KycDecisionDialog::KycDecisionDialog(Backend* backend, KycAction action, qint64 documentId, int version,
                                     QWidget* parent)
    : FormDialog(parent)
    , m_backend(backend)
{
    setObjectName(QStringLiteral("kycDecisionDialog"));
    m_decision.documentId = documentId;
    m_decision.version = version;
    m_decision.action = action;
    const bool reject = action == KycAction::Reject;
    setWindowTitle(reject ? tr("Reject KYC document #%1").arg(documentId)
                          : tr("Request more information for KYC document #%1").arg(documentId));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(reject ? tr("The customer sees the reason and can submit a new document.")
                                    : tr("The customer receives this message and resubmits; the document then "
                                         "returns to the queue."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("rejectReason"));
    for (const QString& code : kycRejectReasons()) {
        m_reason->addItem(reasonLabel(code), code);
    }
    if (reject) {
        form->addRow(tr("&Reason"), m_reason);
    } else {
        m_reason->setVisible(false);
    }
    m_note = new QPlainTextEdit(this);
    m_note->setObjectName(QStringLiteral("decisionNote"));
    m_note->setTabChangesFocus(true);
    m_note->setPlaceholderText(reject ? tr("Optional detail; required for \"Other\"")
                                      : tr("Required: what to send and why"));
    m_note->setMinimumHeight(90);
    form->addRow(reject ? tr("&Note") : tr("&Message"), m_note);
    layout->addLayout(form);
    auto* buttonBox = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttonBox->button(QDialogButtonBox::Ok)->setText(reject ? tr("Reject") : tr("Send request"));
    buttonBox->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("applyDecision"));
    finishLayout(layout, buttonBox);
    (reject ? static_cast<QWidget*>(m_reason) : m_note)->setFocus();
    resize(460, sizeHint().height());
}

void KycDecisionDialog::submit()
{
    const QString note = m_note->toPlainText().trimmed();
    m_decision.reasonCode = m_decision.action == KycAction::Reject ? m_reason->currentData().toString() : QString();
    if (m_decision.action == KycAction::RequestInfo && note.isEmpty()) {
        showError(tr("Write the message for the customer: what to send and why."));
        m_note->setFocus();
        return;
    }
    if (m_decision.reasonCode == QLatin1String("other") && note.isEmpty()) {
        showError(tr("With the reason \"Other\", write what is wrong in the note."));
        m_note->setFocus();
        return;
    }
    if (note.size() > 1000) {
        showError(tr("The note is %1 characters long; shorten it to 1,000.").arg(note.size()));
        m_note->setFocus();
        return;
    }
    m_decision.note = note;
    if (!beginSave()) {
        return;
    }
    showError(QString());
    m_backend->decideKycDocument(m_decision, this, [this](const Result<KycDecisionResult>& result) {
        finishSave(result.error(), [this, &result]() { Q_EMIT decided(result.value()); });
    });
}

// -- KycSettingsDialog ------------------------------------------------------------------------

KycSettingsDialog::KycSettingsDialog(Backend* backend, const KycSettings& current, QWidget* parent)
    : FormDialog(parent)
    , m_backend(backend)
    , m_settings(current)
{
    setObjectName(QStringLiteral("kycSettingsDialog"));
    setWindowTitle(tr("Review settings"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_claimMinutes = new QSpinBox(this);
    m_claimMinutes->setObjectName(QStringLiteral("claimMinutes"));
    m_claimMinutes->setRange(1, 1440);
    m_claimMinutes->setSuffix(tr(" min"));
    m_claimMinutes->setValue(current.claimMinutes);
    form->addRow(tr("A claim lasts"), m_claimMinutes);
    m_slaHours = new QSpinBox(this);
    m_slaHours->setObjectName(QStringLiteral("slaHours"));
    m_slaHours->setRange(1, 720);
    m_slaHours->setSuffix(tr(" h"));
    m_slaHours->setValue(current.slaHours);
    form->addRow(tr("Decide within (SLA)"), m_slaHours);
    m_fourEyes = new QDoubleSpinBox(this);
    m_fourEyes->setObjectName(QStringLiteral("fourEyesRisk"));
    m_fourEyes->setRange(0.0, 9.99);
    m_fourEyes->setDecimals(2);
    m_fourEyes->setSingleStep(0.5);
    m_fourEyes->setValue(current.fourEyesRiskHundredths / 100.0);
    form->addRow(tr("Two approvals above risk score"), m_fourEyes);
    m_autoAssign = new QCheckBox(tr("Spread new documents across the KYC reviewers who are not away"), this);
    m_autoAssign->setObjectName(QStringLiteral("autoAssign"));
    m_autoAssign->setToolTip(tr("Each new document goes to the reviewer with the fewest pending documents assigned"));
    m_autoAssign->setChecked(current.autoAssign);
    form->addRow(tr("Assignment"), m_autoAssign);
    layout->addLayout(form);
    auto* note =
        new QLabel(tr("Documents waiting over half the SLA are marked \"due soon\", over it \"over SLA\"."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    auto* buttonBox = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    buttonBox->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveSettings"));
    finishLayout(layout, buttonBox);
}

void KycSettingsDialog::submit()
{
    KycSettings wanted = m_settings;
    wanted.autoAssign = m_autoAssign->isChecked();
    wanted.claimMinutes = m_claimMinutes->value();
    wanted.slaHours = m_slaHours->value();
    wanted.fourEyesRiskHundredths = qRound(m_fourEyes->value() * 100);
    if (!beginSave()) {
        return;
    }
    showError(QString());
    m_backend->setKycSettings(wanted, this, [this](const Result<KycSettings>& result) {
        endSave();
        if (!result.ok()) {
            showError(result.error().message);
            return;
        }
        Q_EMIT saved(result.value());
        accept();
    });
}

// -- ReviewerActivityDialog -------------------------------------------------------------------

ReviewerActivityDialog::ReviewerActivityDialog(Backend* backend, QWidget* parent)
    : QDialog(parent)
    , m_backend(backend)
{
    setObjectName(QStringLiteral("reviewerActivityDialog"));
    setWindowTitle(tr("Reviewer activity"));
    auto* layout = new QVBoxLayout(this);
    auto* period = new QHBoxLayout;
    m_from = new QDateEdit(QDate::currentDate().addDays(-13), this);
    m_to = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit* edit : {m_from, m_to}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    }
    auto* show = new QPushButton(tr("&Show"), this);
    period->addWidget(new QLabel(tr("From"), this));
    period->addWidget(m_from);
    period->addWidget(new QLabel(tr("to"), this));
    period->addWidget(m_to);
    period->addWidget(show);
    period->addStretch(1);
    layout->addLayout(period);
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("activityTable"));
    m_table->setHorizontalHeaderLabels({tr("Day"), tr("Reviewer"), tr("Approved"), tr("Rejected"),
                                        tr("Information requested"), tr("Median time to decision")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->verticalHeader()->setVisible(false);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSortingEnabled(false);
    layout->addWidget(m_table, 1);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("activityStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    layout->addWidget(close);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(show, &QPushButton::clicked, this, &ReviewerActivityDialog::reload);
    resize(760, 460);
    reload();
}

void ReviewerActivityDialog::reload()
{
    if (m_request) {
        m_backend->cancel(m_request);
    }
    m_status->setText(tr("Loading\u2026"));
    m_request = m_backend->fetchReviewerActivity(
        m_from->date(), m_to->date(), this, [this](const Result<QVector<ReviewerActivity>>& result) {
            m_request = 0;
            if (!result.ok()) {
                if (result.error().kind != Error::Kind::Cancelled) {
                    m_status->setText(result.error().message);
                }
                return;
            }
            const QLocale locale;
            const auto& rows = result.value();
            m_table->setRowCount(int(rows.size()));
            int total = 0;
            for (int r = 0; r < rows.size(); ++r) {
                const ReviewerActivity& a = rows[r];
                auto cell = [this, r](int column, const QString& text, bool number) {
                    auto* item = new QTableWidgetItem(text);
                    if (number) {
                        item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                    }
                    m_table->setItem(r, column, item);
                };
                cell(0, a.day.toString(Qt::ISODate), false);
                cell(1, a.reviewer, false);
                cell(2, locale.toString(a.approved), true);
                cell(3, locale.toString(a.rejected), true);
                cell(4, locale.toString(a.requestedInfo), true);
                cell(5, models::Labels::formatDuration(a.medianSecondsToDecision), true);
                total += a.approved + a.rejected + a.requestedInfo;
            }
            m_status->setText(rows.isEmpty() ? tr("No decisions in this period.")
                                             : tr("%n decision(s) in this period.", nullptr, total));
            Q_EMIT loaded();
        });
}

} // namespace pd::ui
