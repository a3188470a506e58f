#pragma once

#include <QCoreApplication>

#include "Result.h"

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace pd::bch {

/// The three Bitcoin Cash networks and their CashAddr prefixes (CashAddr spec v1.1, "Prefix").
enum class Network { Mainnet, Testnet, Regtest };

/// "bitcoincash", "bchtest" or "bchreg".
QString networkPrefix(Network network);
/// The network a prefix names; nullopt for any other prefix.
std::optional<Network> networkFromPrefix(QStringView prefix);

/// The address types a payment may be sent to: the specification's P2PKH (0) and P2SH (1) and
/// the token-aware types of CHIP-2022-02-CashTokens, 2 (P2PKH) and 3 (P2SH).
enum class AddressType : quint8 { P2PKH = 0, P2SH = 1, TokenP2PKH = 2, TokenP2SH = 3 };

/// Stable names of the ways an address can be wrong, carried in Error::detail so that callers
/// and tests can tell them apart; Error::message is the sentence for people.
namespace AddressErrorCode {
inline constexpr const char* Empty = "cashaddr:empty";
inline constexpr const char* MixedCase = "cashaddr:mixed_case";
inline constexpr const char* NoPrefix = "cashaddr:no_prefix";
inline constexpr const char* BadCharacter = "cashaddr:bad_character";
inline constexpr const char* BadChecksum = "cashaddr:bad_checksum";
inline constexpr const char* BadPadding = "cashaddr:bad_padding";
inline constexpr const char* NoVersion = "cashaddr:no_version";
inline constexpr const char* ReservedBit = "cashaddr:reserved_bit";
inline constexpr const char* BadLength = "cashaddr:bad_length";
inline constexpr const char* UnknownType = "cashaddr:unknown_type";
inline constexpr const char* WrongNetwork = "cashaddr:wrong_network";
inline constexpr const char* BadBase58 = "cashaddr:bad_base58";
inline constexpr const char* BadBase58Checksum = "cashaddr:bad_base58_checksum";
inline constexpr const char* UnknownLegacyVersion = "cashaddr:unknown_legacy_version";
} // namespace AddressErrorCode

/// A CashAddr decoded without interpreting its type: prefix, the version byte's type bits
/// (0-15) and size bits (0-7), and the data (hash) bytes.
struct CashAddrPayload
{
    QString prefix;
    int typeBits = 0;
    int sizeBits = 0;
    QByteArray data;
};

/// The CashAddr format (Bitcoin Cash CashAddr specification v1.1): a prefix, ':', and a base32
/// payload of a version byte, the data and a 40-bit BCH-code checksum.
class CashAddr
{
    Q_DECLARE_TR_FUNCTIONS(CashAddr)

public:
    /// Hash size in bytes for size bits 0-7: 20, 24, 28, 32, 40, 48, 56, 64.
    static int hashSizeForSizeBits(int sizeBits);
    /// Size bits for a hash size in bytes, or -1 when the size has none.
    static int sizeBitsForHashSize(int bytes);

    /// Encodes a payload in lowercase. `prefix` must be non-empty lowercase letters and digits,
    /// typeBits 0-15 and sizeBits 0-7; the data is written as given (length is not checked
    /// against sizeBits, so that undefined types can be encoded as the specification does).
    static QString encode(const QString& prefix, int typeBits, int sizeBits, const QByteArray& data);

    /// Decodes and verifies the checksum. Upper- or lowercase is accepted, a mixture is not.
    /// Without a prefix in `text`, `defaultPrefix` is used (the spec lets people omit it).
    /// For the defined types 0-3 the data length must match the size bits; undefined types
    /// are returned as they are.
    static Result<CashAddrPayload> decode(QStringView text, QStringView defaultPrefix = {});

    /// The checksum-only check of the specification: true when `text` has a valid checksum,
    /// whatever its payload (used for the spec's checksum vectors such as "prefix:x64nx6hz").
    static bool hasValidChecksum(QStringView text);
};

/// A payment address: network, type and hash. Built by parseAddress() from CashAddr or legacy
/// Base58Check text; written out as lowercase CashAddr.
struct Address
{
    Network network = Network::Mainnet;
    AddressType type = AddressType::P2PKH;
    QByteArray hash; ///< 20, 24, 28, 32, 40, 48, 56 or 64 bytes

    /// "bitcoincash:q..." in lowercase.
    QString toCashAddr() const;
    /// The CashAddr without its prefix ("q...").
    QString toCashAddrWithoutPrefix() const;
    /// Legacy Base58Check (P2PKH/P2SH with a 20-byte hash on mainnet or testnet only); empty
    /// for anything the legacy format cannot hold.
    QString toLegacy() const;

    friend bool operator==(const Address& a, const Address& b)
    {
        return a.network == b.network && a.type == b.type && a.hash == b.hash;
    }
};

/// Parses a payment address for `expected` network: CashAddr with or without its prefix
/// (upper- or lowercase), or a legacy Base58Check address, which is converted. Errors name
/// what is wrong: bad checksum, wrong network, unknown type, bad length, mixed case, ...
Result<Address> parseAddress(QStringView text, Network expected);

/// Base58Check (Bitcoin's legacy address encoding): version byte + payload + 4-byte
/// double-SHA-256 checksum. Exposed for the converter and its tests.
QString base58CheckEncode(const QByteArray& versionAndPayload);
Result<QByteArray> base58CheckDecode(QStringView text);

} // namespace pd::bch
