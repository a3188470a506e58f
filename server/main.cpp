// paydesk-server: the Paydesk REST backend over the same core SQL as the console.
//   paydesk-server --db postgresql://paydesk_server@db/paydesk --listen 127.0.0.1:8443
//                  [--tls-cert F --tls-key F] [--token-key-file F] [--workers N]
//   paydesk-server --db URL --set-password LOGIN    (reads the password from standard input)
#include "ApiServer.h"
#include "Auth.h"
#include "ChainService.h"
#include "sql/SqlAuth.h"
#include "sql/SqlMfa.h"
#include "sql/SqlSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslKey>
#include <QTextStream>

#include <cstdio>

namespace {

int fail(const QString& message)
{
    QTextStream(stderr) << "paydesk-server: " << message << '\n';
    return 2;
}

int setPassword(const pd::DatabaseUrl& url, const QString& login, int iterations)
{
    QTextStream in(stdin);
    const QString password = in.readLine();
    if (password.size() < 12) {
        return fail(QStringLiteral("a password needs at least 12 characters (read from standard input)"));
    }
    auto session = pd::sql::SqlSession::open(url, QStringLiteral("paydesk-server-admin"));
    if (!session.ok()) {
        return fail(session.error().message + QLatin1Char(' ') + session.error().detail);
    }
    auto stored = pd::sql::setStaffPassword(*session.value(), login, pd::auth::hashPassword(password, iterations));
    if (!stored.ok()) {
        return fail(stored.error().message);
    }
    QTextStream(stdout) << "password set for " << login << '\n';
    return 0;
}

int resetSecondFactor(const pd::DatabaseUrl& url, const QString& login)
{
    auto session = pd::sql::SqlSession::open(url, QStringLiteral("paydesk-server-admin"));
    if (!session.ok()) {
        return fail(session.error().message + QLatin1Char(' ') + session.error().detail);
    }
    auto reset = pd::sql::resetMfa(*session.value(), login);
    if (!reset.ok()) {
        return fail(reset.error().message + QLatin1Char(' ') + reset.error().detail);
    }
    QTextStream(stdout) << "second factor of " << login << " reset; the next sign-in sets up a new one\n";
    return 0;
}

/// Qt's own messages as JSON lines too, so standard error stays one JSON object per line.
void jsonMessage(QtMsgType type, const QMessageLogContext&, const QString& message)
{
    static const char* const levels[] = {"debug", "warning", "critical", "fatal", "info"};
    const QByteArray line =
        QJsonDocument(QJsonObject{{QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                                  {QStringLiteral("level"), QLatin1String(levels[int(type) % 5])},
                                  {QStringLiteral("message"), message}})
            .toJson(QJsonDocument::Compact) +
        '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    std::fflush(stderr);
}

} // namespace

int main(int argc, char** argv)
{
    // Invoice sheets are painted (fonts, QPdfWriter) but there is never a window: the offscreen
    // platform works on a server without a display.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        qputenv("QT_QPA_PLATFORM", "offscreen");
    }
    qInstallMessageHandler(jsonMessage);
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("paydesk-server"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("The Paydesk REST backend (/api/v1, docs/api/openapi.yaml)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("db"), QStringLiteral("PostgreSQL URL of the Paydesk database."), QStringLiteral("url")},
        {QStringLiteral("listen"),
         QStringLiteral("Address and port to listen on (default 127.0.0.1:8443; port 0 picks "
                        "a free one and prints it)."),
         QStringLiteral("host:port"), QStringLiteral("127.0.0.1:8443")},
        {QStringLiteral("tls-cert"), QStringLiteral("Certificate chain (PEM) for HTTPS."), QStringLiteral("file")},
        {QStringLiteral("insecure-http"),
         QStringLiteral("Allow plain HTTP on an address other than loopback (passwords and tokens would cross the "
                        "network readable; only behind a proxy that terminates TLS on the same host).")},
        {QStringLiteral("tls-key"), QStringLiteral("Private key (PEM) for HTTPS."), QStringLiteral("file")},
        {QStringLiteral("token-key-file"),
         QStringLiteral("File with at least 32 random bytes that sign access tokens; without it a new key is made "
                        "at each start (sessions then renew through their refresh tokens)."),
         QStringLiteral("file")},
        {QStringLiteral("workers"), QStringLiteral("Database connections (default 4)."), QStringLiteral("n"),
         QStringLiteral("4")},
        {QStringLiteral("access-token-seconds"), QStringLiteral("Lifetime of access tokens (default 900)."),
         QStringLiteral("seconds"), QStringLiteral("900")},
        {QStringLiteral("field-key"), QStringLiteral("Field key file for revealing bank account numbers."),
         QStringLiteral("file")},
        {QStringLiteral("request-timeout"),
         QStringLiteral("Seconds a request may take to arrive, from its first byte to its last (default 30); "
                        "idle connections close after twice that."),
         QStringLiteral("seconds"), QStringLiteral("30")},
        {QStringLiteral("password-iterations"),
         QStringLiteral("PBKDF2 iterations for --set-password, and the fewest a stored password hash may name to "
                        "sign in (default 600000)."),
         QStringLiteral("n"), QStringLiteral("600000")},
        {QStringLiteral("electrum"),
         QStringLiteral("Watch the chain for BCH invoices through this Electrum server, tcp://HOST:PORT or "
                        "ssl://HOST:PORT (repeat for failover, tried in order); needs --watch-as."),
         QStringLiteral("url")},
        {QStringLiteral("electrum-ca"),
         QStringLiteral("Trust the certificates in this PEM file for ssl:// Electrum servers instead of the system's."),
         QStringLiteral("file")},
        {QStringLiteral("watch-as"),
         QStringLiteral("The headquarters staff login the chain watcher acts as (its changes are audited under it)."),
         QStringLiteral("login")},
        {QStringLiteral("confirmations"),
         QStringLiteral("Settle a BCH payment at this many confirmations (default 1)."), QStringLiteral("n"),
         QStringLiteral("1")},
        {QStringLiteral("requests-per-minute"),
         QStringLiteral("Requests a signed-in login may make per minute, counted across all instances (default "
                        "1200; 0: no limit); more are answered 429 with Retry-After."),
         QStringLiteral("n"), QStringLiteral("1200")},
        {QStringLiteral("db-read"),
         QStringLiteral("PostgreSQL URL of a read-only streaming replica for lists, counts, exports and the dashboard "
                        "(same account); reads after a client's own write go to the primary."),
         QStringLiteral("url")},
        {QStringLiteral("replica-max-lag"),
         QStringLiteral("Seconds the replica may be behind before every read goes to the primary (default 30)."),
         QStringLiteral("seconds"), QStringLiteral("30")},
        {QStringLiteral("mfa-roles"),
         QStringLiteral("Roles that must sign in with a TOTP code as well, comma-separated (default "
                        "hq_admin,regional_admin; \"none\": no role). Needs --field-key."),
         QStringLiteral("roles"), QStringLiteral("hq_admin,regional_admin")},
        {QStringLiteral("reset-mfa"),
         QStringLiteral("Disable a staff member's second factor (lost phone and recovery codes; audited) and exit; "
                        "the next sign-in sets up a new one."),
         QStringLiteral("login")},
        {QStringLiteral("set-password"),
         QStringLiteral("Set a staff member's password (read from standard input) "
                        "and exit."),
         QStringLiteral("login")},
    });
    parser.process(app);

