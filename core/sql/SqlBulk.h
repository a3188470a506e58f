#pragma once

#include "Bulk.h"
#include "Result.h"

namespace pd::sql {

class SqlSession;

/// Pre-flight of a bulk action (docs/DOMAIN.md, "Bulk actions"): reads the rows `request.ids`
/// through the caller's grants and row-level security and says, for each, whether the action
/// applies and why not. Invalid for no ids or more than kMaxBulkPreviewIds.
Result<BulkPreview> previewBulk(SqlSession& session, const BulkPreviewRequest& request);

/// Applies a bulk action row by row, each in its own transaction through the same function a
/// single change uses (so the same checks, database rules and one audit row with the shared
/// reason per row); a row that fails is rolled back alone and its outcome says why. Invalid
/// (nothing applied) for no items, more than kMaxBulkApplyItems, or a missing reason.
Result<BulkApplyResult> applyBulk(SqlSession& session, const BulkApplyRequest& request);

} // namespace pd::sql
