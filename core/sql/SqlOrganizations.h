#pragma once

#include "Result.h"
#include "Users.h"
#include <QPair>

namespace pd::sql {

class SqlSession;

/// Adds an organisation under `draft.parentId` (its type one level below the parent's, its
/// path the parent's and its own id), audited as organization.create. Errors: Invalid (a
/// malformed code or name, a code another organisation has, naming it, an unknown, closed or
/// institution parent, no reason), Permission (only headquarters inserts organisations).
Result<CreatedOrganization> createOrganization(SqlSession& session, const OrganizationDraft& draft);

/// Moves an organisation and its subtree under `change.parentId` (of the level above), rewriting
/// the materialised paths, audited as organization.move and organization.move_below for each
/// organisation below. Payments, settlements and staff keep their organisation ids; row-level
/// security follows the new paths at once. Errors: Invalid (the root, the same parent, its own
/// subtree, a parent of the wrong level, a closed parent, no reason), NotFound, Conflict,
/// Permission.
Result<Done> moveOrganization(SqlSession& session, const OrganizationChange& change);

/// Records a fee rate from a month on (organization_fee_rates), audited as
/// organization.fee_rate with the rate in force before. Errors: Invalid (a malformed month, a
/// rate outside 0..10000 basis points, an institution, a month with a confirmed or paid
/// settlement below the organisation, no reason), NotFound, Permission.
Result<Done> setFeeRate(SqlSession& session, const FeeRateChange& change);

/// Records a retry policy for an organisation (debit_retry_policies, migration 028), audited as
/// organization.retry_policy with the policy in force before (its own or inherited). Errors:
/// Invalid (a limit outside 0-5, an interval outside 1-10 banking days, their product above 15,
/// no reason), NotFound, Permission.
Result<Done> setRetryPolicy(SqlSession& session, const RetryPolicyChange& change);

/// The retry policy in force for organisation `organizationId`: its nearest ancestor's (itself
/// included) latest, else 2 retries 3 banking days apart. first = retries, second = interval.
Result<QPair<int, int>> retryPolicyOf(SqlSession& session, qint64 organizationId);

} // namespace pd::sql
