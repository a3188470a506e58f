#include "CellCopy.h"

#include <QAbstractItemModel>
#include <QSet>

#include <algorithm>

namespace pd::models {

namespace {
QString tsvCell(QString text)
{
    for (QChar& c : text) {
        if (c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            c = QLatin1Char(' ');
        }
    }
    return text;
}
} // namespace

CopiedCells copyCells(const QAbstractItemModel& model, const QModelIndexList& selected, const QList<int>& skipColumns)
{
    CopiedCells out;
    QList<int> rows;
    QList<int> columns;
    QSet<QPair<int, int>> chosen;
    for (const QModelIndex& index : selected) {
        if (!index.isValid() || skipColumns.contains(index.column())) {
            continue;
        }
        rows.append(index.row());
        columns.append(index.column());
        chosen.insert({index.row(), index.column()});
    }
    if (chosen.isEmpty()) {
        return out;
    }
    std::sort(rows.begin(), rows.end());
    rows.erase(std::unique(rows.begin(), rows.end()), rows.end());
    std::sort(columns.begin(), columns.end());
    columns.erase(std::unique(columns.begin(), columns.end()), columns.end());

    QStringList headerText;
    QString html = QStringLiteral("<table><thead><tr>");
    for (int column : columns) {
        const QString title = model.headerData(column, Qt::Horizontal, Qt::DisplayRole).toString();
        headerText << tsvCell(title);
        html += QStringLiteral("<th>%1</th>").arg(title.toHtmlEscaped());
    }
    html += QStringLiteral("</tr></thead><tbody>");
    QStringList lines{headerText.join(QLatin1Char('\t'))};
    for (int row : rows) {
        QStringList cells;
        html += QStringLiteral("<tr>");
        for (int column : columns) {
            const QString value =
                chosen.contains({row, column}) ? model.index(row, column).data(Qt::DisplayRole).toString() : QString();
            cells << tsvCell(value);
            html += QStringLiteral("<td>%1</td>").arg(value.toHtmlEscaped());
        }
        html += QStringLiteral("</tr>");
        lines << cells.join(QLatin1Char('\t'));
    }
    html += QStringLiteral("</tbody></table>");
    out.text = lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
    out.html = html;
    out.rows = int(rows.size());
    return out;
}

} // namespace pd::models
