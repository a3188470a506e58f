// The administration lists on real databases (SQLite and PostgreSQL) over the demo data:
// members, wallets, transactions, organisations, staff and the audit log page through the same
// SQL as every list, their filters give what a direct query gives and refuse bad values in words;
// on PostgreSQL a change the owner makes with plain SQL (as psql would) gets an audit row with
// its before and after values, which the audit list finds by record and the detail shows as a
// diff; only headquarters and auditors read the staff directory, and it holds no password hash.

#include "Auth.h"
#include "FieldCipher.h"
#include "Money.h"
#include "TestSupport.h"
#include "sql/SqlLists.h"
#include "sql/SqlMembers.h"
#include "sql/SqlOrganizations.h"
#include "sql/SqlPayments.h"
#include "sql/SqlSecurity.h"
#include "sql/SqlSession.h"
#include "sql/SqlStaff.h"
#include "sql/SqlUsers.h"

#include <QtTest>

#include <functional>

using namespace pd;
using namespace pd::sql;

namespace {
using test::value;
const QDate kAsOf(2026, 10, 15);

/// Every row of `request`, paged 97 at a time; an error ends the test.
Result<QVector<QVariantList>> allRows(SqlSession& s, ListRequest request)
{
    request.limit = 97;
    QVector<QVariantList> out;
    for (int guard = 0; guard < 10000; ++guard) {
        auto page = listPage(s, request);
        if (!page.ok()) {
            return page.error();
        }
        out += page.value().rows;
        if (page.value().nextCursor.isEmpty()) {
            return out;
        }
        request.cursor = page.value().nextCursor;
    }
    return Error(Error::Kind::Internal, QStringLiteral("paging did not end"));
}

const DetailTable* tableOf(const DetailRecord& record, const QString& key)
{
    for (const DetailTable& t : record.tables) {
        if (t.key == key) {
            return &t;
        }
    }
    return nullptr;
}
} // namespace

class TestAdministration : public QObject
{
    Q_OBJECT

    test::DemoDatabases m_demo;
    QString m_suffix;

    std::unique_ptr<SqlSession> asLogin(const QString& login)
    {
        DatabaseUrl url = m_demo.url(Dialect::PostgreSQL);
        url.user = login;
        auto s = SqlSession::open(url, QStringLiteral("admin-") + login);
        return s.ok() ? std::move(s.value()) : nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        const QString failed = m_demo.prepare(QStringLiteral("administration"), kAsOf, 0.02);
        QVERIFY2(failed.isEmpty(), qPrintable(failed));
        if (SqlSession* pg = m_demo.session(Dialect::PostgreSQL)) {
            m_suffix = m_demo.url(Dialect::PostgreSQL).database.right(8);
            const QString center =
                value(*pg, QStringLiteral("SELECT MIN(code) FROM organizations WHERE org_type = 'center'")).toString();
            const QString hq =
                value(*pg, QStringLiteral("SELECT code FROM organizations WHERE org_type = 'hq'")).toString();
            QVERIFY(addStaff(*pg, QStringLiteral("t_adm_hq_") + m_suffix, QStringLiteral("hq_admin"), hq, QString(),
                             QString())
                        .ok());
            QVERIFY(addStaff(*pg, QStringLiteral("t_adm_hq2_") + m_suffix, QStringLiteral("hq_admin"), hq, QString(),
                             QString())
                        .ok());
            QVERIFY(addStaff(*pg, QStringLiteral("t_adm_center_") + m_suffix, QStringLiteral("center_manager"), center,
                             QString(), QString())
                        .ok());
        }
    }

    void cleanupTestCase()
    {
        if (m_suffix.isEmpty()) {
            return;
        }
        for (const char* prefix : {"t_adm_hq_", "t_adm_hq2_", "t_adm_center_", "t_adm_new_"}) {
            test::pgAdminExec(QStringLiteral("DROP ROLE IF EXISTS \"%1%2\"").arg(QLatin1String(prefix), m_suffix));
        }
    }

    /// The members list: every parent once, and its filters equal a direct count.
    void membersFiltersMatchDirectSql_data() { test::addDialectRows(); }
    void membersFiltersMatchDirectSql()
    {
        QFETCH(int, dialect);
        SqlSession* s = m_demo.session(Dialect(dialect));
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        ListRequest request;
        request.area = Area::Members;
        auto all = allRows(*s, request);
        QVERIFY2(all.ok(), qPrintable(all.error().message));
        QCOMPARE(qint64(all.value().size()), value(*s, QStringLiteral("SELECT COUNT(*) FROM parents")).toLongLong());
        const struct
        {
            const char* key;
            const char* value;
            const char* sql;
        } cases[] = {
            {"status", "paused", "SELECT COUNT(*) FROM parents WHERE service_status = 'paused'"},
            {"cms", "none",
             "SELECT COUNT(*) FROM parents pa WHERE NOT EXISTS (SELECT 1 FROM cms_info c WHERE "
             "c.parent_id = pa.id)"},
            {"cms", "active", "SELECT COUNT(*) FROM cms_info WHERE cms_status = 'active'"},
        };
        for (const auto& c : cases) {
            ListRequest filtered = request;
            filtered.filters.insert(QLatin1String(c.key), QLatin1String(c.value));
            auto rows = allRows(*s, filtered);
            QVERIFY2(rows.ok(), qPrintable(rows.error().message));
            QCOMPARE(qint64(rows.value().size()), value(*s, QLatin1String(c.sql)).toLongLong());
        }
        // A value outside the list is refused, naming the ones that exist.
        ListRequest bad = request;
        bad.filters.insert(QStringLiteral("cms"), QStringLiteral("frozen"));
        const Error refused = listPage(*s, bad).error();
        QCOMPARE(refused.kind, Error::Kind::Invalid);
        QVERIFY2(refused.message.contains(QStringLiteral("pending_registration")), qPrintable(refused.message));
    }

    /// The audit list's filters: record type and id, an action prefix compared exactly (an
    /// underscore is not a wildcard), and the actor.
    void auditFiltersAreExact_data() { test::addDialectRows(); }
    void auditFiltersAreExact()
    {
        QFETCH(int, dialect);
        SqlSession* s = m_demo.session(Dialect(dialect));
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        QVERIFY(test::exec(*s, QStringLiteral("INSERT INTO audit_log (actor, action, entity, entity_id, reason) "
                                              "VALUES ('t.auditor', 'kyc.claim', 'kyc_documents', 7, 'test'), "
                                              "('t.auditor', 'kycXclaim', 'kyc_documents', 7, 'test'), "
                                              "('t.other', 'kyc.release', 'kyc_documents', 8, 'test')")));
        ListRequest request;
        request.area = Area::AuditLog;
        request.filters = {{QStringLiteral("entity"), QStringLiteral("kyc_documents")},
                           {QStringLiteral("entity_id"), QStringLiteral("7")}};
        auto seven = allRows(*s, request);
        QVERIFY2(seven.ok(), qPrintable(seven.error().message));
        const qint64 direct =
            value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'kyc_documents' AND entity_id = 7"))
                .toLongLong();
        QCOMPARE(qint64(seven.value().size()), direct);
        QVERIFY(direct >= 2);
        request.filters = {{QStringLiteral("action"), QStringLiteral("kyc.")},
                           {QStringLiteral("actor"), QStringLiteral("t.auditor")}};
        auto prefixed = allRows(*s, request);
        QVERIFY2(prefixed.ok(), qPrintable(prefixed.error().message));
        QCOMPARE(prefixed.value().size(), 1); // not kycXclaim, not t.other's
        const int action = columnIndex(Area::AuditLog, QStringLiteral("action"));
        QCOMPARE(prefixed.value().front().at(action).toString(), QStringLiteral("kyc.claim"));
        request.filters = {{QStringLiteral("entity"), QStringLiteral("passwords")}};
        const Error refused = listPage(*s, request).error();
        QCOMPARE(refused.kind, Error::Kind::Invalid);
        QVERIFY2(refused.message.contains(QStringLiteral("\"passwords\"")), qPrintable(refused.message));
    }

    /// Wallets and transactions show the seed's exact amounts (NUMERIC with six decimals) as
    /// integer micro-units, and the currency of each row.
    void walletAndTransactionAmountsAreExact_data() { test::addDialectRows(); }
    void walletAndTransactionAmountsAreExact()
    {
        QFETCH(int, dialect);
        SqlSession* s = m_demo.session(Dialect(dialect));
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        ListRequest request;
        request.area = Area::Transactions;
        request.sortKey = QStringLiteral("amount");
        request.descending = true;
        request.limit = 1;
        auto page = listPage(*s, request);
        QVERIFY2(page.ok(), qPrintable(page.error().message));
        const QVariantList top = page.value().rows.front();
        const QString stored = value(*s, QStringLiteral("SELECT CAST(amount AS TEXT) FROM transactions WHERE id = %1")
                                             .arg(top.front().toLongLong()))
                                   .toString();
        QCOMPARE(top.at(columnIndex(Area::Transactions, QStringLiteral("amount"))).toLongLong(),
                 QString(stored).remove(QLatin1Char('.')).toLongLong());
        QCOMPARE(top.at(columnIndex(Area::Transactions, QStringLiteral("currency"))).toString(),
                 QStringLiteral("USDC"));
        auto detail = detailRecord(*s, Area::Transactions, top.front().toLongLong());
        QVERIFY2(detail.ok(), qPrintable(detail.error().message));
        QCOMPARE(detail.value().field(QStringLiteral("amount")).toLongLong(),
                 QString(stored).remove(QLatin1Char('.')).toLongLong());
    }

