#pragma once

#include <QString>

#include <optional>

namespace pd {

/// SQL dialects Paydesk speaks; each has its own migration folder under resources/sql/.
enum class Dialect { PostgreSQL, SQLite };

/// A database named by a URL, as given to `paydesk --db URL` or `--init-db URL`:
///
///   postgresql://USER[:PASSWORD]@HOST[:PORT]/DBNAME[?sslmode=MODE&sslrootcert=FILE&connect_timeout=S]
///   sqlite:PATH            (PATH relative to the working directory, or absolute)
///
/// `postgres://` is accepted as an alias. A password in the URL is accepted for scripts but
/// never written back out: toString() leaves it out. The `sslmode` values are libpq's
/// (disable, allow, prefer, require, verify-ca, verify-full); when the URL gives none,
/// effectiveSslMode() chooses verify-full for any host other than localhost and prefer for
/// localhost (docs/TESTING.md: libpq's default `prefer` checks nobody).
struct DatabaseUrl
{
    Dialect dialect = Dialect::SQLite;
    // PostgreSQL
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;
    QString sslMode; ///< as given; empty means "choose for me" (see effectiveSslMode())
    QString sslRootCert;
    int connectTimeoutSeconds = 10;
    // SQLite
    QString path;
    /// SQLite: opening may create a missing file. Not part of the URL text: commands that only
    /// read or change a database clear it, so a mistyped path is an error, not a new empty file.
    bool mayCreate = true;

    /// Parses a URL; on failure returns nullopt and sets `why` to a sentence for the user.
    static std::optional<DatabaseUrl> parse(const QString& text, QString* why = nullptr);

    /// The URL without the password, suitable for settings, logs and the status bar.
    QString toString() const;

    /// The sslmode actually used: the given one, or the safe default for the host.
    QString effectiveSslMode() const;
    /// True for 127.0.0.1, ::1, localhost and a Unix socket directory (host starting with '/').
    bool isLocalHost() const;
    /// True when the chosen sslmode checks the server's certificate chain and name.
    bool verifiesServer() const;
};

} // namespace pd
