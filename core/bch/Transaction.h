#pragma once

#include "Result.h"
#include "bch/CashAddr.h"

#include <QByteArray>
#include <QString>
#include <QVector>

namespace pd::bch {

/// The locking script (scriptPubKey) a payment to `address` carries: P2PKH
/// `OP_DUP OP_HASH160 <20> OP_EQUALVERIFY OP_CHECKSIG`, P2SH `OP_HASH160 <20> OP_EQUAL` and the
/// 32-byte P2SH of the 2023 upgrade `OP_HASH256 <32> OP_EQUAL`; the token-aware CashAddr types
/// lock with the same scripts. Empty for a hash size no standard script uses.
QByteArray lockingScript(const Address& address);

/// The Electrum protocol's script hash of a locking script, as the server indexes it: SHA-256
/// of the script, byte-reversed, in lowercase hex (Electrum Cash protocol, "Script hashes").
QString electrumScripthash(const QByteArray& lockingScript);

/// Double SHA-256, as Bitcoin hashes transactions and headers, in display order (reversed) and
/// lowercase hex: a transaction's txid, a header's block hash.
QString displayHash(const QByteArray& serialized);

/// One output of a transaction: its value in satoshis and its locking script (without any
/// CashToken prefix, CHIP-2022-02-CashTokens, which is parsed and set aside).
struct TransactionOutput
{
    qint64 sats = 0;
    QByteArray lockingScript;
    bool carriesToken = false;
};

/// A transaction as serialized on the Bitcoin Cash network (no segregated witness): version,
/// inputs (only counted here), outputs and lock time. `txid` is computed from the bytes.
struct Transaction
{
    QString txid;
    qint32 version = 0;
    int inputCount = 0;
    QVector<TransactionOutput> outputs;
    quint32 lockTime = 0;

    /// The sum of the outputs locked by `script`, in satoshis.
    qint64 satsPaidTo(const QByteArray& script) const;
};

/// Parses a raw transaction. Errors (Error::Kind::Invalid, detail "tx:...") name what is wrong:
/// truncated bytes, trailing bytes, no inputs or outputs, a value outside 0..21,000,000 BCH, a
/// malformed token prefix. The parser never trusts a length it has not checked against the bytes.
Result<Transaction> parseTransaction(const QByteArray& raw);

/// An 80-byte block header: version, previous block, Merkle root, time (Unix seconds), bits,
/// nonce; `hash` is its block hash in display order.
struct BlockHeader
{
    QString hash;
    QString previousHash;
    QString merkleRoot; ///< display order (reversed), as Electrum servers write hashes
    qint32 version = 0;
    quint32 time = 0;
    quint32 bits = 0;
};

/// Parses an 80-byte header; anything but 80 bytes is refused (detail "header:length").
Result<BlockHeader> parseBlockHeader(const QByteArray& raw);

/// The Merkle root a transaction's branch leads to (Bitcoin's block Merkle tree; Electrum
/// protocol `blockchain.transaction.get_merkle`): `txid` and the branch hashes in display
/// order (hex), `position` the transaction's index in the block. Empty when a hash is not 64 hex
/// digits. Compare with the block header's merkleRoot to know the block holds the transaction.
QString merkleRootFromBranch(const QString& txid, const QStringList& branch, qint64 position);

} // namespace pd::bch
