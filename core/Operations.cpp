#include "Operations.h"

#include "Json.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <type_traits>
#include <vector>

namespace pd::ops {

bool allows(const Permissions& p, Access access, std::optional<Area> area)
{
    switch (access) {
    case Access::Public:
    case Access::SignedIn:
        return true;
    case Access::SeesArea:
        return area && p.seesArea(*area);
    case Access::SeesAreaTotals:
        return area && p.seesArea(*area) && areaHasTotals(*area);
    case Access::SeesInvoices:
        return p.seesArea(Area::Invoices);
    case Access::SeesKyc:
        return p.seesArea(Area::KycDocuments);
    case Access::ManagesInvoices:
        return p.managesInvoices();
    case Access::PrintsInvoices:
        return p.printsInvoices();
    case Access::ReviewsKyc:
        return p.reviewsKyc();
    case Access::AdministersKyc:
        return p.administersKyc();
    case Access::RevealsDocumentNumbers:
        return p.revealsDocumentNumbers();
    case Access::RevealsAccountNumbers:
        return p.revealsAccountNumbers();
    case Access::ChangesPayments:
        return p.changesPayments();
    case Access::AdministersUsers:
        return p.administersUsers();
    case Access::AdministersStaff:
        return p.administersStaff();
    case Access::ChangesMembers:
        return p.changesMembers();
    case Access::AdministersOrganizations:
        return p.administersOrganizations();
    case Access::KeepsBankHolidays:
        return p.keepsBankHolidays();
    }
    return false;
}

QString accessName(Access access)
{
    switch (access) {
    case Access::Public:
        return QStringLiteral("public");
    case Access::SignedIn:
        return QStringLiteral("signed_in");
    case Access::SeesArea:
        return QStringLiteral("sees_area");
    case Access::SeesAreaTotals:
        return QStringLiteral("sees_area_totals");
    case Access::SeesInvoices:
        return QStringLiteral("sees_invoices");
    case Access::SeesKyc:
        return QStringLiteral("sees_kyc");
    case Access::ManagesInvoices:
        return QStringLiteral("manages_invoices");
    case Access::PrintsInvoices:
        return QStringLiteral("prints_invoices");
    case Access::ReviewsKyc:
        return QStringLiteral("reviews_kyc");
    case Access::AdministersKyc:
        return QStringLiteral("administers_kyc");
    case Access::RevealsDocumentNumbers:
        return QStringLiteral("reveals_document_numbers");
    case Access::RevealsAccountNumbers:
        return QStringLiteral("reveals_account_numbers");
    case Access::ChangesPayments:
        return QStringLiteral("changes_payments");
    case Access::AdministersUsers:
        return QStringLiteral("administers_users");
    case Access::AdministersStaff:
        return QStringLiteral("administers_staff");
    case Access::ChangesMembers:
        return QStringLiteral("changes_members");
    case Access::AdministersOrganizations:
        return QStringLiteral("administers_organizations");
    case Access::KeepsBankHolidays:
        return QStringLiteral("keeps_bank_holidays");
    }
    return {};
}

QString Operation::verbName() const
{
    switch (verb) {
    case Verb::Get:
        return QStringLiteral("GET");
    case Verb::Post:
        return QStringLiteral("POST");
    case Verb::Put:
        return QStringLiteral("PUT");
    case Verb::Delete:
        return QStringLiteral("DELETE");
    }
    return {};
}

QString Operation::signature() const
{
    return verbName() + QStringLiteral(" /") + path;
}

QString Operation::pathFor(const Wire& wire) const
{
    QStringList segments = path.split(QLatin1Char('/'));
    int nextId = 0;
    for (QString& segment : segments) {
        if (segment == QLatin1String("{id}")) {
            segment = QString::number(wire.ids.value(nextId++));
        } else if (segment == QLatin1String("{area}") || segment == QLatin1String("{chart}")) {
            segment = wire.key;
        }
    }
    return segments.join(QLatin1Char('/'));
}

namespace {

QByteArray compact(const QJsonValue& value)
{
    return value.isArray() ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)
                           : QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
}

/// One piece of a request's wire form: how a part of the value is written to and read from the
/// path, query, body or If-Match. An operation's codec is the sequence of its parts.
template<typename Req>
struct Part
{
    std::function<void(const Req&, Wire&)> write;
    std::function<Error(Req&, const Wire&)> read;
};

/// The codec's sentences, translatable like every refusal (core/Messages.h).
struct OperationsText
{
    Q_DECLARE_TR_FUNCTIONS(pd::ops::Operation)
};

Error invalid(const QString& message, const QString& detail = {})
{
    return Error(Error::Kind::Invalid, message, detail);
}

/// The whole value as the JSON body.
template<typename Req>
Part<Req> body()
{
    return {[](const Req& r, Wire& w) { w.body = compact(json::toJson(r)); },
            [](Req& r, const Wire& w) -> Error {
                auto parsed = json::parse(w.body);
                if (!parsed.ok()) {
                    return invalid(OperationsText::tr("The request body is not valid JSON."), parsed.error().detail);
                }
                auto value = json::fromJson<Req>(parsed.value());
                if (!value.ok()) {
                    return invalid(OperationsText::tr("The request body is not in the expected shape."),
                                   value.error().detail);
                }
                r = std::move(value).value();
                return {};
            }};
}

/// Refuses a body that leaves out one of `keys` (or sends null): a missing field must never
/// stand for a default action.
template<typename Req>
Part<Req> present(QStringList keys)
{
    return {[](const Req&, Wire&) {},
            [keys](Req&, const Wire& w) -> Error {
                const QJsonObject body = QJsonDocument::fromJson(w.body).object();
                QStringList missing;
                for (const QString& key : keys) {
                    const QJsonValue v = body.value(key);
                    if (v.isUndefined() || v.isNull()) {
                        missing << key;
                    }
                }
                if (!missing.isEmpty()) {
                    return invalid(
                        OperationsText::tr("The request body needs %1.").arg(missing.join(QStringLiteral(", "))));
                }
                return {};
            }};
}

/// A row id as the path's {id}.
template<typename Req>
Part<Req> pathId(qint64 Req::*member)
{
    return {[member](const Req& r, Wire& w) { w.ids.append(r.*member); },
            [member](Req& r, const Wire& w) -> Error {
                r.*member = w.ids.value(0);
                return {};
            }};
}

/// A row version as If-Match.
template<typename Req>
Part<Req> version(int Req::*member)
{
    return {[member](const Req& r, Wire& w) { w.ifMatch = r.*member; },
            [member](Req& r, const Wire& w) -> Error {
                r.*member = w.ifMatch.value_or(0);
                return {};
            }};
}

/// An area as the path's {area}.
template<typename Req>
Part<Req> pathArea(Area Req::*member)
{
    return {[member](const Req& r, Wire& w) { w.key = areaKey(r.*member); },
            [member](Req& r, const Wire& w) -> Error {
                const auto area = areaFromKey(w.key);
                if (!area) {
                    return invalid(OperationsText::tr("There is no list called %1.").arg(w.key.left(60)));
                }
                r.*member = *area;
                return {};
            }};
}

/// A list's filters without its cursor and sort (counts and totals).
QUrlQuery filtersOf(const ListRequest& request)
{
    ListRequest filtersOnly = request;
    filtersOnly.cursor.clear();
    filtersOnly.until.clear();
    filtersOnly.sortKey.clear();
    return json::listQuery(filtersOnly);
}

/// How an answer's value is written and read; specialised below where the wire form is not the
/// value's own JSON.
template<typename Resp, typename Req>
struct ResponseCodec
{
    static QJsonValue encode(const Resp& value, const Req&) { return json::toJson(value); }
    static Result<Resp> decode(const QJsonValue& json, const Req&) { return json::fromJson<Resp>(json); }
};

/// A revealed secret: {"value": "..."}.
template<typename Req>
struct ResponseCodec<QString, Req>
{
    static QJsonValue encode(const QString& value, const Req&) { return QJsonObject{{QStringLiteral("value"), value}}; }
    static Result<QString> decode(const QJsonValue& json, const Req&)
    {
        const QJsonValue value = json.toObject().value(QStringLiteral("value"));
        if (!value.isString()) {
            return invalid(QString(), QStringLiteral("value: expected a string"));
        }
        return value.toString();
    }
};

/// The BCH account, or none: {"account": {...} | null}.
template<typename Req>
struct ResponseCodec<std::optional<BchAccount>, Req>
{
    static QJsonValue encode(const std::optional<BchAccount>& value, const Req&)
    {
        return QJsonObject{{QStringLiteral("account"), value ? json::toJson(*value) : QJsonValue()}};
    }
    static Result<std::optional<BchAccount>> decode(const QJsonValue& json, const Req&)
    {
        const QJsonValue account = json.toObject().value(QStringLiteral("account"));
        if (account.isNull() || account.isUndefined()) {
            return std::optional<BchAccount>();
        }
        auto read = json::fromJson<BchAccount>(account);
        if (!read.ok()) {
            return read.error();
        }
        return std::optional<BchAccount>(read.value());
    }
};

/// A page is typed by its area's columns.
template<>
struct ResponseCodec<ListPage, ListRequest>
{
    static QJsonValue encode(const ListPage& value, const ListRequest& request)
    {
        return json::toJson(value, request.area);
    }
    static Result<ListPage> decode(const QJsonValue& json, const ListRequest& request)
    {
        return json::pageFromJson(json, request.area);
    }
};

/// A table entry from its descriptor's types, the route's facts and the request's parts.
template<typename Op>
Operation define(Operation op, std::vector<Part<typename Op::Request>> parts)
{
    using Req = typename Op::Request;
    using Resp = typename Op::Response;
    if constexpr (std::is_same_v<Resp, Done>) {
        op.okStatus = 204;
    }
    op.toWire = [parts](const std::any& request) {
        Wire wire;
        const Req& value = std::any_cast<const Req&>(request);
        for (const Part<Req>& part : parts) {
            part.write(value, wire);
        }
        return wire;
    };
    op.fromWire = [parts](const Wire& wire) -> Result<std::any> {
        Req value{};
        for (const Part<Req>& part : parts) {
            if (Error error = part.read(value, wire)) {
                return error;
            }
        }
        return std::any(std::move(value));
    };
    op.encodeResponse = [](const std::any& response, const std::any& request) -> QJsonValue {
        if constexpr (std::is_same_v<Resp, Done>) {
            return QJsonValue(QJsonValue::Undefined);
        } else {
            return ResponseCodec<Resp, Req>::encode(std::any_cast<const Resp&>(response),
                                                    std::any_cast<const Req&>(request));
        }
    };
    op.decodeResponse = [](const QByteArray& body, const std::any& request) -> Result<std::any> {
        if constexpr (std::is_same_v<Resp, Done>) {
            return std::any(Done{});
        } else {
            auto parsed = json::parse(body);
            if (!parsed.ok()) {
                return parsed.error();
            }
            auto value = ResponseCodec<Resp, Req>::decode(parsed.value(), std::any_cast<const Req&>(request));
            if (!value.ok()) {
                return value.error();
            }
            return std::any(std::move(value).value());
        }
    };
    return op;
}

/// A route whose work paydesk-server writes itself (no codec).
Operation serverRoute(const char* name, Verb verb, const char* path, Access access, bool mutation = false)
{
    Operation op;
    op.name = QString::fromLatin1(name);
    op.verb = verb;
    op.path = QString::fromLatin1(path);
    op.access = access;
    op.mutation = mutation;
    return op;
}

/// The facts of a route with a codec; `mutation` defaults to "not a GET".
Operation route(const char* name, Verb verb, const char* path, Access access, Lane lane)
{
    Operation op = serverRoute(name, verb, path, access, verb != Verb::Get);
    op.lane = lane;
    return op;
}

Operation readOnly(Operation op)
{
    op.mutation = false;
    return op;
}

Operation update(Operation op)
{
    op.ifMatch = true;
    return op;
}

/// Marks a read that a replica may serve.
Operation replicaRead(Operation op)
{
    op.replicaRead = true;
    return op;
}

constexpr Lane I = Lane::Interactive;
constexpr Lane B = Lane::Background;

} // namespace

