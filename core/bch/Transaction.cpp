#include "bch/Transaction.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QRegularExpression>

#include <algorithm>
#include <optional>

namespace pd::bch {

namespace {

class TransactionText
{
    Q_DECLARE_TR_FUNCTIONS(Transaction)
};

/// The protocol's MAX_MONEY: 21,000,000 BCH in satoshis.
constexpr qint64 kMaxMoney = 2100000000000000LL;

Error invalid(const QString& message, const char* detail)
{
    return Error(Error::Kind::Invalid, message, QLatin1String(detail));
}

QByteArray sha256(const QByteArray& bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Sha256);
}

QString reversedHex(QByteArray bytes)
{
    std::reverse(bytes.begin(), bytes.end());
    return QString::fromLatin1(bytes.toHex());
}

/// Reads little-endian integers and CompactSize lengths from a byte array, refusing to read past
/// its end.
class Reader
{
public:
    explicit Reader(const QByteArray& bytes)
        : m_bytes(bytes)
    {}

    bool atEnd() const { return m_at == m_bytes.size(); }
    int position() const { return m_at; }
    bool failed() const { return m_failed; }

    quint64 little(int size)
    {
        if (!has(size)) {
            return 0;
        }
        quint64 value = 0;
        for (int k = 0; k < size; ++k) {
            value |= quint64(quint8(m_bytes[m_at + k])) << (8 * k);
        }
        m_at += size;
        return value;
    }

    /// Bitcoin's CompactSize: one byte below 0xfd, else 0xfd/0xfe/0xff and 2/4/8 bytes.
    quint64 compactSize()
    {
        const quint64 first = little(1);
        switch (first) {
        case 0xfd:
            return little(2);
        case 0xfe:
            return little(4);
        case 0xff:
            return little(8);
        default:
            return first;
        }
    }

    QByteArray bytes(quint64 size)
    {
        if (size > quint64(m_bytes.size() - m_at)) {
            m_failed = true;
            return {};
        }
        const QByteArray out = m_bytes.mid(m_at, int(size));
        m_at += int(size);
        return out;
    }

private:
    bool has(int size)
    {
        if (m_failed || m_bytes.size() - m_at < size) {
            m_failed = true;
            return false;
        }
        return true;
    }

    const QByteArray& m_bytes;
    int m_at = 0;
    bool m_failed = false;
};

/// Sets aside a CashToken prefix (0xef, category, bitfield, optional commitment and amount;
/// CHIP-2022-02-CashTokens "Token Encoding") and returns the locking bytecode after it, or
/// nullopt when the prefix is malformed.
std::optional<QByteArray> stripTokenPrefix(const QByteArray& field, bool* carriesToken)
{
    *carriesToken = false;
    if (field.isEmpty() || quint8(field[0]) != 0xef) {
        return field;
    }
    *carriesToken = true;
    Reader r(field);
    r.little(1);
    r.bytes(32); // category
    const quint64 bitfield = r.little(1);
    if (r.failed() || (bitfield & 0x80) || (bitfield & 0x0f) > 2 || (bitfield & 0x30) == 0) {
        return std::nullopt;
    }
    if (bitfield & 0x40) {
        const quint64 length = r.compactSize();
        if (length == 0 || length > 40 || !(bitfield & 0x20)) {
            return std::nullopt;
        }
        r.bytes(length);
    }
    if (bitfield & 0x10) {
        const quint64 amount = r.compactSize();
        if (amount == 0 || amount > quint64(9223372036854775807LL)) {
            return std::nullopt;
        }
    }
    if (r.failed()) {
        return std::nullopt;
    }
    return field.mid(r.position());
}

} // namespace

QByteArray lockingScript(const Address& address)
{
    const bool p2pkh = address.type == AddressType::P2PKH || address.type == AddressType::TokenP2PKH;
    if (p2pkh && address.hash.size() == 20) {
        return QByteArray::fromHex("76a914") + address.hash + QByteArray::fromHex("88ac");
    }
    if (!p2pkh && address.hash.size() == 20) {
        return QByteArray::fromHex("a914") + address.hash + QByteArray::fromHex("87");
    }
    if (!p2pkh && address.hash.size() == 32) {
        return QByteArray::fromHex("aa20") + address.hash + QByteArray::fromHex("87");
    }
    return {};
}

