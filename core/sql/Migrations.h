#pragma once

#include <QCoreApplication>

#include "DatabaseUrl.h"
#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <QVector>

namespace pd::sql {

class SqlSession;

/// One numbered schema change, read from resources/sql/<dialect>/NNN_name.sql.
struct Migration
{
    int version = 0;
    QString name;     ///< "initial" for 001_initial.sql
    QString sql;      ///< the whole file
    QString checksum; ///< hex SHA-256 of the file, recorded when applied
};

/// What a database holds, as far as Paydesk's schema is concerned.
struct SchemaState
{
    enum class Kind {
        Empty,   ///< no tables at all: `--init-db` may create the schema
        Paydesk, ///< a Paydesk schema at `version`
        Foreign, ///< tables that are not Paydesk's: never touched
    };
    Kind kind = Kind::Empty;
    int version = 0;           ///< highest applied migration (Paydesk only)
    int latestKnown = 0;       ///< highest migration this program ships
    QStringList foreignTables; ///< a few of the tables found, for the message (Foreign only)
};

/// Applies Paydesk's numbered migrations in order and records each in `schema_migrations`
/// (version, name, checksum, applied_at).
///
/// A database is recognised as Paydesk's by its `schema_migrations` rows: the applied
/// migrations' names and checksums must match the files this program ships. Anything else
/// with tables in it is foreign and is refused without a change.
class Migrator
{
    Q_DECLARE_TR_FUNCTIONS(Migrator)

public:
    /// The migrations this program ships for a dialect, in version order.
    static QVector<Migration> available(Dialect dialect);

    /// Looks at the database without changing it.
    static Result<SchemaState> inspect(SqlSession& session);

    /// Creates or upgrades the schema to the latest migration. Refuses (changing nothing) when
    /// the database is foreign, newer than this program, or an applied migration was edited.
    /// Runs under a lock (PostgreSQL advisory lock, SQLite BEGIN IMMEDIATE) so two programs
    /// upgrading at once apply each migration once. Returns the number of migrations applied.
    static Result<int> upgrade(SqlSession& session);

    /// Checks that the database can be used as it is: a Paydesk schema at the latest version.
    /// Empty, foreign, older and newer schemas each give an Error with advice.
    static Result<SchemaState> checkUsable(SqlSession& session);
};

/// Splits an SQL script into statements at top-level ';', respecting quotes, comments,
/// PostgreSQL dollar quoting and SQLite trigger bodies (BEGIN ... END;). Empty statements and
/// comment-only pieces are dropped.
QStringList splitSqlStatements(const QString& script);

} // namespace pd::sql
