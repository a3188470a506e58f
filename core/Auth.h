#pragma once

#include "Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace pd::auth {

// Credentials of paydesk-server: password hashes, access tokens, refresh tokens.
// Cryptography by OpenSSL; comparisons of secrets are constant-time (CRYPTO_memcmp).

/// OWASP's 2023 recommendation for PBKDF2-HMAC-SHA256 (Password Storage Cheat Sheet).
constexpr int kPbkdf2Iterations = 600000;

/// A salted PBKDF2-HMAC-SHA256 hash in the text form stored in staff.password_hash:
/// "pbkdf2_sha256$<iterations>$<salt, base64>$<32-byte key, base64>" (16 random salt bytes).
/// `iterations` below 1 means kPbkdf2Iterations.
QString hashPassword(const QString& password, int iterations = 0);
/// The fewest iterations a password hash may name (a test cost; below it PBKDF2 protects nothing).
constexpr int kPbkdf2MinimumIterations = 1000;
/// True when `password` matches a hash from hashPassword() (with the iterations it names).
/// False for a malformed or empty hash, and for one naming fewer than `minimumIterations`
/// iterations (a hash written with a weaker setting, or planted, does not sign anyone in).
bool verifyPassword(const QString& password, const QString& stored, int minimumIterations = kPbkdf2Iterations);

/// `bytes` random bytes from OpenSSL's CSPRNG, base64url without padding.
QString randomToken(int bytes = 32);
/// SHA-256 of the UTF-8 text, lower-case hex (refresh tokens are stored only as this).
QString sha256Hex(const QString& text);

/// The claims of an access token (RFC 7519): sub (staff login), role, org (organisation id),
/// iat and exp (seconds since the epoch).
struct TokenClaims
{
    QString subject;
    QString role;
    qint64 organizationId = 0;
    qint64 issuedAt = 0;
    qint64 expiresAt = 0;
    qint64 sessionId = 0; ///< "sid": the server session (refresh token chain) the token belongs to
};

/// A compact JWS (RFC 7515) with alg HS256 signing the claims with `key` (at least 32 bytes).
QString signAccessToken(const TokenClaims& claims, const QByteArray& key);
/// Checks an access token's header (alg must be HS256: "none" and others are refused), its
/// signature and its expiry at `now` (seconds since the epoch, 30 s leeway for iat).
/// Authentication errors say which check failed.
Result<TokenClaims> verifyAccessToken(const QString& token, const QByteArray& key, qint64 now);

} // namespace pd::auth
