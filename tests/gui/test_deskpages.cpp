#include "../core/testworkspace.h"
#include "commands/plancommands.h"
#include "commands/taskcommands.h"
#include "dashboard/dashboardpage.h"
#include "dialogtest.h"
#include "institutions/institutionspage.h"
#include "plan/plansettingspage.h"
#include "session/workspace.h"
#include "storage/institutionrepository.h"
#include "storage/planrepository.h"
#include "tasks/ganttview.h"
#include "tasks/taskspage.h"
#include "tasks/tasktreemodel.h"
#include "templates/templatelibrary.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialog>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPdfWriter>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QTreeView>

#include <catch2/catch.hpp>

#include <functional>

using namespace tuoyu;

namespace {

std::unique_ptr<Workspace> tunliu(const test::WorkspaceFolder &dir)
{
    QString error;
    auto ws = Workspace::create(dir.workspace(QStringLiteral("t.tuoyu")), &error);
    REQUIRE(ws);
    REQUIRE(
        ws->execute(plancommands::create(
                        ws.get(), *TemplateLibrary::load(QStringLiteral("tunliu"), &error), &error),
                    &error));
    ws->undoStack()->clear();
    return ws;
}

} // namespace

using test::child;
using test::whenDialogOpens;

TEST_CASE("机构: filter, edit through the form, undo, bad input keeps the form open")
{
    QStandardPaths::setTestModeEnabled(true);
    test::WorkspaceFolder dir;
    auto ws = tunliu(dir);
    InstitutionsPage page;
    page.setContext(ws.get(), PlanRepository(ws.get()).defaultPlan()->id);
    page.resize(1250, 650);
    page.show();
    auto *view = child<QTableView>(&page, "institutionView");
    auto *totals = child<QLabel>(&page, "institutionTotals");
    CHECK(view->model()->rowCount() == 21);
    CHECK(totals->text().contains(QStringLiteral("1180")));

    // The search box narrows the table and the totals row follows.
    CHECK(page.focusSearch());
    child<QLineEdit>(&page, "institutionSearch")->setText(QStringLiteral("小象湾"));
    REQUIRE(view->model()->rowCount() == 1);
    CHECK(totals->text().contains(QStringLiteral("1 家机构")));
    const qint64 id = view->model()->index(0, 0).data(Qt::UserRole + 1).toLongLong();
    view->selectRow(0);
    REQUIRE(page.selectedId() == id);
    const qint64 slotsBefore = InstitutionRepository(ws.get()).byId(id)->slots;

    // Puhui slots above the slots: refused in the form, which stays open; nothing written.
    QString problem;
    whenDialogOpens([&](QDialog *d) {
        child<QLineEdit>(d, "puhuiSlots")->setText(QStringLiteral("999"));
        d->accept();
        problem = child<QLabel>(d, "problem")->text();
        CHECK(d->isVisible());
        d->reject();
    });
    CHECK_FALSE(page.editSelected());
    CHECK(problem.contains(QStringLiteral("不能多于托位数")));
    CHECK(ws->undoStack()->count() == 0);

    // A valid edit is one command; undo puts the value back.
    whenDialogOpens([](QDialog *d) {
        child<QSpinBox>(d, "slots")->setValue(150);
        child<QLineEdit>(d, "puhuiSlots")->setText(QStringLiteral("120"));
        child<QLineEdit>(d, "filedDate")->setText(QStringLiteral("2024-03-15"));
        d->accept();
    });
    REQUIRE(page.editSelected());
    auto edited = InstitutionRepository(ws.get()).byId(id);
    CHECK(edited->slots == 150);
    CHECK(edited->puhuiSlots == 120);
    CHECK(edited->filedDate == QDate(2024, 3, 15));
    CHECK(ws->undoStack()->count() == 1);
    CHECK(totals->text().contains(QStringLiteral("150")));
    ws->undoStack()->undo();
    CHECK(InstitutionRepository(ws.get()).byId(id)->slots == slotsBefore);
    CHECK_FALSE(InstitutionRepository(ws.get()).byId(id)->filedDate.isValid());

    // Delete asks first; undo brings the institution back.
    view->selectRow(0);
    whenDialogOpens([](QDialog *d) {
        auto *box = qobject_cast<QMessageBox *>(d);
        REQUIRE(box);
        box->button(QMessageBox::Yes)->click();
    });
    REQUIRE(page.deleteSelected());
    CHECK_FALSE(InstitutionRepository(ws.get()).byId(id));
    CHECK(view->model()->rowCount() == 0);
    ws->undoStack()->undo();
    CHECK(InstitutionRepository(ws.get()).byId(id));
    CHECK(view->model()->rowCount() == 1);
}

