#pragma once

#include "Result.h"
#include "Users.h"

namespace pd::sql {

class SqlSession;

/// Sets users.is_active with a reason, in one transaction, audited as "user.deactivate" or
/// "user.reactivate" with the state before and after. Errors: Invalid (no reason, a reason over
/// 500 characters, the user is already in that state), NotFound (no such user), Conflict (the
/// user changed since `change.version`; names who changed it), Permission (PostgreSQL: only
/// headquarters may change users).
Result<Done> setUserActive(SqlSession& session, const UserActivation& change);

/// Deactivates or reactivates a staff member by id. PostgreSQL: through
/// paydesk_set_staff_active() (migration 009: the login's LOGIN, group role and server sessions
/// change with the row; Permission for anyone but headquarters; Invalid for one's own login);
/// SQLite: the staff row, audited. Errors as setUserActive().
Result<Done> setStaffActive(SqlSession& session, const StaffActivation& change);

/// Sets a member's service status, audited as member.pause, member.withdraw or member.resume.
/// Errors: Invalid (unknown status, the status it has, no reason), NotFound, Conflict,
/// Permission (PostgreSQL: grants and row-level security, migration 014).
Result<Done> changeMemberService(SqlSession& session, const MemberServiceChange& change);

/// Moves an auto-debit contract along contractTransitionAllowed(), audited as cms.activate,
/// cms.suspend or cms.terminate. Errors as changeMemberService(); an illegal step is Invalid
/// naming both states (the database refuses it too, migration 014).
Result<Done> changeContractStatus(SqlSession& session, const ContractStatusChange& change);

/// Corrects a member's names, phone and e-mail and moves it to another institution, in one
/// transaction, audited as user.update and member.update or member.move (with the changed
/// fields before and after). Errors: Invalid (memberEditProblem(), an e-mail or phone another
/// user has, naming them, an unknown, closed or non-institution organisation, no reason),
/// NotFound, Conflict (stale version), Permission (grants; row-level security keeps a center
/// manager to its subtree, so a member cannot be moved out of it).
Result<Done> updateMember(SqlSession& session, const MemberEdit& edit);

/// Closes, reopens or renames an organisation (OrganizationChange). Errors: Invalid (unknown
/// action, no reason, an empty or too long name, closing the root, the state it has), NotFound,
/// Conflict, Permission (only headquarters updates organisations).
Result<Done> changeOrganization(SqlSession& session, const OrganizationChange& change);

/// The manual-credit settings (credit_settings). Errors: Permission (not headquarters or auditors).
Result<CreditSettings> creditSettings(SqlSession& session);
/// Sets the four-eyes limit, audited as credit.settings with the value before and after and the
/// reason; returns the settings now. Errors: Invalid (out of range, no reason), Conflict (stale
/// version), Permission.
Result<CreditSettings> setCreditSettings(SqlSession& session, const CreditSettings& settings);

/// Records a manual credit request (credit_requests, migration 015) and, when its amount is
/// within the four-eyes limit, approves it as the requester and writes the ledger row
/// (user_credits 'manual_credit'); audited as credit_request.create, credit_request.approve and
/// user_credit.manual. Errors: Invalid (zero or impossible amount, no reason), NotFound (no such
/// user), Permission (not headquarters).
Result<ManualCreditResult> requestManualCredit(SqlSession& session, const ManualCreditRequest& request);

/// Approves (writing the credit) or rejects a pending request. Errors: Invalid (no note, decided
/// already), Conflict (stale version), Permission (the requester approving above the limit;
/// the database refuses that too).
Result<Done> decideCreditRequest(SqlSession& session, const CreditDecision& decision);

} // namespace pd::sql
