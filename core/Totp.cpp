#include "Totp.h"

#include <QCoreApplication>
#include <QRandomGenerator>
#include <QUrl>

#include <liboath/oath.h>

#include <algorithm>
#include <cstdlib>
#include <mutex>

namespace pd::totp {

namespace {
struct TotpText
{
    Q_DECLARE_TR_FUNCTIONS(pd::totp::Totp)
};

/// oath_init() once per process; liboath's functions are then thread-safe.
void initOnce()
{
    static std::once_flag once;
    std::call_once(once, []() { oath_init(); });
}

int flagsOf(Algorithm algorithm)
{
    switch (algorithm) {
    case Algorithm::Sha256:
        return OATH_TOTP_HMAC_SHA256;
    case Algorithm::Sha512:
        return OATH_TOTP_HMAC_SHA512;
    case Algorithm::Sha1:
        break;
    }
    return 0;
}

QByteArray randomBytes(int count)
{
    QByteArray out(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32*>(out.data()),
                                         reinterpret_cast<quint32*>(out.data()) + count / 4);
    for (int i = count - count % 4; i < count; ++i) {
        out[i] = char(QRandomGenerator::system()->generate() & 0xff);
    }
    return out;
}
} // namespace

QByteArray newSecret()
{
    return randomBytes(20);
}

QString base32(const QByteArray& data)
{
    initOnce();
    char* out = nullptr;
    size_t length = 0;
    if (oath_base32_encode(data.constData(), size_t(data.size()), &out, &length) != OATH_OK || out == nullptr) {
        return {};
    }
    QString text = QString::fromLatin1(out, qsizetype(length));
    std::free(out);
    while (text.endsWith(QLatin1Char('='))) {
        text.chop(1);
    }
    return text;
}

Result<QString> code(const QByteArray& secret, qint64 unixTime, Algorithm algorithm, int digits)
{
    initOnce();
    if (secret.size() < 10) {
        return Error(Error::Kind::Invalid, TotpText::tr("A TOTP secret has at least 10 bytes."));
    }
    if (digits < 6 || digits > 8) {
        return Error(Error::Kind::Invalid, TotpText::tr("A TOTP code has 6 to 8 digits."));
    }
    char out[16] = {};
    const int rc = oath_totp_generate2(secret.constData(), size_t(secret.size()), time_t(unixTime), kStepSeconds, 0,
                                       unsigned(digits), flagsOf(algorithm), out);
    if (rc != OATH_OK) {
        return Error(Error::Kind::Internal, TotpText::tr("The TOTP code could not be computed."),
                     QString::fromLatin1(oath_strerror(rc)));
    }
    return QString::fromLatin1(out);
}

std::optional<qint64> matchingStep(const QByteArray& secret, const QString& code, qint64 unixTime, int window)
{
    initOnce();
    if (code.size() != kDigits || secret.size() < 10 ||
        !std::all_of(code.begin(), code.end(), [](QChar c) { return c >= u'0' && c <= u'9'; })) {
        return std::nullopt;
    }
    const QByteArray otp = code.toLatin1();
    int position = 0;
    uint64_t counter = 0;
    const int rc = oath_totp_validate4(secret.constData(), size_t(secret.size()), time_t(unixTime), kStepSeconds, 0,
                                       size_t(std::max(0, window)), &position, &counter, 0, otp.constData());
    if (rc < 0) {
        return std::nullopt;
    }
    return qint64(counter);
}

QString otpauthUri(const QString& issuer, const QString& account, const QByteArray& secret)
{
    const QString label = QString::fromLatin1(QUrl::toPercentEncoding(issuer)) + QLatin1Char(':') +
                          QString::fromLatin1(QUrl::toPercentEncoding(account));
    return QStringLiteral("otpauth://totp/%1?secret=%2&issuer=%3&algorithm=SHA1&digits=%4&period=%5")
        .arg(label, base32(secret), QString::fromLatin1(QUrl::toPercentEncoding(issuer)))
        .arg(kDigits)
        .arg(kStepSeconds);
}

QStringList newRecoveryCodes(int count)
{
    QStringList codes;
    for (int i = 0; i < count; ++i) {
        const QString text = base32(randomBytes(10)).toLower(); // 16 characters
        codes << QStringLiteral("%1-%2-%3-%4").arg(text.mid(0, 4), text.mid(4, 4), text.mid(8, 4), text.mid(12, 4));
    }
    return codes;
}

QString normalRecoveryCode(const QString& typed)
{
    QString out;
    for (QChar c : typed) {
        if (c.isLetterOrNumber()) {
            out += c.toLower();
        }
    }
    return out;
}

} // namespace pd::totp
