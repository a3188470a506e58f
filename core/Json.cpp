#include "Json.h"

#include "Messages.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <type_traits>

namespace pd::json {

namespace {

// -- enums: a stable key per value ------------------------------------------------------------

template<typename E, size_t N>
QVector<E> tableValues(const char* const (&)[N])
{
    QVector<E> values;
    for (size_t i = 0; i < N; ++i) {
        values.append(E(i));
    }
    return values;
}

const char* const kValueTypes[] = {"integer", "text", "boolean", "timestamp", "date", "month", "money", "score"};
const char* const kPaymentActions[] = {"mark_paid", "cancel", "fail"};
const char* const kSettlementActions[] = {"confirm", "mark_paid", "reopen"};
const char* const kMatchKinds[] = {"exact_tid", "member_month", "suggested",       "partial",
                                   "ambiguous", "unmatched",    "already_applied", "duplicate_in_file"};
const char* const kChartUnits[] = {"won", "satoshi", "count", "basis_points"};
const char* const kInvoiceActions[] = {"mark_paid", "confirm", "expire", "cancel"};
const char* const kKycActions[] = {"approve", "reject", "request_info"};

QString key(DebitAction v)
{
    return debitActionKey(v);
}
QVector<DebitAction> values(DebitAction*)
{
    return {DebitAction::Retry, DebitAction::Suspend, DebitAction::UpdateAccount, DebitAction::Manual};
}
QString key(Area v)
{
    return areaKey(v);
}
QVector<Area> values(Area*)
{
    return allAreas();
}
QString key(bch::Network v)
{
    return bch::networkPrefix(v);
}
QVector<bch::Network> values(bch::Network*)
{
    return {bch::Network::Mainnet, bch::Network::Testnet, bch::Network::Regtest};
}
QString key(Currency v)
{
    return currencyCode(v);
}
QVector<Currency> values(Currency*)
{
    return {Currency::KRW, Currency::BCH, Currency::USDC};
}
QString key(DashboardChart v)
{
    return dashboardChartKey(v);
}
QVector<DashboardChart> values(DashboardChart*)
{
    return allDashboardCharts();
}
QString key(ValueType v)
{
    return QLatin1String(kValueTypes[int(v)]);
}
QVector<ValueType> values(ValueType*)
{
    return tableValues<ValueType>(kValueTypes);
}
QString key(PaymentChange::Action v)
{
    return QLatin1String(kPaymentActions[int(v)]);
}
QVector<PaymentChange::Action> values(PaymentChange::Action*)
{
    return tableValues<PaymentChange::Action>(kPaymentActions);
}
QString key(SettlementChange::Action v)
{
    return QLatin1String(kSettlementActions[int(v)]);
}
QVector<SettlementChange::Action> values(SettlementChange::Action*)
{
    return tableValues<SettlementChange::Action>(kSettlementActions);
}
QString key(BulkAction v)
{
    return bulkActionKey(v);
}
QVector<BulkAction> values(BulkAction*)
{
    return allBulkActions();
}
QString key(MatchKind v)
{
    return QLatin1String(kMatchKinds[int(v)]);
}
QVector<MatchKind> values(MatchKind*)
{
    return tableValues<MatchKind>(kMatchKinds);
}
QString key(ChartUnit v)
{
    return QLatin1String(kChartUnits[int(v)]);
}
QVector<ChartUnit> values(ChartUnit*)
{
    return tableValues<ChartUnit>(kChartUnits);
}
QString key(InvoiceChange::Action v)
{
    return QLatin1String(kInvoiceActions[int(v)]);
}
QVector<InvoiceChange::Action> values(InvoiceChange::Action*)
{
    return tableValues<InvoiceChange::Action>(kInvoiceActions);
}
QString key(KycAction v)
{
    return QLatin1String(kKycActions[int(v)]);
}
QVector<KycAction> values(KycAction*)
{
    return tableValues<KycAction>(kKycActions);
}

// -- the fields of each struct, once, for both directions -------------------------------------

template<typename V>
void fields(V& v, ConnectionInfo& x)
{
    v("backend_name", x.backendName);
    v("location", x.location);
    v("user", x.user);
    v("role", x.role);
    v("server_version", x.serverVersion);
    v("schema_version", x.schemaVersion);
    v("encrypted", x.encrypted);
    v("verified", x.verified);
}
template<typename V>
void fields(V& v, ListRequest& x)
{
    v("area", x.area);
    v("filters", x.filters);
    v("sort", x.sortKey);
    v("descending", x.descending);
    v("cursor", x.cursor);
    v("until", x.until);
    v("limit", x.limit);
}
template<typename V>
void fields(V& v, CountResult& x)
{
    v("value", x.value);
    v("estimated", x.estimated);
}
template<typename V>
void fields(V& v, ColumnInfo& x)
{
    v("key", x.key);
    v("type", x.type);
    v("currency", x.currency);
    v("currency_column", x.currencyColumn);
}
template<typename V>
void fields(V& v, Organization& x)
{
    v("id", x.id);
    v("parent_id", x.parentId);
    v("type", x.type);
    v("code", x.code);
    v("name", x.name);
    v("active", x.active);
}
template<typename V>
void fields(V& v, BchAccount& x)
{
    v("id", x.id);
    v("name", x.name);
    v("network", x.network);
    v("xpub", x.xpub);
    v("next_index", x.nextIndex);
    v("version", x.version);
}
template<typename V>
void fields(V& v, InvoiceDraft& x)
{
    v("user_id", x.userId);
    v("amount_sats", x.amountSats);
    v("description", x.description);
    v("expires_at", x.expiresAt);
    v("organization_id", x.organizationId);
    v("payment_id", x.paymentId);
}
template<typename V>
void fields(V& v, CreatedInvoice& x)
{
    v("id", x.id);
    v("address", x.address);
    v("derivation_index", x.derivationIndex);
}
template<typename V>
void fields(V& v, InvoiceChange& x)
{
    v("id", x.id);
    v("version", x.version);
    v("action", x.action);
    v("tx_hash", x.txHash);
    v("reason", x.reason);
}
template<typename V>
void fields(V& v, ChainWatcherStatus& x)
{
    v("watcher", x.watcher);
    v("server", x.server);
    v("connected", x.connected);
    v("tip_height", x.tipHeight);
    v("tip_hash", x.tipHash);
    v("watched_invoices", x.watchedInvoices);
    v("last_error", x.lastError);
    v("last_seen_at", x.lastSeenAt);
    v("last_change_at", x.lastChangeAt);
    v("updated_at", x.updatedAt);
}
template<typename V>
void fields(V& v, InvoiceSettlement& x)
{
    v("event", x.event);
    v("status", x.status);
    v("received_sats", x.receivedSats);
    v("exception", x.exception);
    v("tx_hash", x.txHash);
    v("confirmed_height", x.confirmedHeight);
    v("paid_at", x.paidAt);
}
template<typename V>
void fields(V& v, LatePaymentDecision& x)
{
    v("id", x.id);
    v("version", x.version);
    v("accept", x.accept);
    v("reason", x.reason);
}
template<typename V>
void fields(V& v, ops::ExpiredCount& x)
{
    v("count", x.count);
}
template<typename V>
void fields(V& v, UnusedAddress& x)
{
    v("derivation_index", x.derivationIndex);
    v("address", x.address);
    v("invoice_id", x.invoiceId);
}
template<typename V>
void fields(V& v, AddressGapReport& x)
{
    v("gap_limit", x.gapLimit);
    v("next_index", x.nextIndex);
    v("run_from", x.runFrom);
    v("run_to", x.runTo);
    v("run_length", x.runLength);
    v("last_used_index", x.lastUsedIndex);
    v("to_scan", x.toScan);
}
template<typename V>
void fields(V& v, InvoiceSheetRequest& x)
{
    v("ids", x.ids);
    v("status", x.status);
    v("center_code", x.centerCode);
    v("created_since", x.createdSince);
    v("limit", x.limit);
}
template<typename V>
void fields(V& v, InvoiceSheetItem& x)
{
    v("id", x.id);
    v("amount_sats", x.amountSats);
    v("address", x.address);
    v("network", x.network);
    v("member", x.member);
    v("member_id", x.memberId);
    v("institution", x.institution);
    v("center", x.center);
    v("description", x.description);
    v("status", x.status);
    v("created_at", x.createdAt);
    v("expires_at", x.expiresAt);
}
template<typename V>
void fields(V& v, KycSettings& x)
{
    v("claim_minutes", x.claimMinutes);
    v("sla_hours", x.slaHours);
    v("four_eyes_risk", x.fourEyesRiskHundredths);
    v("auto_assign", x.autoAssign);
    v("version", x.version);
}
template<typename V>
void fields(V& v, KycQueueSummary& x)
{
    v("new", x.newDocuments);
    v("resubmitted", x.resubmitted);
    v("second_approval", x.secondApproval);
    v("claimed", x.claimed);
    v("mine", x.mine);
    v("overdue", x.overdue);
    v("on_hold", x.onHold);
    v("assigned_to_me", x.assignedToMe);
    v("away_until", x.awayUntil);
    v("reviewer", x.reviewer);
    v("may_release_others", x.mayReleaseOthers);
    v("settings", x.settings);
}
template<typename V>
void fields(V& v, KycAway& x)
{
    v("until", x.until);
    v("reason", x.reason);
}
template<typename V>
void fields(V& v, KycHold& x)
{
    v("document_id", x.documentId);
    v("hold", x.hold);
    v("reason", x.reason);
}
template<typename V>
void fields(V& v, KycClaim& x)
{
    v("document_id", x.documentId);
    v("claimed_by", x.claimedBy);
    v("expires_at", x.expiresAt);
}
template<typename V>
void fields(V& v, KycDecision& x)
{
    v("document_id", x.documentId);
    v("version", x.version);
    v("action", x.action);
    v("reason_code", x.reasonCode);
    v("note", x.note);
}
template<typename V>
void fields(V& v, KycDecisionResult& x)
{
    v("awaiting_second_approval", x.awaitingSecondApproval);
    v("status", x.status);
    v("user_id", x.userId);
    v("user_kyc_status", x.userKycStatus);
    v("user_kyc_level", x.userKycLevel);
    v("version", x.version);
}
template<typename V>
void fields(V& v, ReviewerActivity& x)
{
    v("day", x.day);
    v("reviewer", x.reviewer);
    v("approved", x.approved);
    v("rejected", x.rejected);
    v("requested_info", x.requestedInfo);
    v("median_seconds_to_decision", x.medianSecondsToDecision);
}
template<typename V>
void fields(V& v, StatusTotal& x)
{
    v("status", x.status);
    v("count", x.count);
    v("amount", x.amount);
}
template<typename V>
void fields(V& v, ListTotals& x)
{
    v("currency", x.currency);
    v("by_status", x.byStatus);
}
template<typename V>
void fields(V& v, PaymentChange& x)
{
    v("id", x.id);
    v("version", x.version);
    v("action", x.action);
    v("reason", x.reason);
    v("paid_on", x.paidOn);
    v("reference", x.reference);
}
template<typename V>
void fields(V& v, SettlementRun& x)
{
    v("month", x.month);
    v("organization_id", x.organizationId);
}
template<typename V>
void fields(V& v, SettlementRunResult& x)
{
    v("created", x.created);
    v("updated", x.updated);
    v("unchanged", x.unchanged);
    v("frozen", x.frozen);
}
template<typename V>
void fields(V& v, UserActivation& x)
{
    v("id", x.id);
    v("version", x.version);
    v("active", x.active);
    v("reason", x.reason);
}
template<typename V>
void fields(V& v, StaffActivation& x)
{
    v("id", x.id);
    v("version", x.version);
    v("active", x.active);
    v("reason", x.reason);
}
template<typename V>
void fields(V& v, MemberServiceChange& x)
{
    v("id", x.id);
    v("version", x.version);
    v("status", x.status);
    v("reason", x.reason);
}
template<typename V>
void fields(V& v, ContractStatusChange& x)
{
    v("id", x.id);
    v("version", x.version);
    v("status", x.status);
    v("reason", x.reason);
}
template<typename V>
void fields(V& v, MemberEdit& x)
{
    v("id", x.id);
    v("version", x.version);
    v("last_name", x.lastName);
    v("first_name", x.firstName);
    v("phone", x.phone);
    v("email", x.email);
    v("institution_id", x.institutionId);
    v("reason", x.reason);
}
template<typename V>
void fields(V& v, MemberDraft& x)
{
    v("last_name", x.lastName);
    v("first_name", x.firstName);
    v("phone", x.phone);
    v("email", x.email);
    v("institution_id", x.institutionId);
    v("enrolled_on", x.enrolledOn);
    v("country_code", x.countryCode);
    v("child_name", x.childName);
    v("child_birth_date", x.childBirthDate);
    v("child_class", x.childClass);
    v("reason", x.reason);
}
template<typename V>
void fields(V& v, CreatedMember& x)
{
    v("member_id", x.memberId);
    v("user_id", x.userId);
    v("child_id", x.childId);
}
template<typename V>
void fields(V& v, ChildEdit& x)
{
    v("id", x.id);
    v("member_id", x.memberId);
    v("version", x.version);
    v("name", x.name);
    v("birth_date", x.birthDate);
    v("class_name", x.className);
    v("active", x.active);
    v("reason", x.reason);
}
template<typename V>
void fields(V& v, ContractTerms& x)
{
    v("id", x.id);
    v("member_id", x.memberId);
    v("version", x.version);
    v("bank_code", x.bankCode);
    v("account_holder", x.accountHolder);
    v("account_number", x.accountNumber);
    v("payment_day", x.paymentDay);
    v("monthly_amount", x.monthlyAmount);
    v("reason", x.reason);
}
template<typename V>
void fields(V& v, RegisteredContract& x)
{
    v("id", x.id);
    v("contract_id", x.contractId);
}
template<typename V>
void fields(V& v, OrganizationDraft& x)
{
    v("parent_id", x.parentId);
    v("code", x.code);
    v("name", x.name);
    v("reason", x.reason);
}
template<typename V>
void fields(V& v, CreatedOrganization& x)
{
    v("id", x.id);
    v("org_type", x.orgType);
    v("path", x.path);
}
template<typename V>
void fields(V& v, FeeRateChange& x)
{
    v("organization_id", x.organizationId);
    v("effective_month", x.effectiveMonth);
    v("fee_bp", x.feeBp);
    v("reason", x.reason);
}
template<typename V>
void fields(V& v, RetryPolicyChange& x)
{
    v("organization_id", x.organizationId);
    v("retry_limit", x.retryLimit);
    v("interval_days", x.intervalDays);
    v("reason", x.reason);
}
template<typename V>
void fields(V& v, StaffDraft& x)
{
    v("login", x.login);
    v("display_name", x.displayName);
    v("role", x.role);
    v("organization_id", x.organizationId);
    v("database_password", x.databasePassword);
    v("server_password", x.serverPassword);
    v("reason", x.reason);
}
template<typename V>
void fields(V& v, CreatedStaff& x)
{
    v("id", x.id);
}
template<typename V>
void fields(V& v, BankHolidayDraft& x)
{
    v("day", x.day);
    v("name", x.name);
    v("reason", x.reason);
}
template<typename V>
void fields(V& v, CreatedBankHoliday& x)
{
    v("id", x.id);
}
template<typename V>
void fields(V& v, BankHolidayChange& x)
{
    v("id", x.id);
    v("active", x.active);
    v("reason", x.reason);
}
template<typename V>
void fields(V& v, StaffEdit& x)
{
    v("id", x.id);
    v("version", x.version);
    v("display_name", x.displayName);
    v("role", x.role);
    v("organization_id", x.organizationId);
    v("reason", x.reason);
}
template<typename V>
void fields(V& v, StaffPassword& x)
{
    v("id", x.id);
    v("version", x.version);
    v("password", x.password);
    v("reason", x.reason);
}
template<typename V>
void fields(V& v, OrganizationChange& x)
{
    v("id", x.id);
    v("version", x.version);
    v("action", x.action);
    v("name", x.name);
    v("reason", x.reason);
    v("parent_id", x.parentId);
}
template<typename V>
void fields(V& v, CreditSettings& x)
{
    v("four_eyes_sats", x.fourEyesSats);
    v("version", x.version);
    v("reason", x.reason);
}
template<typename V>
void fields(V& v, ManualCreditRequest& x)
{
    v("user_id", x.userId);
    v("amount_sats", x.amountSats);
    v("reason", x.reason);
}
template<typename V>
void fields(V& v, ManualCreditResult& x)
{
    v("request_id", x.requestId);
    v("status", x.status);
    v("credit_id", x.creditId);
    v("four_eyes_sats", x.fourEyesSats);
}
template<typename V>
void fields(V& v, CreditDecision& x)
{
    v("id", x.id);
    v("version", x.version);
    v("approve", x.approve);
    v("note", x.note);
}
template<typename V>
void fields(V& v, SettlementChange& x)
{
    v("id", x.id);
    v("version", x.version);
    v("action", x.action);
    v("reason", x.reason);
}
template<typename V>
void fields(V& v, ReconciliationQuery& x)
{
    v("organization_id", x.organizationId);
    v("months", x.months);
    v("sha256", x.sha256);
    v("tids", x.tids);
}
template<typename V>
void fields(V& v, ExpectedPayment& x)
{
    v("id", x.id);
    v("parent_id", x.parentId);
    v("contract_id", x.contractId);
    v("member", x.member);
    v("institution", x.institution);
    v("month", x.month);
    v("due_date", x.dueDate);
    v("amount", x.amount);
    v("status", x.status);
    v("tid", x.tid);
    v("version", x.version);
}
template<typename V>
void fields(V& v, PreviousImport& x)
{
    v("id", x.id);
    v("by", x.by);
    v("at", x.at);
    v("file_name", x.fileName);
}
template<typename V>
void fields(V& v, DebitReasonCode& x)
{
    v("code", x.code);
    v("name_ko", x.nameKo);
    v("name_en", x.nameEn);
    v("action", x.action);
}
template<typename V>
void fields(V& v, ReconciliationCandidates& x)
{
    v("expected", x.expected);
    v("applied_tids", x.appliedTids);
    v("previous", x.previous);
    v("reason_codes", x.reasonCodes);
}
template<typename V>
void fields(V& v, StatementLine& x)
{
    v("line", x.line);
    v("date", x.date);
    v("member_ref", x.memberRef);
    v("amount", x.amount);
    v("provider_tid", x.providerTid);
    v("result_code", x.resultCode);
    v("success", x.success);
}
template<typename V>
void fields(V& v, BadLine& x)
{
    v("line", x.line);
    v("reason", x.reason);
}
template<typename V>
void fields(V& v, ColumnMapping& x)
{
    for (int i = 0; i < kStatementFieldCount; ++i) {
        const QByteArray name = statementFieldKey(StatementField(i)).toLatin1();
        v(name.constData(), x.column[size_t(i)]);
    }
}
template<typename V>
void fields(V& v, Statement& x)
{
    v("file_name", x.fileName);
    v("sha256", x.sha256);
    v("encoding", x.encoding);
    v("headers", x.headers);
    v("mapping", x.mapping);
    v("mapping_problem", x.mappingProblem);
    v("lines", x.lines);
    v("bad", x.bad);
}
template<typename V>
void fields(V& v, LineMatch& x)
{
    v("kind", x.kind);
    v("expected", x.expected);
    v("chosen", x.chosen);
    v("overpaid", x.overpaid);
    v("days_late", x.daysLate);
}
template<typename V>
void fields(V& v, ReconciliationApply& x)
{
    v("organization_id", x.organizationId);
    v("statement", x.statement);
    v("matches", x.matches);
    v("expected", x.expected);
}
template<typename V>
void fields(V& v, ReminderRequest& x)
{
    v("filters", x.filters);
    v("channel", x.channel);
}
template<typename V>
void fields(V& v, ContactLine& x)
{
    v("parent_id", x.parentId);
    v("name", x.name);
    v("phone", x.phone);
    v("amount_owed", x.amountOwed);
    v("months_owed", x.monthsOwed);
    v("days_overdue", x.daysOverdue);
    v("reason_code", x.reasonCode);
    v("reason_ko", x.reasonKo);
    v("reason_en", x.reasonEn);
    v("message_ko", x.messageKo);
    v("message_en", x.messageEn);
}
template<typename V>
void fields(V& v, SkippedReminder& x)
{
    v("parent_id", x.parentId);
    v("name", x.name);
    v("by", x.by);
    v("at", x.at);
}
template<typename V>
void fields(V& v, ContactList& x)
{
    v("channel", x.channel);
    v("lines", x.lines);
    v("skipped", x.skipped);
}
template<typename V>
void fields(V& v, ReconciliationOutcome& x)
{
    v("import_id", x.importId);
    v("paid", x.paid);
    v("failed", x.failed);
    v("retry", x.retry);
    v("retries_used_up", x.retriesUsedUp);
    v("suspended", x.suspended);
    v("account_updates", x.accountUpdates);
    v("manual", x.manual);
    v("paid_amount", x.paidAmount);
    v("recorded_lines", x.recordedLines);
    v("already_imported", x.alreadyImported);
    v("previous", x.previous);
}
template<typename V>
void fields(V& v, BulkPreviewRequest& x)
{
    v("action", x.action);
    v("ids", x.ids);
}
template<typename V>
void fields(V& v, BulkItem& x)
{
    v("id", x.id);
    v("version", x.version);
    v("amount", x.amount);
    v("currency", x.currency);
    v("status", x.status);
    v("claimed_by", x.claimedBy);
    v("refusal", x.refusal);
    v("needs", x.needs);
}
template<typename V>
void fields(V& v, BulkPreview& x)
{
    v("items", x.items);
}
template<typename V>
void fields(V& v, BulkApplyRequest::Item& x)
{
    v("id", x.id);
    v("version", x.version);
}
template<typename V>
void fields(V& v, BulkApplyRequest& x)
{
    v("action", x.action);
    v("items", x.items);
    v("reason", x.reason);
    v("assignee", x.assignee);
}
template<typename V>
void fields(V& v, BulkOutcome& x)
{
    v("id", x.id);
    v("applied", x.applied);
    v("error", x.error);
}
template<typename V>
void fields(V& v, BulkApplyResult& x)
{
    v("outcomes", x.outcomes);
}
template<typename V>
void fields(V& v, DashboardRequest& x)
{
    v("chart", x.chart);
    v("last_month", x.lastMonth);
    v("months", x.months);
    v("organization_id", x.organizationId);
    v("today", x.today);
    v("utc_offset_seconds", x.utcOffsetSeconds);
}
template<typename V>
void fields(V& v, ChartSeries& x)
{
    v("key", x.key);
    v("unit", x.unit);
    v("values", x.values);
}
template<typename V>
void fields(V& v, ChartFact& x)
{
    v("key", x.key);
    v("value", x.value);
    v("unit", x.unit);
}
template<typename V>
void fields(V& v, ChartData& x)
{
    v("chart", x.chart);
    v("categories", x.categories);
    v("category_ids", x.categoryIds);
    v("series", x.series);
    v("facts", x.facts);
}

// -- writing ----------------------------------------------------------------------------------

QJsonValue write(qint64 v)
{
    return QJsonValue(v);
}
QJsonValue write(int v)
{
    return QJsonValue(v);
}
QJsonValue write(bool v)
{
    return QJsonValue(v);
}
QJsonValue write(const QString& v)
{
    return QJsonValue(v);
}
QJsonValue write(const QDate& v)
{
    return v.isValid() ? QJsonValue(v.toString(Qt::ISODate)) : QJsonValue();
}
QJsonValue write(const QDateTime& v)
{
    return v.isValid() ? QJsonValue(v.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}
QJsonValue write(const QStringList& v)
{
    return QJsonArray::fromStringList(v);
}
QJsonValue write(const QSet<QString>& v)
{
    QStringList sorted(v.cbegin(), v.cend());
    sorted.sort();
    return QJsonArray::fromStringList(sorted);
}
QJsonValue write(const QMap<QString, QString>& v)
{
    QJsonObject object;
    for (auto it = v.cbegin(); it != v.cend(); ++it) {
        object.insert(it.key(), it.value());
    }
    return object;
}
template<typename T>
QJsonValue write(const QVector<T>& v);
template<typename T>
QJsonValue write(const std::optional<T>& v);
template<typename T>
std::enable_if_t<std::is_enum_v<T>, QJsonValue> write(T v)
{
    return key(v);
}
template<typename T>
std::enable_if_t<std::is_class_v<T>, QJsonValue> write(const T& v);
template<size_t N>
QJsonValue write(const std::array<int, N>& v)
{
    QJsonArray array;
    for (int i : v) {
        array.append(i);
    }
    return array;
}

struct Writer
{
    QJsonObject object;
    template<typename F>
    void operator()(const char* name, const F& value)
    {
        object.insert(QLatin1String(name), write(value));
    }
};

template<typename T>
QJsonValue write(const QVector<T>& v)
{
    QJsonArray array;
    for (const T& item : v) {
        array.append(write(item));
    }
    return array;
}
template<typename T>
QJsonValue write(const std::optional<T>& v)
{
    return v ? write(*v) : QJsonValue();
}
template<typename T>
std::enable_if_t<std::is_class_v<T>, QJsonValue> write(const T& v)
{
    Writer writer;
    fields(writer, const_cast<T&>(v)); // the writer only reads
    return writer.object;
}

// -- reading ----------------------------------------------------------------------------------

struct Context
{
    QString error;
    void fail(const QString& path, const QString& what)
    {
        if (error.isEmpty()) {
            error = path.isEmpty() ? what : path + QStringLiteral(": ") + what;
        }
    }
};

QString typeName(const QJsonValue& v)
{
    switch (v.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool readInteger(const QJsonValue& v, qint64& out, const QString& path, Context& c)
{
    // toInteger() returns the default unless the number is whole and fits a qint64: two
    // different defaults tell a fraction (or a float beyond 2^63) from a real integer.
    if (!v.isDouble() || v.toInteger(0) != v.toInteger(1)) {
        c.fail(
            path,
            QStringLiteral("expected an integer, got %1").arg(v.isDouble() ? v.toVariant().toString() : typeName(v)));
        return false;
    }
    out = v.toInteger();
    return true;
}

void read(const QJsonValue& v, qint64& out, const QString& path, Context& c)
{
    readInteger(v, out, path, c);
}
void read(const QJsonValue& v, int& out, const QString& path, Context& c)
{
    qint64 wide = 0;
    if (!readInteger(v, wide, path, c)) {
        return;
    }
    if (wide < std::numeric_limits<int>::min() || wide > std::numeric_limits<int>::max()) {
        c.fail(path, QStringLiteral("%1 is out of range").arg(wide));
        return;
    }
    out = int(wide);
}
void read(const QJsonValue& v, bool& out, const QString& path, Context& c)
{
    if (!v.isBool()) {
        c.fail(path, QStringLiteral("expected true or false, got %1").arg(typeName(v)));
        return;
    }
    out = v.toBool();
}
void read(const QJsonValue& v, QString& out, const QString& path, Context& c)
{
    if (!v.isString()) {
        c.fail(path, QStringLiteral("expected a string, got %1").arg(typeName(v)));
        return;
    }
    out = v.toString();
}
void read(const QJsonValue& v, QDate& out, const QString& path, Context& c)
{
    QString text;
    read(v, text, path, c);
    if (text.isEmpty()) {
        return;
    }
    out = QDate::fromString(text, Qt::ISODate);
    if (!out.isValid()) {
        c.fail(path, QStringLiteral("expected a date YYYY-MM-DD, got \"%1\"").arg(text.left(40)));
    }
}
void read(const QJsonValue& v, QDateTime& out, const QString& path, Context& c)
{
    QString text;
    read(v, text, path, c);
    if (text.isEmpty()) {
        return;
    }
    out = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!out.isValid() || !(text.endsWith(QLatin1Char('Z')) || text.contains(QLatin1Char('+')))) {
        c.fail(path, QStringLiteral("expected an ISO-8601 UTC time, got \"%1\"").arg(text.left(40)));
        return;
    }
    out = out.toUTC();
}
void read(const QJsonValue& v, QStringList& out, const QString& path, Context& c)
{
    if (!v.isArray()) {
        c.fail(path, QStringLiteral("expected an array of strings, got %1").arg(typeName(v)));
        return;
    }
    const QJsonArray array = v.toArray();
    out.clear();
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString item;
        read(array.at(i), item, path + QStringLiteral("[%1]").arg(i), c);
        out.append(item);
    }
}
void read(const QJsonValue& v, QSet<QString>& out, const QString& path, Context& c)
{
    QStringList list;
    read(v, list, path, c);
    out = QSet<QString>(list.cbegin(), list.cend());
}
void read(const QJsonValue& v, QMap<QString, QString>& out, const QString& path, Context& c)
{
    if (!v.isObject()) {
        c.fail(path, QStringLiteral("expected an object, got %1").arg(typeName(v)));
        return;
    }
    const QJsonObject object = v.toObject();
    out.clear();
    for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
        QString value;
        read(it.value(), value, path + QLatin1Char('.') + it.key(), c);
        out.insert(it.key(), value);
    }
}
template<size_t N>
void read(const QJsonValue& v, std::array<int, N>& out, const QString& path, Context& c)
{
    const QJsonArray array = v.toArray();
    if (!v.isArray() || size_t(array.size()) != N) {
        c.fail(path, QStringLiteral("expected an array of %1 integers").arg(N));
        return;
    }
    for (size_t i = 0; i < N; ++i) {
        read(array.at(qsizetype(i)), out[i], path + QStringLiteral("[%1]").arg(i), c);
    }
}
template<typename T>
std::enable_if_t<std::is_enum_v<T>> read(const QJsonValue& v, T& out, const QString& path, Context& c)
{
    QString text;
    read(v, text, path, c);
    for (T candidate : values(static_cast<T*>(nullptr))) {
        if (key(candidate) == text) {
            out = candidate;
            return;
        }
    }
    c.fail(path, QStringLiteral("unknown value \"%1\"").arg(text.left(40)));
}
template<typename T>
void read(const QJsonValue& v, QVector<T>& out, const QString& path, Context& c);
template<typename T>
void read(const QJsonValue& v, std::optional<T>& out, const QString& path, Context& c);
template<typename T>
std::enable_if_t<std::is_class_v<T>> read(const QJsonValue& v, T& out, const QString& path, Context& c);

struct Reader
{
    QJsonObject object;
    QString path;
    Context& context;
    template<typename F>
    void operator()(const char* name, F& value)
    {
        const QJsonValue v = object.value(QLatin1String(name));
        if (!context.error.isEmpty() || v.isUndefined() || v.isNull()) {
            return; // a missing key keeps the default
        }
        const QString field = QLatin1String(name);
        read(v, value, path.isEmpty() ? field : QString(path + QLatin1Char('.') + field), context);
    }
};

template<typename T>
void read(const QJsonValue& v, QVector<T>& out, const QString& path, Context& c)
{
    if (!v.isArray()) {
        c.fail(path, QStringLiteral("expected an array, got %1").arg(typeName(v)));
        return;
    }
    const QJsonArray array = v.toArray();
    out.clear();
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size() && c.error.isEmpty(); ++i) {
        T item{};
        read(array.at(i), item, path + QStringLiteral("[%1]").arg(i), c);
        out.append(std::move(item));
    }
}
template<typename T>
void read(const QJsonValue& v, std::optional<T>& out, const QString& path, Context& c)
{
    if (v.isNull() || v.isUndefined()) {
        out.reset();
        return;
    }
    T item{};
    read(v, item, path, c);
    out = std::move(item);
}
template<typename T>
std::enable_if_t<std::is_class_v<T>> read(const QJsonValue& v, T& out, const QString& path, Context& c)
{
    if (!v.isObject()) {
        c.fail(path, QStringLiteral("expected an object, got %1").arg(typeName(v)));
        return;
    }
    Reader reader{v.toObject(), path, c};
    fields(reader, out);
}

template<typename T>
Result<T> readTop(const QJsonValue& json)
{
    Context context;
    T value{};
    read(json, value, QString(), context);
    if (!context.error.isEmpty()) {
        return Error(Error::Kind::Invalid, QStringLiteral("The answer is not in the expected shape."), context.error);
    }
    return value;
}

// -- typed cells (list rows, detail fields) ----------------------------------------------------

QJsonValue cellToJson(const QVariant& value, ValueType type)
{
    if (!value.isValid() || value.isNull()) {
        return QJsonValue();
    }
    switch (type) {
    case ValueType::Integer:
    case ValueType::Money:
    case ValueType::Score:
        return QJsonValue(value.toLongLong());
    case ValueType::Boolean:
        return QJsonValue(value.toBool());
    case ValueType::Timestamp:
        return write(value.toDateTime());
    case ValueType::Date:
        return write(value.toDate());
    case ValueType::Text:
    case ValueType::Month:
        break;
    }
    return QJsonValue(value.toString());
}

QVariant cellFromJson(const QJsonValue& v, ValueType type, const QString& path, Context& c)
{
    if (v.isNull() || v.isUndefined()) {
        return QVariant();
    }
    switch (type) {
    case ValueType::Integer:
    case ValueType::Money:
    case ValueType::Score: {
        qint64 n = 0;
        read(v, n, path, c);
        return QVariant(n);
    }
    case ValueType::Boolean: {
        bool b = false;
        read(v, b, path, c);
        return QVariant(b);
    }
    case ValueType::Timestamp: {
        QDateTime t;
        read(v, t, path, c);
        return QVariant(t);
    }
    case ValueType::Date: {
        QDate d;
        read(v, d, path, c);
        return QVariant(d);
    }
    case ValueType::Text:
    case ValueType::Month:
        break;
    }
    QString s;
    read(v, s, path, c);
    return QVariant(s);
}

QJsonArray rowsToJson(const QVector<QVariantList>& rows, const QVector<ColumnInfo>& columns)
{
    QJsonArray array;
    for (const QVariantList& row : rows) {
        QJsonArray cells;
        for (qsizetype i = 0; i < row.size(); ++i) {
            cells.append(cellToJson(row.at(i), i < columns.size() ? columns.at(i).type : ValueType::Text));
        }
        array.append(cells);
    }
    return array;
}

QVector<QVariantList> rowsFromJson(const QJsonValue& v, const QVector<ColumnInfo>& columns, const QString& path,
                                   Context& c)
{
    QVector<QVariantList> rows;
    if (!v.isArray()) {
        c.fail(path, QStringLiteral("expected an array of rows, got %1").arg(typeName(v)));
        return rows;
    }
    const QJsonArray array = v.toArray();
    rows.reserve(array.size());
    for (qsizetype r = 0; r < array.size() && c.error.isEmpty(); ++r) {
        const QString rowPath = path + QStringLiteral("[%1]").arg(r);
        const QJsonArray cells = array.at(r).toArray();
        if (!array.at(r).isArray() || cells.size() != columns.size()) {
            c.fail(rowPath, QStringLiteral("expected a row of %1 values").arg(columns.size()));
            break;
        }
        QVariantList row;
        row.reserve(columns.size());
        for (qsizetype i = 0; i < cells.size(); ++i) {
            row.append(cellFromJson(cells.at(i), columns.at(i).type, rowPath + QStringLiteral("[%1]").arg(i), c));
        }
        rows.append(std::move(row));
    }
    return rows;
}

} // namespace

