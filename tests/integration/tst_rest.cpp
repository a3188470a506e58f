// paydesk-server on a real PostgreSQL with demo data: sign-in, token refresh and
// rotation, throttling, every endpoint x every role allowed or refused as docs/DOMAIN.md
// says, a center manager's lists hold only its center's rows, If-Match and Idempotency-Key,
// the console's RestBackend renewing a refused token, and an access log without secrets.

#include "Auth.h"
#include "InvoiceSheet.h"
#include "Json.h"
#include "RestBackend.h"
#include "Roles.h"
#include "TestSupport.h"
#include "sql/SqlServerState.h"
#include "sql/SqlSession.h"

#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QTcpServer>
#include <QtTest>

using namespace pd;

namespace {

const QDate kAsOf(2026, 11, 22);

using test::Http;
using test::http;

/// The same request sent `count` times at once, each on its own connection (tests only).
QVector<Http> httpAtOnce(int count, const QUrl& base, const QByteArray& verb, const QString& path, const QString& token,
                         const std::function<QByteArray(int)>& bodyOf,
                         const QList<QPair<QByteArray, QByteArray>>& headers = {})
{
    std::vector<std::unique_ptr<QNetworkAccessManager>> networks;
    QList<QNetworkReply*> replies;
    QUrl url = base;
    url.setPath(QStringLiteral("/api/v1/") + path);
    for (int i = 0; i < count; ++i) {
        QNetworkRequest request(url);
        request.setTransferTimeout(60000);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        if (!token.isEmpty()) {
            request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
        }
        for (const auto& h : headers) {
            request.setRawHeader(h.first, h.second);
        }
        networks.push_back(std::make_unique<QNetworkAccessManager>());
        replies << networks.back()->sendCustomRequest(request, verb, bodyOf(i));
    }
    const bool finished = QTest::qWaitFor(
        [&]() { return std::all_of(replies.begin(), replies.end(), [](QNetworkReply* r) { return r->isFinished(); }); },
        120000);
    if (!finished) {
        qWarning("httpAtOnce: not every answer arrived within 120 s");
    }
    QVector<Http> out;
    for (QNetworkReply* reply : replies) {
        Http h;
        h.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        h.body = reply->readAll();
        h.json = QJsonDocument::fromJson(h.body).object();
        for (const auto& pair : reply->rawHeaderPairs()) {
            h.headers.insert(pair.first.toLower(), pair.second);
        }
        out << h;
        reply->deleteLater();
    }
    return out;
}

QByteArray jsonBody(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

const QVector<test::StaffLogin> kStaff = {
    {QStringLiteral("rest.hq"), QStringLiteral("hq_admin"), QStringLiteral("HQ")},
    {QStringLiteral("rest.region"), QStringLiteral("regional_admin"), QStringLiteral("R-SEOUL")},
    {QStringLiteral("rest.center"), QStringLiteral("center_manager"), QStringLiteral("C-GANGNAM")},
    {QStringLiteral("rest.kyc"), QStringLiteral("kyc_reviewer"), QStringLiteral("HQ")},
    {QStringLiteral("rest.audit"), QStringLiteral("auditor"), QStringLiteral("HQ")},
    {QStringLiteral("rest.throttle"), QStringLiteral("auditor"), QStringLiteral("HQ")},
    {QStringLiteral("rest.rotate"), QStringLiteral("auditor"), QStringLiteral("HQ")},
    {QStringLiteral("rest.burst"), QStringLiteral("auditor"), QStringLiteral("HQ")},
};

/// One endpoint of the role matrix: who may call it (Permissions), and a request that the
/// server refuses or accepts before it changes anything (unknown ids, missing If-Match).
struct Endpoint
{
    const char* verb;
    const char* path;
    const char* body;
    std::function<bool(const Permissions&)> allowed;
};

QVector<Endpoint> endpoints()
{
    auto any = [](const Permissions&) { return true; };
    auto sees = [](Area a) { return [a](const Permissions& p) { return p.seesArea(a); }; };
    QVector<Endpoint> list = {
        {"GET", "me", "", any},
        {"GET", "organizations/tree", "", any},
        {"GET", "dashboard/collections?last_month=2026-11&months=3&org=0&today=2026-11-22&utc_offset=32400", "", any},
        {"GET", "bch-account", "", sees(Area::Invoices)},
        {"PUT", "bch-account", "{}", [](const Permissions& p) { return p.managesInvoices(); }},
        {"POST", "invoices", "{}", [](const Permissions& p) { return p.managesInvoices(); }},
        {"POST", "invoices/999999999/status", "{}", [](const Permissions& p) { return p.managesInvoices(); }},
        {"POST", "invoices/sheet", "{\"ids\":[999999999]}", [](const Permissions& p) { return p.printsInvoices(); }},
        {"GET", "kyc-documents/queue", "", [](const Permissions& p) { return p.reviewsKyc(); }},
        {"PUT", "kyc-settings", "{}", [](const Permissions& p) { return p.administersKyc(); }},
        {"POST", "kyc-documents/999999999/claim", "", [](const Permissions& p) { return p.reviewsKyc(); }},
        {"DELETE", "kyc-documents/999999999/claim", "", [](const Permissions& p) { return p.reviewsKyc(); }},
        {"POST", "kyc-documents/999999999/decision", "{}", [](const Permissions& p) { return p.reviewsKyc(); }},
        {"POST", "kyc-documents/999999999/reveal-number", "",
         [](const Permissions& p) { return p.revealsDocumentNumbers(); }},
        {"GET", "kyc-reviewer-activity?from=2026-11-01&to=2026-11-22", "", sees(Area::KycDocuments)},
        {"POST", "users/999999999/reveal-account-number", "",
         [](const Permissions& p) { return p.revealsAccountNumbers(); }},
        {"POST", "users/999999999/activation", "{}", [](const Permissions& p) { return p.administersUsers(); }},
        {"POST", "staff/999999999/activation", "{}", [](const Permissions& p) { return p.administersStaff(); }},
        {"POST", "users/999999999/credits", "{}", [](const Permissions& p) { return p.administersUsers(); }},
        {"GET", "credit-settings", "", [](const Permissions& p) { return p.administersUsers(); }},
        {"PUT", "credit-settings", "{}", [](const Permissions& p) { return p.administersUsers(); }},
        {"POST", "credit-requests/999999999/decision", "{}", [](const Permissions& p) { return p.administersUsers(); }},
        {"POST", "members/999999999/service", "{}", [](const Permissions& p) { return p.changesMembers(); }},
        {"PUT", "members/999999999", "{}", [](const Permissions& p) { return p.changesMembers(); }},
        {"POST", "organizations/999999999/change", "{}",
         [](const Permissions& p) { return p.administersOrganizations(); }},
        {"POST", "contracts/999999999/status", "{}", [](const Permissions& p) { return p.changesMembers(); }},
        {"POST", "members", "{}", [](const Permissions& p) { return p.changesMembers(); }},
        {"POST", "members/999999999/children", "{}", [](const Permissions& p) { return p.changesMembers(); }},
        {"PUT", "children/999999999", "{}", [](const Permissions& p) { return p.changesMembers(); }},
        {"POST", "members/999999999/contract", "{}", [](const Permissions& p) { return p.changesMembers(); }},
        {"PUT", "contracts/999999999", "{}", [](const Permissions& p) { return p.changesMembers(); }},
        {"POST", "organizations", "{}", [](const Permissions& p) { return p.administersOrganizations(); }},
        {"POST", "organizations/999999999/fee-rates", "{}",
         [](const Permissions& p) { return p.administersOrganizations(); }},
        {"POST", "staff", "{}", [](const Permissions& p) { return p.administersStaff(); }},
        {"PUT", "staff/999999999", "{}", [](const Permissions& p) { return p.administersStaff(); }},
        {"POST", "staff/999999999/server-password", "{}", [](const Permissions& p) { return p.administersStaff(); }},
        {"POST", "payments/999999999/status", "{}", [](const Permissions& p) { return p.changesPayments(); }},
        {"POST", "settlements/run", "{\"month\":\"1999-01\"}",
         [](const Permissions& p) { return p.changesPayments(); }},
        {"POST", "settlements/999999999/status", "{}", [](const Permissions& p) { return p.changesPayments(); }},
        {"POST", "reconciliation/candidates", "{\"months\":[\"1999-01\"]}",
         [](const Permissions& p) { return p.changesPayments(); }},
        {"POST", "reconciliation/apply", "{\"organization_id\":999999999}",
         [](const Permissions& p) { return p.changesPayments(); }},
        {"GET", "payments/totals", "", sees(Area::Payments)},
        {"GET", "settlements/totals", "", sees(Area::Settlements)},
    };
    static QList<QByteArray> areaPaths; // keeps the generated paths alive
    if (areaPaths.isEmpty()) {
        for (Area area : allAreas()) {
            const QByteArray key = areaKey(area).toLatin1();
            areaPaths << key + "?limit=5" << key + "/count?mode=exact" << key + "/999999999" << key + "/export";
        }
    }
    int i = 0;
    for (Area area : allAreas()) {
        list.append({"GET", areaPaths.at(i++).constData(), "", sees(area)});
        list.append({"GET", areaPaths.at(i++).constData(), "", sees(area)});
        list.append({"GET", areaPaths.at(i++).constData(), "", sees(area)});
        list.append(
            {"POST", areaPaths.at(i++).constData(), "{\"list\":{\"filters\":{\"q\":\"zzzz-no-such\"}}}", sees(area)});
    }
    return list;
}

} // namespace

class TestRest : public QObject
{
    Q_OBJECT

