#include "Cli.h"

#include "DatabaseUrl.h"
#include "InvoiceSheet.h"
#include "ListTypes.h"
#include "Roles.h"
#include "chain/ChainWatcher.h"
#include "demo/DemoGenerator.h"
#include "sql/Migrations.h"
#include "sql/SqlChain.h"
#include "sql/SqlInvoices.h"
#include "sql/SqlSecurity.h"
#include "sql/SqlSession.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QEventLoop>
#include <QHostInfo>
#include <QTextStream>

#include <cstring>

namespace pd::app {

namespace {
QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}
QTextStream& err()
{
    static QTextStream stream(stderr);
    return stream;
}

struct CliText
{
    Q_DECLARE_TR_FUNCTIONS(pd::app::Cli)
};

int fail(const Error& error)
{
    err() << CliText::tr("paydesk: %1").arg(error.message) << Qt::endl;
    if (!error.detail.isEmpty()) {
        err() << CliText::tr("  detail: %1").arg(error.detail) << Qt::endl;
    }
    return 1;
}

/// A database named on the command line, opened; or the exit code saying why not (2: the URL
/// is malformed, 1: the database could not be opened), with the message already printed.
struct OpenedDatabase
{
    DatabaseUrl url;
    std::unique_ptr<sql::SqlSession> session;
    int exitCode = 0;
};

/// Opens the database of a command; only --init-db and --generate-demo may create a SQLite file.
OpenedDatabase openDatabase(const QString& urlText, bool mayCreate = false)
{
    OpenedDatabase opened;
    QString why;
    auto url = DatabaseUrl::parse(urlText, &why);
    if (!url) {
        err() << CliText::tr("paydesk: %1").arg(why) << Qt::endl;
        opened.exitCode = 2;
        return opened;
    }
    opened.url = *url;
    opened.url.mayCreate = mayCreate;
    auto session = sql::SqlSession::open(opened.url, QStringLiteral("paydesk-cli"));
    if (!session.ok()) {
        opened.exitCode = fail(session.error());
        return opened;
    }
    opened.session = std::move(session.value());
    return opened;
}

int initDb(const QString& urlText)
{
    OpenedDatabase db = openDatabase(urlText, true);
    if (!db.session) {
        return db.exitCode;
    }
    sql::SqlSession* session = db.session.get();
    auto applied = sql::Migrator::upgrade(*session);
    if (!applied.ok()) {
        return fail(applied.error());
    }
    auto state = sql::Migrator::inspect(*session);
    const int version = state.ok() ? state.value().version : 0;
    if (applied.value() == 0) {
        out() << CliText::tr("%1: the Paydesk schema is up to date (version %2).").arg(db.url.toString()).arg(version)
              << Qt::endl;
    } else {
        out() << CliText::tr("%1: applied %n migration(s); the schema is now at version %2.", nullptr, applied.value())
                     .arg(db.url.toString())
                     .arg(version)
              << Qt::endl;
    }
    return 0;
}

int generateDemo(const QString& urlText, const QCommandLineParser& parser)
{
    demo::DemoOptions options;
    if (parser.isSet(QStringLiteral("scale"))) {
        bool ok = false;
        options.scale = parser.value(QStringLiteral("scale")).toDouble(&ok);
        if (!ok || !(options.scale > 0.0) || options.scale > 100.0) {
            err() << CliText::tr("paydesk: --scale takes a number above 0 and at most 100 (1 = about 20,000 users and "
                                 "300,000 payments; 17 = about 5,000,000 payments).")
                  << Qt::endl;
            return 2;
        }
    }
    if (parser.isSet(QStringLiteral("seed"))) {
        bool ok = false;
        options.seed = parser.value(QStringLiteral("seed")).toULongLong(&ok);
        if (!ok) {
            err() << CliText::tr("paydesk: --seed takes a whole number.") << Qt::endl;
            return 2;
        }
    }
    if (parser.isSet(QStringLiteral("as-of"))) {
        options.asOf = QDate::fromString(parser.value(QStringLiteral("as-of")), Qt::ISODate);
        if (!options.asOf.isValid()) {
            err() << CliText::tr("paydesk: --as-of takes a date, YYYY-MM-DD.") << Qt::endl;
            return 2;
        }
    }
    OpenedDatabase db = openDatabase(urlText, true);
    if (!db.session) {
        return db.exitCode;
    }
    sql::SqlSession* session = db.session.get();
    // An empty or older Paydesk database gets the schema first; a foreign one is refused.
    auto applied = sql::Migrator::upgrade(*session);
    if (!applied.ok()) {
        return fail(applied.error());
    }
    QString lastStage;
    auto summary = demo::generateDemoData(*session, options, [&lastStage](int percent, const QString& stage) {
        if (stage != lastStage) {
            err() << QStringLiteral("[%1%] %2").arg(percent, 3).arg(stage) << Qt::endl;
            lastStage = stage;
        }
        return true;
    });
    if (!summary.ok()) {
        return fail(summary.error());
    }
    const demo::DemoSummary& s = summary.value();
    out() << CliText::tr("Demo data written to %1 in %2 s:")
                 .arg(db.url.toString())
                 .arg(double(s.milliseconds) / 1000.0, 0, 'f', 1)
          << Qt::endl;
    out() << CliText::tr("  %1 organisations, %2 staff, %3 users, %4 KYC documents, %5 wallets, %6 transactions")
                 .arg(s.organizations)
                 .arg(s.staff)
                 .arg(s.users)
                 .arg(s.kycDocuments)
                 .arg(s.wallets)
                 .arg(s.transactions)
          << Qt::endl;
    out() << CliText::tr(
                 "  %1 parents, %2 children, %3 payments, %4 BCH invoices, %5 credits, %6 settlements, %7 audit rows")
                 .arg(s.parents)
                 .arg(s.children)
                 .arg(s.payments)
                 .arg(s.invoices)
                 .arg(s.userCredits)
                 .arg(s.settlements)
                 .arg(s.auditRows)
          << Qt::endl;
    return 0;
}
/// `paydesk print-invoices`: a PDF sheet of BCH invoices, for scheduled offline printing.
int printInvoices(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr(
            "Writes BCH invoices as a PDF sheet (A4, %1 per page; each with its QR code, amount, address, member, "
            "center, invoice id, due date and the non-refundable notice). Needs no display and no network beyond the "
            "database.")
            .arg(render::InvoiceSheet::kPerPage));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("print-invoices"), CliText::tr("The command."));
    parser.addOption({QStringLiteral("db"), CliText::tr("The Paydesk database (required)."), CliText::tr("url")});
    parser.addOption({QStringLiteral("status"),
                      CliText::tr("Only invoices with this status: %1.")
                          .arg(areaStatuses(Area::Invoices).join(QStringLiteral(", "))),
                      CliText::tr("status")});
    parser.addOption({QStringLiteral("center"),
                      CliText::tr("Only invoices of this organisation (by code, with everything below it)."),
                      CliText::tr("code")});
    parser.addOption({QStringLiteral("created-since"),
                      CliText::tr("Only invoices created on or after this local day (or ISO-8601 instant)."),
                      CliText::tr("YYYY-MM-DD")});
    parser.addOption({QStringLiteral("limit"), CliText::tr("At most this many invoices (default 5000, at most 20000)."),
                      CliText::tr("n")});
    parser.addOption({QStringLiteral("out"), CliText::tr("The PDF file to write (required)."), CliText::tr("file")});
    if (!parser.parse(arguments)) {
        err() << CliText::tr("paydesk print-invoices: %1").arg(parser.errorText()) << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }
    if (!parser.isSet(QStringLiteral("db")) || !parser.isSet(QStringLiteral("out"))) {
        err() << CliText::tr("paydesk print-invoices: give --db URL and --out FILE.pdf; see paydesk print-invoices "
                             "--help")
              << Qt::endl;
        return 2;
    }
    InvoiceSheetRequest request;
    request.status = parser.value(QStringLiteral("status")).trimmed();
    request.centerCode = parser.value(QStringLiteral("center")).trimmed();
    if (parser.isSet(QStringLiteral("created-since"))) {
        const QString text = parser.value(QStringLiteral("created-since")).trimmed();
        const QDate day = QDate::fromString(text, Qt::ISODate);
        request.createdSince = day.isValid() ? QDateTime(day, QTime(0, 0)).toUTC()
                                             : QDateTime::fromString(text, Qt::ISODateWithMs).toUTC();
        if (!request.createdSince.isValid()) {
            err() << CliText::tr("paydesk print-invoices: --created-since takes a date, YYYY-MM-DD, or an ISO-8601 "
                                 "instant such as 2026-11-01T00:00:00Z.")
                  << Qt::endl;
            return 2;
        }
    }
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        request.limit = parser.value(QStringLiteral("limit")).toInt(&ok);
        if (!ok || request.limit < 1 || request.limit > 20000) {
            err() << CliText::tr("paydesk print-invoices: --limit takes a whole number from 1 to 20000.") << Qt::endl;
            return 2;
        }
    }
    OpenedDatabase db = openDatabase(parser.value(QStringLiteral("db")));
    if (!db.session) {
        return db.exitCode;
    }
    sql::SqlSession* session = db.session.get();
    auto state = sql::Migrator::checkUsable(*session);
    if (!state.ok()) {
        return fail(state.error());
    }
    auto items = sql::invoiceSheetItems(*session, request);
    if (!items.ok()) {
        return fail(items.error());
    }
    if (items.value().isEmpty()) {
        err() << CliText::tr("paydesk print-invoices: no invoice matches; nothing was written.") << Qt::endl;
        return 3;
    }
    const PrintableInvoices selection = printableInvoices(items.value(), QDateTime::currentDateTimeUtc());
    if (selection.leftOut() > 0) {
        err() << CliText::tr("paydesk print-invoices: %1").arg(selection.leftOutSentence()) << Qt::endl;
    }
    if (selection.printable.isEmpty()) {
        err() << CliText::tr("paydesk print-invoices: no invoice that matches can still be paid; nothing was written.")
              << Qt::endl;
        return 3;
    }
    const QString path = parser.value(QStringLiteral("out"));
    auto written = render::InvoiceSheet::writePdf(path, selection.printable);
    if (!written.ok()) {
        return fail(written.error());
    }
    out() << CliText::tr("Wrote %1 to %2.").arg(render::InvoiceSheet::sizeText(int(selection.printable.size())), path)
          << Qt::endl;
    return 0;
}

