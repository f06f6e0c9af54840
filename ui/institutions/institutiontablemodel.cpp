#include "institutiontablemodel.h"

#include "ledgers/ledgers.h"
#include "session/workspace.h"
#include "storage/indicatorrepository.h"

#include <QBrush>
#include <QColor>

namespace tuoyu {

InstitutionTableModel::InstitutionTableModel(QObject *parent)
    : RecordTableModel(parent)
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
    m_records.clear();
    m_areas.clear();
    m_total = 0;
    if (m_workspace) {
        for (const tuoyu::Area &a : IndicatorRepository(m_workspace).areas())
            m_areas.insert(a.id, a.name);
        const InstitutionQuery q = query();
        m_total = q.count();
        m_records = q.page(0, kPageSize);
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
    changeFilter(&InstitutionFilter::search, words);
}

void InstitutionTableModel::setKind(std::optional<InstitutionKind> kind)
{
    changeFilter(&InstitutionFilter::kind, kind);
}

void InstitutionTableModel::setArea(qint64 areaId)
{
    changeFilter(&InstitutionFilter::areaId, areaId);
}

void InstitutionTableModel::setPuhui(std::optional<bool> puhui)
{
    changeFilter(&InstitutionFilter::puhui, puhui);
}

void InstitutionTableModel::setFiled(std::optional<bool> filed)
{
    changeFilter(&InstitutionFilter::filed, filed);
}

InstitutionTotals InstitutionTableModel::totals() const
{
    return query().totals();
}

bool InstitutionTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_records.size() < m_total;
}

void InstitutionTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid() || !m_workspace)
        return;
    const QList<Institution> more = query().page(m_records.size(), kPageSize);
    if (more.isEmpty()) {
        m_total = m_records.size(); // the registry shrank under us; stop asking
        return;
    }
    beginInsertRows({}, int(m_records.size()), int(m_records.size() + more.size() - 1));
    m_records.append(more);
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

int InstitutionTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InstitutionTableModel::cell(const Institution &i, const QModelIndex &index, int role) const
{
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
        return tr("在托人数多于托位数，请核实");
    if (role != Qt::DisplayRole && role != Qt::UserRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() < 0 || index.column() >= ColumnCount)
        return {};
    // The cells are the institution list's (ledgers::institutionCells): the page, the export
    // and the printed list say the same thing of an institution.
    const int column = ledgerColumn(Column(index.column()));
    const ledgers::Cell cell = ledgers::institutionCells(i, m_areas.value(i.areaId)).at(column);
    if (role != Qt::UserRole)
        return ledgers::cellText(ledgerColumns().at(column), cell, ledgers::OnPage);
    switch (index.column()) {
    case Kind:
        return kindCode(i.kind);
    case Filed:
        return i.filed;
    default:
        // Numbers sort as numbers, an empty one first.
        return cell.value.isValid() ? cell.value : QVariant(-1);
    }
}

QVariant InstitutionTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    return section >= 0 && section < ColumnCount
               ? QVariant(ledgerColumns().at(ledgerColumn(Column(section))).header)
               : QVariant();
}

int InstitutionTableModel::ledgerColumn(Column column)
{
    using C = ledgers::InstitutionColumn::Column;
    static const int columns[ColumnCount] = {C::Name,       C::Kind,     C::Area,  C::Slots,
                                             C::PuhuiSlots, C::Enrolled, C::Filed, C::FiledDate,
                                             C::CreditCode, C::Notes};
    return columns[column];
}

const QList<ledgers::Column> &InstitutionTableModel::ledgerColumns()
{
    static const QList<ledgers::Column> columns = ledgers::institutionColumns();
    return columns;
}

} // namespace tuoyu
