// The KYC review workflow on real databases (SQLite and PostgreSQL): claims, decisions in one
// transaction with their audit row, the users.kyc_status rule, four eyes, optimistic
// concurrency, two reviewers racing over 1,000 documents on PostgreSQL, and a backend killed
// between the statements of a decision.

#include "TestSupport.h"
#include "sql/Migrations.h"
#include "sql/SqlBackend.h"
#include "sql/SqlKyc.h"
#include "sql/SqlLists.h"
#include "sql/SqlSession.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QtTest>

#include <atomic>

using namespace pd;
using namespace pd::sql;

namespace {
using test::exec;
using test::value;
std::unique_ptr<SqlSession> open(const DatabaseUrl& url, const QString& name)
{
    auto s = SqlSession::open(url, name);
    if (!s.ok()) {
        qWarning("%s", qPrintable(s.error().message));
        return nullptr;
    }
    return std::move(s.value());
}

/// Adds a user and returns its id.
qint64 addUser(SqlSession& s, int n)
{
    SqlBuilder b("INSERT INTO users (email, first_name, last_name, country_code, kyc_status, kyc_level) VALUES (");
    b.bind(QStringLiteral("kyc.test%1@example.kr").arg(n)).sql(", ").bind(QStringLiteral("민준"));
    b.sql(", ").bind(QStringLiteral("김")).sql(", 'KR', 'pending', 0) RETURNING id");
    auto id = s.scalar(b);
    return id.ok() ? id.value().toLongLong() : 0;
}

/// Adds a pending document: level, risk score in hundredths, submitted `hoursAgo`.
qint64 addDocument(SqlSession& s, qint64 user, int level, int riskHundredths, int hoursAgo = 5)
{
    SqlBuilder b("INSERT INTO kyc_documents (user_id, document_type, document_number, full_name, nationality, "
                 "verification_status, risk_score, kyc_level, created_at, version) VALUES (");
    b.bind(user).sql(", ").bind(level == 2 ? QStringLiteral("proof_of_address") : QStringLiteral("national_id"));
    b.sql(", '900101-1234567', ").bind(QStringLiteral("김민준")).sql(", 'KR', 'pending', ");
    b.bind(riskHundredths).sql(" / 100.0, ").bind(level).sql(", ");
    const QString at =
        canonicalInstant(QDateTime::currentDateTimeUtc().addSecs(-qint64(hoursAgo) * 3600).toString(Qt::ISODateWithMs));
    if (s.dialect() == Dialect::PostgreSQL) {
        b.sql("CAST(").bind(at).sql(" AS TIMESTAMPTZ)");
    } else {
        b.bind(at);
    }
    b.sql(", 1) RETURNING id");
    auto id = s.scalar(b);
    return id.ok() ? id.value().toLongLong() : 0;
}

int versionOf(SqlSession& s, qint64 document)
{
    return value(s, QStringLiteral("SELECT version FROM kyc_documents WHERE id = %1").arg(document)).toInt();
}

KycDecision decision(qint64 id, int version, KycAction action, const QString& reason = {}, const QString& note = {})
{
    KycDecision d;
    d.documentId = id;
    d.version = version;
    d.action = action;
    d.reasonCode = reason;
    d.note = note;
    return d;
}

/// A login role for a reviewer on the test cluster, with a staff row and rights on the scratch
/// database (roles are cluster-wide, so creating an existing one is not an error).
bool addReviewerRole(SqlSession& admin, const QString& login, const QString& role)
{
    // Test-only fixed identifiers: safe to place in DDL.
    test::pgAdminExec(QStringLiteral("CREATE ROLE \"%1\" LOGIN").arg(login));
    if (!exec(admin, QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO \"%1\"").arg(login)) ||
        !exec(admin, QStringLiteral("GRANT ALL ON ALL SEQUENCES IN SCHEMA public TO \"%1\"").arg(login))) {
        return false;
    }
    SqlBuilder b("INSERT INTO staff (login, display_name, role, organization_id) VALUES (");
    b.bind(login).sql(", ").bind(login).sql(", ").bind(role).sql(", (SELECT MIN(id) FROM organizations))");
    return admin.scalar(b).ok();
}
} // namespace

class TestKyc : public QObject
{
    Q_OBJECT

    static std::unique_ptr<SqlSession> prepared(const test::ScratchDatabase& db)
    {
        auto s = open(db.url(), QStringLiteral("kyc-setup"));
        if (!s || !Migrator::upgrade(*s).ok()) {
            return nullptr;
        }
        exec(*s, QStringLiteral("INSERT INTO organizations (org_type, code, name, path) VALUES ('hq', 'HQ', "
                                "'본사', '/1/')"));
        return s;
    }

private Q_SLOTS:
    void userKycRule()
    {
        QCOMPARE(userKycFrom({}).status, QStringLiteral("pending"));
        QCOMPARE(userKycFrom({}).level, 0);
        // Nothing approved: the newest document's status at level 0.
        auto k = userKycFrom({{QStringLiteral("approved"), 1}, {QStringLiteral("rejected"), 2}});
        QCOMPARE(k.status, QStringLiteral("approved"));
        QCOMPARE(k.level, 1);
        k = userKycFrom({{QStringLiteral("rejected"), 1}, {QStringLiteral("needs_info"), 1}});
        QCOMPARE(k.status, QStringLiteral("needs_info"));
        QCOMPARE(k.level, 0);
        k = userKycFrom({{QStringLiteral("approved"), 2}, {QStringLiteral("approved"), 1}});
        QCOMPARE(k.level, 2);
        QCOMPARE(kycSlaFor(3600, 48), KycSla::OnTime);
        QCOMPARE(kycSlaFor(25 * 3600, 48), KycSla::DueSoon);
        QCOMPARE(kycSlaFor(49 * 3600, 48), KycSla::Overdue);
        QCOMPARE(medianOf({5, 1, 3}), 3);
        QCOMPARE(medianOf({4, 1, 3, 2}), 2); // (2 + 3) / 2 in whole seconds
        QCOMPARE(medianOf({}), 0);
    }

