#include "chain/ChainWatcher.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QRegularExpression>

#include <memory>

namespace pd::chain {

namespace {

class WatcherText
{
    Q_DECLARE_TR_FUNCTIONS(ChainWatcher)
};

bool isHash(const QString& text)
{
    static const QRegularExpression hash(QStringLiteral("^[0-9a-f]{64}$"));
    return hash.match(text).hasMatch();
}

/// The script hash of an invoice address (CashAddr with its network's prefix).
QString scripthashOf(const QString& address, QByteArray* script)
{
    const int colon = address.indexOf(QLatin1Char(':'));
    const auto network = bch::networkFromPrefix(QStringView(address).left(colon < 0 ? 0 : colon));
    if (!network) {
        return {};
    }
    const auto parsed = bch::parseAddress(address, *network);
    if (!parsed.ok()) {
        return {};
    }
    *script = bch::lockingScript(parsed.value());
    return script->isEmpty() ? QString() : bch::electrumScripthash(*script);
}

} // namespace

ChainWatcher::ChainWatcher(ChainStore& store, ChainWatcherOptions options, QObject* parent)
    : QObject(parent)
    , m_store(store)
    , m_options(std::move(options))
{
    qRegisterMetaType<pd::ChainWatcherStatus>();
    qRegisterMetaType<pd::InvoiceSettlement>();
    qRegisterMetaType<pd::chain::ChainPassSummary>();
    m_status.watcher = m_options.name;
    m_reconnectMs = m_options.reconnectMs;
    m_client.setCallTimeout(m_options.callTimeoutMs);
    connect(&m_client, &ElectrumClient::connected, this, &ChainWatcher::onConnected);
    connect(&m_client, &ElectrumClient::disconnected, this, &ChainWatcher::onDisconnected);
    connect(&m_client, &ElectrumClient::notification, this, &ChainWatcher::onNotification);
    m_rescan.setInterval(m_options.rescanMs);
    connect(&m_rescan, &QTimer::timeout, this, [this] {
        if (m_client.isConnected()) {
            startPass(false);
        }
    });
    m_heartbeat.setInterval(15000);
    connect(&m_heartbeat, &QTimer::timeout, this, [this] {
        // Servers drop clients that stay silent (Fulcrum after ten minutes), and a half-open
        // connection shows only when a call goes unanswered: ping, and count the answer as heard.
        if (m_client.isConnected()) {
            const int generation = m_generation;
            m_client.call(QStringLiteral("server.ping"), {},
                          [this, generation](const QJsonValue&, const QString& error) {
                              if (generation == m_generation && error.isEmpty()) {
                                  m_status.lastSeenAt = QDateTime::currentDateTimeUtc();
                              }
                          });
        }
        publish();
    });
}

ChainWatcher::~ChainWatcher()
{
    m_stopped = true;
}

void ChainWatcher::start()
{
    m_once = false;
    m_rescan.start();
    m_heartbeat.start();
    connectNext();
}

void ChainWatcher::runOnce()
{
    m_once = true;
    connectNext();
}

void ChainWatcher::connectNext()
{
    if (m_stopped) {
        return;
    }
    if (m_options.servers.isEmpty()) {
        m_pass = {};
        m_pass.error = WatcherText::tr("No Electrum server is configured.");
        m_stopped = m_once;
        Q_EMIT passFinished(m_pass);
        return;
    }
    m_serverIndex = (m_serverIndex + 1) % int(m_options.servers.size());
    const ElectrumServer& server = m_options.servers[m_serverIndex];
    m_status.server = server.toString();
    Q_EMIT message(WatcherText::tr("Connecting to %1").arg(server.toString()));
    m_client.connectTo(server);
}

void ChainWatcher::onConnected()
{
    const int generation = ++m_generation;
    m_client.call(
        QStringLiteral("server.version"), {QStringLiteral("Paydesk " PAYDESK_VERSION), QStringLiteral("1.4")},
        [this, generation](const QJsonValue& result, const QString& error) {
            if (generation != m_generation) {
                return;
            }
            if (!error.isEmpty() || !result.isArray()) {
                serverFault(WatcherText::tr("%1 refused the protocol handshake: %2")
                                .arg(m_status.server, error.isEmpty() ? WatcherText::tr("no answer") : error));
                return;
            }
            m_client.call(QStringLiteral("blockchain.headers.subscribe"), {},
                          [this, generation](const QJsonValue& tip, const QString& tipError) {
                              if (generation != m_generation) {
                                  return;
                              }
                              if (!tipError.isEmpty()) {
                                  serverFault(tipError);
                                  return;
                              }
                              setTip(tip);
                              if (m_status.tipHeight <= 0) {
                                  serverFault(WatcherText::tr("%1 sent no valid chain tip.").arg(m_status.server));
                                  return;
                              }
                              m_failuresInRow = 0;
                              m_reconnectMs = m_options.reconnectMs;
                              m_status.connected = true;
                              m_status.lastError.clear();
                              Q_EMIT message(WatcherText::tr("Connected to %1 (%2), tip %3")
                                                 .arg(m_status.server, QLatin1String("Electrum Cash 1.4"))
                                                 .arg(m_status.tipHeight));
                              publish();
                              startPass(true);
                          });
        });
}

void ChainWatcher::onDisconnected(const QString& reason)
{
    ++m_generation;
    m_status.connected = false;
    m_status.lastError = reason;
    for (Entry& entry : m_entries) {
        entry.subscribed = false;
        entry.inFlight = false;
        entry.dirty = false;
    }
    m_outstanding = 0;
    m_passOpen = false;
    if (m_stopped) {
        return;
    }
    Q_EMIT message(WatcherText::tr("Disconnected: %1").arg(reason));
    publish();
    ++m_failuresInRow;
    if (m_once && m_failuresInRow >= m_options.servers.size()) {
        m_pass.ok = false;
        m_pass.error = m_options.servers.size() > 1
                           ? WatcherText::tr("Every Electrum server failed; the last said: %1").arg(reason)
                           : reason;
        m_stopped = true;
        Q_EMIT passFinished(m_pass);
        return;
    }
    const int delay = m_once ? 0 : m_reconnectMs;
    m_reconnectMs = std::min(m_reconnectMs * 2, 30000);
    QTimer::singleShot(delay, this, &ChainWatcher::connectNext);
}

void ChainWatcher::serverFault(const QString& reason)
{
    if (m_client.isConnected()) {
        m_client.close(reason);
    }
}

void ChainWatcher::setTip(const QJsonValue& value)
{
    const QJsonObject tip = value.toObject();
    const int height = tip.value(QLatin1String("height")).toInt();
    const auto header =
        bch::parseBlockHeader(QByteArray::fromHex(tip.value(QLatin1String("hex")).toString().toLatin1()));
    if (height <= 0 || !header.ok()) {
        return;
    }
    // A tip that does not extend the one we knew (same height or lower, or another parent) is a
    // reorg: forget every header and proof, the histories will say what changed.
    if (m_status.tipHeight > 0 && (height <= m_status.tipHeight || (height == m_status.tipHeight + 1 &&
                                                                    header.value().previousHash != m_status.tipHash))) {
        m_headers.clear();
        m_verified.clear();
        Q_EMIT message(WatcherText::tr("Reorganisation at height %1").arg(height));
    }
    m_status.tipHeight = height;
    m_status.tipHash = header.value().hash;
    m_status.lastSeenAt = QDateTime::currentDateTimeUtc();
    m_headers.insert(height, header.value());
}

void ChainWatcher::onNotification(const QString& method, const QJsonArray& params)
{
    m_status.lastSeenAt = QDateTime::currentDateTimeUtc();
    if (method == QLatin1String("blockchain.headers.subscribe") && !params.isEmpty()) {
        setTip(params.first());
        publish();
        startPass(true);
    } else if (method == QLatin1String("blockchain.scripthash.subscribe") && !params.isEmpty()) {
        const QString scripthash = params.first().toString();
        if (m_entries.contains(scripthash)) {
            // Outside a pass the refresh is a pass of its own, so its outcome is reported.
            const bool own = !m_passOpen;
            if (own) {
                beginPass();
            }
            refresh(scripthash);
            if (own) {
                endWork();
            }
        }
    }
}

void ChainWatcher::startPass(bool refreshAll)
{
    if (m_passOpen) {
        // A pass is running; a block meanwhile is caught by refreshing what has chain state.
        if (refreshAll) {
            for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
                if (it->subscribed && it->hasChainState) {
                    refresh(it.key());
                }
            }
        }
        return;
    }
    beginPass();
    syncWatched(refreshAll);
    endWork();
}

