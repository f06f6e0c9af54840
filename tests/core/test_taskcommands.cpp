#include "commands/plancommands.h"
#include "commands/taskcommands.h"
#include "storage/institutionquery.h"
#include "storage/planrepository.h"
#include "templates/templatelibrary.h"
#include "testworkspace.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace tuoyu;
using test::auditRows;
using test::doUndoRedo;
using test::dumpTables;

namespace {

struct Tunliu
{
    test::TempWorkspace t;
    qint64 planId = 0;
    QList<TaskView> tasks;
    Tunliu()
    {
        planId = test::createPlan(t.get(), QStringLiteral("tunliu"));
        tasks = PlanRepository(t.get()).tasks(planId);
        REQUIRE(tasks.size() >= 3);
    }
    TaskView task(qint64 id) const { return *PlanRepository(t.get()).task(id); }
};

} // namespace

TEST_CASE("Editing a task re-resolves its deadline words and checks the start date")
{
    Tunliu w;
    const qint64 id = w.tasks.first().task.id;
    QString error;
    taskcommands::TaskEdit e;
    e.text = QStringLiteral("新增2所普惠社区托育点");
    e.deadlineText = QStringLiteral("2025年6月底前");
    doUndoRedo(w.t, taskcommands::edit(w.t.get(), id, e, &error), error);
    TaskView v = w.task(id);
    CHECK(v.task.text == QStringLiteral("新增2所普惠社区托育点"));
    CHECK(v.task.deadline == QDate(2025, 6, 30));
    CHECK(v.task.deadlineText == QStringLiteral("2025年6月底前"));
    CHECK_FALSE(v.task.deadlineInherited);

    // Empty words: the plan's end, marked inherited.
    taskcommands::TaskEdit inherit;
    inherit.deadlineText = QString();
    REQUIRE(w.t->execute(taskcommands::edit(w.t.get(), id, inherit, &error), &error));
    v = w.task(id);
    CHECK(v.task.deadlineInherited);
    CHECK(v.task.deadline == PlanRepository(w.t.get()).plan(w.planId)->periodEnd);

    // Refused: empty text, a start after the deadline, no change at all.
    const QString before = dumpTables(w.t.get());
    taskcommands::TaskEdit bad;
    bad.text = QStringLiteral("  ");
    CHECK_FALSE(taskcommands::edit(w.t.get(), id, bad, &error));
    CHECK(error == QStringLiteral("任务内容不能为空"));
    taskcommands::TaskEdit late;
    late.startDate = v.task.deadline.addDays(1);
    CHECK_FALSE(taskcommands::edit(w.t.get(), id, late, &error));
    CHECK(error.contains(QStringLiteral("不能晚于")));
    CHECK_FALSE(taskcommands::edit(w.t.get(), id, {}, &error));
    CHECK(dumpTables(w.t.get()) == before);
}

TEST_CASE("A task's lead and co-departments are set by name, new ones joining the plan")
{
    Tunliu w;
    const qint64 id = w.tasks.first().task.id;
    const int departmentsBefore = int(PlanRepository(w.t.get()).departments(w.planId).size());
    QString error;
    doUndoRedo(w.t,
               taskcommands::setDepartments(w.t.get(), id, QStringLiteral("区财政局"),
                                            {QStringLiteral("区测试新设局")}, &error),
               error);
    const TaskView v = w.task(id);
    CHECK(v.departments == QStringList{QStringLiteral("区财政局"), QStringLiteral("区测试新设局")});
    CHECK(PlanRepository(w.t.get()).departments(w.planId).size() == departmentsBefore + 1);
    CHECK_FALSE(taskcommands::setDepartments(w.t.get(), id, QString(), {}, &error));
    CHECK(error == QStringLiteral("请填写牵头单位"));

    // "What does 区财政局 owe?" finds it, as lead.
    TaskFilter f;
    f.department = QStringLiteral("区财政局");
    f.leadOnly = true;
    const auto owed = PlanRepository(w.t.get()).tasks(w.planId, f);
    CHECK(std::any_of(owed.cbegin(), owed.cend(),
                      [&](const TaskView &t) { return t.task.id == id; }));
    f.department = QStringLiteral("区测试新设局");
    CHECK(PlanRepository(w.t.get()).tasks(w.planId, f).isEmpty()); // shares, does not lead
}

