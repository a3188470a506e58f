#include "RestBackend.h"

#include "RestChangeFeed.h"

#include "Json.h"
#include "OutputFile.h"
#include "sql/SqlReplica.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkReply>
#include <QPointer>
#include <QSaveFile>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QUuid>

#include <algorithm>

namespace pd {

namespace {

constexpr qint64 kRefreshMarginMs = 60 * 1000;

QByteArray compact(const QJsonValue& value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

QByteArray versionTag(int version)
{
    return '"' + QByteArray::number(version) + '"';
}

/// The certificate a TLS error is about, written out for the person who must decide.
QString describeCertificate(const QSslCertificate& certificate)
{
    if (certificate.isNull()) {
        return QString();
    }
    return RestBackend::tr("Certificate: %1, issued by %2, valid %3 to %4, SHA-256 %5")
        .arg(certificate.subjectDisplayName(), certificate.issuerDisplayName(),
             certificate.effectiveDate().toUTC().toString(Qt::ISODate),
             certificate.expiryDate().toUTC().toString(Qt::ISODate),
             QString::fromLatin1(certificate.digest(QCryptographicHash::Sha256).toHex(':')));
}

/// Decodes an answer that must be JSON, turning malformed or truncated bodies into an Error.
template<typename T>
Result<T> decodeJson(const QByteArray& body, const std::function<Result<T>(const QJsonValue&)>& read)
{
    auto parsed = json::parse(body);
    if (!parsed.ok()) {
        return Error(Error::Kind::Network, RestBackend::tr("The server's answer could not be read."),
                     parsed.error().detail);
    }
    auto value = read(parsed.value());
    if (!value.ok()) {
        return Error(Error::Kind::Network, RestBackend::tr("The server's answer could not be read."),
                     value.error().detail);
    }
    return value;
}

template<typename T>
std::function<Result<T>(const QByteArray&)> jsonOf()
{
    return [](const QByteArray& body) {
        return decodeJson<T>(body, [](const QJsonValue& v) { return json::fromJson<T>(v); });
    };
}

} // namespace

RestBackend::RestBackend(Options options, QObject* parent)
    : Backend(parent)
    , m_options(std::move(options))
    , m_refreshToken(m_options.refreshToken)
{
    if (!m_options.caFile.isEmpty()) {
        QFile file(m_options.caFile);
        const auto certificates = file.open(QIODevice::ReadOnly) ? QSslCertificate::fromData(file.readAll(), QSsl::Pem)
                                                                 : QList<QSslCertificate>();
        if (certificates.isEmpty()) {
            m_setupError = Error(Error::Kind::Tls, tr("The CA file %1 holds no PEM certificate.").arg(m_options.caFile),
                                 tr("Choose the PEM file of the CA that signed the server's certificate."));
        }
    }
    const QString scheme = m_options.server.scheme();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http")) {
        m_setupError = Error(Error::Kind::Invalid, tr("The server address must start with https://."),
                             m_options.server.toDisplayString());
    } else if (scheme == QLatin1String("http") && m_options.server.host() != QLatin1String("127.0.0.1") &&
               m_options.server.host() != QLatin1String("localhost") &&
               m_options.server.host() != QLatin1String("::1")) {
        m_setupError =
            Error(Error::Kind::Tls, tr("Unencrypted http:// is allowed only to this computer; use https:// for %1.")
                                        .arg(m_options.server.host()));
    }
    m_info.backendName = QStringLiteral("Paydesk server");
    m_info.location = m_options.server.toDisplayString(QUrl::RemoveUserInfo);
    m_info.user = m_options.user;
    connect(&m_network, &QNetworkAccessManager::sslErrors, this,
            [this](QNetworkReply* reply, const QList<QSslError>& errors) {
                // Never ignored: remember them so the failure names the certificate.
                m_sslErrors[reply] = errors;
            });
}

RestBackend::~RestBackend()
{
    // Replies still running are aborted without reaching this object's slots.
    for (auto it = m_replies.cbegin(); it != m_replies.cend(); ++it) {
        if (QNetworkReply* reply = it.value().data()) {
            QObject::disconnect(reply, nullptr, this, nullptr);
            reply->abort();
        }
    }
}

ChangeFeed* RestBackend::changeFeed()
{
    if (!m_changeFeed) {
        QPointer<RestBackend> self(this);
        m_changeFeed = new RestChangeFeed(
            &m_network,
            [self](std::function<void(QNetworkRequest, const Error&)> ready) {
                if (!self) {
                    return;
                }
                self->withToken([self, ready](const Error& error) {
                    if (!self || error) {
                        ready(QNetworkRequest(), error ? error : Error(Error::Kind::Cancelled, QString()));
                        return;
                    }
                    QNetworkRequest request = self->makeRequest(ops::ChangeEvents::operation().path, QUrlQuery());
                    request.setRawHeader("Authorization", "Bearer " + self->m_accessToken.toLatin1());
                    ready(request, Error());
                });
            },
            this);
    }
    return m_changeFeed;
}

QNetworkRequest RestBackend::makeRequest(const QString& path, const QUrlQuery& query) const
{
    QUrl url = m_options.server;
    QString base = url.path();
    if (!base.endsWith(QLatin1Char('/'))) {
        base += QLatin1Char('/');
    }
    url.setPath(base + QStringLiteral("api/v1/") + path);
    url.setQuery(query);
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setTransferTimeout(m_options.timeoutMs);
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
    request.setRawHeader("Accept", "application/json, application/problem+json");
    request.setHeader(QNetworkRequest::UserAgentHeader, QByteArrayLiteral("paydesk/" PAYDESK_VERSION));
    if (!m_options.caFile.isEmpty()) {
        QSslConfiguration config = QSslConfiguration::defaultConfiguration();
        QFile file(m_options.caFile);
        if (file.open(QIODevice::ReadOnly)) {
            auto roots = config.caCertificates();
            roots.append(QSslCertificate::fromData(file.readAll(), QSsl::Pem));
            config.setCaCertificates(roots);
        }
        request.setSslConfiguration(config);
    }
    return request;
}

Error RestBackend::transportError(QNetworkReply* reply) const
{
    const QString where = m_options.server.toDisplayString(QUrl::RemoveUserInfo | QUrl::RemovePath);
    const auto ssl = m_sslErrors.value(reply);
    if (!ssl.isEmpty() || reply->error() == QNetworkReply::SslHandshakeFailedError) {
        QStringList lines;
        for (const QSslError& e : ssl) {
            lines.append(e.errorString());
        }
        const QSslCertificate certificate = ssl.isEmpty() ? QSslCertificate() : ssl.first().certificate();
        lines.append(describeCertificate(certificate));
        return Error(Error::Kind::Tls,
                     tr("The server %1 could not prove its identity, so Paydesk did not connect.").arg(where),
                     lines.join(QLatin1Char('\n')).trimmed() +
                         tr("\nIf your organisation uses its own CA, choose its certificate as the CA file of "
                            "this connection."));
    }
    switch (reply->error()) {
    case QNetworkReply::OperationCanceledError:
    case QNetworkReply::TimeoutError:
        return Error(Error::Kind::Timeout,
                     tr("The server %1 did not answer within %2 seconds.").arg(where).arg(m_options.timeoutMs / 1000),
                     tr("Try again; if it keeps happening, the server or the network is overloaded."));
    case QNetworkReply::ConnectionRefusedError:
    case QNetworkReply::HostNotFoundError:
    case QNetworkReply::NetworkSessionFailedError:
    case QNetworkReply::TemporaryNetworkFailureError:
    case QNetworkReply::UnknownNetworkError:
        return Error(Error::Kind::Connection, tr("Cannot reach the Paydesk server at %1.").arg(where),
                     reply->errorString());
    case QNetworkReply::RemoteHostClosedError:
        return Error(Error::Kind::Connection,
                     tr("The server %1 closed the connection before the answer was complete.").arg(where),
                     reply->errorString());
    case QNetworkReply::InsecureRedirectError:
    case QNetworkReply::TooManyRedirectsError:
        return Error(Error::Kind::Network, tr("The server sent Paydesk to another address, which it does not follow."),
                     reply->errorString());
    default:
        break;
    }
    return Error(Error::Kind::Network, tr("The request to %1 failed.").arg(where), reply->errorString());
}

Backend::RequestId RestBackend::send(Exchange exchange, QObject* receiver,
                                     std::function<void(RequestId, const Answer&)> finished)
{
    const RequestId id = beginRequest(receiver);
    if (m_setupError) {
        const Error error = m_setupError;
        QMetaObject::invokeMethod(
            this,
            [id, error, finished]() {
                finished(id, Answer{0, {}, error});
            },
            Qt::QueuedConnection);
        return id;
    }
    if (exchange.idempotencyKey) {
        // One key per call: a retry after a refresh sends the same key, so the server applies
        // the change at most once.
        m_idempotencyKeys.insert(id, QUuid::createUuid().toByteArray(QUuid::WithoutBraces));
    }
    auto go = [this, id, exchange, finished](const Error& error) {
        if (error) {
            finished(id, Answer{0, {}, error});
            return;
        }
        perform(id, exchange, 0, finished);
    };
    if (exchange.authenticated) {
        withToken(go);
    } else {
        go(Error());
    }
    return id;
}

void RestBackend::perform(RequestId id, Exchange exchange, int attempt,
                          std::function<void(RequestId, const Answer&)> finished)
{
    QNetworkRequest request = makeRequest(exchange.path, exchange.query);
    if (exchange.authenticated) {
        request.setRawHeader("Authorization", "Bearer " + m_accessToken.toLatin1());
    }
    if (!exchange.ifMatch.isEmpty()) {
        request.setRawHeader("If-Match", exchange.ifMatch);
    }
    const QByteArray key = m_idempotencyKeys.value(id);
    if (!key.isEmpty()) {
        request.setRawHeader("Idempotency-Key", key);
    }
    if (!m_writePosition.isEmpty()) {
        request.setRawHeader("Paydesk-Read-After", m_writePosition); // read your own writes
    }
    QNetworkReply* reply = exchange.verb == "GET" ? m_network.get(request)
                                                  : m_network.sendCustomRequest(request, exchange.verb, exchange.body);
    m_replies.insert(id, reply);
    connect(reply, &QNetworkReply::finished, this, [this, reply, id, exchange, attempt, finished]() {
        reply->deleteLater();
        m_replies.remove(id);
        const Error transport = reply->error() != QNetworkReply::NoError &&
                                        reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 0
                                    ? transportError(reply)
                                    : Error();
        m_sslErrors.remove(reply);
        rememberWritePosition(reply->rawHeader("Paydesk-Write-Position"));
        Answer answer{reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(),
                      reply->isOpen() ? reply->readAll() : QByteArray(), transport};
        if (!answer.error && reply->error() == QNetworkReply::RemoteHostClosedError) {
            answer.error = transportError(reply); // headers came, the body did not
        }
        if (m_cancelled.remove(id)) {
            answer.error = Error(Error::Kind::Cancelled, tr("The request was cancelled."));
        }
        if (!answer.error && answer.status == 401 && exchange.authenticated && attempt == 0) {
            // The access token was refused (expired, or the server restarted with a new key): renew once.
            m_accessExpiresMs = 0;
            refreshNow([this, id, exchange, finished](const Error& error) {
                if (error) {
                    Q_EMIT signInRequired(error);
                    finished(id, Answer{0, {}, error});
                    return;
                }
                perform(id, exchange, 1, finished);
            });
            return;
        }
        if (!answer.error && answer.status == 401 && exchange.authenticated) {
            Q_EMIT signInRequired(json::errorFromProblem(answer.body, 401));
        }
        finished(id, answer);
    });
}

template<typename T>
Backend::RequestId RestBackend::call(Exchange exchange, QObject* receiver, Callback<T> done,
                                     std::function<Result<T>(const QByteArray&)> decode)
{
    return send(std::move(exchange), receiver, [this, done, decode](RequestId id, const Answer& answer) {
        m_idempotencyKeys.remove(id);
        if (answer.error) {
            deliver(id, Result<T>(answer.error), done);
            return;
        }
        if (answer.status < 200 || answer.status >= 300) {
            deliver(id, Result<T>(json::errorFromProblem(answer.body, answer.status)), done);
            return;
        }
        deliver(id, decode(answer.body), done);
    });
}

// -- tokens -----------------------------------------------------------------------------------

bool RestBackend::acceptTokens(const Answer& answer, Error* error)
{
    if (answer.error) {
        *error = answer.error;
        return false;
    }
    if (answer.status != 200) {
        *error = json::errorFromProblem(answer.body, answer.status);
        if (answer.status == 400 || answer.status == 404) {
            error->kind = Error::Kind::Authentication;
        }
        return false;
    }
    auto parsed = json::parse(answer.body);
    const QJsonObject object = parsed.ok() ? parsed.value().toObject() : QJsonObject();
    const QString access = object.value(QStringLiteral("access_token")).toString();
    const QString refresh = object.value(QStringLiteral("refresh_token")).toString();
    const qint64 expiresIn = object.value(QStringLiteral("expires_in")).toInteger();
    if (access.isEmpty() || refresh.isEmpty() || expiresIn <= 0) {
        *error = Error(Error::Kind::Network, tr("The server's sign-in answer could not be read."),
                       parsed.ok() ? QStringLiteral("access_token, refresh_token or expires_in missing")
                                   : parsed.error().detail);
        return false;
    }
    m_accessToken = access;
    m_accessExpiresMs = QDateTime::currentMSecsSinceEpoch() + expiresIn * 1000;
    m_info.user = object.value(QStringLiteral("user")).toString();
    m_info.role = object.value(QStringLiteral("role")).toString();
    if (refresh != m_refreshToken) {
        m_refreshToken = refresh;
        Q_EMIT refreshTokenChanged(refresh);
    }
    return true;
}

void RestBackend::withToken(std::function<void(const Error&)> then)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (!m_accessToken.isEmpty() && now < m_accessExpiresMs - kRefreshMarginMs) {
        then(Error());
        return;
    }
    if (m_accessToken.isEmpty() && !m_options.password.isEmpty()) {
        signIn(std::move(then));
        return;
    }
    refreshNow(std::move(then));
}

