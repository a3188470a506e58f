// TOTP second factors through the real paydesk-server (docs/SECURITY.md, "Second factor"): a
// role that must enrol cannot sign in with the password alone; enrolment gives an otpauth URI
// and counts only after one code; a code is accepted once (a replay in its window is refused,
// also when two arrive at once); recovery codes work once each; wrong codes are throttled with
// the passwords; secrets are sealed and no staff role can read them; --reset-mfa starts over.
// Codes are computed by oathtool (Debian package oathtool), not by the code under test.
#include "FieldCipher.h"
#include "TestSupport.h"
#include "sql/SqlSession.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;
using test::Http;
using test::http;

namespace {

const QVector<test::StaffLogin> kStaff = {
    {QStringLiteral("mfa.hq"), QStringLiteral("hq_admin"), QStringLiteral("HQ")},
    {QStringLiteral("mfa.guess"), QStringLiteral("hq_admin"), QStringLiteral("HQ")},
    {QStringLiteral("mfa.twice"), QStringLiteral("hq_admin"), QStringLiteral("HQ")},
    {QStringLiteral("mfa.audit"), QStringLiteral("auditor"), QStringLiteral("HQ")},
    {QStringLiteral("mfa.office"), QStringLiteral("hq_admin"), QStringLiteral("HQ")},
};

QByteArray jsonBody(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QString oathtool(const QString& secret, int offsetSteps = 0)
{
    return test::oathtoolCode(secret, offsetSteps);
}

} // namespace

class TestMfa : public QObject
{
    Q_OBJECT

    test::DemoDatabases m_demo;
    test::RestServer m_server;
    QTemporaryDir m_dir;
    QHash<QString, QString> m_secrets; ///< login -> base32 secret

    Http login(const QString& user, const QString& password = QString::fromLatin1(test::kRestPassword))
    {
        return http(m_server.url(), "POST", QStringLiteral("auth/login"), {},
                    jsonBody({{QStringLiteral("username"), user}, {QStringLiteral("password"), password}}));
    }
    Http verify(const QString& token, const QString& field, const QString& value)
    {
        return http(m_server.url(), "POST", QStringLiteral("auth/mfa/verify"), {},
                    jsonBody({{QStringLiteral("mfa_token"), token}, {field, value}}));
    }
    /// Enrols `user` (sign-in, enrol, first code); the answer of the confirming verify.
    Http enrol(const QString& user)
    {
        const Http first = login(user);
        const QString token = first.json.value(QStringLiteral("mfa_token")).toString();
        const Http secret = http(m_server.url(), "POST", QStringLiteral("auth/mfa/enrol"), {},
                                 jsonBody({{QStringLiteral("mfa_token"), token}}));
        m_secrets.insert(user, secret.json.value(QStringLiteral("secret")).toString());
        return verify(token, QStringLiteral("code"), oathtool(m_secrets.value(user)));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (test::postgresAdminUrl().isEmpty()) {
            if (test::postgresRequired()) {
                QFAIL("PostgreSQL is required");
            }
            QSKIP("PostgreSQL is not available");
        }
        if (QStandardPaths::findExecutable(QStringLiteral("oathtool")).isEmpty()) {
            if (test::postgresRequired()) {
                QFAIL("oathtool is required (Debian package oathtool; scripts/deps.sh)");
            }
            QSKIP("oathtool is not installed");
        }
        const QString prepared = m_demo.prepare(QStringLiteral("mfa"), QDate(2026, 11, 22), 0.01);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        const QString keyFile = m_dir.filePath(QStringLiteral("field.key"));
        QVERIFY(FieldCipher::createKeyFile(keyFile).ok());
        const QString started = m_server.start(
            m_demo.url(Dialect::PostgreSQL), kStaff,
            {QStringLiteral("--mfa-roles"), QStringLiteral("hq_admin"), QStringLiteral("--field-key"), keyFile});
        QVERIFY2(started.isEmpty(), qPrintable(started));
    }

    void aRoleWithoutTheRequirementSignsInWithItsPassword()
    {
        const Http r = login(QStringLiteral("mfa.audit"));
        QCOMPARE(r.status, 200);
        QVERIFY(!r.json.value(QStringLiteral("access_token")).toString().isEmpty());
        QVERIFY(!r.json.contains(QStringLiteral("mfa")));
    }

