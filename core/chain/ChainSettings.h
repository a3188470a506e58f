#pragma once

#include "chain/ElectrumClient.h"

#include <QStringList>

class QSettings;
#include <QVector>

namespace pd::chain {

/// The console's chain settings (QSettings group "chain"): the Electrum servers "Check on
/// chain" uses (tcp://HOST:PORT or ssl://HOST:PORT, in order), a PEM file of roots to trust for
/// them instead of the system's, the confirmations a payment needs, and the wallet's address
/// gap limit the invoices page warns about (BIP44's 20).
struct ChainSettings
{
    QStringList servers;
    QString caFile;
    int confirmations = 1;
    int gapLimit = 20;

    /// From `settings`, or the application's QSettings when null.
    static ChainSettings load(const QSettings* settings = nullptr);
    void save(QSettings& settings) const;
    /// The servers that parse; the others' errors in `errors`.
    QVector<ElectrumServer> electrumServers(QStringList* errors = nullptr) const;
};

} // namespace pd::chain
