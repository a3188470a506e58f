#include "ConnectionProfile.h"

#include <QCoreApplication>

#include <QDir>
#include <QStandardPaths>

namespace pd {

QString embeddedDatabasePath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    return QDir(dir).filePath(QStringLiteral("demo.db"));
}

std::optional<DatabaseUrl> ConnectionProfile::resolvedUrl() const
{
    if (kind == Kind::Embedded) {
        DatabaseUrl url;
        url.dialect = Dialect::SQLite;
        url.path = embeddedDatabasePath();
        return url;
    }
    if (kind == Kind::Server) {
        return std::nullopt;
    }
    return DatabaseUrl::parse(databaseUrl);
}

QString ConnectionProfile::kindKey(Kind kind)
{
    switch (kind) {
    case Kind::Embedded:
        return QStringLiteral("embedded");
    case Kind::SQLite:
        return QStringLiteral("sqlite");
    case Kind::PostgreSQL:
        return QStringLiteral("postgresql");
    case Kind::Server:
        return QStringLiteral("server");
    }
    return {};
}

ConnectionProfile::Kind ConnectionProfile::kindFromKey(const QString& key)
{
    for (Kind k : {Kind::Embedded, Kind::SQLite, Kind::PostgreSQL, Kind::Server}) {
        if (kindKey(k) == key) {
            return k;
        }
    }
    return Kind::Embedded;
}

QVector<ConnectionProfile> ProfileStore::load() const
{
    QVector<ConnectionProfile> profiles;
    const int n = m_settings.beginReadArray(QStringLiteral("profiles"));
    for (int i = 0; i < n; ++i) {
        m_settings.setArrayIndex(i);
        ConnectionProfile p;
        p.name = m_settings.value(QStringLiteral("name")).toString();
        p.kind = ConnectionProfile::kindFromKey(m_settings.value(QStringLiteral("kind")).toString());
        p.databaseUrl = m_settings.value(QStringLiteral("databaseUrl")).toString();
        p.serverUrl = m_settings.value(QStringLiteral("serverUrl")).toString();
        p.serverUser = m_settings.value(QStringLiteral("serverUser")).toString();
        p.caFile = m_settings.value(QStringLiteral("caFile")).toString();
        p.readReplica = m_settings.value(QStringLiteral("readReplica")).toString();
        if (!p.name.isEmpty()) {
            profiles.append(p);
        }
    }
    m_settings.endArray();
    return profiles;
}

void ProfileStore::save(const QVector<ConnectionProfile>& profiles)
{
    m_settings.beginWriteArray(QStringLiteral("profiles"), int(profiles.size()));
    for (int i = 0; i < profiles.size(); ++i) {
        m_settings.setArrayIndex(i);
        const ConnectionProfile& p = profiles[i];
        m_settings.setValue(QStringLiteral("name"), p.name);
        m_settings.setValue(QStringLiteral("kind"), ConnectionProfile::kindKey(p.kind));
        // Defensive: a URL never carries a password into the settings file.
        auto url = DatabaseUrl::parse(p.databaseUrl);
        m_settings.setValue(QStringLiteral("databaseUrl"), url ? url->toString() : QString());
        m_settings.setValue(QStringLiteral("serverUrl"), p.serverUrl);
        m_settings.setValue(QStringLiteral("serverUser"), p.serverUser);
        m_settings.setValue(QStringLiteral("caFile"), p.caFile);
        m_settings.setValue(QStringLiteral("readReplica"), p.readReplica.trimmed());
    }
    m_settings.endArray();
}

std::optional<DatabaseUrl> ConnectionProfile::replicaUrl(const DatabaseUrl& primary, const QString& readReplica,
                                                         QString* error)
{
    const QString text = readReplica.trimmed();
    if (text.isEmpty() || primary.dialect != Dialect::PostgreSQL) {
        return std::nullopt;
    }
    if (text.startsWith(QLatin1String("postgresql://"))) {
        // A whole URL: its own database, user and TLS settings; the primary's password when it
        // names none (the same login on a standby).
        QString why;
        auto url = DatabaseUrl::parse(text, &why);
        if (!url) {
            if (error) {
                *error = why;
            }
            return std::nullopt;
        }
        if (url->password.isEmpty() && url->user == primary.user) {
            url->password = primary.password;
        }
        url->mayCreate = false;
        return url;
    }
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    QString host = colon > 0 ? text.left(colon) : text;
    int port = 5432;
    if (colon > 0) {
        bool ok = false;
        port = text.mid(colon + 1).toInt(&ok);
        if (!ok || port < 1 || port > 65535) {
            if (error) {
                *error = QCoreApplication::translate("pd::ConnectionProfile",
                                                     "The read replica \"%1\" has no valid port; write host:port, for "
                                                     "example replica.example.org:5432.")
                             .arg(text);
            }
            return std::nullopt;
        }
    }
    if (host.isEmpty() || host.contains(QLatin1Char('/')) || host.contains(QLatin1Char(' '))) {
        if (error) {
            *error = QCoreApplication::translate("pd::ConnectionProfile",
                                                 "The read replica \"%1\" is not a host name; write host:port.")
                         .arg(text);
        }
        return std::nullopt;
    }
    DatabaseUrl replica = primary;
    replica.host = host;
    replica.port = port;
    replica.mayCreate = false;
    return replica;
}

QString ProfileStore::lastUsed() const
{
    return m_settings.value(QStringLiteral("lastProfile")).toString();
}

void ProfileStore::setLastUsed(const QString& name)
{
    m_settings.setValue(QStringLiteral("lastProfile"), name);
}

} // namespace pd
