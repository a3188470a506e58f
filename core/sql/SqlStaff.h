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

} // namespace pd::sql
