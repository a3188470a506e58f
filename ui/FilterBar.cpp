#include "FilterBar.h"

#include "Pages.h"

#include "Labels.h"
#include "OrganizationListModel.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpressionValidator>

namespace pd::ui {

using models::Labels;

namespace {
constexpr int kPerRow = 5;

/// False for the combo boxes that choose how another widget is read (the date preset, the
/// debit day's mode) rather than holding a filter value of their own.
bool carriesFilter(const QString& comboKey)
{
    return comboKey != QLatin1String("date") && comboKey != QLatin1String("day_mode");
}

QString startOfLocalDayUtc(const QDate& date)
{
    return QDateTime(date, QTime(0, 0)).toUTC().toString(Qt::ISODate);
}
} // namespace

FilterBar::FilterBar(Backend* backend, Area area, QWidget* parent)
    : QWidget(parent)
    , m_area(area)
{
    setObjectName(QStringLiteral("filterBar"));
    m_grid = new QGridLayout(this);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(8);
    m_grid->setVerticalSpacing(4);
    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(300);
    connect(&m_searchDebounce, &QTimer::timeout, this, &FilterBar::filtersChanged);

    const QStringList keys = areaFilterKeys(area);
    if (keys.contains(QStringLiteral("q"))) {
        m_search = new QLineEdit(this);
        m_search->setObjectName(QStringLiteral("filter_q"));
        m_search->setClearButtonEnabled(true);
        m_search->setPlaceholderText(tr("Search…"));
        m_search->setToolTip(tr("Matches any part of the names, email, phone and references shown (Ctrl+F)"));
        m_search->setMinimumWidth(220);
        connect(m_search, &QLineEdit::textChanged, this, [this]() {
            if (!m_silent) {
                m_searchDebounce.start();
            }
        });
        connect(m_search, &QLineEdit::returnPressed, this, [this]() {
            m_searchDebounce.stop();
            Q_EMIT filtersChanged();
        });
        place(m_search);
    }
    if (keys.contains(QStringLiteral("status"))) {
        QList<QPair<QString, QString>> items{{QString(), tr("All statuses")}};
        const QString column = pageOf(area).statusColumn;
        for (const QString& status : areaStatuses(area)) {
            items.append({status, Labels::valueLabel(area, column, status)});
        }
        addCombo(QStringLiteral("status"), tr("Status"), items);
    }
    if (keys.contains(QStringLiteral("exception"))) {
        // BCH invoices a person has to look at: under-, over- and late payments.
        QList<QPair<QString, QString>> items{{QString(), tr("All invoices")}, {QStringLiteral("any"), tr("To decide")}};
        for (const char* e : {"underpaid", "overpaid", "paid_late"}) {
            items.append({QLatin1String(e), Labels::valueLabel(area, QStringLiteral("exception"), QLatin1String(e))});
        }
        addCombo(QStringLiteral("exception"), tr("Exception"), items);
    }
    if (keys.contains(QStringLiteral("stage"))) {
        // The review queue first: a reviewer opens the page to work through pending documents.
        addCombo(
            QStringLiteral("stage"), tr("Review stage"),
            {{QStringLiteral("open"), tr("Review queue (all pending)")},
             {QStringLiteral("new"), Labels::valueLabel(area, QStringLiteral("review_stage"), QStringLiteral("new"))},
             {QStringLiteral("resubmitted"),
              Labels::valueLabel(area, QStringLiteral("review_stage"), QStringLiteral("resubmitted"))},
             {QStringLiteral("second_approval"),
              Labels::valueLabel(area, QStringLiteral("review_stage"), QStringLiteral("second_approval"))},
             {QStringLiteral("on_hold"),
              Labels::valueLabel(area, QStringLiteral("review_stage"), QStringLiteral("on_hold"))},
             {QString(), tr("All documents, decided too")}});
    }
    if (keys.contains(QStringLiteral("claim"))) {
        addCombo(QStringLiteral("claim"), tr("Claim"),
                 {{QString(), tr("Claimed or not")},
                  {QStringLiteral("unclaimed"), tr("Unclaimed")},
                  {QStringLiteral("mine"), tr("Claimed by me")},
                  {QStringLiteral("others"), tr("Claimed by others")}});
    }
    if (keys.contains(QStringLiteral("month"))) {
        QList<QPair<QString, QString>> items{{QString(), tr("All months")}};
        QDate month = QDate::currentDate();
        month.setDate(month.year(), month.month(), 1);
        for (int i = 0; i < 24; ++i) {
            const QString text = month.toString(QStringLiteral("yyyy-MM"));
            items.append({text, text});
            month = month.addMonths(-1);
        }
        addCombo(QStringLiteral("month"), tr("Month"), items);
    }
    if (keys.contains(QStringLiteral("method"))) {
        QList<QPair<QString, QString>> items{{QString(), tr("All methods")}};
        for (const char* method : {"cms", "card", "bch", "manual"}) {
            items.append(
                {QLatin1String(method), Labels::valueLabel(area, QStringLiteral("method"), QLatin1String(method))});
        }
        addCombo(QStringLiteral("method"), tr("Method"), items);
    }
    if (keys.contains(QStringLiteral("kyc_level"))) {
        addCombo(QStringLiteral("kyc_level"), tr("KYC level"),
                 {{QString(), tr("All levels")},
                  {QStringLiteral("1"), tr("Level 1")},
                  {QStringLiteral("2"), tr("Level 2")}});
    }
    if (keys.contains(QStringLiteral("document_type"))) {
        QList<QPair<QString, QString>> items{{QString(), tr("All document types")}};
        for (const char* type :
             {"national_id", "passport", "drivers_license", "residence_permit", "proof_of_address"}) {
            items.append(
                {QLatin1String(type), Labels::valueLabel(area, QStringLiteral("document_type"), QLatin1String(type))});
        }
        addCombo(QStringLiteral("document_type"), tr("Document type"), items);
    }
    if (keys.contains(QStringLiteral("band"))) {
        QList<QPair<QString, QString>> items{{QString(), tr("All bands")}};
        for (OverdueBand band :
             {OverdueBand::Days1to7, OverdueBand::Days8to30, OverdueBand::Days31to60, OverdueBand::Over60}) {
            items.append({overdueBandKey(band), Labels::bandLabel(band)});
        }
        addCombo(QStringLiteral("band"), tr("Severity"), items);
    }
    // Fixed-list filters of the page (PageSpec::choices), labelled with the column's vocabulary.
    const struct
    {
        const char* key;
        const char* column;
        const char* all;
        const char* label;
    } choiceFilters[] = {
        {"cms", "cms_status", QT_TR_NOOP("Any contract"), QT_TR_NOOP("Auto-debit contract")},
        {"org_type", "org_type", QT_TR_NOOP("All types"), QT_TR_NOOP("Organization type")},
        {"role", "role", QT_TR_NOOP("All roles"), QT_TR_NOOP("Role")},
        {"type", "transaction_type", QT_TR_NOOP("All types"), QT_TR_NOOP("Transaction type")},
        {"entity", "entity", QT_TR_NOOP("All records"), QT_TR_NOOP("Record type")},
        {"reason", "reason_action", QT_TR_NOOP("Any reason"), QT_TR_NOOP("What the failure asks for")},
    };
    for (const auto& choice : choiceFilters) {
        const QString key = QLatin1String(choice.key);
        if (!keys.contains(key)) {
            continue;
        }
        QList<QPair<QString, QString>> items{{QString(), tr(choice.all)}};
        for (const QString& value : pageOf(area).choices.value(key)) {
            QString text = Labels::valueLabel(area, QLatin1String(choice.column), value);
            if (key == QLatin1String("cms")) {
                // Beside the service status, whose values read the same ("Active").
                text = value == QLatin1String("none") ? tr("No contract") : tr("Contract: %1").arg(text);
            }
            items.append({value, text});
        }
        addCombo(key, tr(choice.label), items);
    }
    // Free-text filters compared exactly (actor, chain) or as a prefix (action).
    const struct
    {
        const char* key;
        const char* placeholder;
        const char* tip;
    } textFilters[] = {
        {"actor", QT_TR_NOOP("Who (login)"), QT_TR_NOOP("The login that made the change, exactly")},
        {"action", QT_TR_NOOP("Action (staff.)"),
         QT_TR_NOOP("Actions starting with this text: \"staff.\" finds staff.add and staff.deactivate")},
        {"chain", QT_TR_NOOP("Chain (polygon)"), QT_TR_NOOP("The chain name, exactly")},
    };
    for (const auto& text : textFilters) {
        const QString key = QLatin1String(text.key);
        if (!keys.contains(key)) {
            continue;
        }
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("filter_") + key);
        edit->setClearButtonEnabled(true);
        edit->setPlaceholderText(tr(text.placeholder));
        edit->setToolTip(tr(text.tip));
        edit->setAccessibleName(tr(text.placeholder));
        connect(edit, &QLineEdit::textChanged, this, [this]() {
            if (!m_silent) {
                m_searchDebounce.start();
            }
        });
        m_texts.insert(key, edit);
        place(edit);
    }
    // A record's history (entity_id): set by "History" in a detail pane, shown until cleared.
    if (keys.contains(QStringLiteral("entity_id"))) {
        m_pinnedButton = new QPushButton(this);
        m_pinnedButton->setObjectName(QStringLiteral("filter_entity_id"));
        m_pinnedButton->setToolTip(tr("Only this record's history; click to show every record"));
        m_pinnedButton->setVisible(false);
        connect(m_pinnedButton, &QPushButton::clicked, this, [this]() {
            m_entityId.clear();
            m_pinnedButton->setVisible(false);
            Q_EMIT filtersChanged();
        });
        place(m_pinnedButton);
    }
    if (keys.contains(QStringLiteral("active"))) {
        addCombo(QStringLiteral("active"), tr("Active"),
                 {{QString(), tr("Active and inactive")},
                  {QStringLiteral("true"), tr("Active only")},
                  {QStringLiteral("false"), tr("Inactive only")}});
    }
    if (keys.contains(QStringLiteral("country"))) {
        m_country = new QLineEdit(this);
        m_country->setObjectName(QStringLiteral("filter_country"));
        m_country->setPlaceholderText(tr("Country (KR)"));
        m_country->setToolTip(tr("Two-letter country code, for example KR or US"));
        m_country->setValidator(
            new QRegularExpressionValidator(QRegularExpression(QStringLiteral("[A-Za-z]{0,2}")), m_country));
        m_country->setMaximumWidth(110);
        connect(m_country, &QLineEdit::textEdited, this, [this](const QString& text) {
            m_country->setText(text.toUpper());
            if (text.isEmpty() || text.size() == 2) {
                Q_EMIT filtersChanged();
            }
        });
        place(m_country);
    }
    if (keys.contains(QStringLiteral("risk_min"))) {
        auto makeSpin = [this](const QString& name, const QString& prefix) {
            auto* spin = new QDoubleSpinBox(this);
            spin->setObjectName(name);
            spin->setRange(-0.01, 9.99);
            spin->setDecimals(2);
            spin->setSingleStep(0.5);
            spin->setSpecialValueText(tr("%1 any").arg(prefix));
            spin->setPrefix(prefix + QLatin1Char(' '));
            spin->setValue(-0.01);
            spin->setToolTip(tr("Risk score from 0.00 to 9.99"));
            connect(spin, &QDoubleSpinBox::valueChanged, this, [this]() {
                if (!m_silent) {
                    Q_EMIT filtersChanged();
                }
            });
            place(spin);
            return spin;
        };
        m_riskMin = makeSpin(QStringLiteral("filter_risk_min"), tr("Risk ≥"));
        m_riskMax = makeSpin(QStringLiteral("filter_risk_max"), tr("Risk ≤"));
    }
    if (keys.contains(QStringLiteral("org"))) {
        m_org = new QComboBox(this);
        m_org->setObjectName(QStringLiteral("filter_org"));
        m_org->setToolTip(tr("Organization: the rows of this organization and everything below it"));
        m_org->setMinimumWidth(200);
        m_org->setMaxVisibleItems(25);
        m_orgModel = new models::OrganizationListModel(backend, this);
        m_org->setModel(m_orgModel);
        connect(m_orgModel, &models::OrganizationListModel::loaded, this, [this]() {
            if (!m_pendingOrg.isEmpty()) {
                const int row = m_orgModel->rowOfId(m_pendingOrg.value(QStringLiteral("org")).toLongLong());
                m_silent = true;
                m_org->setCurrentIndex(std::max(0, row));
                m_silent = false;
                m_pendingOrg.clear();
            }
        });
        m_orgModel->load();
        connect(m_org, &QComboBox::currentIndexChanged, this, [this]() {
            if (!m_silent) {
                Q_EMIT filtersChanged();
            }
        });
        place(m_org);
    }
    if (keys.contains(QStringLiteral("day"))) {
        // The debit calendar's day: the next banking day unless the user picks one.
        m_dayMode = addCombo(QStringLiteral("day_mode"), tr("Debit day"),
                             {{QString(), tr("Next banking day")}, {QStringLiteral("pick"), tr("Pick a day…")}});
        m_day = new QDateEdit(QDate::currentDate().addDays(1), this);
        m_day->setObjectName(QStringLiteral("filter_day"));
        m_day->setCalendarPopup(true);
        m_day->setDisplayFormat(QStringLiteral("yyyy-MM-dd (ddd)"));
        m_day->setToolTip(tr("The banking day whose debits are listed; a weekend or bank holiday has none"));
        m_day->setAccessibleName(tr("Debit day"));
        m_day->setVisible(false);
        connect(m_day, &QDateEdit::dateChanged, this, [this]() {
            if (!m_silent) {
                Q_EMIT filtersChanged();
            }
        });
        connect(m_dayMode, &QComboBox::currentIndexChanged, this,
                [this]() { m_day->setVisible(m_dayMode->currentIndex() > 0); });
        place(m_day);
    }
    if (keys.contains(QStringLiteral("from"))) {
        m_datePreset = addCombo(QStringLiteral("date"), tr("Date"),
                                {{QStringLiteral("all"), tr("Any date")},
                                 {QStringLiteral("today"), tr("Today")},
                                 {QStringLiteral("7d"), tr("Last 7 days")},
                                 {QStringLiteral("month"), tr("This month")},
                                 {QStringLiteral("last_month"), tr("Last month")},
                                 {QStringLiteral("custom"), tr("Custom range…")}});
        m_fromDate = new QDateEdit(QDate::currentDate().addDays(-30), this);
        m_toDate = new QDateEdit(QDate::currentDate(), this);
        for (QDateEdit* edit : {m_fromDate, m_toDate}) {
            edit->setCalendarPopup(true);
            edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
            edit->setVisible(false);
            connect(edit, &QDateEdit::dateChanged, this, [this]() {
                if (!m_silent) {
                    Q_EMIT filtersChanged();
                }
            });
        }
        m_fromDate->setObjectName(QStringLiteral("filter_from"));
        m_toDate->setObjectName(QStringLiteral("filter_to"));
        m_fromDate->setToolTip(tr("From this day (inclusive)"));
        m_toDate->setToolTip(tr("Up to this day (inclusive)"));
        place(m_fromDate);
        place(m_toDate);
        disconnect(m_datePreset, nullptr, this, nullptr);
        connect(m_datePreset, &QComboBox::currentIndexChanged, this, &FilterBar::onDatePresetChanged);
    }
    m_grid->setColumnStretch(kPerRow, 1);
}

