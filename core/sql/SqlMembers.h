#pragma once

#include "Result.h"
#include "Users.h"

namespace pd::sql {

class SqlSession;

/// Invalid naming the user when another user than `userId` (0: any) has `email` or, when given,
/// `phone` (users.email and users.phone are unique): said before the unique index refuses it in
/// words nobody can act on. Only the users the session sees are found (row-level security).
Result<Done> refuseDuplicates(SqlSession& session, qint64 userId, const QString& email, const QString& phone);

/// `error` of a write to users in words when a unique index refused another user's e-mail or
/// phone (one the session cannot see, so not named); unchanged otherwise.
Error duplicateInWords(Error error, const QString& email, const QString& phone);

/// Invalid unless organisation `id` is an open institution the session can see.
Result<Done> refuseNonInstitution(SqlSession& session, qint64 id);

/// Enrols a member (MemberDraft): the user, the parents row and the first child when one is
/// given, in one transaction, audited as user.create, member.create and child.create. Errors:
/// Invalid (memberEditProblem(), childProblem(), an enrolment date before 2000 or over a year
/// ahead, an e-mail or phone another user has, naming them, an unknown, closed or non-institution
/// organisation, no reason), Permission (grants and row-level security, migration 017: a center
/// manager enrols only into its subtree). Nothing is written on any error.
Result<CreatedMember> createMember(SqlSession& session, const MemberDraft& draft);

/// Adds a child to member `child.memberId`, audited as child.create; returns children.id.
/// Errors: Invalid (childProblem(), a withdrawn member, no reason), NotFound (no such member or
/// not in the session's subtree), Permission.
Result<qint64> addChild(SqlSession& session, const ChildEdit& child);

/// Corrects a child's name, birth date and class or marks the child as attending or not,
/// audited as child.update, child.deactivate or child.reactivate with the changed fields before
/// and after. Errors: Invalid (childProblem(), nothing changed, no reason), NotFound, Conflict
/// (stale version), Permission.
Result<Done> updateChild(SqlSession& session, const ChildEdit& child);

/// Registers an auto-debit contract for member `terms.memberId` with status
/// pending_registration and a new contract id, the account number sealed with the key in
/// `keyFile` (FieldCipher) and only its last four digits in clear; audited as cms.register with
/// the terms (never the account number). A member whose contract is terminated gets the new
/// contract in the same row (the old terms are the audit row's before). Errors: Invalid
/// (contractTermsProblem(), a withdrawn member, a contract that is not terminated, no key file,
/// no reason), NotFound (no such member in the session's subtree), Permission.
Result<RegisteredContract> registerContract(SqlSession& session, const ContractTerms& terms, const QString& keyFile);

/// Changes a contract's bank, holder, account (when `terms.accountNumber` is given; sealed as
/// registerContract() does), payment day and monthly amount; audited as cms.change_terms with
/// the changed terms before and after. Errors: Invalid (contractTermsProblem(), a terminated
/// contract, nothing changed, no key file for a new account, no reason), NotFound, Conflict,
/// Permission.
Result<Done> changeContractTerms(SqlSession& session, const ContractTerms& terms, const QString& keyFile);

} // namespace pd::sql
