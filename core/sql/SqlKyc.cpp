#include "sql/SqlKyc.h"

#include "sql/SqlAudit.h"
#include "sql/SqlExpr.h"
#include "sql/SqlLists.h"
#include "sql/SqlSession.h"
#include "sql/SqlWrite.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QLocale>
#include <QSqlQuery>

#include <map>

namespace pd::sql {

namespace {
struct KycText
{
    Q_DECLARE_TR_FUNCTIONS(pd::sql::Kyc)
};

constexpr int kMaxNote = 1000;

/// "now" for a statement: the server's clock on PostgreSQL (reviewers on several machines see
/// the same claim expiry), the canonical text of this machine's clock on SQLite.
void emitNow(SqlBuilder& b, Dialect dialect, const QString& nowText)
{
    SqlDialect::of(dialect).now(b, nowText);
}

/// now + `minutes` (see emitNow).
void emitNowPlusMinutes(SqlBuilder& b, Dialect dialect, int minutes)
{
    SqlDialect::of(dialect).nowPlusMinutes(
        b, minutes, canonicalText(QDateTime::currentDateTimeUtc().addSecs(qint64(minutes) * 60)));
}

QString localText(const QDateTime& utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                         : KycText::tr("an unknown time");
}

/// The staff role of the session's actor; empty for a login without a staff row (the owner).
Result<QString> actorRole(SqlSession& session)
{
    auto role = session.scalar(
        SqlBuilder("SELECT role FROM staff WHERE login = ").bind(session.actor()).sql(" AND is_active = ").bind(true));
    if (!role.ok()) {
        return role.error();
    }
    return role.value().toString();
}

/// Headquarters' rights: an hq_admin login, or a direct owner connection (no staff row).
bool headquarters(const QString& role)
{
    return role.isEmpty() || role == QLatin1String("hq_admin");
}

bool reviews(const QString& role)
{
    return role.isEmpty() || role == QLatin1String("hq_admin") || role == QLatin1String("kyc_reviewer");
}

Result<Done> requireReviewer(SqlSession& session)
{
    auto role = actorRole(session);
    if (!role.ok()) {
        return role.error();
    }
    if (!reviews(role.value())) {
        return Error(Error::Kind::Permission,
                     KycText::tr("Your role (%1) may not review KYC documents; ask a KYC reviewer or headquarters.")
                         .arg(role.value()));
    }
    return Done{};
}

/// The state of one document as a decision or claim needs it.
struct DocumentState
{
    qint64 userId = 0;
    QString status;
    int version = 0;
    int level = 1;
    QString liveClaimer; ///< empty when nobody holds a live claim
    QDateTime claimExpires;
    QString firstApprover;
    QDateTime firstApprovedAt;
    int riskHundredths = 0;
    QString notes;
    QString verifiedBy;
    QDateTime verifiedAt;
    QDateTime expiresAt; ///< the identity document's own expiry (invalid: none)
    QString holdReason;  ///< on hold (migration 022) when not empty
    QString heldBy;
    QString assignedTo; ///< the reviewer it is assigned to (migration 022), empty when none
};

Result<std::optional<DocumentState>> loadDocument(SqlSession& session, qint64 id, bool forUpdate)
{
    const Dialect dialect = session.dialect();
    const QString now = SqlSession::nowText();
    SqlBuilder b("SELECT k.user_id, k.verification_status, k.version, k.kyc_level, "
                 "CASE WHEN k.claim_expires_at > ");
    emitNow(b, dialect, now);
    b.sql(" THEN k.claimed_by END, ");
    emitTypedValue(b, "k.claim_expires_at", ValueType::Timestamp, dialect);
    b.sql(", k.first_approved_by, ");
    emitTypedValue(b, "k.first_approved_at", ValueType::Timestamp, dialect);
    b.sql(", ");
    SqlDialect::of(dialect).hundredths(b, "COALESCE(k.risk_score, 0)");
    b.sql(", k.verification_notes, k.verified_by, ");
    emitTypedValue(b, "k.verified_at", ValueType::Timestamp, dialect);
    b.sql(", ");
    emitTypedValue(b, "k.expires_at", ValueType::Timestamp, dialect);
    b.sql(", k.hold_reason, k.held_by, k.assigned_to FROM kyc_documents k WHERE k.id = ").bind(id);
    if (forUpdate) {
        SqlDialect::of(dialect).lock(b, " FOR UPDATE");
    }
    QSqlQuery query;
    Error error;
    if (!session.exec(query, b, &error)) {
        return error;
    }
    if (!query.next()) {
        return std::optional<DocumentState>();
    }
    DocumentState d;
    d.userId = query.value(0).toLongLong();
    d.status = query.value(1).toString();
    d.version = query.value(2).toInt();
    d.level = query.value(3).toInt();
    d.liveClaimer = query.value(4).toString();
    d.claimExpires = parseCanonicalInstant(query.value(5).toString());
    d.firstApprover = query.value(6).toString();
    d.firstApprovedAt = parseCanonicalInstant(query.value(7).toString());
    d.riskHundredths = query.value(8).toInt();
    d.notes = query.value(9).toString();
    d.verifiedBy = query.value(10).toString();
    d.verifiedAt = parseCanonicalInstant(query.value(11).toString());
    d.expiresAt = parseCanonicalInstant(query.value(12).toString());
    d.holdReason = query.value(13).toString();
    d.heldBy = query.value(14).toString();
    d.assignedTo = query.value(15).toString();
    return std::optional<DocumentState>(d);
}

Error notFound(qint64 id)
{
    return Error(Error::Kind::NotFound, KycText::tr("KYC document #%1 does not exist any more.").arg(id));
}

Error alreadyDecided(qint64 id, const DocumentState& d)
{
    return Error(
        Error::Kind::Conflict,
        KycText::tr("KYC document #%1 was already decided by %2 at %3 (%4). Nothing was changed.")
            .arg(id)
            .arg(d.verifiedBy.isEmpty() ? KycText::tr("someone") : d.verifiedBy, localText(d.verifiedAt), d.status));
}

Error claimedByOther(qint64 id, const DocumentState& d)
{
    return Error(Error::Kind::Conflict,
                 KycText::tr("KYC document #%1 is claimed by %2 until %3. Pick another document, or ask %2 or "
                             "headquarters to release it.")
                     .arg(id)
                     .arg(d.liveClaimer, localText(d.claimExpires)));
}

Error onHold(qint64 id, const DocumentState& d)
{
    return Error(Error::Kind::Conflict,
                 KycText::tr("KYC document #%1 is on hold (%2, by %3); resume it before reviewing it.")
                     .arg(id)
                     .arg(d.holdReason, d.heldBy));
}

QJsonObject stateJson(const QString& status, const QString& notes, const UserKyc& user)
{
    QJsonObject o{{QStringLiteral("verification_status"), status},
                  {QStringLiteral("user_kyc_status"), user.status},
                  {QStringLiteral("user_kyc_level"), user.level}};
    if (!notes.isEmpty()) {
        o.insert(QStringLiteral("verification_notes"), notes);
    }
    return o;
}
} // namespace

Result<KycSettings> kycSettings(SqlSession& session)
{
    SqlBuilder b("SELECT claim_minutes, sla_hours, ");
    SqlDialect::of(session.dialect()).hundredths(b, "four_eyes_risk");
    b.sql(", version, auto_assign FROM kyc_settings WHERE id = 1");
    QSqlQuery query;
    Error error;
    if (!session.exec(query, b, &error)) {
        return error;
    }
    KycSettings settings;
    if (query.next()) {
        settings.claimMinutes = query.value(0).toInt();
        settings.slaHours = query.value(1).toInt();
        settings.fourEyesRiskHundredths = query.value(2).toInt();
        settings.version = query.value(3).toInt();
        settings.autoAssign = query.value(4).toInt() != 0 || query.value(4).toString() == QLatin1String("true");
    }
    return settings;
}

Result<KycSettings> setKycSettings(SqlSession& session, const KycSettings& settings)
{
    if (settings.claimMinutes < 1 || settings.claimMinutes > 1440) {
        return invalid(KycText::tr("A claim lasts 1 to 1,440 minutes (one day)."));
    }
    if (settings.slaHours < 1 || settings.slaHours > 720) {
        return invalid(KycText::tr("The time to a decision is 1 to 720 hours (30 days)."));
    }
    if (settings.fourEyesRiskHundredths < 0 || settings.fourEyesRiskHundredths > 999) {
        return invalid(KycText::tr("The four-eyes risk threshold is a score from 0.00 to 9.99."));
    }
    return inTransaction<KycSettings>(session, [&]() -> Result<KycSettings> {
        auto role = actorRole(session);
        if (!role.ok()) {
            return role.error();
        }
        if (!headquarters(role.value())) {
            return Error(Error::Kind::Permission, KycText::tr("Only headquarters may change the review settings."));
        }
        auto before = kycSettings(session);
        if (!before.ok()) {
            return before.error();
        }
        if (before.value().version != settings.version) {
            const LastChange last = lastChange(session, "kyc_settings", 1);
            return Error(Error::Kind::Conflict,
                         KycText::tr("The review settings were changed by %1 at %2. Nothing was changed; look at them "
                                     "again.")
                             .arg(last.actor.isEmpty() ? KycText::tr("someone") : last.actor, localText(last.at)));
        }
        SqlBuilder update("UPDATE kyc_settings SET claim_minutes = ");
        update.bind(settings.claimMinutes).sql(", sla_hours = ").bind(settings.slaHours);
        update.sql(", four_eyes_risk = ").bind(settings.fourEyesRiskHundredths).sql(" / 100.0");
        update.sql(", auto_assign = ").bind(settings.autoAssign);
        update.sql(", version = version + 1 WHERE id = 1 AND version = ").bind(settings.version);
        QSqlQuery query;
        Error error;
        if (!session.exec(query, update, &error)) {
            return error;
        }
        auto json = [](const KycSettings& s) {
            return QJsonObject{{QStringLiteral("claim_minutes"), s.claimMinutes},
                               {QStringLiteral("sla_hours"), s.slaHours},
                               {QStringLiteral("four_eyes_risk"), s.fourEyesRiskHundredths / 100.0},
                               {QStringLiteral("auto_assign"), s.autoAssign}};
        };
        auto audited = appendAudit(session, "kyc.settings", "kyc_settings", 1, json(before.value()), json(settings));
        if (!audited.ok()) {
            return audited.error();
        }
        return kycSettings(session);
    });
}

Result<KycQueueSummary> kycQueueSummary(SqlSession& session)
{
    auto settings = kycSettings(session);
    if (!settings.ok()) {
        return settings.error();
    }
    auto role = actorRole(session);
    if (!role.ok()) {
        return role.error();
    }
    const Dialect dialect = session.dialect();
    const QString now = SqlSession::nowText();
    // Stages as PD_KYC_STAGE (core/sql/SqlLists.cpp): on hold before the others.
    SqlBuilder b("SELECT "
                 "COALESCE(SUM(CASE WHEN hold_reason IS NULL AND first_approved_by IS NULL AND resubmitted_at IS NULL "
                 "THEN 1 ELSE 0 END), 0), "
                 "COALESCE(SUM(CASE WHEN hold_reason IS NULL AND first_approved_by IS NULL AND resubmitted_at IS NOT "
                 "NULL THEN 1 ELSE 0 END), 0), "
                 "COALESCE(SUM(CASE WHEN hold_reason IS NULL AND first_approved_by IS NOT NULL THEN 1 ELSE 0 END), 0), "
                 "COALESCE(SUM(CASE WHEN claim_expires_at > ");
    emitNow(b, dialect, now);
    b.sql(" THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN claim_expires_at > ");
    emitNow(b, dialect, now);
    b.sql(" AND claimed_by = ").bind(session.actor());
    b.sql(" THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN paused_at IS NULL AND COALESCE(sla_clock_from, created_at) "
          "< ");
    bindInstant(b, dialect,
                canonicalText(QDateTime::currentDateTimeUtc().addSecs(-qint64(settings.value().slaHours) * 3600)));
    b.sql(" THEN 1 ELSE 0 END), 0), COALESCE(SUM(CASE WHEN hold_reason IS NOT NULL THEN 1 ELSE 0 END), 0), "
          "COALESCE(SUM(CASE WHEN assigned_to = ")
        .bind(session.actor())
        .sql(" THEN 1 ELSE 0 END), 0) FROM kyc_documents WHERE verification_status = 'pending'");
    QSqlQuery query;
    Error error;
    if (!session.exec(query, b, &error)) {
        return error;
    }
    KycQueueSummary summary;
    if (query.next()) {
        summary.newDocuments = query.value(0).toLongLong();
        summary.resubmitted = query.value(1).toLongLong();
        summary.secondApproval = query.value(2).toLongLong();
        summary.claimed = query.value(3).toLongLong();
        summary.mine = query.value(4).toLongLong();
        summary.overdue = query.value(5).toLongLong();
        summary.onHold = query.value(6).toLongLong();
        summary.assignedToMe = query.value(7).toLongLong();
    }
    query.finish();
    auto away = session.scalar(SqlBuilder("SELECT away_until FROM staff WHERE login = ").bind(session.actor()));
    if (!away.ok()) {
        return away.error();
    }
    summary.awayUntil = QDate::fromString(away.value().toString().left(10), Qt::ISODate);
    summary.reviewer = session.actor();
    summary.mayReleaseOthers = headquarters(role.value());
    summary.settings = settings.value();
    return summary;
}

Result<KycClaim> claimKycDocument(SqlSession& session, qint64 documentId)
{
    const Dialect dialect = session.dialect();
    return inTransaction<KycClaim>(session, [&]() -> Result<KycClaim> {
        PD_TRY(requireReviewer(session));
        auto settings = kycSettings(session);
        if (!settings.ok()) {
            return settings.error();
        }
        const QString me = session.actor();
        const QString now = SqlSession::nowText();
        // One statement decides the race: of two reviewers claiming at once, the second finds
        // the row claimed when its WHERE is re-checked after the first commits.
        SqlBuilder claim("UPDATE kyc_documents SET claimed_by = ");
        claim.bind(me).sql(", claimed_at = ");
        emitNow(claim, dialect, now);
        claim.sql(", claim_expires_at = ");
        emitNowPlusMinutes(claim, dialect, settings.value().claimMinutes);
        claim.sql(" WHERE id = ")
            .bind(documentId)
            .sql(" AND verification_status = 'pending' AND hold_reason IS NULL AND (claimed_by IS NULL ");
        claim.sql("OR claimed_by = ").bind(me).sql(" OR claim_expires_at IS NULL OR claim_expires_at <= ");
        emitNow(claim, dialect, now);
        claim.sql(")");
        QSqlQuery query;
        Error error;
        if (!session.exec(query, claim, &error)) {
            return error;
        }
        const bool claimed = query.numRowsAffected() == 1;
        query.finish();
        auto state = loadDocument(session, documentId, false);
        if (!state.ok()) {
            return state.error();
        }
        if (!state.value()) {
            return notFound(documentId);
        }
        const DocumentState& d = *state.value();
        if (!claimed) {
            if (d.status != QLatin1String("pending")) {
                return alreadyDecided(documentId, d);
            }
            if (!d.holdReason.isEmpty()) {
                return onHold(documentId, d);
            }
            return claimedByOther(documentId, d);
        }
        auto audited = appendAudit(
            session, "kyc.claim", "kyc_documents", documentId, {},
            {{QStringLiteral("claimed_by"), me}, {QStringLiteral("claim_expires_at"), canonicalText(d.claimExpires)}});
        if (!audited.ok()) {
            return audited.error();
        }
        return KycClaim{documentId, me, d.claimExpires};
    });
}

Result<Done> releaseKycClaim(SqlSession& session, qint64 documentId, const QString& reason, bool* released)
{
    if (released) {
        *released = false;
    }
    return inTransaction<Done>(session, [&]() -> Result<Done> {
        auto role = actorRole(session);
        if (!role.ok()) {
            return role.error();
        }
        auto state = loadDocument(session, documentId, true);
        if (!state.ok()) {
            return state.error();
        }
        if (!state.value()) {
            return notFound(documentId);
        }
        const DocumentState& d = *state.value();
        if (d.liveClaimer.isEmpty()) {
            return Done{};
        }
        const bool admin = headquarters(role.value());
        if (d.liveClaimer != session.actor() && !admin) {
            return Error(Error::Kind::Permission,
                         KycText::tr("KYC document #%1 is claimed by %2; only %2 or headquarters may release it.")
                             .arg(documentId)
                             .arg(d.liveClaimer));
        }
        SqlBuilder release("UPDATE kyc_documents SET claimed_by = NULL, claimed_at = NULL, claim_expires_at = NULL "
                           "WHERE id = ");
        release.bind(documentId);
        QSqlQuery query;
        Error error;
        if (!session.exec(query, release, &error)) {
            return error;
        }
        auto audited = appendAudit(session, "kyc.release", "kyc_documents", documentId,
                                   {{QStringLiteral("claimed_by"), d.liveClaimer}}, {}, reason);
        if (audited.ok() && released) {
            *released = true;
        }
        return audited;
    });
}

Result<Done> setKycAway(SqlSession& session, const KycAway& away)
{
    if (away.until.isValid() && away.until < QDate::currentDate()) {
        return invalid(KycText::tr("Away until %1 is in the past; choose today or a later day.")
                           .arg(away.until.toString(Qt::ISODate)));
    }
    if (away.reason.trimmed().size() > 500) {
        return invalid(KycText::tr("The reason is longer than 500 characters; shorten it."));
    }
    return inTransaction<Done>(session, [&]() -> Result<Done> {
        PD_TRY(requireReviewer(session));
        const QString me = session.actor();
        const QVariant until = away.until.isValid() ? QVariant(away.until.toString(Qt::ISODate)) : QVariant();
        QSqlQuery query;
        Error error;
        if (session.dialect() == Dialect::PostgreSQL) {
            // staff is headquarters' table: the database lets a reviewer change only this.
            SqlBuilder set("SELECT paydesk_set_away(CAST(");
            set.bind(until).sql(" AS DATE))");
            if (!session.exec(query, set, &error)) {
                return inTheDatabasesWords(error);
            }
        } else {
            SqlBuilder set("UPDATE staff SET away_until = ");
            set.bind(until).sql(" WHERE login = ").bind(me).sql(" AND is_active = ").bind(true);
            if (!session.exec(query, set, &error)) {
                return error;
            }
            if (query.numRowsAffected() != 1) {
                return Error(Error::Kind::Permission, KycText::tr("Only an active staff login can be away."));
            }
        }
        query.finish();
        if (away.until.isValid()) {
            // Away: what was assigned to them goes back to the shared queue.
            SqlBuilder giveBack("UPDATE kyc_documents SET assigned_to = NULL, assigned_at = NULL WHERE assigned_to = ");
            giveBack.bind(me).sql(" AND verification_status = 'pending'");
            if (!session.exec(query, giveBack, &error)) {
                return inTheDatabasesWords(error);
            }
        }
        auto staffId = session.scalar(SqlBuilder("SELECT id FROM staff WHERE login = ").bind(me));
        if (!staffId.ok()) {
            return staffId.error();
        }
        return appendAudit(
            session, "staff.away", "staff", staffId.value().toLongLong(), {},
            {{QStringLiteral("away_until"), away.until.isValid() ? away.until.toString(Qt::ISODate) : QString()}},
            away.reason.trimmed());
    });
}

Result<Done> assignKycDocument(SqlSession& session, qint64 documentId, const QString& reviewer, const QString& reason)
{
    return inTransaction<Done>(session, [&]() -> Result<Done> {
        auto role = actorRole(session);
        if (!role.ok()) {
            return role.error();
        }
        if (!headquarters(role.value())) {
            return Error(Error::Kind::Permission, KycText::tr("Only headquarters assigns KYC documents."));
        }
        SqlBuilder who("SELECT role, away_until FROM staff WHERE is_active = ");
        who.bind(true).sql(" AND login = ").bind(reviewer);
        QSqlQuery query;
        Error error;
        if (!session.exec(query, who, &error)) {
            return error;
        }
        if (!query.next() || (query.value(0).toString() != QLatin1String("kyc_reviewer") &&
                              query.value(0).toString() != QLatin1String("hq_admin"))) {
            return invalid(KycText::tr("%1 is not an active KYC reviewer; choose one.").arg(reviewer));
        }
        const QDate away = QDate::fromString(query.value(1).toString().left(10), Qt::ISODate);
        if (away.isValid() && away >= QDate::currentDate()) {
            return invalid(
                KycText::tr("%1 is away until %2; choose another reviewer.").arg(reviewer, away.toString(Qt::ISODate)));
        }
        query.finish();
        auto state = loadDocument(session, documentId, true);
        if (!state.ok()) {
            return state.error();
        }
        if (!state.value()) {
            return notFound(documentId);
        }
        if (state.value()->status != QLatin1String("pending")) {
            return alreadyDecided(documentId, *state.value());
        }
        SqlBuilder assign("UPDATE kyc_documents SET assigned_to = ");
        assign.bind(reviewer).sql(", assigned_at = ");
        emitNow(assign, session.dialect(), SqlSession::nowText());
        assign.sql(" WHERE id = ").bind(documentId);
        if (!session.exec(query, assign, &error)) {
            return inTheDatabasesWords(error);
        }
        return appendAudit(session, "kyc.assign", "kyc_documents", documentId,
                           {{QStringLiteral("assigned_to"), state.value()->assignedTo}},
                           {{QStringLiteral("assigned_to"), reviewer}}, reason);
    });
}

Result<Done> holdKycDocument(SqlSession& session, const KycHold& hold)
{
    const auto reason = auditReason(hold.reason);
    if (!reason.ok()) {
        return reason.error();
    }
    return inTransaction<Done>(session, [&]() -> Result<Done> {
        PD_TRY(requireReviewer(session));
        auto state = loadDocument(session, hold.documentId, true);
        if (!state.ok()) {
            return state.error();
        }
        if (!state.value()) {
            return notFound(hold.documentId);
        }
        const DocumentState& d = *state.value();
        if (d.status != QLatin1String("pending")) {
            return alreadyDecided(hold.documentId, d);
        }
        const QString me = session.actor();
        if (hold.hold) {
            if (!d.holdReason.isEmpty()) {
                return onHold(hold.documentId, d);
            }
            if (d.liveClaimer != me) {
                return d.liveClaimer.isEmpty()
                           ? invalid(
                                 KycText::tr("Claim KYC document #%1 before putting it on hold.").arg(hold.documentId))
                           : claimedByOther(hold.documentId, d);
            }
        } else if (d.holdReason.isEmpty()) {
            return invalid(KycText::tr("KYC document #%1 is not on hold.").arg(hold.documentId));
        }
        const Dialect dialect = session.dialect();
        SqlBuilder update("UPDATE kyc_documents SET hold_reason = ");
        if (hold.hold) {
            // Holding ends the claim: anyone may resume the document later.
            update.bind(reason.value()).sql(", held_by = ").bind(me).sql(", held_at = ");
            emitNow(update, dialect, SqlSession::nowText());
            update.sql(", claimed_by = NULL, claimed_at = NULL, claim_expires_at = NULL");
        } else {
            update.sql("NULL, held_by = NULL, held_at = NULL");
        }
        update.sql(" WHERE id = ").bind(hold.documentId);
        QSqlQuery query;
        Error error;
        if (!session.exec(query, update, &error)) {
            return inTheDatabasesWords(error);
        }
        return appendAudit(session, hold.hold ? "kyc.hold" : "kyc.resume", "kyc_documents", hold.documentId,
                           {{QStringLiteral("hold_reason"), d.holdReason}},
                           {{QStringLiteral("hold_reason"), hold.hold ? reason.value() : QString()}}, reason.value());
    });
}

Result<KycDecisionResult> decideKycDocument(SqlSession& session, const KycDecision& decision)
{
    const QString note = decision.note.trimmed();
    if (note.size() > kMaxNote) {
        return invalid(KycText::tr("The note is longer than 1,000 characters; shorten it."));
    }
    if (decision.action == KycAction::Reject && !kycRejectReasons().contains(decision.reasonCode)) {
        return invalid(KycText::tr("Choose the reason for the rejection from the list."));
    }
    if (decision.action == KycAction::Reject && decision.reasonCode == QLatin1String("other") && note.isEmpty()) {
        return invalid(KycText::tr("With the reason \"other\", write what is wrong in the note."));
    }
    if (decision.action == KycAction::RequestInfo && note.isEmpty()) {
        return invalid(KycText::tr("Write the message for the customer: what to send and why."));
    }
    const Dialect dialect = session.dialect();
    return inTransaction<KycDecisionResult>(session, [&]() -> Result<KycDecisionResult> {
        PD_TRY(requireReviewer(session));
        auto settings = kycSettings(session);
        if (!settings.ok()) {
            return settings.error();
        }
        auto state = loadDocument(session, decision.documentId, true);
        if (!state.ok()) {
            return state.error();
        }
        if (!state.value()) {
            return notFound(decision.documentId);
        }
        const DocumentState& d = *state.value();
        const QString me = session.actor();
        if (d.version != decision.version) {
            if (d.status != QLatin1String("pending")) {
                return alreadyDecided(decision.documentId, d);
            }
            const LastChange last = lastChange(session, "kyc_documents", decision.documentId);
            return Error(Error::Kind::Conflict,
                         KycText::tr("KYC document #%1 was changed by %2 at %3 since you opened it. Nothing was "
                                     "changed; look at it again and decide.")
                             .arg(decision.documentId)
                             .arg(last.actor.isEmpty() ? KycText::tr("someone") : last.actor, localText(last.at)),
                         last.action);
        }
        if (d.status != QLatin1String("pending")) {
            return alreadyDecided(decision.documentId, d);
        }
        if (!d.holdReason.isEmpty()) {
            return onHold(decision.documentId, d);
        }
        if (!d.liveClaimer.isEmpty() && d.liveClaimer != me) {
            return claimedByOther(decision.documentId, d);
        }
        if (d.liveClaimer.isEmpty()) {
            return invalid(KycText::tr("Claim KYC document #%1 before deciding it (claims end after %n minute(s)).",
                                       nullptr, settings.value().claimMinutes)
                               .arg(decision.documentId));
        }
        const QString now = SqlSession::nowText();
        QSqlQuery query;
        Error error;
        if (decision.action == KycAction::Approve && d.expiresAt.isValid() &&
            d.expiresAt <= QDateTime::currentDateTimeUtc()) {
            // Also enforced by the database (migration 013).
            return invalid(KycText::tr("KYC document #%1 expired on %2, so it cannot be approved. Reject it with the "
                                       "reason \"Document expired\", or ask the customer for a valid one.")
                               .arg(decision.documentId)
                               .arg(QLocale().toString(d.expiresAt.toLocalTime().date(), QLocale::ShortFormat)));
        }
        const bool fourEyes = d.riskHundredths > settings.value().fourEyesRiskHundredths;
        if (decision.action == KycAction::Approve && fourEyes && d.firstApprover == me) {
            return Error(Error::Kind::Permission,
                         KycText::tr("You gave the first approval of this high-risk document at %1; a second, "
                                     "different reviewer must approve it.")
                             .arg(localText(d.firstApprovedAt)));
        }
        if (decision.action == KycAction::Approve && fourEyes && d.firstApprover.isEmpty()) {
            // First of two approvals: the document stays pending, unclaimed, for a second reviewer.
            SqlBuilder first("UPDATE kyc_documents SET first_approved_by = ");
            first.bind(me).sql(", first_approved_at = ");
            emitNow(first, dialect, now);
            first.sql(", claimed_by = NULL, claimed_at = NULL, claim_expires_at = NULL, version = version + 1 "
                      "WHERE id = ");
            first.bind(decision.documentId).sql(" AND version = ").bind(decision.version);
            if (!session.exec(query, first, &error)) {
                return error;
            }
            if (query.numRowsAffected() != 1) {
                return Error(Error::Kind::Conflict,
                             KycText::tr("KYC document #%1 was changed at the same moment. Nothing was changed.")
                                 .arg(decision.documentId));
            }
            query.finish();
            auto audited = appendAudit(session, "kyc.first_approval", "kyc_documents", decision.documentId,
                                       {{QStringLiteral("verification_status"), d.status}},
                                       {{QStringLiteral("verification_status"), d.status},
                                        {QStringLiteral("first_approved_by"), me},
                                        {QStringLiteral("risk_score"), d.riskHundredths / 100.0}},
                                       note);
            if (!audited.ok()) {
                return audited.error();
            }
            KycDecisionResult result;
            result.awaitingSecondApproval = true;
            result.status = d.status;
            result.userId = d.userId;
            result.version = decision.version + 1;
            return result;
        }

        QString notes;
        switch (decision.action) {
        case KycAction::Approve:
            notes = note;
            if (fourEyes) {
                notes = QStringLiteral("four eyes: first approval by %1").arg(d.firstApprover) +
                        (note.isEmpty() ? QString() : QStringLiteral("; ") + note);
            }
            break;
        case KycAction::Reject:
            notes =
                kycRejectReasonText(decision.reasonCode) + (note.isEmpty() ? QString() : QStringLiteral(": ") + note);
            break;
        case KycAction::RequestInfo:
            notes = note;
            break;
        }
        const QString newStatus = kycActionStatus(decision.action);

        // The user's KYC before and after, from all of their documents.
        auto userKyc = [&](const QString& overrideStatus) -> Result<UserKyc> {
            SqlBuilder docs("SELECT id, verification_status, kyc_level FROM kyc_documents WHERE user_id = ");
            docs.bind(d.userId).sql(" ORDER BY created_at, id");
            QSqlQuery q;
            Error e;
            if (!session.exec(q, docs, &e)) {
                return e;
            }
            QVector<KycDocumentState> states;
            while (q.next()) {
                const bool self = q.value(0).toLongLong() == decision.documentId;
                states.append(
                    {self && !overrideStatus.isEmpty() ? overrideStatus : q.value(1).toString(), q.value(2).toInt()});
            }
            return userKycFrom(states);
        };
        auto userBefore = userKyc(QString());
        if (!userBefore.ok()) {
            return userBefore.error();
        }
        auto userAfter = userKyc(newStatus);
        if (!userAfter.ok()) {
            return userAfter.error();
        }

        SqlBuilder update("UPDATE kyc_documents SET verification_status = ");
        update.bind(newStatus).sql(", verification_notes = ").bind(notes.isEmpty() ? QVariant() : QVariant(notes));
        update.sql(", verification_method = 'manual_review', verified_by = ").bind(me).sql(", verified_at = ");
        emitNow(update, dialect, now);
        update.sql(", claimed_by = NULL, claimed_at = NULL, claim_expires_at = NULL");
        if (decision.action != KycAction::Approve) {
            // A rejected or returned document starts its approvals afresh when resubmitted.
            update.sql(", first_approved_by = NULL, first_approved_at = NULL");
        }
        if (dialect == Dialect::SQLite) {
            update.sql(", updated_at = ").bind(now);
        }
        update.sql(", version = version + 1 WHERE id = ").bind(decision.documentId);
        update.sql(" AND version = ").bind(decision.version).sql(" AND verification_status = 'pending'");
        if (!session.exec(query, update, &error)) {
            return error;
        }
        if (query.numRowsAffected() != 1) {
            return Error(Error::Kind::Conflict,
                         KycText::tr("KYC document #%1 was decided by someone else at the same moment. Nothing was "
                                     "changed.")
                             .arg(decision.documentId));
        }
        query.finish();

        SqlBuilder user("UPDATE users SET kyc_status = ");
        user.bind(userAfter.value().status).sql(", kyc_level = ").bind(userAfter.value().level);
        user.sql(", is_verified = ").bind(userAfter.value().level > 0).sql(", version = version + 1");
        if (dialect == Dialect::SQLite) {
            user.sql(", updated_at = ").bind(now);
        }
        user.sql(" WHERE id = ").bind(d.userId);
        if (!session.exec(query, user, &error)) {
            return error;
        }
        query.finish();

        const QByteArray action = "kyc." + kycActionKey(decision.action).toLatin1();
        QJsonObject after = stateJson(newStatus, notes, userAfter.value());
        if (decision.action == KycAction::Reject) {
            after.insert(QStringLiteral("reason_code"), decision.reasonCode);
        }
        auto audited = appendAudit(session, action.constData(), "kyc_documents", decision.documentId,
                                   stateJson(d.status, d.notes, userBefore.value()), after, notes);
        if (!audited.ok()) {
            return audited.error();
        }
        KycDecisionResult result;
        result.status = newStatus;
        result.userId = d.userId;
        result.userKycStatus = userAfter.value().status;
        result.userKycLevel = userAfter.value().level;
        result.version = decision.version + 1;
        return result;
    });
}

Result<QString> revealDocumentNumber(SqlSession& session, qint64 documentId)
{
    return inTransaction<QString>(session, [&]() -> Result<QString> {
        PD_TRY(requireReviewer(session));
        QSqlQuery query;
        Error error;
        if (!session.exec(query, SqlBuilder("SELECT document_number FROM kyc_documents WHERE id = ").bind(documentId),
                          &error)) {
            return error;
        }
        if (!query.next()) {
            return notFound(documentId);
        }
        const QString number = query.value(0).toString();
        query.finish();
        // The audit row records that the number was seen, never the number itself.
        auto audited = appendAudit(session, "kyc.reveal_document_number", "kyc_documents", documentId, {},
                                   {{QStringLiteral("revealed"), QStringLiteral("document_number")}});
        if (!audited.ok()) {
            return audited.error();
        }
        return number;
    });
}

Result<QVector<ReviewerActivity>> reviewerActivity(SqlSession& session, const QDate& from, const QDate& to)
{
    if (!from.isValid() || !to.isValid() || from > to || from.daysTo(to) > 366) {
        return invalid(KycText::tr("Choose a period of one day to one year."));
    }
    const Dialect dialect = session.dialect();
    SqlBuilder b("SELECT a.actor, a.action, ");
    emitTypedValue(b, "a.occurred_at", ValueType::Timestamp, dialect);
    b.sql(", ");
    emitTypedValue(b, "k.created_at", ValueType::Timestamp, dialect);
    b.sql(", ");
    emitTypedValue(b, "k.resubmitted_at", ValueType::Timestamp, dialect);
    b.sql(" FROM audit_log a JOIN kyc_documents k ON k.id = a.entity_id WHERE a.entity = 'kyc_documents' "
          "AND a.action IN ('kyc.approve', 'kyc.reject', 'kyc.request_info', 'kyc.first_approval') "
          "AND a.occurred_at >= ");
    bindInstant(b, dialect, canonicalText(from.startOfDay()));
    b.sql(" AND a.occurred_at < ");
    bindInstant(b, dialect, canonicalText(to.addDays(1).startOfDay()));
    QSqlQuery query;
    Error error;
    if (!session.exec(query, b, &error)) {
        return error;
    }
    struct Bucket
    {
        ReviewerActivity activity;
        QVector<qint64> seconds;
    };
    std::map<std::pair<QDate, QString>, Bucket> buckets;
    while (query.next()) {
        const QString actor = query.value(0).toString();
        const QString action = query.value(1).toString();
        const QDateTime at = parseCanonicalInstant(query.value(2).toString());
        const QDateTime created = parseCanonicalInstant(query.value(3).toString());
        const QDateTime resubmitted = parseCanonicalInstant(query.value(4).toString());
        const QDate day = at.toLocalTime().date();
        Bucket& bucket = buckets[{day, actor}];
        bucket.activity.day = day;
        bucket.activity.reviewer = actor;
        if (action == QLatin1String("kyc.reject")) {
            ++bucket.activity.rejected;
        } else if (action == QLatin1String("kyc.request_info")) {
            ++bucket.activity.requestedInfo;
        } else {
            ++bucket.activity.approved;
        }
        // From the submission the decision answered: the resubmission when it came first.
        const QDateTime submitted = resubmitted.isValid() && resubmitted <= at ? resubmitted : created;
        if (submitted.isValid() && at.isValid()) {
            bucket.seconds.append(std::max<qint64>(0, submitted.secsTo(at)));
        }
    }
    QVector<ReviewerActivity> result;
    for (auto it = buckets.rbegin(); it != buckets.rend(); ++it) {
        ReviewerActivity activity = it->second.activity;
        activity.medianSecondsToDecision = medianOf(it->second.seconds);
        result.append(activity);
    }
    // Newest day first; reviewers by name within a day.
    std::stable_sort(result.begin(), result.end(), [](const ReviewerActivity& x, const ReviewerActivity& y) {
        return x.day != y.day ? x.day > y.day : x.reviewer < y.reviewer;
    });
    return result;
}

} // namespace pd::sql
