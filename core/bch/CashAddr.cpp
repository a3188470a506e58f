#include "bch/CashAddr.h"

#include <QCoreApplication>
#include <QCryptographicHash>

#include <array>
#include <vector>

namespace pd::bch {

namespace {

Error addressError(const char* code, const QString& message)
{
    return Error(Error::Kind::Invalid, message, QLatin1String(code));
}

constexpr char kCharset[] = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";

int charsetIndex(char16_t c)
{
    for (int i = 0; i < 32; ++i) {
        if (char16_t(kCharset[i]) == c) {
            return i;
        }
    }
    return -1;
}

/// The specification's PolyMod: a BCH code over GF(2^5) with 40-bit output.
quint64 polyMod(const std::vector<quint8>& values)
{
    quint64 c = 1;
    for (quint8 d : values) {
        const quint8 c0 = quint8(c >> 35);
        c = ((c & 0x07ffffffffULL) << 5) ^ d;
        if (c0 & 0x01) {
            c ^= 0x98f2bc8e61ULL;
        }
        if (c0 & 0x02) {
            c ^= 0x79b76d99e2ULL;
        }
        if (c0 & 0x04) {
            c ^= 0xf33e5fb3c4ULL;
        }
        if (c0 & 0x08) {
            c ^= 0xae2eabe2a8ULL;
        }
        if (c0 & 0x10) {
            c ^= 0x1e4f43e470ULL;
        }
    }
    return c ^ 1;
}

std::vector<quint8> prefixValues(QStringView prefix)
{
    std::vector<quint8> out;
    out.reserve(size_t(prefix.size()) + 1);
    for (QChar c : prefix) {
        out.push_back(quint8(c.unicode() & 0x1f));
    }
    out.push_back(0); // the separator
    return out;
}

/// Regroups bits: 8-bit bytes to 5-bit groups (pad = true) or back (pad = false, where
/// leftover bits must be fewer than `from` and zero).
bool convertBits(const std::vector<quint8>& in, int from, int to, bool pad, std::vector<quint8>* out)
{
    quint32 acc = 0;
    int bits = 0;
    const quint32 maxv = (1u << to) - 1;
    for (quint8 value : in) {
        acc = (acc << from) | value;
        bits += from;
        while (bits >= to) {
            bits -= to;
            out->push_back(quint8((acc >> bits) & maxv));
        }
    }
    if (pad) {
        if (bits > 0) {
            out->push_back(quint8((acc << (to - bits)) & maxv));
        }
        return true;
    }
    return bits < from && ((acc << (to - bits)) & maxv) == 0;
}

bool isValidPrefix(QStringView prefix)
{
    if (prefix.isEmpty()) {
        return false;
    }
    for (QChar c : prefix) {
        if (!((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))) {
            return false;
        }
    }
    return true;
}

/// Lowercases `text` after checking it is not of mixed case.
bool foldCase(QStringView text, QString* folded)
{
    bool hasLower = false;
    bool hasUpper = false;
    for (QChar c : text) {
        hasLower = hasLower || (c >= QLatin1Char('a') && c <= QLatin1Char('z'));
        hasUpper = hasUpper || (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
    }
    if (hasLower && hasUpper) {
        return false;
    }
    *folded = text.toString().toLower();
    return true;
}

QByteArray doubleSha256(const QByteArray& data)
{
    return QCryptographicHash::hash(QCryptographicHash::hash(data, QCryptographicHash::Sha256),
                                    QCryptographicHash::Sha256);
}

constexpr char kBase58[] = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

int base58Index(char16_t c)
{
    for (int i = 0; i < 58; ++i) {
        if (char16_t(kBase58[i]) == c) {
            return i;
        }
    }
    return -1;
}
} // namespace

QString networkPrefix(Network network)
{
    switch (network) {
    case Network::Mainnet:
        return QStringLiteral("bitcoincash");
    case Network::Testnet:
        return QStringLiteral("bchtest");
    case Network::Regtest:
        return QStringLiteral("bchreg");
    }
    return {};
}

std::optional<Network> networkFromPrefix(QStringView prefix)
{
    for (Network n : {Network::Mainnet, Network::Testnet, Network::Regtest}) {
        if (prefix == networkPrefix(n)) {
            return n;
        }
    }
    return std::nullopt;
}

int CashAddr::hashSizeForSizeBits(int sizeBits)
{
    static constexpr std::array<int, 8> sizes{20, 24, 28, 32, 40, 48, 56, 64};
    return sizeBits >= 0 && sizeBits < 8 ? sizes[size_t(sizeBits)] : -1;
}

int CashAddr::sizeBitsForHashSize(int bytes)
{
    for (int bits = 0; bits < 8; ++bits) {
        if (hashSizeForSizeBits(bits) == bytes) {
            return bits;
        }
    }
    return -1;
}

QString CashAddr::encode(const QString& prefix, int typeBits, int sizeBits, const QByteArray& data)
{
    Q_ASSERT(isValidPrefix(prefix));
    Q_ASSERT(typeBits >= 0 && typeBits < 16 && sizeBits >= 0 && sizeBits < 8);
    std::vector<quint8> bytes;
    bytes.reserve(size_t(data.size()) + 1);
    bytes.push_back(quint8((typeBits << 3) | sizeBits));
    for (char b : data) {
        bytes.push_back(quint8(b));
    }
    std::vector<quint8> payload;
    convertBits(bytes, 8, 5, true, &payload);

    std::vector<quint8> checked = prefixValues(prefix);
    checked.insert(checked.end(), payload.begin(), payload.end());
    checked.insert(checked.end(), 8, 0);
    const quint64 mod = polyMod(checked);
    for (int i = 0; i < 8; ++i) {
        payload.push_back(quint8((mod >> (5 * (7 - i))) & 0x1f));
    }
    QString out = prefix + QLatin1Char(':');
    out.reserve(out.size() + int(payload.size()));
    for (quint8 v : payload) {
        out += QLatin1Char(kCharset[v]);
    }
    return out;
}

bool CashAddr::hasValidChecksum(QStringView text)
{
    QString folded;
    if (!foldCase(text, &folded)) {
        return false;
    }
    const qsizetype colon = folded.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0) {
        return false;
    }
    std::vector<quint8> values = prefixValues(QStringView(folded).left(colon));
    for (QChar c : QStringView(folded).mid(colon + 1)) {
        const int v = charsetIndex(c.unicode());
        if (v < 0) {
            return false;
        }
        values.push_back(quint8(v));
    }
    return polyMod(values) == 0;
}

Result<CashAddrPayload> CashAddr::decode(QStringView text, QStringView defaultPrefix)
{
    using namespace AddressErrorCode;
    if (text.isEmpty()) {
        return addressError(Empty, CashAddr::tr("The address is empty."));
    }
    QString folded;
    if (!foldCase(text, &folded)) {
        return addressError(MixedCase,
                            CashAddr::tr("The address mixes upper- and lowercase letters; a CashAddr is written "
                                         "all in lowercase (or all in uppercase)."));
    }
    QString prefix;
    QStringView body;
    const qsizetype colon = folded.lastIndexOf(QLatin1Char(':'));
    if (colon >= 0) {
        prefix = folded.left(colon);
        body = QStringView(folded).mid(colon + 1);
    } else {
        if (defaultPrefix.isEmpty()) {
            return addressError(NoPrefix, CashAddr::tr("The address has no prefix such as bitcoincash:."));
        }
        prefix = defaultPrefix.toString();
        body = QStringView(folded);
    }
    if (!isValidPrefix(prefix)) {
        return addressError(BadCharacter,
                            CashAddr::tr("The prefix \"%1\" may contain only letters and digits.").arg(prefix));
    }
    std::vector<quint8> values;
    values.reserve(size_t(body.size()));
    for (qsizetype i = 0; i < body.size(); ++i) {
        const int v = charsetIndex(body[i].unicode());
        if (v < 0) {
            return addressError(BadCharacter,
                                CashAddr::tr("The address contains \"%1\" at position %2, which a CashAddr never "
                                             "contains (it uses 0, 2-9 and letters except b, i, o).")
                                    .arg(body[i])
                                    .arg(prefix.size() + 2 + i));
        }
        values.push_back(quint8(v));
    }
    if (values.size() < 8) {
        return addressError(BadChecksum, CashAddr::tr("The address is too short to carry its checksum."));
    }
    std::vector<quint8> checked = prefixValues(prefix);
    checked.insert(checked.end(), values.begin(), values.end());
    if (polyMod(checked) != 0) {
        return addressError(BadChecksum, CashAddr::tr("The address checksum does not match: a character is wrong or "
                                                      "missing, or it belongs to another network. Copy it again."));
    }
    values.resize(values.size() - 8);
    std::vector<quint8> bytes;
    if (!convertBits(values, 5, 8, false, &bytes)) {
        return addressError(BadPadding, CashAddr::tr("The address payload has invalid padding."));
    }
    if (bytes.empty()) {
        return addressError(NoVersion, CashAddr::tr("The address has a valid checksum but no payload."));
    }
    const quint8 version = bytes.front();
    if (version & 0x80) {
        return addressError(ReservedBit, CashAddr::tr("The address's version byte sets the reserved bit."));
    }
    CashAddrPayload payload;
    payload.prefix = prefix;
    payload.typeBits = (version >> 3) & 0x0f;
    payload.sizeBits = version & 0x07;
    payload.data = QByteArray(reinterpret_cast<const char*>(bytes.data()) + 1, int(bytes.size()) - 1);
    if (payload.typeBits <= 3 && payload.data.size() != hashSizeForSizeBits(payload.sizeBits)) {
        return addressError(BadLength, CashAddr::tr("The address says its hash has %1 bytes but carries %2.")
                                           .arg(hashSizeForSizeBits(payload.sizeBits))
                                           .arg(payload.data.size()));
    }
    return payload;
}

QString Address::toCashAddr() const
{
    return CashAddr::encode(networkPrefix(network), int(type), CashAddr::sizeBitsForHashSize(int(hash.size())), hash);
}

QString Address::toCashAddrWithoutPrefix() const
{
    const QString full = toCashAddr();
    return full.mid(full.indexOf(QLatin1Char(':')) + 1);
}

QString Address::toLegacy() const
{
    if (hash.size() != 20 || network == Network::Regtest) {
        return {};
    }
    char version = 0;
    const bool main = network == Network::Mainnet;
    switch (type) {
    case AddressType::P2PKH:
        version = main ? char(0x00) : char(0x6f);
        break;
    case AddressType::P2SH:
        version = main ? char(0x05) : char(0xc4);
        break;
    default:
        return {}; // token-aware types have no legacy form
    }
    return base58CheckEncode(QByteArray(1, version) + hash);
}

QString base58CheckEncode(const QByteArray& versionAndPayload)
{
    QByteArray data = versionAndPayload + doubleSha256(versionAndPayload).left(4);
    int zeros = 0;
    while (zeros < data.size() && data[zeros] == 0) {
        ++zeros;
    }
    std::vector<quint8> digits; // base-58 digits, least significant first
    for (int i = zeros; i < data.size(); ++i) {
        int carry = quint8(data[i]);
        for (quint8& d : digits) {
            carry += int(d) << 8;
            d = quint8(carry % 58);
            carry /= 58;
        }
        while (carry > 0) {
            digits.push_back(quint8(carry % 58));
            carry /= 58;
        }
    }
    QString out(zeros, QLatin1Char('1'));
    for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
        out += QLatin1Char(kBase58[*it]);
    }
    return out;
}

