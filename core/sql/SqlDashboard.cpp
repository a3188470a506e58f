#include "sql/SqlDashboard.h"

#include "sql/SqlExpr.h"
#include "sql/SqlLists.h"
#include "sql/SqlSession.h"
#include "sql/SqlWrite.h"

#include <QHash>
#include <QSqlError>
#include <QSqlQuery>

#include <algorithm>

namespace pd::sql {

namespace {
struct DashboardSqlText
{
    Q_DECLARE_TR_FUNCTIONS(Dashboard)
};

const QStringList& paymentMethods()
{
    static const QStringList methods = {QStringLiteral("cms"), QStringLiteral("card"), QStringLiteral("bch"),
                                        QStringLiteral("manual")};
    return methods;
}

/// The canonical UTC instant of local midnight starting `day` for a user `offset` seconds
/// ahead of UTC.
QString localMidnight(const QDate& day, int offset)
{
    return canonicalInstant(QDateTime(day, QTime(0, 0), Qt::UTC).addSecs(-offset).toString(Qt::ISODate));
}

/// Appends the local calendar text of timestamp `expr` ("YYYY-MM-DD" or "YYYY-MM").
void emitLocal(SqlBuilder& b, const char* expr, int offset, bool month, Dialect dialect)
{
    SqlDialect::of(dialect).localCalendar(b, expr, offset, month);
}

/// A chart whose categories are known up front; values are filled by category and key.
class ChartBuilder
{
public:
    ChartBuilder(DashboardChart chart, QStringList categories)
    {
        m_data.chart = chart;
        m_data.categories = std::move(categories);
        for (int i = 0; i < m_data.categories.size(); ++i) {
            m_index.insert(m_data.categories[i], i);
        }
    }
    void addSeries(const QString& key, ChartUnit unit)
    {
        m_data.series.append({key, unit, QVector<qint64>(m_data.categories.size(), 0)});
    }
    /// Adds `value` to series `key` at `category`; categories outside the chart are ignored.
    void add(const QString& category, const QString& key, qint64 value)
    {
        const int at = m_index.value(category, -1);
        if (at < 0) {
            return;
        }
        for (ChartSeries& s : m_data.series) {
            if (s.key == key) {
                s.values[at] += value;
                return;
            }
        }
    }
    ChartData& data() { return m_data; }

private:
    ChartData m_data;
    QHash<QString, int> m_index;
};

/// Runs `b` and hands each row to `row`; a classified error names `what`.
Result<Done> eachRow(SqlSession& session, const SqlBuilder& b, const QString& what,
                     const std::function<void(const QSqlQuery&)>& row)
{
    QSqlQuery query;
    Error error;
    if (!session.exec(query, b, &error)) {
        return error;
    }
    while (query.next()) {
        row(query);
    }
    if (query.lastError().isValid()) {
        return session.classify(query.lastError(), what);
    }
    return Done{};
}

Result<ChartData> collections(SqlSession& session, const DashboardRequest& r, const QStringList& months)
{
    // Collected means paid by the end of today (local): the numbers are those of the day they
    // are shown for, whatever the rows say about later days.
    const QDate today = r.referenceDay();
    const SqlDialect& dialect = SqlDialect::of(session.dialect());
    SqlBuilder b("SELECT p.payment_month, p.method, "
                 "SUM(CASE WHEN p.status <> 'cancelled' THEN p.amount ELSE 0 END), "
                 "SUM(CASE WHEN p.status = 'success' AND (p.paid_at IS NULL OR p.paid_at < ");
    dialect.instant(b, localMidnight(today.addDays(1), r.utcOffsetSeconds));
    b.sql(") THEN p.amount ELSE 0 END) FROM payments p WHERE p.payment_month >= ");
    b.bind(months.front()).sql(" AND p.payment_month <= ").bind(months.back());
    if (r.organizationId > 0) {
        emitOrgSubtree(b, "p.organization_id", r.organizationId);
    }
    b.sql(" GROUP BY p.payment_month, p.method");
    ChartBuilder chart(r.chart, months);
    chart.addSeries(QStringLiteral("expected"), ChartUnit::Won);
    chart.addSeries(QStringLiteral("collected"), ChartUnit::Won);
    if (r.chart == DashboardChart::Collections) {
        for (const QString& method : paymentMethods()) {
            chart.addSeries(method, ChartUnit::Won);
        }
    }
    PD_TRY(eachRow(session, b, DashboardSqlText::tr("adding up collections"), [&](const QSqlQuery& q) {
        const QString month = q.value(0).toString();
        chart.add(month, QStringLiteral("expected"), q.value(2).toLongLong());
        chart.add(month, QStringLiteral("collected"), q.value(3).toLongLong());
        chart.add(month, q.value(1).toString(), q.value(3).toLongLong());
    }));
    // A month that is not over is compared with the same days of the month before: what that
    // month's payments had brought in by the same day (the current month's collected counts
    // everything paid so far). "Down 100 %" on the first of the month compared a day with a
    // whole month.
    if (today.toString(QStringLiteral("yyyy-MM")) == months.back()) {
        const QString previous = previousMonth(months.back());
        const QDate previousStart = QDate::fromString(previous + QStringLiteral("-01"), Qt::ISODate);
        const QDate cut = std::min(previousStart.addDays(today.day()), previousStart.addMonths(1));
        SqlBuilder same("SELECT COALESCE(SUM(p.amount), 0) FROM payments p WHERE p.payment_month = ");
        same.bind(previous).sql(" AND p.status = 'success' AND p.paid_at < ");
        dialect.instant(same, localMidnight(cut, r.utcOffsetSeconds));
        if (r.organizationId > 0) {
            emitOrgSubtree(same, "p.organization_id", r.organizationId);
        }
        qint64 sameDays = 0;
        PD_TRY(eachRow(session, same, DashboardSqlText::tr("adding up last month's first days"),
                       [&](const QSqlQuery& q) { sameDays = q.value(0).toLongLong(); }));
        chart.data().facts.append({QStringLiteral("days_so_far"), today.day(), ChartUnit::Count});
        chart.data().facts.append({QStringLiteral("previous_collected_same_days"), sameDays, ChartUnit::Won});
    }
    if (r.chart == DashboardChart::CollectionRateByMonth) {
        const ChartData& d = chart.data();
        ChartSeries rate{QStringLiteral("rate"), ChartUnit::BasisPoints, {}};
        for (int i = 0; i < months.size(); ++i) {
            rate.values << rateBasisPoints(d.series[1].values[i], d.series[0].values[i]);
        }
        chart.data().series.append(rate);
    }
    return chart.data();
}

Result<ChartData> rateByCenter(SqlSession& session, const DashboardRequest& r, const QStringList& months)
{
    // Payments are summed per institution first (a few hundred groups) and only those sums are
    // joined to their centers: joining every payment of the period first took 12 s on 5M.
    SqlBuilder b("SELECT c.id, c.name, SUM(x.expected), SUM(x.collected) FROM (SELECT p.organization_id, "
                 "SUM(CASE WHEN p.status <> 'cancelled' THEN p.amount ELSE 0 END) AS expected, "
                 "SUM(CASE WHEN p.status = 'success' THEN p.amount ELSE 0 END) AS collected FROM payments p "
                 "WHERE p.payment_month >= ");
    b.bind(months.front()).sql(" AND p.payment_month <= ").bind(months.back());
    if (r.organizationId > 0) {
        emitOrgSubtree(b, "p.organization_id", r.organizationId);
    }
    b.sql(" GROUP BY p.organization_id) x "
          "JOIN organizations inst ON inst.id = x.organization_id "
          "JOIN organizations c ON c.id = inst.parent_id AND c.org_type = 'center' "
          "GROUP BY c.id, c.name");
    struct Center
    {
        qint64 id;
        QString name;
        qint64 expected, collected, rate;
    };
    QVector<Center> centers;
    PD_TRY(eachRow(session, b, DashboardSqlText::tr("adding up collections per center"), [&](const QSqlQuery& q) {
        const qint64 expected = q.value(2).toLongLong();
        const qint64 collected = q.value(3).toLongLong();
        centers.append({q.value(0).toLongLong(), q.value(1).toString(), expected, collected,
                        rateBasisPoints(collected, expected)});
    }));
    std::sort(centers.begin(), centers.end(),
              [](const Center& x, const Center& y) { return x.rate != y.rate ? x.rate < y.rate : x.id < y.id; });
    ChartData d;
    d.chart = r.chart;
    ChartSeries rate{QStringLiteral("rate"), ChartUnit::BasisPoints, {}};
    ChartSeries expected{QStringLiteral("expected"), ChartUnit::Won, {}};
    ChartSeries collected{QStringLiteral("collected"), ChartUnit::Won, {}};
    for (const Center& c : centers) {
        d.categories << c.name;
        d.categoryIds << c.id;
        rate.values << c.rate;
        expected.values << c.expected;
        collected.values << c.collected;
    }
    d.series = {rate, expected, collected};
    return d;
}

Result<ChartData> overdueAgeing(SqlSession& session, const DashboardRequest& r, const QStringList& months)
{
    const SqlDialect& d = SqlDialect::of(session.dialect());
    const QDate today = r.referenceDay();
    // One snapshot day per month: the first day after it, or today for the current month (on
    // the first of the month too: the debts as they stand this morning, not none). Months that
    // have not begun have no snapshot.
    QStringList shown;
    QVector<QDate> days;
    for (const QString& month : months) {
        const QDate next = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate).addMonths(1);
        const QDate day = std::min(next, today);
        if (day >= QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate)) {
            shown << month;
            days << day;
        }
    }
    ChartBuilder chart(r.chart, months);
    for (const QString& band : overdueBands()) {
        chart.addSeries(band, ChartUnit::Won);
    }
    for (const QString& band : overdueBands()) {
        chart.addSeries(band + QStringLiteral("_members"), ChartUnit::Count);
    }
    if (days.isEmpty()) {
        return chart.data();
    }
    SqlBuilder b("SELECT o.m, CASE WHEN o.age <= 7 THEN '1-7' WHEN o.age <= 30 THEN '8-30' "
                 "WHEN o.age <= 60 THEN '31-60' ELSE '61+' END, COUNT(*), SUM(o.amount) FROM (SELECT s.m, ");
    d.daysBetween(b, SqlBuilder("s.d"), "MIN(c.due_date)");
    b.sql(" AS age, SUM(c.amount) AS amount FROM (");
    for (int i = 0; i < days.size(); ++i) {
        b.sql(i == 0 ? "SELECT " : " UNION ALL SELECT ").bind(shown[i]).sql(" AS m, ");
        d.date(b, days[i].toString(Qt::ISODate));
        b.sql(" AS d, ");
        d.instant(b, localMidnight(days[i], 0));
        b.sql(" AS t");
    }
    // Candidates: unpaid payments, and payments settled after their due day (late).
    b.sql(") s JOIN (SELECT p.parent_id, p.due_date, p.amount, "
          "CASE WHEN p.status IN ('pending', 'failed') THEN NULL ELSE p.paid_at END AS settled_at "
          "FROM payments p WHERE p.due_date < ");
    d.date(b, days.back().toString(Qt::ISODate));
    // Written exactly as migration 007's partial index, so the planner can prove it applies.
    b.sql(d.pick(" AND (p.status IN ('pending', 'failed') OR (p.status IN ('success', 'refunded') AND "
                 "p.paid_at >= CAST(p.due_date + 1 AS TIMESTAMP) AT TIME ZONE 'UTC'))",
                 " AND (p.status IN ('pending', 'failed') OR (p.status IN ('success', 'refunded') AND "
                 "p.paid_at >= date(p.due_date, '+1 day')))"));
    if (r.organizationId > 0) {
        emitOrgSubtree(b, "p.organization_id", r.organizationId);
    }
    b.sql(") c ON c.due_date < s.d AND (c.settled_at IS NULL OR c.settled_at >= s.t) "
          "GROUP BY s.m, s.d, c.parent_id) o GROUP BY o.m, 2");
    PD_TRY(eachRow(session, b, DashboardSqlText::tr("adding up overdue debts"), [&](const QSqlQuery& q) {
        const QString month = q.value(0).toString();
        const QString band = q.value(1).toString();
        chart.add(month, band + QStringLiteral("_members"), q.value(2).toLongLong());
        chart.add(month, band, q.value(3).toLongLong());
    }));
    return chart.data();
}

