#include "DetailPane.h"

#include <QTimer>

#include <QScrollBar>

#include "Labels.h"
#include "Pages.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace pd::ui {

using models::Labels;

DetailPane::DetailPane(Backend* backend, Area area, QWidget* parent)
    : QScrollArea(parent)
    , m_backend(backend)
    , m_area(area)
{
    setObjectName(QStringLiteral("detailPane"));
    setWidgetResizable(true);
    setFrameShape(QFrame::NoFrame);
    setMinimumWidth(280);
    showMessage(tr("Select a row to see its details."));
}

void DetailPane::clearContent()
{
    m_content = new QWidget;
    m_layout = new QVBoxLayout(m_content);
    m_layout->setContentsMargins(8, 8, 8, 8);
    m_layout->setSpacing(10);
    setWidget(m_content); // deletes the previous content
}

void DetailPane::showMessage(const QString& text)
{
    clearContent();
    auto* label = new QLabel(text, m_content);
    label->setObjectName(QStringLiteral("detailMessage"));
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_layout->addWidget(label);
    m_layout->addStretch(1);
}

void DetailPane::showRecord(qint64 id)
{
    if (m_request) {
        m_backend->cancel(m_request);
        m_request = 0;
    }
    const bool changed = id != m_id;
    m_id = id;
    m_record.reset();
    if (changed) {
        Q_EMIT currentIdChanged(id);
    }
    if (id == 0) {
        showMessage(tr("Select a row to see its details."));
        return;
    }
    showMessage(tr("Loading…"));
    m_request = m_backend->fetchDetail(m_area, id, this, [this, id](const Result<DetailRecord>& result) {
        if (id != m_id) {
            return;
        }
        m_request = 0;
        if (!result.ok()) {
            if (result.error().kind != Error::Kind::Cancelled) {
                showMessage(result.error().message);
            }
            return;
        }
        m_record = result.value();
        render(result.value());
        Q_EMIT recordShown(result.value());
    });
}

void DetailPane::refreshRecord()
{
    if (m_id == 0 || m_request) {
        return;
    }
    const qint64 id = m_id;
    m_request = m_backend->fetchDetail(m_area, id, this, [this, id](const Result<DetailRecord>& result) {
        if (id != m_id) {
            return;
        }
        m_request = 0;
        if (!result.ok()) {
            return;
        }
        const int scroll = verticalScrollBar()->value();
        m_record = result.value();
        render(result.value());
        Q_EMIT recordShown(result.value());
        QTimer::singleShot(0, this, [this, scroll]() { verticalScrollBar()->setValue(scroll); });
    });
}

