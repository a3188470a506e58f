#include "sql/SqlMfa.h"

#include "sql/SqlAudit.h"
#include "sql/SqlSession.h"
#include "sql/SqlWrite.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace pd::sql {

namespace {
struct MfaText
{
    Q_DECLARE_TR_FUNCTIONS(pd::sql::Mfa)
};

Error needsPostgres()
{
    return Error(Error::Kind::Invalid, MfaText::tr("Second factors are kept by paydesk-server, in PostgreSQL."));
}

/// Runs an UPDATE or INSERT; the rows it changed.
Result<int> changed(SqlSession& session, const SqlBuilder& statement)
{
    QSqlQuery query;
    Error error;
    if (!session.exec(query, statement, &error)) {
        return error;
    }
    return query.numRowsAffected();
}
} // namespace

Result<MfaEnrolment> mfaEnrolment(SqlSession& session, qint64 staffId)
{
    if (session.dialect() != Dialect::PostgreSQL) {
        return needsPostgres();
    }
    QSqlQuery query;
    Error error;
    if (!session.exec(query,
                      SqlBuilder("SELECT secret_sealed, confirmed_at IS NOT NULL AND disabled_at IS NULL, last_step, "
                                 "disabled_at IS NOT NULL FROM staff_mfa WHERE staff_id = ")
                          .bind(staffId),
                      &error)) {
        return error;
    }
    MfaEnrolment enrolment;
    if (query.next() && !query.value(3).toBool()) {
        enrolment.exists = true;
        enrolment.sealedSecret = QByteArray::fromBase64(query.value(0).toString().toLatin1());
        enrolment.confirmed = query.value(1).toBool();
        enrolment.lastStep = query.value(2).toLongLong();
    }
    return enrolment;
}

Result<Done> createMfaChallenge(SqlSession& session, qint64 staffId, MfaPurpose purpose, const QString& tokenSha256,
                                int seconds, qint64 signInAttemptId)
{
    if (session.dialect() != Dialect::PostgreSQL) {
        return needsPostgres();
    }
    SqlBuilder b("INSERT INTO server_mfa_challenges (staff_id, challenge_sha256, purpose, sign_in_attempt_id, "
                 "expires_at) VALUES (");
    b.bind(staffId).sql(", ").bind(tokenSha256).sql(", ");
    b.bind(purpose == MfaPurpose::Enrol ? QStringLiteral("enrol") : QStringLiteral("verify")).sql(", ");
    b.bind(signInAttemptId > 0 ? QVariant(signInAttemptId) : QVariant());
    b.sql(", now() + make_interval(secs => ").bind(seconds).sql("))");
    auto inserted = changed(session, b);
    if (!inserted.ok()) {
        return inserted.error();
    }
    return Done{};
}

Result<MfaChallenge> liveMfaChallenge(SqlSession& session, const QString& tokenSha256)
{
    if (session.dialect() != Dialect::PostgreSQL) {
        return needsPostgres();
    }
    QSqlQuery query;
    Error error;
    SqlBuilder b("SELECT c.id, c.staff_id, s.login, c.purpose, c.failures, COALESCE(c.sign_in_attempt_id, 0) FROM "
                 "server_mfa_challenges c JOIN staff s ON "
                 "s.id = c.staff_id WHERE c.challenge_sha256 = ");
    b.bind(tokenSha256).sql(" AND c.used_at IS NULL AND c.expires_at > now() AND c.failures < ");
    b.bind(kMfaChallengeFailures).sql(" AND s.is_active");
    if (!session.exec(query, b, &error)) {
        return error;
    }
    if (!query.next()) {
        return Error(Error::Kind::Authentication,
                     MfaText::tr("This sign-in has expired or was used up by wrong codes; sign in again."),
                     QStringLiteral("mfa_token unknown, used, expired or spent"));
    }
    MfaChallenge challenge;
    challenge.id = query.value(0).toLongLong();
    challenge.staffId = query.value(1).toLongLong();
    challenge.login = query.value(2).toString();
    challenge.purpose = query.value(3).toString() == QLatin1String("enrol") ? MfaPurpose::Enrol : MfaPurpose::Verify;
    challenge.failures = query.value(4).toInt();
    challenge.signInAttemptId = query.value(5).toLongLong();
    return challenge;
}

Result<Done> failMfaChallenge(SqlSession& session, qint64 challengeId)
{
    auto updated = changed(
        session, SqlBuilder("UPDATE server_mfa_challenges SET failures = failures + 1 WHERE id = ").bind(challengeId));
    if (!updated.ok()) {
        return updated.error();
    }
    return Done{};
}

Result<bool> useMfaChallenge(SqlSession& session, qint64 challengeId)
{
    auto updated = changed(session, SqlBuilder("UPDATE server_mfa_challenges SET used_at = now() WHERE id = ")
                                        .bind(challengeId)
                                        .sql(" AND used_at IS NULL"));
    if (!updated.ok()) {
        return updated.error();
    }
    return updated.value() == 1;
}