void RestBackend::refreshNow(std::function<void(const Error&)> then)
{
    if (m_refreshToken.isEmpty() && !m_refreshing) {
        then(Error(Error::Kind::Authentication, tr("Sign in to the Paydesk server.")));
        return;
    }
    requestTokens(ops::RenewSession::operation().path,
                  compact(QJsonObject{{QStringLiteral("refresh_token"), m_refreshToken}}), std::move(then));
}

void RestBackend::signIn(std::function<void(const Error&)> then)
{
    if (m_refreshing) {
        m_waitingForToken.push_back(std::move(then));
        return;
    }
    const QByteArray body = compact(
        QJsonObject{{QStringLiteral("username"), m_options.user}, {QStringLiteral("password"), m_options.password}});
    m_options.password.clear();
    requestTokens(ops::SignIn::operation().path, body, std::move(then));
}

void RestBackend::requestTokens(const QString& path, const QByteArray& body, std::function<void(const Error&)> then)
{
    m_waitingForToken.push_back(std::move(then));
    if (m_refreshing) {
        return; // the answer in flight serves every waiter
    }
    m_refreshing = true;
    const bool renewing = path == ops::RenewSession::operation().path;
    postSignIn(path, body, [this, renewing](const Answer& answer) {
        auto finish = [this](const Error& error) {
            m_refreshing = false;
            auto waiting = std::move(m_waitingForToken);
            m_waitingForToken.clear();
            for (auto& waiter : waiting) {
                waiter(error);
            }
        };
        if (!renewing && answer.status == 200) {
            const QJsonObject object = QJsonDocument::fromJson(answer.body).object();
            if (object.contains(QStringLiteral("mfa"))) {
                continueWithSecondFactor(object, finish);
                return;
            }
        }
        Error error;
        if (!acceptTokens(answer, &error) && renewing && error.kind == Error::Kind::Authentication) {
            // The session is over (revoked, expired, reused): forget it, here and in the keychain.
            m_accessToken.clear();
            m_refreshToken.clear();
            Q_EMIT refreshTokenChanged(QString());
        }
        finish(error);
    });
}

