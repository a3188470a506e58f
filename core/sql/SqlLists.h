#pragma once

#include "DatabaseUrl.h"
#include "ListTypes.h"
#include "Payments.h"
#include "Result.h"
#include "sql/SqlBuilder.h"

#include <QVariant>

#include <functional>
#include <optional>

namespace pd::sql {

class PgTextRow;
class SqlSession;

/// One page of an area's rows by keyset pagination:
/// `WHERE (sort, id) > (:last_sort, :last_id) ORDER BY sort, id LIMIT :n` on indexed
/// expressions (docs/ARCHITECTURE.md, "Big tables"). Filters are validated against
/// areaFilterKeys(); an unknown key, a malformed value or a cursor of another sort gives
/// Error::Kind::Invalid.
Result<ListPage> listPage(SqlSession& session, const ListRequest& request);

/// Number of rows matching the request's filters (sort and cursor are ignored). With
/// CountMode::Estimate, PostgreSQL answers from the planner (EXPLAIN) unless the estimate is
/// small enough to count exactly at once; SQLite always counts exactly.
Result<CountResult> countRows(SqlSession& session, const ListRequest& request, CountMode mode);

/// Count and sum per status of the rows matching the request's filters (payments: amount;
/// settlements: net amount), with the list's own FROM and WHERE. Invalid for other areas.
Result<ListTotals> listTotals(SqlSession& session, const ListRequest& request);

/// Streams every row matching the request's filters and sort, in order, to `sink` without
/// holding them: the query is forward-only, so QPSQL delivers rows in single-row mode. `sink`
/// returns false to stop early (the result is then Error::Kind::Cancelled).
Result<qint64> forEachRow(SqlSession& session, const ListRequest& request,
                          const std::function<bool(const QVariantList& row)>& sink);

/// PostgreSQL only: forEachRow() without QVariants, for export. Each row holds PostgreSQL's
/// text for the list's values (the first areaColumns(area).size() fields; the sort key may
/// follow): integers and money in minor units as digits, timestamps as canonical
/// "YYYY-MM-DDTHH:MM:SS.ffffffZ", dates "YYYY-MM-DD", booleans "t"/"f", NULL as isNull().
Result<qint64> forEachTextRow(SqlSession& session, const ListRequest& request,
                              const std::function<bool(const PgTextRow& row)>& sink);

/// The detail pane's record for one row of an area; Error::Kind::NotFound when it is gone.
Result<DetailRecord> detailRecord(SqlSession& session, Area area, qint64 id);

/// The whole organisation tree in path order (parents before children).
Result<QVector<Organization>> organizations(SqlSession& session);

/// The statement listPage() runs for a request (with `?` placeholders and their values), for
/// benchmarks that compare against bare libpq running the same SQL.
Result<SqlBuilder> listPageStatement(Dialect dialect, const ListRequest& request);

/// The column keys of an area's SQL catalog, in order; must equal areaColumns(area) (tested).
QStringList catalogColumnKeys(Area area);

/// Escapes LIKE wildcards (% _ \) in user text and wraps it as "%text%", for
/// `LIKE ? ESCAPE '\'`.
QString likeContainsPattern(const QString& userText);

/// Parses an ISO-8601 instant ("2025-03-01T00:00:00Z", with or without milliseconds or an
/// offset) into the canonical UTC text both dialects compare: "YYYY-MM-DDTHH:MM:SS.ffffffZ".
/// Empty string when the text is not an instant.
QString canonicalInstant(const QString& text);

/// Reads the canonical timestamp text back as a QDateTime in UTC (microseconds dropped).
QDateTime parseCanonicalInstant(const QString& text);

/// A keyset-pagination cursor (docs/ARCHITECTURE.md, "Lists"): the last row's sort value and
/// id, for the area and sort it was made for. Opaque to clients: base64url of a small JSON
/// object.
struct Cursor
{
    QString area;
    QString sortKey;
    bool descending = false;
    QVariant value; ///< text, integer or boolean
    qint64 id = 0;
};
/// The cursor as ListPage::nextCursor carries it.
QString encodeCursor(const Cursor& cursor);
/// The cursor of a ListRequest::cursor sent by a client; nullopt for anything else (any bytes
/// may arrive here: fuzzed by tests/fuzz).
std::optional<Cursor> decodeCursor(const QString& text);

} // namespace pd::sql
