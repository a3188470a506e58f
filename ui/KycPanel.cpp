#include "KycPanel.h"

#include "DetailPane.h"
#include "DocumentViewer.h"
#include "KycDialogs.h"
#include "Labels.h"
#include "PagedTableModel.h"
#include "TablePage.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace pd::ui {

using models::Labels;

KycPanel::KycPanel(Backend* backend, TablePage* page)
    : QWidget(page)
    , m_backend(backend)
    , m_page(page)
{
    setObjectName(QStringLiteral("kycPanel"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 0);
    layout->setSpacing(4);

    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("kycState"));
    m_state->setWordWrap(true);
    m_state->setTextFormat(Qt::RichText);
    layout->addWidget(m_state);
    m_claim = new QLabel(this);
    m_claim->setObjectName(QStringLiteral("kycClaim"));
    m_claim->setWordWrap(true);
    layout->addWidget(m_claim);
    m_number = new QLabel(this);
    m_number->setObjectName(QStringLiteral("kycNumber"));
    m_number->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_number);

    auto* actions = new QGridLayout;
    auto makeButton = [this](const QString& text, const QString& name, const QString& tip) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        b->setAutoDefault(false);
        return b;
    };
    m_claimButton = makeButton(tr("&Claim"), QStringLiteral("claim"),
                               tr("Take this document so that no one else decides it while you review it (Alt+C)"));
    m_releaseButton = makeButton(tr("Re&lease"), QStringLiteral("release"), tr("Give the claim back (Alt+L)"));
    m_approveButton = makeButton(tr("&Approve"), QStringLiteral("approve"), tr("Approve the document (Alt+A)"));
    m_rejectButton =
        makeButton(tr("&Reject…"), QStringLiteral("reject"), tr("Reject with a reason from the list (Alt+R)"));
    m_infoButton = makeButton(tr("Request &info…"), QStringLiteral("requestInfo"),
                              tr("Ask the customer for more information (Alt+I)"));
    m_revealButton = makeButton(tr("Reveal nu&mber"), QStringLiteral("reveal"),
                                tr("Show the full document number; the reveal is recorded in the audit log (Alt+M)"));
    m_previousButton =
        makeButton(tr("◀ &Previous"), QStringLiteral("previous"), tr("Open the previous document (Alt+P)"));
    m_nextButton = makeButton(tr("&Next ▶"), QStringLiteral("next"),
                              tr("Open the next document no one else has claimed or put on hold (Alt+N)"));
    m_holdButton = makeButton(tr("&Hold…"), QStringLiteral("hold"),
                              tr("Put it on hold with a reason: it waits for something outside the review, and its "
                                 "SLA clock stops until someone resumes it (Alt+H)"));
    actions->addWidget(m_claimButton, 0, 0);
    actions->addWidget(m_releaseButton, 0, 1);
    actions->addWidget(m_revealButton, 0, 2);
    actions->addWidget(m_approveButton, 1, 0);
    actions->addWidget(m_rejectButton, 1, 1);
    actions->addWidget(m_infoButton, 1, 2);
    actions->addWidget(m_previousButton, 2, 0);
    actions->addWidget(m_holdButton, 2, 1);
    actions->addWidget(m_nextButton, 2, 2);
    layout->addLayout(actions);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("kycMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    m_viewer = new DocumentViewer(this);
    m_viewer->setMinimumHeight(260);
    layout->addWidget(m_viewer, 1);

    connect(m_claimButton, &QPushButton::clicked, this, &KycPanel::claim);
    connect(m_releaseButton, &QPushButton::clicked, this, &KycPanel::release);
    connect(m_approveButton, &QPushButton::clicked, this, &KycPanel::approve);
    connect(m_rejectButton, &QPushButton::clicked, this, [this]() { openDecision(KycAction::Reject); });
    connect(m_infoButton, &QPushButton::clicked, this, [this]() { openDecision(KycAction::RequestInfo); });
    connect(m_revealButton, &QPushButton::clicked, this, &KycPanel::reveal);
    connect(m_previousButton, &QPushButton::clicked, this, [this]() { step(-1); });
    connect(m_nextButton, &QPushButton::clicked, this, [this]() { step(1); });
    connect(m_holdButton, &QPushButton::clicked, this, [this]() { openHold(); });

    // Page header: the queue's counts and the review tools.
    m_counts = new QLabel(page);
    m_counts->setObjectName(QStringLiteral("kycCounts"));
    m_counts->setWordWrap(true); // wraps instead of widening the window on small screens
    m_counts->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    auto* activity = new QPushButton(tr("Reviewer activit&y…"), page);
    activity->setObjectName(QStringLiteral("reviewerActivity"));
    m_settingsButton = new QPushButton(tr("Review settings…"), page);
    m_settingsButton->setObjectName(QStringLiteral("kycSettings"));
    m_settingsButton->setEnabled(false);
    m_awayButton = new QPushButton(tr("Away…"), page);
    m_awayButton->setObjectName(QStringLiteral("kycAway"));
    m_awayButton->setToolTip(tr("Say until which day you are away: you get no new documents, and the ones assigned "
                                "to you go back to the queue"));
    page->addHeaderWidget(m_counts);
    page->addHeaderWidget(m_awayButton);
    page->addHeaderWidget(activity);
    page->addHeaderWidget(m_settingsButton);
    connect(activity, &QPushButton::clicked, this, &KycPanel::openActivity);
    connect(m_awayButton, &QPushButton::clicked, this, [this]() { openAway(); });
    connect(m_settingsButton, &QPushButton::clicked, this, &KycPanel::openSettings);

    page->setDetailHeader(this);
    connect(page->detailPane(), &DetailPane::recordShown, this, &KycPanel::showDocument);
    connect(page->detailPane(), &DetailPane::currentIdChanged, this, [this](qint64 id) {
        if (id != m_id) {
            if (m_messageIsError) {
                showMessage(QString(), false); // an error was about the document left behind
            }
            clear();
        }
    });
    connect(page->model(), &models::PagedTableModel::modelReset, this, &KycPanel::refreshSummary);
    // Claims expire and new documents arrive: keep the counts current while the page is open.
    auto* timer = new QTimer(this);
    timer->setInterval(60 * 1000);
    connect(timer, &QTimer::timeout, this, [this]() {
        if (isVisible()) {
            refreshSummary();
        }
    });
    timer->start();
    clear();
}

