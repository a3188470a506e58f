#include "DashboardPage.h"

#include "Labels.h"
#include "Money.h"
#include "OrganizationListModel.h"
#include "OutputFile.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QCursor>
#include <QDateTime>
#include <QFileDialog>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QPainter>
#include <QPdfWriter>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedBarSeries>
#include <QStackedWidget>
#include <QToolButton>
#include <QToolTip>
#include <QVBoxLayout>
#include <QValueAxis>

#include <cmath>

namespace pd::ui {

using models::Labels;

namespace {
QString chartTitle(DashboardChart chart)
{
    switch (chart) {
    case DashboardChart::Collections:
        return DashboardPage::tr("How much was collected, against what was expected?");
    case DashboardChart::CollectionRateByMonth:
        return DashboardPage::tr("Is the collection rate rising or falling?");
    case DashboardChart::CollectionRateByCenter:
        return DashboardPage::tr("Which centers collect least? (lowest ten highlighted)");
    case DashboardChart::OverdueAgeing:
        return DashboardPage::tr("How old are the debts at each month's end?");
    case DashboardChart::KycFlow:
        return DashboardPage::tr("Is KYC review keeping up with new documents?");
    case DashboardChart::Invoices:
        return DashboardPage::tr("What happens to BCH invoices?");
    }
    return {};
}

QString percent(qint64 basisPoints)
{
    return QLocale().toString(double(basisPoints) / 100.0, 'f', 1) + QStringLiteral(" %");
}

QString won(qint64 amount)
{
    return Money(amount, Currency::KRW).format(QLocale());
}

/// "up 4.2 % from last month" / "down …" / "unchanged …", for the numbers beside a chart.
QString changeText(const MonthComparison& c)
{
    if (!c.hasPrevious) {
        return DashboardPage::tr("no earlier month to compare");
    }
    if (c.direction() == 0) {
        return DashboardPage::tr("unchanged from last month");
    }
    const auto change = c.changeBasisPoints();
    if (!change) {
        return c.direction() > 0 ? DashboardPage::tr("up from nothing last month")
                                 : DashboardPage::tr("down from last month");
    }
    const QString amount = percent(std::abs(*change));
    return c.direction() > 0 ? DashboardPage::tr("up %1 from last month").arg(amount)
                             : DashboardPage::tr("down %1 from last month").arg(amount);
}

/// "up 4.2 % from the same days of last month", for a month that is not over yet.
QString sameDaysText(const MonthComparison& c)
{
    if (c.direction() == 0) {
        return DashboardPage::tr("unchanged from the same days of last month");
    }
    const auto change = c.changeBasisPoints();
    if (!change) {
        return DashboardPage::tr("up from nothing in the same days of last month");
    }
    const QString amount = percent(std::abs(*change));
    return c.direction() > 0 ? DashboardPage::tr("up %1 from the same days of last month").arg(amount)
                             : DashboardPage::tr("down %1 from the same days of last month").arg(amount);
}

/// "up 0.4 points from the same days of last month", for a rate of a month that is not over.
QString sameDaysPointsText(const MonthComparison& c)
{
    if (c.direction() == 0) {
        return DashboardPage::tr("unchanged from the same days of last month");
    }
    const QString points = QLocale().toString(double(std::abs(c.current - c.previous)) / 100.0, 'f', 1);
    return c.direction() > 0 ? DashboardPage::tr("up %1 points from the same days of last month").arg(points)
                             : DashboardPage::tr("down %1 points from the same days of last month").arg(points);
}

/// "up 0.4 points from last month" for rates, whose change is in percentage points.
QString pointsText(const MonthComparison& c)
{
    if (!c.hasPrevious) {
        return DashboardPage::tr("no earlier month to compare");
    }
    if (c.direction() == 0) {
        return DashboardPage::tr("unchanged from last month");
    }
    const QString points = QLocale().toString(double(std::abs(c.current - c.previous)) / 100.0, 'f', 1);
    return c.direction() > 0 ? DashboardPage::tr("up %1 points from last month").arg(points)
                             : DashboardPage::tr("down %1 points from last month").arg(points);
}

QVector<qint64> sumOf(const ChartData& d, const QStringList& keys)
{
    QVector<qint64> out(d.categories.size(), 0);
    for (const QString& key : keys) {
        if (const ChartSeries* s = d.find(key)) {
            for (int i = 0; i < out.size(); ++i) {
                out[i] += s->values[i];
            }
        }
    }
    return out;
}

qint64 factValue(const ChartData& d, const QString& key)
{
    for (const ChartFact& f : d.facts) {
        if (f.key == key) {
            return f.value;
        }
    }
    return -1;
}

QString minutesText(qint64 minutes)
{
    return minutes < 0 ? DashboardPage::tr("no decisions") : Labels::formatDuration(minutes * 60);
}

QColor methodColor(int i)
{
    static const QColor colors[] = {QColor(0x2e, 0x7d, 0x32), QColor(0x15, 0x65, 0xc0), QColor(0xef, 0x6c, 0x00),
                                    QColor(0x6a, 0x1b, 0x9a), QColor(0x75, 0x75, 0x75)};
    return colors[i % 5];
}

/// The UTC instant of local midnight of `day`, as the lists' from/to filters take it.
QString instantOf(const QDate& day, int utcOffsetSeconds)
{
    return QDateTime(day, QTime(0, 0), Qt::UTC).addSecs(-utcOffsetSeconds).toString(Qt::ISODate);
}

/// A category axis; months "YYYY-MM" are labelled by month number ("01" with its year) so two
/// years of them fit under a card (the period is written above the charts).
QBarCategoryAxis* categoryAxis(const QStringList& categories, QChart* chart)
{
    auto* axis = new QBarCategoryAxis(chart);
    QStringList labels;
    for (const QString& c : categories) {
        const bool month = c.size() == 7 && c.at(4) == QLatin1Char('-');
        labels << (!month ? c
                          : (c.mid(5) == QLatin1String("01") ? c.mid(2, 2) + QLatin1Char('/') + c.mid(5) : c.mid(5)));
    }
    axis->append(labels);
    QFont small = axis->labelsFont();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    axis->setLabelsFont(small);
    axis->setTruncateLabels(false); // "26/01" or a center's name, never "…"
    return axis;
}

/// Adds `x` below and `y` left of `chart` and attaches every series in `series` to both.
void attachAxes(QChart* chart, QAbstractAxis* x, QAbstractAxis* y, std::initializer_list<QAbstractSeries*> series)
{
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    for (QAbstractSeries* s : series) {
        s->attachAxis(x);
        s->attachAxis(y);
    }
}

/// Won shown on a chart axis in millions (the data stays exact; only the drawing scales).
double millions(qint64 won)
{
    return double(won) / 1e6;
}

QValueAxis* valueAxis(QChart* chart, const QString& title)
{
    auto* axis = new QValueAxis(chart);
    axis->setLabelFormat(QStringLiteral("%.0f"));
    axis->setTitleText(title);
    return axis;
}
} // namespace

// -- ChartCard -------------------------------------------------------------------------------

ChartCard::ChartCard(DashboardChart chart, QWidget* parent)
    : QFrame(parent)
    , m_chart(chart)
{
    setObjectName(QStringLiteral("chart_") + dashboardChartKey(chart));
    setFrameShape(QFrame::StyledPanel);
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    m_title = new QLabel(chartTitle(chart), this);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_title->setWordWrap(true);
    auto* save = new QToolButton(this);
    save->setText(tr("Export…"));
    save->setToolTip(tr("Save this chart as a PNG picture or a PDF file"));
    save->setObjectName(QStringLiteral("export"));
    connect(save, &QToolButton::clicked, this, &ChartCard::exportChart);
    header->addWidget(m_title, 1);
    header->addWidget(save);
    layout->addLayout(header);
    m_stack = new QStackedWidget(this);
    m_placeholder = new QLabel(this);
    m_placeholder->setAlignment(Qt::AlignCenter);
    m_placeholder->setWordWrap(true);
    m_placeholder->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_view = new QChartView(this);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    m_stack->addWidget(m_placeholder);
    m_stack->addWidget(m_view);
    layout->addWidget(m_stack, 1);
    m_facts = new QLabel(this);
    m_facts->setObjectName(QStringLiteral("facts"));
    m_facts->setWordWrap(true);
    m_facts->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_facts);
    showLoading();
}

