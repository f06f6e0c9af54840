#include "yearclosecommands.h"

#include "session/workspace.h"
#include "taskcommands.h"

namespace tuoyu::yearclosecommands {

namespace {

QVariant optionalValue(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant();
}

} // namespace

std::unique_ptr<WorkspaceCommand> close(Workspace *ws, qint64 planId, int year, const QDate &asOf,
                                        QString *error)
{
    const auto p = yearclose::preview(ws, planId, year, asOf, error);
    if (!p)
        return nullptr;
    const QString closeTable = QStringLiteral("year_close");
    const qint64 closeId = ws->allocateId(closeTable);
    QList<RowChange> changes{RowChange::insert(
        closeTable, closeId,
        {{QStringLiteral("plan_id"), planId},
         {QStringLiteral("year"), year},
         {QStringLiteral("as_of"), asOf.toString(Qt::ISODate)},
         {QStringLiteral("closed_at"), QDateTime::currentDateTime().toString(Qt::ISODate)},
         {QStringLiteral("closed_by"), ws->actor()}})};
    const QString figureTable = QStringLiteral("year_close_indicator");
    for (const yearclose::YearFigure &f : p->figures)
        changes.append(
            RowChange::insert(figureTable, ws->allocateId(figureTable),
                              {{QStringLiteral("close_id"), closeId},
                               {QStringLiteral("indicator_id"), f.indicatorId},
                               {QStringLiteral("target_year"),
                                f.targetYear > 0 ? QVariant(f.targetYear) : QVariant()},
                               {QStringLiteral("target"), optionalValue(f.target)},
                               {QStringLiteral("target_label"), f.targetLabel},
                               {QStringLiteral("actual"), optionalValue(f.actual)},
                               {QStringLiteral("actual_label"), f.actualLabel},
                               {QStringLiteral("status"), indicatorStatusLabel(f.status)},
                               {QStringLiteral("note"), f.note}}));
    const QString taskTable = QStringLiteral("year_close_task");
    const QString reason = QStringLiteral("%1年度结转").arg(year);
    for (const yearclose::CarriedTask &t : p->tasks) {
        const bool carried = t.newDeadline.isValid();
        changes.append(RowChange::insert(
            taskTable, ws->allocateId(taskTable),
            {{QStringLiteral("close_id"), closeId},
             {QStringLiteral("task_id"), t.view.task.id},
             {QStringLiteral("carried"), carried ? 1 : 0},
             {QStringLiteral("old_deadline"), t.oldDeadline.toString(Qt::ISODate)},
             {QStringLiteral("new_deadline"),
              carried ? QVariant(t.newDeadline.toString(Qt::ISODate)) : QVariant()},
             {QStringLiteral("status"), taskStatusCode(t.view.task.status)},
             {QStringLiteral("percent"), t.view.task.percent}}));
        if (!carried)
            continue;
        // The 延期 the officer would otherwise enter by hand, with its record of the old date.
        const auto extension = taskcommands::extendDeadline(
            ws, t.view.task.id, t.newDeadline.toString(QStringLiteral("yyyy年M月d日")), reason,
            ws->actor(), error);
        if (!extension)
            return nullptr;
        changes += extension->changes();
    }
    const QString text = yearclose::summary(*p);
    return std::make_unique<WorkspaceCommand>(ws, text, changes,
                                              WorkspaceCommand::AuditMode::Summary, text);
}

} // namespace tuoyu::yearclosecommands
