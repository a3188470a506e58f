#include "ApiServer.h"

#include "FieldCipher.h"
#include "InvoiceSheet.h"
#include "Json.h"
#include "Operations.h"
#include "Roles.h"
#include "Totp.h"
#include "sql/Migrations.h"
#include "sql/SqlAuth.h"
#include "sql/SqlChain.h"
#include "sql/SqlDashboard.h"
#include "sql/SqlInvoices.h"
#include "sql/SqlKyc.h"
#include "sql/SqlLists.h"
#include "sql/SqlMfa.h"
#include "sql/SqlOperations.h"
#include "sql/SqlPayments.h"
#include "sql/SqlReplica.h"
#include "sql/SqlSecurity.h"
#include "sql/SqlServerState.h"
#include "sql/SqlSession.h"

#include <QtHttpServer/QHttpServerResponder>

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>

#include <zlib.h>

#include <algorithm>
#include <atomic>
#include <cstdio>

namespace pd::server {

/// The sentences the server answers with: translatable, so a console shows them in its
/// language (core/Messages.h); the server itself answers in English.
struct ServerText
{
    Q_DECLARE_TR_FUNCTIONS(pd::server::ApiServer)
};

using Method = QHttpServerRequest::Method;
using Work = std::function<Reply(sql::SqlSession&, const Call&)>;
using Allowed = std::function<bool(const Permissions&, const Call&)>;

/// The largest request body of a route unless it says otherwise, and of the largest (a
/// reconciliation carries its whole statement).
constexpr qint64 kMaxBody = 1024 * 1024;
constexpr qint64 kMaxReconciliationBody = 16 * 1024 * 1024;

struct ApiServer::Route
{
    Method method = Method::Get;
    QStringList pattern; ///< segments after /api/v1/: literals, "{id}" (integer), "{area}", "{chart}"
    Allowed allowed;     ///< null: any signed-in staff member
    bool isPublic = false;
    bool mutation = false;    ///< honours Idempotency-Key
    bool replicaRead = false; ///< may run on the read replica (Operation::replicaRead)
    bool needsIfMatch = false;
    bool acts = true;          ///< runs as the signed-in staff member (false: the server's own account)
    bool signsIn = false;      ///< checks a password or a refresh token: runs on the sign-in pool
    qint64 maxBody = kMaxBody; ///< larger bodies are refused with 413
    Work work;
    /// The answer when no database connection can be opened (null: 503 with the reason).
    std::function<Reply(const Error&)> withoutDatabase;
};

namespace {

constexpr int kIdempotencySeconds = 24 * 3600;
/// Seconds a sign-in that passed its password has to give its second factor.
constexpr int kMfaChallengeSeconds = 300;

/// The associated data a TOTP secret is sealed with: it opens only for its own staff row.
QByteArray mfaAssociatedData(qint64 staffId)
{
    return QByteArray("staff_mfa.secret:") + QByteArray::number(staffId);
}

/// Sign-ins waiting for the sign-in pool beyond which the server answers 503 at once.
constexpr int kSignInQueue = 32;
/// The longest user name a sign-in reads (staff logins have at most 63 characters).
constexpr int kMaxUserName = 100;

/// Queued requests per worker beyond which readiness fails (see readiness()).
constexpr int kStuckQueuePerWorker = 64;

/// JSON answers at least this long are gzipped for clients that accept it (a page of a list is
/// tens of kilobytes and shrinks about eightfold; below a packet there is nothing to win).
constexpr qsizetype kGzipFrom = 1024;

/// True when an Accept-Encoding value (RFC 9110 section 12.5.3) accepts gzip: "gzip" or "*"
/// with a q-value above 0; "identity" alone, "gzip;q=0" and an empty value do not.
bool acceptsGzip(const QByteArray& value)
{
    bool gzipSaid = false;
    bool gzipOk = false;
    bool anyOk = false;
    for (const QByteArray& part : value.split(',')) {
        const QList<QByteArray> fields = part.split(';');
        const QByteArray coding = fields.value(0).trimmed().toLower();
        double q = 1.0;
        for (qsizetype i = 1; i < fields.size(); ++i) {
            const QByteArray field = fields.at(i).trimmed().toLower();
            if (field.startsWith("q=")) {
                bool ok = false;
                q = field.mid(2).toDouble(&ok);
                if (!ok) {
                    q = 0.0;
                }
            }
        }
        if (coding == "gzip" || coding == "x-gzip") {
            gzipSaid = true;
            gzipOk = q > 0.0;
        } else if (coding == "*") {
            anyOk = q > 0.0;
        }
    }
    return gzipSaid ? gzipOk : anyOk;
}

/// `data` in the gzip format (RFC 1952) by zlib at its default level; empty when zlib failed.
QByteArray gzip(const QByteArray& data)
{
    z_stream stream{};
    // 15 window bits + 16: a gzip header and trailer instead of zlib's (zlib.h, deflateInit2).
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        return {};
    }
    QByteArray out(qsizetype(deflateBound(&stream, uLong(data.size()))), Qt::Uninitialized);
    stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData()));
    stream.avail_in = uInt(data.size());
    stream.next_out = reinterpret_cast<Bytef*>(out.data());
    stream.avail_out = uInt(out.size());
    const int status = deflate(&stream, Z_FINISH);
    const qsizetype written = qsizetype(stream.total_out);
    deflateEnd(&stream);
    if (status != Z_STREAM_END) {
        return {};
    }
    out.truncate(written);
    return out;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

QByteArray compact(const QJsonValue& value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

/// True when `detail` is the database driver's own text (statement, CONTEXT lines, driver
/// names): kept for the server's log, never sent to a client (docs/SECURITY.md).
bool isDriverText(const QString& detail)
{
    for (const char* marker : {"ERROR:", "CONTEXT:", "QPSQL", "QSQLITE", "LINE ", "SQL state", "PL/pgSQL"}) {
        if (detail.contains(QLatin1String(marker))) {
            return true;
        }
    }
    return false;
}

Reply problemReply(const Error& error, int status)
{
    Reply reply;
    reply.status = status;
    reply.contentType = "application/problem+json";
    if (isDriverText(error.detail)) {
        qWarning("paydesk-server: %s (%s)", qPrintable(error.message), qPrintable(error.detail.simplified()));
        Error shown = error;
        shown.detail = QStringLiteral("The database's own words are in the server's log.");
        reply.body = compact(json::problem(shown, status));
    } else {
        reply.body = compact(json::problem(error, status));
    }
    return reply;
}

/// The JSON path of the first text in `value` with a control character other than tab, line
/// feed and carriage return (NUL included), or an empty string when there is none.
QString controlCharacterAt(const QJsonValue& value, const QString& path)
{
    auto bad = [](const QString& text) {
        return std::any_of(text.begin(), text.end(), [](QChar c) {
            const char16_t u = c.unicode();
            return (u < 0x20 && u != u'\t' && u != u'\n' && u != u'\r') || u == 0x7f;
        });
    };
    if (value.isString()) {
        return bad(value.toString()) ? path : QString();
    }
    if (value.isArray()) {
        const QJsonArray array = value.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString at = controlCharacterAt(array.at(i), QStringLiteral("%1[%2]").arg(path).arg(i));
            if (!at.isEmpty()) {
                return at;
            }
        }
    }
    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        for (auto it = object.begin(); it != object.end(); ++it) {
            const QString child = path + QLatin1Char('.') + it.key();
            if (bad(it.key())) {
                return child;
            }
            const QString at = controlCharacterAt(it.value(), child);
            if (!at.isEmpty()) {
                return at;
            }
        }
    }
    return {};
}

Reply problemReply(const Error& error)
{
    return problemReply(error, json::httpStatusFor(error.kind));
}

Reply jsonReply(const QJsonValue& value, int status = 200)
{
    Reply reply;
    reply.status = status;
    reply.body = compact(value);
    return reply;
}

Reply noContent()
{
    Reply reply;
    reply.status = 204;
    reply.contentType.clear();
    return reply;
}

Reply answerDone(const Result<Done>& result)
{
    return result.ok() ? noContent() : problemReply(result.error());
}

/// What the call's path, query, body and If-Match carry, for the operation table's codecs.
ops::Wire wireOf(const Call& call)
{
    return ops::Wire{call.ids, call.key, call.query, call.body, call.ifMatch};
}

/// The call read as `Op`'s request by the operation table's codec (the same reading as every
/// generic route), or the problem to answer.
template<typename Op>
Result<typename Op::Request> requestOf(const Call& call)
{
    auto request = Op::operation().fromWire(wireOf(call));
    if (!request.ok()) {
        return request.error();
    }
    return std::any_cast<const typename Op::Request&>(request.value());
}

