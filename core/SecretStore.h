#pragma once

#include "Result.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace pd {

/// Where the console keeps secrets: database passwords and the Paydesk server's
/// refresh tokens, never in settings files or logs. Every call answers exactly once, later, on
/// the caller's thread, unless `receiver` is gone. Keys are "<profile name>/password" and
/// "<profile name>/refresh-token" (secretKey()).
class SecretStore : public QObject
{
    Q_OBJECT
public:
    using ReadDone = std::function<void(const Result<std::optional<QString>>&)>;
    using Done = std::function<void(const Result<pd::Done>&)>;

    explicit SecretStore(QObject* parent = nullptr)
        : QObject(parent)
    {}

    /// The secret under `key`, nullopt when there is none.
    virtual void read(const QString& key, QObject* receiver, ReadDone done) = 0;
    /// Stores `secret` under `key`, replacing what was there.
    virtual void write(const QString& key, const QString& secret, QObject* receiver, Done done) = 0;
    /// Removes `key`; a missing key is not an error.
    virtual void remove(const QString& key, QObject* receiver, Done done) = 0;

    /// The key of a profile's database password.
    static QString passwordKey(const QString& profile) { return profile + QStringLiteral("/password"); }
    /// The key of a profile's Paydesk server refresh token.
    static QString refreshTokenKey(const QString& profile) { return profile + QStringLiteral("/refresh-token"); }
};

/// The operating system's keychain through QtKeychain (Secret Service over D-Bus on Linux,
/// service name "Paydesk"). A job that does not finish within the timeout (a locked keyring
/// waiting for a prompt nobody sees, a bus without the service) fails with Error::Kind::Timeout;
/// no keychain at all is Error::Kind::Connection. The messages say that the password will be
/// asked for each time instead: nothing ever falls back to plain text.
class KeychainStore : public SecretStore
{
    Q_OBJECT
public:
    explicit KeychainStore(int timeoutMs = 5000, QObject* parent = nullptr);
    void read(const QString& key, QObject* receiver, ReadDone done) override;
    void write(const QString& key, const QString& secret, QObject* receiver, Done done) override;
    void remove(const QString& key, QObject* receiver, Done done) override;

private:
    int m_timeoutMs;
};

/// Secrets in memory only, for tests and for sessions without a keychain.
class MemoryStore : public SecretStore
{
    Q_OBJECT
public:
    using SecretStore::SecretStore;
    void read(const QString& key, QObject* receiver, ReadDone done) override;
    void write(const QString& key, const QString& secret, QObject* receiver, Done done) override;
    void remove(const QString& key, QObject* receiver, Done done) override;
    /// What is stored (tests).
    const QHash<QString, QString>& contents() const { return m_secrets; }

private:
    QHash<QString, QString> m_secrets;
};

} // namespace pd