TEST_CASE("Progress entries are added and removed, a stated percent moves the task")
{
    Tunliu w;
    const qint64 id = w.tasks.first().task.id;
    QString error;
    doUndoRedo(w.t,
               taskcommands::addProgress(w.t.get(), id, QDate(2024, 5, 10),
                                         QStringLiteral("已完成选址"), 30, &error),
               error);
    const auto entries = PlanRepository(w.t.get()).progress(id);
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().percent == 30);
    CHECK(w.task(id).task.percent == 30);
    CHECK(w.task(id).task.status == TaskStatus::InProgress);

    CHECK_FALSE(
        taskcommands::addProgress(w.t.get(), id, QDate(2024, 5, 10), QString(), 10, &error));
    CHECK(error == QStringLiteral("请填写进展内容"));
    CHECK_FALSE(taskcommands::addProgress(w.t.get(), id, QDate(2024, 5, 10), QStringLiteral("x"),
                                          101, &error));

    doUndoRedo(w.t, taskcommands::removeProgress(w.t.get(), entries.first().id, &error), error);
    CHECK(PlanRepository(w.t.get()).progress(id).isEmpty());
}

TEST_CASE("延期 keeps the original deadline with the reason, 办结 records who confirmed it")
{
    Tunliu w;
    const TaskView original = w.tasks.first();
    const qint64 id = original.task.id;
    QString error;
    // Refused: no reason, a date not later than the current one.
    CHECK_FALSE(taskcommands::extendDeadline(w.t.get(), id, QStringLiteral("2030年6月"), QString(),
                                             QString(), &error));
    CHECK(error == QStringLiteral("延期须写明原因"));
    CHECK_FALSE(taskcommands::extendDeadline(w.t.get(), id, QStringLiteral("2020年6月"),
                                             QStringLiteral("原因"), QString(), &error));
    CHECK(error.contains(QStringLiteral("须晚于")));

    doUndoRedo(w.t,
               taskcommands::extendDeadline(w.t.get(), id, QStringLiteral("2030年6月底前"),
                                            QStringLiteral("选址调整"), QStringLiteral("王局长"),
                                            &error),
               error);
    CHECK(w.task(id).task.deadline == QDate(2030, 6, 30));
    const auto extensions = PlanRepository(w.t.get()).extensions(id);
    REQUIRE(extensions.size() == 1);
    CHECK(extensions.first().oldDeadline == original.task.deadline);
    CHECK(extensions.first().oldDeadlineText == original.task.deadlineText);
    CHECK(extensions.first().reason == QStringLiteral("选址调整"));

    CHECK_FALSE(taskcommands::close(w.t.get(), id, QString(), QDate(2024, 6, 1), &error));
    CHECK(error == QStringLiteral("办结须写明确认人"));
    doUndoRedo(
        w.t,
        taskcommands::close(w.t.get(), id, QStringLiteral("张科长"), QDate(2024, 6, 1), &error),
        error);
    TaskView closed = w.task(id);
    CHECK(closed.task.status == TaskStatus::Done);
    CHECK(closed.task.percent == 100);
    CHECK(closed.task.closedBy == QStringLiteral("张科长"));
    CHECK(closed.task.closedDate == QDate(2024, 6, 1));
    CHECK_FALSE(
        taskcommands::close(w.t.get(), id, QStringLiteral("张科长"), QDate(2024, 6, 1), &error));

    QSqlQuery q(w.t->db());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'do' AND "
                                  "field = 'closed_by' AND new_value = '张科长'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 1);

    doUndoRedo(w.t, taskcommands::reopen(w.t.get(), id, &error), error);
    closed = w.task(id);
    CHECK(closed.task.status == TaskStatus::InProgress);
    CHECK(closed.task.closedBy.isEmpty());
    CHECK_FALSE(taskcommands::reopen(w.t.get(), id, &error));
}

TEST_CASE("Task filters: department, status, deadline range and words")
{
    Tunliu w;
    PlanRepository repo(w.t.get());
    const int all = int(w.tasks.size());
    QString error;
    REQUIRE(w.t->execute(plancommands::setTaskStatus(w.t.get(), w.tasks.first().task.id,
                                                     TaskStatus::Done, 100, &error),
                         &error));
    TaskFilter done;
    done.status = {TaskStatus::Done};
    CHECK(repo.tasks(w.planId, done).size() == 1);
    TaskFilter open;
    open.status = {TaskStatus::NotStarted, TaskStatus::InProgress};
    CHECK(repo.tasks(w.planId, open).size() == all - 1);

    TaskFilter range;
    range.deadlineFrom = QDate(2000, 1, 1);
    range.deadlineTo = QDate(2000, 12, 31);
    CHECK(repo.tasks(w.planId, range).isEmpty());
    range.deadlineTo = QDate(2100, 1, 1);
    int dated = 0;
    for (const TaskView &t : w.tasks)
        dated += t.task.deadline.isValid() ? 1 : 0;
    CHECK(repo.tasks(w.planId, range).size() == dated);

    TaskFilter words;
    words.search = w.tasks.last().task.text.left(6);
    const auto found = repo.tasks(w.planId, words);
    REQUIRE_FALSE(found.isEmpty());
    CHECK(found.size() < all);
}

