#include "decompositiongridmodel.h"

#include "commands/plancommands.h"
#include "commands/workspacecommand.h"
#include "session/workspace.h"
#include "storage/decompositionrepository.h"

#include <QColor>

#include <cmath>

namespace tuoyu {

namespace {
const QColor kBehind(0xFD, 0xE0, 0xDC);
const QColor kTotal(0xF0, 0xF0, 0xF0);

} // namespace

QString DecompositionGridModel::number(double v)
{
    return std::abs(v - std::round(v)) < 1e-9 ? QString::number(qint64(std::llround(v)))
                                              : QString::number(v, 'f', 2);
}

void DecompositionGridModel::reload(Workspace *workspace, qint64 planId, int year, bool actual)
{
    beginResetModel();
    m_workspace = workspace;
    m_planId = planId;
    m_year = year;
    m_actual = actual;
    m_items.clear();
    m_columns.clear();
    m_figures.clear();
    m_printed.clear();
    const DecompositionLayout layout = workspace && planId
                                           ? DecompositionRepository(workspace).layout(planId)
                                           : DecompositionLayout{};
    if (!layout.items.isEmpty() && !layout.columns.isEmpty()) {
        for (const DecompositionItem &i : layout.items)
            m_items.append({i.id, i.name});
        for (const DecompositionColumn &c : layout.columns)
            m_columns.append({c.name, c.areaId, c.departmentId});
        for (const DecompositionRow &r : DecompositionRepository(workspace).cells(planId)) {
            if (r.year != year)
                continue;
            if (r.isTotal()) {
                if (r.target)
                    m_printed[r.itemId] = *r.target;
                continue;
            }
            Figure &f = m_figures[{r.itemId, r.column}];
            if (r.target)
                f.target = r.target;
            if (r.actual)
                f.actual = r.actual;
        }
    }
    endResetModel();
}

const DecompositionGridModel::Figure *DecompositionGridModel::figure(int row, int column) const
{
    if (row < 0 || row >= m_items.size() || column < 0 || column >= m_columns.size())
        return nullptr;
    const auto it = m_figures.constFind({m_items.at(row).id, m_columns.at(column).name});
    return it == m_figures.cend() ? nullptr : &*it;
}

double DecompositionGridModel::shown(int row, int column) const
{
    const Figure *f = figure(row, column);
    return f ? (m_actual ? f->actual : f->target).value_or(0) : 0;
}

double DecompositionGridModel::rowSum(int row) const
{
    double sum = 0;
    for (int c = 0; c < m_columns.size(); ++c)
        sum += shown(row, c);
    return sum;
}

double DecompositionGridModel::columnSum(int column) const
{
    double sum = 0;
    for (int r = 0; r < m_items.size(); ++r)
        sum += column < m_columns.size() ? shown(r, column) : rowSum(r);
    return sum;
}

int DecompositionGridModel::behindCount() const
{
    int behind = 0;
    for (const Figure &f : m_figures)
        if (f.target && f.actual.value_or(0) < *f.target)
            ++behind;
    return behind;
}

int DecompositionGridModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_items.isEmpty() ? 0 : int(m_items.size()) + 1;
}

int DecompositionGridModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || m_items.isEmpty() ? 0 : int(m_columns.size()) + 1;
}

QVariant DecompositionGridModel::headerData(int section, Qt::Orientation orientation,
                                            int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    const bool total =
        orientation == Qt::Horizontal ? section == m_columns.size() : section == m_items.size();
    if (total)
        return tr("合计");
    if (orientation == Qt::Horizontal)
        return section >= 0 && section < m_columns.size() ? m_columns.at(section).name : QVariant();
    return section >= 0 && section < m_items.size() ? m_items.at(section).name : QVariant();
}

QVariant DecompositionGridModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const int row = index.row();
    const int column = index.column();
    const bool totalRow = row == m_items.size();
    const bool totalColumn = column == m_columns.size();
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (totalRow || totalColumn) {
        if (role == Qt::DisplayRole || role == Qt::EditRole)
            return number(totalRow ? columnSum(column) : rowSum(row));
        if (role == Qt::BackgroundRole)
            return kTotal;
        if (role == Qt::ToolTipRole && !totalRow && !m_actual) {
            const auto printed = m_printed.constFind(m_items.at(row).id);
            if (printed != m_printed.cend() && std::abs(*printed - rowSum(row)) > 1e-9)
                return tr("原表合计为 %1，与各单元格之和不符").arg(number(*printed));
        }
        return {};
    }
    const Figure *f = figure(row, column);
    const std::optional<double> target = f ? f->target : std::nullopt;
    const std::optional<double> actual = f ? f->actual : std::nullopt;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole: {
        const std::optional<double> v = m_actual ? actual : target;
        return v ? number(*v) : QString();
    }
    case Qt::ToolTipRole:
        return tr("目标 %1，完成 %2")
            .arg(target ? number(*target) : QStringLiteral("—"),
                 actual ? number(*actual) : QStringLiteral("—"));
    case Qt::BackgroundRole:
        if (target && actual.value_or(0) < *target)
            return kBehind; // behind its target
        return {};
    default:
        return {};
    }
}

Qt::ItemFlags DecompositionGridModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.row() < m_items.size() && index.column() < m_columns.size())
        f |= Qt::ItemIsEditable;
    return f;
}

bool DecompositionGridModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !m_workspace || !index.isValid() || index.row() >= m_items.size() ||
        index.column() >= m_columns.size())
        return false;
    const Item &item = m_items.at(index.row());
    const Column &column = m_columns.at(index.column());
    const QString text = value.toString().trimmed();
    std::optional<double> figure;
    if (!text.isEmpty()) {
        bool ok = false;
        figure = text.toDouble(&ok);
        if (!ok) {
            Q_EMIT editRefused(tr("“%1”%2 应为数字：%3").arg(item.name, column.name, text));
            return false;
        }
    }
    QString error;
    auto command = plancommands::setDecompositionValue(
        m_workspace, item.id, m_year, column.areaId, column.departmentId,
        m_actual ? QStringLiteral("actual") : QStringLiteral("target"), figure, &error);
    if (!command || !m_workspace->execute(std::move(command), &error)) {
        if (error != QStringLiteral("没有改动"))
            Q_EMIT editRefused(error);
        return false;
    }
    // The sums follow the edit, whether or not the page is told of the change.
    reload(m_workspace, m_planId, m_year, m_actual);
    return true;
}

} // namespace tuoyu
