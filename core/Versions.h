#pragma once

#include <QPair>
#include <QString>
#include <QVector>

namespace pd {

/// The versions of the libraries this build runs with, for the About dialog and bug reports:
/// Qt, OpenSSL, libqrencode, libpq and SQLite, as each library reports itself at run time.
QVector<QPair<QString, QString>> libraryVersions();

} // namespace pd
