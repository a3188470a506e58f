#pragma once

#include "Result.h"

#include <QString>

namespace pd::sql {

class SqlSession;

/// Makes a PostgreSQL login role for a staff member, grants it the group role of `role`
/// (migration 004: paydesk_hq_admin, ...) and writes its staff row at the organisation with
/// `orgCode`, all in one call of paydesk_add_staff() with bound values. An existing login is
/// given the new role and organisation. `password` may be empty (then the login needs another
/// authentication method, such as a client certificate or peer). Invalid for a bad login name,
/// an unknown role or organisation, and on SQLite (a file has no login roles). Needs a session
/// with CREATEROLE.
Result<qint64> addStaff(SqlSession& session, const QString& login, const QString& role, const QString& orgCode,
                        const QString& displayName, const QString& password);
/// Deactivates (`active` false) or reactivates staff login `login` with `reason`, through
/// paydesk_set_staff_active() (migration 009): the staff row, the login's LOGIN attribute and
/// group role, and its paydesk-server sessions change together, audited under the caller. Only
/// headquarters (or the owner) may; nobody deactivates their own login. Invalid on SQLite, for an
/// empty reason or an unknown login; Permission for other roles.
Result<Done> setStaffActive(SqlSession& session, const QString& login, bool active, const QString& reason);

/// The full bank account number of a user's auto-debit contract, opened with the field key in
/// `keyFile` (FieldCipher; the key is never in the database). Reading the sealed value needs the
/// column privilege only hq_admin has (Permission otherwise); the reveal writes an audit_log row
/// "cms.reveal_account_number" (without the number) in the same transaction. NotFound when the
/// user has no contract; Invalid when no number is stored or the key file is missing or wrong.
Result<QString> revealAccountNumber(SqlSession& session, qint64 userId, const QString& keyFile);

} // namespace pd::sql
