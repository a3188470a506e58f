#include "Users.h"

namespace pd {

bool contractTransitionAllowed(const QString& from, const QString& to)
{
    static const struct
    {
        const char* from;
        const char* to;
    } allowed[] = {
        {"pending_registration", "active"},
        {"pending_registration", "terminated"},
        {"active", "suspended"},
        {"active", "terminated"},
        {"suspended", "active"},
        {"suspended", "terminated"},
    };
    for (const auto& step : allowed) {
        if (from == QLatin1String(step.from) && to == QLatin1String(step.to)) {
            return true;
        }
    }
    return false;
}

} // namespace pd
