#include "TestSupport.h"

#include "Auth.h"
#include "demo/DemoGenerator.h"
#include "sql/Migrations.h"
#include "sql/SqlAuth.h"
#include "sql/SqlSecurity.h"
#include "sql/SqlSession.h"

#include <QDateTime>
#include <QDir>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>
#include <QTimer>

namespace pd::test {

QVariant value(sql::SqlSession& session, const QString& sql)
{
    QSqlQuery q(session.database());
    if (!q.exec(sql) || !q.next()) { // sql-binding: fixed test statements
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return {};
    }
    return q.value(0);
}

QVector<QVariantList> rows(sql::SqlSession& session, const QString& sql)
{
    QVector<QVariantList> out;
    QSqlQuery q(session.database());
    if (!q.exec(sql)) { // sql-binding: fixed test statements
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return out;
    }
    while (q.next()) {
        QVariantList row;
        for (int i = 0; i < q.record().count(); ++i) {
            row << q.value(i);
        }
        out << row;
    }
    return out;
}

bool exec(sql::SqlSession& session, const QString& sql, QString* error)
{
    QSqlQuery q(session.database());
    if (!q.exec(sql)) { // sql-binding: fixed test statements
        if (error) {
            *error = q.lastError().text();
        } else {
            qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        }
        return false;
    }
    return true;
}

QString dataDir()
{
    return qEnvironmentVariable("PAYDESK_TEST_DATA", QStringLiteral(PAYDESK_TEST_DATA_DEFAULT));
}

QStringList decodeWithZbar(const QString& imagePath, QString* error)
{
    QProcess zbar;
    // --raw: only the data; -q: no statistics; -Sbinary: the bytes as they are, no charset guess.
    zbar.start(QStringLiteral("zbarimg"),
               {QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("-Sbinary"), imagePath});
    if (!zbar.waitForFinished(60000)) {
        if (error) {
            *error = QStringLiteral("zbarimg did not run (install zbar-tools): ") + zbar.errorString();
        }
        return {};
    }
    // Exit code 4 means "no symbol found"; the output is empty then.
    const QByteArray out = zbar.readAllStandardOutput();
    QStringList symbols;
    for (const QByteArray& line : out.split('\n')) {
        if (!line.isEmpty()) {
            symbols << QString::fromUtf8(line);
        }
    }
    return symbols;
}

QStringList renderPdfPages(const QString& pdfPath, int dpi, const QString& outDir, QString* error)
{
    QProcess pdftoppm;
    pdftoppm.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"),
                                                pdfPath, QDir(outDir).filePath(QStringLiteral("page"))});
    if (!pdftoppm.waitForFinished(300000) || pdftoppm.exitStatus() != QProcess::NormalExit ||
        pdftoppm.exitCode() != 0) {
        if (error) {
            *error = QStringLiteral("pdftoppm failed (install poppler-utils): ") + pdftoppm.errorString() +
                     QString::fromLocal8Bit(pdftoppm.readAllStandardError());
        }
        return {};
    }
    // page-1.png or page-01.png ...: sort by the page number, not by name.
    QStringList files = QDir(outDir).entryList({QStringLiteral("page-*.png")}, QDir::Files);
    const auto number = [](const QString& name) {
        return name.section(QLatin1Char('-'), -1).section(QLatin1Char('.'), 0, 0).toInt();
    };
    std::sort(files.begin(), files.end(), [&](const QString& a, const QString& b) { return number(a) < number(b); });
    QStringList paths;
    for (const QString& file : std::as_const(files)) {
        paths << QDir(outDir).filePath(file);
    }
    if (paths.isEmpty() && error) {
        *error = QStringLiteral("pdftoppm produced no pages from ") + pdfPath;
    }
    return paths;
}

QString screenshotPath(const QString& name)
{
    QDir dir(qEnvironmentVariable("PAYDESK_TEST_OUTPUT", QDir::tempPath()));
    dir.mkpath(QStringLiteral("screenshots"));
    return dir.filePath(QStringLiteral("screenshots/") + name);
}

