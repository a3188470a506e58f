#include "Roles.h"

#include "Pages.h"

namespace pd {

QStringList Permissions::roles()
{
    return {QStringLiteral("hq_admin"), QStringLiteral("regional_admin"), QStringLiteral("center_manager"),
            QStringLiteral("kyc_reviewer"), QStringLiteral("auditor")};
}

Permissions Permissions::forRole(const QString& role)
{
    Permissions p;
    p.role = role;
    return p;
}

bool Permissions::seesArea(Area area) const
{
    return pageOf(area).visibleTo(*this);
}

bool Permissions::reviewsKyc() const
{
    return owner() || is("hq_admin") || is("kyc_reviewer");
}

bool Permissions::administersKyc() const
{
    return owner() || is("hq_admin");
}

bool Permissions::revealsDocumentNumbers() const
{
    return reviewsKyc();
}

bool Permissions::managesInvoices() const
{
    return owner() || is("hq_admin");
}

bool Permissions::printsInvoices() const
{
    return owner() || is("hq_admin") || is("regional_admin") || is("center_manager") || is("auditor");
}

bool Permissions::changesPayments() const
{
    return owner() || is("hq_admin") || is("regional_admin") || is("center_manager");
}

bool Permissions::reopensSettlements() const
{
    return owner() || is("hq_admin");
}

bool Permissions::revealsAccountNumbers() const
{
    return owner() || is("hq_admin");
}

bool Permissions::administersUsers() const
{
    return owner() || is("hq_admin");
}

bool Permissions::administersStaff() const
{
    return owner() || is("hq_admin");
}

bool Permissions::administersOrganizations() const
{
    return owner() || is("hq_admin");
}

bool Permissions::keepsBankHolidays() const
{
    return owner() || is("hq_admin");
}

bool Permissions::changesMembers() const
{
    return owner() || is("hq_admin") || is("regional_admin") || is("center_manager");
}

} // namespace pd