    void enrolmentCountsOnlyAfterItsFirstCode()
    {
        const Http first = login(QStringLiteral("mfa.hq"));
        QCOMPARE(first.status, 200);
        QCOMPARE(first.json.value(QStringLiteral("mfa")).toString(), QStringLiteral("enrol"));
        QVERIFY(!first.json.contains(QStringLiteral("access_token")));
        const QString token = first.json.value(QStringLiteral("mfa_token")).toString();
        QVERIFY(!token.isEmpty());
        // The challenge alone opens nothing.
        QCOMPARE(http(m_server.url(), "GET", QStringLiteral("me"), token).status, 401);

        const Http secret = http(m_server.url(), "POST", QStringLiteral("auth/mfa/enrol"), {},
                                 jsonBody({{QStringLiteral("mfa_token"), token}}));
        QCOMPARE(secret.status, 200);
        const QString base32 = secret.json.value(QStringLiteral("secret")).toString();
        QCOMPARE(base32.size(), 32); // 20 bytes
        QCOMPARE(
            secret.json.value(QStringLiteral("otpauth_uri")).toString(),
            QStringLiteral("otpauth://totp/Paydesk:mfa.hq?secret=%1&issuer=Paydesk&algorithm=SHA1&digits=6&period=30")
                .arg(base32));
        // Not confirmed yet: a new sign-in still has to enrol.
        QCOMPARE(login(QStringLiteral("mfa.hq")).json.value(QStringLiteral("mfa")).toString(), QStringLiteral("enrol"));

        const Http wrong =
            verify(token, QStringLiteral("code"),
                   QStringLiteral("000000") == oathtool(base32) ? QStringLiteral("111111") : QStringLiteral("000000"));
        QCOMPARE(wrong.status, 401);
        QCOMPARE(wrong.json.value(QStringLiteral("attempts_left")).toInt(), 4);
        const QString firstCode = oathtool(base32);
        const Http confirmed = verify(token, QStringLiteral("code"), firstCode);
        QVERIFY2(confirmed.status == 200, confirmed.body.constData());
        const QString access = confirmed.json.value(QStringLiteral("access_token")).toString();
        QCOMPARE(http(m_server.url(), "GET", QStringLiteral("me"), access).status, 200);
        const QJsonArray codes = confirmed.json.value(QStringLiteral("recovery_codes")).toArray();
        QCOMPARE(codes.size(), 10);
        m_secrets.insert(QStringLiteral("mfa.hq"), base32);
        m_secrets.insert(QStringLiteral("mfa.hq.code"), firstCode);
        m_secrets.insert(QStringLiteral("mfa.hq.recovery"), codes.at(0).toString());
        m_secrets.insert(QStringLiteral("mfa.hq.recovery2"), codes.at(1).toString());
        // The answer with secrets is never compressed (its length would tell).
        QVERIFY(!confirmed.headers.contains("content-encoding"));

        // Stored sealed: neither the base32 text nor the raw secret is in the row, and the
        // recovery codes are only hashes.
        auto* s = m_demo.session(Dialect::PostgreSQL);
        const QString sealed =
            test::value(*s, QStringLiteral("SELECT m.secret_sealed FROM staff_mfa m JOIN staff t ON t.id = m.staff_id "
                                           "WHERE t.login = 'mfa.hq'"))
                .toString();
        QVERIFY(!sealed.isEmpty());
        QVERIFY(!sealed.contains(base32));
        QCOMPARE(test::value(*s, QStringLiteral("SELECT COUNT(*) FROM staff_recovery_codes r JOIN staff t ON t.id = "
                                                "r.staff_id WHERE t.login = 'mfa.hq' AND r.code_sha256 = '%1'")
                                     .arg(codes.at(0).toString()))
                     .toInt(),
                 0);
    }

    void aCodeIsAcceptedOnce()
    {
        const QString base32 = m_secrets.value(QStringLiteral("mfa.hq"));
        QVERIFY(!base32.isEmpty());
        // The code that confirmed the enrolment, again: a replay (within its window: "used
        // already"; were the test slower than a minute, simply out of the window).
        const Http again = login(QStringLiteral("mfa.hq"));
        QCOMPARE(again.json.value(QStringLiteral("mfa")).toString(), QStringLiteral("verify"));
        const QString token = again.json.value(QStringLiteral("mfa_token")).toString();
        const Http replay = verify(token, QStringLiteral("code"), m_secrets.value(QStringLiteral("mfa.hq.code")));
        QCOMPARE(replay.status, 401);
        QVERIFY2(replay.json.value(QStringLiteral("title")).toString().contains(QLatin1String("used already")) ||
                     replay.json.value(QStringLiteral("title")).toString().contains(QLatin1String("wrong")),
                 replay.body.constData());
        // The next step's code (the phone a little ahead) is new, and is accepted once.
        const QString next = oathtool(base32, 1);
        const Http ok = verify(token, QStringLiteral("code"), next);
        QVERIFY2(ok.status == 200, ok.body.constData());
        QVERIFY(!ok.json.value(QStringLiteral("access_token")).toString().isEmpty());
        // A used challenge is spent.
        QCOMPARE(verify(token, QStringLiteral("code"), next).status, 401);
    }