/// The work of a route that runs its operation's SQL: the request read from the call by the
/// operation's codec, the answer written by it.
Work operationWork(const ops::Operation& op, sql::OperationHandler handler, sql::OperationContext context)
{
    return [op = &op, handler = std::move(handler), context](sql::SqlSession& s, const Call& call) {
        auto request = op->fromWire(wireOf(call));
        if (!request.ok()) {
            return problemReply(request.error());
        }
        auto result = handler(s, request.value(), context);
        if (!result.ok()) {
            // A conflict with the version sent as If-Match is 412; a conflict with the row's
            // state on a route without one (a document claimed by someone else) is 409.
            if (result.error().kind == Error::Kind::Conflict && !op->ifMatch) {
                return problemReply(result.error(), 409);
            }
            return problemReply(result.error());
        }
        if (op->okStatus == 204) {
            return noContent();
        }
        return jsonReply(op->encodeResponse(result.value(), request.value()), op->okStatus);
    };
}

Method methodOf(ops::Verb verb)
{
    switch (verb) {
    case ops::Verb::Get:
        return Method::Get;
    case ops::Verb::Post:
        return Method::Post;
    case ops::Verb::Put:
        return Method::Put;
    case ops::Verb::Delete:
        return Method::Delete;
    }
    return Method::Get;
}

Area areaOf(const Call& call)
{
    return areaFromKey(call.key).value_or(Area::Users);
}

/// The connection of this worker thread (to the primary, or to the read replica).
std::unique_ptr<sql::SqlSession>& threadSession(bool replica = false)
{
    thread_local std::unique_ptr<sql::SqlSession> session;
    thread_local std::unique_ptr<sql::SqlSession> replicaSession;
    return replica ? replicaSession : session;
}

/// Each worker thread keeps one connection (and one to the replica), opened on first use and
/// again after it broke.
Result<sql::SqlSession*> workerSession(const DatabaseUrl& url, bool replica = false)
{
    std::unique_ptr<sql::SqlSession>& session = threadSession(replica);
    static std::atomic<int> serial{0};
    if (session && session->isBroken()) {
        session.reset();
    }
    if (!session) {
        auto opened = sql::SqlSession::open(
            url, (replica ? QStringLiteral("paydesk-server-replica-%1") : QStringLiteral("paydesk-server-%1"))
                     .arg(++serial));
        if (!opened.ok()) {
            return opened.error();
        }
        session = std::move(opened.value());
    }
    return session.get();
}

QString signInFailedMessage()
{
    return ServerText::tr("The user name or password is wrong.");
}

/// A 429 answer with Retry-After `seconds`.
Reply tooMany(const Error& error, int seconds)
{
    Reply reply = problemReply(error, 429);
    reply.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray::number(seconds)));
    return reply;
}

/// Counts a sign-in step (a password or a second factor) against the throttle in PostgreSQL
/// before it is checked: sets `attemptId`, or returns what to answer instead (429 with
/// Retry-After, or the database's error).
std::optional<Reply> throttleSignIn(sql::SqlSession& s, const QString& loginSha256, const QString& remote,
                                    const ServerOptions& o, qint64* attemptId)
{
    auto gate = sql::beginSignInAttempt(s, loginSha256, remote,
                                        {o.loginFailuresPerUser, o.loginFailuresPerAddress, o.loginWindowSeconds});
    if (!gate.ok()) {
        return problemReply(gate.error());
    }
    if (const int wait = gate.value().waitSeconds; wait > 0) {
        return tooMany(Error(Error::Kind::Authentication,
                             ServerText::tr("Too many failed sign-ins; try again in %1 seconds.").arg(wait)),
                       wait);
    }
    *attemptId = gate.value().attemptId;
    return std::nullopt;
}

/// Issues a new refresh token (stored hashed) and an access token for a staff member: the
/// answer of auth/login and auth/refresh.
Reply issueTokens(sql::SqlSession& s, const sql::StaffAccount& staff, const ServerOptions& o,
                  const QJsonObject& extra = {})
{
    const QString refresh = auth::randomToken();
    auto stored = sql::storeRefreshToken(s, staff.id, auth::sha256Hex(refresh),
                                         QDateTime::currentDateTimeUtc().addDays(o.refreshTokenDays), staff.sessionId);
    if (!stored.ok()) {
        return problemReply(stored.error());
    }
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const auth::TokenClaims claims{staff.login,   staff.role, staff.organizationId, now, now + o.accessTokenSeconds,
                                   stored.value()};
    QJsonObject answer{{QStringLiteral("access_token"), auth::signAccessToken(claims, o.tokenKey)},
                       {QStringLiteral("token_type"), QStringLiteral("Bearer")},
                       {QStringLiteral("expires_in"), o.accessTokenSeconds},
                       {QStringLiteral("refresh_token"), refresh},
                       {QStringLiteral("refresh_expires_in"), qint64(o.refreshTokenDays) * 86400},
                       {QStringLiteral("user"), staff.login},
                       {QStringLiteral("role"), staff.role},
                       {QStringLiteral("organization_id"), staff.organizationId}};
    for (auto it = extra.begin(); it != extra.end(); ++it) {
        answer.insert(it.key(), it.value());
    }
    return jsonReply(answer);
}

void writeAccessLog(const QJsonObject& line)
{
    const QByteArray text = QJsonDocument(line).toJson(QJsonDocument::Compact) + '\n';
    std::fwrite(text.constData(), 1, size_t(text.size()), stderr);
    std::fflush(stderr);
}

