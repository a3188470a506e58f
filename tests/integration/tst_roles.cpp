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
#include "sql/SqlKyc.h"
#include "sql/SqlLists.h"
#include "sql/SqlSecurity.h"
#include "sql/SqlSession.h"

#include <QSqlError>
#include <QSqlQuery>
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

    /// Every role x table x statement, as migration 004 grants. Letters: S select, I insert,
    /// U update (of `column`), D delete; "-" refused.
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
        row("staff", "display_name", {"SIU-", "S---", "S---", "S---", "S---"});
        row("users", "email", {"SIUD", "S---", "S---", "S---", "S---"});
        row("wallets", "is_active", {"SIUD", "S---", "S---", "S---", "S---"});
        row("transactions", "status", {"SIUD", "S---", "S---", "S---", "S---"});
        row("kyc_documents", "verification_status", {"SIUD", "S---", "S---", "S-U-", "S---"});
        row("parents", "service_status", {"SIUD", "S---", "S---", "S---", "S---"});
        row("children", "name", {"SIUD", "S---", "S---", "S---", "S---"});
        row("cms_info", "cms_status", {"SIUD", "S---", "S---", "S---", "S---"});
        row("payments", "status", {"SIUD", "S-U-", "S-U-", "S---", "S---"});
        row("invoices", "status", {"SIUD", "S---", "S---", "----", "S---"});
        row("user_credits", "amount", {"SIUD", "S---", "S---", "----", "S---"});
        row("settlements", "status", {"SIUD", "SIU-", "SIU-", "----", "S---"});
        row("bch_accounts", "name", {"SIUD", "S---", "S---", "----", "S---"});
        row("kyc_settings", "sla_hours", {"SIU-", "S---", "S---", "S---", "S---"});
        row("reconciliation_imports", "file_name", {"SI--", "SI--", "SI--", "----", "S---"});
        row("reconciliation_lines", "note", {"SI--", "SI--", "SI--", "----", "S---"});
        row("audit_log", "reason", {"SI--", "SI--", "SI--", "SI--", "S---"});
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
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
