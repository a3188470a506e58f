#include "sql/SqlUsers.h"

#include "Money.h"
#include "sql/SqlAudit.h"
#include "sql/SqlMembers.h"
#include "sql/SqlOrganizations.h"
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
            return inTheDatabasesWords(changed.error());
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

namespace {
/// The four-eyes limit in satoshi (credit_settings).
Result<qint64> fourEyesLimit(SqlSession& session)
{
    auto limit = session.scalar(SqlBuilder("SELECT four_eyes_sats FROM credit_settings WHERE id = 1"));
    if (!limit.ok()) {
        return limit.error();
    }
    return limit.value().toLongLong();
}

/// Decides pending request `id` (of `userId`, `amountSats`) as the session's actor, and on
/// approval writes the ledger row and attaches it. Returns the credit's id (0 when rejected).
Result<qint64> decide(SqlSession& session, qint64 id, qint64 userId, qint64 amountSats, bool approve,
                      const QString& note)
{
    const Dialect d = session.dialect();
    SqlBuilder update("UPDATE credit_requests SET status = ");
    update.bind(approve ? QStringLiteral("approved") : QStringLiteral("rejected"));
    update.sql(", decided_by = ").bind(session.actor()).sql(", decided_at = ");
    bindInstant(update, d, SqlSession::nowText());
    update.sql(", decision_note = ").bind(note).sql(", version = version + 1 WHERE id = ").bind(id);
    update.sql(" AND status = 'pending'");
    QSqlQuery query;
    Error error;
    if (!session.exec(query, update, &error)) {
        return error.kind == Error::Kind::Permission || error.kind == Error::Kind::Invalid ? inTheDatabasesWords(error)
                                                                                           : error;
    }
    PD_TRY(appendAudit(
        session, approve ? "credit_request.approve" : "credit_request.reject", "credit_requests", id,
        QJsonObject{{QStringLiteral("status"), QStringLiteral("pending")}},
        QJsonObject{{QStringLiteral("status"), approve ? QStringLiteral("approved") : QStringLiteral("rejected")}},
        note));
    if (!approve) {
        return qint64(0);
    }
    auto email = session.scalar(SqlBuilder("SELECT email FROM users WHERE id = ").bind(userId));
    if (!email.ok()) {
        return email.error();
    }
    const QString amount = Money(amountSats, Currency::BCH).toDecimal();
    SqlBuilder credit("INSERT INTO user_credits (user_id, username, amount, transaction_type, invoice_id, "
                      "created_at) VALUES (");
    credit.bind(userId).sql(", ").bind(email.value().toString().left(50)).sql(", ").bind(amount);
    credit.sql(", 'manual_credit', NULL, ");
    bindInstant(credit, d, SqlSession::nowText());
    credit.sql(") RETURNING id");
    if (!session.exec(query, credit, &error)) {
        return error;
    }
    if (!query.next()) {
        return Error(Error::Kind::Internal, UsersText::tr("The new credit's id did not come back."));
    }
    const qint64 creditId = query.value(0).toLongLong();
    query.finish();
    PD_TRY(appendAudit(session, "user_credit.manual", "user_credits", creditId, {},
                       QJsonObject{{QStringLiteral("user_id"), userId},
                                   {QStringLiteral("amount"), amount},
                                   {QStringLiteral("credit_request_id"), id}},
                       note));
    SqlBuilder attach("UPDATE credit_requests SET credit_id = ");
    attach.bind(creditId).sql(" WHERE id = ").bind(id);
    if (!session.exec(query, attach, &error)) {
        return error;
    }
    return creditId;
}
} // namespace

