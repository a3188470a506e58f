#pragma once

#include "Result.h"

#include <QByteArray>
#include <QString>

namespace pd {

/// AES-256-GCM (OpenSSL EVP) for sensitive columns such as cms_info.account_number_enc
/// (docs/DOMAIN.md). The key lives outside the database (a key file on the
/// machines allowed to reveal), so a copy of the database alone reveals nothing.
///
/// A sealed value is: version byte 0x01 | 12-byte random nonce | ciphertext | 16-byte tag.
/// The associated data binds it to its column and row (for example
/// "cms_info.account_number:<contract_id>"), so a value copied to another row does not open.
class FieldCipher
{
public:
    static constexpr int kKeyBytes = 32;
    static constexpr int kNonceBytes = 12;
    static constexpr int kTagBytes = 16;

    /// A cipher for a 32-byte key; Invalid for any other length.
    static Result<FieldCipher> fromKey(const QByteArray& key);
    /// Reads a key file: 64 hexadecimal digits (whitespace ignored). Errors say what is wrong
    /// with the file and never contain the key.
    static Result<FieldCipher> fromKeyFile(const QString& path);
    /// Writes a new random key file (mode 0600) unless one exists; returns the cipher of the
    /// key that is in the file afterwards.
    static Result<FieldCipher> createKeyFile(const QString& path);

    /// Seals `plaintext` with a fresh random nonce.
    Result<QByteArray> seal(const QByteArray& plaintext, const QByteArray& associatedData) const;
    /// Opens a sealed value; Error::Kind::Invalid when it was altered, belongs to another row
    /// or was sealed with another key (the tag does not match).
    Result<QByteArray> open(const QByteArray& sealed, const QByteArray& associatedData) const;

    /// Raw AES-256-GCM encryption with a given nonce, for the published test vectors:
    /// returns ciphertext followed by the 16-byte tag.
    static Result<QByteArray> encryptRaw(const QByteArray& key, const QByteArray& nonce, const QByteArray& plaintext,
                                         const QByteArray& associatedData);

private:
    explicit FieldCipher(QByteArray key)
        : m_key(std::move(key))
    {}
    QByteArray m_key;
};

} // namespace pd
