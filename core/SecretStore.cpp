#include "SecretStore.h"

#include <qt6keychain/keychain.h>

#include <QTimer>

#include <memory>

namespace pd {

namespace {

const QString kService = QStringLiteral("Paydesk");

/// Calls `notify` later on `receiver`'s thread, if it still exists.
void later(QObject* receiver, std::function<void()> notify)
{
    QPointer<QObject> guard(receiver);
    QMetaObject::invokeMethod(
        receiver,
        [guard, notify = std::move(notify)]() {
            if (guard) {
                notify();
            }
        },
        Qt::QueuedConnection);
}

Error keychainError(QKeychain::Error code, const QString& detail)
{
    switch (code) {
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
        return Error(Error::Kind::Connection,
                     KeychainStore::tr("No keychain is available on this computer, so Paydesk cannot remember "
                                       "passwords; you will be asked each time."),
                     detail);
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error(Error::Kind::Permission,
                     KeychainStore::tr("The keychain refused access; you will be asked for the password each time."),
                     detail);
    default:
        break;
    }
    return Error(Error::Kind::Internal,
                 KeychainStore::tr("The keychain failed; you will be asked for the password each time."), detail);
}

/// Runs a QtKeychain job with a timeout; `finished` gets the job (or null on timeout) once.
void runJob(QKeychain::Job* job, int timeoutMs, QObject* receiver, std::function<void(QKeychain::Job*)> finished)
{
    struct State
    {
        bool answered = false;
    };
    auto state = std::make_shared<State>();
    QPointer<QObject> guard(receiver);
    auto answer = [state, guard, finished](QKeychain::Job* j) {
        if (state->answered) {
            return;
        }
        state->answered = true;
        if (guard) {
            finished(j);
        }
    };
    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, receiver, answer);
    // A locked keyring or a bus without the service may never answer: give up, keep the job
    // (it deletes itself if it ever finishes).
    QTimer::singleShot(timeoutMs, receiver, [answer]() { answer(nullptr); });
    job->start();
}

Error timedOut(int timeoutMs)
{
    return Error(Error::Kind::Timeout,
                 KeychainStore::tr("The keychain did not answer within %1 seconds (is it locked?); you will be asked "
                                   "for the password each time.")
                     .arg(timeoutMs / 1000));
}

} // namespace

KeychainStore::KeychainStore(int timeoutMs, QObject* parent)
    : SecretStore(parent)
    , m_timeoutMs(timeoutMs)
{}

void KeychainStore::read(const QString& key, QObject* receiver, ReadDone done)
{
    auto* job = new QKeychain::ReadPasswordJob(kService);
    job->setKey(key);
    const int timeoutMs = m_timeoutMs;
    runJob(job, timeoutMs, receiver, [done, timeoutMs](QKeychain::Job* j) {
        if (!j) {
            done(timedOut(timeoutMs));
        } else if (j->error() == QKeychain::EntryNotFound) {
            done(std::optional<QString>());
        } else if (j->error() != QKeychain::NoError) {
            done(keychainError(j->error(), j->errorString()));
        } else {
            done(std::optional<QString>(static_cast<QKeychain::ReadPasswordJob*>(j)->textData()));
        }
    });
}

void KeychainStore::write(const QString& key, const QString& secret, QObject* receiver, Done done)
{
    auto* job = new QKeychain::WritePasswordJob(kService);
    job->setKey(key);
    job->setTextData(secret);
    const int timeoutMs = m_timeoutMs;
    runJob(job, timeoutMs, receiver, [done, timeoutMs](QKeychain::Job* j) {
        if (!j) {
            done(timedOut(timeoutMs));
        } else if (j->error() != QKeychain::NoError) {
            done(keychainError(j->error(), j->errorString()));
        } else {
            done(pd::Done{});
        }
    });
}

void KeychainStore::remove(const QString& key, QObject* receiver, Done done)
{
    auto* job = new QKeychain::DeletePasswordJob(kService);
    job->setKey(key);
    const int timeoutMs = m_timeoutMs;
    runJob(job, timeoutMs, receiver, [done, timeoutMs](QKeychain::Job* j) {
        if (!j) {
            done(timedOut(timeoutMs));
        } else if (j->error() != QKeychain::NoError && j->error() != QKeychain::EntryNotFound) {
            done(keychainError(j->error(), j->errorString()));
        } else {
            done(pd::Done{});
        }
    });
}

void MemoryStore::read(const QString& key, QObject* receiver, ReadDone done)
{
    const std::optional<QString> value =
        m_secrets.contains(key) ? std::optional<QString>(m_secrets.value(key)) : std::optional<QString>();
    later(receiver, [done, value]() { done(value); });
}

void MemoryStore::write(const QString& key, const QString& secret, QObject* receiver, Done done)
{
    m_secrets.insert(key, secret);
    later(receiver, [done]() { done(pd::Done{}); });
}

void MemoryStore::remove(const QString& key, QObject* receiver, Done done)
{
    m_secrets.remove(key);
    later(receiver, [done]() { done(pd::Done{}); });
}

} // namespace pd
