// read-plan DOC [--json], and new W --from-document DOC: a 实施方案 read into a draft plan
// (docs/plan-reader.md).

#include "cliverb.h"

#include "planreader/planacceptance.h"
#include "planreader/planreader.h"
#include "session/workspace.h"
#include "storage/planrepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace tuoyu::cli {

namespace {

std::optional<PlanReading> readDocument(const QString &path, QString *error)
{
    const auto document = PlanDocument::open(path, error);
    if (!document)
        return std::nullopt;
    PlanReading reading = PlanReader::read(*document);
    if (reading.draft.programs.isEmpty()) {
        *error =
            QCoreApplication::translate(
                "tuoyu::cli", "%1 "
                              "中没有读到任何工程或项目：请确认这是一份实施方案（有“一、”“（一）”"
                              "“1.”等编号的任务）")
                .arg(QFileInfo(path).fileName());
        return std::nullopt;
    }
    return reading;
}

void printText(const PlanReading &r)
{
    printLine(stdout, r.draft.plan.title);
    printLine(stdout, QCoreApplication::translate("tuoyu::cli", "实施期：%1 至 %2")
                          .arg(r.draft.plan.periodStart.toString(Qt::ISODate),
                               r.draft.plan.periodEnd.toString(Qt::ISODate)));
    for (const auto &program : r.draft.programs) {
        printLine(stdout, QStringLiteral("%1 %2").arg(program.number, program.title));
        for (const auto &project : program.projects) {
            printLine(stdout, QStringLiteral("  %1 %2").arg(project.number, project.title));
            for (const auto &task : project.tasks)
                printLine(stdout, QCoreApplication::translate("tuoyu::cli", "    - %1｜%2｜%3")
                                      .arg(task.text.left(40), task.deadlineText,
                                           task.departments.join(
                                               QCoreApplication::translate("tuoyu::cli", "、"))));
        }
    }
    for (const Indicator &ind : r.draft.indicators) {
        QStringList targets;
        for (const IndicatorTarget &t : ind.targets)
            targets.append(
                QCoreApplication::translate("tuoyu::cli", "%1年 %2").arg(t.year).arg(t.value));
        printLine(stdout, QCoreApplication::translate("tuoyu::cli", "指标 %1 %2 %3%4 %5")
                              .arg(ind.tier, ind.name, directionSymbol(ind.direction),
                                   targets.join(QCoreApplication::translate("tuoyu::cli", "，")),
                                   ind.unit));
    }
    for (const auto &rule : r.subsidyRules)
        printLine(stdout, QCoreApplication::translate("tuoyu::cli", "奖补 %1 %2 %3")
                              .arg(rule.kind, rule.amount.toString(), rule.limit));
    for (const auto &m : r.draft.leadingGroup)
        printLine(stdout, QCoreApplication::translate("tuoyu::cli", "领导小组 %1 %2 %3")
                              .arg(m.role, m.name, m.position));
    for (const auto &a : r.attachments)
        printLine(stdout, QCoreApplication::translate("tuoyu::cli", "附件表格 %1（%2，%3行）")
                              .arg(a.title, a.importKind)
                              .arg(a.rows));
    for (const auto &u : r.unplaced)
        printLine(
            stdout,
            QCoreApplication::translate("tuoyu::cli", "未归位（%1）：%2").arg(u.reason, u.text));
}

int verbReadPlan(const Arguments &a)
{
    QString error;
    const auto reading = readDocument(a.positional[0], &error);
    if (!reading)
        return fail(BadInput, error);
    if (a.has(QStringLiteral("json")))
        printJson(reading->toJson());
    else
        printText(*reading);
    return Done;
}

/// What accepting wrote beyond the plan: draft subsidy rules and imported attachments.
void printAccepted(const planacceptance::Accepted &accepted)
{
    if (accepted.subsidyDrafts > 0)
        printLine(stdout, QCoreApplication::translate(
                              "tuoyu::cli",
                              "奖补规则草稿 %1 条（未启用：请核对条件与金额后在“奖补规则”中启用）")
                              .arg(accepted.subsidyDrafts));
    for (const QString &a : accepted.attachments)
        printLine(stdout, QCoreApplication::translate("tuoyu::cli", "已导入附件：%1").arg(a));
    for (const QString &w : accepted.warnings)
        printLine(stderr, QCoreApplication::translate("tuoyu::cli", "附件：%1").arg(w));
}

int newFromDocument(const Arguments &a)
{
    const QString doc = a.option(QStringLiteral("from-document"));
    QString error;
    const auto reading = readDocument(doc, &error);
    if (!reading)
        return fail(BadInput, error);
    const QString path = a.positional[0];
    planacceptance::Accepted accepted;
    auto ws = planacceptance::createWorkspace(path, *reading, &accepted, &error);
    if (!ws)
        return fail(BadInput, QCoreApplication::translate("tuoyu::cli", "无法从 %1 创建工作区：%2")
                                  .arg(QFileInfo(doc).fileName(), error));
    printLine(stdout, QCoreApplication::translate(
                          "tuoyu::cli", "已创建 %1（读自 %2：%3个工程、%4个未归位的句子）")
                          .arg(QFileInfo(path).absoluteFilePath(), QFileInfo(doc).fileName())
                          .arg(reading->draft.programs.size())
                          .arg(reading->unplaced.size()));
    printAccepted(accepted);
    return Done;
}

/// plan-new W --from-document DOC: the plan read from the document, as a new plan beside the
/// workspace's others, in one undoable step.
int planNewFromDocument(const Arguments &a)
{
    const QString doc = a.option(QStringLiteral("from-document"));
    QString error;
    const auto reading = readDocument(doc, &error);
    if (!reading)
        return fail(BadInput, error);
    auto ws = openWorkspace(a.positional[0], &error);
    if (!ws)
        return fail(BadInput, error);
    const auto accepted =
        planacceptance::addPlan(ws.get(), *reading, a.option(QStringLiteral("title")), &error);
    if (!accepted)
        return fail(BadInput,
                    QCoreApplication::translate("tuoyu::cli", "%1：无法从 %2 新建计划：%3")
                        .arg(a.positional[0], QFileInfo(doc).fileName(), error));
    const auto plan = PlanRepository(ws.get()).plan(accepted->planId);
    printLine(stdout, QCoreApplication::translate("tuoyu::cli", "已新建计划 #%1“%2”（读自 %3）")
                          .arg(plan->id)
                          .arg(plan->title, QFileInfo(doc).fileName()));
    printAccepted(*accepted);
    return Done;
}

/// Gives a verb that makes a plan from a template the option --from-document.
void addFromDocument(VerbTable &table, const QString &verb, int (*fromDocument)(const Arguments &))
{
    auto it = table.find(verb);
    if (it == table.end())
        return;
    VerbSpec &spec = it.value();
    const auto templateRun = spec.run;
    spec.usage += QStringLiteral(" | %1 FILE --from-document DOC").arg(verb);
    spec.valueOptions.append(QStringLiteral("from-document"));
    spec.run = [templateRun, fromDocument](const Arguments &a) {
        return a.has(QStringLiteral("from-document")) ? fromDocument(a) : templateRun(a);
    };
}

} // namespace

void registerPlanReaderVerbs(VerbTable &table)
{
    table.insert(
        QStringLiteral("read-plan"),
        {QStringLiteral("read-plan DOC [--json]"), 1, {}, {QStringLiteral("json")}, verbReadPlan});
    // `new` and `plan-new` take --from-document besides their templates
    addFromDocument(table, QStringLiteral("new"), newFromDocument);
    addFromDocument(table, QStringLiteral("plan-new"), planNewFromDocument);
}

} // namespace tuoyu::cli
