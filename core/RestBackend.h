#pragma once

#include "Backend.h"

#include <QHash>
#include <QNetworkAccessManager>
#include <QNetworkRequest>
#include <QPointer>
#include <QSet>
#include <QSslError>
#include <QUrl>
#include <QUrlQuery>

#include <QStringList>
#include <functional>

#include <vector>

class QNetworkReply;

namespace pd {

/// The console's connection to paydesk-server: every Backend call is one HTTP request
/// to /api/v1 (docs/api/openapi.yaml), sent by QNetworkAccessManager on the owner's thread and
/// never waited for.
///
/// Sign-in: open() posts the password to auth/login (or, without a password, the stored refresh
/// token to auth/refresh). The access token stays in memory; the refresh token is handed out by
/// refreshTokenChanged() for the keychain. Tokens are refreshed a minute before they expire;
/// a 401 is retried once after a refresh, then signInRequired() is emitted and the call fails
/// with Error::Kind::Authentication.
///
/// Transport: each request has a transfer timeout (no bytes for `timeoutMs` ends it with
/// Error::Kind::Timeout); redirects are followed only to the same origin; TLS errors are never
/// ignored: they fail the call with Error::Kind::Tls and the certificate's subject, issuer,
/// validity and SHA-256 fingerprint in the detail. A CA file may be trusted in addition to the
/// system's roots.
class RestBackend : public Backend
{
    Q_OBJECT
public:
    /// What the server asks for after the password when the account has, or must set up, a TOTP
    /// second factor (docs/SECURITY.md, "Second factor").
    struct SecondFactorStep
    {
        enum class Kind {
            Code,          ///< type the authenticator app's code, or a recovery code
            Enrol,         ///< scan otpauthUri (or type secret) into an app, then type its code
            RecoveryCodes, ///< enrolment done: show recoveryCodes once; the answer is ignored
        };
        Kind kind = Kind::Code;
        QString user;
        QString otpauthUri;         ///< Enrol: for the QR code
        QString secret;             ///< Enrol: the same secret as base32 text
        QStringList recoveryCodes;  ///< RecoveryCodes
        QString refusal;            ///< the previous answer was refused: why (ask again)
        int recoveryCodesLeft = -1; ///< after a recovery code was used (-1: not known)
    };
    /// Asks the person at the console for a step's answer and calls `answer` with it: a 6-digit
    /// code, a recovery code, or an empty text to give up. Called on the owner's thread; it must
    /// not block (open a dialog and answer from its signal).
    using SecondFactorPrompt = std::function<void(const SecondFactorStep&, std::function<void(const QString&)> answer)>;

    struct Options
    {
        QUrl server;          ///< https://host:port (http only for loopback)
        QString user;         ///< staff login
        QString password;     ///< for auth/login; cleared from memory once used
        QString refreshToken; ///< from the keychain, used when there is no password
        QString caFile;       ///< extra trusted CA certificates (PEM), may be empty
        int timeoutMs = 30000;
        /// Asks for the second factor; without one, an account that needs it cannot sign in here.
        SecondFactorPrompt secondFactor;
    };

    explicit RestBackend(Options options, QObject* parent = nullptr);
    ~RestBackend() override;

    /// The refresh token of the current session (empty before sign-in or after signOut()).
    QString refreshToken() const { return m_refreshToken; }
    /// Revokes the refresh token on the server (best effort) and forgets both tokens.
    void signOut();

    RequestId open(QObject* receiver, Callback<ConnectionInfo> done) override;
    ConnectionInfo connectionInfo() const override { return m_info; }
    RequestId exportCsv(const ExportRequest& request, QObject* receiver, std::function<void(qint64 rows)> progress,
                        Callback<ExportResult> done) override;
    void cancel(RequestId id) override;
    /// Server-Sent Events of GET /api/v1/events (RestChangeFeed); made on first use.
    ChangeFeed* changeFeed() override;

Q_SIGNALS:
    /// A new refresh token was issued (sign-in or rotation): store it in the keychain.
    void refreshTokenChanged(const QString& token);
    /// The session cannot be renewed: the console should ask for the password again.
    void signInRequired(const Error& error);

protected:
    /// Sends the operation as one HTTP request built from the operation table (core/Operations.h).
    RequestId invoke(const ops::Operation& op, std::any request, QObject* receiver, Callback<std::any> done) override;

public:
    /// One HTTP exchange of the API (internal; public for the request helpers in the .cpp).
    struct Exchange
    {
        QByteArray verb = "GET";
        QString path; ///< below /api/v1/
        QUrlQuery query;
        QByteArray body; ///< JSON
        QByteArray ifMatch;
        bool idempotencyKey = false; ///< send an Idempotency-Key (the same one on a retry)
        bool authenticated = true;
    };
    /// The HTTP status, the body, or the transport error of a finished exchange.
    struct Answer
    {
        int status = 0;
        QByteArray body;
        Error error; ///< transport or TLS error; None when an HTTP answer arrived
    };

private:
    RequestId send(Exchange exchange, QObject* receiver, std::function<void(RequestId, const Answer&)> finished);
    void perform(RequestId id, Exchange exchange, int attempt, std::function<void(RequestId, const Answer&)> finished);
    void withToken(std::function<void(const Error&)> then);
    void refreshNow(std::function<void(const Error&)> then);
    void signIn(std::function<void(const Error&)> then);
    /// Posts to auth/login or auth/refresh once for every caller waiting for a token, takes the
    /// tokens of the answer and calls each waiter with the outcome.
    void requestTokens(const QString& path, const QByteArray& body, std::function<void(const Error&)> then);
    bool acceptTokens(const Answer& answer, Error* error);
    /// The password matched and the server asks for a second factor (`challenge`: mfa, mfa_token):
    /// enrols when asked, prompts, verifies, and calls `finish` with the outcome.
    void continueWithSecondFactor(const QJsonObject& challenge, std::function<void(const Error&)> finish);
    void askSecondFactor(SecondFactorStep step, const QString& mfaToken, std::function<void(const Error&)> finish);
    void rememberWritePosition(const QByteArray& position);
    /// Shows the recovery codes of a finished enrolment, or how many are left after one was used.
    void showRecoveryCodes(const QJsonObject& answer, const QString& user);
    /// Posts a JSON body to a sign-in path (no token) and calls `done` with the answer.
    void postSignIn(const QString& path, const QByteArray& body, std::function<void(const Answer&)> done);
    QNetworkRequest makeRequest(const QString& path, const QUrlQuery& query) const;
    Error transportError(QNetworkReply* reply) const;
    template<typename T>
    RequestId call(Exchange exchange, QObject* receiver, Callback<T> done,
                   std::function<Result<T>(const QByteArray&)> decode);

    Options m_options;
    QNetworkAccessManager m_network;
    ConnectionInfo m_info;
    QString m_accessToken;
    qint64 m_accessExpiresMs = 0;
    QString m_refreshToken;
    bool m_refreshing = false;
    std::vector<std::function<void(const Error&)>> m_waitingForToken;
    QHash<RequestId, QPointer<QNetworkReply>> m_replies;
    QHash<QNetworkReply*, QList<QSslError>> m_sslErrors;
    QHash<RequestId, QByteArray> m_idempotencyKeys;
    QSet<RequestId> m_cancelled;
    Error m_setupError; ///< a CA file that cannot be read fails every call
    /// The newest Paydesk-Write-Position the server gave (after this console's writes), sent as
    /// Paydesk-Read-After so that reads a replica serves include them (docs/ARCHITECTURE.md).
    QByteArray m_writePosition;
    ChangeFeed* m_changeFeed = nullptr;
};

} // namespace pd
