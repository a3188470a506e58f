#pragma once

#include "Payments.h"
#include "Reconciliation.h"
#include "Result.h"

#include <atomic>
#include <functional>

namespace pd::sql {

class SqlSession;

// Payments, settlements and reconciliation in SQL. Every change runs in one
// transaction with its audit_log rows; a failure leaves the database as it was.

/// Marks a pending or failed payment paid (success, paid_at = the start of the local day
/// `paidOn`, optional reference as tid) or cancels it, with the reason audited
/// ("payment.mark_paid", "payment.cancel"). Errors: Invalid (no reason, bad day, wrong status,
/// or the payment is counted in a confirmed settlement: the message names it), Conflict (the
/// stored version differs; names who changed it), NotFound, Permission.
Result<Done> changePayment(SqlSession& session, const PaymentChange& change);

/// Computes draft settlements for a month (see SettlementRun): per center the count and sum of
/// the month's success payments of its subtree, the fee by settlementFee() at the rate of the
/// center's nearest ancestor with organizations.settlement_fee_bp, net = gross - fee. Drafts are
/// created or updated (audited "settlement.compute"); confirmed and paid ones are not touched.
/// Centers the connected role cannot see are skipped (row-level security, migration 004).
Result<SettlementRunResult> runSettlements(SqlSession& session, const SettlementRun& run);

/// Confirm (recomputes the figures from the payments, locked, then freezes them), mark paid,
/// or reopen (headquarters only, with a reason) a settlement; audited. Errors as changePayment().
Result<Done> changeSettlement(SqlSession& session, const SettlementChange& change);

/// The ledger side of a reconciliation (see ReconciliationCandidates). Invalid for a bad month
/// or organisation.
Result<ReconciliationCandidates> reconciliationCandidates(SqlSession& session, const ReconciliationQuery& query);

/// Applies a reconciliation (see ReconciliationApply) in one transaction: chosen success lines
/// set their payments to success (paid_at = start of the line's local day, tid = provider id),
/// chosen failure lines set them to failed (failure_reason names the result code, attempt_count
/// + 1), every line is stored in reconciliation_lines with its outcome and bad lines with their
/// reason, the import in reconciliation_imports; one audit row per payment
/// ("payment.reconcile") and one for the import ("reconciliation.import"). A file whose SHA-256
/// was imported before changes nothing (outcome.alreadyImported). Errors: Conflict when a
/// payment changed since it was matched (nothing applied), Invalid when one is counted in a
/// confirmed settlement (named), Connection when the link drops (nothing applied).
Result<ReconciliationOutcome> applyReconciliation(SqlSession& session, const ReconciliationApply& apply);

/// Records a reminder for each member the overdue list shows for request.filters (docs/DOMAIN.md,
/// "Dunning") through the caller's grants and row-level security, in one transaction with a
/// `member.remind` audit row each, and answers the contact list: each recorded member's name,
/// phone, amount, months, days overdue, latest failure code in Korean and English and the
/// suggested messages. Members reminded by anyone within seven days are left out and listed with
/// who and when. Errors: Invalid (a channel other than sms or letter, more than
/// ReminderRequest::kMaxMembers members, a malformed filter), Permission, the database's.
Result<ContactList> recordReminders(SqlSession& session, const ReminderRequest& request);

/// Writes every row of request.list to request.path as CSV (UTF-8, optional BOM, header row of
/// request.titles, fields by exportText(), quoted as csv::appendField()), streaming the rows
/// (PostgreSQL: forEachTextRow, the server's text as is; SQLite: forEachRow) so memory stays
/// flat. The file appears only when complete (QSaveFile).
/// `progress` is called with the rows written so far, every few thousand rows, on the calling
/// thread. When `stop` becomes true (checked at every row and before the file is put in place)
/// or the query is interrupted, the result is Cancelled and no file is left.
Result<ExportResult> exportCsv(SqlSession& session, const ExportRequest& request,
                               const std::function<void(qint64 rows)>& progress,
                               const std::atomic<bool>* stop = nullptr);

} // namespace pd::sql
