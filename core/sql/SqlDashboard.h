#pragma once

#include "Dashboard.h"
#include "Result.h"

namespace pd::sql {

class SqlSession;

/// Aggregates one dashboard chart in the database (one statement, GROUP BY; never raw rows in
/// the client) for request.chart over request's months and organisation subtree:
/// - Collections / CollectionRateByMonth: per payment month, "expected" (won of every payment
///   not cancelled), "collected" (won of successful payments) and per method ("cms", "card",
///   "bch", "manual"); rate in basis points as "rate";
/// - CollectionRateByCenter: the same over the whole period per center (the parent of the
///   paying institution), lowest rate first, organization ids in categoryIds;
/// - OverdueAgeing: at each month's end (today for the current month) the members owing
///   payments due before that day and not paid by then, banded by their oldest debt like the
///   overdue list: won per band ("1-7", ...) and members per band ("1-7_members", ...);
/// - KycFlow: per local day, documents received ("received") and decided ("decided"); facts:
///   "queue" (pending or returned now), "median_minutes_level_1" and "_2" (lower median of
///   decision time of the period's decisions, -1 when there were none);
/// - Invoices: per local creation month and status, satoshi (key: the status) and count (key:
///   status + "_count").
/// Months without rows have zeros. Errors: Invalid for a bad request, else classified database
/// errors.
Result<ChartData> dashboardChart(SqlSession& session, const DashboardRequest& request);

} // namespace pd::sql