void DetailPane::render(const DetailRecord& record)
{
    clearContent();
    // An audit event is titled by its action, in words.
    const QString heading =
        m_area == Area::AuditLog ? Labels::valueLabel(m_area, QStringLiteral("action"), record.title) : record.title;
    auto* title = new QLabel(heading.trimmed().isEmpty() ? QStringLiteral("#%1").arg(record.id) : heading, m_content);
    title->setObjectName(QStringLiteral("detailTitle"));
    QFont font = title->font();
    font.setPointSizeF(font.pointSizeF() * 1.25);
    font.setBold(true);
    title->setFont(font);
    title->setWordWrap(true);
    title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_layout->addWidget(title);
    const QString entity = pageOf(m_area).auditEntity;
    if (m_historyAvailable && !entity.isEmpty()) {
        auto* history = new QPushButton(tr("History in the audit log"), m_content);
        history->setObjectName(QStringLiteral("detailHistory"));
        history->setToolTip(tr("Every recorded change of this record, with who, when, why and the values before "
                               "and after"));
        connect(history, &QPushButton::clicked, this,
                [this, entity, id = record.id]() { Q_EMIT historyRequested(entity, id); });
        m_layout->addWidget(history, 0, Qt::AlignLeft);
    }

    // Sections in the page registry's order (core/Pages.h); a section it does not name last.
    const QStringList order = pageOf(m_area).detailSections;
    auto rank = [&order](const QString& key) {
        const qsizetype at = order.indexOf(key);
        return at < 0 ? order.size() : at;
    };
    QVector<DetailField> fields = record.fields;
    std::stable_sort(fields.begin(), fields.end(),
                     [&](const DetailField& a, const DetailField& b) { return rank(a.group) < rank(b.group); });
    QVector<DetailTable> tables = record.tables;
    std::stable_sort(tables.begin(), tables.end(),
                     [&](const DetailTable& a, const DetailTable& b) { return rank(a.key) < rank(b.key); });
    QString currentGroup;
    QFormLayout* form = nullptr;
    for (const DetailField& field : fields) {
        if (field.group == QLatin1String("meta")) {
            continue; // ids and versions the UI uses, not for reading
        }
        if (field.group != currentGroup || !form) {
            currentGroup = field.group;
            auto* box = new QGroupBox(Labels::sectionTitle(field.group), m_content);
            form = new QFormLayout(box);
            form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
            form->setRowWrapPolicy(QFormLayout::WrapLongRows);
            form->setLabelAlignment(Qt::AlignLeft);
            m_layout->addWidget(box);
        }
        QString text = Labels::formatField(m_area, field);
        if (text.isEmpty()) {
            text = QStringLiteral("—");
        }
        auto* value = new QLabel(text);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
        value->setWordWrap(true);
        value->setObjectName(QStringLiteral("field_") + field.key);
        form->addRow(Labels::fieldTitle(field.key), value);
    }

    for (const DetailTable& table : tables) {
        auto* box = new QGroupBox(Labels::sectionTitle(table.key), m_content);
        auto* layout = new QVBoxLayout(box);
        auto* widget = new QTableWidget(int(table.rows.size()), int(table.columns.size()), box);
        widget->setObjectName(QStringLiteral("table_") + table.key);
        widget->setEditTriggers(QAbstractItemView::NoEditTriggers);
        widget->setSelectionBehavior(QAbstractItemView::SelectRows);
        widget->verticalHeader()->hide();
        widget->horizontalHeader()->setStretchLastSection(true);
        widget->setWordWrap(false);
        QStringList headers;
        for (const ColumnInfo& column : table.columns) {
            headers << Labels::fieldTitle(column.key);
        }
        widget->setHorizontalHeaderLabels(headers);
        for (int c = 0; c < table.columns.size(); ++c) {
            // A row's version travels for the dialogs that change it (optimistic checks), unseen.
            widget->setColumnHidden(c, table.columns[c].key == QLatin1String("version"));
        }
        for (int r = 0; r < table.rows.size(); ++r) {
            for (int c = 0; c < table.columns.size(); ++c) {
                const ColumnInfo& column = table.columns[c];
                int codeColumn = -1;
                for (int k = 0; k < table.columns.size() && !column.currencyColumn.isEmpty(); ++k) {
                    codeColumn = table.columns[k].key == column.currencyColumn ? k : codeColumn;
                }
                const QString code = codeColumn >= 0 ? table.rows[r].value(codeColumn).toString() : QString();
                auto* item = new QTableWidgetItem(Labels::formatValueIn(m_area, column, table.rows[r].value(c), code));
                const ValueType type = table.columns[c].type;
                if (type == ValueType::Money || type == ValueType::Integer) {
                    item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
                }
                widget->setItem(r, c, item);
            }
        }
        widget->resizeColumnsToContents();
        const int rowHeight = widget->verticalHeader()->defaultSectionSize();
        widget->setMinimumHeight(std::min(8, int(table.rows.size()) + 1) * rowHeight + 6);
        widget->setMaximumHeight(std::min(12, int(table.rows.size()) + 1) * rowHeight + 6);
        layout->addWidget(widget);
        m_layout->addWidget(box);
    }
    m_layout->addStretch(1);
}

} // namespace pd::ui
