#include "ChangeFeed.h"

namespace pd {

std::optional<ChangeNote> parseChangeNote(const QString& text)
{
    const int space = text.indexOf(QLatin1Char(' '));
    if (space <= 0 || text.size() > 100) {
        return std::nullopt;
    }
    const auto area = areaFromKey(text.left(space));
    bool ok = false;
    const qint64 id = QStringView(text).mid(space + 1).toLongLong(&ok);
    if (!area || !ok || id <= 0) {
        return std::nullopt;
    }
    return ChangeNote{*area, id};
}

} // namespace pd
