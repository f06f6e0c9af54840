// The outline editor's commands over real workspaces: a blank plan built by hand, the shipped
// tunliu plan moved, cut and copied, its departments renamed and merged. Every command is
// undone and redone, and audited.

#include "commands/departmentcommands.h"
#include "commands/outlinecommands.h"
#include "commands/taskcommands.h"
#include "domain/outlinenumber.h"
#include "storage/planrepository.h"
#include "testworkspace.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace tuoyu;
using outlinecommands::Item;
using outlinecommands::Level;
using test::doUndoRedo;
using test::dumpTables;

namespace {

/// Executes a command that must be valid; the item it leaves selected.
Item exec(Workspace *ws, std::unique_ptr<outlinecommands::OutlineCommand> command,
          const QString &error)
{
    INFO(error.toStdString());
    REQUIRE(command);
    const Item focus = command->focus();
    QString failure;
    REQUIRE(ws->execute(std::move(command), &failure));
    return focus;
}

/// The outline as "number title" lines, indented by level: what every printer shows.
QStringList outline(Workspace *ws, qint64 planId)
{
    QStringList lines;
    for (const ProgramNode &p : PlanRepository(ws).tree(planId)) {
        lines << p.program.number + p.program.title;
        for (const ProjectNode &j : p.projects) {
            lines << QStringLiteral("  ") + j.project.number + QStringLiteral(". ") +
                         j.project.title;
            for (const TaskView &t : j.tasks)
                lines << QStringLiteral("    ") + t.task.number + t.task.text;
        }
    }
    return lines;
}

qint64 count(Workspace *ws, const QString &sql)
{
    QSqlQuery q(ws->db());
    REQUIRE(q.exec(sql));
    REQUIRE(q.next());
    return q.value(0).toLongLong();
}

/// The shipped tunliu plan in a fresh workspace, for the test cases that edit it.
struct TunliuPlan
{
    test::TempWorkspace t;
    qint64 plan = test::createPlan(t.get(), QStringLiteral("tunliu"));
    Workspace *ws = t.get();
    QString error;
};

} // namespace

TEST_CASE("Numbers come from position: （一） for programs, 1 through the plan, （1） in a project")
{
    CHECK(outlinenumber::program(1) == QStringLiteral("（一）"));
    CHECK(outlinenumber::program(12) == QStringLiteral("（十二）"));
    CHECK(outlinenumber::project(7) == QStringLiteral("7"));
    CHECK(outlinenumber::task(3) == QStringLiteral("（3）"));
    // The document's own number is a label only when it says something else.
    CHECK(outlinenumber::label(QStringLiteral("(一)"), QStringLiteral("（一）")).isEmpty());
    CHECK(outlinenumber::label(QStringLiteral("5."), QStringLiteral("5")).isEmpty());
    CHECK(outlinenumber::label(QStringLiteral("1"), QStringLiteral("5")) == QStringLiteral("1"));
    CHECK(outlinenumber::label(QString(), QStringLiteral("5")).isEmpty());
}