QString ChartCard::title() const
{
    return m_title->text();
}

QString ChartCard::factsText() const
{
    return m_facts->text();
}

void ChartCard::showLoading()
{
    m_settled = false;
    m_placeholder->setText(tr("Loading…"));
    m_placeholder->setStyleSheet(QString());
    m_stack->setCurrentWidget(m_placeholder);
    m_facts->clear();
}

void ChartCard::showError(const Error& error)
{
    m_settled = true;
    m_placeholder->setText(tr("This chart could not be loaded: %1").arg(error.message));
    m_placeholder->setStyleSheet(QStringLiteral("color: #b71c1c;"));
    m_stack->setCurrentWidget(m_placeholder);
    m_facts->clear();
}

void ChartCard::showData(const ChartData& chartData, int utcOffsetSeconds, const QDate& today)
{
    m_settled = true;
    auto* chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setMargins(QMargins(4, 4, 4, 4));
    chart->setAnimationOptions(QChart::NoAnimation);
    const QStringList& cats = chartData.categories;
    QString facts;
    // The month the facts speak of; the current month is not over yet, and says so.
    QString lastMonth = cats.value(cats.size() - 1);
    if (!lastMonth.isEmpty() && lastMonth == today.toString(QStringLiteral("yyyy-MM"))) {
        lastMonth = tr("%1 so far (to %2)").arg(lastMonth, QLocale().toString(today, QLocale::ShortFormat));
    }
    auto monthFilters = [cats](int index) {
        QMap<QString, QString> f;
        if (index >= 0 && index < cats.size()) {
            f.insert(QStringLiteral("month"), cats[index]);
        }
        return f;
    };
    switch (chartData.chart) {
    case DashboardChart::Collections: {
        auto* stacked = new QStackedBarSeries(chart);
        const QStringList methods = {QStringLiteral("cms"), QStringLiteral("card"), QStringLiteral("bch"),
                                     QStringLiteral("manual")};
        for (int m = 0; m < methods.size(); ++m) {
            const ChartSeries* s = chartData.find(methods[m]);
            auto* set = new QBarSet(Labels::valueLabel(Area::Payments, QStringLiteral("method"), methods[m]), chart);
            set->setColor(methodColor(m));
            for (qint64 v : s ? s->values : QVector<qint64>()) {
                *set << millions(v);
            }
            connect(set, &QBarSet::clicked, this, [this, monthFilters, method = methods[m]](int index) {
                auto f = monthFilters(index);
                f.insert(QStringLiteral("method"), method);
                f.insert(QStringLiteral("status"), QStringLiteral("success"));
                Q_EMIT drillDown(Area::Payments, f);
            });
            stacked->append(set);
        }
        chart->addSeries(stacked);
        auto* expected = new QLineSeries(chart);
        expected->setName(tr("Expected"));
        expected->setPointsVisible(true);
        QPen pen(Qt::black);
        pen.setWidth(2);
        pen.setStyle(Qt::DashLine);
        expected->setPen(pen);
        const ChartSeries* e = chartData.find(QStringLiteral("expected"));
        for (int i = 0; e && i < e->values.size(); ++i) {
            expected->append(i, millions(e->values[i]));
        }
        connect(expected, &QLineSeries::clicked, this, [this, monthFilters](const QPointF& p) {
            Q_EMIT drillDown(Area::Payments, monthFilters(int(std::lround(p.x()))));
        });
        chart->addSeries(expected);
        auto* x = categoryAxis(cats, chart);
        auto* y = valueAxis(chart, tr("million won"));
        attachAxes(chart, x, y, {stacked, expected});
        // The stacked methods add up to "collected"; the axis must hold it and the expected line.
        const ChartSeries* collectedSeries = chartData.find(QStringLiteral("collected"));
        double top = 0;
        for (int i = 0; i < cats.size(); ++i) {
            top = std::max({top, millions(collectedSeries->values[i]), e ? millions(e->values[i]) : 0.0});
        }
        y->setRange(0, top * 1.05 + 1);
        y->applyNiceNumbers();
        auto collected = compareLastTwo(collectedSeries->values);
        // The current month is compared with the same days of the month before (the backend
        // says what they brought in), never with a whole month.
        const qint64 sameDays = factValue(chartData, QStringLiteral("previous_collected_same_days"));
        QString change = changeText(collected);
        if (sameDays >= 0 && collected.hasPrevious) {
            collected.previous = sameDays;
            // Early on the first day nothing has come in yet: say so, rather than "down 100 %".
            change = collected.current == 0 && sameDays > 0
                         ? tr("nothing collected yet this month; by the same day last month %1 had come in")
                               .arg(won(sameDays))
                         : sameDaysText(collected);
        }
        facts =
            tr("%1: collected %2 of %3 expected; %4.")
                .arg(lastMonth, won(collected.current), won(e && !e->values.isEmpty() ? e->values.back() : 0), change);
        break;
    }
    case DashboardChart::CollectionRateByMonth: {
        auto* line = new QLineSeries(chart);
        line->setName(tr("Collection rate"));
        line->setPointsVisible(true);
        const ChartSeries* rate = chartData.find(QStringLiteral("rate"));
        // A month that is not over is drawn apart (dashed, "so far"): its rate rises until the
        // month ends, and a solid line falling to it would read as a collapse.
        const qint64 sameDays = factValue(chartData, QStringLiteral("previous_collected_same_days"));
        const int n = rate ? int(rate->values.size()) : 0;
        const bool ongoing = sameDays >= 0 && n >= 2;
        auto* soFar = new QLineSeries(chart);
        soFar->setName(tr("This month so far"));
        soFar->setPointsVisible(true);
        QPen dashed(line->pen());
        dashed.setStyle(Qt::DashLine);
        dashed.setWidth(2);
        soFar->setPen(dashed);
        for (int i = 0; i < n; ++i) {
            if (!ongoing || i < n - 1) {
                line->append(i, double(rate->values[i]) / 100.0);
            }
            if (ongoing && i >= n - 2) {
                soFar->append(i, double(rate->values[i]) / 100.0);
            }
        }
        for (QLineSeries* s : {line, soFar}) {
            connect(s, &QLineSeries::clicked, this, [this, monthFilters](const QPointF& p) {
                Q_EMIT drillDown(Area::Payments, monthFilters(int(std::lround(p.x()))));
            });
            chart->addSeries(s);
        }
        auto* x = categoryAxis(cats, chart);
        auto* y = valueAxis(chart, QStringLiteral("%"));
        double low = 100;
        for (qint64 v : rate ? rate->values : QVector<qint64>()) {
            low = std::min(low, double(v) / 100.0);
        }
        // Ticks on round percentages: the lower end down to a multiple of 10.
        const double bottom = std::max(0.0, std::floor((low - 2) / 10) * 10);
        y->setRange(bottom, 100);
        y->setTickCount(int((100 - bottom) / (bottom >= 50 ? 10 : 20)) + 1);
        attachAxes(chart, x, y, {line, soFar});
        if (!ongoing) {
            chart->legend()->hide();
            chart->removeSeries(soFar);
            delete soFar;
        }
        auto c = compareLastTwo(rate ? rate->values : QVector<qint64>());
        QString change = pointsText(c);
        if (ongoing) {
            // Against the rate last month's payments had reached by the same day.
            const ChartSeries* expected = chartData.find(QStringLiteral("expected"));
            c.previous = rateBasisPoints(sameDays, expected ? expected->values.value(n - 2) : 0);
            change = c.current == 0 && c.previous > 0 ? tr("nothing collected yet this month") : sameDaysPointsText(c);
        }
        facts = tr("%1: %2 of the expected amount collected; %3.").arg(lastMonth, percent(c.current), change);
        break;
    }
    case DashboardChart::CollectionRateByCenter: {
        // The lowest twelve, lowest at the top; the lowest ten in red.
        const ChartSeries* rate = chartData.find(QStringLiteral("rate"));
        const int shown = int(std::min<qsizetype>(12, rate ? rate->values.size() : 0));
        auto* series = new QHorizontalStackedBarSeries(chart);
        auto* lowest = new QBarSet(tr("Lowest ten"), chart);
        auto* others = new QBarSet(tr("Next lowest"), chart);
        lowest->setColor(QColor(0xc6, 0x28, 0x28));
        others->setColor(QColor(0x90, 0xa4, 0xae));
        QStringList names;
        QVector<qint64> ids;
        for (int i = shown - 1; i >= 0; --i) {
            const double v = double(rate->values[i]) / 100.0;
            *lowest << (i < 10 ? v : 0.0);
            *others << (i < 10 ? 0.0 : v);
            names << cats[i];
            ids << chartData.categoryIds[i];
        }
        QStringList tips;
        for (int i = shown - 1; i >= 0; --i) {
            tips << tr("%1: %2 collected").arg(cats[i], percent(rate->values[i]));
        }
        for (QBarSet* set : {lowest, others}) {
            connect(set, &QBarSet::clicked, this, [this, ids](int index) {
                if (index >= 0 && index < ids.size()) {
                    Q_EMIT drillDown(Area::Payments, {{QStringLiteral("org"), QString::number(ids[index])}});
                }
            });
            connect(set, &QBarSet::hovered, this, [tips](bool status, int index) {
                QToolTip::showText(QCursor::pos(), status ? tips.value(index) : QString());
            });
            series->append(set);
        }
        series->setBarWidth(0.8);
        chart->addSeries(series);
        // Room for twelve names: no axis title (the labels carry "%") and no legend (the title
        // and the colours say it: red is the lowest ten).
        auto* x = valueAxis(chart, QString());
        x->setLabelFormat(QStringLiteral("%.0f %%"));
        chart->legend()->hide();
        const double low = shown > 0 ? double(rate->values.front()) / 100.0 : 0;
        x->setRange(std::max(0.0, std::floor(low - 2)), 100);
        auto* y = categoryAxis(names, chart);
        attachAxes(chart, x, y, {series});
        if (rate && !rate->values.isEmpty()) {
            facts = tr("Lowest: %1 (%2); highest: %3 (%4); %n center(s) over the period.", "", int(cats.size()))
                        .arg(cats.front(), percent(rate->values.front()), cats.back(), percent(rate->values.back()));
        } else {
            facts = tr("No payments in this period.");
        }
        break;
    }
    case DashboardChart::OverdueAgeing: {
        auto* stacked = new QStackedBarSeries(chart);
        const QStringList bands = overdueBands();
        for (int b = 0; b < bands.size(); ++b) {
            const OverdueBand band = OverdueBand(b + 1);
            auto* set = new QBarSet(Labels::bandLabel(band), chart);
            set->setColor(Labels::bandColor(band));
            for (qint64 v : chartData.find(bands[b])->values) {
                *set << millions(v);
            }
            connect(set, &QBarSet::clicked, this, [this, key = bands[b]](int) {
                Q_EMIT drillDown(Area::OverdueMembers, {{QStringLiteral("band"), key}});
            });
            stacked->append(set);
        }
        chart->addSeries(stacked);
        auto* x = categoryAxis(cats, chart);
        auto* y = valueAxis(chart, tr("million won"));
        y->setLabelFormat(QStringLiteral("%.1f"));
        attachAxes(chart, x, y, {stacked});
        const auto owed = compareLastTwo(sumOf(chartData, bands));
        QStringList memberKeys;
        for (const QString& b : bands) {
            memberKeys << b + QStringLiteral("_members");
        }
        const auto members = compareLastTwo(sumOf(chartData, memberKeys));
        QStringList perBand;
        for (int b = 0; b < bands.size(); ++b) {
            const ChartSeries* m = chartData.find(bands[b] + QStringLiteral("_members"));
            perBand << tr("%1: %n member(s)", "", int(m && !m->values.isEmpty() ? m->values.back() : 0))
                           .arg(Labels::bandLabel(OverdueBand(b + 1)));
        }
        facts = tr("%1: %2 owed by %n member(s); %3. %4.", "", int(members.current))
                    .arg(lastMonth, won(owed.current), changeText(owed), perBand.join(QStringLiteral(", ")));
        break;
    }
    case DashboardChart::KycFlow: {
        const ChartSeries* received = chartData.find(QStringLiteral("received"));
        const ChartSeries* decided = chartData.find(QStringLiteral("decided"));
        auto* in = new QLineSeries(chart);
        in->setName(tr("Received"));
        auto* out = new QLineSeries(chart);
        out->setName(tr("Decided"));
        double top = 1;
        for (int i = 0; i < cats.size(); ++i) {
            in->append(i, double(received->values[i]));
            out->append(i, double(decided->values[i]));
            top = std::max({top, double(received->values[i]), double(decided->values[i])});
        }
        for (QLineSeries* s : {in, out}) {
            connect(s, &QLineSeries::clicked, this, [this, cats, utcOffsetSeconds](const QPointF& p) {
                const int index = int(std::lround(p.x()));
                if (index < 0 || index >= cats.size()) {
                    return;
                }
                const QDate day = QDate::fromString(cats[index], Qt::ISODate);
                Q_EMIT drillDown(Area::KycDocuments,
                                 {{QStringLiteral("from"), instantOf(day, utcOffsetSeconds)},
                                  {QStringLiteral("to"), instantOf(day.addDays(1), utcOffsetSeconds)}});
            });
            chart->addSeries(s);
        }
        auto* x = new QValueAxis(chart);
        x->setRange(0, std::max(1, int(cats.size()) - 1));
        x->setLabelFormat(QStringLiteral("%.0f"));
        x->setTitleText(cats.isEmpty() ? QString() : tr("days from %1").arg(cats.front()));
        auto* y = valueAxis(chart, tr("documents"));
        y->setRange(0, top * 1.1);
        attachAxes(chart, x, y, {in, out});
        // This month and last month of decisions, by the days' month.
        QMap<QString, qint64> decidedByMonth;
        for (int i = 0; i < cats.size(); ++i) {
            decidedByMonth[cats[i].left(7)] += decided->values[i];
        }
        MonthComparison c;
        if (!decidedByMonth.isEmpty()) {
            c.current = decidedByMonth.last();
            const QString prev = previousMonth(decidedByMonth.lastKey());
            c.hasPrevious = decidedByMonth.contains(prev);
            c.previous = decidedByMonth.value(prev);
        }
        facts = tr("In the queue now: %1. Median time to decision: level 1 %2, level 2 %3. Decided this month: "
                   "%4; %5.")
                    .arg(QLocale().toString(factValue(chartData, QStringLiteral("queue"))),
                         minutesText(factValue(chartData, QStringLiteral("median_minutes_level_1"))),
                         minutesText(factValue(chartData, QStringLiteral("median_minutes_level_2"))),
                         QLocale().toString(c.current), changeText(c));
        break;
    }
    case DashboardChart::Invoices: {
        auto* stacked = new QStackedBarSeries(chart);
        const QStringList statuses = areaStatuses(Area::Invoices);
        for (int k = 0; k < statuses.size(); ++k) {
            auto* set = new QBarSet(Labels::valueLabel(Area::Invoices, QStringLiteral("status"), statuses[k]), chart);
            set->setColor(methodColor(k));
            for (qint64 v : chartData.find(statuses[k] + QStringLiteral("_count"))->values) {
                *set << double(v);
            }
            connect(set, &QBarSet::clicked, this, [this, cats, utcOffsetSeconds, status = statuses[k]](int index) {
                if (index < 0 || index >= cats.size()) {
                    return;
                }
                const QDate first = QDate::fromString(cats[index] + QStringLiteral("-01"), Qt::ISODate);
                Q_EMIT drillDown(Area::Invoices,
                                 {{QStringLiteral("status"), status},
                                  {QStringLiteral("from"), instantOf(first, utcOffsetSeconds)},
                                  {QStringLiteral("to"), instantOf(first.addMonths(1), utcOffsetSeconds)}});
            });
            stacked->append(set);
        }
        chart->addSeries(stacked);
        auto* x = categoryAxis(cats, chart);
        auto* y = valueAxis(chart, tr("invoices"));
        attachAxes(chart, x, y, {stacked});
        const QStringList settledKeys = {QStringLiteral("paid"), QStringLiteral("confirmed")};
        const auto sats = compareLastTwo(sumOf(chartData, settledKeys));
        const auto count =
            compareLastTwo(sumOf(chartData, {QStringLiteral("paid_count"), QStringLiteral("confirmed_count")}));
        facts = tr("%1: %2 paid in %n invoice(s); %3.", "", int(count.current))
                    .arg(lastMonth, Money(sats.current, Currency::BCH).format(QLocale()), changeText(sats));
        break;
    }
    }
    QChart* old = m_view->chart();
    m_view->setChart(chart);
    delete old;
    m_facts->setText(facts);
    m_stack->setCurrentWidget(m_view);
}