    test::DemoDatabases m_demo;
    test::RestServer m_server;
    QHash<QString, QString> m_tokens; ///< login -> access token
    QStringList m_secrets;            ///< every password and token the test saw

    QString signIn(const QString& login)
    {
        if (m_tokens.contains(login)) {
            return m_tokens.value(login);
        }
        const Http r = http(m_server.url(), "POST", QStringLiteral("auth/login"), {},
                            jsonBody({{QStringLiteral("username"), login},
                                      {QStringLiteral("password"), QString::fromLatin1(test::kRestPassword)}}));
        const QString token = r.json.value(QStringLiteral("access_token")).toString();
        if (token.isEmpty()) {
            qWarning("sign-in of %s failed: %d %s", qPrintable(login), r.status, r.body.constData());
        }
        m_secrets << token << r.json.value(QStringLiteral("refresh_token")).toString();
        m_tokens.insert(login, token);
        return token;
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
        const QString prepared = m_demo.prepare(QStringLiteral("rest"), kAsOf, 0.02);
        QVERIFY2(prepared.isEmpty(), qPrintable(prepared));
        const QString started = m_server.start(m_demo.url(Dialect::PostgreSQL), kStaff);
        QVERIFY2(started.isEmpty(), qPrintable(started));
        m_secrets << QString::fromLatin1(test::kRestPassword);
    }

