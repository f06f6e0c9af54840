#pragma once

#include "domain/institution.h"
#include "ledgers/ledgertable.h"
#include "shell/recordtablemodel.h"
#include "storage/institutionquery.h"

#include <QAbstractTableModel>
#include <QHash>

namespace tuoyu {

class Workspace;

/// The institution registry as a table: one row per institution, display text beside the raw
/// value (Qt::UserRole). The columns it shows are ten of the institution list's
/// (ledgers::institutions), with its headers and its cells' words. Rows are read from the workspace
/// a page at a time as the view scrolls (canFetchMore/fetchMore), and the filter and sort order run
/// in SQL: a proxy model could only filter and sort the rows already fetched, so they live here
/// with typed setters.
class InstitutionTableModel : public RecordTableModel<Institution>
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
        FiledDate,
        CreditCode,
        Notes,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    explicit InstitutionTableModel(QObject *parent = nullptr);

    void setWorkspace(Workspace *workspace);
    void reload();

    void setSearch(const QString &words);
    void setKind(std::optional<InstitutionKind> kind);
    void setArea(qint64 areaId); ///< -1 any, 0 none
    void setPuhui(std::optional<bool> puhui);
    void setFiled(std::optional<bool> filed);
    const InstitutionFilter &filter() const { return m_filter; }

    /// Sums over every institution the filter lets through, fetched or not.
    InstitutionTotals totals() const;
    /// Rows the filter lets through, fetched or not.
    qint64 totalRows() const { return m_total; }
    const Institution &institution(int row) const { return record(row); }
    QString areaName(qint64 areaId) const { return m_areas.value(areaId); }

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order) override;

Q_SIGNALS:
    /// The filtered set changed (a new filter, an edit): the totals row reads again.
    void totalsChanged();

protected:
    QVariant cell(const Institution &i, const QModelIndex &index, int role) const override;

private:
    /// The institution list's column (ledgers::InstitutionColumn) a page column shows.
    static int ledgerColumn(Column column);
    static const QList<ledgers::Column> &ledgerColumns();
    InstitutionQuery query() const;
    void setFilter(const InstitutionFilter &filter);
    /// The filter with one field changed (what each of the setters above does).
    template <typename T, typename V> void changeFilter(T InstitutionFilter::*field, V value)
    {
        InstitutionFilter f = m_filter;
        f.*field = std::move(value);
        setFilter(f);
    }

    Workspace *m_workspace = nullptr;
    InstitutionFilter m_filter;
    InstitutionQuery::SortKey m_sort = InstitutionQuery::SortKey::Id;
    bool m_descending = false;
    qint64 m_total = 0;
    QHash<qint64, QString> m_areas;
};

} // namespace tuoyu
