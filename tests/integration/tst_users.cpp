// Deactivating and reactivating users on real databases (SQLite and PostgreSQL) over the demo
// data: the state changes with a reason and an audit row naming who did it, a stale version is
// a conflict that names the last change, a missing reason or an unchanged state is refused, and
// a refused change leaves the row as it was.

#include "TestSupport.h"
#include "sql/SqlSession.h"
#include "sql/SqlUsers.h"

#include <QtTest>

using namespace pd;
using namespace pd::sql;

namespace {
using test::value;
const QDate kAsOf(2026, 10, 15);

} // namespace

class TestUsers : public QObject
{
    Q_OBJECT

    test::DemoDatabases m_demo;

private Q_SLOTS:
    void initTestCase()
    {
        const QString failed = m_demo.prepare(QStringLiteral("users"), kAsOf, 0.02);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
    }

    void deactivateAndReactivateWithAReason_data() { test::addDialectRows(); }
    void deactivateAndReactivateWithAReason()
    {
        QFETCH(int, dialect);
        SqlSession* s = m_demo.session(Dialect(dialect));
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        const qint64 id = value(*s, QStringLiteral("SELECT MIN(id) FROM users WHERE is_active = TRUE")).toLongLong();
        QVERIFY(id > 0);
        const int version = value(*s, QStringLiteral("SELECT version FROM users WHERE id = %1").arg(id)).toInt();
        const qint64 audits = value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();

        // Refused: no reason, a stale version, the state it already has, a user that is not there.
        QCOMPARE(setUserActive(*s, UserActivation{id, version, false, QStringLiteral("  ")}).error().kind,
                 Error::Kind::Invalid);
        QCOMPARE(setUserActive(*s, UserActivation{id, version, false, QString(501, QLatin1Char('x'))}).error().kind,
                 Error::Kind::Invalid);
        QCOMPARE(setUserActive(*s, UserActivation{id, version + 1, false, QStringLiteral("why")}).error().kind,
                 Error::Kind::Conflict);
        QCOMPARE(setUserActive(*s, UserActivation{id, version, true, QStringLiteral("why")}).error().kind,
                 Error::Kind::Invalid);
        QCOMPARE(setUserActive(*s, UserActivation{999999999, 1, false, QStringLiteral("why")}).error().kind,
                 Error::Kind::NotFound);
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(), audits);
        QCOMPARE(value(*s, QStringLiteral("SELECT version FROM users WHERE id = %1").arg(id)).toInt(), version);

        // Deactivated: state, version and one audit row with the reason.
        auto done = setUserActive(*s, UserActivation{id, version, false, QStringLiteral("회원 요청")});
        QVERIFY2(done.ok(), qPrintable(done.error().message + QLatin1Char(' ') + done.error().detail));
        QCOMPARE(
            value(*s, QStringLiteral("SELECT CASE WHEN is_active THEN 1 ELSE 0 END FROM users WHERE id = %1").arg(id))
                .toInt(),
            0);
        QCOMPARE(value(*s, QStringLiteral("SELECT version FROM users WHERE id = %1").arg(id)).toInt(), version + 1);
        QCOMPARE(value(*s, QStringLiteral("SELECT reason FROM audit_log WHERE entity = 'users' AND entity_id = %1 "
                                          "AND action = 'user.deactivate'")
                               .arg(id))
                     .toString(),
                 QStringLiteral("회원 요청"));
        // The old version now conflicts, and says who changed the user.
        const Error stale = setUserActive(*s, UserActivation{id, version, true, QStringLiteral("back")}).error();
        QCOMPARE(stale.kind, Error::Kind::Conflict);
        QVERIFY2(stale.detail.contains(QStringLiteral("user.deactivate")), qPrintable(stale.detail));
        // Reactivated with the new version.
        QVERIFY(setUserActive(*s, UserActivation{id, version + 1, true, QStringLiteral("back")}).ok());
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(), audits + 2);
    }
};

QTEST_GUILESS_MAIN(TestUsers)
#include "tst_users.moc"