Result<Done> updateMember(SqlSession& session, const MemberEdit& edit)
{
    if (const QString problem = memberEditProblem(edit); !problem.isEmpty()) {
        return Error(Error::Kind::Invalid, problem);
    }
    const auto checked = auditReason(edit.reason);
    if (!checked.ok()) {
        return checked.error();
    }
    const QString what = UsersText::tr("Member #%1").arg(edit.id);
    const QString lastName = edit.lastName.trimmed();
    const QString firstName = edit.firstName.trimmed();
    const QString phone = edit.phone.trimmed();
    const QString email = edit.email.trimmed();
    return inTransaction<Done>(session, [&]() -> Result<Done> {
        SqlBuilder read("SELECT pa.version, pa.user_id, pa.organization_id, u.last_name, u.first_name, u.phone, "
                        "u.email, u.organization_id FROM parents pa JOIN users u ON u.id = pa.user_id WHERE pa.id = ");
        read.bind(edit.id);
        auto row = readLockedRow(session, read, " FOR UPDATE", UsersText::tr("%1 does not exist any more.").arg(what));
        if (!row.ok()) {
            return row.error();
        }
        const QVariantList r = row.value();
        if (r.at(0).toInt() != edit.version) {
            return conflict(session, "parents", edit.id, what);
        }
        const qint64 userId = r.at(1).toLongLong();
        PD_TRY(refuseDuplicates(session, userId, email, phone));
        const qint64 oldInstitution = r.at(2).toLongLong();
        if (edit.institutionId != oldInstitution) {
            PD_TRY(refuseNonInstitution(session, edit.institutionId));
        }
        QSqlQuery query;
        Error error;
        const QString now = SqlSession::nowText();
        // users.organization_id follows the membership where it did (the demo and the seeds).
        const bool userFollows = r.at(7).toLongLong() == oldInstitution;
        SqlBuilder user("UPDATE users SET last_name = ");
        user.bind(lastName).sql(", first_name = ").bind(firstName).sql(", phone = ");
        if (phone.isEmpty()) {
            user.sql("NULL");
        } else {
            user.bind(phone);
        }
        user.sql(", email = ").bind(email);
        if (userFollows) {
            user.sql(", organization_id = ").bind(edit.institutionId);
        }
        user.sql(", version = version + 1, updated_at = ");
        bindInstant(user, session.dialect(), now);
        user.sql(" WHERE id = ").bind(userId);
        if (!session.exec(query, user, &error)) {
            return duplicateInWords(error, email, phone);
        }
        SqlBuilder member("UPDATE parents SET organization_id = ");
        member.bind(edit.institutionId).sql(", version = version + 1, updated_at = ");
        bindInstant(member, session.dialect(), now);
        member.sql(" WHERE id = ").bind(edit.id).sql(" AND version = ").bind(edit.version);
        if (!session.exec(query, member, &error)) {
            return error;
        }
        if (query.numRowsAffected() != 1) {
            return conflict(session, "parents", edit.id, what);
        }
        QJsonObject before;
        QJsonObject after;
        auto note = [&](const char* key, const QVariant& was, const QVariant& wanted) {
            if (was.toString() != wanted.toString()) {
                before.insert(QLatin1String(key), QJsonValue::fromVariant(was));
                after.insert(QLatin1String(key), QJsonValue::fromVariant(wanted));
            }
        };
        note("last_name", r.at(3), lastName);
        note("first_name", r.at(4), firstName);
        note("phone", r.at(5), phone.isEmpty() ? QVariant() : QVariant(phone));
        note("email", r.at(6), email);
        PD_TRY(appendAudit(session, "user.update", "users", userId, before, after, checked.value()));
        QJsonObject orgBefore;
        QJsonObject orgAfter;
        if (edit.institutionId != oldInstitution) {
            orgBefore.insert(QStringLiteral("organization_id"), oldInstitution);
            orgAfter.insert(QStringLiteral("organization_id"), edit.institutionId);
        }
        return appendAudit(session, edit.institutionId != oldInstitution ? "member.move" : "member.update", "parents",
                           edit.id, orgBefore, orgAfter, checked.value());
    });
}