QPushButton* KycPanel::button(const QString& name) const
{
    for (QPushButton* b : {m_claimButton, m_releaseButton, m_approveButton, m_rejectButton, m_infoButton,
                           m_revealButton, m_previousButton, m_nextButton, m_holdButton}) {
        if (b->objectName() == name) {
            return b;
        }
    }
    return nullptr;
}

QString KycPanel::messageText() const
{
    return m_message->text();
}

void KycPanel::showMessage(const QString& text, bool error)
{
    QPalette palette = m_message->palette();
    palette.setColor(QPalette::WindowText, error ? QColor(0xa1, 0x1b, 0x1b) : palette.color(QPalette::Text));
    m_message->setPalette(palette);
    m_message->setText(text);
    m_messageIsError = error;
}

void KycPanel::fail(const Error& error)
{
    showMessage(error.message, true);
    updateButtons();
    Q_EMIT actionFinished(false);
}

void KycPanel::refreshSummary()
{
    if (m_summaryRequest) {
        m_backend->cancel(m_summaryRequest);
    }
    m_summaryRequest = m_backend->fetchKycQueueSummary(this, [this](const Result<KycQueueSummary>& result) {
        m_summaryRequest = 0;
        if (!result.ok()) {
            if (result.error().kind != Error::Kind::Cancelled) {
                m_counts->setText(tr("Queue counts unavailable"));
                m_counts->setToolTip(result.error().message);
            }
            return;
        }
        m_summary = result.value();
        m_haveSummary = true;
        const QLocale locale;
        m_counts->setText(
            tr("New %1 · Resubmitted %2 · Second approval %3 · On hold %4 · Claimed %5 (mine %6) · Over SLA %7")
                .arg(locale.toString(m_summary.newDocuments), locale.toString(m_summary.resubmitted),
                     locale.toString(m_summary.secondApproval), locale.toString(m_summary.onHold),
                     locale.toString(m_summary.claimed), locale.toString(m_summary.mine),
                     locale.toString(m_summary.overdue)));
        m_counts->setToolTip(tr("Pending documents by review stage. Signed in as %1; claims last %n minute(s).",
                                nullptr, m_summary.settings.claimMinutes)
                                 .arg(m_summary.reviewer));
        m_settingsButton->setEnabled(m_summary.mayReleaseOthers);
        m_awayButton->setVisible(m_permissions.reviewsKyc());
        m_awayButton->setText(
            m_summary.awayUntil.isValid()
                ? tr("Away until %1…").arg(QLocale().toString(m_summary.awayUntil, QLocale::ShortFormat))
                : tr("Away…"));
        if (m_summary.assignedToMe > 0) {
            m_counts->setText(m_counts->text() + QStringLiteral(" · ") +
                              tr("Assigned to you %1").arg(locale.toString(m_summary.assignedToMe)));
        }
        m_settingsButton->setVisible(m_permissions.administersKyc());
        m_page->model()->setKycSlaHours(m_summary.settings.slaHours);
        // The shown document's lines depend on who is asking and on the settings.
        const auto& shown = m_page->detailPane()->record();
        if (m_id > 0 && shown && shown->id == m_id) {
            showDocument(*shown);
        }
        updateButtons();
        Q_EMIT summaryShown();
    });
}