// -- public writers ---------------------------------------------------------------------------

QJsonValue toJson(const ConnectionInfo& value)
{
    return write(value);
}
QJsonValue toJson(const ListRequest& value)
{
    return write(value);
}
QJsonValue toJson(const CountResult& value)
{
    return write(value);
}
QJsonValue toJson(const QVector<Organization>& value)
{
    return write(value);
}
QJsonValue toJson(const BchAccount& value)
{
    return write(value);
}
QJsonValue toJson(const InvoiceDraft& value)
{
    return write(value);
}
QJsonValue toJson(const CreatedInvoice& value)
{
    return write(value);
}
QJsonValue toJson(const InvoiceChange& value)
{
    return write(value);
}
QJsonValue toJson(const InvoiceSheetRequest& value)
{
    return write(value);
}
QJsonValue toJson(const QVector<InvoiceSheetItem>& value)
{
    return write(value);
}
QJsonValue toJson(const KycQueueSummary& value)
{
    return write(value);
}
QJsonValue toJson(const KycSettings& value)
{
    return write(value);
}
QJsonValue toJson(const KycClaim& value)
{
    return write(value);
}
QJsonValue toJson(const KycAway& value)
{
    return write(value);
}
QJsonValue toJson(const KycHold& value)
{
    return write(value);
}
QJsonValue toJson(const KycDecision& value)
{
    return write(value);
}
QJsonValue toJson(const KycDecisionResult& value)
{
    return write(value);
}
QJsonValue toJson(const QVector<ReviewerActivity>& value)
{
    return write(value);
}
QJsonValue toJson(const QVector<ChainWatcherStatus>& value)
{
    return write(value);
}
QJsonValue toJson(const InvoiceSettlement& value)
{
    return write(value);
}
QJsonValue toJson(const LatePaymentDecision& value)
{
    return write(value);
}
QJsonValue toJson(const AddressGapReport& value)
{
    return write(value);
}
QJsonValue toJson(const ops::ExpiredCount& value)
{
    return write(value);
}
QJsonValue toJson(const ListTotals& value)
{
    return write(value);
}
QJsonValue toJson(const PaymentChange& value)
{
    return write(value);
}
QJsonValue toJson(const SettlementRun& value)
{
    return write(value);
}
QJsonValue toJson(const SettlementRunResult& value)
{
    return write(value);
}
QJsonValue toJson(const SettlementChange& value)
{
    return write(value);
}
QJsonValue toJson(const UserActivation& value)
{
    return write(value);
}
QJsonValue toJson(const StaffActivation& value)
{
    return write(value);
}
QJsonValue toJson(const MemberEdit& value)
{
    return write(value);
}
QJsonValue toJson(const OrganizationChange& value)
{
    return write(value);
}
QJsonValue toJson(const MemberDraft& value)
{
    return write(value);
}
QJsonValue toJson(const CreatedMember& value)
{
    return write(value);
}
QJsonValue toJson(const ChildEdit& value)
{
    return write(value);
}
QJsonValue toJson(const ContractTerms& value)
{
    return write(value);
}
QJsonValue toJson(const StaffDraft& value)
{
    return write(value);
}
QJsonValue toJson(const CreatedStaff& value)
{
    return write(value);
}
QJsonValue toJson(const BankHolidayDraft& value)
{
    return write(value);
}
QJsonValue toJson(const CreatedBankHoliday& value)
{
    return write(value);
}
QJsonValue toJson(const BankHolidayChange& value)
{
    return write(value);
}
QJsonValue toJson(const StaffEdit& value)
{
    return write(value);
}
QJsonValue toJson(const StaffPassword& value)
{
    return write(value);
}
QJsonValue toJson(const OrganizationDraft& value)
{
    return write(value);
}
QJsonValue toJson(const CreatedOrganization& value)
{
    return write(value);
}
QJsonValue toJson(const FeeRateChange& value)
{
    return write(value);
}
QJsonValue toJson(const RetryPolicyChange& value)
{
    return write(value);
}
QJsonValue toJson(const RegisteredContract& value)
{
    return write(value);
}
QJsonValue toJson(const CreditSettings& value)
{
    return write(value);
}
QJsonValue toJson(const ManualCreditRequest& value)
{
    return write(value);
}
QJsonValue toJson(const ManualCreditResult& value)
{
    return write(value);
}
QJsonValue toJson(const CreditDecision& value)
{
    return write(value);
}
QJsonValue toJson(const MemberServiceChange& value)
{
    return write(value);
}
QJsonValue toJson(const ContractStatusChange& value)
{
    return write(value);
}
QJsonValue toJson(const ReconciliationQuery& value)
{
    return write(value);
}
QJsonValue toJson(const ReconciliationCandidates& value)
{
    return write(value);
}
QJsonValue toJson(const ReconciliationApply& value)
{
    return write(value);
}
QJsonValue toJson(const ReconciliationOutcome& value)
{
    return write(value);
}
QJsonValue toJson(const ReminderRequest& value)
{
    return write(value);
}
QJsonValue toJson(const ContactList& value)
{
    return write(value);
}
QJsonValue toJson(const BulkPreviewRequest& value)
{
    return write(value);
}
QJsonValue toJson(const BulkPreview& value)
{
    return write(value);
}
QJsonValue toJson(const BulkApplyRequest& value)
{
    return write(value);
}
QJsonValue toJson(const BulkApplyResult& value)
{
    return write(value);
}
QJsonValue toJson(const DashboardRequest& value)
{
    return write(value);
}
QJsonValue toJson(const ChartData& value)
{
    return write(value);
}