Result<Done> startMfaEnrolment(SqlSession& session, qint64 staffId, const QByteArray& sealedSecret)
{
    if (session.dialect() != Dialect::PostgreSQL) {
        return needsPostgres();
    }
    // A confirmed, enabled enrolment is never replaced here: the WHERE leaves it alone.
    SqlBuilder b("INSERT INTO staff_mfa AS m (staff_id, secret_sealed) VALUES (");
    b.bind(staffId).sql(", ").bind(QString::fromLatin1(sealedSecret.toBase64()));
    b.sql(") ON CONFLICT (staff_id) DO UPDATE SET secret_sealed = EXCLUDED.secret_sealed, confirmed_at = NULL, ");
    b.sql("disabled_at = NULL, last_step = 0, updated_at = now() WHERE m.confirmed_at IS NULL OR m.disabled_at IS NOT "
          "NULL");
    auto stored = changed(session, b);
    if (!stored.ok()) {
        return stored.error();
    }
    if (stored.value() == 0) {
        return Error(Error::Kind::Conflict,
                     MfaText::tr("A second factor is set up already; headquarters can reset it if the phone is lost."));
    }
    return Done{};
}

Result<bool> confirmMfaEnrolment(SqlSession& session, qint64 staffId, qint64 step, const QStringList& recoverySha256)
{
    return inTransaction<bool>(session, [&]() -> Result<bool> {
        auto confirmed = changed(session, SqlBuilder("UPDATE staff_mfa SET confirmed_at = now(), last_step = ")
                                              .bind(step)
                                              .sql(", updated_at = now() WHERE staff_id = ")
                                              .bind(staffId)
                                              .sql(" AND confirmed_at IS NULL AND disabled_at IS NULL AND last_step < ")
                                              .bind(step));
        if (!confirmed.ok()) {
            return confirmed.error();
        }
        if (confirmed.value() != 1) {
            return false;
        }
        PD_TRY(changed(session, SqlBuilder("UPDATE staff_recovery_codes SET revoked_at = now() WHERE staff_id = ")
                                    .bind(staffId)
                                    .sql(" AND revoked_at IS NULL")));
        for (const QString& hash : recoverySha256) {
            PD_TRY(changed(session, SqlBuilder("INSERT INTO staff_recovery_codes (staff_id, code_sha256) VALUES (")
                                        .bind(staffId)
                                        .sql(", ")
                                        .bind(hash)
                                        .sql(")")));
        }
        return true;
    });
}

Result<bool> acceptTotpStep(SqlSession& session, qint64 staffId, qint64 step)
{
    auto updated = changed(session, SqlBuilder("UPDATE staff_mfa SET last_step = ")
                                        .bind(step)
                                        .sql(", updated_at = now() WHERE staff_id = ")
                                        .bind(staffId)
                                        .sql(" AND confirmed_at IS NOT NULL AND disabled_at IS NULL AND last_step < ")
                                        .bind(step));
    if (!updated.ok()) {
        return updated.error();
    }
    return updated.value() == 1;
}

Result<bool> useRecoveryCode(SqlSession& session, qint64 staffId, const QString& codeSha256)
{
    auto updated = changed(session, SqlBuilder("UPDATE staff_recovery_codes SET used_at = now() WHERE staff_id = ")
                                        .bind(staffId)
                                        .sql(" AND code_sha256 = ")
                                        .bind(codeSha256)
                                        .sql(" AND used_at IS NULL AND revoked_at IS NULL"));
    if (!updated.ok()) {
        return updated.error();
    }
    return updated.value() == 1;
}

Result<int> recoveryCodesLeft(SqlSession& session, qint64 staffId)
{
    auto left = session.scalar(SqlBuilder("SELECT COUNT(*) FROM staff_recovery_codes WHERE staff_id = ")
                                   .bind(staffId)
                                   .sql(" AND used_at IS NULL AND revoked_at IS NULL"));
    if (!left.ok()) {
        return left.error();
    }
    return left.value().toInt();
}

Result<Done> resetMfa(SqlSession& session, const QString& login)
{
    if (session.dialect() != Dialect::PostgreSQL) {
        return needsPostgres();
    }
    return inTransaction<Done>(session, [&]() -> Result<Done> {
        auto staff = session.scalar(SqlBuilder("SELECT id FROM staff WHERE login = ").bind(login));
        if (!staff.ok()) {
            return staff.error();
        }
        if (staff.value().isNull()) {
            return Error(Error::Kind::NotFound, MfaText::tr("There is no staff member \"%1\".").arg(login));
        }
        const qint64 id = staff.value().toLongLong();
        auto disabled = changed(session, SqlBuilder("UPDATE staff_mfa SET disabled_at = now(), updated_at = now() "
                                                    "WHERE disabled_at IS NULL AND staff_id = ")
                                             .bind(id));
        if (!disabled.ok()) {
            return disabled.error();
        }
        PD_TRY(changed(session, SqlBuilder("UPDATE staff_recovery_codes SET revoked_at = now() WHERE staff_id = ")
                                    .bind(id)
                                    .sql(" AND revoked_at IS NULL")));
        PD_TRY(appendAudit(session, "staff.reset_mfa", "staff", id, {},
                           {{QStringLiteral("second_factor"), QStringLiteral("reset")}},
                           QStringLiteral("second factor reset by paydesk-server --reset-mfa")));
        return Done{};
    });
}

} // namespace pd::sql
