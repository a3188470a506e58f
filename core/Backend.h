#pragma once

#include "ChangeFeed.h"
#include "Operations.h"
#include "Result.h"

#include <QObject>
#include <QPointer>

#include <any>
#include <functional>
#include <unordered_map>

namespace pd {

/// The only way models and pages read or change data (docs/ARCHITECTURE.md).
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

    /// Runs an operation of the table (core/Operations.h): the typed way every call below is
    /// made. Adding an operation needs no new virtual function.
    template<typename Op>
    RequestId call(const typename Op::Request& request, QObject* receiver, Callback<typename Op::Response> done)
    {
        using Response = typename Op::Response;
        return invoke(
            Op::operation(), std::any(request), receiver, [done = std::move(done)](const Result<std::any>& result) {
                if (!result.ok()) {
                    done(Result<Response>(result.error()));
                    return;
                }
                if (const Response* value = std::any_cast<Response>(&result.value())) {
                    done(Result<Response>(*value));
                    return;
                }
                done(Result<Response>(
                    Error(Error::Kind::Internal, QStringLiteral("An answer of another type."), Op::operation().name)));
            });
    }

    /// One page of an area's rows (keyset pagination, see ListRequest).
    RequestId fetchPage(const ListRequest& request, QObject* receiver, Callback<ListPage> done)
    {
        return call<ops::FetchPage>(request, receiver, std::move(done));
    }
    /// The number of rows matching request.filters.
    RequestId fetchCount(const ListRequest& request, CountMode mode, QObject* receiver, Callback<CountResult> done)
    {
        return call<ops::FetchCount>(ops::CountRequest{request, mode}, receiver, std::move(done));
    }
    /// The detail record of one row.
    RequestId fetchDetail(Area area, qint64 id, QObject* receiver, Callback<DetailRecord> done)
    {
        return call<ops::FetchDetail>(ops::DetailRef{area, id}, receiver, std::move(done));
    }
    /// The organisation tree.
    RequestId fetchOrganizations(QObject* receiver, Callback<QVector<Organization>> done)
    {
        return call<ops::FetchOrganizations>({}, receiver, std::move(done));
    }

    // -- BCH invoices --------------------------------------------------------------------------
    /// The active watch-only BCH account, or nullopt when none is set up.
    RequestId fetchBchAccount(QObject* receiver, Callback<std::optional<BchAccount>> done)
    {
        return call<ops::FetchBchAccount>({}, receiver, std::move(done));
    }
    /// Makes an account extended public key the source of new invoice addresses.
    RequestId setBchAccount(const QString& name, const QString& xpub, bch::Network network, QObject* receiver,
                            Callback<BchAccount> done)
    {
        BchAccount account;
        account.name = name;
        account.xpub = xpub;
        account.network = network;
        return call<ops::SetBchAccount>(account, receiver, std::move(done));
    }
    /// Creates an invoice with a fresh address (see sql::createInvoice for the guarantees).
    RequestId createInvoice(const InvoiceDraft& draft, QObject* receiver, Callback<CreatedInvoice> done)
    {
        return call<ops::CreateInvoice>(draft, receiver, std::move(done));
    }
    /// Applies a manual status change (mark paid, confirm, expire, cancel), audited.
    RequestId changeInvoice(const InvoiceChange& change, QObject* receiver, Callback<Done> done)
    {
        return call<ops::ChangeInvoice>(change, receiver, std::move(done));
    }
    /// The invoices for a printed sheet.
    RequestId fetchInvoiceSheet(const InvoiceSheetRequest& request, QObject* receiver,
                                Callback<QVector<InvoiceSheetItem>> done)
    {
        return call<ops::FetchInvoiceSheet>(request, receiver, std::move(done));
    }

    // -- KYC review (see sql/SqlKyc.h for the rules and errors) ----------------------------------
    /// Queue counts by stage and claim, who is asking, and the review settings.
    RequestId fetchKycQueueSummary(QObject* receiver, Callback<KycQueueSummary> done)
    {
        return call<ops::FetchKycQueueSummary>({}, receiver, std::move(done));
    }
    /// Changes the review settings (headquarters only).
    RequestId setKycSettings(const KycSettings& settings, QObject* receiver, Callback<KycSettings> done)
    {
        return call<ops::SetKycSettings>(settings, receiver, std::move(done));
    }
    /// Claims a pending document for the connected reviewer.
    RequestId claimKycDocument(qint64 documentId, QObject* receiver, Callback<KycClaim> done)
    {
        return call<ops::ClaimKycDocument>(ops::ById{documentId}, receiver, std::move(done));
    }
    /// Releases a claim (one's own; anyone's for headquarters).
    RequestId releaseKycClaim(qint64 documentId, QObject* receiver, Callback<Done> done)
    {
        return call<ops::ReleaseKycClaim>(ops::ById{documentId}, receiver, std::move(done));
    }
    /// Approves, rejects or returns a claimed document, audited, with optimistic concurrency.
    RequestId decideKycDocument(const KycDecision& decision, QObject* receiver, Callback<KycDecisionResult> done)
    {
        return call<ops::DecideKycDocument>(decision, receiver, std::move(done));
    }
    /// The unmasked document number; the reveal is audited.
    RequestId revealDocumentNumber(qint64 documentId, QObject* receiver, Callback<QString> done)
    {
        return call<ops::RevealDocumentNumber>(ops::ById{documentId}, receiver, std::move(done));
    }
    /// Decisions per reviewer per day over local dates [from, to].
    RequestId fetchReviewerActivity(const QDate& from, const QDate& to, QObject* receiver,
                                    Callback<QVector<ReviewerActivity>> done)
    {
        return call<ops::FetchReviewerActivity>(ops::DateRange{from, to}, receiver, std::move(done));
    }