void ChainWatcher::beginPass()
{
    m_passOpen = true;
    m_pass = {};
    m_pass.server = m_status.server;
    m_pass.tipHeight = m_status.tipHeight;
    beginWork(); // the pass's own share, ended by the caller once everything is started
}

void ChainWatcher::syncWatched(bool refreshAll)
{
    const auto list = m_options.only.isEmpty() ? m_store.watched(m_status.tipHeight, m_options.finalityDepth)
                                               : m_store.invoices(m_options.only);
    if (!list.ok()) {
        m_pass.error = list.error().message;
        m_pass.failures << list.error().message;
        return;
    }
    QHash<QString, Entry> next;
    for (const WatchedInvoice& invoice : list.value()) {
        // Addresses never change: their script hashes are worked out once.
        auto known = m_scripts.constFind(invoice.address);
        if (known == m_scripts.constEnd()) {
            QByteArray computed;
            const QString hash = scripthashOf(invoice.address, &computed);
            known = m_scripts.insert(invoice.address, {computed, hash});
        }
        const QByteArray script = known->first;
        const QString scripthash = known->second;
        if (scripthash.isEmpty()) {
            m_pass.failures << WatcherText::tr("invoice #%1: \"%2\" is not an address this watcher can follow")
                                   .arg(invoice.id)
                                   .arg(invoice.address);
            continue;
        }
        auto it = next.find(scripthash);
        if (it == next.end()) {
            Entry entry = m_entries.value(scripthash);
            entry.script = script;
            entry.invoices.clear();
            entry.hasChainState = false;
            it = next.insert(scripthash, entry);
        }
        it->invoices.append(invoice.id);
        it->hasChainState = it->hasChainState || invoice.hasChainState;
    }
    const int generation = m_generation;
    for (auto old = m_entries.cbegin(); old != m_entries.cend(); ++old) {
        if (!next.contains(old.key()) && old->subscribed) {
            m_client.call(QStringLiteral("blockchain.scripthash.unsubscribe"), {old.key()},
                          [](const QJsonValue&, const QString&) {});
        }
    }
    m_entries = next;
    m_pass.watched = int(list.value().size());
    m_status.watchedInvoices = m_pass.watched;
    for (auto it = m_entries.begin(); it != m_entries.end(); ++it) {
        const QString scripthash = it.key();
        if (it->subscribed) {
            if (refreshAll && it->hasChainState) {
                refresh(scripthash);
            }
            continue;
        }
        beginWork();
        m_client.call(QStringLiteral("blockchain.scripthash.subscribe"), {scripthash},
                      [this, generation, scripthash](const QJsonValue& status, const QString& error) {
                          if (generation != m_generation) {
                              return;
                          }
                          m_status.lastSeenAt = QDateTime::currentDateTimeUtc();
                          auto entry = m_entries.find(scripthash);
                          if (!error.isEmpty()) {
                              serverFault(error);
                              return;
                          }
                          if (entry != m_entries.end()) {
                              entry->subscribed = true;
                              if (!status.isNull() || entry->hasChainState) {
                                  refresh(scripthash);
                              }
                          }
                          endWork();
                      });
    }
}

