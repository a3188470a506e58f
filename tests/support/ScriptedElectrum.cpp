#include "ScriptedElectrum.h"

#include "bch/Transaction.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslKey>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpSocket>

#include <algorithm>

namespace pd::test {

namespace {

QByteArray sha256(const QByteArray& b)
{
    return QCryptographicHash::hash(b, QCryptographicHash::Sha256);
}

QByteArray dsha(const QByteArray& b)
{
    return sha256(sha256(b));
}

QByteArray reversed(QByteArray b)
{
    std::reverse(b.begin(), b.end());
    return b;
}

QByteArray le(quint64 value, int size)
{
    QByteArray out;
    for (int k = 0; k < size; ++k) {
        out += char((value >> (8 * k)) & 0xff);
    }
    return out;
}

QByteArray output(qint64 sats, const QByteArray& script)
{
    return le(quint64(sats), 8) + char(script.size()) + script;
}

/// Internal-order hashes of a level of the Merkle tree, combined pairwise (the last one
/// doubled when odd), as Bitcoin builds a block's tree.
QVector<QByteArray> nextLevel(QVector<QByteArray> level)
{
    if (level.size() % 2 == 1) {
        level.append(level.last());
    }
    QVector<QByteArray> up;
    for (int k = 0; k < level.size(); k += 2) {
        up.append(dsha(level[k] + level[k + 1]));
    }
    return up;
}

QVector<QByteArray> internalHashes(const QStringList& txids)
{
    QVector<QByteArray> level;
    for (const QString& txid : txids) {
        level.append(reversed(QByteArray::fromHex(txid.toLatin1())));
    }
    return level;
}

const QByteArray kChangeScript = QByteArray::fromHex("76a914") + QByteArray(20, '\x77') + QByteArray::fromHex("88ac");

} // namespace

ScriptedElectrum::ScriptedElectrum(int baseHeight, QObject* parent)
    : QObject(parent)
    , m_baseHeight(baseHeight)
{
    // The chain starts with one block at the base height.
    mineEmpty(1);
}

ScriptedElectrum::~ScriptedElectrum()
{
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        if (it->socket) {
            it->socket->disconnect(this);
            it->socket->abort();
        }
    }
}

bool ScriptedElectrum::listen(quint16 port, const QString& certificateFile, const QString& keyFile)
{
    if (!certificateFile.isEmpty()) {
        auto* tls = new QSslServer(this);
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        QFile certFile(certificateFile);
        QFile key(keyFile);
        if (!certFile.open(QIODevice::ReadOnly) || !key.open(QIODevice::ReadOnly)) {
            qWarning("scripted electrum: cannot read %s or %s", qPrintable(certificateFile), qPrintable(keyFile));
            return false;
        }
        config.setLocalCertificate(QSslCertificate(&certFile, QSsl::Pem));
        config.setPrivateKey(QSslKey(&key, QSsl::Ec, QSsl::Pem));
        config.setPeerVerifyMode(QSslSocket::VerifyNone);
        tls->setSslConfiguration(config);
        m_server = tls;
        m_tls = true;
    } else {
        m_server = new QTcpServer(this);
    }
    connect(m_server, &QTcpServer::pendingConnectionAvailable, this, [this] {
        while (QTcpSocket* socket = m_server->nextPendingConnection()) {
            accept(socket);
        }
    });
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        qWarning("scripted electrum: cannot listen: %s", qPrintable(m_server->errorString()));
        return false;
    }
    return true;
}

void ScriptedElectrum::close()
{
    if (m_server) {
        m_server->close();
    }
    const auto clients = m_clients;
    for (const Client& c : clients) {
        if (c.socket) {
            c.socket->abort();
        }
    }
}

quint16 ScriptedElectrum::port() const
{
    return m_server ? m_server->serverPort() : 0;
}

QString ScriptedElectrum::url() const
{
    return m_tls ? QStringLiteral("ssl://localhost:%1").arg(port()) : QStringLiteral("tcp://127.0.0.1:%1").arg(port());
}

