// The pieces of the REST API that need no server: docs/api/openapi.yaml lists exactly
// the routes paydesk-server serves; PBKDF2-HMAC-SHA256 and HS256 against published vectors
// (RFC 7914 section 11, RFC 7515 appendix A.1); password hashes and tokens refuse tampering;
// the JSON codec keeps money exact and refuses wrong shapes with the path of the bad field.

#include "ApiServer.h"
#include "Auth.h"
#include "Json.h"
#include "Messages.h"
#include "Operations.h"
#include "Pages.h"
#include "sql/SqlOperations.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTranslator>
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

    void servedRoutesAreTheOperationTable()
    {
        server::ServerOptions options;
        options.tokenKey = QByteArray(32, 'k');
        server::ApiServer apiServer(options);
        QStringList table;
        QSet<QString> names;
        for (const ops::Operation* op : ops::all()) {
            table << op->signature();
            QVERIFY2(!names.contains(op->name), qPrintable(op->name + QStringLiteral(" is in the table twice")));
            names.insert(op->name);
            QCOMPARE(ops::find(op->name), op);
            // An update of a versioned row is a mutation; a GET never is.
            QVERIFY2(!op->ifMatch || op->mutation || op->verb == ops::Verb::Get, qPrintable(op->name));
            QVERIFY2(!(op->verb == ops::Verb::Get && op->mutation), qPrintable(op->name));
            // Every operation a backend calls has its SQL; every codec round-trips its wire.
            if (op->hasCodec() && op->name != QLatin1String("me") && op->name != QLatin1String("invoiceSheetPdf")) {
                QVERIFY2(sql::handlerFor(*op), qPrintable(op->name + QStringLiteral(" has no SQL")));
            }
        }
        QCOMPARE(apiServer.routeSignatures(), table); // same routes, same matching order
        QVERIFY(!sql::handlerFor(ops::SignIn::operation()));
    }

    void operationCodecsRoundTrip()
    {
        // The client's wire form of a request reads back as the same request on the server.
        PaymentChange change;
        change.id = 42;
        change.version = 7;
        change.action = PaymentChange::Action::Cancel;
        change.reason = QStringLiteral("중복 납부");
        const ops::Operation& op = ops::ChangePayment::operation();
        const ops::Wire wire = op.toWire(std::any(change));
        QCOMPARE(op.pathFor(wire), QStringLiteral("payments/42/status"));
        QCOMPARE(wire.ifMatch.value_or(-1), 7);
        auto back = op.fromWire(wire);
        QVERIFY(back.ok());
        const auto& read = std::any_cast<const PaymentChange&>(back.value());
        QCOMPARE(read.id, change.id);
        QCOMPARE(read.version, change.version);
        QCOMPARE(read.reason, change.reason);
        QVERIFY(read.action == change.action);

        ops::CountRequest count{ListRequest{}, CountMode::Estimate};
        count.list.area = Area::Settlements;
        count.list.filters.insert(QStringLiteral("status"), QStringLiteral("draft"));
        const ops::Operation& countOp = ops::FetchCount::operation();
        const ops::Wire countWire = countOp.toWire(std::any(count));
        QCOMPARE(countOp.pathFor(countWire), QStringLiteral("settlements/count"));
        QVERIFY(countOp.laneFor(std::any(count)) == ops::Lane::Interactive);
        auto countBack = countOp.fromWire(countWire);
        QVERIFY(countBack.ok());
        const auto& readCount = std::any_cast<const ops::CountRequest&>(countBack.value());
        QVERIFY(readCount.mode == CountMode::Estimate);
        QVERIFY(readCount.list.area == Area::Settlements);
        QCOMPARE(readCount.list.filters.value(QStringLiteral("status")), QStringLiteral("draft"));
        count.mode = CountMode::Exact;
        QVERIFY(countOp.laneFor(std::any(count)) == ops::Lane::Background);

        // A path that names no list, and a body of the wrong shape, are the client's mistakes.
        ops::Wire bad = countWire;
        bad.key = QStringLiteral("nothing");
        QCOMPARE(countOp.fromWire(bad).error().kind, Error::Kind::Invalid);
        ops::Wire badBody = wire;
        badBody.body = "{\"action\": 5}";
        QCOMPARE(op.fromWire(badBody).error().kind, Error::Kind::Invalid);

        // Answers: a revealed number travels as {"value"}, an absent BCH account as null.
        const ops::Operation& reveal = ops::RevealDocumentNumber::operation();
        const QJsonValue revealed = reveal.encodeResponse(std::any(QStringLiteral("M1234")), std::any(ops::ById{3}));
        QCOMPARE(revealed.toObject().value(QStringLiteral("value")).toString(), QStringLiteral("M1234"));
        auto decoded = reveal.decodeResponse(QJsonDocument(revealed.toObject()).toJson(), std::any(ops::ById{3}));
        QVERIFY(decoded.ok());
        QCOMPARE(std::any_cast<QString>(decoded.value()), QStringLiteral("M1234"));
        const ops::Operation& account = ops::FetchBchAccount::operation();
        auto none = account.decodeResponse("{\"account\": null}", std::any(ops::NoInput{}));
        QVERIFY(none.ok());
        QVERIFY(!std::any_cast<std::optional<BchAccount>>(none.value()).has_value());
        QVERIFY(!account.decodeResponse("[1,", std::any(ops::NoInput{})).ok());
    }

    void pageRegistryIsConsistent()
    {
        QSet<int> digits;
        QSet<QString> keys;
        for (const PageSpec& page : pages()) {
            QVERIFY2(page.shortcutDigit >= 0 && page.shortcutDigit <= 9, qPrintable(page.key));
            if (page.shortcutDigit > 0) { // 0: no shortcut
                QVERIFY2(!digits.contains(page.shortcutDigit),
                         qPrintable(page.key + QStringLiteral(": shortcut twice")));
                digits.insert(page.shortcutDigit);
            }
            QVERIFY(!keys.contains(page.key));
            keys.insert(page.key);
            QVERIFY(!QString::fromLatin1(page.title).isEmpty());
            QCOMPARE(pageByKey(page.key), &page);
            if (page.kind != PageKind::Table) {
                continue;
            }
            QCOMPARE(areaKey(page.area), page.key);
            QCOMPARE(page.columns.first().key, QStringLiteral("id"));
            QVERIFY2(columnIndex(page.area, page.defaultSort) >= 0, qPrintable(page.key));
            QVERIFY2(!page.detailSections.isEmpty(), qPrintable(page.key));
            QCOMPARE(page.statuses.isEmpty(), page.statusColumn.isEmpty());
            QVERIFY2(page.statusColumn.isEmpty() || columnIndex(page.area, page.statusColumn) >= 0,
                     qPrintable(page.key));
            for (const QString& role : page.roles) {
                QVERIFY(Permissions::roles().contains(role));
            }
        }
        for (Area area : allAreas()) {
            QCOMPARE(pageOf(area).area, area);
        }
        QCOMPARE(allAreas().size(), 15);
        // Who sees what is read from the registry by Permissions, the server and the console alike.
        QVERIFY(!Permissions::forRole(QStringLiteral("kyc_reviewer")).seesArea(Area::Payments));
        QVERIFY(Permissions::forRole(QStringLiteral("kyc_reviewer")).seesArea(Area::KycDocuments));
        QVERIFY(!Permissions::forRole(QStringLiteral("center_manager")).seesArea(Area::KycDocuments));
        QVERIFY(!Permissions::forRole(QStringLiteral("someone")).seesArea(Area::Users));
        QVERIFY(Permissions::forRole(QString()).seesArea(Area::KycDocuments));
    }

    void errorsTravelAsCodesAndReadInTheConsolesLanguage()
    {
        // The server answers in English; the problem carries the sentence's code and values.
        const Error refused(Error::Kind::Permission, QStringLiteral("The role auditor may not do this."));
        const QJsonObject problem = json::problem(refused, 403);
        const QString code = problem.value(QStringLiteral("code")).toString();
        QVERIFY2(code.startsWith(QLatin1String("pd::server::ApiServer:")), qPrintable(code));
        QCOMPARE(problem.value(QStringLiteral("args")).toArray(), QJsonArray{QStringLiteral("auditor")});
        const QByteArray body = QJsonDocument(problem).toJson();

        // A console without a translation shows the English; a Korean one shows Korean.
        QCOMPARE(json::errorFromProblem(body, 403).message, refused.message);
        QTranslator korean;
        QVERIFY(korean.load(QStringLiteral(":/i18n/paydesk_ko.qm")));
        QCoreApplication::installTranslator(&korean);
        const Error shown = json::errorFromProblem(body, 403);
        QCOMPARE(shown.message, QStringLiteral("auditor 역할은 이 작업을 할 수 없습니다."));
        QCOMPARE(shown.kind, Error::Kind::Permission);
        QCOMPARE(shown.code, code);
        // A sentence of core's SQL with two values, and one with none.
        const auto two = messages::identify(QStringLiteral("The export has 3 titles for 5 columns."));
        QVERIFY(two.has_value());
        QCOMPARE(two->args, (QStringList{QStringLiteral("3"), QStringLiteral("5")}));
        QVERIFY(!messages::render(two->code, two->args).contains(QLatin1String("titles")));
        QVERIFY(messages::render(two->code, two->args).contains(QLatin1String("3")));
        const auto none = messages::identify(QStringLiteral("Only headquarters may reopen a settlement."));
        QVERIFY(none.has_value());
        QVERIFY(none->args.isEmpty());
        QCoreApplication::removeTranslator(&korean);

        // A driver's own text has no code and stays as it came; an unknown code or a wrong
        // number of values renders nothing, so the server's English is kept.
        QVERIFY(!messages::identify(QStringLiteral("ERROR:  relation \"x\" does not exist")).has_value());
        // A database sentence that starts like a short template ("Payment #%1") is not taken for
        // it: a placeholder ending a template stands for one word.
        const auto database = messages::identify(QStringLiteral("Payment #2 is not a payment of user #1."));
        QVERIFY(!database || !database->args.join(QLatin1Char(' ')).contains(QStringLiteral("not a payment")));
        const auto word = messages::identify(QStringLiteral("Payment #12"));
        QVERIFY(word.has_value());
        QCOMPARE(word->args, QStringList{QStringLiteral("12")});
        QVERIFY(messages::render(QStringLiteral("nowhere:00000000"), {}).isEmpty());
        QVERIFY(messages::render(code, {}).isEmpty());
        QJsonObject forged = problem;
        forged.insert(QStringLiteral("code"), QStringLiteral("nowhere:00000000"));
        QCOMPARE(json::errorFromProblem(QJsonDocument(forged).toJson(), 403).message, refused.message);
    }

    void pbkdf2MatchesRfc7914()
    {
        // RFC 7914 section 11: PBKDF2-HMAC-SHA256 (P="passwd", S="salt", c=1), first 32 bytes.
        const QByteArray key = QByteArray::fromHex("55ac046e56e3089fec1691c22544b605f94185216dde0465e68b9d57c20dacbc");
        const QString stored =
            QStringLiteral("pbkdf2_sha256$1$%1$%2")
                .arg(QString::fromLatin1(QByteArray("salt").toBase64()), QString::fromLatin1(key.toBase64()));
        QVERIFY(auth::verifyPassword(QStringLiteral("passwd"), stored, 1));
        QVERIFY(!auth::verifyPassword(QStringLiteral("passwD"), stored, 1));
        // A hash naming fewer iterations than configured signs nobody in (a planted
        // "pbkdf2_sha256$1$..." in staff.password_hash).
        QVERIFY(!auth::verifyPassword(QStringLiteral("passwd"), stored));
        QVERIFY(!auth::verifyPassword(QStringLiteral("passwd"), stored, 2));
    }

    void passwordHashes()
    {
        const QString a = auth::hashPassword(QStringLiteral("correct horse"), 1000);
        const QString b = auth::hashPassword(QStringLiteral("correct horse"), 1000);
        QVERIFY(a != b); // a fresh salt each time
        QVERIFY(auth::verifyPassword(QStringLiteral("correct horse"), a, 1000));
        QVERIFY(!auth::verifyPassword(QStringLiteral("correct horsE"), a, 1000));
        QVERIFY(!auth::verifyPassword(QStringLiteral("correct horse"), a)); // below the default 600,000
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
        QCOMPARE(checked.error().detail, QStringLiteral("missing sub, exp or sid"));
        QString tampered = token;
        tampered[tampered.size() - 2] = QLatin1Char('Y');
        QCOMPARE(auth::verifyAccessToken(tampered, key, 1300819000).error().detail, QStringLiteral("bad signature"));
    }

    void accessTokens()
    {
        const QByteArray key(32, 'k');
        const auth::TokenClaims claims{
            QStringLiteral("kim.center"), QStringLiteral("center_manager"), 42, 1000, 1900, 7};
        const QString token = auth::signAccessToken(claims, key);
        auto ok = auth::verifyAccessToken(token, key, 1500);
        QVERIFY(ok.ok());
        QCOMPARE(ok.value().subject, QStringLiteral("kim.center"));
        QCOMPARE(ok.value().organizationId, 42);
        QCOMPARE(ok.value().sessionId, 7);
        // A token of no session (signed before sessions were named) is refused: it could not be
        // revoked.
        auth::TokenClaims noSession = claims;
        noSession.sessionId = 0;
        QCOMPARE(auth::verifyAccessToken(auth::signAccessToken(noSession, key), key, 1500).error().detail,
                 QStringLiteral("missing sub, exp or sid"));
        QCOMPARE(auth::verifyAccessToken(token, key, 1900).error().detail, QStringLiteral("token expired"));
        QCOMPARE(auth::verifyAccessToken(token, QByteArray(32, 'j'), 1500).error().detail,
                 QStringLiteral("bad signature"));
        QCOMPARE(auth::verifyAccessToken(token, key, 900).error().detail, QStringLiteral("issued in the future"));
        // Only the canonical base64url of each part is the token: characters after the signature,
        // padding, standard base64 or non-canonical trailing bits are refused.
        for (const QString& forged :
             QStringList{token + QStringLiteral("!!"), token + QStringLiteral("="),
                         QString(token).replace(QLatin1Char('-'), QLatin1Char('+')),
                         token.left(token.size() - 1) +
                             (token.endsWith(QLatin1Char('A')) ? QStringLiteral("B") : QStringLiteral("A"))}) {
            if (forged == token) {
                continue;
            }
            QVERIFY2(!auth::verifyAccessToken(forged, key, 1500).ok(), qPrintable(forged));
        }
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