bool ChartCard::saveTo(const QString& path, QString* error) const
{
    if (auto target = checkOutputTarget(path); !target.ok()) {
        *error = target.error().message;
        return false;
    }
    if (path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive)) {
        QPdfWriter pdf(path);
        pdf.setPageSize(QPageSize(QPageSize::A4));
        pdf.setPageOrientation(QPageLayout::Landscape);
        pdf.setTitle(title());
        pdf.setResolution(150);
        QPainter painter;
        if (!painter.begin(&pdf)) {
            *error = tr("Cannot write %1. Choose another folder.").arg(path);
            return false;
        }
        const QRect page = painter.viewport();
        painter.drawText(QRect(0, 0, page.width(), 60), Qt::AlignLeft | Qt::TextWordWrap, title());
        m_view->render(&painter, QRectF(0, 70, page.width(), page.height() - 200));
        painter.drawText(QRect(0, page.height() - 120, page.width(), 120), Qt::AlignLeft | Qt::TextWordWrap,
                         factsText());
        painter.end();
        return true;
    }
    const QPixmap picture = m_stack->currentWidget()->grab();
    if (!picture.save(path, "PNG")) {
        *error = tr("Cannot write %1. Choose another folder.").arg(path);
        return false;
    }
    return true;
}

void ChartCard::exportChart()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export chart"), dashboardChartKey(m_chart),
                                                      tr("PNG picture (*.png);;PDF file (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!saveTo(path, &error)) {
        QMessageBox::warning(this, tr("Export chart"), error);
    }
}

