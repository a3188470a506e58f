#include "Result.h"

#include <array>

namespace pd {

namespace {
struct KindName
{
    Error::Kind kind;
    const char* name;
};

constexpr std::array<KindName, 17> kKindNames{{
    {Error::Kind::None, "none"},
    {Error::Kind::Connection, "connection"},
    {Error::Kind::Authentication, "authentication"},
    {Error::Kind::Tls, "tls"},
    {Error::Kind::NotPaydesk, "not_paydesk"},
    {Error::Kind::SchemaTooNew, "schema_too_new"},
    {Error::Kind::SchemaOutdated, "schema_outdated"},
    {Error::Kind::EmptyDatabase, "empty_database"},
    {Error::Kind::Conflict, "conflict"},
    {Error::Kind::NotFound, "not_found"},
    {Error::Kind::Invalid, "invalid"},
    {Error::Kind::Permission, "permission"},
    {Error::Kind::Cancelled, "cancelled"},
    {Error::Kind::Timeout, "timeout"},
    {Error::Kind::Database, "database"},
    {Error::Kind::Network, "network"},
    {Error::Kind::Internal, "internal"},
}};
} // namespace

QString Error::kindName(Kind kind)
{
    for (const auto& entry : kKindNames) {
        if (entry.kind == kind) {
            return QString::fromLatin1(entry.name);
        }
    }
    return QStringLiteral("internal");
}

Error::Kind Error::kindFromName(const QString& name)
{
    for (const auto& entry : kKindNames) {
        if (name == QLatin1String(entry.name)) {
            return entry.kind;
        }
    }
    return Kind::Internal;
}

} // namespace pd
