// Workspace settings set on the pages: "due soon" is one window of working days that the
// dashboard, the reports, the task list and `tasks --json` all apply; the 督办 red line is an
// audited command; and no page writes the workspace behind the undo stack.

#include "../core/testworkspace.h"
#include "calendar/duesoon.h"
#include "commands/plancommands.h"
#include "dashboard/dashboardpage.h"
#include "plan/plansettingspage.h"
#include "report/reportbuilder.h"
#include "report/reportstore.h"
#include "reports/reportspage.h"
#include "session/workspace.h"
#include "storage/planrepository.h"
#include "storage/schema.h"
#include "storage/sqldialect.h"
#include "storage/workspacesettings.h"
#include "tasks/taskspage.h"
#include "tasks/tasktreemodel.h"
#include "templates/templatelibrary.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QSettings>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

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

QVariant value(Workspace *ws, const QString &sql)
{
    QSqlQuery q(ws->db());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
    return q.next() ? q.value(0) : QVariant();
}

/// "N个工作日内到期X项" as the progress report prints it: the window and the count.
std::pair<int, int> reportedDueSoon(Workspace *ws, qint64 plan, const QDate &asOf)
{
    ReportOptions o;
    o.kind = ReportKind::Progress;
    o.planId = plan;
    o.asOf = asOf;
    QString error;
    const auto doc = ReportBuilder::build(ws, o, &error);
    REQUIRE(error.isEmpty());
    const auto m =
        QRegularExpression(QStringLiteral("(\\d+)个工作日内到期(\\d+)项")).match(doc.plainText());
    REQUIRE(m.hasMatch());
    return {m.captured(1).toInt(), m.captured(2).toInt()};
}

} // namespace

TEST_CASE("The dashboard counts due soon as the report does, and the 计划 page's window moves both")
{
    QStandardPaths::setTestModeEnabled(true);
    test::WorkspaceFolder dir;
    auto ws = tunliu(dir);
    const qint64 plan = PlanRepository(ws.get()).defaultPlan()->id;
    // A Saturday: the 2024-07-31 tasks are 8 working days away (22–26, 29–31 July).
    const QDate asOf(2024, 7, 20);
    DashboardPage dashboard;
    dashboard.setContext(ws.get(), plan);
    dashboard.setAsOf(asOf); // after the context, which opens on today
    dashboard.reload();
    TasksPage tasks;
    tasks.model()->setAsOf(asOf);
    tasks.setContext(ws.get(), plan);
    auto dueSoonTasks = [&] {
        int n = 0;
        for (const TaskView &t : PlanRepository(ws.get()).tasks(plan))
            n += tasks.model()->urgency(t) == TaskUrgency::DueSoon ? 1 : 0;
        return n;
    };

    // The default window: ten working days.
    CHECK(workspacesettings::dueSoonWorkingDays(*ws) == 10);
    const auto [window, reported] = reportedDueSoon(ws.get(), plan, asOf);
    CHECK(window == 10);
    CHECK(reported > 0);
    CHECK(dashboard.dueSoonTaskCount() == reported);
    CHECK(dueSoonTasks() == reported);
    CHECK(ReportStore::figures(ws.get(), plan, asOf)
              .value(QStringLiteral("tasks_due_soon"))
              .toInt() == reported);

    // Five working days on the 计划 page: the July tasks are no longer due soon anywhere.
    PlanSettingsPage settings;
    settings.setContext(ws.get(), plan);
    auto *box = settings.findChild<QSpinBox *>(QStringLiteral("dueSoonWorkingDays"));
    REQUIRE(box);
    CHECK(box->value() == 10);
    box->setValue(5); // as typed and confirmed: one command
    CHECK(workspacesettings::dueSoonWorkingDays(*ws) == 5);
    CHECK(ws->undoStack()->count() == 1);
    CHECK(value(ws.get(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = "
                                         "'workspace_setting' AND command = "
                                         "'“即将到期”的工作日数改为 5'"))
              .toInt() == 1);
    dashboard.refresh({QStringLiteral("workspace_setting")});
    tasks.refresh({QStringLiteral("workspace_setting")});
    const auto [window5, reported5] = reportedDueSoon(ws.get(), plan, asOf);
    CHECK(window5 == 5);
    CHECK(reported5 < reported);
    CHECK(dashboard.dueSoonTaskCount() == reported5);
    CHECK(dueSoonTasks() == reported5);

    // Undo brings the ten days back, to the box as well.
    ws->undoStack()->undo();
    settings.refresh({QStringLiteral("workspace_setting")});
    CHECK(box->value() == 10);
    dashboard.refresh({QStringLiteral("workspace_setting")});
    CHECK(dashboard.dueSoonTaskCount() == reported);

    // Nonsense is refused with the setting named, and nothing changes.
    QString error;
    CHECK_FALSE(settings.setDueSoonWorkingDays(0, &error));
    CHECK(error.contains(QStringLiteral("即将到期")));
    CHECK(workspacesettings::dueSoonWorkingDays(*ws) == 10);
}