Result<Done> changeOrganization(SqlSession& session, const OrganizationChange& change)
{
    const QString what = UsersText::tr("Organisation #%1").arg(change.id);
    if (change.action == QLatin1String("rename")) {
        const QString name = change.name.trimmed();
        if (name.isEmpty() || name.size() > 200) {
            return Error(Error::Kind::Invalid, UsersText::tr("Enter the new name: 1 to 200 characters."));
        }
        return setStatus(session, "organizations", "name", "organization.rename", change.id, change.version, name, what,
                         change.reason, [&](const QString& stored) {
                             return stored == name ? UsersText::tr("%1 is called %2 already.").arg(what, name)
                                                   : QString();
                         });
    }
    if (change.action == QLatin1String("move")) {
        return moveOrganization(session, change);
    }
    if (change.action != QLatin1String("close") && change.action != QLatin1String("reopen")) {
        return Error(Error::Kind::Invalid,
                     UsersText::tr("\"%1\" is not an organisation change; use close, reopen, rename or move.")
                         .arg(change.action));
    }
    const bool close = change.action == QLatin1String("close");
    auto parent =
        session.scalar(SqlBuilder("SELECT COALESCE(parent_id, 0) FROM organizations WHERE id = ").bind(change.id));
    if (parent.ok() && parent.value().isValid() && parent.value().toLongLong() == 0 && close) {
        return Error(Error::Kind::Invalid, UsersText::tr("Headquarters, the root of the tree, is never closed."));
    }
    // is_active is read as text: "1"/"0" on SQLite, "true"/"false" on PostgreSQL.
    return setStatus(session, "organizations", "is_active", close ? "organization.close" : "organization.reopen",
                     change.id, change.version, close ? QStringLiteral("0") : QStringLiteral("1"), what, change.reason,
                     [&](const QString& stored) {
                         const bool open = stored == QLatin1String("1") || stored == QLatin1String("true");
                         return open != close ? (close ? UsersText::tr("%1 is closed already.").arg(what)
                                                       : UsersText::tr("%1 is open already.").arg(what))
                                              : QString();
                     });
}

Result<CreditSettings> creditSettings(SqlSession& session)
{
    QSqlQuery query;
    Error error;
    if (!session.exec(query, SqlBuilder("SELECT four_eyes_sats, version FROM credit_settings WHERE id = 1"), &error)) {
        return error;
    }
    if (!query.next()) {
        return Error(Error::Kind::Internal, UsersText::tr("The credit settings row is missing; run the migrations."));
    }
    CreditSettings out;
    out.fourEyesSats = query.value(0).toLongLong();
    out.version = query.value(1).toInt();
    return out;
}

Result<CreditSettings> setCreditSettings(SqlSession& session, const CreditSettings& settings)
{
    if (settings.fourEyesSats < 0 || settings.fourEyesSats > 2100000000000000) {
        return Error(Error::Kind::Invalid, UsersText::tr("The four-eyes limit is from 0 to 21,000,000 BCH."));
    }
    const auto checked = auditReason(settings.reason);
    if (!checked.ok()) {
        return checked.error();
    }
    return inTransaction<CreditSettings>(session, [&]() -> Result<CreditSettings> {
        auto before = creditSettings(session);
        if (!before.ok()) {
            return before.error();
        }
        if (before.value().version != settings.version) {
            return conflict(session, "credit_settings", 1, UsersText::tr("The credit settings"));
        }
        SqlBuilder update("UPDATE credit_settings SET four_eyes_sats = ");
        update.bind(settings.fourEyesSats).sql(", version = version + 1, updated_at = ");
        bindInstant(update, session.dialect(), SqlSession::nowText());
        update.sql(" WHERE id = 1 AND version = ").bind(settings.version);
        QSqlQuery query;
        Error error;
        if (!session.exec(query, update, &error)) {
            return error;
        }
        if (query.numRowsAffected() != 1) {
            return conflict(session, "credit_settings", 1, UsersText::tr("The credit settings"));
        }
        PD_TRY(appendAudit(session, "credit.settings", "credit_settings", 1,
                           QJsonObject{{QStringLiteral("four_eyes_sats"), before.value().fourEyesSats}},
                           QJsonObject{{QStringLiteral("four_eyes_sats"), settings.fourEyesSats}}, checked.value()));
        return creditSettings(session);
    });
}