void FilterBar::place(QWidget* widget)
{
    m_grid->addWidget(widget, m_placed / kPerRow, m_placed % kPerRow);
    ++m_placed;
}

QComboBox* FilterBar::addCombo(const QString& key, const QString& label, const QList<QPair<QString, QString>>& items)
{
    auto* combo = new QComboBox(this);
    combo->setObjectName(QStringLiteral("filter_") + key);
    combo->setToolTip(label);
    combo->setAccessibleName(label);
    for (const auto& item : items) {
        combo->addItem(item.second, item.first);
    }
    connect(combo, &QComboBox::currentIndexChanged, this, [this]() {
        if (!m_silent) {
            Q_EMIT filtersChanged();
        }
    });
    m_combos.insert(key, combo);
    place(combo);
    return combo;
}

void FilterBar::onDatePresetChanged()
{
    const bool custom = m_datePreset->currentData().toString() == QLatin1String("custom");
    m_fromDate->setVisible(custom);
    m_toDate->setVisible(custom);
    if (!m_silent) {
        Q_EMIT filtersChanged();
    }
}

void FilterBar::setDatePreset(const QString& preset)
{
    if (!m_datePreset) {
        return;
    }
    const int index = m_datePreset->findData(preset);
    if (index >= 0) {
        m_datePreset->setCurrentIndex(index);
    }
}

