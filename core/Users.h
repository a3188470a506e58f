#pragma once

#include <QDate>
#include <QString>
#include <QVector>

namespace pd {

/// Deactivating or reactivating a user (a member's sign-in and services): nothing is deleted
/// (docs/DOMAIN.md); the change is audited with its reason and who made it. Headquarters only.
struct UserActivation
{
    qint64 id = 0;
    int version = 0;    ///< the version shown; a different stored version is a Conflict
    bool active = true; ///< the state wanted: false deactivates, true reactivates
    QString reason;     ///< required, at most 500 characters
};

} // namespace pd

namespace pd {

/// A new staff member (headquarters; docs/SECURITY.md, "Staff"): on PostgreSQL a login role
/// with the group role of `role` and its staff row, made together by paydesk_staff_create()
/// (migration 020); on SQLite the staff row. Passwords are never stored in clear nor audited.
struct StaffDraft
{
    QString login;             ///< 1 to 63 of a-z, 0-9, "_" and ".", starting with a letter or "_"
    QString displayName;       ///< empty: the login
    QString role;              ///< hq_admin, regional_admin, center_manager, kyc_reviewer or auditor
    qint64 organizationId = 0; ///< an open organisation: where the staff member works
    QString databasePassword;  ///< PostgreSQL login password, at least 12 characters; empty: none
    QString serverPassword;    ///< paydesk-server password (stored as a PBKDF2 hash); empty: none
    QString reason;            ///< required, at most 500 characters
};

/// The staff row a StaffDraft made.
struct CreatedStaff
{
    qint64 id = 0;
};

/// A staff member's role, organisation or name changed (headquarters). On PostgreSQL the login
/// keeps only the new group role and its server sessions end, so the change holds at once;
/// nobody changes their own role.
struct StaffEdit
{
    qint64 id = 0;   ///< staff.id
    int version = 0; ///< as shown; another stored version is a Conflict
    QString displayName;
    QString role;
    qint64 organizationId = 0;
    QString reason; ///< required, at most 500 characters
};

/// A new paydesk-server password for a staff member (headquarters): stored as a PBKDF2 hash
/// (auth::hashPassword()); the member's server sessions end.
struct StaffPassword
{
    qint64 id = 0;    ///< staff.id
    int version = 0;  ///< as shown
    QString password; ///< at least 12 characters
    QString reason;   ///< required, at most 500 characters
};

/// What is wrong with a staff login name, in a sentence, or empty: 1 to 63 of a-z, 0-9, "_" and
/// ".", starting with a letter or "_" (a PostgreSQL role name that needs no quoting).
QString staffLoginProblem(const QString& login);
/// What is wrong with a staff role, in a sentence naming the roles, or empty.
QString staffRoleProblem(const QString& role);

/// What is wrong with a password for a staff member, in a sentence, or empty (12 to 200
/// characters, not only spaces). `what` names it ("The server password").
QString staffPasswordProblem(const QString& password, const QString& what);

/// Deactivating or reactivating a staff member (docs/SECURITY.md, "Staff"): on PostgreSQL the
/// login loses its group role and LOGIN and its server sessions end at once; audited with the
/// reason. Headquarters only; nobody deactivates their own login.
struct StaffActivation
{
    qint64 id = 0;      ///< staff.id
    int version = 0;    ///< the version shown; a different stored version is a Conflict
    bool active = true; ///< false deactivates, true reactivates
    QString reason;     ///< required, at most 500 characters
};

/// A member's service status (parents.service_status, seed 004): "active", "paused" or
/// "withdrawn". Pausing stops the monthly fee while the child is away; withdrawing ends the
/// membership (the member's records stay; a withdrawn member can be enrolled again).
struct MemberServiceChange
{
    qint64 id = 0;   ///< parents.id
    int version = 0; ///< parents.version as shown
    QString status;  ///< the status wanted
    QString reason;  ///< required, at most 500 characters
};

/// An auto-debit contract's status (cms_info.cms_status, seed 004). The only transitions are
/// (docs/DOMAIN.md, "Auto-debit contracts"): pending_registration -> active | terminated,
/// active -> suspended | terminated, suspended -> active | terminated; terminated is final.
struct ContractStatusChange
{
    qint64 id = 0;   ///< cms_info.id
    int version = 0; ///< cms_info.version as shown
    QString status;  ///< the status wanted
    QString reason;  ///< required, at most 500 characters
};

/// Whether a contract may go from `from` to `to` (the transitions of ContractStatusChange).
bool contractTransitionAllowed(const QString& from, const QString& to);

/// A Korean bank that takes CMS auto-debits: its three-digit code (the KFTC bank code) and name.
struct Bank
{
    QString code; ///< "004"
    QString name; ///< "KB국민은행"
};
/// The banks a contract may name, in the order the console offers them (docs/DOMAIN.md).
const QVector<Bank>& cmsBanks();

/// An auto-debit contract's terms (seed 004 CMSInfo): the bank, the account and its holder,
/// the payment day and the monthly amount. Registering names the member (memberId); changing
/// names the contract (id, version). The account number is sealed with FieldCipher before it is
/// stored (account_number_enc, bound to the contract id) and only its last four digits are kept
/// in clear; empty on a change keeps the stored account.
struct ContractTerms
{
    qint64 id = 0;            ///< cms_info.id (a change)
    qint64 memberId = 0;      ///< parents.id (registering)
    int version = 0;          ///< cms_info.version as shown (a change)
    QString bankCode;         ///< one of cmsBanks()
    QString accountHolder;    ///< 1 to 100 characters
    QString accountNumber;    ///< 10 to 14 digits, hyphens allowed; empty on a change: unchanged
    int paymentDay = 0;       ///< the debit day of the month, 1 to 28
    qint64 monthlyAmount = 0; ///< won, 1 to 10,000,000
    QString reason;           ///< required, at most 500 characters
};

/// What is wrong with contract terms in a sentence naming the field and the fix, or empty.
/// `registering` requires the account number.
QString contractTermsProblem(const ContractTerms& terms, bool registering);

/// A registered contract: its row and its contract id (the one printed for the bank).
struct RegisteredContract
{
    qint64 id = 0;
    QString contractId;
};

} // namespace pd