TEST_CASE("A blank plan is built by hand: add as sibling and child, each step undone and redone")
{
    test::TempWorkspace t;
    const qint64 plan = test::createPlan(t.get(), QStringLiteral("blank"));
    Workspace *ws = t.get();
    QString error;
    doUndoRedo(
        t, outlinecommands::add(ws, Level::Program, plan, -1, QStringLiteral("扩容工程"), &error),
        error);
    const qint64 first = PlanRepository(ws).tree(plan).first().program.id;
    const Item second = exec(
        ws,
        outlinecommands::addAfter(ws, {Level::Program, first}, QStringLiteral("减负工程"), &error),
        error);
    const Item a = exec(ws,
                        outlinecommands::addChild(ws, {Level::Program, first},
                                                  QStringLiteral("公办托育中心"), &error),
                        error);
    const Item b =
        exec(ws, outlinecommands::addAfter(ws, a, QStringLiteral("社区托育点"), &error), error);
    const Item c =
        exec(ws, outlinecommands::addChild(ws, second, QStringLiteral("激励奖补"), &error), error);
    doUndoRedo(t, outlinecommands::addChild(ws, a, QStringLiteral("增加120个托位"), &error), error);
    const Item t1 = {Level::Task, PlanRepository(ws).tasks(plan).first().task.id};
    exec(ws, outlinecommands::addAfter(ws, t1, QStringLiteral("完成备案"), &error), error);
    // Enter on the first task puts the new one between the two.
    exec(ws, outlinecommands::add(ws, Level::Task, a.id, 1, QStringLiteral("配备教具"), &error),
         error);
    exec(ws, outlinecommands::addChild(ws, c, QStringLiteral("发放奖补"), &error), error);
    CHECK(outline(ws, plan) == QStringList{
                                   QStringLiteral("（一）扩容工程"),
                                   QStringLiteral("  1. 公办托育中心"),
                                   QStringLiteral("    （1）增加120个托位"),
                                   QStringLiteral("    （2）配备教具"),
                                   QStringLiteral("    （3）完成备案"),
                                   QStringLiteral("  2. 社区托育点"),
                                   QStringLiteral("（二）减负工程"),
                                   QStringLiteral("  3. 激励奖补"),
                                   QStringLiteral("    （1）发放奖补"),
                               });
    // A new task takes the plan's end until it is given a deadline.
    const TaskView task = PlanRepository(ws).tasks(plan).first();
    CHECK(task.task.deadlineInherited);
    CHECK(task.task.deadline == PlanRepository(ws).plan(plan)->periodEnd);
    // Bad input changes nothing.
    const QString before = dumpTables(ws);
    CHECK_FALSE(outlinecommands::add(ws, Level::Project, first, -1, QStringLiteral("  "), &error));
    CHECK(error == QStringLiteral("项目名称不能为空"));
    CHECK_FALSE(outlinecommands::addChild(ws, t1, QStringLiteral("x"), &error));
    CHECK_FALSE(outlinecommands::add(ws, Level::Task, 999999, -1, QStringLiteral("x"), &error));
    CHECK(error == QStringLiteral("找不到项目 #999999"));
    CHECK(dumpTables(ws) == before);
    Q_UNUSED(b)
}

TEST_CASE_METHOD(TunliuPlan,
                 "Moves renumber what they pass, across parents too, and undo puts everything back")
{
    const QList<ProgramNode> tree = PlanRepository(ws).tree(plan);
    // tunliu numbers its projects anew in each program, and the generated numbers keep that
    // style, so they say what the document printed and no label is needed.
    CHECK(tree[1].projects[0].project.number == QStringLiteral("1"));
    CHECK(tree[1].projects[0].project.label.isEmpty());
    CHECK(tree[0].projects[0].project.label.isEmpty());
    CHECK(tree[0].program.label.isEmpty());

    const Item second = {Level::Project, tree[0].projects[1].project.id};
    const QString secondTitle = tree[0].projects[1].project.title;
    doUndoRedo(t, outlinecommands::shift(ws, second, -1, &error), error);
    CHECK(PlanRepository(ws).tree(plan)[0].projects[0].project.title == secondTitle);
    CHECK(PlanRepository(ws).tree(plan)[0].projects[0].project.number == QStringLiteral("1"));
    CHECK_FALSE(outlinecommands::shift(ws, second, -1, &error));
    CHECK(error.contains(QStringLiteral("已在本级最前")));

    // Drag and drop: the project to the end of the third program.
    const qint64 third = tree[2].program.id;
    doUndoRedo(t, outlinecommands::move(ws, second, third, -1, &error), error);
    const QList<ProgramNode> moved = PlanRepository(ws).tree(plan);
    CHECK(moved[0].projects.size() == tree[0].projects.size() - 1);
    CHECK(moved[2].projects.last().project.title == secondTitle);
    CHECK(moved[2].projects.last().project.number == QString::number(tree[2].projects.size() + 1));
    // A task to the first project of the second program, first place.
    const TaskView task = PlanRepository(ws).tasks(plan).first();
    exec(ws,
         outlinecommands::move(ws, {Level::Task, task.task.id}, moved[1].projects[0].project.id, 0,
                               &error),
         error);
    CHECK(PlanRepository(ws).task(task.task.id)->projectId == moved[1].projects[0].project.id);
    CHECK(PlanRepository(ws).task(task.task.id)->task.number == QStringLiteral("（1）"));
    // Not into another plan's outline, not onto itself.
    CHECK_FALSE(outlinecommands::move(ws, {Level::Task, task.task.id}, 999999, 0, &error));
    CHECK_FALSE(outlinecommands::move(ws, {Level::Task, task.task.id},
                                      moved[1].projects[0].project.id, 0, &error));
    CHECK(error == QStringLiteral("没有改动"));
}