void KycPanel::clear()
{
    m_id = 0;
    m_version = 0;
    m_status.clear();
    m_claimer.clear();
    m_firstApprover.clear();
    m_holdReason.clear();
    m_heldBy.clear();
    m_state->setText(tr("Select a document in the queue."));
    m_claim->clear();
    m_number->clear();
    m_viewer->showFile(QString());
    updateButtons();
}

void KycPanel::showDocument(const DetailRecord& record)
{
    const bool same = record.id == m_id;
    m_id = record.id;
    m_version = record.field(QStringLiteral("version")).toInt();
    m_status = record.field(QStringLiteral("verification_status")).toString();
    m_claimer = record.field(QStringLiteral("claimed_by")).toString();
    m_firstApprover = record.field(QStringLiteral("first_approved_by")).toString();
    m_holdReason = record.field(QStringLiteral("hold_reason")).toString();
    m_heldBy = record.field(QStringLiteral("held_by")).toString();
    const bool pending = m_status == QLatin1String("pending");
    const bool held = pending && !m_holdReason.isEmpty();
    // The SLA age counts from here: the submission moved on by the time paused (migration 022).
    const QDateTime submitted = record.field(QStringLiteral("sla_clock_from")).toDateTime().isValid()
                                    ? record.field(QStringLiteral("sla_clock_from")).toDateTime()
                                    : record.field(QStringLiteral("created_at")).toDateTime();
    const qint64 risk = record.field(QStringLiteral("risk_score")).toLongLong();
    const int slaHours = m_haveSummary ? m_summary.settings.slaHours : 48;
    const int fourEyes = m_haveSummary ? m_summary.settings.fourEyesRiskHundredths : 700;

    QStringList parts;
    const QString stage = !pending                     ? QString()
                          : held                       ? QStringLiteral("on_hold")
                          : !m_firstApprover.isEmpty() ? QStringLiteral("second_approval")
                                                       : (record.field(QStringLiteral("resubmitted_at")).isValid()
                                                              ? QStringLiteral("resubmitted")
                                                              : QStringLiteral("new"));
    parts << QStringLiteral("<b>%1</b>")
                 .arg((pending
                           ? Labels::valueLabel(Area::KycDocuments, QStringLiteral("review_stage"), stage)
                           : Labels::valueLabel(Area::KycDocuments, QStringLiteral("verification_status"), m_status))
                          .toHtmlEscaped());
    if (pending && submitted.isValid()) {
        const qint64 age = submitted.secsTo(QDateTime::currentDateTimeUtc());
        const KycSla sla = held ? KycSla::Paused : kycSlaFor(age, slaHours);
        parts
            << QStringLiteral("<span style=\"background-color:%1; color:black\">&nbsp;%2&nbsp;</span>")
                   .arg(
                       Labels::kycSlaColor(sla).name(),
                       tr("waiting %1, %2").arg(Labels::formatDuration(age), Labels::kycSlaLabel(sla)).toHtmlEscaped());
    }
    const ColumnInfo scoreColumn{QStringLiteral("risk_score"), ValueType::Score};
    QString riskText = tr("risk %1").arg(Labels::formatValue(Area::KycDocuments, scoreColumn, risk));
    if (risk > fourEyes) {
        riskText +=
            QStringLiteral(" — ") + (m_firstApprover.isEmpty()
                                         ? tr("needs two approvals")
                                         : tr("first approval by %1; needs a second reviewer").arg(m_firstApprover));
    }
    parts << riskText.toHtmlEscaped();
    m_state->setText(parts.join(QStringLiteral(" · ")));

    if (!pending) {
        m_claim->setText(tr("Decided by %1 at %2.")
                             .arg(record.field(QStringLiteral("verified_by")).toString(),
                                  Labels::formatTimestamp(record.field(QStringLiteral("verified_at")).toDateTime())));
    } else if (held) {
        m_claim->setText(tr("On hold since %1 by %2: %3. Resume it to review it (Alt+U).")
                             .arg(Labels::formatTimestamp(record.field(QStringLiteral("held_at")).toDateTime()),
                                  m_heldBy, m_holdReason));
    } else if (m_claimer.isEmpty()) {
        m_claim->setText(tr("Not claimed. Claim it to decide (Alt+C)."));
    } else {
        const QString until = Labels::formatTimestamp(record.field(QStringLiteral("claim_expires_at")).toDateTime());
        m_claim->setText(m_claimer == m_summary.reviewer ? tr("Claimed by you until %1.").arg(until)
                                                         : tr("Claimed by %1 until %2.").arg(m_claimer, until));
    }
    if (!same) {
        m_number->setText(
            tr("Document number: %1").arg(record.field(QStringLiteral("document_number_masked")).toString()));
        m_viewer->showFile(record.field(QStringLiteral("file_url")).toString());
    }
    updateButtons();
    Q_EMIT documentShown(m_id);
}