    /// The full bank account number of a member's auto-debit contract (headquarters only),
    /// opened with the field key on this computer; the reveal is audited.
    RequestId revealAccountNumber(qint64 userId, QObject* receiver, Callback<QString> done)
    {
        return call<ops::RevealAccountNumber>(ops::ById{userId}, receiver, std::move(done));
    }

    // -- payments, settlements, reconciliation, export (see sql/SqlPayments.h) --------------------
    /// Count and sum per status of the rows matching request.filters (payments, settlements).
    RequestId fetchTotals(const ListRequest& request, QObject* receiver, Callback<ListTotals> done)
    {
        return call<ops::FetchTotals>(request, receiver, std::move(done));
    }
    /// Marks a payment paid by hand or cancels it, with a reason (audited).
    RequestId changePayment(const PaymentChange& change, QObject* receiver, Callback<Done> done)
    {
        return call<ops::ChangePayment>(change, receiver, std::move(done));
    }
    /// Computes the month's draft settlements from its successful payments.
    RequestId runSettlements(const SettlementRun& run, QObject* receiver, Callback<SettlementRunResult> done)
    {
        return call<ops::RunSettlements>(run, receiver, std::move(done));
    }
    /// Confirms, marks paid or reopens a settlement (audited).
    RequestId changeSettlement(const SettlementChange& change, QObject* receiver, Callback<Done> done)
    {
        return call<ops::ChangeSettlement>(change, receiver, std::move(done));
    }
    /// The expected payments, applied provider ids and earlier import a result file is matched with.
    RequestId fetchReconciliationCandidates(const ReconciliationQuery& query, QObject* receiver,
                                            Callback<ReconciliationCandidates> done)
    {
        return call<ops::FetchReconciliationCandidates>(query, receiver, std::move(done));
    }
    /// Applies a matched result file in one transaction.
    RequestId applyReconciliation(const ReconciliationApply& apply, QObject* receiver,
                                  Callback<ReconciliationOutcome> done)
    {
        return call<ops::ApplyReconciliation>(apply, receiver, std::move(done));
    }
    /// Writes all rows of a list's filter to a CSV file, streamed; `progress` gets the rows
    /// written so far (on the receiver's thread, while the request is pending). Cancel with
    /// cancel(): no file is left.
    virtual RequestId exportCsv(const ExportRequest& request, QObject* receiver,
                                std::function<void(qint64 rows)> progress, Callback<ExportResult> done) = 0;

    // -- dashboard (see sql/SqlDashboard.h) --------------------------------------------------------
    /// Aggregates one chart of the dashboard in the database for a period and subtree.
    RequestId fetchChart(const DashboardRequest& request, QObject* receiver, Callback<ChartData> done)
    {
        return call<ops::FetchChart>(request, receiver, std::move(done));
    }

    /// Cancels a request: a queued one never runs, a running one is interrupted where the
    /// database allows. Its callback receives Error::Kind::Cancelled. Unknown ids are ignored.
    virtual void cancel(RequestId id) = 0;

    /// What other people change, as it happens (docs/ARCHITECTURE.md, "Live tables"), owned by
    /// the backend and started on first call; nullptr where the backend cannot tell.
    virtual ChangeFeed* changeFeed() { return nullptr; }

    /// Number of requests started and not yet delivered (for busy indicators and tests).
    int pendingCount() const { return int(m_pending.size()); }

Q_SIGNALS:
    /// A request started or finished; `busy` is true while any request is pending.
    void busyChanged(bool busy);

protected:
    /// Runs one operation of the table: `request` holds a value of `op`'s request type, and
    /// `done` gets a value of its response type (or the error). Implementations look the
    /// operation up by name; one they do not serve answers Error::Kind::Internal.
    virtual RequestId invoke(const ops::Operation& op, std::any request, QObject* receiver,
                             Callback<std::any> done) = 0;
    /// Delivers `error` to `done` from the event loop (never inside the call).
    void deliverLater(RequestId id, const Error& error, Callback<std::any> done);

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