    QString why;
    const auto url = pd::DatabaseUrl::parse(parser.value(QStringLiteral("db")), &why);
    if (!url) {
        return fail(QStringLiteral("--db: ") + why);
    }
    bool iterationsOk = false;
    const int iterations = parser.value(QStringLiteral("password-iterations")).toInt(&iterationsOk);
    if (!iterationsOk || iterations < pd::auth::kPbkdf2MinimumIterations || iterations > 10000000) {
        return fail(QStringLiteral("--password-iterations: give a number from 1000 to 10000000 (default 600000)"));
    }
    if (parser.isSet(QStringLiteral("set-password"))) {
        return setPassword(*url, parser.value(QStringLiteral("set-password")), iterations);
    }
    if (parser.isSet(QStringLiteral("reset-mfa"))) {
        return resetSecondFactor(*url, parser.value(QStringLiteral("reset-mfa")));
    }

    pd::server::ServerOptions options;
    options.database = *url;
    options.workers = std::clamp(parser.value(QStringLiteral("workers")).toInt(), 1, 64);
    options.accessTokenSeconds = std::clamp(parser.value(QStringLiteral("access-token-seconds")).toInt(), 5, 86400);
    options.fieldKeyFile = parser.value(QStringLiteral("field-key"));
    options.passwordIterations = iterations;
    options.connections.requestSeconds = std::clamp(parser.value(QStringLiteral("request-timeout")).toInt(), 1, 3600);
    options.connections.idleSeconds = 2 * options.connections.requestSeconds;
    for (const QString& text : parser.values(QStringLiteral("electrum"))) {
        auto server = pd::chain::ElectrumServer::parse(text);
        if (!server.ok()) {
            return fail(QStringLiteral("--electrum: ") + server.error().message);
        }
        server.value().caFile = parser.value(QStringLiteral("electrum-ca"));
        options.electrum.append(server.value());
    }
    bool confirmationsOk = false;
    options.confirmations = parser.value(QStringLiteral("confirmations")).toInt(&confirmationsOk);
    if (!confirmationsOk || options.confirmations < 1 || options.confirmations > 100) {
        return fail(QStringLiteral("--confirmations: give a whole number from 1 to 100"));
    }
    options.watchAs = parser.value(QStringLiteral("watch-as"));
    if (parser.isSet(QStringLiteral("db-read"))) {
        const auto replica = pd::DatabaseUrl::parse(parser.value(QStringLiteral("db-read")), &why);
        if (!replica || replica->dialect != pd::Dialect::PostgreSQL) {
            return fail(
                QStringLiteral("--db-read: %1").arg(replica ? QStringLiteral("give a postgresql:// URL") : why));
        }
        options.readReplica = *replica;
    }
    bool lagOk = false;
    options.replicaMaxLagSeconds = parser.value(QStringLiteral("replica-max-lag")).toInt(&lagOk);
    if (!lagOk || options.replicaMaxLagSeconds < 1 || options.replicaMaxLagSeconds > 86400) {
        return fail(QStringLiteral("--replica-max-lag: give a whole number of seconds from 1 to 86400"));
    }
    options.mfaRoles.clear();
    const QString mfaRoles = parser.value(QStringLiteral("mfa-roles")).trimmed();
    if (mfaRoles != QLatin1String("none") && !mfaRoles.isEmpty()) {
        static const QStringList known{QStringLiteral("hq_admin"), QStringLiteral("regional_admin"),
                                       QStringLiteral("center_manager"), QStringLiteral("kyc_reviewer"),
                                       QStringLiteral("auditor")};
        for (const QString& role : mfaRoles.split(QLatin1Char(','))) {
            if (!known.contains(role.trimmed())) {
                return fail(QStringLiteral("--mfa-roles: unknown role \"%1\"; use %2, or none")
                                .arg(role, known.join(QStringLiteral(", "))));
            }
            options.mfaRoles << role.trimmed();
        }
        if (options.fieldKeyFile.isEmpty()) {
            return fail(QStringLiteral("--mfa-roles %1: second factors are sealed with the field key; give --field-key "
                                       "FILE (64 hex digits: openssl rand -hex 32 > field.key), or --mfa-roles none")
                            .arg(mfaRoles));
        }
    }
    bool perMinuteOk = false;
    options.requestsPerMinute = parser.value(QStringLiteral("requests-per-minute")).toInt(&perMinuteOk);
    if (!perMinuteOk || options.requestsPerMinute < 0 || options.requestsPerMinute > 1000000) {
        return fail(QStringLiteral("--requests-per-minute: give a whole number from 0 (no limit) to 1000000"));
    }
    if (parser.isSet(QStringLiteral("token-key-file"))) {
        QFile keyFile(parser.value(QStringLiteral("token-key-file")));
        if (!keyFile.open(QIODevice::ReadOnly) || (options.tokenKey = keyFile.readAll()).size() < 32) {
            return fail(QStringLiteral("the token key file must be readable and hold at least 32 bytes"));
        }
    } else {
        options.tokenKey = QByteArray::fromBase64(pd::auth::randomToken(48).toLatin1(),
                                                  QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    }

    const QString listen = parser.value(QStringLiteral("listen"));
    const qsizetype colon = listen.lastIndexOf(QLatin1Char(':'));
    bool portOk = false;
    const int port = listen.mid(colon + 1).toInt(&portOk);
    const QHostAddress address(listen.left(colon));
    if (colon <= 0 || !portOk || port < 0 || port > 65535 || address.isNull()) {
        return fail(QStringLiteral("--listen wants host:port, for example 127.0.0.1:8443"));
    }

    pd::server::ApiServer server(options);
    auto usable = server.checkDatabase();
    if (!usable.ok()) {
        return fail(usable.error().message + QLatin1Char(' ') + usable.error().detail);
    }
    std::unique_ptr<pd::server::ChainService> chainService;
    if (!options.electrum.isEmpty()) {
        pd::chain::ChainWatcherOptions watch;
        watch.servers = options.electrum;
        watch.confirmations = options.confirmations;
        chainService = std::make_unique<pd::server::ChainService>(options.database, options.watchAs, watch);
        if (auto started = chainService->start(); !started.ok()) {
            return fail(QStringLiteral("chain watcher: ") + started.error().message);
        }
    }
    const bool tls = parser.isSet(QStringLiteral("tls-cert")) || parser.isSet(QStringLiteral("tls-key"));
    if (!tls && !address.isLoopback() && !parser.isSet(QStringLiteral("insecure-http"))) {
        return fail(QStringLiteral("--listen %1 is not a loopback address: give --tls-cert and --tls-key, or "
                                   "--insecure-http if a TLS proxy on this host is in front")
                        .arg(listen));
    }
    QSslConfiguration tlsConfig;
    if (tls) {
        QFile certFile(parser.value(QStringLiteral("tls-cert")));
        QFile keyFile(parser.value(QStringLiteral("tls-key")));
        if (!certFile.open(QIODevice::ReadOnly) || !keyFile.open(QIODevice::ReadOnly)) {
            return fail(QStringLiteral("--tls-cert and --tls-key must both name readable PEM files"));
        }
        const auto chain = QSslCertificate::fromData(certFile.readAll(), QSsl::Pem);
        const QSslKey key(keyFile.readAll(), QSsl::Rsa, QSsl::Pem);
        QSslKey ecKey;
        if (key.isNull()) {
            keyFile.seek(0);
            ecKey = QSslKey(keyFile.readAll(), QSsl::Ec, QSsl::Pem);
        }
        if (chain.isEmpty() || (key.isNull() && ecKey.isNull())) {
            return fail(QStringLiteral("the certificate or key file holds no PEM certificate or RSA/EC key"));
        }
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        config.setLocalCertificateChain(chain);
        config.setPrivateKey(key.isNull() ? ecKey : key);
        config.setProtocol(QSsl::TlsV1_2OrLater);
        tlsConfig = config;
    }
    const quint16 bound = server.listenGuarded(address, quint16(port), tlsConfig);
    if (bound == 0) {
        return fail(QStringLiteral("cannot listen on %1").arg(listen));
    }
    std::printf("paydesk-server %s listening on %s://%s:%u\n", PAYDESK_VERSION, tls ? "https" : "http",
                qPrintable(address.toString()), unsigned(bound));
    std::fflush(stdout);
    return QCoreApplication::exec();
}