void KycPanel::setPermissions(const Permissions& permissions)
{
    m_permissions = permissions;
    for (QPushButton* b : {m_claimButton, m_releaseButton, m_approveButton, m_rejectButton, m_infoButton}) {
        b->setVisible(permissions.reviewsKyc());
    }
    m_revealButton->setVisible(permissions.revealsDocumentNumbers());
    updateButtons();
}

void KycPanel::updateButtons()
{
    const bool have = m_id > 0 && !m_busy;
    const bool pending = m_status == QLatin1String("pending");
    const bool mine = !m_claimer.isEmpty() && m_claimer == m_summary.reviewer;
    m_claimButton->setEnabled(have && pending && !mine);
    m_releaseButton->setEnabled(have && !m_claimer.isEmpty() && (mine || m_summary.mayReleaseOthers));
    for (QPushButton* b : {m_approveButton, m_rejectButton, m_infoButton}) {
        b->setEnabled(have && pending && mine);
    }
    m_revealButton->setEnabled(have);
    // Hold under one's own claim; resume any held document.
    const bool held = pending && !m_holdReason.isEmpty();
    m_holdButton->setText(held ? tr("Res&ume…") : tr("&Hold…"));
    m_holdButton->setEnabled(have && pending && (held || mine) && m_permissions.reviewsKyc());
    if (held) {
        m_claimButton->setEnabled(false);
        m_claimButton->setToolTip(tr("On hold: resume it first"));
    } else {
        m_claimButton->setToolTip(tr("Take this document so that no one else decides it while you review it (Alt+C)"));
    }
    const int row = m_page->view()->currentIndex().row();
    m_previousButton->setEnabled(row > 0);
    m_nextButton->setEnabled(row >= 0 && row + 1 < m_page->model()->rowCount());
}

void KycPanel::reloadDetail()
{
    const qint64 id = m_id;
    m_page->detailPane()->showRecord(0);
    m_page->detailPane()->showRecord(id);
}

void KycPanel::claim()
{
    if (m_id <= 0 || m_busy) {
        return;
    }
    m_busy = true;
    updateButtons();
    const qint64 id = m_id;
    m_backend->claimKycDocument(id, this, [this, id](const Result<KycClaim>& result) {
        m_busy = false;
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        showMessage(tr("You claimed #%1 until %2.").arg(id).arg(Labels::formatTimestamp(result.value().expiresAt)),
                    false);
        m_page->model()->patchRow(id, {{QStringLiteral("claimed_by"), result.value().claimedBy}});
        if (id == m_id) {
            reloadDetail();
        }
        refreshSummary();
        Q_EMIT actionFinished(true);
    });
}

void KycPanel::release()
{
    if (m_id <= 0 || m_busy) {
        return;
    }
    m_busy = true;
    updateButtons();
    const qint64 id = m_id;
    m_backend->releaseKycClaim(id, this, [this, id](const Result<Done>& result) {
        m_busy = false;
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        showMessage(tr("The claim on #%1 was released.").arg(id), false);
        m_page->model()->patchRow(id, {{QStringLiteral("claimed_by"), QVariant()}});
        if (id == m_id) {
            reloadDetail();
        }
        refreshSummary();
        Q_EMIT actionFinished(true);
    });
}

