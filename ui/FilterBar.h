#pragma once

#include "Backend.h"

#include <QMap>
#include <QTimer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGridLayout;
class QLineEdit;
class QPushButton;

namespace pd::models {
class OrganizationListModel;
}

namespace pd::ui {

/// The filters of one area (areaFilterKeys()): a search box plus the combo boxes, date range
/// and spin boxes that area needs. Emits filtersChanged() when the user changes one (search
/// typing is debounced by 300 ms).
class FilterBar : public QWidget
{
    Q_OBJECT
public:
    FilterBar(Backend* backend, Area area, QWidget* parent = nullptr);

    /// The filter map for ListRequest::filters; date presets become UTC instants of the
    /// user's local days.
    QMap<QString, QString> filters() const;
    /// Sets widgets from a filter map (keys the bar does not know are ignored); emits nothing.
    void setFilters(const QMap<QString, QString>& filters);
    /// Selects a date preset: "all", "today", "7d", "month", "last_month" (for tests and
    /// drill-down).
    void setDatePreset(const QString& preset);
    /// Clears every filter.
    void clear();
    QLineEdit* searchField() const { return m_search; }

Q_SIGNALS:
    void filtersChanged();

private:
    QComboBox* addCombo(const QString& key, const QString& label, const QList<QPair<QString, QString>>& items);
    void place(QWidget* widget);
    void onDatePresetChanged();

    Area m_area;
    QGridLayout* m_grid = nullptr;
    int m_placed = 0;
    QLineEdit* m_search = nullptr;
    QMap<QString, QComboBox*> m_combos;
    QComboBox* m_datePreset = nullptr;
    QDateEdit* m_fromDate = nullptr;
    QDateEdit* m_toDate = nullptr;
    QComboBox* m_dayMode = nullptr; ///< the debit calendar: the next banking day, or the day in m_day
    QDateEdit* m_day = nullptr;
    QDoubleSpinBox* m_riskMin = nullptr;
    QDoubleSpinBox* m_riskMax = nullptr;
    QLineEdit* m_country = nullptr;
    QMap<QString, QLineEdit*> m_texts; ///< actor, action, chain
    QPushButton* m_pinnedButton = nullptr;
    QString m_entityId; ///< the entity_id filter, set by setFilters() only
    QComboBox* m_org = nullptr;
    models::OrganizationListModel* m_orgModel = nullptr;
    QMap<QString, QString> m_pendingOrg;
    QTimer m_searchDebounce;
    bool m_silent = false;
};

} // namespace pd::ui
