#pragma once

#include <QAbstractTableModel>
#include <QList>

namespace tuoyu {

/// A table of records with an id, one per row (a Column-enum model over `Base`, a
/// QAbstractTableModel or a CommandTableModel): the rows, the record's id on IdRole of every
/// column, and data() for a row that exists; what each cell shows is the model's cell().
template <typename Record, typename Base = QAbstractTableModel> class RecordTableModel : public Base
{
public:
    /// The record's id, on every column.
    static constexpr int IdRole = Qt::UserRole + 1;

    using Base::Base;

    const Record &record(int row) const { return m_records.at(row); }
    /// The row of a record, -1 when the model does not hold it.
    int rowOf(qint64 id) const
    {
        for (int row = 0; row < m_records.size(); ++row)
            if (m_records.at(row).id == id)
                return row;
        return -1;
    }

    int rowCount(const QModelIndex &parent = {}) const override
    {
        return parent.isValid() ? 0 : int(m_records.size());
    }
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override
    {
        if (!index.isValid() || index.row() >= m_records.size())
            return {};
        const Record &record = m_records.at(index.row());
        if (role == IdRole)
            return record.id;
        return cell(record, index, role);
    }

protected:
    /// What `index` (of `record`'s row) shows in `role`.
    virtual QVariant cell(const Record &record, const QModelIndex &index, int role) const = 0;

    QList<Record> m_records;
};

} // namespace tuoyu
