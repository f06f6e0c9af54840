#include "departmentcommands.h"

#include "rowreader.h"
#include "session/workspace.h"

#include "storage/sqlquery.h"
#include <QRegularExpression>

namespace tuoyu::departmentcommands {

namespace {

const QString kDepartment = QStringLiteral("department");
const QString kLink = QStringLiteral("task_department");

QVariantMap departmentRow(Workspace *ws, qint64 id, QString *error)
{
    QVariantMap row = rowreader::row(ws->db(), kDepartment, id);
    if (row.isEmpty())
        *error = QStringLiteral("找不到责任部门 #%1").arg(id);
    return row;
}

QString nameOf(const QVariantMap &row)
{
    return row.value(QStringLiteral("name")).toString();
}

} // namespace

DepartmentResolver::DepartmentResolver(Workspace *ws, qint64 planId)
    : m_workspace(ws)
    , m_planId(planId)
{
    SqlQuery q(ws->db());
    q.exec(QStringLiteral("SELECT id, name, seq FROM department WHERE plan_id = ?"), {planId});
    while (q.next()) {
        m_ids.insert(q.value(1).toString(), q.value(0).toLongLong());
        m_lastSeq = std::max(m_lastSeq, q.value(2).toInt());
    }
}

qint64 DepartmentResolver::id(const QString &name, QList<RowChange> *changes)
{
    const QString n = name.trimmed();
    qint64 id = m_ids.value(n);
    if (id == 0) {
        id = m_workspace->allocateId(kDepartment);
        changes->append(RowChange::insert(kDepartment, id,
                                          {{QStringLiteral("plan_id"), m_planId},
                                           {QStringLiteral("name"), n},
                                           {QStringLiteral("seq"), ++m_lastSeq}}));
        m_ids.insert(n, id);
    }
    return id;
}

DepartmentUse use(Workspace *ws, qint64 departmentId)
{
    DepartmentUse u;
    SqlQuery q(ws->db());
    q.exec(QStringLiteral("SELECT SUM(lead), SUM(1 - lead), (SELECT COUNT(*) FROM "
                          "decomposition_cell WHERE department_id = ?) FROM task_department "
                          "WHERE department_id = ?"),
           {departmentId, departmentId});
    if (q.next()) {
        u.leads = q.value(0).toInt();
        u.shares = q.value(1).toInt();
        u.cells = q.value(2).toInt();
    }
    return u;
}

QStringList splitNames(const QString &words)
{
    static const QRegularExpression separators(QStringLiteral("[、，,；;\\s]+"));
    return words.split(separators, Qt::SkipEmptyParts);
}

qint64 find(Workspace *ws, qint64 planId, const QString &name)
{
    SqlQuery q(ws->db());
    q.exec(QStringLiteral("SELECT id FROM department WHERE plan_id = ? AND name = ?"),
           {planId, name.trimmed()});
    return q.next() ? q.value(0).toLongLong() : 0;
}

std::unique_ptr<WorkspaceCommand> rename(Workspace *ws, qint64 departmentId, const QString &name,
                                         QString *error)
{
    const QVariantMap row = departmentRow(ws, departmentId, error);
    if (row.isEmpty())
        return nullptr;
    const QString wanted = name.trimmed();
    if (wanted.isEmpty()) {
        *error = QStringLiteral("部门名称不能为空");
        return nullptr;
    }
    if (wanted == nameOf(row)) {
        *error = QStringLiteral("没有改动");
        return nullptr;
    }
    if (find(ws, row.value(QStringLiteral("plan_id")).toLongLong(), wanted) != 0) {
        *error = QStringLiteral("计划中已有责任部门“%1”；若“%2”与它是同一单位，请用“合并”")
                     .arg(wanted, nameOf(row));
        return nullptr;
    }
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("将责任部门“%1”改名为“%2”").arg(nameOf(row), wanted),
        QList<RowChange>{RowChange::update(kDepartment, departmentId,
                                           {{QStringLiteral("name"), nameOf(row)}},
                                           {{QStringLiteral("name"), wanted}})});
}