Result<QByteArray> base58CheckDecode(QStringView text)
{
    using namespace AddressErrorCode;
    int zeros = 0;
    while (zeros < text.size() && text[zeros] == QLatin1Char('1')) {
        ++zeros;
    }
    std::vector<quint8> bytes; // base-256, least significant first
    for (qsizetype i = zeros; i < text.size(); ++i) {
        const int v = base58Index(text[i].unicode());
        if (v < 0) {
            return addressError(BadBase58,
                                CashAddr::tr("\"%1\" is not a valid character in a legacy address.").arg(text[i]));
        }
        int carry = v;
        for (quint8& b : bytes) {
            carry += int(b) * 58;
            b = quint8(carry & 0xff);
            carry >>= 8;
        }
        while (carry > 0) {
            bytes.push_back(quint8(carry & 0xff));
            carry >>= 8;
        }
    }
    QByteArray data(zeros, '\0');
    for (auto it = bytes.rbegin(); it != bytes.rend(); ++it) {
        data.append(char(*it));
    }
    if (data.size() < 5) {
        return addressError(BadBase58, CashAddr::tr("The legacy address is too short."));
    }
    const QByteArray payload = data.left(data.size() - 4);
    if (doubleSha256(payload).left(4) != data.right(4)) {
        return addressError(BadBase58Checksum,
                            CashAddr::tr("The legacy address checksum does not match; copy it again."));
    }
    return payload;
}

