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

    /// The database URL to connect to; the embedded profile resolves to embeddedDatabasePath().
    std::optional<DatabaseUrl> resolvedUrl() const;

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
