#include "sql/SqlStaff.h"

#include "Auth.h"
#include "sql/SqlAudit.h"
#include "sql/SqlSession.h"
#include "sql/SqlWrite.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSqlQuery>

namespace pd::sql {

namespace {
struct StaffAdminText
{
    Q_DECLARE_TR_FUNCTIONS(pd::sql::StaffAdmin)
};

/// The staff member as stored: login, role, organisation, name, version.
struct StaffRow
{
    QString login;
    QString role;
    qint64 organizationId = 0;
    QString displayName;
    int version = 0;
};

Result<StaffRow> readStaff(SqlSession& session, qint64 id, const QString& what)
{
    SqlBuilder read("SELECT login, role, organization_id, display_name, version FROM staff_directory WHERE id = ");
    read.bind(id);
    auto row = readLockedRow(session, read, "", StaffAdminText::tr("%1 does not exist any more.").arg(what));
    if (!row.ok()) {
        return row.error();
    }
    const QVariantList& r = row.value();
    return StaffRow{r.at(0).toString(), r.at(1).toString(), r.at(2).toLongLong(), r.at(3).toString(), r.at(4).toInt()};
}

/// Refuses an organisation that does not exist or is closed.
Result<Done> refuseClosedOrganization(SqlSession& session, qint64 id)
{
    auto open = session.scalar(SqlBuilder("SELECT is_active FROM organizations WHERE id = ").bind(id));
    if (!open.ok()) {
        return open.error();
    }
    if (!open.value().isValid() || open.value().isNull() || !open.value().toBool()) {
        return invalid(
            StaffAdminText::tr("There is no open organisation #%1; choose where the staff member works.").arg(id));
    }
    return Done{};
}
} // namespace

Result<CreatedStaff> addStaffMember(SqlSession& session, const StaffDraft& draft)
{
    const QString login = draft.login.trimmed();
    if (const QString problem = staffLoginProblem(login); !problem.isEmpty()) {
        return invalid(problem);
    }
    if (const QString problem = staffRoleProblem(draft.role); !problem.isEmpty()) {
        return invalid(problem);
    }
    if (draft.displayName.trimmed().size() > 100) {
        return invalid(StaffAdminText::tr("The name is longer than 100 characters; shorten it."));
    }
    if (!draft.serverPassword.isEmpty()) {
        if (const QString problem =
                staffPasswordProblem(draft.serverPassword, StaffAdminText::tr("The server password"));
            !problem.isEmpty()) {
            return invalid(problem);
        }
    }
    const bool postgres = session.dialect() == Dialect::PostgreSQL;
    if (!draft.databasePassword.isEmpty()) {
        if (!postgres) {
            return invalid(StaffAdminText::tr("A SQLite file has no logins, so there is no database password to set; "
                                              "leave it empty."));
        }
        if (const QString problem =
                staffPasswordProblem(draft.databasePassword, StaffAdminText::tr("The database password"));
            !problem.isEmpty()) {
            return invalid(problem);
        }
    }
    const auto checked = auditReason(draft.reason);
    if (!checked.ok()) {
        return checked.error();
    }
    const QString hash = draft.serverPassword.isEmpty() ? QString() : auth::hashPassword(draft.serverPassword);
    const QString name = draft.displayName.trimmed().isEmpty() ? login : draft.displayName.trimmed();
    return inTransaction<CreatedStaff>(session, [&]() -> Result<CreatedStaff> {
        PD_TRY(refuseClosedOrganization(session, draft.organizationId));
        if (postgres) {
            SqlBuilder call("SELECT paydesk_staff_create(");
            call.bind(login).sql(", ").bind(draft.role).sql(", CAST(").bind(draft.organizationId).sql(" AS INTEGER), ");
            call.bind(name).sql(", ").bind(draft.databasePassword).sql(", ").bind(hash).sql(", ");
            call.bind(checked.value()).sql(")");
            auto id = session.scalar(call);
            if (!id.ok()) {
                return inTheDatabasesWords(id.error());
            }
            return CreatedStaff{id.value().toLongLong()};
        }
        auto taken = session.scalar(SqlBuilder("SELECT id FROM staff WHERE login = ").bind(login));
        if (!taken.ok()) {
            return taken.error();
        }
        if (taken.value().isValid() && !taken.value().isNull()) {
            return invalid(StaffAdminText::tr("The login \"%1\" belongs to a staff member already; change that one "
                                              "instead.")
                               .arg(login));
        }
        SqlBuilder insert("INSERT INTO staff (login, display_name, role, organization_id, password_hash) VALUES (");
        insert.bind(login).sql(", ").bind(name).sql(", ").bind(draft.role).sql(", ").bind(draft.organizationId);
        insert.sql(", ");
        if (hash.isEmpty()) {
            insert.sql("NULL");
        } else {
            insert.bind(hash);
        }
        insert.sql(") RETURNING id");
        QSqlQuery query;
        Error error;
        if (!session.exec(query, insert, &error)) {
            return inTheDatabasesWords(error);
        }
        if (!query.next()) {
            return Error(Error::Kind::Internal, StaffAdminText::tr("The new staff member's id did not come back."));
        }
        const CreatedStaff out{query.value(0).toLongLong()};
        query.finish();
        PD_TRY(appendAudit(session, "staff.add", "staff", out.id, {},
                           QJsonObject{{QStringLiteral("login"), login},
                                       {QStringLiteral("role"), draft.role},
                                       {QStringLiteral("organization_id"), draft.organizationId},
                                       {QStringLiteral("server_password"), !hash.isEmpty()}},
                           checked.value()));
        return out;
    });
}

Result<Done> changeStaff(SqlSession& session, const StaffEdit& edit)
{
    if (const QString problem = staffRoleProblem(edit.role); !problem.isEmpty()) {
        return invalid(problem);
    }
    if (edit.displayName.trimmed().size() > 100) {
        return invalid(StaffAdminText::tr("The name is longer than 100 characters; shorten it."));
    }
    const auto checked = auditReason(edit.reason);
    if (!checked.ok()) {
        return checked.error();
    }
    const QString what = StaffAdminText::tr("Staff member #%1").arg(edit.id);
    return inTransaction<Done>(session, [&]() -> Result<Done> {
        auto stored = readStaff(session, edit.id, what);
        if (!stored.ok()) {
            return stored.error();
        }
        const StaffRow s = stored.value();
        if (s.version != edit.version) {
            return conflict(session, "staff", edit.id, what);
        }
        const QString name = edit.displayName.trimmed().isEmpty() ? s.displayName : edit.displayName.trimmed();
        if (s.role == edit.role && s.organizationId == edit.organizationId && s.displayName == name) {
            return invalid(
                StaffAdminText::tr("Nothing changed: %1 has this role, organisation and name already.").arg(s.login));
        }
        if (edit.organizationId != s.organizationId) {
            PD_TRY(refuseClosedOrganization(session, edit.organizationId));
        }
        if (session.dialect() == Dialect::PostgreSQL) {
            SqlBuilder call("SELECT paydesk_staff_change(");
            call.bind(s.login).sql(", CAST(").bind(edit.version).sql(" AS INTEGER), ").bind(edit.role);
            call.sql(", CAST(").bind(edit.organizationId).sql(" AS INTEGER), ").bind(name).sql(", ");
            call.bind(checked.value()).sql(")");
            auto changed = session.scalar(call);
            if (!changed.ok()) {
                return inTheDatabasesWords(changed.error());
            }
            return Done{};
        }
        if (s.login == session.actor() && s.role != edit.role) {
            return invalid(StaffAdminText::tr("You cannot change your own role; ask another headquarters admin."));
        }
        SqlBuilder update("UPDATE staff SET role = ");
        update.bind(edit.role).sql(", organization_id = ").bind(edit.organizationId).sql(", display_name = ");
        update.bind(name).sql(", version = version + 1, updated_at = ");
        bindInstant(update, session.dialect(), SqlSession::nowText());
        update.sql(" WHERE id = ").bind(edit.id).sql(" AND version = ").bind(edit.version);
        QSqlQuery query;
        Error error;
        if (!session.exec(query, update, &error)) {
            return error;
        }
        if (query.numRowsAffected() != 1) {
            return conflict(session, "staff", edit.id, what);
        }
        return appendAudit(session, "staff.change", "staff", edit.id,
                           QJsonObject{{QStringLiteral("role"), s.role},
                                       {QStringLiteral("organization_id"), s.organizationId},
                                       {QStringLiteral("display_name"), s.displayName}},
                           QJsonObject{{QStringLiteral("role"), edit.role},
                                       {QStringLiteral("organization_id"), edit.organizationId},
                                       {QStringLiteral("display_name"), name}},
                           checked.value());
    });
}

Result<Done> setServerPassword(SqlSession& session, const StaffPassword& change)
{
    if (const QString problem = staffPasswordProblem(change.password, StaffAdminText::tr("The server password"));
        !problem.isEmpty()) {
        return invalid(problem);
    }
    const auto checked = auditReason(change.reason);
    if (!checked.ok()) {
        return checked.error();
    }
    const QString what = StaffAdminText::tr("Staff member #%1").arg(change.id);
    const QString hash = auth::hashPassword(change.password);
    return inTransaction<Done>(session, [&]() -> Result<Done> {
        auto stored = readStaff(session, change.id, what);
        if (!stored.ok()) {
            return stored.error();
        }
        if (stored.value().version != change.version) {
            return conflict(session, "staff", change.id, what);
        }
        if (session.dialect() == Dialect::PostgreSQL) {
            SqlBuilder call("SELECT paydesk_staff_set_server_password(");
            call.bind(stored.value().login).sql(", ").bind(hash).sql(", ").bind(checked.value()).sql(")");
            auto set = session.scalar(call);
            if (!set.ok()) {
                return inTheDatabasesWords(set.error());
            }
            return Done{};
        }
        SqlBuilder update("UPDATE staff SET password_hash = ");
        update.bind(hash).sql(", version = version + 1 WHERE id = ").bind(change.id);
        update.sql(" AND version = ").bind(change.version);
        QSqlQuery query;
        Error error;
        if (!session.exec(query, update, &error)) {
            return error;
        }
        if (query.numRowsAffected() != 1) {
            return conflict(session, "staff", change.id, what);
        }
        return appendAudit(session, "staff.server_password", "staff", change.id, {},
                           QJsonObject{{QStringLiteral("server_password"), QStringLiteral("reset")}}, checked.value());
    });
}

} // namespace pd::sql