/// `paydesk admin add-staff`: a PostgreSQL login role for a staff member with its group role
/// and staff row (migration 004); `paydesk admin deactivate-staff|reactivate-staff`: a staff
/// member's login off or on again, with a reason (migration 009).
int adminCommand(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "admin add-staff: creates a PostgreSQL login role for a staff member, grants it the group role of ROLE "
        "(paydesk_hq_admin, paydesk_regional_admin, paydesk_center_manager, paydesk_kyc_reviewer, paydesk_auditor) "
        "and records it in the staff table at the organisation CODE. Row-level security then limits it to that "
        "organisation's subtree. Run it as a role with CREATEROLE (the schema owner).\n"
        "admin deactivate-staff / reactivate-staff: turns a staff member's login off (it cannot connect, loses its "
        "group role and its server sessions end at once) or on again, with --reason, audited. Run it as "
        "headquarters (hq_admin) or the schema owner."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("admin"), CliText::tr("The command."));
    parser.addPositionalArgument(QStringLiteral("action"),
                                 CliText::tr("add-staff, deactivate-staff or reactivate-staff."));
    parser.addOption(
        {QStringLiteral("db"), CliText::tr("The Paydesk PostgreSQL database (required)."), CliText::tr("url")});
    parser.addOption({QStringLiteral("login"), CliText::tr("The login name (required)."), CliText::tr("name")});
    parser.addOption({QStringLiteral("role"),
                      CliText::tr("One of %1 (required).").arg(Permissions::roles().join(QStringLiteral(", "))),
                      CliText::tr("role")});
    parser.addOption({QStringLiteral("org"), CliText::tr("The organisation code (required)."), CliText::tr("code")});
    parser.addOption(
        {QStringLiteral("name"), CliText::tr("The display name (default: the login)."), CliText::tr("text")});
    parser.addOption({QStringLiteral("reason"),
                      CliText::tr("Why (deactivate-staff and reactivate-staff; kept in the audit log)."),
                      CliText::tr("text")});
    parser.addOption({QStringLiteral("password-stdin"),
                      CliText::tr("Read the new login's password from the first line of standard input.")});
    if (!parser.parse(arguments)) {
        err() << CliText::tr("paydesk admin: %1").arg(parser.errorText()) << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(1);
    if (action == QLatin1String("deactivate-staff") || action == QLatin1String("reactivate-staff")) {
        if (!parser.isSet(QStringLiteral("db")) || !parser.isSet(QStringLiteral("login")) ||
            parser.value(QStringLiteral("reason")).trimmed().isEmpty()) {
            err() << CliText::tr("paydesk admin %1: give --db, --login and --reason; see paydesk admin --help")
                         .arg(action)
                  << Qt::endl;
            return 2;
        }
        OpenedDatabase db = openDatabase(parser.value(QStringLiteral("db")));
        if (!db.session) {
            return db.exitCode;
        }
        const bool active = action == QLatin1String("reactivate-staff");
        const QString login = parser.value(QStringLiteral("login")).trimmed();
        auto changed = sql::setStaffActive(*db.session, login, active, parser.value(QStringLiteral("reason")));
        if (!changed.ok()) {
            return fail(changed.error());
        }
        out() << (active ? CliText::tr("Staff member %1 can sign in again.").arg(login)
                         : CliText::tr("Staff member %1 is deactivated: the login cannot connect and its server "
                                       "sessions have ended.")
                               .arg(login))
              << Qt::endl;
        return 0;
    }
    if (action != QLatin1String("add-staff")) {
        err() << CliText::tr("paydesk admin: the action is add-staff, deactivate-staff or reactivate-staff; see "
                             "paydesk admin --help")
              << Qt::endl;
        return 2;
    }
    for (const char* required : {"db", "login", "role", "org"}) {
        if (!parser.isSet(QLatin1String(required))) {
            err() << CliText::tr("paydesk admin add-staff: give --db, --login, --role and --org; see paydesk admin "
                                 "--help")
                  << Qt::endl;
            return 2;
        }
    }
    QString password;
    if (parser.isSet(QStringLiteral("password-stdin"))) {
        QTextStream in(stdin);
        password = in.readLine();
    }
    OpenedDatabase db = openDatabase(parser.value(QStringLiteral("db")));
    if (!db.session) {
        return db.exitCode;
    }
    auto added = sql::addStaff(
        *db.session, parser.value(QStringLiteral("login")).trimmed(), parser.value(QStringLiteral("role")).trimmed(),
        parser.value(QStringLiteral("org")).trimmed(), parser.value(QStringLiteral("name")), password);
    if (!added.ok()) {
        return fail(added.error());
    }
    out() << CliText::tr("Staff member %1 (%2) can now sign in to %3.")
                 .arg(parser.value(QStringLiteral("login")).trimmed(), parser.value(QStringLiteral("role")).trimmed(),
                      parser.value(QStringLiteral("org")).trimmed())
          << Qt::endl;
    return 0;
}
} // namespace