// -- DashboardPage ---------------------------------------------------------------------------

DashboardPage::DashboardPage(Backend* backend, QWidget* parent)
    : QWidget(parent)
    , m_backend(backend)
{
    setObjectName(QStringLiteral("page_dashboard"));
    m_today = QDate::currentDate();
    m_lastMonth = m_today.toString(QStringLiteral("yyyy-MM"));
    auto* layout = new QVBoxLayout(this);
    auto* bar = new QHBoxLayout;
    auto* title = new QLabel(tr("Dashboard"), this);
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.3);
    font.setBold(true);
    title->setFont(font);
    bar->addWidget(title);
    bar->addSpacing(16);
    auto* periodLabel = new QLabel(tr("&Period:"), this);
    m_period = new QComboBox(this);
    m_period->setObjectName(QStringLiteral("period"));
    for (int months : {6, 12, 24}) {
        m_period->addItem(tr("Last %n month(s)", "", months), months);
    }
    m_period->setCurrentIndex(1);
    periodLabel->setBuddy(m_period);
    bar->addWidget(periodLabel);
    bar->addWidget(m_period);
    auto* orgLabel = new QLabel(tr("&Organization:"), this);
    m_org = new QComboBox(this);
    m_org->setObjectName(QStringLiteral("organization"));
    m_org->setMinimumContentsLength(18);
    m_orgModel = new models::OrganizationListModel(backend, this);
    m_org->setModel(m_orgModel);
    m_orgModel->load({QStringLiteral("hq"), QStringLiteral("region"), QStringLiteral("center")});
    orgLabel->setBuddy(m_org);
    bar->addWidget(orgLabel);
    bar->addWidget(m_org);
    m_periodText = new QLabel(this);
    bar->addWidget(m_periodText, 1);
    auto* reload = new QPushButton(tr("&Refresh"), this);
    auto* report = new QPushButton(tr("PDF &report…"), this);
    report->setToolTip(tr("Save the whole dashboard as a one-page PDF report"));
    bar->addWidget(reload);
    bar->addWidget(report);
    layout->addLayout(bar);

    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* grid = new QWidget(scroll);
    auto* gridLayout = new QGridLayout(grid);
    gridLayout->setContentsMargins(0, 0, 0, 0);
    const auto charts = allDashboardCharts();
    for (int i = 0; i < charts.size(); ++i) {
        auto* card = new ChartCard(charts[i], grid);
        card->setMinimumHeight(330);
        connect(card, &ChartCard::drillDown, this, &DashboardPage::drillDown);
        gridLayout->addWidget(card, i / 2, i % 2);
        m_cards << card;
    }
    scroll->setWidget(grid);
    layout->addWidget(scroll, 1);

    connect(m_period, qOverload<int>(&QComboBox::activated), this, [this](int) { refresh(); });
    connect(m_org, qOverload<int>(&QComboBox::activated), this, [this](int) { refresh(); });
    connect(reload, &QPushButton::clicked, this, &DashboardPage::refresh);
    connect(report, &QPushButton::clicked, this, &DashboardPage::exportReport);
}

