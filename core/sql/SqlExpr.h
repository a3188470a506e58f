#pragma once

#include "DatabaseUrl.h"
#include "ListTypes.h"
#include "sql/SqlBuilder.h"
#include "sql/SqlDialect.h"

#include <QVariant>

// Fixed SQL fragments shared by the list and detail queries (string literals, so they can be
// spliced into SqlBuilder::sql() text at compile time).
/// SQLite's current time as the canonical text timestamps are stored in.
#define PD_SQL_SQLITE_NOW "strftime('%Y-%m-%dT%H:%M:%f000Z', 'now')"
/// A member's display name from users `u`: Korean names family name first without a space.
#define PD_SQL_MEMBER_NAME                                                                                             \
    "(CASE WHEN u.country_code = 'KR' THEN u.last_name || u.first_name ELSE u.first_name || ' ' || "                   \
    "u.last_name END)"
/// Organisation `o`'s own fee rate in basis points in force this month (migration 019: the latest
/// organization_fee_rates row whose effective month is not in the future); NULL when it has none
/// and inherits its ancestor's.
#define PD_SQL_OWN_FEE_RATE(CURRENT_MONTH)                                                                             \
    "(SELECT r.fee_bp FROM organization_fee_rates r WHERE r.organization_id = o.id AND r.effective_month "             \
    "<= " CURRENT_MONTH " ORDER BY r.effective_month DESC, r.id DESC LIMIT 1)"
#define PD_SQL_OWN_FEE_RATE_PG PD_SQL_OWN_FEE_RATE("to_char(CURRENT_DATE, 'YYYY-MM')")
#define PD_SQL_OWN_FEE_RATE_SQLITE PD_SQL_OWN_FEE_RATE("strftime('%Y-%m', 'now', 'localtime')")
/// The fee rate in force this month for organisation `o` and the centers below it: the nearest
/// ancestor's (itself included) latest rate not in the future, as settlements use it.
#define PD_SQL_FEE_RATE_IN_FORCE(CURRENT_MONTH)                                                                        \
    "(SELECT r.fee_bp FROM organizations a JOIN organization_fee_rates r ON r.organization_id = a.id WHERE o.path "    \
    "LIKE a.path || '%' AND r.effective_month <= " CURRENT_MONTH                                                       \
    " ORDER BY length(a.path) DESC, r.effective_month DESC, r.id DESC LIMIT 1)"
/// The retry policy's FIELD (retry_limit or interval_days) in force for organisation alias ORG
/// (migration 028): its nearest ancestor's, itself included, latest row; NULL when none (the
/// default: PD_SQL_RETRY_LIMIT_DEFAULT retries, PD_SQL_RETRY_INTERVAL_DEFAULT banking days).
#define PD_SQL_RETRY_POLICY(FIELD, ORG)                                                                                \
    "(SELECT r." FIELD " FROM organizations a JOIN debit_retry_policies r ON r.organization_id = a.id WHERE " ORG      \
    ".path LIKE a.path || '%' ORDER BY length(a.path) DESC, r.id DESC LIMIT 1)"
#define PD_SQL_RETRY_LIMIT_DEFAULT "2"
#define PD_SQL_RETRY_INTERVAL_DEFAULT "3"
#define PD_SQL_FEE_RATE_IN_FORCE_PG PD_SQL_FEE_RATE_IN_FORCE("to_char(CURRENT_DATE, 'YYYY-MM')")
#define PD_SQL_FEE_RATE_IN_FORCE_SQLITE PD_SQL_FEE_RATE_IN_FORCE("strftime('%Y-%m', 'now', 'localtime')")
/// An invoice's amount (NUMERIC(10,8) BCH in `i.amount`) as integer satoshi. SQLite stores the
/// amount as text with exactly eight decimals, so dropping the point is exact.
// The instant a pending KYC document's SLA age is measured from (migration 022): its start,
// moved on by every finished pause, and by the running pause while it is on hold, so that
// now - this is the time that counts.
#define PD_SQL_KYC_SLA_START_PG                                                                                        \
    "(COALESCE(k.sla_clock_from, k.created_at) + COALESCE(now() - k.paused_at, interval '0'))"
#define PD_SQL_KYC_SLA_START_SQLITE                                                                                    \
    "(CASE WHEN k.paused_at IS NULL THEN COALESCE(k.sla_clock_from, k.created_at) ELSE "                               \
    "strftime('%Y-%m-%dT%H:%M:%f', julianday(COALESCE(k.sla_clock_from, k.created_at)) + julianday('now') - "          \
    "julianday(k.paused_at)) || '000Z' END)"
#define PD_SQL_INVOICE_SATOSHI_PG "CAST(i.amount * 100000000 AS BIGINT)"
#define PD_SQL_INVOICE_SATOSHI_SQLITE "CAST(replace(i.amount, '.', '') AS INTEGER)"
/// The reviewer holding a live claim on KYC document `k`; NULL when unclaimed or lapsed.
#define PD_SQL_KYC_LIVE_CLAIMER_PG "CASE WHEN k.claim_expires_at > CURRENT_TIMESTAMP THEN k.claimed_by END"
#define PD_SQL_KYC_LIVE_CLAIMER_SQLITE "CASE WHEN k.claim_expires_at > " PD_SQL_SQLITE_NOW " THEN k.claimed_by END"

namespace pd::sql {

/// Appends `expr` read as `type` (SqlDialect::readValue).
inline void emitTypedValue(SqlBuilder& b, const char* expr, ValueType type, Dialect dialect)
{
    SqlDialect::of(dialect).readValue(b, expr, type);
}

/// Appends " AND <expr> IN (the ids of organization `orgId` and everything below it)", the
/// subtree test of the lists' "org" filter and the dashboard (organizations.path prefixes).
inline void emitOrgSubtree(SqlBuilder& b, const char* expr, qint64 orgId)
{
    b.sql(" AND ")
        .sql(expr)
        .sql(" IN (SELECT sub.id FROM organizations sub JOIN organizations root "
             "ON sub.path LIKE root.path || '%' WHERE root.id = ")
        .bind(orgId)
        .sql(")");
}

/// Converts a raw driver value to the C++ type ValueType promises (see ListTypes.h); NULL
/// stays an invalid QVariant.
QVariant decodeValue(const QVariant& raw, ValueType type);

} // namespace pd::sql
