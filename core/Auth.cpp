#include "Auth.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

#include <algorithm>
#include <optional>

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/rand.h>

namespace pd::auth {

namespace {

constexpr int kSaltBytes = 16;
constexpr int kKeyBytes = 32;

QByteArray pbkdf2(const QByteArray& password, const QByteArray& salt, int iterations)
{
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    if (PKCS5_PBKDF2_HMAC(password.constData(), int(password.size()),
                          reinterpret_cast<const unsigned char*>(salt.constData()), int(salt.size()), iterations,
                          EVP_sha256(), kKeyBytes, reinterpret_cast<unsigned char*>(key.data())) != 1) {
        return {};
    }
    return key;
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(bytes.data()), count) != 1) {
        qFatal("OpenSSL's random generator failed"); // never hand out a predictable secret
    }
    return bytes;
}

bool sameBytes(const QByteArray& a, const QByteArray& b)
{
    return a.size() == b.size() && CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

constexpr auto kBase64Url = QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals;

QByteArray hmacSha256(const QByteArray& key, const QByteArray& data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (!HMAC(EVP_sha256(), key.constData(), int(key.size()), reinterpret_cast<const unsigned char*>(data.constData()),
              size_t(data.size()), out, &length)) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char*>(out), int(length));
}

Error refused(const QString& why)
{
    return Error(Error::Kind::Authentication, QStringLiteral("The access token is not valid; sign in again."), why);
}

} // namespace

QString hashPassword(const QString& password, int iterations)
{
    if (iterations < 1) {
        iterations = kPbkdf2Iterations;
    }
    const QByteArray salt = randomBytes(kSaltBytes);
    const QByteArray key = pbkdf2(password.toUtf8(), salt, iterations);
    return QStringLiteral("pbkdf2_sha256$%1$%2$%3")
        .arg(iterations)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(key.toBase64()));
}

bool verifyPassword(const QString& password, const QString& stored, int minimumIterations)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 4 || parts.at(0) != QLatin1String("pbkdf2_sha256")) {
        return false;
    }
    bool ok = false;
    const int iterations = parts.at(1).toInt(&ok);
    if (!ok || iterations < std::max(1, minimumIterations) || iterations > 10000000) {
        return false;
    }
    const QByteArray salt = QByteArray::fromBase64(parts.at(2).toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts.at(3).toLatin1());
    if (salt.isEmpty() || expected.size() != kKeyBytes) {
        return false;
    }
    return sameBytes(pbkdf2(password.toUtf8(), salt, iterations), expected);
}

QString randomToken(int bytes)
{
    return QString::fromLatin1(randomBytes(bytes).toBase64(kBase64Url));
}

QString sha256Hex(const QString& text)
{
    return QString::fromLatin1(QCryptographicHash::hash(text.toUtf8(), QCryptographicHash::Sha256).toHex());
}

QString signAccessToken(const TokenClaims& claims, const QByteArray& key)
{
    QJsonObject header{{QStringLiteral("alg"), QStringLiteral("HS256")},
                       {QStringLiteral("typ"), QStringLiteral("JWT")}};
    QJsonObject payload{{QStringLiteral("sub"), claims.subject},        {QStringLiteral("role"), claims.role},
                        {QStringLiteral("org"), claims.organizationId}, {QStringLiteral("iat"), claims.issuedAt},
                        {QStringLiteral("exp"), claims.expiresAt},      {QStringLiteral("sid"), claims.sessionId}};
    const QByteArray signingInput = QJsonDocument(header).toJson(QJsonDocument::Compact).toBase64(kBase64Url) + '.' +
                                    QJsonDocument(payload).toJson(QJsonDocument::Compact).toBase64(kBase64Url);
    return QString::fromLatin1(signingInput + '.' + hmacSha256(key, signingInput).toBase64(kBase64Url));
}

namespace {
/// Strict base64url (RFC 4648 section 5, no padding, as RFC 7515 writes JWS parts): nullopt for
/// any other character, padding, or trailing bits that a canonical encoding would not have.
std::optional<QByteArray> strictBase64Url(const QByteArray& text)
{
    static const QByteArray alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    for (char c : text) {
        if (!alphabet.contains(c)) {
            return std::nullopt;
        }
    }
    const QByteArray decoded = QByteArray::fromBase64(text, kBase64Url);
    if (decoded.toBase64(kBase64Url) != text) {
        return std::nullopt;
    }
    return decoded;
}
} // namespace

Result<TokenClaims> verifyAccessToken(const QString& token, const QByteArray& key, qint64 now)
{
    const QByteArray bytes = token.toLatin1();
    const QList<QByteArray> parts = bytes.split('.');
    if (parts.size() != 3) {
        return refused(QStringLiteral("not a compact JWS"));
    }
    for (const QByteArray& part : parts) {
        if (!strictBase64Url(part)) {
            return refused(QStringLiteral("not base64url"));
        }
    }
    const QJsonObject header = QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(0), kBase64Url)).object();
    if (header.value(QStringLiteral("alg")).toString() != QLatin1String("HS256")) {
        return refused(QStringLiteral("algorithm is not HS256"));
    }
    const QByteArray signingInput = parts.at(0) + '.' + parts.at(1);
    if (!sameBytes(hmacSha256(key, signingInput), QByteArray::fromBase64(parts.at(2), kBase64Url))) {
        return refused(QStringLiteral("bad signature"));
    }
    const QJsonObject payload = QJsonDocument::fromJson(QByteArray::fromBase64(parts.at(1), kBase64Url)).object();
    TokenClaims claims;
    claims.subject = payload.value(QStringLiteral("sub")).toString();
    claims.role = payload.value(QStringLiteral("role")).toString();
    claims.organizationId = payload.value(QStringLiteral("org")).toInteger();
    claims.issuedAt = payload.value(QStringLiteral("iat")).toInteger();
    claims.expiresAt = payload.value(QStringLiteral("exp")).toInteger();
    claims.sessionId = payload.value(QStringLiteral("sid")).toInteger();
    if (claims.subject.isEmpty() || claims.expiresAt == 0 || claims.sessionId <= 0) {
        return refused(QStringLiteral("missing sub, exp or sid"));
    }
    if (now >= claims.expiresAt) {
        return Error(Error::Kind::Authentication, QStringLiteral("The session has expired; sign in again."),
                     QStringLiteral("token expired"));
    }
    if (claims.issuedAt > now + 30) {
        return refused(QStringLiteral("issued in the future"));
    }
    return claims;
}

} // namespace pd::auth