QJsonValue toJson(const DetailRecord& value)
{
    QJsonObject object;
    object.insert(QStringLiteral("area"), areaKey(value.area));
    object.insert(QStringLiteral("id"), value.id);
    object.insert(QStringLiteral("title"), value.title);
    QJsonArray fieldArray;
    for (const DetailField& field : value.fields) {
        QJsonObject f;
        f.insert(QStringLiteral("group"), field.group);
        f.insert(QStringLiteral("key"), field.key);
        f.insert(QStringLiteral("type"), key(field.type));
        f.insert(QStringLiteral("currency"), key(field.currency));
        if (!field.currencyCode.isEmpty()) {
            f.insert(QStringLiteral("currency_code"), field.currencyCode);
        }
        f.insert(QStringLiteral("value"), cellToJson(field.value, field.type));
        fieldArray.append(f);
    }
    object.insert(QStringLiteral("fields"), fieldArray);
    QJsonArray tableArray;
    for (const DetailTable& table : value.tables) {
        QJsonObject t;
        t.insert(QStringLiteral("key"), table.key);
        t.insert(QStringLiteral("columns"), write(table.columns));
        t.insert(QStringLiteral("rows"), rowsToJson(table.rows, table.columns));
        tableArray.append(t);
    }
    object.insert(QStringLiteral("tables"), tableArray);
    return object;
}

