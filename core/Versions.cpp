#include "Versions.h"

#include <QtGlobal>

#include <libpq-fe.h>
#include <openssl/crypto.h>
#include <qrencode.h>
#include <sqlite3.h>

namespace pd {

QVector<QPair<QString, QString>> libraryVersions()
{
    const int pq = PQlibVersion(); // e.g. 150018 for 15.18
    return {
        {QStringLiteral("Qt"), QString::fromLatin1(qVersion())},
        {QStringLiteral("OpenSSL"), QString::fromLatin1(OpenSSL_version(OPENSSL_VERSION))},
        {QStringLiteral("libqrencode"), QString::fromLatin1(QRcode_APIVersionString())},
        {QStringLiteral("libpq"), QStringLiteral("%1.%2").arg(pq / 10000).arg(pq % 10000)},
        {QStringLiteral("SQLite"), QString::fromLatin1(sqlite3_libversion())},
    };
}

} // namespace pd