void DashboardPage::setLastMonth(const QString& month, const QDate& today)
{
    m_lastMonth = month;
    m_today = today;
}

void DashboardPage::setMonths(int months)
{
    const int index = m_period->findData(months);
    if (index >= 0) {
        m_period->setCurrentIndex(index);
    }
    refresh();
}

DashboardRequest DashboardPage::requestFor(DashboardChart chart) const
{
    DashboardRequest r;
    r.chart = chart;
    r.lastMonth = m_lastMonth;
    r.months = m_period->currentData().toInt();
    r.organizationId = m_org->currentData(models::OrganizationListModel::IdRole).toLongLong();
    r.today = m_today;
    r.utcOffsetSeconds = QDateTime::currentDateTime().offsetFromUtc();
    return r;
}

bool DashboardPage::isSettled() const
{
    for (const ChartCard* card : m_cards) {
        if (!card->isSettled()) {
            return false;
        }
    }
    return true;
}

void DashboardPage::refresh()
{
    Backend* backend = m_backend.data();
    if (!backend) {
        return;
    }
    for (Backend::RequestId id : std::as_const(m_requests)) {
        backend->cancel(id);
    }
    m_requests.clear();
    const int generation = ++m_generation;
    const QStringList months = requestFor(DashboardChart::Collections).periodMonths();
    m_periodText->setText(months.isEmpty() ? QString() : tr("%1 to %2").arg(months.front(), months.back()));
    for (ChartCard* card : std::as_const(m_cards)) {
        card->showLoading();
        const DashboardRequest request = requestFor(card->chart());
        m_requests.insert(
            card->chart(),
            backend->fetchChart(request, card, [this, card, generation, request](const Result<ChartData>& r) {
                if (generation != m_generation) {
                    return;
                }
                m_requests.remove(card->chart());
                const QString problem = r.ok() ? r.value().shapeProblem() : QString();
                if (r.ok() && !problem.isEmpty()) {
                    card->showError(Error(Error::Kind::Network, tr("The chart's data could not be read."), problem));
                } else if (r.ok()) {
                    card->showData(r.value(), request.utcOffsetSeconds, request.today);
                } else if (r.error().kind != Error::Kind::Cancelled) {
                    card->showError(r.error());
                }
                if (isSettled()) {
                    Q_EMIT settled();
                }
            }));
    }
}