// -- the table --------------------------------------------------------------------------------

const Operation& SignIn::operation()
{
    static const Operation op = serverRoute("signIn", Verb::Post, "auth/login", Access::Public);
    return op;
}
const Operation& RenewSession::operation()
{
    static const Operation op = serverRoute("renewSession", Verb::Post, "auth/refresh", Access::Public);
    return op;
}
const Operation& SignOut::operation()
{
    static const Operation op = serverRoute("signOut", Verb::Post, "auth/logout", Access::Public);
    return op;
}
const Operation& EnrolSecondFactor::operation()
{
    static const Operation op = serverRoute("enrolSecondFactor", Verb::Post, "auth/mfa/enrol", Access::Public);
    return op;
}
const Operation& VerifySecondFactor::operation()
{
    static const Operation op = serverRoute("verifySecondFactor", Verb::Post, "auth/mfa/verify", Access::Public);
    return op;
}
const Operation& Health::operation()
{
    static const Operation op = serverRoute("health", Verb::Get, "health", Access::Public);
    return op;
}
const Operation& HealthReady::operation()
{
    static const Operation op = serverRoute("healthReady", Verb::Get, "health/ready", Access::Public);
    return op;
}
const Operation& ChangeEvents::operation()
{
    static const Operation op = serverRoute("changeEvents", Verb::Get, "events", Access::SignedIn);
    return op;
}
const Operation& Me::operation()
{
    static const Operation op = define<Me>(route("me", Verb::Get, "me", Access::SignedIn, I), {});
    return op;
}
const Operation& FetchOrganizations::operation()
{
    static const Operation op = define<FetchOrganizations>(
        route("fetchOrganizations", Verb::Get, "organizations/tree", Access::SignedIn, I), {});
    return op;
}
const Operation& FetchBchAccount::operation()
{
    static const Operation op =
        define<FetchBchAccount>(route("fetchBchAccount", Verb::Get, "bch-account", Access::SeesInvoices, I), {});
    return op;
}
const Operation& SetBchAccount::operation()
{
    static const Operation op = define<SetBchAccount>(
        route("setBchAccount", Verb::Put, "bch-account", Access::ManagesInvoices, I), {body<BchAccount>()});
    return op;
}
const Operation& CreateInvoice::operation()
{
    static const Operation op = [] {
        Operation o = define<CreateInvoice>(route("createInvoice", Verb::Post, "invoices", Access::ManagesInvoices, I),
                                            {body<InvoiceDraft>()});
        o.okStatus = 201;
        return o;
    }();
    return op;
}
const Operation& ChangeInvoice::operation()
{
    static const Operation op = define<ChangeInvoice>(
        update(route("changeInvoice", Verb::Post, "invoices/{id}/status", Access::ManagesInvoices, I)),
        {body<InvoiceChange>(), present<InvoiceChange>({QStringLiteral("action")}), pathId(&InvoiceChange::id),
         version(&InvoiceChange::version)});
    return op;
}
const Operation& FetchInvoiceSheet::operation()
{
    static const Operation op = define<FetchInvoiceSheet>(
        readOnly(route("fetchInvoiceSheet", Verb::Post, "invoices/sheet", Access::PrintsInvoices, B)),
        {body<InvoiceSheetRequest>()});
    return op;
}
const Operation& FetchChainStatus::operation()
{
    static const Operation op =
        define<FetchChainStatus>(route("fetchChainStatus", Verb::Get, "chain/status", Access::SeesInvoices, I), {});
    return op;
}
const Operation& CheckInvoiceOnChain::operation()
{
    static const Operation op = define<CheckInvoiceOnChain>(
        route("checkInvoiceOnChain", Verb::Post, "invoices/{id}/chain-check", Access::ManagesInvoices, B),
        {pathId(&ById::id)});
    return op;
}
const Operation& ResolveLatePayment::operation()
{
    static const Operation op = define<ResolveLatePayment>(
        update(route("resolveLatePayment", Verb::Post, "invoices/{id}/late-payment", Access::ManagesInvoices, I)),
        {body<LatePaymentDecision>(),
         present<LatePaymentDecision>({QStringLiteral("accept"), QStringLiteral("reason")}),
         pathId(&LatePaymentDecision::id), version(&LatePaymentDecision::version)});
    return op;
}
const Operation& ExpireOverdueInvoices::operation()
{
    static const Operation op = define<ExpireOverdueInvoices>(
        route("expireOverdueInvoices", Verb::Post, "invoices/expire-overdue", Access::ManagesInvoices, I), {});
    return op;
}
const Operation& FetchAddressGaps::operation()
{
    static const Operation op = define<FetchAddressGaps>(
        route("fetchAddressGaps", Verb::Get, "invoices/address-gaps", Access::SeesInvoices, B),
        {{[](const AddressGapRequest& r, Wire& w) {
              w.query.addQueryItem(QStringLiteral("gap_limit"), QString::number(r.gapLimit));
          },
          [](AddressGapRequest& r, const Wire& w) -> Error {
              bool ok = false;
              r.gapLimit = w.query.queryItemValue(QStringLiteral("gap_limit")).toInt(&ok);
              if (!ok || r.gapLimit < 1 || r.gapLimit > 10000) {
                  return invalid(OperationsText::tr("Give gap_limit as a whole number from 1 to 10000."));
              }
              return {};
          }}});
    return op;
}
const Operation& InvoiceSheetPdf::operation()
{
    static const Operation op = define<InvoiceSheetPdf>(
        readOnly(route("invoiceSheetPdf", Verb::Post, "invoices/sheet.pdf", Access::PrintsInvoices, B)),
        {body<InvoiceSheetRequest>()});
    return op;
}
const Operation& FetchKycQueueSummary::operation()
{
    static const Operation op = define<FetchKycQueueSummary>(
        route("fetchKycQueueSummary", Verb::Get, "kyc-documents/queue", Access::ReviewsKyc, B), {});
    return op;
}
const Operation& SetKycSettings::operation()
{
    static const Operation op =
        define<SetKycSettings>(update(route("setKycSettings", Verb::Put, "kyc-settings", Access::AdministersKyc, I)),
                               {body<KycSettings>(),
                                present<KycSettings>({QStringLiteral("claim_minutes"), QStringLiteral("sla_hours"),
                                                      QStringLiteral("four_eyes_risk")}),
                                version(&KycSettings::version)});
    return op;
}
const Operation& ClaimKycDocument::operation()
{
    static const Operation op = define<ClaimKycDocument>(
        route("claimKycDocument", Verb::Post, "kyc-documents/{id}/claim", Access::ReviewsKyc, I), {pathId(&ById::id)});
    return op;
}
const Operation& ReleaseKycClaim::operation()
{
    static const Operation op = define<ReleaseKycClaim>(
        route("releaseKycClaim", Verb::Delete, "kyc-documents/{id}/claim", Access::ReviewsKyc, I), {pathId(&ById::id)});
    return op;
}
const Operation& HoldKycDocument::operation()
{
    static const Operation op =
        define<HoldKycDocument>(route("holdKycDocument", Verb::Post, "kyc-documents/{id}/hold", Access::ReviewsKyc, I),
                                {body<KycHold>(), present<KycHold>({QStringLiteral("hold"), QStringLiteral("reason")}),
                                 pathId(&KycHold::documentId)});
    return op;
}
const Operation& SetKycAway::operation()
{
    static const Operation op =
        define<SetKycAway>(route("setKycAway", Verb::Post, "me/away", Access::ReviewsKyc, I), {body<KycAway>()});
    return op;
}
const Operation& DecideKycDocument::operation()
{
    static const Operation op = define<DecideKycDocument>(
        update(route("decideKycDocument", Verb::Post, "kyc-documents/{id}/decision", Access::ReviewsKyc, I)),
        {body<KycDecision>(), present<KycDecision>({QStringLiteral("action")}), pathId(&KycDecision::documentId),
         version(&KycDecision::version)});
    return op;
}
// Reveals are never replayed from an Idempotency-Key: each one is audited.
const Operation& RevealDocumentNumber::operation()
{
    static const Operation op = define<RevealDocumentNumber>(
        readOnly(route("revealDocumentNumber", Verb::Post, "kyc-documents/{id}/reveal-number",
                       Access::RevealsDocumentNumbers, I)),
        {pathId(&ById::id)});
    return op;
}
const Operation& FetchReviewerActivity::operation()
{
    static const Operation op = define<FetchReviewerActivity>(
        route("fetchReviewerActivity", Verb::Get, "kyc-reviewer-activity", Access::SeesKyc, B),
        {{[](const DateRange& r, Wire& w) {
              w.query.addQueryItem(QStringLiteral("from"), r.from.toString(Qt::ISODate));
              w.query.addQueryItem(QStringLiteral("to"), r.to.toString(Qt::ISODate));
          },
          [](DateRange& r, const Wire& w) -> Error {
              r.from = QDate::fromString(w.query.queryItemValue(QStringLiteral("from")), Qt::ISODate);
              r.to = QDate::fromString(w.query.queryItemValue(QStringLiteral("to")), Qt::ISODate);
              if (!r.from.isValid() || !r.to.isValid()) {
                  return invalid(OperationsText::tr("Give from and to as YYYY-MM-DD."));
              }
              return {};
          }}});
    return op;
}
const Operation& RevealAccountNumber::operation()
{
    static const Operation op = define<RevealAccountNumber>(
        readOnly(route("revealAccountNumber", Verb::Post, "users/{id}/reveal-account-number",
                       Access::RevealsAccountNumbers, I)),
        {pathId(&ById::id)});
    return op;
}
const Operation& SetStaffActive::operation()
{
    static const Operation op = define<SetStaffActive>(
        update(route("setStaffActive", Verb::Post, "staff/{id}/activation", Access::AdministersStaff, I)),
        {body<StaffActivation>(), present<StaffActivation>({QStringLiteral("active"), QStringLiteral("reason")}),
         pathId(&StaffActivation::id), version(&StaffActivation::version)});
    return op;
}