void RestBackend::postSignIn(const QString& path, const QByteArray& body, std::function<void(const Answer&)> done)
{
    QNetworkReply* reply = m_network.post(makeRequest(path, QUrlQuery()), body);
    connect(reply, &QNetworkReply::finished, this, [this, reply, done = std::move(done)]() {
        reply->deleteLater();
        const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
        // The transport error reads the TLS errors of the reply: before they are forgotten.
        const Answer answer{status, reply->readAll(), status == 0 ? transportError(reply) : Error()};
        m_sslErrors.remove(reply);
        done(answer);
    });
}

void RestBackend::continueWithSecondFactor(const QJsonObject& challenge, std::function<void(const Error&)> finish)
{
    const QString token = challenge.value(QStringLiteral("mfa_token")).toString();
    const bool enrol = challenge.value(QStringLiteral("mfa")).toString() == QLatin1String("enrol");
    if (!m_options.secondFactor || token.isEmpty()) {
        finish(Error(Error::Kind::Authentication,
                     tr("The account %1 signs in with a code from an authenticator app as well; sign in with the "
                        "Paydesk console.")
                         .arg(m_options.user)));
        return;
    }
    SecondFactorStep step;
    step.user = challenge.value(QStringLiteral("user")).toString();
    if (!enrol) {
        askSecondFactor(step, token, std::move(finish));
        return;
    }
    postSignIn(ops::EnrolSecondFactor::operation().path, compact(QJsonObject{{QStringLiteral("mfa_token"), token}}),
               [this, step, token, finish = std::move(finish)](const Answer& answer) mutable {
                   if (answer.error || answer.status != 200) {
                       finish(answer.error ? answer.error : json::errorFromProblem(answer.body, answer.status));
                       return;
                   }
                   const QJsonObject object = QJsonDocument::fromJson(answer.body).object();
                   step.kind = SecondFactorStep::Kind::Enrol;
                   step.otpauthUri = object.value(QStringLiteral("otpauth_uri")).toString();
                   step.secret = object.value(QStringLiteral("secret")).toString();
                   askSecondFactor(step, token, std::move(finish));
               });
}

