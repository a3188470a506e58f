#pragma once

#include "Result.h"

#include <QJsonObject>
#include <QString>

namespace pd::sql {

class SqlSession;

/// Appends one row to audit_log (who, when, what, before, after, why) inside the caller's
/// transaction, so the change and its record commit together or not at all.
/// `entity` and `action` are fixed names from the caller ("invoices", "invoice.mark_paid").
Result<Done> appendAudit(SqlSession& session, const char* action, const char* entity, qint64 entityId,
                         const QJsonObject& before, const QJsonObject& after, const QString& reason = QString());

/// Who changed an entity last and when, from audit_log ("" when unknown), for conflict messages.
struct LastChange
{
    QString actor;
    QDateTime at; ///< UTC
    QString action;
};
LastChange lastChange(SqlSession& session, const char* entity, qint64 entityId);

} // namespace pd::sql
