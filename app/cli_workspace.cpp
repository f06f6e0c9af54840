#include "cliverb.h"

#include "calendar/deadlineparser.h"
#include "checks/datachecks.h"
#include "commands/plancommands.h"
#include "indicators/indicatorengine.h"
#include "storage/decompositionrepository.h"
#include "storage/indicatorrepository.h"
#include "storage/institutionrepository.h"
#include "storage/planrepository.h"
#include "storage/schema.h"
#include "storage/sqldialect.h"
#include "storage/workspace.h"
#include "templates/templatelibrary.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

// The verbs over a workspace as a whole: create, check, and list what it holds.

namespace tuoyu::cli {

namespace {

int verbVersion(const Arguments &)
{
    printLine(stdout, QStringLiteral("tuoyu-desk %1").arg(QStringLiteral(TUOYU_VERSION)));
    return Done;
}

int verbTemplates(const Arguments &)
{
    for (const auto &e : TemplateLibrary::entries())
        printLine(stdout, e.id + QLatin1Char('\t') + e.title);
    return Done;
}

int verbNew(const Arguments &a)
{
    const QString id = a.has(QStringLiteral("template")) ? a.option(QStringLiteral("template"))
                                                         : QStringLiteral("blank");
    QString error;
    const auto draft = TemplateLibrary::load(id, &error);
    if (!draft)
        return fail(BadInput, error);
    const QString path = a.positional[0];
    auto ws = Workspace::create(path, &error);
    if (!ws)
        return fail(BadInput, error);
    auto command = plancommands::create(ws.get(), *draft, &error);
    if (!command || !ws->execute(std::move(command), &error)) {
        ws.reset();
        QFile::remove(path); // never leave a half-made workspace behind
        return fail(BadInput, QStringLiteral("无法从模板 %1 创建计划：%2").arg(id, error));
    }
    ws->undoStack()->clear(); // a new file starts with nothing to undo
    printLine(stdout,
              QStringLiteral("已创建 %1（模板 %2）").arg(QFileInfo(path).absoluteFilePath(), id));
    return Done;
}

int verbInstitutions(const Arguments &a)
{
    QString error;
    auto ws = openWorkspace(a.positional[0], &error);
    if (!ws)
        return fail(BadInput, error);
    InstitutionRepository repo(ws.get());
    QHash<qint64, QString> areas;
    for (const Area &area : IndicatorRepository(ws.get()).areas())
        areas.insert(area.id, area.name);
    QJsonArray list;
    for (const Institution &i : repo.all()) {
        list.append(QJsonObject{
            {QStringLiteral("id"), i.id},
            {QStringLiteral("name"), i.name},
            {QStringLiteral("credit_code"),
             i.creditCode.isEmpty() ? QJsonValue() : QJsonValue(i.creditCode)},
            {QStringLiteral("kind"), kindLabel(i.kind)},
            {QStringLiteral("kind_text"), i.kindText},
            {QStringLiteral("area"), areas.value(i.areaId)},
            {QStringLiteral("slots"), i.slots},
            {QStringLiteral("puhui_slots"), jsonNumber(i.puhuiSlots)},
            {QStringLiteral("enrolled"), jsonNumber(i.enrolled)},
            {QStringLiteral("filed"), i.filed},
        });
    }
    printJson(list);
    return Done;
}

int verbPlans(const Arguments &a)
{
    QString error;
    auto ws = openWorkspace(a.positional[0], &error);
    if (!ws)
        return fail(BadInput, error);
    QJsonArray list;
    for (const Plan &p : PlanRepository(ws.get()).plans())
        list.append(
            QJsonObject{{QStringLiteral("id"), p.id},
                        {QStringLiteral("title"), p.title},
                        {QStringLiteral("period_start"), p.periodStart.toString(Qt::ISODate)},
                        {QStringLiteral("period_end"), p.periodEnd.toString(Qt::ISODate)},
                        {QStringLiteral("template"), p.templateId},
                        {QStringLiteral("signer"), p.signer}});
    printJson(list);
    return Done;
}

int verbTasks(const Arguments &a)
{
    PlanScope scope;
    if (const int code = openPlanScope(a, &scope); code != Done)
        return code;
    Workspace *ws = scope.workspace.get();
    const auto &plan = scope.plan;
    const QDate asOf = scope.asOf;
    PlanRepository repo(ws);
    TaskFilter filter;
    filter.asOf = asOf;
    filter.overdueOnly = a.has(QStringLiteral("overdue"));
    filter.department = a.option(QStringLiteral("department"));
    if (!filter.department.isEmpty()) {
        bool known = false;
        for (const Department &d : repo.departments(plan->id))
            known = known || d.name == filter.department;
        if (!known)
            return fail(BadInput, QStringLiteral("计划中没有责任部门“%1”").arg(filter.department));
    }
    QJsonArray list;
    for (const TaskView &t : repo.tasks(plan->id, filter)) {
        list.append(QJsonObject{
            {QStringLiteral("id"), t.task.id},
            {QStringLiteral("program"), t.programTitle},
            {QStringLiteral("project"), t.projectTitle},
            {QStringLiteral("text"), t.task.text},
            {QStringLiteral("deadline"), t.task.deadline.isValid()
                                             ? QJsonValue(t.task.deadline.toString(Qt::ISODate))
                                             : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("deadline_text"), t.task.deadlineText.isEmpty()
                                                  ? QJsonValue(QJsonValue::Null)
                                                  : QJsonValue(t.task.deadlineText)},
            {QStringLiteral("deadline_inherited"), t.task.deadlineInherited},
            {QStringLiteral("lead"),
             t.lead().isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.lead())},
            {QStringLiteral("departments"), QJsonArray::fromStringList(t.departments)},
            {QStringLiteral("status"), taskStatusLabel(t.task.status)},
            {QStringLiteral("percent"), t.task.percent},
            {QStringLiteral("overdue"), t.overdue(asOf)},
            {QStringLiteral("days_overdue"), t.daysOverdue(asOf)}, // calendar days
        });
    }
    printJson(list);
    return Done;
}

int verbIndicators(const Arguments &a)
{
    PlanScope scope;
    if (const int code = openPlanScope(a, &scope); code != Done)
        return code;
    Workspace *ws = scope.workspace.get();
    const auto &plan = scope.plan;
    const QDate asOf = scope.asOf;
    QJsonArray list;
    for (const IndicatorResult &r : IndicatorEngine::evaluate(ws, plan->id, asOf)) {
        list.append(QJsonObject{
            {QStringLiteral("id"), r.indicator.id},
            {QStringLiteral("tier"), r.indicator.tier},
            {QStringLiteral("name"), r.indicator.name},
            {QStringLiteral("unit"), r.indicator.unit},
            {QStringLiteral("direction"), directionSymbol(r.indicator.direction)},
            {QStringLiteral("target"),
             r.target ? QJsonValue(r.target->value) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("target_year"),
             r.target ? QJsonValue(r.target->year) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("actual"), jsonNumber(r.actual)},
            {QStringLiteral("status"), indicatorStatusLabel(r.status)},
            {QStringLiteral("formula"), r.indicator.formula.isEmpty()
                                            ? QJsonValue(QJsonValue::Null)
                                            : QJsonValue(r.indicator.formula)},
            {QStringLiteral("source"), r.actualSource},
            {QStringLiteral("missing"),
             r.missing.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.missing)},
        });
    }
    printJson(list);
    return Done;
}

