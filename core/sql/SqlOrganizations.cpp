#include "sql/SqlOrganizations.h"

#include "sql/SqlAudit.h"
#include "sql/SqlExpr.h"
#include "sql/SqlSession.h"
#include "sql/SqlWrite.h"

#include <QCoreApplication>
#include <QDate>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlQuery>

namespace pd::sql {

namespace {
struct OrganizationsText
{
    Q_DECLARE_TR_FUNCTIONS(pd::sql::Organizations)
};

struct OrgRow
{
    qint64 id = 0;
    QString type;
    QString path;
    QString name;
    bool active = false;
    qint64 parentId = 0;
    int version = 0;
};

/// Reads organisation `id` (locked for update when `lock`); NotFound in words naming `role`.
Result<OrgRow> readOrganization(SqlSession& session, qint64 id, bool lock, const QString& gone)
{
    SqlBuilder read("SELECT id, org_type, path, name, is_active, COALESCE(parent_id, 0), version FROM organizations "
                    "WHERE id = ");
    read.bind(id);
    auto row = readLockedRow(session, read, lock ? " FOR UPDATE" : "", gone);
    if (!row.ok()) {
        return row.error();
    }
    const QVariantList& r = row.value();
    return OrgRow{r.at(0).toLongLong(), r.at(1).toString(),   r.at(2).toString(), r.at(3).toString(),
                  r.at(4).toBool(),     r.at(5).toLongLong(), r.at(6).toInt()};
}

QString typeName(const QString& type)
{
    if (type == QLatin1String("hq")) {
        return OrganizationsText::tr("headquarters");
    }
    if (type == QLatin1String("region")) {
        return OrganizationsText::tr("a region");
    }
    if (type == QLatin1String("center")) {
        return OrganizationsText::tr("a center");
    }
    return OrganizationsText::tr("an institution");
}
} // namespace

Result<CreatedOrganization> createOrganization(SqlSession& session, const OrganizationDraft& draft)
{
    const QString code = draft.code.trimmed();
    const QString name = draft.name.trimmed();
    static const QRegularExpression codeShape(QStringLiteral("^[A-Z0-9][A-Z0-9-]{0,31}$"));
    if (!codeShape.match(code).hasMatch()) {
        return Error(Error::Kind::Invalid, OrganizationsText::tr("\"%1\" is not an organisation code; use 1 to 32 "
                                                                 "capital letters, digits and \"-\", such as "
                                                                 "I-SEOUL1-11.")
                                               .arg(code));
    }
    if (name.isEmpty() || name.size() > 200) {
        return Error(Error::Kind::Invalid,
                     OrganizationsText::tr("Enter the organisation's name: 1 to 200 characters."));
    }
    const auto checked = auditReason(draft.reason);
    if (!checked.ok()) {
        return checked.error();
    }
    return inTransaction<CreatedOrganization>(session, [&]() -> Result<CreatedOrganization> {
        auto parent = readOrganization(
            session, draft.parentId, true,
            OrganizationsText::tr("There is no organisation #%1 to put it under.").arg(draft.parentId));
        if (!parent.ok()) {
            return parent.error().kind == Error::Kind::NotFound ? Error(Error::Kind::Invalid, parent.error().message)
                                                                : parent.error();
        }
        const OrgRow& p = parent.value();
        CreatedOrganization out;
        out.orgType = childOrganizationType(p.type);
        if (out.orgType.isEmpty()) {
            return Error(Error::Kind::Invalid, OrganizationsText::tr("%1 is an institution; nothing goes below an "
                                                                     "institution. Choose its center.")
                                                   .arg(p.name));
        }
        if (!p.active) {
            return Error(
                Error::Kind::Invalid,
                OrganizationsText::tr("%1 is closed; reopen it before adding organisations below it.").arg(p.name));
        }
        auto taken = session.scalar(SqlBuilder("SELECT name FROM organizations WHERE code = ").bind(code));
        if (!taken.ok()) {
            return taken.error();
        }
        if (taken.value().isValid() && !taken.value().isNull()) {
            return Error(Error::Kind::Invalid, OrganizationsText::tr("The code %1 belongs to %2 already; each "
                                                                     "organisation has its own.")
                                                   .arg(code, taken.value().toString()));
        }
        // The path needs the new id: a unique placeholder first, then the real path.
        SqlBuilder insert("INSERT INTO organizations (parent_id, org_type, code, name, path, is_active) VALUES (");
        insert.bind(p.id).sql(", ").bind(out.orgType).sql(", ").bind(code).sql(", ").bind(name).sql(", ");
        insert.bind(QString(p.path + QLatin1Char('#') + code)).sql(", ").bind(true).sql(") RETURNING id");
        QSqlQuery query;
        Error error;
        if (!session.exec(query, insert, &error)) {
            return inTheDatabasesWords(error);
        }
        if (!query.next()) {
            return Error(Error::Kind::Internal, OrganizationsText::tr("The new organisation's id did not come back."));
        }
        out.id = query.value(0).toLongLong();
        query.finish();
        out.path = p.path + QString::number(out.id) + QLatin1Char('/');
        if (out.path.size() > 200) {
            return Error(Error::Kind::Invalid,
                         OrganizationsText::tr("The tree is too deep here to add another level."));
        }
        if (!session.exec(
                query, SqlBuilder("UPDATE organizations SET path = ").bind(out.path).sql(" WHERE id = ").bind(out.id),
                &error)) {
            return error;
        }
        PD_TRY(appendAudit(session, "organization.create", "organizations", out.id, {},
                           QJsonObject{{QStringLiteral("parent_id"), p.id},
                                       {QStringLiteral("org_type"), out.orgType},
                                       {QStringLiteral("code"), code},
                                       {QStringLiteral("name"), name},
                                       {QStringLiteral("path"), out.path}},
                           checked.value()));
        return out;
    });
}

Result<Done> moveOrganization(SqlSession& session, const OrganizationChange& change)
{
    const auto checked = auditReason(change.reason);
    if (!checked.ok()) {
        return checked.error();
    }
    const QString what = OrganizationsText::tr("Organisation #%1").arg(change.id);
    return inTransaction<Done>(session, [&]() -> Result<Done> {
        auto moving =
            readOrganization(session, change.id, true, OrganizationsText::tr("%1 does not exist any more.").arg(what));
        if (!moving.ok()) {
            return moving.error();
        }
        const OrgRow m = moving.value();
        if (m.version != change.version) {
            return conflict(session, "organizations", change.id, what);
        }
        if (m.parentId == 0) {
            return Error(Error::Kind::Invalid,
                         OrganizationsText::tr("Headquarters, the root of the tree, does not move."));
        }
        auto target = readOrganization(
            session, change.parentId, true,
            OrganizationsText::tr("There is no organisation #%1 to move it under.").arg(change.parentId));
        if (!target.ok()) {
            return target.error().kind == Error::Kind::NotFound ? Error(Error::Kind::Invalid, target.error().message)
                                                                : target.error();
        }
        const OrgRow t = target.value();
        if (t.id == m.parentId) {
            return Error(Error::Kind::Invalid, OrganizationsText::tr("%1 is under %2 already.").arg(m.name, t.name));
        }
        if (t.path.startsWith(m.path)) {
            return Error(Error::Kind::Invalid,
                         OrganizationsText::tr("%1 cannot move under itself or below it.").arg(m.name));
        }
        if (childOrganizationType(t.type) != m.type) {
            return Error(Error::Kind::Invalid,
                         OrganizationsText::tr("%1 is %2; it goes under %3, and %4 is %5.")
                             .arg(m.name, typeName(m.type),
                                  typeName(m.type == QLatin1String("institution") ? QStringLiteral("center")
                                           : m.type == QLatin1String("center")    ? QStringLiteral("region")
                                                                                  : QStringLiteral("hq")),
                                  t.name, typeName(t.type)));
        }
        if (!t.active) {
            return Error(Error::Kind::Invalid,
                         OrganizationsText::tr("%1 is closed and takes nothing new; reopen it first.").arg(t.name));
        }
        const QString newPath = t.path + QString::number(m.id) + QLatin1Char('/');
        QSqlQuery query;
        Error error;
        // The subtree as it is, to audit each path that changes.
        QVector<std::pair<qint64, QString>> below;
        SqlBuilder subtree("SELECT id, path FROM organizations WHERE path LIKE ");
        subtree.bind(QString(m.path + QLatin1Char('%'))).sql(" AND id <> ").bind(m.id).sql(" ORDER BY path");
        if (!session.exec(query, subtree, &error)) {
            return error;
        }
        while (query.next()) {
            below.append({query.value(0).toLongLong(), query.value(1).toString()});
        }
        query.finish();
        const QString now = SqlSession::nowText();
        SqlBuilder move("UPDATE organizations SET parent_id = ");
        move.bind(t.id).sql(", version = version + 1, updated_at = ");
        bindInstant(move, session.dialect(), now);
        move.sql(" WHERE id = ").bind(m.id).sql(" AND version = ").bind(change.version);
        if (!session.exec(query, move, &error)) {
            return inTheDatabasesWords(error);
        }
        if (query.numRowsAffected() != 1) {
            return conflict(session, "organizations", change.id, what);
        }
        SqlBuilder paths("UPDATE organizations SET path = ");
        paths.bind(newPath).sql(" || substr(path, ").bind(m.path.size() + 1).sql("), updated_at = ");
        bindInstant(paths, session.dialect(), now);
        paths.sql(" WHERE path LIKE ").bind(QString(m.path + QLatin1Char('%')));
        if (!session.exec(query, paths, &error)) {
            return inTheDatabasesWords(error);
        }
        PD_TRY(appendAudit(session, "organization.move", "organizations", m.id,
                           QJsonObject{{QStringLiteral("parent_id"), m.parentId}, {QStringLiteral("path"), m.path}},
                           QJsonObject{{QStringLiteral("parent_id"), t.id}, {QStringLiteral("path"), newPath}},
                           checked.value()));
        for (const auto& [id, path] : below) {
            PD_TRY(appendAudit(
                session, "organization.move_below", "organizations", id, QJsonObject{{QStringLiteral("path"), path}},
                QJsonObject{{QStringLiteral("path"), QString(newPath + path.mid(m.path.size()))}}, checked.value()));
        }
        return Done{};
    });
}

/// Appends a row to an append-only setting table (organization_fee_rates, debit_retry_policies):
/// `head` is the fixed "INSERT INTO table (columns" text without reason and set_by, `values` are
/// bound in its column order, then the reason. PostgreSQL records the login itself (set_by
/// DEFAULT current_user; staff cannot write it); SQLite is given the session's actor. Errors:
/// the database's, in its words.
static Result<Done> insertSettingRow(SqlSession& session, const char* head, const QVariantList& values,
                                     const QString& reason)
{
    const bool postgres = session.dialect() == Dialect::PostgreSQL;
    SqlBuilder insert(head);
    insert.sql(postgres ? ", reason) VALUES (" : ", reason, set_by) VALUES (");
    for (const QVariant& value : values) {
        insert.bind(value).sql(", ");
    }
    insert.bind(reason);
    if (!postgres) {
        insert.sql(", ").bind(session.actor());
    }
    insert.sql(")");
    QSqlQuery query;
    Error error;
    if (!session.exec(query, insert, &error)) {
        return inTheDatabasesWords(error);
    }
    return Done{};
}

Result<Done> setFeeRate(SqlSession& session, const FeeRateChange& change)
{
    static const QRegularExpression month(QStringLiteral("^[0-9]{4}-(0[1-9]|1[0-2])$"));
    if (!month.match(change.effectiveMonth).hasMatch()) {
        return Error(Error::Kind::Invalid, OrganizationsText::tr("Give the first month of the rate as YYYY-MM, such "
                                                                 "as 2027-01."));
    }
    if (change.feeBp < 0 || change.feeBp > 10000) {
        return Error(Error::Kind::Invalid, OrganizationsText::tr("A fee rate is 0 to 10,000 basis points (250 is "
                                                                 "2.5 %)."));
    }
    const auto checked = auditReason(change.reason);
    if (!checked.ok()) {
        return checked.error();
    }
    return inTransaction<Done>(session, [&]() -> Result<Done> {
        auto org =
            readOrganization(session, change.organizationId, true,
                             OrganizationsText::tr("Organisation #%1 does not exist.").arg(change.organizationId));
        if (!org.ok()) {
            return org.error();
        }
        const OrgRow o = org.value();
        if (o.type == QLatin1String("institution")) {
            return Error(Error::Kind::Invalid, OrganizationsText::tr("%1 is an institution; fee rates are set for "
                                                                     "centers (or a region or headquarters for all "
                                                                     "centers below).")
                                                   .arg(o.name));
        }
        // Settled figures keep their fee (the database refuses it too on PostgreSQL, migration 019).
        SqlBuilder settled("SELECT MAX(s.settlement_month) FROM settlements s JOIN organizations c ON c.id = "
                           "s.organization_id WHERE c.path LIKE ");
        settled.bind(QString(o.path + QLatin1Char('%')))
            .sql(" AND s.status IN ('confirmed', 'paid') AND s.settlement_month >= ");
        settled.bind(change.effectiveMonth);
        auto last = session.scalar(settled);
        if (!last.ok()) {
            return last.error();
        }
        if (last.value().isValid() && !last.value().isNull()) {
            return Error(Error::Kind::Invalid,
                         OrganizationsText::tr("A settlement for %1 below %2 is confirmed already; a new rate starts "
                                               "in a later month.")
                             .arg(last.value().toString().trimmed(), o.name));
        }
        auto previous = session.scalar(SqlBuilder("SELECT fee_bp FROM organization_fee_rates WHERE organization_id = ")
                                           .bind(o.id)
                                           .sql(" AND effective_month <= ")
                                           .bind(change.effectiveMonth)
                                           .sql(" ORDER BY effective_month DESC, id DESC LIMIT 1"));
        if (!previous.ok()) {
            return previous.error();
        }
        PD_TRY(insertSettingRow(session, "INSERT INTO organization_fee_rates (organization_id, effective_month, fee_bp",
                                {o.id, change.effectiveMonth, change.feeBp}, checked.value()));
        QJsonObject before;
        if (previous.value().isValid() && !previous.value().isNull()) {
            before.insert(QStringLiteral("fee_bp"), previous.value().toInt());
        }
        return appendAudit(session, "organization.fee_rate", "organizations", o.id, before,
                           QJsonObject{{QStringLiteral("effective_month"), change.effectiveMonth},
                                       {QStringLiteral("fee_bp"), change.feeBp}},
                           checked.value());
    });
}

Result<QPair<int, int>> retryPolicyOf(SqlSession& session, qint64 organizationId)
{
    SqlBuilder read("SELECT COALESCE(" PD_SQL_RETRY_POLICY(
        "retry_limit", "o") ", " PD_SQL_RETRY_LIMIT_DEFAULT
                            "), COALESCE(" PD_SQL_RETRY_POLICY("interval_days",
                                                               "o") ", " PD_SQL_RETRY_INTERVAL_DEFAULT
                                                                    ") FROM organizations o WHERE o.id = ");
    read.bind(organizationId);
    QSqlQuery query;
    Error error;
    if (!session.exec(query, read, &error)) {
        return error;
    }
    if (!query.next()) {
        return Error(Error::Kind::NotFound,
                     OrganizationsText::tr("Organisation #%1 does not exist.").arg(organizationId));
    }
    return qMakePair(query.value(0).toInt(), query.value(1).toInt());
}

Result<Done> setRetryPolicy(SqlSession& session, const RetryPolicyChange& change)
{
    if (change.retryLimit < 0 || change.retryLimit > 5) {
        return Error(Error::Kind::Invalid,
                     OrganizationsText::tr("A failed debit is retried 0 to 5 times; give a number in that range."));
    }
    if (change.intervalDays < 1 || change.intervalDays > 10) {
        return Error(Error::Kind::Invalid,
                     OrganizationsText::tr("Retries are 1 to 10 banking days apart; give a number in that range."));
    }
    if (change.retryLimit * change.intervalDays > RetryPolicyChange::kMaxSpanDays) {
        return Error(Error::Kind::Invalid,
                     OrganizationsText::tr("%1 retries %2 banking days apart end %3 banking days after the debit; "
                                           "the last retry must come within 15, before the next month's debit. "
                                           "Give fewer retries or a shorter interval.")
                         .arg(change.retryLimit)
                         .arg(change.intervalDays)
                         .arg(change.retryLimit * change.intervalDays));
    }
    const auto checked = auditReason(change.reason);
    if (!checked.ok()) {
        return checked.error();
    }
    return inTransaction<Done>(session, [&]() -> Result<Done> {
        auto org =
            readOrganization(session, change.organizationId, true,
                             OrganizationsText::tr("Organisation #%1 does not exist.").arg(change.organizationId));
        if (!org.ok()) {
            return org.error();
        }
        const OrgRow o = org.value();
        auto before = retryPolicyOf(session, o.id);
        if (!before.ok()) {
            return before.error();
        }
        PD_TRY(insertSettingRow(session,
                                "INSERT INTO debit_retry_policies (organization_id, retry_limit, interval_days",
                                {o.id, change.retryLimit, change.intervalDays}, checked.value()));
        return appendAudit(session, "organization.retry_policy", "organizations", o.id,
                           QJsonObject{{QStringLiteral("retry_limit"), before.value().first},
                                       {QStringLiteral("interval_days"), before.value().second}},
                           QJsonObject{{QStringLiteral("retry_limit"), change.retryLimit},
                                       {QStringLiteral("interval_days"), change.intervalDays}},
                           checked.value());
    });
}

} // namespace pd::sql