/// "2 chain_confirmed, 1 chain_paid" in words.
QString eventsText(const QMap<QString, int>& events)
{
    QStringList parts;
    for (auto it = events.cbegin(); it != events.cend(); ++it) {
        const QString& e = it.key();
        const QString what = e == QLatin1String("chain_confirmed") ? CliText::tr("%n confirmed", nullptr, it.value())
                             : e == QLatin1String("chain_paid")
                                 ? CliText::tr("%n paid (unconfirmed)", nullptr, it.value())
                             : e == QLatin1String("chain_underpaid") ? CliText::tr("%n underpaid", nullptr, it.value())
                             : e == QLatin1String("chain_paid_late") ? CliText::tr("%n paid late", nullptr, it.value())
                             : e == QLatin1String("chain_reversed")  ? CliText::tr("%n taken back", nullptr, it.value())
                             : e == QLatin1String("expire")          ? CliText::tr("%n expired", nullptr, it.value())
                                                                     : CliText::tr("%n updated", nullptr, it.value());
        parts << what;
    }
    return parts.isEmpty() ? CliText::tr("no change") : parts.join(QStringLiteral(", "));
}

/// `paydesk watch-invoices`: follows the chain for open invoices (docs/DOMAIN.md, "Invoices on
/// chain") for sites that connect straight to PostgreSQL or use a SQLite file.
int watchInvoices(const QStringList& arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Watches the Bitcoin Cash chain through Electrum servers for the open invoices' addresses and settles each "
        "paid invoice with its monthly payment and a credit (underpaid, overpaid and late payments are marked for a "
        "person). Watch-only: no node and no private key. Runs as a headquarters login or the database owner."));
    parser.addHelpOption();
    parser.addPositionalArgument(QStringLiteral("watch-invoices"), CliText::tr("The command."));
    parser.addOption({QStringLiteral("db"), CliText::tr("The Paydesk database (required)."), CliText::tr("url")});
    parser.addOption({QStringLiteral("electrum"),
                      CliText::tr("An Electrum server, tcp://HOST:PORT or ssl://HOST:PORT (required; repeat for "
                                  "failover, tried in order)."),
                      CliText::tr("url")});
    parser.addOption({QStringLiteral("electrum-ca"),
                      CliText::tr("Trust the certificates in this PEM file for ssl:// servers instead of the "
                                  "system's."),
                      CliText::tr("file")});
    parser.addOption({QStringLiteral("confirmations"),
                      CliText::tr("Settle a payment at this many confirmations (default 1, at most 100)."),
                      CliText::tr("n")});
    parser.addOption({QStringLiteral("once"), CliText::tr("One pass over every open invoice, then exit.")});
    if (!parser.parse(arguments)) {
        err() << CliText::tr("paydesk watch-invoices: %1").arg(parser.errorText()) << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }
    if (!parser.isSet(QStringLiteral("db")) || !parser.isSet(QStringLiteral("electrum"))) {
        err() << CliText::tr("paydesk watch-invoices: give --db URL and at least one --electrum URL; see paydesk "
                             "watch-invoices --help")
              << Qt::endl;
        return 2;
    }
    chain::ChainWatcherOptions options;
    for (const QString& text : parser.values(QStringLiteral("electrum"))) {
        auto server = chain::ElectrumServer::parse(text);
        if (!server.ok()) {
            err() << CliText::tr("paydesk watch-invoices: %1").arg(server.error().message) << Qt::endl;
            return 2;
        }
        server.value().caFile = parser.value(QStringLiteral("electrum-ca"));
        options.servers.append(server.value());
    }
    if (parser.isSet(QStringLiteral("confirmations"))) {
        bool ok = false;
        options.confirmations = parser.value(QStringLiteral("confirmations")).toInt(&ok);
        if (!ok || options.confirmations < 1 || options.confirmations > 100) {
            err() << CliText::tr("paydesk watch-invoices: --confirmations takes a whole number from 1 to 100.")
                  << Qt::endl;
            return 2;
        }
    }
    OpenedDatabase db = openDatabase(parser.value(QStringLiteral("db")));
    if (!db.session) {
        return db.exitCode;
    }
    sql::SqlSession& session = *db.session;
    if (auto usable = sql::Migrator::checkUsable(session); !usable.ok()) {
        return fail(usable.error());
    }
    if (auto allowed = sql::checkChainWatcherLogin(session); !allowed.ok()) {
        return fail(allowed.error());
    }
    options.name = (session.actor().isEmpty() ? QStringLiteral("paydesk") : session.actor()) + QLatin1Char('@') +
                   QHostInfo::localHostName();
    const bool once = parser.isSet(QStringLiteral("once"));
    sql::SqlChainStore store(session);
    chain::ChainWatcher watcher(store, options);
    QEventLoop loop;
    int exitCode = 0;
    QObject::connect(&watcher, &chain::ChainWatcher::message, &watcher, [](const QString& text) {
        err() << CliText::tr("paydesk watch-invoices: %1").arg(text) << Qt::endl;
    });
    QObject::connect(&watcher, &chain::ChainWatcher::invoiceChanged, &watcher,
                     [](qint64 id, const InvoiceSettlement& s) {
                         out() << CliText::tr("invoice #%1: %2 (%3 satoshis received)")
                                      .arg(id)
                                      .arg(eventsText({{s.event, 1}}))
                                      .arg(s.receivedSats)
                               << Qt::endl;
                     });
    QObject::connect(&watcher, &chain::ChainWatcher::passFinished, &watcher, [&](const chain::ChainPassSummary& pass) {
        if (!pass.ok) {
            err() << CliText::tr("paydesk watch-invoices: %1").arg(pass.error) << Qt::endl;
        } else {
            QMap<QString, int> events = pass.events;
            if (pass.expired > 0) {
                events[QStringLiteral("expire")] += pass.expired;
            }
            out() << CliText::tr("Checked %n invoice(s) at height %1 on %2: %3.", nullptr, pass.watched)
                         .arg(pass.tipHeight)
                         .arg(pass.server, eventsText(events))
                  << Qt::endl;
        }
        for (const QString& failure : pass.failures) {
            err() << CliText::tr("paydesk watch-invoices: %1").arg(failure) << Qt::endl;
        }
        if (once) {
            exitCode = pass.ok && pass.failures.isEmpty() ? 0 : 1;
            loop.quit();
        } else if (session.isBroken()) {
            // Nothing half-written stays behind (each invoice is one transaction);
            // a service manager starts the watcher again (Restart=on-failure).
            err() << CliText::tr("paydesk watch-invoices: the connection to the database was lost; "
                                 "stopping so that it can be started again.")
                  << Qt::endl;
            exitCode = 1;
            loop.quit();
        }
    });
    if (once) {
        watcher.runOnce();
    } else {
        watcher.start();
    }
    loop.exec();
    return exitCode;
}