TEST_CASE("The one due-soon rule: open, own deadline, today or later, within the working days")
{
    Task t;
    t.status = TaskStatus::InProgress;
    t.deadline = QDate(2024, 10, 8); // the Tuesday after the National Day week
    const DueSoon window(WorkingDayCalendar::shipped(), 3);
    // 30 September (Monday) to 8 October: 1–7 October are holidays, the 8th the first workday.
    CHECK(window.appliesTo(t, QDate(2024, 9, 30)));
    CHECK(window.appliesTo(t, QDate(2024, 10, 8)));       // due today
    CHECK_FALSE(window.appliesTo(t, QDate(2024, 10, 9))); // overdue, not due soon
    CHECK_FALSE(window.appliesTo(t, QDate(2024, 9, 20)));
    t.deadlineInherited = true; // the plan's end, not confirmed: nothing rests on it
    CHECK_FALSE(window.appliesTo(t, QDate(2024, 9, 30)));
    t.deadlineInherited = false;
    t.status = TaskStatus::Done;
    CHECK_FALSE(window.appliesTo(t, QDate(2024, 9, 30)));
    CHECK(window.label() == QStringLiteral("3个工作日内到期"));
}

TEST_CASE("The 督办 red line is an audited command, and last_opened stays out of the workspace")
{
    QStandardPaths::setTestModeEnabled(true);
    test::WorkspaceFolder dir;
    auto ws = tunliu(dir);
    const qint64 plan = PlanRepository(ws.get()).defaultPlan()->id;

    ReportsPage reports;
    reports.setContext(ws.get(), plan);
    auto *serious = reports.findChild<QSpinBox *>(QStringLiteral("reportSeriousDays"));
    REQUIRE(serious);
    CHECK(serious->value() == 30);
    serious->setValue(10);
    CHECK(workspacesettings::seriousOverdueDays(*ws) == 10);
    CHECK(ws->undoStack()->count() == 1);
    CHECK(value(ws.get(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = "
                                         "'workspace_setting' AND command = "
                                         "'红色督办的逾期天数改为 10'"))
              .toInt() == 1);
    QString error;
    CHECK_FALSE(reports.setSeriousOverdueDays(0, &error));
    CHECK(error.contains(QStringLiteral("红色督办")));
    ws->undoStack()->undo();
    reports.refresh({QStringLiteral("workspace_setting")});
    CHECK(serious->value() == 30);
    CHECK(workspacesettings::seriousOverdueDays(*ws) == 30);

    // Opening the workspace on the dashboard remembers the day for this officer only.
    const QString key =
        QStringLiteral("dashboard/lastOpened/") +
        QString::fromLatin1(
            QCryptographicHash::hash(ws->path().toUtf8(), QCryptographicHash::Sha1).toHex());
    QSettings().remove(key);
    const int audit = value(ws.get(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt();
    const int commands = ws->undoStack()->count();
    DashboardPage dashboard;
    dashboard.setContext(ws.get(), plan);
    CHECK(QSettings().value(key).toString() == QDate::currentDate().toString(Qt::ISODate));
    CHECK(ws->info(QStringLiteral("last_opened")).isEmpty());
    CHECK(value(ws.get(), QStringLiteral("SELECT COUNT(*) FROM audit_log")).toInt() == audit);
    CHECK(ws->undoStack()->count() == commands);
}

TEST_CASE("Opening a version 11 file moves the red line into the settings and drops last_opened")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v11.tuoyu"));
    const QString name = QStringLiteral("v11-writer");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        REQUIRE(db.open());
        QString error;
        REQUIRE(SqlDialect::of(db).markAsWorkspace(db, &error));
        REQUIRE(Schema::migrate(db, 0, 11, &error));
        QSqlQuery q(db);
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO workspace_info (key, value) VALUES ('supervision_serious_days', '12'), "
            "('supervision_due_soon_days', '15'), ('last_opened', '2025-01-02')")));
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    QString error;
    auto ws = Workspace::open(path, &error);
    INFO(error.toStdString());
    REQUIRE(ws);
    CHECK(workspacesettings::seriousOverdueDays(*ws) == 12);
    // Calendar days do not carry over into a window of working days: the default applies.
    CHECK(workspacesettings::dueSoonWorkingDays(*ws) ==
          workspacesettings::kDefaultDueSoonWorkingDays);
    CHECK(ws->info(QStringLiteral("last_opened")).isEmpty());
    CHECK(ws->info(QStringLiteral("supervision_serious_days")).isEmpty());
}
