#pragma once

#include "domain/institution.h"

#include <QList>
#include <QString>

#include <optional>

namespace tuoyu {

class Database;

/// Which institutions a list shows and in what order. Filtering and sorting happen in SQL, so
/// a registry of 100,000 institutions is read a page at a time and never held whole.
struct InstitutionFilter
{
    QString search;                      ///< in the name, credit code, address or notes
    std::optional<InstitutionKind> kind; ///< one kind
    qint64 areaId = -1;                  ///< -1 any area, 0 no area
    std::optional<bool> puhui;
    std::optional<bool> filed;

    bool operator==(const InstitutionFilter &) const = default;
};

/// Sums over the filtered set, for the totals row.
struct InstitutionTotals
{
    qint64 count = 0;
    qint64 slots = 0;
    qint64 puhuiSlots = 0; ///< a puhui institution without its own figure counts all its slots
    qint64 enrolled = 0;
    qint64 filed = 0;
};

/// A filtered, sorted view of the registry read in pages (paged SQL with LIMIT/OFFSET).
class InstitutionQuery
{
public:
    /// Sort keys: what a column of the registry table sorts by.
    enum class SortKey
    {
        Id,
        Name,
        Kind,
        Area,
        Slots,
        PuhuiSlots,
        Enrolled,
        Filed,
        CreditCode,
        FiledDate
    };

    InstitutionQuery(Database *workspace, InstitutionFilter filter = {}, SortKey sort = SortKey::Id,
                     bool descending = false);

    qint64 count() const;
    /// Rows [offset, offset + limit) of the filtered, sorted set.
    QList<Institution> page(qint64 offset, qint64 limit) const;
    InstitutionTotals totals() const;

private:
    QString where(QVariantList *values) const;

    Database *m_workspace;
    InstitutionFilter m_filter;
    SortKey m_sort;
    bool m_descending;
};

} // namespace tuoyu
