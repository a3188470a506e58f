#include "bch/ExtendedPublicKey.h"

#include <openssl/bn.h>
#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>
#include <openssl/obj_mac.h>

#include <memory>

namespace pd::bch {

namespace {
constexpr quint32 kVersionXpub = 0x0488B21E;
constexpr quint32 kVersionXprv = 0x0488ADE4;
constexpr quint32 kVersionTpub = 0x043587CF;
constexpr quint32 kVersionTprv = 0x04358394;
constexpr quint32 kHardened = 0x80000000u;

quint32 readBigEndian32(const QByteArray& bytes, int at)
{
    return (quint32(quint8(bytes[at])) << 24) | (quint32(quint8(bytes[at + 1])) << 16) |
           (quint32(quint8(bytes[at + 2])) << 8) | quint32(quint8(bytes[at + 3]));
}

QByteArray bigEndian32(quint32 value)
{
    QByteArray out(4, '\0');
    out[0] = char(value >> 24);
    out[1] = char(value >> 16);
    out[2] = char(value >> 8);
    out[3] = char(value);
    return out;
}

Error invalid(const QString& message, const char* code)
{
    return Error(Error::Kind::Invalid, message, QLatin1String(code));
}

struct GroupDeleter
{
    void operator()(EC_GROUP* g) const { EC_GROUP_free(g); }
};
struct PointDeleter
{
    void operator()(EC_POINT* p) const { EC_POINT_free(p); }
};
struct BnDeleter
{
    void operator()(BIGNUM* b) const { BN_free(b); }
};
struct CtxDeleter
{
    void operator()(BN_CTX* c) const { BN_CTX_free(c); }
};
using Group = std::unique_ptr<EC_GROUP, GroupDeleter>;
using Point = std::unique_ptr<EC_POINT, PointDeleter>;
using Bn = std::unique_ptr<BIGNUM, BnDeleter>;
using Ctx = std::unique_ptr<BN_CTX, CtxDeleter>;

Group secp256k1()
{
    return Group(EC_GROUP_new_by_curve_name(NID_secp256k1));
}

QByteArray digest(const EVP_MD* md, const QByteArray& data)
{
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(data.constData(), size_t(data.size()), out, &length, md, nullptr) != 1) {
        return {};
    }
    return QByteArray(reinterpret_cast<const char*>(out), int(length));
}
} // namespace

QByteArray hash160(const QByteArray& data)
{
    return digest(EVP_ripemd160(), digest(EVP_sha256(), data));
}

Result<ExtendedPublicKey> ExtendedPublicKey::parse(const QString& text)
{
    auto decoded = base58CheckDecode(QStringView(text).trimmed());
    if (!decoded.ok()) {
        return invalid(tr("This is not an extended public key: %1").arg(decoded.error().message), "xpub:base58");
    }
    const QByteArray& data = decoded.value();
    if (data.size() != 78) {
        return invalid(tr("An extended public key holds 78 bytes; this one holds %1.").arg(data.size()), "xpub:length");
    }
    const quint32 version = readBigEndian32(data, 0);
    if (version == kVersionXprv || version == kVersionTprv) {
        return invalid(tr("This is an extended PRIVATE key. Paydesk never takes private keys: export the account's "
                          "extended public key (xpub) from the wallet instead, and keep this one secret."),
                       "xpub:private");
    }
    if (version != kVersionXpub && version != kVersionTpub) {
        return invalid(tr("Unknown extended key version %1; Paydesk reads xpub (mainnet) and tpub (testnet) keys.")
                           .arg(version, 8, 16, QLatin1Char('0')),
                       "xpub:version");
    }
    ExtendedPublicKey key;
    key.m_testnet = version == kVersionTpub;
    key.m_depth = quint8(data[4]);
    key.m_parentFingerprint = data.mid(5, 4);
    key.m_childNumber = readBigEndian32(data, 9);
    key.m_chainCode = data.mid(13, 32);
    key.m_key = data.mid(45, 33);
    if (key.m_depth == 0 && (key.m_parentFingerprint != QByteArray(4, '\0') || key.m_childNumber != 0)) {
        return invalid(tr("The extended key claims to be a master key but names a parent."), "xpub:inconsistent");
    }
    const quint8 prefix = quint8(key.m_key[0]);
    if (prefix != 0x02 && prefix != 0x03) {
        return invalid(tr("The extended key does not hold a compressed public key."), "xpub:key");
    }
    Group group = secp256k1();
    Point point(EC_POINT_new(group.get()));
    if (!group || !point ||
        EC_POINT_oct2point(group.get(), point.get(), reinterpret_cast<const unsigned char*>(key.m_key.constData()),
                           size_t(key.m_key.size()), nullptr) != 1) {
        return invalid(tr("The extended key's public key is not a point on the secp256k1 curve."), "xpub:point");
    }
    return key;
}

