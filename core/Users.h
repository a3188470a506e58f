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
