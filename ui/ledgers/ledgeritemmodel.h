#pragma once

#include "ledgers/ledgertable.h"

#include <QAbstractTableModel>

namespace tuoyu {

/// A core ledger (core/ledgers) as a read-only table for a page: the ledger's OnPage columns and
/// headers, each cell's text as the document prints it (Qt::DisplayRole), its value to sort by
/// (Qt::UserRole: numbers as numbers, money in fen, dates as dates) and numbers aligned right.
/// Pages that show a ledger use it (or derive from it) rather than build the rows again.
class LedgerItemModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    using QAbstractTableModel::QAbstractTableModel;

    void setTable(ledgers::LedgerTable table);
    const ledgers::LedgerTable &table() const { return m_table; }
    /// The ledger's column shown at a model column.
    int ledgerColumn(int modelColumn) const { return m_columns.value(modelColumn, -1); }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    ledgers::LedgerTable m_table;
    QList<int> m_columns; ///< the ledger's columns shown, by model column
};

} // namespace tuoyu
