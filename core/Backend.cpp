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