bool DashboardPage::saveReport(const QString& path, QString* error) const
{
    QPdfWriter pdf(path);
    pdf.setPageSize(QPageSize(QPageSize::A4));
    pdf.setPageOrientation(QPageLayout::Landscape);
    pdf.setResolution(150);
    pdf.setTitle(tr("Paydesk dashboard"));
    QPainter painter;
    if (!painter.begin(&pdf)) {
        *error = tr("Cannot write %1. Choose another folder.").arg(path);
        return false;
    }
    const QRect page = painter.viewport();
    QFont heading = painter.font();
    heading.setPointSizeF(14);
    heading.setBold(true);
    painter.setFont(heading);
    painter.drawText(QRect(0, 0, page.width(), 40), Qt::AlignLeft,
                     tr("Paydesk dashboard: %1, %2").arg(m_periodText->text(), m_org->currentText().trimmed()));
    QFont small = painter.font();
    small.setPointSizeF(7);
    small.setBold(false);
    const int columns = 3;
    const int rows = (int(m_cards.size()) + columns - 1) / columns;
    const int top = 50;
    const int cellW = page.width() / columns;
    const int cellH = (page.height() - top) / rows;
    for (int i = 0; i < m_cards.size(); ++i) {
        ChartCard* card = m_cards[i];
        const QRect cell((i % columns) * cellW, top + (i / columns) * cellH, cellW - 10, cellH - 10);
        // Each card is drawn as the screen shows it (title, chart or error, numbers), scaled to its cell.
        const QPixmap picture = card->grab();
        const QSize fitted = picture.size().scaled(cell.size(), Qt::KeepAspectRatio);
        painter.drawPixmap(QRect(cell.topLeft(), fitted), picture);
    }
    painter.setFont(small);
    painter.drawText(QRect(0, page.height() - 20, page.width(), 20), Qt::AlignRight,
                     tr("Printed %1").arg(QLocale().toString(QDateTime::currentDateTime(), QLocale::ShortFormat)));
    painter.end();
    return true;
}

void DashboardPage::exportReport()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Dashboard report"), QStringLiteral("dashboard.pdf"),
                                                      tr("PDF file (*.pdf)"));
    if (path.isEmpty()) {
        return;
    }
    QString error;
    if (!saveReport(path, &error)) {
        QMessageBox::warning(this, tr("Dashboard report"), error);
    }
}

} // namespace pd::ui
