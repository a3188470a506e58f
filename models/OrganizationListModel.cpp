#include "OrganizationListModel.h"

#include <QHash>

namespace pd::models {

OrganizationListModel::OrganizationListModel(Backend* backend, QObject* parent)
    : QAbstractListModel(parent)
    , m_backend(backend)
{}

void OrganizationListModel::load(const QStringList& types)
{
    m_backend->fetchOrganizations(this, [this, types](const Result<QVector<Organization>>& result) {
        if (!result.ok()) {
            Q_EMIT errorOccurred(result.error());
            return;
        }
        beginResetModel();
        m_all = result.value();
        m_rows.clear();
        // Depth-first order under each parent, siblings by name.
        QHash<qint64, QVector<const Organization*>> children;
        for (const Organization& org : std::as_const(m_all)) {
            children[org.parentId].append(&org);
        }
        for (auto& list : children) {
            std::sort(list.begin(), list.end(), [](const Organization* a, const Organization* b) {
                return a->name.localeAwareCompare(b->name) < 0;
            });
        }
        std::function<void(qint64, int)> walk = [&](qint64 parentId, int depth) {
            for (const Organization* org : children.value(parentId)) {
                if (types.isEmpty() || types.contains(org->type)) {
                    m_rows.append({*org, depth});
                }
                walk(org->id, depth + 1);
            }
        };
        walk(0, 0);
        endResetModel();
        Q_EMIT loaded();
    });
}

int OrganizationListModel::rowOfId(qint64 id) const
{
    if (id == 0) {
        return 0;
    }
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows[i].org.id == id) {
            return i + 1;
        }
    }
    return -1;
}

int OrganizationListModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size()) + 1;
}

QVariant OrganizationListModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) {
        return {};
    }
    if (index.row() == 0) {
        switch (role) {
        case Qt::DisplayRole:
            return tr("All organizations");
        case IdRole:
            return qint64(0);
        case DepthRole:
            return -1;
        default:
            return {};
        }
    }
    const Row& row = m_rows[index.row() - 1];
    switch (role) {
    case Qt::DisplayRole:
        return QString(QString(row.depth * 2, QChar(0x2002)) + row.org.name);
    case Qt::ToolTipRole:
        return row.org.code;
    case IdRole:
        return row.org.id;
    case TypeRole:
        return row.org.type;
    case DepthRole:
        return row.depth;
    default:
        return {};
    }
}

} // namespace pd::models