    void decisions_data() { test::addDialectRows(); }
    void decisions()
    {
        QFETCH(int, dialect);
        PD_SCRATCH_DB(db, Dialect(dialect));
        auto s = prepared(*db);
        QVERIFY(s);
        const qint64 user = addUser(*s, 1);
        const qint64 personal = addDocument(*s, user, 1, 120, 60); // over the 48 h SLA
        const qint64 address = addDocument(*s, user, 2, 850);      // over the four-eyes threshold 7.00
        QVERIFY(user > 0 && personal > 0 && address > 0);

        // Deciding needs a claim.
        auto unclaimed = decideKycDocument(*s, decision(personal, 1, KycAction::Approve));
        QVERIFY(!unclaimed.ok());
        QCOMPARE(unclaimed.error().kind, Error::Kind::Invalid);
        QVERIFY2(unclaimed.error().message.contains(QStringLiteral("Claim")), qPrintable(unclaimed.error().message));

        auto claim = claimKycDocument(*s, personal);
        QVERIFY2(claim.ok(), qPrintable(claim.error().message));
        QCOMPARE(claim.value().claimedBy, s->actor());
        QVERIFY(claim.value().expiresAt > QDateTime::currentDateTimeUtc().addSecs(29 * 60));
        QVERIFY(claim.value().expiresAt < QDateTime::currentDateTimeUtc().addSecs(31 * 60));

        auto summary = kycQueueSummary(*s);
        QVERIFY(summary.ok());
        QCOMPARE(summary.value().newDocuments, 2);
        QCOMPARE(summary.value().claimed, 1);
        QCOMPARE(summary.value().mine, 1);
        QCOMPARE(summary.value().overdue, 1);
        QVERIFY(summary.value().mayReleaseOthers); // no staff row: the database owner

        // Bad input is refused before anything is written.
        auto noReason = decideKycDocument(*s, decision(personal, 1, KycAction::Reject));
        QCOMPARE(noReason.error().kind, Error::Kind::Invalid);
        auto noMessage = decideKycDocument(*s, decision(personal, 1, KycAction::RequestInfo, {}, QStringLiteral("  ")));
        QCOMPARE(noMessage.error().kind, Error::Kind::Invalid);
        QCOMPARE(versionOf(*s, personal), 1);

        auto approved = decideKycDocument(*s, decision(personal, 1, KycAction::Approve));
        QVERIFY2(approved.ok(), qPrintable(approved.error().message));
        QCOMPARE(approved.value().status, QStringLiteral("approved"));
        QCOMPARE(approved.value().userKycStatus, QStringLiteral("approved"));
        QCOMPARE(approved.value().userKycLevel, 1);
        QCOMPARE(value(*s, QStringLiteral("SELECT kyc_level FROM users WHERE id = %1").arg(user)).toInt(), 1);
        QCOMPARE(
            value(*s, QStringLiteral("SELECT verified_by FROM kyc_documents WHERE id = %1").arg(personal)).toString(),
            s->actor());
        QVERIFY(value(*s, QStringLiteral("SELECT claimed_by FROM kyc_documents WHERE id = %1").arg(personal)).isNull());
        // One audit row with the before and after of document and user.
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'kyc.approve' AND "
                                          "entity_id = %1")
                               .arg(personal))
                     .toInt(),
                 1);
        const auto before = QJsonDocument::fromJson(
            value(*s, QStringLiteral("SELECT before_data FROM audit_log WHERE action = 'kyc.approve'")).toByteArray());
        const auto after = QJsonDocument::fromJson(
            value(*s, QStringLiteral("SELECT after_data FROM audit_log WHERE action = 'kyc.approve'")).toByteArray());
        QCOMPARE(before[QStringLiteral("verification_status")].toString(), QStringLiteral("pending"));
        QCOMPARE(before[QStringLiteral("user_kyc_level")].toInt(), 0);
        QCOMPARE(after[QStringLiteral("user_kyc_level")].toInt(), 1);

        // A second decision on the version seen before is a conflict naming who decided.
        auto stale = decideKycDocument(*s, decision(personal, 1, KycAction::Reject, QStringLiteral("unreadable")));
        QCOMPARE(stale.error().kind, Error::Kind::Conflict);
        QVERIFY2(stale.error().message.contains(s->actor()), qPrintable(stale.error().message));
        QCOMPARE(value(*s, QStringLiteral("SELECT verification_status FROM kyc_documents WHERE id = %1").arg(personal))
                     .toString(),
                 QStringLiteral("approved"));

        // Four eyes: the first approval keeps the document pending and frees it.
        QVERIFY(claimKycDocument(*s, address).ok());
        auto first = decideKycDocument(*s, decision(address, 1, KycAction::Approve));
        QVERIFY2(first.ok(), qPrintable(first.error().message));
        QVERIFY(first.value().awaitingSecondApproval);
        QCOMPARE(value(*s, QStringLiteral("SELECT verification_status FROM kyc_documents WHERE id = %1").arg(address))
                     .toString(),
                 QStringLiteral("pending"));
        QCOMPARE(kycQueueSummary(*s).value().secondApproval, 1);
        ListRequest second;
        second.area = Area::KycDocuments;
        second.filters.insert(QStringLiteral("stage"), QStringLiteral("second_approval"));
        auto page = listPage(*s, second);
        QVERIFY2(page.ok(), qPrintable(page.error().message));
        QCOMPARE(page.value().rows.size(), 1);
        QCOMPARE(page.value().rows[0][0].toLongLong(), address);
        // The same reviewer cannot give the second approval.
        QVERIFY(claimKycDocument(*s, address).ok());
        auto same = decideKycDocument(*s, decision(address, 2, KycAction::Approve));
        QCOMPARE(same.error().kind, Error::Kind::Permission);
        // A different reviewer can (the first approver is someone else here).
        QVERIFY(exec(
            *s,
            QStringLiteral("UPDATE kyc_documents SET first_approved_by = 'kyc.reviewer9' WHERE id = %1").arg(address)));
        auto secondApproval = decideKycDocument(*s, decision(address, 2, KycAction::Approve));
        QVERIFY2(secondApproval.ok(), qPrintable(secondApproval.error().message));
        QCOMPARE(secondApproval.value().status, QStringLiteral("approved"));
        QCOMPARE(secondApproval.value().userKycLevel, 2);
        QVERIFY(value(*s, QStringLiteral("SELECT verification_notes FROM kyc_documents WHERE id = %1").arg(address))
                    .toString()
                    .contains(QStringLiteral("kyc.reviewer9")));

        // A later rejection of another document does not lower the user's approved level.
        const qint64 later = addDocument(*s, user, 1, 50);
        QVERIFY(claimKycDocument(*s, later).ok());
        auto rejected = decideKycDocument(
            *s, decision(later, 1, KycAction::Reject, QStringLiteral("name_mismatch"), QStringLiteral("성명 불일치")));
        QVERIFY2(rejected.ok(), qPrintable(rejected.error().message));
        QCOMPARE(rejected.value().userKycLevel, 2);
        QCOMPARE(value(*s, QStringLiteral("SELECT verification_notes FROM kyc_documents WHERE id = %1").arg(later))
                     .toString(),
                 QStringLiteral("name does not match the account: 성명 불일치"));
        QCOMPARE(value(*s, QStringLiteral("SELECT reason FROM audit_log WHERE action = 'kyc.reject'")).toString(),
                 QStringLiteral("name does not match the account: 성명 불일치"));

        // Request for information, then the history of the user's documents shows every step.
        const qint64 info = addDocument(*s, addUser(*s, 2), 1, 10);
        QVERIFY(claimKycDocument(*s, info).ok());
        auto asked = decideKycDocument(
            *s, decision(info, 1, KycAction::RequestInfo, {}, QStringLiteral("Please upload the back side.")));
        QVERIFY2(asked.ok(), qPrintable(asked.error().message));
        QCOMPARE(asked.value().userKycStatus, QStringLiteral("needs_info"));
        auto detail = detailRecord(*s, Area::KycDocuments, personal);
        QVERIFY(detail.ok());
        bool hasHistory = false;
        for (const auto& table : detail.value().tables) {
            if (table.key == QLatin1String("history")) {
                hasHistory = true;
                // approve, claim x3, first approval, approve, claim, reject for this user
                QVERIFY2(table.rows.size() >= 7, qPrintable(QString::number(table.rows.size())));
            }
        }
        QVERIFY(hasHistory);
        QCOMPARE(detail.value().field(QStringLiteral("document_number_masked")).toString(), QStringLiteral("****4567"));

        // Revealing the number is audited, without the number.
        auto number = revealDocumentNumber(*s, personal);
        QVERIFY(number.ok());
        QCOMPARE(number.value(), QStringLiteral("900101-1234567"));
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = "
                                          "'kyc.reveal_document_number' AND entity_id = %1")
                               .arg(personal))
                     .toInt(),
                 1);
        QCOMPARE(
            value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE after_data LIKE '%1234567%' OR "
                                     "before_data LIKE '%1234567%'")
                          .replace(QStringLiteral("after_data LIKE"), Dialect(dialect) == Dialect::PostgreSQL
                                                                          ? QStringLiteral("after_data::text LIKE")
                                                                          : QStringLiteral("after_data LIKE"))
                          .replace(QStringLiteral("before_data LIKE"), Dialect(dialect) == Dialect::PostgreSQL
                                                                           ? QStringLiteral("before_data::text LIKE")
                                                                           : QStringLiteral("before_data LIKE")))
                .toInt(),
            0);

        // Activity: today's decisions by this reviewer (two approvals plus the first of four eyes).
        auto activity = reviewerActivity(*s, QDate::currentDate().addDays(-1), QDate::currentDate());
        QVERIFY2(activity.ok(), qPrintable(activity.error().message));
        int approvals = 0, rejections = 0, infos = 0;
        for (const auto& a : activity.value()) {
            if (a.reviewer == s->actor()) {
                approvals += a.approved;
                rejections += a.rejected;
                infos += a.requestedInfo;
                QVERIFY(a.medianSecondsToDecision > 0);
            }
        }
        QCOMPARE(approvals, 3);
        QCOMPARE(rejections, 1);
        QCOMPARE(infos, 1);
        QVERIFY(!reviewerActivity(*s, QDate::currentDate(), QDate::currentDate().addDays(-2)).ok());
    }

    /// An identity document past its expiry is not approved: the console's SQL refuses in words
    /// (nothing written: status, version and audit unchanged), and so does the database for any
    /// other writer, also when the expiry is moved in the same statement (migration 013); a first
    /// approval of a four-eyes document counts too. Rejecting it still works.
    void anExpiredDocumentIsNotApproved_data() { test::addDialectRows(); }
    void anExpiredDocumentIsNotApproved()
    {
        QFETCH(int, dialect);
        PD_SCRATCH_DB(db, Dialect(dialect));
        auto s = prepared(*db);
        QVERIFY(s);
        const qint64 user = addUser(*s, 1);
        const qint64 expired = addDocument(*s, user, 1, 120);
        const qint64 risky = addDocument(*s, user, 2, 850);
        const QString past = s->dialect() == Dialect::PostgreSQL ? QStringLiteral("now() - interval '3 days'")
                                                                 : QStringLiteral("'2020-01-31T00:00:00.000000Z'");
        QVERIFY(exec(*s, QStringLiteral("UPDATE kyc_documents SET expires_at = %1 WHERE id IN (%2, %3)")
                             .arg(past)
                             .arg(expired)
                             .arg(risky)));
        const int auditBefore = value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
        for (const qint64 id : {expired, risky}) {
            QVERIFY(claimKycDocument(*s, id).ok());
            auto approved = decideKycDocument(*s, decision(id, versionOf(*s, id), KycAction::Approve));
            QVERIFY(!approved.ok());
            QCOMPARE(approved.error().kind, Error::Kind::Invalid);
            QVERIFY2(approved.error().message.contains(QStringLiteral("expired")),
                     qPrintable(approved.error().message));
            QCOMPARE(value(*s, QStringLiteral("SELECT verification_status FROM kyc_documents WHERE id = %1").arg(id))
                         .toString(),
                     QStringLiteral("pending"));
            QVERIFY(value(*s, QStringLiteral("SELECT first_approved_by FROM kyc_documents WHERE id = %1").arg(id))
                        .isNull());
        }
        // Claims are audited; the refused approvals are not.
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'kyc.approve'")).toInt(), 0);
        QVERIFY(value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt() >= auditBefore);

        // Another writer, straight in SQL: refused by the database, expiry moved or not.
        QString error;
        QVERIFY(!exec(
            *s, QStringLiteral("UPDATE kyc_documents SET verification_status = 'approved' WHERE id = %1").arg(expired),
            &error));
        QVERIFY2(error.contains(QLatin1String("expired")), qPrintable(error));
        const QString future = s->dialect() == Dialect::PostgreSQL ? QStringLiteral("now() + interval '3 years'")
                                                                   : QStringLiteral("'2099-01-01T00:00:00.000000Z'");
        QVERIFY(!exec(*s,
                      QStringLiteral("UPDATE kyc_documents SET verification_status = 'approved', expires_at = %1 "
                                     "WHERE id = %2")
                          .arg(future)
                          .arg(expired),
                      &error));
        // Rejecting it with the reason "expired" works.
        auto rejected = decideKycDocument(
            *s, decision(expired, versionOf(*s, expired), KycAction::Reject, QStringLiteral("document_expired")));
        QVERIFY2(rejected.ok(), qPrintable(rejected.ok() ? QString() : rejected.error().message));
    }

    void holdPausesTheSlaClock_data() { test::addDialectRows(); }
    /// On hold (migration 022): only under one's own claim, which ends; a held document is
    /// neither claimed nor decided until resumed; its SLA clock stands still, and so does a
    /// document's while it waits on the customer (needs_info), for every writer.
    void holdPausesTheSlaClock()
    {
        QFETCH(int, dialect);
        PD_SCRATCH_DB(db, Dialect(dialect));
        auto s = prepared(*db);
        QVERIFY(s);
        const bool pg = Dialect(dialect) == Dialect::PostgreSQL;
        const qint64 doc = addDocument(*s, addUser(*s, 1), 1, 100, 50);
        const qint64 other = addDocument(*s, addUser(*s, 2), 1, 100, 35);
        KycHold hold{doc, true, QStringLiteral("waiting for the compliance team")};
        QCOMPARE(holdKycDocument(*s, hold).error().kind, Error::Kind::Invalid); // not claimed
        QVERIFY(claimKycDocument(*s, doc).ok());
        QCOMPARE(holdKycDocument(*s, {doc, true, QStringLiteral("  ")}).error().kind, Error::Kind::Invalid);
        auto held = holdKycDocument(*s, hold);
        QVERIFY2(held.ok(), qPrintable(held.error().message));
        QVERIFY(value(*s, QStringLiteral("SELECT claimed_by FROM kyc_documents WHERE id = %1").arg(doc)).isNull());
        QVERIFY(!value(*s, QStringLiteral("SELECT paused_at FROM kyc_documents WHERE id = %1").arg(doc)).isNull());
        // Neither claimed nor decided while held; listed in its own stage.
        auto claim = claimKycDocument(*s, doc);
        QCOMPARE(claim.error().kind, Error::Kind::Conflict);
        QVERIFY2(claim.error().message.contains(QStringLiteral("compliance team")), qPrintable(claim.error().message));
        QCOMPARE(decideKycDocument(*s, decision(doc, versionOf(*s, doc), KycAction::Approve)).error().kind,
                 Error::Kind::Conflict);
        ListRequest onHold;
        onHold.area = Area::KycDocuments;
        onHold.filters.insert(QStringLiteral("stage"), QStringLiteral("on_hold"));
        auto page = listPage(*s, onHold);
        QVERIFY(page.ok());
        QCOMPARE(page.value().rows.size(), 1);
        // The held one (50 h) is not over the 48-hour SLA while held; it is counted apart.
        auto summary = kycQueueSummary(*s);
        QVERIFY(summary.ok());
        QCOMPARE(summary.value().overdue, 0);
        QCOMPARE(summary.value().onHold, 1);
        QCOMPARE(summary.value().newDocuments, 1);

        // Ten hours pass while held (the submission and the pause are moved back by hand, as the
        // owner may: time itself cannot be).
        QVERIFY(exec(*s, pg ? QStringLiteral("UPDATE kyc_documents SET paused_at = paused_at - INTERVAL '10 hours', "
                                             "created_at = created_at - INTERVAL '10 hours' WHERE id = %1")
                                  .arg(doc)
                            : QStringLiteral("UPDATE kyc_documents SET paused_at = strftime('%Y-%m-%dT%H:%M:%f', "
                                             "paused_at, '-10 hours') || '000Z', created_at = "
                                             "strftime('%Y-%m-%dT%H:%M:%f', created_at, '-10 hours') || '000Z' "
                                             "WHERE id = %1")
                                  .arg(doc)));
        // The age shown while held stands at 50 hours.
        const int age = columnIndex(Area::KycDocuments, QStringLiteral("age"));
        const QDateTime shownStart = listPage(*s, onHold).value().rows[0][age].toDateTime();
        QVERIFY2(std::abs(shownStart.secsTo(QDateTime::currentDateTimeUtc()) - 50 * 3600) < 120,
                 qPrintable(shownStart.toString(Qt::ISODate)));
        QVERIFY(holdKycDocument(*s, {doc, false, QStringLiteral("compliance answered")}).ok());
        QCOMPARE(holdKycDocument(*s, {doc, false, QStringLiteral("again")}).error().kind, Error::Kind::Invalid);
        // Resumed: the clock counts from the submission moved on by the 10 hours held: 50 h,
        // over the SLA now.
        const QDateTime from = parseCanonicalInstant(
            value(*s, QStringLiteral("SELECT sla_clock_from FROM kyc_documents WHERE id = %1").arg(doc)).toString());
        const QDateTime created = parseCanonicalInstant(
            value(*s, QStringLiteral("SELECT created_at FROM kyc_documents WHERE id = %1").arg(doc)).toString());
        QVERIFY2(std::abs(created.secsTo(from) - 10 * 3600) < 120, qPrintable(from.toString(Qt::ISODate)));
        QVERIFY(value(*s, QStringLiteral("SELECT paused_at FROM kyc_documents WHERE id = %1").arg(doc)).isNull());
        QCOMPARE(kycQueueSummary(*s).value().overdue, 1);
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN ('kyc.hold', 'kyc.resume') "
                                          "AND entity_id = %1")
                               .arg(doc))
                     .toInt(),
                 2);

        // Waiting on the customer: asked for information, resubmitted 20 hours later by the
        // customer's application (a plain UPDATE): those 20 hours do not count.
        QVERIFY(claimKycDocument(*s, other).ok());
        QVERIFY(decideKycDocument(*s, decision(other, versionOf(*s, other), KycAction::RequestInfo, {},
                                               QStringLiteral("send the back side")))
                    .ok());
        QVERIFY(exec(*s, pg ? QStringLiteral("UPDATE kyc_documents SET paused_at = paused_at - INTERVAL '20 hours', "
                                             "created_at = created_at - INTERVAL '20 hours' WHERE id = %1")
                                  .arg(other)
                            : QStringLiteral("UPDATE kyc_documents SET paused_at = strftime('%Y-%m-%dT%H:%M:%f', "
                                             "paused_at, '-20 hours') || '000Z', created_at = "
                                             "strftime('%Y-%m-%dT%H:%M:%f', created_at, '-20 hours') || '000Z' "
                                             "WHERE id = %1")
                                  .arg(other)));
        QVERIFY(exec(*s, QStringLiteral("UPDATE kyc_documents SET verification_status = 'pending', resubmitted_at = "
                                        "created_at WHERE id = %1")
                             .arg(other)));
        const QDateTime otherFrom = parseCanonicalInstant(
            value(*s, QStringLiteral("SELECT sla_clock_from FROM kyc_documents WHERE id = %1").arg(other)).toString());
        const QDateTime otherCreated = parseCanonicalInstant(
            value(*s, QStringLiteral("SELECT created_at FROM kyc_documents WHERE id = %1").arg(other)).toString());
        QVERIFY2(std::abs(otherCreated.secsTo(otherFrom) - 20 * 3600) < 120,
                 qPrintable(otherFrom.toString(Qt::ISODate)));
        // 55 hours since submission, 35 of them counted: within the SLA of 48 hours.
        QCOMPARE(kycQueueSummary(*s).value().overdue, 1);
    }

    /// PostgreSQL holds the hold rules for every login: not without one's own claim, not on a
    /// held document's decision or claim.
    void holdRulesInTheDatabase()
    {
        PD_SCRATCH_DB(db, Dialect::PostgreSQL);
        auto admin = prepared(*db);
        QVERIFY(admin);
        QVERIFY(addReviewerRole(*admin, QStringLiteral("pd_test_hold_a"), QStringLiteral("kyc_reviewer")));
        QVERIFY(addReviewerRole(*admin, QStringLiteral("pd_test_hold_b"), QStringLiteral("kyc_reviewer")));
        const qint64 doc = addDocument(*admin, addUser(*admin, 1), 1, 100);
        DatabaseUrl url = db->url();
        url.user = QStringLiteral("pd_test_hold_a");
        auto a = open(url, QStringLiteral("hold-a"));
        url.user = QStringLiteral("pd_test_hold_b");
        auto b = open(url, QStringLiteral("hold-b"));
        QVERIFY(a && b);
        QString error;
        QVERIFY(!exec(*a, QStringLiteral("UPDATE kyc_documents SET hold_reason = 'x' WHERE id = %1").arg(doc), &error));
        QVERIFY2(error.contains(QStringLiteral("Claim KYC document")), qPrintable(error));
        QVERIFY(claimKycDocument(*a, doc).ok());
        QVERIFY(!exec(*b, QStringLiteral("UPDATE kyc_documents SET hold_reason = 'x' WHERE id = %1").arg(doc), &error));
        QVERIFY(holdKycDocument(*a, {doc, true, QStringLiteral("sanctions list check")}).ok());
        QCOMPARE(value(*admin, QStringLiteral("SELECT held_by FROM kyc_documents WHERE id = %1").arg(doc)).toString(),
                 QStringLiteral("pd_test_hold_a"));
        QVERIFY(!exec(*b,
                      QStringLiteral("UPDATE kyc_documents SET claimed_by = 'pd_test_hold_b', claim_expires_at = "
                                     "now() + interval '5 minutes' WHERE id = %1")
                          .arg(doc),
                      &error));
        QVERIFY2(error.contains(QStringLiteral("on hold")), qPrintable(error));
        // The clock columns are the database's: a reviewer's write to them does not stick.
        QVERIFY(!exec(*b, QStringLiteral("UPDATE kyc_documents SET sla_clock_from = now() WHERE id = %1").arg(doc),
                      &error));
        // Any reviewer resumes.
        QVERIFY(holdKycDocument(*b, {doc, false, QStringLiteral("list checked")}).ok());
        QVERIFY(value(*admin, QStringLiteral("SELECT held_by FROM kyc_documents WHERE id = %1").arg(doc)).isNull());
    }

    void assignmentAndAway_data() { test::addDialectRows(); }
    /// Auto-assignment spreads new documents over the KYC reviewers who are not away, fewest
    /// first; going away gives one's documents back and stops new ones; headquarters assigns by
    /// hand, never to someone away (migration 022).
    void assignmentAndAway()
    {
        QFETCH(int, dialect);
        PD_SCRATCH_DB(db, Dialect(dialect));
        auto s = prepared(*db);
        QVERIFY(s);
        const bool pg = Dialect(dialect) == Dialect::PostgreSQL;
        // On SQLite who acts is the operating-system user: make them reviewer a.
        const QString a = pg ? QStringLiteral("pd_test_assign_a") : s->actor();
        const QString b = QStringLiteral("pd_test_assign_b");
        std::unique_ptr<SqlSession> asA;
        if (pg) {
            QVERIFY(addReviewerRole(*s, a, QStringLiteral("kyc_reviewer")));
            QVERIFY(addReviewerRole(*s, b, QStringLiteral("kyc_reviewer")));
            // A staff login gets this with its role's group (sql::addStaff); this bare test role
            // needs it given.
            QVERIFY(exec(*s, QStringLiteral("GRANT EXECUTE ON FUNCTION paydesk_set_away(date) TO \"%1\"").arg(a)));
            DatabaseUrl url = db->url();
            url.user = a;
            asA = open(url, QStringLiteral("assign-a"));
            QVERIFY(asA);
        }
        const qint64 before = addDocument(*s, addUser(*s, 1), 1, 100);
        QVERIFY(value(*s, QStringLiteral("SELECT assigned_to FROM kyc_documents WHERE id = %1").arg(before)).isNull());
        KycSettings settings = kycSettings(*s).value();
        settings.autoAssign = true;
        auto saved = setKycSettings(*s, settings); // as the owner (on SQLite before the user is a reviewer)
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QVERIFY(saved.value().autoAssign);
        if (!pg) {
            for (const QString& login : {a, b}) {
                SqlBuilder add("INSERT INTO staff (login, display_name, role, organization_id) VALUES (");
                add.bind(login).sql(", ").bind(login).sql(", 'kyc_reviewer', (SELECT MIN(id) FROM organizations))");
                QVERIFY(s->scalar(add).ok());
            }
        }
        SqlSession& reviewerA = pg ? *asA : *s;
        auto assignee = [&](qint64 doc) {
            return value(*s, QStringLiteral("SELECT assigned_to FROM kyc_documents WHERE id = %1").arg(doc)).toString();
        };
        QVector<qint64> docs;
        for (int i = 0; i < 4; ++i) {
            docs << addDocument(*s, addUser(*s, 10 + i), 1, 100);
        }
        QMap<QString, int> load;
        for (qint64 doc : docs) {
            ++load[assignee(doc)];
        }
        QCOMPARE(load.value(a), 2);
        QCOMPARE(load.value(b), 2);
        QVERIFY(assignee(docs[0]) != assignee(docs[1])); // fewest first: they alternate

        // a is away for three days: a's documents go back to the queue, new ones go to b.
        const QDate until = QDate::currentDate().addDays(3);
        QCOMPARE(setKycAway(reviewerA, {QDate::currentDate().addDays(-1), {}}).error().kind, Error::Kind::Invalid);
        auto away = setKycAway(reviewerA, {until, QStringLiteral("holiday")});
        QVERIFY2(away.ok(), qPrintable(away.error().message));
        QCOMPARE(
            value(*s, QStringLiteral("SELECT COUNT(*) FROM kyc_documents WHERE assigned_to = '%1'").arg(a)).toInt(), 0);
        QCOMPARE(kycQueueSummary(reviewerA).value().awayUntil, until);
        QCOMPARE(assignee(addDocument(*s, addUser(*s, 20), 1, 100)), b);
        QCOMPARE(assignee(addDocument(*s, addUser(*s, 21), 1, 100)), b);
        // Headquarters assigns by hand, never to someone away (on SQLite the user acts as
        // headquarters for this).
        if (!pg) {
            QVERIFY(exec(*s, QStringLiteral("UPDATE staff SET role = 'hq_admin' WHERE login = '%1'").arg(a)));
        }
        QCOMPARE(assignKycDocument(*s, before, a, QStringLiteral("busy week")).error().kind, Error::Kind::Invalid);
        QCOMPARE(assignKycDocument(*s, before, QStringLiteral("nobody"), QStringLiteral("x")).error().kind,
                 Error::Kind::Invalid);
        QVERIFY(assignKycDocument(*s, before, b, QStringLiteral("busy week")).ok());
        QCOMPARE(assignee(before), b);
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'kyc.assign' AND reason = "
                                          "'busy week'"))
                     .toInt(),
                 1);
        if (pg) {
            // A reviewer does not assign to someone else.
            QString error;
            QVERIFY(
                !exec(reviewerA,
                      QStringLiteral("UPDATE kyc_documents SET assigned_to = '%1' WHERE id = %2").arg(b).arg(docs[0]),
                      &error));
            QVERIFY2(error.contains(QStringLiteral("headquarters")), qPrintable(error));
        }
        if (!pg) {
            QVERIFY(exec(*s, QStringLiteral("UPDATE staff SET role = 'kyc_reviewer' WHERE login = '%1'").arg(a)));
        }
        // Back: the next document goes to a, who has the fewest.
        QVERIFY(setKycAway(reviewerA, {QDate(), {}}).ok());
        QVERIFY(!kycQueueSummary(reviewerA).value().awayUntil.isValid());
        QCOMPARE(assignee(addDocument(*s, addUser(*s, 22), 1, 100)), a);
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'staff.away'")).toInt(), 2);
    }

    void claims_data() { test::addDialectRows(); }
    void claims()
    {
        QFETCH(int, dialect);
        PD_SCRATCH_DB(db, Dialect(dialect));
        auto s = prepared(*db);
        QVERIFY(s);
        const qint64 doc = addDocument(*s, addUser(*s, 1), 1, 100);
        const bool pg = Dialect(dialect) == Dialect::PostgreSQL;
        const QString future = pg ? QStringLiteral("CURRENT_TIMESTAMP + INTERVAL '10 minutes'")
                                  : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%f000Z', 'now', '+10 minutes')");
        const QString past = pg ? QStringLiteral("CURRENT_TIMESTAMP - INTERVAL '1 minute'")
                                : QStringLiteral("strftime('%Y-%m-%dT%H:%M:%f000Z', 'now', '-1 minutes')");
        // Someone else holds a live claim: claiming and deciding are refused, naming them.
        QVERIFY(exec(*s, QStringLiteral("UPDATE kyc_documents SET claimed_by = 'kyc.reviewer2', claim_expires_at = %1 "
                                        "WHERE id = %2")
                             .arg(future)
                             .arg(doc)));
        auto taken = claimKycDocument(*s, doc);
        QCOMPARE(taken.error().kind, Error::Kind::Conflict);
        QVERIFY2(taken.error().message.contains(QStringLiteral("kyc.reviewer2")), qPrintable(taken.error().message));
        auto blocked = decideKycDocument(*s, decision(doc, 1, KycAction::Approve));
        QCOMPARE(blocked.error().kind, Error::Kind::Conflict);
        ListRequest mine;
        mine.area = Area::KycDocuments;
        mine.filters.insert(QStringLiteral("claim"), QStringLiteral("others"));
        QCOMPARE(listPage(*s, mine).value().rows.size(), 1);
        mine.filters.insert(QStringLiteral("claim"), QStringLiteral("mine"));
        QCOMPARE(listPage(*s, mine).value().rows.size(), 0);
        // An expired claim frees the document.
        QVERIFY(exec(
            *s, QStringLiteral("UPDATE kyc_documents SET claim_expires_at = %1 WHERE id = %2").arg(past).arg(doc)));
        mine.filters.insert(QStringLiteral("claim"), QStringLiteral("unclaimed"));
        QCOMPARE(listPage(*s, mine).value().rows.size(), 1);
        QVERIFY(claimKycDocument(*s, doc).ok());
        mine.filters.insert(QStringLiteral("claim"), QStringLiteral("mine"));
        auto minePage = listPage(*s, mine);
        QCOMPARE(minePage.value().rows.size(), 1);
        const int claimedBy = columnIndex(Area::KycDocuments, QStringLiteral("claimed_by"));
        QCOMPARE(minePage.value().rows[0][claimedBy].toString(), s->actor());
        // Releasing one's own claim, and (as the owner, like headquarters) anyone's.
        QVERIFY(releaseKycClaim(*s, doc).ok());
        QVERIFY(value(*s, QStringLiteral("SELECT claimed_by FROM kyc_documents WHERE id = %1").arg(doc)).isNull());
        QVERIFY(exec(*s, QStringLiteral("UPDATE kyc_documents SET claimed_by = 'kyc.reviewer2', claim_expires_at = %1 "
                                        "WHERE id = %2")
                             .arg(future)
                             .arg(doc)));
        QVERIFY(releaseKycClaim(*s, doc).ok());
        QCOMPARE(value(*s, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'kyc.release'")).toInt(), 2);
        // Settings: validated and versioned.
        auto settings = kycSettings(*s);
        QVERIFY(settings.ok());
        QCOMPARE(settings.value().claimMinutes, 30);
        QCOMPARE(settings.value().fourEyesRiskHundredths, 700);
        KycSettings changed = settings.value();
        changed.claimMinutes = 0;
        QCOMPARE(setKycSettings(*s, changed).error().kind, Error::Kind::Invalid);
        changed.claimMinutes = 5;
        changed.fourEyesRiskHundredths = 650;
        auto saved = setKycSettings(*s, changed);
        QVERIFY2(saved.ok(), qPrintable(saved.error().message));
        QCOMPARE(saved.value().claimMinutes, 5);
        QCOMPARE(saved.value().fourEyesRiskHundredths, 650);
        QCOMPARE(setKycSettings(*s, changed).error().kind, Error::Kind::Conflict); // stale version
        auto shortClaim = claimKycDocument(*s, doc);
        QVERIFY(shortClaim.value().expiresAt < QDateTime::currentDateTimeUtc().addSecs(6 * 60));
    }

    /// Two reviewers (two PostgreSQL login roles, two connections) race through the same 1,000
    /// documents: one approves, the other rejects. Exactly one decision wins each document.
    void twoReviewersRace()
    {
        PD_SCRATCH_DB(db, Dialect::PostgreSQL);
        auto admin = prepared(*db);
        QVERIFY(admin);
        QVERIFY(addReviewerRole(*admin, QStringLiteral("pd_test_reviewer_a"), QStringLiteral("kyc_reviewer")));
        QVERIFY(addReviewerRole(*admin, QStringLiteral("pd_test_reviewer_b"), QStringLiteral("kyc_reviewer")));
        constexpr int kDocuments = 1000;
        QVERIFY(exec(*admin, QStringLiteral("INSERT INTO users (email, first_name, last_name, country_code) SELECT "
                                            "'race' || g || '@example.kr', '민준', '김', 'KR' FROM "
                                            "generate_series(1, %1) g")
                                 .arg(kDocuments)));
        QVERIFY(exec(*admin, QStringLiteral("INSERT INTO kyc_documents (user_id, document_type, full_name, risk_score, "
                                            "kyc_level) SELECT id, 'national_id', '김민준', 1.00, 1 FROM users")));
        struct Outcome
        {
            std::atomic<int> won{0};
            std::atomic<int> conflicts{0};
            std::atomic<int> other{0};
            QString lastOther;
        };
        Outcome outcomes[2];
        auto reviewer = [&](int n) {
            return QThread::create([&, n]() {
                DatabaseUrl url = db->url();
                url.user = n == 0 ? QStringLiteral("pd_test_reviewer_a") : QStringLiteral("pd_test_reviewer_b");
                auto s = open(url, QStringLiteral("reviewer-%1").arg(n));
                if (!s) {
                    outcomes[n].other = kDocuments;
                    return;
                }
                QSqlQuery ids(s->database());
                ids.exec(QStringLiteral("SELECT id, version FROM kyc_documents ORDER BY id"));
                QVector<QPair<qint64, int>> seen;
                while (ids.next()) {
                    seen.append({ids.value(0).toLongLong(), ids.value(1).toInt()});
                }
                ids.finish();
                for (const auto& [id, version] : seen) {
                    // Both claim and decide on the version they saw; the loser of the claim
                    // still tries to decide, which must be refused too.
                    const auto claim = claimKycDocument(*s, id);
                    const auto decided = decideKycDocument(
                        *s, n == 0 ? decision(id, version, KycAction::Approve)
                                   : decision(id, version, KycAction::Reject, QStringLiteral("unreadable")));
                    if (decided.ok()) {
                        ++outcomes[n].won;
                    } else if (decided.error().kind == Error::Kind::Conflict) {
                        ++outcomes[n].conflicts;
                    } else {
                        ++outcomes[n].other;
                        outcomes[n].lastOther = decided.error().message;
                    }
                    Q_UNUSED(claim);
                }
            });
        };
        std::unique_ptr<QThread> a(reviewer(0));
        std::unique_ptr<QThread> b(reviewer(1));
        a->start();
        b->start();
        QVERIFY(a->wait(600000));
        QVERIFY(b->wait(600000));
        QVERIFY2(outcomes[0].other == 0, qPrintable(outcomes[0].lastOther));
        QVERIFY2(outcomes[1].other == 0, qPrintable(outcomes[1].lastOther));
        qInfo("reviewer a won %d, b won %d; conflicts %d + %d", outcomes[0].won.load(), outcomes[1].won.load(),
              outcomes[0].conflicts.load(), outcomes[1].conflicts.load());
        QCOMPARE(outcomes[0].won + outcomes[1].won, kDocuments);
        QCOMPARE(outcomes[0].conflicts + outcomes[1].conflicts, kDocuments);
        QVERIFY(outcomes[0].won > 0 || outcomes[1].won > 0);
        // Every document decided once, by the reviewer whose decision it carries.
        QCOMPARE(value(*admin, QStringLiteral("SELECT COUNT(*) FROM kyc_documents WHERE verification_status = "
                                              "'pending'"))
                     .toInt(),
                 0);
        QCOMPARE(value(*admin, QStringLiteral("SELECT COUNT(*) FROM kyc_documents WHERE (verification_status = "
                                              "'approved' AND verified_by = 'pd_test_reviewer_a') OR "
                                              "(verification_status = 'rejected' AND verified_by = "
                                              "'pd_test_reviewer_b')"))
                     .toInt(),
                 kDocuments);
        QCOMPARE(value(*admin, QStringLiteral("SELECT COUNT(*) FROM kyc_documents WHERE version = 2")).toInt(),
                 kDocuments);
        // One audit row per winning decision, by its winner.
        QCOMPARE(value(*admin, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action IN ('kyc.approve', "
                                              "'kyc.reject')"))
                     .toInt(),
                 kDocuments);
        QCOMPARE(value(*admin, QStringLiteral("SELECT COUNT(DISTINCT entity_id) FROM audit_log WHERE action IN "
                                              "('kyc.approve', 'kyc.reject')"))
                     .toInt(),
                 kDocuments);
        QCOMPARE(value(*admin, QStringLiteral("SELECT COUNT(*) FROM audit_log a JOIN kyc_documents k ON k.id = "
                                              "a.entity_id WHERE a.action IN ('kyc.approve', 'kyc.reject') AND "
                                              "a.actor = k.verified_by"))
                     .toInt(),
                 kDocuments);
        // Users follow their document.
        QCOMPARE(value(*admin, QStringLiteral("SELECT COUNT(*) FROM users u JOIN kyc_documents k ON k.user_id = u.id "
                                              "WHERE u.kyc_status = k.verification_status AND u.kyc_level = CASE "
                                              "WHEN k.verification_status = 'approved' THEN 1 ELSE 0 END"))
                     .toInt(),
                 kDocuments);
        // A reviewer may not release another reviewer's claim; headquarters may.
        const qint64 doc = addDocument(*admin, addUser(*admin, 9999), 1, 100);
        DatabaseUrl urlA = db->url();
        urlA.user = QStringLiteral("pd_test_reviewer_a");
        DatabaseUrl urlB = db->url();
        urlB.user = QStringLiteral("pd_test_reviewer_b");
        auto sa = open(urlA, QStringLiteral("release-a"));
        auto sb = open(urlB, QStringLiteral("release-b"));
        QVERIFY(claimKycDocument(*sa, doc).ok());
        auto refused = releaseKycClaim(*sb, doc);
        QCOMPARE(refused.error().kind, Error::Kind::Permission);
        QVERIFY(!kycQueueSummary(*sb).value().mayReleaseOthers);
        QVERIFY(releaseKycClaim(*admin, doc).ok());
    }

    /// The server ends the connection between the statements of a decision (a trigger
    /// terminates its own backend after the document was updated): nothing is stored, the
    /// reviewer gets an error, and the next attempt on a new connection succeeds.
    void killedMidDecision_data()
    {
        QTest::addColumn<QString>("table");
        QTest::newRow("after the document, at the user") << QStringLiteral("users");
        QTest::newRow("at the audit row") << QStringLiteral("audit_log");
    }
    void killedMidDecision()
    {
        QFETCH(QString, table);
        PD_SCRATCH_DB(db, Dialect::PostgreSQL);
        auto admin = prepared(*db);
        QVERIFY(admin);
        const qint64 user = addUser(*admin, 1);
        const qint64 doc = addDocument(*admin, user, 1, 100);
        QVERIFY(exec(*admin, QStringLiteral("CREATE FUNCTION pd_test_kill() RETURNS TRIGGER AS $$ BEGIN "
                                            "IF current_setting('application_name') <> 'admin' THEN "
                                            "PERFORM pg_terminate_backend(pg_backend_pid()); END IF; RETURN NEW; END; "
                                            "$$ LANGUAGE plpgsql")));
        // Fixed test identifiers from the data table above.
        const QString when = table == QLatin1String("users")
                                 ? QStringLiteral("AFTER UPDATE ON users FOR EACH ROW")
                                 : QStringLiteral("BEFORE INSERT ON audit_log FOR EACH ROW WHEN "
                                                  "(NEW.action = 'kyc.approve')");
        QVERIFY(
            exec(*admin, QStringLiteral("CREATE TRIGGER pd_test_kill %1 EXECUTE FUNCTION pd_test_kill()").arg(when)));
        QVERIFY(exec(*admin, QStringLiteral("SET application_name = 'admin'")));

        SqlBackend backend(db->url());
        QObject receiver;
        auto claimed = test::await<KycClaim>([&](QObject* r, auto done) { backend.claimKycDocument(doc, r, done); });
        QVERIFY2(claimed.ok(), qPrintable(claimed.error().message));
        auto decided = test::await<KycDecisionResult>(
            [&](QObject* r, auto done) { backend.decideKycDocument(decision(doc, 1, KycAction::Approve), r, done); });
        QVERIFY(!decided.ok());
        QVERIFY2(!decided.error().message.isEmpty(), "the reviewer sees what went wrong");
        qInfo("error shown: %s", qPrintable(decided.error().message));
        // Nothing partial is stored.
        QCOMPARE(value(*admin, QStringLiteral("SELECT verification_status FROM kyc_documents WHERE id = %1").arg(doc))
                     .toString(),
                 QStringLiteral("pending"));
        QCOMPARE(versionOf(*admin, doc), 1);
        QVERIFY(value(*admin, QStringLiteral("SELECT verified_by FROM kyc_documents WHERE id = %1").arg(doc)).isNull());
        QCOMPARE(value(*admin, QStringLiteral("SELECT kyc_status FROM users WHERE id = %1").arg(user)).toString(),
                 QStringLiteral("pending"));
        QCOMPARE(value(*admin, QStringLiteral("SELECT version FROM users WHERE id = %1").arg(user)).toInt(), 1);
        QCOMPARE(value(*admin, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'kyc.approve'")).toInt(),
                 0);
        // With the fault gone, the same backend reconnects and the decision goes through.
        QVERIFY(exec(*admin, QStringLiteral("DROP TRIGGER pd_test_kill ON %1").arg(table)));
        auto retried = test::await<KycDecisionResult>(
            [&](QObject* r, auto done) { backend.decideKycDocument(decision(doc, 1, KycAction::Approve), r, done); });
        QVERIFY2(retried.ok(), qPrintable(retried.error().message));
        QCOMPARE(value(*admin, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'kyc.approve'")).toInt(),
                 1);
    }
};

QTEST_GUILESS_MAIN(TestKyc)
#include "tst_kyc.moc"
