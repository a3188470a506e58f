// Direct PostgreSQL connections that are safe, on a real PostgreSQL with demo data:
// every Paydesk role x every table x select/insert/update/delete is allowed or refused as
// migration 004 says; a center manager sees exactly its center's rows and changes none
// elsewhere; no SET widens access; nobody alters the audit log; staff logins are made with
// bound values and bad input is refused with a message.

#include "FieldCipher.h"
#include "Roles.h"
#include "TestSupport.h"
#include "demo/DemoGenerator.h"
#include "sql/Migrations.h"
#include "sql/SqlCollections.h"
#include "sql/SqlKyc.h"
#include "sql/SqlLists.h"
#include "sql/SqlPayments.h"
#include "sql/SqlSecurity.h"
#include "sql/SqlSession.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace pd;
using namespace pd::sql;

namespace {
/// The outcome of one statement: ok, refused for lack of privilege, or another error.
enum class Outcome { Ok, Refused, OtherError };

Outcome run(SqlSession& s, const QString& sql, QString* message = nullptr)
{
    QSqlQuery q(s.database());
    if (q.exec(sql)) {
        return Outcome::Ok;
    }
    if (message) {
        *message = q.lastError().text();
    }
    // 42501 is insufficient_privilege; a row-level security refusal says so in its text.
    const bool denied = q.lastError().nativeErrorCode() == QLatin1String("42501") &&
                        !q.lastError().text().contains(QLatin1String("row-level security"));
    return denied ? Outcome::Refused : Outcome::OtherError;
}

qint64 count(SqlSession& s, const QString& sql)
{
    QSqlQuery q(s.database());
    if (!q.exec(sql) || !q.next()) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(q.lastError().text()));
        return -1;
    }
    return q.value(0).toLongLong();
}

struct Login
{
    QString role;
    QString login;
    QString org;
};
} // namespace

class TestRoles : public QObject
{
    Q_OBJECT

    std::unique_ptr<test::ScratchDatabase> m_db;
    std::unique_ptr<SqlSession> m_admin;
    QVector<Login> m_logins;
    QString m_center; ///< the center manager's organisation code
    qint64 m_centerId = 0;
    QTemporaryDir m_keyDir;
    QStringList m_extraLogins;
    QString m_keyFile;

    std::unique_ptr<SqlSession> as(const QString& role)
    {
        for (const Login& l : m_logins) {
            if (l.role == role) {
                DatabaseUrl url = m_db->url();
                url.user = l.login;
                auto s = SqlSession::open(url, QStringLiteral("as-") + role);
                return s.ok() ? std::move(s.value()) : nullptr;
            }
        }
        return nullptr;
    }

    /// The center's subtree, as an SQL list of ids (admin's view).
    QString subtree()
    {
        QSqlQuery q(m_admin->database());
        q.exec(QStringLiteral("SELECT o.id FROM organizations o JOIN organizations c ON o.path LIKE c.path || '%' "
                              "WHERE c.id = %1")
                   .arg(m_centerId));
        QStringList ids;
        while (q.next()) {
            ids << q.value(0).toString();
        }
        return ids.join(QLatin1Char(','));
    }

    std::unique_ptr<SqlSession> asLogin(const QString& login)
    {
        DatabaseUrl url = m_db->url();
        url.user = login;
        auto s = SqlSession::open(url, QStringLiteral("login-") + login);
        return s.ok() ? std::move(s.value()) : nullptr;
    }

    QString loginOf(const QString& role) const
    {
        for (const Login& l : m_logins) {
            if (l.role == role) {
                return l.login;
            }
        }
        return {};
    }

    /// Runs `sql` as session `s` in a transaction that commits when the statement succeeds, as
    /// psql does with autocommit; a refusal leaves nothing behind.
    Outcome attempt(SqlSession& s, const QString& sql, QString* message = nullptr)
    {
        QSqlQuery q(s.database());
        q.exec(QStringLiteral("BEGIN"));
        const Outcome outcome = run(s, sql, message);
        QString commitError;
        if (outcome == Outcome::Ok && run(s, QStringLiteral("COMMIT"), &commitError) == Outcome::Ok) {
            return Outcome::Ok;
        }
        q.exec(QStringLiteral("ROLLBACK"));
        if (outcome == Outcome::Ok && message) {
            *message = commitError;
        }
        return outcome == Outcome::Ok ? Outcome::OtherError : outcome;
    }

    /// The row `sql` selects (as the owner), its columns joined with "|", to compare before/after.
    QString snapshot(const QString& sql)
    {
        QSqlQuery q(m_admin->database());
        if (!q.exec(sql) || !q.next()) {
            return QStringLiteral("<none: %1>").arg(q.lastError().text());
        }
        QStringList values;
        for (int i = 0; i < q.record().count(); ++i) {
            values << q.value(i).toString();
        }
        return values.join(QLatin1Char('|'));
    }

private Q_SLOTS:
    void initTestCase()
    {
        m_db = test::ScratchDatabase::create(Dialect::PostgreSQL);
        if (!m_db->ok()) {
            if (!test::postgresRequired() && test::postgresAdminUrl().isEmpty()) {
                QSKIP("PostgreSQL is not available");
            }
            QFAIL(qPrintable(m_db->error()));
        }
        auto opened = SqlSession::open(m_db->url(), QStringLiteral("roles-admin"));
        QVERIFY(opened.ok());
        m_admin = std::move(opened.value());
        QVERIFY(Migrator::upgrade(*m_admin).ok());
        demo::DemoOptions options;
        options.scale = 0.02;
        m_keyFile = m_keyDir.filePath(QStringLiteral("field.key"));
        QVERIFY(FieldCipher::createKeyFile(m_keyFile).ok());
        options.fieldKeyFile = m_keyFile;
        QVERIFY(demo::generateDemoData(*m_admin, options).ok());
        // The center with the most payments, its region, and HQ.
        QSqlQuery q(m_admin->database());
        QVERIFY(q.exec(QStringLiteral(
            "SELECT c.id, c.code, r.code FROM organizations c JOIN organizations r ON r.id = c.parent_id "
            "WHERE c.org_type = 'center' ORDER BY (SELECT COUNT(*) FROM payments p JOIN organizations i ON i.id = "
            "p.organization_id WHERE i.parent_id = c.id) DESC, c.id LIMIT 1")));
        QVERIFY(q.next());
        m_centerId = q.value(0).toLongLong();
        m_center = q.value(1).toString();
        const QString region = q.value(2).toString();
        QVERIFY(q.exec(QStringLiteral("SELECT code FROM organizations WHERE org_type = 'hq'")) && q.next());
        const QString hqCode = q.value(0).toString();
        // Logins are cluster-wide: a suffix keeps parallel runs apart.
        const QString suffix = m_db->url().database.right(8);
        m_logins = {{QStringLiteral("hq_admin"), QStringLiteral("t_hq_") + suffix, hqCode},
                    {QStringLiteral("regional_admin"), QStringLiteral("t_region_") + suffix, region},
                    {QStringLiteral("center_manager"), QStringLiteral("t_center_") + suffix, m_center},
                    {QStringLiteral("kyc_reviewer"), QStringLiteral("t_kyc_") + suffix, hqCode},
                    {QStringLiteral("auditor"), QStringLiteral("t_audit_") + suffix, hqCode}};
        for (const Login& l : m_logins) {
            auto added = addStaff(*m_admin, l.login, l.role, l.org, QString(), QString());
            QVERIFY2(added.ok(), qPrintable(added.error().message + QLatin1Char(' ') + added.error().detail));
        }
    }