void addDialectRows()
{
    QTest::addColumn<int>("dialect");
    QTest::newRow("sqlite") << int(Dialect::SQLite);
    QTest::newRow("postgresql") << int(Dialect::PostgreSQL);
}

void addLanguageRows()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("ko") << QStringLiteral("ko");
}

QString postgresAdminUrl()
{
    const QString fromEnv = qEnvironmentVariable("PAYDESK_TEST_PG_URL");
    if (!fromEnv.isEmpty()) {
        return fromEnv;
    }
    QFile file(qEnvironmentVariable("PAYDESK_TEST_PG_URL_FILE"));
    if (file.fileName().isEmpty() || !file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return QString::fromUtf8(file.readAll()).trimmed();
}

bool postgresRequired()
{
    return qEnvironmentVariable("PAYDESK_REQUIRE_PG") == QLatin1String("1");
}

namespace {
QString withAdmin(const std::function<QString(QSqlDatabase&)>& work)
{
    const auto url = DatabaseUrl::parse(postgresAdminUrl());
    if (!url) {
        return QStringLiteral("no PostgreSQL for tests: start it with the CTest fixture or set PAYDESK_TEST_PG_URL");
    }
    const QString name = QStringLiteral("pd-test-admin-%1").arg(QRandomGenerator::global()->generate64(), 0, 16);
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(url->host);
        db.setPort(url->port);
        db.setDatabaseName(url->database);
        db.setUserName(url->user);
        db.setConnectOptions(QStringLiteral("sslmode=disable"));
        if (!db.open()) {
            result = QStringLiteral("cannot reach the test PostgreSQL: ") + db.lastError().text();
        } else {
            result = work(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return result;
}
} // namespace

QString pgAdminExec(const QString& sql)
{
    return withAdmin([&sql](QSqlDatabase& db) {
        QSqlQuery query(db);
        return query.exec(sql) ? QString() : query.lastError().text();
    });
}

std::unique_ptr<ScratchDatabase> ScratchDatabase::create(Dialect dialect)
{
    std::unique_ptr<ScratchDatabase> scratch(new ScratchDatabase);
    scratch->m_dialect = dialect;
    if (dialect == Dialect::SQLite) {
        scratch->m_dir = std::make_unique<QTemporaryDir>();
        scratch->m_url.dialect = Dialect::SQLite;
        scratch->m_url.path = scratch->m_dir->filePath(QStringLiteral("scratch.db"));
        return scratch;
    }
    const auto admin = DatabaseUrl::parse(postgresAdminUrl());
    if (!admin) {
        scratch->m_error = QStringLiteral("PostgreSQL is not available for tests");
        return scratch;
    }
    // Test-only identifier made of hex digits: safe to place in CREATE DATABASE.
    scratch->m_pgName =
        QStringLiteral("paydesk_t_%1").arg(QRandomGenerator::global()->generate64(), 16, 16, QLatin1Char('0'));
    const QString error = pgAdminExec(QStringLiteral("CREATE DATABASE ") + scratch->m_pgName);
    if (!error.isEmpty()) {
        scratch->m_error = error;
        return scratch;
    }
    scratch->m_url = *admin;
    scratch->m_url.database = scratch->m_pgName;
    return scratch;
}

ScratchDatabase::~ScratchDatabase()
{
    if (!m_pgName.isEmpty()) {
        pgAdminExec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_pgName + QStringLiteral(" WITH (FORCE)"));
    }
}

DemoDatabases::DemoDatabases() = default;
DemoDatabases::~DemoDatabases()
{
    // Sessions close before their databases are dropped.
    for (auto& [dialect, entry] : m_entries) {
        entry.session.reset();
    }
}

QString DemoDatabases::prepare(const QString& name, const QDate& asOf, double scale)
{
    for (Dialect dialect : {Dialect::SQLite, Dialect::PostgreSQL}) {
        Entry e;
        e.db = ScratchDatabase::create(dialect);
        if (!e.db->ok()) {
            if (dialect == Dialect::PostgreSQL && !postgresRequired()) {
                continue;
            }
            return e.db->error();
        }
        auto opened = sql::SqlSession::open(e.db->url(), QStringLiteral("%1-%2").arg(name).arg(int(dialect)));
        if (!opened.ok()) {
            return opened.error().message;
        }
        e.session = std::move(opened.value());
        auto migrated = sql::Migrator::upgrade(*e.session);
        if (!migrated.ok()) {
            return migrated.error().message;
        }
        demo::DemoOptions options;
        options.scale = scale;
        options.asOf = asOf;
        auto summary = demo::generateDemoData(*e.session, options);
        if (!summary.ok()) {
            return summary.error().message + QLatin1Char(' ') + summary.error().detail;
        }
        m_entries.emplace(int(dialect), std::move(e));
    }
    return {};
}

sql::SqlSession* DemoDatabases::session(Dialect dialect) const
{
    auto it = m_entries.find(int(dialect));
    return it == m_entries.end() ? nullptr : it->second.session.get();
}

DatabaseUrl DemoDatabases::url(Dialect dialect) const
{
    return m_entries.at(int(dialect)).db->url();
}

namespace {
QString runOpenssl(const QStringList& args)
{
    QProcess p;
    p.start(QStringLiteral("openssl"), args);
    if (!p.waitForFinished(30000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
        return QStringLiteral("openssl %1 failed: %2")
            .arg(args.join(QLatin1Char(' ')), QString::fromUtf8(p.readAllStandardError()));
    }
    return {};
}
} // namespace

CliRun runPaydesk(const QStringList& arguments, int timeoutMs)
{
    QProcess process;
    process.setProgram(qEnvironmentVariable("PAYDESK_BINARY_DIR") + QStringLiteral("/app/paydesk"));
    process.setArguments(arguments);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"}) {
        env.remove(QLatin1String(name));
    }
    process.setProcessEnvironment(env);
    QEventLoop loop;
    QObject::connect(&process, &QProcess::finished, &loop, &QEventLoop::quit);
    QObject::connect(&process, &QProcess::errorOccurred, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    process.start();
    CliRun run;
    if (process.state() != QProcess::NotRunning || process.error() == QProcess::UnknownError) {
        loop.exec();
    }
    if (process.state() != QProcess::NotRunning) {
        process.kill();
        process.waitForFinished();
        run.err = QStringLiteral("did not finish within %1 s").arg(timeoutMs / 1000);
        return run;
    }
    if (process.error() == QProcess::FailedToStart) {
        run.err = QStringLiteral("did not start: ") + process.errorString();
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromUtf8(process.readAllStandardOutput());
    run.err = QString::fromUtf8(process.readAllStandardError());
    return run;
}

QString makeTlsCertificates(const QString& dir)
{
    const QDir d(dir);
    const QStringList ec{QStringLiteral("-newkey"), QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                         QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes")};
    QString e =
        runOpenssl(QStringList{QStringLiteral("req"), QStringLiteral("-x509")} + ec +
                   QStringList{QStringLiteral("-keyout"), d.filePath(QStringLiteral("ca.key")), QStringLiteral("-out"),
                               d.filePath(QStringLiteral("ca.crt")), QStringLiteral("-days"), QStringLiteral("2"),
                               QStringLiteral("-subj"), QStringLiteral("/CN=Paydesk test CA")});
    if (!e.isEmpty()) {
        return e;
    }
    e = runOpenssl(QStringList{QStringLiteral("req")} + ec +
                   QStringList{QStringLiteral("-keyout"), d.filePath(QStringLiteral("server.key")),
                               QStringLiteral("-out"), d.filePath(QStringLiteral("server.csr")),
                               QStringLiteral("-subj"), QStringLiteral("/CN=localhost")});
    if (!e.isEmpty()) {
        return e;
    }
    QFile ext(d.filePath(QStringLiteral("ext.cnf")));
    if (!ext.open(QIODevice::WriteOnly)) {
        return QStringLiteral("cannot write ") + ext.fileName();
    }
    ext.write("subjectAltName=DNS:localhost\nbasicConstraints=CA:FALSE\n");
    ext.close();
    return runOpenssl({QStringLiteral("x509"), QStringLiteral("-req"), QStringLiteral("-in"),
                       d.filePath(QStringLiteral("server.csr")), QStringLiteral("-CA"),
                       d.filePath(QStringLiteral("ca.crt")), QStringLiteral("-CAkey"),
                       d.filePath(QStringLiteral("ca.key")), QStringLiteral("-CAcreateserial"), QStringLiteral("-out"),
                       d.filePath(QStringLiteral("server.crt")), QStringLiteral("-days"), QStringLiteral("2"),
                       QStringLiteral("-extfile"), ext.fileName()});
}

RestServer::RestServer() = default;

RestServer::~RestServer()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->terminate();
        if (!m_process->waitForFinished(5000)) {
            m_process->kill();
            m_process->waitForFinished(5000);
        }
    }
}

QString RestServer::start(const DatabaseUrl& database, const QVector<StaffLogin>& staff, const QStringList& extraArgs)
{
    {
        auto opened = sql::SqlSession::open(database, QStringLiteral("rest-server-setup"));
        if (!opened.ok()) {
            return opened.error().message + QLatin1Char(' ') + opened.error().detail;
        }
        // A cheap hash: these passwords protect nothing, and sign-in tests should not wait.
        const QString hash = auth::hashPassword(QString::fromLatin1(kRestPassword), auth::kPbkdf2MinimumIterations);
        for (const StaffLogin& s : staff) {
            auto added = sql::addStaff(*opened.value(), s.login, s.role, s.orgCode, s.login, QString());
            if (!added.ok()) {
                return QStringLiteral("add-staff %1: %2 %3").arg(s.login, added.error().message, added.error().detail);
            }
            auto set = sql::setStaffPassword(*opened.value(), s.login, hash);
            if (!set.ok()) {
                return set.error().message;
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("rest-server-setup"));
    const QString program = qEnvironmentVariable("PAYDESK_BINARY_DIR") + QStringLiteral("/server/paydesk-server");
    if (!QFileInfo::exists(program)) {
        return QStringLiteral("%1 is missing: build the paydesk-server target").arg(program);
    }
    m_process = std::make_unique<QProcess>();
    m_process->setProgram(program);
    // The server runs as its own least-privileged account (migration 010), never as the owner.
    DatabaseUrl serverAccount = database;
    serverAccount.user = QStringLiteral("paydesk_server");
    serverAccount.password.clear();
    m_process->setArguments(QStringList{QStringLiteral("--db"), serverAccount.toString(), QStringLiteral("--listen"),
                                        QStringLiteral("127.0.0.1:0"), QStringLiteral("--password-iterations"),
                                        QString::number(auth::kPbkdf2MinimumIterations)} +
                            // Second factors only where a test asks for them (tst_rest's MFA tests).
                            (extraArgs.contains(QStringLiteral("--mfa-roles"))
                                 ? QStringList()
                                 : QStringList{QStringLiteral("--mfa-roles"), QStringLiteral("none")}) +
                            extraArgs);
    m_process->start();
    if (!m_process->waitForStarted(10000)) {
        return QStringLiteral("paydesk-server did not start: ") + m_process->errorString();
    }
    QByteArray out;
    QDeadlineTimer deadline(30000);
    while (!out.contains('\n') && !deadline.hasExpired()) {
        if (!m_process->waitForReadyRead(int(deadline.remainingTime()))) {
            break;
        }
        out += m_process->readAllStandardOutput();
    }
    static const QRegularExpression listening(QStringLiteral("listening on (https?://[0-9.]+:[0-9]+)"));
    // (with --tls-cert the URL is https://127.0.0.1:<port>; clients that verify use localhost)
    const auto match = listening.match(QString::fromUtf8(out));
    if (!match.hasMatch()) {
        return QStringLiteral("paydesk-server did not report its port: %1 %2")
            .arg(QString::fromUtf8(out), QString::fromUtf8(m_process->readAllStandardError()));
    }
    m_url = QUrl(match.captured(1));
    return {};
}

Http http(const QUrl& base, const QByteArray& verb, const QString& path, const QString& token, const QByteArray& body,
          const QList<QPair<QByteArray, QByteArray>>& headers)
{
    static QNetworkAccessManager network;
    QUrl url = base;
    const qsizetype query = path.indexOf(QLatin1Char('?'));
    // "/metrics": a path of its own; "payments": below /api/v1/.
    url.setPath(path.startsWith(QLatin1Char('/')) ? path.left(query) : QStringLiteral("/api/v1/") + path.left(query));
    if (query >= 0) {
        url.setQuery(path.mid(query + 1));
    }
    QNetworkRequest request(url);
    request.setTransferTimeout(30000);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    if (!token.isEmpty()) {
        request.setRawHeader("Authorization", "Bearer " + token.toLatin1());
    }
    for (const auto& h : headers) {
        request.setRawHeader(h.first, h.second);
    }
    QNetworkReply* reply = network.sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    Http out;
    out.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.body = reply->readAll();
    out.json = QJsonDocument::fromJson(out.body).object();
    out.error = reply->error();
    for (const auto& pair : reply->rawHeaderPairs()) {
        out.headers.insert(pair.first.toLower(), pair.second);
    }
    reply->deleteLater();
    return out;
}

namespace {
QString fixtureScript()
{
    return QDir(dataDir()).filePath(QStringLiteral("../support/pg-fixture.sh"));
}
DatabaseUrl urlInFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return {};
    }
    return DatabaseUrl::parse(QString::fromUtf8(file.readAll()).trimmed()).value_or(DatabaseUrl());
}
} // namespace

OwnCluster::OwnCluster() = default;

OwnCluster::~OwnCluster()
{
    if (m_started) {
        run(QStringLiteral("stop"));
    }
}

QString OwnCluster::run(const QString& command)
{
    QProcess fixture;
    fixture.start(QStringLiteral("bash"), {fixtureScript(), command, m_state.path()});
    if (!fixture.waitForFinished(120000) || fixture.exitCode() != 0) {
        const QString why = QString::fromUtf8(fixture.readAllStandardError());
        return why.isEmpty() ? QStringLiteral("pg-fixture.sh %1 failed").arg(command) : why;
    }
    m_started = m_started || command == QLatin1String("start");
    return {};
}

DatabaseUrl OwnCluster::url() const
{
    return urlInFile(m_state.filePath(QStringLiteral("url")));
}

DatabaseUrl OwnCluster::standbyUrl() const
{
    return urlInFile(m_state.filePath(QStringLiteral("standby-url")));
}

QString promtoolCheck(const QByteArray& metrics)
{
    QProcess promtool;
    promtool.start(QStringLiteral("promtool"), {QStringLiteral("check"), QStringLiteral("metrics")});
    if (!promtool.waitForStarted(10000)) {
        return QStringLiteral("promtool (Debian package prometheus) is needed");
    }
    promtool.write(metrics);
    promtool.closeWriteChannel();
    if (!promtool.waitForFinished(30000)) {
        return QStringLiteral("promtool did not finish");
    }
    if (promtool.exitCode() != 0) {
        return QString::fromUtf8(promtool.readAllStandardOutput() + promtool.readAllStandardError());
    }
    return {};
}

QString oathtoolCode(const QString& base32Secret, int offsetSteps)
{
    QProcess tool;
    QStringList args{QStringLiteral("--totp"), QStringLiteral("--base32")};
    if (offsetSteps != 0) {
        args << QStringLiteral("--now=%1")
                    .arg(QDateTime::currentDateTimeUtc()
                             .addSecs(30 * offsetSteps)
                             .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'")));
    }
    tool.start(QStringLiteral("oathtool"), args << base32Secret);
    if (!tool.waitForFinished(10000) || tool.exitCode() != 0) {
        return {};
    }
    return QString::fromLatin1(tool.readAllStandardOutput()).trimmed();
}

QString RestServer::accessLog()
{
    if (m_process) {
        m_log += QString::fromUtf8(m_process->readAllStandardError());
    }
    return m_log;
}

} // namespace pd::test