const Operation& AddBankHoliday::operation()
{
    static const Operation op = [] {
        Operation o = define<AddBankHoliday>(
            route("addBankHoliday", Verb::Post, "bank-holidays", Access::KeepsBankHolidays, I),
            {body<BankHolidayDraft>(),
             present<BankHolidayDraft>({QStringLiteral("day"), QStringLiteral("name"), QStringLiteral("reason")})});
        o.okStatus = 201;
        return o;
    }();
    return op;
}

const Operation& SetBankHolidayActive::operation()
{
    static const Operation op = define<SetBankHolidayActive>(
        route("setBankHolidayActive", Verb::Post, "bank-holidays/{id}/activation", Access::KeepsBankHolidays, I),
        {body<BankHolidayChange>(), present<BankHolidayChange>({QStringLiteral("active"), QStringLiteral("reason")}),
         pathId(&BankHolidayChange::id)});
    return op;
}

const Operation& AddStaff::operation()
{
    static const Operation op = [] {
        Operation o = define<AddStaff>(
            route("addStaff", Verb::Post, "staff", Access::AdministersStaff, I),
            {body<StaffDraft>(), present<StaffDraft>({QStringLiteral("login"), QStringLiteral("role"),
                                                      QStringLiteral("organization_id"), QStringLiteral("reason")})});
        o.okStatus = 201;
        return o;
    }();
    return op;
}

