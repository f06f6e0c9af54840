#pragma once

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

class DecompositionRepository
{
public:
    explicit DecompositionRepository(Database *workspace)
        : m_workspace(workspace)
    {
    }
    /// Every cell of the plan, by item, year and column order (areas, then departments, then 合计).
    QList<DecompositionRow> cells(qint64 planId) const;

private:
    Database *m_workspace;
};

} // namespace tuoyu
