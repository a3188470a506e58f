#pragma once

#include "DatabaseUrl.h"

#include <QSettings>
#include <QString>
#include <QVector>

namespace pd {

/// A saved way to reach Paydesk's data: the embedded demo database, an SQLite file, a
/// PostgreSQL server or a Paydesk server. Never holds a password: those live in the
/// OS keychain or are asked for at connect time.
struct ConnectionProfile
{
    enum class Kind { Embedded, SQLite, PostgreSQL, Server };

    QString name;
    Kind kind = Kind::Embedded;
    QString databaseUrl; ///< for SQLite and PostgreSQL, without password
    QString serverUrl;   ///< for Kind::Server: https://host:port
    QString serverUser;  ///< for Kind::Server
    QString caFile;      ///< for Kind::Server: extra trusted CA (PEM)
    /// For Kind::PostgreSQL: "host:port" of a read-only streaming replica of the same database,
    /// reached with the same user, password and TLS settings, or its own postgresql:// URL
    /// (empty: none). Lists, counts,
    /// exports and the dashboard read from it (sql::SqlBackend::setReadReplica).
    QString readReplica;

    /// The database URL to connect to; the embedded profile resolves to embeddedDatabasePath().
    std::optional<DatabaseUrl> resolvedUrl() const;
    /// The replica's URL: `primary` with readReplica's host and port (default 5432), or
    /// readReplica itself when it is a postgresql:// URL (with the primary's password for the
    /// same user); nullopt when there is none or it is neither; `error` then says why (empty
    /// when none is set).
    static std::optional<DatabaseUrl> replicaUrl(const DatabaseUrl& primary, const QString& readReplica,
                                                 QString* error = nullptr);

    static QString kindKey(Kind kind);
    static Kind kindFromKey(const QString& key);
};

/// Where the embedded demo database lives: <AppDataLocation>/demo.db.
QString embeddedDatabasePath();

/// Connection profiles in QSettings (group "profiles"), plus the name of the last one used.
class ProfileStore
{
public:
    explicit ProfileStore(QSettings& settings)
        : m_settings(settings)
    {}
    QVector<ConnectionProfile> load() const;
    void save(const QVector<ConnectionProfile>& profiles);
    QString lastUsed() const;
    void setLastUsed(const QString& name);

private:
    QSettings& m_settings;
};

} // namespace pd