QJsonValue toJson(const ListPage& value, Area area)
{
    const QVector<ColumnInfo>& columns = areaColumns(area);
    QJsonArray keys;
    for (const ColumnInfo& column : columns) {
        keys.append(column.key);
    }
    QJsonObject object;
    object.insert(QStringLiteral("columns"), keys);
    object.insert(QStringLiteral("rows"), rowsToJson(value.rows, columns));
    object.insert(QStringLiteral("next_cursor"),
                  value.nextCursor.isEmpty() ? QJsonValue() : QJsonValue(value.nextCursor));
    return object;
}

// -- public readers ---------------------------------------------------------------------------

template<typename T>
Result<T> fromJson(const QJsonValue& json)
{
    return readTop<T>(json);
}

template Result<ConnectionInfo> fromJson<ConnectionInfo>(const QJsonValue&);
template Result<ListRequest> fromJson<ListRequest>(const QJsonValue&);
template Result<CountResult> fromJson<CountResult>(const QJsonValue&);
template Result<QVector<Organization>> fromJson<QVector<Organization>>(const QJsonValue&);
template Result<BchAccount> fromJson<BchAccount>(const QJsonValue&);
template Result<InvoiceDraft> fromJson<InvoiceDraft>(const QJsonValue&);
template Result<CreatedInvoice> fromJson<CreatedInvoice>(const QJsonValue&);
template Result<InvoiceChange> fromJson<InvoiceChange>(const QJsonValue&);
template Result<InvoiceSheetRequest> fromJson<InvoiceSheetRequest>(const QJsonValue&);
template Result<QVector<InvoiceSheetItem>> fromJson<QVector<InvoiceSheetItem>>(const QJsonValue&);
template Result<KycQueueSummary> fromJson<KycQueueSummary>(const QJsonValue&);
template Result<KycSettings> fromJson<KycSettings>(const QJsonValue&);
template Result<KycClaim> fromJson<KycClaim>(const QJsonValue&);
template Result<KycHold> fromJson<KycHold>(const QJsonValue&);
template Result<KycAway> fromJson<KycAway>(const QJsonValue&);
template Result<KycDecision> fromJson<KycDecision>(const QJsonValue&);
template Result<KycDecisionResult> fromJson<KycDecisionResult>(const QJsonValue&);
template Result<QVector<ReviewerActivity>> fromJson<QVector<ReviewerActivity>>(const QJsonValue&);
template Result<ListTotals> fromJson<ListTotals>(const QJsonValue&);
template Result<PaymentChange> fromJson<PaymentChange>(const QJsonValue&);
template Result<SettlementRun> fromJson<SettlementRun>(const QJsonValue&);
template Result<SettlementRunResult> fromJson<SettlementRunResult>(const QJsonValue&);
template Result<SettlementChange> fromJson<SettlementChange>(const QJsonValue&);
template Result<UserActivation> fromJson<UserActivation>(const QJsonValue&);
template Result<StaffActivation> fromJson<StaffActivation>(const QJsonValue&);
template Result<MemberEdit> fromJson<MemberEdit>(const QJsonValue&);
template Result<OrganizationChange> fromJson<OrganizationChange>(const QJsonValue&);
template Result<MemberDraft> fromJson<MemberDraft>(const QJsonValue&);
template Result<CreatedMember> fromJson<CreatedMember>(const QJsonValue&);
template Result<ChildEdit> fromJson<ChildEdit>(const QJsonValue&);
template Result<ContractTerms> fromJson<ContractTerms>(const QJsonValue&);
template Result<StaffDraft> fromJson<StaffDraft>(const QJsonValue&);
template Result<CreatedStaff> fromJson<CreatedStaff>(const QJsonValue&);
template Result<BankHolidayDraft> fromJson<BankHolidayDraft>(const QJsonValue&);
template Result<CreatedBankHoliday> fromJson<CreatedBankHoliday>(const QJsonValue&);
template Result<BankHolidayChange> fromJson<BankHolidayChange>(const QJsonValue&);
template Result<StaffEdit> fromJson<StaffEdit>(const QJsonValue&);
template Result<StaffPassword> fromJson<StaffPassword>(const QJsonValue&);
template Result<OrganizationDraft> fromJson<OrganizationDraft>(const QJsonValue&);
template Result<CreatedOrganization> fromJson<CreatedOrganization>(const QJsonValue&);
template Result<FeeRateChange> fromJson<FeeRateChange>(const QJsonValue&);
template Result<RetryPolicyChange> fromJson<RetryPolicyChange>(const QJsonValue&);
template Result<RegisteredContract> fromJson<RegisteredContract>(const QJsonValue&);
template Result<CreditSettings> fromJson<CreditSettings>(const QJsonValue&);
template Result<ManualCreditRequest> fromJson<ManualCreditRequest>(const QJsonValue&);
template Result<ManualCreditResult> fromJson<ManualCreditResult>(const QJsonValue&);
template Result<CreditDecision> fromJson<CreditDecision>(const QJsonValue&);
template Result<MemberServiceChange> fromJson<MemberServiceChange>(const QJsonValue&);
template Result<ContractStatusChange> fromJson<ContractStatusChange>(const QJsonValue&);
template Result<ReconciliationQuery> fromJson<ReconciliationQuery>(const QJsonValue&);
template Result<ReconciliationCandidates> fromJson<ReconciliationCandidates>(const QJsonValue&);
template Result<ReconciliationApply> fromJson<ReconciliationApply>(const QJsonValue&);
template Result<ReconciliationOutcome> fromJson<ReconciliationOutcome>(const QJsonValue&);
template Result<ReminderRequest> fromJson<ReminderRequest>(const QJsonValue&);
template Result<ContactList> fromJson<ContactList>(const QJsonValue&);
template Result<BulkPreviewRequest> fromJson<BulkPreviewRequest>(const QJsonValue&);
template Result<BulkPreview> fromJson<BulkPreview>(const QJsonValue&);
template Result<BulkApplyRequest> fromJson<BulkApplyRequest>(const QJsonValue&);
template Result<BulkApplyResult> fromJson<BulkApplyResult>(const QJsonValue&);
template Result<DashboardRequest> fromJson<DashboardRequest>(const QJsonValue&);
template Result<ChartData> fromJson<ChartData>(const QJsonValue&);
template Result<QVector<ChainWatcherStatus>> fromJson<QVector<ChainWatcherStatus>>(const QJsonValue&);
template Result<InvoiceSettlement> fromJson<InvoiceSettlement>(const QJsonValue&);
template Result<LatePaymentDecision> fromJson<LatePaymentDecision>(const QJsonValue&);
template Result<AddressGapReport> fromJson<AddressGapReport>(const QJsonValue&);
template Result<ops::ExpiredCount> fromJson<ops::ExpiredCount>(const QJsonValue&);