int verbCheck(const Arguments &a)
{
    QString error;
    auto ws = openWorkspace(a.positional[0], &error);
    if (!ws)
        return fail(BadInput, error);
    const QStringList problems = SqlDialect::integrityProblems(ws->db());
    if (!problems.isEmpty()) {
        for (const QString &p : problems)
            printLine(stderr, QStringLiteral("tuoyu-desk: %1：%2").arg(a.positional[0], p));
        return BadInput;
    }
    printLine(stdout,
              QStringLiteral("%1：完好（数据结构第 %2 版，日志模式 %3，%4 个计划，%5 家机构）")
                  .arg(a.positional[0])
                  .arg(SqlDialect::schemaVersion(ws->db()))
                  .arg(SqlDialect::journalModeName(ws->journalMode()))
                  .arg(PlanRepository(ws.get()).plans().size())
                  .arg(InstitutionRepository(ws.get()).count()));
    return Done;
}

int verbDecomposition(const Arguments &a)
{
    PlanScope scope;
    if (const int code = openPlanScope(a, &scope); code != Done)
        return code;
    Workspace *ws = scope.workspace.get();
    const auto &plan = scope.plan;
    QJsonArray list;
    for (const DecompositionRow &r : DecompositionRepository(ws).cells(plan->id)) {
        list.append(QJsonObject{
            {QStringLiteral("year"), r.year},
            {QStringLiteral("area"), r.column},
            {QStringLiteral("item"), r.item},
            {QStringLiteral("unit"), r.unit},
            {QStringLiteral("total"), r.isTotal()},
            {QStringLiteral("target"), jsonNumber(r.target)},
            {QStringLiteral("actual"), jsonNumber(r.actual)},
        });
    }
    printJson(list);
    return Done;
}