void RestBackend::showRecoveryCodes(const QJsonObject& answer, const QString& user)
{
    const QJsonArray codes = answer.value(QStringLiteral("recovery_codes")).toArray();
    if (codes.isEmpty() && !answer.contains(QStringLiteral("recovery_codes_left"))) {
        return;
    }
    SecondFactorStep shown;
    shown.kind = SecondFactorStep::Kind::RecoveryCodes;
    shown.user = user;
    for (const QJsonValue& code : codes) {
        shown.recoveryCodes << code.toString();
    }
    shown.recoveryCodesLeft = answer.value(QStringLiteral("recovery_codes_left")).toInt(-1);
    m_options.secondFactor(shown, [](const QString&) {});
}

void RestBackend::askSecondFactor(SecondFactorStep step, const QString& mfaToken,
                                  std::function<void(const Error&)> finish)
{
    QPointer<RestBackend> self(this);
    m_options.secondFactor(step, [self, step, mfaToken, finish](const QString& typed) {
        if (!self) {
            return;
        }
        const QString answer = typed.trimmed();
        if (answer.isEmpty()) {
            finish(Error(Error::Kind::Authentication, tr("Sign-in cancelled: no code was given.")));
            return;
        }
        // Six digits are a code; anything else is a recovery code (letters and dashes).
        const bool isCode = answer.size() == 6 &&
                            std::all_of(answer.begin(), answer.end(), [](QChar c) { return c >= u'0' && c <= u'9'; });
        const QJsonObject body{{QStringLiteral("mfa_token"), mfaToken},
                               {isCode ? QStringLiteral("code") : QStringLiteral("recovery_code"), answer}};
        self->postSignIn(ops::VerifySecondFactor::operation().path, compact(body),
                         [self, step, mfaToken, finish](const Answer& a) {
                             if (!self) {
                                 return;
                             }
                             if (a.status == 401 && !a.error) {
                                 const QJsonObject problem = QJsonDocument::fromJson(a.body).object();
                                 if (problem.value(QStringLiteral("attempts_left")).toInt() > 0) {
                                     SecondFactorStep again = step;
                                     again.refusal = json::errorFromProblem(a.body, a.status).message;
                                     self->askSecondFactor(again, mfaToken, finish);
                                     return;
                                 }
                             }
                             Error error;
                             if (!self->acceptTokens(a, &error)) {
                                 finish(error);
                                 return;
                             }
                             self->showRecoveryCodes(QJsonDocument::fromJson(a.body).object(), step.user);
                             finish(Error());
                         });
    });
}