QByteArray ScriptedElectrum::paymentTransaction(const bch::Address& address, qint64 sats, quint32 seed,
                                                const bch::Address* second, qint64 secondSats)
{
    QByteArray raw = le(2, 4) + char(1);
    raw += sha256(QByteArray("paydesk test outpoint ") + QByteArray::number(seed)) + le(0, 4);
    raw += char(0) + le(0xffffffff, 4);
    raw += char(second ? 3 : 2);
    raw += output(sats, bch::lockingScript(address));
    if (second) {
        raw += output(secondSats, bch::lockingScript(*second));
    }
    raw += output(1000 + seed % 1000, kChangeScript);
    return raw + le(0, 4);
}

QString ScriptedElectrum::txidOf(const QByteArray& raw)
{
    return bch::displayHash(raw);
}

QHash<QString, QJsonValue> ScriptedElectrum::statuses(const QStringList& txids) const
{
    // Only the addresses these transactions touch can change.
    QHash<QString, QJsonValue> out;
    for (const QString& txid : txids) {
        for (const QString& sh : scripthashesOf(txid)) {
            if (!out.contains(sh)) {
                out.insert(sh, status(sh));
            }
        }
    }
    return out;
}

QString ScriptedElectrum::broadcast(const QByteArray& raw)
{
    const QString txid = txidOf(raw);
    m_raw.insert(txid, raw);
    index(txid);
    const auto before = statuses({txid});
    m_mempool.append(txid);
    notifyChanges(before);
    return txid;
}

int ScriptedElectrum::mine(const QStringList& only)
{
    QStringList included;
    for (const QString& txid : m_mempool) {
        if (only.isEmpty() || only.contains(txid)) {
            included.append(txid);
        }
    }
    const auto before = statuses(included);
    for (const QString& txid : included) {
        m_mempool.removeAll(txid);
    }
    // A coinbase of its own makes every block's Merkle tree real.
    QByteArray coinbase = le(1, 4) + char(1) + QByteArray(32, '\0') + le(0xffffffff, 4);
    const QByteArray tag = "scripted " + QByteArray::number(m_coinbaseSeed++);
    coinbase += char(tag.size()) + tag + le(0xffffffff, 4);
    coinbase += char(1) + output(625000000, kChangeScript) + le(0, 4);
    const QString coinbaseId = txidOf(coinbase);
    m_raw.insert(coinbaseId, coinbase);
    index(coinbaseId);
    included.prepend(coinbaseId);
    for (const QString& txid : included) {
        m_heights.insert(txid, m_baseHeight + int(m_blocks.size()));
    }
    const QByteArray previous = m_blocks.isEmpty() ? QByteArray(32, '\0') : dsha(m_blocks.last().header);
    const quint32 time = quint32(QDateTime::currentSecsSinceEpoch() - 60);
    m_blocks.append({makeHeader(previous, included, time), included});
    notifyTip();
    notifyChanges(before);
    return tipHeight();
}

void ScriptedElectrum::mineEmpty(int count)
{
    for (int k = 0; k < count; ++k) {
        const QStringList keep = m_mempool;
        m_mempool.clear();
        mine();
        m_mempool = keep;
    }
}

void ScriptedElectrum::reorg(int depth, bool toMempool)
{
    QStringList orphaned;
    for (int k = 0; k < depth && k + 1 < m_blocks.size(); ++k) {
        orphaned = m_blocks[m_blocks.size() - 1 - k].txids.mid(1) + orphaned;
    }
    const auto before = statuses(orphaned);
    for (int k = 0; k < depth && m_blocks.size() > 1; ++k) {
        for (const QString& txid : m_blocks.takeLast().txids) {
            m_heights.remove(txid);
        }
    }
    const QStringList keep = m_mempool;
    m_mempool.clear();
    for (int k = 0; k <= depth; ++k) {
        mine();
    }
    m_mempool = toMempool ? orphaned + keep : keep;
    notifyChanges(before);
}

void ScriptedElectrum::evict(const QString& txid)
{
    const auto before = statuses({txid});
    m_mempool.removeAll(txid);
    notifyChanges(before);
}

int ScriptedElectrum::tipHeight() const
{
    return m_baseHeight + int(m_blocks.size()) - 1;
}

QByteArray ScriptedElectrum::makeHeader(const QByteArray& previous, const QStringList& txids, quint32 time)
{
    QVector<QByteArray> level = internalHashes(txids);
    while (level.size() > 1) {
        level = nextLevel(level);
    }
    return le(0x20000000, 4) + previous + level.first() + le(time, 4) + le(0x207fffff, 4) + le(m_coinbaseSeed, 4);
}

