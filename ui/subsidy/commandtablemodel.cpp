#include "commandtablemodel.h"

namespace tuoyu {

bool CommandTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const bool check = role == Qt::CheckStateRole && index.column() == checkColumn();
    if (!index.isValid() || (role != Qt::EditRole && !check))
        return false;
    QString error;
    if (setCell(index.row(), index.column(), value, &error))
        return true;
    Q_EMIT dataChanged(index, index); // the stored value again
    Q_EMIT editRefused(error);
    return false;
}

void CommandTableModel::replaceRows(bool same, const std::function<void()> &replace)
{
    if (!same)
        beginResetModel();
    replace();
    if (!same)
        endResetModel();
    else if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, m_columnCount - 1));
}

} // namespace tuoyu
