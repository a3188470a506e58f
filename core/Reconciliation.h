#pragma once

#include "Result.h"

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

#include <array>
#include <optional>

namespace pd {

// Reconciliation of a bank's or auto-debit provider's result file against the expected monthly
// payments, after KMyMoney's reconciliation: the statement (file) and the ledger
// (expected payments) side by side until the difference is zero.

/// The fields Paydesk reads from a result file. Date, member and amount are required; the
/// provider transaction id and the result code are optional (a bank statement of incoming
/// transfers has no result code: every line is a payment received).
enum class StatementField { Date, MemberRef, Amount, ProviderTid, ResultCode };
constexpr int kStatementFieldCount = 5;

/// Stable key of a field for settings: "date", "member", "amount", "tid", "result".
QString statementFieldKey(StatementField field);

/// Which file column (0-based) holds each field; -1 for none.
struct ColumnMapping
{
    std::array<int, kStatementFieldCount> column{{-1, -1, -1, -1, -1}};

    int operator[](StatementField field) const { return column[size_t(field)]; }
    int& operator[](StatementField field) { return column[size_t(field)]; }
    /// True when date, member and amount have columns.
    bool isComplete() const;
    /// "date=0;member=2;amount=3;tid=4;result=5" for QSettings; fromText() reads it back
    /// (nullopt when malformed).
    QString toText() const;
    static std::optional<ColumnMapping> fromText(const QString& text);
    friend bool operator==(const ColumnMapping& a, const ColumnMapping& b) { return a.column == b.column; }
};

/// Guesses the mapping from header names in Korean or English ("거래일자"/"date",
/// "회원번호"/"계약번호"/"member"/"contract", "금액"/"출금액"/"amount", "거래번호"/"tid",
/// "결과코드"/"result", ...). Fields with no recognised header stay -1.
ColumnMapping guessMapping(const QStringList& headers);

/// The header row reduced to a key (trimmed, lower case, joined by '|'), under which a mapping
/// chosen by hand is remembered for files of the same layout.
QString headerSignature(const QStringList& headers);

/// True for a result code that means the money was collected: an empty code, "0000", "00",
/// "0", "OK", "SUCCESS", "Y", "정상", "성공", "승인" (case-insensitive). Anything else is a
/// failed attempt whose code is kept as the failure reason.
bool isSuccessCode(const QString& code);

/// What a failed debit leads to, decided by its reason code (docs/DOMAIN.md, "Coded debit
/// results"): Retry — the payment stays failed and is debited again at the next cycle; Suspend —
/// collection stops and the contract is suspended (a revoked or unregistered mandate);
/// UpdateAccount — the contract is suspended and the member is asked for a new account (closed
/// account, wrong number, holder mismatch); Manual — a person follows it up (a frozen account, a
/// code Paydesk does not know).
enum class DebitAction { Retry, Suspend, UpdateAccount, Manual };

/// Stable key of an action, as stored in debit_reason_codes.action and
/// reconciliation_lines.action: "retry", "suspend", "update_account", "manual".
QString debitActionKey(DebitAction action);
/// The action of a key; nullopt for anything else.
std::optional<DebitAction> debitActionFromKey(const QString& key);

/// One row of debit_reason_codes (migration 027): a provider's result code for a failed
/// debit, its name in Korean and English and the action it leads to.
struct DebitReasonCode
{
    QString code; ///< as the result file has it, trimmed and upper-case ("0001", "A012")
    QString nameKo;
    QString nameEn;
    DebitAction action = DebitAction::Manual;
    /// "잔액부족 / Insufficient funds": the bilingual text kept as payments.failure_reason.
    QString bilingualName() const;
};

/// The reason for failure code `code` (compared trimmed and case-insensitively) in `codes`; a
/// code not in the table is returned with the code itself as its names and action Manual, and
/// `known` (when given) set to false.
DebitReasonCode debitReasonFor(const QVector<DebitReasonCode>& codes, const QString& code, bool* known = nullptr);

/// One good line of a result file. `amount` in won (KRW minor units).
struct StatementLine
{
    int line = 0; ///< physical line in the file, 1-based
    QDate date;
    QString memberRef; ///< CMS contract id or member number (parents.id)
    qint64 amount = 0;
    QString providerTid;
    QString resultCode;
    bool success = true; ///< isSuccessCode(resultCode)
};

/// A line that could not be read, and why (for people).
struct BadLine
{
    int line = 0;
    QString reason;
};

/// A result file read with a mapping.
struct Statement
{
    QString fileName;
    QString sha256;   ///< of the file's bytes, lower-case hex
    QString encoding; ///< "UTF-8" or "CP949"
    QStringList headers;
    ColumnMapping mapping;
    /// Empty when the mapping is complete; else which fields have no column (then `lines` is
    /// empty and the user chooses the columns).
    QString mappingProblem;
    QVector<StatementLine> lines;
    QVector<BadLine> bad;
    /// Months ("YYYY-MM") of the lines' dates and the two months before them: the payments a
    /// late or early line may be for.
    QStringList candidateMonths() const;
    /// Provider transaction ids of the lines (non-empty ones).
    QStringList providerTids() const;
};

/// Reads a result file: decodes it (UTF-8 or CP949, csv::decodeText), parses CSV, takes the
/// first record as headers and maps columns with `mapping`, or guessMapping() when none is
/// given. Dates as 2026-10-25, 2026/10/25, 2026.10.25 or 20261025 (a time after the date is
/// ignored); amounts as whole won with optional grouping commas, "원" or "₩" ("30,000",
/// "30000원"; ".00" allowed; negative or fractional amounts are bad lines). Bad lines are listed
/// with their line number and reason and the good lines are kept. Invalid only when the file
/// is empty or has no header row.
Result<Statement> parseStatement(const QByteArray& bytes, const QString& fileName,
                                 const std::optional<ColumnMapping>& mapping = std::nullopt);

/// An unpaid (pending or failed) payment a line may settle, as the database has it.
struct ExpectedPayment
{
    qint64 id = 0;
    qint64 parentId = 0; ///< the member number
    QString contractId;  ///< CMS contract id, empty when none
    QString member;      ///< display name
    QString institution;
    QString month; ///< "YYYY-MM"
    QDate dueDate;
    qint64 amount = 0; ///< won
    QString status;    ///< "pending" or "failed"
    QString tid;       ///< the payment's provider transaction id, if one was recorded
    int version = 0;
};

/// How a statement line was matched.
enum class MatchKind {
    ExactTid,       ///< the line's provider id is the payment's tid
    MemberMonth,    ///< member + month of the line's date + amount
    Suggested,      ///< same member, other unpaid month and same amount; or (no member match)
                    ///< the only unpaid payment of the same amount due within the date window
    Partial,        ///< member and month match but less money came: settle it by hand with a reason
    Ambiguous,      ///< several payments fit equally; match by hand
    Unmatched,      ///< nothing fits
    AlreadyApplied, ///< the provider id was applied by an earlier import
    DuplicateInFile ///< the provider id occurs earlier in the same file
};

/// How sure a match is (docs/DOMAIN.md, "Explained matches"): Exact (provider id, or member
/// reference with a valid check digit, month and amount), High (member, month and amount, no
/// other payment fits as well), Medium (one field differs: overpaid, another month, a part
/// payment), Low (amount and date only, or a near-tie), None (nothing or several fit).
enum class MatchConfidence { None, Low, Medium, High, Exact };

/// The fields matching compares, as bits of LineMatch::matched.
enum MatchField : unsigned {
    FieldProviderId = 1u << 0, ///< the line's provider id is the payment's tid
    FieldMember = 1u << 1,     ///< contract id, member number or member reference
    FieldReference = 1u << 2,  ///< the member came by a reference with a valid check digit
    FieldMonth = 1u << 3,      ///< the month of the line's date is the payment's month
    FieldAmount = 1u << 4,     ///< the same number of won
    FieldDueDate = 1u << 5,    ///< dated within the window of the due date
};

/// The match of one statement line, with why it was made.
struct LineMatch
{
    MatchKind kind = MatchKind::Unmatched;
    int expected = -1;   ///< index into the expected payments, or -1
    bool chosen = false; ///< applied on confirm (exact and member matches start chosen, near-ties never)
    qint64 overpaid = 0; ///< won received beyond the expected amount (BTCPay's "overpaid")
    int daysLate = 0;    ///< days after the due date the line is dated (0 when on time)
    MatchConfidence confidence = MatchConfidence::None;
    unsigned matched = 0;              ///< MatchField bits that agree with the payment
    qint64 amountDifference = 0;       ///< line − payment, won
    int monthsApart = 0;               ///< line's month − payment's month
    int daysFromDue = 0;               ///< line's date − payment's due date, days
    int ties = 0;                      ///< other payments that fit as well (near-tie) or, when Ambiguous, all that fit
    bool referenceCheckFailed = false; ///< the line names a member reference whose check digit is wrong
};

/// The check digit of a string of decimal digits by the Luhn algorithm (ISO/IEC 7812-1, annex
/// B): "7992739871" gives 3. -1 when `digits` is empty or holds anything else.
int luhnCheckDigit(QStringView digits);

/// A member's reference for bank transfers (docs/DOMAIN.md, "Explained matches"): "PD", the
/// member number (parents.id) and its Luhn check digit, such as "PD299" for member 29. Printed
/// for members to quote; a transfer quoting it matches exactly.
QString memberReference(qint64 parentId);

/// The member number of a reference written as memberReference() gives (case, spaces and
/// hyphens ignored): 0 when `text` is not a reference; -1 when it looks like one but its check
/// digit is wrong (a typo).
qint64 parseMemberReference(const QString& text);

/// Matches every line against the expected payments (each payment at most once): first exact
/// provider id, then member + month + amount, then suggestions by member or by amount within
/// `windowDays` of the due date. Lines whose provider id is in `appliedTids` or repeats an
/// earlier line are not matched. One LineMatch per line, same order.
QVector<LineMatch> matchStatement(const QVector<StatementLine>& lines, const QVector<ExpectedPayment>& expected,
                                  const QSet<QString>& appliedTids, int windowDays = 3);

/// Fills in `match`'s explanation for `payment` (matched fields, differences, confidence), as
/// matchStatement() does; for a match made by hand.
void explainMatch(LineMatch& match, const StatementLine& line, const ExpectedPayment& payment, int windowDays = 3);

/// True when a match kind can be chosen for applying.
bool isChoosable(MatchKind kind);

/// The running figures of a reconciliation, in won: the statement's collected total (success
/// lines that are not duplicates or already applied), the part covered by chosen matches, and
/// the difference still to explain (zero when every received won is matched).
struct ReconciliationBalance
{
    qint64 statementTotal = 0;
    qint64 matchedTotal = 0;
    qint64 difference = 0;
    int chosen = 0;
    int unmatchedLines = 0;
};
ReconciliationBalance reconciliationBalance(const QVector<StatementLine>& lines, const QVector<LineMatch>& matches);

/// What the console asks the database for before matching a file.
struct ReconciliationQuery
{
    qint64 organizationId = 0; ///< the center (or any subtree root) whose payments are expected
    QStringList months;        ///< Statement::candidateMonths()
    QString sha256;            ///< to tell whether the file was imported before
    QStringList tids;          ///< Statement::providerTids(), to find ids applied before
};

/// An earlier import of the same file.
struct PreviousImport
{
    qint64 id = 0;
    QString by;
    QDateTime at; ///< UTC
    QString fileName;
};

/// The ledger side: unpaid payments of the subtree in those months, ids already applied, and
/// the earlier import of the same file if there was one.
struct ReconciliationCandidates
{
    QVector<ExpectedPayment> expected;
    QSet<QString> appliedTids;
    std::optional<PreviousImport> previous;
    /// debit_reason_codes: what each failure code of the file means and leads to.
    QVector<DebitReasonCode> reasonCodes;
};

/// Confirming a reconciliation: every line of the file is recorded with its outcome and the
/// chosen matches (LineMatch::chosen) change their payments, all in one transaction. `matches`
/// is parallel to statement.lines; LineMatch::expected indexes `expected`.
struct ReconciliationApply
{
    qint64 organizationId = 0;
    Statement statement;
    QVector<LineMatch> matches;
    QVector<ExpectedPayment> expected;
};

/// What confirming did. `alreadyImported` (with `previous`) when the same file had been
/// imported: then nothing was changed.
struct ReconciliationOutcome
{
    qint64 importId = 0;
    int paid = 0;   ///< payments set to success
    int failed = 0; ///< payments set to failed by a failure result code
    /// Of the failed: payments left to be debited again at the next cycle (DebitAction::Retry,
    /// with retries left under the institution's retry policy).
    int retry = 0;
    /// Of the failed with a Retry code: payments whose retries are used up (failed debits more
    /// than the policy's retries): not debited again, overdue with the reason.
    int retriesUsedUp = 0;
    /// Contracts suspended by a Suspend or UpdateAccount code (an active contract only; one
    /// already suspended or not yet registered is left as it is and counted in `manual`).
    int suspended = 0;
    /// Of the suspended: members to be asked for a new account (DebitAction::UpdateAccount).
    int accountUpdates = 0;
    /// Failed payments left for a person: Manual and unknown codes, and suspensions that did not
    /// apply.
    int manual = 0;
    qint64 paidAmount = 0;
    int recordedLines = 0;
    bool alreadyImported = false;
    std::optional<PreviousImport> previous;
};

} // namespace pd
