#pragma once

#include "BankingCalendar.h"
#include "Result.h"

namespace pd::sql {

class SqlSession;

/// The banking calendar of the CMS debits from the database's bank holidays (migration 025):
/// the active days from `from` to `to` inclusive (withdrawn days are not holidays). Errors:
/// Invalid (an invalid or reversed range, or one longer than ten years), the session's errors.
Result<BankingCalendar> bankingCalendar(SqlSession& session, const QDate& from, const QDate& to);

} // namespace pd::sql
