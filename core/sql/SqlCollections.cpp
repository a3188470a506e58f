#include "sql/SqlCollections.h"

#include "sql/SqlSession.h"

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

} // namespace pd::sql