namespace pd {

/// A manual credit to a user's BCH credit balance (seed 002's admin credit page; docs/DOMAIN.md,
/// "Manual credits"): satoshi, positive to credit, negative to take back; with a reason.
/// Headquarters only. Up to the four-eyes limit (credit_settings) it is credited at once; above
/// it, it waits for a second headquarters admin's approval.
struct ManualCreditRequest
{
    qint64 userId = 0;
    qint64 amountSats = 0; ///< non-zero; at most 21,000,000 BCH either way
    QString reason;        ///< required, at most 500 characters
};

/// What became of a ManualCreditRequest.
struct ManualCreditResult
{
    qint64 requestId = 0;
    QString status;          ///< "approved" (credited, creditId set) or "pending" (needs a second approval)
    qint64 creditId = 0;     ///< the user_credits row, once credited
    qint64 fourEyesSats = 0; ///< the limit in force when it was asked
};

/// A second headquarters admin's decision on a pending credit request.
struct CreditDecision
{
    qint64 id = 0;       ///< credit_requests.id
    int version = 0;     ///< as shown; another stored version is a Conflict
    bool approve = true; ///< approve (credits the amount) or reject
    QString note;        ///< required, at most 500 characters
};

} // namespace pd

namespace pd {

/// A member's own data corrected (seed 004): names, phone, e-mail and the institution the
/// member belongs to (a move to another institution; its past payments stay where they were).
/// Validated (memberEditProblem()) and audited with a reason.
struct MemberEdit
{
    qint64 id = 0;   ///< parents.id
    int version = 0; ///< parents.version as shown
    QString lastName;
    QString firstName;
    QString phone; ///< "010-1234-5678" (Korean) or "+1-555-0100" (international); empty for none
    QString email;
    qint64 institutionId = 0; ///< an active organisation of type institution
    QString reason;           ///< required, at most 500 characters
};

/// What is wrong with an edit's fields, in a sentence naming the field and the fix; empty when
/// the fields are well formed (the database decides the rest: duplicates, the institution).
QString memberEditProblem(const MemberEdit& edit);

/// A member enrolled from the console (seed 004): a user (seed 000 users), the
/// parents row in an open institution with service "active", and, when childName is given,
/// the first child. Validated as MemberEdit is, plus the child's fields (childProblem()).
struct MemberDraft
{
    QString lastName;
    QString firstName;
    QString phone; ///< as MemberEdit::phone; empty for none
    QString email;
    qint64 institutionId = 0;                   ///< an open organisation of type institution
    QDate enrolledOn;                           ///< the enrolment date; invalid means today (the server's local date)
    QString countryCode = QStringLiteral("KR"); ///< ISO 3166-1 alpha-2; KR names read family name first
    QString childName;                          ///< the first child's name; empty enrols the member alone
    QDate childBirthDate;                       ///< optional
    QString childClass;                         ///< optional class or group, at most 100 characters
    QString reason;                             ///< required, at most 500 characters
};

/// The rows a MemberDraft made.
struct CreatedMember
{
    qint64 memberId = 0; ///< parents.id
    qint64 userId = 0;   ///< users.id
    qint64 childId = 0;  ///< children.id of the first child, 0 when none was given
};

/// A member's child (seed 004 children) added or corrected; a child who no longer attends is
/// marked inactive, never deleted. Audited with a reason.
struct ChildEdit
{
    qint64 id = 0;       ///< children.id; 0 when adding
    qint64 memberId = 0; ///< parents.id, when adding
    int version = 0;     ///< children.version as shown (corrections only)
    QString name;        ///< 1 to 100 characters
    QDate birthDate;     ///< optional; not in the future nor before 1900
    QString className;   ///< optional, at most 100 characters
    bool active = true;  ///< false: no longer attends
    QString reason;      ///< required, at most 500 characters
};

/// What is wrong with a child's fields in a sentence, or empty; `today` bounds the birth date.
QString childProblem(const ChildEdit& child, const QDate& today);

} // namespace pd

