#include "sql/SqlServerState.h"

#include "sql/SqlSession.h"
#include "sql/SqlWrite.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QSqlQuery>

#include <algorithm>

namespace pd::sql {

namespace {
struct ServerStateText
{
    Q_DECLARE_TR_FUNCTIONS(pd::sql::ServerState)
};

Error needsPostgres()
{
    return Error(Error::Kind::Invalid, ServerStateText::tr("paydesk-server keeps its state in PostgreSQL."));
}

/// COUNT(*) and the seconds until the oldest of the counted attempts leaves the window.
struct Counted
{
    qint64 count = 0;
    int waitSeconds = 0;
};

Result<Counted> countAttempts(SqlSession& session, SqlBuilder select)
{
    QSqlQuery query;
    Error error;
    if (!session.exec(query, select, &error)) {
        return error;
    }
    Counted counted;
    if (query.next()) {
        counted.count = query.value(0).toLongLong();
        counted.waitSeconds = query.value(1).isNull() ? 0 : query.value(1).toInt();
    }
    return counted;
}

/// The common tail of both counts: failed or running attempts in the window, with the wait.
SqlBuilder attemptsSelect(int windowSeconds)
{
    SqlBuilder b("SELECT COUNT(*), CEIL(EXTRACT(EPOCH FROM (MIN(attempted_at) + make_interval(secs => ");
    b.bind(windowSeconds).sql(") - now())))::integer FROM server_sign_in_attempts a WHERE a.attempted_at > now() - ");
    b.sql("make_interval(secs => ").bind(windowSeconds).sql(") AND a.succeeded IS NOT TRUE");
    return b;
}
} // namespace

Result<SignInGate> beginSignInAttempt(SqlSession& session, const QString& loginSha256, const QString& address,
                                      const SignInLimits& limits)
{
    if (session.dialect() != Dialect::PostgreSQL) {
        return needsPostgres();
    }
    return inTransaction<SignInGate>(session, [&]() -> Result<SignInGate> {
        QSqlQuery query;
        Error error;
        // Parallel attempts from one address are counted one after the other.
        if (!session.exec(query, SqlBuilder("SELECT pg_advisory_xact_lock(hashtext(").bind(address).sql("))"),
                          &error)) {
            return error;
        }
        query.finish();
        SqlBuilder pair = attemptsSelect(limits.windowSeconds);
        pair.sql(" AND a.login_sha256 = ").bind(loginSha256).sql(" AND a.address = ").bind(address);
        pair.sql(" AND a.attempted_at > COALESCE((SELECT MAX(o.attempted_at) FROM server_sign_in_attempts o WHERE ");
        pair.sql("o.login_sha256 = ").bind(loginSha256).sql(" AND o.address = ").bind(address);
        pair.sql(" AND o.succeeded), '-infinity')");
        auto byPair = countAttempts(session, pair);
        if (!byPair.ok()) {
            return byPair.error();
        }
        SqlBuilder all = attemptsSelect(limits.windowSeconds);
        all.sql(" AND a.address = ").bind(address);
        auto byAddress = countAttempts(session, all);
        if (!byAddress.ok()) {
            return byAddress.error();
        }
        SignInGate gate;
        if (byPair.value().count >= limits.perLoginAndAddress) {
            gate.waitSeconds = std::max(1, byPair.value().waitSeconds);
        }
        if (byAddress.value().count >= limits.perAddress) {
            gate.waitSeconds = std::max({1, gate.waitSeconds, byAddress.value().waitSeconds});
        }
        if (gate.waitSeconds > 0) {
            return gate;
        }
        SqlBuilder insert("INSERT INTO server_sign_in_attempts (login_sha256, address) VALUES (");
        insert.bind(loginSha256).sql(", ").bind(address).sql(") RETURNING id");
        if (!session.exec(query, insert, &error) || !query.next()) {
            return error;
        }
        gate.attemptId = query.value(0).toLongLong();
        return gate;
    });
}

Result<Done> finishSignInAttempt(SqlSession& session, qint64 attemptId, bool succeeded)
{
    QSqlQuery query;
    Error error;
    if (!session.exec(query,
                      SqlBuilder("UPDATE server_sign_in_attempts SET succeeded = ")
                          .bind(succeeded)
                          .sql(" WHERE id = ")
                          .bind(attemptId),
                      &error)) {
        return error;
    }
    return Done{};
}

Result<IdempotencyClaim> claimIdempotencyKey(SqlSession& session, const QString& login, const QString& route,
                                             const QString& keySha256, const QString& bodySha256, int seconds)
{
    if (session.dialect() != Dialect::PostgreSQL) {
        return needsPostgres();
    }
    QSqlQuery query;
    Error error;
    SqlBuilder claim("INSERT INTO server_idempotency_keys (login, route, key_sha256, body_sha256, expires_at) "
                     "VALUES (");
    claim.bind(login).sql(", ").bind(route).sql(", ").bind(keySha256).sql(", ").bind(bodySha256);
    claim.sql(", now() + make_interval(secs => ").bind(seconds).sql(")) ON CONFLICT (login, route, key_sha256) ");
    claim.sql("DO UPDATE SET body_sha256 = EXCLUDED.body_sha256, status = NULL, content_type = NULL, headers = NULL, "
              "answer = NULL, created_at = now(), expires_at = EXCLUDED.expires_at "
              "WHERE server_idempotency_keys.expires_at <= now() RETURNING 1");
    if (!session.exec(query, claim, &error)) {
        return error;
    }
    IdempotencyClaim out;
    if (query.next()) {
        out.claimed = true;
        return out;
    }
    query.finish();
    SqlBuilder read("SELECT body_sha256, status, content_type, headers::text, answer FROM server_idempotency_keys "
                    "WHERE login = ");
    read.bind(login).sql(" AND route = ").bind(route).sql(" AND key_sha256 = ").bind(keySha256);
    if (!session.exec(query, read, &error)) {
        return error;
    }
    if (!query.next()) {
        return Error(Error::Kind::Conflict, ServerStateText::tr("The request with this Idempotency-Key was changed "
                                                                "at the same moment; send it again."));
    }
    out.bodySha256 = query.value(0).toString();
    out.status = query.value(1).toInt();
    out.contentType = query.value(2).toString().toLatin1();
    out.headers = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array();
    out.answer = query.value(4).toByteArray();
    return out;
}

Result<Done> storeIdempotentAnswer(SqlSession& session, const QString& login, const QString& route,
                                   const QString& keySha256, int status, const QByteArray& contentType,
                                   const QJsonArray& headers, const QByteArray& answer)
{
    QSqlQuery query;
    Error error;
    SqlBuilder store("UPDATE server_idempotency_keys SET status = ");
    store.bind(status).sql(", content_type = ").bind(QString::fromLatin1(contentType));
    store.sql(", headers = CAST(").bind(QString::fromUtf8(QJsonDocument(headers).toJson(QJsonDocument::Compact)));
    store.sql(" AS jsonb), answer = ").bind(answer).sql(" WHERE login = ").bind(login).sql(" AND route = ");
    store.bind(route).sql(" AND key_sha256 = ").bind(keySha256);
    if (!session.exec(query, store, &error)) {
        return error;
    }
    return Done{};
}

Result<qint64> purgeServerState(SqlSession& session, int signInWindowSeconds)
{
    if (session.dialect() != Dialect::PostgreSQL) {
        return needsPostgres();
    }
    QSqlQuery query;
    Error error;
    qint64 removed = 0;
    if (!session.exec(query, SqlBuilder("DELETE FROM server_idempotency_keys WHERE expires_at <= now()"), &error)) {
        return error;
    }
    removed += query.numRowsAffected();
    if (!session.exec(query,
                      SqlBuilder("DELETE FROM server_sign_in_attempts WHERE attempted_at < now() - "
                                 "make_interval(secs => ")
                          .bind(2 * signInWindowSeconds)
                          .sql(")"),
                      &error)) {
        return error;
    }
    removed += query.numRowsAffected();
    for (const char* statement : {"DELETE FROM server_mfa_challenges WHERE expires_at <= now() - interval '1 day'",
                                  "DELETE FROM server_request_counts WHERE window_start < now() - interval '1 hour'"}) {
        if (!session.exec(query, SqlBuilder(statement), &error)) {
            return error;
        }
        removed += query.numRowsAffected();
    }
    return removed;
}

Result<RequestAdmission> admitRequest(SqlSession& session, const QString& login, qint64 sessionId, int perMinute)
{
    if (session.dialect() != Dialect::PostgreSQL) {
        return needsPostgres();
    }
    // The session check and the count are one round trip; the count is a single-row upsert per
    // login (a fixed one-minute window), so parallel requests and instances add up exactly.
    SqlBuilder b("WITH live AS (SELECT COUNT(*) AS n FROM refresh_tokens t JOIN staff s ON s.id = t.staff_id "
                 "WHERE t.session_id = ");
    b.bind(sessionId).sql(" AND t.revoked_at IS NULL AND t.expires_at > now() AND s.login = ").bind(login);
    b.sql(" AND s.is_active)");
    if (perMinute <= 0) {
        b.sql(" SELECT n, 0, 0 FROM live");
    } else {
        b.sql(", counted AS (INSERT INTO server_request_counts AS c (login, window_start, requests) SELECT ");
        b.bind(login).sql(", date_trunc('minute', now()), 1 FROM live WHERE n > 0 ON CONFLICT (login) DO UPDATE SET ");
        b.sql("requests = CASE WHEN c.window_start = EXCLUDED.window_start THEN c.requests + 1 ELSE 1 END, ");
        b.sql("window_start = EXCLUDED.window_start RETURNING requests, window_start) ");
        b.sql("SELECT live.n, COALESCE(counted.requests, 0), CEIL(EXTRACT(EPOCH FROM ");
        b.sql("(COALESCE(counted.window_start, now()) + interval '1 minute' - now())))::integer ");
        b.sql("FROM live LEFT JOIN counted ON true");
    }
    QSqlQuery query;
    Error error;
    if (!session.exec(query, b, &error)) {
        return error;
    }
    RequestAdmission admission;
    if (query.next()) {
        admission.sessionLive = query.value(0).toLongLong() > 0;
        if (perMinute > 0 && query.value(1).toLongLong() > perMinute) {
            admission.waitSeconds = std::max(1, query.value(2).toInt());
        }
    }
    return admission;
}

} // namespace pd::sql