void ChainWatcher::refresh(const QString& scripthash)
{
    auto entry = m_entries.find(scripthash);
    if (entry == m_entries.end()) {
        return;
    }
    if (entry->inFlight) {
        entry->dirty = true;
        return;
    }
    entry->inFlight = true;
    beginWork();
    const int generation = m_generation;
    m_client.call(
        QStringLiteral("blockchain.scripthash.get_history"), {scripthash},
        [this, generation, scripthash](const QJsonValue& result, const QString& error) {
            if (generation != m_generation) {
                return;
            }
            m_status.lastSeenAt = QDateTime::currentDateTimeUtc();
            if (!error.isEmpty() || !result.isArray()) {
                serverFault(error.isEmpty()
                                ? WatcherText::tr("%1 sent a history that is not a list.").arg(m_status.server)
                                : error);
                return;
            }
            QVector<HistoryItem> history;
            for (const QJsonValue& item : result.toArray()) {
                const QJsonObject o = item.toObject();
                HistoryItem h{o.value(QLatin1String("tx_hash")).toString(), o.value(QLatin1String("height")).toInt()};
                if (!isHash(h.txid)) {
                    serverFault(
                        WatcherText::tr("%1 sent a history entry without a transaction hash.").arg(m_status.server));
                    return;
                }
                history.append(h);
            }
            collect(scripthash, history);
        });
}

