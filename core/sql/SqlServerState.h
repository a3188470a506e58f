#pragma once

#include "Result.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>

namespace pd::sql {

class SqlSession;

// The state paydesk-server shares between its instances, in PostgreSQL (migration 010,
// docs/SECURITY.md "The REST backend"). Run as the server's own account, never as a staff login.

/// Sign-in throttling limits: failed (or still running) attempts within `windowSeconds`, per
/// login and client address, and per client address.
struct SignInLimits
{
    int perLoginAndAddress = 5;
    int perAddress = 20;
    int windowSeconds = 900;
};

/// A sign-in attempt admitted (attemptId > 0) or refused for waitSeconds (> 0).
struct SignInGate
{
    qint64 attemptId = 0;
    int waitSeconds = 0;
};

/// Counts the recent failed and running attempts of `loginSha256` (hex SHA-256 of the user name
/// as sent) from `address` and of `address` alone, and records this attempt as running unless a
/// limit is reached, in one transaction serialised per address: of 40 parallel attempts, only the
/// first perLoginAndAddress are admitted, before any password is checked. A success of the login
/// from the address forgives its earlier failures. PostgreSQL only.
Result<SignInGate> beginSignInAttempt(SqlSession& session, const QString& loginSha256, const QString& address,
                                      const SignInLimits& limits);
/// Records whether an admitted attempt's password matched.
Result<Done> finishSignInAttempt(SqlSession& session, qint64 attemptId, bool succeeded);

/// The stored answer of an Idempotency-Key, or the claim of a new one.
struct IdempotencyClaim
{
    bool claimed = false; ///< true: no live answer; this request goes ahead and stores its own
    QString bodySha256;   ///< of the request that stored the answer
    int status = 0;
    QByteArray contentType;
    QJsonArray headers; ///< [[name, value], ...]
    QByteArray answer;
};

/// Claims key `keySha256` of `login` on normalised route `route` ("POST invoices/12/status"),
/// for `seconds`, inside the caller's open transaction: a second request with the same key waits
/// until the first commits (then reads its answer) or rolls back (then claims it). An expired
/// answer is claimed afresh. PostgreSQL only.
Result<IdempotencyClaim> claimIdempotencyKey(SqlSession& session, const QString& login, const QString& route,
                                             const QString& keySha256, const QString& bodySha256, int seconds);
/// Stores the answer of a claimed key (in the same transaction as the change it answers).
Result<Done> storeIdempotentAnswer(SqlSession& session, const QString& login, const QString& route,
                                   const QString& keySha256, int status, const QByteArray& contentType,
                                   const QJsonArray& headers, const QByteArray& answer);
/// Whether a signed-in request may run: its session is still open, and its login is within the
/// per-minute request limit.
struct RequestAdmission
{
    bool sessionLive = false;
    int waitSeconds = 0; ///< > 0: over the limit; the seconds until the current minute ends
};

/// Checks that session `sessionId` of `login` is open (an unrevoked, unexpired refresh token of
/// it, the staff member active: signing out, a detected token reuse and deactivation end the
/// access tokens already handed out at once) and counts this request against `perMinute` requests of `login` in the
/// current minute, in one statement, shared by every server instance (server_request_counts, migration 012).
/// `perMinute` 0: no limit (nothing is counted). PostgreSQL only.
Result<RequestAdmission> admitRequest(SqlSession& session, const QString& login, qint64 sessionId, int perMinute);

/// Removes expired answers, challenges and request counts, and attempts older than twice the
/// sign-in window; the rows removed.
Result<qint64> purgeServerState(SqlSession& session, int signInWindowSeconds);

} // namespace pd::sql
