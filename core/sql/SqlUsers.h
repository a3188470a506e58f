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

} // namespace pd::sql
