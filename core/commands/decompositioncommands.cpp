#include "decompositioncommands.h"

#include "rowchanges.h"
#include "rowreader.h"
#include "session/workspace.h"
#include "storage/decompositionrepository.h"

#include "storage/sqlquery.h"

namespace tuoyu::decompositioncommands {

namespace {

const QString kItem = QStringLiteral("decomposition_item");
const QString kCell = QStringLiteral("decomposition_cell");
const QString kYear = QStringLiteral("decomposition_year");
const QString kColumn = QStringLiteral("decomposition_column");

bool planExists(Workspace *ws, qint64 planId, QString *error)
{
    if (rowreader::row(ws->db(), QStringLiteral("plan"), planId).isEmpty()) {
        *error = QStringLiteral("找不到计划 #%1").arg(planId);
        return false;
    }
    return true;
}

/// Deletes of the rows of `table` whose ids `select` gives with `binds`, so undo puts them back.
QList<RowChange> removeSelected(Workspace *ws, const QString &table, const QString &select,
                                const QVariantList &binds)
{
    SqlQuery q(ws->db());
    q.prepare(select);
    for (const QVariant &b : binds)
        q.addBindValue(b);
    q.exec();
    QList<RowChange> changes;
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        changes.append(RowChange::remove(table, id, rowreader::row(ws->db(), table, id)));
    }
    return changes;
}

const QString kPlanCells = QStringLiteral(
    "SELECT c.id FROM decomposition_cell c JOIN decomposition_item i ON i.id = c.item_id "
    "WHERE i.plan_id = ? AND ");

/// The column's name (the area's or the department's), empty with a message when it is neither
/// an area nor one of the plan's departments.
QString columnName(Workspace *ws, qint64 planId, qint64 areaId, qint64 departmentId, QString *error)
{
    if ((areaId == 0) == (departmentId == 0)) {
        *error = QStringLiteral("分解表的列应为一个乡镇（街道）或一个部门");
        return QString();
    }
    const QVariantMap row =
        areaId ? rowreader::row(ws->db(), QStringLiteral("area"), areaId)
               : rowreader::row(ws->db(), QStringLiteral("department"), departmentId);
    if (row.isEmpty() ||
        (departmentId && row.value(QStringLiteral("plan_id")).toLongLong() != planId)) {
        *error = areaId ? QStringLiteral("找不到乡镇（街道）#%1").arg(areaId)
                        : QStringLiteral("计划中没有部门 #%1").arg(departmentId);
        return QString();
    }
    return row.value(QStringLiteral("name")).toString();
}

/// The name of the column `areaId` / `departmentId`, checked to be (`present`) or not to be a
/// column of the plan's table; empty with the officer's message otherwise.
QString checkedColumn(Workspace *ws, qint64 planId, qint64 areaId, qint64 departmentId,
                      bool present, QString *error)
{
    if (!planExists(ws, planId, error))
        return QString();
    const QString name = columnName(ws, planId, areaId, departmentId, error);
    if (name.isEmpty())
        return QString();
    if (DecompositionRepository(ws).layout(planId).columns.contains(
            DecompositionColumn{areaId, departmentId, name}) != present) {
        *error = (present ? QStringLiteral("分解表中没有“%1”一列")
                          : QStringLiteral("分解表中已有“%1”一列"))
                     .arg(name);
        return QString();
    }
    return name;
}

} // namespace

std::unique_ptr<WorkspaceCommand> addItem(Workspace *ws, qint64 planId, const QString &name,
                                          const QString &unit, QString *error)
{
    if (!planExists(ws, planId, error))
        return nullptr;
    const QString n = name.trimmed();
    if (n.isEmpty()) {
        *error = QStringLiteral("分解表项目名称不能为空");
        return nullptr;
    }
    for (const DecompositionItem &i : DecompositionRepository(ws).layout(planId).items)
        if (i.name == n) {
            *error = QStringLiteral("分解表中已有项目“%1”").arg(n);
            return nullptr;
        }
    return rowchanges::insertCommand(
        ws, QStringLiteral("分解表新增项目“%1”").arg(n), kItem,
        {{QStringLiteral("plan_id"), planId},
         {QStringLiteral("seq"),
          rowchanges::nextSeq(ws->db(), kItem, QStringLiteral("plan_id"), planId)},
         {QStringLiteral("name"), n},
         {QStringLiteral("unit"), rowchanges::textOrNull(unit)}});
}

