// year-close: 年度结转 from the command line (docs/register.md, "The year's close").

#include "cliverb.h"

#include "commands/yearclosecommands.h"
#include "yearclose/yearclose.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace tuoyu::cli {

namespace {

QJsonObject taskJson(const yearclose::CarriedTask &t)
{
    return {{QStringLiteral("id"), t.view.task.id},
            {QStringLiteral("number"), t.view.projectNumber + t.view.task.number},
            {QStringLiteral("text"), t.view.task.text},
            {QStringLiteral("status"), taskStatusCode(t.view.task.status)},
            {QStringLiteral("percent"), t.view.task.percent},
            {QStringLiteral("old_deadline"), t.oldDeadline.toString(Qt::ISODate)},
            {QStringLiteral("new_deadline"), t.newDeadline.isValid()
                                                 ? QJsonValue(t.newDeadline.toString(Qt::ISODate))
                                                 : QJsonValue()}};
}

QJsonObject figureJson(const yearclose::YearFigure &f)
{
    return {{QStringLiteral("indicator_id"), f.indicatorId},
            {QStringLiteral("name"), f.name},
            {QStringLiteral("target"), jsonNumber(f.target)},
            {QStringLiteral("target_text"), f.targetLabel},
            {QStringLiteral("actual"), jsonNumber(f.actual)},
            {QStringLiteral("actual_text"), f.actualLabel},
            {QStringLiteral("status"), indicatorStatusLabel(f.status)}};
}

int verbYearClose(const Arguments &a)
{
    bool ok = false;
    const int year = a.option(QStringLiteral("year")).toInt(&ok);
    if (!ok || year < 2000 || year > 2100)
        return fail(Usage, QCoreApplication::translate("tuoyu::cli", "--year 应为年份，不是“%1”")
                               .arg(a.option(QStringLiteral("year"))));
    PlanScope scope;
    if (const int code = openPlanScope(a, &scope); code != Done)
        return code;
    Workspace *ws = scope.workspace.get();
    QString error;
    // Worked out before the command, for the listing; the command works it out again itself.
    const auto preview = yearclose::preview(ws, scope.plan->id, year, scope.asOf, &error);
    QString said;
    auto command =
        preview ? yearclosecommands::close(ws, scope.plan->id, year, scope.asOf, &error) : nullptr;
    if (const int code = executeCommand(a, ws, std::move(command), error, &said); code != Done)
        return code;
    if (a.has(QStringLiteral("json"))) {
        QJsonArray tasks;
        for (const yearclose::CarriedTask &t : preview->tasks)
            tasks.append(taskJson(t));
        QJsonArray unmet;
        for (const yearclose::YearFigure &f : preview->unmet())
            unmet.append(figureJson(f));
        QJsonArray figures;
        for (const yearclose::YearFigure &f : preview->figures)
            figures.append(figureJson(f));
        printJson(QJsonObject{{QStringLiteral("plan_id"), scope.plan->id},
                              {QStringLiteral("year"), year},
                              {QStringLiteral("as_of"), scope.asOf.toString(Qt::ISODate)},
                              {QStringLiteral("carried_into"),
                               preview->lastYear ? QJsonValue() : QJsonValue(year + 1)},
                              {QStringLiteral("unfinished_tasks"), tasks},
                              {QStringLiteral("unmet"), unmet},
                              {QStringLiteral("frozen"), figures}});
        return Done;
    }
    printLine(stdout, said);
    for (const yearclose::CarriedTask &t : preview->tasks)
        printLine(stdout, QCoreApplication::translate("tuoyu::cli", "  任务 %1 %2：%3 → %4")
                              .arg(QString::number(t.view.task.id), t.view.task.text.left(30),
                                   t.oldDeadline.toString(Qt::ISODate),
                                   t.newDeadline.isValid()
                                       ? t.newDeadline.toString(Qt::ISODate)
                                       : QCoreApplication::translate("tuoyu::cli", "不结转")));
    for (const yearclose::YearFigure &f : preview->unmet())
        printLine(stdout, QCoreApplication::translate("tuoyu::cli", "  未达标：%1 目标 %2，实际 %3")
                              .arg(f.name, f.targetLabel, f.actualLabel));
    return Done;
}

} // namespace

void registerYearCloseVerbs(VerbTable &table)
{
    table.insert(
        QStringLiteral("year-close"),
        {QStringLiteral("year-close FILE --year Y [--as-of YYYY-MM-DD] [--plan ID] [--json]"),
         1,
         {QStringLiteral("year"), QStringLiteral("as-of"), QStringLiteral("plan")},
         {QStringLiteral("json")},
         verbYearClose});
}

} // namespace tuoyu::cli
