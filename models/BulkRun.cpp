#include "BulkRun.h"

#include <QCoreApplication>

namespace pd::models {

namespace {
struct BulkRunText
{
    Q_DECLARE_TR_FUNCTIONS(pd::models::BulkRun)
};
} // namespace

BulkRun::BulkRun(Backend* backend, BulkAction action, QVector<qint64> ids, QObject* parent)
    : QObject(parent)
    , m_backend(backend)
    , m_action(action)
    , m_ids(std::move(ids))
{}

int BulkRun::appliedCount() const
{
    return int(std::count_if(m_outcomes.begin(), m_outcomes.end(), [](const BulkOutcome& o) { return o.applied; }));
}

int BulkRun::failedCount() const
{
    return int(m_outcomes.size()) - appliedCount();
}

void BulkRun::check()
{
    m_stage = Stage::Checking;
    m_items.clear();
    m_next = 0;
    m_error = {};
    checkNext();
}

void BulkRun::checkNext()
{
    Backend* backend = m_backend.data();
    if (!backend) {
        return;
    }
    if (m_next >= m_ids.size()) {
        m_stage = Stage::Checked;
        Q_EMIT checked();
        return;
    }
    BulkPreviewRequest request;
    request.action = m_action;
    request.ids = m_ids.mid(m_next, kMaxBulkPreviewIds);
    m_next += int(request.ids.size());
    m_request = backend->call<ops::PreviewBulk>(request, this, [this](const Result<BulkPreview>& preview) {
        m_request = 0;
        if (!preview.ok()) {
            m_error = preview.error();
            m_stage = Stage::Idle;
            Q_EMIT failed();
            return;
        }
        m_items += preview.value().items;
        Q_EMIT progress(int(m_items.size()), int(m_ids.size()));
        checkNext();
    });
}

void BulkRun::apply(const QString& reason, const QString& assignee)
{
    m_reason = reason;
    m_assignee = assignee;
    m_stage = Stage::Applying;
    m_cancelled = false;
    m_error = {};
    m_outcomes.clear();
    m_outcomes.reserve(m_items.size());
    m_pending.clear();
    for (int i = 0; i < m_items.size(); ++i) {
        BulkOutcome outcome;
        outcome.id = m_items[i].id;
        if (m_items[i].refusal.isEmpty()) {
            m_pending << i;
        } else {
            outcome.error = BulkRunText::tr("not applied: %1").arg(m_items[i].refusal);
        }
        m_outcomes << outcome;
    }
    m_done = 0;
    m_next = 0;
    applyNext();
}

void BulkRun::applyNext()
{
    Backend* backend = m_backend.data();
    if (!backend) {
        return;
    }
    if (m_next >= m_pending.size() || m_cancelled) {
        finish();
        return;
    }
    BulkApplyRequest request;
    request.action = m_action;
    request.reason = m_reason;
    request.assignee = m_assignee;
    const QVector<int> part = m_pending.mid(m_next, kMaxBulkApplyItems);
    for (int index : part) {
        request.items.append({m_items[index].id, m_items[index].version});
    }
    m_next += int(part.size());
    m_request = backend->call<ops::ApplyBulk>(request, this, [this, part](const Result<BulkApplyResult>& result) {
        m_request = 0;
        if (!result.ok()) {
            // The part as a whole was refused (network, reason, permission): its rows and the
            // rest are not applied, with why.
            m_error = result.error();
            for (int k = m_next - int(part.size()); k < m_pending.size(); ++k) {
                m_outcomes[m_pending[k]].error = BulkRunText::tr("not applied: %1").arg(result.error().message);
            }
            m_next = int(m_pending.size());
            finish();
            return;
        }
        const QVector<BulkOutcome>& outcomes = result.value().outcomes;
        for (int k = 0; k < part.size(); ++k) {
            BulkOutcome& outcome = m_outcomes[part[k]];
            if (k < outcomes.size() && outcomes[k].id == outcome.id) {
                outcome.applied = outcomes[k].applied;
                outcome.error = outcomes[k].error;
            } else {
                outcome.error = BulkRunText::tr("no answer for this row");
            }
        }
        m_done += int(part.size());
        Q_EMIT progress(m_done, int(m_pending.size()));
        applyNext();
    });
}

void BulkRun::cancel()
{
    if (m_stage == Stage::Checking) {
        if (Backend* backend = m_backend.data(); backend && m_request) {
            backend->cancel(m_request);
        }
        return;
    }
    m_cancelled = true;
}

void BulkRun::finish()
{
    for (int k = m_next; k < m_pending.size(); ++k) {
        m_outcomes[m_pending[k]].error = BulkRunText::tr("not applied: cancelled");
    }
    m_stage = Stage::Finished;
    Q_EMIT finished();
}

} // namespace pd::models
