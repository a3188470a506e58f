// The OS keychain through QtKeychain. Under tests/support/with-keyring.sh (a private
// D-Bus session with an unlocked gnome-keyring, PAYDESK_REAL_KEYRING=1): a secret written is
// read back exactly, replaced, and removed; a missing key is no error. Without a session bus
// (the second CTest entry points D-Bus nowhere): every call fails within its timeout with a
// message saying the password will be asked for each time.

#include "SecretStore.h"

#include <QElapsedTimer>
#include <QtTest>

using namespace pd;

namespace {
template<typename T, typename Start>
std::optional<Result<T>> await(Start start, int timeoutMs)
{
    std::optional<Result<T>> out;
    QObject receiver;
    start(&receiver, [&out](const Result<T>& r) { out = r; });
    (void)QTest::qWaitFor([&]() { return out.has_value(); }, timeoutMs);
    return out;
}
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

    static bool realKeyring() { return qEnvironmentVariable("PAYDESK_REAL_KEYRING") == QLatin1String("1"); }

private Q_SLOTS:
    void roundTrip()
    {
        if (!realKeyring()) {
            QSKIP("needs tests/support/with-keyring.sh");
        }
        KeychainStore store(5000);
        const QString key = SecretStore::refreshTokenKey(QStringLiteral("Gangnam center 강남"));
        const QString secret = QStringLiteral("r3fr3sh-토큰-%1").arg(QDateTime::currentMSecsSinceEpoch());
        auto written = await<Done>([&](QObject* r, auto done) { store.write(key, secret, r, done); }, 10000);
        QVERIFY(written);
        QVERIFY2(written->ok(), qPrintable(written->error().message + QLatin1Char(' ') + written->error().detail));
        auto read = await<std::optional<QString>>([&](QObject* r, auto done) { store.read(key, r, done); }, 10000);
        QVERIFY(read && read->ok());
        QCOMPARE(read->value().value_or(QString()), secret);
        // A second store (as after a restart) reads the same secret.
        KeychainStore again(5000);
        auto reread = await<std::optional<QString>>([&](QObject* r, auto done) { again.read(key, r, done); }, 10000);
        QVERIFY(reread && reread->ok());
        QCOMPARE(reread->value().value_or(QString()), secret);
        auto replaced =
            await<Done>([&](QObject* r, auto done) { store.write(key, QStringLiteral("second"), r, done); }, 10000);
        QVERIFY(replaced && replaced->ok());
        read = await<std::optional<QString>>([&](QObject* r, auto done) { store.read(key, r, done); }, 10000);
        QCOMPARE(read->value().value_or(QString()), QStringLiteral("second"));
        auto removed = await<Done>([&](QObject* r, auto done) { store.remove(key, r, done); }, 10000);
        QVERIFY(removed && removed->ok());
        read = await<std::optional<QString>>([&](QObject* r, auto done) { store.read(key, r, done); }, 10000);
        QVERIFY(read && read->ok());
        QVERIFY(!read->value().has_value());
        auto removedAgain = await<Done>([&](QObject* r, auto done) { store.remove(key, r, done); }, 10000);
        QVERIFY(removedAgain && removedAgain->ok());
    }

    void withoutAKeychainEveryCallFailsInTime()
    {
        if (realKeyring()) {
            QSKIP("runs without a keyring (second CTest entry)");
        }
        KeychainStore store(1500);
        QElapsedTimer clock;
        clock.start();
        auto read = await<std::optional<QString>>(
            [&](QObject* r, auto done) { store.read(QStringLiteral("p/password"), r, done); }, 10000);
        QVERIFY(read);
        QVERIFY(!read->ok());
        QVERIFY2(read->error().message.contains(QLatin1String("asked")), qPrintable(read->error().message));
        auto written = await<Done>(
            [&](QObject* r, auto done) { store.write(QStringLiteral("p/password"), QStringLiteral("x"), r, done); },
            10000);
        QVERIFY(written && !written->ok());
        QVERIFY(clock.elapsed() < 8000);
    }

    void aDestroyedReceiverGetsNothing()
    {
        MemoryStore store;
        bool called = false;
        {
            QObject receiver;
            store.write(QStringLiteral("k"), QStringLiteral("v"), &receiver,
                        [&](const Result<Done>&) { called = true; });
        }
        QTest::qWait(50);
        QVERIFY(!called);
        QCOMPARE(store.contents().value(QStringLiteral("k")), QStringLiteral("v"));
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