std::unique_ptr<WorkspaceCommand> removeItem(Workspace *ws, qint64 itemId, QString *error)
{
    const QVariantMap row = rowreader::row(ws->db(), kItem, itemId);
    if (row.isEmpty()) {
        *error = QStringLiteral("找不到分解表项目 #%1").arg(itemId);
        return nullptr;
    }
    QList<RowChange> changes =
        rowchanges::removeWhere(ws->db(), kCell, QStringLiteral("item_id"), itemId);
    changes.append(RowChange::remove(kItem, itemId, row));
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("分解表删除项目“%1”").arg(row.value(QStringLiteral("name")).toString()),
        changes);
}

std::unique_ptr<WorkspaceCommand> addYear(Workspace *ws, qint64 planId, int year, QString *error)
{
    if (!planExists(ws, planId, error))
        return nullptr;
    if (year < 1990 || year > 2100) {
        *error = QStringLiteral("年份不对：%1").arg(year);
        return nullptr;
    }
    if (DecompositionRepository(ws).layout(planId).years.contains(year)) {
        *error = QStringLiteral("分解表中已有%1年").arg(year);
        return nullptr;
    }
    return rowchanges::insertCommand(
        ws, QStringLiteral("分解表新增%1年").arg(year), kYear,
        {{QStringLiteral("plan_id"), planId}, {QStringLiteral("year"), year}});
}

std::unique_ptr<WorkspaceCommand> removeYear(Workspace *ws, qint64 planId, int year, QString *error)
{
    if (!planExists(ws, planId, error))
        return nullptr;
    if (!DecompositionRepository(ws).layout(planId).years.contains(year)) {
        *error = QStringLiteral("分解表中没有%1年").arg(year);
        return nullptr;
    }
    QList<RowChange> changes =
        removeSelected(ws, kCell, kPlanCells + QStringLiteral("c.year = ?"), {planId, year});
    changes += removeSelected(
        ws, kYear,
        QStringLiteral("SELECT id FROM decomposition_year WHERE plan_id = ? AND year = ?"),
        {planId, year});
    return std::make_unique<WorkspaceCommand>(ws, QStringLiteral("分解表删除%1年").arg(year),
                                              changes);
}

std::unique_ptr<WorkspaceCommand> addColumn(Workspace *ws, qint64 planId, qint64 areaId,
                                            qint64 departmentId, QString *error)
{
    const QString name = checkedColumn(ws, planId, areaId, departmentId, false, error);
    if (name.isEmpty())
        return nullptr;
    return rowchanges::insertCommand(
        ws, QStringLiteral("分解表新增“%1”一列").arg(name), kColumn,
        {{QStringLiteral("plan_id"), planId},
         {QStringLiteral("area_id"), areaId ? QVariant(areaId) : QVariant()},
         {QStringLiteral("department_id"), departmentId ? QVariant(departmentId) : QVariant()},
         {QStringLiteral("seq"),
          rowchanges::nextSeq(ws->db(), kColumn, QStringLiteral("plan_id"), planId)}});
}

std::unique_ptr<WorkspaceCommand> removeColumn(Workspace *ws, qint64 planId, qint64 areaId,
                                               qint64 departmentId, QString *error)
{
    const QString name = checkedColumn(ws, planId, areaId, departmentId, true, error);
    if (name.isEmpty())
        return nullptr;
    const QString sameColumn =
        QStringLiteral("COALESCE(area_id, 0) = ? AND COALESCE(department_id, 0) = ?");
    QList<RowChange> changes = removeSelected(
        ws, kCell,
        kPlanCells +
            QStringLiteral("COALESCE(c.area_id, 0) = ? AND COALESCE(c.department_id, 0) = ?"),
        {planId, areaId, departmentId});
    changes += removeSelected(
        ws, kColumn,
        QStringLiteral("SELECT id FROM decomposition_column WHERE plan_id = ? AND ") + sameColumn,
        {planId, areaId, departmentId});
    return std::make_unique<WorkspaceCommand>(ws, QStringLiteral("分解表删除“%1”一列").arg(name),
                                              changes);
}

} // namespace tuoyu::decompositioncommands
