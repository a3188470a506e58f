// paydesk: the console's executable. It only decides between a command-line invocation and the
// desktop window; everything else lives in the core, models and ui libraries.
#include "Cli.h"
#include "Language.h"
#include "MainWindow.h"
#include "sql/SqlBackend.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QGuiApplication>
#include <QSettings>
#include <QTextStream>

#include <cstring>
#include <memory>

namespace {
void setApplicationInfo()
{
    QCoreApplication::setApplicationName(QStringLiteral("paydesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("Paydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));
}
} // namespace

int main(int argc, char** argv)
{
    setApplicationInfo();
    if (pd::app::isCliInvocation(argc, argv)) {
        // Printing needs fonts (QtGui) but never a window: the offscreen platform works with no
        // display, as in a cron job on a center's PC.
        const bool needsGui = argc > 1 && std::strcmp(argv[1], "print-invoices") == 0;
        if (needsGui && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
            qputenv("QT_QPA_PLATFORM", "offscreen");
        }
        std::unique_ptr<QCoreApplication> app =
            needsGui ? std::make_unique<QGuiApplication>(argc, argv) : std::make_unique<QCoreApplication>(argc, argv);
        pd::ui::installTranslations(QSettings().value(QStringLiteral("language")).toString());
        const int code = pd::app::runCli(QCoreApplication::arguments());
        pd::sql::SqlBackend::waitForDetachedWorkers(5000);
        return code;
    }

    QApplication app(argc, argv);
    QApplication::setApplicationDisplayName(QStringLiteral("Paydesk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.paydesk.Paydesk")); // icon and grouping in the shell
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/paydesk.svg")));

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption(
        {QStringLiteral("db"), QStringLiteral("Open the console on the database at <url>."), QStringLiteral("url")});
    parser.addOption({QStringLiteral("db-read"),
                      QStringLiteral("With --db on PostgreSQL: read lists, counts, exports and the dashboard from this "
                                     "read-only streaming replica: host:port (same database, user and TLS) or a "
                                     "postgresql:// URL."),
                      QStringLiteral("replica")});
    parser.process(app);

    QSettings settings;
    pd::ui::installTranslations(settings.value(QStringLiteral("language")).toString());
    int code = 0;
    {
        pd::ui::MainWindow window(&settings);
        window.restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray());
        window.show();
        if (parser.isSet(QStringLiteral("db"))) {
            QString why;
            const auto url = pd::DatabaseUrl::parse(parser.value(QStringLiteral("db")), &why);
            if (!url) {
                QTextStream(stderr) << "paydesk: " << why << Qt::endl;
                return 2;
            }
            window.connectToUrl(*url, parser.value(QStringLiteral("db-read")));
        } else {
            window.connectToDefault();
        }
        code = QApplication::exec();
    }
    // The window's backend is gone; its worker threads end on their own. Give them a moment
    // (a query is interrupted at once; a connection attempt may take its connect_timeout).
    pd::sql::SqlBackend::waitForDetachedWorkers(5000);
    return code;
}