const Operation& ChangeStaff::operation()
{
    static const Operation op = define<ChangeStaff>(
        update(route("changeStaff", Verb::Put, "staff/{id}", Access::AdministersStaff, I)),
        {body<StaffEdit>(),
         present<StaffEdit>({QStringLiteral("role"), QStringLiteral("organization_id"), QStringLiteral("reason")}),
         pathId(&StaffEdit::id), version(&StaffEdit::version)});
    return op;
}

const Operation& SetServerPassword::operation()
{
    static const Operation op = define<SetServerPassword>(
        update(route("setServerPassword", Verb::Post, "staff/{id}/server-password", Access::AdministersStaff, I)),
        {body<StaffPassword>(), present<StaffPassword>({QStringLiteral("password"), QStringLiteral("reason")}),
         pathId(&StaffPassword::id), version(&StaffPassword::version)});
    return op;
}

const Operation& ChangeMemberService::operation()
{
    static const Operation op = define<ChangeMemberService>(
        update(route("changeMemberService", Verb::Post, "members/{id}/service", Access::ChangesMembers, I)),
        {body<MemberServiceChange>(),
         present<MemberServiceChange>({QStringLiteral("status"), QStringLiteral("reason")}),
         pathId(&MemberServiceChange::id), version(&MemberServiceChange::version)});
    return op;
}

