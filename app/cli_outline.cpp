#include "cliverb.h"

#include "commands/departmentcommands.h"
#include "commands/outlinecommands.h"
#include "commands/taskcommands.h"
#include "storage/planrepository.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

// The verbs of the plan outline editor: the outline itself, adding, renaming, moving, deleting
// and copying 工程 / 项目 / 任务, a task's fields, and the plan's departments.

namespace tuoyu::cli {

namespace {

using outlinecommands::Item;
using outlinecommands::Level;

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

QJsonObject taskJson(const TaskView &t)
{
    return {{QStringLiteral("id"), t.task.id},
            {QStringLiteral("number"), t.task.number},
            {QStringLiteral("text"), t.task.text},
            {QStringLiteral("deadline"), t.task.deadline.isValid()
                                             ? QJsonValue(t.task.deadline.toString(Qt::ISODate))
                                             : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("deadline_text"), textOrNull(t.task.deadlineText)},
            {QStringLiteral("deadline_inherited"), t.task.deadlineInherited},
            {QStringLiteral("lead"), textOrNull(t.namedLead())},
            {QStringLiteral("departments"), QJsonArray::fromStringList(t.departments)},
            {QStringLiteral("status"), taskStatusLabel(t.task.status)},
            {QStringLiteral("notes"), textOrNull(t.task.notes)}};
}

QJsonObject outlineJson(Workspace *ws, const Plan &plan)
{
    QJsonArray programs;
    for (const ProgramNode &p : PlanRepository(ws).tree(plan.id)) {
        QJsonArray projects;
        for (const ProjectNode &j : p.projects) {
            QJsonArray tasks;
            for (const TaskView &t : j.tasks)
                tasks.append(taskJson(t));
            projects.append(
                QJsonObject{{QStringLiteral("id"), j.project.id},
                            {QStringLiteral("number"), j.project.number},
                            {QStringLiteral("label"), textOrNull(j.project.label)},
                            {QStringLiteral("title"), j.project.title},
                            {QStringLiteral("description"), textOrNull(j.project.description)},
                            {QStringLiteral("tasks"), tasks}});
        }
        programs.append(
            QJsonObject{{QStringLiteral("id"), p.program.id},
                        {QStringLiteral("number"), p.program.number},
                        {QStringLiteral("label"), textOrNull(p.program.label)},
                        {QStringLiteral("title"), p.program.title},
                        {QStringLiteral("description"), textOrNull(p.program.description)},
                        {QStringLiteral("projects"), projects}});
    }
    return {{QStringLiteral("plan"), plan.id},
            {QStringLiteral("title"), plan.title},
            {QStringLiteral("programs"), programs}};
}

void printOutline(Workspace *ws, const Plan &plan)
{
    printLine(stdout, plan.title);
    for (const ProgramNode &p : PlanRepository(ws).tree(plan.id)) {
        const auto label = [](const QString &l) {
            return l.isEmpty() ? QString()
                               : QCoreApplication::translate("tuoyu::cli", "  [原文 %1]").arg(l);
        };
        printLine(stdout, QStringLiteral("%1%2  #%3%4")
                              .arg(p.program.number, p.program.title)
                              .arg(p.program.id)
                              .arg(label(p.program.label)));
        for (const ProjectNode &j : p.projects) {
            printLine(stdout, QStringLiteral("  %1. %2  #%3%4")
                                  .arg(j.project.number, j.project.title)
                                  .arg(j.project.id)
                                  .arg(label(j.project.label)));
            for (const TaskView &t : j.tasks)
                printLine(stdout, QStringLiteral("    %1%2  #%3  %4  %5")
                                      .arg(t.task.number, t.task.text)
                                      .arg(t.task.id)
                                      .arg(t.task.deadline.isValid()
                                               ? t.task.deadline.toString(Qt::ISODate)
                                               : QCoreApplication::translate("tuoyu::cli", "未定"),
                                           t.departments.join(
                                               QCoreApplication::translate("tuoyu::cli", "、"))));
        }
    }
}

/// The item a verb names: --program ID, --project ID or --task ID (exactly one).
bool itemOption(const Arguments &a, Item *item, QString *error)
{
    int named = 0;
    for (Level l : {Level::Program, Level::Project, Level::Task}) {
        const QString code = outlinecommands::levelCode(l);
        if (!a.has(code))
            continue;
        ++named;
        *item = {l, idOption(a, code, error)};
        if (item->id == 0)
            return false;
    }
    if (named != 1) {
        *error = QCoreApplication::translate(
            "tuoyu::cli", "请用 --program ID、--project ID 或 --task ID 指明一项");
        return false;
    }
    return true;
}

/// The number an item has now, from the one numbering everybody prints.
QString numberOf(Workspace *ws, Item item)
{
    const qint64 planId = outlinecommands::planOf(ws, item);
    for (const ProgramNode &p : PlanRepository(ws).tree(planId)) {
        if (item == Item{Level::Program, p.program.id})
            return p.program.number;
        for (const ProjectNode &j : p.projects) {
            if (item == Item{Level::Project, j.project.id})
                return j.project.number;
            for (const TaskView &t : j.tasks)
                if (item == Item{Level::Task, t.task.id})
                    return t.task.number;
        }
    }
    return QString();
}

/// Runs an outline command and prints what it did: the command's words, or with --json the
/// item it leaves selected ({command, level, id, number}).
int runOutline(const Arguments &a, Workspace *ws,
               std::unique_ptr<outlinecommands::OutlineCommand> command, QString error)
{
    const Item focus = command ? command->focus() : Item{};
    QString text;
    if (const int code = executeCommand(a, ws, std::move(command), error, &text); code)
        return code;
    if (!a.has(QStringLiteral("json"))) {
        printLine(stdout, text);
        return Done;
    }
    QJsonObject out{{QStringLiteral("command"), text}};
    if (focus.isValid()) {
        out.insert(QStringLiteral("level"), outlinecommands::levelCode(focus.level));
        out.insert(QStringLiteral("id"), focus.id);
        out.insert(QStringLiteral("number"), numberOf(ws, focus));
    }
    printJson(out);
    return Done;
}

int verbOutline(const Arguments &a)
{
    PlanScope scope;
    if (const int code = openPlanScope(a, &scope); code != Done)
        return code;
    if (a.has(QStringLiteral("json")))
        printJson(outlineJson(scope.workspace.get(), *scope.plan));
    else
        printOutline(scope.workspace.get(), *scope.plan);
    return Done;
}

/// Adds a program, project or task: under --plan / --program ID / --project ID, or after the
/// sibling --after ID.
int addVerb(const Arguments &a, Level level)
{
    PlanScope scope;
    if (const int code = openPlanScope(a, &scope); code != Done)
        return code;
    Workspace *ws = scope.workspace.get();
    const QString words =
        a.option(level == Level::Task ? QStringLiteral("text") : QStringLiteral("title"));
    QString error;
    std::unique_ptr<outlinecommands::OutlineCommand> command;
    if (a.has(QStringLiteral("after"))) {
        const qint64 after = idOption(a, QStringLiteral("after"), &error);
        if (after == 0)
            return fail(Usage, error);
        command = outlinecommands::addAfter(ws, {level, after}, words, &error);
    } else if (level == Level::Program) {
        command = outlinecommands::add(ws, level, scope.plan->id, -1, words, &error);
    } else {
        const QString parent = outlinecommands::levelCode(Level(int(level) - 1));
        if (!a.has(parent))
            return fail(Usage, QCoreApplication::translate("tuoyu::cli",
                                                           "请用 --%1 ID 或 --after ID 指明位置")
                                   .arg(parent));
        const qint64 parentId = idOption(a, parent, &error);
        if (parentId == 0)
            return fail(Usage, error);
        command = outlinecommands::add(ws, level, parentId, -1, words, &error);
    }
    if (!command || level != Level::Task)
        return runOutline(a, ws, std::move(command), error);
    // A task's fields go in as the task form writes them, after the task is there.
    const Item made = command->focus();
    QString text;
    if (const int code = executeCommand(a, ws, std::move(command), error, &text); code)
        return code;
    taskcommands::TaskEdit edit;
    if (a.has(QStringLiteral("deadline")))
        edit.deadlineText = a.option(QStringLiteral("deadline"));
    if (a.has(QStringLiteral("notes")))
        edit.notes = a.option(QStringLiteral("notes"));
    if (edit.deadlineText || edit.notes) {
        auto change = taskcommands::edit(ws, made.id, edit, &error);
        if (change && !ws->execute(std::move(change), &error))
            return fail(
                BadInput,
                QCoreApplication::translate("tuoyu::cli", "%1：%2").arg(a.positional[0], error));
    }
    if (a.has(QStringLiteral("lead"))) {
        auto change = taskcommands::setDepartments(
            ws, made.id, a.option(QStringLiteral("lead")),
            departmentcommands::splitNames(a.option(QStringLiteral("co"))), &error);
        QString said;
        if (const int code = executeCommand(a, ws, std::move(change), error, &said); code)
            return code;
    }
    if (!a.has(QStringLiteral("json"))) {
        printLine(stdout, text);
        return Done;
    }
    printJson(QJsonObject{{QStringLiteral("command"), text},
                          {QStringLiteral("level"), outlinecommands::levelCode(made.level)},
                          {QStringLiteral("id"), made.id},
                          {QStringLiteral("number"), numberOf(ws, made)}});
    return Done;
}

int verbProgramAdd(const Arguments &a)
{
    return addVerb(a, Level::Program);
}
int verbProjectAdd(const Arguments &a)
{
    return addVerb(a, Level::Project);
}
int verbTaskAdd(const Arguments &a)
{
    return addVerb(a, Level::Task);
}

int verbTaskEdit(const Arguments &a)
{
    QString error;
    const qint64 taskId = idOption(a, QStringLiteral("task"), &error);
    if (taskId == 0)
        return fail(Usage, error);
    auto ws = openWorkspace(a.positional[0], &error);
    if (!ws)
        return fail(BadInput, error);
    taskcommands::TaskEdit edit;
    if (a.has(QStringLiteral("text")))
        edit.text = a.option(QStringLiteral("text"));
    if (a.has(QStringLiteral("deadline")))
        edit.deadlineText = a.option(QStringLiteral("deadline"));
    if (a.has(QStringLiteral("notes")))
        edit.notes = a.option(QStringLiteral("notes"));
    QStringList done;
    if (edit.text || edit.deadlineText || edit.notes) {
        // Built inside the write transaction: it replaces what the task holds now, even when
        // another program edited it a moment ago.
        const bool ok = ws->execute(
            [&](QString *why) {
                auto command = taskcommands::edit(ws.get(), taskId, edit, why);
                if (command)
                    done << command->text();
                return command;
            },
            &error);
        if (!ok)
            return fail(
                BadInput,
                QCoreApplication::translate("tuoyu::cli", "%1：%2").arg(a.positional[0], error));
    }
    if (a.has(QStringLiteral("lead")) || a.has(QStringLiteral("co"))) {
        // What is not given stays as it is.
        const TaskView current = PlanRepository(ws.get()).task(taskId).value_or(TaskView{});
        const QString lead =
            a.has(QStringLiteral("lead")) ? a.option(QStringLiteral("lead")) : current.namedLead();
        const QStringList others =
            a.has(QStringLiteral("co"))
                ? departmentcommands::splitNames(a.option(QStringLiteral("co")))
                : current.coDepartments();
        auto command = taskcommands::setDepartments(ws.get(), taskId, lead, others, &error);
        if (const int code =
                executeCommand(a, ws.get(), std::move(command), error, &done.emplace_back());
            code)
            return code;
    }
    if (done.isEmpty())
        return fail(Usage, QCoreApplication::translate(
                               "tuoyu::cli",
                               "请至少给出 --text、--deadline、--lead、--co 或 --notes 之一"));
    const auto task = PlanRepository(ws.get()).task(taskId);
    if (a.has(QStringLiteral("json")))
        printJson(taskJson(*task));
    else
        printLine(stdout, done.join(QCoreApplication::translate("tuoyu::cli", "；")));
    return Done;
}

/// What the verbs on one item share: the item its option names, the workspace, and the
/// command made for it, run and said.
int itemVerb(const Arguments &a,
             const std::function<std::unique_ptr<outlinecommands::OutlineCommand>(
                 Workspace *, Item, QString *)> &build)
{
    Item item;
    QString error;
    if (!itemOption(a, &item, &error))
        return fail(Usage, error);
    auto ws = openWorkspace(a.positional[0], &error);
    if (!ws)
        return fail(BadInput, error);
    auto command = build(ws.get(), item, &error);
    return runOutline(a, ws.get(), std::move(command), error);
}

int verbOutlineRename(const Arguments &a)
{
    return itemVerb(a, [&a](Workspace *ws, Item item, QString *error) {
        return outlinecommands::rename(ws, item, a.option(QStringLiteral("title")), error);
    });
}

int verbOutlineMove(const Arguments &a)
{
    int given = 0;
    for (const char *way : {"up", "down", "indent", "outdent", "to"})
        given += a.has(QLatin1String(way)) ? 1 : 0;
    if (given != 1)
        return fail(Usage,
                    QCoreApplication::translate(
                        "tuoyu::cli", "请给出 --up、--down、--indent、--outdent 或 --to ID 之一"));
    QString error;
    const qint64 parent =
        a.has(QStringLiteral("to")) ? idOption(a, QStringLiteral("to"), &error) : -1;
    if (parent == 0)
        return fail(Usage, error);
    int position = -1;
    if (a.has(QStringLiteral("position"))) {
        bool ok = false;
        position = a.option(QStringLiteral("position")).toInt(&ok) - 1;
        if (!ok || position < 0)
            return fail(Usage, QCoreApplication::translate("tuoyu::cli",
                                                           "--position 应为从 1 起的位置，不是“%1”")
                                   .arg(a.option(QStringLiteral("position"))));
    }
    return itemVerb(a, [&a, parent, position](Workspace *ws, Item item, QString *error) {
        if (a.has(QStringLiteral("up")) || a.has(QStringLiteral("down")))
            return outlinecommands::shift(ws, item, a.has(QStringLiteral("up")) ? -1 : 1, error);
        if (a.has(QStringLiteral("indent")))
            return outlinecommands::indent(ws, item, error);
        if (a.has(QStringLiteral("outdent")))
            return outlinecommands::outdent(ws, item, error);
        return outlinecommands::move(ws, item, parent, position, error);
    });
}

int verbOutlineDelete(const Arguments &a)
{
    return itemVerb(a, [](Workspace *ws, Item item, QString *error) {
        return outlinecommands::remove(ws, item, error);
    });
}

int verbOutlineCopy(const Arguments &a)
{
    if (a.has(QStringLiteral("after")) == a.has(QStringLiteral("into")))
        return fail(Usage, QCoreApplication::translate(
                               "tuoyu::cli",
                               "请给出 --after ID（同级之后）或 --into ID（上一级之下）之一"));
    const bool after = a.has(QStringLiteral("after"));
    QString error;
    const qint64 targetId =
        idOption(a, after ? QStringLiteral("after") : QStringLiteral("into"), &error);
    if (targetId == 0)
        return fail(Usage, error);
    return itemVerb(
        a,
        [after, targetId](Workspace *ws, Item item,
                          QString *error) -> std::unique_ptr<outlinecommands::OutlineCommand> {
            const auto copied = outlinecommands::branch(ws, item);
            if (!copied) {
                *error = QCoreApplication::translate("tuoyu::cli", "找不到%1 #%2")
                             .arg(outlinecommands::levelName(item.level))
                             .arg(item.id);
                return nullptr;
            }
            // --into names the level above: a program for a project, a project for a task.
            const Item target{after || item.level == Level::Program ? item.level
                                                                    : Level(int(item.level) - 1),
                              targetId};
            return outlinecommands::paste(ws, outlinecommands::planOf(ws, item), *copied, target,
                                          error);
        });
}

/// A department named by --NAME: its id, or its name in the plan.
qint64 departmentOption(Workspace *ws, qint64 planId, const Arguments &a, const QString &name,
                        QString *error)
{
    const QString words = a.option(name).trimmed();
    bool ok = false;
    const qint64 id = words.toLongLong(&ok);
    if (ok && id > 0)
        return id;
    const qint64 found = departmentcommands::find(ws, planId, words);
    if (found == 0)
        *error = QCoreApplication::translate("tuoyu::cli", "计划中没有责任部门“%1”").arg(words);
    return found;
}

int verbDepartments(const Arguments &a)
{
    PlanScope scope;
    if (const int code = openPlanScope(a, &scope); code != Done)
        return code;
    Workspace *ws = scope.workspace.get();
    QJsonArray list;
    for (const Department &d : PlanRepository(ws).departments(scope.plan->id)) {
        const auto use = departmentcommands::use(ws, d.id);
        if (!a.has(QStringLiteral("json"))) {
            printLine(stdout,
                      QCoreApplication::translate("tuoyu::cli", "#%1\t%2\t牵头 %3 项，配合 %4 项")
                          .arg(d.id)
                          .arg(d.name)
                          .arg(use.leads)
                          .arg(use.shares));
            continue;
        }
        list.append(QJsonObject{{QStringLiteral("id"), d.id},
                                {QStringLiteral("name"), d.name},
                                {QStringLiteral("leads"), use.leads},
                                {QStringLiteral("shares"), use.shares},
                                {QStringLiteral("decomposition_cells"), use.cells}});
    }
    if (a.has(QStringLiteral("json")))
        printJson(list);
    return Done;
}

/// What the department verbs share: the plan, the departments the options name (by name or
/// id), and the command made of them, run and said.
int departmentVerb(const Arguments &a, const QStringList &options,
                   const std::function<std::unique_ptr<WorkspaceCommand>(
                       Workspace *, const QList<qint64> &, QString *)> &build)
{
    PlanScope scope;
    if (const int code = openPlanScope(a, &scope); code != Done)
        return code;
    Workspace *ws = scope.workspace.get();
    QString error;
    QList<qint64> ids;
    for (const QString &option : options) {
        ids << departmentOption(ws, scope.plan->id, a, option, &error);
        if (ids.last() == 0)
            return fail(
                BadInput,
                QCoreApplication::translate("tuoyu::cli", "%1：%2").arg(a.positional[0], error));
    }
    auto command = build(ws, ids, &error);
    QString text;
    if (const int code = executeCommand(a, ws, std::move(command), error, &text); code)
        return code;
    if (a.has(QStringLiteral("json")))
        printJson(QJsonObject{{QStringLiteral("command"), text}});
    else
        printLine(stdout, text);
    return Done;
}

int verbDepartmentRename(const Arguments &a)
{
    return departmentVerb(a, {QStringLiteral("department")},
                          [&a](Workspace *ws, const QList<qint64> &ids, QString *error) {
                              return departmentcommands::rename(
                                  ws, ids[0], a.option(QStringLiteral("name")), error);
                          });
}

int verbDepartmentMerge(const Arguments &a)
{
    return departmentVerb(a, {QStringLiteral("from"), QStringLiteral("into")},
                          [](Workspace *ws, const QList<qint64> &ids, QString *error) {
                              return departmentcommands::merge(ws, ids[0], ids[1], error);
                          });
}

int verbDepartmentDelete(const Arguments &a)
{
    return departmentVerb(a, {QStringLiteral("department")},
                          [](Workspace *ws, const QList<qint64> &ids, QString *error) {
                              return departmentcommands::remove(ws, ids[0], error);
                          });
}

} // namespace

void registerOutlineVerbs(VerbTable &table)
{
    const QStringList item = {QStringLiteral("program"), QStringLiteral("project"),
                              QStringLiteral("task")};
    const QStringList json = {QStringLiteral("json")};
    const VerbTable verbs = {
        {QStringLiteral("outline"),
         {QStringLiteral("outline FILE [--plan ID] [--json]"),
          1,
          {QStringLiteral("plan")},
          json,
          verbOutline}},
        {QStringLiteral("program-add"),
         {QStringLiteral("program-add FILE [--plan ID] --title TEXT [--after PROGRAM_ID] [--json]"),
          1,
          {QStringLiteral("plan"), QStringLiteral("title"), QStringLiteral("after")},
          json,
          verbProgramAdd}},
        {QStringLiteral("project-add"),
         {QStringLiteral("project-add FILE (--program ID | --after PROJECT_ID) --title TEXT "
                         "[--json]"),
          1,
          {QStringLiteral("plan"), QStringLiteral("program"), QStringLiteral("title"),
           QStringLiteral("after")},
          json,
          verbProjectAdd}},
        {QStringLiteral("task-add"),
         {QCoreApplication::translate(
              "tuoyu::cli", "task-add FILE (--project ID | --after TASK_ID) --text TEXT "
                            "[--deadline WORDS] [--lead NAME] [--co NAME、NAME] [--notes TEXT] "
                            "[--json]"),
          1,
          {QStringLiteral("plan"), QStringLiteral("project"), QStringLiteral("text"),
           QStringLiteral("after"), QStringLiteral("deadline"), QStringLiteral("lead"),
           QStringLiteral("co"), QStringLiteral("notes")},
          json,
          verbTaskAdd}},
        {QStringLiteral("task-edit"),
         {QCoreApplication::translate("tuoyu::cli",
                                      "task-edit FILE --task ID [--text TEXT] [--deadline WORDS] "
                                      "[--lead NAME] [--co NAME、NAME] [--notes TEXT] [--json]"),
          1,
          {QStringLiteral("task"), QStringLiteral("text"), QStringLiteral("deadline"),
           QStringLiteral("lead"), QStringLiteral("co"), QStringLiteral("notes")},
          json,
          verbTaskEdit}},
        {QStringLiteral("outline-rename"),
         {QStringLiteral("outline-rename FILE (--program|--project|--task) ID --title TEXT "
                         "[--json]"),
          1, item + QStringList{QStringLiteral("title")}, json, verbOutlineRename}},
        {QStringLiteral("outline-move"),
         {QStringLiteral("outline-move FILE (--program|--project|--task) ID (--up | --down | "
                         "--indent | --outdent | --to PARENT_ID [--position N]) [--json]"),
          1, item + QStringList{QStringLiteral("to"), QStringLiteral("position")},
          json + QStringList{QStringLiteral("up"), QStringLiteral("down"), QStringLiteral("indent"),
                             QStringLiteral("outdent")},
          verbOutlineMove}},
        {QStringLiteral("outline-delete"),
         {QStringLiteral("outline-delete FILE (--program|--project|--task) ID [--json]"), 1, item,
          json, verbOutlineDelete}},
        {QStringLiteral("outline-copy"),
         {QStringLiteral("outline-copy FILE (--program|--project|--task) ID (--after ID | --into "
                         "PARENT_ID) [--json]"),
          1, item + QStringList{QStringLiteral("after"), QStringLiteral("into")}, json,
          verbOutlineCopy}},
        {QStringLiteral("departments"),
         {QStringLiteral("departments FILE [--plan ID] [--json]"),
          1,
          {QStringLiteral("plan")},
          json,
          verbDepartments}},
        {QStringLiteral("department-rename"),
         {QStringLiteral("department-rename FILE [--plan ID] --department NAME|ID --name NEW "
                         "[--json]"),
          1,
          {QStringLiteral("plan"), QStringLiteral("department"), QStringLiteral("name")},
          json,
          verbDepartmentRename}},
        {QStringLiteral("department-merge"),
         {QStringLiteral("department-merge FILE [--plan ID] --from NAME|ID --into NAME|ID "
                         "[--json]"),
          1,
          {QStringLiteral("plan"), QStringLiteral("from"), QStringLiteral("into")},
          json,
          verbDepartmentMerge}},
        {QStringLiteral("department-delete"),
         {QStringLiteral("department-delete FILE [--plan ID] --department NAME|ID [--json]"),
          1,
          {QStringLiteral("plan"), QStringLiteral("department")},
          json,
          verbDepartmentDelete}},
    };
    table.insert(verbs);
}

} // namespace tuoyu::cli
