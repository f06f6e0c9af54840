#include "cliverb.h"

#include "calendar/deadlineparser.h"
#include "calendar/duesoon.h"
#include "checks/datachecks.h"
#include "commands/plancommands.h"
#include "indicators/indicatorengine.h"
#include "session/workspace.h"
#include "storage/decompositionrepository.h"
#include "storage/indicatorrepository.h"
#include "storage/institutionrepository.h"
#include "storage/planrepository.h"
#include "storage/postgresql/postgresqlurl.h"
#include "storage/schema.h"
#include "storage/sqldialect.h"
#include "templates/templatelibrary.h"

#include <QCoreApplication>
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
    const QString file = a.option(QStringLiteral("template-file"));
    const QString id = !file.isEmpty()                     ? QFileInfo(file).fileName()
                       : a.has(QStringLiteral("template")) ? a.option(QStringLiteral("template"))
                                                           : QStringLiteral("blank");
    QString error;
    const auto draft = file.isEmpty() ? TemplateLibrary::load(id, &error)
                                      : TemplateLibrary::loadFile(file, &error);
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
        return fail(
            BadInput,
            QCoreApplication::translate("tuoyu::cli", "无法从模板 %1 创建计划：%2").arg(id, error));
    }
    ws->undoStack()->clear(); // a new file starts with nothing to undo
    printLine(
        stdout,
        QCoreApplication::translate("tuoyu::cli", "已创建 %1（模板 %2）")
            .arg(PostgresqlUrl::isUrl(path) ? ws->path() : QFileInfo(path).absoluteFilePath(), id));
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
            return fail(BadInput,
                        QCoreApplication::translate("tuoyu::cli", "计划中没有责任部门“%1”")
                            .arg(filter.department));
    }
    QJsonArray list;
    const DueSoon dueSoon = DueSoon::forWorkspace(ws);
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
            {QStringLiteral("days_overdue"), t.daysOverdue(asOf)},         // calendar days
            {QStringLiteral("due_soon"), dueSoon.appliesTo(t.task, asOf)}, // the window's
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
        // Every target of a staged indicator, with the stage as printed.
        QJsonArray targets;
        for (const IndicatorTarget &t : r.indicator.targets)
            targets.append(QJsonObject{
                {QStringLiteral("year"), t.year},
                {QStringLiteral("value"), t.value},
                {QStringLiteral("label"),
                 t.label.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(t.label)},
                {QStringLiteral("text"), t.sourceText.isEmpty() ? QJsonValue(QJsonValue::Null)
                                                                : QJsonValue(t.sourceText)}});
        QJsonArray averages;
        for (const IndicatorAverage &v : r.averages)
            averages.append(QJsonObject{{QStringLiteral("scope"), v.scope},
                                        {QStringLiteral("value"), v.value},
                                        {QStringLiteral("date"), v.date.toString(Qt::ISODate)},
                                        {QStringLiteral("source"), v.source}});
        const int targetYear = r.target                 ? r.target->year
                               : r.indicator.targetYear ? r.indicator.targetYear
                                                        : 0;
        list.append(QJsonObject{
            {QStringLiteral("id"), r.indicator.id},
            {QStringLiteral("tier"), r.indicator.tier},
            {QStringLiteral("name"), r.indicator.name},
            {QStringLiteral("unit"), r.indicator.unit},
            {QStringLiteral("direction"), directionSymbol(r.indicator.direction)},
            {QStringLiteral("target"),
             r.target ? QJsonValue(r.target->value) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("target_year"),
             targetYear > 0 ? QJsonValue(targetYear) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("target_text"),
             r.targetText.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(r.targetText)},
            {QStringLiteral("target_kind"), targetKindCode(r.indicator.targetKind)},
            {QStringLiteral("targets"), targets},
            {QStringLiteral("compared_with"), QJsonArray::fromStringList(r.indicator.comparedWith)},
            {QStringLiteral("averages"), averages},
            {QStringLiteral("target_missing"), r.targetMissing.isEmpty()
                                                   ? QJsonValue(QJsonValue::Null)
                                                   : QJsonValue(r.targetMissing)},
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

/// The indicator a write verb names with --indicator ID, in the workspace's plans.
bool indicatorOption(const Arguments &a, qint64 *id)
{
    QString error;
    *id = idOption(a, QStringLiteral("indicator"), &error);
    if (!*id)
        fail(Usage, error);
    return *id != 0;
}

bool dateOption(const Arguments &a, QDate *date)
{
    *date = QDate::fromString(a.option(QStringLiteral("date")), Qt::ISODate);
    if (!date->isValid()) {
        fail(Usage, QCoreApplication::translate("tuoyu::cli", "--date 应为 YYYY-MM-DD，不是“%1”")
                        .arg(a.option(QStringLiteral("date"))));
        return false;
    }
    return true;
}

int verbIndicatorAverage(const Arguments &a)
{
    qint64 id = 0;
    QDate date;
    if (!indicatorOption(a, &id) || !dateOption(a, &date))
        return Usage;
    bool ok = false;
    const double value = a.option(QStringLiteral("value")).toDouble(&ok);
    if (!ok)
        return fail(Usage, QCoreApplication::translate("tuoyu::cli", "--value 应为数值，不是“%1”")
                               .arg(a.option(QStringLiteral("value"))));
    QString error;
    auto ws = openWorkspace(a.positional[0], &error);
    if (!ws)
        return fail(BadInput, error);
    auto command =
        plancommands::addIndicatorAverage(ws.get(), id, a.option(QStringLiteral("scope")), date,
                                          value, a.option(QStringLiteral("source")), &error);
    QString said;
    if (const int code = executeCommand(a, ws.get(), std::move(command), error, &said); code)
        return code;
    printLine(stdout,
              QCoreApplication::translate("tuoyu::cli", "已录入指标 #%1 的%2平均水平 %3（%4，%5）")
                  .arg(id)
                  .arg(a.option(QStringLiteral("scope")).trimmed())
                  .arg(value)
                  .arg(date.toString(Qt::ISODate), a.option(QStringLiteral("source")).trimmed()));
    return Done;
}

int verbIndicatorAchieved(const Arguments &a)
{
    qint64 id = 0;
    QDate date;
    if (!indicatorOption(a, &id) || !dateOption(a, &date))
        return Usage;
    const QString words = a.option(QStringLiteral("achieved")).trimmed();
    static const QStringList yes = {QStringLiteral("yes"), QStringLiteral("是"),
                                    QStringLiteral("已实现")};
    static const QStringList no = {QStringLiteral("no"), QStringLiteral("否"),
                                   QStringLiteral("未实现")};
    if (!yes.contains(words) && !no.contains(words))
        return fail(Usage, QCoreApplication::translate("tuoyu::cli",
                                                       "--achieved 应为 是/否（yes/no），不是“%1”")
                               .arg(words));
    QString error;
    auto ws = openWorkspace(a.positional[0], &error);
    if (!ws)
        return fail(BadInput, error);
    auto command = plancommands::setIndicatorAchieved(ws.get(), id, yes.contains(words), date,
                                                      a.option(QStringLiteral("source")), &error);
    QString said;
    if (const int code = executeCommand(a, ws.get(), std::move(command), error, &said); code)
        return code;
    printLine(stdout,
              QCoreApplication::translate("tuoyu::cli", "已认定指标 #%1 %2（%3）")
                  .arg(id)
                  .arg(yes.contains(words) ? QCoreApplication::translate("tuoyu::cli", "已实现")
                                           : QCoreApplication::translate("tuoyu::cli", "未实现"),
                       date.toString(Qt::ISODate)));
    return Done;
}

int verbCheck(const Arguments &a)
{
    QString error;
    auto ws = openWorkspace(a.positional[0], &error);
    if (!ws)
        return fail(BadInput, error);
    QStringList problems = ws->dialect().integrityProblems(ws->db());
    if (problems.isEmpty())
        problems = ws->damage(); // what the quick check on opening found
    if (!problems.isEmpty()) {
        if (ws->access() == Database::Access::Damaged)
            printLine(stderr, QStringLiteral("tuoyu-desk: ") + ws->readOnlyReason());
        for (const QString &p : problems)
            printLine(stderr, QCoreApplication::translate("tuoyu::cli", "tuoyu-desk: %1：%2")
                                  .arg(a.positional[0], p));
        return BadInput;
    }
    if (ws->isReadOnly())
        printLine(stdout, ws->readOnlyReason());
    printLine(stdout,
              QCoreApplication::translate(
                  "tuoyu::cli", "%1：完好（数据结构第 %2 版，日志模式 %3，%4 个计划，%5 家机构）")
                  .arg(a.positional[0])
                  .arg(ws->dialect().schemaVersion(ws->db()))
                  .arg(ws->journalMode())
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
         {QStringLiteral("new FILE [--template ID | --template-file X.json]"),
          1,
          {QStringLiteral("template"), QStringLiteral("template-file")},
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
        {QStringLiteral("indicator-average"),
         {QCoreApplication::translate(
              "tuoyu::cli", "indicator-average FILE --indicator ID --scope 全省|全市 --value V "
                            "--date YYYY-MM-DD --source TEXT"),
          1,
          {QStringLiteral("indicator"), QStringLiteral("scope"), QStringLiteral("value"),
           QStringLiteral("date"), QStringLiteral("source")},
          {},
          verbIndicatorAverage}},
        {QStringLiteral("indicator-achieved"),
         {QCoreApplication::translate("tuoyu::cli",
                                      "indicator-achieved FILE --indicator ID --achieved 是|否 "
                                      "--date YYYY-MM-DD --source TEXT"),
          1,
          {QStringLiteral("indicator"), QStringLiteral("achieved"), QStringLiteral("date"),
           QStringLiteral("source")},
          {},
          verbIndicatorAchieved}},
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
