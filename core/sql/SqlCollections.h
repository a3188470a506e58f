#pragma once

#include "BankingCalendar.h"
#include "Result.h"
#include "Users.h"

namespace pd::sql {

class SqlSession;

/// The banking calendar of the CMS debits from the database's bank holidays (migration 025):
/// the active days from `from` to `to` inclusive (withdrawn days are not holidays). Errors:
/// Invalid (an invalid or reversed range, or one longer than ten years), the session's errors.
Result<BankingCalendar> bankingCalendar(SqlSession& session, const QDate& from, const QDate& to);

/// Adds a bank holiday (headquarters; PostgreSQL's grants refuse the others), audited as
/// "bank_holiday.add" with the reason. Errors: Invalid (not a date, a Saturday or Sunday, a
/// day that is a holiday already or was withdrawn — restore that one —, an empty or too long
/// name or reason), Permission, the session's errors.
Result<CreatedBankHoliday> addBankHoliday(SqlSession& session, const BankHolidayDraft& draft);

/// Withdraws (active = false) or restores a bank holiday with a reason, audited as
/// "bank_holiday.withdraw" / "bank_holiday.restore"; the row stays. Errors: Invalid (already
/// so, an empty reason), NotFound, Permission, the session's errors.
Result<Done> setBankHolidayActive(SqlSession& session, const BankHolidayChange& change);

} // namespace pd::sql
