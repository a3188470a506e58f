#pragma once

#include "Dashboard.h"
#include "Invoices.h"
#include "Kyc.h"
#include "ListTypes.h"
#include "Payments.h"
#include "Reconciliation.h"
#include "Result.h"

#include <QObject>
#include <QPointer>

#include <functional>
#include <unordered_map>

namespace pd {

/// Who is connected and how, for the status bar and for what the UI offers.
struct ConnectionInfo
{
    QString backendName; ///< "PostgreSQL", "SQLite", "Paydesk server"
    QString location;    ///< URL without secrets, or the SQLite file
    QString user;        ///< database user or staff login
    QString role;        ///< staff role ("hq_admin", ...) when known; empty for a direct owner
    QString serverVersion;
    int schemaVersion = 0;
    bool encrypted = false; ///< the link is encrypted (TLS)
    bool verified = false;  ///< the server's certificate was checked against a trusted root
};

/// The only way models and pages read or change data (design/ARCHITECTURE.md).
///
/// Every call returns at once with a request id and later calls `done` exactly once, on the
/// thread of `receiver`, unless `receiver` was destroyed first (then the result is dropped) or
/// the request was cancelled (then `done` gets Error::Kind::Cancelled). Implementations:
/// SqlBackend (PostgreSQL or SQLite on worker threads) and RestBackend (the Paydesk server).
class Backend : public QObject
{
    Q_OBJECT
public:
    using RequestId = quint64;
    template<typename T>
    using Callback = std::function<void(const Result<T>&)>;

    explicit Backend(QObject* parent = nullptr);
    ~Backend() override;

    /// Connects (opening what the implementation needs) and checks the schema.
    virtual RequestId open(QObject* receiver, Callback<ConnectionInfo> done) = 0;
    /// The information open() produced; empty before it succeeded.
    virtual ConnectionInfo connectionInfo() const = 0;

    /// One page of an area's rows (keyset pagination, see ListRequest).
    virtual RequestId fetchPage(const ListRequest& request, QObject* receiver, Callback<ListPage> done) = 0;
    /// The number of rows matching request.filters.
    virtual RequestId fetchCount(const ListRequest& request, CountMode mode, QObject* receiver,
                                 Callback<CountResult> done) = 0;
    /// The detail record of one row.
    virtual RequestId fetchDetail(Area area, qint64 id, QObject* receiver, Callback<DetailRecord> done) = 0;
    /// The organisation tree.
    virtual RequestId fetchOrganizations(QObject* receiver, Callback<QVector<Organization>> done) = 0;

    // -- BCH invoices (issue 3) -------------------------------------------------------------
    /// The active watch-only BCH account, or nullopt when none is set up.
    virtual RequestId fetchBchAccount(QObject* receiver, Callback<std::optional<BchAccount>> done) = 0;
    /// Makes an account extended public key the source of new invoice addresses.
    virtual RequestId setBchAccount(const QString& name, const QString& xpub, bch::Network network, QObject* receiver,
                                    Callback<BchAccount> done) = 0;
    /// Creates an invoice with a fresh address (see sql::createInvoice for the guarantees).
    virtual RequestId createInvoice(const InvoiceDraft& draft, QObject* receiver, Callback<CreatedInvoice> done) = 0;
    /// Applies a manual status change (mark paid, confirm, expire, cancel), audited.
    virtual RequestId changeInvoice(const InvoiceChange& change, QObject* receiver, Callback<Done> done) = 0;
    /// The invoices for a printed sheet.
    virtual RequestId fetchInvoiceSheet(const InvoiceSheetRequest& request, QObject* receiver,
                                        Callback<QVector<InvoiceSheetItem>> done) = 0;

    // -- KYC review (issue 4; see sql/SqlKyc.h for the rules and errors) ---------------------
    /// Queue counts by stage and claim, who is asking, and the review settings.
    virtual RequestId fetchKycQueueSummary(QObject* receiver, Callback<KycQueueSummary> done) = 0;
    /// Changes the review settings (headquarters only).
    virtual RequestId setKycSettings(const KycSettings& settings, QObject* receiver, Callback<KycSettings> done) = 0;
    /// Claims a pending document for the connected reviewer.
    virtual RequestId claimKycDocument(qint64 documentId, QObject* receiver, Callback<KycClaim> done) = 0;
    /// Releases a claim (one's own; anyone's for headquarters).
    virtual RequestId releaseKycClaim(qint64 documentId, QObject* receiver, Callback<Done> done) = 0;
    /// Approves, rejects or returns a claimed document, audited, with optimistic concurrency.
    virtual RequestId decideKycDocument(const KycDecision& decision, QObject* receiver,
                                        Callback<KycDecisionResult> done) = 0;
    /// The unmasked document number; the reveal is audited.
    virtual RequestId revealDocumentNumber(qint64 documentId, QObject* receiver, Callback<QString> done) = 0;
    /// Decisions per reviewer per day over local dates [from, to].
    virtual RequestId fetchReviewerActivity(const QDate& from, const QDate& to, QObject* receiver,
                                            Callback<QVector<ReviewerActivity>> done) = 0;

