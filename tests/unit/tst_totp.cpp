// TOTP (core/Totp, liboath underneath) against RFC 6238 Appendix B: every time and every
// algorithm, with the per-algorithm seeds of the reference implementation (the table in the RFC
// lists one seed, but its Java code uses a 20-byte seed for SHA-1, 32 bytes for SHA-256 and 64
// for SHA-512; errata 2866). Then what the server relies on: matching within one step of drift,
// the matched step (so a replay can be refused), otpauth URIs and recovery codes, and an
// independent check with oathtool (Debian package oathtool) when it is installed.
#include "Totp.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QtTest>

using namespace pd;

namespace {
QByteArray seedFor(totp::Algorithm algorithm)
{
    const QByteArray digits = "1234567890";
    const int length = algorithm == totp::Algorithm::Sha1 ? 20 : algorithm == totp::Algorithm::Sha256 ? 32 : 64;
    QByteArray seed;
    while (seed.size() < length) {
        seed += digits;
    }
    return seed.left(length);
}
} // namespace

class TestTotp : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void rfc6238AppendixB_data()
    {
        QTest::addColumn<qint64>("time");
        QTest::addColumn<int>("algorithm");
        QTest::addColumn<QString>("expected");
        struct Row
        {
            qint64 time;
            const char* sha1;
            const char* sha256;
            const char* sha512;
        };
        // RFC 6238 Appendix B, "Test Vectors" (8 digits).
        const Row rows[] = {
            {59, "94287082", "46119246", "90693936"},
            {1111111109, "07081804", "68084774", "25091201"},
            {1111111111, "14050471", "67062674", "99943326"},
            {1234567890, "89005924", "91819424", "93441116"},
            {2000000000, "69279037", "90698825", "38618901"},
            {20000000000, "65353130", "77737706", "47863826"},
        };
        for (const Row& r : rows) {
            QTest::addRow("%lld-SHA1", r.time) << r.time << int(totp::Algorithm::Sha1) << QString::fromLatin1(r.sha1);
            QTest::addRow("%lld-SHA256", r.time)
                << r.time << int(totp::Algorithm::Sha256) << QString::fromLatin1(r.sha256);
            QTest::addRow("%lld-SHA512", r.time)
                << r.time << int(totp::Algorithm::Sha512) << QString::fromLatin1(r.sha512);
        }
    }

    void rfc6238AppendixB()
    {
        QFETCH(qint64, time);
        QFETCH(int, algorithm);
        QFETCH(QString, expected);
        const auto a = totp::Algorithm(algorithm);
        auto code = totp::code(seedFor(a), time, a, 8);
        QVERIFY2(code.ok(), qPrintable(code.ok() ? QString() : code.error().message));
        QCOMPARE(code.value(), expected);
    }

    void sixDigitsAreTheLastSixOfTheEight()
    {
        const QByteArray seed = seedFor(totp::Algorithm::Sha1);
        QCOMPARE(totp::code(seed, 59).value(), QStringLiteral("287082"));
        QCOMPARE(totp::code(seed, 1111111109).value(), QStringLiteral("081804"));
    }

    void aCodeMatchesItsStepAndOneEitherSide()
    {
        const QByteArray secret = totp::newSecret();
        QCOMPARE(secret.size(), 20);
        QVERIFY(secret != totp::newSecret());
        const qint64 now = 1764547200; // 2025-12-01T00:00:00Z, step 58818240
        const QString current = totp::code(secret, now).value();
        QCOMPARE(totp::matchingStep(secret, current, now), std::optional<qint64>(now / 30));
        // A phone 30 s behind or ahead still signs in; the step returned is the code's own.
        const QString previous = totp::code(secret, now - 30).value();
        QCOMPARE(totp::matchingStep(secret, previous, now), std::optional<qint64>(now / 30 - 1));
        const QString next = totp::code(secret, now + 30).value();
        QCOMPARE(totp::matchingStep(secret, next, now), std::optional<qint64>(now / 30 + 1));
        // Two steps away is refused.
        const QString old = totp::code(secret, now - 90).value();
        if (old != current && old != previous && old != next) {
            QCOMPARE(totp::matchingStep(secret, old, now), std::nullopt);
        }
        // Not a code at all.
        for (const QString& bad : {QString(), QStringLiteral("12345"), QStringLiteral("1234567"),
                                   QStringLiteral("12a456"), QStringLiteral(" 12345")}) {
            QCOMPARE(totp::matchingStep(secret, bad, now), std::nullopt);
        }
        // Another secret's code does not match (a 1 in 10^6 coincidence per step aside).
        const QByteArray other = totp::newSecret();
        const QString foreign = totp::code(other, now).value();
        if (foreign != current && foreign != previous && foreign != next) {
            QCOMPARE(totp::matchingStep(secret, foreign, now), std::nullopt);
        }
    }

    void badArgumentsAreRefused()
    {
        QVERIFY(!totp::code(QByteArray("short"), 59).ok());
        QVERIFY(!totp::code(seedFor(totp::Algorithm::Sha1), 59, totp::Algorithm::Sha1, 9).ok());
    }

    void base32IsRfc4648()
    {
        // RFC 4648 section 10, without padding.
        QCOMPARE(totp::base32(QByteArray("f")), QStringLiteral("MY"));
        QCOMPARE(totp::base32(QByteArray("foob")), QStringLiteral("MZXW6YQ"));
        QCOMPARE(totp::base32(QByteArray("foobar")), QStringLiteral("MZXW6YTBOI"));
    }

    void otpauthUriFollowsTheKeyUriFormat()
    {
        const QByteArray secret = seedFor(totp::Algorithm::Sha1);
        const QString uri = totp::otpauthUri(QStringLiteral("Paydesk"), QStringLiteral("hq.kim"), secret);
        QCOMPARE(uri, QStringLiteral("otpauth://totp/Paydesk:hq.kim?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ"
                                     "&issuer=Paydesk&algorithm=SHA1&digits=6&period=30"));
        // A login with characters a URI must escape.
        QVERIFY(totp::otpauthUri(QStringLiteral("Paydesk"), QStringLiteral("a b&c"), secret)
                    .startsWith(QLatin1String("otpauth://totp/Paydesk:a%20b%26c?")));
    }

    void recoveryCodesAreTenDistinctAndNormalised()
    {
        const QStringList codes = totp::newRecoveryCodes();
        QCOMPARE(codes.size(), 10);
        QCOMPARE(QSet<QString>(codes.begin(), codes.end()).size(), 10);
        static const QRegularExpression shape(QStringLiteral("^[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}-[a-z2-7]{4}$"));
        for (const QString& c : codes) {
            QVERIFY2(shape.match(c).hasMatch(), qPrintable(c));
        }
        QCOMPARE(totp::normalRecoveryCode(QStringLiteral(" ABCD-efgh ijkl-MNOP ")), QStringLiteral("abcdefghijklmnop"));
    }

    /// oathtool (another program over the same algorithm) computes the same code for a random
    /// secret: the base32 text and the code agree with what an authenticator app would show.
    void oathtoolAgrees()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("oathtool")).isEmpty()) {
            QSKIP("oathtool is not installed (Debian package oathtool)");
        }
        const QByteArray secret = totp::newSecret();
        const qint64 now = 1764547200;
        QProcess tool;
        tool.start(QStringLiteral("oathtool"),
                   {QStringLiteral("--totp"), QStringLiteral("--base32"),
                    QStringLiteral("--now=%1").arg(QDateTime::fromSecsSinceEpoch(now, Qt::UTC).toString(
                        QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"))),
                    totp::base32(secret)});
        QVERIFY(tool.waitForFinished(10000));
        QCOMPARE(tool.exitCode(), 0);
        QCOMPARE(QString::fromLatin1(tool.readAllStandardOutput()).trimmed(), totp::code(secret, now).value());
    }
};

QTEST_GUILESS_MAIN(TestTotp)
#include "tst_totp.moc"
