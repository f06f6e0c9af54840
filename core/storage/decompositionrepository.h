#pragma once

#include "domain/district.h"

#include <QList>
#include <QString>

#include <optional>

namespace tuoyu {

class Database;

/// One cell of a plan's 任务分解表 with the names a table shows. A cell with neither an area nor
/// a department is the printed 合计 of its item and year.
struct DecompositionRow
{
    qint64 id = 0;
    qint64 itemId = 0;
    int itemSeq = 0;
    QString item;
    QString unit;
    int year = 0;
    qint64 areaId = 0;
    qint64 departmentId = 0;
    QString column; ///< area or department name; 合计 for a total
    int columnSeq = 0;
    std::optional<double> target;
    std::optional<double> actual;
    bool isTotal() const { return areaId == 0 && departmentId == 0; }
};

/// A column of a decomposition table: a town or street, or a department.
struct DecompositionColumn
{
    qint64 areaId = 0;
    qint64 departmentId = 0;
    QString name;
    int seq = 0; ///< areas by their order, then departments
    bool operator==(const DecompositionColumn &o) const
    {
        return areaId == o.areaId && departmentId == o.departmentId;
    }
};

/// The shape of a plan's decomposition table: its items (rows), years and columns. Years and
/// columns are those the officer laid out (decomposition_year, decomposition_column) together
/// with those cells already use, so an imported table and a hand-made one read alike.
struct DecompositionLayout
{
    QList<DecompositionItem> items;
    QList<int> years; ///< ascending
    QList<DecompositionColumn> columns;
};

class DecompositionRepository
{
public:
    explicit DecompositionRepository(Database *workspace)
        : m_workspace(workspace)
    {
    }
    /// Every cell of the plan, by item, year and column order (areas, then departments, then 合计).
    QList<DecompositionRow> cells(qint64 planId) const;
    /// The table's items, years and columns, in the order the page shows them.
    DecompositionLayout layout(qint64 planId) const;

private:
    Database *m_workspace;
};

} // namespace tuoyu