namespace pd {

/// Closing or reopening an organisation (soft: a closed one keeps its history and takes no new
/// members), renaming it, or moving it under another parent of the level above (its subtree
/// moves with it; past payments and settlements stay as they were); headquarters only, with a
/// reason, audited as organization.close, organization.reopen, organization.rename or
/// organization.move. The root (headquarters) is never closed or moved.
struct OrganizationChange
{
    qint64 id = 0;       ///< organizations.id
    int version = 0;     ///< organizations.version as shown
    QString action;      ///< "close", "reopen", "rename" or "move"
    QString name;        ///< the new name (rename only), 1 to 200 characters
    QString reason;      ///< required, at most 500 characters
    qint64 parentId = 0; ///< "move": the new parent, one level up (a center for an institution)
};

/// The type an organisation under a `parentType` organisation has (headquarters > region >
/// center > institution); empty when nothing goes below `parentType` (an institution).
QString childOrganizationType(const QString& parentType);

/// A new organisation under `parentId` (headquarters only): its type follows from the parent's,
/// its path is the parent's path and its own id (docs/DOMAIN.md, "Organisations").
struct OrganizationDraft
{
    qint64 parentId = 0;
    QString code;   ///< unique, 1 to 32 of A-Z, 0-9 and "-", starting with a letter or digit
    QString name;   ///< 1 to 200 characters
    QString reason; ///< required, at most 500 characters
};

/// The organisation an OrganizationDraft made.
struct CreatedOrganization
{
    qint64 id = 0;
    QString orgType;
    QString path; ///< "/1/4/17/"
};

/// A fee rate set for an organisation from a month on (organization_fee_rates, migration 019):
/// settlements of that month and later use it for the centers below it that have no nearer
/// rate. Rates are never changed; a newer row supersedes. Headquarters only.
struct FeeRateChange
{
    qint64 organizationId = 0; ///< headquarters, a region or a center
    QString effectiveMonth;    ///< "YYYY-MM"; no confirmed or paid settlement below it from that month
    int feeBp = -1;            ///< basis points, 0 to 10000 (250 = 2.5 %)
    QString reason;            ///< required, at most 500 characters
};

/// The retry policy of failed auto-debits set for an organisation (debit_retry_policies,
/// migration 028; docs/DOMAIN.md, "Retry policy"): the institutions below it with no nearer
/// policy debit a payment that failed with a 'retry' code again up to `retryLimit` times,
/// `intervalDays` banking days apart. Policies are never changed; a newer row supersedes.
/// Headquarters only.
struct RetryPolicyChange
{
    static constexpr int kDefaultRetries = 2;      ///< without any policy row (PD_SQL_RETRY_LIMIT_DEFAULT)
    static constexpr int kDefaultIntervalDays = 3; ///< without any policy row (PD_SQL_RETRY_INTERVAL_DEFAULT)
    static constexpr int kMaxSpanDays = 15;        ///< retries × interval, banking days (migration 028)

    qint64 organizationId = 0; ///< headquarters, a region, a center or an institution
    int retryLimit = -1;       ///< 0 to 5 retries
    int intervalDays = -1;     ///< 1 to 10 banking days; retryLimit × intervalDays at most 15
    QString reason;            ///< required, at most 500 characters
};

/// A weekday the banks are closed, added by headquarters to the debit calendar's holidays
/// (bank_holidays, migration 025): debits due that day move to the next banking day.
struct BankHolidayDraft
{
    QDate day;      ///< Monday to Friday; not a holiday already
    QString name;   ///< what the day is ("임시공휴일 / Temporary holiday"), at most 100 characters
    QString reason; ///< required, at most 500 characters (the announcement it follows)
};

/// The bank holiday row a BankHolidayDraft made.
struct CreatedBankHoliday
{
    qint64 id = 0;
};

/// A bank holiday withdrawn (a wrong day: debits go out on it again) or restored; never deleted.
struct BankHolidayChange
{
    qint64 id = 0;      ///< bank_holidays.id
    bool active = true; ///< false withdraws, true restores
    QString reason;     ///< required, at most 500 characters
};

} // namespace pd

namespace pd {

/// The manual-credit settings (credit_settings, migration 015): requests whose size is above
/// `fourEyesSats` satoshi need a second headquarters admin. Headquarters changes it, audited.
struct CreditSettings
{
    qint64 fourEyesSats = 10000000; ///< 0 .. 2,100,000,000,000,000 (0: every credit needs two)
    int version = 0;
    QString reason; ///< required when changing, at most 500 characters
};

} // namespace pd