Result<ChartData> kycFlow(SqlSession& session, const DashboardRequest& r, const QStringList& months)
{
    const Dialect dialect = session.dialect();
    const QDate first = QDate::fromString(months.front() + QStringLiteral("-01"), Qt::ISODate);
    const QDate today = r.referenceDay();
    const QDate end =
        std::min(QDate::fromString(months.back() + QStringLiteral("-01"), Qt::ISODate).addMonths(1), today.addDays(1));
    QStringList dayList;
    for (QDate d = first; d < end; d = d.addDays(1)) {
        dayList << d.toString(Qt::ISODate);
    }
    ChartBuilder chart(r.chart, dayList);
    chart.addSeries(QStringLiteral("received"), ChartUnit::Count);
    chart.addSeries(QStringLiteral("decided"), ChartUnit::Count);
    const QString from = localMidnight(first, r.utcOffsetSeconds);
    const QString to = localMidnight(end, r.utcOffsetSeconds);
    auto scope = [&](SqlBuilder& b) {
        if (r.organizationId > 0) {
            emitOrgSubtree(b, "u.organization_id", r.organizationId);
        }
    };
    auto period = [&](SqlBuilder& b, const char* column) {
        b.sql(" AND ").sql(column).sql(" >= ");
        bindInstant(b, dialect, from);
        b.sql(" AND ").sql(column).sql(" < ");
        bindInstant(b, dialect, to);
    };
    if (!dayList.isEmpty()) {
        SqlBuilder b("SELECT x.day, SUM(x.received), SUM(x.decided) FROM (SELECT ");
        emitLocal(b, "k.created_at", r.utcOffsetSeconds, false, dialect);
        b.sql(" AS day, 1 AS received, 0 AS decided FROM kyc_documents k JOIN users u ON u.id = k.user_id "
              "WHERE 1 = 1");
        period(b, "k.created_at");
        scope(b);
        b.sql(" UNION ALL SELECT ");
        emitLocal(b, "k.verified_at", r.utcOffsetSeconds, false, dialect);
        b.sql(", 0, 1 FROM kyc_documents k JOIN users u ON u.id = k.user_id "
              "WHERE k.verification_status <> 'pending'");
        period(b, "k.verified_at");
        scope(b);
        b.sql(") x GROUP BY x.day");
        PD_TRY(eachRow(session, b, DashboardSqlText::tr("counting KYC documents"), [&](const QSqlQuery& q) {
            const QString day = q.value(0).toString();
            chart.add(day, QStringLiteral("received"), q.value(1).toLongLong());
            chart.add(day, QStringLiteral("decided"), q.value(2).toLongLong());
        }));
    }
    SqlBuilder queue("SELECT COUNT(*) FROM kyc_documents k JOIN users u ON u.id = k.user_id "
                     "WHERE k.verification_status IN ('pending', 'needs_info')");
    scope(queue);
    auto waiting = session.scalar(queue);
    if (!waiting.ok()) {
        return waiting.error();
    }
    chart.data().facts.append({QStringLiteral("queue"), waiting.value().toLongLong(), ChartUnit::Count});
    // Lower median of the minutes from receipt to decision, per level, by row numbers (the
    // same in both dialects; SQLite has no percentile function).
    SqlBuilder median("SELECT lvl, minutes FROM (SELECT lvl, minutes, "
                      "ROW_NUMBER() OVER (PARTITION BY lvl ORDER BY minutes) AS rn, "
                      "COUNT(*) OVER (PARTITION BY lvl) AS n FROM (SELECT k.kyc_level AS lvl, ");
    SqlDialect::of(dialect).minutesBetween(median, "k.verified_at", "k.created_at");
    median.sql(" AS minutes FROM kyc_documents k JOIN users u ON u.id = k.user_id "
               "WHERE k.verification_status <> 'pending'");
    period(median, "k.verified_at");
    scope(median);
    median.sql(") d) ranked WHERE rn = (n + 1) / 2");
    QHash<int, qint64> medians;
    PD_TRY(eachRow(session, median, DashboardSqlText::tr("measuring decision times"),
                   [&](const QSqlQuery& q) { medians.insert(q.value(0).toInt(), q.value(1).toLongLong()); }));
    for (int level : {1, 2}) {
        chart.data().facts.append(
            {QStringLiteral("median_minutes_level_%1").arg(level), medians.value(level, -1), ChartUnit::Count});
    }
    return chart.data();
}