QMap<QString, QString> FilterBar::filters() const
{
    QMap<QString, QString> out;
    if (m_search && !m_search->text().trimmed().isEmpty()) {
        out.insert(QStringLiteral("q"), m_search->text().trimmed());
    }
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        if (!carriesFilter(it.key())) {
            continue;
        }
        const QString value = it.value()->currentData().toString();
        if (!value.isEmpty()) {
            out.insert(it.key(), value);
        }
    }
    if (m_country && m_country->text().size() == 2) {
        out.insert(QStringLiteral("country"), m_country->text().toUpper());
    }
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        if (!it.value()->text().trimmed().isEmpty()) {
            out.insert(it.key(), it.value()->text().trimmed());
        }
    }
    if (!m_entityId.isEmpty()) {
        out.insert(QStringLiteral("entity_id"), m_entityId);
    }
    if (m_riskMin && m_riskMin->value() >= 0) {
        out.insert(QStringLiteral("risk_min"), QString::number(qRound(m_riskMin->value() * 100)));
    }
    if (m_riskMax && m_riskMax->value() >= 0) {
        out.insert(QStringLiteral("risk_max"), QString::number(qRound(m_riskMax->value() * 100)));
    }
    if (m_org && m_org->currentIndex() > 0) {
        out.insert(QStringLiteral("org"),
                   QString::number(m_org->currentData(models::OrganizationListModel::IdRole).toLongLong()));
    } else if (!m_pendingOrg.isEmpty()) {
        out.insert(QStringLiteral("org"), m_pendingOrg.value(QStringLiteral("org")));
    }
    if (m_dayMode && m_dayMode->currentIndex() > 0) {
        out.insert(QStringLiteral("day"), m_day->date().toString(Qt::ISODate));
    }
    if (m_datePreset) {
        const QString preset = m_datePreset->currentData().toString();
        const QDate today = QDate::currentDate();
        QDate from;
        QDate toExclusive;
        if (preset == QLatin1String("today")) {
            from = today;
            toExclusive = today.addDays(1);
        } else if (preset == QLatin1String("7d")) {
            from = today.addDays(-6);
            toExclusive = today.addDays(1);
        } else if (preset == QLatin1String("month")) {
            from = QDate(today.year(), today.month(), 1);
            toExclusive = from.addMonths(1);
        } else if (preset == QLatin1String("last_month")) {
            toExclusive = QDate(today.year(), today.month(), 1);
            from = toExclusive.addMonths(-1);
        } else if (preset == QLatin1String("custom")) {
            from = m_fromDate->date();
            toExclusive = m_toDate->date().addDays(1);
        }
        if (from.isValid()) {
            out.insert(QStringLiteral("from"), startOfLocalDayUtc(from));
            out.insert(QStringLiteral("to"), startOfLocalDayUtc(toExclusive));
        }
    }
    return out;
}