TEST_CASE("The institution query filters, sorts, totals and pages in SQL")
{
    Tunliu w;
    InstitutionQuery everything(w.t.get());
    CHECK(everything.count() == 21);
    const InstitutionTotals totals = everything.totals();
    CHECK(totals.count == 21);
    CHECK(totals.slots == 1180);

    // Pages of 5 cover every row once.
    QSet<qint64> seen;
    InstitutionQuery bySlots(w.t.get(), {}, InstitutionQuery::SortKey::Slots, true);
    qint64 previous = std::numeric_limits<qint64>::max();
    for (qint64 offset = 0; offset < 21; offset += 5) {
        for (const Institution &i : bySlots.page(offset, 5)) {
            seen.insert(i.id);
            CHECK(i.slots <= previous);
            previous = i.slots;
        }
    }
    CHECK(seen.size() == 21);

    InstitutionFilter filter;
    filter.filed = true;
    const qint64 filed = InstitutionQuery(w.t.get(), filter).count();
    filter.filed = false;
    CHECK(InstitutionQuery(w.t.get(), filter).count() == 21 - filed);
    CHECK(totals.filed == filed);

    InstitutionFilter search;
    search.search = QStringLiteral("托育");
    const qint64 n = InstitutionQuery(w.t.get(), search).count();
    CHECK(n > 0);
    CHECK(n <= 21);
    search.search = QStringLiteral("不存在的名字");
    CHECK(InstitutionQuery(w.t.get(), search).count() == 0);
    CHECK(InstitutionQuery(w.t.get(), search).totals().slots == 0);
}

TEST_CASE("An inherited deadline is confirmed as the task's own, undoably and in the audit log")
{
    test::TempWorkspace t;
    const qint64 planId = test::createPlan(t.get(), QStringLiteral("zhejiang"));
    const TaskView inherited = PlanRepository(t.get()).tasks(planId).first();
    REQUIRE(inherited.task.deadlineInherited);
    QString error;
    doUndoRedo(t, taskcommands::confirmDeadline(t.get(), inherited.task.id, &error), error);
    const TaskView confirmed = *PlanRepository(t.get()).task(inherited.task.id);
    CHECK_FALSE(confirmed.task.deadlineInherited);
    CHECK(confirmed.task.deadline == inherited.task.deadline);
    CHECK(confirmed.task.deadlineText == QStringLiteral("2025年12月31日"));
    // Now the plan's end moving leaves it where the officer confirmed it.
    const Plan plan = *PlanRepository(t.get()).plan(planId);
    REQUIRE(t->execute(plancommands::editPlan(t.get(), planId, plan.title, plan.periodStart,
                                              QDate(2026, 12, 31), &error),
                       &error));
    CHECK(PlanRepository(t.get()).task(inherited.task.id)->task.deadline == QDate(2025, 12, 31));
    // A deadline the plan wrote needs no confirmation; an unknown task is named.
    Tunliu w;
    CHECK_FALSE(taskcommands::confirmDeadline(w.t.get(), w.tasks.first().task.id, &error));
    CHECK(error.contains(QStringLiteral("无需确认")));
    CHECK_FALSE(taskcommands::confirmDeadline(t.get(), 999999, &error));
    CHECK(error.contains(QStringLiteral("#999999")));
}

TEST_CASE("Days overdue are calendar days, the same through the holidays")
{
    Tunliu w;
    TaskView v = w.tasks.first();
    v.task.status = TaskStatus::InProgress;
    v.task.deadline = QDate(2024, 9, 30);
    // 1–7 October is the National Day holiday: 8 calendar days, 1 working day.
    CHECK(v.daysOverdue(QDate(2024, 10, 8)) == 8);
    CHECK(overdueDaysText(v.daysOverdue(QDate(2024, 10, 8))) == QStringLiteral("逾期 8 天"));
    CHECK(v.daysOverdue(QDate(2024, 9, 30)) == 0);
    v.task.status = TaskStatus::Done;
    CHECK(v.daysOverdue(QDate(2024, 10, 8)) == 0);
}
