#pragma once

#include "Backend.h"
#include "Roles.h"

#include <QWidget>

class QDialog;
class QInputDialog;
class QLabel;
class QPushButton;

namespace pd::ui {

class DocumentViewer;
class KycDecisionDialog;
class KycSettingsDialog;
class ReviewerActivityDialog;
class TablePage;

/// The KYC review page's workflow. In the page header: the queue's counts by stage
/// and claim, Reviewer activity and (for headquarters) Review settings. Above the detail pane:
/// the selected document's stage, waiting time against the SLA, risk and claim; the actions
/// Claim, Release, Approve, Reject, Request information and Reveal number; Previous and Next;
/// and the document file with zoom and rotation. Every action has an Alt mnemonic, so a
/// reviewer can work the queue from the keyboard; after a decision the next document opens.
class KycPanel : public QWidget
{
    Q_OBJECT
public:
    /// Installs itself on `page` (which must be the KYC page).
    KycPanel(Backend* backend, TablePage* page);

    /// What the connected role may do: a role that does not review sees the queue read-only.
    void setPermissions(const Permissions& permissions);

    qint64 documentId() const { return m_id; }
    DocumentViewer* viewer() const { return m_viewer; }
    QLabel* countsLabel() const { return m_counts; }
    /// The last outcome or error of an action, as shown to the reviewer.
    QString messageText() const;
    /// The buttons by object name: "claim", "release", "approve", "reject", "requestInfo",
    /// "reveal", "previous", "next".
    QPushButton* button(const QString& name) const;

    void claim();
    void release();
    void approve();
    KycDecisionDialog* openDecision(KycAction action);
    /// Asks for the reason to put the shown document on hold (or to resume it when it is held)
    /// and sends it; null when the shown document allows neither.
    QInputDialog* openHold();
    /// Asks until which day the reviewer is away (or says they are back) and sends it.
    QDialog* openAway();
    void reveal();
    /// Moves the selection by `step` rows (the detail pane follows).
    void step(int step);
    ReviewerActivityDialog* openActivity();
    KycSettingsDialog* openSettings();
    /// Reloads the header counts (after every action, and on a timer).
    void refreshSummary();

Q_SIGNALS:
    /// A document's detail was shown with its actions enabled as its state allows.
    void documentShown(qint64 id);
    /// An action finished (ok or not); the message says how.
    void actionFinished(bool ok);
    /// The header counts were refreshed.
    void summaryShown();

private:
    void showDocument(const DetailRecord& record);
    void clear();
    void updateButtons();
    void showMessage(const QString& text, bool error);
    /// Shows why an action was refused and re-enables what the state allows.
    void fail(const Error& error);
    void afterDecision(const KycDecisionResult& result);
    void reloadDetail();

    Backend* m_backend;
    TablePage* m_page;
    KycQueueSummary m_summary;
    bool m_haveSummary = false;
    qint64 m_id = 0;
    int m_version = 0;
    QString m_status;
    QString m_claimer;
    QString m_firstApprover;
    QString m_holdReason; ///< the shown document is on hold when not empty
    QString m_heldBy;
    Permissions m_permissions;
    bool m_busy = false;
    bool m_messageIsError = false;
    Backend::RequestId m_summaryRequest = 0;
    QLabel* m_counts = nullptr;
    QPushButton* m_settingsButton = nullptr;
    QPushButton* m_awayButton = nullptr;
    QLabel* m_state = nullptr;
    QLabel* m_claim = nullptr;
    QLabel* m_number = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_claimButton = nullptr;
    QPushButton* m_releaseButton = nullptr;
    QPushButton* m_approveButton = nullptr;
    QPushButton* m_rejectButton = nullptr;
    QPushButton* m_infoButton = nullptr;
    QPushButton* m_revealButton = nullptr;
    QPushButton* m_previousButton = nullptr;
    QPushButton* m_nextButton = nullptr;
    QPushButton* m_holdButton = nullptr;
    DocumentViewer* m_viewer = nullptr;
};

} // namespace pd::ui
