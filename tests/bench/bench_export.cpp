// Benchmark of the streamed CSV export (docs/PERFORMANCE.md): every payment of a
// big PostgreSQL database exported by Paydesk (sql::exportCsv, the code behind the Export
// button) against `psql \copy` of the same rows in the same order and text format, run in the
// same process run. Prints both times, the ratio (target <= 1.5), whether the files are
// byte-identical after the header line, and the resident-memory growth of the export
// (peak VmHWM minus VmRSS before; target < 50 MB). Not part of the test run.
//
//   bench_export --db postgresql://postgres@127.0.0.1:5432/big [--runs 3]
//
// Make the database with  paydesk --generate-demo URL --scale 4  (about 1.2M payments).

#include "sql/SqlExpr.h"
#include "sql/SqlLists.h"
#include "sql/SqlPayments.h"
#include "sql/SqlSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace pd;

namespace {
long statusKb(const char* key)
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly)) {
        return 0;
    }
    for (const QByteArray& line : status.readAll().split('\n')) {
        if (line.startsWith(key)) {
            return line.mid(int(qstrlen(key))).trimmed().split(' ').front().toLong();
        }
    }
    return 0;
}

/// SHA-256 of a file without its first line (the header rows differ: titles vs column names).
QByteArray bodyHash(const QString& path, qint64* lines)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        return {};
    }
    f.readLine();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    *lines = 0;
    while (!f.atEnd()) {
        const QByteArray chunk = f.read(1 << 20);
        *lines += chunk.count('\n');
        hash.addData(chunk);
    }
    return hash.result().toHex();
}

double median(std::vector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.empty() ? 0 : v[v.size() / 2];
}
} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("db"), QStringLiteral("PostgreSQL URL"), QStringLiteral("url")});
    parser.addOption(
        {QStringLiteral("runs"), QStringLiteral("runs of each (default 3)"), QStringLiteral("n"), QStringLiteral("3")});
    parser.process(app);
    const QString urlText = parser.value(QStringLiteral("db"));
    const auto url = DatabaseUrl::parse(urlText);
    if (!url || url->dialect != Dialect::PostgreSQL) {
        std::fprintf(stderr, "give --db postgresql://...\n");
        return 2;
    }
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    auto opened = sql::SqlSession::open(*url, QStringLiteral("bench-export"));
    if (!opened.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.error().message));
        return 1;
    }
    sql::SqlSession& session = *opened.value();
    QTemporaryDir dir;

    // The same rows, order and text format as the payments export (areaColumns(Payments),
    // default sort newest first), written by PostgreSQL itself.
    const QString ts = QStringLiteral("'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"'");
    const QString query =
        QStringLiteral("SELECT p.id, p.payment_month, %1, o.name, p.amount, p.status, p.method, "
                       "to_char(p.due_date, 'YYYY-MM-DD'), to_char(p.paid_at AT TIME ZONE 'UTC', %2), p.tid, "
                       "p.failure_reason, to_char(p.created_at AT TIME ZONE 'UTC', %2) FROM payments p "
                       "JOIN parents pa ON pa.id = p.parent_id JOIN users u ON u.id = pa.user_id "
                       "JOIN organizations o ON o.id = p.organization_id ORDER BY p.created_at DESC, p.id DESC")
            .arg(QLatin1String(PD_SQL_MEMBER_NAME), ts);
    const QString psqlFile = dir.filePath(QStringLiteral("psql.csv"));
    QStringList psqlArgs = {
        QStringLiteral("-X"), QStringLiteral("-q"),
        QStringLiteral("-v"), QStringLiteral("ON_ERROR_STOP=1"),
        QStringLiteral("-d"), urlText,
        QStringLiteral("-c"), QStringLiteral("\\copy (%1) TO '%2' WITH (FORMAT csv, HEADER)").arg(query, psqlFile)};

    ExportRequest request;
    request.list.area = Area::Payments;
    for (const ColumnInfo& c : areaColumns(Area::Payments)) {
        request.titles << c.key;
    }
    request.path = dir.filePath(QStringLiteral("paydesk.csv"));

    std::vector<double> psqlMs;
    std::vector<double> oursMs;
    long growthKb = 0;
    for (int run = 0; run < runs; ++run) {
        QElapsedTimer t;
        t.start();
        QProcess psql;
        psql.start(QStringLiteral("psql"), psqlArgs);
        if (!psql.waitForFinished(-1) || psql.exitCode() != 0) {
            std::fprintf(stderr, "psql failed: %s\n", psql.readAllStandardError().constData());
            return 1;
        }
        psqlMs.push_back(double(t.nsecsElapsed()) / 1e6);

        const long before = statusKb("VmRSS:");
        t.restart();
        auto exported = sql::exportCsv(session, request, nullptr);
        oursMs.push_back(double(t.nsecsElapsed()) / 1e6);
        if (!exported.ok()) {
            std::fprintf(stderr, "export failed: %s\n", qPrintable(exported.error().message));
            return 1;
        }
        growthKb = std::max(growthKb, statusKb("VmHWM:") - before);
    }
    qint64 psqlLines = 0;
    qint64 ourLines = 0;
    const QByteArray psqlHash = bodyHash(psqlFile, &psqlLines);
    const QByteArray ourHash = bodyHash(request.path, &ourLines);
    const double base = median(psqlMs);
    const double ours = median(oursMs);
    std::printf("rows: %lld (psql) / %lld (Paydesk)\n", static_cast<long long>(psqlLines),
                static_cast<long long>(ourLines));
    std::printf("psql \\copy (baseline): %.0f ms\nPaydesk export:        %.0f ms\nratio: %.2f (target <= 1.5)\n", base,
                ours, ours / base);
    std::printf("identical content: %s\n", psqlHash == ourHash ? "yes" : "NO");
    std::printf("resident memory growth during export: %.1f MB (target < 50 MB)\n", double(growthKb) / 1024.0);
    return psqlHash == ourHash ? 0 : 3;
}
