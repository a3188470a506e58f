#pragma once

#include "Backend.h"
#include "Bulk.h"

#include <QObject>
#include <QPointer>

namespace pd::models {

/// Drives one bulk action (docs/DOMAIN.md, "Bulk actions") over a Backend, headless: check()
/// runs the pre-flight in parts of kMaxBulkPreviewIds rows, apply() sends the applicable rows
/// in parts of kMaxBulkApplyItems with the one reason, one part at a time, and cancel() stops
/// before the next part (a part in flight finishes: its rows are each applied or not, never
/// half). Every row ends with an outcome: applied, failed with the server's words, or not
/// attempted (refused by the pre-flight, cancelled, or after a part that failed as a whole).
class BulkRun : public QObject
{
    Q_OBJECT
public:
    enum class Stage { Idle, Checking, Checked, Applying, Finished };
    Q_ENUM(Stage)

    BulkRun(Backend* backend, BulkAction action, QVector<qint64> ids, QObject* parent = nullptr);

    BulkAction action() const { return m_action; }
    Stage stage() const { return m_stage; }
    /// The rows as the pre-flight found them, in the order selected (after checked()).
    const QVector<BulkItem>& items() const { return m_items; }
    BulkSummary summary() const { return summarize(m_items); }
    /// One outcome per row of items(), in the same order (after finished()); a row not
    /// attempted has applied false and the reason it was not.
    const QVector<BulkOutcome>& outcomes() const { return m_outcomes; }
    int appliedCount() const;
    int failedCount() const;
    bool wasCancelled() const { return m_cancelled; }
    /// The error that stopped the pre-flight or an apply part as a whole (none when each row
    /// was answered).
    const Error& error() const { return m_error; }

    /// Runs the pre-flight; emits progress() per part, then checked() (or failed()).
    void check();
    /// Applies the rows the pre-flight found applicable with `reason` (and, for
    /// AssignKycDocuments, the reviewer's login `assignee`); emits progress() per part, then
    /// finished().
    void apply(const QString& reason, const QString& assignee = QString());
    /// Stops after the part in flight; the rest are "not applied: cancelled".
    void cancel();

Q_SIGNALS:
    void progress(int done, int total);
    void checked();
    /// The pre-flight could not be made (network, permission); error() says why.
    void failed();
    void finished();

private:
    void checkNext();
    void applyNext();
    void finish();

    QPointer<Backend> m_backend;
    BulkAction m_action;
    QVector<qint64> m_ids;
    QVector<BulkItem> m_items;
    QVector<BulkOutcome> m_outcomes;
    QVector<int> m_pending; ///< indexes into m_items still to apply
    QString m_reason;
    QString m_assignee;
    Stage m_stage = Stage::Idle;
    int m_next = 0;
    int m_done = 0;
    bool m_cancelled = false;
    Error m_error;
    Backend::RequestId m_request = 0;
};

} // namespace pd::models