    /// psql as the owner: an UPDATE of a payment and of an organisation leaves an audit row under
    /// the owner's name with the changed columns before and after; a transaction that wrote its
    /// own audit row gets no second one; a bulk load (demo data) marks itself and is not audited.
    void ownerChangesOutsidePaydeskAreAudited()
    {
        SqlSession* s = m_demo.session(Dialect::PostgreSQL);
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        const qint64 payment =
            value(*s, QStringLiteral("SELECT MIN(id) FROM payments WHERE status = 'failed'")).toLongLong();
        QVERIFY(payment > 0);
        const QString before =
            value(*s, QStringLiteral("SELECT COALESCE(failure_reason, '') FROM payments WHERE id = %1").arg(payment))
                .toString();
        QVERIFY(test::exec(
            *s, QStringLiteral("UPDATE payments SET failure_reason = 'fixed by psql' WHERE id = %1").arg(payment)));
        ListRequest request;
        request.area = Area::AuditLog;
        request.filters = {{QStringLiteral("entity"), QStringLiteral("payments")},
                           {QStringLiteral("entity_id"), QString::number(payment)}};
        auto rows = allRows(*s, request);
        QVERIFY2(rows.ok(), qPrintable(rows.error().message));
        QCOMPARE(rows.value().size(), 1);
        const QVariantList row = rows.value().front();
        QCOMPARE(row.at(columnIndex(Area::AuditLog, QStringLiteral("action"))).toString(),
                 QStringLiteral("payments.direct_update"));
        QCOMPARE(row.at(columnIndex(Area::AuditLog, QStringLiteral("actor"))).toString(),
                 value(*s, QStringLiteral("SELECT current_user")).toString());
        auto detail = detailRecord(*s, Area::AuditLog, row.front().toLongLong());
        QVERIFY2(detail.ok(), qPrintable(detail.error().message));
        const DetailTable* changes = tableOf(detail.value(), QStringLiteral("changes"));
        QVERIFY(changes);
        bool found = false;
        for (const QVariantList& change : changes->rows) {
            if (change.at(0).toString() == QLatin1String("failure_reason")) {
                found = true;
                QCOMPARE(change.at(1).toString(), before);
                QCOMPARE(change.at(2).toString(), QStringLiteral("fixed by psql"));
            }
        }
        QVERIFY(found);

        // With its own audit row in the same transaction: no second row.
        const qint64 org =
            value(*s, QStringLiteral("SELECT MIN(id) FROM organizations WHERE org_type = 'institution'")).toLongLong();
        const qint64 audits = value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
        QVERIFY(s->begin().ok());
        QVERIFY(test::exec(*s, QStringLiteral("INSERT INTO audit_log (actor, action, entity, entity_id, reason) VALUES "
                                              "(current_user, 'organization.rename', 'organizations', %1, 'test')")
                                   .arg(org)));
        QVERIFY(test::exec(*s, QStringLiteral("UPDATE organizations SET name = name || ' ' WHERE id = %1").arg(org)));
        QVERIFY(s->commit().ok());
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(), audits + 1);