bool isCliInvocation(int argc, char** argv)
{
    for (int i = 1; i < argc; ++i) {
        for (const char* flag : {"--init-db", "--generate-demo", "--version", "-v", "--help", "-h", "--help-all"}) {
            if (std::strcmp(argv[i], flag) == 0 ||
                (std::strncmp(argv[i], flag, std::strlen(flag)) == 0 && argv[i][std::strlen(flag)] == '=')) {
                return true;
            }
        }
    }
    return argc > 1 && (std::strcmp(argv[1], "print-invoices") == 0 || std::strcmp(argv[1], "admin") == 0 ||
                        std::strcmp(argv[1], "watch-invoices") == 0);
}

int runCli(const QStringList& arguments)
{
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("print-invoices")) {
        return printInvoices(arguments);
    }
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("admin")) {
        return adminCommand(arguments);
    }
    if (arguments.size() > 1 && arguments.at(1) == QLatin1String("watch-invoices")) {
        return watchInvoices(arguments);
    }
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr(
        "Paydesk, the admin console for payments, KYC, BCH invoices and settlements.\n\n"
        "Databases are named by URL: postgresql://USER@HOST:PORT/DATABASE?sslmode=verify-full or sqlite:PATH.\n"
        "A PostgreSQL password comes from PGPASSWORD, ~/.pgpass or the URL."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("db"), CliText::tr("Open the console on the database at <url>."), CliText::tr("url")});
    parser.addOption({QStringLiteral("init-db"),
                      CliText::tr("Create or upgrade the Paydesk schema at <url>; refuses a "
                                  "database that holds another program's tables."),
                      CliText::tr("url")});
    parser.addOption({QStringLiteral("generate-demo"),
                      CliText::tr("Fill the empty Paydesk database at <url> with deterministic demo data."),
                      CliText::tr("url")});
    parser.addOption({QStringLiteral("scale"),
                      CliText::tr("Demo size: 1 = about 20,000 users and 300,000 payments (default)."),
                      CliText::tr("n")});
    parser.addOption({QStringLiteral("seed"), CliText::tr("Demo random seed (default 20251122)."), CliText::tr("n")});
    parser.addOption({QStringLiteral("as-of"), CliText::tr("Demo data ends on this day (default today)."),
                      CliText::tr("YYYY-MM-DD")});
    parser.addPositionalArgument(QStringLiteral("command"),
                                 CliText::tr("print-invoices, watch-invoices or admin (see their --help)."));
    if (!parser.parse(arguments)) {
        err() << CliText::tr("paydesk: %1").arg(parser.errorText()) << Qt::endl;
        return 2;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        out() << parser.helpText();
        return 0;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        out() << QCoreApplication::applicationName() << ' ' << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    if (parser.isSet(QStringLiteral("init-db"))) {
        return initDb(parser.value(QStringLiteral("init-db")));
    }
    if (parser.isSet(QStringLiteral("generate-demo"))) {
        return generateDemo(parser.value(QStringLiteral("generate-demo")), parser);
    }
    err() << CliText::tr("paydesk: nothing to do; see paydesk --help") << Qt::endl;
    return 2;
}

} // namespace pd::app