const Operation& ChangeContractStatus::operation()
{
    static const Operation op = define<ChangeContractStatus>(
        update(route("changeContractStatus", Verb::Post, "contracts/{id}/status", Access::ChangesMembers, I)),
        {body<ContractStatusChange>(),
         present<ContractStatusChange>({QStringLiteral("status"), QStringLiteral("reason")}),
         pathId(&ContractStatusChange::id), version(&ContractStatusChange::version)});
    return op;
}

const Operation& UpdateMember::operation()
{
    static const Operation op = define<UpdateMember>(
        update(route("updateMember", Verb::Put, "members/{id}", Access::ChangesMembers, I)),
        {body<MemberEdit>(),
         present<MemberEdit>({QStringLiteral("last_name"), QStringLiteral("first_name"), QStringLiteral("email"),
                              QStringLiteral("institution_id"), QStringLiteral("reason")}),
         pathId(&MemberEdit::id), version(&MemberEdit::version)});
    return op;
}

const Operation& CreateMember::operation()
{
    static const Operation op = [] {
        Operation o = define<CreateMember>(
            route("createMember", Verb::Post, "members", Access::ChangesMembers, I),
            {body<MemberDraft>(),
             present<MemberDraft>({QStringLiteral("last_name"), QStringLiteral("first_name"), QStringLiteral("email"),
                                   QStringLiteral("institution_id"), QStringLiteral("reason")})});
        o.okStatus = 201;
        return o;
    }();
    return op;
}

