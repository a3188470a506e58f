#include "chain/ChainSettings.h"

#include <QSettings>

#include <algorithm>

namespace pd::chain {

ChainSettings ChainSettings::load(const QSettings* from)
{
    const QSettings fallback;
    const QSettings& settings = from ? *from : fallback;
    ChainSettings s;
    s.servers = settings.value(QStringLiteral("chain/electrumServers")).toStringList();
    s.caFile = settings.value(QStringLiteral("chain/electrumCa")).toString();
    s.confirmations = std::clamp(settings.value(QStringLiteral("chain/confirmations"), 1).toInt(), 1, 100);
    s.gapLimit = std::clamp(settings.value(QStringLiteral("chain/gapLimit"), 20).toInt(), 1, 10000);
    return s;
}

void ChainSettings::save(QSettings& settings) const
{
    settings.setValue(QStringLiteral("chain/electrumServers"), servers);
    settings.setValue(QStringLiteral("chain/electrumCa"), caFile);
    settings.setValue(QStringLiteral("chain/confirmations"), confirmations);
    settings.setValue(QStringLiteral("chain/gapLimit"), gapLimit);
}

QVector<ElectrumServer> ChainSettings::electrumServers(QStringList* errors) const
{
    QVector<ElectrumServer> out;
    for (const QString& text : servers) {
        if (text.trimmed().isEmpty()) {
            continue;
        }
        auto server = ElectrumServer::parse(text);
        if (!server.ok()) {
            if (errors) {
                *errors << server.error().message;
            }
            continue;
        }
        server.value().caFile = caFile;
        out.append(server.value());
    }
    return out;
}

} // namespace pd::chain