    void healthNeedsNoSignIn()
    {
        const Http r = http(m_server.url(), "GET", QStringLiteral("health"));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("status")).toString(), QStringLiteral("ok"));
        QVERIFY(r.json.value(QStringLiteral("schema_version")).toInt() >= 6);
    }

    void everyOtherEndpointNeedsAToken()
    {
        for (const Endpoint& e : endpoints()) {
            const Http r = http(m_server.url(), e.verb, QString::fromLatin1(e.path), {}, e.body);
            QVERIFY2(r.status == 401, qPrintable(QStringLiteral("%1 %2 answered %3")
                                                     .arg(QLatin1String(e.verb), QLatin1String(e.path))
                                                     .arg(r.status)));
            QVERIFY(r.headers.value("content-type").startsWith("application/problem+json"));
            QCOMPARE(r.headers.value("www-authenticate"), QByteArray("Bearer realm=\"paydesk\""));
        }
    }

    void signInGivesTokensThatIdentifyTheStaffMember()
    {
        const Http r = http(m_server.url(), "POST", QStringLiteral("auth/login"), {},
                            jsonBody({{QStringLiteral("username"), QStringLiteral("rest.center")},
                                      {QStringLiteral("password"), QString::fromLatin1(test::kRestPassword)}}));
        QCOMPARE(r.status, 200);
        QCOMPARE(r.json.value(QStringLiteral("token_type")).toString(), QStringLiteral("Bearer"));
        QCOMPARE(r.json.value(QStringLiteral("role")).toString(), QStringLiteral("center_manager"));
        QCOMPARE(r.json.value(QStringLiteral("expires_in")).toInt(), 900);
        const QString token = r.json.value(QStringLiteral("access_token")).toString();
        m_secrets << token << r.json.value(QStringLiteral("refresh_token")).toString();
        // The token's claims, read without the key: sub, role, org, iat, exp.
        const QList<QByteArray> parts = token.toLatin1().split('.');
        QCOMPARE(parts.size(), 3);
        const QJsonObject claims =
            QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
        QCOMPARE(claims.value(QStringLiteral("sub")).toString(), QStringLiteral("rest.center"));
        QCOMPARE(claims.value(QStringLiteral("role")).toString(), QStringLiteral("center_manager"));
        QCOMPARE(claims.value(QStringLiteral("exp")).toInteger() - claims.value(QStringLiteral("iat")).toInteger(),
                 900);
        const Http me = http(m_server.url(), "GET", QStringLiteral("me"), token);
        QCOMPARE(me.status, 200);
        QCOMPARE(me.json.value(QStringLiteral("user")).toString(), QStringLiteral("rest.center"));
    }

    void forgedAndExpiredTokensAreRefused()
    {
        const QString good = signIn(QStringLiteral("rest.audit"));
        QList<QByteArray> parts = good.toLatin1().split('.');
        // Same signature, changed claims (role raised to hq_admin).
        QJsonObject claims =
            QJsonDocument::fromJson(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding)).object();
        claims.insert(QStringLiteral("role"), QStringLiteral("hq_admin"));
        const QByteArray raised = parts[0] + '.' +
                                  QJsonDocument(claims)
                                      .toJson(QJsonDocument::Compact)
                                      .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
                                  '.' + parts[2];
        QCOMPARE(http(m_server.url(), "GET", QStringLiteral("kyc-documents/queue"), QString::fromLatin1(raised)).status,
                 401);
        // alg "none" with no signature.
        const QByteArray none = QByteArray(R"({"alg":"none","typ":"JWT"})")
                                    .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals) +
                                '.' + parts[1] + '.';
        QCOMPARE(http(m_server.url(), "GET", QStringLiteral("me"), QString::fromLatin1(none)).status, 401);
        // A well-formed token signed with another key, and an expired one.
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        const QString otherKey = auth::signAccessToken(
            {QStringLiteral("rest.hq"), QStringLiteral("hq_admin"), 1, now, now + 600}, QByteArray(32, 'k'));
        QCOMPARE(http(m_server.url(), "GET", QStringLiteral("me"), otherKey).status, 401);
        QCOMPARE(http(m_server.url(), "GET", QStringLiteral("me"), good).status, 200);
    }

    void wrongPasswordsAreThrottled()
    {
        const QByteArray wrong = jsonBody({{QStringLiteral("username"), QStringLiteral("rest.throttle")},
                                           {QStringLiteral("password"), QStringLiteral("not the password")}});
        for (int i = 0; i < 5; ++i) {
            const Http r = http(m_server.url(), "POST", QStringLiteral("auth/login"), {}, wrong);
            QCOMPARE(r.status, 401);
            QCOMPARE(r.json.value(QStringLiteral("title")).toString(),
                     QStringLiteral("The user name or password is wrong."));
        }
        const Http blocked = http(m_server.url(), "POST", QStringLiteral("auth/login"), {},
                                  jsonBody({{QStringLiteral("username"), QStringLiteral("rest.throttle")},
                                            {QStringLiteral("password"), QString::fromLatin1(test::kRestPassword)}}));
        QCOMPARE(blocked.status, 429);
        QVERIFY(blocked.headers.value("retry-after").toInt() > 800);
        // An unknown user gets the same answer as a wrong password.
        const Http unknown = http(m_server.url(), "POST", QStringLiteral("auth/login"), {},
                                  jsonBody({{QStringLiteral("username"), QStringLiteral("rest.nobody")},
                                            {QStringLiteral("password"), QStringLiteral("whatever it is")}}));
        QCOMPARE(unknown.status, 401);
        QCOMPARE(unknown.json.value(QStringLiteral("title")).toString(),
                 QStringLiteral("The user name or password is wrong."));
        // Others are not affected.
        QCOMPARE(http(m_server.url(), "POST", QStringLiteral("auth/login"), {},
                      jsonBody({{QStringLiteral("username"), QStringLiteral("rest.kyc")},
                                {QStringLiteral("password"), QString::fromLatin1(test::kRestPassword)}}))
                     .status,
                 200);
    }

    void refreshTokensRotateAndAReusedOneEndsEverySession()
    {
        const Http login = http(m_server.url(), "POST", QStringLiteral("auth/login"), {},
                                jsonBody({{QStringLiteral("username"), QStringLiteral("rest.rotate")},
                                          {QStringLiteral("password"), QString::fromLatin1(test::kRestPassword)}}));
        QCOMPARE(login.status, 200);
        const QString first = login.json.value(QStringLiteral("refresh_token")).toString();
        const Http renewed = http(m_server.url(), "POST", QStringLiteral("auth/refresh"), {},
                                  jsonBody({{QStringLiteral("refresh_token"), first}}));
        QCOMPARE(renewed.status, 200);
        const QString second = renewed.json.value(QStringLiteral("refresh_token")).toString();
        QVERIFY(second != first);
        m_secrets << first << second << renewed.json.value(QStringLiteral("access_token")).toString();
        // The stored form is the SHA-256, never the token.
        auto* s = m_demo.session(Dialect::PostgreSQL);
        QCOMPARE(test::value(*s, QStringLiteral("SELECT count(*) FROM refresh_tokens WHERE token_sha256 = '%1'")
                                     .arg(auth::sha256Hex(second)))
                     .toInt(),
                 1);
        QCOMPARE(
            test::value(*s, QStringLiteral("SELECT count(*) FROM refresh_tokens WHERE token_sha256 = '%1'").arg(second))
                .toInt(),
            0);
        // The first token again: refused, and the second one is revoked with it.
        const Http reused = http(m_server.url(), "POST", QStringLiteral("auth/refresh"), {},
                                 jsonBody({{QStringLiteral("refresh_token"), first}}));
        QCOMPARE(reused.status, 401);
        QCOMPARE(http(m_server.url(), "POST", QStringLiteral("auth/refresh"), {},
                      jsonBody({{QStringLiteral("refresh_token"), second}}))
                     .status,
                 401);
    }

    /// A decision or status change whose body leaves out the action (or sends null) is refused
    /// naming it; it never defaults to approve or confirm.
    void aMissingActionIsRefusedNotDefaulted()
    {
        const QString token = signIn(QStringLiteral("rest.hq"));
        const QList<QPair<QByteArray, QByteArray>> ifMatch = {{"If-Match", "\"1\""}};
        struct Case
        {
            const char* path;
            const char* body;
        };
        for (const Case& c :
             {Case{"kyc-documents/999999999/decision", "{\"notes\": \"ok\"}"},
              Case{"kyc-documents/999999999/decision", "{\"action\": null}"},
              Case{"settlements/999999999/status", "{\"action\": null}"},
              Case{"payments/999999999/status", "{\"reason\": \"x\"}"}, Case{"invoices/999999999/status", "{}"}}) {
            const Http r = http(m_server.url(), "POST", QString::fromLatin1(c.path), token, c.body, ifMatch);
            QVERIFY2(r.status == 400, qPrintable(QStringLiteral("%1 %2: %3")
                                                     .arg(QLatin1String(c.path))
                                                     .arg(r.status)
                                                     .arg(QString::fromUtf8(r.body))));
            QVERIFY2(r.json.value(QStringLiteral("title")).toString().contains(QStringLiteral("action")),
                     r.body.constData());
        }
        // A settings update that leaves out a setting is refused naming it; nothing changes (it
        // reset the four-eyes threshold to its default).
        auto* s = m_demo.session(Dialect::PostgreSQL);
        const QString before =
            test::value(*s, QStringLiteral("SELECT four_eyes_risk::text || '/' || version FROM kyc_settings"))
                .toString();
        const int version = test::value(*s, QStringLiteral("SELECT version FROM kyc_settings")).toInt();
        const Http partial = http(m_server.url(), "PUT", QStringLiteral("kyc-settings"), token,
                                  R"({"claim_minutes": 20, "sla_hours": 24})",
                                  {{"If-Match", QByteArray("\"") + QByteArray::number(version) + '"'}});
        QCOMPARE(partial.status, 400);
        QVERIFY2(partial.json.value(QStringLiteral("title")).toString().contains(QStringLiteral("four_eyes_risk")),
                 partial.body.constData());
        QCOMPARE(test::value(*s, QStringLiteral("SELECT four_eyes_risk::text || '/' || version FROM kyc_settings"))
                     .toString(),
                 before);
    }

    /// Plain HTTP on an address other than loopback is refused at start unless asked for.
    void plainHttpOffLoopbackIsRefused()
    {
        QProcess server;
        server.start(QString::fromLocal8Bit(qgetenv("PAYDESK_BINARY_DIR")) + QStringLiteral("/server/paydesk-server"),
                     {QStringLiteral("--db"), m_demo.url(Dialect::PostgreSQL).toString(), QStringLiteral("--listen"),
                      QStringLiteral("0.0.0.0:0"), QStringLiteral("--mfa-roles"), QStringLiteral("none")});
        QVERIFY(server.waitForFinished(30000));
        QVERIFY(server.exitCode() != 0);
        QVERIFY2(server.readAllStandardError().contains("not a loopback address"), "no reason given");
    }

    /// Two refreshes of one token sent at once: exactly one gets new tokens (the rotation is one
    /// conditional UPDATE), in every trial.
    void parallelRefreshesOfOneTokenRotateOnce()
    {
        QNetworkAccessManager network;
        for (int trial = 0; trial < 6; ++trial) {
            const Http login = http(m_server.url(), "POST", QStringLiteral("auth/login"), {},
                                    jsonBody({{QStringLiteral("username"), QStringLiteral("rest.rotate")},
                                              {QStringLiteral("password"), QString::fromLatin1(test::kRestPassword)}}));
            QCOMPARE(login.status, 200);
            const QString token = login.json.value(QStringLiteral("refresh_token")).toString();
            m_secrets << token << login.json.value(QStringLiteral("access_token")).toString();
            QUrl url = m_server.url();
            url.setPath(QStringLiteral("/api/v1/auth/refresh"));
            QNetworkRequest request(url);
            request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            request.setTransferTimeout(30000);
            const QByteArray body = jsonBody({{QStringLiteral("refresh_token"), token}});
            QList<QNetworkReply*> replies;
            for (int i = 0; i < 2; ++i) {
                replies << network.post(request, body);
            }
            QVERIFY(QTest::qWaitFor([&]() { return replies[0]->isFinished() && replies[1]->isFinished(); }, 30000));
            QList<int> statuses;
            for (QNetworkReply* reply : replies) {
                statuses << reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
                m_secrets << QJsonDocument::fromJson(reply->readAll())
                                 .object()
                                 .value(QStringLiteral("refresh_token"))
                                 .toString();
                reply->deleteLater();
            }
            std::sort(statuses.begin(), statuses.end());
            QCOMPARE(statuses, (QList<int>{200, 401}));
        }
    }

    void logoutRevokesTheRefreshToken()
    {
        const Http login = http(m_server.url(), "POST", QStringLiteral("auth/login"), {},
                                jsonBody({{QStringLiteral("username"), QStringLiteral("rest.kyc")},
                                          {QStringLiteral("password"), QString::fromLatin1(test::kRestPassword)}}));
        const QString refresh = login.json.value(QStringLiteral("refresh_token")).toString();
        const QString access = login.json.value(QStringLiteral("access_token")).toString();
        m_secrets << refresh << access;
        // A second session of the same login is not affected by the first one's logout.
        const QString other = signIn(QStringLiteral("rest.kyc"));
        QCOMPARE(http(m_server.url(), "GET", QStringLiteral("kyc-documents/queue"), access).status, 200);
        QCOMPARE(http(m_server.url(), "POST", QStringLiteral("auth/logout"), {},
                      jsonBody({{QStringLiteral("refresh_token"), refresh}}))
                     .status,
                 204);
        // The access token of the ended session stops working at once, not after 15 minutes.
        const Http after = http(m_server.url(), "GET", QStringLiteral("kyc-documents/queue"), access);
        QCOMPARE(after.status, 401);
        QVERIFY2(after.body.contains("session"), after.body.constData());
        QCOMPARE(http(m_server.url(), "GET", QStringLiteral("kyc-documents/queue"), other).status, 200);
        // Presented again, the ended session's refresh token is refused, and counts as a copied
        // token: every session of the login ends (refreshTokensRotateAndAReusedOneEndsEverySession).
        QCOMPARE(http(m_server.url(), "POST", QStringLiteral("auth/refresh"), {},
                      jsonBody({{QStringLiteral("refresh_token"), refresh}}))
                     .status,
                 401);
        QCOMPARE(http(m_server.url(), "GET", QStringLiteral("kyc-documents/queue"), other).status, 401);
        m_tokens.remove(QStringLiteral("rest.kyc"));
    }

    /// Deactivating a staff member (headquarters, in the database) ends their server sessions at
    /// once: the access token in hand is refused on the next request, and so is its refresh.
    void deactivatedStaffLoseTheirSessionsAtOnce()
    {
        QVERIFY(test::exec(*m_demo.session(Dialect::PostgreSQL),
                           QStringLiteral("SELECT paydesk_add_staff('rest.leaver', 'auditor', 'HQ', 'Leaver', NULL)")));
        QVERIFY(
            test::exec(*m_demo.session(Dialect::PostgreSQL),
                       QStringLiteral("UPDATE staff SET password_hash = (SELECT password_hash FROM staff WHERE login "
                                      "= 'rest.kyc') WHERE login = 'rest.leaver'")));
        const Http login = http(m_server.url(), "POST", QStringLiteral("auth/login"), {},
                                jsonBody({{QStringLiteral("username"), QStringLiteral("rest.leaver")},
                                          {QStringLiteral("password"), QString::fromLatin1(test::kRestPassword)}}));
        QCOMPARE(login.status, 200);
        const QString access = login.json.value(QStringLiteral("access_token")).toString();
        const QString refresh = login.json.value(QStringLiteral("refresh_token")).toString();
        m_secrets << access << refresh;
        QCOMPARE(http(m_server.url(), "GET", QStringLiteral("organizations/tree"), access).status, 200);
        QVERIFY(test::exec(*m_demo.session(Dialect::PostgreSQL),
                           QStringLiteral("SELECT paydesk_set_staff_active('rest.leaver', false, 'left the team')")));
        QCOMPARE(http(m_server.url(), "GET", QStringLiteral("organizations/tree"), access).status, 401);
        QCOMPARE(http(m_server.url(), "POST", QStringLiteral("auth/refresh"), {},
                      jsonBody({{QStringLiteral("refresh_token"), refresh}}))
                     .status,
                 401);
    }

    void everyEndpointForEveryRole_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("role");
        QTest::addColumn<int>("endpoint");
        const QVector<Endpoint> list = endpoints();
        for (int i = 0; i < 5; ++i) {
            for (int e = 0; e < list.size(); ++e) {
                QTest::addRow("%s %s %s", qPrintable(kStaff[i].role), list[e].verb, list[e].path)
                    << kStaff[i].login << kStaff[i].role << e;
            }
        }
    }
    void everyEndpointForEveryRole()
    {
        QFETCH(QString, login);
        QFETCH(QString, role);
        QFETCH(int, endpoint);
        const Endpoint e = endpoints().at(endpoint);
        const bool allowed = e.allowed(Permissions::forRole(role));
        const Http r = http(m_server.url(), e.verb, QString::fromLatin1(e.path), signIn(login), e.body);
        if (allowed) {
            QVERIFY2(r.status != 403 && r.status != 401 && r.status < 500,
                     qPrintable(
                         QStringLiteral("allowed, but answered %1: %2").arg(r.status).arg(QString::fromUtf8(r.body))));
        } else {
            QVERIFY2(r.status == 403, qPrintable(QStringLiteral("refused expected, answered %1").arg(r.status)));
            QCOMPARE(r.json.value(QStringLiteral("kind")).toString(), QStringLiteral("permission"));
            // The refusal travels as a catalog code with the role as its argument (core/Messages.h).
            QVERIFY2(
                r.json.value(QStringLiteral("code")).toString().startsWith(QLatin1String("pd::server::ApiServer:")),
                r.body.constData());
            QCOMPARE(r.json.value(QStringLiteral("args")).toArray(), QJsonArray{role});
        }
    }

    /// Headquarters deactivates a user over REST with If-Match and a reason; a body that leaves
    /// out what to do is refused naming the field, never read as "deactivate"; the audit row
    /// names the staff member.
    void headquartersDeactivatesAUser()
    {
        const QString token = signIn(QStringLiteral("rest.hq"));
        const Http list = http(m_server.url(), "GET", QStringLiteral("users?limit=1&active=true"), token);
        QCOMPARE(list.status, 200);
        const qint64 id = list.json.value(QStringLiteral("rows")).toArray().at(0).toArray().at(0).toInteger();
        QVERIFY(id > 0);
        const Http detail = http(m_server.url(), "GET", QStringLiteral("users/%1").arg(id), token);
        int version = 0;
        for (const QJsonValue& f : detail.json.value(QStringLiteral("fields")).toArray()) {
            if (f.toObject().value(QStringLiteral("key")).toString() == QLatin1String("version")) {
                version = f.toObject().value(QStringLiteral("value")).toInt();
            }
        }
        QVERIFY(version > 0);
        const QString path = QStringLiteral("users/%1/activation").arg(id);
        const QList<QPair<QByteArray, QByteArray>> ifMatch = {{"If-Match", "\"" + QByteArray::number(version) + "\""}};
        const Http noAction = http(m_server.url(), "POST", path, token, "{\"reason\": \"x\"}", ifMatch);
        QCOMPARE(noAction.status, 400);
        QVERIFY2(noAction.json.value(QStringLiteral("title")).toString().contains(QStringLiteral("active")),
                 noAction.body.constData());
        const Http noMatch = http(m_server.url(), "POST", path, token, "{\"active\": false, \"reason\": \"x\"}");
        QCOMPARE(noMatch.status, 428);
        const Http done = http(m_server.url(), "POST", path, token,
                               "{\"active\": false, \"reason\": \"asked by the member\"}", ifMatch);
        QCOMPARE(done.status, 204);
        const Http again = http(m_server.url(), "POST", path, token,
                                "{\"active\": false, \"reason\": \"asked by the member\"}", ifMatch);
        QCOMPARE(again.status, 412); // the version moved on
        auto s = sql::SqlSession::open(m_demo.url(Dialect::PostgreSQL), QStringLiteral("rest-users-check"));
        QVERIFY(s.ok());
        QCOMPARE(test::value(*s.value(), QStringLiteral("SELECT actor FROM audit_log WHERE entity = 'users' AND "
                                                        "entity_id = %1 AND action = 'user.deactivate'")
                                             .arg(id))
                     .toString(),
                 QStringLiteral("rest.hq"));
        // The center manager may not.
        QCOMPARE(http(m_server.url(), "POST", path, signIn(QStringLiteral("rest.center")),
                      "{\"active\": true, \"reason\": \"x\"}", ifMatch)
                     .status,
                 403);
    }

    void aCenterManagerSeesOnlyItsCenter()
    {
        auto* s = m_demo.session(Dialect::PostgreSQL);
        const QString subtree = QStringLiteral("(SELECT o.id FROM organizations o, organizations c WHERE c.code = "
                                               "'C-GANGNAM' AND o.path LIKE c.path || '%')");
        const qint64 own =
            test::value(*s, QStringLiteral("SELECT count(*) FROM payments WHERE organization_id IN ") + subtree)
                .toLongLong();
        const qint64 all = test::value(*s, QStringLiteral("SELECT count(*) FROM payments")).toLongLong();
        QVERIFY(own > 0 && own < all);

        RestBackend backend({m_server.url(),
                             QStringLiteral("rest.center"),
                             QString::fromLatin1(test::kRestPassword),
                             {},
                             {},
                             30000,
                             {}});
        auto info =
            test::await<ConnectionInfo>([&](QObject* r, Backend::Callback<ConnectionInfo> cb) { backend.open(r, cb); });
        QVERIFY2(info.ok(), qPrintable(info.error().message));
        QCOMPARE(info.value().role, QStringLiteral("center_manager"));
        ListRequest request;
        request.area = Area::Payments;
        request.limit = 1000;
        QSet<qint64> ids;
        for (;;) {
            auto page = test::await<ListPage>(
                [&](QObject* r, Backend::Callback<ListPage> cb) { backend.fetchPage(request, r, cb); });
            QVERIFY2(page.ok(), qPrintable(page.error().message));
            for (const QVariantList& row : page.value().rows) {
                ids.insert(row.front().toLongLong());
            }
            if (page.value().nextCursor.isEmpty()) {
                break;
            }
            request.cursor = page.value().nextCursor;
        }
        QCOMPARE(qint64(ids.size()), own);
        QStringList idText;
        for (qint64 id : ids) {
            idText << QString::number(id);
        }
        QCOMPARE(test::value(
                     *s, QStringLiteral("SELECT count(*) FROM payments WHERE id IN (%1) AND organization_id NOT IN %2")
                             .arg(idText.join(QLatin1Char(',')), subtree))
                     .toLongLong(),
                 0);
        // Another center's payment is not there at all.
        const qint64 foreign =
            test::value(*s, QStringLiteral("SELECT min(id) FROM payments WHERE organization_id NOT IN ") + subtree)
                .toLongLong();
        const Http r = http(m_server.url(), "GET", QStringLiteral("payments/%1").arg(foreign),
                            signIn(QStringLiteral("rest.center")));
        QCOMPARE(r.status, 404);
    }

    void updatesNeedIfMatchAndRepeatsAreApplidOnce()
    {
        auto* s = m_demo.session(Dialect::PostgreSQL);
        const QVariantList row =
            test::rows(*s, QStringLiteral("SELECT id, version FROM payments WHERE status = 'pending' "
                                          "ORDER BY id LIMIT 1"))
                .value(0);
        const qint64 id = row.value(0).toLongLong();
        const int version = row.value(1).toInt();
        const QString token = signIn(QStringLiteral("rest.hq"));
        const QString path = QStringLiteral("payments/%1/status").arg(id);
        const QByteArray body = jsonBody({{QStringLiteral("action"), QStringLiteral("mark_paid")},
                                          {QStringLiteral("reason"), QStringLiteral("cash at the desk")},
                                          {QStringLiteral("paid_on"), QStringLiteral("2026-11-20")}});
        QCOMPARE(http(m_server.url(), "POST", path, token, body).status, 428);
        const Http stale = http(m_server.url(), "POST", path, token, body,
                                {{"If-Match", QByteArray("\"") + QByteArray::number(version - 1) + '"'}});
        QCOMPARE(stale.status, 412);
        QCOMPARE(stale.json.value(QStringLiteral("kind")).toString(), QStringLiteral("conflict"));
        const QList<QPair<QByteArray, QByteArray>> headers = {
            {"If-Match", QByteArray("\"") + QByteArray::number(version) + '"'}, {"Idempotency-Key", "key-1"}};
        const Http applied = http(m_server.url(), "POST", path, token, body, headers);
        QCOMPARE(applied.status, 204);
        const Http repeated = http(m_server.url(), "POST", path, token, body, headers);
        QCOMPARE(repeated.status, 204);
        QCOMPARE(repeated.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(test::value(*s, QStringLiteral("SELECT version FROM payments WHERE id = %1").arg(id)).toInt(),
                 version + 1);
        QCOMPARE(test::value(*s, QStringLiteral("SELECT status FROM payments WHERE id = %1").arg(id)).toString(),
                 QStringLiteral("success"));
        // The audit row names the staff member, not the server's account.
        QCOMPARE(
            test::value(*s, QStringLiteral("SELECT actor FROM audit_log WHERE entity = 'payments' AND entity_id = %1 "
                                           "ORDER BY id DESC LIMIT 1")
                                .arg(id))
                .toString(),
            QStringLiteral("rest.hq"));
        // The same key with another body is refused.
        QCOMPARE(http(m_server.url(), "POST", path, token, "{}", headers).status, 422);
    }

    /// Sign-in attempts are counted before the password is checked, in PostgreSQL: of 40 wrong
    /// passwords sent at once at most 5 are checked, and a correct one among them is refused too;
    /// the lockout is per login and address, so the same login from elsewhere is not locked out.
    void parallelSignInsAreCountedBeforeTheyAreChecked()
    {
        const QVector<Http> answers =
            httpAtOnce(40, m_server.url(), "POST", QStringLiteral("auth/login"), {}, [](int i) {
                return jsonBody({{QStringLiteral("username"), QStringLiteral("rest.burst")},
                                 {QStringLiteral("password"), i == 30 ? QString::fromLatin1(test::kRestPassword)
                                                                      : QStringLiteral("not the password")}});
            });
        QMap<int, int> byStatus;
        for (const Http& h : answers) {
            ++byStatus[h.status];
            m_secrets << h.json.value(QStringLiteral("access_token")).toString();
        }
        // The rest waited for 429, or found the bounded sign-in queue full (503, Retry-After).
        QVERIFY2(byStatus.value(401) <= 5 && byStatus.value(200) == 0 &&
                     byStatus.value(429) + byStatus.value(503) == 40 - byStatus.value(401) && byStatus.value(429) > 0,
                 qPrintable(QStringLiteral("401: %1, 200: %2, 429: %3, 503: %4")
                                .arg(byStatus.value(401))
                                .arg(byStatus.value(200))
                                .arg(byStatus.value(429))
                                .arg(byStatus.value(503))));
        // Counted in the database, per login and address: another address may still try.
        auto* s = m_demo.session(Dialect::PostgreSQL);
        const QString login = auth::sha256Hex(QStringLiteral("rest.burst"));
        auto here = sql::beginSignInAttempt(*s, login, QStringLiteral("127.0.0.1"), {});
        QVERIFY(here.ok());
        QVERIFY(here.value().waitSeconds > 800);
        auto elsewhere = sql::beginSignInAttempt(*s, login, QStringLiteral("198.51.100.7"), {});
        QVERIFY(elsewhere.ok());
        QVERIFY(elsewhere.value().attemptId > 0);
        // A 10 MB user name is refused before anything is kept.
        const Http huge = http(m_server.url(), "POST", QStringLiteral("auth/login"), {},
                               jsonBody({{QStringLiteral("username"), QString(10 * 1024 * 1024, QLatin1Char('x'))},
                                         {QStringLiteral("password"), QStringLiteral("whatever")}}));
        QVERIFY2(huge.status == 413 || (huge.status == 0 && huge.error != QNetworkReply::NoError),
                 huge.body.left(200).constData()); // 413, or closed while still sending
    }

    /// One Idempotency-Key sent six times at once applies the change once; the others replay
    /// its answer. A refused attempt (412) is not replayed to the corrected request, padded ids
    /// are the same route, and a second server instance on the database knows the key.
    void idempotencyKeysAreAtomicDurableAndNormalised()
    {
        auto* s = m_demo.session(Dialect::PostgreSQL);
        const QVariantList row =
            test::rows(*s, QStringLiteral("SELECT id, version FROM payments WHERE status = 'pending' "
                                          "ORDER BY id DESC LIMIT 1"))
                .value(0);
        const qint64 id = row.value(0).toLongLong();
        const int version = row.value(1).toInt();
        const QString token = signIn(QStringLiteral("rest.hq"));
        const QByteArray body = jsonBody({{QStringLiteral("action"), QStringLiteral("mark_paid")},
                                          {QStringLiteral("reason"), QStringLiteral("cash at the desk")},
                                          {QStringLiteral("paid_on"), QStringLiteral("2026-11-20")}});
        const QString path = QStringLiteral("payments/%1/status").arg(id);
        // A stale version first, under the key: refused, and not remembered.
        QCOMPARE(http(m_server.url(), "POST", path, token, body,
                      {{"If-Match", QByteArray("\"") + QByteArray::number(version - 1) + '"'},
                       {"Idempotency-Key", "atomic-1"}})
                     .status,
                 412);
        const QList<QPair<QByteArray, QByteArray>> headers = {
            {"If-Match", QByteArray("\"") + QByteArray::number(version) + '"'}, {"Idempotency-Key", "atomic-1"}};
        const QVector<Http> answers = httpAtOnce(
            6, m_server.url(), "POST", path, token, [&](int) { return body; }, headers);
        int replayed = 0;
        for (const Http& h : answers) {
            QCOMPARE(h.status, 204);
            replayed += h.headers.value("idempotent-replayed") == "true" ? 1 : 0;
        }
        QCOMPARE(replayed, 5);
        QCOMPARE(test::value(*s, QStringLiteral("SELECT version FROM payments WHERE id = %1").arg(id)).toInt(),
                 version + 1);
        QCOMPARE(test::value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'payments' AND "
                                                "entity_id = %1 AND action = 'payment.mark_paid'")
                                     .arg(id))
                     .toInt(),
                 1);
        // /payments/000<id> is the same route.
        const Http padded =
            http(m_server.url(), "POST", QStringLiteral("payments/000%1/status").arg(id), token, body, headers);
        QCOMPARE(padded.status, 204);
        QCOMPARE(padded.headers.value("idempotent-replayed"), QByteArray("true"));
        // Another instance on the same database (or this one after a restart) knows the key.
        test::RestServer second;
        QVERIFY(second.start(m_demo.url(Dialect::PostgreSQL), {}).isEmpty());
        const QString secondToken =
            http(second.url(), "POST", QStringLiteral("auth/login"), {},
                 jsonBody({{QStringLiteral("username"), QStringLiteral("rest.hq")},
                           {QStringLiteral("password"), QString::fromLatin1(test::kRestPassword)}}))
                .json.value(QStringLiteral("access_token"))
                .toString();
        m_secrets << secondToken;
        const Http again = http(second.url(), "POST", path, secondToken, body, headers);
        QCOMPARE(again.status, 204);
        QCOMPARE(again.headers.value("idempotent-replayed"), QByteArray("true"));
        QCOMPARE(test::value(*s, QStringLiteral("SELECT version FROM payments WHERE id = %1").arg(id)).toInt(),
                 version + 1);
        // Kept once per login, route and key, in the database.
        QCOMPARE(test::value(*s, QStringLiteral("SELECT COUNT(*) FROM server_idempotency_keys WHERE login = 'rest.hq' "
                                                "AND route = 'POST payments/%1/status'")
                                     .arg(id))
                     .toInt(),
                 1);
    }

    /// Client mistakes are 4xx with words for the user, never 500 with the statement: a NUL byte
    /// in any text (also unauthenticated, at sign-in), a claim of a document another reviewer
    /// holds (409, the OpenAPI's answer; 412 is for a stale If-Match).
    void clientMistakesAreRefusedWithoutDriverText()
    {
        const QString token = signIn(QStringLiteral("rest.hq"));
        const QString nul = QString(QChar(0));
        const QList<std::pair<QString, QByteArray>> requests = {
            {QStringLiteral("auth/login"),
             jsonBody({{QStringLiteral("username"), QString(QStringLiteral("rest.hq") + nul)},
                       {QStringLiteral("password"), QStringLiteral("x")}})},
            {QStringLiteral("payments/1/status"),
             jsonBody({{QStringLiteral("action"), QStringLiteral("cancel")},
                       {QStringLiteral("reason"), QString(QStringLiteral("a") + nul + QStringLiteral("b"))}})},
        };
        for (const auto& [path, body] : requests) {
            const Http r = http(m_server.url(), "POST", path, token, body, {{"If-Match", "\"1\""}});
            QCOMPARE(r.status, 400);
            QVERIFY2(r.json.value(QStringLiteral("title")).toString().contains(QStringLiteral("control characters")),
                     r.body.constData());
            QVERIFY2(!r.body.contains("ERROR") && !r.body.contains("QPSQL"), r.body.constData());
        }
        const Http search = http(m_server.url(), "GET", QStringLiteral("users?q=%00kim"), token);
        QCOMPARE(search.status, 400);
        // A document claimed by one reviewer, claimed by another: 409 Conflict.
        auto* s = m_demo.session(Dialect::PostgreSQL);
        const qint64 doc =
            test::value(*s,
                        QStringLiteral("SELECT MIN(id) FROM kyc_documents WHERE verification_status = 'pending' AND "
                                       "(claim_expires_at IS NULL OR claim_expires_at < now())"))
                .toLongLong();
        QVERIFY(doc > 0);
        QCOMPARE(http(m_server.url(), "POST", QStringLiteral("kyc-documents/%1/claim").arg(doc),
                      signIn(QStringLiteral("rest.kyc")))
                     .status,
                 200);
        const Http taken = http(m_server.url(), "POST", QStringLiteral("kyc-documents/%1/claim").arg(doc), token);
        QCOMPARE(taken.status, 409);
        QCOMPARE(taken.json.value(QStringLiteral("kind")).toString(), QStringLiteral("conflict"));
        QCOMPARE(http(m_server.url(), "DELETE", QStringLiteral("kyc-documents/%1/claim").arg(doc),
                      signIn(QStringLiteral("rest.kyc")))
                     .status,
                 204);
    }

    /// Without signing in, a client cannot make the server hold what it sends: a 50 MB body is
    /// cut off after the limit (413, connection closed) and the server's memory stays bounded;
    /// a request that trickles in, or a connection that sends nothing, is closed after the
    /// request timeout; Connection: close is honoured; Content-Length with Transfer-Encoding is
    /// refused.
    void connectionsCannotStarveTheServer()
    {
        test::RestServer server;
        QVERIFY(
            server
                .start(m_demo.url(Dialect::PostgreSQL), {}, {QStringLiteral("--request-timeout"), QStringLiteral("2")})
                .isEmpty());
        const qint64 pid = server.process()->processId();
        auto memory = [pid](const char* field) {
            QFile status(QStringLiteral("/proc/%1/status").arg(pid));
            if (!status.open(QIODevice::ReadOnly)) {
                return qint64(-1);
            }
            for (const QByteArray& line : status.readAll().split('\n')) {
                if (line.startsWith(field)) {
                    return line.mid(int(qstrlen(field))).trimmed().split(' ').value(0).toLongLong(); // kB
                }
            }
            return qint64(-1);
        };
        const qint64 before = memory("VmRSS:");
        QVERIFY(before > 0);
        auto connectTo = [&server](QTcpSocket& socket) {
            socket.connectToHost(QHostAddress::LocalHost, quint16(server.url().port()));
            return socket.waitForConnected(5000);
        };
        {
            QTcpSocket socket;
            QVERIFY(connectTo(socket));
            socket.write("POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\n"
                         "Content-Length: 52428800\r\n\r\n{\"username\":\"");
            const QByteArray chunk(256 * 1024, 'a');
            qint64 sent = 0;
            while (sent < 50LL * 1024 * 1024 && socket.state() == QAbstractSocket::ConnectedState) {
                sent += socket.write(chunk);
                socket.waitForBytesWritten(2000);
            }
            QVERIFY2(sent < 50LL * 1024 * 1024, "the server read all 50 MB");
            socket.waitForReadyRead(2000);
            const QByteArray answer = socket.readAll();
            QVERIFY2(answer.isEmpty() || answer.startsWith("HTTP/1.1 413"), answer.left(200).constData());
        }
        const qint64 peak = memory("VmHWM:");
        QVERIFY2(peak - before < 30 * 1024,
                 qPrintable(QStringLiteral("server memory %1 kB -> peak %2 kB").arg(before).arg(peak)));
        // Half a request, then silence: closed after the request timeout (2 s).
        for (const QByteArray& start : {QByteArray("GET /api/v1/health HTTP/1.1\r\nHost: loc"), QByteArray()}) {
            QTcpSocket socket;
            QVERIFY(connectTo(socket));
            socket.write(start);
            socket.flush();
            QVERIFY2(socket.waitForDisconnected(10000),
                     start.isEmpty() ? "an idle connection stayed open" : "a trickling request stayed open");
        }
        // Connection: close is honoured.
        {
            QTcpSocket socket;
            QVERIFY(connectTo(socket));
            socket.write("GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            QVERIFY(socket.waitForReadyRead(5000));
            QVERIFY(socket.waitForDisconnected(1500));
            QVERIFY(socket.readAll().startsWith("HTTP/1.1 200"));
        }
        // 200 headers, or one of 20 kB: refused (431).
        QByteArray many;
        for (int i = 0; i < 200; ++i) {
            many += "X-Filler-" + QByteArray::number(i) + ": x\r\n";
        }
        const QByteArray big = QByteArray("X-Big: ") + QByteArray(20000, 'b') + QByteArray("\r\n");
        for (const QByteArray& headers : {many, big}) {
            QTcpSocket socket;
            QVERIFY(connectTo(socket));
            socket.write("GET /api/v1/health HTTP/1.1\r\nHost: localhost\r\n" + headers + "\r\n");
            QVERIFY(socket.waitForReadyRead(5000));
            const QByteArray answer = socket.readAll();
            QVERIFY2(answer.startsWith("HTTP/1.1 431"), answer.left(200).constData());
        }
        // Both lengths: refused.
        {
            QTcpSocket socket;
            QVERIFY(connectTo(socket));
            socket.write("POST /api/v1/auth/login HTTP/1.1\r\nHost: localhost\r\nContent-Length: 4\r\n"
                         "Transfer-Encoding: chunked\r\n\r\n0\r\n\r\n");
            QVERIFY(socket.waitForReadyRead(5000));
            const QByteArray answer = socket.readAll();
            QVERIFY2(answer.startsWith("HTTP/1.1 400"), answer.left(200).constData());
        }
    }

    void theConsoleRenewsARefusedTokenOnce()
    {
        // A server restarted with a new signing key refuses the old access token; RestBackend
        // renews it with its refresh token and repeats the call once.
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close();
        QTemporaryDir dir;
        auto keyFile = [&](char fill) {
            const QString path = dir.filePath(QString(QLatin1Char(fill)));
            QFile f(path);
            f.open(QIODevice::WriteOnly);
            f.write(QByteArray(40, fill));
            return path;
        };
        const QStringList firstArgs{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                                    QStringLiteral("--token-key-file"), keyFile('a')};
        auto server = std::make_unique<test::RestServer>();
        QVERIFY(server->start(m_demo.url(Dialect::PostgreSQL), {}, firstArgs).isEmpty());
        RestBackend backend(
            {server->url(), QStringLiteral("rest.audit"), QString::fromLatin1(test::kRestPassword), {}, {}, 30000, {}});
        QStringList issued;
        connect(&backend, &RestBackend::refreshTokenChanged, this, [&](const QString& t) { issued << t; });
        QSignalSpy signInRequired(&backend, &RestBackend::signInRequired);
        auto info =
            test::await<ConnectionInfo>([&](QObject* r, Backend::Callback<ConnectionInfo> cb) { backend.open(r, cb); });
        QVERIFY(info.ok());
        QCOMPARE(issued.size(), 1);
        server.reset();
        server = std::make_unique<test::RestServer>();
        const QStringList secondArgs{QStringLiteral("--listen"), QStringLiteral("127.0.0.1:%1").arg(port),
                                     QStringLiteral("--token-key-file"), keyFile('b')};
        QVERIFY(server->start(m_demo.url(Dialect::PostgreSQL), {}, secondArgs).isEmpty());
        auto orgs = test::await<QVector<Organization>>(
            [&](QObject* r, Backend::Callback<QVector<Organization>> cb) { backend.fetchOrganizations(r, cb); });
        QVERIFY2(orgs.ok(), qPrintable(orgs.error().message));
        QVERIFY(!orgs.value().isEmpty());
        QCOMPARE(issued.size(), 2); // rotated once
        QCOMPARE(signInRequired.count(), 0);
        const QString log = server->accessLog();
        QVERIFY2(log.contains(
                     QLatin1String("\"path\":\"/api/v1/organizations/tree\",\"remote\":\"127.0.0.1\",\"status\":401")),
                 qPrintable(log));
        QVERIFY(
            log.contains(QLatin1String("\"path\":\"/api/v1/auth/refresh\",\"remote\":\"127.0.0.1\",\"status\":200")));
        m_secrets << issued;
        // Revoked on the server: the next renewal fails and the console is asked to sign in.
        auto* s = m_demo.session(Dialect::PostgreSQL);
        QVERIFY(test::exec(
            *s, QStringLiteral("UPDATE refresh_tokens SET revoked_at = now() WHERE staff_id = (SELECT id FROM "
                               "staff WHERE login = 'rest.audit')")));
        server.reset();
        server = std::make_unique<test::RestServer>();
        QVERIFY(server->start(m_demo.url(Dialect::PostgreSQL), {}, firstArgs).isEmpty());
        auto refused = test::await<QVector<Organization>>(
            [&](QObject* r, Backend::Callback<QVector<Organization>> cb) { backend.fetchOrganizations(r, cb); });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Authentication);
        QCOMPARE(signInRequired.count(), 1);
    }

    void aPrintedSheetDecodesToTheInvoices()
    {
        // Headquarters prints the newest invoices: every QR code on the PDF, read back by zbarimg,
        // is the BIP21 URI of an invoice the JSON sheet lists.
        const QString token = signIn(QStringLiteral("rest.hq"));
        // The demo ends on kAsOf, so its invoices can no longer be paid: three new ones can.
        const qint64 member =
            test::value(*m_demo.session(Dialect::PostgreSQL), QStringLiteral("SELECT MIN(id) FROM users")).toLongLong();
        for (int k = 0; k < 3; ++k) {
            const QByteArray draft =
                QStringLiteral("{\"user_id\":%1,\"amount_sats\":%2,\"description\":\"sheet\",\"expires_at\":\"%3\"}")
                    .arg(member)
                    .arg(150000 + k)
                    .arg(QDateTime::currentDateTimeUtc().addDays(7).toString(Qt::ISODateWithMs))
                    .toUtf8();
            QCOMPARE(http(m_server.url(), "POST", QStringLiteral("invoices"), token, draft).status, 201);
        }
        const Http all = http(m_server.url(), "POST", QStringLiteral("invoices/sheet"), token, R"({"limit":20000})");
        QCOMPARE(all.status, 200);
        auto everything = json::fromJson<QVector<InvoiceSheetItem>>(json::parse(all.body).value());
        QVERIFY(everything.ok());
        // Up to eight that can still be paid, and what cannot: a sheet of only the latter is refused.
        QStringList payable;
        QStringList unpayable;
        for (const InvoiceSheetItem& item : everything.value()) {
            const bool open =
                item.status == QLatin1String("pending") && item.expiresAt > QDateTime::currentDateTimeUtc();
            (open ? payable : unpayable) << QString::number(item.id);
        }
        QVERIFY2(
            payable.size() >= 2 && !unpayable.isEmpty(),
            qPrintable(QStringLiteral("%1 payable of %2; pending in the database: %3")
                           .arg(payable.size())
                           .arg(everything.value().size())
                           .arg(test::value(*m_demo.session(Dialect::PostgreSQL),
                                            QStringLiteral("SELECT COUNT(*) FROM invoices WHERE status = 'pending' "
                                                           "AND expires_at > now()"))
                                    .toLongLong())));
        const QByteArray refusedRequest = "{\"ids\":[" + unpayable.mid(0, 5).join(QLatin1Char(',')).toLatin1() + "]}";
        const Http refusedPdf =
            http(m_server.url(), "POST", QStringLiteral("invoices/sheet.pdf"), token, refusedRequest);
        QCOMPARE(refusedPdf.status, 400);
        QVERIFY2(refusedPdf.body.contains("can still be paid"), refusedPdf.body.constData());
        const QByteArray request = "{\"ids\":[" + payable.mid(0, 8).join(QLatin1Char(',')).toLatin1() + "]}";
        const Http items = http(m_server.url(), "POST", QStringLiteral("invoices/sheet"), token, request);
        QCOMPARE(items.status, 200);
        auto parsed = json::fromJson<QVector<InvoiceSheetItem>>(json::parse(items.body).value());
        QVERIFY(parsed.ok());
        QCOMPARE(parsed.value().size(), std::min(8, int(payable.size())));
        const Http pdf =
            http(m_server.url(), "POST", QStringLiteral("invoices/sheet.pdf?locale=ko_KR"), token, request);
        QCOMPARE(pdf.status, 200);
        QCOMPARE(pdf.headers.value("content-type"), QByteArray("application/pdf"));
        QCOMPARE(pdf.headers.value("cache-control"), QByteArray("no-store")); // no copy kept on the way
        QVERIFY(pdf.body.startsWith("%PDF"));
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("sheet.pdf")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pdf.body);
        file.close();
        QString error;
        const int dpi = 150;
        const QStringList pages = test::renderPdfPages(file.fileName(), dpi, dir.path(), &error);
        QVERIFY2(!pages.isEmpty(), qPrintable(error));
        // Each card cut out where InvoiceSheet puts it and decoded alone, so symbols stay apart.
        QStringList decoded;
        for (const QString& pagePath : pages) {
            const QImage page(pagePath);
            for (int k = 0; k < render::InvoiceSheet::kPerPage; ++k) {
                const QRectF mm = render::InvoiceSheet::cardRectMm(k);
                const qreal px = dpi / 25.4;
                const QString cardPath = dir.filePath(QStringLiteral("card-%1.png").arg(k));
                QVERIFY(page.copy(QRectF(mm.left() * px, mm.top() * px, mm.width() * px, mm.height() * px).toRect())
                            .save(cardPath));
                decoded += test::decodeWithZbar(cardPath, &error);
            }
        }
        QStringList expected;
        for (const InvoiceSheetItem& item : parsed.value()) {
            expected << invoicePaymentUri(item);
        }
        decoded.sort();
        expected.sort();
        QCOMPARE(decoded, expected);
        // A KYC reviewer may not print sheets.
        QCOMPARE(http(m_server.url(), "POST", QStringLiteral("invoices/sheet.pdf"), signIn(QStringLiteral("rest.kyc")),
                      request)
                     .status,
                 403);
    }

    void overTlsTheConsoleVerifiesTheServer()
    {
        // paydesk-server with --tls-cert/--tls-key: the console connects to https://localhost
        // with the test CA and reports the link verified; without the CA it refuses, naming the
        // certificate.
        QTemporaryDir dir;
        const QString made = test::makeTlsCertificates(dir.path());
        QVERIFY2(made.isEmpty(), qPrintable(made));
        test::RestServer tls;
        const QString started = tls.start(m_demo.url(Dialect::PostgreSQL), {},
                                          {QStringLiteral("--tls-cert"), dir.filePath(QStringLiteral("server.crt")),
                                           QStringLiteral("--tls-key"), dir.filePath(QStringLiteral("server.key"))});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        QCOMPARE(tls.url().scheme(), QStringLiteral("https"));
        QUrl url = tls.url();
        url.setHost(QStringLiteral("localhost"));
        RestBackend trusted({url,
                             QStringLiteral("rest.audit"),
                             QString::fromLatin1(test::kRestPassword),
                             {},
                             dir.filePath(QStringLiteral("ca.crt")),
                             30000,
                             {}});
        auto info =
            test::await<ConnectionInfo>([&](QObject* r, Backend::Callback<ConnectionInfo> cb) { trusted.open(r, cb); });
        QVERIFY2(info.ok(), qPrintable(info.error().message + QLatin1Char(' ') + info.error().detail));
        QVERIFY(info.value().encrypted);
        QVERIFY(info.value().verified);
        RestBackend untrusted(
            {url, QStringLiteral("rest.audit"), QString::fromLatin1(test::kRestPassword), {}, {}, 30000, {}});
        auto refused = test::await<ConnectionInfo>(
            [&](QObject* r, Backend::Callback<ConnectionInfo> cb) { untrusted.open(r, cb); });
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, Error::Kind::Tls);
        QVERIFY(refused.error().detail.contains(QLatin1String("localhost")));
        // Plain HTTP to the TLS port gets no answer the console accepts.
        QUrl plain = url;
        plain.setScheme(QStringLiteral("http"));
        RestBackend cleartext(
            {plain, QStringLiteral("rest.audit"), QString::fromLatin1(test::kRestPassword), {}, {}, 5000, {}});
        QVERIFY(!test::await<ConnectionInfo>([&](QObject* r, Backend::Callback<ConnectionInfo> cb) {
                     cleartext.open(r, cb);
                 }).ok());
    }

    void shortLivedTokensAreRenewedBeforeTheyExpire()
    {
        // Access tokens of 5 s: the console renews ahead of expiry (a minute's margin), so the
        // server never has to refuse one.
        test::RestServer server;
        QVERIFY(server
                    .start(m_demo.url(Dialect::PostgreSQL), {},
                           {QStringLiteral("--access-token-seconds"), QStringLiteral("5")})
                    .isEmpty());
        RestBackend backend(
            {server.url(), QStringLiteral("rest.audit"), QString::fromLatin1(test::kRestPassword), {}, {}, 30000, {}});
        int renewals = 0;
        connect(&backend, &RestBackend::refreshTokenChanged, this, [&](const QString& t) {
            ++renewals;
            m_secrets << t;
        });
        for (int i = 0; i < 3; ++i) {
            auto orgs = test::await<QVector<Organization>>(
                [&](QObject* r, Backend::Callback<QVector<Organization>> cb) { backend.fetchOrganizations(r, cb); });
            QVERIFY2(orgs.ok(), qPrintable(orgs.error().message));
        }
        QCOMPARE(renewals, 3); // sign-in, then a renewal before each later call
        const QString log = server.accessLog();
        QVERIFY(!log.contains(QLatin1String("\"status\":401")));
        QCOMPARE(log.count(QLatin1String("\"path\":\"/api/v1/auth/refresh\"")), 2);
    }

    /// A page of a list is gzipped for a client that accepts gzip (decoded here by the gzip
    /// command, an independent decoder, to exactly the identity answer); not for one that says
    /// identity or gzip;q=0, and never for small answers.
    void largeAnswersAreGzippedForClientsThatAcceptIt()
    {
        const QString token = signIn(QStringLiteral("rest.hq"));
        const QString page = QStringLiteral("payments?limit=200");
        const Http plain = http(m_server.url(), "GET", page, token, {}, {{"Accept-Encoding", "identity"}});
        QCOMPARE(plain.status, 200);
        QVERIFY(!plain.headers.contains("content-encoding"));
        QCOMPARE(plain.headers.value("vary"), QByteArray("Accept-Encoding"));
        QVERIFY2(plain.body.size() > 10000, "a page of 200 payments is tens of kilobytes");
        const Http packed = http(m_server.url(), "GET", page, token, {}, {{"Accept-Encoding", "br;q=1, gzip;q=0.5"}});
        QCOMPARE(packed.status, 200);
        QCOMPARE(packed.headers.value("content-encoding"), QByteArray("gzip"));
        QCOMPARE(packed.headers.value("content-length").toLongLong(), qint64(packed.body.size()));
        QVERIFY2(packed.body.size() * 4 < plain.body.size(),
                 qPrintable(QStringLiteral("%1 bytes gzipped to %2").arg(plain.body.size()).arg(packed.body.size())));
        QProcess gunzip;
        gunzip.start(QStringLiteral("gzip"), {QStringLiteral("-dc")});
        QVERIFY(gunzip.waitForStarted());
        gunzip.write(packed.body);
        gunzip.closeWriteChannel();
        QVERIFY(gunzip.waitForFinished());
        QCOMPARE(gunzip.exitCode(), 0);
        QCOMPARE(gunzip.readAllStandardOutput(), plain.body);
        for (const QByteArray& refuses : {QByteArray("gzip;q=0"), QByteArray("identity"), QByteArray("*;q=0")}) {
            const Http r = http(m_server.url(), "GET", page, token, {}, {{"Accept-Encoding", refuses}});
            QVERIFY2(!r.headers.contains("content-encoding"), refuses.constData());
            QCOMPARE(r.body, plain.body);
        }
        const Http small = http(m_server.url(), "GET", QStringLiteral("health"), {}, {}, {{"Accept-Encoding", "gzip"}});
        QVERIFY(!small.headers.contains("content-encoding"));
        // The console's own client asks for gzip by itself and reads the same rows.
        const Http console = http(m_server.url(), "GET", page, token);
        QCOMPARE(console.body, plain.body);
    }

    void theAccessLogHoldsNoSecrets()
    {
        const QString log = m_server.accessLog();
        const QStringList lines = log.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QVERIFY(lines.size() > 100);
        for (const QString& line : lines) {
            const QJsonObject entry = QJsonDocument::fromJson(line.toUtf8()).object();
            // Requests, and the server's own messages as {"level", "message"}.
            QVERIFY2((entry.contains(QStringLiteral("status")) && entry.contains(QStringLiteral("ms"))) ||
                         entry.contains(QStringLiteral("level")),
                     qPrintable(line));
        }
        for (const QString& secret : qAsConst(m_secrets)) {
            if (!secret.isEmpty()) {
                QVERIFY2(!log.contains(secret), "a password or token is in the access log");
            }
        }
        QVERIFY(!log.contains(QLatin1String("Bearer")));
        QVERIFY(!log.contains(QLatin1String("zzzz-no-such"))); // no request bodies or query values
    }
};

QTEST_MAIN(TestRest)
#include "tst_rest.moc"