std::unique_ptr<WorkspaceCommand> merge(Workspace *ws, qint64 fromId, qint64 intoId, QString *error)
{
    const QVariantMap from = departmentRow(ws, fromId, error);
    if (from.isEmpty())
        return nullptr;
    const QVariantMap into = departmentRow(ws, intoId, error);
    if (into.isEmpty())
        return nullptr;
    if (fromId == intoId) {
        *error = QStringLiteral("不能把“%1”合并到它自己").arg(nameOf(from));
        return nullptr;
    }
    if (from.value(QStringLiteral("plan_id")) != into.value(QStringLiteral("plan_id"))) {
        *error =
            QStringLiteral("“%1”与“%2”不属于同一计划，不能合并").arg(nameOf(from), nameOf(into));
        return nullptr;
    }
    QSqlDatabase &db = ws->db();
    QHash<qint64, QVariantMap> intoLinks; // task id → the link to `into`
    for (const QVariantMap &link :
         rowreader::rowsWhere(db, kLink, QStringLiteral("department_id"), intoId))
        intoLinks.insert(link.value(QStringLiteral("task_id")).toLongLong(), link);
    QList<RowChange> changes;
    for (const QVariantMap &link :
         rowreader::rowsWhere(db, kLink, QStringLiteral("department_id"), fromId)) {
        const qint64 linkId = link.value(QStringLiteral("id")).toLongLong();
        const auto both = intoLinks.constFind(link.value(QStringLiteral("task_id")).toLongLong());
        if (both == intoLinks.cend()) {
            changes.append(RowChange::update(kLink, linkId,
                                             {{QStringLiteral("department_id"), fromId}},
                                             {{QStringLiteral("department_id"), intoId}}));
            continue;
        }
        // The task named both spellings: one link stays, leading if either led.
        changes.append(RowChange::remove(kLink, linkId, link));
        if (link.value(QStringLiteral("lead")).toInt() != 0 &&
            both->value(QStringLiteral("lead")).toInt() == 0)
            changes.append(
                RowChange::update(kLink, both->value(QStringLiteral("id")).toLongLong(),
                                  {{QStringLiteral("lead"), 0},
                                   {QStringLiteral("seq"), both->value(QStringLiteral("seq"))}},
                                  {{QStringLiteral("lead"), 1},
                                   {QStringLiteral("seq"), link.value(QStringLiteral("seq"))}}));
    }
    for (const QVariantMap &cell : rowreader::rowsWhere(db, QStringLiteral("decomposition_cell"),
                                                        QStringLiteral("department_id"), fromId))
        changes.append(RowChange::update(QStringLiteral("decomposition_cell"),
                                         cell.value(QStringLiteral("id")).toLongLong(),
                                         {{QStringLiteral("department_id"), fromId}},
                                         {{QStringLiteral("department_id"), intoId}}));
    changes.append(RowChange::remove(kDepartment, fromId, from));
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("将责任部门“%1”合并到“%2”").arg(nameOf(from), nameOf(into)), changes);
}

std::unique_ptr<WorkspaceCommand> remove(Workspace *ws, qint64 departmentId, QString *error)
{
    const QVariantMap row = departmentRow(ws, departmentId, error);
    if (row.isEmpty())
        return nullptr;
    const DepartmentUse u = use(ws, departmentId);
    if (u.leads + u.shares + u.cells > 0) {
        *error = QStringLiteral("“%1”仍是 %2 项任务的责任部门%3，不能删除；可合并到另一部门")
                     .arg(nameOf(row))
                     .arg(u.leads + u.shares)
                     .arg(u.cells > 0 ? QStringLiteral("、任务分解表中有它的一列") : QString());
        return nullptr;
    }
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("删除责任部门“%1”").arg(nameOf(row)),
        QList<RowChange>{RowChange::remove(kDepartment, departmentId, row)});
}

} // namespace tuoyu::departmentcommands
