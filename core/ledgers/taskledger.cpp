#include "ledgers.h"

#include "evidence/evidence.h"
#include "session/workspace.h"
#include "storage/planrepository.h"

namespace tuoyu::ledgers {

QString dateText(const QDate &date)
{
    return date.isValid() ? document::formatDate(date) : QStringLiteral("未定");
}

QString deadlineText(const Task &task)
{
    return task.deadlineInherited ? dateText(task.deadline) + QStringLiteral("（按实施期末计）")
                                  : dateText(task.deadline);
}

LedgerTable tasks(Workspace *ws, qint64 planId, const QDate &asOf)
{
    PlanRepository repo(ws);
    const auto plan = repo.plan(planId);
    LedgerTable t;
    t.name = QStringLiteral("任务台账");
    t.title = QStringLiteral("%1 任务台账（截至%2）")
                  .arg(plan ? plan->title : QString(), document::formatDate(asOf));
    t.columns = {{QStringLiteral("序号"), T::Count, Everywhere, 0.6, Align::Center},
                 {QStringLiteral("工程"), T::Text, NotPrinted},
                 {QStringLiteral("项目"), T::Text, Everywhere, 2.2},
                 {QStringLiteral("任务清单"), T::Text, Everywhere, 4.0},
                 {QStringLiteral("完成时限"), T::Text, Everywhere, 1.5},
                 {QStringLiteral("时限日期"), T::Date, NotPrinted},
                 {QStringLiteral("牵头部门"), T::Text, NotPrinted},
                 {QStringLiteral("责任部门"), T::Text, Everywhere, 2.6},
                 {QStringLiteral("状态"), T::Text, Everywhere, 1.2},
                 {QStringLiteral("完成百分比"), T::Count, NotPrinted},
                 {QStringLiteral("是否逾期"), T::Text, NotPrinted},
                 {QStringLiteral("最新进展"), T::Text, Everywhere, 2.8},
                 // 佐证材料 by file name (the task's own and its progress entries'), as
                 // evidence::names lists them.
                 {QStringLiteral("佐证材料"), T::Text, Everywhere, 2.0}};
    qint64 n = 0;
    for (const TaskView &v : repo.tasks(planId)) {
        const auto entries = repo.progress(v.task.id);
        // The plan's words when it set the deadline, else the date as printed.
        const QString deadline = v.task.deadlineText.isEmpty() || v.task.deadlineInherited
                                     ? deadlineText(v.task)
                                     : v.task.deadlineText;
        const bool overdue = v.overdueFirm(asOf);
        const QString status = taskStatusLabel(v.task.status);
        t.rows.append(
            {++n, v.programNumber + v.programTitle,
             v.projectNumber + QStringLiteral(".") + v.projectTitle, v.task.text, deadline,
             Cell::date(v.task.deadline), v.lead(), v.departments.join(QStringLiteral("、")),
             // The sheet has 是否逾期 beside it; the document and the page say it in the status.
             Cell(status, overdue ? status + QStringLiteral("（逾期）") : status),
             qint64(v.task.percent), overdue ? QStringLiteral("逾期") : QString(),
             entries.isEmpty() ? QString()
                               : document::formatDate(entries.last().date) + QLatin1Char(' ') +
                                     entries.last().text,
             evidence::names(evidence::ofTask(*ws, v.task.id))});
    }
    return t;
}

} // namespace tuoyu::ledgers
