#include "sql/SqlAudit.h"

#include "sql/SqlDialect.h"
#include "sql/SqlLists.h"
#include "sql/SqlSession.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace pd::sql {

Result<Done> appendAudit(SqlSession& session, const char* action, const char* entity, qint64 entityId,
                         const QJsonObject& before, const QJsonObject& after, const QString& reason)
{
    const SqlDialect& d = SqlDialect::of(session.dialect());
    auto json = [](const QJsonObject& o) {
        return o.isEmpty() ? QVariant() : QVariant(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)));
    };
    SqlBuilder insert("INSERT INTO audit_log (occurred_at, actor, action, entity, entity_id, before_data, after_data, "
                      "reason) VALUES (");
    d.instant(insert, SqlSession::nowText());
    insert.sql(", ").bind(session.actor()).sql(", ").bind(QString::fromLatin1(action)).sql(", ");
    insert.bind(QString::fromLatin1(entity)).sql(", ").bind(entityId).sql(", ");
    d.json(insert, json(before));
    insert.sql(", ");
    d.json(insert, json(after));
    insert.sql(", ").bind(reason.isEmpty() ? QVariant() : QVariant(reason)).sql(")");
    QSqlQuery query;
    Error error;
    if (!session.exec(query, insert, &error)) {
        return error;
    }
    return Done{};
}

LastChange lastChange(SqlSession& session, const char* entity, qint64 entityId)
{
    SqlBuilder select("SELECT actor, ");
    SqlDialect::of(session.dialect()).readValue(select, "occurred_at", ValueType::Timestamp);
    select.sql(", action FROM audit_log WHERE entity = ").bind(QString::fromLatin1(entity));
    select.sql(" AND entity_id = ").bind(entityId).sql(" ORDER BY id DESC LIMIT 1");
    QSqlQuery query;
    LastChange change;
    if (session.exec(query, select) && query.next()) {
        change.actor = query.value(0).toString();
        change.at = parseCanonicalInstant(query.value(1).toString());
        change.action = query.value(2).toString();
    }
    return change;
}

} // namespace pd::sql