/// The fields every access-log line has (no tokens, bodies or query values).
QJsonObject accessLine(const Call& call, const QString& method, const QString& path, int status, qint64 startedMs)
{
    return QJsonObject{
        {QStringLiteral("ts"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
        {QStringLiteral("id"), call.requestId},
        {QStringLiteral("remote"), call.remote},
        {QStringLiteral("method"), method},
        {QStringLiteral("path"), path.left(200)},
        {QStringLiteral("status"), status},
        {QStringLiteral("ms"), nowMs() - startedMs},
        {QStringLiteral("user"), call.claims.subject},
    };
}

QString methodName(Method method)
{
    switch (method) {
    case Method::Get:
        return QStringLiteral("GET");
    case Method::Put:
        return QStringLiteral("PUT");
    case Method::Delete:
        return QStringLiteral("DELETE");
    case Method::Post:
        return QStringLiteral("POST");
    case Method::Head:
        return QStringLiteral("HEAD");
    case Method::Options:
        return QStringLiteral("OPTIONS");
    case Method::Patch:
        return QStringLiteral("PATCH");
    default:
        break;
    }
    return QStringLiteral("OTHER");
}

/// A mutation's Idempotency-Key, hashed, with its normalised route; empty route when none.
struct Idempotency
{
    QString route;
    QString keySha256;
    QString bodySha256;
};

/// The reply of a stored Idempotency-Key answer.
/// The chain watchers' state as Prometheus lines (gauges per watcher).
QByteArray chainMetrics(sql::SqlSession& session)
{
    auto states = sql::chainWatcherStates(session);
    QByteArray out = "# HELP paydesk_chain_watcher_connected 1 when the watcher is connected to an Electrum server.\n"
                     "# TYPE paydesk_chain_watcher_connected gauge\n";
    QByteArray tip = "# HELP paydesk_chain_tip_height The chain tip the watcher follows.\n"
                     "# TYPE paydesk_chain_tip_height gauge\n";
    QByteArray lag = "# HELP paydesk_chain_watcher_lag_seconds Seconds since the watcher last heard from its server.\n"
                     "# TYPE paydesk_chain_watcher_lag_seconds gauge\n";
    QByteArray watched = "# HELP paydesk_chain_watched_invoices Invoices the watcher follows.\n"
                         "# TYPE paydesk_chain_watched_invoices gauge\n";
    if (states.ok()) {
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (const ChainWatcherStatus& w : states.value()) {
            const QByteArray label = "{watcher=\"" + prometheusLabel(w.watcher).toUtf8() + "\"}";
            out += "paydesk_chain_watcher_connected" + label + (w.connected ? " 1\n" : " 0\n");
            tip += "paydesk_chain_tip_height" + label + ' ' + QByteArray::number(w.tipHeight) + '\n';
            const QDateTime seen = w.lastSeenAt.isValid() ? w.lastSeenAt : w.updatedAt;
            lag += "paydesk_chain_watcher_lag_seconds" + label + ' ' +
                   QByteArray::number(std::max<qint64>(0, seen.secsTo(now))) + '\n';
            watched += "paydesk_chain_watched_invoices" + label + ' ' + QByteArray::number(w.watchedInvoices) + '\n';
        }
    }
    return out + tip + lag + watched;
}

Reply replayOf(const sql::IdempotencyClaim& stored)
{
    Reply replay;
    replay.status = stored.status;
    replay.body = stored.answer;
    replay.contentType = stored.contentType;
    for (const QJsonValue& header : stored.headers) {
        replay.headers.append(
            qMakePair(header.toArray().at(0).toString().toLatin1(), header.toArray().at(1).toString().toLatin1()));
    }
    replay.headers.append(qMakePair(QByteArray("Idempotent-Replayed"), QByteArray("true")));
    return replay;
}

/// The readiness answer (GET /health/ready): database (with latency), schema, chain watcher and
/// worker queue, each with "ok"; 503 naming the failing parts. `s` null: no connection could be
/// opened (`noConnection` says why), so the database and everything that needs it fail.
Reply readiness(sql::SqlSession* s, const Error& noConnection, const ServerOptions& o, const Metrics& metrics,
                const ReplicaMonitor* replica)
{
    QElapsedTimer clock;
    clock.start();
    auto ping = s ? s->scalar(sql::SqlBuilder("SELECT 1")) : Result<QVariant>(noConnection);
    const double latencyMs = double(clock.nsecsElapsed()) / 1e6;
    QStringList failing;
    QJsonObject checks;
    QJsonObject database{{QStringLiteral("ok"), ping.ok()}, {QStringLiteral("latency_ms"), latencyMs}};
    if (!ping.ok()) {
        database.insert(QStringLiteral("error"), ping.error().message);
    }
    checks.insert(QStringLiteral("database"), database);
    if (!ping.ok()) {
        failing << QStringLiteral("database");
    }
    auto usable = ping.ok() ? sql::Migrator::checkUsable(*s) : Result<sql::SchemaState>(ping.error());
    QJsonObject schema{{QStringLiteral("ok"), usable.ok()}};
    if (usable.ok()) {
        schema.insert(QStringLiteral("version"), usable.value().version);
    } else {
        schema.insert(QStringLiteral("error"), usable.error().message);
        failing << QStringLiteral("schema");
    }
    checks.insert(QStringLiteral("schema"), schema);
    QJsonObject chain{{QStringLiteral("configured"), !o.electrum.isEmpty()}};
    if (!o.electrum.isEmpty()) {
        bool ok = false;
        auto states = ping.ok() ? sql::chainWatcherStates(*s) : Result<QVector<ChainWatcherStatus>>(ping.error());
        if (states.ok()) {
            for (const ChainWatcherStatus& w : states.value()) {
                if (!w.watcher.startsWith(o.watchAs + QLatin1Char('@')) ||
                    !w.watcher.endsWith(QLatin1String("(server)"))) {
                    continue;
                }
                const qint64 age = w.updatedAt.secsTo(QDateTime::currentDateTimeUtc());
                ok = w.connected && age >= 0 && age < 60;
                chain.insert(QStringLiteral("server"), w.server);
                chain.insert(QStringLiteral("tip_height"), w.tipHeight);
                chain.insert(QStringLiteral("connected"), w.connected);
                chain.insert(QStringLiteral("last_seen_at"), w.lastSeenAt.toString(Qt::ISODateWithMs));
                if (!w.lastError.isEmpty()) {
                    chain.insert(QStringLiteral("last_error"), w.lastError);
                }
                break;
            }
        }
        chain.insert(QStringLiteral("ok"), ok);
        if (!ok) {
            failing << QStringLiteral("chain");
        }
    } else {
        chain.insert(QStringLiteral("ok"), true);
    }
    checks.insert(QStringLiteral("chain"), chain);
    // A replica behind or away is reported, not failed: the primary serves every read then.
    QJsonObject replicaCheck{{QStringLiteral("configured"), replica != nullptr}, {QStringLiteral("ok"), true}};
    if (replica) {
        QMutexLocker lock(&replica->mutex);
        replicaCheck.insert(QStringLiteral("connected"), replica->connected);
        replicaCheck.insert(QStringLiteral("standby"), replica->standby);
        replicaCheck.insert(QStringLiteral("lag_seconds"), replica->lagSeconds);
        replicaCheck.insert(QStringLiteral("in_use"), replica->usable);
        if (!replica->error.isEmpty()) {
            replicaCheck.insert(QStringLiteral("error"), replica->error);
        }
    }
    checks.insert(QStringLiteral("replica"), replicaCheck);
    const int queued = metrics.queued();
    // Busy is not broken: a balancer that took an instance out whenever requests queue would
    // move the whole load to the others and take them out in turn (scripts/load.sh showed it at
    // 32 connections on 4 workers). Only a queue far beyond any balancer's connection count
    // (kStuckQueuePerWorker per worker) says the instance is stuck.
    const bool workersOk = queued <= kStuckQueuePerWorker * std::max(1, o.workers);
    checks.insert(QStringLiteral("workers"), QJsonObject{{QStringLiteral("ok"), workersOk},
                                                         {QStringLiteral("size"), o.workers},
                                                         {QStringLiteral("busy"), metrics.busy()},
                                                         {QStringLiteral("queued"), queued}});
    if (!workersOk) {
        failing << QStringLiteral("workers");
    }
    Reply reply = jsonReply(QJsonObject{
        {QStringLiteral("status"), failing.isEmpty() ? QStringLiteral("ready") : QStringLiteral("not_ready")},
        {QStringLiteral("failing"), QJsonArray::fromStringList(failing)},
        {QStringLiteral("checks"), checks}});
    if (!failing.isEmpty()) {
        reply.status = 503;
    }
    return reply;
}

/// Runs `work` as the signed-in staff member: the session behind the access token must still be
/// open; with an Idempotency-Key, the key is claimed, the work done and its answer stored in one
/// transaction (a failed change stores nothing), and a key already answered replays that answer.
Reply actingWork(sql::SqlSession& s, const Work& work, const Call& call, const Idempotency& idempotency,
                 int requestsPerMinute, sql::SqlSession* replica = nullptr, bool* onReplica = nullptr)
{
    const QString& login = call.claims.subject;
    auto admitted = sql::admitRequest(s, login, call.claims.sessionId, requestsPerMinute);
    if (!admitted.ok()) {
        return problemReply(admitted.error());
    }
    if (!admitted.value().sessionLive) {
        return problemReply(Error(Error::Kind::Authentication,
                                  ServerText::tr("This session has ended (signed out, or the account was "
                                                 "deactivated); sign in again."),
                                  QStringLiteral("session revoked")),
                            401);
    }
    if (const int wait = admitted.value().waitSeconds; wait > 0) {
        return tooMany(
            Error(
                Error::Kind::Invalid,
                ServerText::tr("Too many requests from %1 (more than %2 a minute); try again in %n seconds.", "", wait)
                    .arg(login)
                    .arg(requestsPerMinute)),
            wait);
    }
    auto cannotAct = [&login]() {
        // A login whose database role is gone, or a server account not granted paydesk_service:
        // the client can do nothing about it, the administrator can.
        return problemReply(Error(Error::Kind::Permission,
                                  ServerText::tr("The server cannot act as %1 in the database; ask an administrator to "
                                                 "check the staff login.")
                                      .arg(login),
                                  QStringLiteral("session_user must be a member of paydesk_service and the login must "
                                                 "exist (docs/SECURITY.md)")),
                            403);
    };
    auto endActing = [&s]() {
        if (!s.endActing().ok()) {
            threadSession().reset(); // never let the next request run as this staff member
        }
    };
    if (replica) {
        // A read the replica serves: admitted above on the primary (the request count is a
        // write), run as the staff member on the replica, where the same roles and row-level
        // security apply. A login the replica does not know yet (just added, not replayed)
        // reads from the primary instead.
        if (replica->actAs(login).ok()) {
            if (onReplica) {
                *onReplica = true;
            }
            Reply reply = work(*replica, call);
            if (!replica->endActing().ok()) {
                threadSession(true).reset();
            }
            return reply;
        }
        if (!replica->endActing().ok()) {
            threadSession(true).reset();
        }
    }
    if (idempotency.route.isEmpty()) {
        if (!s.actAs(login).ok()) {
            endActing();
            return cannotAct();
        }
        Reply reply = work(s, call);
        endActing();
        return reply;
    }
    if (auto begun = s.begin(); !begun.ok()) {
        return problemReply(begun.error());
    }
    auto claim = sql::claimIdempotencyKey(s, login, idempotency.route, idempotency.keySha256, idempotency.bodySha256,
                                          kIdempotencySeconds);
    if (!claim.ok() || !claim.value().claimed) {
        s.rollback();
        if (!claim.ok()) {
            return problemReply(claim.error());
        }
        if (claim.value().bodySha256 != idempotency.bodySha256) {
            return problemReply(
                Error(Error::Kind::Invalid, ServerText::tr("This Idempotency-Key was used with another request body.")),
                422);
        }
        return replayOf(claim.value());
    }
    if (!s.actAs(login).ok()) {
        s.rollback();
        endActing();
        return cannotAct();
    }
    Reply reply = work(s, call);
    if (reply.status >= 400 || !reply.filePath.isEmpty()) {
        s.rollback(); // also drops the claim: a corrected request with the same key runs afresh
        endActing();
        return reply;
    }
    // The answer is stored by the server's account; the transaction ends as the staff member, so
    // that the checks run at commit (migration 009) see who made the change.
    QJsonArray headers;
    for (const auto& header : qAsConst(reply.headers)) {
        headers.append(QJsonArray{QString::fromLatin1(header.first), QString::fromLatin1(header.second)});
    }
    Result<Done> stored = s.endActing();
    if (stored.ok()) {
        stored = sql::storeIdempotentAnswer(s, login, idempotency.route, idempotency.keySha256, reply.status,
                                            reply.contentType, headers, reply.body);
    }
    if (stored.ok()) {
        stored = s.actAs(login);
    }
    if (stored.ok()) {
        stored = s.commit();
    } else {
        s.rollback();
    }
    endActing();
    if (!stored.ok()) {
        return problemReply(stored.error());
    }
    return reply;
}

} // namespace

ApiServer::ApiServer(ServerOptions options, QObject* parent)
    : QAbstractHttpServer(parent)
    , m_options(std::move(options))
    , m_guard(m_options.connections)
    , m_metrics(std::make_shared<Metrics>())
    , m_eventStreams(new EventStreams(m_options.database, this))
{
    m_pool.setMaxThreadCount(std::max(1, m_options.workers));
    m_pool.setExpiryTimeout(-1); // keep the threads, and with them their connections
    // PBKDF2 takes a core for a few hundred milliseconds: sign-ins get two threads of their own.
    m_signInPool.setMaxThreadCount(2);
    m_signInPool.setExpiryTimeout(-1);
    if (m_options.readReplica) {
        m_replica = std::make_shared<ReplicaMonitor>(); // before the routes, which share it
    }
    addRoutes();
    m_purgeTimer.setInterval(10 * 60 * 1000);
    connect(&m_purgeTimer, &QTimer::timeout, this, &ApiServer::purgeState);
    m_purgeTimer.start();
    if (m_replica) {
        m_replicaTimer.setInterval(2000);
        connect(&m_replicaTimer, &QTimer::timeout, this, &ApiServer::probeReplica);
        m_replicaTimer.start();
        probeReplica();
    }
}

ApiServer::~ApiServer()
{
    m_signInPool.waitForDone();
    m_pool.waitForDone();
}

Result<Done> ApiServer::checkDatabase()
{
    if (m_options.database.dialect != Dialect::PostgreSQL) {
        return Error(Error::Kind::Invalid,
                     QStringLiteral("paydesk-server needs PostgreSQL: roles and row-level security keep each center "
                                    "to its own rows. Give --db postgresql://..."));
    }
    auto session = sql::SqlSession::open(m_options.database, QStringLiteral("paydesk-server-check"));
    if (!session.ok()) {
        return session.error();
    }
    auto usable = sql::Migrator::checkUsable(*session.value());
    if (!usable.ok()) {
        return usable.error();
    }
    return Done{};
}

// -- routes -----------------------------------------------------------------------------------

void ApiServer::addRoutes()
{
    const ServerOptions& o = m_options;
    // The routes whose work is written here: sign-in, health, "me" and the two files. Every
    // other route runs its operation's SQL (sql/SqlOperations.h) through the operation's codec.
    QHash<QString, Work> works;
    auto custom = [&works](const ops::Operation& op, Work work) { works.insert(op.name, std::move(work)); };

    // Sign-in. The password is checked on a worker (PBKDF2 takes a few hundred milliseconds).
    custom(ops::SignIn::operation(), [o](sql::SqlSession& s, const Call& call) {
        const QJsonObject body = QJsonDocument::fromJson(call.body).object();
        const QString user = body.value(QStringLiteral("username")).toString();
        const QString password = body.value(QStringLiteral("password")).toString();
        if (user.isEmpty() || password.isEmpty()) {
            return problemReply(Error(Error::Kind::Invalid, ServerText::tr("Give a user name and a password."),
                                      QStringLiteral("body: {\"username\": ..., \"password\": ...}")));
        }
        if (user.size() > kMaxUserName || password.size() > 1024) {
            return problemReply(Error(Error::Kind::Invalid, ServerText::tr("The user name or password is too long."),
                                      QStringLiteral("username: at most 100 characters, password: at most 1024")));
        }
        // Counted before the password is checked, in PostgreSQL: parallel guesses and other
        // server instances count against the same limits.
        qint64 attemptId = 0;
        if (auto refused = throttleSignIn(s, auth::sha256Hex(user), call.remote, o, &attemptId)) {
            return *refused;
        }
        auto account = sql::staffAccount(s, user);
        if (!account.ok() && account.error().kind != Error::Kind::NotFound) {
            return problemReply(account.error());
        }
        // Unknown users cost the same time as wrong passwords, so timing does not tell them apart.
        static const QString dummy = auth::hashPassword(QStringLiteral("paydesk"), o.passwordIterations);
        const bool known = account.ok() && account.value().active && !account.value().passwordHash.isEmpty();
        const bool matches =
            auth::verifyPassword(password, known ? account.value().passwordHash : dummy, o.passwordIterations);
        // A second factor: the password alone does not sign in, and until the code is given the
        // attempt counts as a failure, so code guesses are throttled with the passwords.
        std::optional<sql::MfaPurpose> secondFactor;
        if (known && matches) {
            auto enrolment = sql::mfaEnrolment(s, account.value().id);
            if (!enrolment.ok()) {
                return problemReply(enrolment.error());
            }
            if (enrolment.value().confirmed) {
                secondFactor = sql::MfaPurpose::Verify;
            } else if (o.mfaRoles.contains(account.value().role)) {
                secondFactor = sql::MfaPurpose::Enrol;
            }
        }
        if (auto recorded = sql::finishSignInAttempt(s, attemptId, known && matches && !secondFactor); !recorded.ok()) {
            return problemReply(recorded.error());
        }
        if (!known || !matches) {
            return problemReply(Error(Error::Kind::Authentication, signInFailedMessage()));
        }
        if (secondFactor) {
            const QString challenge = auth::randomToken();
            if (auto stored = sql::createMfaChallenge(s, account.value().id, *secondFactor, auth::sha256Hex(challenge),
                                                      kMfaChallengeSeconds, attemptId);
                !stored.ok()) {
                return problemReply(stored.error());
            }
            return jsonReply(
                QJsonObject{{QStringLiteral("mfa"), *secondFactor == sql::MfaPurpose::Enrol ? QStringLiteral("enrol")
                                                                                            : QStringLiteral("verify")},
                            {QStringLiteral("mfa_token"), challenge},
                            {QStringLiteral("expires_in"), kMfaChallengeSeconds},
                            {QStringLiteral("user"), account.value().login}});
        }
        return issueTokens(s, account.value(), o);
    });

    // A new TOTP secret for a sign-in that must enrol: sealed with the field key and stored
    // unconfirmed until auth/mfa/verify sees its first code.
    custom(ops::EnrolSecondFactor::operation(), [o](sql::SqlSession& s, const Call& call) {
        const QString token = QJsonDocument::fromJson(call.body).object().value(QStringLiteral("mfa_token")).toString();
        auto challenge = sql::liveMfaChallenge(s, auth::sha256Hex(token));
        if (!challenge.ok()) {
            return problemReply(challenge.error(), 401);
        }
        if (challenge.value().purpose != sql::MfaPurpose::Enrol) {
            return problemReply(Error(Error::Kind::Conflict, ServerText::tr("A second factor is set up already; give "
                                                                            "its code to auth/mfa/verify.")),
                                409);
        }
        auto cipher = FieldCipher::fromKeyFile(o.fieldKeyFile);
        if (!cipher.ok()) {
            return problemReply(cipher.error(), 503);
        }
        const QByteArray secret = totp::newSecret();
        auto sealed = cipher.value().seal(secret, mfaAssociatedData(challenge.value().staffId));
        if (!sealed.ok()) {
            return problemReply(sealed.error());
        }
        if (auto started = sql::startMfaEnrolment(s, challenge.value().staffId, sealed.value()); !started.ok()) {
            return problemReply(started.error(), 409);
        }
        return jsonReply(QJsonObject{{QStringLiteral("secret"), totp::base32(secret)},
                                     {QStringLiteral("otpauth_uri"),
                                      totp::otpauthUri(QStringLiteral("Paydesk"), challenge.value().login, secret)},
                                     {QStringLiteral("digits"), totp::kDigits},
                                     {QStringLiteral("period"), totp::kStepSeconds},
                                     {QStringLiteral("algorithm"), QStringLiteral("SHA1")}});
    });

    // The second step of a sign-in: a TOTP code (each time step accepted once) or a recovery code
    // (each once); the first code of an enrolment confirms it and returns ten recovery codes.
    custom(ops::VerifySecondFactor::operation(), [o](sql::SqlSession& s, const Call& call) {
        const QJsonObject body = QJsonDocument::fromJson(call.body).object();
        const QString token = body.value(QStringLiteral("mfa_token")).toString();
        const QString code = body.value(QStringLiteral("code")).toString().trimmed();
        const QString recovery = totp::normalRecoveryCode(body.value(QStringLiteral("recovery_code")).toString());
        if (token.isEmpty() || (code.isEmpty() == recovery.isEmpty())) {
            return problemReply(
                Error(Error::Kind::Invalid,
                      ServerText::tr("Give the sign-in's mfa_token and either a code or a recovery code."),
                      QStringLiteral("body: {\"mfa_token\": ..., \"code\": \"123456\"} or "
                                     "{\"mfa_token\": ..., \"recovery_code\": ...}")));
        }
        if (code.size() > 16 || recovery.size() > 64) {
            return problemReply(Error(Error::Kind::Invalid, ServerText::tr("The code is too long.")));
        }
        auto challenge = sql::liveMfaChallenge(s, auth::sha256Hex(token));
        if (!challenge.ok()) {
            return problemReply(challenge.error(), 401);
        }
        const sql::MfaChallenge& c = challenge.value();
        // Guesses count with the sign-in attempts of the login and address (before the check).
        qint64 attemptId = 0;
        if (auto refused = throttleSignIn(s, auth::sha256Hex(c.login), call.remote, o, &attemptId)) {
            return *refused;
        }
        auto enrolment = sql::mfaEnrolment(s, c.staffId);
        if (!enrolment.ok()) {
            return problemReply(enrolment.error());
        }
        auto cipher = FieldCipher::fromKeyFile(o.fieldKeyFile);
        if (!cipher.ok()) {
            return problemReply(cipher.error(), 503);
        }
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        bool accepted = false;
        QString refusal =
            ServerText::tr("The code is wrong; check the time on the phone and type the code it shows now.");
        QStringList recoveryCodes;
        if (!enrolment.value().exists) {
            refusal = ServerText::tr("No second factor is being set up; sign in again.");
        } else if (c.purpose == sql::MfaPurpose::Enrol) {
            auto secret = cipher.value().open(enrolment.value().sealedSecret, mfaAssociatedData(c.staffId));
            const auto step = secret.ok() && recovery.isEmpty() ? totp::matchingStep(secret.value(), code, now)
                                                                : std::optional<qint64>();
            if (step) {
                recoveryCodes = totp::newRecoveryCodes();
                QStringList hashes;
                for (const QString& r : recoveryCodes) {
                    hashes << auth::sha256Hex(totp::normalRecoveryCode(r));
                }
                auto confirmed = sql::confirmMfaEnrolment(s, c.staffId, *step, hashes);
                if (!confirmed.ok()) {
                    return problemReply(confirmed.error());
                }
                accepted = confirmed.value();
            }
        } else if (!recovery.isEmpty()) {
            auto used = sql::useRecoveryCode(s, c.staffId, auth::sha256Hex(recovery));
            if (!used.ok()) {
                return problemReply(used.error());
            }
            accepted = used.value();
            refusal = ServerText::tr("This recovery code is wrong or was used already.");
        } else {
            auto secret = cipher.value().open(enrolment.value().sealedSecret, mfaAssociatedData(c.staffId));
            if (!secret.ok()) {
                return problemReply(secret.error());
            }
            if (const auto step = totp::matchingStep(secret.value(), code, now)) {
                auto fresh = sql::acceptTotpStep(s, c.staffId, *step);
                if (!fresh.ok()) {
                    return problemReply(fresh.error());
                }
                accepted = fresh.value();
                if (!accepted) {
                    refusal = ServerText::tr("This code was used already; wait for the next one (every 30 seconds).");
                }
            }
        }
        if (accepted) {
            auto used = sql::useMfaChallenge(s, c.id);
            accepted = used.ok() && used.value();
        }
        if (auto recorded = sql::finishSignInAttempt(s, attemptId, accepted); !recorded.ok()) {
            return problemReply(recorded.error());
        }
        if (accepted && c.signInAttemptId > 0) {
            // The password's attempt counted as a failure while the code was awaited; the sign-in
            // is complete now, so it no longer counts against the address (an office of staff
            // behind one address must not lock itself out).
            if (auto recorded = sql::finishSignInAttempt(s, c.signInAttemptId, true); !recorded.ok()) {
                return problemReply(recorded.error());
            }
        }
        if (!accepted) {
            if (auto failed = sql::failMfaChallenge(s, c.id); !failed.ok()) {
                return problemReply(failed.error());
            }
            Reply reply = problemReply(Error(Error::Kind::Authentication, refusal), 401);
            QJsonObject problem = QJsonDocument::fromJson(reply.body).object();
            problem.insert(QStringLiteral("attempts_left"), std::max(0, sql::kMfaChallengeFailures - c.failures - 1));
            reply.body = compact(problem);
            return reply;
        }
        auto staff = sql::staffAccount(s, c.login);
        if (!staff.ok()) {
            return problemReply(staff.error());
        }
        QJsonObject extra;
        if (!recoveryCodes.isEmpty()) {
            extra.insert(QStringLiteral("recovery_codes"), QJsonArray::fromStringList(recoveryCodes));
        }
        if (!recovery.isEmpty()) {
            auto left = sql::recoveryCodesLeft(s, c.staffId);
            extra.insert(QStringLiteral("recovery_codes_left"), left.ok() ? left.value() : 0);
        }
        return issueTokens(s, staff.value(), o, extra);
    });

    custom(ops::RenewSession::operation(), [o](sql::SqlSession& s, const Call& call) {
        const QString token =
            QJsonDocument::fromJson(call.body).object().value(QStringLiteral("refresh_token")).toString();
        if (token.isEmpty()) {
            return problemReply(Error(Error::Kind::Invalid, ServerText::tr("Give the refresh token."),
                                      QStringLiteral("body: {\"refresh_token\": ...}")));
        }
        auto staff = sql::useRefreshToken(s, auth::sha256Hex(token));
        if (!staff.ok()) {
            return problemReply(staff.error());
        }
        return issueTokens(s, staff.value(), o);
    });

    custom(ops::SignOut::operation(), [](sql::SqlSession& s, const Call& call) {
        const QString token =
            QJsonDocument::fromJson(call.body).object().value(QStringLiteral("refresh_token")).toString();
        return answerDone(sql::revokeRefreshToken(s, auth::sha256Hex(token)));
    });

    custom(ops::Health::operation(), [](sql::SqlSession& s, const Call&) {
        auto usable = sql::Migrator::checkUsable(s);
        if (!usable.ok()) {
            return problemReply(usable.error(), 503);
        }
        return jsonReply(QJsonObject{{QStringLiteral("status"), QStringLiteral("ok")},
                                     {QStringLiteral("version"), QStringLiteral(PAYDESK_VERSION)},
                                     {QStringLiteral("schema_version"), usable.value().version}});
    });

    // Readiness: every part named, 503 when one fails (a balancer takes the instance out).
    custom(ops::HealthReady::operation(),
           [o, metrics = m_metrics, replica = m_replica](sql::SqlSession& s, const Call&) {
               return readiness(&s, {}, o, *metrics, replica.get());
           });

    custom(ops::Me::operation(), [](sql::SqlSession& s, const Call& call) {
        auto usable = sql::Migrator::checkUsable(s);
        if (!usable.ok()) {
            return problemReply(usable.error());
        }
        auto version = s.scalar(sql::SqlBuilder("SELECT current_setting('server_version')"));
        ConnectionInfo info;
        info.backendName = QStringLiteral("Paydesk server");
        info.user = call.claims.subject;
        info.role = call.claims.role;
        info.schemaVersion = usable.value().version;
        info.serverVersion =
            QStringLiteral("paydesk-server %1, PostgreSQL %2")
                .arg(QStringLiteral(PAYDESK_VERSION), version.ok() ? version.value().toString() : QString());
        return jsonReply(json::toJson(info));
    });

    // The change stream: the channel is asked in the client's role, so it is the one its login
    // may hear (migration 021); EventStreams keeps the stream.
    custom(ops::ChangeEvents::operation(), [](sql::SqlSession& s, const Call&) {
        auto channel = s.scalar(sql::SqlBuilder("SELECT paydesk_change_channel()"));
        if (!channel.ok()) {
            return problemReply(channel.error());
        }
        if (channel.value().toString().isEmpty()) {
            return problemReply(Error(Error::Kind::Permission,
                                      ServerText::tr("This login hears no changes: it is not an active staff member.")),
                                403);
        }
        Reply reply;
        reply.eventChannel = channel.value().toString();
        return reply;
    });

    // The printable sheet: the same InvoiceSheet as the console, offscreen.
    custom(ops::InvoiceSheetPdf::operation(), [](sql::SqlSession& s, const Call& call) {
        auto request = requestOf<ops::InvoiceSheetPdf>(call);
        if (!request.ok()) {
            return problemReply(request.error());
        }
        auto items = sql::invoiceSheetItems(s, request.value());
        if (!items.ok()) {
            return problemReply(items.error());
        }
        const PrintableInvoices selection = printableInvoices(items.value(), QDateTime::currentDateTimeUtc());
        if (selection.printable.isEmpty()) {
            return problemReply(
                Error(Error::Kind::Invalid, QStringLiteral("None of the invoices that match can still be paid. %1")
                                                .arg(selection.leftOutSentence())));
        }
        const QString locale = call.query.queryItemValue(QStringLiteral("locale"));
        const QString path = QDir::temp().filePath(QStringLiteral("paydesk-sheet-%1.pdf").arg(auth::randomToken(12)));
        auto written = render::InvoiceSheet::writePdf(path, selection.printable,
                                                      locale.isEmpty() ? QLocale(QLocale::English) : QLocale(locale));
        if (!written.ok()) {
            return problemReply(written.error());
        }
        Reply reply;
        reply.contentType = "application/pdf";
        reply.filePath = path;
        return reply;
    });

    // CSV export: streamed to a file that the answer sends and then removes.
    custom(ops::ExportCsv::operation(), [](sql::SqlSession& s, const Call& call) {
        auto parsed = json::parse(call.body);
        if (!parsed.ok()) {
            return problemReply(parsed.error());
        }
        const QJsonObject body = parsed.value().toObject();
        auto list = json::fromJson<ListRequest>(body.value(QStringLiteral("list")));
        if (!list.ok()) {
            return problemReply(list.error());
        }
        ExportRequest request;
        request.list = list.value();
        request.list.area = areaOf(call);
        for (const QJsonValue& title : body.value(QStringLiteral("titles")).toArray()) {
            request.titles.append(title.toString());
        }
        const QVector<ColumnInfo>& columns = areaColumns(request.list.area);
        if (request.titles.isEmpty()) {
            for (const ColumnInfo& column : columns) {
                request.titles.append(column.key); // the header row defaults to the column keys
            }
        } else if (request.titles.size() != columns.size()) {
            return problemReply(Error(Error::Kind::Invalid,
                                      ServerText::tr("Give one title per column (%1) or none.").arg(columns.size())));
        }
        request.byteOrderMark = body.value(QStringLiteral("byte_order_mark")).toBool();
        request.path = QDir::temp().filePath(QStringLiteral("paydesk-export-%1.csv").arg(auth::randomToken(12)));
        auto result = sql::exportCsv(s, request, [](qint64) {});
        if (!result.ok()) {
            return problemReply(result.error());
        }
        Reply reply;
        reply.contentType = "text/csv; charset=utf-8";
        reply.filePath = request.path;
        return reply;
    });

    const sql::OperationContext context{o.fieldKeyFile, o.electrum, o.confirmations};
    for (const ops::Operation* op : ops::all()) {
        Route route;
        route.method = methodOf(op->verb);
        route.pattern = op->path.split(QLatin1Char('/'));
        route.isPublic = op->access == ops::Access::Public;
        route.acts = !route.isPublic;
        route.mutation = op->mutation;
        route.replicaRead = op->replicaRead;
        route.signsIn = op->name == ops::SignIn::operation().name || op->name == ops::RenewSession::operation().name ||
                        op->name == ops::VerifySecondFactor::operation().name ||
                        op->name == ops::EnrolSecondFactor::operation().name;
        route.maxBody = op->name == ops::ApplyReconciliation::operation().name ? kMaxReconciliationBody : kMaxBody;
        route.needsIfMatch = op->ifMatch;
        if (!route.isPublic && op->access != ops::Access::SignedIn) {
            route.allowed = [access = op->access](const Permissions& p, const Call& call) {
                return ops::allows(p, access, areaFromKey(call.key));
            };
        }
        if (op->name == ops::HealthReady::operation().name) {
            route.withoutDatabase = [o, metrics = m_metrics, replica = m_replica](const Error& why) {
                return readiness(nullptr, why, o, *metrics, replica.get());
            };
        }
        if (works.contains(op->name)) {
            route.work = works.take(op->name);
        } else if (const sql::OperationHandler* handler = sql::handlerFor(*op); handler && op->hasCodec()) {
            route.work = operationWork(*op, *handler, context);
        } else {
            qFatal("paydesk-server: the operation %s has no work", qPrintable(op->name));
        }
        m_routes.append(std::move(route));
    }
}

quint16 ApiServer::listenGuarded(const QHostAddress& address, quint16 port, const QSslConfiguration& tls)
{
    QTcpServer* server = m_guard.makeServer(!tls.localCertificate().isNull(), tls, this);
    if (!server->listen(address, port)) {
        delete server;
        return 0;
    }
    bind(server);
    return server->serverPort();
}

QStringList ApiServer::routeSignatures() const
{
    QStringList out;
    for (const Route& route : m_routes) {
        QStringList segments = route.pattern;
        out << methodName(route.method) + QStringLiteral(" /") + segments.join(QLatin1Char('/'));
    }
    return out;
}

// -- dispatch ---------------------------------------------------------------------------------

bool ApiServer::handleRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QElapsedTimer clock;
    clock.start();
    const qint64 startedMs = nowMs();
    const QString method = methodName(request.method());
    const QString path = request.url().path();

    Call call;
    call.requestId = QString::number(++m_nextRequest);
    call.query = request.query();
    call.body = request.body();
    call.remote = request.remoteAddress().toString();
    call.closeConnection = request.value("Connection").trimmed().toLower() == "close";
    call.acceptsGzip = acceptsGzip(request.value("Accept-Encoding"));
    call.readAfter = QString::fromLatin1(request.value("Paydesk-Read-After").left(40));
    call.lastEventId = request.value("Last-Event-ID").left(60);
    m_guard.requestArrived(socket);
    QHttpServerResponder responder = makeResponder(request, socket);

    auto fail = [&](const Error& error, int status) {
        finish(responder, socket, method, path, call, problemReply(error, status), startedMs);
        return true;
    };

    static const QString prefix = QStringLiteral("/api/v1/");
    if (path == QLatin1String("/metrics") && method == QLatin1String("GET")) {
        // Prometheus scrapes this (docs/SECURITY.md: keep it on a private address); the chain
        // watcher's lines come from the database, on a worker.
        call.route = QStringLiteral("GET /metrics");
        auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
        QPointer<QTcpSocket> guard(socket);
        QPointer<ApiServer> self(this);
        const DatabaseUrl url = m_options.database;
        const std::shared_ptr<Metrics> metrics = m_metrics;
        const int poolSize = m_pool.maxThreadCount();
        const std::shared_ptr<ReplicaMonitor> replicaMonitor = m_replica;
        m_pool.start([self, held, guard, url, metrics, poolSize, call, method, path, startedMs, replicaMonitor]() {
            QByteArray chain;
            auto session = workerSession(url);
            if (session.ok()) {
                chain = chainMetrics(*session.value());
            }
            if (replicaMonitor) {
                QMutexLocker lock(&replicaMonitor->mutex);
                chain += "# HELP paydesk_replica_lag_seconds How far the read replica is behind the primary.\n"
                         "# TYPE paydesk_replica_lag_seconds gauge\n"
                         "paydesk_replica_lag_seconds " +
                         QByteArray::number(replicaMonitor->lagSeconds, 'f', 3) +
                         "\n# HELP paydesk_replica_in_use 1 when lists are read from the replica.\n"
                         "# TYPE paydesk_replica_in_use gauge\npaydesk_replica_in_use " +
                         (replicaMonitor->usable ? "1\n" : "0\n");
            }
            Reply reply;
            reply.contentType = "text/plain; version=0.0.4; charset=utf-8";
            reply.body = metrics->render(poolSize, chain);
            QMetaObject::invokeMethod(
                qApp,
                [self, held, guard, call, method, path, startedMs, reply]() mutable {
                    if (ApiServer* server = self.data()) {
                        server->finish(*held, guard.data(), method, path, call, std::move(reply), startedMs);
                    }
                },
                Qt::QueuedConnection);
        });
        return true;
    }
    if (!path.startsWith(prefix)) {
        return fail(Error(Error::Kind::NotFound, ServerText::tr("There is nothing at %1.").arg(path.left(100)),
                          QStringLiteral("The API lives under /api/v1/ (docs/api/openapi.yaml).")),
                    404);
    }
    const QStringList segments = path.mid(prefix.size()).split(QLatin1Char('/'));

    // Find the route: literals match themselves, {id} an integer, {area} and {chart} a key.
    const Route* route = nullptr;
    bool pathMatched = false;
    for (const Route& candidate : qAsConst(m_routes)) {
        if (candidate.pattern.size() != segments.size()) {
            continue;
        }
        Call matched = call;
        bool ok = true;
        for (qsizetype i = 0; i < segments.size() && ok; ++i) {
            const QString& want = candidate.pattern.at(i);
            const QString& got = segments.at(i);
            if (want == QLatin1String("{id}")) {
                bool isNumber = false;
                const qint64 id = got.toLongLong(&isNumber);
                ok = isNumber && id > 0;
                matched.ids.append(id);
            } else if (want == QLatin1String("{area}")) {
                ok = areaFromKey(got).has_value();
                matched.key = got;
            } else if (want == QLatin1String("{chart}")) {
                ok = dashboardChartFromKey(got).has_value();
                matched.key = got;
            } else {
                ok = want == got;
            }
        }
        if (!ok) {
            continue;
        }
        pathMatched = true;
        if (candidate.method == request.method()) {
            route = &candidate;
            call = matched;
            call.route = methodName(candidate.method) + QStringLiteral(" /") + candidate.pattern.join(QLatin1Char('/'));
            break;
        }
    }
    if (!route) {
        if (pathMatched) {
            return fail(Error(Error::Kind::Invalid, QStringLiteral("%1 is not allowed on %2.").arg(method, path)), 405);
        }
        return fail(Error(Error::Kind::NotFound, ServerText::tr("There is nothing at %1.").arg(path.left(100))), 404);
    }

    // A request that says its length twice (Content-Length and Transfer-Encoding) is how a
    // proxy and a server are made to disagree on where it ends: refused, connection closed.
    if (!request.value("Transfer-Encoding").isEmpty() && !request.value("Content-Length").isEmpty()) {
        call.closeConnection = true;
        return fail(
            Error(Error::Kind::Invalid, ServerText::tr("Send either Content-Length or Transfer-Encoding, not both.")),
            400);
    }
    if (call.body.size() > route->maxBody) {
        call.closeConnection = true;
        return fail(Error(Error::Kind::Invalid,
                          ServerText::tr("The request body is larger than %1 kB.").arg(route->maxBody / 1024)),
                    413);
    }

    // Authentication and the role's permission, before any database work.
    if (!route->isPublic) {
        const QByteArray authorization = request.value("Authorization");
        if (!authorization.startsWith("Bearer ")) {
            return fail(Error(Error::Kind::Authentication, ServerText::tr("Sign in first."),
                              QStringLiteral("missing Authorization: Bearer <access token>")),
                        401);
        }
        auto claims = auth::verifyAccessToken(QString::fromLatin1(authorization.mid(7).trimmed()), m_options.tokenKey,
                                              QDateTime::currentSecsSinceEpoch());
        if (!claims.ok()) {
            return fail(claims.error(), 401);
        }
        call.claims = claims.value();
        if (route->allowed && !route->allowed(Permissions::forRole(call.claims.role), call)) {
            return fail(Error(Error::Kind::Permission,
                              ServerText::tr("The role %1 may not do this.").arg(call.claims.role),
                              QStringLiteral("%1 %2").arg(method, path)),
                        403);
        }
    }
    if (route->needsIfMatch) {
        QByteArray tag = request.value("If-Match").trimmed();
        if (tag.startsWith("W/")) {
            tag = tag.mid(2);
        }
        if (tag.size() >= 2 && tag.startsWith('"') && tag.endsWith('"')) {
            tag = tag.mid(1, tag.size() - 2);
        }
        bool ok = false;
        const int version = tag.toInt(&ok);
        if (!ok) {
            return fail(Error(Error::Kind::Invalid, ServerText::tr("Send the row version you saw as If-Match."),
                              QStringLiteral("If-Match: \"<version>\"")),
                        428);
        }
        call.ifMatch = version;
    }
    // No text may carry control characters (a NUL byte reached the database as an error with
    // the statement in it): the request is refused naming where.
    QString controlAt;
    if (!call.body.isEmpty()) {
        const QJsonDocument document = QJsonDocument::fromJson(call.body);
        controlAt = controlCharacterAt(
            document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()), QStringLiteral("body"));
    }
    for (const auto& item : call.query.queryItems(QUrl::FullyDecoded)) {
        if (controlAt.isEmpty() && !controlCharacterAt(item.second, QString()).isEmpty()) {
            controlAt = QStringLiteral("query ") + item.first.left(40);
        }
    }
    if (!controlAt.isEmpty()) {
        return fail(Error(Error::Kind::Invalid,
                          ServerText::tr("Text may not contain control characters (such as NUL); remove them from %1.")
                              .arg(controlAt)),
                    400);
    }

    // Idempotency-Key: a repeated mutation gets the first successful answer again. The key is
    // kept per login and normalised route (ids as numbers, so /payments/007 is /payments/7).
    Idempotency idempotency;
    if (route->mutation && route->acts && !request.value("Idempotency-Key").isEmpty()) {
        const QByteArray key = request.value("Idempotency-Key");
        if (key.size() > 200) {
            return fail(Error(Error::Kind::Invalid, ServerText::tr("An Idempotency-Key has at most 200 characters.")),
                        400);
        }
        QStringList normal;
        int nextId = 0;
        for (const QString& segment : route->pattern) {
            normal << (segment == QLatin1String("{id}")       ? QString::number(call.ids.value(nextId++))
                       : segment.startsWith(QLatin1Char('{')) ? call.key
                                                              : segment);
        }
        idempotency.route = method + QLatin1Char(' ') + normal.join(QLatin1Char('/'));
        idempotency.keySha256 = QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha256).toHex());
        idempotency.bodySha256 =
            QString::fromLatin1(QCryptographicHash::hash(call.body, QCryptographicHash::Sha256).toHex());
    }
    if (route->signsIn && m_signInsWaiting.load() >= kSignInQueue) {
        Reply busy = problemReply(
            Error(Error::Kind::Connection, ServerText::tr("Too many sign-ins at once; try again in a few seconds.")),
            503);
        busy.headers.append(qMakePair(QByteArray("Retry-After"), QByteArray("5")));
        finish(responder, socket, method, path, call, busy, startedMs);
        return true;
    }

    // The database work, on a worker thread with its own connection.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> guard(socket);
    const DatabaseUrl url = m_options.database;
    const Work work = route->work;
    const auto withoutDatabase = route->withoutDatabase;
    const bool acts = route->acts;
    QPointer<ApiServer> self(this);
    const bool signsIn = route->signsIn;
    if (signsIn) {
        ++m_signInsWaiting;
    }
    QThreadPool& pool = signsIn ? m_signInPool : m_pool;
    const std::shared_ptr<Metrics> metrics = m_metrics;
    const int perMinute = m_options.requestsPerMinute;
    metrics->workerQueued();
    const std::shared_ptr<ReplicaMonitor> replicaMonitor = m_replica;
    const std::optional<DatabaseUrl> replicaUrl = m_options.readReplica;
    // A live re-read (the `ids` filter) follows a change notification from the primary.
    const bool replicaRead = route->replicaRead && !call.query.hasQueryItem(QStringLiteral("ids"));
    const bool mutation = route->mutation;
    pool.start([self, held, guard, url, work, withoutDatabase, acts, signsIn, call, method, path, startedMs,
                idempotency, metrics, perMinute, replicaMonitor, replicaUrl, replicaRead, mutation]() {
        metrics->workerStarted();
        Reply reply;
        auto session = workerSession(url);
        if (!session.ok()) {
            reply = withoutDatabase ? withoutDatabase(session.error()) : problemReply(session.error(), 503);
        } else if (acts) {
            // A list, count or chart from the replica while it is close enough behind and has
            // the client's own last write (Paydesk-Read-After); everything else on the primary.
            sql::SqlSession* replica = nullptr;
            if (replicaRead && replicaMonitor && replicaMonitor->isUsable()) {
                auto opened = workerSession(*replicaUrl, true);
                if (opened.ok()) {
                    auto replayed = sql::hasReplayed(*opened.value(), call.readAfter);
                    if (replayed.ok() && replayed.value()) {
                        replica = opened.value();
                    }
                }
            }
            bool onReplica = false;
            reply = actingWork(*session.value(), work, call, idempotency, perMinute, replica, &onReplica);
            metrics->recordReplicaRead(onReplica, replicaRead);
            if (mutation && replicaMonitor && reply.status < 400) {
                // Where the primary's WAL stands after this change: the client sends it back
                // with its reads (Paydesk-Read-After), so they include the change.
                if (auto position = sql::writePosition(*session.value()); position.ok()) {
                    reply.headers.append(qMakePair(QByteArray("Paydesk-Write-Position"), position.value().toLatin1()));
                }
            }
        } else {
            reply = work(*session.value(), call);
        }
        metrics->workerFinished();
        QMetaObject::invokeMethod(
            qApp,
            [self, held, guard, call, method, path, startedMs, signsIn, reply]() mutable {
                ApiServer* server = self.data();
                if (server == nullptr) {
                    return;
                }
                if (signsIn) {
                    --server->m_signInsWaiting;
                }
                if (!reply.eventChannel.isEmpty() && guard) {
                    server->m_eventStreams->open(held, guard.data(), reply.eventChannel, call.lastEventId,
                                                 call.claims.expiresAt);
                    server->m_guard.responseSent(guard.data());
                    QJsonObject line = accessLine(call, method, path, 200, startedMs);
                    line.insert(QStringLiteral("stream"), true);
                    writeAccessLog(line);
                    return;
                }
                server->finish(*held, guard.data(), method, path, call, std::move(reply), startedMs);
            },
            Qt::QueuedConnection);
    });
    return true;
}

