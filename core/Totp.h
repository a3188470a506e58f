#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>

namespace pd::totp {

// Time-based one-time passwords (RFC 6238, on HOTP of RFC 4226), computed by liboath (Debian
// liboath0), for the server's second factor (docs/SECURITY.md, "Second factor").

/// The HMAC of RFC 6238 section 1.2. Authenticator apps use SHA-1 (Key Uri Format).
enum class Algorithm { Sha1, Sha256, Sha512 };

/// Seconds per time step (RFC 6238 section 4.1, X = 30) and the digits of a code.
constexpr int kStepSeconds = 30;
constexpr int kDigits = 6;

/// A new secret: 20 random bytes from the operating system (RFC 4226 section 4 asks for at
/// least 128 bits; 160 is the SHA-1 block that authenticator apps expect).
QByteArray newSecret();

/// `data` in RFC 4648 base32 without padding, as otpauth URIs carry secrets.
QString base32(const QByteArray& data);

/// The code of `secret` at Unix time `unixTime`: `digits` decimal digits, zero-padded.
/// Errors: a secret shorter than 10 bytes, digits outside 6 to 8, or liboath failing.
Result<QString> code(const QByteArray& secret, qint64 unixTime, Algorithm algorithm = Algorithm::Sha1,
                     int digits = kDigits);

/// The RFC 6238 time step of a code that matches `secret` at `unixTime` within `window` steps
/// either side (clock drift), or nullopt. A code that is not all digits, or of another length
/// than kDigits, never matches. Whether a step was used already is the caller's to check
/// (staff_mfa.last_step, migration 012).
std::optional<qint64> matchingStep(const QByteArray& secret, const QString& code, qint64 unixTime, int window = 1);

/// The otpauth URI an authenticator app reads from a QR code (Google Authenticator's Key Uri
/// Format): otpauth://totp/ISSUER:ACCOUNT?secret=BASE32&issuer=ISSUER&algorithm=SHA1&digits=6&period=30.
QString otpauthUri(const QString& issuer, const QString& account, const QByteArray& secret);

/// Ten single-use recovery codes, each 10 random bytes as base32 in groups ("abcd-efgh-ijkl-mnop").
QStringList newRecoveryCodes(int count = 10);
/// A recovery code as typed, reduced to what is compared: lowercase, without spaces and dashes.
QString normalRecoveryCode(const QString& typed);

} // namespace pd::totp