TEST_CASE_METHOD(TunliuPlan,
                 "Delete names what goes with it and takes it all, and undo brings it all back")
{
    const ProgramNode program = PlanRepository(ws).tree(plan).first();
    const qint64 taskId = program.projects[0].tasks[0].task.id;
    REQUIRE(ws->execute(taskcommands::addProgress(ws, taskId, QDate(2024, 3, 1),
                                                  QStringLiteral("已完成选址"), 30, &error),
                        &error));
    REQUIRE(ws->execute(taskcommands::extendDeadline(ws, taskId, QStringLiteral("2025年6月底前"),
                                                     QStringLiteral("施工延误"), QString(), &error),
                        &error));
    const auto removal = outlinecommands::removal(ws, {Level::Program, program.program.id});
    CHECK(removal.projects == 4);
    CHECK(removal.tasks == 4);
    CHECK(removal.progress == 1);
    CHECK(removal.extensions == 1);
    CHECK(removal.text() ==
          QStringLiteral("将同时删除 4 个项目、4 项任务、1 条进展记录、1 条延期记录"));
    CHECK(outlinecommands::removal(ws, {Level::Task, program.projects[1].tasks[0].task.id})
              .text()
              .isEmpty());
    doUndoRedo(t, outlinecommands::remove(ws, {Level::Program, program.program.id}, &error), error);
    CHECK(count(ws, QStringLiteral("SELECT COUNT(*) FROM progress_entry")) == 0);
    CHECK(count(ws, QStringLiteral("SELECT COUNT(*) FROM task_department WHERE task_id = %1")
                        .arg(taskId)) == 0);
    // What was second is now first, and numbered so.
    CHECK(PlanRepository(ws).tree(plan).first().program.number == QStringLiteral("（一）"));
    CHECK(PlanRepository(ws).tree(plan).first().projects.first().project.number ==
          QStringLiteral("1"));
    ws->undoStack()->undo();
    CHECK(PlanRepository(ws).progress(taskId).size() == 1);
    CHECK(PlanRepository(ws).extensions(taskId).size() == 1);
    CHECK(PlanRepository(ws).task(taskId)->departments.size() == 6);
}