void KycPanel::approve()
{
    if (m_id <= 0 || m_busy || !m_approveButton->isEnabled()) {
        return;
    }
    m_busy = true;
    updateButtons();
    KycDecision decision;
    decision.documentId = m_id;
    decision.version = m_version;
    decision.action = KycAction::Approve;
    m_backend->decideKycDocument(decision, this, [this](const Result<KycDecisionResult>& result) {
        m_busy = false;
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        afterDecision(result.value());
    });
}

KycDecisionDialog* KycPanel::openDecision(KycAction action)
{
    if (m_id <= 0 || m_busy || !m_rejectButton->isEnabled()) {
        return nullptr;
    }
    auto* dialog = new KycDecisionDialog(m_backend, action, m_id, m_version, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &KycDecisionDialog::decided, this, &KycPanel::afterDecision);
    dialog->open();
    return dialog;
}

void KycPanel::afterDecision(const KycDecisionResult& result)
{
    const qint64 id = m_id;
    if (result.awaitingSecondApproval) {
        m_page->model()->patchRow(id, {{QStringLiteral("claimed_by"), QVariant()},
                                       {QStringLiteral("review_stage"), QStringLiteral("second_approval")}});
    } else {
        m_page->model()->patchRow(id, {{QStringLiteral("claimed_by"), QVariant()},
                                       {QStringLiteral("review_stage"), QVariant()},
                                       {QStringLiteral("verification_status"), result.status},
                                       {QStringLiteral("verified_by"), m_summary.reviewer},
                                       {QStringLiteral("verified_at"), QDateTime::currentDateTimeUtc()}});
    }
    if (result.awaitingSecondApproval) {
        showMessage(tr("First approval of #%1 recorded; a second reviewer must approve it too.").arg(id), false);
    } else {
        showMessage(
            tr("#%1 is now %2; the user's KYC is %3 at level %4.")
                .arg(id)
                .arg(Labels::valueLabel(Area::KycDocuments, QStringLiteral("verification_status"), result.status),
                     Labels::valueLabel(Area::Users, QStringLiteral("kyc_status"), result.userKycStatus))
                .arg(result.userKycLevel),
            false);
    }
    refreshSummary();
    Q_EMIT actionFinished(true);
    // On to the next document; the last one of the list stays shown with its new state.
    const int row = m_page->view()->currentIndex().row();
    if (row >= 0 && row + 1 < m_page->model()->rowCount()) {
        step(1);
    } else {
        reloadDetail();
    }
}

void KycPanel::reveal()
{
    if (m_id <= 0) {
        return;
    }
    const qint64 id = m_id;
    m_backend->revealDocumentNumber(id, this, [this, id](const Result<QString>& result) {
        if (!result.ok()) {
            fail(result.error());
            return;
        }
        if (id == m_id) {
            m_number->setText(tr("Document number: %1 (revealed; recorded in the audit log)").arg(result.value()));
        }
        Q_EMIT actionFinished(true);
    });
}

