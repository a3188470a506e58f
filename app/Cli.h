#pragma once

#include <QStringList>

namespace pd::app {

/// True when argv asks for a command that runs without the main window (--init-db,
/// --generate-demo, --version, --help, print-invoices, admin ...).
bool isCliInvocation(int argc, char** argv);

/// Runs a command-line invocation and returns the process exit code: 0 success, 1 failure
/// (the reason printed on stderr), 2 wrong usage. A QCoreApplication must exist.
int runCli(const QStringList& arguments);

} // namespace pd::app
