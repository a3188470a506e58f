#pragma once

#include "Result.h"
#include "Users.h"

namespace pd::sql {

class SqlSession;

/// Adds a staff member (StaffDraft). PostgreSQL: paydesk_staff_create() (migration 020) makes
/// the login role with only the group role of `draft.role`, lets paydesk-server act as it, and
/// writes the staff row and its audit row under the caller; SQLite: the staff row and its audit
/// row. The server password is stored as auth::hashPassword(); no password is ever audited.
/// Errors: Invalid (a malformed login, an unknown role, a short password, a database password on
/// SQLite, a closed or unknown organisation, a login or database role that exists, no reason),
/// Permission (only headquarters).
Result<CreatedStaff> addStaffMember(SqlSession& session, const StaffDraft& draft);

/// Changes a staff member's role, organisation or name (paydesk_staff_change() on PostgreSQL:
/// the login keeps only the new group role and its server sessions end), audited as
/// staff.change with before and after. Errors: Invalid (an unknown role, nothing changed, a
/// closed organisation, one's own role, no reason), NotFound, Conflict, Permission.
Result<Done> changeStaff(SqlSession& session, const StaffEdit& edit);

/// Sets a staff member's paydesk-server password (stored hashed; the member's server sessions
/// end), audited as staff.server_password without the password. Errors: Invalid (fewer than 12
/// characters, no reason), NotFound, Conflict, Permission.
Result<Done> setServerPassword(SqlSession& session, const StaffPassword& change);

} // namespace pd::sql