TEST_CASE("机构: the table fetches a large registry a page at a time")
{
    QStandardPaths::setTestModeEnabled(true);
    test::WorkspaceFolder dir;
    auto ws = tunliu(dir);
    QSqlDatabase &db = ws->db();
    REQUIRE(db.transaction());
    QSqlQuery q(db);
    REQUIRE(q.prepare(QStringLiteral("INSERT INTO institution (name, slots) VALUES (?, ?)")));
    for (int i = 0; i < 5000; ++i) {
        q.addBindValue(QStringLiteral("测试机构%1").arg(i));
        q.addBindValue(i % 50);
        REQUIRE(q.exec());
    }
    REQUIRE(db.commit());
    InstitutionsPage page;
    page.setContext(ws.get(), 0);
    auto *view = child<QTableView>(&page, "institutionView");
    CHECK(view->model()->rowCount() < 1000); // not all 5,021 at once
    CHECK(child<QLabel>(&page, "institutionTotals")->text().contains(QStringLiteral("5021")));
    view->model()->sort(3, Qt::DescendingOrder);
    QSqlQuery max(db);
    REQUIRE(max.exec(QStringLiteral("SELECT MAX(slots) FROM institution")));
    REQUIRE(max.next());
    CHECK(view->model()->index(0, 3).data(Qt::UserRole).toLongLong() == max.value(0).toLongLong());
}

TEST_CASE("任务: status, progress entry, 延期 and 办结 through the page, each undoable")
{
    QStandardPaths::setTestModeEnabled(true);
    test::WorkspaceFolder dir;
    auto ws = tunliu(dir);
    const qint64 planId = PlanRepository(ws.get()).defaultPlan()->id;
    TasksPage page;
    QObject::connect(ws.get(), &Workspace::changed, &page, &TasksPage::refresh);
    page.model()->setAsOf(QDate(2024, 6, 3));
    page.setContext(ws.get(), planId);
    page.resize(1250, 650);
    page.show();
    auto *tree = child<QTreeView>(&page, "taskTree");
    CHECK(tree->model()->rowCount() == 3);

    const TaskView first = PlanRepository(ws.get()).tasks(planId).first();
    const qint64 id = first.task.id;
    REQUIRE(page.selectTask(id));
    CHECK(page.selectedTaskId() == id);

    // Status through the combo and the spin box.
    auto *status = child<QComboBox>(&page, "statusBox");
    status->setCurrentIndex(status->findData(int(TaskStatus::InProgress)));
    child<QSpinBox>(&page, "percentBox")->setValue(40);
    child<QPushButton>(&page, "applyStatus")->click();
    CHECK(PlanRepository(ws.get()).task(id)->task.percent == 40);
    CHECK(PlanRepository(ws.get()).task(id)->task.status == TaskStatus::InProgress);
    ws->undoStack()->undo();
    CHECK(PlanRepository(ws.get()).task(id)->task.status == TaskStatus::NotStarted);

    // A progress entry with a percent.
    REQUIRE(page.selectTask(id));
    child<QDateEdit>(&page, "progressDate")->setDate(QDate(2024, 6, 1));
    child<QSpinBox>(&page, "progressPercent")->setValue(25);
    child<QLineEdit>(&page, "progressText")->setText(QStringLiteral("已完成选址"));
    child<QPushButton>(&page, "addProgress")->click();
    auto entries = PlanRepository(ws.get()).progress(id);
    REQUIRE(entries.size() == 1);
    CHECK(entries.first().text == QStringLiteral("已完成选址"));
    CHECK(child<QTableWidget>(&page, "progressLog")->rowCount() == 1);
    CHECK(PlanRepository(ws.get()).task(id)->task.percent == 25);
    ws->undoStack()->undo();
    CHECK(PlanRepository(ws.get()).progress(id).isEmpty());
    CHECK(child<QTableWidget>(&page, "progressLog")->rowCount() == 0);

    // 延期 through its form keeps the original deadline.
    REQUIRE(page.selectTask(id));
    whenDialogOpens([](QDialog *d) {
        child<QLineEdit>(d, "newDeadline")->setText(QStringLiteral("2025年6月底前"));
        child<QLineEdit>(d, "reason")->setText(QStringLiteral("场地改造延后"));
        d->accept();
    });
    REQUIRE(page.extendSelected());
    CHECK(PlanRepository(ws.get()).task(id)->task.deadline == QDate(2025, 6, 30));
    REQUIRE(PlanRepository(ws.get()).extensions(id).size() == 1);
    CHECK(PlanRepository(ws.get()).extensions(id).first().oldDeadline == first.task.deadline);
    CHECK(page.model()->originalDeadlines(id) == QList<QDate>{first.task.deadline});

    // 办结 records who confirmed it.
    REQUIRE(page.selectTask(id));
    whenDialogOpens([](QDialog *d) {
        child<QLineEdit>(d, "closedBy")->setText(QStringLiteral("李科长"));
        d->accept();
    });
    REQUIRE(page.closeSelected());
    CHECK(PlanRepository(ws.get()).task(id)->task.closedBy == QStringLiteral("李科长"));
    CHECK(PlanRepository(ws.get()).task(id)->task.status == TaskStatus::Done);
    ws->undoStack()->undo();
    ws->undoStack()->undo();
    CHECK(PlanRepository(ws.get()).task(id)->task.deadline == first.task.deadline);
    CHECK(PlanRepository(ws.get()).task(id)->task.closedBy.isEmpty());
    CHECK(PlanRepository(ws.get()).extensions(id).isEmpty());
}

