// The collections cycle on SQLite and PostgreSQL: the debit calendar (docs/DOMAIN.md, "The
// debit calendar") of demo data against a computation of its own from the raw tables.
#include "TestSupport.h"
#include "sql/SqlCollections.h"
#include "sql/SqlLists.h"
#include "sql/SqlOrganizations.h"
#include "sql/SqlSession.h"

#include <QSqlQuery>
#include <QtTest>

#include <map>

using namespace pd;
using namespace pd::sql;

namespace {

const QDate kAsOf(2026, 12, 3); // the demo data ends on a Thursday

struct PaymentRow
{
    QString month;
    QString status;
    qint64 amount = 0;
    QString method;
    QDate due;
    QString failure;
    int attempts = 0;
    QString failureCode;
    qint64 organizationId = 0;
};

struct ContractRow
{
    qint64 parentId = 0;
    int paymentDay = 0;
    QString cmsStatus;
    qint64 monthlyAmount = 0;
    QDateTime accountChangedAt;
    QString serviceStatus;
    QString contractId;
};

/// What one row of the calendar must say.
struct Expected
{
    QDate scheduled;
    QString month;
    qint64 amountDue = 0;
    QVariant paymentStatus;
    QVariant lastResult;
    QVariant lastFailure;
    qint64 recentFailures = 0;
    QVariant flags;
    QString cmsStatus;
    QString contractId;
    int attempt = 0; ///< 0: the month's debit; k: its k-th retry
};

QString monthOf(const QDate& d)
{
    return d.toString(QStringLiteral("yyyy-MM"));
}

} // namespace

class TestCollections : public QObject
{
    Q_OBJECT

    test::DemoDatabases m_demo;

    /// Every row of the debit calendar for `filters`, paged by 37, keyed by member id.
    static std::map<qint64, QVariantList> calendarRows(SqlSession& s, const QMap<QString, QString>& filters,
                                                       QString* error, const QString& sortKey = QString(),
                                                       bool descending = false, QVector<qint64>* order = nullptr)
    {
        std::map<qint64, QVariantList> rows;
        ListRequest r;
        r.area = Area::DebitCalendar;
        r.filters = filters;
        r.sortKey = sortKey;
        r.descending = descending;
        r.limit = 37;
        for (int guard = 0; guard < 1000; ++guard) {
            auto page = listPage(s, r);
            if (!page.ok()) {
                *error = page.error().message + QLatin1Char(' ') + page.error().detail;
                return {};
            }
            for (const QVariantList& row : page.value().rows) {
                rows[row.front().toLongLong()] = row;
                if (order) {
                    order->append(row.front().toLongLong());
                }
            }
            if (page.value().nextCursor.isEmpty()) {
                break;
            }
            r.cursor = page.value().nextCursor;
        }
        return rows;
    }