TEST_CASE_METHOD(TunliuPlan, "Tab and Shift+Tab change an item's level where the outline allows it")
{
    const ProgramNode program = PlanRepository(ws).tree(plan).first();
    const TaskView task = program.projects[1].tasks[0];

    // A task becomes a project right after its own; its departments and deadline go.
    CHECK_FALSE(outlinecommands::indent(ws, {Level::Task, task.task.id}, &error));
    CHECK(error == QStringLiteral("任务已是最低一级，不能再降级"));
    const QString before = dumpTables(ws);
    const Item project =
        exec(ws, outlinecommands::outdent(ws, {Level::Task, task.task.id}, &error), error);
    CHECK(project.level == Level::Project);
    QList<ProgramNode> tree = PlanRepository(ws).tree(plan);
    CHECK(tree[0].projects[2].project.id == project.id);
    CHECK(tree[0].projects[2].project.title == task.task.text);
    CHECK(tree[0].projects[2].project.number == QStringLiteral("3"));
    CHECK(tree[0].projects[1].tasks.isEmpty());

    // And back: an empty project becomes the last task of the project above.
    const Item again = exec(ws, outlinecommands::indent(ws, project, &error), error);
    CHECK(again.level == Level::Task);
    CHECK(PlanRepository(ws).task(again.id)->projectId == tree[0].projects[1].project.id);
    CHECK(PlanRepository(ws).task(again.id)->task.text == task.task.text);
    ws->undoStack()->undo();
    ws->undoStack()->undo();
    CHECK(dumpTables(ws) == before);

    // A project with tasks cannot go down; the first of its level has nothing to go into.
    CHECK_FALSE(
        outlinecommands::indent(ws, {Level::Project, program.projects[1].project.id}, &error));
    CHECK(error.contains(QStringLiteral("下还有任务")));
    CHECK_FALSE(outlinecommands::indent(ws, {Level::Program, program.program.id}, &error));
    CHECK(error.contains(QStringLiteral("第一个")));
    CHECK_FALSE(outlinecommands::outdent(ws, {Level::Program, program.program.id}, &error));
    // A project with its tasks becomes a program after its own; the tasks become its projects.
    doUndoRedo(
        t, outlinecommands::outdent(ws, {Level::Project, program.projects[3].project.id}, &error),
        error);
    tree = PlanRepository(ws).tree(plan);
    CHECK(tree[1].program.title == program.projects[3].project.title);
    CHECK(tree[1].program.number == QStringLiteral("（二）"));
    CHECK(tree[1].projects.size() == 1);
    CHECK(tree[2].program.number == QStringLiteral("（三）"));
    // A task with 进展 stays a task.
    REQUIRE(ws->execute(taskcommands::addProgress(ws, program.projects[0].tasks[0].task.id,
                                                  QDate(2024, 3, 1), QStringLiteral("开工"), 10,
                                                  &error),
                        &error));
    CHECK_FALSE(
        outlinecommands::outdent(ws, {Level::Task, program.projects[0].tasks[0].task.id}, &error));
    CHECK(error.contains(QStringLiteral("进展、延期记录或佐证材料")));
}

TEST_CASE_METHOD(TunliuPlan,
                 "Copy and paste make the branch again with new ids and the same departments")
{
    const ProgramNode program = PlanRepository(ws).tree(plan).first();
    const auto copied = outlinecommands::branch(ws, {Level::Program, program.program.id});
    REQUIRE(copied);
    // Through the clipboard's JSON and back.
    const auto again = outlinecommands::Branch::fromJson(copied->toJson());
    REQUIRE(again);
    const qint64 departments = count(ws, QStringLiteral("SELECT COUNT(*) FROM department"));
    const qint64 last = PlanRepository(ws).tree(plan).last().program.id;
    doUndoRedo(t, outlinecommands::paste(ws, plan, *again, {Level::Program, last}, &error), error);
    const QList<ProgramNode> tree = PlanRepository(ws).tree(plan);
    const ProgramNode &pasted = tree.last();
    CHECK(pasted.program.id != program.program.id);
    CHECK(pasted.program.title == program.program.title);
    CHECK(pasted.program.number == QStringLiteral("（四）"));
    REQUIRE(pasted.projects.size() == program.projects.size());
    for (int i = 0; i < pasted.projects.size(); ++i) {
        CHECK(pasted.projects[i].project.title == program.projects[i].project.title);
        REQUIRE(pasted.projects[i].tasks.size() == program.projects[i].tasks.size());
        const TaskView &a = program.projects[i].tasks[0];
        const TaskView &b = pasted.projects[i].tasks[0];
        CHECK(b.task.id != a.task.id);
        CHECK(b.task.text == a.task.text);
        CHECK(b.task.deadline == a.task.deadline);
        CHECK(b.departments == a.departments);
        CHECK(b.departmentIds == a.departmentIds);
    }
    CHECK(count(ws, QStringLiteral("SELECT COUNT(*) FROM department")) == departments);
    // A task under a project; not a program under a task.
    const auto task =
        outlinecommands::branch(ws, {Level::Task, program.projects[0].tasks[0].task.id});
    exec(ws,
         outlinecommands::paste(ws, plan, *task, {Level::Project, pasted.projects[1].project.id},
                                &error),
         error);
    CHECK(PlanRepository(ws).tree(plan).last().projects[1].tasks.size() == 2);
    CHECK_FALSE(outlinecommands::paste(
        ws, plan, *copied, {Level::Task, program.projects[0].tasks[0].task.id}, &error));
    CHECK(error.startsWith(QStringLiteral("不能把工程粘贴到任务处")));
}