QString electrumScripthash(const QByteArray& script)
{
    return reversedHex(sha256(script));
}

QString displayHash(const QByteArray& serialized)
{
    return reversedHex(sha256(sha256(serialized)));
}

qint64 Transaction::satsPaidTo(const QByteArray& script) const
{
    qint64 sum = 0;
    for (const TransactionOutput& out : outputs) {
        if (out.lockingScript == script) {
            sum += out.sats;
        }
    }
    return sum;
}

Result<Transaction> parseTransaction(const QByteArray& raw)
{
    const auto truncated = [] {
        return invalid(TransactionText::tr("The transaction's bytes end too early."), "tx:truncated");
    };
    Reader r(raw);
    Transaction tx;
    tx.version = qint32(quint32(r.little(4)));
    const quint64 inputs = r.compactSize();
    if (r.failed()) {
        return truncated();
    }
    if (inputs == 0) {
        return invalid(TransactionText::tr("The transaction has no inputs."), "tx:no_inputs");
    }
    // Each input is at least 41 bytes: no count can be larger than the bytes allow.
    if (inputs > quint64(raw.size()) / 41) {
        return truncated();
    }
    for (quint64 k = 0; k < inputs; ++k) {
        r.bytes(36); // previous output: txid and index
        r.bytes(r.compactSize());
        r.little(4); // sequence
        if (r.failed()) {
            return truncated();
        }
    }
    tx.inputCount = int(inputs);
    const quint64 outputs = r.compactSize();
    if (r.failed()) {
        return truncated();
    }
    if (outputs == 0) {
        return invalid(TransactionText::tr("The transaction has no outputs."), "tx:no_outputs");
    }
    if (outputs > quint64(raw.size()) / 9) {
        return truncated();
    }
    qint64 total = 0;
    for (quint64 k = 0; k < outputs; ++k) {
        const qint64 value = qint64(r.little(8));
        const QByteArray field = r.bytes(r.compactSize());
        if (r.failed()) {
            return truncated();
        }
        if (value < 0 || value > kMaxMoney || total + value > kMaxMoney) {
            return invalid(TransactionText::tr("An output's value is outside 0 to 21,000,000 BCH."), "tx:value");
        }
        total += value;
        TransactionOutput out;
        out.sats = value;
        const auto script = stripTokenPrefix(field, &out.carriesToken);
        if (!script) {
            return invalid(TransactionText::tr("An output's token prefix is malformed."), "tx:token_prefix");
        }
        out.lockingScript = *script;
        tx.outputs.append(out);
    }
    tx.lockTime = quint32(r.little(4));
    if (r.failed()) {
        return truncated();
    }
    if (!r.atEnd()) {
        return invalid(TransactionText::tr("The transaction has bytes after its lock time."), "tx:trailing");
    }
    tx.txid = displayHash(raw);
    return tx;
}

QString merkleRootFromBranch(const QString& txid, const QStringList& branch, qint64 position)
{
    const auto internal = [](const QString& hex) {
        QByteArray bytes = QByteArray::fromHex(hex.toLatin1());
        std::reverse(bytes.begin(), bytes.end());
        return bytes;
    };
    static const QRegularExpression hash(QStringLiteral("^[0-9a-fA-F]{64}$"));
    if (!hash.match(txid).hasMatch() || position < 0) {
        return {};
    }
    QByteArray node = internal(txid);
    for (const QString& sibling : branch) {
        if (!hash.match(sibling).hasMatch()) {
            return {};
        }
        node = (position & 1) ? sha256(sha256(internal(sibling) + node)) : sha256(sha256(node + internal(sibling)));
        position >>= 1;
    }
    return reversedHex(node);
}

Result<BlockHeader> parseBlockHeader(const QByteArray& raw)
{
    if (raw.size() != 80) {
        return invalid(TransactionText::tr("A block header is 80 bytes, not %1.").arg(raw.size()), "header:length");
    }
    Reader r(raw);
    BlockHeader header;
    header.version = qint32(quint32(r.little(4)));
    header.previousHash = reversedHex(r.bytes(32));
    header.merkleRoot = reversedHex(r.bytes(32));
    header.time = quint32(r.little(4));
    header.bits = quint32(r.little(4));
    header.hash = displayHash(raw);
    return header;
}

} // namespace pd::bch
