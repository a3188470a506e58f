#pragma once

#include <QModelIndexList>
#include <QString>

class QAbstractItemModel;

namespace pd::models {

/// Selected cells as the clipboard carries them: tab-separated text and an HTML table, both
/// with the column titles as the first row, so a spreadsheet gets headers too.
struct CopiedCells
{
    QString text; ///< TSV; tabs and line breaks inside a cell become spaces
    QString html; ///< <table> with <th> headers, values HTML-escaped
    int rows = 0;
};

/// Copies the cells in `selected` (any shape): the rows and columns they span, in model order,
/// as shown (DisplayRole, so money and times are formatted as on screen); cells inside the
/// span that were not selected stay empty. Columns in `skipColumns` (hidden ones) are left out.
CopiedCells copyCells(const QAbstractItemModel& model, const QModelIndexList& selected,
                      const QList<int>& skipColumns = {});

} // namespace pd::models
