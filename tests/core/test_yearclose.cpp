// 年度结转 on the shipped plans: unfinished tasks carried under their own ids with a 延期
// record, a closed year's indicator figures frozen against later edits, refusals, undo.

#include "commands/institutioncommands.h"
#include "commands/taskcommands.h"
#include "commands/yearclosecommands.h"
#include "indicators/indicatorsnapshots.h"
#include "storage/planrepository.h"
#include "testworkspace.h"
#include "yearclose/yearclose.h"

#include <QSqlQuery>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace tuoyu;
using test::execute;

namespace {

QList<TaskView> tasksOf(Workspace *ws, qint64 plan)
{
    return PlanRepository(ws).tasks(plan);
}

/// The ids of the plan's tasks owed by `end` and not finished, by Task::isClosed.
QList<qint64> unfinishedBy(Workspace *ws, qint64 plan, const QDate &end)
{
    QList<qint64> ids;
    for (const TaskView &v : tasksOf(ws, plan))
        if (!v.task.isClosed() && v.task.deadline.isValid() && v.task.deadline <= end)
            ids << v.task.id;
    return ids;
}

/// The three-year templates print no deadlines (every task takes the plan's end): the officer
/// gives the first tasks a date in the plan's first year, as 督办 does.
void dateFirstTasks(Workspace *ws, qint64 plan, int year)
{
    const QList<TaskView> tasks = tasksOf(ws, plan);
    const QStringList words = {QStringLiteral("%1年6月底前"), QStringLiteral("%1年底前"),
                               QStringLiteral("%1年9月30日前")};
    for (int i = 0; i < std::min<int>(3, int(tasks.size())); ++i) {
        taskcommands::TaskEdit edit;
        edit.deadlineText = words[i].arg(year);
        QString error;
        execute(ws, taskcommands::edit(ws, tasks[i].task.id, edit, &error), error);
    }
    ws->undoStack()->clear();
}

} // namespace

TEST_CASE("Closing the first year of each shipped plan carries exactly its unfinished tasks")
{
    for (const QString &id :
         {QStringLiteral("tianning"), QStringLiteral("zhejiang"), QStringLiteral("huancui"),
          QStringLiteral("tunliu"), QStringLiteral("quanzhou-taishang")}) {
        INFO(id.toStdString());
        test::TempWorkspace t;
        const qint64 plan = test::createPlan(t.get(), id);
        const Plan header = *PlanRepository(t.get()).plan(plan);
        const int year = header.periodStart.year();
        const QDate end = std::min(QDate(year, 12, 31), header.periodEnd);
        const bool last = year == header.periodEnd.year();
        if (!last)
            dateFirstTasks(t.get(), plan, year);
        const QList<TaskView> before = tasksOf(t.get(), plan);
        const QList<qint64> owed = unfinishedBy(t.get(), plan, end);
        REQUIRE_FALSE(owed.isEmpty());
        QString error;
        const auto preview = yearclose::preview(t.get(), plan, year, end.addDays(10), &error);
        REQUIRE(preview);
        QList<qint64> listed;
        for (const yearclose::CarriedTask &c : preview->tasks)
            listed << c.view.task.id;
        CHECK(listed == owed);
        CHECK(preview->lastYear == last);
        CHECK(preview->figures.size() == IndicatorEngine::evaluate(t.get(), plan, end).size());
        test::doUndoRedo(t, yearclosecommands::close(t.get(), plan, year, end.addDays(10), &error),
                         error);

        // Carried: same id, next year's end, the old deadline kept in a 延期 record.
        const QDate next = std::min(QDate(year + 1, 12, 31), header.periodEnd);
        for (const TaskView &v : tasksOf(t.get(), plan)) {
            const auto old = std::find_if(before.cbegin(), before.cend(), [&](const TaskView &b) {
                return b.task.id == v.task.id;
            });
            REQUIRE(old != before.cend());
            if (owed.contains(v.task.id) && !last)
                CHECK(v.task.deadline == next);
            else
                CHECK(v.task.deadline == old->task.deadline);
        }
        CHECK(
            test::scalar(t.get(),
                         QStringLiteral(
                             "SELECT COUNT(*) FROM deadline_extension WHERE reason = '%1年度结转'")
                             .arg(year)) == (last ? 0 : owed.size()));
        CHECK(test::scalar(t.get(), QStringLiteral("SELECT COUNT(*) FROM year_close_task")) ==
              owed.size());
        CHECK(yearclose::closedYears(*t.get(), plan).size() == 1);
    }
}