        // A bulk load by the owner is not audited row by row.
        QVERIFY(test::exec(*s, QStringLiteral("SELECT set_config('paydesk.bulk_load', 'on', false)")));
        QVERIFY(test::exec(*s, QStringLiteral("UPDATE organizations SET name = rtrim(name) WHERE id = %1").arg(org)));
        QVERIFY(test::exec(*s, QStringLiteral("RESET paydesk.bulk_load")));
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(), audits + 1);
    }

    /// The bulk-load mark is the owner's: a staff login that sets it is audited as before.
    void aStaffLoginCannotSkipTheAudit()
    {
        if (m_suffix.isEmpty()) {
            QSKIP("PostgreSQL is not available");
        }
        SqlSession* owner = m_demo.session(Dialect::PostgreSQL);
        auto hq = asLogin(QStringLiteral("t_adm_hq_") + m_suffix);
        QVERIFY(hq);
        const qint64 org = value(*owner, QStringLiteral("SELECT MAX(id) FROM organizations")).toLongLong();
        QVERIFY(test::exec(*hq, QStringLiteral("SELECT set_config('paydesk.bulk_load', 'on', false)")));
        QString error;
        QVERIFY2(test::exec(*hq,
                            QStringLiteral("UPDATE organizations SET settlement_fee_bp = 125 WHERE id = %1").arg(org),
                            &error),
                 qPrintable(error));
        QCOMPARE(value(*owner, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'organizations' AND "
                                              "entity_id = %1 AND action = 'organizations.direct_update' AND actor = "
                                              "'t_adm_hq_%2'")
                                   .arg(org)
                                   .arg(m_suffix))
                     .toLongLong(),
                 1);
    }

    /// Pausing, withdrawing and resuming a member: each with a reason and one audit row; no
    /// reason, a stale version, an unknown or unchanged status are refused in words and write
    /// nothing.
    void memberServiceChangesWithAReason_data() { test::addDialectRows(); }
    void memberServiceChangesWithAReason()
    {
        QFETCH(int, dialect);
        SqlSession* s = m_demo.session(Dialect(dialect));
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        const qint64 id =
            value(*s, QStringLiteral("SELECT MIN(id) FROM parents WHERE service_status = 'active'")).toLongLong();
        const int version = value(*s, QStringLiteral("SELECT version FROM parents WHERE id = %1").arg(id)).toInt();
        const qint64 audits = value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
        auto change = [&](const char* status, int v, const char* reason) {
            return changeMemberService(*s,
                                       MemberServiceChange{id, v, QLatin1String(status), QString::fromUtf8(reason)});
        };
        QCOMPARE(change("paused", version, " ").error().kind, Error::Kind::Invalid);
        QCOMPARE(change("asleep", version, "why").error().kind, Error::Kind::Invalid);
        QCOMPARE(change("active", version, "why").error().kind, Error::Kind::Invalid);
        QCOMPARE(change("paused", version + 5, "why").error().kind, Error::Kind::Conflict);
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(), audits);
        auto paused = change("paused", version, "여름 방학");
        QVERIFY2(paused.ok(), qPrintable(paused.error().message));
        QCOMPARE(value(*s, QStringLiteral("SELECT service_status FROM parents WHERE id = %1").arg(id)).toString(),
                 QStringLiteral("paused"));
        QCOMPARE(value(*s, QStringLiteral("SELECT reason FROM audit_log WHERE entity = 'parents' AND entity_id = %1 "
                                          "AND action = 'member.pause'")
                               .arg(id))
                     .toString(),
                 QStringLiteral("여름 방학"));
        // The old version is now a conflict that names the change.
        const Error stale = change("withdrawn", version, "why").error();
        QCOMPARE(stale.kind, Error::Kind::Conflict);
        QVERIFY2(stale.detail.contains(QStringLiteral("member.pause")), qPrintable(stale.detail));
        QVERIFY(change("active", version + 1, "back from holiday").ok());
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(), audits + 2);
    }

    /// A contract moves only along its steps, in the operation and in the database itself.
    void contractStatusFollowsItsSteps_data() { test::addDialectRows(); }
    void contractStatusFollowsItsSteps()
    {
        QFETCH(int, dialect);
        SqlSession* s = m_demo.session(Dialect(dialect));
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        const qint64 id =
            value(*s, QStringLiteral("SELECT MIN(id) FROM cms_info WHERE cms_status = 'active'")).toLongLong();
        QVERIFY(id > 0);
        auto version = [&]() {
            return value(*s, QStringLiteral("SELECT version FROM cms_info WHERE id = %1").arg(id)).toInt();
        };
        auto change = [&](const char* status) {
            return changeContractStatus(
                *s, ContractStatusChange{id, version(), QLatin1String(status), QStringLiteral("test")});
        };
        QCOMPARE(change("pending_registration").error().kind, Error::Kind::Invalid); // no way back
        QVERIFY(change("suspended").ok());
        QVERIFY(change("active").ok());
        QVERIFY(change("terminated").ok());
        const Error final = change("active").error();
        QCOMPARE(final.kind, Error::Kind::Invalid);
        QVERIFY2(final.message.contains(QStringLiteral("final")), qPrintable(final.message));
        QCOMPARE(value(*s, QStringLiteral("SELECT cms_status FROM cms_info WHERE id = %1").arg(id)).toString(),
                 QStringLiteral("terminated"));
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'cms_info' AND entity_id = %1 "
                                          "AND action IN ('cms.suspend', 'cms.activate', 'cms.terminate')")
                               .arg(id))
                     .toLongLong(),
                 3);
        // The database refuses the step too, whoever writes it.
        QVERIFY(!test::exec(*s, QStringLiteral("UPDATE cms_info SET cms_status = 'active' WHERE id = %1").arg(id)));
        QCOMPARE(value(*s, QStringLiteral("SELECT cms_status FROM cms_info WHERE id = %1").arg(id)).toString(),
                 QStringLiteral("terminated"));
    }

    /// Row-level security holds for the changes: a center manager changes its own members and
    /// cannot reach another center's (the row is not found for it, nothing changes).
    void aCenterManagerChangesOnlyItsMembers()
    {
        if (m_suffix.isEmpty()) {
            QSKIP("PostgreSQL is not available");
        }
        SqlSession* owner = m_demo.session(Dialect::PostgreSQL);
        const QString login = QStringLiteral("t_adm_center_") + m_suffix;
        const QString inSubtree = QStringLiteral(
            "SELECT MIN(pa.id) FROM parents pa JOIN organizations i ON i.id = pa.organization_id JOIN organizations c "
            "ON i.path LIKE c.path || '%' JOIN staff s ON s.organization_id = c.id WHERE s.login = '%1' AND "
            "pa.service_status = 'active'");
        const qint64 own = value(*owner, inSubtree.arg(login)).toLongLong();
        const qint64 other =
            value(*owner, QStringLiteral("SELECT MIN(id) FROM parents WHERE id NOT IN (%1)")
                              .arg(QString(inSubtree)
                                       .replace(QStringLiteral("MIN(pa.id)"), QStringLiteral("pa.id"))
                                       .replace(QStringLiteral(" AND pa.service_status = 'active'"), QString())
                                       .arg(login)))
                .toLongLong();
        QVERIFY(own > 0 && other > 0);
        auto manager = asLogin(login);
        QVERIFY(manager);
        auto versionOf = [&](qint64 id) {
            return value(*owner, QStringLiteral("SELECT version FROM parents WHERE id = %1").arg(id)).toInt();
        };
        auto done = changeMemberService(
            *manager, MemberServiceChange{own, versionOf(own), QStringLiteral("paused"), QStringLiteral("holiday")});
        QVERIFY2(done.ok(), qPrintable(done.error().message + QLatin1Char(' ') + done.error().detail));
        const QString before =
            value(*owner, QStringLiteral("SELECT service_status FROM parents WHERE id = %1").arg(other)).toString();
        QCOMPARE(changeMemberService(*manager, MemberServiceChange{other, versionOf(other), QStringLiteral("withdrawn"),
                                                                   QStringLiteral("not mine")})
                     .error()
                     .kind,
                 Error::Kind::NotFound);
        QCOMPARE(
            value(*owner, QStringLiteral("SELECT service_status FROM parents WHERE id = %1").arg(other)).toString(),
            before);
        // Only headquarters deactivates staff: the manager is refused before anything changes.
        const qint64 hqId =
            value(*owner, QStringLiteral("SELECT id FROM staff WHERE login = 't_adm_hq_%1'").arg(m_suffix))
                .toLongLong();
        const Error refused = setStaffActive(*manager, StaffActivation{hqId, 1, false, QStringLiteral("coup")}).error();
        QCOMPARE(refused.kind, Error::Kind::Permission);
    }

    /// Headquarters deactivates a staff login: it can no longer connect; reactivated, it can.
    void deactivatedStaffCannotConnect()
    {
        if (m_suffix.isEmpty()) {
            QSKIP("PostgreSQL is not available");
        }
        SqlSession* owner = m_demo.session(Dialect::PostgreSQL);
        const QString login = QStringLiteral("t_adm_center_") + m_suffix;
        auto hq = asLogin(QStringLiteral("t_adm_hq_") + m_suffix);
        QVERIFY(hq);
        const qint64 id =
            value(*owner, QStringLiteral("SELECT id FROM staff WHERE login = '%1'").arg(login)).toLongLong();
        auto versionOf = [&]() {
            return value(*owner, QStringLiteral("SELECT version FROM staff WHERE id = %1").arg(id)).toInt();
        };
        QCOMPARE(setStaffActive(*hq, StaffActivation{id, versionOf() + 3, false, QStringLiteral("left")}).error().kind,
                 Error::Kind::Conflict);
        auto done = setStaffActive(*hq, StaffActivation{id, versionOf(), false, QStringLiteral("left the team")});
        QVERIFY2(done.ok(), qPrintable(done.error().message + QLatin1Char(' ') + done.error().detail));
        QVERIFY(!asLogin(login));
        QCOMPARE(value(*owner, QStringLiteral("SELECT reason FROM audit_log WHERE entity = 'staff' AND entity_id = %1 "
                                              "AND action = 'staff.deactivate' ORDER BY id DESC LIMIT 1")
                                   .arg(id))
                     .toString(),
                 QStringLiteral("left the team"));
        QCOMPARE(setStaffActive(*hq, StaffActivation{id, versionOf(), false, QStringLiteral("again")}).error().kind,
                 Error::Kind::Invalid);
        QVERIFY(setStaffActive(*hq, StaffActivation{id, versionOf(), true, QStringLiteral("came back")}).ok());
        QVERIFY(asLogin(login));
    }

    /// Correcting a member: each malformed field, another user's e-mail or phone, an unknown
    /// organisation, a center and a closed institution are refused in words and write nothing;
    /// a good edit is stored and audited with the fields before and after.
    void memberEditsAreValidated_data() { test::addDialectRows(); }
    void memberEditsAreValidated()
    {
        QFETCH(int, dialect);
        SqlSession* s = m_demo.session(Dialect(dialect));
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        const QVariantList m = test::rows(*s, QStringLiteral("SELECT pa.id, pa.version, pa.organization_id, u.email "
                                                             "FROM parents pa JOIN users u ON u.id = pa.user_id "
                                                             "ORDER BY pa.id DESC LIMIT 1"))
                                   .value(0);
        const qint64 id = m.value(0).toLongLong();
        const int version = m.value(1).toInt();
        const qint64 institution = m.value(2).toLongLong();
        const QString otherEmail =
            value(*s, QStringLiteral("SELECT email FROM users WHERE id = (SELECT MIN(id) FROM users)")).toString();
        const qint64 center =
            value(*s, QStringLiteral("SELECT MIN(id) FROM organizations WHERE org_type = 'center'")).toLongLong();
        const qint64 closed = value(*s, QStringLiteral("SELECT MAX(id) FROM organizations WHERE org_type = "
                                                       "'institution' AND id <> %1")
                                            .arg(institution))
                                  .toLongLong();
        QVERIFY(test::exec(*s, QStringLiteral("UPDATE organizations SET is_active = FALSE WHERE id = %1").arg(closed)));
        const MemberEdit good{id,
                              version,
                              QStringLiteral("김"),
                              QStringLiteral("하늘"),
                              QStringLiteral("010-2222-3333"),
                              QStringLiteral("haneul.kim@example.kr"),
                              institution,
                              QStringLiteral("주소록 정정")};
        const qint64 audits = value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong();
        const struct
        {
            const char* field;
            std::function<void(MemberEdit&)> spoil;
            const char* says;
        } bad[] = {
            {"last name", [](MemberEdit& e) { e.lastName = QStringLiteral("  "); }, "last"},
            {"phone", [](MemberEdit& e) { e.phone = QStringLiteral("010-12-34"); }, "010-1234-5678"},
            {"phone letters", [](MemberEdit& e) { e.phone = QStringLiteral("+1-555-CALL"); }, "phone"},
            {"e-mail", [](MemberEdit& e) { e.email = QStringLiteral("haneul@"); }, "name@example.com"},
            {"duplicate e-mail", [&](MemberEdit& e) { e.email = otherEmail; }, "belongs to user"},
            {"unknown organisation", [](MemberEdit& e) { e.institutionId = 999999; }, "no organisation"},
            {"a center", [&](MemberEdit& e) { e.institutionId = center; }, "not an institution"},
            {"closed", [&](MemberEdit& e) { e.institutionId = closed; }, "closed"},
            {"reason", [](MemberEdit& e) { e.reason.clear(); }, "reason"},
        };
        for (const auto& b : bad) {
            MemberEdit edit = good;
            b.spoil(edit);
            const Error refused = updateMember(*s, edit).error();
            QVERIFY2(refused.kind == Error::Kind::Invalid, b.field);
            QVERIFY2(refused.message.contains(QLatin1String(b.says)), qPrintable(refused.message));
        }
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toLongLong(), audits);
        QCOMPARE(value(*s, QStringLiteral("SELECT u.email FROM parents pa JOIN users u ON u.id = pa.user_id WHERE "
                                          "pa.id = %1")
                               .arg(id))
                     .toString(),
                 m.value(3).toString());
        MemberEdit stale = good;
        stale.version = version + 4;
        QCOMPARE(updateMember(*s, stale).error().kind, Error::Kind::Conflict);
        auto done = updateMember(*s, good);
        QVERIFY2(done.ok(), qPrintable(done.error().message + QLatin1Char(' ') + done.error().detail));
        QCOMPARE(value(*s, QStringLiteral("SELECT u.last_name || u.first_name || ' ' || u.phone || ' ' || u.email FROM "
                                          "parents pa JOIN users u ON u.id = pa.user_id WHERE pa.id = %1")
                               .arg(id))
                     .toString(),
                 QStringLiteral("김하늘 010-2222-3333 haneul.kim@example.kr"));
        QVERIFY(value(*s, QStringLiteral("SELECT after_data FROM audit_log WHERE entity = 'users' AND action = "
                                         "'user.update' ORDER BY id DESC LIMIT 1"))
                    .toString()
                    .contains(QStringLiteral("haneul.kim@example.kr")));
        // The database refuses a closed institution too, whoever writes.
        QVERIFY(!test::exec(
            *s, QStringLiteral("UPDATE parents SET organization_id = %1 WHERE id = %2").arg(closed).arg(id)));
        QVERIFY(test::exec(*s, QStringLiteral("UPDATE organizations SET is_active = TRUE WHERE id = %1").arg(closed)));
    }

    /// Enrolling a member: each bad field is refused in words and writes nothing; a good one
    /// makes the user, the membership and the first child with an audit row each; children are
    /// added, corrected and marked as no longer attending (never deleted), with stale versions
    /// refused.
    void membersAreEnrolledWithTheirChildren_data() { test::addDialectRows(); }
    void membersAreEnrolledWithTheirChildren()
    {
        QFETCH(int, dialect);
        SqlSession* s = m_demo.session(Dialect(dialect));
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        const qint64 institution =
            value(*s, QStringLiteral("SELECT MIN(id) FROM organizations WHERE org_type = 'institution' AND is_active"))
                .toLongLong();
        const qint64 center =
            value(*s, QStringLiteral("SELECT MIN(id) FROM organizations WHERE org_type = 'center'")).toLongLong();
        const QVariantList other =
            test::rows(*s, QStringLiteral("SELECT email, phone, id FROM users WHERE phone IS NOT NULL ORDER BY id "
                                          "LIMIT 1"))
                .value(0);
        const QString suffix = QString::number(dialect);
        MemberDraft good;
        good.lastName = QStringLiteral("박");
        good.firstName = QStringLiteral("서연");
        good.phone = QStringLiteral("010-7000-100") + suffix;
        good.email = QStringLiteral("seoyeon.park%1@example.kr").arg(suffix);
        good.institutionId = institution;
        good.enrolledOn = QDate(2026, 3, 2);
        good.childName = QStringLiteral("박지우");
        good.childBirthDate = QDate(2021, 5, 14);
        good.childClass = QStringLiteral("햇님반");
        good.reason = QStringLiteral("입소 신청서");
        const QString counts = QStringLiteral("SELECT (SELECT COUNT(*) FROM users) || '/' || (SELECT COUNT(*) FROM "
                                              "parents) || '/' || (SELECT COUNT(*) FROM children) || '/' || (SELECT "
                                              "COUNT(*) FROM audit_log)");
        const QString before = value(*s, counts).toString();
        const struct
        {
            const char* field;
            std::function<void(MemberDraft&)> spoil;
            const char* says;
        } bad[] = {
            {"first name", [](MemberDraft& d) { d.firstName = QStringLiteral("\t\n"); }, "first"},
            {"phone", [](MemberDraft& d) { d.phone = QStringLiteral("01070001000"); }, "010-1234-5678"},
            {"e-mail", [](MemberDraft& d) { d.email = QStringLiteral("seoyeon at example.kr"); }, "name@example.com"},
            {"duplicate e-mail", [&](MemberDraft& d) { d.email = other.value(0).toString(); }, "belongs to user"},
            {"duplicate phone", [&](MemberDraft& d) { d.phone = other.value(1).toString(); }, "belongs to user"},
            {"unknown organisation", [](MemberDraft& d) { d.institutionId = 999999; }, "no organisation"},
            {"a center", [&](MemberDraft& d) { d.institutionId = center; }, "not an institution"},
            {"enrolment date", [](MemberDraft& d) { d.enrolledOn = QDate(1999, 12, 31); }, "enrolment date"},
            {"country", [](MemberDraft& d) { d.countryCode = QStringLiteral("Korea"); }, "country code"},
            {"child's birth date", [](MemberDraft& d) { d.childBirthDate = QDate::currentDate().addDays(3); },
             "birth date"},
            {"child's name", [](MemberDraft& d) { d.childName = QString(101, QLatin1Char('x')); }, "child's name"},
            {"reason", [](MemberDraft& d) { d.reason = QStringLiteral("  "); }, "reason"},
        };
        for (const auto& b : bad) {
            MemberDraft draft = good;
            b.spoil(draft);
            const Error refused = createMember(*s, draft).error();
            QVERIFY2(refused.kind == Error::Kind::Invalid, b.field);
            QVERIFY2(refused.message.contains(QLatin1String(b.says)), qPrintable(refused.message));
        }
        QCOMPARE(value(*s, counts).toString(), before);

        auto made = createMember(*s, good);
        QVERIFY2(made.ok(), qPrintable(made.error().message + QLatin1Char(' ') + made.error().detail));
        const CreatedMember m = made.value();
        QVERIFY(m.memberId > 0 && m.userId > 0 && m.childId > 0);
        QCOMPARE(value(*s, QStringLiteral("SELECT u.last_name || u.first_name || ' ' || u.email || ' ' || "
                                          "pa.service_status || ' ' || pa.enrolled_at || ' ' || pa.organization_id "
                                          "FROM parents pa JOIN users u ON u.id = pa.user_id WHERE pa.id = %1")
                               .arg(m.memberId))
                     .toString(),
                 QStringLiteral("박서연 %1 active 2026-03-02 %2").arg(good.email).arg(institution));
        QCOMPARE(value(*s, QStringLiteral("SELECT name || ' ' || birth_date || ' ' || class_name FROM children WHERE "
                                          "id = %1 AND parent_id = %2")
                               .arg(m.childId)
                               .arg(m.memberId))
                     .toString(),
                 QStringLiteral("박지우 2021-05-14 햇님반"));
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE reason = '입소 신청서' AND ((entity = "
                                          "'users' AND entity_id = %1 AND action = 'user.create') OR (entity = "
                                          "'parents' AND entity_id = %2 AND action = 'member.create') OR (entity = "
                                          "'children' AND entity_id = %3 AND action = 'child.create'))")
                               .arg(m.userId)
                               .arg(m.memberId)
                               .arg(m.childId))
                     .toInt(),
                 3);
        // The same e-mail again is a duplicate now.
        QVERIFY(createMember(*s, good).error().message.contains(QStringLiteral("user #%1").arg(m.userId)));

        // A second child, then a correction and the first child leaving.
        ChildEdit second{0,
                         m.memberId,
                         0,
                         QStringLiteral("박도윤"),
                         QDate(2023, 1, 9),
                         QString(),
                         true,
                         QStringLiteral("동생 입소")};
        auto added = addChild(*s, second);
        QVERIFY2(added.ok(), qPrintable(added.error().message + QLatin1Char(' ') + added.error().detail));
        ChildEdit missing = second;
        missing.memberId = 999999;
        QCOMPARE(addChild(*s, missing).error().kind, Error::Kind::NotFound);
        const int version =
            value(*s, QStringLiteral("SELECT version FROM children WHERE id = %1").arg(m.childId)).toInt();
        ChildEdit leaves{m.childId,
                         m.memberId,
                         version,
                         QStringLiteral("박지우"),
                         QDate(2021, 5, 14),
                         QStringLiteral("달님반"),
                         false,
                         QStringLiteral("졸업")};
        ChildEdit stale = leaves;
        stale.version = version + 3;
        QCOMPARE(updateChild(*s, stale).error().kind, Error::Kind::Conflict);
        auto left = updateChild(*s, leaves);
        QVERIFY2(left.ok(), qPrintable(left.error().message + QLatin1Char(' ') + left.error().detail));
        QCOMPARE(updateChild(*s, leaves).error().kind, Error::Kind::Conflict); // the version moved on
        leaves.version = version + 1;
        QVERIFY(updateChild(*s, leaves).error().message.contains(QLatin1String("Nothing changed")));
        QCOMPARE(
            value(*s,
                  QStringLiteral("SELECT class_name || ' ' || is_active FROM children WHERE id = %1").arg(m.childId))
                .toString(),
            dialect == int(Dialect::SQLite) ? QStringLiteral("달님반 0") : QStringLiteral("달님반 false"));
        const QString diff = value(*s, QStringLiteral("SELECT action || ' ' || before_data || ' ' || after_data FROM "
                                                      "audit_log WHERE entity = 'children' AND entity_id = %1 ORDER "
                                                      "BY id DESC LIMIT 1")
                                           .arg(m.childId))
                                 .toString();
        QVERIFY2(diff.startsWith(QLatin1String("child.deactivate")) && diff.contains(QStringLiteral("햇님반")) &&
                     diff.contains(QStringLiteral("달님반")),
                 qPrintable(diff));
        QCOMPARE(
            value(*s, QStringLiteral("SELECT COUNT(*) FROM children WHERE parent_id = %1").arg(m.memberId)).toInt(), 2);
        // A withdrawn member takes no new child, in the code and (PostgreSQL) in the database.
        QVERIFY(test::exec(
            *s, QStringLiteral("UPDATE parents SET service_status = 'withdrawn' WHERE id = %1").arg(m.memberId)));
        QVERIFY(addChild(*s, second).error().message.contains(QLatin1String("withdrawn")));
        if (dialect == int(Dialect::PostgreSQL)) {
            QVERIFY(!test::exec(
                *s, QStringLiteral("INSERT INTO children (parent_id, name) VALUES (%1, 'x')").arg(m.memberId)));
        }
    }

    /// A center manager enrols members into its own subtree only (row-level security decides);
    /// elsewhere it is refused and nothing is written.
    void aCenterManagerEnrolsOnlyIntoItsSubtree()
    {
        if (m_suffix.isEmpty()) {
            QSKIP("PostgreSQL is not available");
        }
        SqlSession* owner = m_demo.session(Dialect::PostgreSQL);
        const QString login = QStringLiteral("t_adm_center_") + m_suffix;
        const QString subtree =
            QStringLiteral(
                "SELECT i.id FROM organizations i JOIN organizations c ON i.path LIKE c.path || '%' JOIN staff s ON "
                "s.organization_id = c.id WHERE s.login = '%1' AND i.org_type = 'institution' AND i.is_active")
                .arg(login);
        const qint64 own = value(*owner, QStringLiteral("SELECT MIN(id) FROM (%1) x").arg(subtree)).toLongLong();
        const qint64 elsewhere = value(*owner, QStringLiteral("SELECT MIN(id) FROM organizations WHERE org_type = "
                                                              "'institution' AND is_active AND id NOT IN (%1)")
                                                   .arg(subtree))
                                     .toLongLong();
        QVERIFY(own > 0 && elsewhere > 0);
        auto manager = asLogin(login);
        QVERIFY(manager);
        MemberDraft draft;
        draft.lastName = QStringLiteral("Lee");
        draft.firstName = QStringLiteral("Mina");
        draft.countryCode = QStringLiteral("US");
        draft.email = QStringLiteral("mina.lee.center@example.com");
        draft.institutionId = elsewhere;
        draft.childName = QStringLiteral("Lee Joon");
        draft.reason = QStringLiteral("walk-in enrolment");
        const qint64 users = value(*owner, QStringLiteral("SELECT COUNT(*) FROM users")).toLongLong();
        const Error refused = createMember(*manager, draft).error();
        QVERIFY2(refused.kind == Error::Kind::Permission && refused.message.contains(QLatin1String("not in your part")),
                 qPrintable(refused.message));
        QCOMPARE(value(*owner, QStringLiteral("SELECT COUNT(*) FROM users")).toLongLong(), users);
        // An e-mail another center's user has: the manager cannot see who, but is told what.
        const QString elsewhereEmail =
            value(*owner,
                  QStringLiteral("SELECT MIN(u.email) FROM users u WHERE u.organization_id NOT IN (%1)").arg(subtree))
                .toString();
        QVERIFY(!elsewhereEmail.isEmpty());
        draft.institutionId = own;
        MemberDraft taken = draft;
        taken.email = elsewhereEmail;
        const Error duplicate = createMember(*manager, taken).error();
        QVERIFY2(duplicate.kind == Error::Kind::Invalid &&
                     duplicate.message.contains(QStringLiteral("%1 belongs to another user").arg(elsewhereEmail)),
                 qPrintable(duplicate.message));
        QCOMPARE(value(*owner, QStringLiteral("SELECT COUNT(*) FROM users")).toLongLong(), users);
        auto made = createMember(*manager, draft);
        QVERIFY2(made.ok(), qPrintable(made.error().message + QLatin1Char(' ') + made.error().detail));
        // A US member's name reads given name first, as the lists write it.
        QCOMPARE(detailRecord(*owner, Area::Members, made.value().memberId).value().title, QStringLiteral("Mina Lee"));
        QCOMPARE(value(*owner, QStringLiteral("SELECT actor FROM audit_log WHERE entity = 'parents' AND entity_id = "
                                              "%1 AND action = 'member.create'")
                                   .arg(made.value().memberId))
                     .toString(),
                 login);
        // The manager registers the new member's contract; it cannot read the sealed number back.
        QTemporaryDir dir;
        const QString keyFile = dir.filePath(QStringLiteral("field.key"));
        QVERIFY(FieldCipher::createKeyFile(keyFile).ok());
        ContractTerms terms;
        terms.memberId = made.value().memberId;
        terms.bankCode = QStringLiteral("090");
        terms.accountHolder = QStringLiteral("Mina Lee");
        terms.accountNumber = QStringLiteral("3333-01-2345678");
        terms.paymentDay = 15;
        terms.monthlyAmount = 150000;
        terms.reason = QStringLiteral("CMS form");
        auto registered = registerContract(*manager, terms, keyFile);
        QVERIFY2(registered.ok(),
                 qPrintable(registered.error().message + QLatin1Char(' ') + registered.error().detail));
        QVERIFY(!test::exec(
            *manager,
            QStringLiteral("SELECT account_number_enc FROM cms_info WHERE id = %1").arg(registered.value().id)));
        QCOMPARE(
            value(*owner, QStringLiteral("SELECT account_last4 FROM cms_info WHERE id = %1").arg(registered.value().id))
                .toString(),
            QStringLiteral("5678"));
        // No audit row was written by the database on the manager's behalf: the console wrote its own.
        QCOMPARE(value(*owner, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity_id = %1 AND entity = "
                                              "'children' AND action LIKE '%direct%'")
                                   .arg(made.value().childId))
                     .toString(),
                 QStringLiteral("0"));
    }

    /// Registering an auto-debit contract and changing its terms: every bad field refused in
    /// words with nothing written; the account number stored only sealed (it opens with the key
    /// for its own contract id) and never in the audit log; stale versions, terminated contracts
    /// and a missing key refused; after a termination a new contract takes the row.
    void contractsAreRegisteredAndChanged_data() { test::addDialectRows(); }
    void contractsAreRegisteredAndChanged()
    {
        QFETCH(int, dialect);
        SqlSession* s = m_demo.session(Dialect(dialect));
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        QTemporaryDir dir;
        const QString keyFile = dir.filePath(QStringLiteral("field.key"));
        auto cipher = FieldCipher::createKeyFile(keyFile);
        QVERIFY(cipher.ok());
        const qint64 member =
            value(*s, QStringLiteral("SELECT MIN(pa.id) FROM parents pa WHERE pa.service_status = 'active' AND NOT "
                                     "EXISTS (SELECT 1 FROM cms_info c WHERE c.parent_id = pa.id)"))
                .toLongLong();
        const qint64 withContract =
            value(*s, QStringLiteral("SELECT MIN(c.parent_id) FROM cms_info c JOIN parents pa ON pa.id = "
                                     "c.parent_id WHERE c.cms_status = 'active' AND "
                                     "pa.service_status = 'active'"))
                .toLongLong();
        QVERIFY(member > 0 && withContract > 0);
        ContractTerms good;
        good.memberId = member;
        good.bankCode = QStringLiteral("088");
        good.accountHolder = QStringLiteral("김하늘");
        good.accountNumber = QStringLiteral("110-123-456789");
        good.paymentDay = 10;
        good.monthlyAmount = 180000;
        good.reason = QStringLiteral("CMS 신청서");
        const QString counts = QStringLiteral("SELECT (SELECT COUNT(*) FROM cms_info) || '/' || (SELECT COUNT(*) "
                                              "FROM audit_log)");
        const QString before = value(*s, counts).toString();
        const struct
        {
            const char* field;
            std::function<void(ContractTerms&)> spoil;
            const char* says;
        } bad[] = {
            {"bank", [](ContractTerms& t) { t.bankCode = QStringLiteral("999"); }, "bank"},
            {"holder", [](ContractTerms& t) { t.accountHolder.clear(); }, "holder"},
            {"account letters", [](ContractTerms& t) { t.accountNumber = QStringLiteral("110-ABC-456789"); },
             "not an account number"},
            {"account short", [](ContractTerms& t) { t.accountNumber = QStringLiteral("12345"); },
             "not an account number"},
            {"no account", [](ContractTerms& t) { t.accountNumber.clear(); }, "account number"},
            {"day", [](ContractTerms& t) { t.paymentDay = 31; }, "1 to 28"},
            {"amount", [](ContractTerms& t) { t.monthlyAmount = 0; }, "won"},
            {"reason", [](ContractTerms& t) { t.reason.clear(); }, "reason"},
            {"has one", [&](ContractTerms& t) { t.memberId = withContract; }, "already"},
        };
        for (const auto& b : bad) {
            ContractTerms terms = good;
            b.spoil(terms);
            const Error refused = registerContract(*s, terms, keyFile).error();
            QVERIFY2(refused.kind == Error::Kind::Invalid, b.field);
            QVERIFY2(refused.message.contains(QLatin1String(b.says)), qPrintable(refused.message));
        }
        QVERIFY(registerContract(*s, good, QString()).error().message.contains(QLatin1String("field key")));
        QCOMPARE(value(*s, counts).toString(), before);

        auto made = registerContract(*s, good, keyFile);
        QVERIFY2(made.ok(), qPrintable(made.error().message + QLatin1Char(' ') + made.error().detail));
        const qint64 id = made.value().id;
        auto stored = [&]() {
            return test::rows(*s, QStringLiteral("SELECT contract_id, bank_code, bank_name, account_last4, "
                                                 "payment_day, monthly_amount, cms_status, account_number_enc, "
                                                 "version FROM cms_info WHERE id = %1")
                                      .arg(id))
                .value(0);
        };
        QVariantList row = stored();
        QCOMPARE(row.value(0).toString(), made.value().contractId);
        QCOMPARE(row.value(1).toString() + row.value(2).toString() + row.value(3).toString(),
                 QStringLiteral("088신한은행6789"));
        QCOMPARE(row.value(4).toInt(), 10);
        QCOMPARE(row.value(5).toLongLong(), 180000);
        QCOMPARE(row.value(6).toString(), QStringLiteral("pending_registration"));
        auto opened = cipher.value().open(row.value(7).toByteArray(),
                                          QByteArray("cms_info.account_number:") + row.value(0).toString().toUtf8());
        QVERIFY(opened.ok());
        QCOMPARE(opened.value(), QByteArray("110123456789"));
        QCOMPARE(
            value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'cms_info' AND (CAST(after_data AS "
                                     "TEXT) LIKE '%123456789%' OR CAST(before_data AS TEXT) LIKE '%123456789%')"))
                .toString(),
            QStringLiteral("0"));
        QVERIFY(value(*s, QStringLiteral("SELECT after_data FROM audit_log WHERE entity = 'cms_info' AND entity_id = "
                                         "%1 AND action = 'cms.register'")
                              .arg(id))
                    .toString()
                    .contains(QStringLiteral("6789")));

        // Changing the terms: a new day and amount, then a new account.
        ContractTerms change = good;
        change.id = id;
        change.version = row.value(8).toInt();
        change.accountNumber.clear();
        QVERIFY(changeContractTerms(*s, change, keyFile).error().message.contains(QLatin1String("Nothing changed")));
        change.paymentDay = 25;
        change.monthlyAmount = 200000;
        ContractTerms stale = change;
        stale.version += 5;
        QCOMPARE(changeContractTerms(*s, stale, keyFile).error().kind, Error::Kind::Conflict);
        auto changed = changeContractTerms(*s, change, keyFile);
        QVERIFY2(changed.ok(), qPrintable(changed.error().message + QLatin1Char(' ') + changed.error().detail));
        row = stored();
        QCOMPARE(row.value(4).toInt(), 25);
        QCOMPARE(row.value(3).toString(), QStringLiteral("6789")); // the account is unchanged
        change.version = row.value(8).toInt();
        change.bankCode = QStringLiteral("004");
        change.accountNumber = QStringLiteral("123456-01-987654");
        QVERIFY(changeContractTerms(*s, change, QString()).error().message.contains(QLatin1String("field key")));
        QVERIFY(changeContractTerms(*s, change, keyFile).ok());
        row = stored();
        QCOMPARE(row.value(2).toString() + row.value(3).toString(), QStringLiteral("KB국민은행7654"));
        QCOMPARE(cipher.value()
                     .open(row.value(7).toByteArray(),
                           QByteArray("cms_info.account_number:") + row.value(0).toString().toUtf8())
                     .value(),
                 QByteArray("12345601987654"));
        const QString diff =
            value(*s, QStringLiteral(
                          "SELECT CAST(before_data AS TEXT) || ' ' || CAST(after_data AS TEXT) FROM audit_log WHERE "
                          "entity = 'cms_info' AND entity_id = %1 AND action = "
                          "'cms.change_terms' ORDER BY id DESC LIMIT 1")
                          .arg(id))
                .toString();
        QVERIFY2(diff.contains(QLatin1String("088")) && diff.contains(QLatin1String("004")) &&
                     !diff.contains(QLatin1String("987654")),
                 qPrintable(diff));

        // Terminated: the terms are final, and a new registration takes the row with a new id.
        QVERIFY(changeContractStatus(*s, ContractStatusChange{id, row.value(8).toInt(), QStringLiteral("terminated"),
                                                              QStringLiteral("account closed")})
                    .ok());
        change.version = stored().value(8).toInt();
        change.paymentDay = 5;
        QVERIFY(changeContractTerms(*s, change, keyFile).error().message.contains(QLatin1String("terminated")));
        QVERIFY(!test::exec(*s, QStringLiteral("UPDATE cms_info SET cms_status = 'active' WHERE id = %1").arg(id)));
        auto again = registerContract(*s, good, keyFile);
        QVERIFY2(again.ok(), qPrintable(again.error().message + QLatin1Char(' ') + again.error().detail));
        QCOMPARE(again.value().id, id);
        QVERIFY(again.value().contractId != made.value().contractId);
        QCOMPARE(stored().value(6).toString(), QStringLiteral("pending_registration"));
    }

    /// Growing the tree: a region, a center below it and an institution below that, each one
    /// level below its parent with its path; bad codes, duplicates, closed or institution
    /// parents refused. Moving: an institution to another center and a center (with its
    /// subtree) to another region rewrite every path below, each audited; a move to the wrong
    /// level or under itself is refused, by the database too.
    void organisationsAreCreatedAndMoved_data() { test::addDialectRows(); }
    void organisationsAreCreatedAndMoved()
    {
        QFETCH(int, dialect);
        SqlSession* s = m_demo.session(Dialect(dialect));
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        const qint64 root =
            value(*s, QStringLiteral("SELECT id FROM organizations WHERE parent_id IS NULL")).toLongLong();
        const qint64 institution =
            value(*s, QStringLiteral("SELECT MIN(id) FROM organizations WHERE org_type = 'institution'")).toLongLong();
        const qint64 otherCenter =
            value(*s, QStringLiteral("SELECT MAX(id) FROM organizations WHERE org_type = 'center'")).toLongLong();
        const qint64 otherRegion =
            value(*s, QStringLiteral("SELECT MAX(id) FROM organizations WHERE org_type = 'region'")).toLongLong();
        const QString existingCode =
            value(*s, QStringLiteral("SELECT code FROM organizations WHERE id = %1").arg(institution)).toString();
        const qint64 before = value(*s, QStringLiteral("SELECT COUNT(*) FROM organizations")).toLongLong();
        const QString reason = QStringLiteral("새 지역 개설");
        auto create = [&](qint64 parent, const QString& code, const QString& name) {
            return createOrganization(*s, OrganizationDraft{parent, code, name, reason});
        };
        QVERIFY(create(root, QStringLiteral("r west"), QStringLiteral("서부"))
                    .error()
                    .message.contains(QLatin1String("not an organisation code")));
        QVERIFY(
            create(root, existingCode, QStringLiteral("서부")).error().message.contains(QLatin1String("belongs to")));
        QVERIFY(create(institution, QStringLiteral("X-1"), QStringLiteral("x"))
                    .error()
                    .message.contains(QLatin1String("nothing goes below an institution")));
        QVERIFY(create(root, QStringLiteral("R-WEST-%1").arg(dialect), QString())
                    .error()
                    .message.contains(QLatin1String("name")));
        QCOMPARE(create(999999, QStringLiteral("R-NONE"), QStringLiteral("x")).error().kind, Error::Kind::Invalid);
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM organizations")).toLongLong(), before);

        auto region = create(root, QStringLiteral("R-WEST-%1").arg(dialect), QStringLiteral("서부지역"));
        QVERIFY2(region.ok(), qPrintable(region.error().message + QLatin1Char(' ') + region.error().detail));
        QCOMPARE(region.value().orgType, QStringLiteral("region"));
        auto center = create(region.value().id, QStringLiteral("C-WEST-%1").arg(dialect), QStringLiteral("서부센터"));
        QVERIFY(center.ok());
        QCOMPARE(center.value().orgType, QStringLiteral("center"));
        auto inst =
            create(center.value().id, QStringLiteral("I-WEST-%1").arg(dialect), QStringLiteral("서부 어린이집"));
        QVERIFY(inst.ok());
        QCOMPARE(inst.value().path, center.value().path + QString::number(inst.value().id) + QLatin1Char('/'));
        QCOMPARE(
            value(*s, QStringLiteral("SELECT path FROM organizations WHERE id = %1").arg(inst.value().id)).toString(),
            inst.value().path);
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'organization.create' AND "
                                          "entity_id IN (%1, %2, %3)")
                               .arg(region.value().id)
                               .arg(center.value().id)
                               .arg(inst.value().id))
                     .toInt(),
                 3);
        // A closed parent takes nothing new.
        const int centerVersion = [&] {
            return value(*s, QStringLiteral("SELECT version FROM organizations WHERE id = %1").arg(center.value().id))
                .toInt();
        }();
        QVERIFY(changeOrganization(
                    *s,
                    OrganizationChange{
                        center.value().id, centerVersion, QStringLiteral("close"), {}, QStringLiteral("not yet"), 0})
                    .ok());
        QVERIFY(create(center.value().id, QStringLiteral("I-WEST-X%1").arg(dialect), QStringLiteral("x"))
                    .error()
                    .message.contains(QLatin1String("closed")));
        QVERIFY(changeOrganization(
                    *s,
                    OrganizationChange{
                        center.value().id, centerVersion + 1, QStringLiteral("reopen"), {}, QStringLiteral("now"), 0})
                    .ok());

        auto version = [&](qint64 id) {
            return value(*s, QStringLiteral("SELECT version FROM organizations WHERE id = %1").arg(id)).toInt();
        };
        auto move = [&](qint64 id, qint64 parent) {
            return changeOrganization(
                *s, OrganizationChange{id, version(id), QStringLiteral("move"), {}, QStringLiteral("재편"), parent});
        };
        QVERIFY(move(inst.value().id, otherRegion).error().message.contains(QLatin1String("goes under")));
        QVERIFY(move(inst.value().id, center.value().id).error().message.contains(QLatin1String("already")));
        QVERIFY(move(root, region.value().id).error().message.contains(QLatin1String("does not move")));
        QVERIFY(move(region.value().id, inst.value().id).error().message.contains(QLatin1String("below it")));
        QCOMPARE(changeOrganization(*s, OrganizationChange{inst.value().id,
                                                           version(inst.value().id) + 3,
                                                           QStringLiteral("move"),
                                                           {},
                                                           QStringLiteral("x"),
                                                           otherCenter})
                     .error()
                     .kind,
                 Error::Kind::Conflict);
        // The institution to another center.
        auto moved = move(inst.value().id, otherCenter);
        QVERIFY2(moved.ok(), qPrintable(moved.error().message + QLatin1Char(' ') + moved.error().detail));
        const QString otherCenterPath =
            value(*s, QStringLiteral("SELECT path FROM organizations WHERE id = %1").arg(otherCenter)).toString();
        QCOMPARE(value(*s, QStringLiteral("SELECT parent_id || ' ' || path FROM organizations WHERE id = %1")
                               .arg(inst.value().id))
                     .toString(),
                 QStringLiteral("%1 %2%3/").arg(otherCenter).arg(otherCenterPath).arg(inst.value().id));
        // Back under the new center, then the center with its institution to another region.
        QVERIFY(move(inst.value().id, center.value().id).ok());
        QVERIFY(move(center.value().id, otherRegion).ok());
        const QString regionPath =
            value(*s, QStringLiteral("SELECT path FROM organizations WHERE id = %1").arg(otherRegion)).toString();
        const QString newCenterPath = regionPath + QString::number(center.value().id) + QLatin1Char('/');
        QCOMPARE(
            value(*s, QStringLiteral("SELECT path FROM organizations WHERE id = %1").arg(inst.value().id)).toString(),
            newCenterPath + QString::number(inst.value().id) + QLatin1Char('/'));
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'organization.move_below' AND "
                                          "entity_id = %1")
                               .arg(inst.value().id))
                     .toInt(),
                 1);
        // The database keeps the shape whoever writes.
        QVERIFY(!test::exec(*s, QStringLiteral("UPDATE organizations SET parent_id = %1 WHERE id = %2")
                                    .arg(institution)
                                    .arg(inst.value().id)));
    }

    /// Fee rates by month: a center's own rate from a month on is used by that month's
    /// settlement (and not by earlier ones); a month with a confirmed settlement takes no new
    /// rate; bad months and rates are refused.
    void feeRatesApplyFromTheirMonth_data() { test::addDialectRows(); }
    void feeRatesApplyFromTheirMonth()
    {
        QFETCH(int, dialect);
        SqlSession* s = m_demo.session(Dialect(dialect));
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        const QVariantList pick =
            test::rows(
                *s,
                QStringLiteral(
                    "SELECT c.id, p.payment_month FROM payments p JOIN organizations i ON i.id = p.organization_id "
                    "JOIN "
                    "organizations c ON c.id = i.parent_id WHERE p.status = 'success' AND NOT EXISTS (SELECT 1 FROM "
                    "settlements st WHERE st.organization_id = c.id AND st.status IN ('confirmed', 'paid') AND "
                    "st.settlement_month >= p.payment_month) GROUP BY c.id, p.payment_month ORDER BY p.payment_month "
                    "DESC, "
                    "c.id LIMIT 1"))
                .value(0);
        QVERIFY2(!pick.isEmpty(), "no unsettled center month with payments");
        const qint64 center = pick.value(0).toLongLong();
        const QString month = pick.value(1).toString().trimmed();
        const QString previous = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate)
                                     .addMonths(-1)
                                     .toString(QStringLiteral("yyyy-MM"));
        auto fee = [&](const QString& m) {
            auto run = runSettlements(*s, SettlementRun{m, center});
            if (!run.ok()) {
                return QVariantList{run.error().message};
            }
            return test::rows(*s, QStringLiteral("SELECT gross_amount, fee_amount, status FROM settlements WHERE "
                                                 "organization_id = %1 AND settlement_month = '%2'")
                                      .arg(center)
                                      .arg(m))
                .value(0);
        };
        const QVariantList at250 = fee(month);
        QCOMPARE(at250.value(1).toLongLong(), settlementFee(at250.value(0).toLongLong(), 250));
        for (const auto& bad :
             {FeeRateChange{center, QStringLiteral("2026-13"), 300, QStringLiteral("x")},
              FeeRateChange{center, month, 10001, QStringLiteral("x")}, FeeRateChange{center, month, 300, QString()}}) {
            QCOMPARE(setFeeRate(*s, bad).error().kind, Error::Kind::Invalid);
        }
        const qint64 institution =
            value(*s, QStringLiteral("SELECT MIN(id) FROM organizations WHERE parent_id = %1").arg(center))
                .toLongLong();
        QVERIFY(setFeeRate(*s, FeeRateChange{institution, month, 300, QStringLiteral("x")})
                    .error()
                    .message.contains(QLatin1String("institution")));
        auto rates = [&]() -> QString {
            const auto read = detailRecord(*s, Area::Organizations, center);
            if (!read.ok()) {
                return read.error().message + QLatin1Char(' ') + read.error().detail;
            }
            const DetailRecord record = read.value();
            return record.field(QStringLiteral("settlement_fee_bp")).toString() + QLatin1Char('/') +
                   record.field(QStringLiteral("own_fee_bp")).toString();
        };
        QCOMPARE(rates(), QStringLiteral("250/")); // inherited from headquarters, none of its own
        auto set = setFeeRate(*s, FeeRateChange{center, month, 400, QStringLiteral("새 계약 요율")});
        QVERIFY2(set.ok(), qPrintable(set.error().message + QLatin1Char(' ') + set.error().detail));
        QCOMPARE(rates(), QStringLiteral("400/400")); // the month is past: in force now
        const QVariantList at400 = fee(month);
        QCOMPARE(at400.value(0).toLongLong(), at250.value(0).toLongLong());
        QCOMPARE(at400.value(1).toLongLong(), settlementFee(at400.value(0).toLongLong(), 400));
        QVERIFY(at400.value(1).toLongLong() != at250.value(1).toLongLong() || at250.value(0).toLongLong() == 0);
        if (dialect == int(Dialect::PostgreSQL)) {
            QCOMPARE(value(*s, QStringLiteral("SELECT paydesk_fee_rate_at(%1, '%2') || '/' || paydesk_fee_rate_at(%1, "
                                              "'%3')")
                                   .arg(center)
                                   .arg(month, previous))
                         .toString(),
                     QStringLiteral("400/250"));
        }
        QVERIFY(value(*s, QStringLiteral("SELECT after_data FROM audit_log WHERE action = 'organization.fee_rate' AND "
                                         "entity_id = %1 ORDER BY id DESC LIMIT 1")
                              .arg(center))
                    .toString()
                    .contains(QStringLiteral("400")));
        // Confirmed: the month's fee is settled and takes no new rate, in the code and (PostgreSQL) the database.
        const QVariantList settlement = test::rows(*s, QStringLiteral("SELECT id, version FROM settlements WHERE "
                                                                      "organization_id = %1 AND settlement_month = "
                                                                      "'%2'")
                                                           .arg(center)
                                                           .arg(month))
                                            .value(0);
        auto confirmed = changeSettlement(*s, SettlementChange{settlement.value(0).toLongLong(),
                                                               settlement.value(1).toInt(),
                                                               SettlementChange::Action::Confirm,
                                                               {}});
        QVERIFY2(confirmed.ok(), qPrintable(confirmed.error().message));
        const Error refused = setFeeRate(*s, FeeRateChange{center, month, 500, QStringLiteral("too late")}).error();
        QVERIFY2(refused.message.contains(QLatin1String("confirmed")), qPrintable(refused.message));
        if (dialect == int(Dialect::PostgreSQL)) {
            QVERIFY(!test::exec(*s, QStringLiteral("INSERT INTO organization_fee_rates (organization_id, "
                                                   "effective_month, fee_bp) VALUES (%1, '%2', 500)")
                                        .arg(center)
                                        .arg(month)));
        }
        QVERIFY(!test::exec(
            *s, QStringLiteral("UPDATE organization_fee_rates SET fee_bp = 1 WHERE organization_id = %1").arg(center)));
    }

    /// Headquarters adds a staff member, changes its role and organisation and sets its server
    /// password: bad input refused in words with nothing written; on PostgreSQL the login exists
    /// with only its role's group role, a role change holds at once, nobody changes their own
    /// role, and a center manager may do none of it. No password reaches the audit log.
    void staffAreAddedAndChanged_data() { test::addDialectRows(); }
    void staffAreAddedAndChanged()
    {
        QFETCH(int, dialect);
        const bool postgres = dialect == int(Dialect::PostgreSQL);
        SqlSession* owner = m_demo.session(Dialect(dialect));
        if (!owner) {
            QSKIP("PostgreSQL is not available");
        }
        std::unique_ptr<SqlSession> hqLogin = postgres ? asLogin(QStringLiteral("t_adm_hq_") + m_suffix) : nullptr;
        SqlSession* s = postgres ? hqLogin.get() : owner;
        QVERIFY(s);
        const qint64 center =
            value(*owner, QStringLiteral("SELECT MIN(id) FROM organizations WHERE org_type = 'center'")).toLongLong();
        const qint64 hq =
            value(*owner, QStringLiteral("SELECT id FROM organizations WHERE parent_id IS NULL")).toLongLong();
        const QString login = postgres ? QStringLiteral("t_adm_new_") + m_suffix : QStringLiteral("park.center");
        const QString secret = QStringLiteral("correct horse battery staple");
        StaffDraft good{login,  QStringLiteral("박센터장"),      QStringLiteral("center_manager"), center, QString(),
                        secret, QStringLiteral("새 센터장 부임")};
        const qint64 staff = value(*owner, QStringLiteral("SELECT COUNT(*) FROM staff")).toLongLong();
        const struct
        {
            const char* field;
            std::function<void(StaffDraft&)> spoil;
            const char* says;
        } bad[] = {
            {"login", [](StaffDraft& d) { d.login = QStringLiteral("Park Center"); }, "not a login"},
            {"role", [](StaffDraft& d) { d.role = QStringLiteral("boss"); }, "not a role"},
            {"password", [](StaffDraft& d) { d.serverPassword = QStringLiteral("short"); }, "12 to 200"},
            {"organisation", [](StaffDraft& d) { d.organizationId = 999999; }, "open organisation"},
            {"reason", [](StaffDraft& d) { d.reason.clear(); }, "reason"},
            {"existing login", [](StaffDraft& d) { d.login = QStringLiteral("hq.admin"); }, "already"},
        };
        for (const auto& b : bad) {
            StaffDraft draft = good;
            b.spoil(draft);
            const Error refused = addStaffMember(*s, draft).error();
            QVERIFY2(refused.kind == Error::Kind::Invalid, b.field);
            QVERIFY2(refused.message.contains(QLatin1String(b.says)), qPrintable(refused.message));
        }
        if (!postgres) {
            StaffDraft withDatabasePassword = good;
            withDatabasePassword.databasePassword = secret;
            QVERIFY(addStaffMember(*s, withDatabasePassword).error().message.contains(QLatin1String("SQLite")));
        }
        QCOMPARE(value(*owner, QStringLiteral("SELECT COUNT(*) FROM staff")).toLongLong(), staff);

        auto added = addStaffMember(*s, good);
        QVERIFY2(added.ok(), qPrintable(added.error().message + QLatin1Char(' ') + added.error().detail));
        const qint64 id = added.value().id;
        const QString hash =
            value(*owner, QStringLiteral("SELECT password_hash FROM staff WHERE id = %1").arg(id)).toString();
        QVERIFY(auth::verifyPassword(secret, hash));
        QCOMPARE(value(*owner,
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'staff' AND (CAST(after_data AS "
                                      "TEXT) LIKE '%horse%' OR CAST(after_data AS TEXT) LIKE '%pbkdf2%')"))
                     .toString(),
                 QStringLiteral("0"));
        if (postgres) {
            QCOMPARE(value(*owner, QStringLiteral("SELECT pg_has_role('%1', 'paydesk_center_manager', 'MEMBER')::text "
                                                  "|| ' ' || (SELECT rolcanlogin FROM pg_roles WHERE rolname = '%1')")
                                       .arg(login))
                         .toString(),
                     QStringLiteral("true true"));
            auto newcomer = asLogin(login);
            QVERIFY(newcomer);
            QCOMPARE(value(*newcomer, QStringLiteral("SELECT paydesk_staff_role()")).toString(),
                     QStringLiteral("center_manager"));
            // A center manager administers no staff.
            auto manager = asLogin(QStringLiteral("t_adm_center_") + m_suffix);
            QVERIFY(manager);
            StaffDraft other = good;
            other.login = QStringLiteral("t_adm_never_") + m_suffix;
            QCOMPARE(addStaffMember(*manager, other).error().kind, Error::Kind::Permission);
            QCOMPARE(
                value(*owner, QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = '%1'").arg(other.login))
                    .toInt(),
                0);
        }

        auto version = [&]() {
            return value(*owner, QStringLiteral("SELECT version FROM staff WHERE id = %1").arg(id)).toInt();
        };
        const StaffEdit stale{id, version() + 2, QString(), QStringLiteral("kyc_reviewer"), hq, QStringLiteral("x")};
        QCOMPARE(changeStaff(*s, stale).error().kind, Error::Kind::Conflict);
        QVERIFY(changeStaff(*s, StaffEdit{id, version(), QString(), QStringLiteral("center_manager"), center,
                                          QStringLiteral("x")})
                    .error()
                    .message.contains(QLatin1String("Nothing changed")));
        auto changed = changeStaff(
            *s, StaffEdit{id, version(), QString(), QStringLiteral("kyc_reviewer"), hq, QStringLiteral("KYC 팀 이동")});
        QVERIFY2(changed.ok(), qPrintable(changed.error().message + QLatin1Char(' ') + changed.error().detail));
        QCOMPARE(value(*owner, QStringLiteral("SELECT role || ' ' || organization_id FROM staff WHERE id = %1").arg(id))
                     .toString(),
                 QStringLiteral("kyc_reviewer %1").arg(hq));
        if (postgres) {
            QCOMPARE(value(*owner, QStringLiteral("SELECT pg_has_role('%1', 'paydesk_center_manager', 'MEMBER')::text "
                                                  "|| ' ' || pg_has_role('%1', 'paydesk_kyc_reviewer', 'MEMBER')::text")
                                       .arg(login))
                         .toString(),
                     QStringLiteral("false true"));
            // Nobody changes their own role.
            const QVariantList me = test::rows(*owner, QStringLiteral("SELECT id, version FROM staff WHERE login = "
                                                                      "'t_adm_hq_%1'")
                                                           .arg(m_suffix))
                                        .value(0);
            const Error own = changeStaff(*s, StaffEdit{me.value(0).toLongLong(), me.value(1).toInt(), QString(),
                                                        QStringLiteral("auditor"), hq, QStringLiteral("x")})
                                  .error();
            QVERIFY2(own.message.contains(QLatin1String("own role")), qPrintable(own.message));
        }

        QVERIFY(setServerPassword(*s, StaffPassword{id, version(), QStringLiteral("1234"), QStringLiteral("x")})
                    .error()
                    .message.contains(QLatin1String("12 to 200")));
        const QString fresh = QStringLiteral("새 비밀번호는 열두 글자 이상");
        auto reset = setServerPassword(*s, StaffPassword{id, version(), fresh, QStringLiteral("잊어버림")});
        QVERIFY2(reset.ok(), qPrintable(reset.error().message + QLatin1Char(' ') + reset.error().detail));
        const QString newHash =
            value(*owner, QStringLiteral("SELECT password_hash FROM staff WHERE id = %1").arg(id)).toString();
        QVERIFY(auth::verifyPassword(fresh, newHash) && !auth::verifyPassword(secret, newHash));
        QCOMPARE(value(*owner, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'staff' AND entity_id = "
                                              "%1 AND action IN ('staff.add', 'staff.change', "
                                              "'staff.server_password')")
                                   .arg(id))
                     .toInt(),
                 3);
    }

    /// Renaming, closing and reopening an organisation: each with a reason and an audit row; a
    /// closed institution takes no new member; the root is never closed.
    void organisationsRenameCloseAndReopen_data() { test::addDialectRows(); }
    void organisationsRenameCloseAndReopen()
    {
        QFETCH(int, dialect);
        SqlSession* s = m_demo.session(Dialect(dialect));
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        const qint64 root =
            value(*s, QStringLiteral("SELECT id FROM organizations WHERE parent_id IS NULL")).toLongLong();
        const qint64 inst =
            value(*s, QStringLiteral("SELECT MIN(id) FROM organizations WHERE org_type = 'institution'")).toLongLong();
        auto version = [&](qint64 id) {
            return value(*s, QStringLiteral("SELECT version FROM organizations WHERE id = %1").arg(id)).toInt();
        };
        auto change = [&](qint64 id, const char* action, const QString& name = {}) {
            return changeOrganization(
                *s, OrganizationChange{id, version(id), QLatin1String(action), name, QStringLiteral("test")});
        };
        const QString audited =
            QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'organizations' AND "
                           "entity_id = %1 AND action IN ('organization.rename', 'organization.close', "
                           "'organization.reopen')");
        const qint64 before = value(*s, audited.arg(inst)).toLongLong();
        QCOMPARE(change(root, "close").error().kind, Error::Kind::Invalid);
        QCOMPARE(change(inst, "rename", QStringLiteral("  ")).error().kind, Error::Kind::Invalid);
        QCOMPARE(change(inst, "demolish").error().kind, Error::Kind::Invalid);
        QCOMPARE(change(inst, "reopen").error().kind, Error::Kind::Invalid); // open already
        QCOMPARE(changeOrganization(
                     *s, OrganizationChange{inst, version(inst) + 3, QStringLiteral("close"), {}, QStringLiteral("x")})
                     .error()
                     .kind,
                 Error::Kind::Conflict);
        auto renamed = change(inst, "rename", QStringLiteral("새솔 어린이집"));
        QVERIFY2(renamed.ok(), qPrintable(renamed.error().message + QLatin1Char(' ') + renamed.error().detail));
        QCOMPARE(value(*s, QStringLiteral("SELECT name FROM organizations WHERE id = %1").arg(inst)).toString(),
                 QStringLiteral("새솔 어린이집"));
        auto closed = change(inst, "close");
        QVERIFY2(closed.ok(), qPrintable(closed.error().message + QLatin1Char(' ') + closed.error().detail));
        // A member cannot be moved into it now.
        const QVariantList m = test::rows(*s, QStringLiteral("SELECT pa.id, pa.version, u.last_name, u.first_name, "
                                                             "u.phone, u.email FROM parents pa JOIN users u ON u.id = "
                                                             "pa.user_id WHERE pa.organization_id <> %1 ORDER BY pa.id "
                                                             "LIMIT 1")
                                                  .arg(inst))
                                   .value(0);
        const Error refused =
            updateMember(*s, MemberEdit{m.value(0).toLongLong(), m.value(1).toInt(), m.value(2).toString(),
                                        m.value(3).toString(), m.value(4).toString(), m.value(5).toString(), inst,
                                        QStringLiteral("move")})
                .error();
        QCOMPARE(refused.kind, Error::Kind::Invalid);
        QVERIFY2(refused.message.contains(QStringLiteral("closed")), qPrintable(refused.message));
        QVERIFY(change(inst, "reopen").ok());
        QCOMPARE(value(*s, audited.arg(inst)).toLongLong(), before + 3);
    }

    /// A manual credit within the four-eyes limit is credited at once (ledger row, balance
    /// after); above it, it waits, the requester cannot approve it (nor can a direct UPDATE), and
    /// a rejection needs a note and credits nothing.
    void manualCreditsWithFourEyes_data() { test::addDialectRows(); }
    void manualCreditsWithFourEyes()
    {
        QFETCH(int, dialect);
        SqlSession* s = m_demo.session(Dialect(dialect));
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        const qint64 user = value(*s, QStringLiteral("SELECT MAX(id) FROM users")).toLongLong();
        auto balance = [&]() {
            return value(*s, QStringLiteral("SELECT COALESCE((SELECT CAST(balance_after AS TEXT) FROM user_credits "
                                            "WHERE user_id = %1 ORDER BY id DESC LIMIT 1), '0')")
                                 .arg(user))
                .toString();
        };
        auto sats = [](const QString& decimal) {
            return Money::fromDecimal(decimal, Currency::BCH).value_or(Money(-1, Currency::BCH)).minorUnits();
        };
        const qint64 before = sats(balance());
        QCOMPARE(requestManualCredit(*s, ManualCreditRequest{user, 0, QStringLiteral("x")}).error().kind,
                 Error::Kind::Invalid);
        QCOMPARE(requestManualCredit(*s, ManualCreditRequest{user, 1000, QStringLiteral(" ")}).error().kind,
                 Error::Kind::Invalid);
        QCOMPARE(requestManualCredit(*s, ManualCreditRequest{999999999, 1000, QStringLiteral("x")}).error().kind,
                 Error::Kind::NotFound);
        auto small = requestManualCredit(*s, ManualCreditRequest{user, 123456, QStringLiteral("event reward")});
        QVERIFY2(small.ok(), qPrintable(small.error().message + QLatin1Char(' ') + small.error().detail));
        QCOMPARE(small.value().status, QStringLiteral("approved"));
        QVERIFY(small.value().creditId > 0);
        QCOMPARE(sats(balance()), before + 123456);
        QCOMPARE(
            value(*s,
                  QStringLiteral("SELECT transaction_type FROM user_credits WHERE id = %1").arg(small.value().creditId))
                .toString(),
            QStringLiteral("manual_credit"));

        auto big = requestManualCredit(*s, ManualCreditRequest{user, -30000000, QStringLiteral("double credit")});
        QVERIFY2(big.ok(), qPrintable(big.error().message));
        QCOMPARE(big.value().status, QStringLiteral("pending"));
        QCOMPARE(sats(balance()), before + 123456);
        const qint64 id = big.value().requestId;
        const Error own =
            decideCreditRequest(*s, CreditDecision{id, 1, true, QStringLiteral("looks fine to me")}).error();
        QCOMPARE(own.kind, Error::Kind::Permission);
        QVERIFY2(own.message.contains(QStringLiteral("four-eyes")), qPrintable(own.message));
        // Nor around the operation: the file refuses the requester's own approval (on PostgreSQL
        // the owner is not limited; aSecondAdminApprovesALargeCredit tries it as a login).
        if (Dialect(dialect) == Dialect::SQLite) {
            QVERIFY(!test::exec(*s, QStringLiteral("UPDATE credit_requests SET status = 'approved', decided_by = "
                                                   "requested_by WHERE id = %1")
                                        .arg(id)));
        }
        QCOMPARE(decideCreditRequest(*s, CreditDecision{id, 1, false, QStringLiteral(" ")}).error().kind,
                 Error::Kind::Invalid);
        QCOMPARE(decideCreditRequest(*s, CreditDecision{id, 5, false, QStringLiteral("no")}).error().kind,
                 Error::Kind::Conflict);
        QVERIFY(decideCreditRequest(*s, CreditDecision{id, 1, false, QStringLiteral("no receipt")}).ok());
        QCOMPARE(value(*s, QStringLiteral("SELECT status FROM credit_requests WHERE id = %1").arg(id)).toString(),
                 QStringLiteral("rejected"));
        QCOMPARE(decideCreditRequest(*s, CreditDecision{id, 2, true, QStringLiteral("again")}).error().kind,
                 Error::Kind::Invalid);
        QCOMPARE(sats(balance()), before + 123456);
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = 'credit_requests' AND "
                                          "entity_id = %1")
                               .arg(id))
                     .toLongLong(),
                 2); // asked, rejected
    }

    /// The four-eyes limit: headquarters raises it (audited with the reason), a request that was
    /// above the old limit is then credited at once; out-of-range values and stale versions are
    /// refused.
    void theFourEyesLimitIsASetting_data() { test::addDialectRows(); }
    void theFourEyesLimitIsASetting()
    {
        QFETCH(int, dialect);
        SqlSession* s = m_demo.session(Dialect(dialect));
        if (!s) {
            QSKIP("PostgreSQL is not available");
        }
        auto now = creditSettings(*s);
        QVERIFY2(now.ok(), qPrintable(now.error().message));
        CreditSettings raise = now.value();
        raise.fourEyesSats = 50000000;
        raise.reason = QStringLiteral("quarterly review");
        CreditSettings negative = raise;
        negative.fourEyesSats = -1;
        QCOMPARE(setCreditSettings(*s, negative).error().kind, Error::Kind::Invalid);
        CreditSettings stale = raise;
        stale.version += 3;
        QCOMPARE(setCreditSettings(*s, stale).error().kind, Error::Kind::Conflict);
        auto raised = setCreditSettings(*s, raise);
        QVERIFY2(raised.ok(), qPrintable(raised.error().message + QLatin1Char(' ') + raised.error().detail));
        QCOMPARE(raised.value().fourEyesSats, qint64(50000000));
        QCOMPARE(raised.value().version, now.value().version + 1);
        const qint64 user = value(*s, QStringLiteral("SELECT MIN(id) FROM users")).toLongLong();
        auto credited = requestManualCredit(*s, ManualCreditRequest{user, 30000000, QStringLiteral("refund")});
        QVERIFY2(credited.ok(), qPrintable(credited.error().message));
        QCOMPARE(credited.value().status, QStringLiteral("approved"));
        QCOMPARE(value(*s, QStringLiteral("SELECT reason FROM audit_log WHERE action = 'credit.settings' ORDER BY id "
                                          "DESC LIMIT 1"))
                     .toString(),
                 QStringLiteral("quarterly review"));
        CreditSettings back = raised.value();
        back.fourEyesSats = now.value().fourEyesSats;
        back.reason = QStringLiteral("back");
        QVERIFY(setCreditSettings(*s, back).ok());
    }

    /// On PostgreSQL the second pair of eyes is another headquarters login; the requester can
    /// neither approve nor write the ledger row itself.
    void aSecondAdminApprovesALargeCredit()
    {
        if (m_suffix.isEmpty()) {
            QSKIP("PostgreSQL is not available");
        }
        SqlSession* owner = m_demo.session(Dialect::PostgreSQL);
        auto first = asLogin(QStringLiteral("t_adm_hq_") + m_suffix);
        auto second = asLogin(QStringLiteral("t_adm_hq2_") + m_suffix);
        QVERIFY(first && second);
        const qint64 user = value(*owner, QStringLiteral("SELECT MIN(id) FROM users")).toLongLong();
        auto asked = requestManualCredit(*first, ManualCreditRequest{user, 40000000, QStringLiteral("refund")});
        QVERIFY2(asked.ok(), qPrintable(asked.error().message + QLatin1Char(' ') + asked.error().detail));
        QCOMPARE(asked.value().status, QStringLiteral("pending"));
        const qint64 id = asked.value().requestId;
        QCOMPARE(
            value(*owner, QStringLiteral("SELECT requested_by FROM credit_requests WHERE id = %1").arg(id)).toString(),
            QStringLiteral("t_adm_hq_") + m_suffix);
        QCOMPARE(decideCreditRequest(*first, CreditDecision{id, 1, true, QStringLiteral("mine")}).error().kind,
                 Error::Kind::Permission);
        QVERIFY(!test::exec(*first,
                            QStringLiteral("UPDATE credit_requests SET status = 'approved' WHERE id = %1").arg(id)));
        QVERIFY(!test::exec(*first, QStringLiteral("INSERT INTO user_credits (user_id, username, amount, "
                                                   "transaction_type) VALUES (%1, 'x', 0.4, 'manual_credit')")
                                        .arg(user)));
        auto approved = decideCreditRequest(*second, CreditDecision{id, 1, true, QStringLiteral("checked")});
        QVERIFY2(approved.ok(), qPrintable(approved.error().message + QLatin1Char(' ') + approved.error().detail));
        const QVariantList row =
            test::rows(*owner, QStringLiteral("SELECT r.status, r.decided_by, c.amount::text, "
                                              "c.transaction_type FROM credit_requests r JOIN "
                                              "user_credits c ON c.id = r.credit_id WHERE r.id = %1")
                                   .arg(id))
                .value(0);
        QCOMPARE(row.value(0).toString(), QStringLiteral("approved"));
        QCOMPARE(row.value(1).toString(), QStringLiteral("t_adm_hq2_") + m_suffix);
        QCOMPARE(row.value(2).toString(), QStringLiteral("0.40000000"));
        QCOMPARE(row.value(3).toString(), QStringLiteral("manual_credit"));
    }

    /// The staff directory: headquarters sees whether a server password is set, never the hash;
    /// a center manager may not read it at all; nobody deletes a staff row or any business row.
    void staffDirectoryIsHeadquarters()
    {
        if (m_suffix.isEmpty()) {
            QSKIP("PostgreSQL is not available");
        }
        SqlSession* owner = m_demo.session(Dialect::PostgreSQL);
        const QString center = QStringLiteral("t_adm_center_") + m_suffix;
        QVERIFY(
            test::exec(*owner, QStringLiteral("UPDATE staff SET password_hash = 'x' WHERE login = '%1'").arg(center)));
        auto hq = asLogin(QStringLiteral("t_adm_hq_") + m_suffix);
        QVERIFY(hq);
        ListRequest request;
        request.area = Area::Staff;
        request.filters = {{QStringLiteral("q"), center}};
        auto rows = allRows(*hq, request);
        QVERIFY2(rows.ok(), qPrintable(rows.error().message));
        QCOMPARE(rows.value().size(), 1);
        QCOMPARE(rows.value().front().at(columnIndex(Area::Staff, QStringLiteral("server_password"))).toBool(), true);
        QCOMPARE(rows.value().front().at(columnIndex(Area::Staff, QStringLiteral("role"))).toString(),
                 QStringLiteral("center_manager"));
        auto detail = detailRecord(*hq, Area::Staff, rows.value().front().front().toLongLong());
        QVERIFY2(detail.ok(), qPrintable(detail.error().message));
        for (const DetailField& field : detail.value().fields) {
            QVERIFY(!field.key.contains(QStringLiteral("hash")));
        }
        auto manager = asLogin(center);
        QVERIFY(manager);
        request.filters.clear();
        QCOMPARE(listPage(*manager, request).error().kind, Error::Kind::Permission);
        // Members: the center manager's rows are its subtree's only (row-level security).
        ListRequest members;
        members.area = Area::Members;
        auto own = allRows(*manager, members);
        QVERIFY2(own.ok(), qPrintable(own.error().message));
        const qint64 inSubtree =
            value(*owner, QStringLiteral("SELECT COUNT(*) FROM parents pa JOIN organizations i ON i.id = "
                                         "pa.organization_id JOIN organizations c ON i.path LIKE c.path || '%' JOIN "
                                         "staff s ON s.organization_id = c.id WHERE s.login = '%1'")
                              .arg(center))
                .toLongLong();
        QCOMPARE(qint64(own.value().size()), inSubtree);
        QVERIFY(inSubtree < value(*owner, QStringLiteral("SELECT COUNT(*) FROM parents")).toLongLong());
        // Nothing is deleted, by headquarters either.
        for (const char* table : {"staff", "users", "parents", "cms_info", "organizations", "payments", "audit_log"}) {
            QString message;
            QVERIFY2(!test::exec(*hq, QStringLiteral("DELETE FROM %1 WHERE FALSE").arg(QLatin1String(table)), &message),
                     table);
        }
    }
};

QTEST_GUILESS_MAIN(TestAdministration)
#include "tst_administration.moc"
