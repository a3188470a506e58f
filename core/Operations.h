#pragma once

#include "Bulk.h"
#include "ChainSettlement.h"
#include "Dashboard.h"
#include "Invoices.h"
#include "Kyc.h"
#include "ListTypes.h"
#include "Payments.h"
#include "Reconciliation.h"
#include "Result.h"
#include "Roles.h"
#include "Users.h"

#include <QByteArray>
#include <QUrlQuery>
#include <QVector>

#include <any>
#include <functional>
#include <optional>

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

} // namespace pd

/// The operation table (docs/ARCHITECTURE.md, "The operation table"): one descriptor per
/// backend operation and server route. SqlBackend, RestBackend, paydesk-server's routes, the
/// OpenAPI check and the tests' FakeBackend all read it, so an operation's name, HTTP method and
/// path, permission, concurrency rules and worker lane are written once.
namespace pd::ops {

/// The HTTP method of an operation's route.
enum class Verb { Get, Post, Put, Delete };

/// Which SqlBackend worker runs an operation: the interactive lane (pages, details, changes)
/// or the background lane (counts, aggregates, long scans).
enum class Lane { Interactive, Background };

/// Who may call an operation (checked by the server before any database work, with
/// Permissions; PostgreSQL's grants and row-level security still decide every row).
enum class Access {
    Public,                   ///< no sign-in (sign-in itself, health)
    SignedIn,                 ///< any signed-in staff member
    SeesArea,                 ///< the role sees the path's {area}
    SeesAreaTotals,           ///< as SeesArea, and the area has totals (payments, settlements)
    SeesInvoices,             ///< Permissions::seesArea(Area::Invoices)
    SeesKyc,                  ///< Permissions::seesArea(Area::KycDocuments)
    ManagesInvoices,          ///< Permissions::managesInvoices()
    PrintsInvoices,           ///< Permissions::printsInvoices()
    ReviewsKyc,               ///< Permissions::reviewsKyc()
    AdministersKyc,           ///< Permissions::administersKyc()
    RevealsDocumentNumbers,   ///< Permissions::revealsDocumentNumbers()
    RevealsAccountNumbers,    ///< Permissions::revealsAccountNumbers()
    ChangesPayments,          ///< Permissions::changesPayments()
    AdministersUsers,         ///< Permissions::administersUsers()
    AdministersStaff,         ///< Permissions::administersStaff()
    ChangesMembers,           ///< Permissions::changesMembers()
    AdministersOrganizations, ///< Permissions::administersOrganizations()
    KeepsBankHolidays,        ///< Permissions::keepsBankHolidays()
};

/// Whether `permissions` allow `access`; `area` is the path's {area} where there is one.
bool allows(const Permissions& permissions, Access access, std::optional<Area> area = std::nullopt);
/// Stable name of an access rule ("changes_payments"), for the OpenAPI document's
/// `x-paydesk-access` and for logs.
QString accessName(Access access);

/// An operation's request as it crosses HTTP: what the path's placeholders, the query, the
/// body and If-Match carry. The client fills it from a request value, the server from the
/// request it received; the path itself is Operation::path with the placeholders filled.
struct Wire
{
    QVector<qint64> ids;        ///< the {id} segments, in order
    QString key;                ///< the {area} or {chart} segment
    QUrlQuery query;            ///< GET parameters
    QByteArray body;            ///< JSON; empty for none
    std::optional<int> ifMatch; ///< the row version sent as If-Match
};

/// One entry of the operation table. `request`/`response` are the C++ value types, carried as
/// std::any across the type-erased Backend::invoke(); the codec functions turn them into and
/// out of HTTP. Server-only routes whose work the server writes itself (sign-in, health, PDF
/// and CSV files) have no codec (`hasCodec()` is false).
struct Operation
{
    QString name; ///< the Backend call's name: "changeSettlement"
    Verb verb = Verb::Get;
    QString path; ///< under /api/v1/, OpenAPI placeholders: "settlements/{id}/status"
    Access access = Access::SignedIn;
    Lane lane = Lane::Interactive;
    bool mutation = false; ///< changes data: the client sends an Idempotency-Key, the server replays its answer
    bool ifMatch = false;  ///< an update of a versioned row: If-Match is required (428 without, 412 on conflict)
    int okStatus = 200;    ///< 200, 201 (created) or 204 (no body)
    /// A list, count, total or chart: may be read from a read replica when one is configured
    /// (docs/ARCHITECTURE.md, "Read replicas"); everything else goes to the primary.
    bool replicaRead = false;