template<>
Result<DetailRecord> fromJson<DetailRecord>(const QJsonValue& json)
{
    Context c;
    DetailRecord record;
    const QJsonObject object = json.toObject();
    if (!json.isObject()) {
        c.fail(QString(), QStringLiteral("expected an object, got %1").arg(typeName(json)));
    }
    Reader top{object, QString(), c};
    top("area", record.area);
    top("id", record.id);
    top("title", record.title);
    const QJsonArray fieldArray = object.value(QStringLiteral("fields")).toArray();
    for (qsizetype i = 0; i < fieldArray.size() && c.error.isEmpty(); ++i) {
        const QString path = QStringLiteral("fields[%1]").arg(i);
        Reader f{fieldArray.at(i).toObject(), path, c};
        DetailField field;
        f("group", field.group);
        f("key", field.key);
        f("type", field.type);
        f("currency", field.currency);
        f("currency_code", field.currencyCode);
        field.value = cellFromJson(fieldArray.at(i).toObject().value(QStringLiteral("value")), field.type,
                                   path + QStringLiteral(".value"), c);
        record.fields.append(field);
    }
    const QJsonArray tableArray = object.value(QStringLiteral("tables")).toArray();
    for (qsizetype i = 0; i < tableArray.size() && c.error.isEmpty(); ++i) {
        const QString path = QStringLiteral("tables[%1]").arg(i);
        const QJsonObject t = tableArray.at(i).toObject();
        Reader r{t, path, c};
        DetailTable table;
        r("key", table.key);
        r("columns", table.columns);
        table.rows = rowsFromJson(t.value(QStringLiteral("rows")), table.columns, path + QStringLiteral(".rows"), c);
        record.tables.append(table);
    }
    if (!c.error.isEmpty()) {
        return Error(Error::Kind::Invalid, QStringLiteral("The answer is not in the expected shape."), c.error);
    }
    return record;
}

