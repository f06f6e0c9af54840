#include "populationtablemodel.h"

#include "commands/plancommands.h"
#include "commands/workspacecommand.h"
#include "session/workspace.h"
#include "storage/indicatorrepository.h"

namespace tuoyu {

namespace {
QString countText(const std::optional<qint64> &v)
{
    return v ? QString::number(*v) : QString();
}

/// A count as typed: digits, thousands separators allowed; none when it is not a number.
std::optional<qint64> countFrom(const QVariant &value)
{
    bool ok = false;
    const qint64 v = value.toString().trimmed().remove(QLatin1Char(',')).toLongLong(&ok);
    return ok ? std::optional<qint64>(v) : std::nullopt;
}
} // namespace

void PopulationTableModel::reload(Workspace *workspace)
{
    m_workspace = workspace;
    QList<PopulationFigure> figures;
    if (workspace)
        for (const PopulationFigure &f : IndicatorRepository(workspace).population())
            if (f.areaId == 0)
                figures.append(f);
    beginResetModel();
    m_figures = figures;
    endResetModel();
}

int PopulationTableModel::addYear(int year)
{
    for (int r = 0; r < m_figures.size(); ++r)
        if (m_figures.at(r).year == year)
            return r;
    const int row = int(m_figures.size());
    beginInsertRows({}, row, row);
    PopulationFigure f;
    f.year = year;
    m_figures.append(f);
    endInsertRows();
    return row;
}

int PopulationTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_figures.size());
}

QVariant PopulationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    static const QStringList headers = {tr("年份"), tr("常住人口"), tr("3岁以下婴幼儿数"),
                                        tr("来源")};
    return headers.value(section);
}

QVariant PopulationTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_figures.size() ||
        (role != Qt::DisplayRole && role != Qt::EditRole))
        return {};
    const PopulationFigure &f = m_figures.at(index.row());
    // In Column's order.
    const QStringList cells{QString::number(f.year), countText(f.resident), countText(f.under3),
                            f.source};
    return cells.value(index.column());
}

Qt::ItemFlags PopulationTableModel::flags(const QModelIndex &index) const
{
    if (index.isValid() && index.column() == Year)
        return Qt::ItemIsEnabled;
    return QAbstractTableModel::flags(index) | Qt::ItemIsEditable;
}

bool PopulationTableModel::setCell(int row, int column, const QVariant &value, QString *error)
{
    if (!m_workspace || row < 0 || row >= m_figures.size() || column == Year)
        return false;
    PopulationFigure f = m_figures.at(row);
    if (column == Resident)
        f.resident = countFrom(value);
    else if (column == Under3)
        f.under3 = countFrom(value);
    else
        f.source = value.toString();
    if (!f.resident && !f.under3) {
        // A year without a figure yet is the list's own row until one is typed.
        m_figures[row] = f;
        Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return true;
    }
    auto command =
        plancommands::setPopulation(m_workspace, f.year, f.resident, f.under3, f.source, error);
    if (!command || !m_workspace->execute(std::move(command), error))
        return false;
    // The rows show what is stored, whether or not the page is told of the change.
    reload(m_workspace);
    return true;
}

} // namespace tuoyu
