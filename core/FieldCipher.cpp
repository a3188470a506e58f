#include "FieldCipher.h"

#include "OutputFile.h"
#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <openssl/evp.h>
#include <openssl/rand.h>

#include <memory>

namespace pd {

namespace {
struct CipherText
{
    Q_DECLARE_TR_FUNCTIONS(pd::FieldCipher)
};

using CipherContext = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

const unsigned char* bytes(const QByteArray& b)
{
    return reinterpret_cast<const unsigned char*>(b.constData());
}

Error cryptoError()
{
    return Error(Error::Kind::Internal, CipherText::tr("The encryption library failed."));
}

/// Encrypts (`encrypt` true) or decrypts with AES-256-GCM. For decryption `tag` is checked.
Result<QByteArray> gcm(bool encrypt, const QByteArray& key, const QByteArray& nonce, const QByteArray& input,
                       const QByteArray& aad, QByteArray* tag)
{
    CipherContext ctx(EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free);
    if (!ctx || EVP_CipherInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr, encrypt ? 1 : 0) != 1 ||
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, int(nonce.size()), nullptr) != 1 ||
        EVP_CipherInit_ex(ctx.get(), nullptr, nullptr, bytes(key), bytes(nonce), encrypt ? 1 : 0) != 1) {
        return cryptoError();
    }
    int length = 0;
    if (!aad.isEmpty() && EVP_CipherUpdate(ctx.get(), nullptr, &length, bytes(aad), int(aad.size())) != 1) {
        return cryptoError();
    }
    QByteArray output(input.size() + 16, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(output.data());
    int written = 0;
    if (!input.isEmpty() && EVP_CipherUpdate(ctx.get(), out, &written, bytes(input), int(input.size())) != 1) {
        return cryptoError();
    }
    if (!encrypt && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, FieldCipher::kTagBytes,
                                        const_cast<char*>(tag->constData())) != 1) {
        return cryptoError();
    }
    int final = 0;
    if (EVP_CipherFinal_ex(ctx.get(), out + written, &final) != 1) {
        return Error(Error::Kind::Invalid, CipherText::tr("The encrypted value does not open with this key: it was "
                                                          "altered, belongs to another record, or was sealed with "
                                                          "another key."));
    }
    output.resize(written + final);
    if (encrypt) {
        tag->resize(FieldCipher::kTagBytes);
        if (EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, FieldCipher::kTagBytes, tag->data()) != 1) {
            return cryptoError();
        }
    }
    return output;
}
} // namespace

Result<FieldCipher> FieldCipher::fromKey(const QByteArray& key)
{
    if (key.size() != kKeyBytes) {
        return Error(Error::Kind::Invalid,
                     CipherText::tr("An AES-256 key is 32 bytes; this one has %1.").arg(key.size()));
    }
    return FieldCipher(key);
}

Result<FieldCipher> FieldCipher::fromKeyFile(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error(Error::Kind::Invalid,
                     CipherText::tr("The field key file %1 could not be read (%2). Ask headquarters IT for the key "
                                    "file of this database.")
                         .arg(path, file.errorString()));
    }
    const QByteArray text = file.read(4096).simplified().replace(' ', "");
    const QByteArray key = QByteArray::fromHex(text);
    if (text.size() != kKeyBytes * 2 || key.size() != kKeyBytes || key.toHex() != text.toLower()) {
        return Error(Error::Kind::Invalid,
                     CipherText::tr("The field key file %1 does not hold 64 hexadecimal digits.").arg(path));
    }
    return FieldCipher(key);
}

Result<FieldCipher> FieldCipher::createKeyFile(const QString& path)
{
    if (QFileInfo::exists(path)) {
        return fromKeyFile(path);
    }
    QByteArray key(kKeyBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(key.data()), kKeyBytes) != 1) {
        return cryptoError();
    }
    PD_TRY(checkOutputTarget(path));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        return Error(Error::Kind::Invalid,
                     CipherText::tr("The field key file %1 could not be written (%2).").arg(path, file.errorString()));
    }
    file.write(key.toHex() + '\n');
    if (!file.commit()) {
        return Error(Error::Kind::Invalid,
                     CipherText::tr("The field key file %1 could not be written (%2).").arg(path, file.errorString()));
    }
    return FieldCipher(key);
}

Result<QByteArray> FieldCipher::seal(const QByteArray& plaintext, const QByteArray& associatedData) const
{
    QByteArray nonce(kNonceBytes, Qt::Uninitialized);
    if (RAND_bytes(reinterpret_cast<unsigned char*>(nonce.data()), kNonceBytes) != 1) {
        return cryptoError();
    }
    QByteArray tag;
    auto ciphertext = gcm(true, m_key, nonce, plaintext, associatedData, &tag);
    if (!ciphertext.ok()) {
        return ciphertext.error();
    }
    return QByteArray(QByteArray(1, '\x01') + nonce + ciphertext.value() + tag);
}

Result<QByteArray> FieldCipher::open(const QByteArray& sealed, const QByteArray& associatedData) const
{
    if (sealed.size() < 1 + kNonceBytes + kTagBytes || sealed.at(0) != '\x01') {
        return Error(Error::Kind::Invalid, CipherText::tr("The encrypted value is not in Paydesk's format."));
    }
    const QByteArray nonce = sealed.mid(1, kNonceBytes);
    QByteArray tag = sealed.right(kTagBytes);
    const QByteArray ciphertext = sealed.mid(1 + kNonceBytes, sealed.size() - 1 - kNonceBytes - kTagBytes);
    return gcm(false, m_key, nonce, ciphertext, associatedData, &tag);
}

Result<QByteArray> FieldCipher::encryptRaw(const QByteArray& key, const QByteArray& nonce, const QByteArray& plaintext,
                                           const QByteArray& associatedData)
{
    if (key.size() != kKeyBytes) {
        return Error(Error::Kind::Invalid,
                     CipherText::tr("An AES-256 key is 32 bytes; this one has %1.").arg(key.size()));
    }
    QByteArray tag;
    auto ciphertext = gcm(true, key, nonce, plaintext, associatedData, &tag);
    if (!ciphertext.ok()) {
        return ciphertext.error();
    }
    return QByteArray(ciphertext.value() + tag);
}

} // namespace pd
