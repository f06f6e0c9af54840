#pragma once

#include "domain/institution.h"

#include <QAbstractTableModel>
#include <QHash>

namespace tuoyu {

class Workspace;

/// The institution registry as a table: one row per institution, display text beside the raw
/// value (Qt::UserRole) used for sorting. Refreshes itself when the registry changes.
class InstitutionTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Name,
        Kind,
        Area,
        Slots,
        PuhuiSlots,
        Enrolled,
        Filed,
        CreditCode,
        Notes,
        ColumnCount
    };

    explicit InstitutionTableModel(QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void reload();
    const Institution &institution(int row) const { return m_rows.at(row); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

private:
    Workspace *m_workspace = nullptr;
    QList<Institution> m_rows;
    QHash<qint64, QString> m_areas;
};

} // namespace tuoyu