QString ScriptedElectrum::blockHash(int index) const
{
    return QString::fromLatin1(reversed(dsha(m_blocks[index].header)).toHex());
}

QSet<QString> ScriptedElectrum::scripthashesOf(const QString& txid) const
{
    return m_scripthashes.value(txid);
}

void ScriptedElectrum::index(const QString& txid)
{
    QSet<QString> out;
    const auto tx = bch::parseTransaction(m_raw.value(txid));
    if (tx.ok()) {
        for (const auto& o : tx.value().outputs) {
            out.insert(bch::electrumScripthash(o.lockingScript));
        }
    }
    m_scripthashes.insert(txid, out);
    for (const QString& sh : out) {
        m_transactionsOf[sh].append(txid);
    }
}

QJsonArray ScriptedElectrum::history(const QString& scripthash) const
{
    QJsonArray out;
    for (int b = 0; b < m_blocks.size(); ++b) {
        for (const QString& txid : m_blocks[b].txids) {
            if (scripthashesOf(txid).contains(scripthash)) {
                out.append(
                    QJsonObject{{QStringLiteral("tx_hash"), txid}, {QStringLiteral("height"), m_baseHeight + b}});
            }
        }
    }
    for (const QString& txid : m_mempool) {
        if (scripthashesOf(txid).contains(scripthash)) {
            out.append(QJsonObject{
                {QStringLiteral("tx_hash"), txid}, {QStringLiteral("height"), 0}, {QStringLiteral("fee"), 250}});
        }
    }
    return out;
}

QJsonValue ScriptedElectrum::status(const QString& scripthash) const
{
    // The protocol's status: SHA-256 of "tx_hash:height:" for each history entry, in order.
    const QJsonArray h = history(scripthash);
    if (h.isEmpty()) {
        return QJsonValue::Null;
    }
    QByteArray text;
    for (const QJsonValue& v : h) {
        text += v.toObject().value(QLatin1String("tx_hash")).toString().toLatin1() + ':' +
                QByteArray::number(v.toObject().value(QLatin1String("height")).toInt()) + ':';
    }
    return QString::fromLatin1(sha256(text).toHex());
}

void ScriptedElectrum::notifyChanges(const QHash<QString, QJsonValue>& before)
{
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        for (auto sh = before.cbegin(); sh != before.cend(); ++sh) {
            if (!it->scripthashes.contains(sh.key())) {
                continue;
            }
            const QJsonValue now = status(sh.key());
            if (now != sh.value()) {
                send(it->socket,
                     QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                 {QStringLiteral("method"), QStringLiteral("blockchain.scripthash.subscribe")},
                                 {QStringLiteral("params"), QJsonArray{sh.key(), now}}});
            }
        }
    }
}

void ScriptedElectrum::notifyTip()
{
    const QJsonObject tip{{QStringLiteral("height"), tipHeight()},
                          {QStringLiteral("hex"), QString::fromLatin1(m_blocks.last().header.toHex())}};
    for (auto it = m_clients.begin(); it != m_clients.end(); ++it) {
        if (it->headers) {
            send(it->socket, QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                                         {QStringLiteral("method"), QStringLiteral("blockchain.headers.subscribe")},
                                         {QStringLiteral("params"), QJsonArray{tip}}});
        }
    }
}

void ScriptedElectrum::accept(QTcpSocket* socket)
{
    ++m_connections;
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // as Fulcrum: no Nagle delay
    m_clients.insert(socket, Client{socket, {}, {}, false, 0});
    connect(socket, &QTcpSocket::readyRead, this, [this, socket] { onReadyRead(socket); });
    connect(socket, &QTcpSocket::disconnected, this, [this, socket] {
        m_clients.remove(socket);
        socket->deleteLater();
    });
}

void ScriptedElectrum::send(QTcpSocket* socket, const QJsonValue& message)
{
    if (socket) {
        socket->write(QJsonDocument(message.toObject()).toJson(QJsonDocument::Compact) + '\n');
    }
}

