#pragma once

#include "Backend.h"

#include <QAbstractListModel>

namespace pd::models {

/// The organisation tree as a flat list for a filter combo box: first "All organizations",
/// then headquarters, regions, centers and institutions, each indented under its parent.
/// Filled asynchronously from Backend::fetchOrganizations().
class OrganizationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1, ///< qint64 organisation id; 0 for "All organizations"
        TypeRole,                  ///< "hq", "region", "center", "institution"
        DepthRole,                 ///< 0 for headquarters
    };

    explicit OrganizationListModel(Backend* backend, QObject* parent = nullptr);

    /// Fetches the tree again; `types` limits the rows to those kinds (empty: all kinds).
    void load(const QStringList& types = {});
    const QVector<Organization>& organizations() const { return m_all; }
    /// Row of an organisation id, or -1.
    int rowOfId(qint64 id) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void loaded();
    void errorOccurred(const pd::Error& error);

private:
    struct Row
    {
        Organization org;
        int depth = 0;
    };
    Backend* m_backend;
    QVector<Organization> m_all;
    QVector<Row> m_rows;
};

} // namespace pd::models