TEST_CASE("A closed year is refused a second close, years outside the plan and unended years")
{
    test::TempWorkspace t;
    const qint64 plan = test::createPlan(t.get(), QStringLiteral("tianning"));
    QString error;
    CHECK_FALSE(yearclosecommands::close(t.get(), plan, 2026, QDate(2027, 1, 5), &error));
    CHECK(error.contains(QStringLiteral("2026年在计划")));
    CHECK(error.contains(QStringLiteral("结束之后，不能结转")));
    CHECK_FALSE(yearclosecommands::close(t.get(), plan, 2022, QDate(2023, 1, 5), &error));
    CHECK(error.contains(QStringLiteral("开始之前")));
    CHECK_FALSE(yearclosecommands::close(t.get(), plan, 2023, QDate(2023, 11, 30), &error));
    CHECK(error == QStringLiteral("2023年度到2023年12月31日才结束，2023年11月30日还不能结转"));

    execute(t.get(), yearclosecommands::close(t.get(), plan, 2023, QDate(2024, 1, 5), &error),
            error);
    const QString after = test::dumpTables(t.get());
    CHECK_FALSE(yearclosecommands::close(t.get(), plan, 2023, QDate(2024, 2, 1), &error));
    CHECK(error.contains(QStringLiteral("2023年度已于")));
    CHECK(error.contains(QStringLiteral("不能再次结转")));
    CHECK(test::dumpTables(t.get()) == after);
    // Undone, the year may be closed again.
    t->undoStack()->undo();
    CHECK(yearclosecommands::close(t.get(), plan, 2023, QDate(2024, 2, 1), &error));
}

TEST_CASE("A task finished before the close is not carried, and a carried one keeps its history")
{
    test::TempWorkspace t;
    const qint64 plan = test::createPlan(t.get(), QStringLiteral("tianning"));
    dateFirstTasks(t.get(), plan, 2023);
    const QList<qint64> owed = unfinishedBy(t.get(), plan, QDate(2023, 12, 31));
    REQUIRE(owed.size() >= 2);
    QString error;
    execute(t.get(),
            taskcommands::close(t.get(), owed[0], QStringLiteral("王科长"), QDate(2023, 12, 20),
                                &error),
            error);
    execute(t.get(),
            taskcommands::addProgress(t.get(), owed[1], QDate(2023, 11, 2),
                                      QStringLiteral("已完成选址"), 40, &error),
            error);
    execute(t.get(), yearclosecommands::close(t.get(), plan, 2023, QDate(2024, 1, 5), &error),
            error);
    CHECK(error.isEmpty());
    auto rowsOf = [&](const char *table, qint64 task, const char *also = "") {
        return test::scalar(t.get(), QStringLiteral("SELECT COUNT(*) FROM %1 WHERE task_id = %2%3")
                                         .arg(QLatin1String(table))
                                         .arg(task)
                                         .arg(QLatin1String(also)));
    };
    CHECK(rowsOf("year_close_task", owed[0]) == 0);
    CHECK(rowsOf("year_close_task", owed[1], " AND carried = 1 AND percent = 40") == 1);
    // The progress entry stays with the task: it is the same record.
    CHECK(rowsOf("progress_entry", owed[1]) == 1);
    CHECK(rowsOf("deadline_extension", owed[1], " AND new_deadline = '2024-12-31'") == 1);
}

TEST_CASE("A closed year's figures stay as they were when the registry changes later")
{
    test::TempWorkspace t;
    const qint64 plan = test::createPlan(t.get(), QStringLiteral("tunliu"));
    QString error;
    execute(t.get(), yearclosecommands::close(t.get(), plan, 2024, QDate(2025, 1, 10), &error),
            error);
    const QList<yearclose::YearFigure> frozen =
        yearclose::figures(t.get(), plan, 2024, QDate(2025, 3, 1));
    REQUIRE_FALSE(frozen.isEmpty());
    CHECK(frozen.first().frozen);

    // Double the first institution's slots: today's figures move, the closed year's do not.
    QSqlQuery q(t->db());
    REQUIRE(q.exec(QStringLiteral("SELECT id, slots FROM institution ORDER BY id LIMIT 1")));
    REQUIRE(q.next());
    const qint64 institution = q.value(0).toLongLong();
    const qint64 slots = q.value(1).toLongLong();
    execute(t.get(),
            institutioncommands::edit(t.get(), institution,
                                      {{QStringLiteral("slots"), slots * 2 + 50}}, &error),
            error);
    const auto live = IndicatorEngine::evaluate(t.get(), plan, QDate(2024, 12, 31));
    const auto again = yearclose::figures(t.get(), plan, 2024, QDate(2025, 3, 1));
    REQUIRE(again.size() == frozen.size());
    bool moved = false;
    for (int i = 0; i < frozen.size(); ++i) {
        CHECK(again[i].actual == frozen[i].actual);
        CHECK(again[i].actualLabel == frozen[i].actualLabel);
        CHECK(again[i].status == frozen[i].status);
        for (const IndicatorResult &r : live)
            if (r.indicator.id == frozen[i].indicatorId && r.actual != frozen[i].actual)
                moved = true;
    }
    CHECK(moved);
    // No snapshot is taken into a closed year's months.
    CHECK(IndicatorSnapshots::take(t.get(), plan, QDate(2024, 11, 15)) == 0);
    CHECK(IndicatorSnapshots::take(t.get(), plan, QDate(2025, 3, 1)) > 0);
    // Tunliu runs 2024 only: unfinished tasks are listed, not carried beyond the plan.
    CHECK(test::scalar(t.get(),
                       QStringLiteral("SELECT COUNT(*) FROM year_close_task WHERE carried = 1")) ==
          0);
}