Result<ManualCreditResult> requestManualCredit(SqlSession& session, const ManualCreditRequest& request)
{
    constexpr qint64 kMaxSats = 2100000000000000; // 21,000,000 BCH
    if (request.amountSats == 0) {
        return Error(Error::Kind::Invalid, UsersText::tr("Enter an amount other than zero; a negative amount takes "
                                                         "credit back."));
    }
    if (request.amountSats > kMaxSats || request.amountSats < -kMaxSats) {
        return Error(Error::Kind::Invalid,
                     UsersText::tr("The amount is more than the 21,000,000 BCH that can ever exist."));
    }
    const auto checked = auditReason(request.reason);
    if (!checked.ok()) {
        return checked.error();
    }
    return inTransaction<ManualCreditResult>(session, [&]() -> Result<ManualCreditResult> {
        auto user = session.scalar(SqlBuilder("SELECT COUNT(*) FROM users WHERE id = ").bind(request.userId));
        if (!user.ok()) {
            return user.error();
        }
        if (user.value().toLongLong() == 0) {
            return Error(Error::Kind::NotFound, UsersText::tr("User #%1 does not exist any more.").arg(request.userId));
        }
        auto limit = fourEyesLimit(session);
        if (!limit.ok()) {
            return limit.error();
        }
        SqlBuilder insert("INSERT INTO credit_requests (user_id, amount_sats, reason, requested_by, requested_at) "
                          "VALUES (");
        insert.bind(request.userId).sql(", ").bind(request.amountSats).sql(", ").bind(checked.value());
        insert.sql(", ").bind(session.actor()).sql(", ");
        bindInstant(insert, session.dialect(), SqlSession::nowText());
        insert.sql(") RETURNING id");
        QSqlQuery query;
        Error error;
        if (!session.exec(query, insert, &error)) {
            return error;
        }
        if (!query.next()) {
            return Error(Error::Kind::Internal, UsersText::tr("The new request's id did not come back."));
        }
        ManualCreditResult result;
        result.requestId = query.value(0).toLongLong();
        result.fourEyesSats = limit.value();
        query.finish();
        PD_TRY(appendAudit(session, "credit_request.create", "credit_requests", result.requestId, {},
                           QJsonObject{{QStringLiteral("user_id"), request.userId},
                                       {QStringLiteral("amount_sats"), request.amountSats}},
                           checked.value()));
        const qint64 magnitude = request.amountSats < 0 ? -request.amountSats : request.amountSats;
        if (magnitude > limit.value()) {
            result.status = QStringLiteral("pending");
            return result;
        }
        auto credited = decide(session, result.requestId, request.userId, request.amountSats, true,
                               UsersText::tr("within the four-eyes limit"));
        if (!credited.ok()) {
            return credited.error();
        }
        result.status = QStringLiteral("approved");
        result.creditId = credited.value();
        return result;
    });
}

Result<Done> decideCreditRequest(SqlSession& session, const CreditDecision& decision)
{
    const auto checked = auditReason(decision.note);
    if (!checked.ok()) {
        return checked.error();
    }
    return inTransaction<Done>(session, [&]() -> Result<Done> {
        const QString what = UsersText::tr("Credit request #%1").arg(decision.id);
        SqlBuilder read("SELECT status, version, user_id, amount_sats, requested_by FROM credit_requests WHERE id = ");
        read.bind(decision.id);
        auto row = readLockedRow(session, read, " FOR UPDATE", UsersText::tr("%1 does not exist.").arg(what));
        if (!row.ok()) {
            return row.error();
        }
        const QVariantList r = row.value();
        if (r.at(1).toInt() != decision.version) {
            return conflict(session, "credit_requests", decision.id, what);
        }
        if (r.at(0).toString() != QLatin1String("pending")) {
            return Error(Error::Kind::Invalid,
                         UsersText::tr("%1 was decided already (%2).").arg(what, r.at(0).toString()));
        }
        auto limit = fourEyesLimit(session);
        if (!limit.ok()) {
            return limit.error();
        }
        const qint64 amount = r.at(3).toLongLong();
        if (decision.approve && (amount < 0 ? -amount : amount) > limit.value() &&
            r.at(4).toString() == session.actor()) {
            return Error(Error::Kind::Permission,
                         UsersText::tr("%1 is above the four-eyes limit and you asked for it: another headquarters "
                                       "admin approves it.")
                             .arg(what));
        }
        auto decided = decide(session, decision.id, r.at(2).toLongLong(), amount, decision.approve, checked.value());
        if (!decided.ok()) {
            return decided.error();
        }
        return Done{};
    });
}

} // namespace pd::sql