TEST_CASE("任务: filters, 序时进度 and the timeline")
{
    QStandardPaths::setTestModeEnabled(true);
    test::WorkspaceFolder dir;
    auto ws = tunliu(dir);
    const qint64 planId = PlanRepository(ws.get()).defaultPlan()->id;
    TasksPage page;
    page.model()->setAsOf(QDate(2024, 7, 1));
    page.setContext(ws.get(), planId);
    auto *tree = child<QTreeView>(&page, "taskTree");
    const auto tasks = PlanRepository(ws.get()).tasks(planId);

    // Half a year into a year-long task that has not started: behind its schedule.
    const TaskView &last = tasks.last();
    const auto planned = page.model()->scheduleProgress(last);
    REQUIRE(planned);
    CHECK(*planned > 40);
    CHECK(*planned < 60);
    CHECK(page.model()->behindSchedule(last));
    // The first task (due 2024-07-31) is 22 working days away: not yet due soon (the default
    // window is 10 working days); from 2024-07-18 on it is, amber.
    CHECK(page.model()->urgency(tasks.first()) == TaskUrgency::None);
    page.model()->setAsOf(QDate(2024, 7, 18));
    CHECK(page.model()->urgency(tasks.first()) == TaskUrgency::DueSoon);
    page.model()->setAsOf(QDate(2024, 7, 1));

    // Department filter: only tasks 区财政局 leads.
    auto *department = child<QComboBox>(&page, "departmentFilter");
    department->setCurrentIndex(department->findData(QStringLiteral("区财政局")));
    child<QCheckBox>(&page, "leadOnly")->setChecked(true);
    int shown = 0;
    std::function<void(const QModelIndex &)> count = [&](const QModelIndex &parent) {
        for (int r = 0; r < tree->model()->rowCount(parent); ++r) {
            const QModelIndex i = tree->model()->index(r, 0, parent);
            if (i.data(TaskTreeModel::TaskIdRole).toLongLong() != 0) {
                ++shown;
                CHECK(tree->model()->index(r, TaskTreeModel::Lead, parent).data().toString() ==
                      QStringLiteral("区财政局"));
            }
            count(i);
        }
    };
    count({});
    CHECK(shown >= 1);
    CHECK(shown < tasks.size());
    auto *gantt = child<GanttView>(&page, "ganttView");
    CHECK(gantt->rowCountShown() < int(tasks.size()) * 3);

    department->setCurrentIndex(0);
    auto *deadline = child<QComboBox>(&page, "deadlineFilter");
    deadline->setCurrentIndex(1); // 已逾期: nothing on 2024-07-01
    CHECK(tree->model()->rowCount() == 0);
    deadline->setCurrentIndex(0);
    CHECK(tree->model()->rowCount() == 3);

    // The timeline prints to a PDF, page by page.
    QPdfWriter pdf(dir.filePath(QStringLiteral("gantt.pdf")));
    pdf.setPageOrientation(QPageLayout::Landscape);
    CHECK(gantt->print(&pdf, QStringLiteral("任务时间轴")) >= 1);
    CHECK(QFileInfo(dir.filePath(QStringLiteral("gantt.pdf"))).size() > 1000);
}