QString ExtendedPublicKey::toBase58() const
{
    QByteArray data = bigEndian32(m_testnet ? kVersionTpub : kVersionXpub);
    data.append(char(m_depth));
    data.append(m_parentFingerprint);
    data.append(bigEndian32(m_childNumber));
    data.append(m_chainCode);
    data.append(m_key);
    return base58CheckEncode(data);
}

QByteArray ExtendedPublicKey::hash160() const
{
    return bch::hash160(m_key);
}

Result<ExtendedPublicKey> ExtendedPublicKey::child(quint32 index) const
{
    if (index >= kHardened) {
        return invalid(tr("Hardened child %1 cannot be derived from a public key.").arg(index), "xpub:hardened");
    }
    if (m_depth >= 255) {
        return invalid(tr("The key is already at the deepest level BIP32 allows."), "xpub:depth");
    }
    // I = HMAC-SHA512(Key = c_par, Data = serP(K_par) || ser32(i))
    const QByteArray message = m_key + bigEndian32(index);
    unsigned char mac[64];
    unsigned int macLength = 0;
    if (!HMAC(EVP_sha512(), m_chainCode.constData(), int(m_chainCode.size()),
              reinterpret_cast<const unsigned char*>(message.constData()), size_t(message.size()), mac, &macLength) ||
        macLength != 64) {
        return Error(Error::Kind::Internal, tr("HMAC-SHA512 failed."));
    }
    Group group = secp256k1();
    Ctx ctx(BN_CTX_new());
    Bn order(BN_new());
    Bn il(BN_bin2bn(mac, 32, nullptr));
    Point parent(EC_POINT_new(group.get()));
    Point childPoint(EC_POINT_new(group.get()));
    if (!group || !ctx || !order || !il || !parent || !childPoint ||
        EC_GROUP_get_order(group.get(), order.get(), ctx.get()) != 1 ||
        EC_POINT_oct2point(group.get(), parent.get(), reinterpret_cast<const unsigned char*>(m_key.constData()),
                           size_t(m_key.size()), ctx.get()) != 1) {
        return Error(Error::Kind::Internal, tr("The secp256k1 computation could not start."));
    }
    if (BN_cmp(il.get(), order.get()) >= 0) {
        return invalid(tr("Child %1 is not a valid key (BIP32: IL >= n); use the next index.").arg(index),
                       "xpub:invalid_child");
    }
    // K_i = point(IL) + K_par
    if (EC_POINT_mul(group.get(), childPoint.get(), il.get(), parent.get(), BN_value_one(), ctx.get()) != 1) {
        return Error(Error::Kind::Internal, tr("The secp256k1 point multiplication failed."));
    }
    if (EC_POINT_is_at_infinity(group.get(), childPoint.get())) {
        return invalid(tr("Child %1 is the point at infinity; use the next index.").arg(index), "xpub:invalid_child");
    }
    unsigned char compressed[33];
    if (EC_POINT_point2oct(group.get(), childPoint.get(), POINT_CONVERSION_COMPRESSED, compressed, sizeof compressed,
                           ctx.get()) != sizeof compressed) {
        return Error(Error::Kind::Internal, tr("The child public key could not be serialised."));
    }
    ExtendedPublicKey child;
    child.m_testnet = m_testnet;
    child.m_depth = m_depth + 1;
    child.m_parentFingerprint = hash160().left(4);
    child.m_childNumber = index;
    child.m_chainCode = QByteArray(reinterpret_cast<const char*>(mac + 32), 32);
    child.m_key = QByteArray(reinterpret_cast<const char*>(compressed), 33);
    return child;
}

Result<Address> ExtendedPublicKey::receivingAddress(quint32 index, Network network) const
{
    auto external = child(0);
    if (!external.ok()) {
        return external.error();
    }
    auto key = external.value().child(index);
    if (!key.ok()) {
        return key.error();
    }
    return Address{network, AddressType::P2PKH, key.value().hash160()};
}

} // namespace pd::bch
