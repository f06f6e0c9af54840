#include "institutiontablemodel.h"

#include "storage/indicatorrepository.h"
#include "storage/institutionrepository.h"
#include "storage/workspace.h"

namespace tuoyu {

InstitutionTableModel::InstitutionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void InstitutionTableModel::setWorkspace(Workspace *workspace)
{
    m_workspace = workspace;
    if (workspace)
        connect(workspace, &Workspace::changed, this, [this](const QSet<QString> &tables) {
            if (tables.contains(QStringLiteral("institution")) ||
                tables.contains(QStringLiteral("area")))
                reload();
        });
    reload();
}

void InstitutionTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_areas.clear();
    if (m_workspace) {
        m_rows = InstitutionRepository(m_workspace).all();
        for (const tuoyu::Area &a : IndicatorRepository(m_workspace).areas())
            m_areas.insert(a.id, a.name);
    }
    endResetModel();
}

int InstitutionTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int InstitutionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstitutionTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Institution &i = m_rows.at(index.row());
    auto optional = [&](const std::optional<qint64> &v) -> QVariant {
        if (!v)
            return role == Qt::UserRole ? QVariant(-1) : QVariant();
        return *v;
    };
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Slots:
        case PuhuiSlots:
        case Enrolled:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case Filed:
            return int(Qt::AlignCenter);
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole && role != Qt::UserRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return i.name;
    case Kind:
        return i.kind == InstitutionKind::Other && !i.kindText.isEmpty() ? i.kindText
                                                                         : kindLabel(i.kind);
    case Area:
        return m_areas.value(i.areaId);
    case Slots:
        return i.slots;
    case PuhuiSlots:
        return optional(i.puhuiSlots);
    case Enrolled:
        return optional(i.enrolled);
    case Filed:
        if (role == Qt::UserRole)
            return i.filed;
        return i.filed ? QStringLiteral("已备案") : QStringLiteral("未备案");
    case CreditCode:
        return i.creditCode;
    case Notes:
        return i.notes;
    default:
        return {};
    }
}

QVariant InstitutionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    static const char *const titles[] = {
        "机构名称", "属性", "所属乡镇（街道）", "托位数", "普惠托位",
        "在托人数", "备案", "统一社会信用代码", "备注"};
    return section >= 0 && section < ColumnCount ? QString::fromUtf8(titles[section]) : QVariant();
}

} // namespace tuoyu
