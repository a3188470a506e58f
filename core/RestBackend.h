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

#include <functional>
#include <vector>

class QNetworkReply;

namespace pd {

/// The console's connection to paydesk-server (issue 6): every Backend call is one HTTP request
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
    struct Options
    {
        QUrl server;          ///< https://host:port (http only for loopback)
        QString user;         ///< staff login
        QString password;     ///< for auth/login; cleared from memory once used
        QString refreshToken; ///< from the keychain, used when there is no password
        QString caFile;       ///< extra trusted CA certificates (PEM), may be empty
        int timeoutMs = 30000;
    };

    explicit RestBackend(Options options, QObject* parent = nullptr);
    ~RestBackend() override;

    /// The refresh token of the current session (empty before sign-in or after signOut()).
    QString refreshToken() const { return m_refreshToken; }
    /// Revokes the refresh token on the server (best effort) and forgets both tokens.
    void signOut();

    RequestId open(QObject* receiver, Callback<ConnectionInfo> done) override;
    ConnectionInfo connectionInfo() const override { return m_info; }
    RequestId fetchPage(const ListRequest& request, QObject* receiver, Callback<ListPage> done) override;
    RequestId fetchCount(const ListRequest& request, CountMode mode, QObject* receiver,
                         Callback<CountResult> done) override;
    RequestId fetchDetail(Area area, qint64 id, QObject* receiver, Callback<DetailRecord> done) override;
    RequestId fetchOrganizations(QObject* receiver, Callback<QVector<Organization>> done) override;
    RequestId fetchBchAccount(QObject* receiver, Callback<std::optional<BchAccount>> done) override;
    RequestId setBchAccount(const QString& name, const QString& xpub, bch::Network network, QObject* receiver,
                            Callback<BchAccount> done) override;
    RequestId createInvoice(const InvoiceDraft& draft, QObject* receiver, Callback<CreatedInvoice> done) override;
    RequestId changeInvoice(const InvoiceChange& change, QObject* receiver, Callback<Done> done) override;
    RequestId fetchInvoiceSheet(const InvoiceSheetRequest& request, QObject* receiver,
                                Callback<QVector<InvoiceSheetItem>> done) override;
    RequestId fetchKycQueueSummary(QObject* receiver, Callback<KycQueueSummary> done) override;
    RequestId setKycSettings(const KycSettings& settings, QObject* receiver, Callback<KycSettings> done) override;
    RequestId claimKycDocument(qint64 documentId, QObject* receiver, Callback<KycClaim> done) override;
    RequestId releaseKycClaim(qint64 documentId, QObject* receiver, Callback<Done> done) override;
    RequestId decideKycDocument(const KycDecision& decision, QObject* receiver,
                                Callback<KycDecisionResult> done) override;
    RequestId revealDocumentNumber(qint64 documentId, QObject* receiver, Callback<QString> done) override;
    RequestId fetchReviewerActivity(const QDate& from, const QDate& to, QObject* receiver,
                                    Callback<QVector<ReviewerActivity>> done) override;
    RequestId revealAccountNumber(qint64 userId, QObject* receiver, Callback<QString> done) override;
    RequestId fetchTotals(const ListRequest& request, QObject* receiver, Callback<ListTotals> done) override;
    RequestId changePayment(const PaymentChange& change, QObject* receiver, Callback<Done> done) override;
    RequestId runSettlements(const SettlementRun& run, QObject* receiver, Callback<SettlementRunResult> done) override;
    RequestId changeSettlement(const SettlementChange& change, QObject* receiver, Callback<Done> done) override;
    RequestId fetchReconciliationCandidates(const ReconciliationQuery& query, QObject* receiver,
                                            Callback<ReconciliationCandidates> done) override;
    RequestId applyReconciliation(const ReconciliationApply& apply, QObject* receiver,
                                  Callback<ReconciliationOutcome> done) override;
    RequestId exportCsv(const ExportRequest& request, QObject* receiver, std::function<void(qint64 rows)> progress,
                        Callback<ExportResult> done) override;
    RequestId fetchChart(const DashboardRequest& request, QObject* receiver, Callback<ChartData> done) override;
    void cancel(RequestId id) override;

Q_SIGNALS:
    /// A new refresh token was issued (sign-in or rotation): store it in the keychain.
    void refreshTokenChanged(const QString& token);
    /// The session cannot be renewed: the console should ask for the password again.
    void signInRequired(const Error& error);

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
};

} // namespace pd
