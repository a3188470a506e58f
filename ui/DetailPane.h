#pragma once

#include "Backend.h"

#include <QPointer>
#include <QScrollArea>

class QLabel;
class QVBoxLayout;

namespace pd::ui {

/// Shows the selected row's detail record: one group per section of fields (labels
/// translated, values formatted, selectable for copying) and the related tables. Loads
/// through the Backend; a newer selection cancels the older request.
class DetailPane : public QScrollArea
{
    Q_OBJECT
public:
    explicit DetailPane(Backend* backend, Area area, QWidget* parent = nullptr);

    /// Shows the record with this id (0 clears the pane).
    void showRecord(qint64 id);
    qint64 currentId() const { return m_id; }
    /// Reads the shown record again and shows the new values in place, keeping the scroll
    /// position (someone changed it); the record shown stays when the read fails.
    void refreshRecord();
    /// The record shown now, if loaded.
    const std::optional<DetailRecord>& record() const { return m_record; }
    /// Offers "History" under the title of audited records (PageSpec::auditEntity), for staff
    /// who see the audit log.
    void setHistoryAvailable(bool available) { m_historyAvailable = available; }

Q_SIGNALS:
    /// The record for currentId() arrived and is shown.
    void recordShown(const pd::DetailRecord& record);
    /// showRecord() was called with another id (0: the pane was cleared).
    void currentIdChanged(qint64 id);
    /// "History" was clicked: the audit log of audit_log.entity `entity`, row `id`.
    void historyRequested(const QString& entity, qint64 id);

private:
    void render(const DetailRecord& record);
    void showMessage(const QString& text);
    void clearContent();

    Backend* m_backend;
    Area m_area;
    qint64 m_id = 0;
    Backend::RequestId m_request = 0;
    std::optional<DetailRecord> m_record;
    QWidget* m_content = nullptr;
    QVBoxLayout* m_layout = nullptr;
    bool m_historyAvailable = false;
};

} // namespace pd::ui