Result<ChartData> invoices(SqlSession& session, const DashboardRequest& r, const QStringList& months)
{
    const Dialect dialect = session.dialect();
    const QDate first = QDate::fromString(months.front() + QStringLiteral("-01"), Qt::ISODate);
    const QDate end = QDate::fromString(months.back() + QStringLiteral("-01"), Qt::ISODate).addMonths(1);
    SqlBuilder b("SELECT x.month, x.status, COUNT(*), SUM(x.satoshi) FROM (SELECT ");
    emitLocal(b, "i.created_at", r.utcOffsetSeconds, true, dialect);
    b.sql(" AS month, i.status AS status, ");
    b.sql(SqlDialect::of(dialect).pick(PD_SQL_INVOICE_SATOSHI_PG, PD_SQL_INVOICE_SATOSHI_SQLITE));
    b.sql(" AS satoshi FROM invoices i WHERE i.created_at >= ");
    bindInstant(b, dialect, localMidnight(first, r.utcOffsetSeconds));
    b.sql(" AND i.created_at < ");
    bindInstant(b, dialect, localMidnight(end, r.utcOffsetSeconds));
    if (r.organizationId > 0) {
        emitOrgSubtree(b, "i.organization_id", r.organizationId);
    }
    b.sql(") x GROUP BY x.month, x.status");
    ChartBuilder chart(r.chart, months);
    for (const QString& status : areaStatuses(Area::Invoices)) {
        chart.addSeries(status, ChartUnit::Satoshi);
    }
    for (const QString& status : areaStatuses(Area::Invoices)) {
        chart.addSeries(status + QStringLiteral("_count"), ChartUnit::Count);
    }
    PD_TRY(eachRow(session, b, DashboardSqlText::tr("adding up invoices"), [&](const QSqlQuery& q) {
        const QString month = q.value(0).toString();
        const QString status = q.value(1).toString();
        chart.add(month, status, q.value(3).toLongLong());
        chart.add(month, status + QStringLiteral("_count"), q.value(2).toLongLong());
    }));
    return chart.data();
}
} // namespace

Result<ChartData> dashboardChart(SqlSession& session, const DashboardRequest& request)
{
    const QString problem = request.validate();
    if (!problem.isEmpty()) {
        return Error(Error::Kind::Invalid, problem);
    }
    const QStringList months = request.periodMonths();
    switch (request.chart) {
    case DashboardChart::Collections:
    case DashboardChart::CollectionRateByMonth:
        return collections(session, request, months);
    case DashboardChart::CollectionRateByCenter:
        return rateByCenter(session, request, months);
    case DashboardChart::OverdueAgeing:
        return overdueAgeing(session, request, months);
    case DashboardChart::KycFlow:
        return kycFlow(session, request, months);
    case DashboardChart::Invoices:
        return invoices(session, request, months);
    }
    return Error(Error::Kind::Invalid, DashboardSqlText::tr("Unknown chart."));
}

} // namespace pd::sql
