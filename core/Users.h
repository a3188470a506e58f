#pragma once

#include <QString>

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

} // namespace pd

namespace pd {

/// Closing or reopening an organisation (soft: a closed one keeps its history and takes no new
/// members), or renaming it; headquarters only, with a reason, audited as organization.close,
/// organization.reopen or organization.rename. The root (headquarters) is never closed.
struct OrganizationChange
{
    qint64 id = 0;   ///< organizations.id
    int version = 0; ///< organizations.version as shown
    QString action;  ///< "close", "reopen" or "rename"
    QString name;    ///< the new name (rename only), 1 to 200 characters
    QString reason;  ///< required, at most 500 characters
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