int verbValidate(const Arguments &a)
{
    QString error;
    auto ws = openWorkspace(a.positional[0], &error);
    if (!ws)
        return fail(BadInput, error);
    qint64 planId = 0;
    if (a.has(QStringLiteral("plan")) || !PlanRepository(ws.get()).plans().isEmpty()) {
        const auto plan = choosePlan(ws.get(), a, &error);
        if (!plan)
            return fail(BadInput, error);
        planId = plan->id;
    }
    QJsonArray list;
    for (const Finding &f : DataChecks::run(ws.get(), planId))
        list.append(QJsonObject{{QStringLiteral("severity"), severityLabel(f.severity)},
                                {QStringLiteral("check"), f.check},
                                {QStringLiteral("table"), f.table},
                                {QStringLiteral("record_id"), f.recordId},
                                {QStringLiteral("record"), f.record},
                                {QStringLiteral("message"), f.message}});
    printJson(list);
    return Done;
}

} // namespace

void registerWorkspaceVerbs(VerbTable &table)
{
    const VerbTable verbs = {
        {QStringLiteral("--version"), {QStringLiteral("--version"), 0, {}, {}, verbVersion}},
        {QStringLiteral("templates"), {QStringLiteral("templates"), 0, {}, {}, verbTemplates}},
        {QStringLiteral("new"),
         {QStringLiteral("new FILE [--template ID]"),
          1,
          {QStringLiteral("template")},
          {},
          verbNew}},
        {QStringLiteral("institutions"),
         {QStringLiteral("institutions FILE --json"),
          1,
          {},
          {QStringLiteral("json")},
          verbInstitutions}},
        {QStringLiteral("plans"),
         {QStringLiteral("plans FILE --json"), 1, {}, {QStringLiteral("json")}, verbPlans}},
        {QStringLiteral("tasks"),
         {QStringLiteral("tasks FILE [--plan ID] [--overdue] [--as-of YYYY-MM-DD] "
                         "[--department NAME] --json"),
          1,
          {QStringLiteral("plan"), QStringLiteral("as-of"), QStringLiteral("department")},
          {QStringLiteral("json"), QStringLiteral("overdue")},
          verbTasks}},
        {QStringLiteral("indicators"),
         {QStringLiteral("indicators FILE [--plan ID] [--as-of YYYY-MM-DD] --json"),
          1,
          {QStringLiteral("plan"), QStringLiteral("as-of")},
          {QStringLiteral("json")},
          verbIndicators}},
        {QStringLiteral("check"), {QStringLiteral("check FILE"), 1, {}, {}, verbCheck}},
        {QStringLiteral("decomposition"),
         {QStringLiteral("decomposition FILE [--plan ID] --json"),
          1,
          {QStringLiteral("plan")},
          {QStringLiteral("json")},
          verbDecomposition}},
        {QStringLiteral("validate"),
         {QStringLiteral("validate FILE [--plan ID] --json"),
          1,
          {QStringLiteral("plan")},
          {QStringLiteral("json")},
          verbValidate}},
    };
    table.insert(verbs);
}

} // namespace tuoyu::cli