void ChainWatcher::collect(const QString& scripthash, const QVector<HistoryItem>& history)
{
    // Fetch what is missing (raw transactions, headers, Merkle proofs), then settle.
    const int generation = m_generation;
    auto remaining = std::make_shared<int>(1);
    const auto done = [this, generation, scripthash, history, remaining] {
        if (generation != m_generation || --*remaining > 0) {
            return;
        }
        auto entry = m_entries.find(scripthash);
        if (entry == m_entries.end()) {
            endWork();
            return;
        }
        QVector<ObservedPayment> payments;
        for (const HistoryItem& h : history) {
            const bch::Transaction& tx = m_transactions[h.txid];
            ObservedPayment p;
            p.txid = h.txid;
            p.height = h.height > 0 ? h.height : 0;
            p.sats = tx.satsPaidTo(entry->script);
            if (p.height > 0 && m_headers.contains(p.height)) {
                p.blockTime = QDateTime::fromSecsSinceEpoch(m_headers[p.height].time, Qt::UTC);
            }
            if (p.sats > 0) {
                payments.append(p);
            }
        }
        settle(scripthash, payments);
    };
    for (const HistoryItem& h : history) {
        if (!m_transactions.contains(h.txid)) {
            ++*remaining;
            m_client.call(
                QStringLiteral("blockchain.transaction.get"), {h.txid},
                [this, generation, txid = h.txid, done](const QJsonValue& result, const QString& error) {
                    if (generation != m_generation) {
                        return;
                    }
                    const auto tx = error.isEmpty()
                                        ? bch::parseTransaction(QByteArray::fromHex(result.toString().toLatin1()))
                                        : Result<bch::Transaction>(Error(Error::Kind::Connection, error));
                    if (!tx.ok()) {
                        serverFault(WatcherText::tr("%1 sent transaction %2 that cannot be read: %3")
                                        .arg(m_status.server, txid, tx.error().message));
                        return;
                    }
                    if (tx.value().txid != txid) {
                        serverFault(WatcherText::tr("%1 sent other bytes for transaction %2 (they hash to %3).")
                                        .arg(m_status.server, txid, tx.value().txid));
                        return;
                    }
                    if (m_transactions.size() > 100000) {
                        m_transactions.clear();
                    }
                    m_transactions.insert(txid, tx.value());
                    done();
                });
        }
        if (h.height <= 0 || h.height > m_status.tipHeight) {
            continue;
        }
        const QString proofKey = h.txid + QLatin1Char('@') + QString::number(h.height);
        if (m_verified.contains(proofKey)) {
            continue;
        }
        // The block's header and the transaction's Merkle branch: the block holds the transaction.
        ++*remaining;
        const auto verify = [this, generation, h, proofKey, done] {
            m_client.call(
                QStringLiteral("blockchain.transaction.get_merkle"), {h.txid, h.height},
                [this, generation, h, proofKey, done](const QJsonValue& result, const QString& error) {
                    if (generation != m_generation) {
                        return;
                    }
                    const QJsonObject proof = result.toObject();
                    QStringList branch;
                    for (const QJsonValue& v : proof.value(QLatin1String("merkle")).toArray()) {
                        branch << v.toString();
                    }
                    const QString root =
                        bch::merkleRootFromBranch(h.txid, branch, proof.value(QLatin1String("pos")).toInteger(-1));
                    if (!error.isEmpty() || root.isEmpty() || !m_headers.contains(h.height) ||
                        root != m_headers[h.height].merkleRoot) {
                        serverFault(WatcherText::tr("%1 could not prove that block %2 holds transaction %3%4")
                                        .arg(m_status.server)
                                        .arg(h.height)
                                        .arg(h.txid, error.isEmpty() ? QString() : QStringLiteral(": ") + error));
                        return;
                    }
                    m_verified.insert(proofKey);
                    done();
                });
        };
        if (m_headers.contains(h.height)) {
            verify();
            continue;
        }
        m_client.call(QStringLiteral("blockchain.block.header"), {h.height},
                      [this, generation, h, verify](const QJsonValue& result, const QString& error) {
                          if (generation != m_generation) {
                              return;
                          }
                          const auto header =
                              error.isEmpty() ? bch::parseBlockHeader(QByteArray::fromHex(result.toString().toLatin1()))
                                              : Result<bch::BlockHeader>(Error(Error::Kind::Connection, error));
                          if (!header.ok()) {
                              serverFault(WatcherText::tr("%1 sent no header for block %2: %3")
                                              .arg(m_status.server)
                                              .arg(h.height)
                                              .arg(header.error().message));
                              return;
                          }
                          m_headers.insert(h.height, header.value());
                          verify();
                      });
    }
    done();
}