const Operation& AddChild::operation()
{
    static const Operation op = [] {
        Operation o =
            define<AddChild>(route("addChild", Verb::Post, "members/{id}/children", Access::ChangesMembers, I),
                             {body<ChildEdit>(), present<ChildEdit>({QStringLiteral("name"), QStringLiteral("reason")}),
                              pathId(&ChildEdit::memberId)});
        o.okStatus = 201;
        return o;
    }();
    return op;
}

const Operation& UpdateChild::operation()
{
    static const Operation op = define<UpdateChild>(
        update(route("updateChild", Verb::Put, "children/{id}", Access::ChangesMembers, I)),
        {body<ChildEdit>(),
         present<ChildEdit>({QStringLiteral("name"), QStringLiteral("active"), QStringLiteral("reason")}),
         pathId(&ChildEdit::id), version(&ChildEdit::version)});
    return op;
}

const Operation& RegisterContract::operation()
{
    static const Operation op = [] {
        Operation o = define<RegisterContract>(
            route("registerContract", Verb::Post, "members/{id}/contract", Access::ChangesMembers, I),
            {body<ContractTerms>(),
             present<ContractTerms>({QStringLiteral("bank_code"), QStringLiteral("account_holder"),
                                     QStringLiteral("account_number"), QStringLiteral("payment_day"),
                                     QStringLiteral("monthly_amount"), QStringLiteral("reason")}),
             pathId(&ContractTerms::memberId)});
        o.okStatus = 201;
        return o;
    }();
    return op;
}

const Operation& ChangeContractTerms::operation()
{
    static const Operation op = define<ChangeContractTerms>(
        update(route("changeContractTerms", Verb::Put, "contracts/{id}", Access::ChangesMembers, I)),
        {body<ContractTerms>(),
         present<ContractTerms>({QStringLiteral("bank_code"), QStringLiteral("account_holder"),
                                 QStringLiteral("payment_day"), QStringLiteral("monthly_amount"),
                                 QStringLiteral("reason")}),
         pathId(&ContractTerms::id), version(&ContractTerms::version)});
    return op;
}

const Operation& ChangeOrganization::operation()
{
    static const Operation op = define<ChangeOrganization>(
        update(
            route("changeOrganization", Verb::Post, "organizations/{id}/change", Access::AdministersOrganizations, I)),
        {body<OrganizationChange>(), present<OrganizationChange>({QStringLiteral("action"), QStringLiteral("reason")}),
         pathId(&OrganizationChange::id), version(&OrganizationChange::version)});
    return op;
}

const Operation& CreateOrganization::operation()
{
    static const Operation op = [] {
        Operation o = define<CreateOrganization>(
            route("createOrganization", Verb::Post, "organizations", Access::AdministersOrganizations, I),
            {body<OrganizationDraft>(),
             present<OrganizationDraft>({QStringLiteral("parent_id"), QStringLiteral("code"), QStringLiteral("name"),
                                         QStringLiteral("reason")})});
        o.okStatus = 201;
        return o;
    }();
    return op;
}

const Operation& SetRetryPolicy::operation()
{
    static const Operation op = [] {
        Operation o = define<SetRetryPolicy>(
            route("setRetryPolicy", Verb::Post, "organizations/{id}/retry-policies", Access::AdministersOrganizations,
                  I),
            {body<RetryPolicyChange>(),
             present<RetryPolicyChange>(
                 {QStringLiteral("retry_limit"), QStringLiteral("interval_days"), QStringLiteral("reason")}),
             pathId(&RetryPolicyChange::organizationId)});
        o.okStatus = 201;
        return o;
    }();
    return op;
}

const Operation& SetFeeRate::operation()
{
    static const Operation op = [] {
        Operation o = define<SetFeeRate>(
            route("setFeeRate", Verb::Post, "organizations/{id}/fee-rates", Access::AdministersOrganizations, I),
            {body<FeeRateChange>(),
             present<FeeRateChange>(
                 {QStringLiteral("effective_month"), QStringLiteral("fee_bp"), QStringLiteral("reason")}),
             pathId(&FeeRateChange::organizationId)});
        o.okStatus = 201;
        return o;
    }();
    return op;
}

const Operation& FetchCreditSettings::operation()
{
    static const Operation op = define<FetchCreditSettings>(
        route("fetchCreditSettings", Verb::Get, "credit-settings", Access::AdministersUsers, I), {});
    return op;
}

const Operation& SetCreditSettings::operation()
{
    static const Operation op = define<SetCreditSettings>(
        update(route("setCreditSettings", Verb::Put, "credit-settings", Access::AdministersUsers, I)),
        {body<CreditSettings>(), present<CreditSettings>({QStringLiteral("four_eyes_sats"), QStringLiteral("reason")}),
         version(&CreditSettings::version)});
    return op;
}

const Operation& RequestManualCredit::operation()
{
    static const Operation op = [] {
        Operation o = define<RequestManualCredit>(
            route("requestManualCredit", Verb::Post, "users/{id}/credits", Access::AdministersUsers, I),
            {body<ManualCreditRequest>(),
             present<ManualCreditRequest>({QStringLiteral("amount_sats"), QStringLiteral("reason")}),
             pathId(&ManualCreditRequest::userId)});
        o.okStatus = 201;
        return o;
    }();
    return op;
}

