#pragma once

#include "Kyc.h"
#include "Result.h"

namespace pd::sql {

class SqlSession;

// The KYC review workflow over PostgreSQL or SQLite. Who acts is the session's
// actor (SqlSession::actor(): the PostgreSQL login role, or the OS user for SQLite files);
// their role comes from the staff table. A login with no staff row is the database's owner
// and may do everything. Every change is one transaction with its audit_log row.

/// The review settings (kyc_settings).
Result<KycSettings> kycSettings(SqlSession& session);
/// Changes the review settings; refuses out-of-range values (Invalid) and a stale `version`
/// (Conflict). hq_admin only (Permission). Audited as "kyc.settings".
Result<KycSettings> setKycSettings(SqlSession& session, const KycSettings& settings);

/// Counts of pending documents by review stage and claim, the asking reviewer and the settings.
Result<KycQueueSummary> kycQueueSummary(SqlSession& session);

/// Claims a pending document for the session's reviewer until now + claim_minutes. Claiming
/// one's own claimed document again extends it. Refused with Conflict when someone else holds
/// a live claim (naming them and until when) or the document was decided (naming who and
/// when); NotFound when it is gone; Permission for roles that do not review. Audited as
/// "kyc.claim".
Result<KycClaim> claimKycDocument(SqlSession& session, qint64 documentId);

/// Releases a claim: one's own, or anyone's for hq_admin (Permission otherwise). Releasing an
/// unclaimed document does nothing. Audited as "kyc.release" (with `reason` when given) when a
/// claim was released; `released` (when given) says whether one was.
Result<Done> releaseKycClaim(SqlSession& session, qint64 documentId, const QString& reason = QString(),
                             bool* released = nullptr);

/// Puts a pending document on hold (the caller must hold its live claim, which ends) or resumes
/// a held one (any reviewer), with a reason; audited as "kyc.hold" / "kyc.resume". The SLA clock
/// stops while it is held (migration 022). Conflict when it is decided, already held or claimed
/// by another; Invalid without a claim or a reason, or when resuming one not held.
Result<Done> holdKycDocument(SqlSession& session, const KycHold& hold);

/// Marks the caller away through `away.until` (invalid: back), staff.away_until; going away
/// gives their pending assigned documents back to the shared queue. Audited as "staff.away".
/// Invalid for a past day; Permission for a login without an active staff row.
Result<Done> setKycAway(SqlSession& session, const KycAway& away);

/// Assigns a pending document to `reviewer` (an active KYC reviewer or headquarters login, not
/// away), headquarters only; audited as "kyc.assign" with `reason`.
Result<Done> assignKycDocument(SqlSession& session, qint64 documentId, const QString& reviewer, const QString& reason);

/// Decides a document in one transaction: verification_status, verification_notes,
/// verified_by, verified_at; users.kyc_status, kyc_level and is_verified by userKycFrom(); one
/// audit_log row "kyc.<action>" with the before and after of both. The reviewer must hold a
/// live claim. Refused, with nothing changed: a stale version or a decision by someone else
/// (Conflict, naming who and when); a claim held by someone else (Conflict); no claim, a
/// missing reason or message (Invalid); a document over the four-eyes threshold approved a
/// second time by its first approver (Permission). A first approval of such a document keeps
/// it pending (KycDecisionResult::awaitingSecondApproval, audit "kyc.first_approval").
Result<KycDecisionResult> decideKycDocument(SqlSession& session, const KycDecision& decision);

/// The full document number, for a reviewer who needs to compare it with the image. Writes an
/// audit_log row "kyc.reveal_document_number" (without the number) in the same transaction;
/// Permission for roles that do not review.
Result<QString> revealDocumentNumber(SqlSession& session, qint64 documentId);

/// Decisions per reviewer per local day from audit_log, newest day first, with the median time
/// from submission to decision. `from` and `to` are local dates, inclusive, at most 366 days
/// apart (Invalid otherwise).
Result<QVector<ReviewerActivity>> reviewerActivity(SqlSession& session, const QDate& from, const QDate& to);

} // namespace pd::sql