    void cleanupTestCase()
    {
        m_admin.reset();
        m_db.reset();
        for (const Login& l : m_logins) {
            test::pgAdminExec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(l.login)); // test-made names
        }
        for (const QString& login : m_extraLogins) {
            test::pgAdminExec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login));
        }
    }

    void addStaffRefusesBadInput()
    {
        // Each staff member made is in the audit log, by who made them.
        QCOMPARE(count(*m_admin, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'staff.add' AND actor = "
                                                "current_user")),
                 qint64(m_logins.size()));
        auto badLogin = addStaff(*m_admin, QStringLiteral("Robert'); DROP TABLE staff;--"), QStringLiteral("auditor"),
                                 QStringLiteral("HQ"), QString(), QString());
        QCOMPARE(badLogin.error().kind, Error::Kind::Invalid);
        auto badRole = addStaff(*m_admin, QStringLiteral("someone"), QStringLiteral("superuser"), QStringLiteral("HQ"),
                                QString(), QString());
        QCOMPARE(badRole.error().kind, Error::Kind::Invalid);
        auto badOrg = addStaff(*m_admin, QStringLiteral("someone"), QStringLiteral("auditor"),
                               QStringLiteral("NO-SUCH-ORG"), QString(), QString());
        QCOMPARE(badOrg.error().kind, Error::Kind::Invalid);
        QVERIFY2(badOrg.error().message.contains(QStringLiteral("NO-SUCH-ORG")), qPrintable(badOrg.error().message));
        QCOMPARE(count(*m_admin, QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = 'someone'")), 0);
        auto sqlite = test::ScratchDatabase::create(Dialect::SQLite);
        auto file = SqlSession::open(sqlite->url(), QStringLiteral("roles-sqlite"));
        QVERIFY(file.ok());
        QCOMPARE(addStaff(*file.value(), QStringLiteral("someone"), QStringLiteral("auditor"), QStringLiteral("HQ"),
                          QString(), QString())
                     .error()
                     .kind,
                 Error::Kind::Invalid);
    }

    /// Every role x table x statement, as migrations 004 and 009 grant (nobody deletes; no staff role writes the staff
    /// table; headquarters inserts credits only along migration 011's chain paths). Letters: S select, I insert, U
    /// update (of `column`), D delete; "-" refused.
    void privilegeMatrix_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QStringList>("expected"); // per role, in Permissions::roles() order
        auto row = [](const char* table, const char* column, std::initializer_list<const char*> expected) {
            QStringList list;
            for (const char* e : expected) {
                list << QString::fromLatin1(e);
            }
            QTest::newRow(table) << QString::fromLatin1(table) << QString::fromLatin1(column) << list;
        };
        //                    hq_admin  regional  center    reviewer  auditor
        row("organizations", "name", {"SIU-", "S---", "S---", "S---", "S---"});
        row("staff", "display_name", {"S---", "S---", "S---", "S---", "S---"});
        row("staff_directory", "display_name", {"S---", "----", "----", "----", "S---"}); // 014: no hashes
        row("credit_requests", "status", {"SIU-", "----", "----", "----", "S---"});       // 015
        row("credit_settings", "four_eyes_sats", {"S-U-", "----", "----", "----", "S---"});
        row("users", "email", {"SIU-", "SIU-", "SIU-", "S---", "S---"}); // 016, 017
        row("wallets", "is_active", {"SIU-", "S---", "S---", "S---", "S---"});
        row("transactions", "status", {"SIU-", "S---", "S---", "S---", "S---"});
        row("kyc_documents", "verification_status", {"SIU-", "S---", "S---", "S-U-", "S---"});
        row("parents", "service_status", {"SIU-", "SIU-", "SIU-", "S---", "S---"}); // 014, 017
        row("children", "name", {"SIU-", "SIU-", "SIU-", "S---", "S---"});          // 017
        row("cms_info", "cms_status", {"SIU-", "SIU-", "SIU-", "S---", "S---"});    // 014, 018
        row("payments", "status", {"SIU-", "S-U-", "S-U-", "S---", "S---"});
        row("invoices", "status", {"SIU-", "S---", "S---", "----", "S---"});
        row("user_credits", "amount", {"SI--", "S---", "S---", "----", "S---"}); // insert: the chain paths only (011)
        row("settlements", "status", {"SIU-", "SIU-", "SIU-", "----", "S---"});
        row("bch_accounts", "name", {"SIU-", "S---", "S---", "----", "S---"});
        row("kyc_settings", "sla_hours", {"SIU-", "S---", "S---", "S---", "S---"});
        row("reconciliation_imports", "file_name", {"SI--", "SI--", "SI--", "----", "S---"});
        row("reconciliation_lines", "note", {"SI--", "SI--", "SI--", "----", "S---"});
        row("audit_log", "reason", {"SI--", "SI--", "SI--", "SI--", "S---"});
        row("organization_fee_rates", "fee_bp", {"SI--", "S---", "S---", "S---", "S---"});    // 019: append-only
        row("debit_retry_policies", "retry_limit", {"SI--", "S---", "S---", "S---", "S---"}); // 028: append-only
        row("member_reminders", "channel", {"SI--", "SI--", "SI--", "S---", "S---"});         // 029: append-only
        row("bank_holidays", "name", {"SIU-", "S---", "S---", "S---", "S---"});        // 025: withdrawn, never deleted
        row("debit_reason_codes", "action", {"S---", "S---", "S---", "S---", "S---"}); // 027: data by migration
    }
    void privilegeMatrix()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QStringList, expected);
        const QStringList roles = Permissions::roles();
        for (int r = 0; r < roles.size(); ++r) {
            auto s = as(roles[r]);
            QVERIFY(s);
            // Fixed identifiers from the data table above.
            const QString insert = table == QLatin1String("audit_log")
                                       ? QStringLiteral("INSERT INTO audit_log (actor, action, entity) VALUES "
                                                        "(current_user, 'test', 'test')")
                                       : QStringLiteral("INSERT INTO %1 DEFAULT VALUES").arg(table);
            const QStringList statements = {QStringLiteral("SELECT COUNT(*) FROM %1").arg(table), insert,
                                            QStringLiteral("UPDATE %1 SET %2 = %2 WHERE FALSE").arg(table, column),
                                            QStringLiteral("DELETE FROM %1 WHERE FALSE").arg(table)};
            QString got;
            for (int k = 0; k < 4; ++k) {
                QVERIFY(s->begin().ok());
                QString message;
                const Outcome outcome = run(*s, statements[k], &message);
                s->rollback();
                // Allowed means: not refused for privileges (an insert of defaults may still
                // break a NOT NULL constraint, which proves the privilege check passed).
                got += outcome == Outcome::Refused ? QLatin1Char('-') : QLatin1Char("SIUD"[k]);
            }
            QVERIFY2(got == expected[r],
                     qPrintable(QStringLiteral("%1 on %2: %3, expected %4").arg(roles[r], table, got, expected[r])));
        }
    }

    /// Headquarters keeps the bank holidays of the debit calendar (migration 025): an added day
    /// and a withdrawn one are audited with who did it; nobody deletes one.
    void headquartersKeepsBankHolidays()
    {
        auto hq = as(QStringLiteral("hq_admin"));
        QVERIFY(hq);
        QVERIFY(test::exec(*hq, QStringLiteral("INSERT INTO bank_holidays (day, name) VALUES ('2027-12-31', "
                                               "'은행 휴무일 / Banks closed')")));
        QVERIFY(test::exec(*hq, QStringLiteral("UPDATE bank_holidays SET active = FALSE, reason = 'gazette says "
                                               "otherwise' WHERE day = '2027-12-31'")));
        QVERIFY(!test::exec(*hq, QStringLiteral("DELETE FROM bank_holidays WHERE day = '2027-12-31'")));
        const QString login = test::value(*hq, QStringLiteral("SELECT current_user")).toString();
        QCOMPARE(test::value(*m_admin, QStringLiteral("SELECT changed_by FROM bank_holidays WHERE day = '2027-12-31'"))
                     .toString(),
                 login);
        QCOMPARE(test::value(*m_admin, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'bank_holidays' "
                                                      "AND actor = '%1' AND action IN ('bank_holidays.direct_insert', "
                                                      "'bank_holidays.direct_update')")
                                           .arg(login))
                     .toInt(),
                 2);
        // Through the console's functions: one audit row each, with the reason, none direct.
        auto added = addBankHoliday(*hq, BankHolidayDraft{QDate(2027, 12, 30),
                                                          QStringLiteral("임시공휴일 / Temporary "
                                                                         "holiday"),
                                                          QStringLiteral("정부 발표")});
        QVERIFY2(added.ok(), qPrintable(added.error().message + added.error().detail));
        QVERIFY(
            setBankHolidayActive(*hq, BankHolidayChange{added.value().id, false, QStringLiteral("발표 철회")}).ok());
        QCOMPARE(
            test::value(*m_admin, QStringLiteral("SELECT string_agg(action || ':' || reason, ',' ORDER BY id) FROM "
                                                 "audit_log WHERE entity = 'bank_holidays' AND entity_id = %1")
                                      .arg(added.value().id))
                .toString(),
            QStringLiteral("bank_holiday.add:정부 발표,bank_holiday.withdraw:발표 철회"));
        // Nobody else keeps them, whatever the application lets through.
        for (const char* role : {"regional_admin", "center_manager", "kyc_reviewer", "auditor"}) {
            auto other = as(QLatin1String(role));
            const auto refused =
                addBankHoliday(*other, BankHolidayDraft{QDate(2027, 12, 29), QStringLiteral("x"), QStringLiteral("y")});
            QVERIFY2(!refused.ok(), role);
            QCOMPARE(refused.error().kind, Error::Kind::Permission);
            QCOMPARE(setBankHolidayActive(*other, BankHolidayChange{added.value().id, true, QStringLiteral("z")})
                         .error()
                         .kind,
                     Error::Kind::Permission);
        }
    }

    /// Columns a role must not touch: the encrypted account number and the document number are
    /// read only by who may reveal them; a center manager cannot rewrite a payment's amount.
    void columnPrivileges()
    {
        const QStringList roles = Permissions::roles();
        for (const QString& role : roles) {
            auto s = as(role);
            QVERIFY(s);
            const bool account =
                run(*s, QStringLiteral("SELECT account_number_enc FROM cms_info LIMIT 1")) != Outcome::Refused;
            QCOMPARE(account, role == QLatin1String("hq_admin"));
            const bool number =
                run(*s, QStringLiteral("SELECT document_number FROM kyc_documents LIMIT 1")) != Outcome::Refused;
            QCOMPARE(number, role == QLatin1String("hq_admin") || role == QLatin1String("kyc_reviewer"));
        }
        auto center = as(QStringLiteral("center_manager"));
        QCOMPARE(run(*center, QStringLiteral("UPDATE payments SET amount = amount WHERE FALSE")), Outcome::Refused);
        auto reviewer = as(QStringLiteral("kyc_reviewer"));
        QCOMPARE(run(*reviewer, QStringLiteral("UPDATE users SET email = email WHERE FALSE")), Outcome::Refused);
        QCOMPARE(run(*reviewer, QStringLiteral("UPDATE users SET kyc_level = kyc_level WHERE FALSE")), Outcome::Ok);
    }

    /// Row-level security: the center manager's lists hold exactly its subtree's rows, and its
    /// changes reach nothing else.
    void centerManagerSeesItsCenter()
    {
        const QString ids = subtree();
        auto center = as(QStringLiteral("center_manager"));
        QVERIFY(center);
        struct Check
        {
            const char* table;
            const char* orgColumn;
        };
        for (const Check& c : {Check{"payments", "organization_id"}, Check{"settlements", "organization_id"},
                               Check{"invoices", "organization_id"}, Check{"parents", "organization_id"},
                               Check{"users", "organization_id"}}) {
            const qint64 mine = count(*m_admin, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 IN (%3)")
                                                    .arg(QLatin1String(c.table), QLatin1String(c.orgColumn), ids));
            const qint64 seen = count(*center, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(c.table)));
            QVERIFY2(
                seen == mine,
                qPrintable(
                    QStringLiteral("%1: sees %2, its center has %3").arg(QLatin1String(c.table)).arg(seen).arg(mine)));
            QCOMPARE(count(*center, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 NOT IN (%3)")
                                        .arg(QLatin1String(c.table), QLatin1String(c.orgColumn), ids)),
                     0);
        }
        QVERIFY(count(*center, QStringLiteral("SELECT COUNT(*) FROM payments")) > 0);
        QVERIFY(count(*m_admin, QStringLiteral("SELECT COUNT(*) FROM payments")) >
                count(*center, QStringLiteral("SELECT COUNT(*) FROM payments")));
        // Children and contracts follow their parents.
        QCOMPARE(count(*center, QStringLiteral("SELECT COUNT(*) FROM children")),
                 count(*m_admin, QStringLiteral("SELECT COUNT(*) FROM children ch JOIN parents p ON p.id = "
                                                "ch.parent_id WHERE p.organization_id IN (%1)")
                                     .arg(ids)));
        // Updates elsewhere change nothing; at home they do.
        QVERIFY(center->begin().ok());
        QSqlQuery q(center->database());
        QVERIFY(
            q.exec(QStringLiteral("UPDATE payments SET status = status WHERE organization_id NOT IN (%1)").arg(ids)));
        QCOMPARE(q.numRowsAffected(), 0);
        QVERIFY(q.exec(QStringLiteral("UPDATE payments SET status = status WHERE id IN (SELECT id FROM payments "
                                      "LIMIT 5)")));
        QCOMPARE(q.numRowsAffected(), 5);
        center->rollback();
        // The console's own list queries work under the policies and stay in the subtree.
        ListRequest request;
        request.area = Area::Payments;
        request.limit = 1000;
        auto page = listPage(*center, request);
        QVERIFY2(page.ok(), qPrintable(page.error().message + page.error().detail));
        QVERIFY(!page.value().rows.isEmpty());
        auto counted = countRows(*center, request, CountMode::Exact);
        QVERIFY(counted.ok());
        QCOMPARE(counted.value().value, count(*m_admin, QStringLiteral("SELECT COUNT(*) FROM payments WHERE "
                                                                       "organization_id IN (%1)")
                                                            .arg(ids)));
        // The debit calendar too: each day's rows are the owner's rows of the center's subtree.
        int calendarRows = 0;
        for (const char* day : {"2026-12-04", "2026-12-07", "2026-12-10", "2026-12-15", "2026-12-21"}) {
            ListRequest debits;
            debits.area = Area::DebitCalendar;
            debits.limit = 1000;
            debits.filters.insert(QStringLiteral("day"), QLatin1String(day));
            auto seen = listPage(*center, debits);
            QVERIFY2(seen.ok(), qPrintable(seen.error().message + seen.error().detail));
            debits.filters.insert(QStringLiteral("org"), QString::number(m_centerId));
            auto owners = listPage(*m_admin, debits);
            QVERIFY(owners.ok());
            QCOMPARE(seen.value().rows, owners.value().rows);
            calendarRows += int(seen.value().rows.size());
            debits.filters.remove(QStringLiteral("org"));
            QVERIFY(listPage(*m_admin, debits).value().rows.size() >= seen.value().rows.size());
        }
        QVERIFY(calendarRows > 0);
        // HQ sees every center.
        auto hq = as(QStringLiteral("hq_admin"));
        QCOMPARE(count(*hq, QStringLiteral("SELECT COUNT(*) FROM payments")),
                 count(*m_admin, QStringLiteral("SELECT COUNT(*) FROM payments")));
        // A region sees its centers.
        auto region = as(QStringLiteral("regional_admin"));
        QVERIFY(count(*region, QStringLiteral("SELECT COUNT(*) FROM payments")) >=
                count(*center, QStringLiteral("SELECT COUNT(*) FROM payments")));
    }

    /// Every center's manager sees exactly its own center's payments and settlements.
    void everyCenterManagerSeesItsOwn()
    {
        QSqlQuery q(m_admin->database());
        QVERIFY(q.exec(QStringLiteral("SELECT id, code FROM organizations WHERE org_type = 'center' ORDER BY id")));
        QVector<QPair<qint64, QString>> centers;
        while (q.next()) {
            centers.append({q.value(0).toLongLong(), q.value(1).toString()});
        }
        q.finish();
        QVERIFY(centers.size() > 5);
        int withPayments = 0;
        for (const auto& [id, code] : centers) {
            const QString login = QStringLiteral("t_c%1_").arg(id) + m_db->url().database.right(8);
            QVERIFY(addStaff(*m_admin, login, QStringLiteral("center_manager"), code, QString(), QString()).ok());
            m_extraLogins << login;
            DatabaseUrl url = m_db->url();
            url.user = login;
            auto s = SqlSession::open(url, QStringLiteral("center-each"));
            QVERIFY(s.ok());
            const QString subtreeOf = QStringLiteral("(SELECT o.id FROM organizations o JOIN organizations c ON o.path "
                                                     "LIKE c.path || '%' WHERE c.id = %1)")
                                          .arg(id);
            for (const char* table : {"payments", "settlements"}) {
                const qint64 own = count(*m_admin, QStringLiteral("SELECT COUNT(*) FROM %1 WHERE organization_id IN %2")
                                                       .arg(QLatin1String(table), subtreeOf));
                QCOMPARE(count(*s.value(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))), own);
                withPayments += own > 0 ? 1 : 0;
            }
            QVERIFY(s.value()->begin().ok());
            QSqlQuery u(s.value()->database());
            QVERIFY(u.exec(
                QStringLiteral("UPDATE payments SET status = status WHERE organization_id NOT IN %1").arg(subtreeOf)));
            QCOMPARE(u.numRowsAffected(), 0);
            s.value()->rollback();
        }
        QVERIFY(withPayments > 0);
    }

    /// Nothing the client can SET widens what it sees.
    void settingsDoNotWiden()
    {
        auto center = as(QStringLiteral("center_manager"));
        const qint64 own = count(*center, QStringLiteral("SELECT COUNT(*) FROM payments"));
        QVERIFY(own > 0);
        QVERIFY(run(*center, QStringLiteral("SELECT set_config('paydesk.organization_id', '1', false)")) ==
                Outcome::Ok);
        QCOMPARE(count(*center, QStringLiteral("SELECT COUNT(*) FROM payments")), own);
        // row_security = off makes a filtered query fail rather than show more.
        QVERIFY(run(*center, QStringLiteral("SET row_security = off")) == Outcome::Ok);
        QVERIFY(run(*center, QStringLiteral("SELECT COUNT(*) FROM payments")) != Outcome::Ok);
        QVERIFY(run(*center, QStringLiteral("RESET row_security")) == Outcome::Ok);
        // No other role can be assumed; its own group role sees nothing (no staff row).
        QVERIFY(run(*center, QStringLiteral("SET ROLE paydesk_hq_admin")) != Outcome::Ok);
        QVERIFY(run(*center, QStringLiteral("SET SESSION AUTHORIZATION postgres")) != Outcome::Ok);
        QVERIFY(run(*center, QStringLiteral("SET ROLE paydesk_center_manager")) == Outcome::Ok);
        QCOMPARE(count(*center, QStringLiteral("SELECT COUNT(*) FROM payments")), 0);
        QVERIFY(run(*center, QStringLiteral("RESET ROLE")) == Outcome::Ok);
        // Changing one's own staff row is refused.
        QCOMPARE(run(*center, QStringLiteral("UPDATE staff SET role = 'hq_admin' WHERE login = current_user")),
                 Outcome::Refused);
        QCOMPARE(count(*center, QStringLiteral("SELECT COUNT(*) FROM payments")), own);
    }

    /// audit_log is append-only for every Paydesk role (grants and triggers), and a role
    /// cannot write rows in someone else's name.
    void auditLogIsAppendOnly()
    {
        const qint64 before = count(*m_admin, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        QVERIFY(before > 0);
        for (const QString& role : Permissions::roles()) {
            auto s = as(role);
            QVERIFY(run(*s, QStringLiteral("UPDATE audit_log SET reason = 'rewritten'")) != Outcome::Ok);
            QVERIFY(run(*s, QStringLiteral("DELETE FROM audit_log")) != Outcome::Ok);
            QVERIFY(run(*s, QStringLiteral("TRUNCATE audit_log")) != Outcome::Ok);
            QVERIFY(run(*s, QStringLiteral("INSERT INTO audit_log (actor, action, entity) VALUES ('someone.else', "
                                           "'x', 'y')")) != Outcome::Ok);
        }
        // Even the owner's UPDATE is refused by the trigger.
        QVERIFY(run(*m_admin, QStringLiteral("UPDATE audit_log SET reason = 'rewritten'")) != Outcome::Ok);
        QCOMPARE(count(*m_admin, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE reason = 'rewritten'")), 0);
        QCOMPARE(count(*m_admin, QStringLiteral("SELECT COUNT(*) FROM audit_log")), before);
    }

    /// Bank account numbers are stored sealed (AES-256-GCM, key outside the database), shown
    /// masked, and revealed only by headquarters with the key, each reveal audited.
    void accountNumbersAreSealed()
    {
        QCOMPARE(count(*m_admin, QStringLiteral("SELECT COUNT(*) FROM cms_info WHERE account_number_enc IS NULL")), 0);
        QSqlQuery q(m_admin->database());
        QVERIFY(q.exec(QStringLiteral("SELECT p.user_id, c.account_last4, c.account_number_enc FROM cms_info c JOIN "
                                      "parents p ON p.id = c.parent_id ORDER BY c.id LIMIT 1")));
        QVERIFY(q.next());
        const qint64 user = q.value(0).toLongLong();
        const QString last4 = q.value(1).toString();
        QVERIFY(!q.value(2).toByteArray().contains(last4.toLatin1())); // no plain digits at rest
        q.finish();
        const qint64 audits = count(*m_admin, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                                             "'cms.reveal_account_number'"));
        auto hq = as(QStringLiteral("hq_admin"));
        auto number = revealAccountNumber(*hq, user, m_keyFile);
        QVERIFY2(number.ok(), qPrintable(number.error().message + number.error().detail));
        QVERIFY(number.value().endsWith(last4));
        QVERIFY(number.value().size() > 8);
        QCOMPARE(count(*m_admin, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                                "'cms.reveal_account_number'")),
                 audits + 1);
        // Without the key nothing opens (and nothing is recorded as revealed).
        auto noKey = revealAccountNumber(*hq, user, m_keyDir.filePath(QStringLiteral("missing.key")));
        QCOMPARE(noKey.error().kind, Error::Kind::Invalid);
        // Other roles cannot read the sealed column at all.
        for (const char* role : {"regional_admin", "center_manager", "kyc_reviewer", "auditor"}) {
            auto s = as(QLatin1String(role));
            QCOMPARE(revealAccountNumber(*s, user, m_keyFile).error().kind, Error::Kind::Permission);
        }
        QCOMPARE(count(*m_admin, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                                "'cms.reveal_account_number'")),
                 audits + 1);
    }

    /// A KYC reviewer works under the real grants: claim, decide, reveal, with audit rows.
    void reviewerWorksUnderGrants()
    {
        auto reviewer = as(QStringLiteral("kyc_reviewer"));
        const qint64 doc = count(*m_admin, QStringLiteral("SELECT MIN(id) FROM kyc_documents WHERE "
                                                          "verification_status = 'pending' AND risk_score < 7"));
        QVERIFY(doc > 0);
        QVERIFY2(claimKycDocument(*reviewer, doc).ok(), "claim");
        auto decided = decideKycDocument(
            *reviewer, KycDecision{doc,
                                   int(count(*m_admin, QStringLiteral("SELECT version FROM kyc_documents "
                                                                      "WHERE id = %1")
                                                           .arg(doc))),
                                   KycAction::Approve, QString(), QString()});
        QVERIFY2(decided.ok(), qPrintable(decided.error().message + decided.error().detail));
        QVERIFY(revealDocumentNumber(*reviewer, doc).ok());
        // A center manager may not decide or reveal.
        auto center = as(QStringLiteral("center_manager"));
        QCOMPARE(revealDocumentNumber(*center, doc).error().kind, Error::Kind::Permission);
    }

    /// A regional admin or center manager with psql cannot reopen, inflate or pay out a
    /// settlement, nor create one in any state but a true draft; a legitimate direct step is
    /// recorded under the login that took it, with an audit row the database writes itself.
    void settlementRulesHoldForDirectLogins()
    {
        auto center = as(QStringLiteral("center_manager"));
        auto region = as(QStringLiteral("regional_admin"));
        auto hq = as(QStringLiteral("hq_admin"));
        QVERIFY(center && region && hq);
        // A month of the center that no settlement has frozen, with three payments made
        // successful by the owner, settled and confirmed through Paydesk by the center manager.
        QSqlQuery q(m_admin->database());
        QVERIFY(
            q.exec(QStringLiteral("SELECT p.payment_month FROM payments p JOIN organizations i ON i.id = "
                                  "p.organization_id WHERE i.parent_id = %1 AND p.status = 'pending' AND NOT EXISTS "
                                  "(SELECT 1 FROM settlements st WHERE st.organization_id = i.parent_id AND "
                                  "st.settlement_month = p.payment_month AND st.status <> 'draft') GROUP BY "
                                  "p.payment_month ORDER BY COUNT(*) DESC LIMIT 1")
                       .arg(m_centerId)));
        QVERIFY(q.next());
        const QString month = q.value(0).toString();
        q.finish();
        QVERIFY(
            run(*m_admin, QStringLiteral("UPDATE payments SET status = 'success', paid_at = now() - interval '1 day' "
                                         "WHERE id IN (SELECT p.id FROM payments p JOIN organizations i ON i.id = "
                                         "p.organization_id WHERE i.parent_id = %1 AND p.payment_month = '%2' AND "
                                         "p.status = 'pending' ORDER BY p.id LIMIT 3)")
                              .arg(m_centerId)
                              .arg(month)) == Outcome::Ok);
        QVERIFY(runSettlements(*center, SettlementRun{month, m_centerId}).ok());
        const qint64 id = count(*m_admin, QStringLiteral("SELECT id FROM settlements WHERE organization_id = %1 AND "
                                                         "settlement_month = '%2'")
                                              .arg(m_centerId)
                                              .arg(month));
        QVERIFY(id > 0);
        const int version =
            int(count(*m_admin, QStringLiteral("SELECT version FROM settlements WHERE id = %1").arg(id)));
        auto confirmed =
            changeSettlement(*center, SettlementChange{id, version, SettlementChange::Action::Confirm, {}});
        QVERIFY2(confirmed.ok(), qPrintable(confirmed.error().message + confirmed.error().detail));
        const QString row = QStringLiteral("SELECT status, payment_count, gross_amount, fee_amount, net_amount, "
                                           "confirmed_by, paid_at FROM settlements WHERE id = %1")
                                .arg(id);
        const QString before = snapshot(row);
        QVERIFY(before.startsWith(QStringLiteral("confirmed|")));
        // A pending payment of that center and month, frozen by the confirmed settlement.
        const qint64 frozen = count(*m_admin, QStringLiteral("SELECT COALESCE(MIN(p.id), 0) FROM payments p JOIN "
                                                             "organizations i ON i.id = p.organization_id WHERE "
                                                             "i.parent_id = %1 AND p.payment_month = '%2' AND "
                                                             "p.status IN ('pending', 'failed')")
                                                  .arg(m_centerId)
                                                  .arg(month));
        const QStringList attacks = {
            QStringLiteral(
                "UPDATE settlements SET status = 'draft', confirmed_by = NULL, confirmed_at = NULL WHERE id = "
                "%1"),
            QStringLiteral("UPDATE settlements SET gross_amount = gross_amount + 99000000, net_amount = net_amount + "
                           "99000000 WHERE id = %1"),
            QStringLiteral("UPDATE settlements SET status = 'paid', paid_at = now(), gross_amount = gross_amount + "
                           "99000000, net_amount = net_amount + 99000000 WHERE id = %1"),
            QStringLiteral("UPDATE settlements SET confirmed_by = 'someone.else' WHERE id = %1"),
            QStringLiteral(
                "INSERT INTO settlements (organization_id, settlement_month, payment_count, gross_amount, "
                "fee_amount, net_amount, status, paid_at) SELECT organization_id, '2031-01', 5, 99000000, 0, "
                "99000000, 'paid', now() FROM settlements WHERE id = %1"),
            QStringLiteral("INSERT INTO settlements (organization_id, settlement_month, payment_count, gross_amount, "
                           "fee_amount, net_amount) SELECT organization_id, '2031-02', 5, 99000000, 0, 99000000 FROM "
                           "settlements WHERE id = %1"),
        };
        for (SqlSession* s : {center.get(), region.get()}) {
            for (const QString& attack : attacks) {
                const QString sql = attack.arg(id);
                QString message;
                QVERIFY2(attempt(*s, sql, &message) != Outcome::Ok, qPrintable(sql));
                QVERIFY2(!message.isEmpty(), qPrintable(sql));
            }
            if (frozen > 0) {
                QVERIFY(attempt(*s, QStringLiteral("UPDATE payments SET status = 'success', paid_at = now() - "
                                                   "interval '1 day' WHERE id = %1")
                                        .arg(frozen)) != Outcome::Ok);
            }
        }
        QCOMPARE(snapshot(row), before);
        QCOMPARE(
            count(*m_admin, QStringLiteral("SELECT COUNT(*) FROM settlements WHERE settlement_month LIKE '2031-%'")),
            0);
        // Reopening is headquarters' step: allowed in psql too, under its own name, audited by
        // the database because the statement wrote no audit row of its own.
        const qint64 audits = count(*m_admin, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = "
                                                             "'settlements' AND entity_id = %1")
                                                  .arg(id));
        QString message;
        QCOMPARE(attempt(*hq,
                         QStringLiteral("UPDATE settlements SET status = 'draft', confirmed_by = NULL, confirmed_at = "
                                        "NULL, version = version + 1 WHERE id = %1")
                             .arg(id),
                         &message),
                 Outcome::Ok);
        QCOMPARE(count(*m_admin, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'settlements' AND "
                                                "entity_id = %1 AND action = 'settlements.direct_update' AND actor = "
                                                "'%2' AND after_data->>'status' = 'draft'")
                                     .arg(id)
                                     .arg(loginOf(QStringLiteral("hq_admin")))),
                 1);
        QCOMPARE(count(*m_admin, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'settlements' AND "
                                                "entity_id = %1")
                                     .arg(id)),
                 audits + 1);
        // A draft confirmed in psql with the true figures: the confirming login is recorded,
        // whatever name the statement gave.
        QCOMPARE(attempt(*center,
                         QStringLiteral("UPDATE settlements SET status = 'confirmed', confirmed_by = 'someone.else', "
                                        "confirmed_at = now() WHERE id = %1")
                             .arg(id),
                         &message),
                 Outcome::Ok);
        QCOMPARE(snapshot(QStringLiteral("SELECT confirmed_by FROM settlements WHERE id = %1").arg(id)),
                 loginOf(QStringLiteral("center_manager")));
        // Paid is final.
        QCOMPARE(attempt(*center, QStringLiteral("UPDATE settlements SET status = 'paid' WHERE id = %1").arg(id)),
                 Outcome::Ok);
        QVERIFY(attempt(*hq,
                        QStringLiteral("UPDATE settlements SET status = 'draft', confirmed_by = NULL, "
                                       "confirmed_at = NULL WHERE id = %1")
                            .arg(id),
                        &message) != Outcome::Ok);
        QVERIFY2(message.contains(QStringLiteral("paid")), qPrintable(message));
        // Through Paydesk the same refusals read as the database wrote them.
        auto reopened = changeSettlement(
            *center, SettlementChange{
                         id,
                         int(count(*m_admin, QStringLiteral("SELECT version FROM settlements WHERE id = %1").arg(id))),
                         SettlementChange::Action::MarkPaid,
                         {}});
        QCOMPARE(reopened.error().kind, Error::Kind::Invalid);
    }

    /// A reviewer with psql cannot approve without a claim, in another reviewer's name, or a
    /// high-risk document alone; cannot stretch or steal a claim, rewrite the provider's data,
    /// or raise a user's KYC level without a document. A direct claim is audited.
    void kycRulesHoldForDirectLogins()
    {
        auto reviewer = as(QStringLiteral("kyc_reviewer"));
        auto hq = as(QStringLiteral("hq_admin"));
        QVERIFY(reviewer && hq);
        const QString me = loginOf(QStringLiteral("kyc_reviewer"));
        const qint64 doc = count(*m_admin, QStringLiteral("SELECT MAX(id) FROM kyc_documents WHERE "
                                                          "verification_status = 'pending'"));
        QVERIFY(doc > 0);
        // A high-risk document, unclaimed (set up as the owner).
        QVERIFY(run(*m_admin, QStringLiteral("UPDATE kyc_documents SET risk_score = 9.10, claimed_by = NULL, "
                                             "claimed_at = NULL, claim_expires_at = NULL, first_approved_by = NULL, "
                                             "first_approved_at = NULL WHERE id = %1")
                                  .arg(doc)) == Outcome::Ok);
        const qint64 user = count(*m_admin, QStringLiteral("SELECT user_id FROM kyc_documents WHERE id = %1").arg(doc));
        const QString docRow = QStringLiteral("SELECT verification_status, verified_by, first_approved_by, claimed_by, "
                                              "risk_score FROM kyc_documents WHERE id = %1")
                                   .arg(doc);
        const QString userRow =
            QStringLiteral("SELECT kyc_status, kyc_level, is_verified FROM users WHERE id = %1").arg(user);
        const QString docBefore = snapshot(docRow);
        const QString userBefore = snapshot(userRow);
        const QStringList attacks = {
            // approve without a claim, naming two other reviewers
            QStringLiteral("UPDATE kyc_documents SET verification_status = 'approved', verified_by = 'other.one', "
                           "first_approved_by = 'other.two', verified_at = now() WHERE id = {doc}"),
            // a claim in someone else's name, or for ten years
            QStringLiteral("UPDATE kyc_documents SET claimed_by = 'other.one', claimed_at = now(), claim_expires_at = "
                           "now() + interval '10 minutes' WHERE id = {doc}"),
            QStringLiteral("UPDATE kyc_documents SET claimed_by = current_user, claimed_at = now(), claim_expires_at = "
                           "now() + interval '10 years' WHERE id = {doc}"),
            // lower the risk below the four-eyes threshold
            QStringLiteral("UPDATE kyc_documents SET risk_score = 1.00 WHERE id = {doc}"),
            // a KYC level with no approved document
            QStringLiteral("UPDATE users SET kyc_level = kyc_level + 1, kyc_status = 'approved', is_verified = TRUE "
                           "WHERE id = {user}"),
        };
        for (SqlSession* s : {reviewer.get(), hq.get()}) {
            for (const QString& attack : attacks) {
                const QString sql = QString(attack)
                                        .replace(QLatin1String("{doc}"), QString::number(doc))
                                        .replace(QLatin1String("{user}"), QString::number(user));
                QString message;
                QVERIFY2(attempt(*s, sql, &message) != Outcome::Ok, qPrintable(sql));
            }
        }
        QCOMPARE(snapshot(docRow), docBefore);
        QCOMPARE(snapshot(userRow), userBefore);
        // A proper claim typed in psql is allowed, and audited by the database.
        QString message;
        QCOMPARE(attempt(*reviewer,
                         QStringLiteral("UPDATE kyc_documents SET claimed_by = current_user, claimed_at = now(), "
                                        "claim_expires_at = now() + interval '5 minutes' WHERE id = %1")
                             .arg(doc),
                         &message),
                 Outcome::Ok);
        QCOMPARE(count(*m_admin, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'kyc_documents' AND "
                                                "entity_id = %1 AND action = 'kyc_documents.direct_update' AND actor = "
                                                "'%2'")
                                     .arg(doc)
                                     .arg(me)),
                 1);
        // Under the claim: approving alone, or naming another first approver, is refused.
        for (const char* sql : {"UPDATE kyc_documents SET verification_status = 'approved', claimed_by = NULL WHERE id "
                                "= %1",
                                "UPDATE kyc_documents SET verification_status = 'approved', first_approved_by = "
                                "'other.two' WHERE id = %1"}) {
            QVERIFY2(attempt(*reviewer, QString::fromLatin1(sql).arg(doc), &message) != Outcome::Ok, sql);
        }
        // The first approval is recorded in the reviewer's own name whatever the statement said;
        // the same reviewer's second approval is refused.
        QCOMPARE(attempt(*reviewer,
                         QStringLiteral("UPDATE kyc_documents SET first_approved_by = 'other.two', first_approved_at = "
                                        "now() WHERE id = %1")
                             .arg(doc),
                         &message),
                 Outcome::Ok);
        QCOMPARE(snapshot(QStringLiteral("SELECT first_approved_by FROM kyc_documents WHERE id = %1").arg(doc)), me);
        QVERIFY(
            attempt(*reviewer,
                    QStringLiteral("UPDATE kyc_documents SET verification_status = 'approved' WHERE id = %1").arg(doc),
                    &message) != Outcome::Ok);
        QVERIFY2(message.contains(QStringLiteral("four-eyes")), qPrintable(message));
        QCOMPARE(snapshot(QStringLiteral("SELECT verification_status FROM kyc_documents WHERE id = %1").arg(doc)),
                 QStringLiteral("pending"));
        QCOMPARE(snapshot(userRow), userBefore);
    }

    /// Staff cannot restore or widen themselves: a login made again with a lower role keeps only
    /// that role; no staff role writes the staff table (role, is_active, password_hash);
    /// deactivation, by headquarters only, makes the login NOLOGIN, drops its group role and
    /// revokes its server sessions; reactivation restores them. Each step is audited.
    void staffLifecycleIsTheDatabasesToo()
    {
        const QString suffix = m_db->url().database.right(8);
        const QString demoted = QStringLiteral("t_demoted_") + suffix;
        m_extraLogins << demoted;
        QSqlQuery q(m_admin->database());
        QVERIFY(q.exec(QStringLiteral("SELECT code FROM organizations WHERE org_type = 'hq'")) && q.next());
        const QString hqCode = q.value(0).toString();
        q.finish();
        QVERIFY(addStaff(*m_admin, demoted, QStringLiteral("hq_admin"), hqCode, QString(), QString()).ok());
        QVERIFY(addStaff(*m_admin, demoted, QStringLiteral("auditor"), hqCode, QString(), QString()).ok());
        QCOMPARE(count(*m_admin, QStringLiteral("SELECT COUNT(*) FROM pg_auth_members m JOIN pg_roles g ON g.oid = "
                                                "m.roleid JOIN pg_roles l ON l.oid = m.member WHERE l.rolname = '%1' "
                                                "AND g.rolname LIKE 'paydesk\\_%%' AND g.rolname <> 'paydesk_service'")
                                     .arg(demoted)),
                 1);
        auto self = asLogin(demoted);
        QVERIFY(self);
        QCOMPARE(count(*self, QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE pg_has_role(current_user, oid, "
                                             "'USAGE') AND rolname = 'paydesk_hq_admin'")),
                 0);
        QVERIFY(attempt(*self, QStringLiteral("UPDATE staff SET role = 'hq_admin' WHERE login = current_user")) !=
                Outcome::Ok);
        auto hq = as(QStringLiteral("hq_admin"));
        const QString staffRow =
            QStringLiteral("SELECT role, is_active, password_hash FROM staff WHERE login = '%1'").arg(demoted);
        const QString before = snapshot(staffRow);
        for (const char* sql : {"UPDATE staff SET password_hash = 'pbkdf2-sha256$1$AAAA$AAAA' WHERE login = '%1'",
                                "UPDATE staff SET is_active = FALSE WHERE login = '%1'",
                                "INSERT INTO staff (login, display_name, role, organization_id) SELECT 'x', 'x', "
                                "'hq_admin', id FROM organizations WHERE org_type = 'hq'"}) {
            QVERIFY2(attempt(*hq, QString::fromLatin1(sql).arg(demoted)) == Outcome::Refused, sql);
        }
        QCOMPARE(snapshot(staffRow), before);
        // A server session of the login, then deactivation by headquarters.
        QVERIFY(
            run(*m_admin, QStringLiteral("INSERT INTO refresh_tokens (staff_id, token_sha256, expires_at) SELECT id, "
                                         "repeat('ab', 32), now() + interval '1 day' FROM staff WHERE login = '%1'")
                              .arg(demoted)) == Outcome::Ok);
        auto region = as(QStringLiteral("regional_admin"));
        QVERIFY(attempt(*region, QStringLiteral("SELECT paydesk_set_staff_active('%1', false, 'left')").arg(demoted)) ==
                Outcome::Refused);
        QString message;
        QVERIFY(attempt(*hq, QStringLiteral("SELECT paydesk_set_staff_active('%1', false, '')").arg(demoted),
                        &message) != Outcome::Ok);
        QVERIFY2(message.contains(QStringLiteral("reason")), qPrintable(message));
        QVERIFY(attempt(*hq,
                        QStringLiteral("SELECT paydesk_set_staff_active('%1', false, 'no longer here')")
                            .arg(loginOf(QStringLiteral("hq_admin"))),
                        &message) != Outcome::Ok);
        QCOMPARE(attempt(*hq,
                         QStringLiteral("SELECT paydesk_set_staff_active('%1', false, 'left the team')").arg(demoted),
                         &message),
                 Outcome::Ok);
        QCOMPARE(
            snapshot(QStringLiteral("SELECT s.is_active, r.rolcanlogin FROM staff s JOIN pg_roles r ON r.rolname = "
                                    "s.login WHERE s.login = '%1'")
                         .arg(demoted)),
            QStringLiteral("false|false"));
        QCOMPARE(count(*m_admin, QStringLiteral("SELECT COUNT(*) FROM refresh_tokens t JOIN staff s ON s.id = "
                                                "t.staff_id WHERE s.login = '%1' AND t.revoked_at IS NULL")
                                     .arg(demoted)),
                 0);
        self.reset();
        QVERIFY(!asLogin(demoted)); // NOLOGIN
        QCOMPARE(count(*m_admin, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'staff.deactivate' AND "
                                                "actor = '%1' AND reason = 'left the team'")
                                     .arg(loginOf(QStringLiteral("hq_admin")))),
                 1);
        QCOMPARE(attempt(*hq, QStringLiteral("SELECT paydesk_set_staff_active('%1', true, 'back')").arg(demoted)),
                 Outcome::Ok);
        self = asLogin(demoted);
        QVERIFY(self);
        QCOMPARE(count(*self, QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE pg_has_role(current_user, oid, "
                                             "'USAGE') AND rolname = 'paydesk_auditor'")),
                 1);
    }

    /// The server's own account (migration 010) has exactly what it needs: it reads the schema
    /// version and the staff it signs in, writes password hashes and its own state, and becomes a
    /// staff login; as itself it reads no business table, no sealed account number, changes no
    /// staff role and writes no audit row in anyone's name.
    void theServerAccountHasOnlyWhatItNeeds()
    {
        auto server = asLogin(QStringLiteral("paydesk_server"));
        QVERIFY(server);
        for (const char* allowed :
             {"SELECT COUNT(*) FROM schema_migrations", "SELECT login, password_hash, is_active FROM staff",
              "SELECT COUNT(*) FROM refresh_tokens", "SELECT COUNT(*) FROM server_idempotency_keys",
              "UPDATE staff SET password_hash = password_hash WHERE FALSE"}) {
            QVERIFY2(attempt(*server, QString::fromLatin1(allowed)) == Outcome::Ok, allowed);
        }
        for (const char* refused :
             {"SELECT account_number_enc FROM cms_info", "SELECT COUNT(*) FROM payments", "SELECT COUNT(*) FROM users",
              "SELECT document_number FROM kyc_documents", "UPDATE staff SET role = 'hq_admin' WHERE FALSE",
              "INSERT INTO audit_log (actor, action, entity) VALUES ('someone.else', 'x', 'y')",
              "UPDATE settlements SET status = status WHERE FALSE"}) {
            QVERIFY2(attempt(*server, QString::fromLatin1(refused)) != Outcome::Ok, refused);
        }
        // It acts as a staff member, and then has exactly that member's rights.
        const QString center = loginOf(QStringLiteral("center_manager"));
        QVERIFY(run(*server, QStringLiteral("SELECT set_config('role', '%1', false)").arg(center)) == Outcome::Ok);
        QCOMPARE(count(*server, QStringLiteral("SELECT COUNT(*) FROM payments")),
                 count(*m_admin,
                       QStringLiteral("SELECT COUNT(*) FROM payments WHERE organization_id IN (%1)").arg(subtree())));
        QVERIFY(attempt(*server, QStringLiteral("SELECT account_number_enc FROM cms_info LIMIT 1")) != Outcome::Ok);
    }

    /// A center manager's reconciliation with a failure code takes its action under the manager's
    /// own grants (migrations 014, 027): the payment keeps the code and the contract is suspended,
    /// both audited as the manager; an auditor cannot apply a file.
    /// Dunning under the real grants (docs/DOMAIN.md, "Dunning"): a center manager's contact list
    /// holds only its own center's overdue members, each reminder is recorded under its login,
    /// and it cannot write a reminder for a member of another center; the auditor records none.
    void centerManagerRemindsItsOwnMembers()
    {
        auto auditor = as(QStringLiteral("auditor"));
        QVERIFY(auditor);
        auto refused = recordReminders(*auditor, ReminderRequest{{}, QStringLiteral("sms")});
        QVERIFY(!refused.ok() || refused.value().lines.isEmpty());
        auto manager = as(QStringLiteral("center_manager"));
        QVERIFY(manager);
        auto list = recordReminders(*manager, ReminderRequest{{}, QStringLiteral("letter")});
        QVERIFY2(list.ok(), qPrintable(list.error().message + QLatin1Char(' ') + list.error().detail));
        QVERIFY(!list.value().lines.isEmpty());
        QSqlQuery q(m_admin->database());
        for (const ContactLine& line : list.value().lines) {
            QVERIFY(q.exec(QStringLiteral("SELECT organization_id IN (%1) FROM parents WHERE id = %2")
                               .arg(subtree())
                               .arg(line.parentId)));
            QVERIFY(q.next());
            QVERIFY2(q.value(0).toBool(), qPrintable(QString::number(line.parentId)));
        }
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM member_reminders WHERE reminded_by <> '%1' AND parent_id "
                                      "IN (SELECT id FROM parents WHERE organization_id IN (%2))")
                           .arg(manager->actor(), subtree())));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT MIN(id) FROM parents WHERE organization_id NOT IN (%1)").arg(subtree())));
        QVERIFY(q.next());
        const qint64 outsider = q.value(0).toLongLong();
        q.finish();
        QVERIFY(!test::exec(*manager, QStringLiteral("INSERT INTO member_reminders (parent_id, channel, amount_owed, "
                                                     "months_owed) VALUES (%1, 'sms', 1, 1)")
                                          .arg(outsider)));
    }

    void centerManagerAppliesACodedFailure()
    {
        const QString month = QDate::currentDate().toString(QStringLiteral("yyyy-MM"));
        QSqlQuery q(m_admin->database());
        QVERIFY(q.exec(QStringLiteral("SELECT p.id, c.contract_id, p.amount, c.id FROM payments p JOIN cms_info c ON "
                                      "c.parent_id = p.parent_id WHERE p.status = 'pending' AND c.cms_status = "
                                      "'active' AND p.payment_month = '%1' AND p.organization_id IN (%2) ORDER BY p.id "
                                      "LIMIT 1")
                           .arg(month, subtree())));
        if (!q.next()) {
            QSKIP("no pending debit of an active contract this month in the demo center");
        }
        const qint64 paymentId = q.value(0).toLongLong();
        const qint64 contractId = q.value(3).toLongLong();
        const QString text = QStringLiteral("date,contract,amount,result\n%1,%2,%3,1001\n")
                                 .arg(QDate::currentDate().toString(Qt::ISODate), q.value(1).toString())
                                 .arg(q.value(2).toLongLong());
        q.finish();
        auto parsed = parseStatement(text.toUtf8(), QStringLiteral("roles-codes.csv"));
        QVERIFY(parsed.ok());
        const Statement st = parsed.value();
        for (const char* role : {"auditor", "center_manager"}) {
            auto s = as(QString::fromLatin1(role));
            QVERIFY(s);
            auto candidates =
                reconciliationCandidates(*s, ReconciliationQuery{m_centerId, st.candidateMonths(), st.sha256, {}});
            if (qstrcmp(role, "auditor") == 0) {
                // The auditor reads the ledger but cannot change it.
                QVERIFY(candidates.ok());
                const auto matches = matchStatement(st.lines, candidates.value().expected, {});
                auto refused =
                    applyReconciliation(*s, ReconciliationApply{m_centerId, st, matches, candidates.value().expected});
                QCOMPARE(refused.error().kind, Error::Kind::Permission);
                continue;
            }
            QVERIFY2(candidates.ok(), qPrintable(candidates.error().message));
            QVERIFY(!candidates.value().reasonCodes.isEmpty());
            const auto matches = matchStatement(st.lines, candidates.value().expected, {});
            QCOMPARE(int(matches[0].kind), int(MatchKind::MemberMonth));
            auto applied =
                applyReconciliation(*s, ReconciliationApply{m_centerId, st, matches, candidates.value().expected});
            QVERIFY2(applied.ok(), qPrintable(applied.error().message + QLatin1Char(' ') + applied.error().detail));
            QCOMPARE(applied.value().suspended, 1);
            QCOMPARE(applied.value().accountUpdates, 1);
        }
        const QString login = m_logins[2].login;
        QCOMPARE(test::value(*m_admin, QStringLiteral("SELECT failure_code FROM payments WHERE id = %1").arg(paymentId))
                     .toString(),
                 QStringLiteral("1001"));
        QCOMPARE(test::value(*m_admin, QStringLiteral("SELECT cms_status FROM cms_info WHERE id = %1").arg(contractId))
                     .toString(),
                 QStringLiteral("suspended"));
        QCOMPARE(count(*m_admin, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'cms.suspend' AND "
                                                "entity_id = %1 AND actor = '%2'")
                                     .arg(contractId)
                                     .arg(login)),
                 1);
    }

    /// Payments and invoices change state only along their steps, for every role, and an
    /// invoice belongs to its member's institution and payments.
    void paymentAndInvoiceStepsHoldForDirectLogins()
    {
        auto hq = as(QStringLiteral("hq_admin"));
        auto center = as(QStringLiteral("center_manager"));
        const QString visible = subtree();
        const qint64 paid = count(*m_admin, QStringLiteral("SELECT MIN(id) FROM payments WHERE status = 'success' AND "
                                                           "organization_id IN (%1)")
                                                .arg(visible));
        const qint64 pending =
            count(*m_admin, QStringLiteral("SELECT MIN(id) FROM payments WHERE status = 'pending' AND "
                                           "organization_id IN (%1)")
                                .arg(visible));
        QVERIFY(paid > 0 && pending > 0);
        for (SqlSession* s : {hq.get(), center.get()}) {
            for (const QString& sql :
                 {QStringLiteral("UPDATE payments SET status = 'pending', paid_at = NULL WHERE id = %1").arg(paid),
                  QStringLiteral(
                      "UPDATE payments SET status = 'success', paid_at = now() + interval '30 days' WHERE id "
                      "= %1")
                      .arg(pending),
                  QStringLiteral("UPDATE payments SET status = 'success', paid_at = NULL WHERE id = %1")
                      .arg(pending)}) {
                QVERIFY2(attempt(*s, sql) != Outcome::Ok, qPrintable(sql));
            }
        }
        QVERIFY(attempt(*hq, QStringLiteral("UPDATE payments SET organization_id = (SELECT MAX(id) FROM organizations) "
                                            "WHERE id = %1")
                                 .arg(pending)) != Outcome::Ok);
        // An invoice for one member pointing at another member's payment, or another institution.
        QSqlQuery q(m_admin->database());
        QVERIFY(q.exec(QStringLiteral("SELECT p.user_id, p.organization_id, (SELECT pm.id FROM payments pm JOIN "
                                      "parents o ON o.id = pm.parent_id WHERE o.user_id <> p.user_id LIMIT 1), (SELECT "
                                      "o.id FROM organizations o WHERE o.id <> p.organization_id AND o.org_type = "
                                      "'institution' LIMIT 1) FROM parents p ORDER BY p.id LIMIT 1")));
        QVERIFY(q.next());
        const QString member = q.value(0).toString();
        const QString org = q.value(1).toString();
        const QString othersPayment = q.value(2).toString();
        const QString otherOrg = q.value(3).toString();
        q.finish();
        const QString insert = QStringLiteral("INSERT INTO invoices (amount, address, user_id, organization_id, "
                                              "payment_id) VALUES (0.001, 'bitcoincash:qtest', %1, %2, %3)");
        QString message;
        QVERIFY(attempt(*hq, insert.arg(member, org, othersPayment), &message) != Outcome::Ok);
        QVERIFY2(message.contains(QStringLiteral("is not a payment of user")), qPrintable(message));
        QVERIFY(attempt(*hq, insert.arg(member, otherOrg, QStringLiteral("NULL")), &message) != Outcome::Ok);
        QVERIFY2(message.contains(QStringLiteral("is not the institution")), qPrintable(message));
        const qint64 confirmedInvoice =
            count(*m_admin, QStringLiteral("SELECT COALESCE(MIN(id), 0) FROM invoices WHERE status = 'confirmed'"));
        if (confirmedInvoice > 0) {
            QVERIFY(
                attempt(*hq,
                        QStringLiteral("UPDATE invoices SET status = 'pending' WHERE id = %1").arg(confirmedInvoice)) !=
                Outcome::Ok);
        }
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
