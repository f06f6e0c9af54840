#include "decompositionrepository.h"

#include "database.h"

#include "storage/sqlquery.h"

#include <algorithm>

namespace tuoyu {

QList<DecompositionRow> DecompositionRepository::cells(qint64 planId) const
{
    return readAll<DecompositionRow>(
        m_workspace->db(),
        QStringLiteral(
            "SELECT c.id, i.id, i.seq, i.name, i.unit, c.year, COALESCE(c.area_id, 0), "
            "COALESCE(c.department_id, 0), COALESCE(a.name, d.name, '合计'), "
            "CASE WHEN a.id IS NOT NULL THEN a.seq WHEN d.id IS NOT NULL THEN 1000 + d.seq "
            "ELSE 100000 END AS column_seq, c.target, c.actual "
            "FROM decomposition_cell c JOIN decomposition_item i ON i.id = c.item_id "
            "LEFT JOIN area a ON a.id = c.area_id LEFT JOIN department d ON d.id = c.department_id "
            "WHERE i.plan_id = ? ORDER BY i.seq, i.id, c.year, column_seq, c.id"),
        {planId}, [&](const SqlQuery &q) {
            DecompositionRow r;
            r.id = q.value(0).toLongLong();
            r.itemId = q.value(1).toLongLong();
            r.itemSeq = q.value(2).toInt();
            r.item = q.value(3).toString();
            r.unit = q.value(4).toString();
            r.year = q.value(5).toInt();
            r.areaId = q.value(6).toLongLong();
            r.departmentId = q.value(7).toLongLong();
            r.column = q.value(8).toString();
            r.columnSeq = q.value(9).toInt();
            if (!q.value(10).isNull())
                r.target = q.value(10).toDouble();
            if (!q.value(11).isNull())
                r.actual = q.value(11).toDouble();
            return r;
        });
}

DecompositionLayout DecompositionRepository::layout(qint64 planId) const
{
    DecompositionLayout layout;
    QSqlDatabase &db = m_workspace->db();
    SqlQuery items(db);
    items.exec(QStringLiteral("SELECT id, seq, name, unit FROM decomposition_item "
                              "WHERE plan_id = ? ORDER BY seq, id"),
               {planId});
    while (items.next())
        layout.items.append({items.value(0).toLongLong(), planId, items.value(1).toInt(),
                             items.value(2).toString(), items.value(3).toString()});

    SqlQuery years(db);
    years.exec(QStringLiteral(
                   "SELECT year FROM decomposition_year WHERE plan_id = ? UNION SELECT c.year FROM "
                   "decomposition_cell c JOIN decomposition_item i ON i.id = c.item_id WHERE "
                   "i.plan_id = ? "
                   "ORDER BY 1"),
               {planId, planId});
    while (years.next())
        layout.years.append(years.value(0).toInt());

    // The same column order as cells(): areas by their order, then departments.
    SqlQuery columns(db);
    columns.exec(
        QStringLiteral(
            "SELECT COALESCE(x.area_id, 0), COALESCE(x.department_id, 0), COALESCE(a.name, "
            "d.name), "
            "CASE WHEN a.id IS NOT NULL THEN a.seq ELSE 1000 + d.seq END FROM ("
            "SELECT area_id, department_id FROM decomposition_column WHERE plan_id = ? UNION "
            "SELECT c.area_id, c.department_id FROM decomposition_cell c JOIN decomposition_item i "
            "ON i.id = c.item_id WHERE i.plan_id = ? AND (c.area_id IS NOT NULL OR "
            "c.department_id IS NOT NULL)) x LEFT JOIN area a ON a.id = x.area_id "
            "LEFT JOIN department d ON d.id = x.department_id ORDER BY 4, 3"),
        {planId, planId});
    while (columns.next()) {
        const DecompositionColumn c{columns.value(0).toLongLong(), columns.value(1).toLongLong(),
                                    columns.value(2).toString(), columns.value(3).toInt()};
        if (!layout.columns.contains(c))
            layout.columns.append(c);
    }
    return layout;
}

} // namespace tuoyu
