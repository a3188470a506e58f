#include "sql/SqlUsers.h"

#include "sql/SqlAudit.h"
#include "sql/SqlSession.h"
#include "sql/SqlWrite.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace pd::sql {

namespace {
struct UsersText
{
    Q_DECLARE_TR_FUNCTIONS(pd::sql::Users)
};
} // namespace

Result<Done> setUserActive(SqlSession& session, const UserActivation& change)
{
    const auto checked = auditReason(change.reason);
    if (!checked.ok()) {
        return checked.error();
    }
    const QString reason = checked.value();
    return inTransaction<Done>(session, [&]() -> Result<Done> {
        SqlBuilder read("SELECT is_active, version FROM users WHERE id = ");
        read.bind(change.id);
        auto row = readLockedRow(session, read, " FOR UPDATE",
                                 UsersText::tr("User #%1 does not exist any more.").arg(change.id));
        if (!row.ok()) {
            return row.error();
        }
        // NULL is_active (seed data) counts as active, as the lists show it.
        const bool active = row.value().at(0).isNull() || row.value().at(0).toBool();
        const int version = row.value().at(1).toInt();
        const QString what = UsersText::tr("User #%1").arg(change.id);
        if (version != change.version) {
            return conflict(session, "users", change.id, what);
        }
        if (active == change.active) {
            return Error(Error::Kind::Invalid, change.active ? UsersText::tr("%1 is active already.").arg(what)
                                                             : UsersText::tr("%1 is deactivated already.").arg(what));
        }
        SqlBuilder update("UPDATE users SET is_active = ");
        update.bind(change.active).sql(", version = version + 1, updated_at = ");
        bindInstant(update, session.dialect(), SqlSession::nowText());
        update.sql(" WHERE id = ").bind(change.id).sql(" AND version = ").bind(change.version);
        QSqlQuery query;
        Error error;
        if (!session.exec(query, update, &error)) {
            return error;
        }
        if (query.numRowsAffected() != 1) {
            return conflict(session, "users", change.id, what);
        }
        return appendAudit(session, change.active ? "user.reactivate" : "user.deactivate", "users", change.id,
                           QJsonObject{{QStringLiteral("is_active"), active}},
                           QJsonObject{{QStringLiteral("is_active"), change.active}}, reason);
    });
}

} // namespace pd::sql
