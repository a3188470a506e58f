#include "sql/SqlAuth.h"

#include "sql/SqlSession.h"
#include "sql/SqlWrite.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace pd::sql {

namespace {
struct AuthText
{
    Q_DECLARE_TR_FUNCTIONS(pd::sql::Auth)
};

Error signInAgain(const QString& detail)
{
    return Error(Error::Kind::Authentication, AuthText::tr("The session has ended; sign in again."), detail);
}

QString utcText(const QDateTime& at)
{
    return at.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzz000Z"));
}
} // namespace

Result<StaffAccount> staffAccount(SqlSession& session, const QString& login)
{
    QSqlQuery query;
    Error error;
    if (!session.exec(query,
                      SqlBuilder("SELECT id, login, role, organization_id, COALESCE(password_hash, ''), is_active "
                                 "FROM staff WHERE login = ")
                          .bind(login),
                      &error)) {
        return error;
    }
    if (!query.next()) {
        return Error(Error::Kind::NotFound, AuthText::tr("There is no staff member \"%1\".").arg(login));
    }
    StaffAccount account;
    account.id = query.value(0).toLongLong();
    account.login = query.value(1).toString();
    account.role = query.value(2).toString();
    account.organizationId = query.value(3).toLongLong();
    account.passwordHash = query.value(4).toString();
    account.active = query.value(5).toBool();
    return account;
}

Result<Done> setStaffPassword(SqlSession& session, const QString& login, const QString& passwordHash)
{
    return inTransaction<Done>(session, [&]() -> Result<Done> {
        QSqlQuery query;
        Error error;
        if (!session.exec(query,
                          SqlBuilder("UPDATE staff SET password_hash = ")
                              .bind(passwordHash)
                              .sql(", version = version + 1 WHERE login = ")
                              .bind(login),
                          &error)) {
            return error;
        }
        if (query.numRowsAffected() != 1) {
            return Error(Error::Kind::NotFound, AuthText::tr("There is no staff member \"%1\".").arg(login));
        }
        return Done{};
    });
}

Result<qint64> storeRefreshToken(SqlSession& session, qint64 staffId, const QString& tokenSha256,
                                 const QDateTime& expiresAt, qint64 sessionId)
{
    return inTransaction<qint64>(session, [&]() -> Result<qint64> {
        QSqlQuery query;
        Error error;
        SqlBuilder insert("INSERT INTO refresh_tokens (staff_id, token_sha256, expires_at, session_id) VALUES (");
        insert.bind(staffId).sql(", ").bind(tokenSha256).sql(", ").bind(utcText(expiresAt)).sql(", ");
        insert.bind(sessionId > 0 ? QVariant(sessionId) : QVariant()).sql(") RETURNING id");
        if (!session.exec(query, insert, &error) || !query.next()) {
            return error;
        }
        const qint64 id = query.value(0).toLongLong();
        query.finish();
        if (sessionId > 0) {
            return sessionId;
        }
        // A new sign-in starts a session named by its first token.
        if (!session.exec(query, SqlBuilder("UPDATE refresh_tokens SET session_id = id WHERE id = ").bind(id),
                          &error)) {
            return error;
        }
        return id;
    });
}

Result<StaffAccount> useRefreshToken(SqlSession& session, const QString& tokenSha256)
{
    // The token is read and revoked in one transaction; a reused token's owner loses every
    // session in a second one, so that the revocation is committed although the call fails.
    struct Used
    {
        qint64 staffId = 0;
        QString login;
        bool reused = false;
        qint64 sessionId = 0;
    };
    const QString now = SqlSession::nowText();
    auto used = inTransaction<Used>(session, [&]() -> Result<Used> {
        QSqlQuery query;
        Error error;
        if (!session.exec(
                query,
                SqlBuilder("SELECT t.id, t.staff_id, s.login, t.revoked_at IS NOT NULL, COALESCE(t.session_id, t.id), "
                           "t.expires_at <= ")
                    .bind(now)
                    .sql(" FROM refresh_tokens t JOIN staff s ON s.id = t.staff_id WHERE t.token_sha256 = ")
                    .bind(tokenSha256),
                &error)) {
            return error;
        }
        if (!query.next()) {
            return signInAgain(QStringLiteral("unknown refresh token"));
        }
        const qint64 tokenId = query.value(0).toLongLong();
        Used out{query.value(1).toLongLong(), query.value(2).toString(), query.value(3).toBool(),
                 query.value(4).toLongLong()};
        const bool expired = query.value(5).toBool();
        query.finish();
        if (out.reused) {
            return out;
        }
        if (expired) {
            return signInAgain(QStringLiteral("refresh token expired"));
        }
        // Rotated only while still unrevoked: of two refreshes of one token at once, the second
        // finds it revoked (PostgreSQL re-checks the row after the first commits; SQLite writes
        // one at a time) and counts as a reuse.
        QSqlQuery revoke;
        if (!session.exec(revoke,
                          SqlBuilder("UPDATE refresh_tokens SET revoked_at = ")
                              .bind(now)
                              .sql(" WHERE id = ")
                              .bind(tokenId)
                              .sql(" AND revoked_at IS NULL"),
                          &error)) {
            return error;
        }
        out.reused = revoke.numRowsAffected() != 1;
        return out;
    });
    if (!used.ok()) {
        return used.error();
    }
    if (used.value().reused) {
        // A rotated token came back: someone else holds a copy. End every session of its owner.
        QSqlQuery revokeAll;
        Error error;
        if (!session.exec(revokeAll,
                          SqlBuilder("UPDATE refresh_tokens SET revoked_at = ")
                              .bind(now)
                              .sql(" WHERE staff_id = ")
                              .bind(used.value().staffId)
                              .sql(" AND revoked_at IS NULL"),
                          &error)) {
            return error;
        }
        return Error(Error::Kind::Authentication,
                     AuthText::tr("This sign-in was already used; every session of %1 has been ended. Sign in again.")
                         .arg(used.value().login),
                     QStringLiteral("refresh token reused"));
    }
    auto account = staffAccount(session, used.value().login);
    if (!account.ok()) {
        return account.error();
    }
    if (!account.value().active) {
        return signInAgain(QStringLiteral("staff member inactive"));
    }
    account.value().sessionId = used.value().sessionId;
    return account;
}

Result<Done> revokeRefreshToken(SqlSession& session, const QString& tokenSha256)
{
    QSqlQuery query;
    Error error;
    if (!session.exec(query,
                      SqlBuilder("UPDATE refresh_tokens SET revoked_at = ")
                          .bind(SqlSession::nowText())
                          .sql(" WHERE token_sha256 = ")
                          .bind(tokenSha256)
                          .sql(" AND revoked_at IS NULL"),
                      &error)) {
        return error;
    }
    return Done{};
}

} // namespace pd::sql