const Operation& DecideCreditRequest::operation()
{
    static const Operation op = define<DecideCreditRequest>(
        update(route("decideCreditRequest", Verb::Post, "credit-requests/{id}/decision", Access::AdministersUsers, I)),
        {body<CreditDecision>(), present<CreditDecision>({QStringLiteral("approve"), QStringLiteral("note")}),
         pathId(&CreditDecision::id), version(&CreditDecision::version)});
    return op;
}

const Operation& SetUserActive::operation()
{
    static const Operation op = define<SetUserActive>(
        update(route("setUserActive", Verb::Post, "users/{id}/activation", Access::AdministersUsers, I)),
        {body<UserActivation>(), present<UserActivation>({QStringLiteral("active"), QStringLiteral("reason")}),
         pathId(&UserActivation::id), version(&UserActivation::version)});
    return op;
}
const Operation& ChangePayment::operation()
{
    static const Operation op = define<ChangePayment>(
        update(route("changePayment", Verb::Post, "payments/{id}/status", Access::ChangesPayments, I)),
        {body<PaymentChange>(), present<PaymentChange>({QStringLiteral("action")}), pathId(&PaymentChange::id),
         version(&PaymentChange::version)});
    return op;
}
const Operation& RunSettlements::operation()
{
    static const Operation op = define<RunSettlements>(
        route("runSettlements", Verb::Post, "settlements/run", Access::ChangesPayments, I), {body<SettlementRun>()});
    return op;
}
const Operation& ChangeSettlement::operation()
{
    static const Operation op = define<ChangeSettlement>(
        update(route("changeSettlement", Verb::Post, "settlements/{id}/status", Access::ChangesPayments, I)),
        {body<SettlementChange>(), present<SettlementChange>({QStringLiteral("action")}), pathId(&SettlementChange::id),
         version(&SettlementChange::version)});
    return op;
}
const Operation& PreviewBulk::operation()
{
    // Read on the primary: the versions it returns are the ones the apply must find.
    static const Operation op = define<PreviewBulk>(
        readOnly(route("previewBulk", Verb::Post, "bulk/preview", Access::SignedIn, I)),
        {body<BulkPreviewRequest>(), present<BulkPreviewRequest>({QStringLiteral("action"), QStringLiteral("ids")})});
    return op;
}
const Operation& ApplyBulk::operation()
{
    // Who may change which row is decided per row by the same checks and database rules as a
    // single change (so the route only needs a signed-in caller).
    static const Operation op = define<ApplyBulk>(
        route("applyBulk", Verb::Post, "bulk/apply", Access::SignedIn, I),
        {body<BulkApplyRequest>(),
         present<BulkApplyRequest>({QStringLiteral("action"), QStringLiteral("items"), QStringLiteral("reason")})});
    return op;
}
const Operation& FetchReconciliationCandidates::operation()
{
    static const Operation op =
        define<FetchReconciliationCandidates>(readOnly(route("fetchReconciliationCandidates", Verb::Post,
                                                             "reconciliation/candidates", Access::ChangesPayments, I)),
                                              {body<ReconciliationQuery>()});
    return op;
}
const Operation& ApplyReconciliation::operation()
{
    static const Operation op = define<ApplyReconciliation>(
        route("applyReconciliation", Verb::Post, "reconciliation/apply", Access::ChangesPayments, I),
        {body<ReconciliationApply>()});
    return op;
}
const Operation& RecordReminders::operation()
{
    static const Operation op = define<RecordReminders>(
        route("recordReminders", Verb::Post, "overdue-members/reminders", Access::ChangesPayments, I),
        {body<ReminderRequest>()});
    return op;
}
const Operation& FetchChart::operation()
{
    static const Operation op = replicaRead(define<FetchChart>(
        route("fetchChart", Verb::Get, "dashboard/{chart}", Access::SignedIn, B),
        {{[](const DashboardRequest& r, Wire& w) {
              w.key = dashboardChartKey(r.chart);
              w.query = json::dashboardQuery(r);
          },
          [](DashboardRequest& r, const Wire& w) -> Error {
              const auto chart = dashboardChartFromKey(w.key);
              if (!chart) {
                  return invalid(OperationsText::tr("There is no chart called %1.").arg(w.key.left(60)));
              }
              auto read = json::dashboardRequestFromQuery(*chart, w.query);
              if (!read.ok()) {
                  return read.error();
              }
              r = read.value();
              return {};
          }}}));
    return op;
}

namespace {
/// A list request in the query of GET {area}...: `filtersOnly` drops cursor and sort.
Part<ListRequest> listInQuery(bool filtersOnly)
{
    return {[filtersOnly](const ListRequest& r, Wire& w) {
                w.key = areaKey(r.area);
                w.query = filtersOnly ? filtersOf(r) : json::listQuery(r);
            },
            [](ListRequest& r, const Wire& w) -> Error {
                const auto area = areaFromKey(w.key);
                if (!area) {
                    return invalid(OperationsText::tr("There is no list called %1.").arg(w.key.left(60)));
                }
                auto read = json::listRequestFromQuery(*area, w.query);
                if (!read.ok()) {
                    return read.error();
                }
                r = read.value();
                return {};
            }};
}
} // namespace

