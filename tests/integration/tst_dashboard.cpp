// The dashboard's aggregates on real databases (SQLite and PostgreSQL) with demo
// data, each compared with an answer computed here independently: per-month correlated SQL
// for the collections, and plain rows added up in C++ for the overdue snapshots, the KYC days
// and medians, and the invoice months.

#include "Dashboard.h"
#include "RestBackend.h"
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "sql/Migrations.h"
#include "sql/SqlBackend.h"
#include "sql/SqlDashboard.h"
#include "sql/SqlSession.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

#include <algorithm>
#include <map>

using namespace pd;
using namespace pd::sql;

namespace {
using test::rows;
const QDate kAsOf(2026, 10, 15);
constexpr int kSeoul = 9 * 3600;

/// `column` (a timestamp) as "YYYY-MM-DDTHH:MM:SS" UTC text in either dialect.
QString utcText(Dialect dialect, const char* column)
{
    return dialect == Dialect::PostgreSQL
               ? QStringLiteral("to_char(%1 AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS')")
                     .arg(QLatin1String(column))
               : QStringLiteral("substr(%1, 1, 19)").arg(QLatin1String(column));
}

QDateTime utc(const QVariant& text)
{
    return text.isNull() ? QDateTime() : QDateTime::fromString(text.toString() + QLatin1Char('Z'), Qt::ISODate);
}

QString localDay(const QDateTime& t)
{
    return t.addSecs(kSeoul).date().toString(Qt::ISODate);
}

/// Members owing, and won owed, per ageing band at the start of `day` (UTC midnight), from
/// payment rows (parent_id, due day text, amount, status, paid_at UTC text): payments due before
/// `day` that were unpaid then, banded by each member's oldest such debt.
std::map<QString, std::pair<qint64, qint64>> overdueAt(const QVector<QVariantList>& payments, const QDate& day)
{
    const QDateTime midnight(day, QTime(0, 0), Qt::UTC);
    struct Debt
    {
        QDate oldest;
        qint64 amount = 0;
    };
    std::map<qint64, Debt> debts;
    for (const auto& p : payments) {
        const QDate due = QDate::fromString(p[1].toString(), Qt::ISODate);
        const QString status = p[3].toString();
        const bool unpaid = status == QLatin1String("pending") || status == QLatin1String("failed");
        const bool paidLate = (status == QLatin1String("success") || status == QLatin1String("refunded")) &&
                              utc(p[4]).isValid() && utc(p[4]) >= midnight;
        if (due < day && (unpaid || paidLate)) {
            Debt& debt = debts[p[0].toLongLong()];
            debt.oldest = debt.oldest.isValid() ? std::min(debt.oldest, due) : due;
            debt.amount += p[2].toLongLong();
        }
    }
    std::map<QString, std::pair<qint64, qint64>> bands; // members, won
    for (const auto& [parent, debt] : debts) {
        const qint64 age = debt.oldest.daysTo(day);
        const QString band = age <= 7    ? QStringLiteral("1-7")
                             : age <= 30 ? QStringLiteral("8-30")
                             : age <= 60 ? QStringLiteral("31-60")
                                         : QStringLiteral("61+");
        bands[band].first += 1;
        bands[band].second += debt.amount;
    }
    return bands;
}

DashboardRequest request(DashboardChart chart, qint64 org = 0)
{
    DashboardRequest r;
    r.chart = chart;
    r.lastMonth = QStringLiteral("2026-10");
    r.months = 12;
    r.organizationId = org;
    r.today = kAsOf;
    r.utcOffsetSeconds = kSeoul;
    return r;
}

const ChartSeries& series(const ChartData& d, const QString& key)
{
    static const ChartSeries none;
    const ChartSeries* s = d.find(key);
    if (!s) {
        qWarning("no series %s", qPrintable(key));
    }
    return s ? *s : none;
}
} // namespace

class TestDashboard : public QObject
{
    Q_OBJECT

    test::DemoDatabases m_demo;

    SqlSession* session(int dialect) { return m_demo.session(Dialect(dialect)); }

