#pragma once

#include "Result.h"

#include <QDateTime>
#include <QString>

namespace pd::sql {

class SqlSession;

// Sign-in records of paydesk-server (migration 006). Run on the server's own
// connection (not while acting as a staff member): staff roles cannot read password hashes or
// refresh tokens.

/// A staff row as sign-in needs it.
struct StaffAccount
{
    qint64 id = 0;
    QString login;
    QString role; ///< docs/DOMAIN.md role key
    qint64 organizationId = 0;
    QString passwordHash; ///< auth::hashPassword() text, empty when none is set
    bool active = false;
    qint64 sessionId = 0; ///< the session a refresh token belonged to (useRefreshToken), else 0
};

/// The staff row of `login`; NotFound when there is none.
Result<StaffAccount> staffAccount(SqlSession& session, const QString& login);
/// Stores a password hash (auth::hashPassword()) for `login`; NotFound for an unknown login.
Result<Done> setStaffPassword(SqlSession& session, const QString& login, const QString& passwordHash);
/// Records a refresh token by its SHA-256 (hex) for a staff member, valid until `expiresAt`, in
/// session `sessionId` (the token it replaces was of that session), or in a new session when 0.
/// Returns the session id, which access tokens carry as "sid".
Result<qint64> storeRefreshToken(SqlSession& session, qint64 staffId, const QString& tokenSha256,
                                 const QDateTime& expiresAt, qint64 sessionId = 0);
/// Uses a refresh token once: revokes it (rotation) and returns its staff member, in one
/// transaction. Authentication when the token is unknown, revoked, expired or its staff
/// member inactive; a revoked token presented again revokes all of that member's tokens
/// (reuse means it was stolen, RFC 9700 section 4.14.2).
Result<StaffAccount> useRefreshToken(SqlSession& session, const QString& tokenSha256);
/// Revokes a refresh token (sign out); unknown tokens are ignored.
Result<Done> revokeRefreshToken(SqlSession& session, const QString& tokenSha256);

} // namespace pd::sql