void ApiServer::missingHandler(const QHttpServerRequest& request, QTcpSocket* socket)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    Call call;
    finish(responder, socket, methodName(request.method()), request.url().path(), call,
           problemReply(Error(Error::Kind::NotFound, ServerText::tr("There is nothing here.")), 404), nowMs());
}

void ApiServer::finish(QHttpServerResponder& responder, QTcpSocket* socket, const QString& method, const QString& path,
                       const Call& call, Reply reply, qint64 startedMs)
{
    qint64 bytes = reply.body.size();
    if (socket && socket->state() == QAbstractSocket::ConnectedState) {
        using Status = QHttpServerResponder::StatusCode;
        if (!reply.filePath.isEmpty()) {
            auto* file = new QFile(reply.filePath);
            if (file->open(QIODevice::ReadOnly)) {
                bytes = file->size();
                QFile::remove(reply.filePath); // the open file stays readable until it is closed
                // Files hold list rows or printed invoices: never kept by a cache on the way.
                responder.write(file, {{"Content-Type", reply.contentType}, {"Cache-Control", "no-store"}},
                                Status(reply.status));
            } else {
                delete file;
                responder.write(Status::InternalServerError);
            }
        } else {
            const bool json = reply.contentType.startsWith("application/json") ||
                              reply.contentType.startsWith("application/problem+json");
            bool gzipped = false;
            // Answers with secrets (auth/*: tokens, TOTP secrets, recovery codes) are never
            // compressed, so their length says nothing (docs/SECURITY.md, "Compression").
            const bool secret = call.route.startsWith(QLatin1String("POST /auth/"));
            if (json && !secret && call.acceptsGzip && reply.body.size() >= kGzipFrom) {
                QByteArray packed = gzip(reply.body);
                if (!packed.isEmpty() && packed.size() < reply.body.size()) {
                    reply.body = std::move(packed);
                    gzipped = true;
                }
            }
            bytes = reply.body.size();
            responder.writeStatusLine(Status(reply.status));
            if (!reply.contentType.isEmpty()) {
                responder.writeHeader("Content-Type", reply.contentType);
            }
            if (json) {
                responder.writeHeader("Vary", "Accept-Encoding");
            }
            if (gzipped) {
                responder.writeHeader("Content-Encoding", "gzip");
            }
            responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
            responder.writeHeader("Cache-Control", "no-store");
            for (const auto& header : qAsConst(reply.headers)) {
                responder.writeHeader(header.first, header.second);
            }
            if (reply.status == 401) {
                responder.writeHeader("WWW-Authenticate", "Bearer realm=\"paydesk\"");
            }
            if (call.closeConnection) {
                responder.writeHeader("Connection", "close");
            }
            responder.writeBody(reply.body);
            if (call.closeConnection) {
                socket->disconnectFromHost(); // after what was written has left
            }
        }
        m_guard.responseSent(socket);
    } else if (!reply.filePath.isEmpty()) {
        QFile::remove(reply.filePath);
    }
    bool replayed = false;
    for (const auto& header : qAsConst(reply.headers)) {
        replayed = replayed || header.first == "Idempotent-Replayed";
    }
    const QString routeName = call.route.isEmpty() ? QStringLiteral("unmatched") : call.route;
    m_metrics->recordRequest(routeName, reply.status, double(nowMs() - startedMs) / 1000.0, replayed,
                             routeName == QLatin1String("POST /auth/login") &&
                                 (reply.status == 401 || reply.status == 429));
    QJsonObject line = accessLine(call, method, path, reply.status, startedMs);
    line.insert(QStringLiteral("bytes"), bytes);
    line.insert(QStringLiteral("client_gone"), !socket);
    writeAccessLog(line);
}

