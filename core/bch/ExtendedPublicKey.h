#pragma once

#include "Result.h"
#include "bch/CashAddr.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace pd::bch {

/// A BIP32 extended public key (xpub/tpub): a compressed secp256k1 public key and a chain code,
/// with the serialisation metadata (depth, parent fingerprint, child number).
///
/// Watch-only by construction: it can derive non-hardened children (CKDpub) and their addresses,
/// never a private key. Paydesk takes the BIP44 account key (m/44'/145'/0', depth 3) of the
/// organisation's wallet and derives invoice addresses at 0/i below it, offline.
/// Cryptography by OpenSSL: secp256k1 point arithmetic, HMAC-SHA512, SHA-256, RIPEMD-160.
class ExtendedPublicKey
{
    Q_DECLARE_TR_FUNCTIONS(ExtendedPublicKey)

public:
    /// Parses Base58Check "xpub..." (mainnet, version 0x0488B21E) or "tpub..." (testnet and
    /// regtest, 0x043587CF). Refuses private keys (xprv/tprv) with a message saying Paydesk only
    /// takes the public key, and keys that are not valid curve points.
    static Result<ExtendedPublicKey> parse(const QString& text);

    /// The Base58Check serialisation (xpub... or tpub...).
    QString toBase58() const;

    /// CKDpub: the non-hardened child `index` (0 .. 2^31-1). Hardened indexes cannot be derived
    /// from a public key and are refused. A child whose IL is out of range or whose key is the
    /// point at infinity (probability < 2^-127) is reported as Invalid: use the next index.
    Result<ExtendedPublicKey> child(quint32 index) const;

    /// The P2PKH address of the key at 0/index below this account key (BIP44 external chain).
    Result<Address> receivingAddress(quint32 index, Network network) const;

    /// HASH160 (RIPEMD-160 of SHA-256) of the compressed public key: the P2PKH hash.
    QByteArray hash160() const;

    /// The same key serialised for the other network family (xpub <-> tpub).
    ExtendedPublicKey withTestnetVersion(bool testnet) const
    {
        ExtendedPublicKey copy = *this;
        copy.m_testnet = testnet;
        return copy;
    }

    bool isTestnet() const { return m_testnet; }
    int depth() const { return m_depth; }
    quint32 childNumber() const { return m_childNumber; }
    const QByteArray& publicKey() const { return m_key; } ///< 33 bytes, compressed
    const QByteArray& chainCode() const { return m_chainCode; }

private:
    bool m_testnet = false;
    int m_depth = 0;
    QByteArray m_parentFingerprint; ///< 4 bytes
    quint32 m_childNumber = 0;
    QByteArray m_chainCode; ///< 32 bytes
    QByteArray m_key;       ///< 33 bytes
};

/// HASH160 = RIPEMD-160(SHA-256(data)), via OpenSSL.
QByteArray hash160(const QByteArray& data);

} // namespace pd::bch