void RestBackend::rememberWritePosition(const QByteArray& position)
{
    if (!position.isEmpty() &&
        sql::parseLsn(QString::fromLatin1(position)) > sql::parseLsn(QString::fromLatin1(m_writePosition))) {
        m_writePosition = position;
    }
}

void RestBackend::signOut()
{
    if (!m_refreshToken.isEmpty() && !m_setupError) {
        QNetworkRequest request = makeRequest(ops::SignOut::operation().path, QUrlQuery());
        QNetworkReply* reply =
            m_network.post(request, compact(QJsonObject{{QStringLiteral("refresh_token"), m_refreshToken}}));
        connect(reply, &QNetworkReply::finished, reply, &QObject::deleteLater);
    }
    m_accessToken.clear();
    m_accessExpiresMs = 0;
    if (!m_refreshToken.isEmpty()) {
        m_refreshToken.clear();
        Q_EMIT refreshTokenChanged(QString());
    }
}

// -- the Backend calls ------------------------------------------------------------------------

Backend::RequestId RestBackend::open(QObject* receiver, Callback<ConnectionInfo> done)
{
    auto store = [this, done](const Result<ConnectionInfo>& result) {
        if (!result.ok()) {
            done(result);
            return;
        }
        ConnectionInfo info = result.value();
        info.location = m_options.server.toDisplayString(QUrl::RemoveUserInfo);
        info.encrypted = m_options.server.scheme() == QLatin1String("https");
        info.verified = info.encrypted; // TLS errors are never ignored: an https answer was verified
        m_info = info;
        done(info);
    };
    Exchange me;
    me.path = ops::Me::operation().path;
    return call<ConnectionInfo>(me, receiver, store, jsonOf<ConnectionInfo>());
}