Result<ListPage> pageFromJson(const QJsonValue& json, Area area)
{
    Context c;
    ListPage page;
    const QVector<ColumnInfo>& columns = areaColumns(area);
    const QJsonObject object = json.toObject();
    QStringList keys;
    if (!json.isObject()) {
        c.fail(QString(), QStringLiteral("expected an object, got %1").arg(typeName(json)));
    }
    Reader r{object, QString(), c};
    r("columns", keys);
    QStringList expected;
    for (const ColumnInfo& column : columns) {
        expected.append(column.key);
    }
    if (c.error.isEmpty() && keys != expected) {
        c.fail(QStringLiteral("columns"), QStringLiteral("the columns are not those of %1").arg(areaKey(area)));
    }
    if (c.error.isEmpty()) {
        page.rows = rowsFromJson(object.value(QStringLiteral("rows")), columns, QStringLiteral("rows"), c);
    }
    r("next_cursor", page.nextCursor);
    if (!c.error.isEmpty()) {
        return Error(Error::Kind::Invalid, QStringLiteral("The answer is not in the expected shape."), c.error);
    }
    return page;
}

QUrlQuery listQuery(const ListRequest& request)
{
    QUrlQuery query;
    for (auto it = request.filters.cbegin(); it != request.filters.cend(); ++it) {
        if (!it.value().isEmpty()) {
            query.addQueryItem(it.key(), it.value());
        }
    }
    if (!request.sortKey.isEmpty()) {
        query.addQueryItem(QStringLiteral("sort"), request.sortKey);
        query.addQueryItem(QStringLiteral("order"),
                           request.descending ? QStringLiteral("desc") : QStringLiteral("asc"));
    }
    if (!request.cursor.isEmpty()) {
        query.addQueryItem(QStringLiteral("cursor"), request.cursor);
    }
    if (!request.until.isEmpty()) {
        query.addQueryItem(QStringLiteral("until"), request.until);
    }
    query.addQueryItem(QStringLiteral("limit"), QString::number(request.limit));
    return query;
}

