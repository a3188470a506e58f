#include "Backend.h"

namespace pd {

Backend::Backend(QObject* parent)
    : QObject(parent)
{}

Backend::~Backend() = default;

Backend::RequestId Backend::beginRequest(QObject* receiver)
{
    const RequestId id = m_nextId++;
    const bool wasIdle = m_pending.empty();
    m_pending.emplace(id, Pending{QPointer<QObject>(receiver), false});
    if (wasIdle) {
        Q_EMIT busyChanged(true);
    }
    return id;
}

void Backend::deliverLater(RequestId id, const Error& error, Callback<std::any> done)
{
    QMetaObject::invokeMethod(
        this, [this, id, error, done]() { deliver(id, Result<std::any>(error), done); }, Qt::QueuedConnection);
}

bool Backend::markCancelled(RequestId id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end()) {
        return false;
    }
    it->second.cancelled = true;
    return true;
}

} // namespace pd
