// paydesk: the console's executable. It only decides between a command-line invocation and the
// desktop window; everything else lives in the core, models and ui libraries.
#include "Cli.h"

#include <QCoreApplication>

int main(int argc, char** argv)
{
    QCoreApplication::setApplicationName(QStringLiteral("paydesk"));
    QCoreApplication::setOrganizationName(QStringLiteral("Paydesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(PAYDESK_VERSION));
    if (pd::app::isCliInvocation(argc, argv)) {
        QCoreApplication app(argc, argv);
        return pd::app::runCli(QCoreApplication::arguments());
    }
    QCoreApplication app(argc, argv);
    return pd::app::runCli(QCoreApplication::arguments());
}