namespace {
Error badQuery(const QString& detail)
{
    return Error(Error::Kind::Invalid, QStringLiteral("The request's parameters are not valid."), detail);
}
} // namespace

Result<ListRequest> listRequestFromQuery(Area area, const QUrlQuery& query)
{
    ListRequest request;
    request.area = area;
    const QStringList filterKeys = areaFilterKeys(area);
    const auto items = query.queryItems(QUrl::FullyDecoded);
    for (const auto& item : items) {
        const QString& name = item.first;
        if (name == QLatin1String("sort")) {
            request.sortKey = item.second;
        } else if (name == QLatin1String("order")) {
            if (item.second != QLatin1String("asc") && item.second != QLatin1String("desc")) {
                return badQuery(QStringLiteral("order must be asc or desc"));
            }
            request.descending = item.second == QLatin1String("desc");
        } else if (name == QLatin1String("cursor")) {
            request.cursor = item.second;
        } else if (name == QLatin1String("until")) {
            request.until = item.second;
        } else if (name == QLatin1String("limit")) {
            bool ok = false;
            request.limit = item.second.toInt(&ok);
            if (!ok || request.limit < 1 || request.limit > 1000) {
                return badQuery(QStringLiteral("limit must be 1 to 1000"));
            }
        } else if (filterKeys.contains(name)) {
            request.filters.insert(name, item.second);
        } else {
            return badQuery(QStringLiteral("%1 is not a filter of %2; use %3")
                                .arg(name.left(40), areaKey(area), filterKeys.join(QStringLiteral(", "))));
        }
    }
    return request;
}

