#pragma once

#include "Auth.h"
#include "ConnectionGuard.h"
#include "DatabaseUrl.h"
#include "EventStreams.h"
#include "Metrics.h"
#include "Result.h"
#include "chain/ElectrumClient.h"

#include <QtHttpServer/QAbstractHttpServer>
#include <QtHttpServer/QHttpServerRequest>

#include <QHash>
#include <QMutex>
#include <QPointer>
#include <QThreadPool>

#include <QTimer>
#include <QUrlQuery>
#include <memory>

#include <atomic>
#include <deque>
#include <functional>
#include <optional>

class QTcpSocket;

namespace pd::sql {
class SqlSession;
}

namespace pd::server {

/// Settings of paydesk-server (command line, server/main.cpp).
struct ServerOptions
{
    DatabaseUrl database;             ///< PostgreSQL; the account must be able to SET ROLE to staff logins
    int workers = 4;                  ///< database connections, one per worker thread
    QByteArray tokenKey;              ///< HS256 key for access tokens, at least 32 bytes
    int accessTokenSeconds = 900;     ///< lifetime of an access token (15 minutes)
    int refreshTokenDays = 30;        ///< lifetime of a refresh token
    QString fieldKeyFile;             ///< FieldCipher key for revealing bank account numbers
    int loginFailuresPerUser = 5;     ///< failed sign-ins per login within loginWindowSeconds
    int loginFailuresPerAddress = 20; ///< failed sign-ins per client address within the window
    int loginWindowSeconds = 900;
    /// Requests a signed-in login may make per minute, counted across every instance in
    /// PostgreSQL (0: no limit); more are answered 429 with Retry-After.
    int requestsPerMinute = 1200;
    /// Roles that must sign in with a TOTP second factor (docs/SECURITY.md, "Second factor");
    /// staff who enrolled are asked for a code whatever their role. Secrets are sealed with the
    /// field key (fieldKeyFile), which is then required.
    QStringList mfaRoles{QStringLiteral("hq_admin"), QStringLiteral("regional_admin")};
    /// A read-only streaming replica (--db-read) for lists, counts, totals, charts and exports,
    /// used while at most replicaMaxLagSeconds behind (docs/ARCHITECTURE.md, "Read replicas").
    std::optional<DatabaseUrl> readReplica;
    int replicaMaxLagSeconds = 30;
    /// PBKDF2 iterations of passwords set with --set-password, and the fewest a stored hash may
    /// name to sign in (docs/SECURITY.md, "Passwords").
    int passwordIterations = auth::kPbkdf2Iterations;
    ConnectionLimits connections; ///< per connection, before a request reaches a route
    /// Electrum servers for the chain watcher and "check on chain" (none: no watcher; checks are refused).
    QVector<chain::ElectrumServer> electrum;
    int confirmations = 1; ///< a BCH payment is settled at this many confirmations
    QString watchAs;       ///< the headquarters login the chain watcher acts as
};

/// One HTTP request as a route's work sees it (copied off the socket's thread).
/// What the server knows of its read replica, probed every two seconds (shared with the workers).
struct ReplicaMonitor
{
    mutable QMutex mutex;
    std::deque<std::pair<qint64, quint64>> samples; ///< sql::WalSamples of the primary
    bool connected = false;
    bool standby = false;
    bool usable = false;
    double lagSeconds = 0.0;
    QString error;
    bool isUsable() const
    {
        QMutexLocker lock(&mutex);
        return usable;
    }
};

struct Call
{
    QString requestId;
    auth::TokenClaims claims; ///< the signed-in staff member (empty for public routes)
    QVector<qint64> ids;      ///< integer path segments, in order
    QString key;              ///< the one non-integer path parameter (area, chart), if any
    QUrlQuery query;
    QByteArray body;
    std::optional<int> ifMatch; ///< the row version from If-Match
    QString remote;
    QString route;                ///< the matched route, "GET /payments/{id}" (empty: none)
    bool closeConnection = false; ///< the client sent Connection: close
    bool acceptsGzip = false;     ///< Accept-Encoding allows gzip (RFC 9110 section 12.5.3)
    QString readAfter;      ///< Paydesk-Read-After: a WAL position a replica must have replayed to serve this read
    QByteArray lastEventId; ///< Last-Event-ID of an event stream that resumes (GET /events)
};

/// What a route answers: a JSON (or problem) body, or a file streamed and then removed.
struct Reply
{
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json";
    QList<QPair<QByteArray, QByteArray>> headers;
    QString filePath;     ///< when set, the body is this file's content (CSV export)
    QString eventChannel; ///< when set, the answer is this change channel's event stream (GET /events)
};

/// The Paydesk REST API (/api/v1, docs/api/openapi.yaml) over QtHttpServer.
///
/// Requests are parsed and authenticated on the accept loop's thread; database work runs on a
/// pool of worker threads, each with its own connection that acts as the signed-in staff member
/// (SqlSession::actAs), so PostgreSQL's grants and row-level security apply to every row. Routes
/// also check the role first (Permissions), answering 403 without touching the database.
/// Errors are application/problem+json; updates need If-Match (428 without, 412 on conflict);
/// mutations honour Idempotency-Key (the first successful answer is replayed for 24 hours; the
/// key is kept in PostgreSQL in the transaction of the change, so parallel retries, restarts and
/// other instances apply it once). Sign-ins are throttled in PostgreSQL before the password is
/// checked, and run on their own small pool so that password hashing cannot starve the others.
/// Each request
/// writes one JSON line to the access log (stderr) without tokens, passwords, bodies or query
/// values.
class ApiServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    explicit ApiServer(ServerOptions options, QObject* parent = nullptr);
    ~ApiServer() override;

    /// Checks that the database is a usable Paydesk schema on PostgreSQL (blocking; call before
    /// listen()). The error says what to do.
    Result<Done> checkDatabase();

    /// Every route as "METHOD /path" with OpenAPI's placeholders ("GET /{area}/{id}"), for the
    /// check that docs/api/openapi.yaml describes exactly what the server serves.
    QStringList routeSignatures() const;

    /// Listens on `address`:`port` (0: any free port) with the connection limits of
    /// ServerOptions::connections, over TLS with `tls` when it has a certificate. The port, or 0.
    quint16 listenGuarded(const QHostAddress& address, quint16 port, const QSslConfiguration& tls);

    struct Route;

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    void addRoutes();
    void finish(QHttpServerResponder& responder, QTcpSocket* socket, const QString& method, const QString& path,
                const Call& call, Reply reply, qint64 startedMs);
    /// Removes expired Idempotency-Key answers and old sign-in attempts (on a timer).
    void purgeState();
    /// Samples the primary's WAL position and the replica's replay (on a worker).
    void probeReplica();

    ServerOptions m_options;
    QThreadPool m_pool;
    QThreadPool m_signInPool; ///< sign-in and refresh only (PBKDF2), bounded
    std::atomic<int> m_signInsWaiting{0};
    QVector<Route> m_routes;
    quint64 m_nextRequest = 0;
    QTimer m_purgeTimer;
    ConnectionGuard m_guard;
    std::shared_ptr<Metrics> m_metrics;        ///< shared with the workers that run requests
    std::shared_ptr<ReplicaMonitor> m_replica; ///< null without --db-read
    QTimer m_replicaTimer;
    EventStreams* m_eventStreams;
};

} // namespace pd::server
