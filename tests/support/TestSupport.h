#pragma once

#include "DatabaseUrl.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>
#include <QVariant>
#include <QVector>

#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QNetworkReply>

#include <map>
#include <memory>

namespace pd::sql {
class SqlSession;
}

namespace pd::test {

/// Runs a fixed test statement (no values to bind) on `session` and returns the first row's
/// first column; an invalid QVariant (and a warning naming the statement) when it fails or
/// returns no row.
QVariant value(sql::SqlSession& session, const QString& sql);

/// Runs a fixed test statement on `session` and returns every row with every column; empty
/// (and a warning naming the statement) when it fails.
QVector<QVariantList> rows(sql::SqlSession& session, const QString& sql);

/// Runs a fixed test statement on `session`. On failure sets `error` to the driver's text, or
/// warns when `error` is null, and returns false.
bool exec(sql::SqlSession& session, const QString& sql, QString* error = nullptr);

/// Directory of tests/data (PAYDESK_TEST_DATA, set by CTest).
QString dataDir();

/// The admin URL of the throwaway PostgreSQL started by the CTest fixture "postgres"
/// (tests/support/pg-fixture.sh), or PAYDESK_TEST_PG_URL when set; empty when neither.
QString postgresAdminUrl();

/// True when PostgreSQL tests must run (PAYDESK_REQUIRE_PG=1, as in .ci/run): a missing server
/// then fails the test instead of skipping it.
bool postgresRequired();

/// A database that exists for one test: a fresh PostgreSQL database (CREATE DATABASE with a
/// random name, dropped WITH (FORCE) on destruction) or a fresh SQLite file in a temp dir.
class ScratchDatabase
{
public:
    /// Creates one; on failure `url()` is empty and `error()` says why.
    static std::unique_ptr<ScratchDatabase> create(Dialect dialect);
    ~ScratchDatabase();

