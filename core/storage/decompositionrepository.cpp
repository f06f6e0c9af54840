#include "decompositionrepository.h"

#include "database.h"

#include <QSqlQuery>

namespace tuoyu {

QList<DecompositionRow> DecompositionRepository::cells(qint64 planId) const
{
    QList<DecompositionRow> rows;
    QSqlQuery q(m_workspace->db());
    q.prepare(QStringLiteral(
        "SELECT c.id, i.id, i.seq, i.name, i.unit, c.year, COALESCE(c.area_id, 0), "
        "COALESCE(c.department_id, 0), COALESCE(a.name, d.name, '合计'), "
        "CASE WHEN a.id IS NOT NULL THEN a.seq WHEN d.id IS NOT NULL THEN 1000 + d.seq "
        "ELSE 100000 END AS column_seq, c.target, c.actual "
        "FROM decomposition_cell c JOIN decomposition_item i ON i.id = c.item_id "
        "LEFT JOIN area a ON a.id = c.area_id LEFT JOIN department d ON d.id = c.department_id "
        "WHERE i.plan_id = ? ORDER BY i.seq, i.id, c.year, column_seq, c.id"));
    q.addBindValue(planId);
    q.exec();
    while (q.next()) {
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
        rows.append(r);
    }
    return rows;
}

} // namespace tuoyu
