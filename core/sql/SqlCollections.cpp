#include "sql/SqlCollections.h"

#include "sql/SqlAudit.h"
#include "sql/SqlSession.h"
#include "sql/SqlWrite.h"

#include <QJsonObject>

#include <QCoreApplication>
#include <QSqlError>
#include <QSqlQuery>

namespace pd::sql {

namespace {
struct CollectionsText
{
    Q_DECLARE_TR_FUNCTIONS(pd::sql::Collections)
};
} // namespace

Result<BankingCalendar> bankingCalendar(SqlSession& session, const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid() || to < from || from.daysTo(to) > 3660) {
        return Error(Error::Kind::Invalid,
                     CollectionsText::tr("The bank holidays are read for a range of dates of at most ten years, "
                                         "its first day before its last."));
    }
    // Dates travel as ISO text in both dialects (DATE in PostgreSQL, TEXT in SQLite).
    const bool pg = session.dialect() == Dialect::PostgreSQL;
    SqlBuilder bound(pg ? "SELECT to_char(day, 'YYYY-MM-DD') FROM bank_holidays WHERE active AND day BETWEEN CAST("
                        : "SELECT day FROM bank_holidays WHERE active = 1 AND day BETWEEN (");
    bound.bind(from.toString(Qt::ISODate)).sql(pg ? " AS date) AND CAST(" : ") AND (");
    bound.bind(to.toString(Qt::ISODate)).sql(pg ? " AS date)" : ")");
    QSqlQuery query;
    Error error;
    if (!session.exec(query, bound, &error)) {
        return error;
    }
    QSet<QDate> holidays;
    while (query.next()) {
        holidays.insert(QDate::fromString(query.value(0).toString(), Qt::ISODate));
    }
    if (query.lastError().isValid()) {
        return session.classify(query.lastError(), CollectionsText::tr("reading the bank holidays"));
    }
    return BankingCalendar(std::move(holidays));
}

namespace {
/// The row of a bank holiday: id, day (ISO text), name, active, reason; NotFound when none.
Result<QVariantList> holidayRow(SqlSession& session, SqlBuilder where)
{
    const bool pg = session.dialect() == Dialect::PostgreSQL;
    SqlBuilder read(pg ? "SELECT id, to_char(day, 'YYYY-MM-DD'), name, active, reason FROM bank_holidays WHERE "
                       : "SELECT id, day, name, active, reason FROM bank_holidays WHERE ");
    read.append(where);
    return readLockedRow(session, read, " FOR UPDATE", CollectionsText::tr("That bank holiday does not exist."));
}
} // namespace

Result<CreatedBankHoliday> addBankHoliday(SqlSession& session, const BankHolidayDraft& draft)
{
    if (!draft.day.isValid()) {
        return invalid(CollectionsText::tr("Give the day of the bank holiday as a date (YYYY-MM-DD)."));
    }
    if (draft.day.dayOfWeek() > 5) {
        return invalid(CollectionsText::tr("%1 is a Saturday or a Sunday: no debits go out on it anyway. Bank "
                                           "holidays are weekdays.")
                           .arg(draft.day.toString(Qt::ISODate)));
    }
    const QString name = draft.name.trimmed();
    if (name.isEmpty() || name.size() > 100) {
        return invalid(CollectionsText::tr("Name the bank holiday (at most 100 characters), for example "
                                           "\"임시공휴일 / Temporary holiday\"."));
    }
    const auto reason = auditReason(draft.reason);
    if (!reason.ok()) {
        return reason.error();
    }
    const bool pg = session.dialect() == Dialect::PostgreSQL;
    const SqlDialect& d = SqlDialect::of(session.dialect());
    return inTransaction<CreatedBankHoliday>(session, [&]() -> Result<CreatedBankHoliday> {
        SqlBuilder sameDay("day = ");
        d.date(sameDay, draft.day.toString(Qt::ISODate));
        auto existing = holidayRow(session, sameDay);
        if (existing.ok()) {
            const QVariantList& row = existing.value();
            return row.at(3).toBool()
                       ? invalid(CollectionsText::tr("%1 is a bank holiday already (%2).")
                                     .arg(draft.day.toString(Qt::ISODate), row.at(2).toString()))
                       : invalid(CollectionsText::tr("%1 was withdrawn as a bank holiday (%2); restore that row "
                                                     "instead of adding the day again.")
                                     .arg(draft.day.toString(Qt::ISODate), row.at(4).toString()));
        }
        if (existing.error().kind != Error::Kind::NotFound) {
            return existing.error();
        }
        // PostgreSQL's trigger writes who and when; SQLite has no logins, the session names them.
        SqlBuilder insert(pg ? "INSERT INTO bank_holidays (day, name, reason) VALUES ("
                             : "INSERT INTO bank_holidays (day, name, reason, changed_by, changed_at) VALUES (");
        d.date(insert, draft.day.toString(Qt::ISODate));
        insert.sql(", ").bind(name).sql(", ").bind(reason.value());
        if (!pg) {
            insert.sql(", ").bind(session.actor().isEmpty() ? QStringLiteral("owner") : session.actor());
            insert.sql(", ").sql(d.clock());
        }
        insert.sql(") RETURNING id");
        QSqlQuery query;
        Error error;
        if (!session.exec(query, insert, &error)) {
            return inTheDatabasesWords(error);
        }
        if (!query.next()) {
            return Error(Error::Kind::Internal, CollectionsText::tr("The new bank holiday's id did not come back."));
        }
        CreatedBankHoliday created{query.value(0).toLongLong()};
        query.finish();
        PD_TRY(appendAudit(session, "bank_holiday.add", "bank_holidays", created.id, {},
                           QJsonObject{{QStringLiteral("day"), draft.day.toString(Qt::ISODate)},
                                       {QStringLiteral("name"), name},
                                       {QStringLiteral("active"), true}},
                           reason.value()));
        return created;
    });
}

Result<Done> setBankHolidayActive(SqlSession& session, const BankHolidayChange& change)
{
    const auto reason = auditReason(change.reason);
    if (!reason.ok()) {
        return reason.error();
    }
    const bool pg = session.dialect() == Dialect::PostgreSQL;
    return inTransaction<Done>(session, [&]() -> Result<Done> {
        auto row = holidayRow(session, SqlBuilder("id = ").bind(change.id));
        if (!row.ok()) {
            return row.error();
        }
        const QString day = row.value().at(1).toString();
        if (row.value().at(3).toBool() == change.active) {
            return invalid(change.active ? CollectionsText::tr("%1 is a bank holiday already.").arg(day)
                                         : CollectionsText::tr("%1 is withdrawn already.").arg(day));
        }
        SqlBuilder update("UPDATE bank_holidays SET active = ");
        update.bind(change.active).sql(", reason = ").bind(reason.value());
        if (!pg) {
            update.sql(", changed_by = ").bind(session.actor().isEmpty() ? QStringLiteral("owner") : session.actor());
            update.sql(", changed_at = ").sql(SqlDialect::of(session.dialect()).clock());
        }
        update.sql(" WHERE id = ").bind(change.id);
        QSqlQuery query;
        Error error;
        if (!session.exec(query, update, &error)) {
            return inTheDatabasesWords(error);
        }
        return appendAudit(session, change.active ? "bank_holiday.restore" : "bank_holiday.withdraw", "bank_holidays",
                           change.id,
                           QJsonObject{{QStringLiteral("active"), !change.active},
                                       {QStringLiteral("reason"), row.value().at(4).toString()}},
                           QJsonObject{{QStringLiteral("active"), change.active}}, reason.value());
    });
}

} // namespace pd::sql