    const DatabaseUrl& url() const { return m_url; }
    const QString& error() const { return m_error; }
    bool ok() const { return m_error.isEmpty(); }

private:
    ScratchDatabase() = default;
    Dialect m_dialect = Dialect::SQLite;
    DatabaseUrl m_url;
    QString m_error;
    QString m_pgName;
    std::unique_ptr<QTemporaryDir> m_dir;
};

/// Decodes every barcode in an image file with zbarimg (zbar-tools), an independent reader:
/// one entry per symbol, exactly the bytes it carries (UTF-8). Empty when none was found;
/// `error` is set when zbarimg could not run.
QStringList decodeWithZbar(const QString& imagePath, QString* error = nullptr);

/// Renders every page of a PDF to PNG with pdftoppm (poppler-utils) at `dpi` into `outDir`:
/// the image paths in page order. Empty with `error` set when pdftoppm could not run or the
/// PDF could not be read.
QStringList renderPdfPages(const QString& pdfPath, int dpi, const QString& outDir, QString* error = nullptr);

/// Where a test's screenshot `name` goes: PAYDESK_TEST_OUTPUT/screenshots (created on demand).
QString screenshotPath(const QString& name);

/// Adds a "language" column with rows "en" and "ko" (for tests rendered in both languages).
void addLanguageRows();
/// Adds the int column "dialect" with one row per database: "sqlite" and "postgresql".
void addDialectRows();

/// Runs one statement on a separate admin connection (PostgreSQL); returns the error text or empty.
QString pgAdminExec(const QString& sql);

/// A scratch database per dialect holding the schema and deterministic demo data, made once
/// for a whole test case. PostgreSQL is left out (not an error) when it is unavailable and not
/// required (see postgresRequired()).
class DemoDatabases
{
public:
    DemoDatabases();
    ~DemoDatabases();
    /// Creates, migrates and fills them (demo `scale`, data ending on `asOf`); connection names
    /// start with `name`. Empty when all went well, else what failed.
    QString prepare(const QString& name, const QDate& asOf, double scale);
    /// The open session of `dialect`, or null when that database was left out.
    sql::SqlSession* session(Dialect dialect) const;
    /// The URL of `dialect`'s database (it must exist).
    DatabaseUrl url(Dialect dialect) const;

private:
    struct Entry
    {
        std::unique_ptr<ScratchDatabase> db;
        std::unique_ptr<sql::SqlSession> session;
    };
    std::map<int, Entry> m_entries;
};

/// Makes a throwaway CA (ca.crt, ca.key, "Paydesk test CA") and a server certificate it signs for
/// DNS name "localhost" only (server.crt, server.key; EC P-256, valid 2 days) in `dir`, with the
/// openssl command. Empty when it worked, else what failed.
QString makeTlsCertificates(const QString& dir);

/// What a run of the built `paydesk` program printed and how it exited (-1: crashed or timed out).
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

/// Runs PAYDESK_BINARY_DIR/app/paydesk with `arguments` and no display (QT_QPA_PLATFORM,
/// DISPLAY and WAYLAND_DISPLAY removed: a command must manage without), while this thread's
/// event loop keeps running (servers the test hosts in-process keep answering).
CliRun runPaydesk(const QStringList& arguments, int timeoutMs = 300000);

/// One HTTP answer as a test reads it.
struct Http
{
    int status = 0;
    QByteArray body;
    QJsonObject json; ///< the body read as a JSON object (empty when it is not one)
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QHash<QByteArray, QByteArray> headers; ///< names in lower case
};

/// One synchronous HTTP exchange with a paydesk-server at `base` (path under /api/v1/, or from
/// the root when it starts with "/", as "/metrics"; with an optional "?query"), spinning the
/// event loop until it ends (30 s transfer timeout).
Http http(const QUrl& base, const QByteArray& verb, const QString& path, const QString& token = {},
          const QByteArray& body = {}, const QList<QPair<QByteArray, QByteArray>>& headers = {});

/// A PostgreSQL cluster of one test's own (tests/support/pg-fixture.sh in a temp state
/// directory), for tests that stop and start PostgreSQL or read from a streaming standby; the
/// shared fixture cluster must never be stopped. Stopped and removed on destruction.
class OwnCluster
{
public:
    OwnCluster();
    ~OwnCluster();
    /// Runs `pg-fixture.sh COMMAND STATE` (start, pause, resume, standby, standby-pause,
    /// standby-resume); empty when it worked, else what it printed on standard error.
    QString run(const QString& command);
    /// The admin URL of the cluster and of its standby (after run("standby")).
    DatabaseUrl url() const;
    DatabaseUrl standbyUrl() const;

private:
    QTemporaryDir m_state;
    bool m_started = false;
};

/// Checks Prometheus exposition text with `promtool check metrics` (Debian package prometheus):
/// empty when it passes, else what promtool said (or that it could not run).
QString promtoolCheck(const QByteArray& metrics);

/// The TOTP code of a base32 secret now (moved by `offsetSteps` steps of 30 s), computed by
/// oathtool (Debian package oathtool), independently of the code under test; empty when
/// oathtool could not run.
QString oathtoolCode(const QString& base32Secret, int offsetSteps = 0);

/// A staff account the REST server's tests sign in with.
struct StaffLogin
{
    QString login;
    QString role;    ///< docs/DOMAIN.md role key
    QString orgCode; ///< organizations.code
};

/// The password RestServer gives every staff account it makes.
inline const char* const kRestPassword = "test password 1234";

/// The built paydesk-server (PAYDESK_BINARY_DIR/server/paydesk-server), started by a test on
/// 127.0.0.1 at a free port over a PostgreSQL database, with staff accounts made first
/// (paydesk_add_staff, password kRestPassword), with --mfa-roles none unless `extraArgs` name
/// --mfa-roles. Stopped (SIGTERM, then killed) on destruction.
class RestServer
{
public:
    RestServer();
    ~RestServer();
    /// Makes the staff accounts and starts the server with `extraArgs`; empty when it listens,
    /// else what failed.
    QString start(const DatabaseUrl& database, const QVector<StaffLogin>& staff, const QStringList& extraArgs = {});
    /// http://127.0.0.1:<port>
    QUrl url() const { return m_url; }
    /// What the server wrote to its access log (stderr) so far.
    QString accessLog();
    /// The server process (to stop it in fault tests).
    QProcess* process() const { return m_process.get(); }

private:
    std::unique_ptr<QProcess> m_process;
    QUrl m_url;
    QString m_log;
};

} // namespace pd::test

/// Creates a ScratchDatabase for a dialect in a test function, skipping (or failing, when
/// PostgreSQL is required) when PostgreSQL is not available.
#define PD_SCRATCH_DB(var, dialect)                                                                                    \
    auto var = ::pd::test::ScratchDatabase::create(dialect);                                                           \
    if (!var->ok()) {                                                                                                  \
        if ((dialect) == ::pd::Dialect::PostgreSQL && !::pd::test::postgresRequired() &&                               \
            ::pd::test::postgresAdminUrl().isEmpty()) {                                                                \
            QSKIP("PostgreSQL is not available (run through ctest, or set PAYDESK_TEST_PG_URL)");                      \
        }                                                                                                              \
        QFAIL(qPrintable(var->error()));                                                                               \
    }

#include "Result.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QEventLoop>
#include <QObject>
#include <QTimer>

#include <optional>

namespace pd::test {

/// Starts an asynchronous backend call and spins the event loop until its callback ran (or
/// `timeoutMs` passed: Error::Kind::Timeout). `start(receiver, callback)` must start the call.
template<typename T, typename Start>
Result<T> await(Start start, int timeoutMs = 60000)
{
    std::optional<Result<T>> out;
    QObject receiver;
    // A real event loop: processEvents(flags, ms) returns at once when nothing is pending, so a
    // loop around it spins and steals the CPU the database needs.
    QEventLoop loop;
    start(&receiver, [&out, &loop](const Result<T>& result) {
        out = result;
        loop.quit();
    });
    if (!out) {
        QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!out) {
        return Error(Error::Kind::Timeout, QStringLiteral("no answer within %1 ms").arg(timeoutMs));
    }
    return *out;
}

} // namespace pd::test
