#include "sql/SqlUsers.h"

#include "sql/SqlAudit.h"
#include "sql/SqlSession.h"
#include "sql/SqlWrite.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

#include <functional>

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

namespace {
/// A versioned status column set with a reason: reads and locks the row, refuses a stale version
/// (Conflict naming who changed it), asks `refusal` whether the step from the stored value is
/// allowed (a non-empty sentence refuses it), updates, and writes the audit row `action`.
/// `table`, `column` and `action` are fixed text of the callers below.
Result<Done> setStatus(SqlSession& session, const char* table, const char* column, const char* action, qint64 id,
                       int version, const QString& wanted, const QString& what, const QString& reasonText,
                       const std::function<QString(const QString& stored)>& refusal)
{
    const auto checked = auditReason(reasonText);
    if (!checked.ok()) {
        return checked.error();
    }
    return inTransaction<Done>(session, [&]() -> Result<Done> {
        SqlBuilder read("SELECT ");
        read.sql(column).sql(", version FROM ").sql(table).sql(" WHERE id = ").bind(id);
        auto row = readLockedRow(session, read, " FOR UPDATE", UsersText::tr("%1 does not exist any more.").arg(what));
        if (!row.ok()) {
            return row.error();
        }
        const QString stored = row.value().at(0).toString();
        if (row.value().at(1).toInt() != version) {
            return conflict(session, table, id, what);
        }
        if (const QString refused = refusal(stored); !refused.isEmpty()) {
            return Error(Error::Kind::Invalid, refused);
        }
        SqlBuilder update("UPDATE ");
        update.sql(table).sql(" SET ").sql(column).sql(" = ").bind(wanted);
        update.sql(", version = version + 1, updated_at = ");
        bindInstant(update, session.dialect(), SqlSession::nowText());
        update.sql(" WHERE id = ").bind(id).sql(" AND version = ").bind(version);
        QSqlQuery query;
        Error error;
        if (!session.exec(query, update, &error)) {
            return error;
        }
        if (query.numRowsAffected() != 1) {
            return conflict(session, table, id, what);
        }
        return appendAudit(session, action, table, id, QJsonObject{{QLatin1String(column), stored}},
                           QJsonObject{{QLatin1String(column), wanted}}, checked.value());
    });
}
} // namespace

Result<Done> setStaffActive(SqlSession& session, const StaffActivation& change)
{
    const auto checked = auditReason(change.reason);
    if (!checked.ok()) {
        return checked.error();
    }
    const QString what = UsersText::tr("Staff member #%1").arg(change.id);
    if (session.dialect() == Dialect::SQLite) {
        // No logins in a file: the staff row alone, as on PostgreSQL audited with the reason.
        return setStatus(session, "staff", "is_active", change.active ? "staff.reactivate" : "staff.deactivate",
                         change.id, change.version, change.active ? QStringLiteral("1") : QStringLiteral("0"), what,
                         change.reason, [&](const QString& stored) {
                             return (stored == QLatin1String("1")) == change.active
                                        ? (change.active ? UsersText::tr("%1 is active already.").arg(what)
                                                         : UsersText::tr("%1 is deactivated already.").arg(what))
                                        : QString();
                         });
    }
    return inTransaction<Done>(session, [&]() -> Result<Done> {
        SqlBuilder read("SELECT login, is_active, version FROM staff_directory WHERE id = ");
        read.bind(change.id);
        auto row = readLockedRow(session, read, "", UsersText::tr("%1 does not exist any more.").arg(what));
        if (!row.ok()) {
            return row.error();
        }
        if (row.value().at(2).toInt() != change.version) {
            return conflict(session, "staff", change.id, what);
        }
        if (row.value().at(1).toBool() == change.active) {
            return Error(Error::Kind::Invalid, change.active ? UsersText::tr("%1 is active already.").arg(what)
                                                             : UsersText::tr("%1 is deactivated already.").arg(what));
        }
        // The database's function changes the row, the login and its server sessions together
        // (migration 009) and refuses a login deactivating itself, in its own words.
        SqlBuilder call("SELECT paydesk_set_staff_active(");
        call.bind(row.value().at(0).toString()).sql(", ").bind(change.active).sql(", ").bind(checked.value()).sql(")");
        auto changed = session.scalar(call);
        if (!changed.ok()) {
            Error error = changed.error();
            const QString raised = SqlSession::raisedMessage(error.detail);
            if (!raised.isEmpty()) {
                error.message = raised;
            }
            return error;
        }
        return Done{};
    });
}

Result<Done> changeMemberService(SqlSession& session, const MemberServiceChange& change)
{
    static const QStringList statuses = {QStringLiteral("active"), QStringLiteral("paused"),
                                         QStringLiteral("withdrawn")};
    if (!statuses.contains(change.status)) {
        return Error(Error::Kind::Invalid, UsersText::tr("\"%1\" is not a service status; use active, paused or "
                                                         "withdrawn.")
                                               .arg(change.status));
    }
    const QString what = UsersText::tr("Member #%1").arg(change.id);
    const char* action = change.status == QLatin1String("paused")      ? "member.pause"
                         : change.status == QLatin1String("withdrawn") ? "member.withdraw"
                                                                       : "member.resume";
    return setStatus(session, "parents", "service_status", action, change.id, change.version, change.status, what,
                     change.reason, [&](const QString& stored) {
                         return stored == change.status ? UsersText::tr("%1 is %2 already.").arg(what, change.status)
                                                        : QString();
                     });
}

Result<Done> changeContractStatus(SqlSession& session, const ContractStatusChange& change)
{
    static const QStringList statuses = {QStringLiteral("pending_registration"), QStringLiteral("active"),
                                         QStringLiteral("suspended"), QStringLiteral("terminated")};
    if (!statuses.contains(change.status)) {
        return Error(Error::Kind::Invalid, UsersText::tr("\"%1\" is not a contract status; use active, suspended or "
                                                         "terminated.")
                                               .arg(change.status));
    }
    const QString what = UsersText::tr("Auto-debit contract #%1").arg(change.id);
    const char* action = change.status == QLatin1String("suspended")    ? "cms.suspend"
                         : change.status == QLatin1String("terminated") ? "cms.terminate"
                                                                        : "cms.activate";
    return setStatus(
        session, "cms_info", "cms_status", action, change.id, change.version, change.status, what, change.reason,
        [&](const QString& stored) {
            if (contractTransitionAllowed(stored, change.status)) {
                return QString();
            }
            return stored == QLatin1String("terminated")
                       ? UsersText::tr("%1 is terminated; a terminated contract is final. Register a "
                                       "new contract instead.")
                             .arg(what)
                       : UsersText::tr("%1 is %2; it cannot become %3 from there.").arg(what, stored, change.status);
        });
}

} // namespace pd::sql
