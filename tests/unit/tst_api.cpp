// The pieces of the REST API that need no server (issue 6): docs/api/openapi.yaml lists exactly
// the routes paydesk-server serves; PBKDF2-HMAC-SHA256 and HS256 against published vectors
// (RFC 7914 section 11, RFC 7515 appendix A.1); password hashes and tokens refuse tampering;
// the JSON codec keeps money exact and refuses wrong shapes with the path of the bad field.

#include "ApiServer.h"
#include "Auth.h"
#include "Json.h"

#include <QFile>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QtTest>

using namespace pd;

class TestApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void openApiDescribesExactlyTheServedRoutes()
    {
        QFile file(QStringLiteral(PAYDESK_SOURCE_DIR "/docs/api/openapi.yaml"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QSet<QString> documented;
        QString path;
        bool inPaths = false;
        static const QRegularExpression pathLine(QStringLiteral("^  (/\\S*):\\s*$"));
        static const QRegularExpression methodLine(QStringLiteral("^    (get|post|put|delete|patch):"));
        for (const QByteArray& raw : file.readAll().split('\n')) {
            const QString line = QString::fromUtf8(raw);
            if (line.startsWith(QLatin1String("paths:"))) {
                inPaths = true;
                continue;
            }
            if (inPaths && !line.isEmpty() && !line.startsWith(QLatin1Char(' '))) {
                break; // components:
            }
            if (const auto m = pathLine.match(line); inPaths && m.hasMatch()) {
                path = m.captured(1);
            } else if (const auto mm = methodLine.match(line); inPaths && mm.hasMatch()) {
                documented.insert(mm.captured(1).toUpper() + QLatin1Char(' ') + path);
            }
        }
        server::ServerOptions options;
        options.tokenKey = QByteArray(32, 'k');
        server::ApiServer apiServer(options);
        const QStringList served = apiServer.routeSignatures();
        const QSet<QString> servedSet(served.cbegin(), served.cend());
        QCOMPARE(servedSet.size(), served.size()); // no route twice
        for (const QString& route : served) {
            QVERIFY2(documented.contains(route), qPrintable(route + QStringLiteral(" is not in openapi.yaml")));
        }
        for (const QString& route : documented) {
            QVERIFY2(servedSet.contains(route), qPrintable(route + QStringLiteral(" is documented but not served")));
        }
    }

    void pbkdf2MatchesRfc7914()
    {
        // RFC 7914 section 11: PBKDF2-HMAC-SHA256 (P="passwd", S="salt", c=1), first 32 bytes.
        const QByteArray key = QByteArray::fromHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
        const QString stored =
            QStringLiteral("pbkdf2_sha256$1$%1$%2")
                .arg(QString::fromLatin1(QByteArray("salt").toBase64()), QString::fromLatin1(key.toBase64()));
        QVERIFY(auth::verifyPassword(QStringLiteral("passwd"), stored));
        QVERIFY(!auth::verifyPassword(QStringLiteral("passwD"), stored));
    }

    void passwordHashes()
    {
        const QString a = auth::hashPassword(QStringLiteral("correct horse"), 1000);
        const QString b = auth::hashPassword(QStringLiteral("correct horse"), 1000);
        QVERIFY(a != b); // a fresh salt each time
        QVERIFY(auth::verifyPassword(QStringLiteral("correct horse"), a));
        QVERIFY(!auth::verifyPassword(QStringLiteral("correct horsE"), a));
        QVERIFY(auth::hashPassword(QStringLiteral("x")).startsWith(QLatin1String("pbkdf2_sha256$600000$")));
        for (const char* bad :
             {"", "pbkdf2_sha256$0$c2FsdA==$AAAA", "md5$1$a$b", "pbkdf2_sha256$1$$", "pbkdf2_sha256$x$a$b"}) {
            QVERIFY(!auth::verifyPassword(QStringLiteral("x"), QString::fromLatin1(bad)));
        }
    }

    void hs256MatchesRfc7515()
    {
        // RFC 7515 appendix A.1: the signature verifies; the example has no "sub", so the token
        // is refused after the signature check, which is what the detail tells apart.
        const QByteArray key = QByteArray::fromBase64(
            "AyM1SysPpbyDfgZld3umj1qzKObwVMkoqQ-EstJQLr_T-1qS0gZH75aKtMN3Yj0iPS4hcgUuTwjAzZr1Z9CAow",
            QByteArray::Base64UrlEncoding);
        const QString token = QStringLiteral(
            "eyJ0eXAiOiJKV1QiLA0KICJhbGciOiJIUzI1NiJ9."
            "eyJpc3MiOiJqb2UiLA0KICJleHAiOjEzMDA4MTkzODAsDQogImh0dHA6Ly9leGFtcGxlLmNvbS9pc19yb290Ijp0cnVlfQ."
            "dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
        auto checked = auth::verifyAccessToken(token, key, 1300819000);
        QVERIFY(!checked.ok());
        QCOMPARE(checked.error().detail, QStringLiteral("missing sub or exp"));
        QString tampered = token;
        tampered[tampered.size() - 2] = QLatin1Char('Y');
        QCOMPARE(auth::verifyAccessToken(tampered, key, 1300819000).error().detail, QStringLiteral("bad signature"));
    }

    void accessTokens()
    {
        const QByteArray key(32, 'k');
        const auth::TokenClaims claims{QStringLiteral("kim.center"), QStringLiteral("center_manager"), 42, 1000, 1900};
        const QString token = auth::signAccessToken(claims, key);
        auto ok = auth::verifyAccessToken(token, key, 1500);
        QVERIFY(ok.ok());
        QCOMPARE(ok.value().subject, QStringLiteral("kim.center"));
        QCOMPARE(ok.value().organizationId, 42);
        QCOMPARE(auth::verifyAccessToken(token, key, 1900).error().detail, QStringLiteral("token expired"));
        QCOMPARE(auth::verifyAccessToken(token, QByteArray(32, 'j'), 1500).error().detail,
                 QStringLiteral("bad signature"));
        QCOMPARE(auth::verifyAccessToken(token, key, 900).error().detail, QStringLiteral("issued in the future"));
    }

    void moneyStaysExact()
    {
        // 2^53 + 1 satoshi cannot be a double; the codec keeps it.
        InvoiceSheetItem item;
        item.amountSats = (qint64(1) << 53) + 1;
        const QByteArray text = QJsonDocument(json::toJson(QVector<InvoiceSheetItem>{item}).toArray()).toJson();
        QVERIFY(text.contains("9007199254740993"));
        auto back = json::fromJson<QVector<InvoiceSheetItem>>(json::parse(text).value());
        QVERIFY(back.ok());
        QCOMPARE(back.value().first().amountSats, (qint64(1) << 53) + 1);
    }

    void wrongShapesAreRefusedWithThePath()
    {
        auto fraction = json::fromJson<ListTotals>(
            json::parse(R"({"currency":"KRW","by_status":[{"status":"paid","count":2,"amount":10.5}]})").value());
        QVERIFY(!fraction.ok());
        QVERIFY2(fraction.error().detail.startsWith(QLatin1String("by_status[0].amount: expected an integer")),
                 qPrintable(fraction.error().detail));
        auto currency = json::fromJson<ListTotals>(json::parse(R"({"currency":"EUR"})").value());
        QCOMPARE(currency.error().detail, QStringLiteral("currency: unknown value \"EUR\""));
        auto page = json::pageFromJson(json::parse(R"({"columns":["id"],"rows":[[1]]})").value(), Area::Payments);
        QVERIFY(!page.ok());
        QVERIFY(page.error().detail.startsWith(QLatin1String("columns:")));
        auto truncated = json::parse(R"({"rows":[[1,2)");
        QVERIFY(!truncated.ok());
        QVERIFY(truncated.error().detail.contains(QLatin1String("at byte")));
    }

    void aChartRoundTrips()
    {
        ChartData chart;
        chart.chart = DashboardChart::OverdueAgeing;
        chart.categories = {QStringLiteral("2026-10"), QStringLiteral("2026-11")};
        chart.series = {{QStringLiteral("8-30"), ChartUnit::Won, {1200000, 1300000}}};
        chart.facts = {{QStringLiteral("queue"), 7, ChartUnit::Count}};
        auto back = json::fromJson<ChartData>(json::toJson(chart));
        QVERIFY(back.ok());
        QCOMPARE(back.value().chart, DashboardChart::OverdueAgeing);
        QCOMPARE(back.value().categories, chart.categories);
        QCOMPARE(back.value().series.first().values, chart.series.first().values);
        QCOMPARE(back.value().series.first().unit, ChartUnit::Won);
        QCOMPARE(back.value().facts.first().value, 7);
    }

    void problemsCarryTheirKind()
    {
        const Error e(Error::Kind::Conflict, QStringLiteral("Someone changed it."), QStringLiteral("version 3"));
        const QByteArray body = QJsonDocument(json::problem(e, 412)).toJson();
        const Error back = json::errorFromProblem(body, 412);
        QCOMPARE(back.kind, Error::Kind::Conflict);
        QCOMPARE(back.message, e.message);
        QCOMPARE(back.detail, e.detail);
        // A proxy's HTML error page still becomes a clear error.
        const Error html = json::errorFromProblem("<html>Bad gateway</html>", 502);
        QCOMPARE(html.kind, Error::Kind::Database);
        QCOMPARE(html.message, QStringLiteral("The server answered 502."));
    }
};

QTEST_MAIN(TestApi)
#include "tst_api.moc"