Result<Address> parseAddress(QStringView text, Network expected)
{
    using namespace AddressErrorCode;
    const QString expectedPrefix = networkPrefix(expected);
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty()) {
        return addressError(Empty, CashAddr::tr("The address is empty."));
    }
    // Legacy Base58Check addresses start with 1 or 3 (mainnet) or m, n, 2 (testnet) and have
    // no ':'; CashAddr without prefix starts with q, p, z or r.
    const QChar first = trimmed.front();
    const bool looksLegacy = !trimmed.contains(QLatin1Char(':')) &&
                             (first == QLatin1Char('1') || first == QLatin1Char('3') || first == QLatin1Char('m') ||
                              first == QLatin1Char('n') || first == QLatin1Char('2'));
    if (looksLegacy) {
        auto decoded = base58CheckDecode(trimmed);
        if (!decoded.ok()) {
            return decoded.error();
        }
        const QByteArray& payload = decoded.value();
        if (payload.size() != 21) {
            return addressError(BadLength,
                                CashAddr::tr("A legacy address carries a 20-byte hash; this one carries %1 bytes.")
                                    .arg(payload.size() - 1));
        }
        Address address;
        switch (quint8(payload[0])) {
        case 0x00:
            address = {Network::Mainnet, AddressType::P2PKH, payload.mid(1)};
            break;
        case 0x05:
            address = {Network::Mainnet, AddressType::P2SH, payload.mid(1)};
            break;
        case 0x6f:
            address = {Network::Testnet, AddressType::P2PKH, payload.mid(1)};
            break;
        case 0xc4:
            address = {Network::Testnet, AddressType::P2SH, payload.mid(1)};
            break;
        default:
            return addressError(UnknownLegacyVersion,
                                CashAddr::tr("The legacy address has version byte %1, which is not a Bitcoin Cash "
                                             "P2PKH or P2SH address.")
                                    .arg(quint8(payload[0])));
        }
        if (address.network != expected && !(expected == Network::Regtest && address.network == Network::Testnet)) {
            return addressError(WrongNetwork, CashAddr::tr("This is a %1 address, but Paydesk is set up for %2.")
                                                  .arg(networkPrefix(address.network), expectedPrefix));
        }
        address.network = expected;
        return address;
    }
    auto decoded = CashAddr::decode(trimmed, expectedPrefix);
    if (!decoded.ok()) {
        if (decoded.error().detail == QLatin1String(BadChecksum) && !trimmed.contains(QLatin1Char(':'))) {
            // Maybe it is valid for another network.
            for (Network other : {Network::Mainnet, Network::Testnet, Network::Regtest}) {
                if (other != expected && CashAddr::decode(trimmed, networkPrefix(other)).ok()) {
                    return addressError(WrongNetwork,
                                        CashAddr::tr("This is a %1 address, but Paydesk is set up for %2.")
                                            .arg(networkPrefix(other), expectedPrefix));
                }
            }
        }
        return decoded.error();
    }
    const CashAddrPayload& payload = decoded.value();
    if (payload.prefix != expectedPrefix) {
        return addressError(
            WrongNetwork,
            CashAddr::tr("This is a %1 address, but Paydesk is set up for %2.").arg(payload.prefix, expectedPrefix));
    }
    if (payload.typeBits > 3) {
        return addressError(UnknownType, CashAddr::tr("The address has type %1; Paydesk pays only to P2PKH and P2SH "
                                                      "addresses (types 0-3).")
                                             .arg(payload.typeBits));
    }
    return Address{expected, AddressType(payload.typeBits), payload.data};
}

} // namespace pd::bch