QUrlQuery dashboardQuery(const DashboardRequest& request)
{
    QUrlQuery query;
    query.addQueryItem(QStringLiteral("last_month"), request.lastMonth);
    query.addQueryItem(QStringLiteral("months"), QString::number(request.months));
    query.addQueryItem(QStringLiteral("org"), QString::number(request.organizationId));
    query.addQueryItem(QStringLiteral("today"), request.today.toString(Qt::ISODate));
    query.addQueryItem(QStringLiteral("utc_offset"), QString::number(request.utcOffsetSeconds));
    return query;
}

Result<DashboardRequest> dashboardRequestFromQuery(DashboardChart chart, const QUrlQuery& query)
{
    DashboardRequest request;
    request.chart = chart;
    request.lastMonth = query.queryItemValue(QStringLiteral("last_month"));
    bool ok = true;
    bool all = true;
    request.months = query.queryItemValue(QStringLiteral("months")).toInt(&ok);
    all = all && ok;
    request.organizationId = query.queryItemValue(QStringLiteral("org")).toLongLong(&ok);
    all = all && ok;
    request.utcOffsetSeconds = query.queryItemValue(QStringLiteral("utc_offset")).toInt(&ok);
    all = all && ok;
    request.today = QDate::fromString(query.queryItemValue(QStringLiteral("today")), Qt::ISODate);
    if (!all || !request.today.isValid()) {
        return badQuery(QStringLiteral("last_month, months, org, today and utc_offset are all required"));
    }
    const QString problem = request.validate();
    if (!problem.isEmpty()) {
        return Error(Error::Kind::Invalid, problem);
    }
    return request;
}

Result<QJsonValue> parse(const QByteArray& body)
{
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(body, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        return Error(Error::Kind::Invalid, QStringLiteral("The answer is not valid JSON."),
                     QStringLiteral("%1 at byte %2 of %3")
                         .arg(parseError.errorString())
                         .arg(parseError.offset)
                         .arg(body.size()));
    }
    if (document.isObject()) {
        return QJsonValue(document.object());
    }
    return QJsonValue(document.array());
}

int httpStatusFor(Error::Kind kind)
{
    switch (kind) {
    case Error::Kind::Invalid:
        return 400;
    case Error::Kind::Authentication:
        return 401;
    case Error::Kind::Permission:
        return 403;
    case Error::Kind::NotFound:
        return 404;
    case Error::Kind::Conflict:
        return 412;
    case Error::Kind::Cancelled:
        return 499;
    case Error::Kind::Timeout:
        return 504;
    case Error::Kind::NotPaydesk:
    case Error::Kind::SchemaTooNew:
    case Error::Kind::SchemaOutdated:
    case Error::Kind::EmptyDatabase:
    case Error::Kind::Connection:
        return 503;
    case Error::Kind::None:
    case Error::Kind::Tls:
    case Error::Kind::Database:
    case Error::Kind::Network:
    case Error::Kind::Internal:
        break;
    }
    return 500;
}

QJsonObject problem(const Error& error, int httpStatus)
{
    QJsonObject object;
    const QString kind = Error::kindName(error.kind);
    object.insert(QStringLiteral("type"), QString(QStringLiteral("https://paydesk.invalid/problems/") + kind));
    object.insert(QStringLiteral("title"), error.message);
    object.insert(QStringLiteral("status"), httpStatus);
    if (!error.detail.isEmpty()) {
        object.insert(QStringLiteral("detail"), error.detail);
    }
    object.insert(QStringLiteral("kind"), kind);
    // The sentence as a catalog code and its values, so a client shows it in its language.
    if (const auto coded = messages::identify(error.message)) {
        object.insert(QStringLiteral("code"), coded->code);
        object.insert(QStringLiteral("args"), QJsonArray::fromStringList(coded->args));
    }
    return object;
}

Error errorFromProblem(const QByteArray& body, int httpStatus)
{
    Error::Kind kind = Error::Kind::Network;
    switch (httpStatus) {
    case 400:
    case 422:
        kind = Error::Kind::Invalid;
        break;
    case 401:
        kind = Error::Kind::Authentication;
        break;
    case 403:
        kind = Error::Kind::Permission;
        break;
    case 404:
        kind = Error::Kind::NotFound;
        break;
    case 409:
    case 412:
        kind = Error::Kind::Conflict;
        break;
    case 408:
    case 504:
        kind = Error::Kind::Timeout;
        break;
    default:
        kind = httpStatus >= 500 ? Error::Kind::Database : Error::Kind::Network;
        break;
    }
    const QJsonObject object = QJsonDocument::fromJson(body).object();
    const QString title = object.value(QStringLiteral("title")).toString();
    if (title.isEmpty()) {
        return Error(kind, QStringLiteral("The server answered %1.").arg(httpStatus),
                     QString::fromUtf8(body.left(300)).trimmed());
    }
    const QString named = object.value(QStringLiteral("kind")).toString();
    if (!named.isEmpty() && Error::kindName(Error::kindFromName(named)) == named) {
        kind = Error::kindFromName(named);
    }
    Error error(kind, title, object.value(QStringLiteral("detail")).toString());
    error.code = object.value(QStringLiteral("code")).toString();
    for (const QJsonValue& arg : object.value(QStringLiteral("args")).toArray()) {
        error.args << arg.toString();
    }
    // The console's own words for a sentence it knows; the server's English otherwise.
    if (const QString local = messages::render(error.code, error.args); !local.isEmpty()) {
        error.message = local;
    }
    return error;
}

} // namespace pd::json