    /// The calendar of `day` computed from the raw tables: a contract is debited on `day` when
    /// debitDay() of its payment day in `day`'s month or the month before is `day`.
    static std::map<qint64, Expected> expectedFor(SqlSession& s, const QDate& day)
    {
        auto read = bankingCalendar(s, day.addDays(-120), day.addDays(120));
        const BankingCalendar calendar = read.value();
        std::map<qint64, QVector<PaymentRow>> payments;
        QSqlQuery p(s.database());
        p.exec(QStringLiteral("SELECT parent_id, payment_month, status, amount, method, due_date, failure_reason, "
                              "attempt_count, failure_code, organization_id FROM payments ORDER BY parent_id, "
                              "payment_month"));
        while (p.next()) {
            payments[p.value(0).toLongLong()].append(
                PaymentRow{p.value(1).toString(), p.value(2).toString(), p.value(3).toLongLong(), p.value(4).toString(),
                           QDate::fromString(p.value(5).toString().left(10), Qt::ISODate), p.value(6).toString(),
                           p.value(7).toInt(), p.value(8).toString(), p.value(9).toLongLong()});
        }
        // The retry codes (migration 027) and each organisation's retry policy: its nearest
        // ancestor's latest row (migration 028), else 2 retries 3 banking days apart.
        QSet<QString> retryCodes;
        QSqlQuery rc(s.database());
        rc.exec(QStringLiteral("SELECT code FROM debit_reason_codes WHERE action = 'retry'"));
        while (rc.next()) {
            retryCodes.insert(rc.value(0).toString());
        }
        std::map<qint64, QPair<int, int>> ownPolicy; // organisation -> its latest (retries, interval)
        QSqlQuery rp(s.database());
        rp.exec(QStringLiteral("SELECT organization_id, retry_limit, interval_days FROM debit_retry_policies "
                               "ORDER BY id"));
        while (rp.next()) {
            ownPolicy[rp.value(0).toLongLong()] = qMakePair(rp.value(1).toInt(), rp.value(2).toInt());
        }
        std::map<qint64, qint64> parentOf;
        QSqlQuery po(s.database());
        po.exec(QStringLiteral("SELECT id, parent_id FROM organizations"));
        while (po.next()) {
            parentOf[po.value(0).toLongLong()] = po.value(1).toLongLong();
        }
        auto policyOf = [&](qint64 org) {
            for (int depth = 0; org != 0 && depth < 10; ++depth, org = parentOf[org]) {
                if (ownPolicy.count(org)) {
                    return ownPolicy[org];
                }
            }
            return qMakePair(2, 3);
        };
        QSqlQuery c(s.database());
        c.exec(QStringLiteral("SELECT c.parent_id, c.payment_day, c.cms_status, c.monthly_amount, "
                              "c.account_changed_at, pa.service_status, c.contract_id "
                              "FROM cms_info c JOIN parents pa ON pa.id = c.parent_id"));
        std::map<qint64, Expected> out;
        const QString sinceMonth = monthOf(QDate(day.year(), day.month(), 1).addMonths(-6));
        while (c.next()) {
            ContractRow k{c.value(0).toLongLong(),
                          c.value(1).toInt(),
                          c.value(2).toString(),
                          c.value(3).toLongLong(),
                          c.value(4).isNull() ? QDateTime() : c.value(4).toDateTime().toUTC(),
                          c.value(5).toString(),
                          c.value(6).toString()};
            if (c.value(4).typeId() == QMetaType::QString) {
                k.accountChangedAt = QDateTime::fromString(c.value(4).toString(), Qt::ISODateWithMs);
            }
            if (k.cmsStatus != QLatin1String("active") && k.cmsStatus != QLatin1String("suspended")) {
                continue;
            }
            QDate nominal;
            int attempt = 0;
            for (const QDate& month :
                 {QDate(day.year(), day.month(), 1).addMonths(-1), QDate(day.year(), day.month(), 1)}) {
                const QDate debitDay = calendar.debitDay(month, k.paymentDay);
                if (debitDay == day) {
                    if (nominal.isValid()) {
                        qFatal("two calendar rows for contract %lld", k.parentId);
                    }
                    nominal = QDate(month.year(), month.month(), k.paymentDay);
                }
                // A retry: the month's payment failed `attempts` times with a retry code, and
                // the attempts-th retry of its policy falls on the day.
                for (const PaymentRow& row : payments[k.parentId]) {
                    if (row.month != monthOf(month) || row.status != QLatin1String("failed") ||
                        !retryCodes.contains(row.failureCode)) {
                        continue;
                    }
                    const auto [retries, interval] = policyOf(row.organizationId);
                    if (row.attempts < 1 || row.attempts > retries) {
                        continue;
                    }
                    const QVector<QDate> retryDays = calendar.retryDays(debitDay, row.attempts, interval);
                    if (retryDays.size() == row.attempts && retryDays.last() == day) {
                        if (nominal.isValid()) {
                            qFatal("two calendar rows for contract %lld", k.parentId);
                        }
                        nominal = QDate(month.year(), month.month(), k.paymentDay);
                        attempt = row.attempts;
                    }
                }
            }
            if (!nominal.isValid()) {
                continue;
            }
            Expected e;
            e.attempt = attempt;
            e.scheduled = nominal;
            e.month = monthOf(nominal);
            e.cmsStatus = k.cmsStatus;
            e.contractId = k.contractId;
            e.amountDue = k.monthlyAmount;
            QDate lastDebit;
            for (const PaymentRow& row : payments[k.parentId]) {
                if (row.month == e.month) {
                    e.paymentStatus = row.status;
                    const bool settled = row.status == QLatin1String("success") ||
                                         row.status == QLatin1String("cancelled") ||
                                         row.status == QLatin1String("refunded");
                    e.amountDue = settled ? 0 : row.amount;
                }
                if (row.month < e.month) { // rows come oldest month first
                    e.lastResult = row.status;
                    if (!row.failure.isEmpty()) {
                        e.lastFailure = row.failure;
                    }
                    if (row.status == QLatin1String("failed") && row.month >= sinceMonth) {
                        ++e.recentFailures;
                    }
                    if (row.method == QLatin1String("cms") && (!lastDebit.isValid() || row.due > lastDebit)) {
                        lastDebit = row.due;
                    }
                }
            }
            QStringList flags;
            if (e.attempt > 0) {
                flags << QStringLiteral("retry");
            }
            if (k.cmsStatus == QLatin1String("suspended")) {
                flags << QStringLiteral("suspended");
            }
            if (k.serviceStatus != QLatin1String("active")) {
                flags << k.serviceStatus;
            }
            if (k.accountChangedAt.isValid() &&
                (!lastDebit.isValid() || k.accountChangedAt > lastDebit.startOfDay(Qt::UTC))) {
                flags << QStringLiteral("account_changed");
            }
            if (e.recentFailures >= 2) {
                flags << QStringLiteral("repeated_failures");
            }
            if (e.amountDue == 0) {
                flags << QStringLiteral("settled");
            }
            if (!flags.isEmpty()) {
                e.flags = flags.join(QLatin1Char(','));
            }
            out[k.parentId] = e;
        }
        return out;
    }