    /// The full bank account number of a member's auto-debit contract (headquarters only),
    /// opened with the field key on this computer; the reveal is audited.
    virtual RequestId revealAccountNumber(qint64 userId, QObject* receiver, Callback<QString> done) = 0;

    // -- payments, settlements, reconciliation, export (issue 5; see sql/SqlPayments.h) ----------
    /// Count and sum per status of the rows matching request.filters (payments, settlements).
    virtual RequestId fetchTotals(const ListRequest& request, QObject* receiver, Callback<ListTotals> done) = 0;
    /// Marks a payment paid by hand or cancels it, with a reason (audited).
    virtual RequestId changePayment(const PaymentChange& change, QObject* receiver, Callback<Done> done) = 0;
    /// Computes the month's draft settlements from its successful payments.
    virtual RequestId runSettlements(const SettlementRun& run, QObject* receiver,
                                     Callback<SettlementRunResult> done) = 0;
    /// Confirms, marks paid or reopens a settlement (audited).
    virtual RequestId changeSettlement(const SettlementChange& change, QObject* receiver, Callback<Done> done) = 0;
    /// The expected payments, applied provider ids and earlier import a result file is matched with.
    virtual RequestId fetchReconciliationCandidates(const ReconciliationQuery& query, QObject* receiver,
                                                    Callback<ReconciliationCandidates> done) = 0;
    /// Applies a matched result file in one transaction.
    virtual RequestId applyReconciliation(const ReconciliationApply& apply, QObject* receiver,
                                          Callback<ReconciliationOutcome> done) = 0;
    /// Writes all rows of a list's filter to a CSV file, streamed; `progress` gets the rows
    /// written so far (on the receiver's thread, while the request is pending). Cancel with
    /// cancel(): no file is left.
    virtual RequestId exportCsv(const ExportRequest& request, QObject* receiver,
                                std::function<void(qint64 rows)> progress, Callback<ExportResult> done) = 0;

    // -- dashboard (issue 7; see sql/SqlDashboard.h) ------------------------------------------
    /// Aggregates one chart of the dashboard in the database for a period and subtree.
    virtual RequestId fetchChart(const DashboardRequest& request, QObject* receiver, Callback<ChartData> done) = 0;

    /// Cancels a request: a queued one never runs, a running one is interrupted where the
    /// database allows. Its callback receives Error::Kind::Cancelled. Unknown ids are ignored.
    virtual void cancel(RequestId id) = 0;

    /// Number of requests started and not yet delivered (for busy indicators and tests).
    int pendingCount() const { return int(m_pending.size()); }

Q_SIGNALS:
    /// A request started or finished; `busy` is true while any request is pending.
    void busyChanged(bool busy);

protected:
    /// Registers a request and returns its id; implementations call deliver() later.
    RequestId beginRequest(QObject* receiver);
    /// Hands a result to the request's receiver on this object's thread. Drops it when the
    /// receiver is gone; replaces it with Cancelled when the request was cancelled.
    template<typename T>
    void deliver(RequestId id, const Result<T>& result, const Callback<T>& done)
    {
        auto it = m_pending.find(id);
        if (it == m_pending.end()) {
            return;
        }
        const QPointer<QObject> receiver = it->second.receiver;
        const bool cancelled = it->second.cancelled;
        m_pending.erase(it);
        if (m_pending.empty()) {
            Q_EMIT busyChanged(false);
        }
        if (!receiver) {
            return;
        }
        if (cancelled && result.ok()) {
            done(Result<T>(Error(Error::Kind::Cancelled, tr("The request was cancelled."))));
            return;
        }
        done(result);
    }
    /// Runs `notify` now (on this object's thread) if the request is still pending, not
    /// cancelled, and its receiver exists; for progress reports.
    void notifyPending(RequestId id, const std::function<void()>& notify) const
    {
        auto it = m_pending.find(id);
        if (it != m_pending.end() && it->second.receiver && !it->second.cancelled) {
            notify();
        }
    }
    /// Marks a request cancelled; returns false when it is unknown (already delivered).
    bool markCancelled(RequestId id);

private:
    struct Pending
    {
        QPointer<QObject> receiver;
        bool cancelled = false;
    };
    std::unordered_map<RequestId, Pending> m_pending;
    RequestId m_nextId = 1;
};

} // namespace pd