    /// Two sign-ins given the same fresh code at once: exactly one is accepted (the step is
    /// stored with a conditional UPDATE).
    void theSameCodeAtOnceIsAcceptedOnce()
    {
        QCOMPARE(enrol(QStringLiteral("mfa.twice")).status, 200);
        const QString base32 = m_secrets.value(QStringLiteral("mfa.twice"));
        const QString a = login(QStringLiteral("mfa.twice")).json.value(QStringLiteral("mfa_token")).toString();
        const QString b = login(QStringLiteral("mfa.twice")).json.value(QStringLiteral("mfa_token")).toString();
        const QString code = oathtool(base32, 1);
        QNetworkAccessManager na;
        QNetworkAccessManager nb;
        auto send = [this, &code](QNetworkAccessManager& network, const QString& token) {
            QUrl url = m_server.url();
            url.setPath(QStringLiteral("/api/v1/auth/mfa/verify"));
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            return network.post(request,
                                jsonBody({{QStringLiteral("mfa_token"), token}, {QStringLiteral("code"), code}}));
        };
        QNetworkReply* ra = send(na, a);
        QNetworkReply* rb = send(nb, b);
        QTRY_VERIFY_WITH_TIMEOUT(ra->isFinished() && rb->isFinished(), 20000);
        const int sa = ra->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        const int sb = rb->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        QCOMPARE(QList<int>({sa, sb}).count(200), 1);
        QCOMPARE(QList<int>({sa, sb}).count(401), 1);
        delete ra;
        delete rb;
    }

    void aRecoveryCodeWorksOnce()
    {
        const QString recovery = m_secrets.value(QStringLiteral("mfa.hq.recovery"));
        QVERIFY(!recovery.isEmpty());
        const QString token = login(QStringLiteral("mfa.hq")).json.value(QStringLiteral("mfa_token")).toString();
        // Typed loosely: upper case, spaces instead of dashes.
        const Http used = verify(token, QStringLiteral("recovery_code"),
                                 recovery.toUpper().replace(QLatin1Char('-'), QLatin1Char(' ')));
        QVERIFY2(used.status == 200, used.body.constData());
        QCOMPARE(used.json.value(QStringLiteral("recovery_codes_left")).toInt(), 9);
        const QString again = login(QStringLiteral("mfa.hq")).json.value(QStringLiteral("mfa_token")).toString();
        const Http twice = verify(again, QStringLiteral("recovery_code"), recovery);
        QCOMPARE(twice.status, 401);
        QVERIFY(twice.json.value(QStringLiteral("title")).toString().contains(QLatin1String("recovery code")));
        // Another of the ten still works.
        QCOMPARE(
            verify(again, QStringLiteral("recovery_code"), m_secrets.value(QStringLiteral("mfa.hq.recovery2"))).status,
            200);
    }

    /// Wrong codes count with wrong passwords: within five the login is throttled, and then
    /// even the right code is refused until the window passes.
    void guessedCodesAreThrottled()
    {
        QCOMPARE(enrol(QStringLiteral("mfa.guess")).status, 200);
        const QString base32 = m_secrets.value(QStringLiteral("mfa.guess"));
        const QString token = login(QStringLiteral("mfa.guess")).json.value(QStringLiteral("mfa_token")).toString();
        const QString right = oathtool(base32, 1);
        int refused = 0;
        int throttled = 0;
        for (int i = 0; i < 6; ++i) {
            const QString guess = QStringLiteral("%1").arg(100000 + i * 7919);
            if (guess == right || guess == oathtool(base32) || guess == oathtool(base32, -1)) {
                continue;
            }
            const Http r = verify(token, QStringLiteral("code"), guess);
            if (r.status == 401) {
                ++refused;
            } else {
                QCOMPARE(r.status, 429);
                QVERIFY(r.headers.value("retry-after").toInt() > 0);
                ++throttled;
            }
        }
        QVERIFY2(refused <= 5 && throttled >= 1,
                 qPrintable(QStringLiteral("%1 refused, %2 throttled").arg(refused).arg(throttled)));
        QVERIFY(verify(token, QStringLiteral("code"), right).status != 200);
        QCOMPARE(login(QStringLiteral("mfa.guess")).status, 429);
    }

