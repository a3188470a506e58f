#pragma once

#include "Backend.h"
#include "DatabaseUrl.h"
#include "RestBackend.h"

#include <memory>

namespace pd {

/// Makes the backends the console talks to, so widgets never name an implementation: a
/// direct database (SqlBackend over PostgreSQL or SQLite) or a Paydesk server (RestBackend).
/// Tests and other front ends subclass it to hand out their own backends.
class BackendFactory
{
public:
    virtual ~BackendFactory() = default;
    /// A backend over a database; `fieldKeyFile` is the FieldCipher key for revealing bank
    /// account numbers (may not exist).
    virtual std::unique_ptr<Backend> database(const DatabaseUrl& url, const QString& fieldKeyFile) const;
    /// A backend over paydesk-server.
    virtual std::unique_ptr<RestBackend> server(const RestBackend::Options& options) const;
};

} // namespace pd
