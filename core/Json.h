#pragma once

#include "Backend.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>
#include <QUrlQuery>

namespace pd::json {

// The JSON shapes of the REST API (docs/api/openapi.yaml), shared by paydesk-server
// (which writes results and reads requests) and RestBackend (which does the opposite), so the
// two cannot drift apart. Keys are snake_case. Money, satoshi, counts and ids are JSON integers
// (never fractions: qint64 survives exactly, Qt keeps integral JSON numbers as qint64);
// timestamps are ISO-8601 UTC with milliseconds ("2026-03-01T09:00:00.000Z"), dates
// "YYYY-MM-DD", enums their stable keys. Readers are strict about types and lenient about
// missing keys (a missing key keeps the C++ default), so a newer server may add fields.

/// Writes a value as JSON (an object for structs, an array for vectors).
QJsonValue toJson(const ConnectionInfo& value);
QJsonValue toJson(const ListRequest& value);
QJsonValue toJson(const CountResult& value);
QJsonValue toJson(const DetailRecord& value);
QJsonValue toJson(const QVector<Organization>& value);
QJsonValue toJson(const BchAccount& value);
QJsonValue toJson(const InvoiceDraft& value);
QJsonValue toJson(const CreatedInvoice& value);
QJsonValue toJson(const InvoiceChange& value);
QJsonValue toJson(const InvoiceSheetRequest& value);
QJsonValue toJson(const QVector<InvoiceSheetItem>& value);
QJsonValue toJson(const KycQueueSummary& value);
QJsonValue toJson(const KycSettings& value);
QJsonValue toJson(const KycClaim& value);
QJsonValue toJson(const KycHold& value);
QJsonValue toJson(const KycAway& value);
QJsonValue toJson(const KycDecision& value);
QJsonValue toJson(const KycDecisionResult& value);
QJsonValue toJson(const QVector<ReviewerActivity>& value);
QJsonValue toJson(const QVector<ChainWatcherStatus>& value);
QJsonValue toJson(const InvoiceSettlement& value);
QJsonValue toJson(const LatePaymentDecision& value);
QJsonValue toJson(const AddressGapReport& value);
QJsonValue toJson(const ops::ExpiredCount& value);
QJsonValue toJson(const ListTotals& value);
QJsonValue toJson(const PaymentChange& value);
QJsonValue toJson(const SettlementRun& value);
QJsonValue toJson(const SettlementRunResult& value);
QJsonValue toJson(const SettlementChange& value);
QJsonValue toJson(const UserActivation& value);
QJsonValue toJson(const StaffActivation& value);
QJsonValue toJson(const MemberEdit& value);
QJsonValue toJson(const OrganizationChange& value);
QJsonValue toJson(const MemberDraft& value);
QJsonValue toJson(const CreatedMember& value);
QJsonValue toJson(const ChildEdit& value);
QJsonValue toJson(const ContractTerms& value);
QJsonValue toJson(const StaffDraft& value);
QJsonValue toJson(const CreatedStaff& value);
QJsonValue toJson(const BankHolidayDraft& value);
QJsonValue toJson(const CreatedBankHoliday& value);
QJsonValue toJson(const BankHolidayChange& value);
QJsonValue toJson(const StaffEdit& value);
QJsonValue toJson(const StaffPassword& value);
QJsonValue toJson(const OrganizationDraft& value);
QJsonValue toJson(const CreatedOrganization& value);
QJsonValue toJson(const FeeRateChange& value);
QJsonValue toJson(const RetryPolicyChange& value);
QJsonValue toJson(const RegisteredContract& value);
QJsonValue toJson(const CreditSettings& value);
QJsonValue toJson(const ManualCreditRequest& value);
QJsonValue toJson(const ManualCreditResult& value);
QJsonValue toJson(const CreditDecision& value);
QJsonValue toJson(const MemberServiceChange& value);
QJsonValue toJson(const ContractStatusChange& value);
QJsonValue toJson(const ReconciliationQuery& value);
QJsonValue toJson(const ReconciliationCandidates& value);
QJsonValue toJson(const ReconciliationApply& value);
QJsonValue toJson(const ReconciliationOutcome& value);
QJsonValue toJson(const ReminderRequest& value);
QJsonValue toJson(const ContactList& value);
QJsonValue toJson(const BulkPreviewRequest& value);
QJsonValue toJson(const BulkPreview& value);
QJsonValue toJson(const BulkApplyRequest& value);
QJsonValue toJson(const BulkApplyResult& value);
QJsonValue toJson(const DashboardRequest& value);
QJsonValue toJson(const ChartData& value);
/// A page: {"columns": [keys of areaColumns(area)], "rows": [[...]], "next_cursor": "..."}.
QJsonValue toJson(const ListPage& value, Area area);

/// Reads a value written by toJson(). Invalid (with the JSON path of the first bad field,
/// "rows[3][2]: expected an integer") when a field has the wrong type or an unknown enum key.
template<typename T>
Result<T> fromJson(const QJsonValue& json);
/// Reads a page of `area`: the column keys must be areaColumns(area)'s, and each cell is
/// turned back into its column's C++ type (see ValueType).
Result<ListPage> pageFromJson(const QJsonValue& json, Area area);

/// A list request as the query of GET /api/v1/<area>: each filter under its own key, then
/// "sort", "order" ("asc"/"desc"), "cursor" and "limit".
QUrlQuery listQuery(const ListRequest& request);
/// Reads listQuery()'s form for `area`. Invalid for a key that is neither a filter of the area
/// (areaFilterKeys()) nor sort/order/cursor/limit, and for a limit outside 1..1000.
Result<ListRequest> listRequestFromQuery(Area area, const QUrlQuery& query);
/// A dashboard request as the query of GET /api/v1/dashboard/<chart>: last_month, months,
/// org, today, utc_offset.
QUrlQuery dashboardQuery(const DashboardRequest& request);
/// Reads dashboardQuery()'s form; Invalid for a missing or malformed value.
Result<DashboardRequest> dashboardRequestFromQuery(DashboardChart chart, const QUrlQuery& query);

/// Parses a response or request body: an object or array, else Invalid with the parser's
/// message and offset (malformed or truncated JSON).
Result<QJsonValue> parse(const QByteArray& body);

/// An Error as an RFC 9457 problem document: {"type", "title" (Error::message), "status",
/// "detail" (Error::detail), "kind" (Error::kindName)}.
QJsonObject problem(const Error& error, int httpStatus);
/// The Error of a problem document (a non-problem body gives `fallback` with the body's start
/// as detail); `httpStatus` picks the kind when the document names none.
Error errorFromProblem(const QByteArray& body, int httpStatus);
/// The HTTP status the server answers an Error with (Invalid 400, Authentication 401,
/// Permission 403, NotFound 404, Conflict 412, Timeout 504, Cancelled 499, schema 503, else 500).
int httpStatusFor(Error::Kind kind);

} // namespace pd::json
