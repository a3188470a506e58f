// The administration lists on real databases (SQLite and PostgreSQL) over the demo data:
// members, wallets, transactions, organisations, staff and the audit log page through the same
// SQL as every list, their filters give what a direct query gives and refuse bad values in words;
// on PostgreSQL a change the owner makes with plain SQL (as psql would) gets an audit row with
// its before and after values, which the audit list finds by record and the detail shows as a
// diff; only headquarters and auditors read the staff directory, and it holds no password hash.

#include "Money.h"
#include "TestSupport.h"
#include "sql/SqlLists.h"
#include "sql/SqlSecurity.h"
#include "sql/SqlSession.h"
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
        for (const char* prefix : {"t_adm_hq_", "t_adm_hq2_", "t_adm_center_"}) {
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
