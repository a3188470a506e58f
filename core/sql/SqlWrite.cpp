#include "sql/SqlWrite.h"

#include "sql/SqlAudit.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QSqlRecord>

namespace pd::sql {

namespace {
/// Shares the translation context of the payments' sentences, where these were first written.
struct WriteText
{
    Q_DECLARE_TR_FUNCTIONS(Payments)
};
} // namespace

Error invalid(const QString& message)
{
    return Error(Error::Kind::Invalid, message);
}

Error inTheDatabasesWords(Error error, std::optional<Error::Kind> only)
{
    const QString raised = SqlSession::raisedMessage(error.detail);
    if (!raised.isEmpty() && (!only || error.kind == *only)) {
        error.message = raised;
    }
    return error;
}

Result<QString> auditReason(const QString& text)
{
    const QString reason = text.trimmed();
    if (reason.isEmpty()) {
        return Error(Error::Kind::Invalid, WriteText::tr("Give a reason: it is kept in the audit log with your name."));
    }
    if (reason.size() > 500) {
        return Error(Error::Kind::Invalid, WriteText::tr("The reason is longer than 500 characters; shorten it."));
    }
    return reason;
}

QString when(const QDateTime& at)
{
    return at.isValid() ? at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                        : WriteText::tr("an unknown time");
}

Error conflict(SqlSession& session, const char* entity, qint64 id, const QString& what)
{
    const LastChange last = lastChange(session, entity, id);
    return Error(Error::Kind::Conflict,
                 WriteText::tr("%1 was changed by %2 at %3 since you loaded it. Nothing was changed; look at it "
                               "again and decide.")
                     .arg(what, last.actor.isEmpty() ? WriteText::tr("someone") : last.actor, when(last.at)),
                 last.action);
}

/// Runs `read` (a one-row SELECT, locked FOR UPDATE on PostgreSQL with `lockClause`) and
/// returns the row's values; NotFound with `gone` when there is no row.
Result<QVariantList> readLockedRow(SqlSession& session, SqlBuilder read, const char* lockClause, const QString& gone)
{
    SqlDialect::of(session.dialect()).lock(read, lockClause);
    QSqlQuery query;
    Error error;
    if (!session.exec(query, read, &error)) {
        return error;
    }
    if (!query.next()) {
        return Error(Error::Kind::NotFound, gone);
    }
    QVariantList values;
    for (int i = 0; i < query.record().count(); ++i) {
        values << query.value(i);
    }
    return values;
}

} // namespace pd::sql