    /// Every payment as (parent_id, due day, amount, status, paid_at UTC text, payment_month,
    /// method), read plainly for sums done here.
    static QVector<QVariantList> paymentRows(SqlSession& s)
    {
        return rows(s, QStringLiteral("SELECT parent_id, %1, amount, status, %2, payment_month, method FROM payments")
                           .arg(s.dialect() == Dialect::PostgreSQL ? QStringLiteral("to_char(due_date, 'YYYY-MM-DD')")
                                                                   : QStringLiteral("due_date"),
                                utcText(s.dialect(), "paid_at")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString failed = m_demo.prepare(QStringLiteral("dashboard"), kAsOf, 0.05);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    /// Pure helpers: period months, rates half up, comparisons, validation.
    void helpers()
    {
        DashboardRequest r = request(DashboardChart::Collections);
        r.lastMonth = QStringLiteral("2026-02");
        r.months = 3;
        QCOMPARE(r.periodMonths(),
                 QStringList({QStringLiteral("2025-12"), QStringLiteral("2026-01"), QStringLiteral("2026-02")}));
        QVERIFY(r.validate().isEmpty());
        r.lastMonth = QStringLiteral("2026-13");
        QVERIFY(r.validate().contains(QStringLiteral("2026-13")));
        QVERIFY(r.periodMonths().isEmpty());
        r.lastMonth = QStringLiteral("2026-02");
        r.months = 25;
        QVERIFY(!r.validate().isEmpty());
        QCOMPARE(rateBasisPoints(2, 3), qint64(6667));
        QCOMPARE(rateBasisPoints(1, 8), qint64(1250));
        QCOMPARE(rateBasisPoints(5, 0), qint64(0));
        QCOMPARE(rateBasisPoints(Q_INT64_C(9000000000000000), Q_INT64_C(9000000000000000)), qint64(10000));
        QCOMPARE(previousMonth(QStringLiteral("2026-01")), QStringLiteral("2025-12"));
        const MonthComparison c = compareLastTwo({5, 200, 150});
        QCOMPARE(c.direction(), -1);
        QCOMPARE(*c.changeBasisPoints(), qint64(-2500));
        QVERIFY(!compareLastTwo({7}).hasPrevious);
        QVERIFY(!compareLastTwo({0, 7}).changeBasisPoints());
        QCOMPARE(dashboardChartFromKey(dashboardChartKey(DashboardChart::KycFlow)), DashboardChart::KycFlow);
    }

    /// Expected, collected and per-method sums per month equal per-month SQL written here; the
    /// rate is collected/expected; a center's subtree sums only its institutions' payments.
    void collectionsMatchIndependentSums_data() { test::addDialectRows(); }
    void collectionsMatchIndependentSums()
    {
        QFETCH(int, dialect);
        SqlSession* s = session(dialect);
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        const qint64 center =
            test::value(*s, QStringLiteral("SELECT MIN(id) FROM organizations WHERE org_type = 'center'")).toLongLong();
        for (qint64 org : {qint64(0), center}) {
            auto chart = dashboardChart(*s, request(DashboardChart::Collections, org));
            QVERIFY2(chart.ok(), qPrintable(chart.error().message + chart.error().detail));
            auto rate = dashboardChart(*s, request(DashboardChart::CollectionRateByMonth, org));
            QVERIFY2(rate.ok(), qPrintable(rate.error().message + rate.error().detail));
            const ChartData& d = chart.value();
            QCOMPARE(d.categories.size(), 12);
            QCOMPARE(d.categories.back(), QStringLiteral("2026-10"));
            const QString scope = org == 0 ? QString()
                                           : QStringLiteral(" AND organization_id IN (SELECT id FROM organizations "
                                                            "WHERE parent_id = %1)")
                                                 .arg(org);
            qint64 total = 0;
            for (int i = 0; i < d.categories.size(); ++i) {
                const QString month = d.categories[i];
                auto sum = [&](const QString& where) {
                    return test::value(*s, QStringLiteral("SELECT COALESCE(SUM(amount), 0) FROM payments WHERE "
                                                          "payment_month = '%1' AND %2%3")
                                               .arg(month, where, scope))
                        .toLongLong();
                };
                const qint64 expected = sum(QStringLiteral("status <> 'cancelled'"));
                const qint64 collected = sum(QStringLiteral("status = 'success'"));
                QCOMPARE(series(d, QStringLiteral("expected")).values[i], expected);
                QCOMPARE(series(d, QStringLiteral("collected")).values[i], collected);
                for (const char* method : {"cms", "card", "bch", "manual"}) {
                    QCOMPARE(series(d, QLatin1String(method)).values[i],
                             sum(QStringLiteral("status = 'success' AND method = '%1'").arg(QLatin1String(method))));
                }
                QCOMPARE(series(rate.value(), QStringLiteral("rate")).values[i], rateBasisPoints(collected, expected));
                total += collected;
            }
            QVERIFY2(total > 0, "the demo data has collections in the period");
        }
    }

    /// Every center's rate over the period equals its institutions' sums; lowest first.
    void centerRatesAreSortedAndExact_data() { test::addDialectRows(); }
    void centerRatesAreSortedAndExact()
    {
        QFETCH(int, dialect);
        SqlSession* s = session(dialect);
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        auto chart = dashboardChart(*s, request(DashboardChart::CollectionRateByCenter));
        QVERIFY2(chart.ok(), qPrintable(chart.error().message + chart.error().detail));
        const ChartData& d = chart.value();
        const auto centers = rows(*s, QStringLiteral("SELECT COUNT(*) FROM organizations WHERE org_type = 'center'"));
        QCOMPARE(qint64(d.categories.size()), centers.front().front().toLongLong());
        QCOMPARE(d.categoryIds.size(), d.categories.size());
        const ChartSeries& rate = series(d, QStringLiteral("rate"));
        for (int i = 0; i < d.categories.size(); ++i) {
            const auto sums = rows(*s, QStringLiteral("SELECT COALESCE(SUM(CASE WHEN p.status <> 'cancelled' THEN "
                                                      "p.amount END), 0), COALESCE(SUM(CASE WHEN p.status = "
                                                      "'success' THEN p.amount END), 0) FROM payments p JOIN "
                                                      "organizations i ON i.id = p.organization_id WHERE i.parent_id "
                                                      "= %1 AND p.payment_month BETWEEN '2025-11' AND '2026-10'")
                                           .arg(d.categoryIds[i]));
            QCOMPARE(rate.values[i], rateBasisPoints(sums[0][1].toLongLong(), sums[0][0].toLongLong()));
            if (i > 0) {
                QVERIFY(rate.values[i - 1] <= rate.values[i]);
            }
        }
    }

    /// At each month's end, members owing payments due before that day and not paid by then,
    /// banded by the oldest debt, recomputed in C++ from every payment's row.
    void overdueAgeingMatchesSnapshotsOfRawRows_data() { test::addDialectRows(); }
    void overdueAgeingMatchesSnapshotsOfRawRows()
    {
        QFETCH(int, dialect);
        SqlSession* s = session(dialect);
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        auto chart = dashboardChart(*s, request(DashboardChart::OverdueAgeing));
        QVERIFY2(chart.ok(), qPrintable(chart.error().message + chart.error().detail));
        const ChartData& d = chart.value();
        const auto payments = paymentRows(*s);
        QVERIFY(payments.size() > 1000);
        qint64 seen = 0;
        for (int m = 0; m < d.categories.size(); ++m) {
            const QDate first = QDate::fromString(d.categories[m] + QStringLiteral("-01"), Qt::ISODate);
            const QDate day = std::min(first.addMonths(1), kAsOf);
            auto bands = overdueAt(payments, day);
            for (const QString& band : overdueBands()) {
                QCOMPARE(series(d, band + QStringLiteral("_members")).values[m], bands[band].first);
                QCOMPARE(series(d, band).values[m], bands[band].second);
                seen += bands[band].first;
            }
        }
        QVERIFY2(seen > 0, "the demo data has overdue debts");
    }

    /// A month that is not over is compared with the same days of the month before: the backend
    /// says what last month's payments had brought in by the same day, recomputed here from the
    /// rows; a finished month carries no such fact.
    void collectionsCompareTheSameDaysOfLastMonth_data() { test::addDialectRows(); }
    void collectionsCompareTheSameDaysOfLastMonth()
    {
        QFETCH(int, dialect);
        SqlSession* s = session(dialect);
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        DashboardRequest r = request(DashboardChart::Collections);
        r.lastMonth = QStringLiteral("2026-11");
        r.today = QDate(2026, 11, 5);
        auto chart = dashboardChart(*s, r);
        QVERIFY2(chart.ok(), qPrintable(chart.error().message + chart.error().detail));
        qint64 fact = -1;
        for (const ChartFact& f : chart.value().facts) {
            if (f.key == QLatin1String("previous_collected_same_days")) {
                fact = f.value;
            }
        }
        // October's payments paid before local (UTC+9) midnight starting 2026-10-06.
        const QDateTime cut(QDate(2026, 10, 6), QTime(0, 0), Qt::OffsetFromUTC, kSeoul);
        const auto payments = rows(*s, QStringLiteral("SELECT amount, %1 FROM payments WHERE payment_month = "
                                                      "'2026-10' AND status = 'success'")
                                           .arg(utcText(Dialect(dialect), "paid_at")));
        qint64 expected = 0;
        for (const auto& p : payments) {
            if (utc(p[1]).isValid() && utc(p[1]) < cut) {
                expected += p[0].toLongLong();
            }
        }
        QVERIFY(expected > 0);
        QCOMPARE(fact, expected);
        // It is less than the whole of October (whose comparison said "down 100 %" on the 1st).
        const ChartSeries& collected = series(chart.value(), QStringLiteral("collected"));
        QVERIFY(fact < collected.values[collected.values.size() - 2]);
        // A finished month has no such fact.
        DashboardRequest past = request(DashboardChart::Collections);
        past.lastMonth = QStringLiteral("2026-09");
        auto finished = dashboardChart(*s, past);
        QVERIFY(finished.ok());
        for (const ChartFact& f : finished.value().facts) {
            QVERIFY(f.key != QLatin1String("previous_collected_same_days"));
        }
    }

    /// On the first of a month the current month's debts are those standing that morning, the
    /// same as the last month's end snapshot, not none (the dashboard said "W0 owed by 0 members"
    /// on 2026-12-01).
    void overdueAgeingOnTheFirstOfTheMonth_data() { test::addDialectRows(); }
    void overdueAgeingOnTheFirstOfTheMonth()
    {
        QFETCH(int, dialect);
        SqlSession* s = session(dialect);
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        DashboardRequest r = request(DashboardChart::OverdueAgeing);
        r.lastMonth = QStringLiteral("2026-11");
        r.today = QDate(2026, 11, 1);
        auto chart = dashboardChart(*s, r);
        QVERIFY2(chart.ok(), qPrintable(chart.error().message + chart.error().detail));
        const ChartData& d = chart.value();
        QCOMPARE(d.categories.back(), QStringLiteral("2026-11"));
        const int now = int(d.categories.size()) - 1;
        qint64 members = 0;
        for (const QString& band : overdueBands()) {
            QCOMPARE(series(d, band).values[now], series(d, band).values[now - 1]);
            QCOMPARE(series(d, band + QStringLiteral("_members")).values[now],
                     series(d, band + QStringLiteral("_members")).values[now - 1]);
            members += series(d, band + QStringLiteral("_members")).values[now];
        }
        QVERIFY2(members > 0, "the demo data has debts standing on 2026-11-01");
    }

    /// The current month on its first, fifteenth and last day: expected, collected to the end
    /// of that day (local time), each method, the rate, the days so far, last month's takings by
    /// the same day, and the debts standing that morning, each equal to a sum over the raw rows
    /// done here as of that day. The demo rows run to 2026-10-15; payments paid after the day
    /// shown do not count.
    void currentMonthIsAsOfThatDay_data()
    {
        QTest::addColumn<int>("dialect");
        QTest::addColumn<QDate>("day");
        for (const auto& [name, dialect] : {std::pair<const char*, Dialect>{"sqlite", Dialect::SQLite},
                                            std::pair<const char*, Dialect>{"postgresql", Dialect::PostgreSQL}}) {
            for (const QDate& day : {QDate(2026, 10, 1), QDate(2026, 10, 15), QDate(2026, 10, 31)}) {
                QTest::addRow("%s %s", name, qPrintable(day.toString(Qt::ISODate))) << int(dialect) << day;
            }
        }
    }
    void currentMonthIsAsOfThatDay()
    {
        QFETCH(int, dialect);
        QFETCH(QDate, day);
        SqlSession* s = session(dialect);
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        const auto payments = paymentRows(*s);
        // The end of `day` and the same point of last month, local (UTC+9) time; a month with
        // fewer days than this one's day counts whole.
        const QDateTime endOfDay(day.addDays(1), QTime(0, 0), Qt::OffsetFromUTC, kSeoul);
        const QDate lastStart = QDate(day.year(), day.month(), 1).addMonths(-1);
        const QDateTime lastCut(std::min(lastStart.addDays(day.day()), lastStart.addMonths(1)), QTime(0, 0),
                                Qt::OffsetFromUTC, kSeoul);
        const QString month = day.toString(QStringLiteral("yyyy-MM"));
        const QString last = lastStart.toString(QStringLiteral("yyyy-MM"));
        qint64 expected = 0, collected = 0, lastSameDays = 0;
        std::map<QString, qint64> byMethod;
        for (const auto& p : payments) {
            const QString status = p[3].toString();
            const QDateTime paid = utc(p[4]);
            if (p[5].toString() == month) {
                expected += status != QLatin1String("cancelled") ? p[2].toLongLong() : 0;
                if (status == QLatin1String("success") && (!paid.isValid() || paid < endOfDay)) {
                    collected += p[2].toLongLong();
                    byMethod[p[6].toString()] += p[2].toLongLong();
                }
            } else if (p[5].toString() == last && status == QLatin1String("success") && paid.isValid() &&
                       paid < lastCut) {
                lastSameDays += p[2].toLongLong();
            }
        }
        QVERIFY(expected > 0);
        QVERIFY2(lastSameDays > 0, "last month had takings by the same day");

        DashboardRequest r = request(DashboardChart::Collections);
        r.today = day;
        auto chart = dashboardChart(*s, r);
        QVERIFY2(chart.ok(), qPrintable(chart.error().message + chart.error().detail));
        const ChartData& d = chart.value();
        const int now = int(d.categories.size()) - 1;
        QCOMPARE(d.categories[now], month);
        QCOMPARE(series(d, QStringLiteral("expected")).values[now], expected);
        QCOMPARE(series(d, QStringLiteral("collected")).values[now], collected);
        for (const char* method : {"cms", "card", "bch", "manual"}) {
            QCOMPARE(series(d, QLatin1String(method)).values[now], byMethod[QLatin1String(method)]);
        }
        std::map<QString, qint64> facts;
        for (const ChartFact& f : d.facts) {
            facts[f.key] = f.value;
        }
        QCOMPARE(facts[QStringLiteral("days_so_far")], qint64(day.day()));
        QCOMPARE(facts[QStringLiteral("previous_collected_same_days")], lastSameDays);

        r.chart = DashboardChart::CollectionRateByMonth;
        auto rate = dashboardChart(*s, r);
        QVERIFY2(rate.ok(), qPrintable(rate.error().message + rate.error().detail));
        QCOMPARE(series(rate.value(), QStringLiteral("rate")).values[now], rateBasisPoints(collected, expected));

        r.chart = DashboardChart::OverdueAgeing;
        auto ageing = dashboardChart(*s, r);
        QVERIFY2(ageing.ok(), qPrintable(ageing.error().message + ageing.error().detail));
        auto bands = overdueAt(payments, day);
        qint64 owing = 0;
        for (const QString& band : overdueBands()) {
            QCOMPARE(series(ageing.value(), band + QStringLiteral("_members")).values[now], bands[band].first);
            QCOMPARE(series(ageing.value(), band).values[now], bands[band].second);
            owing += bands[band].first;
        }
        QVERIFY2(owing > 0, "members owe on every day of the month");
        if (day.day() == 1) {
            // What was paid later in the rows is not yet collected on the first.
            QVERIFY(collected < test::value(*s, QStringLiteral("SELECT SUM(amount) FROM payments WHERE "
                                                               "payment_month = '%1' AND status = 'success'")
                                                    .arg(month))
                                    .toLongLong());
        }
    }

    /// Documents received and decided per local (UTC+9) day, the queue, and the lower median
    /// of decision minutes per level, from the documents' rows.
    void kycFlowMatchesRawRows_data() { test::addDialectRows(); }
    void kycFlowMatchesRawRows()
    {
        QFETCH(int, dialect);
        SqlSession* s = session(dialect);
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        auto chart = dashboardChart(*s, request(DashboardChart::KycFlow));
        QVERIFY2(chart.ok(), qPrintable(chart.error().message + chart.error().detail));
        const ChartData& d = chart.value();
        QCOMPARE(d.categories.front(), QStringLiteral("2025-11-01"));
        QCOMPARE(d.categories.back(), kAsOf.toString(Qt::ISODate));
        const auto docs =
            rows(*s, QStringLiteral("SELECT %1, %2, verification_status, kyc_level FROM kyc_documents")
                         .arg(utcText(Dialect(dialect), "created_at"), utcText(Dialect(dialect), "verified_at")));
        std::map<QString, std::pair<qint64, qint64>> days;
        std::map<int, std::vector<qint64>> minutes;
        qint64 queue = 0;
        const QString from = d.categories.front();
        const QString to = d.categories.back();
        for (const auto& doc : docs) {
            const QString status = doc[2].toString();
            queue += status == QLatin1String("pending") || status == QLatin1String("needs_info") ? 1 : 0;
            const QString received = localDay(utc(doc[0]));
            if (received >= from && received <= to) {
                days[received].first += 1;
            }
            if (status != QLatin1String("pending") && utc(doc[1]).isValid()) {
                const QString decided = localDay(utc(doc[1]));
                if (decided >= from && decided <= to) {
                    days[decided].second += 1;
                    minutes[doc[3].toInt()].push_back(utc(doc[0]).secsTo(utc(doc[1])) / 60);
                }
            }
        }
        qint64 total = 0;
        for (int i = 0; i < d.categories.size(); ++i) {
            QCOMPARE(series(d, QStringLiteral("received")).values[i], days[d.categories[i]].first);
            QCOMPARE(series(d, QStringLiteral("decided")).values[i], days[d.categories[i]].second);
            total += days[d.categories[i]].first;
        }
        QVERIFY(total > 0);
        auto fact = [&d](const QString& key) {
            for (const ChartFact& f : d.facts) {
                if (f.key == key) {
                    return f.value;
                }
            }
            return qint64(-999);
        };
        QCOMPARE(fact(QStringLiteral("queue")), queue);
        for (int level : {1, 2}) {
            std::vector<qint64>& v = minutes[level];
            std::sort(v.begin(), v.end());
            const qint64 median = v.empty() ? -1 : v[(v.size() + 1) / 2 - 1];
            // Whole seconds here vs the database's microseconds: a minute boundary may differ by one.
            QVERIFY2(qAbs(fact(QStringLiteral("median_minutes_level_%1").arg(level)) - median) <= 1,
                     qPrintable(QStringLiteral("level %1: %2 vs %3")
                                    .arg(level)
                                    .arg(fact(QStringLiteral("median_minutes_level_%1").arg(level)))
                                    .arg(median)));
        }
    }

    /// Invoices per local creation month and status: counts and exact satoshi.
    void invoicesMatchRawRows_data() { test::addDialectRows(); }
    void invoicesMatchRawRows()
    {
        QFETCH(int, dialect);
        SqlSession* s = session(dialect);
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        auto chart = dashboardChart(*s, request(DashboardChart::Invoices));
        QVERIFY2(chart.ok(), qPrintable(chart.error().message + chart.error().detail));
        const ChartData& d = chart.value();
        // Satoshi from the amount's decimal text, without the console's SQL expression.
        const auto invoices = rows(*s, QStringLiteral("SELECT %1, CAST(amount AS TEXT), status FROM invoices")
                                           .arg(utcText(Dialect(dialect), "created_at")));
        std::map<QString, std::pair<qint64, qint64>> cells;
        for (const auto& inv : invoices) {
            const QString month = localDay(utc(inv[0])).left(7);
            const QStringList parts = inv[1].toString().split(QLatin1Char('.'));
            const qint64 satoshi =
                parts[0].toLongLong() * 100000000 + parts.value(1).leftJustified(8, QLatin1Char('0')).toLongLong();
            auto& cell = cells[month + QLatin1Char('/') + inv[2].toString()];
            cell.first += 1;
            cell.second += satoshi;
        }
        qint64 counted = 0;
        for (int i = 0; i < d.categories.size(); ++i) {
            for (const char* status : {"pending", "paid", "confirmed", "expired", "cancelled"}) {
                const auto& cell = cells[d.categories[i] + QLatin1Char('/') + QLatin1String(status)];
                QCOMPARE(series(d, QLatin1String(status) + QStringLiteral("_count")).values[i], cell.first);
                QCOMPARE(series(d, QLatin1String(status)).values[i], cell.second);
                counted += cell.first;
            }
        }
        QVERIFY(counted > 0);
    }

    /// A bad request is refused with words, through the backend too.
    /// The REST backend's dashboard endpoint (paydesk-server over the PostgreSQL database)
    /// answers every chart exactly as the database does; a center manager's "everything" is its
    /// center's subtree (row-level security), equal to the owner's answer for that subtree.
    void theRestEndpointAnswersLikeTheDatabase()
    {
        SqlSession* pg = session(int(Dialect::PostgreSQL));
        if (!pg) {
            QSKIP("PostgreSQL is not available");
        }
        test::RestServer server;
        const QString started = server.start(
            m_demo.url(Dialect::PostgreSQL),
            {{QStringLiteral("dashboard.hq"), QStringLiteral("hq_admin"), QStringLiteral("HQ")},
             {QStringLiteral("dashboard.center"), QStringLiteral("center_manager"), QStringLiteral("C-GANGNAM")}});
        QVERIFY2(started.isEmpty(), qPrintable(started));
        auto same = [](const ChartData& a, const ChartData& b) {
            QCOMPARE(a.categories, b.categories);
            QCOMPARE(a.categoryIds, b.categoryIds);
            QCOMPARE(a.series.size(), b.series.size());
            for (int i = 0; i < a.series.size(); ++i) {
                QCOMPARE(a.series[i].key, b.series[i].key);
                QCOMPARE(a.series[i].unit, b.series[i].unit);
                QCOMPARE(a.series[i].values, b.series[i].values);
            }
            QCOMPARE(a.facts.size(), b.facts.size());
            for (int i = 0; i < a.facts.size(); ++i) {
                QCOMPARE(a.facts[i].key, b.facts[i].key);
                QCOMPARE(a.facts[i].value, b.facts[i].value);
            }
        };
        RestBackend hq({server.url(),
                        QStringLiteral("dashboard.hq"),
                        QString::fromLatin1(test::kRestPassword),
                        {},
                        {},
                        60000,
                        {}});
        for (DashboardChart chart : allDashboardCharts()) {
            auto viaRest = test::await<ChartData>(
                [&](QObject* receiver, auto done) { return hq.fetchChart(request(chart), receiver, done); });
            QVERIFY2(viaRest.ok(), qPrintable(viaRest.error().message + QLatin1Char(' ') + viaRest.error().detail));
            auto direct = dashboardChart(*pg, request(chart));
            QVERIFY(direct.ok());
            QVERIFY(!direct.value().categories.isEmpty());
            same(viaRest.value(), direct.value());
            if (QTest::currentTestFailed()) {
                return;
            }
        }
        const qint64 center =
            test::value(*pg, QStringLiteral("SELECT id FROM organizations WHERE code = 'C-GANGNAM'")).toLongLong();
        RestBackend manager({server.url(),
                             QStringLiteral("dashboard.center"),
                             QString::fromLatin1(test::kRestPassword),
                             {},
                             {},
                             60000,
                             {}});
        auto own = test::await<ChartData>([&](QObject* receiver, auto done) {
            return manager.fetchChart(request(DashboardChart::Collections), receiver, done);
        });
        QVERIFY(own.ok());
        auto subtree = dashboardChart(*pg, request(DashboardChart::Collections, center));
        QVERIFY(subtree.ok());
        same(own.value(), subtree.value());
        auto everything = dashboardChart(*pg, request(DashboardChart::Collections));
        QVERIFY(series(own.value(), QStringLiteral("expected")).values !=
                series(everything.value(), QStringLiteral("expected")).values);
    }

    void badRequestIsRefused()
    {
        SqlSession* s = session(int(Dialect::SQLite));
        QVERIFY(s);
        DashboardRequest r = request(DashboardChart::Collections);
        r.lastMonth = QStringLiteral("October");
        auto refused = dashboardChart(*s, r);
        QCOMPARE(refused.error().kind, Error::Kind::Invalid);
        QVERIFY(refused.error().message.contains(QStringLiteral("YYYY-MM")));
        SqlBackend backend(m_demo.url(Dialect::SQLite));
        auto viaBackend =
            test::await<ChartData>([&](QObject* receiver, auto done) { return backend.fetchChart(r, receiver, done); });
        QCOMPARE(viaBackend.error().kind, Error::Kind::Invalid);
    }
};

QTEST_GUILESS_MAIN(TestDashboard)
#include "tst_dashboard.moc"