void ScriptedElectrum::onReadyRead(QTcpSocket* socket)
{
    auto it = m_clients.find(socket);
    if (it == m_clients.end()) {
        return;
    }
    it->buffer += socket->readAll();
    int end;
    while ((end = int(it->buffer.indexOf('\n'))) >= 0) {
        const QByteArray line = it->buffer.left(end);
        it->buffer.remove(0, end + 1);
        const QJsonObject request = QJsonDocument::fromJson(line).object();
        const QString method = request.value(QLatin1String("method")).toString();
        m_calls[method] += 1;
        ++it->callCount;
        int total = 0;
        for (const int n : std::as_const(m_calls)) {
            total += n;
        }
        if (m_dropOnCall > 0 && total >= m_dropOnCall) {
            m_dropOnCall = 0;
            socket->abort();
            return;
        }
        QString error;
        const QJsonValue result = answer(*it, method, request.value(QLatin1String("params")).toArray(), &error);
        QJsonObject reply{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
                          {QStringLiteral("id"), request.value(QLatin1String("id"))}};
        if (error.isEmpty()) {
            reply.insert(QStringLiteral("result"), result);
        } else {
            reply.insert(QStringLiteral("error"),
                         QJsonObject{{QStringLiteral("code"), 1}, {QStringLiteral("message"), error}});
        }
        send(socket, reply);
    }
}

QJsonValue ScriptedElectrum::answer(Client& client, const QString& method, const QJsonArray& params, QString* error)
{
    if (method == QLatin1String("server.version")) {
        return QJsonArray{QStringLiteral("ScriptedElectrum 1.0"), QStringLiteral("1.4")};
    }
    if (method == QLatin1String("server.ping")) {
        return QJsonValue::Null;
    }
    if (method == QLatin1String("blockchain.headers.subscribe")) {
        client.headers = true;
        return QJsonObject{{QStringLiteral("height"), tipHeight()},
                           {QStringLiteral("hex"), QString::fromLatin1(m_blocks.last().header.toHex())}};
    }
    if (method == QLatin1String("blockchain.block.header")) {
        const int index = params.at(0).toInt() - m_baseHeight;
        if (index < 0 || index >= m_blocks.size()) {
            *error = QStringLiteral("height out of range");
            return {};
        }
        return QString::fromLatin1(m_blocks[index].header.toHex());
    }
    const QString first = params.at(0).toString();
    if (method == QLatin1String("blockchain.scripthash.subscribe")) {
        client.scripthashes.insert(first);
        return status(first);
    }
    if (method == QLatin1String("blockchain.scripthash.unsubscribe")) {
        return client.scripthashes.remove(first);
    }
    if (method == QLatin1String("blockchain.scripthash.get_history")) {
        return history(first);
    }
    if (method == QLatin1String("blockchain.scripthash.get_balance")) {
        return QJsonObject{{QStringLiteral("confirmed"), m_lieAboutBalance ? 2100000000000000LL : 0},
                           {QStringLiteral("unconfirmed"), 0}};
    }
    if (method == QLatin1String("blockchain.transaction.get")) {
        if (!m_raw.contains(first)) {
            *error = QStringLiteral("No such mempool or blockchain transaction.");
            return {};
        }
        if (m_wrongTransactions) {
            return QString::fromLatin1(m_raw.value(m_blocks.first().txids.first()).toHex());
        }
        return QString::fromLatin1(m_raw.value(first).toHex());
    }
    if (method == QLatin1String("blockchain.transaction.get_merkle")) {
        const int index = params.at(1).toInt() - m_baseHeight;
        if (index < 0 || index >= m_blocks.size() || !m_blocks[index].txids.contains(first)) {
            *error = QStringLiteral("tx not in block at height %1").arg(params.at(1).toInt());
            return {};
        }
        int pos = int(m_blocks[index].txids.indexOf(first));
        QVector<QByteArray> level = internalHashes(m_blocks[index].txids);
        QJsonArray branch;
        for (int p = pos; level.size() > 1; p >>= 1) {
            if (level.size() % 2 == 1) {
                level.append(level.last());
            }
            branch.append(QString::fromLatin1(reversed(level[p ^ 1]).toHex()));
            level = nextLevel(level);
        }
        return QJsonObject{{QStringLiteral("block_height"), params.at(1).toInt()},
                           {QStringLiteral("merkle"), branch},
                           {QStringLiteral("pos"), pos}};
    }
    *error = QStringLiteral("unknown method %1").arg(method);
    return {};
}

} // namespace pd::test