TEST_CASE("机构 and 任务: the selected record's 修改记录 lists edits made through the page")
{
    QStandardPaths::setTestModeEnabled(true);
    test::WorkspaceFolder dir;
    auto ws = tunliu(dir);
    ws->setActor(QStringLiteral("王科员"));
    const qint64 planId = PlanRepository(ws.get()).defaultPlan()->id;

    InstitutionsPage institutions;
    institutions.setContext(ws.get(), planId);
    institutions.show();
    auto *history = child<QPushButton>(&institutions, "institutionHistory");
    CHECK_FALSE(history->isEnabled()); // nothing selected yet
    child<QLineEdit>(&institutions, "institutionSearch")->setText(QStringLiteral("小象湾"));
    child<QTableView>(&institutions, "institutionView")->selectRow(0);
    REQUIRE(history->isEnabled());
    whenDialogOpens([](QDialog *d) {
        child<QSpinBox>(d, "slots")->setValue(150);
        d->accept();
    });
    REQUIRE(institutions.editSelected());
    CHECK(InstitutionRepository(ws.get()).byId(institutions.selectedId())->slots == 150);

    auto shown = [](std::function<void()> open) {
        QList<QStringList> rows;
        QString title;
        whenDialogOpens([&](QDialog *d) {
            title = d->windowTitle();
            auto *table = child<QTableWidget>(d, "historyTable");
            for (int r = 0; r < table->rowCount(); ++r) {
                QStringList row;
                for (int c = 0; c < table->columnCount(); ++c)
                    row << table->item(r, c)->text();
                rows << row;
            }
            d->reject();
        });
        open();
        return std::make_pair(title, rows);
    };
    // The button and the row's context menu open the same history.
    const auto [title, rows] = shown([history] { history->click(); });
    CHECK(title.contains(QStringLiteral("小象湾")));
    REQUIRE_FALSE(rows.isEmpty());
    // Newest first: when, who, what, field, old → new.
    CHECK(rows.first().at(1) == QStringLiteral("王科员"));
    CHECK(rows.first().at(3) == QStringLiteral("slots"));
    CHECK(rows.first().at(5) == QStringLiteral("150"));
    CHECK(rows.first().at(4) != QStringLiteral("150"));
    QAction *menuHistory = nullptr;
    for (QAction *a : child<QTableView>(&institutions, "institutionView")->actions())
        if (a->text() == QStringLiteral("修改记录…"))
            menuHistory = a;
    REQUIRE(menuHistory);
    CHECK(shown([menuHistory] { menuHistory->trigger(); }).second == rows);

    // A task: its status change, then its undo, both listed.
    TasksPage tasks;
    QObject::connect(ws.get(), &Workspace::changed, &tasks, &TasksPage::refresh);
    tasks.setContext(ws.get(), planId);
    tasks.show();
    const qint64 taskId = PlanRepository(ws.get()).tasks(planId).first().task.id;
    REQUIRE(tasks.selectTask(taskId));
    auto *status = child<QComboBox>(&tasks, "statusBox");
    status->setCurrentIndex(status->findData(int(TaskStatus::InProgress)));
    child<QSpinBox>(&tasks, "percentBox")->setValue(40);
    child<QPushButton>(&tasks, "applyStatus")->click();
    ws->undoStack()->undo();
    REQUIRE(tasks.selectTask(taskId));
    const auto [taskTitle, taskRows] =
        shown([&tasks] { child<QPushButton>(&tasks, "taskHistory")->click(); });
    CHECK(taskTitle.contains(PlanRepository(ws.get()).task(taskId)->task.text.left(8)));
    auto listed = [&taskRows](bool undo, const QString &newValue) {
        for (const QStringList &row : taskRows)
            if (row.at(2).startsWith(QStringLiteral("撤销：")) == undo &&
                row.at(3) == QStringLiteral("percent") && row.at(5) == newValue)
                return true;
        return false;
    };
    CHECK(listed(false, QStringLiteral("40")));
    CHECK(listed(true, QStringLiteral("0")));
    // Newest first: the undo heads the list.
    REQUIRE_FALSE(taskRows.isEmpty());
    CHECK(taskRows.first().at(2).startsWith(QStringLiteral("撤销：")));
}

TEST_CASE("计划: leading-group members listed as units show their unit, not a blank")
{
    test::WorkspaceFolder dir;
    auto ws = tunliu(dir);
    PlanSettingsPage page;
    page.setContext(ws.get(), PlanRepository(ws.get()).defaultPlan()->id);
    auto *group = child<QTableWidget>(&page, "groupTable");
    REQUIRE(group->rowCount() == 12);
    QStringList header;
    for (int c = 0; c < group->columnCount(); ++c)
        header << group->horizontalHeaderItem(c)->text();
    const int unit = int(header.indexOf(QStringLiteral("单位")));
    REQUIRE(unit >= 0);
    // 附件1's 成员 line: "区委编办…负责人" — row 5 is 区委编办's 负责人.
    CHECK(group->item(4, unit)->text() == QStringLiteral("区委编办"));
    CHECK(group->item(4, int(header.indexOf(QStringLiteral("职务"))))->text() ==
          QStringLiteral("负责人"));
    for (int r = 4; r < 12; ++r)
        CHECK_FALSE(group->item(r, unit)->text().isEmpty());
    CHECK(group->item(2, unit)->text() == QStringLiteral("区卫体局")); // 赵勇
}

