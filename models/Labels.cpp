#include "Labels.h"

#include "Pages.h"

#include "Money.h"

#include <QCoreApplication>
#include <QHash>

namespace pd::models {

namespace {
struct Entry
{
    const char* key;
    const char* text;
};

// Marked with QT_TRANSLATE_NOOP (written out: lupdate does not expand macros); translated at
// lookup.

const Entry kFieldTitles[] = {
    {"id", QT_TRANSLATE_NOOP("pd::models::Labels", "ID")},
    {"email", QT_TRANSLATE_NOOP("pd::models::Labels", "Email")},
    {"last_name", QT_TRANSLATE_NOOP("pd::models::Labels", "Last name")},
    {"first_name", QT_TRANSLATE_NOOP("pd::models::Labels", "First name")},
    {"phone", QT_TRANSLATE_NOOP("pd::models::Labels", "Phone")},
    {"country_code", QT_TRANSLATE_NOOP("pd::models::Labels", "Country")},
    {"preferred_currency", QT_TRANSLATE_NOOP("pd::models::Labels", "Preferred currency")},
    {"kyc_status", QT_TRANSLATE_NOOP("pd::models::Labels", "KYC status")},
    {"kyc_level", QT_TRANSLATE_NOOP("pd::models::Labels", "KYC level")},
    {"user_kyc_level", QT_TRANSLATE_NOOP("pd::models::Labels", "User's KYC level")},
    {"organization", QT_TRANSLATE_NOOP("pd::models::Labels", "Organization")},
    {"is_active", QT_TRANSLATE_NOOP("pd::models::Labels", "Active")},
    {"is_verified", QT_TRANSLATE_NOOP("pd::models::Labels", "Verified")},
    {"circle_wallet_id", QT_TRANSLATE_NOOP("pd::models::Labels", "Circle wallet")},
    {"created_at", QT_TRANSLATE_NOOP("pd::models::Labels", "Created")},
    {"updated_at", QT_TRANSLATE_NOOP("pd::models::Labels", "Updated")},
    {"last_login_at", QT_TRANSLATE_NOOP("pd::models::Labels", "Last login")},
    {"full_name", QT_TRANSLATE_NOOP("pd::models::Labels", "Full name")},
    {"document_type", QT_TRANSLATE_NOOP("pd::models::Labels", "Document type")},
    {"document_number_masked", QT_TRANSLATE_NOOP("pd::models::Labels", "Document number")},
    {"nationality", QT_TRANSLATE_NOOP("pd::models::Labels", "Nationality")},
    {"date_of_birth", QT_TRANSLATE_NOOP("pd::models::Labels", "Date of birth")},
    {"gender", QT_TRANSLATE_NOOP("pd::models::Labels", "Gender")},
    {"address_line1", QT_TRANSLATE_NOOP("pd::models::Labels", "Address")},
    {"address_line2", QT_TRANSLATE_NOOP("pd::models::Labels", "Address (line 2)")},
    {"city", QT_TRANSLATE_NOOP("pd::models::Labels", "City")},
    {"state_province", QT_TRANSLATE_NOOP("pd::models::Labels", "State or province")},
    {"postal_code", QT_TRANSLATE_NOOP("pd::models::Labels", "Postal code")},
    {"country", QT_TRANSLATE_NOOP("pd::models::Labels", "Country")},
    {"occupation", QT_TRANSLATE_NOOP("pd::models::Labels", "Occupation")},
    {"employer", QT_TRANSLATE_NOOP("pd::models::Labels", "Employer")},
    {"income_range", QT_TRANSLATE_NOOP("pd::models::Labels", "Income range")},
    {"source_of_funds", QT_TRANSLATE_NOOP("pd::models::Labels", "Source of funds")},
    {"file_url", QT_TRANSLATE_NOOP("pd::models::Labels", "File")},
    {"file_type", QT_TRANSLATE_NOOP("pd::models::Labels", "File type")},
    {"file_size", QT_TRANSLATE_NOOP("pd::models::Labels", "File size (bytes)")},
    {"verification_status", QT_TRANSLATE_NOOP("pd::models::Labels", "Verification status")},
    {"verification_method", QT_TRANSLATE_NOOP("pd::models::Labels", "Verification method")},
    {"verification_notes", QT_TRANSLATE_NOOP("pd::models::Labels", "Verification notes")},
    {"verified_by", QT_TRANSLATE_NOOP("pd::models::Labels", "Verified by")},
    {"verified_at", QT_TRANSLATE_NOOP("pd::models::Labels", "Verified at")},
    {"compliance_check_id", QT_TRANSLATE_NOOP("pd::models::Labels", "Compliance check")},
    {"risk_score", QT_TRANSLATE_NOOP("pd::models::Labels", "Risk score")},
    {"risk_factors", QT_TRANSLATE_NOOP("pd::models::Labels", "Risk factors")},
    {"expires_at", QT_TRANSLATE_NOOP("pd::models::Labels", "Expires")},
    {"username", QT_TRANSLATE_NOOP("pd::models::Labels", "Member")},
    {"amount", QT_TRANSLATE_NOOP("pd::models::Labels", "Amount")},
    {"address", QT_TRANSLATE_NOOP("pd::models::Labels", "Address")},
    {"status", QT_TRANSLATE_NOOP("pd::models::Labels", "Status")},
    {"description", QT_TRANSLATE_NOOP("pd::models::Labels", "Description")},
    {"confirmed_at", QT_TRANSLATE_NOOP("pd::models::Labels", "Confirmed at")},
    {"paid_at", QT_TRANSLATE_NOOP("pd::models::Labels", "Paid")},
    {"tx_hash", QT_TRANSLATE_NOOP("pd::models::Labels", "Transaction hash")},
    {"received_sats", QT_TRANSLATE_NOOP("pd::models::Labels", "Received")},
    {"exception", QT_TRANSLATE_NOOP("pd::models::Labels", "Exception")},
    {"resolution", QT_TRANSLATE_NOOP("pd::models::Labels", "Decision")},
    {"confirmed_height", QT_TRANSLATE_NOOP("pd::models::Labels", "Block height")},
    {"derivation_index", QT_TRANSLATE_NOOP("pd::models::Labels", "Address index")},
    {"balance_after", QT_TRANSLATE_NOOP("pd::models::Labels", "Balance after")},
    {"invoice_id", QT_TRANSLATE_NOOP("pd::models::Labels", "Invoice")},
    {"payment_id", QT_TRANSLATE_NOOP("pd::models::Labels", "Payment")},
    {"payment_month", QT_TRANSLATE_NOOP("pd::models::Labels", "Month")},
    {"member", QT_TRANSLATE_NOOP("pd::models::Labels", "Member")},
    {"institution", QT_TRANSLATE_NOOP("pd::models::Labels", "Institution")},
    {"center", QT_TRANSLATE_NOOP("pd::models::Labels", "Center")},
    {"center_code", QT_TRANSLATE_NOOP("pd::models::Labels", "Center code")},
    {"method", QT_TRANSLATE_NOOP("pd::models::Labels", "Method")},
    {"due_date", QT_TRANSLATE_NOOP("pd::models::Labels", "Due date")},
    {"tid", QT_TRANSLATE_NOOP("pd::models::Labels", "Provider reference")},
    {"order_id", QT_TRANSLATE_NOOP("pd::models::Labels", "Order ID")},
    {"failure_code", QT_TRANSLATE_NOOP("pd::models::Labels", "Failure code")},
    {"failure_reason", QT_TRANSLATE_NOOP("pd::models::Labels", "Failure reason")},
    {"attempt_count", QT_TRANSLATE_NOOP("pd::models::Labels", "Attempts")},
    {"settlement_month", QT_TRANSLATE_NOOP("pd::models::Labels", "Month")},
    {"payment_count", QT_TRANSLATE_NOOP("pd::models::Labels", "Payments")},
    {"gross_amount", QT_TRANSLATE_NOOP("pd::models::Labels", "Gross")},
    {"fee_amount", QT_TRANSLATE_NOOP("pd::models::Labels", "Fee")},
    {"net_amount", QT_TRANSLATE_NOOP("pd::models::Labels", "Net")},
    {"confirmed_by", QT_TRANSLATE_NOOP("pd::models::Labels", "Confirmed by")},
    {"months_owed", QT_TRANSLATE_NOOP("pd::models::Labels", "Months owed")},
    {"amount_owed", QT_TRANSLATE_NOOP("pd::models::Labels", "Amount owed")},
    {"days_overdue", QT_TRANSLATE_NOOP("pd::models::Labels", "Days overdue")},
    {"band", QT_TRANSLATE_NOOP("pd::models::Labels", "Severity")},
    {"oldest_due", QT_TRANSLATE_NOOP("pd::models::Labels", "Oldest due date")},
    {"last_failure", QT_TRANSLATE_NOOP("pd::models::Labels", "Last failure")},
    {"service_status", QT_TRANSLATE_NOOP("pd::models::Labels", "Service status")},
    {"enrolled_at", QT_TRANSLATE_NOOP("pd::models::Labels", "Enrolled")},
    {"contract_id", QT_TRANSLATE_NOOP("pd::models::Labels", "CMS contract")},
    {"bank_name", QT_TRANSLATE_NOOP("pd::models::Labels", "Bank")},
    {"account_masked", QT_TRANSLATE_NOOP("pd::models::Labels", "Account")},
    {"payment_day", QT_TRANSLATE_NOOP("pd::models::Labels", "Payment day")},
    {"monthly_amount", QT_TRANSLATE_NOOP("pd::models::Labels", "Monthly fee")},
    {"cms_status", QT_TRANSLATE_NOOP("pd::models::Labels", "CMS status")},
    {"chain_name", QT_TRANSLATE_NOOP("pd::models::Labels", "Chain")},
    {"wallet_address", QT_TRANSLATE_NOOP("pd::models::Labels", "Wallet address")},
    {"usdc_balance", QT_TRANSLATE_NOOP("pd::models::Labels", "USDC balance")},
    {"transaction_type", QT_TRANSLATE_NOOP("pd::models::Labels", "Type")},
    {"merchant_name", QT_TRANSLATE_NOOP("pd::models::Labels", "Merchant")},
    {"name", QT_TRANSLATE_NOOP("pd::models::Labels", "Name")},
    {"birth_date", QT_TRANSLATE_NOOP("pd::models::Labels", "Birth date")},
    {"class_name", QT_TRANSLATE_NOOP("pd::models::Labels", "Class")},
    {"user_id", QT_TRANSLATE_NOOP("pd::models::Labels", "User")},
    {"version", QT_TRANSLATE_NOOP("pd::models::Labels", "Version")},
    {"review_stage", QT_TRANSLATE_NOOP("pd::models::Labels", "Review stage")},
    {"age", QT_TRANSLATE_NOOP("pd::models::Labels", "Waiting")},
    {"claimed_by", QT_TRANSLATE_NOOP("pd::models::Labels", "Claimed by")},
    {"claim_expires_at", QT_TRANSLATE_NOOP("pd::models::Labels", "Claim ends")},
    {"first_approved_by", QT_TRANSLATE_NOOP("pd::models::Labels", "First approval by")},
    {"first_approved_at", QT_TRANSLATE_NOOP("pd::models::Labels", "First approval at")},
    {"resubmitted_at", QT_TRANSLATE_NOOP("pd::models::Labels", "Resubmitted")},
    {"hold_reason", QT_TRANSLATE_NOOP("pd::models::Labels", "On hold because")},
    {"held_by", QT_TRANSLATE_NOOP("pd::models::Labels", "Put on hold by")},
    {"held_at", QT_TRANSLATE_NOOP("pd::models::Labels", "On hold since")},
    {"sla_clock_from", QT_TRANSLATE_NOOP("pd::models::Labels", "SLA counted from")},
    {"assigned_to", QT_TRANSLATE_NOOP("pd::models::Labels", "Assigned to")},
    {"occurred_at", QT_TRANSLATE_NOOP("pd::models::Labels", "When")},
    {"actor", QT_TRANSLATE_NOOP("pd::models::Labels", "Who")},
    {"action", QT_TRANSLATE_NOOP("pd::models::Labels", "Action")},
    {"file_name", QT_TRANSLATE_NOOP("pd::models::Labels", "File")},
    {"line_no", QT_TRANSLATE_NOOP("pd::models::Labels", "Line")},
    {"result_code", QT_TRANSLATE_NOOP("pd::models::Labels", "Result code")},
    {"outcome", QT_TRANSLATE_NOOP("pd::models::Labels", "Outcome")},
    {"imported_at", QT_TRANSLATE_NOOP("pd::models::Labels", "Imported")},
    {"fee_bp", QT_TRANSLATE_NOOP("pd::models::Labels", "Fee rate (basis points)")},
    {"entity_id", QT_TRANSLATE_NOOP("pd::models::Labels", "Record")},
    {"reason", QT_TRANSLATE_NOOP("pd::models::Labels", "Reason or note")},
    {"chain_id", QT_TRANSLATE_NOOP("pd::models::Labels", "Chain ID")},
    {"last_balance_update", QT_TRANSLATE_NOOP("pd::models::Labels", "Balance updated")},
    {"currency", QT_TRANSLATE_NOOP("pd::models::Labels", "Currency")},
    {"total_fee", QT_TRANSLATE_NOOP("pd::models::Labels", "Total fee")},
    {"gas_fee", QT_TRANSLATE_NOOP("pd::models::Labels", "Gas fee")},
    {"service_fee", QT_TRANSLATE_NOOP("pd::models::Labels", "Service fee")},
    {"transaction_hash", QT_TRANSLATE_NOOP("pd::models::Labels", "Transaction hash")},
    {"transaction_id", QT_TRANSLATE_NOOP("pd::models::Labels", "Transaction ID")},
    {"qr_code_id", QT_TRANSLATE_NOOP("pd::models::Labels", "QR code")},
    {"completed_at", QT_TRANSLATE_NOOP("pd::models::Labels", "Completed")},
    {"usd_amount", QT_TRANSLATE_NOOP("pd::models::Labels", "USD amount")},
    {"local_amount", QT_TRANSLATE_NOOP("pd::models::Labels", "Local amount")},
    {"local_currency", QT_TRANSLATE_NOOP("pd::models::Labels", "Local currency")},
    {"merchant_id", QT_TRANSLATE_NOOP("pd::models::Labels", "Merchant ID")},
    {"notes", QT_TRANSLATE_NOOP("pd::models::Labels", "Notes")},
    {"source_chain", QT_TRANSLATE_NOOP("pd::models::Labels", "Source chain")},
    {"target_chain", QT_TRANSLATE_NOOP("pd::models::Labels", "Target chain")},
    {"source_address", QT_TRANSLATE_NOOP("pd::models::Labels", "Source address")},
    {"target_address", QT_TRANSLATE_NOOP("pd::models::Labels", "Target address")},
    {"extra_metadata", QT_TRANSLATE_NOOP("pd::models::Labels", "Metadata")},
    {"code", QT_TRANSLATE_NOOP("pd::models::Labels", "Code")},
    {"org_type", QT_TRANSLATE_NOOP("pd::models::Labels", "Type")},
    {"parent", QT_TRANSLATE_NOOP("pd::models::Labels", "Parent organization")},
    {"settlement_fee_bp", QT_TRANSLATE_NOOP("pd::models::Labels", "Fee rate in force (basis points)")},
    {"retry_limit", QT_TRANSLATE_NOOP("pd::models::Labels", "Retries of a failed debit")},
    {"retry_interval_days", QT_TRANSLATE_NOOP("pd::models::Labels", "Banking days between retries")},
    {"own_fee_bp", QT_TRANSLATE_NOOP("pd::models::Labels", "Own fee rate (basis points)")},
    {"effective_month", QT_TRANSLATE_NOOP("pd::models::Labels", "From month")},
    {"set_by", QT_TRANSLATE_NOOP("pd::models::Labels", "Set by")},
    {"set_at", QT_TRANSLATE_NOOP("pd::models::Labels", "Set at")},
    {"member_count", QT_TRANSLATE_NOOP("pd::models::Labels", "Members")},
    {"login", QT_TRANSLATE_NOOP("pd::models::Labels", "Login")},
    {"display_name", QT_TRANSLATE_NOOP("pd::models::Labels", "Name")},
    {"role", QT_TRANSLATE_NOOP("pd::models::Labels", "Role")},
    {"server_password", QT_TRANSLATE_NOOP("pd::models::Labels", "Server password")},
    {"second_factor", QT_TRANSLATE_NOOP("pd::models::Labels", "Second factor")},
    {"last_sign_in_at", QT_TRANSLATE_NOOP("pd::models::Labels", "Last sign-in")},
    {"entity", QT_TRANSLATE_NOOP("pd::models::Labels", "Record type")},
    {"field", QT_TRANSLATE_NOOP("pd::models::Labels", "Field")},
    {"before", QT_TRANSLATE_NOOP("pd::models::Labels", "Before")},
    {"after", QT_TRANSLATE_NOOP("pd::models::Labels", "After")},
    {"account_holder", QT_TRANSLATE_NOOP("pd::models::Labels", "Account holder")},
    {"organization_id", QT_TRANSLATE_NOOP("pd::models::Labels", "Organization ID")},
    {"parent_id", QT_TRANSLATE_NOOP("pd::models::Labels", "Parent ID")},
    {"contract_row_id", QT_TRANSLATE_NOOP("pd::models::Labels", "Contract ID")},
    {"contract_version", QT_TRANSLATE_NOOP("pd::models::Labels", "Contract version")},
    {"bank_code", QT_TRANSLATE_NOOP("pd::models::Labels", "Bank code")},
    {"before_data", QT_TRANSLATE_NOOP("pd::models::Labels", "Before (JSON)")},
    {"after_data", QT_TRANSLATE_NOOP("pd::models::Labels", "After (JSON)")},
    {"amount_sats", QT_TRANSLATE_NOOP("pd::models::Labels", "Amount")},
    {"requested_by", QT_TRANSLATE_NOOP("pd::models::Labels", "Asked by")},
    {"requested_at", QT_TRANSLATE_NOOP("pd::models::Labels", "Asked")},
    {"decided_by", QT_TRANSLATE_NOOP("pd::models::Labels", "Decided by")},
    {"decided_at", QT_TRANSLATE_NOOP("pd::models::Labels", "Decided")},
    {"decision_note", QT_TRANSLATE_NOOP("pd::models::Labels", "Decision note")},
    {"credit_balance", QT_TRANSLATE_NOOP("pd::models::Labels", "Credit balance")},
    {"credit_id", QT_TRANSLATE_NOOP("pd::models::Labels", "Credit")},
    {"scheduled_date", QT_TRANSLATE_NOOP("pd::models::Labels", "Scheduled date")},
    {"amount_due", QT_TRANSLATE_NOOP("pd::models::Labels", "Amount due")},
    {"flags", QT_TRANSLATE_NOOP("pd::models::Labels", "Check first")},
    {"payment_status", QT_TRANSLATE_NOOP("pd::models::Labels", "This month's payment")},
    {"last_result", QT_TRANSLATE_NOOP("pd::models::Labels", "Last month's result")},
    {"recent_failures", QT_TRANSLATE_NOOP("pd::models::Labels", "Failed months (6)")},
    {"attempt", QT_TRANSLATE_NOOP("pd::models::Labels", "Retry no.")},
    {"reason_action", QT_TRANSLATE_NOOP("pd::models::Labels", "What the failure asks for")},
    {"last_reminded_at", QT_TRANSLATE_NOOP("pd::models::Labels", "Last reminded")},
    {"last_reminded_by", QT_TRANSLATE_NOOP("pd::models::Labels", "Reminded by")},
    {"account_changed_at", QT_TRANSLATE_NOOP("pd::models::Labels", "Account changed")},
    {"day", QT_TRANSLATE_NOOP("pd::models::Labels", "Day")},
    {"active", QT_TRANSLATE_NOOP("pd::models::Labels", "In force")},
    {"changed_by", QT_TRANSLATE_NOOP("pd::models::Labels", "Changed by")},
    {"changed_at", QT_TRANSLATE_NOOP("pd::models::Labels", "Changed at")},
};

// Where a list column's title differs from the field title.
struct AreaEntry
{
    Area area;
    const char* key;
    const char* text;
};
const AreaEntry kAreaColumnTitles[] = {
    {Area::Users, "created_at", QT_TRANSLATE_NOOP("pd::models::Labels", "Joined")},
    {Area::KycDocuments, "created_at", QT_TRANSLATE_NOOP("pd::models::Labels", "Submitted")},
    {Area::Invoices, "organization", QT_TRANSLATE_NOOP("pd::models::Labels", "Institution")},
    {Area::Settlements, "paid_at", QT_TRANSLATE_NOOP("pd::models::Labels", "Paid out")},
};

const Entry kSections[] = {
    {"user", QT_TRANSLATE_NOOP("pd::models::Labels", "User")},
    {"parent", QT_TRANSLATE_NOOP("pd::models::Labels", "Parent membership")},
    {"document", QT_TRANSLATE_NOOP("pd::models::Labels", "Document")},
    {"level1", QT_TRANSLATE_NOOP("pd::models::Labels", "Personal data (level 1)")},
    {"level2", QT_TRANSLATE_NOOP("pd::models::Labels", "Address and occupation (level 2)")},
    {"file", QT_TRANSLATE_NOOP("pd::models::Labels", "Document file")},
    {"verification", QT_TRANSLATE_NOOP("pd::models::Labels", "Verification")},
    {"compliance", QT_TRANSLATE_NOOP("pd::models::Labels", "Compliance")},
    {"review", QT_TRANSLATE_NOOP("pd::models::Labels", "Review")},
    {"history", QT_TRANSLATE_NOOP("pd::models::Labels", "Review history of this user's documents")},
    {"audit", QT_TRANSLATE_NOOP("pd::models::Labels", "Audit log")},
    {"invoice", QT_TRANSLATE_NOOP("pd::models::Labels", "Invoice")},
    {"chain", QT_TRANSLATE_NOOP("pd::models::Labels", "On chain")},
    {"payment", QT_TRANSLATE_NOOP("pd::models::Labels", "Payment")},
    {"member", QT_TRANSLATE_NOOP("pd::models::Labels", "Member")},
    {"settlement", QT_TRANSLATE_NOOP("pd::models::Labels", "Settlement")},
    {"meta", QT_TRANSLATE_NOOP("pd::models::Labels", "Record")},
    {"wallets", QT_TRANSLATE_NOOP("pd::models::Labels", "Wallets")},
    {"transactions", QT_TRANSLATE_NOOP("pd::models::Labels", "Recent transactions")},
    {"kyc_documents", QT_TRANSLATE_NOOP("pd::models::Labels", "KYC documents")},
    {"children", QT_TRANSLATE_NOOP("pd::models::Labels", "Children")},
    {"payments", QT_TRANSLATE_NOOP("pd::models::Labels", "Recent payments")},
    {"credits", QT_TRANSLATE_NOOP("pd::models::Labels", "Credits (BCH ledger)")},
    {"other_documents", QT_TRANSLATE_NOOP("pd::models::Labels", "The user's other documents")},
    {"payments_by_method", QT_TRANSLATE_NOOP("pd::models::Labels", "Successful payments by method")},
    {"owed_payments", QT_TRANSLATE_NOOP("pd::models::Labels", "Unpaid months")},
    {"payment_history", QT_TRANSLATE_NOOP("pd::models::Labels", "History of this payment")},
    {"reconciliation", QT_TRANSLATE_NOOP("pd::models::Labels", "Result file lines")},
    {"settlement_history", QT_TRANSLATE_NOOP("pd::models::Labels", "History of this settlement")},
    {"contract", QT_TRANSLATE_NOOP("pd::models::Labels", "Auto-debit contract")},
    {"invoices", QT_TRANSLATE_NOOP("pd::models::Labels", "BCH invoices")},
    {"wallet", QT_TRANSLATE_NOOP("pd::models::Labels", "Wallet")},
    {"transaction", QT_TRANSLATE_NOOP("pd::models::Labels", "Transaction")},
    {"fees", QT_TRANSLATE_NOOP("pd::models::Labels", "Fees")},
    {"organization", QT_TRANSLATE_NOOP("pd::models::Labels", "Organization")},
    {"sub_organizations", QT_TRANSLATE_NOOP("pd::models::Labels", "Organizations below")},
    {"staff_members", QT_TRANSLATE_NOOP("pd::models::Labels", "Staff here")},
    {"fee_rates", QT_TRANSLATE_NOOP("pd::models::Labels", "Fee rates by month")},
    {"staff", QT_TRANSLATE_NOOP("pd::models::Labels", "Staff member")},
    {"actions", QT_TRANSLATE_NOOP("pd::models::Labels", "What this staff member did")},
    {"event", QT_TRANSLATE_NOOP("pd::models::Labels", "Event")},
    {"changes", QT_TRANSLATE_NOOP("pd::models::Labels", "Changes (before and after)")},
    {"credit_request", QT_TRANSLATE_NOOP("pd::models::Labels", "Manual credit")},
    {"holiday", QT_TRANSLATE_NOOP("pd::models::Labels", "Bank holiday")},
};

const Entry kStatuses[] = {
    {"pending", QT_TRANSLATE_NOOP("pd::models::Labels", "Pending")},
    {"approved", QT_TRANSLATE_NOOP("pd::models::Labels", "Approved")},
    {"rejected", QT_TRANSLATE_NOOP("pd::models::Labels", "Rejected")},
    {"needs_info", QT_TRANSLATE_NOOP("pd::models::Labels", "Needs information")},
    {"success", QT_TRANSLATE_NOOP("pd::models::Labels", "Paid")},
    {"failed", QT_TRANSLATE_NOOP("pd::models::Labels", "Failed")},
    {"cancelled", QT_TRANSLATE_NOOP("pd::models::Labels", "Cancelled")},
    {"refunded", QT_TRANSLATE_NOOP("pd::models::Labels", "Refunded")},
    {"confirmed", QT_TRANSLATE_NOOP("pd::models::Labels", "Confirmed")},
    {"expired", QT_TRANSLATE_NOOP("pd::models::Labels", "Expired")},
    {"draft", QT_TRANSLATE_NOOP("pd::models::Labels", "Draft")},
    {"completed", QT_TRANSLATE_NOOP("pd::models::Labels", "Completed")},
    {"active", QT_TRANSLATE_NOOP("pd::models::Labels", "Active")},
    {"paused", QT_TRANSLATE_NOOP("pd::models::Labels", "Paused")},
    {"withdrawn", QT_TRANSLATE_NOOP("pd::models::Labels", "Withdrawn")},
    {"suspended", QT_TRANSLATE_NOOP("pd::models::Labels", "Suspended")},
    {"terminated", QT_TRANSLATE_NOOP("pd::models::Labels", "Terminated")},
    {"pending_registration", QT_TRANSLATE_NOOP("pd::models::Labels", "Registration pending")},
};

const Entry kMethods[] = {
    {"cms", QT_TRANSLATE_NOOP("pd::models::Labels", "CMS auto-debit")},
    {"card", QT_TRANSLATE_NOOP("pd::models::Labels", "Card")},
    {"bch", QT_TRANSLATE_NOOP("pd::models::Labels", "Bitcoin Cash")},
    {"manual", QT_TRANSLATE_NOOP("pd::models::Labels", "Manual")},
};

const Entry kDocumentTypes[] = {
    {"national_id", QT_TRANSLATE_NOOP("pd::models::Labels", "National ID card")},
    {"passport", QT_TRANSLATE_NOOP("pd::models::Labels", "Passport")},
    {"drivers_license", QT_TRANSLATE_NOOP("pd::models::Labels", "Driver's license")},
    {"residence_permit", QT_TRANSLATE_NOOP("pd::models::Labels", "Residence permit")},
    {"proof_of_address", QT_TRANSLATE_NOOP("pd::models::Labels", "Proof of address")},
};

const Entry kReviewStages[] = {
    {"new", QT_TRANSLATE_NOOP("pd::models::Labels", "New submission")},
    {"resubmitted", QT_TRANSLATE_NOOP("pd::models::Labels", "Resubmitted")},
    {"second_approval", QT_TRANSLATE_NOOP("pd::models::Labels", "Needs second approval")},
    {"on_hold", QT_TRANSLATE_NOOP("pd::models::Labels", "On hold")},
};

const Entry kAuditActions[] = {
    {"kyc.claim", QT_TRANSLATE_NOOP("pd::models::Labels", "Claimed")},
    {"kyc.release", QT_TRANSLATE_NOOP("pd::models::Labels", "Claim released")},
    {"kyc.approve", QT_TRANSLATE_NOOP("pd::models::Labels", "Approved")},
    {"kyc.first_approval", QT_TRANSLATE_NOOP("pd::models::Labels", "First approval (four eyes)")},
    {"kyc.reject", QT_TRANSLATE_NOOP("pd::models::Labels", "Rejected")},
    {"kyc.request_info", QT_TRANSLATE_NOOP("pd::models::Labels", "More information requested")},
    {"kyc.reveal_document_number", QT_TRANSLATE_NOOP("pd::models::Labels", "Document number revealed")},
    {"kyc.settings", QT_TRANSLATE_NOOP("pd::models::Labels", "Review settings changed")},
    {"payment.mark_paid", QT_TRANSLATE_NOOP("pd::models::Labels", "Marked paid by hand")},
    {"payment.cancel", QT_TRANSLATE_NOOP("pd::models::Labels", "Cancelled by hand")},
    {"payment.reconcile", QT_TRANSLATE_NOOP("pd::models::Labels", "Reconciled from a result file")},
    {"settlement.compute", QT_TRANSLATE_NOOP("pd::models::Labels", "Settlement computed")},
    {"settlement.confirm", QT_TRANSLATE_NOOP("pd::models::Labels", "Settlement confirmed")},
    {"settlement.mark_paid", QT_TRANSLATE_NOOP("pd::models::Labels", "Settlement paid out")},
    {"settlement.reopen", QT_TRANSLATE_NOOP("pd::models::Labels", "Settlement reopened")},
    {"reconciliation.import", QT_TRANSLATE_NOOP("pd::models::Labels", "Result file imported")},
    {"invoice.chain_paid", QT_TRANSLATE_NOOP("pd::models::Labels", "Seen on chain (unconfirmed)")},
    {"invoice.chain_confirmed", QT_TRANSLATE_NOOP("pd::models::Labels", "Confirmed on chain")},
    {"invoice.chain_underpaid", QT_TRANSLATE_NOOP("pd::models::Labels", "Underpaid on chain")},
    {"invoice.chain_paid_late", QT_TRANSLATE_NOOP("pd::models::Labels", "Paid after the expiry")},
    {"invoice.chain_reversed", QT_TRANSLATE_NOOP("pd::models::Labels", "Taken back (left the chain)")},
    {"invoice.chain_updated", QT_TRANSLATE_NOOP("pd::models::Labels", "Chain state updated")},
    {"invoice.accept_late", QT_TRANSLATE_NOOP("pd::models::Labels", "Late payment accepted")},
    {"invoice.refund_due", QT_TRANSLATE_NOOP("pd::models::Labels", "Marked for a refund")},
    {"invoice.expire", QT_TRANSLATE_NOOP("pd::models::Labels", "Expired")},
    {"payment.settled_by_invoice", QT_TRANSLATE_NOOP("pd::models::Labels", "Settled by a BCH invoice")},
    {"payment.chain_reversed", QT_TRANSLATE_NOOP("pd::models::Labels", "BCH settlement taken back")},
    {"user.deactivate", QT_TRANSLATE_NOOP("pd::models::Labels", "User deactivated")},
    {"user.reactivate", QT_TRANSLATE_NOOP("pd::models::Labels", "User reactivated")},
    {"staff.add", QT_TRANSLATE_NOOP("pd::models::Labels", "Staff member added")},
    {"staff.deactivate", QT_TRANSLATE_NOOP("pd::models::Labels", "Staff member deactivated")},
    {"staff.reactivate", QT_TRANSLATE_NOOP("pd::models::Labels", "Staff member reactivated")},
    {"staff.reset_mfa", QT_TRANSLATE_NOOP("pd::models::Labels", "Second factor reset")},
    {"cms.reveal_account_number", QT_TRANSLATE_NOOP("pd::models::Labels", "Account number revealed")},
    {"bch_account.activate", QT_TRANSLATE_NOOP("pd::models::Labels", "BCH account set")},
    {"invoice.create", QT_TRANSLATE_NOOP("pd::models::Labels", "Invoice created")},
    {"payment.settlement_frozen", QT_TRANSLATE_NOOP("pd::models::Labels", "Payment frozen by its settlement")},
    {"user_credit.bch_invoice", QT_TRANSLATE_NOOP("pd::models::Labels", "Credit from a BCH invoice")},
    {"user_credit.bch_reversal", QT_TRANSLATE_NOOP("pd::models::Labels", "Credit taken back")},
    {"member.pause", QT_TRANSLATE_NOOP("pd::models::Labels", "Service paused")},
    {"member.withdraw", QT_TRANSLATE_NOOP("pd::models::Labels", "Withdrawn from the service")},
    {"member.resume", QT_TRANSLATE_NOOP("pd::models::Labels", "Service resumed")},
    {"cms.activate", QT_TRANSLATE_NOOP("pd::models::Labels", "Contract active")},
    {"cms.suspend", QT_TRANSLATE_NOOP("pd::models::Labels", "Contract suspended")},
    {"member.remind", QT_TRANSLATE_NOOP("pd::models::Labels", "Reminder sent")},
    {"organization.retry_policy", QT_TRANSLATE_NOOP("pd::models::Labels", "Retry policy set")},
    {"cms.terminate", QT_TRANSLATE_NOOP("pd::models::Labels", "Contract terminated")},
    {"credit_request.create", QT_TRANSLATE_NOOP("pd::models::Labels", "Manual credit asked")},
    {"credit_request.approve", QT_TRANSLATE_NOOP("pd::models::Labels", "Manual credit approved")},
    {"credit_request.reject", QT_TRANSLATE_NOOP("pd::models::Labels", "Manual credit rejected")},
    {"user_credit.manual", QT_TRANSLATE_NOOP("pd::models::Labels", "Manual credit written")},
    {"bank_holiday.add", QT_TRANSLATE_NOOP("pd::models::Labels", "Bank holiday added")},
    {"bank_holiday.withdraw", QT_TRANSLATE_NOOP("pd::models::Labels", "Bank holiday withdrawn")},
    {"bank_holiday.restore", QT_TRANSLATE_NOOP("pd::models::Labels", "Bank holiday restored")},
};

// What a failure code asks for (migration 027; docs/DOMAIN.md, "Coded debit results"): the
// overdue list's column and filter and the reconciliation's next step.
const Entry kDebitActions[] = {
    {"retry", QT_TRANSLATE_NOOP("pd::models::Labels", "Retry at the next debit")},
    {"suspend", QT_TRANSLATE_NOOP("pd::models::Labels", "Suspend the contract")},
    {"update_account", QT_TRANSLATE_NOOP("pd::models::Labels", "Suspend; ask for a new account")},
    {"manual", QT_TRANSLATE_NOOP("pd::models::Labels", "Follow up by hand")},
    {"none", QT_TRANSLATE_NOOP("pd::models::Labels", "No code recorded")},
};

// The debit calendar's flags (core/sql/SqlLists.cpp), shown in this order.
const Entry kDebitFlags[] = {
    {"retry", QT_TRANSLATE_NOOP("pd::models::Labels", "retry of a failed debit")},
    {"suspended", QT_TRANSLATE_NOOP("pd::models::Labels", "contract suspended: not debited")},
    {"paused", QT_TRANSLATE_NOOP("pd::models::Labels", "service paused")},
    {"withdrawn", QT_TRANSLATE_NOOP("pd::models::Labels", "member withdrawn")},
    {"account_changed", QT_TRANSLATE_NOOP("pd::models::Labels", "account changed since the last debit")},
    {"repeated_failures", QT_TRANSLATE_NOOP("pd::models::Labels", "failed repeatedly")},
    {"settled", QT_TRANSLATE_NOOP("pd::models::Labels", "month already settled")},
};

const Entry kExceptions[] = {
    {"underpaid", QT_TRANSLATE_NOOP("pd::models::Labels", "Underpaid")},
    {"overpaid", QT_TRANSLATE_NOOP("pd::models::Labels", "Overpaid")},
    {"paid_late", QT_TRANSLATE_NOOP("pd::models::Labels", "Paid late")},
    {"accepted", QT_TRANSLATE_NOOP("pd::models::Labels", "Accepted")},
    {"refund_due", QT_TRANSLATE_NOOP("pd::models::Labels", "Refund due")},
};

const Entry kGenders[] = {
    {"female", QT_TRANSLATE_NOOP("pd::models::Labels", "Female")},
    {"male", QT_TRANSLATE_NOOP("pd::models::Labels", "Male")},
};

const Entry kTransactionTypes[] = {
    {"deposit", QT_TRANSLATE_NOOP("pd::models::Labels", "Deposit")},
    {"withdrawal", QT_TRANSLATE_NOOP("pd::models::Labels", "Withdrawal")},
    {"payment", QT_TRANSLATE_NOOP("pd::models::Labels", "Payment")},
    {"transfer", QT_TRANSLATE_NOOP("pd::models::Labels", "Transfer")},
    {"bch_invoice", QT_TRANSLATE_NOOP("pd::models::Labels", "BCH invoice paid")},
    {"bch_reversal", QT_TRANSLATE_NOOP("pd::models::Labels", "BCH payment taken back")},
    {"manual_credit", QT_TRANSLATE_NOOP("pd::models::Labels", "Manual credit")},
};

const Entry kRoles[] = {
    {"hq_admin", QT_TRANSLATE_NOOP("pd::models::Labels", "Headquarters")},
    {"regional_admin", QT_TRANSLATE_NOOP("pd::models::Labels", "Regional admin")},
    {"center_manager", QT_TRANSLATE_NOOP("pd::models::Labels", "Center manager")},
    {"kyc_reviewer", QT_TRANSLATE_NOOP("pd::models::Labels", "KYC reviewer")},
    {"auditor", QT_TRANSLATE_NOOP("pd::models::Labels", "Auditor")},
};

const Entry kOrgTypes[] = {
    {"hq", QT_TRANSLATE_NOOP("pd::models::Labels", "Headquarters")},
    {"region", QT_TRANSLATE_NOOP("pd::models::Labels", "Region")},
    {"center", QT_TRANSLATE_NOOP("pd::models::Labels", "Center")},
    {"institution", QT_TRANSLATE_NOOP("pd::models::Labels", "Institution")},
};

// audit_log.entity: the tables changes are recorded against.
const Entry kEntities[] = {
    {"users", QT_TRANSLATE_NOOP("pd::models::Labels", "User")},
    {"parents", QT_TRANSLATE_NOOP("pd::models::Labels", "Member")},
    {"children", QT_TRANSLATE_NOOP("pd::models::Labels", "Child")},
    {"cms_info", QT_TRANSLATE_NOOP("pd::models::Labels", "Auto-debit contract")},
    {"organizations", QT_TRANSLATE_NOOP("pd::models::Labels", "Organization")},
    {"staff", QT_TRANSLATE_NOOP("pd::models::Labels", "Staff member")},
    {"kyc_documents", QT_TRANSLATE_NOOP("pd::models::Labels", "KYC document")},
    {"kyc_settings", QT_TRANSLATE_NOOP("pd::models::Labels", "KYC settings")},
    {"invoices", QT_TRANSLATE_NOOP("pd::models::Labels", "BCH invoice")},
    {"bch_accounts", QT_TRANSLATE_NOOP("pd::models::Labels", "BCH account")},
    {"payments", QT_TRANSLATE_NOOP("pd::models::Labels", "Payment")},
    {"settlements", QT_TRANSLATE_NOOP("pd::models::Labels", "Settlement")},
    {"reconciliation_imports", QT_TRANSLATE_NOOP("pd::models::Labels", "Result file")},
    {"user_credits", QT_TRANSLATE_NOOP("pd::models::Labels", "Credit")},
    {"wallets", QT_TRANSLATE_NOOP("pd::models::Labels", "Wallet")},
    {"transactions", QT_TRANSLATE_NOOP("pd::models::Labels", "Transaction")},
    {"credit_requests", QT_TRANSLATE_NOOP("pd::models::Labels", "Manual credit request")},
    {"bank_holidays", QT_TRANSLATE_NOOP("pd::models::Labels", "Bank holiday")},
};

QString lookup(const Entry* begin, const Entry* end, const QString& key)
{
    for (const Entry* e = begin; e != end; ++e) {
        if (key == QLatin1String(e->key)) {
            return QCoreApplication::translate("pd::models::Labels", e->text);
        }
    }
    return {};
}

template<size_t N>
QString lookup(const Entry (&table)[N], const QString& key)
{
    return lookup(table, table + N, key);
}

struct LabelsText
{
    Q_DECLARE_TR_FUNCTIONS(pd::models::Labels)
};
} // namespace

QString Labels::fieldTitle(const QString& key)
{
    const QString title = lookup(kFieldTitles, key);
    return title.isEmpty() ? key : title;
}

QString Labels::columnTitle(Area area, const QString& key)
{
    for (const AreaEntry& e : kAreaColumnTitles) {
        if (e.area == area && key == QLatin1String(e.key)) {
            return LabelsText::tr(e.text);
        }
    }
    return fieldTitle(key);
}

QString Labels::sectionTitle(const QString& group)
{
    const QString title = lookup(kSections, group);
    return title.isEmpty() ? group : title;
}

QString Labels::areaTitle(Area area)
{
    return pageOf(area).translatedTitle();
}

bool Labels::hasVocabulary(const QString& columnKey)
{
    static const QStringList keys = {QStringLiteral("status"),
                                     QStringLiteral("kyc_status"),
                                     QStringLiteral("verification_status"),
                                     QStringLiteral("method"),
                                     QStringLiteral("document_type"),
                                     QStringLiteral("cms_status"),
                                     QStringLiteral("service_status"),
                                     QStringLiteral("transaction_type"),
                                     QStringLiteral("band"),
                                     QStringLiteral("gender"),
                                     QStringLiteral("review_stage"),
                                     QStringLiteral("action"),
                                     QStringLiteral("exception"),
                                     QStringLiteral("resolution"),
                                     QStringLiteral("role"),
                                     QStringLiteral("org_type"),
                                     QStringLiteral("entity"),
                                     QStringLiteral("payment_status"),
                                     QStringLiteral("last_result"),
                                     QStringLiteral("flags")};
    return keys.contains(columnKey);
}

QString Labels::valueLabel(Area area, const QString& columnKey, const QString& value)
{
    QString label;
    if (columnKey == QLatin1String("method")) {
        label = lookup(kMethods, value);
    } else if (columnKey == QLatin1String("document_type")) {
        label = lookup(kDocumentTypes, value);
    } else if (columnKey == QLatin1String("review_stage")) {
        label = lookup(kReviewStages, value);
    } else if (columnKey == QLatin1String("action")) {
        label = lookup(kAuditActions, value);
    } else if (columnKey == QLatin1String("exception") || columnKey == QLatin1String("resolution")) {
        label = lookup(kExceptions, value);
    } else if (columnKey == QLatin1String("gender")) {
        label = lookup(kGenders, value);
    } else if (columnKey == QLatin1String("role")) {
        label = lookup(kRoles, value);
    } else if (columnKey == QLatin1String("org_type")) {
        label = lookup(kOrgTypes, value);
    } else if (columnKey == QLatin1String("entity")) {
        label = lookup(kEntities, value);
    } else if (columnKey == QLatin1String("transaction_type")) {
        label = lookup(kTransactionTypes, value);
    } else if (columnKey == QLatin1String("flags")) {
        QStringList words;
        for (const QString& flag : value.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const QString word = lookup(kDebitFlags, flag);
            words << (word.isEmpty() ? flag : word);
        }
        label = words.join(QStringLiteral("; "));
    } else if (columnKey == QLatin1String("reason_action")) {
        label = lookup(kDebitActions, value);
    } else if (columnKey == QLatin1String("band")) {
        for (OverdueBand b :
             {OverdueBand::Days1to7, OverdueBand::Days8to30, OverdueBand::Days31to60, OverdueBand::Over60}) {
            if (overdueBandKey(b) == value) {
                label = bandLabel(b);
            }
        }
    } else if (hasVocabulary(columnKey)) {
        // "paid" means different things for an invoice and a settlement.
        if (value == QLatin1String("paid")) {
            label = area == Area::Settlements ? LabelsText::tr("Paid out") : LabelsText::tr("Paid, unconfirmed");
        } else {
            label = lookup(kStatuses, value);
        }
    }
    return label.isEmpty() ? value : label;
}

QString Labels::bandLabel(OverdueBand band)
{
    switch (band) {
    case OverdueBand::None:
        return {};
    case OverdueBand::Days1to7:
        return LabelsText::tr("1-7 days");
    case OverdueBand::Days8to30:
        return LabelsText::tr("8-30 days");
    case OverdueBand::Days31to60:
        return LabelsText::tr("31-60 days");
    case OverdueBand::Over60:
        return LabelsText::tr("over 60 days");
    }
    return {};
}

QColor Labels::bandColor(OverdueBand band)
{
    // Light tints that keep black text readable (WCAG contrast > 7:1 on all four).
    switch (band) {
    case OverdueBand::None:
        return {};
    case OverdueBand::Days1to7:
        return QColor(0xff, 0xf4, 0xc2); // pale yellow
    case OverdueBand::Days8to30:
        return QColor(0xff, 0xdd, 0xa8); // light orange
    case OverdueBand::Days31to60:
        return QColor(0xff, 0xbf, 0xa8); // salmon
    case OverdueBand::Over60:
        return QColor(0xf5, 0x9e, 0xa4); // rose
    }
    return {};
}

QString Labels::kycSlaLabel(KycSla sla)
{
    switch (sla) {
    case KycSla::OnTime:
        return LabelsText::tr("on time");
    case KycSla::DueSoon:
        return LabelsText::tr("due soon");
    case KycSla::Overdue:
        return LabelsText::tr("over SLA");
    case KycSla::Paused:
        return LabelsText::tr("SLA paused");
    }
    return {};
}

QColor Labels::kycSlaColor(KycSla sla)
{
    // The same light tints as the overdue bands: black text stays readable.
    switch (sla) {
    case KycSla::OnTime:
        return QColor(0xd8, 0xf0, 0xd8); // pale green
    case KycSla::DueSoon:
        return QColor(0xff, 0xe7, 0xa8); // amber
    case KycSla::Overdue:
        return QColor(0xf5, 0x9e, 0xa4); // rose
    case KycSla::Paused:
        return QColor(0xe0, 0xe0, 0xe0); // grey
    }
    return {};
}

QString Labels::formatDuration(qint64 seconds)
{
    seconds = std::max<qint64>(0, seconds);
    const qint64 days = seconds / 86400;
    const qint64 hours = (seconds % 86400) / 3600;
    const qint64 minutes = (seconds % 3600) / 60;
    if (days > 0) {
        return LabelsText::tr("%1 d %2 h").arg(days).arg(hours);
    }
    if (hours > 0) {
        return LabelsText::tr("%1 h %2 min").arg(hours).arg(minutes);
    }
    return LabelsText::tr("%1 min").arg(minutes);
}

QString Labels::formatTimestamp(const QDateTime& utc)
{
    if (!utc.isValid()) {
        return {};
    }
    return utc.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"));
}

QString Labels::formatValue(Area area, const ColumnInfo& column, const QVariant& value, const QLocale& locale)
{
    if (!value.isValid() || value.isNull()) {
        return {};
    }
    switch (column.type) {
    case ValueType::Integer:
        if (column.key == QLatin1String("id") || column.key.endsWith(QLatin1String("_id")) ||
            column.key == QLatin1String("kyc_level") || column.key == QLatin1String("payment_day")) {
            return QString::number(value.toLongLong());
        }
        return locale.toString(value.toLongLong());
    case ValueType::Money:
        return Money(value.toLongLong(), column.currency).format(locale);
    case ValueType::Score: {
        const qint64 hundredths = value.toLongLong();
        return QString::number(hundredths / 100) + locale.decimalPoint() +
               QString::number(hundredths % 100).rightJustified(2, QLatin1Char('0'));
    }
    case ValueType::Boolean:
        return value.toBool() ? LabelsText::tr("Yes") : LabelsText::tr("No");
    case ValueType::Timestamp:
        return formatTimestamp(value.toDateTime());
    case ValueType::Date:
        return value.toDate().toString(Qt::ISODate);
    case ValueType::Month:
        return value.toString();
    case ValueType::Text:
        if (hasVocabulary(column.key)) {
            return valueLabel(area, column.key, value.toString());
        }
        return value.toString();
    }
    return value.toString();
}

QString Labels::formatValueIn(Area area, const ColumnInfo& column, const QVariant& value, const QString& currencyCode,
                              const QLocale& locale)
{
    if (column.type != ValueType::Money || column.currencyColumn.isEmpty() || currencyCode.isEmpty() ||
        value.isNull() || !value.isValid()) {
        return formatValue(area, column, value, locale);
    }
    return formatStoredAmount(value.toLongLong(), currencyDecimals(column.currency), currencyCode, locale);
}

QString Labels::formatField(Area area, const DetailField& field, const QLocale& locale)
{
    if (field.type == ValueType::Money && !field.currencyCode.isEmpty() && !field.value.isNull()) {
        return formatStoredAmount(field.value.toLongLong(), currencyDecimals(field.currency), field.currencyCode,
                                  locale);
    }
    return formatValue(area, ColumnInfo{field.key, field.type, field.currency, {}}, field.value, locale);
}

} // namespace pd::models