    /// Client: the request value's wire form.
    std::function<Wire(const std::any& request)> toWire;
    /// Server: the request value of a received call; Invalid naming the bad field.
    std::function<Result<std::any>(const Wire& wire)> fromWire;
    /// Server: the answer's JSON body (undefined for 204).
    std::function<QJsonValue(const std::any& response, const std::any& request)> encodeResponse;
    /// Client: the answer of a body; Invalid (with the JSON path) when it is not of the shape.
    std::function<Result<std::any>(const QByteArray& body, const std::any& request)> decodeResponse;

    /// The lane for one request where it depends on the request (null: always `lane`).
    std::function<Lane(const std::any& request)> laneOf;

    bool hasCodec() const { return bool(toWire); }
    /// The lane that runs `request`.
    Lane laneFor(const std::any& request) const { return laneOf ? laneOf(request) : lane; }
    /// The HTTP method's name: "GET", "POST", "PUT", "DELETE".
    QString verbName() const;
    /// "POST /settlements/{id}/status", as the OpenAPI document names it.
    QString signature() const;
    /// The path with the wire's {id}, {area} and {chart} filled in.
    QString pathFor(const Wire& wire) const;
};

/// Every operation, in the order the server matches routes (literal paths before {area}).
const QVector<const Operation*>& all();
/// The operation of a name, or null.
const Operation* find(const QString& name);

/// How many rows an operation changed (expireOverdueInvoices).
struct ExpiredCount
{
    int count = 0;
};
/// No input (GET organizations).
struct NoInput
{};
/// One row named by id (claim, release, reveal).
struct ById
{
    qint64 id = 0;
};
/// One detail record.
struct DetailRef
{
    Area area = Area::Users;
    qint64 id = 0;
};
/// A count of a list's rows.
struct CountRequest
{
    ListRequest list;
    CountMode mode = CountMode::Exact;
};
/// Local dates [from, to], both included.
struct DateRange
{
    QDate from;
    QDate to;
};

// The descriptors. Each names its request and response types; operation() is its table entry
// (Operations.cpp). Backend::call<Op>() is the typed way to run one.
#define PD_OPERATION(Name, RequestType, ResponseType)                                                                  \
    struct Name                                                                                                        \
    {                                                                                                                  \
        using Request = RequestType;                                                                                   \
        using Response = ResponseType;                                                                                 \
        static const Operation& operation();                                                                           \
    }

// Sign-in and health: served by paydesk-server itself, called by RestBackend's sign-in.
PD_OPERATION(SignIn, NoInput, Done);
PD_OPERATION(RenewSession, NoInput, Done);
PD_OPERATION(SignOut, NoInput, Done);
PD_OPERATION(EnrolSecondFactor, NoInput, Done);
PD_OPERATION(VerifySecondFactor, NoInput, Done);
PD_OPERATION(Health, NoInput, Done);
PD_OPERATION(HealthReady, NoInput, Done);
PD_OPERATION(Me, NoInput, ConnectionInfo);
/// GET events: a text/event-stream of the rows others change (server/EventStreams.h).
PD_OPERATION(ChangeEvents, NoInput, Done);

PD_OPERATION(FetchOrganizations, NoInput, QVector<Organization>);
PD_OPERATION(FetchBchAccount, NoInput, std::optional<BchAccount>);
PD_OPERATION(SetBchAccount, BchAccount, BchAccount);
PD_OPERATION(CreateInvoice, InvoiceDraft, CreatedInvoice);
PD_OPERATION(ChangeInvoice, InvoiceChange, Done);
PD_OPERATION(FetchInvoiceSheet, InvoiceSheetRequest, QVector<InvoiceSheetItem>);
PD_OPERATION(FetchChainStatus, NoInput, QVector<ChainWatcherStatus>);
PD_OPERATION(CheckInvoiceOnChain, ById, InvoiceSettlement);
PD_OPERATION(ResolveLatePayment, LatePaymentDecision, Done);
PD_OPERATION(FetchAddressGaps, AddressGapRequest, AddressGapReport);
PD_OPERATION(ExpireOverdueInvoices, NoInput, ExpiredCount);
PD_OPERATION(InvoiceSheetPdf, InvoiceSheetRequest, Done);
PD_OPERATION(FetchKycQueueSummary, NoInput, KycQueueSummary);
PD_OPERATION(SetKycSettings, KycSettings, KycSettings);
PD_OPERATION(ClaimKycDocument, ById, KycClaim);
PD_OPERATION(ReleaseKycClaim, ById, Done);
PD_OPERATION(HoldKycDocument, KycHold, Done);
PD_OPERATION(SetKycAway, KycAway, Done);
PD_OPERATION(DecideKycDocument, KycDecision, KycDecisionResult);
PD_OPERATION(RevealDocumentNumber, ById, QString);
PD_OPERATION(FetchReviewerActivity, DateRange, QVector<ReviewerActivity>);
PD_OPERATION(RevealAccountNumber, ById, QString);
PD_OPERATION(SetUserActive, UserActivation, Done);
PD_OPERATION(SetStaffActive, StaffActivation, Done);
PD_OPERATION(AddStaff, StaffDraft, CreatedStaff);
PD_OPERATION(ChangeStaff, StaffEdit, Done);
PD_OPERATION(SetServerPassword, StaffPassword, Done);
PD_OPERATION(ChangeMemberService, MemberServiceChange, Done);
PD_OPERATION(ChangeContractStatus, ContractStatusChange, Done);
PD_OPERATION(UpdateMember, MemberEdit, Done);
PD_OPERATION(CreateMember, MemberDraft, CreatedMember);
PD_OPERATION(AddChild, ChildEdit, CreatedMember); ///< memberId and childId set
PD_OPERATION(UpdateChild, ChildEdit, Done);
PD_OPERATION(RegisterContract, ContractTerms, RegisteredContract);
PD_OPERATION(ChangeContractTerms, ContractTerms, Done);
PD_OPERATION(ChangeOrganization, OrganizationChange, Done);
PD_OPERATION(CreateOrganization, OrganizationDraft, CreatedOrganization);
PD_OPERATION(SetFeeRate, FeeRateChange, Done);
PD_OPERATION(SetRetryPolicy, RetryPolicyChange, Done);
PD_OPERATION(AddBankHoliday, BankHolidayDraft, CreatedBankHoliday);
PD_OPERATION(SetBankHolidayActive, BankHolidayChange, Done);
PD_OPERATION(FetchCreditSettings, NoInput, CreditSettings);
PD_OPERATION(SetCreditSettings, CreditSettings, CreditSettings);
PD_OPERATION(RequestManualCredit, ManualCreditRequest, ManualCreditResult);
PD_OPERATION(DecideCreditRequest, CreditDecision, Done);
PD_OPERATION(ChangePayment, PaymentChange, Done);
PD_OPERATION(RunSettlements, SettlementRun, SettlementRunResult);
PD_OPERATION(ChangeSettlement, SettlementChange, Done);
PD_OPERATION(FetchReconciliationCandidates, ReconciliationQuery, ReconciliationCandidates);
PD_OPERATION(ApplyReconciliation, ReconciliationApply, ReconciliationOutcome);
PD_OPERATION(RecordReminders, ReminderRequest, ContactList);
/// Bulk actions (docs/DOMAIN.md, "Bulk actions"): the pre-flight, then chunks applied row by row.
PD_OPERATION(PreviewBulk, BulkPreviewRequest, BulkPreview);
PD_OPERATION(ApplyBulk, BulkApplyRequest, BulkApplyResult);
PD_OPERATION(FetchChart, DashboardRequest, ChartData);
PD_OPERATION(FetchPage, ListRequest, ListPage);
PD_OPERATION(FetchCount, CountRequest, CountResult);
PD_OPERATION(FetchTotals, ListRequest, ListTotals);
PD_OPERATION(ExportCsv, ExportRequest, ExportResult);
PD_OPERATION(FetchDetail, DetailRef, DetailRecord);

#undef PD_OPERATION

} // namespace pd::ops
