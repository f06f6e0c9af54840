#include "institutiontablemodel.h"

#include "session/workspace.h"
#include "storage/indicatorrepository.h"

#include <QBrush>
#include <QColor>

namespace tuoyu {

InstitutionTableModel::InstitutionTableModel(QObject *parent)
    : QAbstractTableModel(parent)
{
}

void InstitutionTableModel::setWorkspace(Workspace *workspace)
{
    if (m_workspace)
        disconnect(m_workspace, nullptr, this, nullptr);
    m_workspace = workspace;
    if (workspace)
        connect(workspace, &Workspace::changed, this, [this](const QSet<QString> &tables) {
            if (tables.contains(QStringLiteral("institution")) ||
                tables.contains(QStringLiteral("area")))
                reload();
        });
    reload();
}

InstitutionQuery InstitutionTableModel::query() const
{
    return InstitutionQuery(m_workspace, m_filter, m_sort, m_descending);
}

void InstitutionTableModel::reload()
{
    beginResetModel();
    m_rows.clear();
    m_areas.clear();
    m_total = 0;
    if (m_workspace) {
        for (const tuoyu::Area &a : IndicatorRepository(m_workspace).areas())
            m_areas.insert(a.id, a.name);
        const InstitutionQuery q = query();
        m_total = q.count();
        m_rows = q.page(0, kPageSize);
    }
    endResetModel();
    Q_EMIT totalsChanged();
}

void InstitutionTableModel::setFilter(const InstitutionFilter &filter)
{
    if (filter == m_filter)
        return;
    m_filter = filter;
    reload();
}

void InstitutionTableModel::setSearch(const QString &words)
{
    InstitutionFilter f = m_filter;
    f.search = words;
    setFilter(f);
}

void InstitutionTableModel::setKind(std::optional<InstitutionKind> kind)
{
    InstitutionFilter f = m_filter;
    f.kind = kind;
    setFilter(f);
}

void InstitutionTableModel::setArea(qint64 areaId)
{
    InstitutionFilter f = m_filter;
    f.areaId = areaId;
    setFilter(f);
}

void InstitutionTableModel::setPuhui(std::optional<bool> puhui)
{
    InstitutionFilter f = m_filter;
    f.puhui = puhui;
    setFilter(f);
}

void InstitutionTableModel::setFiled(std::optional<bool> filed)
{
    InstitutionFilter f = m_filter;
    f.filed = filed;
    setFilter(f);
}

InstitutionTotals InstitutionTableModel::totals() const
{
    return query().totals();
}

int InstitutionTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].id == id)
            return i;
    return -1;
}

bool InstitutionTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void InstitutionTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_workspace)
        return;
    const QList<Institution> more = query().page(m_rows.size(), kPageSize);
    if (more.isEmpty()) {
        m_total = m_rows.size(); // the registry shrank under us; stop asking
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

void InstitutionTableModel::sort(int column, Qt::SortOrder order)
{
    static const InstitutionQuery::SortKey keys[ColumnCount] = {
        InstitutionQuery::SortKey::Name,       InstitutionQuery::SortKey::Kind,
        InstitutionQuery::SortKey::Area,       InstitutionQuery::SortKey::Slots,
        InstitutionQuery::SortKey::PuhuiSlots, InstitutionQuery::SortKey::Enrolled,
        InstitutionQuery::SortKey::Filed,      InstitutionQuery::SortKey::FiledDate,
        InstitutionQuery::SortKey::CreditCode, InstitutionQuery::SortKey::Id};
    m_sort = column >= 0 && column < ColumnCount ? keys[column] : InstitutionQuery::SortKey::Id;
    m_descending = order == Qt::DescendingOrder;
    reload();
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
    if (role == IdRole)
        return i.id;
    const bool overfull = i.enrolled && *i.enrolled > i.slots;
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Slots:
        case PuhuiSlots:
        case Enrolled:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        case Filed:
        case FiledDate:
            return int(Qt::AlignCenter);
        default:
            return {};
        }
    }
    if (role == Qt::ForegroundRole && index.column() == Enrolled && overfull)
        return QBrush(QColor(0xB2, 0x6A, 0x00));
    if (role == Qt::ToolTipRole && index.column() == Enrolled && overfull)
        return QStringLiteral("在托人数多于托位数，请核实");
    auto optional = [&](const std::optional<qint64> &v) -> QVariant {
        if (!v)
            return role == Qt::UserRole ? QVariant(-1) : QVariant();
        return *v;
    };
    if (role != Qt::DisplayRole && role != Qt::UserRole && role != Qt::ToolTipRole)
        return {};
    switch (index.column()) {
    case Name:
        return i.name;
    case Kind:
        if (role == Qt::UserRole)
            return kindCode(i.kind);
        return i.kind == InstitutionKind::Other && !i.kindText.isEmpty() ? i.kindText
                                                                         : kindLabel(i.kind);
    case Area:
        return m_areas.value(i.areaId);
    case Slots:
        return i.slots;
    case PuhuiSlots:
        if (!i.puhuiSlots && i.puhui)
            return role == Qt::UserRole ? QVariant(i.slots)
                                        : QVariant(QStringLiteral("%1（全部）").arg(i.slots));
        return optional(i.puhuiSlots);
    case Enrolled:
        return optional(i.enrolled);
    case Filed:
        if (role == Qt::UserRole)
            return i.filed;
        return i.filed ? QStringLiteral("已备案") : QStringLiteral("未备案");
    case FiledDate:
        return i.filedDate.isValid() ? i.filedDate.toString(Qt::ISODate) : QString();
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
        "机构名称", "属性", "所属乡镇（街道）", "托位数",           "普惠托位",
        "在托人数", "备案", "备案日期",         "统一社会信用代码", "备注"};
    return section >= 0 && section < ColumnCount ? QString::fromUtf8(titles[section]) : QVariant();
}

} // namespace tuoyu
