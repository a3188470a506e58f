#include "sql/Migrations.h"

#include "sql/SqlSession.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>

namespace pd::sql {

namespace {

/// Arbitrary, fixed key of the PostgreSQL advisory lock that serialises schema upgrades.
constexpr qint64 kMigrationLockKey = 0x70617964'65736bLL; // "paydesk"

QString dialectFolder(Dialect dialect)
{
    return dialect == Dialect::PostgreSQL ? QStringLiteral(":/sql/postgresql") : QStringLiteral(":/sql/sqlite");
}

const char* migrationsTableDdl(Dialect dialect)
{
    return dialect == Dialect::PostgreSQL
               ? "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR(100) NOT NULL, "
                 "checksum CHAR(64) NOT NULL, applied_at TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT "
                 "CURRENT_TIMESTAMP)"
               : "CREATE TABLE schema_migrations (version INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                 "checksum TEXT NOT NULL, applied_at TEXT NOT NULL DEFAULT "
                 "(strftime('%Y-%m-%dT%H:%M:%f', 'now') || '000Z'))";
}

Result<QStringList> listTables(SqlSession& session)
{
    SqlBuilder statement(session.dialect() == Dialect::PostgreSQL
                             ? "SELECT table_name FROM information_schema.tables WHERE table_schema = "
                               "current_schema() ORDER BY table_name"
                             : "SELECT name FROM sqlite_master WHERE type IN ('table', 'view') AND name NOT LIKE "
                               "'sqlite\\_%' ESCAPE '\\' ORDER BY name");
    QSqlQuery query;
    Error error;
    if (!session.exec(query, statement, &error)) {
        return error;
    }
    QStringList tables;
    while (query.next()) {
        tables << query.value(0).toString();
    }
    return tables;
}

struct AppliedRow
{
    int version;
    QString name;
    QString checksum;
};
} // namespace

QVector<Migration> Migrator::available(Dialect dialect)
{
    QVector<Migration> migrations;
    const QDir dir(dialectFolder(dialect));
    static const QRegularExpression pattern(QStringLiteral("^(\\d{3})_([a-z0-9_]+)\\.sql$"));
    for (const QString& file : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto match = pattern.match(file);
        if (!match.hasMatch()) {
            continue;
        }
        QFile f(dir.filePath(file));
        if (!f.open(QIODevice::ReadOnly)) {
            continue;
        }
        const QByteArray bytes = f.readAll();
        Migration m;
        m.version = match.captured(1).toInt();
        m.name = match.captured(2);
        m.sql = QString::fromUtf8(bytes);
        m.checksum = QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
        migrations.append(m);
    }
    return migrations;
}

Result<SchemaState> Migrator::inspect(SqlSession& session)
{
    const QVector<Migration> known = available(session.dialect());
    SchemaState state;
    state.latestKnown = known.isEmpty() ? 0 : known.back().version;

    auto tables = listTables(session);
    if (!tables.ok()) {
        return tables.error();
    }
    const QStringList& names = tables.value();
    if (names.isEmpty()) {
        state.kind = SchemaState::Kind::Empty;
        return state;
    }
    auto foreign = [&state, &names]() {
        state.kind = SchemaState::Kind::Foreign;
        state.foreignTables = names.mid(0, 5);
        return state;
    };
    if (!names.contains(QStringLiteral("schema_migrations"))) {
        return foreign();
    }
    QSqlQuery query;
    if (!session.exec(query, SqlBuilder("SELECT version, name, checksum FROM schema_migrations ORDER BY version"))) {
        // A schema_migrations table of another shape belongs to another program.
        return foreign();
    }
    QVector<AppliedRow> applied;
    while (query.next()) {
        applied.append({query.value(0).toInt(), query.value(1).toString(), query.value(2).toString().trimmed()});
    }
    if (applied.isEmpty()) {
        // Only our own bookkeeping table: an init that stopped before its first migration.
        if (names.size() == 1) {
            state.kind = SchemaState::Kind::Paydesk;
            state.version = 0;
            return state;
        }
        return foreign();
    }
    if (applied.front().version != 1 || applied.front().name != known.value(0).name) {
        return foreign();
    }
    for (const AppliedRow& row : applied) {
        if (row.version > state.latestKnown) {
            break; // newer than this program: reported through state.version below
        }
        const auto it =
            std::find_if(known.begin(), known.end(), [&row](const Migration& m) { return m.version == row.version; });
        if (it == known.end() || it->name != row.name || it->checksum != row.checksum) {
            if (row.version == 1) {
                return foreign();
            }
            return Error(
                Error::Kind::NotPaydesk,
                Migrator::tr("Migration %1 (%2) in this database differs from the one this version of Paydesk ships. "
                             "Paydesk will not change the schema; ask the administrator which version created it.")
                    .arg(row.version)
                    .arg(row.name));
        }
    }
    state.kind = SchemaState::Kind::Paydesk;
    state.version = applied.back().version;
    return state;
}

Result<SchemaState> Migrator::checkUsable(SqlSession& session)
{
    auto inspected = inspect(session);
    if (!inspected.ok()) {
        return inspected.error();
    }
    const SchemaState& state = inspected.value();
    switch (state.kind) {
    case SchemaState::Kind::Empty:
        return Error(Error::Kind::EmptyDatabase,
                     Migrator::tr("This database has no Paydesk schema yet. Create it with: paydesk --init-db %1")
                         .arg(session.url().toString()));
    case SchemaState::Kind::Foreign:
        return Error(
            Error::Kind::NotPaydesk,
            Migrator::tr("This database holds tables of another program (%1) and no Paydesk schema. Paydesk will "
                         "not change it; choose another database.")
                .arg(state.foreignTables.join(QStringLiteral(", "))));
    case SchemaState::Kind::Paydesk:
        break;
    }
    if (state.version > state.latestKnown) {
        return Error(
            Error::Kind::SchemaTooNew,
            Migrator::tr("This database was upgraded by a newer Paydesk (schema %1; this program knows up to %2). "
                         "Install the newer Paydesk.")
                .arg(state.version)
                .arg(state.latestKnown));
    }
    if (state.version < state.latestKnown) {
        return Error(
            Error::Kind::SchemaOutdated,
            Migrator::tr("This database has an older Paydesk schema (%1 of %2). Upgrade it with: paydesk --init-db %3")
                .arg(state.version)
                .arg(state.latestKnown)
                .arg(session.url().toString()));
    }
    return state;
}

Result<int> Migrator::upgrade(SqlSession& session)
{
    auto begun = session.begin();
    if (!begun.ok()) {
        return begun.error();
    }
    auto fail = [&session](Error error) -> Result<int> {
        session.rollback();
        return error;
    };
    if (session.dialect() == Dialect::PostgreSQL) {
        QSqlQuery lock;
        Error error;
        if (!session.exec(lock, SqlBuilder("SELECT pg_advisory_xact_lock(").bind(kMigrationLockKey).sql(")"), &error)) {
            return fail(error);
        }
    }
    auto inspected = inspect(session);
    if (!inspected.ok()) {
        return fail(inspected.error());
    }
    const SchemaState state = inspected.value();
    if (state.kind == SchemaState::Kind::Foreign) {
        return fail(
            Error(Error::Kind::NotPaydesk,
                  Migrator::tr("This database holds tables of another program (%1) and no Paydesk schema. Nothing was "
                               "changed; choose an empty database or an existing Paydesk database.")
                      .arg(state.foreignTables.join(QStringLiteral(", ")))));
    }
    if (state.version > state.latestKnown) {
        return fail(
            Error(Error::Kind::SchemaTooNew,
                  Migrator::tr("This database was upgraded by a newer Paydesk (schema %1; this program knows up to "
                               "%2). Nothing was changed.")
                      .arg(state.version)
                      .arg(state.latestKnown)));
    }
    QSqlQuery query(session.database());
    if (state.kind == SchemaState::Kind::Empty) {
        if (!query.exec(QLatin1String(migrationsTableDdl(session.dialect())))) { // sql-binding: fixed DDL
            return fail(session.classify(query.lastError(), Migrator::tr("creating schema_migrations")));
        }
    }
    int applied = 0;
    for (const Migration& migration : available(session.dialect())) {
        if (migration.version <= state.version) {
            continue;
        }
        for (const QString& statement : splitSqlStatements(migration.sql)) {
            // Migration files are part of the program (compiled-in resources), never user input.
            if (!query.exec(statement)) { // sql-binding: a statement of a compiled-in migration file
                Error error = session.classify(
                    query.lastError(),
                    Migrator::tr("applying migration %1 (%2)").arg(migration.version).arg(migration.name));
                return fail(error);
            }
        }
        QSqlQuery record;
        Error error;
        if (!session.exec(record,
                          SqlBuilder("INSERT INTO schema_migrations (version, name, checksum) VALUES (")
                              .bind(migration.version)
                              .sql(", ")
                              .bind(migration.name)
                              .sql(", ")
                              .bind(migration.checksum)
                              .sql(")"),
                          &error)) {
            return fail(error);
        }
        ++applied;
    }
    auto committed = session.commit();
    if (!committed.ok()) {
        return committed.error();
    }
    return applied;
}

QStringList splitSqlStatements(const QString& script)
{
    QStringList statements;
    QString current;
    const qsizetype n = script.size();
    bool sawCode = false; // the current piece holds more than whitespace and comments
    auto flush = [&]() {
        const QString trimmed = current.trimmed();
        if (sawCode && !trimmed.isEmpty()) {
            statements << trimmed;
        }
        current.clear();
        sawCode = false;
    };
    auto startsTrigger = [&current]() {
        static const QRegularExpression trigger(QStringLiteral("^\\s*CREATE\\s+(TEMP\\s+|TEMPORARY\\s+)?TRIGGER\\b"),
                                                QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression commentLines(QStringLiteral("^(\\s*--[^\\n]*\\n)*"));
        QString code = current;
        code.remove(commentLines);
        return trigger.match(code).hasMatch();
    };
    auto hasTriggerBody = [&current]() {
        static const QRegularExpression begin(QStringLiteral("\\bBEGIN\\b"), QRegularExpression::CaseInsensitiveOption);
        return begin.match(current).hasMatch();
    };
    auto endsWithEnd = [&current]() {
        static const QRegularExpression end(QStringLiteral("\\bEND\\s*$"), QRegularExpression::CaseInsensitiveOption);
        return end.match(current).hasMatch();
    };

    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = script[i];
        const QChar next = i + 1 < n ? script[i + 1] : QChar();
        if (c == QLatin1Char('-') && next == QLatin1Char('-')) {
            const qsizetype eol = script.indexOf(QLatin1Char('\n'), i);
            const qsizetype stop = eol < 0 ? n : eol + 1;
            current += script.mid(i, stop - i);
            i = stop - 1;
            continue;
        }
        if (c == QLatin1Char('/') && next == QLatin1Char('*')) {
            const qsizetype close = script.indexOf(QStringLiteral("*/"), i + 2);
            const qsizetype stop = close < 0 ? n : close + 2;
            current += script.mid(i, stop - i);
            i = stop - 1;
            continue;
        }
        if (c == QLatin1Char('\'') || c == QLatin1Char('"')) {
            qsizetype j = i + 1;
            while (j < n) {
                if (script[j] == c) {
                    if (j + 1 < n && script[j + 1] == c) {
                        j += 2; // doubled quote inside the literal
                        continue;
                    }
                    break;
                }
                ++j;
            }
            const qsizetype stop = j < n ? j + 1 : n;
            current += script.mid(i, stop - i);
            sawCode = true;
            i = stop - 1;
            continue;
        }
        if (c == QLatin1Char('$')) {
            // PostgreSQL dollar quoting: $tag$ ... $tag$ (tag may be empty)
            qsizetype j = i + 1;
            while (j < n && (script[j].isLetterOrNumber() || script[j] == QLatin1Char('_'))) {
                ++j;
            }
            if (j < n && script[j] == QLatin1Char('$') && !(j > i + 1 && script[i + 1].isDigit())) {
                const QString tag = script.mid(i, j - i + 1);
                const qsizetype close = script.indexOf(tag, j + 1);
                const qsizetype stop = close < 0 ? n : close + tag.size();
                current += script.mid(i, stop - i);
                sawCode = true;
                i = stop - 1;
                continue;
            }
        }
        if (c == QLatin1Char(';')) {
            if (startsTrigger() && hasTriggerBody() && !endsWithEnd()) {
                current += c; // a statement inside a trigger body
                continue;
            }
            flush();
            continue;
        }
        if (!c.isSpace()) {
            sawCode = true;
        }
        current += c;
    }
    flush();
    return statements;
}

} // namespace pd::sql
