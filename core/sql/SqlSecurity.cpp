#include "sql/SqlSecurity.h"

#include "FieldCipher.h"
#include "Users.h"
#include "sql/SqlAudit.h"
#include "sql/SqlSession.h"
#include "sql/SqlWrite.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace pd::sql {

namespace {
struct StaffText
{
    Q_DECLARE_TR_FUNCTIONS(pd::sql::Staff)
};

/// The staff functions explain refused input in their own words (22023 and P0001 with the
/// message after "ERROR:"): the error with that message.
Error noLoginsInAFile()
{
    return Error(Error::Kind::Invalid, StaffText::tr("A SQLite file has no login roles: whoever opens the file "
                                                     "owns it. Staff accounts exist on PostgreSQL."));
}
} // namespace

Result<qint64> addStaff(SqlSession& session, const QString& login, const QString& role, const QString& orgCode,
                        const QString& displayName, const QString& password)
{
    if (session.dialect() != Dialect::PostgreSQL) {
        return noLoginsInAFile();
    }
    for (const QString& problem : {staffLoginProblem(login), staffRoleProblem(role)}) {
        if (!problem.isEmpty()) {
            return Error(Error::Kind::Invalid, problem);
        }
    }
    return inTransaction<qint64>(session, [&]() -> Result<qint64> {
        SqlBuilder call("SELECT paydesk_add_staff(");
        call.bind(login).sql(", ").bind(role).sql(", ").bind(orgCode).sql(", ").bind(displayName).sql(", ");
        call.bind(password.isEmpty() ? QVariant() : QVariant(password)).sql(")");
        auto id = session.scalar(call);
        if (!id.ok()) {
            return inTheDatabasesWords(id.error(), Error::Kind::Invalid);
        }
        return id.value().toLongLong();
    });
}

Result<Done> setStaffActive(SqlSession& session, const QString& login, bool active, const QString& reason)
{
    if (session.dialect() != Dialect::PostgreSQL) {
        return noLoginsInAFile();
    }
    if (reason.trimmed().isEmpty()) {
        return Error(Error::Kind::Invalid, StaffText::tr("Give a reason: it is kept in the audit log with your name."));
    }
    return inTransaction<Done>(session, [&]() -> Result<Done> {
        SqlBuilder call("SELECT paydesk_set_staff_active(");
        call.bind(login).sql(", ").bind(active).sql(", ").bind(reason.trimmed()).sql(")");
        auto changed = session.scalar(call);
        if (!changed.ok()) {
            return inTheDatabasesWords(changed.error(), Error::Kind::Invalid);
        }
        return Done{};
    });
}

Result<QString> revealAccountNumber(SqlSession& session, qint64 userId, const QString& keyFile)
{
    return inTransaction<QString>(session, [&]() -> Result<QString> {
        QSqlQuery query;
        Error error;
        SqlBuilder read("SELECT c.id, c.contract_id, c.account_number_enc FROM cms_info c JOIN parents p ON p.id = "
                        "c.parent_id WHERE p.user_id = ");
        read.bind(userId);
        if (!session.exec(query, read, &error)) {
            return error;
        }
        if (!query.next()) {
            return Error(Error::Kind::NotFound, StaffText::tr("This member has no auto-debit contract."));
        }
        const qint64 id = query.value(0).toLongLong();
        const QByteArray contract = query.value(1).toString().toUtf8();
        const QByteArray sealed = query.value(2).toByteArray();
        query.finish();
        if (sealed.isEmpty()) {
            return Error(Error::Kind::Invalid, StaffText::tr("No account number is stored for contract %1; only the "
                                                             "last four digits are known.")
                                                   .arg(QString::fromUtf8(contract)));
        }
        auto cipher = FieldCipher::fromKeyFile(keyFile);
        if (!cipher.ok()) {
            return cipher.error();
        }
        auto opened = cipher.value().open(sealed, QByteArray("cms_info.account_number:") + contract);
        if (!opened.ok()) {
            return opened.error();
        }
        PD_TRY(appendAudit(session, "cms.reveal_account_number", "cms_info", id, {},
                           {{QStringLiteral("revealed"), QStringLiteral("account_number")}}));
        return QString::fromUtf8(opened.value());
    });
}

} // namespace pd::sql