const Operation& FetchPage::operation()
{
    static const Operation op = replicaRead(
        define<FetchPage>(route("fetchPage", Verb::Get, "{area}", Access::SeesArea, I), {listInQuery(false)}));
    return op;
}
const Operation& FetchCount::operation()
{
    static const Operation op = [] {
        Part<CountRequest> part{[](const CountRequest& r, Wire& w) {
                                    w.key = areaKey(r.list.area);
                                    w.query = filtersOf(r.list);
                                    w.query.addQueryItem(QStringLiteral("mode"), r.mode == CountMode::Estimate
                                                                                     ? QStringLiteral("estimate")
                                                                                     : QStringLiteral("exact"));
                                },
                                [](CountRequest& r, const Wire& w) -> Error {
                                    Wire rest = w;
                                    const QString mode = rest.query.queryItemValue(QStringLiteral("mode"));
                                    rest.query.removeAllQueryItems(QStringLiteral("mode"));
                                    r.mode = mode == QLatin1String("estimate") ? CountMode::Estimate : CountMode::Exact;
                                    return listInQuery(true).read(r.list, rest);
                                }};
        Operation o = replicaRead(
            define<FetchCount>(route("fetchCount", Verb::Get, "{area}/count", Access::SeesArea, B), {part}));
        // The estimate is one EXPLAIN: cheap enough for the interactive lane. Exact counts scan.
        o.laneOf = [](const std::any& request) {
            return std::any_cast<const CountRequest&>(request).mode == CountMode::Estimate ? Lane::Interactive
                                                                                           : Lane::Background;
        };
        return o;
    }();
    return op;
}
const Operation& FetchTotals::operation()
{
    static const Operation op = replicaRead(define<FetchTotals>(
        route("fetchTotals", Verb::Get, "{area}/totals", Access::SeesAreaTotals, B), {listInQuery(true)}));
    return op;
}
const Operation& ExportCsv::operation()
{
    // Streamed to a file on both sides: SqlBackend, RestBackend and the server each write it.
    static const Operation op = [] {
        Operation o = serverRoute("exportCsv", Verb::Post, "{area}/export", Access::SeesArea);
        o.lane = Lane::Background;
        o.replicaRead = true;
        return o;
    }();
    return op;
}
const Operation& FetchDetail::operation()
{
    static const Operation op = define<FetchDetail>(route("fetchDetail", Verb::Get, "{area}/{id}", Access::SeesArea, I),
                                                    {pathArea(&DetailRef::area), pathId(&DetailRef::id)});
    return op;
}

const QVector<const Operation*>& all()
{
    static const QVector<const Operation*> operations = {
        &SignIn::operation(),
        &RenewSession::operation(),
        &SignOut::operation(),
        &EnrolSecondFactor::operation(),
        &VerifySecondFactor::operation(),
        &Health::operation(),
        &HealthReady::operation(),
        &Me::operation(),
        &ChangeEvents::operation(),
        &FetchOrganizations::operation(),
        &FetchBchAccount::operation(),
        &SetBchAccount::operation(),
        &CreateInvoice::operation(),
        &ChangeInvoice::operation(),
        &FetchInvoiceSheet::operation(),
        &InvoiceSheetPdf::operation(),
        &FetchChainStatus::operation(),
        &CheckInvoiceOnChain::operation(),
        &ResolveLatePayment::operation(),
        &FetchAddressGaps::operation(),
        &ExpireOverdueInvoices::operation(),
        &FetchKycQueueSummary::operation(),
        &SetKycSettings::operation(),
        &ClaimKycDocument::operation(),
        &ReleaseKycClaim::operation(),
        &HoldKycDocument::operation(),
        &SetKycAway::operation(),
        &DecideKycDocument::operation(),
        &RevealDocumentNumber::operation(),
        &FetchReviewerActivity::operation(),
        &RevealAccountNumber::operation(),
        &SetUserActive::operation(),
        &SetStaffActive::operation(),
        &ChangeMemberService::operation(),
        &ChangeContractStatus::operation(),
        &UpdateMember::operation(),
        &CreateMember::operation(),
        &AddChild::operation(),
        &UpdateChild::operation(),
        &RegisterContract::operation(),
        &ChangeContractTerms::operation(),
        &CreateOrganization::operation(),
        &SetFeeRate::operation(),
        &SetRetryPolicy::operation(),
        &AddBankHoliday::operation(),
        &SetBankHolidayActive::operation(),
        &AddStaff::operation(),
        &ChangeStaff::operation(),
        &SetServerPassword::operation(),
        &ChangeOrganization::operation(),
        &FetchCreditSettings::operation(),
        &SetCreditSettings::operation(),
        &RequestManualCredit::operation(),
        &DecideCreditRequest::operation(),
        &ChangePayment::operation(),
        &RunSettlements::operation(),
        &ChangeSettlement::operation(),
        &FetchReconciliationCandidates::operation(),
        &ApplyReconciliation::operation(),
        &RecordReminders::operation(),
        &PreviewBulk::operation(),
        &ApplyBulk::operation(),
        &FetchChart::operation(),
        &FetchPage::operation(),
        &FetchCount::operation(),
        &FetchTotals::operation(),
        &ExportCsv::operation(),
        &FetchDetail::operation(),
    };
    return operations;
}

const Operation* find(const QString& name)
{
    for (const Operation* op : all()) {
        if (op->name == name) {
            return op;
        }
    }
    return nullptr;
}

} // namespace pd::ops
