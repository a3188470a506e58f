#pragma once

#include <QDate>
#include <QDateTime>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QVector>

#include <optional>

namespace pd {

/// The organisation's KYC review settings (migration 003, table kyc_settings).
struct KycSettings
{
    int claimMinutes = 30;            ///< how long a claim holds a document, 1..1440 minutes
    int slaHours = 48;                ///< time to a decision the organisation promises, 1..720 hours
    int fourEyesRiskHundredths = 700; ///< risk scores above this (7.00) need two approvals, 0..999
    /// New pending documents go to the active KYC reviewer who is not away and has the fewest
    /// assigned (migration 022).
    bool autoAssign = false;
    int version = 0;
};

/// A reviewer's decision on a document (docs/DOMAIN.md, kyc_documents.verification_status:
/// pending -> approved | rejected | needs_info).
enum class KycAction {
    Approve,     ///< the document proves what it should
    Reject,      ///< needs a reason from kycRejectReasons(); a note is optional
    RequestInfo, ///< needs a message telling the customer what to send
};
/// "approve", "reject", "request_info" (audit and REST names; audit actions are "kyc." + key).
QString kycActionKey(KycAction action);
/// The verification_status a decision leads to: "approved", "rejected", "needs_info".
QString kycActionStatus(KycAction action);

/// The fixed list of reasons a document can be rejected for (codes stored in audit_log and,
/// with the reviewer's note, in verification_notes): "document_expired", "unreadable",
/// "name_mismatch", "type_not_accepted", "suspected_forgery", "sanctions_match", "other".
QStringList kycRejectReasons();
/// The English text of a reject reason code as written into verification_notes (the customer
/// support team reads it); the code itself for an unknown one.
QString kycRejectReasonText(const QString& code);

/// What a reviewer sends to decide a document. `version` is the row version the reviewer saw
/// (optimistic concurrency: a document changed since is refused with Error::Kind::Conflict).
struct KycDecision
{
    qint64 documentId = 0;
    int version = 0;
    KycAction action = KycAction::Approve;
    QString reasonCode; ///< Reject: one of kycRejectReasons()
    QString note;       ///< Reject: optional detail; RequestInfo: the message (required); at most 1,000 characters
};

/// What a decision did.
struct KycDecisionResult
{
    /// true when the approval was the first of two (four eyes): the document stays pending
    /// until a different reviewer approves it too.
    bool awaitingSecondApproval = false;
    QString status; ///< the document's verification_status now
    qint64 userId = 0;
    QString userKycStatus; ///< users.kyc_status now
    int userKycLevel = 0;  ///< users.kyc_level now
    int version = 0;       ///< the document's new row version
};

/// Putting a document on hold (a review stage: it waits for something outside the review, such
/// as a compliance answer; the SLA clock stops) or resuming it.
struct KycHold
{
    qint64 documentId = 0;
    bool hold = true; ///< false: resume
    QString reason;   ///< required, at most 500 characters
};

/// A reviewer away through `until` (an invalid date: back now). Going away gives the pending
/// documents assigned to them back to the shared queue.
struct KycAway
{
    QDate until;
    QString reason; ///< optional, for the audit log
};

/// A live claim on a document.
struct KycClaim
{
    qint64 documentId = 0;
    QString claimedBy;
    QDateTime expiresAt; ///< UTC
};

/// Counts for the queue's header (pending documents only) and who is asking.
struct KycQueueSummary
{
    qint64 newDocuments = 0;       ///< pending, first submission, no first approval yet
    qint64 resubmitted = 0;        ///< pending again after a request for information
    qint64 secondApproval = 0;     ///< approved once, waiting for a second reviewer (four eyes)
    qint64 claimed = 0;            ///< pending with a live claim (anyone's)
    qint64 mine = 0;               ///< pending with a live claim of the asking reviewer
    qint64 overdue = 0;            ///< pending for longer than the SLA (time paused not counted)
    qint64 onHold = 0;             ///< pending and on hold
    qint64 assignedToMe = 0;       ///< pending and assigned to the asking reviewer
    QDate awayUntil;               ///< the asking reviewer is away through this day (invalid: not away)
    QString reviewer;              ///< the asking reviewer (audit actor)
    bool mayReleaseOthers = false; ///< hq_admin (or a direct owner connection): may release anyone's claim
    KycSettings settings;
};

/// One verification status of a user's documents, oldest first, for userKycFrom().
struct KycDocumentState
{
    QString status; ///< verification_status
    int level = 1;  ///< kyc_level 1 or 2
};
/// users.kyc_status and kyc_level from the user's documents (docs/DOMAIN.md): approved at the
/// highest approved level; with nothing approved, the newest document's status at level 0;
/// with no documents, pending at level 0.
struct UserKyc
{
    QString status;
    int level = 0;
};
UserKyc userKycFrom(const QVector<KycDocumentState>& documentsOldestFirst);

/// How a pending document stands against the SLA: OnTime below half of it, DueSoon up to
/// it, Overdue past it; Paused while it is on hold (its clock stands still).
enum class KycSla { OnTime, DueSoon, Overdue, Paused };
KycSla kycSlaFor(qint64 ageSeconds, int slaHours);
/// "on_time", "due_soon", "overdue", "paused".
QString kycSlaKey(KycSla sla);

/// Decisions of one reviewer on one day (local date of the decision).
struct ReviewerActivity
{
    QDate day;
    QString reviewer;
    int approved = 0; ///< including first approvals of four-eyes documents
    int rejected = 0;
    int requestedInfo = 0;
    qint64 medianSecondsToDecision = 0; ///< from submission (or resubmission) to the decision
};

/// The median of `values` (the mean of the middle two for an even count); 0 when empty.
qint64 medianOf(QVector<qint64> values);

} // namespace pd

Q_DECLARE_METATYPE(pd::KycQueueSummary)