    static QString compare(const std::map<qint64, QVariantList>& got, const std::map<qint64, Expected>& expected)
    {
        auto col = [](const char* key) { return columnIndex(Area::DebitCalendar, QLatin1String(key)); };
        if (got.size() != expected.size()) {
            return QStringLiteral("%1 rows, expected %2").arg(got.size()).arg(expected.size());
        }
        for (const auto& [id, e] : expected) {
            auto it = got.find(id);
            if (it == got.end()) {
                return QStringLiteral("member %1 missing").arg(id);
            }
            const QVariantList& row = it->second;
            auto differs = [&](const char* key, const QVariant& want) {
                const QVariant have = row.at(col(key));
                return have.isValid() != want.isValid() || (want.isValid() && have.toString() != want.toString());
            };
            for (const auto& [key, want] :
                 std::initializer_list<std::pair<const char*, QVariant>>{{"scheduled_date", e.scheduled},
                                                                         {"payment_month", e.month},
                                                                         {"attempt", e.attempt},
                                                                         {"payment_day", e.scheduled.day()},
                                                                         {"amount_due", e.amountDue},
                                                                         {"payment_status", e.paymentStatus},
                                                                         {"last_result", e.lastResult},
                                                                         {"last_failure", e.lastFailure},
                                                                         {"recent_failures", e.recentFailures},
                                                                         {"flags", e.flags},
                                                                         {"cms_status", e.cmsStatus},
                                                                         {"contract_id", e.contractId}}) {
                if (differs(key, want)) {
                    return QStringLiteral("member %1, %2: %3, expected %4")
                        .arg(id)
                        .arg(QLatin1String(key), row.at(col(key)).toString(), want.toString());
                }
            }
        }
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString failed = m_demo.prepare(QStringLiteral("collections"), kAsOf, 0.05);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void debitCalendarEqualsItsDefinition_data() { test::addDialectRows(); }
    /// Ordinary days, a Monday taking the weekend, days after holidays (Christmas, Chuseok), one
    /// taking the end of February into March, the first banking day of 2027 and a holiday.
    void debitCalendarEqualsItsDefinition()
    {
        QFETCH(int, dialect);
        SqlSession* s = m_demo.session(Dialect(dialect));
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        // One account changed now (after every demo debit): its contract is flagged.
        const qint64 changed =
            test::value(*s, QStringLiteral("SELECT MIN(parent_id) FROM cms_info WHERE cms_status = 'active' "
                                           "AND payment_day = 7"))
                .toLongLong();
        QVERIFY(changed > 0);
        QVERIFY(
            test::value(*s, QStringLiteral("SELECT account_changed_at FROM cms_info WHERE parent_id = %1").arg(changed))
                .isNull());
        QVERIFY(test::exec(*s, QStringLiteral("UPDATE cms_info SET account_holder = account_holder || '*' "
                                              "WHERE parent_id = %1")
                                   .arg(changed)));
        const QVariant changedAt = test::value(
            *s, QStringLiteral("SELECT account_changed_at FROM cms_info WHERE parent_id = %1").arg(changed));
        QVERIFY(!changedAt.isNull());
        // Other changes keep the time of the last account change.
        QVERIFY(test::exec(*s, QStringLiteral("UPDATE cms_info SET monthly_amount = monthly_amount + 1000 "
                                              "WHERE parent_id = %1")
                                   .arg(changed)));
        QCOMPARE(
            test::value(*s, QStringLiteral("SELECT account_changed_at FROM cms_info WHERE parent_id = %1").arg(changed))
                .toString(),
            changedAt.toString());

        // A contract whose debits failed in two of the six months before December (the payments'
        // guards keep settled months as they are, so one is found, not made): its December day.
        const QVariant failingDay = test::value(
            *s, QStringLiteral("SELECT MIN(c.payment_day) FROM cms_info c WHERE c.cms_status = 'active' AND "
                               "(SELECT COUNT(*) FROM payments p WHERE p.parent_id = c.parent_id AND p.status = "
                               "'failed' AND p.payment_month BETWEEN '2026-06' AND '2026-11') >= 2"));
        QVERIFY2(!failingDay.isNull(), "the demo has no contract that failed twice");
        auto december = bankingCalendar(*s, QDate(2026, 11, 1), QDate(2027, 1, 31));
        QVERIFY(december.ok());
        QVector<QDate> days{
            QDate(2026, 12, 4), QDate(2026, 12, 7),  QDate(2026, 12, 28),
            QDate(2026, 9, 28), QDate(2026, 3, 3),   QDate(2026, 11, 2),
            QDate(2027, 1, 4),  QDate(2026, 12, 25), december.value().debitDay(QDate(2026, 12, 1), failingDay.toInt())};
        QString error;
        int rowsSeen = 0;
        QSet<QString> flagsSeen;
        for (const QDate& day : days) {
            const auto got = calendarRows(*s, {{QStringLiteral("day"), day.toString(Qt::ISODate)}}, &error);
            QVERIFY2(error.isEmpty(), qPrintable(error));
            const auto expected = expectedFor(*s, day);
            const QString difference = compare(got, expected);
            QVERIFY2(difference.isEmpty(), qPrintable(day.toString(Qt::ISODate) + QStringLiteral(": ") + difference));
            rowsSeen += int(got.size());
            for (const auto& [id, row] : got) {
                for (const QString& flag : row.at(columnIndex(Area::DebitCalendar, QStringLiteral("flags")))
                                               .toString()
                                               .split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    flagsSeen.insert(flag);
                }
            }
            if (day == QDate(2026, 12, 25)) {
                QVERIFY(got.empty()); // a bank holiday: nothing is debited
            }
            if (day == QDate(2026, 12, 7)) {
                QVERIFY(got.count(changed));
                QVERIFY(got.at(changed)
                            .at(columnIndex(Area::DebitCalendar, QStringLiteral("flags")))
                            .toString()
                            .contains(QLatin1String("account_changed")));
            }
            // The moved days: the Monday after Christmas takes the 25th to the 28th.
            if (day == QDate(2026, 12, 28)) {
                QSet<int> paymentDays;
                for (const auto& [id, row] : got) {
                    paymentDays.insert(row.at(columnIndex(Area::DebitCalendar, QStringLiteral("payment_day"))).toInt());
                }
                QCOMPARE(paymentDays, (QSet<int>{25, 26, 27, 28}));
            }
            if (day == QDate(2026, 3, 3)) {
                bool february = false;
                for (const auto& [id, row] : got) {
                    february = february ||
                               row.at(columnIndex(Area::DebitCalendar, QStringLiteral("payment_month"))).toString() ==
                                   QLatin1String("2026-02");
                }
                QVERIFY(february); // the 28th of February fell on a Saturday
            }
        }
        QVERIFY2(rowsSeen > 100, qPrintable(QString::number(rowsSeen)));
        for (const char* flag : {"suspended", "account_changed", "repeated_failures", "settled"}) {
            QVERIFY2(flagsSeen.contains(QLatin1String(flag)), flag);
        }

        // The default day is the next banking day.
        auto calendar = bankingCalendar(*s, QDate::currentDate().addDays(-120), QDate::currentDate().addDays(120));
        QVERIFY(calendar.ok());
        const auto byDefault = calendarRows(*s, {}, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        const QString difference =
            compare(byDefault, expectedFor(*s, calendar.value().nextBankingDay(QDate::currentDate())));
        QVERIFY2(difference.isEmpty(), qPrintable(difference));
    }

    /// Planned retries (docs/DOMAIN.md, "Retry policy"): a December debit that failed with a
    /// retry code is on the calendar again on the banking day of its next retry, as "retry"
    /// with its number, until the policy's retries are used; not for a code of another action;
    /// a policy set on the center moves the retry. Each of those days equals the computation of
    /// its own.
    void plannedRetriesFollowThePolicy_data() { test::addDialectRows(); }
    void plannedRetriesFollowThePolicy()
    {
        QFETCH(int, dialect);
        SqlSession* s = m_demo.session(Dialect(dialect));
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        const auto picked = test::rows(*s, QStringLiteral("SELECT p.id, c.parent_id, c.payment_day, i.parent_id FROM "
                                                          "payments p JOIN cms_info c ON c.parent_id = p.parent_id "
                                                          "JOIN organizations i ON i.id = p.organization_id WHERE "
                                                          "p.payment_month = '2026-12' AND p.status = 'pending' AND "
                                                          "c.cms_status = 'active' AND c.payment_day BETWEEN 8 AND 14 "
                                                          "ORDER BY p.id LIMIT 1"));
        QVERIFY(!picked.isEmpty());
        const qint64 payment = picked.front()[0].toLongLong();
        const qint64 member = picked.front()[1].toLongLong();
        const qint64 center = picked.front()[3].toLongLong();
        auto read = bankingCalendar(*s, QDate(2026, 11, 1), QDate(2027, 2, 28));
        QVERIFY(read.ok());
        const BankingCalendar calendar = read.value();
        const QDate debitDay = calendar.debitDay(QDate(2026, 12, 1), picked.front()[2].toInt());
        const int attemptColumn = columnIndex(Area::DebitCalendar, QStringLiteral("attempt"));
        const int flagsColumn = columnIndex(Area::DebitCalendar, QStringLiteral("flags"));
        QString error;
        // Fails `attempts` times with `code`; answers the attempt the calendar of `day` shows for
        // the member (-1: not there), after checking the whole day against its definition.
        auto attemptOn = [&](const QDate& day, int attempts, const char* code) -> int {
            if (!test::exec(*s, QStringLiteral("UPDATE payments SET status = 'failed', failure_code = '%1', "
                                               "attempt_count = %2 WHERE id = %3")
                                    .arg(QLatin1String(code))
                                    .arg(attempts)
                                    .arg(payment))) {
                return -2;
            }
            const auto got = calendarRows(*s, {{QStringLiteral("day"), day.toString(Qt::ISODate)}}, &error);
            const QString difference = compare(got, expectedFor(*s, day));
            if (!error.isEmpty() || !difference.isEmpty()) {
                qWarning("%s: %s%s", qPrintable(day.toString(Qt::ISODate)), qPrintable(error), qPrintable(difference));
                return -3;
            }
            auto it = got.find(member);
            if (it == got.end()) {
                return -1;
            }
            if (it->second.at(attemptColumn).toInt() > 0 &&
                !it->second.at(flagsColumn).toString().startsWith(QLatin1String("retry"))) {
                return -4;
            }
            return it->second.at(attemptColumn).toInt();
        };
        // The default policy: two retries, three banking days apart.
        const QVector<QDate> retries = calendar.retryDays(debitDay, 3, 3);
        QCOMPARE(retries.size(), 3);
        QCOMPARE(attemptOn(debitDay, 0, "0001"), 0); // the month's own debit
        QCOMPARE(attemptOn(retries[0], 1, "0001"), 1);
        QCOMPARE(attemptOn(retries[0], 2, "0001"), -1); // the first retry failed too: not again that day
        QCOMPARE(attemptOn(retries[1], 2, "0001"), 2);
        QCOMPARE(attemptOn(retries[2], 3, "0001"), -1); // used up: overdue, not debited again
        QCOMPARE(attemptOn(retries[0], 1, "1001"), -1); // account closed: no retry
        QCOMPARE(attemptOn(retries[0], 1, "Q77"), -1);  // unknown code: by hand
        // The center's own policy: one retry, five banking days later.
        auto set = setRetryPolicy(*s, RetryPolicyChange{center, 1, 5, QStringLiteral("the bank asks for a week")});
        QVERIFY2(set.ok(), qPrintable(set.error().message));
        const QDate fiveLater = calendar.retryDays(debitDay, 1, 5).last();
        QCOMPARE(attemptOn(retries[0], 1, "0001"), -1);
        QCOMPARE(attemptOn(fiveLater, 1, "0001"), 1);
        QCOMPARE(attemptOn(calendar.retryDays(debitDay, 2, 5).last(), 2, "0001"), -1);
    }

    void debitCalendarSortsSearchesAndRefuses_data() { test::addDialectRows(); }
    void debitCalendarSortsSearchesAndRefuses()
    {
        QFETCH(int, dialect);
        SqlSession* s = m_demo.session(Dialect(dialect));
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        const QMap<QString, QString> day{{QStringLiteral("day"), QStringLiteral("2026-12-28")}};
        QString error;
        const auto all = calendarRows(*s, day, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(all.size() > 10);
        // Every column sorts both ways over the same rows, paged.
        for (const ColumnInfo& column : areaColumns(Area::DebitCalendar)) {
            for (bool descending : {false, true}) {
                QVector<qint64> order;
                const auto sorted = calendarRows(*s, day, &error, column.key, descending, &order);
                QVERIFY2(error.isEmpty(), qPrintable(column.key + QStringLiteral(": ") + error));
                QCOMPARE(qsizetype(order.size()), qsizetype(all.size()));
                QCOMPARE(sorted.size(), all.size());
            }
        }
        // Amount due descending really is descending.
        QVector<qint64> order;
        const auto byAmount = calendarRows(*s, day, &error, QStringLiteral("amount_due"), true, &order);
        const int amount = columnIndex(Area::DebitCalendar, QStringLiteral("amount_due"));
        for (int i = 1; i < order.size(); ++i) {
            QVERIFY(byAmount.at(order[i - 1]).at(amount).toLongLong() >= byAmount.at(order[i]).at(amount).toLongLong());
        }
        // Search by contract id and the status filter.
        const QVariantList& first = all.begin()->second;
        const QString contract = first.at(columnIndex(Area::DebitCalendar, QStringLiteral("contract_id"))).toString();
        auto searched = day;
        searched.insert(QStringLiteral("q"), contract.right(6));
        const auto found = calendarRows(*s, searched, &error);
        QVERIFY(found.count(all.begin()->first));
        QVERIFY(found.size() < all.size());
        auto suspended = day;
        suspended.insert(QStringLiteral("cms"), QStringLiteral("suspended"));
        for (const auto& [id, row] : calendarRows(*s, suspended, &error)) {
            QCOMPARE(row.at(columnIndex(Area::DebitCalendar, QStringLiteral("cms_status"))).toString(),
                     QStringLiteral("suspended"));
        }
        // The count agrees with the rows.
        ListRequest count;
        count.area = Area::DebitCalendar;
        count.filters = day;
        auto counted = countRows(*s, count, CountMode::Exact);
        QVERIFY(counted.ok());
        QCOMPARE(counted.value().value, qint64(all.size()));
        // A day that is not a date is refused, saying how to write one.
        count.filters.insert(QStringLiteral("day"), QStringLiteral("2026-13-01"));
        auto refused = listPage(*s, count);
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
        QVERIFY2(refused.error().message.contains(QLatin1String("YYYY-MM-DD")), qPrintable(refused.error().message));
    }
};

QTEST_GUILESS_MAIN(TestCollections)
#include "tst_collections.moc"
