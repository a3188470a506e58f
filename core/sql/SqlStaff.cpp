#include "sql/SqlStaff.h"

#include "Roles.h"
#include "sql/SqlSession.h"
#include "sql/SqlWrite.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace pd::sql {

namespace {
struct StaffText
{
    Q_DECLARE_TR_FUNCTIONS(pd::sql::Staff)
};
} // namespace

Result<qint64> addStaff(SqlSession& session, const QString& login, const QString& role, const QString& orgCode,
                        const QString& displayName, const QString& password)
{
    if (session.dialect() != Dialect::PostgreSQL) {
        return Error(Error::Kind::Invalid, StaffText::tr("A SQLite file has no login roles: whoever opens the file "
                                                         "owns it. Staff accounts exist on PostgreSQL."));
    }
    static const QRegularExpression loginPattern(QStringLiteral("^[a-z_][a-z0-9_.]{0,62}$"));
    if (!loginPattern.match(login).hasMatch()) {
        return Error(Error::Kind::Invalid, StaffText::tr("\"%1\" is not a login name: use 1 to 63 lowercase letters, "
                                                         "digits, \"_\" and \".\", starting with a letter or \"_\".")
                                               .arg(login));
    }
    if (!Permissions::roles().contains(role)) {
        return Error(Error::Kind::Invalid, StaffText::tr("\"%1\" is not a role; use one of %2.")
                                               .arg(role, Permissions::roles().join(QStringLiteral(", "))));
    }
    return inTransaction<qint64>(session, [&]() -> Result<qint64> {
        SqlBuilder call("SELECT paydesk_add_staff(");
        call.bind(login).sql(", ").bind(role).sql(", ").bind(orgCode).sql(", ").bind(displayName).sql(", ");
        call.bind(password.isEmpty() ? QVariant() : QVariant(password)).sql(")");
        auto id = session.scalar(call);
        if (!id.ok()) {
            // paydesk_add_staff() explains refused input in its own words: pass them on.
            static const QRegularExpression raised(QStringLiteral("ERROR:\\s+([^\\n]+)"));
            const auto match = raised.match(id.error().detail);
            if (id.error().kind == Error::Kind::Invalid && match.hasMatch()) {
                return Error(Error::Kind::Invalid, match.captured(1).trimmed(), id.error().detail);
            }
            return id.error();
        }
        return id.value().toLongLong();
    });
}

} // namespace pd::sql