    /// A sign-in completed with its second factor leaves no failed attempt behind (the password's
    /// attempt, a failure while the code was awaited, becomes a success), so many staff behind
    /// one office address do not throttle each other.
    void completedSignInsLeaveNoFailures()
    {
        const Http enrolled = enrol(QStringLiteral("mfa.office"));
        QCOMPARE(enrolled.status, 200);
        const QJsonArray codes = enrolled.json.value(QStringLiteral("recovery_codes")).toArray();
        for (int i = 0; i < 3; ++i) {
            const QString token =
                login(QStringLiteral("mfa.office")).json.value(QStringLiteral("mfa_token")).toString();
            QCOMPARE(verify(token, QStringLiteral("recovery_code"), codes.at(i).toString()).status, 200);
        }
        const QString sha = QString::fromLatin1(
            QCryptographicHash::hash(QByteArrayLiteral("mfa.office"), QCryptographicHash::Sha256).toHex());
        auto* s = m_demo.session(Dialect::PostgreSQL);
        QCOMPARE(
            test::value(
                *s, QStringLiteral("SELECT COUNT(*) FROM server_sign_in_attempts WHERE login_sha256 = '%1'").arg(sha))
                .toInt(),
            8); // four passwords and four second factors
        QCOMPARE(
            test::value(*s, QStringLiteral("SELECT COUNT(*) FROM server_sign_in_attempts WHERE login_sha256 = '%1' "
                                           "AND succeeded IS NOT TRUE")
                                .arg(sha))
                .toInt(),
            0);
    }

    void noStaffRoleCanReadSecondFactors()
    {
        auto* s = m_demo.session(Dialect::PostgreSQL);
        for (const char* role : {"paydesk_hq_admin", "paydesk_auditor", "paydesk_center_manager"}) {
            QVERIFY(test::exec(*s, QStringLiteral("SET ROLE %1").arg(QLatin1String(role))));
            for (const char* table : {"staff_mfa", "staff_recovery_codes", "server_mfa_challenges"}) {
                QString error;
                QVERIFY2(!test::exec(*s, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)), &error),
                         table);
                QVERIFY2(error.contains(QLatin1String("permission denied")), qPrintable(error));
            }
            QVERIFY(test::exec(*s, QStringLiteral("RESET ROLE")));
        }
    }

    void resetMfaStartsOver()
    {
        QProcess reset;
        reset.start(qEnvironmentVariable("PAYDESK_BINARY_DIR") + QStringLiteral("/server/paydesk-server"),
                    {QStringLiteral("--db"), m_demo.url(Dialect::PostgreSQL).toString(), QStringLiteral("--reset-mfa"),
                     QStringLiteral("mfa.hq")});
        QVERIFY(reset.waitForFinished(30000));
        QCOMPARE(reset.exitCode(), 0);
        QCOMPARE(login(QStringLiteral("mfa.hq")).json.value(QStringLiteral("mfa")).toString(), QStringLiteral("enrol"));
        auto* s = m_demo.session(Dialect::PostgreSQL);
        QCOMPARE(
            test::value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'staff.reset_mfa'")).toInt(),
            1);
        QCOMPARE(test::value(*s, QStringLiteral("SELECT COUNT(*) FROM staff_recovery_codes r JOIN staff t ON t.id = "
                                                "r.staff_id WHERE t.login = 'mfa.hq' AND r.revoked_at IS NULL"))
                     .toInt(),
                 0);
        // An unknown login is an error in words.
        QProcess unknown;
        unknown.start(qEnvironmentVariable("PAYDESK_BINARY_DIR") + QStringLiteral("/server/paydesk-server"),
                      {QStringLiteral("--db"), m_demo.url(Dialect::PostgreSQL).toString(),
                       QStringLiteral("--reset-mfa"), QStringLiteral("nobody.here")});
        QVERIFY(unknown.waitForFinished(30000));
        QVERIFY(unknown.exitCode() != 0);
        QVERIFY(unknown.readAllStandardError().contains("no staff member"));
    }

    void aServerThatMustAskNeedsTheFieldKey()
    {
        QProcess server;
        server.start(qEnvironmentVariable("PAYDESK_BINARY_DIR") + QStringLiteral("/server/paydesk-server"),
                     {QStringLiteral("--db"), m_demo.url(Dialect::PostgreSQL).toString(), QStringLiteral("--listen"),
                      QStringLiteral("127.0.0.1:0")});
        QVERIFY(server.waitForFinished(30000));
        QVERIFY(server.exitCode() != 0);
        QVERIFY(server.readAllStandardError().contains("--field-key"));
    }
};

QTEST_GUILESS_MAIN(TestMfa)
#include "tst_mfa.moc"