Backend::RequestId RestBackend::invoke(const ops::Operation& op, std::any request, QObject* receiver,
                                       Callback<std::any> done)
{
    if (!op.hasCodec()) {
        const RequestId id = beginRequest(receiver);
        deliverLater(id, Error(Error::Kind::Internal, tr("The Paydesk server has no call %1.").arg(op.name)),
                     std::move(done));
        return id;
    }
    const ops::Wire wire = op.toWire(request);
    Exchange e;
    e.verb = op.verbName().toLatin1();
    e.path = op.pathFor(wire);
    e.query = wire.query;
    e.body = wire.body;
    e.idempotencyKey = op.mutation;
    if (op.ifMatch) {
        e.ifMatch = versionTag(wire.ifMatch.value_or(0));
    }
    return call<std::any>(std::move(e), receiver, std::move(done),
                          [decode = op.decodeResponse, request = std::move(request)](const QByteArray& body) {
                              auto value = decode(body, request);
                              if (!value.ok()) {
                                  return Result<std::any>(Error(Error::Kind::Network,
                                                                tr("The server's answer could not be read."),
                                                                value.error().detail));
                              }
                              return value;
                          });
}

Backend::RequestId RestBackend::exportCsv(const ExportRequest& request, QObject* receiver,
                                          std::function<void(qint64 rows)> progress, Callback<ExportResult> done)
{
    // The server streams the CSV; it is written to a QSaveFile, so no partial file is left
    // behind, and rows are counted as records end (outside quotes).
    const RequestId id = beginRequest(receiver);
    auto file = std::make_shared<QSaveFile>(request.path);
    const Result<Done> target = checkOutputTarget(request.path);
    if (!target.ok() || !file->open(QIODevice::WriteOnly)) {
        const Error error =
            !target.ok() ? target.error()
                         : Error(Error::Kind::Invalid, tr("Cannot write %1.").arg(request.path), file->errorString());
        QMetaObject::invokeMethod(
            this, [this, id, error, done]() { deliver(id, Result<ExportResult>(error), done); }, Qt::QueuedConnection);
        return id;
    }
    QJsonObject body{{QStringLiteral("list"), json::toJson(request.list)},
                     {QStringLiteral("titles"), QJsonArray::fromStringList(request.titles)},
                     {QStringLiteral("byte_order_mark"), request.byteOrderMark}};
    const QString path = ops::ExportCsv::operation().pathFor(ops::Wire{{}, areaKey(request.list.area), {}, {}, {}});
    withToken([this, id, file, body, path, progress, done](const Error& tokenError) {
        if (tokenError) {
            file->cancelWriting();
            deliver(id, Result<ExportResult>(tokenError), done);
            return;
        }
        QNetworkRequest post = makeRequest(path, QUrlQuery());
        post.setRawHeader("Authorization", "Bearer " + m_accessToken.toLatin1());
        post.setRawHeader("Accept", "text/csv, application/problem+json");
        if (!m_writePosition.isEmpty()) {
            post.setRawHeader("Paydesk-Read-After", m_writePosition);
        }
        QNetworkReply* reply = m_network.post(post, compact(body));
        m_replies.insert(id, reply);
        struct Count
        {
            qint64 records = 0;
            bool inQuotes = false;
            qint64 bytes = 0;
            /// Counts the records that end in `chunk` (newlines outside quoted fields).
            void add(const QByteArray& chunk)
            {
                for (char c : chunk) {
                    if (c == '"') {
                        inQuotes = !inQuotes;
                    } else if (c == '\n' && !inQuotes) {
                        ++records;
                    }
                }
                bytes += chunk.size();
            }
        };
        auto count = std::make_shared<Count>();
        connect(reply, &QNetworkReply::readyRead, this, [this, reply, file, count, id, progress]() {
            if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200) {
                return; // a problem document: read it when finished
            }
            const QByteArray chunk = reply->readAll();
            count->add(chunk);
            file->write(chunk);
            const qint64 rows = std::max<qint64>(0, count->records - 1);
            notifyPending(id, [&]() { progress(rows); });
        });
        connect(reply, &QNetworkReply::finished, this, [this, reply, file, count, id, done]() {
            reply->deleteLater();
            m_replies.remove(id);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            if (m_cancelled.remove(id)) {
                file->cancelWriting();
                deliver(id, Result<ExportResult>(Error(Error::Kind::Cancelled, tr("The request was cancelled."))),
                        done);
                return;
            }
            if (reply->error() != QNetworkReply::NoError && status == 0) {
                const Error error = transportError(reply);
                m_sslErrors.remove(reply);
                file->cancelWriting();
                deliver(id, Result<ExportResult>(error), done);
                return;
            }
            if (status != 200) {
                file->cancelWriting();
                deliver(id, Result<ExportResult>(json::errorFromProblem(reply->readAll(), status)), done);
                return;
            }
            const QByteArray rest = reply->readAll();
            file->write(rest);
            count->add(rest);
            if (reply->error() != QNetworkReply::NoError || !file->commit()) {
                file->cancelWriting();
                const Error error =
                    reply->error() != QNetworkReply::NoError
                        ? transportError(reply)
                        : Error(Error::Kind::Invalid, tr("Cannot write the export file."), file->errorString());
                deliver(id, Result<ExportResult>(error), done);
                return;
            }
            deliver(id, Result<ExportResult>(ExportResult{std::max<qint64>(0, count->records - 1), count->bytes}),
                    done);
        });
    });
    return id;
}

void RestBackend::cancel(RequestId id)
{
    if (!markCancelled(id)) {
        return;
    }
    if (QPointer<QNetworkReply> reply = m_replies.value(id)) {
        m_cancelled.insert(id);
        reply->abort(); // finished() follows and delivers Cancelled
    }
}

} // namespace pd
