#include "DatabaseUrl.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace pd {

namespace {
struct DatabaseUrlText
{
    Q_DECLARE_TR_FUNCTIONS(pd::DatabaseUrl)
};

bool isKnownSslMode(const QString& mode)
{
    static const QStringList modes = {QStringLiteral("disable"),   QStringLiteral("allow"),
                                      QStringLiteral("prefer"),    QStringLiteral("require"),
                                      QStringLiteral("verify-ca"), QStringLiteral("verify-full")};
    return modes.contains(mode);
}
} // namespace

std::optional<DatabaseUrl> DatabaseUrl::parse(const QString& text, QString* why)
{
    auto fail = [why](const QString& sentence) -> std::optional<DatabaseUrl> {
        if (why) {
            *why = sentence;
        }
        return std::nullopt;
    };
    const QString trimmed = text.trimmed();
    if (trimmed.startsWith(QLatin1String("sqlite:"))) {
        DatabaseUrl url;
        url.dialect = Dialect::SQLite;
        QString path = trimmed.mid(7);
        if (path.startsWith(QLatin1String("//"))) {
            path = path.mid(2); // sqlite:///abs/path and sqlite://rel both tolerated
        }
        if (path.isEmpty()) {
            return fail(DatabaseUrlText::tr("The SQLite URL names no file; write sqlite:PATH, "
                                            "for example sqlite:paydesk.db."));
        }
        url.path = path;
        return url;
    }
    if (!trimmed.startsWith(QLatin1String("postgresql://")) && !trimmed.startsWith(QLatin1String("postgres://"))) {
        return fail(DatabaseUrlText::tr("The database URL must start with postgresql:// or "
                                        "sqlite: (for example postgresql://me@db.example:5432/"
                                        "paydesk or sqlite:paydesk.db)."));
    }
    const QUrl qurl(trimmed, QUrl::StrictMode);
    if (!qurl.isValid()) {
        return fail(DatabaseUrlText::tr("The database URL is not well formed: %1").arg(qurl.errorString()));
    }
    DatabaseUrl url;
    url.dialect = Dialect::PostgreSQL;
    url.host = qurl.host();
    if (url.host.isEmpty()) {
        return fail(DatabaseUrlText::tr("The PostgreSQL URL names no host; write "
                                        "postgresql://USER@HOST:PORT/DATABASE."));
    }
    url.port = qurl.port(5432);
    if (url.port <= 0 || url.port > 65535) {
        return fail(DatabaseUrlText::tr("The port must be a number from 1 to 65535."));
    }
    url.database = qurl.path(QUrl::FullyDecoded);
    if (url.database.startsWith(QLatin1Char('/'))) {
        url.database.remove(0, 1);
    }
    if (url.database.isEmpty()) {
        return fail(DatabaseUrlText::tr("The PostgreSQL URL names no database; add /DATABASE "
                                        "after the host and port."));
    }
    url.user = qurl.userName(QUrl::FullyDecoded);
    url.password = qurl.password(QUrl::FullyDecoded);
    const QUrlQuery query(qurl);
    for (const auto& item : query.queryItems(QUrl::FullyDecoded)) {
        if (item.first == QLatin1String("sslmode")) {
            if (!isKnownSslMode(item.second)) {
                return fail(DatabaseUrlText::tr("Unknown sslmode \"%1\"; use disable, allow, "
                                                "prefer, require, verify-ca or verify-full.")
                                .arg(item.second));
            }
            url.sslMode = item.second;
        } else if (item.first == QLatin1String("sslrootcert")) {
            url.sslRootCert = item.second;
        } else if (item.first == QLatin1String("connect_timeout")) {
            bool ok = false;
            const int seconds = item.second.toInt(&ok);
            if (!ok || seconds < 1 || seconds > 600) {
                return fail(DatabaseUrlText::tr("connect_timeout must be a whole number of "
                                                "seconds from 1 to 600."));
            }
            url.connectTimeoutSeconds = seconds;
        } else {
            return fail(DatabaseUrlText::tr("Unknown URL parameter \"%1\"; Paydesk understands "
                                            "sslmode, sslrootcert and connect_timeout.")
                            .arg(item.first));
        }
    }
    return url;
}

QString DatabaseUrl::toString() const
{
    if (dialect == Dialect::SQLite) {
        return QStringLiteral("sqlite:") + path;
    }
    QUrl qurl;
    qurl.setScheme(QStringLiteral("postgresql"));
    qurl.setHost(host);
    qurl.setPort(port);
    qurl.setUserName(user);
    qurl.setPath(QLatin1Char('/') + database);
    QUrlQuery query;
    if (!sslMode.isEmpty()) {
        query.addQueryItem(QStringLiteral("sslmode"), sslMode);
    }
    if (!sslRootCert.isEmpty()) {
        query.addQueryItem(QStringLiteral("sslrootcert"), sslRootCert);
    }
    if (connectTimeoutSeconds != 10) {
        query.addQueryItem(QStringLiteral("connect_timeout"), QString::number(connectTimeoutSeconds));
    }
    qurl.setQuery(query);
    return qurl.toString();
}

bool DatabaseUrl::isLocalHost() const
{
    return host == QLatin1String("localhost") || host == QLatin1String("127.0.0.1") || host == QLatin1String("::1") ||
           host.startsWith(QLatin1Char('/'));
}

QString DatabaseUrl::effectiveSslMode() const
{
    if (!sslMode.isEmpty()) {
        return sslMode;
    }
    return isLocalHost() ? QStringLiteral("prefer") : QStringLiteral("verify-full");
}

bool DatabaseUrl::verifiesServer() const
{
    const QString mode = effectiveSslMode();
    return mode == QLatin1String("verify-full") || mode == QLatin1String("verify-ca");
}

} // namespace pd