void KycPanel::step(int delta)
{
    QTableView* view = m_page->view();
    models::PagedTableModel* model = m_page->model();
    const int from = view->currentIndex().row();
    int row = std::max(0, from + delta);
    if (row >= model->rowCount()) {
        return;
    }
    // The next document that is free for this reviewer: not claimed by someone else, not on
    // hold. The plain neighbour when no loaded row is free.
    const int claimColumn = model->columnForKey(QStringLiteral("claimed_by"));
    const int stageColumn = model->columnForKey(QStringLiteral("review_stage"));
    const int assignedColumn = model->columnForKey(QStringLiteral("assigned_to"));
    for (int r = row; r >= 0 && r < model->rowCount(); r += delta) {
        const QString assignee =
            model->data(model->index(r, assignedColumn), models::PagedTableModel::RawValueRole).toString();
        if (!assignee.isEmpty() && assignee != m_summary.reviewer) {
            continue; // someone else's to review
        }
        const QString claimer =
            model->data(model->index(r, claimColumn), models::PagedTableModel::RawValueRole).toString();
        const QString stage =
            model->data(model->index(r, stageColumn), models::PagedTableModel::RawValueRole).toString();
        if ((claimer.isEmpty() || claimer == m_summary.reviewer) && stage != QLatin1String("on_hold")) {
            row = r;
            break;
        }
    }
    const QModelIndex index = m_page->model()->index(row, 0);
    view->selectionModel()->setCurrentIndex(index, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    view->scrollTo(index);
}

QInputDialog* KycPanel::openHold()
{
    if (m_id <= 0 || m_busy || !m_holdButton->isEnabled()) {
        return nullptr;
    }
    const bool resume = !m_holdReason.isEmpty();
    auto* dialog = new QInputDialog(window());
    dialog->setObjectName(QStringLiteral("kycHoldDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(resume ? tr("Resume #%1").arg(m_id) : tr("Put #%1 on hold").arg(m_id));
    dialog->setLabelText(resume ? tr("On hold: %1 (by %2).\nWhy does the review go on now? (kept in the audit log)")
                                      .arg(m_holdReason, m_heldBy)
                                : tr("What does it wait for? The reason is shown to every reviewer and kept in the "
                                     "audit log; the SLA clock stops until the document is resumed, and your claim "
                                     "ends."));
    dialog->setOkButtonText(resume ? tr("Resume") : tr("Put on hold"));
    const qint64 id = m_id;
    connect(dialog, &QInputDialog::textValueSelected, this, [this, id, resume](const QString& reason) {
        m_busy = true;
        updateButtons();
        KycHold hold;
        hold.documentId = id;
        hold.hold = !resume;
        hold.reason = reason;
        m_backend->call<ops::HoldKycDocument>(hold, this, [this, id, resume](const Result<Done>& result) {
            m_busy = false;
            if (!result.ok()) {
                fail(result.error());
                return;
            }
            showMessage(resume ? tr("#%1 is back in the queue; its SLA clock runs again.").arg(id)
                               : tr("#%1 is on hold; its SLA clock stands still.").arg(id),
                        false);
            if (id == m_id) {
                reloadDetail();
            }
            refreshSummary();
            Q_EMIT actionFinished(true);
        });
    });
    dialog->open();
    return dialog;
}

QDialog* KycPanel::openAway()
{
    auto* dialog = new QDialog(window());
    dialog->setObjectName(QStringLiteral("kycAwayDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Away"));
    auto* layout = new QVBoxLayout(dialog);
    auto* text = new QLabel(tr("While you are away you get no new documents, and the documents assigned to you go "
                               "back to the shared queue."),
                            dialog);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto* form = new QFormLayout;
    auto* until = new QDateEdit(dialog);
    until->setObjectName(QStringLiteral("awayUntil"));
    until->setCalendarPopup(true);
    until->setMinimumDate(QDate::currentDate());
    until->setDate(m_summary.awayUntil.isValid() ? m_summary.awayUntil : QDate::currentDate().addDays(7));
    form->addRow(tr("Away through"), until);
    layout->addLayout(form);
    auto* buttons = new QDialogButtonBox(dialog);
    QPushButton* away = buttons->addButton(tr("Set away"), QDialogButtonBox::AcceptRole);
    away->setObjectName(QStringLiteral("setAway"));
    QPushButton* back = buttons->addButton(tr("I am back"), QDialogButtonBox::ActionRole);
    back->setObjectName(QStringLiteral("back"));
    back->setEnabled(m_summary.awayUntil.isValid());
    buttons->addButton(QDialogButtonBox::Cancel);
    layout->addWidget(buttons);
    auto send = [this, dialog](const QDate& day) {
        KycAway request;
        request.until = day;
        m_backend->call<ops::SetKycAway>(request, this, [this, day](const Result<Done>& result) {
            if (!result.ok()) {
                showMessage(result.error().message, true);
                return;
            }
            showMessage(day.isValid() ? tr("You are away through %1; your assigned documents went back to the queue.")
                                            .arg(QLocale().toString(day, QLocale::ShortFormat))
                                      : tr("Welcome back: new documents can be assigned to you again."),
                        false);
            refreshSummary();
        });
        dialog->accept();
    };
    connect(away, &QPushButton::clicked, dialog, [send, until]() { send(until->date()); });
    connect(back, &QPushButton::clicked, dialog, [send]() { send(QDate()); });
    connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    dialog->open();
    return dialog;
}

ReviewerActivityDialog* KycPanel::openActivity()
{
    auto* dialog = new ReviewerActivityDialog(m_backend, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    return dialog;
}

KycSettingsDialog* KycPanel::openSettings()
{
    if (!m_haveSummary) {
        return nullptr;
    }
    auto* dialog = new KycSettingsDialog(m_backend, m_summary.settings, window());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &KycSettingsDialog::saved, this, [this]() { refreshSummary(); });
    dialog->open();
    return dialog;
}

} // namespace pd::ui
