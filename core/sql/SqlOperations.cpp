#include "sql/SqlOperations.h"

#include "sql/SqlBulk.h"
#include "sql/SqlChain.h"
#include "sql/SqlCollections.h"
#include "sql/SqlDashboard.h"
#include "sql/SqlInvoices.h"
#include "sql/SqlKyc.h"
#include "sql/SqlLists.h"
#include "sql/SqlMembers.h"
#include "sql/SqlOrganizations.h"
#include "sql/SqlPayments.h"
#include "sql/SqlSecurity.h"
#include "sql/SqlStaff.h"
#include "sql/SqlUsers.h"

#include <QHash>

namespace pd::sql {

namespace {

using Context = OperationContext;

/// Registers the SQL of `Op`: `work(session, request, context)` returns a Result of the
/// operation's response type.
template<typename Op, typename Work>
void on(QHash<QString, OperationHandler>& table, Work work)
{
    table.insert(Op::operation().name,
                 [work](SqlSession& s, const std::any& request, const Context& context) -> Result<std::any> {
                     auto result = work(s, std::any_cast<const typename Op::Request&>(request), context);
                     if (!result.ok()) {
                         return result.error();
                     }
                     return std::any(typename Op::Response(std::move(result).value()));
                 });
}

QHash<QString, OperationHandler> makeTable()
{
    QHash<QString, OperationHandler> t;
    using namespace ops;
    on<FetchOrganizations>(t, [](SqlSession& s, const NoInput&, const Context&) { return organizations(s); });
    on<FetchBchAccount>(t, [](SqlSession& s, const NoInput&, const Context&) { return activeBchAccount(s); });
    on<SetBchAccount>(t, [](SqlSession& s, const BchAccount& a, const Context&) {
        return setBchAccount(s, a.name, a.xpub, a.network);
    });
    on<CreateInvoice>(t, [](SqlSession& s, const InvoiceDraft& d, const Context&) { return createInvoice(s, d); });
    on<ChangeInvoice>(t, [](SqlSession& s, const InvoiceChange& c, const Context&) { return changeInvoice(s, c); });
    on<FetchChainStatus>(t, [](SqlSession& s, const NoInput&, const Context&) { return chainWatcherStates(s); });
    on<CheckInvoiceOnChain>(t, [](SqlSession& s, const ById& r, const Context& c) {
        return checkInvoiceOnChain(s, r.id, c.electrumServers, c.confirmations);
    });
    on<ResolveLatePayment>(t, [](SqlSession& s, const LatePaymentDecision& d, const Context&) {
        return resolveLatePayment(s, d.id, d.version, d.accept, d.reason);
    });
    on<ExpireOverdueInvoices>(t, [](SqlSession& s, const NoInput&, const Context&) -> Result<ExpiredCount> {
        auto expired = expireOverdueInvoices(s);
        if (!expired.ok()) {
            return expired.error();
        }
        return ExpiredCount{expired.value()};
    });
    on<FetchAddressGaps>(
        t, [](SqlSession& s, const AddressGapRequest& r, const Context&) { return addressGapReport(s, r.gapLimit); });
    on<FetchInvoiceSheet>(
        t, [](SqlSession& s, const InvoiceSheetRequest& r, const Context&) { return invoiceSheetItems(s, r); });
    on<FetchKycQueueSummary>(t, [](SqlSession& s, const NoInput&, const Context&) { return kycQueueSummary(s); });
    on<SetKycSettings>(t, [](SqlSession& s, const KycSettings& k, const Context&) { return setKycSettings(s, k); });
    on<ClaimKycDocument>(t, [](SqlSession& s, const ById& r, const Context&) { return claimKycDocument(s, r.id); });
    on<ReleaseKycClaim>(t, [](SqlSession& s, const ById& r, const Context&) { return releaseKycClaim(s, r.id); });
    on<SetKycAway>(t, [](SqlSession& s, const KycAway& a, const Context&) { return setKycAway(s, a); });
    on<HoldKycDocument>(t, [](SqlSession& s, const KycHold& h, const Context&) { return holdKycDocument(s, h); });
    on<DecideKycDocument>(t,
                          [](SqlSession& s, const KycDecision& d, const Context&) { return decideKycDocument(s, d); });
    on<RevealDocumentNumber>(
        t, [](SqlSession& s, const ById& r, const Context&) { return revealDocumentNumber(s, r.id); });
    on<FetchReviewerActivity>(
        t, [](SqlSession& s, const DateRange& r, const Context&) { return reviewerActivity(s, r.from, r.to); });
    on<RevealAccountNumber>(
        t, [](SqlSession& s, const ById& r, const Context& c) { return revealAccountNumber(s, r.id, c.fieldKeyFile); });
    on<SetUserActive>(t, [](SqlSession& s, const UserActivation& u, const Context&) { return setUserActive(s, u); });
    on<SetStaffActive>(t, [](SqlSession& s, const StaffActivation& c, const Context&) { return setStaffActive(s, c); });
    on<AddStaff>(t, [](SqlSession& s, const StaffDraft& d, const Context&) { return addStaffMember(s, d); });
    on<ChangeStaff>(t, [](SqlSession& s, const StaffEdit& e, const Context&) { return changeStaff(s, e); });
    on<SetServerPassword>(
        t, [](SqlSession& s, const StaffPassword& p, const Context&) { return setServerPassword(s, p); });
    on<ChangeMemberService>(
        t, [](SqlSession& s, const MemberServiceChange& c, const Context&) { return changeMemberService(s, c); });
    on<UpdateMember>(t, [](SqlSession& s, const MemberEdit& e, const Context&) { return updateMember(s, e); });
    on<CreateMember>(t, [](SqlSession& s, const MemberDraft& d, const Context&) { return createMember(s, d); });
    on<AddChild>(t, [](SqlSession& s, const ChildEdit& c, const Context&) -> Result<CreatedMember> {
        auto id = addChild(s, c);
        if (!id.ok()) {
            return id.error();
        }
        return CreatedMember{c.memberId, 0, id.value()};
    });
    on<UpdateChild>(t, [](SqlSession& s, const ChildEdit& c, const Context&) { return updateChild(s, c); });
    on<RegisterContract>(t, [](SqlSession& s, const ContractTerms& terms, const Context& c) {
        return registerContract(s, terms, c.fieldKeyFile);
    });
    on<ChangeContractTerms>(t, [](SqlSession& s, const ContractTerms& terms, const Context& c) {
        return changeContractTerms(s, terms, c.fieldKeyFile);
    });
    on<ChangeOrganization>(
        t, [](SqlSession& s, const OrganizationChange& c, const Context&) { return changeOrganization(s, c); });
    on<CreateOrganization>(
        t, [](SqlSession& s, const OrganizationDraft& d, const Context&) { return createOrganization(s, d); });
    on<SetFeeRate>(t, [](SqlSession& s, const FeeRateChange& c, const Context&) { return setFeeRate(s, c); });
    on<SetRetryPolicy>(t,
                       [](SqlSession& s, const RetryPolicyChange& c, const Context&) { return setRetryPolicy(s, c); });
    on<AddBankHoliday>(t,
                       [](SqlSession& s, const BankHolidayDraft& d, const Context&) { return addBankHoliday(s, d); });
    on<SetBankHolidayActive>(
        t, [](SqlSession& s, const BankHolidayChange& c, const Context&) { return setBankHolidayActive(s, c); });
    on<FetchCreditSettings>(t, [](SqlSession& s, const NoInput&, const Context&) { return creditSettings(s); });
    on<SetCreditSettings>(
        t, [](SqlSession& s, const CreditSettings& c, const Context&) { return setCreditSettings(s, c); });
    on<RequestManualCredit>(
        t, [](SqlSession& s, const ManualCreditRequest& r, const Context&) { return requestManualCredit(s, r); });
    on<DecideCreditRequest>(
        t, [](SqlSession& s, const CreditDecision& c, const Context&) { return decideCreditRequest(s, c); });
    on<ChangeContractStatus>(
        t, [](SqlSession& s, const ContractStatusChange& c, const Context&) { return changeContractStatus(s, c); });
    on<ChangePayment>(t, [](SqlSession& s, const PaymentChange& c, const Context&) { return changePayment(s, c); });
    on<RunSettlements>(t, [](SqlSession& s, const SettlementRun& r, const Context&) { return runSettlements(s, r); });
    on<ChangeSettlement>(
        t, [](SqlSession& s, const SettlementChange& c, const Context&) { return changeSettlement(s, c); });
    on<FetchReconciliationCandidates>(
        t, [](SqlSession& s, const ReconciliationQuery& q, const Context&) { return reconciliationCandidates(s, q); });
    on<ApplyReconciliation>(
        t, [](SqlSession& s, const ReconciliationApply& a, const Context&) { return applyReconciliation(s, a); });
    on<RecordReminders>(t,
                        [](SqlSession& s, const ReminderRequest& r, const Context&) { return recordReminders(s, r); });
    on<PreviewBulk>(t, [](SqlSession& s, const BulkPreviewRequest& r, const Context&) { return previewBulk(s, r); });
    on<ApplyBulk>(t, [](SqlSession& s, const BulkApplyRequest& r, const Context&) { return applyBulk(s, r); });
    on<FetchChart>(t, [](SqlSession& s, const DashboardRequest& r, const Context&) { return dashboardChart(s, r); });
    on<FetchPage>(t, [](SqlSession& s, const ListRequest& r, const Context&) { return listPage(s, r); });
    on<FetchCount>(t,
                   [](SqlSession& s, const CountRequest& r, const Context&) { return countRows(s, r.list, r.mode); });
    on<FetchTotals>(t, [](SqlSession& s, const ListRequest& r, const Context&) { return listTotals(s, r); });
    on<FetchDetail>(t, [](SqlSession& s, const DetailRef& r, const Context&) { return detailRecord(s, r.area, r.id); });
    return t;
}

} // namespace

const OperationHandler* handlerFor(const ops::Operation& op)
{
    static const QHash<QString, OperationHandler> table = makeTable();
    auto it = table.constFind(op.name);
    return it == table.constEnd() ? nullptr : &it.value();
}

} // namespace pd::sql
