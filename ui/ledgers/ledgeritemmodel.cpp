#include "ledgeritemmodel.h"

namespace tuoyu {

void LedgerItemModel::setTable(ledgers::LedgerTable table)
{
    beginResetModel();
    m_table = std::move(table);
    m_columns = m_table.columnsIn(ledgers::OnPage);
    endResetModel();
}

int LedgerItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int LedgerItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QVariant LedgerItemModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_table.rows.size() ||
        index.column() >= m_columns.size())
        return {};
    const int c = m_columns.at(index.column());
    const ledgers::Column &column = m_table.columns.at(c);
    const ledgers::Cell &cell = m_table.cell(index.row(), c);
    switch (role) {
    case Qt::DisplayRole:
        return ledgers::cellText(column, cell, ledgers::OnPage);
    case Qt::UserRole:
        return cell.value.isValid() ? cell.value : QVariant(cell.words);
    case Qt::TextAlignmentRole:
        if (column.type == ledgers::ColumnType::Text || column.type == ledgers::ColumnType::Date)
            return {};
        return int(Qt::AlignRight | Qt::AlignVCenter);
    default:
        return {};
    }
}

QVariant LedgerItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= m_columns.size())
        return {};
    return m_table.columns.at(m_columns.at(section)).header;
}

} // namespace tuoyu