void FilterBar::setFilters(const QMap<QString, QString>& filters)
{
    m_silent = true;
    if (m_search) {
        m_search->setText(filters.value(QStringLiteral("q")));
    }
    for (auto it = m_combos.cbegin(); it != m_combos.cend(); ++it) {
        if (!carriesFilter(it.key())) {
            continue;
        }
        const int index = it.value()->findData(filters.value(it.key()));
        it.value()->setCurrentIndex(std::max(0, index));
    }
    if (m_country) {
        m_country->setText(filters.value(QStringLiteral("country")));
    }
    for (auto it = m_texts.cbegin(); it != m_texts.cend(); ++it) {
        it.value()->setText(filters.value(it.key()));
    }
    if (m_pinnedButton) {
        m_entityId = filters.value(QStringLiteral("entity_id"));
        m_pinnedButton->setText(tr("Record #%1 ✕").arg(m_entityId));
        m_pinnedButton->setVisible(!m_entityId.isEmpty());
    }
    if (m_riskMin) {
        const QString min = filters.value(QStringLiteral("risk_min"));
        const QString max = filters.value(QStringLiteral("risk_max"));
        m_riskMin->setValue(min.isEmpty() ? -0.01 : min.toInt() / 100.0);
        m_riskMax->setValue(max.isEmpty() ? -0.01 : max.toInt() / 100.0);
    }
    if (m_org) {
        const QString org = filters.value(QStringLiteral("org"));
        const int row = org.isEmpty() ? 0 : m_orgModel->rowOfId(org.toLongLong());
        if (row < 0) {
            m_pendingOrg = {{QStringLiteral("org"), org}}; // the list is still loading
        } else {
            m_org->setCurrentIndex(row);
        }
    }
    if (m_day) {
        const QDate day = QDate::fromString(filters.value(QStringLiteral("day")), Qt::ISODate);
        m_dayMode->setCurrentIndex(day.isValid() ? 1 : 0);
        m_day->setVisible(day.isValid());
        if (day.isValid()) {
            m_day->setDate(day);
        }
    }
    if (m_datePreset) {
        const QString from = filters.value(QStringLiteral("from"));
        const QString to = filters.value(QStringLiteral("to"));
        if (from.isEmpty()) {
            m_datePreset->setCurrentIndex(0);
        } else {
            m_datePreset->setCurrentIndex(m_datePreset->findData(QStringLiteral("custom")));
            m_fromDate->setDate(QDateTime::fromString(from, Qt::ISODate).toLocalTime().date());
            m_toDate->setDate(QDateTime::fromString(to, Qt::ISODate).toLocalTime().date().addDays(-1));
        }
        onDatePresetChanged();
    }
    m_silent = false;
}

void FilterBar::clear()
{
    setFilters({});
    Q_EMIT filtersChanged();
}

} // namespace pd::ui