namespace {

/// The zhejiang plan: its document sets no 完成时限, so every task inherits the plan's end
/// (2025-12-31), which 2026-12-04 is long past.
std::unique_ptr<Workspace> zhejiang(const test::WorkspaceFolder &dir)
{
    QString error;
    auto ws = Workspace::create(dir.workspace(QStringLiteral("z.tuoyu")), &error);
    REQUIRE(ws);
    REQUIRE(ws->execute(
        plancommands::create(ws.get(), *TemplateLibrary::load(QStringLiteral("zhejiang"), &error),
                             &error),
        &error));
    ws->undoStack()->clear();
    return ws;
}

} // namespace

TEST_CASE("任务 and 概览: a deadline inherited from the plan's end is not 逾期 until confirmed")
{
    QStandardPaths::setTestModeEnabled(true);
    test::WorkspaceFolder dir;
    auto ws = zhejiang(dir);
    const QDate asOf(2026, 12, 4);
    const qint64 planId = PlanRepository(ws.get()).defaultPlan()->id;
    const TaskView inherited = PlanRepository(ws.get()).tasks(planId).first();
    REQUIRE(inherited.task.deadlineInherited);
    REQUIRE(inherited.task.deadline == QDate(2025, 12, 31));
    REQUIRE(inherited.overdue(asOf)); // past the date, but nothing 督办 rests on it

    TasksPage page;
    page.model()->setAsOf(asOf);
    page.setContext(ws.get(), planId);
    const auto row = [&](int column) {
        return page.model()->indexOfTask(inherited.task.id).siblingAtColumn(column);
    };
    CHECK(page.model()->urgency(inherited) == TaskUrgency::None);
    CHECK_FALSE(row(0).data(Qt::BackgroundRole).value<QColor>().isValid());
    CHECK(row(TaskTreeModel::Deadline).data().toString() == QStringLiteral("2025-12-31"));
    CHECK(row(TaskTreeModel::Remaining).data().toString() == QStringLiteral("按实施期末计"));
    CHECK(row(TaskTreeModel::Deadline)
              .data(Qt::ToolTipRole)
              .toString()
              .startsWith(QStringLiteral("2025年12月31日（按实施期末计）")));
    CHECK_FALSE(row(TaskTreeModel::Remaining).data().toString().contains(QStringLiteral("逾期")));
    auto *tree = child<QTreeView>(&page, "taskTree");
    auto *deadline = child<QComboBox>(&page, "deadlineFilter");
    deadline->setCurrentIndex(1); // 已逾期: none of its dates is the plan's own
    CHECK(tree->model()->rowCount() == 0);
    deadline->setCurrentIndex(0);

    DashboardPage dashboard;
    dashboard.setAsOf(asOf);
    dashboard.setContext(ws.get(), planId);
    dashboard.reload();
    const int tasks = int(PlanRepository(ws.get()).tasks(planId).size());
    CHECK(dashboard.overdueTaskCount() == 0);
    CHECK(dashboard.unconfirmedDeadlineCount() == tasks);
    CHECK(dashboard.dueTaskRows() == 0);

    // Confirmed, the same date is the task's own deadline: red, 逾期 338 天, counted.
    QString error;
    REQUIRE(
        ws->execute(taskcommands::confirmDeadline(ws.get(), inherited.task.id, &error), &error));
    page.refresh({QStringLiteral("task")});
    const TaskView confirmed = *PlanRepository(ws.get()).task(inherited.task.id);
    CHECK(confirmed.overdueFirm(asOf));
    CHECK(page.model()->urgency(confirmed) == TaskUrgency::Overdue);
    CHECK(row(0).data(Qt::BackgroundRole).value<QColor>() ==
          TaskTreeModel::urgencyColor(TaskUrgency::Overdue));
    CHECK(row(TaskTreeModel::Remaining).data().toString() == overdueDaysText(338));
    deadline->setCurrentIndex(1);
    CHECK(tree->model()->rowCount() == 1);
    dashboard.reload();
    CHECK(dashboard.overdueTaskCount() == 1);
    CHECK(dashboard.unconfirmedDeadlineCount() == tasks - 1);
    CHECK(dashboard.dueTaskRows() == 1);
}