TEST_CASE_METHOD(TunliuPlan,
                 "Departments: rename, and merge two spellings of one office into one record")
{
    const qint64 weiti = departmentcommands::find(ws, plan, QStringLiteral("区卫体局"));
    REQUIRE(weiti != 0);
    const QList<TaskView> tasks = PlanRepository(ws).tasks(plan);
    // One task names the other spelling as its lead, one names both.
    REQUIRE(
        ws->execute(taskcommands::setDepartments(ws, tasks[1].task.id, QStringLiteral("区卫健局"),
                                                 {QStringLiteral("区财政局")}, &error),
                    &error));
    REQUIRE(
        ws->execute(taskcommands::setDepartments(ws, tasks[0].task.id, QStringLiteral("区卫健局"),
                                                 {QStringLiteral("区卫体局")}, &error),
                    &error));
    const qint64 weijian = departmentcommands::find(ws, plan, QStringLiteral("区卫健局"));
    REQUIRE(weijian != 0);
    const auto useBefore = departmentcommands::use(ws, weiti);

    CHECK_FALSE(departmentcommands::rename(ws, weijian, QStringLiteral("区卫体局"), &error));
    CHECK(error.contains(QStringLiteral("合并")));
    doUndoRedo(t, departmentcommands::rename(ws, weijian, QStringLiteral("区卫生健康局"), &error),
               error);
    CHECK(PlanRepository(ws).task(tasks[1].task.id)->lead() == QStringLiteral("区卫生健康局"));
    ws->undoStack()->undo();

    doUndoRedo(t, departmentcommands::merge(ws, weijian, weiti, &error), error);
    CHECK(departmentcommands::find(ws, plan, QStringLiteral("区卫健局")) == 0);
    CHECK(PlanRepository(ws).task(tasks[1].task.id)->lead() == QStringLiteral("区卫体局"));
    // The task that named both keeps one link, leading.
    const TaskView both = *PlanRepository(ws).task(tasks[0].task.id);
    CHECK(both.departments == QStringList{QStringLiteral("区卫体局")});
    const auto useAfter = departmentcommands::use(ws, weiti);
    CHECK(useAfter.leads == useBefore.leads + 2);
    CHECK_FALSE(departmentcommands::merge(ws, weiti, weiti, &error));
    // A department still named cannot be deleted; an unused one can.
    CHECK_FALSE(departmentcommands::remove(ws, weiti, &error));
    CHECK(error.contains(QStringLiteral("合并")));
    CHECK(departmentcommands::splitNames(QStringLiteral("区财政局、区教育局，区民政局 区医保局")) ==
          QStringList{QStringLiteral("区财政局"), QStringLiteral("区教育局"),
                      QStringLiteral("区民政局"), QStringLiteral("区医保局")});
}