void ChainWatcher::settle(const QString& scripthash, const QVector<ObservedPayment>& payments)
{
    auto entry = m_entries.find(scripthash);
    const ChainView view{m_status.tipHeight, m_options.confirmations, QDateTime::currentDateTimeUtc()};
    bool chainState = !payments.isEmpty();
    for (qint64 id : entry->invoices) {
        const auto result = m_store.apply(id, payments, view);
        if (!result.ok()) {
            m_pass.failures << WatcherText::tr("invoice #%1: %2").arg(id).arg(result.error().message);
            entry->dirty = true; // tried again with the next pass
            continue;
        }
        chainState =
            chainState || result.value().status != QLatin1String("pending") || !result.value().exception.isEmpty();
        if (!result.value().unchanged()) {
            m_pass.events[result.value().event] += 1;
            m_status.lastChangeAt = QDateTime::currentDateTimeUtc();
            Q_EMIT invoiceChanged(id, result.value());
        }
    }
    entry->hasChainState = chainState;
    entry->inFlight = false;
    if (m_status.lastChangeAt.isValid() && m_status.lastChangeAt > m_status.updatedAt) {
        publish();
    }
    if (entry->dirty && m_pass.failures.isEmpty()) {
        entry->dirty = false;
        refresh(scripthash);
    }
    endWork();
}

void ChainWatcher::beginWork()
{
    ++m_outstanding;
}

void ChainWatcher::endWork()
{
    if (--m_outstanding == 0 && m_passOpen) {
        finishPass();
    }
}

void ChainWatcher::finishPass()
{
    m_passOpen = false;
    if (m_options.only.isEmpty()) {
        const auto expired = m_store.expire();
        if (expired.ok()) {
            m_pass.expired = expired.value();
            if (m_pass.expired > 0) {
                m_status.lastChangeAt = QDateTime::currentDateTimeUtc(); // consoles reload their lists
            }
        } else {
            m_pass.failures << expired.error().message;
        }
    }
    m_pass.ok = m_pass.error.isEmpty();
    m_pass.tipHeight = m_status.tipHeight;
    if (!m_pass.failures.isEmpty()) {
        m_status.lastError = m_pass.failures.first();
    }
    publish();
    const ChainPassSummary summary = m_pass;
    if (m_once) {
        m_stopped = true;
        m_client.close(WatcherText::tr("the pass is over"));
    }
    Q_EMIT passFinished(summary);
}

void ChainWatcher::publish()
{
    m_status.updatedAt = QDateTime::currentDateTimeUtc();
    if (!m_options.name.isEmpty()) {
        m_store.record(m_status);
    }
    Q_EMIT statusChanged(m_status);
}

} // namespace pd::chain
