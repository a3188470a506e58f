#pragma once

#include "ListTypes.h"

#include <QString>

namespace pd {

/// What a staff role may do in the console (docs/DOMAIN.md, "Who may do what"). The console
/// hides or disables what a role may not do; the database (PostgreSQL grants and row-level
/// security, migration 004) and the REST server enforce it, so hiding is never the only guard.
/// An empty role is the database's owner (or a SQLite file's user): everything is allowed.
struct Permissions
{
    QString role; ///< "hq_admin", "regional_admin", "center_manager", "kyc_reviewer", "auditor" or ""

    /// The staff roles in docs/DOMAIN.md's order.
    static QStringList roles();
    /// The permissions of a role; unknown roles may only read what every role reads.
    static Permissions forRole(const QString& role);

    /// The area's page is shown.
    bool seesArea(Area area) const;
    /// KYC: claim, approve, reject, request information.
    bool reviewsKyc() const;
    /// KYC: release another reviewer's claim, change the review settings.
    bool administersKyc() const;
    /// KYC: reveal a document number (audited).
    bool revealsDocumentNumbers() const;
    /// BCH invoices: create, change status, set the account xpub.
    bool managesInvoices() const;
    /// BCH invoices: print sheets.
    bool printsInvoices() const;
    /// Payments and settlements of the visible subtree.
    bool changesPayments() const;
    /// Settlements: reopen a confirmed settlement (back to draft), set fee rates.
    bool reopensSettlements() const;
    /// Bank account numbers of auto-debit contracts: reveal (audited).
    bool revealsAccountNumbers() const;
    /// Users: deactivate and reactivate (audited with a reason).
    bool administersUsers() const;
    /// Staff: deactivate and reactivate logins (headquarters).
    bool administersStaff() const;
    /// Organisations: rename, close and reopen (headquarters).
    bool administersOrganizations() const;
    /// Members of the visible subtree: service status and auto-debit contract status.
    bool changesMembers() const;
    /// Bank holidays of the debit calendar: add, withdraw and restore days (headquarters).
    bool keepsBankHolidays() const;

private:
    bool is(const char* name) const { return role == QLatin1String(name); }
    bool owner() const { return role.isEmpty(); }
};

} // namespace pd