void ApiServer::probeReplica()
{
    const DatabaseUrl url = m_options.database;
    const DatabaseUrl replicaUrl = *m_options.readReplica;
    const int maxLag = m_options.replicaMaxLagSeconds;
    m_pool.start([url, replicaUrl, maxLag, monitor = m_replica]() {
        auto primary = workerSession(url);
        if (primary.ok()) {
            if (auto position = sql::primaryFlushPosition(*primary.value()); position.ok()) {
                QMutexLocker lock(&monitor->mutex);
                monitor->samples.emplace_back(QDateTime::currentMSecsSinceEpoch(), position.value());
                while (monitor->samples.size() > size_t(sql::kMaxWalSamples)) {
                    monitor->samples.pop_front();
                }
            }
        }
        auto replica = workerSession(replicaUrl, true);
        auto state = replica.ok() ? sql::replicaState(*replica.value()) : Result<sql::ReplicaState>(replica.error());
        QMutexLocker lock(&monitor->mutex);
        monitor->connected = state.ok();
        monitor->error = state.ok() ? QString() : state.error().message;
        monitor->standby = state.ok() && state.value().standby;
        monitor->lagSeconds = monitor->standby ? sql::lagFromSamples(monitor->samples, state.value().replayed,
                                                                     QDateTime::currentMSecsSinceEpoch())
                                               : 0.0;
        monitor->usable = monitor->connected && monitor->lagSeconds <= maxLag;
    });
}

void ApiServer::purgeState()
{
    const DatabaseUrl url = m_options.database;
    const int window = m_options.loginWindowSeconds;
    m_pool.start([url, window]() {
        auto session = workerSession(url);
        if (!session.ok()) {
            return;
        }
        auto removed = sql::purgeServerState(*session.value(), window);
        if (!removed.ok()) {
            qWarning("paydesk-server: expired server state was not removed: %s", qPrintable(removed.error().message));
        }
    });
}

} // namespace pd::server
