#include "BackendFactory.h"

#include "sql/SqlBackend.h"

namespace pd {

std::unique_ptr<Backend> BackendFactory::database(const DatabaseUrl& url, const QString& fieldKeyFile) const
{
    auto backend = std::make_unique<sql::SqlBackend>(url);
    backend->setFieldKeyFile(fieldKeyFile);
    return backend;
}

std::unique_ptr<RestBackend> BackendFactory::server(const RestBackend::Options& options) const
{
    return std::make_unique<RestBackend>(options);
}

} // namespace pd
