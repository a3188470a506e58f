#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

namespace pd::sql {

class SqlSession;

// Second factors of staff who sign in to paydesk-server (migration 012, docs/SECURITY.md "Second
// factor"): TOTP secrets sealed with the field key, single-use recovery codes stored hashed, and
// the short-lived challenges between a matching password and its code. Run on the server's own
// connection; staff roles cannot read any of it. PostgreSQL only.

/// What is stored for a staff member.
struct MfaEnrolment
{
    bool exists = false;    ///< a row, confirmed or not
    bool confirmed = false; ///< confirmed by one code and not disabled: sign-in asks for a code
    QByteArray sealedSecret;
    qint64 lastStep = 0; ///< the RFC 6238 time step of the last accepted code
};

/// Purpose of a challenge: a code of a confirmed enrolment, or the first code of a new one.
enum class MfaPurpose { Verify, Enrol };

/// A challenge as presented (by the SHA-256 of its token).
struct MfaChallenge
{
    qint64 id = 0;
    qint64 staffId = 0;
    QString login;
    MfaPurpose purpose = MfaPurpose::Verify;
    int failures = 0;
    qint64 signInAttemptId = 0; ///< the password's attempt (server_sign_in_attempts), 0 if none
};

/// Wrong codes a challenge takes before it is spent (then sign in again, which is throttled).
constexpr int kMfaChallengeFailures = 5;

Result<MfaEnrolment> mfaEnrolment(SqlSession& session, qint64 staffId);

/// Stores a challenge for `staffId`, valid for `seconds`, by the SHA-256 (hex) of its token,
/// with the sign-in attempt of the password that opened it (recorded as a success once the
/// second factor is given, so completed sign-ins do not count against the address).
Result<Done> createMfaChallenge(SqlSession& session, qint64 staffId, MfaPurpose purpose, const QString& tokenSha256,
                                int seconds, qint64 signInAttemptId);
/// The live challenge of a token: Authentication when it is unknown, used, expired or spent by
/// kMfaChallengeFailures wrong codes, or its staff member is inactive.
Result<MfaChallenge> liveMfaChallenge(SqlSession& session, const QString& tokenSha256);
/// Counts a wrong code against a challenge.
Result<Done> failMfaChallenge(SqlSession& session, qint64 challengeId);
/// Marks a challenge used (after its code was accepted); false when it was used meanwhile.
Result<bool> useMfaChallenge(SqlSession& session, qint64 challengeId);

/// Stores a new, unconfirmed secret (FieldCipher-sealed) for `staffId`, replacing an unconfirmed
/// or disabled one. Conflict when a confirmed enrolment exists (headquarters resets it first).
Result<Done> startMfaEnrolment(SqlSession& session, qint64 staffId, const QByteArray& sealedSecret);
/// Confirms the enrolment with the time step of its first code and stores the recovery codes'
/// SHA-256 (hex), revoking any earlier set, in one transaction; false when it was confirmed
/// meanwhile or the step is not newer than the last.
Result<bool> confirmMfaEnrolment(SqlSession& session, qint64 staffId, qint64 step, const QStringList& recoverySha256);
/// Accepts time step `step` once: true when it is newer than the last accepted step (stored in
/// the same statement, so two requests with one code cannot both pass), false for a replay.
Result<bool> acceptTotpStep(SqlSession& session, qint64 staffId, qint64 step);
/// Uses a recovery code once: true when it was unused and not revoked.
Result<bool> useRecoveryCode(SqlSession& session, qint64 staffId, const QString& codeSha256);
/// Unused, unrevoked recovery codes left.
Result<int> recoveryCodesLeft(SqlSession& session, qint64 staffId);
/// Disables `login`'s second factor (lost phone and codes): the next sign-in enrols again when
/// the role requires it. Audited by the caller's account. NotFound for an unknown login.
Result<Done> resetMfa(SqlSession& session, const QString& login);

} // namespace pd::sql
