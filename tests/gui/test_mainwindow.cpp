#include "../core/testworkspace.h"
#include "checks/checkspage.h"
#include "commands/demoworkspace.h"
#include "commands/institutioncommands.h"
#include "commands/plancommands.h"
#include "dashboard/dashboardpage.h"
#include "decomposition/decompositiongridmodel.h"
#include "decomposition/decompositionpage.h"
#include "import/importdialog.h"
#include "indicators/indicatorspage.h"
#include "plan/plansettingspage.h"
#include "plan/populationtablemodel.h"
#include "reports/reportspage.h"
#include "session/workspace.h"
#include "shell/historydialog.h"
#include "shell/mainwindow.h"
#include "shell/page.h"
#include "storage/indicatorrepository.h"
#include "storage/planrepository.h"
#include "tasks/taskspage.h"
#include "tasks/tasktreemodel.h"
#include "templates/templatelibrary.h"

#include <QBarSet>
#include <QChartView>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDir>
#include <QFile>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QTextEdit>
#include <QTreeView>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace tuoyu;

namespace {

QString makeWorkspace(const test::WorkspaceFolder &dir, const QString &templateId)
{
    const QString path = dir.workspace(templateId + QStringLiteral(".tuoyu"));
    QString error;
    auto ws = Workspace::create(path, &error);
    REQUIRE(ws);
    REQUIRE(ws->execute(
        plancommands::create(ws.get(), *TemplateLibrary::load(templateId, &error), &error),
        &error));
    return path;
}

} // namespace

TEST_CASE("The window opens a workspace and shows its plan tree, institutions and indicators")
{
    QStandardPaths::setTestModeEnabled(true);
    test::WorkspaceFolder dir;
    MainWindow window;
    REQUIRE(window.openWorkspace(makeWorkspace(dir, QStringLiteral("tunliu")), true));
    window.resize(1366, 768);
    window.show();

    REQUIRE(window.pages().size() >= 3);
    auto *tree = window.findChild<QTreeView *>(QStringLiteral("taskTree"));
    REQUIRE(tree);
    auto *institutions = window.findChild<QTableView *>(QStringLiteral("institutionView"));
    REQUIRE(institutions);
    // Pages load when they are first shown.
    REQUIRE(window.showPage(QStringLiteral("tasks")));
    CHECK(tree->model()->rowCount() == 3); // three 工程
    CHECK(institutions->model()->rowCount() == 0);
    REQUIRE(window.showPage(QStringLiteral("institutions")));
    CHECK(institutions->model()->rowCount() == 21);
    CHECK(window.showPage(QStringLiteral("indicators")));
    CHECK_FALSE(window.showPage(QStringLiteral("nowhere")));

    // An edit while a page is hidden reaches it when it is shown; undo takes it back.
    Workspace *ws = window.workspace();
    QString error;
    Institution extra;
    extra.name = QStringLiteral("新开托育点");
    extra.slots = 10;
    REQUIRE(ws->execute(institutioncommands::add(ws, extra, &error), &error));
    REQUIRE(window.showPage(QStringLiteral("institutions")));
    CHECK(institutions->model()->rowCount() == 22);
    ws->undoStack()->undo();
    CHECK(institutions->model()->rowCount() == 21);
    REQUIRE(window.showPage(QStringLiteral("tasks")));
    CHECK(tree->model()->rowCount() == 3);
}

TEST_CASE("A file that is not a workspace is refused and the window stays usable")
{
    test::WorkspaceFolder dir;
    const QString path = dir.filePath(QStringLiteral("bad.tuoyu"));
    QFile f(path);
    REQUIRE(f.open(QIODevice::WriteOnly));
    f.write("garbage");
    f.close();
    MainWindow window;
    CHECK_FALSE(window.openWorkspace(path, true));
    CHECK(window.workspace() == nullptr);
}

TEST_CASE("The demo workspace is made once from the tunliu template in the data folder")
{
    QStandardPaths::setTestModeEnabled(true);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir(folder).removeRecursively();
    QString error;
    const QString demo = MainWindow::ensureDemoWorkspace(&error);
    INFO(error.toStdString());
    REQUIRE_FALSE(demo.isEmpty());
    CHECK(demo.startsWith(folder));
    auto ws = Workspace::open(demo, &error);
    REQUIRE(ws);
    QSqlQuery q(ws->db());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*), SUM(slots) FROM institution")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() == 21);
    CHECK(q.value(1).toInt() == 1180);
    ws.reset();
    CHECK(MainWindow::ensureDemoWorkspace(&error) == demo); // not made twice
    QDir(folder).removeRecursively();
}

TEST_CASE("The demo opens as a living plan: inside its period, with progress, closed tasks, "
          "population and enrolment, all written as audited commands")
{
    QStandardPaths::setTestModeEnabled(true);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    QDir(folder).removeRecursively();
    QString error;
    const QString demo = MainWindow::ensureDemoWorkspace(&error);
    INFO(error.toStdString());
    REQUIRE_FALSE(demo.isEmpty());
    MainWindow window;
    REQUIRE(window.openWorkspace(demo, true));
    Workspace *ws = window.workspace();
    const qint64 plan = window.currentPlanId();
    const Plan period = *PlanRepository(ws).plan(plan);
    const QDate asOf = demoworkspace::asOf();
    CHECK(asOf > period.periodStart);
    CHECK(asOf < period.periodEnd);

    DashboardPage *dashboard = nullptr;
    TasksPage *tasks = nullptr;
    for (Page *p : window.pages()) {
        if (auto *d = qobject_cast<DashboardPage *>(p))
            dashboard = d;
        if (auto *t = qobject_cast<TasksPage *>(p))
            tasks = t;
    }
    REQUIRE(dashboard);
    REQUIRE(tasks);
    REQUIRE(window.showPage(QStringLiteral("dashboard")));
    QCoreApplication::processEvents();
    // The page opens on the demo's day and the banner says so, rather than a wall of 逾期.
    CHECK(dashboard->findChild<QDateEdit *>(QStringLiteral("asOfDate"))->date() == asOf);
    CHECK(dashboard->bannerText().contains(QStringLiteral("示例工作区")));
    CHECK(dashboard->bannerText().contains(asOf.toString(QStringLiteral("yyyy年M月d日"))));
    CHECK(dashboard->dueTaskRows() > 0); // the year-end tasks are due within 10 working days
    CHECK_FALSE(dashboard->bannerText().contains(QStringLiteral("已逾期")));
    REQUIRE(window.showPage(QStringLiteral("tasks")));
    CHECK(tasks->model()->asOf() == asOf);

    int done = 0, overdue = 0, started = 0;
    const QList<TaskView> all = PlanRepository(ws).tasks(plan);
    for (const TaskView &t : all) {
        done += t.task.status == TaskStatus::Done;
        started += t.task.status == TaskStatus::InProgress;
        overdue += t.overdue(asOf);
    }
    CHECK(done >= 2);
    CHECK(started >= 3);
    CHECK(overdue < all.size() / 2);

    // The key indicators have figures: population for per-1000, staff, enrolment, partners.
    int withActual = 0;
    for (const IndicatorResult &r : IndicatorEngine::evaluate(ws, plan, asOf)) {
        INFO(r.indicator.name.toStdString() << " " << r.missing.toStdString());
        if (r.indicator.name.contains(QStringLiteral("每千人口")))
            CHECK(r.actual.has_value());
        withActual += r.actual.has_value();
    }
    CHECK(withActual >= 6);
    QSqlQuery q(ws->db());
    REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM ledger_line WHERE status = 'paid'")));
    REQUIRE(q.next());
    CHECK(q.value(0).toInt() > 0); // a month of the 奖补 ledger has been paid
    for (const char *table : {"progress_entry", "enrolment_record", "audit_log"}) {
        INFO(table);
        REQUIRE(q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table))));
        REQUIRE(q.next());
        CHECK(q.value(0).toInt() > 0);
    }
    // Any other workspace still opens on today.
    test::WorkspaceFolder dir;
    REQUIRE(window.openWorkspace(makeWorkspace(dir, QStringLiteral("tunliu")), true));
    REQUIRE(window.showPage(QStringLiteral("dashboard")));
    CHECK(dashboard->findChild<QDateEdit *>(QStringLiteral("asOfDate"))->date() ==
          QDate::currentDate());
    CHECK(tasks->model()->asOf() == QDate::currentDate());
    QDir(folder).removeRecursively();
}

TEST_CASE("The import dialog previews the 屯留 list, honours a corrected column and imports as one "
          "undo step")
{
    test::WorkspaceFolder dir;
    MainWindow window;
    REQUIRE(window.openWorkspace(makeWorkspace(dir, QStringLiteral("blank")), true));
    Workspace *ws = window.workspace();
    auto count = [ws] {
        QSqlQuery q(ws->db());
        q.exec(QStringLiteral(
            "SELECT COUNT(*), COALESCE(SUM(slots), 0), COUNT(notes) FROM institution"));
        q.next();
        return std::make_tuple(q.value(0).toInt(), q.value(1).toInt(), q.value(2).toInt());
    };

    ImportDialog dialog(ws, window.currentPlanId(),
                        QStringLiteral(TUOYU_SHARED_DIR "/fixtures/tunliu-institutions.xlsx"),
                        &window);
    dialog.setQuiet(true);
    REQUIRE(dialog.load());
    CHECK(dialog.preview().inserted == 21);
    CHECK(dialog.preview().refused.isEmpty());
    auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("previewTable"));
    REQUIRE(preview);
    CHECK(preview->rowCount() == 21);

    // The officer maps the 属性 column to 备注 instead: the kinds become notes.
    auto *mappingTable = dialog.findChild<QTableWidget *>(QStringLiteral("mappingTable"));
    REQUIRE(mappingTable);
    int kindColumn = -1;
    for (int r = 0; r < mappingTable->rowCount(); ++r)
        if (mappingTable->item(r, 1)->text().contains(QStringLiteral("属性")))
            kindColumn = r;
    REQUIRE(kindColumn >= 0);
    dialog.setColumnField(kindColumn, QStringLiteral("notes"));
    CHECK(dialog.preview().inserted == 21);

    if (qEnvironmentVariableIsSet("TUOYU_SHOTS_DIR")) { // scripts/screenshots.sh looks at it
        dialog.resize(1000, 640);
        dialog.show();
        dialog.grab().save(qEnvironmentVariable("TUOYU_SHOTS_DIR") + QStringLiteral("/import.png"));
    }
    CHECK(std::get<0>(count()) == 0); // nothing written before the officer says so
    QString error;
    REQUIRE(dialog.commit(&error));
    CHECK(count() == std::make_tuple(21, 1180, 21));
    ws->undoStack()->undo();
    CHECK(std::get<0>(count()) == 0);
}

TEST_CASE("A file the importer cannot read is refused with a message and changes nothing")
{
    test::WorkspaceFolder dir;
    MainWindow window;
    REQUIRE(window.openWorkspace(makeWorkspace(dir, QStringLiteral("blank")), true));
    ImportDialog dialog(window.workspace(), window.currentPlanId(),
                        QStringLiteral(TUOYU_SHARED_DIR "/corpus/sheetjs-test_files/wps/fn.et"),
                        &window);
    dialog.setQuiet(true);
    CHECK_FALSE(dialog.load());
    CHECK(dialog.lastError().contains(QStringLiteral("WPS")));
}

TEST_CASE("The data checks page lists findings and asks for the missing population")
{
    test::WorkspaceFolder dir;
    MainWindow window;
    REQUIRE(window.openWorkspace(makeWorkspace(dir, QStringLiteral("tunliu")), true));
    ChecksPage *page = nullptr;
    for (Page *p : window.pages())
        if (auto *c = qobject_cast<ChecksPage *>(p))
            page = c;
    REQUIRE(page);
    REQUIRE(window.showPage(QStringLiteral("checks")));
    const int before = page->findingCount();
    CHECK(before >= 1);
    auto *button = page->findChild<QPushButton *>(QStringLiteral("populationButton"));
    REQUIRE(button);
    CHECK_FALSE(button->isHidden());
    CHECK(button->text().contains(QStringLiteral("2024")));

    QString error;
    REQUIRE(window.workspace()->execute(
        plancommands::setPopulation(window.workspace(), 2024, 262000, 6100, QString(), &error),
        &error));
    CHECK(page->findingCount() == before - 1);
    CHECK(button->isHidden());
    window.workspace()->undoStack()->undo();
    CHECK(page->findingCount() == before);
}

TEST_CASE("The dashboard shows the plan as of a date and follows edits and undo")
{
    test::WorkspaceFolder dir;
    MainWindow window;
    REQUIRE(window.openWorkspace(makeWorkspace(dir, QStringLiteral("tunliu")), true));
    DashboardPage *page = nullptr;
    for (Page *p : window.pages())
        if (auto *d = qobject_cast<DashboardPage *>(p))
            page = d;
    REQUIRE(page);
    REQUIRE(window.showPage(QStringLiteral("dashboard")));
    QCoreApplication::processEvents(); // the charts are drawn just after the window
    CHECK(page->cardCount() == 7);     // every indicator of the plan has its card
    // First opening: everything past its deadline is reported, with a link to the tasks.
    CHECK(page->bannerText().contains(QStringLiteral("已逾期 10 项")));
    CHECK(page->bannerText().contains(QStringLiteral("href=\"tasks\"")));
    page->setAsOf(QDate(2024, 8, 1));
    CHECK(page->dueTaskRows() ==
          1); // the 2024年7月 task is overdue; the others fall due in December
    page->setAsOf(QDate(2024, 12, 10)); // 15 working days before the year's end: not yet
    CHECK(page->dueTaskRows() == 1);
    page->setAsOf(QDate(2024, 12, 18)); // 9 working days: inside the default window of 10
    CHECK(page->dueTaskRows() == 10);

    auto *target = page->findChild<QChartView *>(QStringLiteral("targetChart"));
    REQUIRE(target);
    auto barCount = [target] {
        for (QAbstractSeries *s : target->chart()->series())
            if (auto *bars = qobject_cast<QHorizontalBarSeries *>(s))
                return int(bars->barSets().first()->count());
        return -1;
    };
    CHECK(barCount() == 2); // 托位数 and 普惠托位占比 have actuals; the rest lack figures
    QString error;
    REQUIRE(window.workspace()->execute(
        plancommands::setPopulation(window.workspace(), 2024, 262000, 6100, QString(), &error),
        &error));
    CHECK(barCount() == 3); // 每千人口托位数 now computes
    window.workspace()->undoStack()->undo();
    CHECK(barCount() == 2);

    // An institution's slots edited: the page shows the registry's new total (from its cache),
    // and the old one again after undo.
    page->setAsOf(QDate::currentDate());
    CHECK(page->shownSlots() == 1180);
    QSqlQuery first(window.workspace()->db());
    REQUIRE(first.exec(QStringLiteral("SELECT id, slots FROM institution ORDER BY id LIMIT 1")));
    REQUIRE(first.next());
    REQUIRE(window.workspace()->execute(
        institutioncommands::edit(window.workspace(), first.value(0).toLongLong(),
                                  {{QStringLiteral("slots"), first.value(1).toLongLong() + 25}},
                                  &error),
        &error));
    CHECK(page->shownSlots() == 1205);
    window.workspace()->undoStack()->undo();
    CHECK(page->shownSlots() == 1180);
}

TEST_CASE(
    "The reports page drafts a report, keeps the officer's words when regenerating, and saves")
{
    test::WorkspaceFolder dir;
    MainWindow window;
    REQUIRE(window.openWorkspace(makeWorkspace(dir, QStringLiteral("tunliu")), true));
    REQUIRE(window.showPage(QStringLiteral("reports")));
    ReportsPage *page = nullptr;
    for (Page *p : window.pages())
        if (auto *r = qobject_cast<ReportsPage *>(p))
            page = r;
    REQUIRE(page);
    page->setKind(QStringLiteral("progress"));
    page->setAsOf(QDate(2024, 8, 1));
    QString error;
    REQUIRE(page->generate(&error));
    QTextDocument *text = page->editor()->document();
    CHECK(text->toPlainText().contains(QStringLiteral("逾期未完成1项")));

    // The officer writes the problems paragraph.
    QTextCursor found = text->find(QStringLiteral("（请在此填写存在的问题。）"));
    REQUIRE_FALSE(found.isNull());
    found.insertText(QStringLiteral("部分乡镇场地不足，普惠托位推进偏慢。"));
    // The words are kept with the report in the workspace (after a pause in typing, or now).
    const qint64 first = page->keptId();
    REQUIRE(first > 0);
    REQUIRE(page->saveWords(&error));

    // A later date refreshes the numbers and keeps the officer's paragraph.
    page->setAsOf(QDate(2025, 1, 5));
    REQUIRE(page->generate(&error));
    const QString after = text->toPlainText();
    CHECK(after.contains(QStringLiteral("部分乡镇场地不足，普惠托位推进偏慢。")));
    CHECK(after.contains(QStringLiteral("逾期未完成10项")));
    CHECK_FALSE(after.contains(QStringLiteral("（请在此填写存在的问题。）")));
    // The second report says what changed since the first one kept in the workspace.
    CHECK(after.contains(QStringLiteral("与上次汇报（截至2024年8月1日）相比")));
    CHECK(after.contains(QStringLiteral("逾期任务增加9项")));
    CHECK(page->keptId() != first);

    // The first report opens again as it was: its date's numbers and the officer's words.
    REQUIRE(page->reopen(first, &error));
    const QString reopened = text->toPlainText();
    CHECK(reopened.contains(QStringLiteral("逾期未完成1项")));
    CHECK(reopened.contains(QStringLiteral("部分乡镇场地不足，普惠托位推进偏慢。")));
    REQUIRE(page->reopen(page->keptId(), &error));

    if (qEnvironmentVariableIsSet("TUOYU_SHOTS_DIR")) { // scripts/screenshots.sh looks at it
        window.resize(1366, 768);
        window.show();
        window.grab().save(qEnvironmentVariable("TUOYU_SHOTS_DIR") +
                           QStringLiteral("/reports.png"));
    }
    const QString pdf = dir.filePath(QStringLiteral("汇报.pdf"));
    REQUIRE(page->save(pdf, &error));
    CHECK(QFileInfo(pdf).size() > 1000);
    CHECK(page->currentDocument().plainText().contains(QStringLiteral("部分乡镇场地不足")));
}

TEST_CASE("A manual indicator value entered on the 指标 page changes the status and can be undone")
{
    test::WorkspaceFolder dir;
    MainWindow window;
    REQUIRE(window.openWorkspace(makeWorkspace(dir, QStringLiteral("tunliu")), true));
    REQUIRE(window.showPage(QStringLiteral("indicators")));
    IndicatorsPage *page = nullptr;
    for (Page *p : window.pages())
        if (auto *i = qobject_cast<IndicatorsPage *>(p))
            page = i;
    REQUIRE(page);
    auto *table = page->findChild<QTableWidget *>(QStringLiteral("indicatorTable"));
    REQUIRE(table);
    int row = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 1)->text().contains(QStringLiteral("满意度")))
            row = r;
    REQUIRE(row >= 0);
    CHECK(table->item(row, 5)->text() == QStringLiteral("无数据"));
    page->selectIndicator(row);
    QString error;
    CHECK_FALSE(page->enterValue(QDate(2024, 12, 1), 93, QString(), &error));
    CHECK(error.contains(QStringLiteral("来源")));
    REQUIRE(page->enterValue(QDate(2024, 12, 1), 93, QStringLiteral("家长问卷"), &error));
    CHECK(table->item(row, 5)->text() == QStringLiteral("达标"));
    CHECK(page->historyPoints() >= 1);
    window.workspace()->undoStack()->undo();
    CHECK(table->item(row, 5)->text() == QStringLiteral("无数据"));

    // 托位数 over the last 12 months: this month's value is the stored snapshot (taken on opening
    // and after each change); the 11 months before snapshots began are recomputed, marked so.
    QCoreApplication::processEvents();
    int slotsRow = -1;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 1)->text() == QStringLiteral("托位数"))
            slotsRow = r;
    REQUIRE(slotsRow >= 0);
    page->selectIndicator(slotsRow);
    CHECK(page->historyPoints() == 12);
    CHECK(page->storedHistoryPoints() == 1);
}

TEST_CASE("The 分解 grid edits a cell through a command, totals follow, undo restores")
{
    test::WorkspaceFolder dir;
    MainWindow window;
    REQUIRE(window.openWorkspace(makeWorkspace(dir, QStringLiteral("tianning")), true));
    REQUIRE(window.showPage(QStringLiteral("decomposition")));
    DecompositionPage *page = nullptr;
    for (Page *p : window.pages())
        if (auto *d = qobject_cast<DecompositionPage *>(p))
            page = d;
    REQUIRE(page);
    page->setYear(2023);
    page->setField(QStringLiteral("target"));
    DecompositionGridModel *grid = page->grid();
    const int totalRow = grid->rowCount() - 1;
    const int totalColumn = grid->columnCount() - 1;
    CHECK(grid->index(totalRow, totalColumn).data().toString() ==
          QStringLiteral("35")); // 2023's printed total

    // The completed count of the first item in the first area: 0 → 1, behind its target no more.
    page->setField(QStringLiteral("actual"));
    grid = page->grid();
    int row = -1;
    int column = -1;
    for (int r = 0; r < grid->rowCount() - 1 && row < 0; ++r)
        for (int c = 0; c < grid->columnCount() - 1; ++c)
            if (grid->index(r, c).data(Qt::BackgroundRole).value<QColor>() ==
                QColor(0xFD, 0xE0, 0xDC)) {
                row = r;
                column = c;
                break;
            }
    REQUIRE(row >= 0);
    grid->setData(grid->index(row, column), QStringLiteral("5"));
    grid = page->grid();
    CHECK(grid->index(grid->rowCount() - 1, grid->columnCount() - 1).data().toString() ==
          QStringLiteral("5"));
    CHECK(grid->index(row, column).data(Qt::BackgroundRole).value<QColor>() !=
          QColor(0xFD, 0xE0, 0xDC));
    window.workspace()->undoStack()->undo();
    grid = page->grid();
    CHECK(grid->index(grid->rowCount() - 1, grid->columnCount() - 1).data().toString() ==
          QStringLiteral("0"));
}

TEST_CASE(
    "The 计划 page asks for population, edits the plan and its departments, and shows the history")
{
    test::WorkspaceFolder dir;
    MainWindow window;
    REQUIRE(window.openWorkspace(makeWorkspace(dir, QStringLiteral("tianning")), true));
    REQUIRE(window.showPage(QStringLiteral("plan")));
    PlanSettingsPage *page = nullptr;
    for (Page *p : window.pages())
        if (auto *s = qobject_cast<PlanSettingsPage *>(p))
            page = s;
    REQUIRE(page);
    CHECK(page->populationTable()->rowCount() == 0);
    Workspace *ws = window.workspace();
    const qint64 plan = window.currentPlanId();
    QString error;

    // Moving the plan's end moves the tasks that inherited it; undo moves them back.
    REQUIRE(page->savePlan(QStringLiteral("天宁区普惠托育三年行动方案"), QDate(2023, 1, 1),
                           QDate(2026, 6, 30), &error));
    CHECK(PlanRepository(ws).tasks(plan).first().task.deadline == QDate(2026, 6, 30));
    CHECK_FALSE(page->savePlan(QString(), QDate(2023, 1, 1), QDate(2026, 6, 30), &error));
    CHECK(error.contains(QStringLiteral("标题")));
    HistoryDialog history(ws, QStringLiteral("plan"), plan, QStringLiteral("计划"));
    CHECK(history.entryCount() >= 1);
    ws->undoStack()->undo();
    CHECK(PlanRepository(ws).tasks(plan).first().task.deadline == QDate(2025, 12, 31));

    REQUIRE(page->addDepartment(QStringLiteral("区医保局"), &error));
    CHECK_FALSE(page->addDepartment(QStringLiteral("区医保局"), &error));
    ws->undoStack()->undo();

    // Typing a population figure into the table is a command.
    REQUIRE(ws->execute(plancommands::setPopulation(ws, 2024, 700000, 15000, QString(), &error),
                        &error));
    CHECK(page->populationTable()->rowCount() == 1);
    PopulationTableModel *population = page->populationTable();
    CHECK(population->setData(population->index(0, PopulationTableModel::Resident),
                              QStringLiteral("710,000")));
    CHECK(population->index(0, PopulationTableModel::Resident).data().toString() ==
          QStringLiteral("710000"));
    QSqlQuery q(ws->db());
    REQUIRE(q.exec(QStringLiteral("SELECT resident FROM population WHERE year = 2024")));
    REQUIRE(q.next());
    CHECK(q.value(0).toLongLong() == 710000);
    // A year added is the list's own row until a figure is typed; then it is a command, undone
    // like any other.
    auto stored2025 = [ws] {
        QStringList rows;
        QSqlQuery r(ws->db());
        r.exec(QStringLiteral("SELECT under3, source FROM population WHERE year = 2025"));
        while (r.next())
            rows << r.value(0).toString() + QLatin1Char(' ') + r.value(1).toString();
        return rows;
    };
    const int row = population->addYear(2025);
    CHECK(row == 1);
    CHECK(population->setData(population->index(row, PopulationTableModel::Source),
                              QStringLiteral("统计公报")));
    CHECK(stored2025().isEmpty());
    CHECK(population->setData(population->index(row, PopulationTableModel::Under3),
                              QStringLiteral("16000")));
    CHECK(stored2025() == QStringList{QStringLiteral("16000 统计公报")});
    ws->undoStack()->undo();
    CHECK(stored2025().isEmpty());
}

TEST_CASE("指标 page: a relative target says which average is missing until it is entered, a "
          "qualitative goal shows its words and is judged, staged targets are all shown")
{
    const QString shots = qEnvironmentVariable("TUOYU_SHOTS_DIR");
    auto shoot = [&](MainWindow &window, const QString &name) {
        if (shots.isEmpty()) // scripts/screenshots.sh looks at these
            return;
        window.resize(1366, 768);
        window.show();
        QCoreApplication::processEvents();
        window.grab().save(shots + QLatin1Char('/') + name);
    };
    auto indicatorsPage = [](MainWindow &window) {
        IndicatorsPage *page = nullptr;
        for (Page *p : window.pages())
            if (auto *i = qobject_cast<IndicatorsPage *>(p))
                page = i;
        REQUIRE(page);
        return page;
    };
    auto rowOf = [](QTableWidget *table, const QString &name) {
        for (int r = 0; r < table->rowCount(); ++r)
            if (table->item(r, 1)->text() == name)
                return r;
        FAIL("no row " << name.toStdString());
        return -1;
    };
    QString error;
    {
        test::WorkspaceFolder dir;
        MainWindow window;
        REQUIRE(window.openWorkspace(makeWorkspace(dir, QStringLiteral("huancui")), true));
        REQUIRE(window.showPage(QStringLiteral("indicators")));
        IndicatorsPage *page = indicatorsPage(window);
        auto *table = page->findChild<QTableWidget *>(QStringLiteral("indicatorTable"));
        const int row = rowOf(table, QStringLiteral("备案的托育机构比例"));
        CHECK(table->item(row, 0)->text().isEmpty()); // 003 names no tier
        CHECK(table->isColumnHidden(0));
        CHECK(table->item(row, 2)->text() ==
              QStringLiteral("高于全省、全市平均水平（缺少全省、全市平均水平）"));
        CHECK(table->item(row, 3)->text() == QStringLiteral("2023"));
        CHECK(table->item(row, 5)->text() == QStringLiteral("无数据：缺少全省、全市平均水平"));
        page->selectIndicator(row);
        CHECK(page->findChild<QWidget *>(QStringLiteral("averageRow"))->isVisibleTo(page));
        REQUIRE(page->enterAverage(QStringLiteral("全市"), QDate(2023, 6, 30), 42.5,
                                   QStringLiteral("威海市卫健委通报"), &error));
        CHECK(table->item(row, 5)->text() == QStringLiteral("无数据：缺少全省平均水平"));
        CHECK(table->item(row, 2)->text().contains(QStringLiteral("全市42.5%")));
        shoot(window, QStringLiteral("huancui-indicators.png"));
        REQUIRE(window.showPage(QStringLiteral("plan")));
        shoot(window, QStringLiteral("huancui-plan.png"));
    }
    {
        test::WorkspaceFolder dir;
        MainWindow window;
        REQUIRE(window.openWorkspace(makeWorkspace(dir, QStringLiteral("zhejiang")), true));
        REQUIRE(window.showPage(QStringLiteral("indicators")));
        IndicatorsPage *page = indicatorsPage(window);
        auto *table = page->findChild<QTableWidget *>(QStringLiteral("indicatorTable"));
        CHECK(table->item(rowOf(table, QStringLiteral("每千人口托位数")), 2)->text() ==
              QStringLiteral("2023年≥4.5个 → 2025年≥5个"));
        const int goal = rowOf(table, QStringLiteral("公共场所、用人单位标准化母婴设施"));
        CHECK(table->item(goal, 2)->text() == QStringLiteral("实现应配尽配"));
        CHECK(table->item(goal, 4)->text() == QStringLiteral("尚未认定是否实现"));
        page->selectIndicator(goal);
        CHECK(page->findChild<QWidget *>(QStringLiteral("achieved"))->isVisibleTo(page));
        REQUIRE(
            page->judgeAchieved(true, QDate::currentDate(), QStringLiteral("实地核查"), &error));
        CHECK(table->item(goal, 4)->text() == QStringLiteral("已实现"));
        CHECK(table->item(goal, 5)->text() == QStringLiteral("达标"));
        shoot(window, QStringLiteral("zhejiang-indicators.png"));
        REQUIRE(window.showPage(QStringLiteral("plan")));
        shoot(window, QStringLiteral("zhejiang-plan.png"));
        REQUIRE(window.showPage(QStringLiteral("tasks")));
        shoot(window, QStringLiteral("zhejiang-tasks.png"));
    }
    if (!shots.isEmpty()) { // 000's leading group: 成员 are units
        test::WorkspaceFolder dir;
        MainWindow window;
        REQUIRE(window.openWorkspace(makeWorkspace(dir, QStringLiteral("tunliu")), true));
        REQUIRE(window.showPage(QStringLiteral("plan")));
        shoot(window, QStringLiteral("tunliu-plan.png"));
    }
}

TEST_CASE("概览 cards print a target in words: the comparison with its averages, a goal and its "
          "judgement")
{
    auto cardTexts = [](MainWindow &window, const QDate &asOf, const QString &shot) {
        DashboardPage *page = nullptr;
        for (Page *p : window.pages())
            if (auto *d = qobject_cast<DashboardPage *>(p))
                page = d;
        REQUIRE(page);
        REQUIRE(window.showPage(QStringLiteral("dashboard")));
        page->setAsOf(asOf);
        QCoreApplication::processEvents();
        QStringList texts;
        for (QFrame *card : page->findChildren<QFrame *>(QStringLiteral("indicatorCard"))) {
            QString text;
            for (QLabel *label : card->findChildren<QLabel *>())
                text +=
                    QTextDocumentFragment::fromHtml(label->text()).toPlainText() + QLatin1Char('|');
            texts << text;
        }
        if (qEnvironmentVariableIsSet("TUOYU_SHOTS_DIR")) {
            window.resize(1366, 768);
            window.show();
            QCoreApplication::processEvents();
            window.grab().save(qEnvironmentVariable("TUOYU_SHOTS_DIR") + QLatin1Char('/') + shot);
        }
        return texts;
    };
    auto cardOf = [](const QStringList &texts, const QString &name) {
        for (const QString &t : texts)
            if (t.startsWith(name.left(12)))
                return t;
        FAIL("no card " << name.toStdString());
        return QString();
    };
    QString error;
    {
        test::WorkspaceFolder dir;
        MainWindow window;
        REQUIRE(window.openWorkspace(makeWorkspace(dir, QStringLiteral("huancui")), true));
        const QString card =
            cardOf(cardTexts(window, QDate(2023, 8, 31), QStringLiteral("huancui-dashboard.png")),
                   QStringLiteral("备案的托育机构比例"));
        CHECK(card.contains(
            QStringLiteral("目标 高于全省、全市平均水平（缺少全省、全市平均水平） · 无数据")));
    }
    {
        test::WorkspaceFolder dir;
        MainWindow window;
        REQUIRE(window.openWorkspace(makeWorkspace(dir, QStringLiteral("zhejiang")), true));
        const QString name = QStringLiteral("公共场所、用人单位标准化母婴设施");
        QString card = cardOf(
            cardTexts(window, QDate(2025, 12, 31), QStringLiteral("zhejiang-dashboard.png")), name);
        CHECK(card.contains(QStringLiteral("|未认定 |目标 实现应配尽配 · 无数据|")));
        qint64 id = 0;
        for (const Indicator &i :
             IndicatorRepository(window.workspace()).indicators(window.currentPlanId()))
            if (i.name == name)
                id = i.id;
        REQUIRE(window.workspace()->execute(
            plancommands::setIndicatorAchieved(window.workspace(), id, true, QDate(2025, 12, 1),
                                               QStringLiteral("实地核查"), &error),
            &error));
        card = cardOf(
            cardTexts(window, QDate(2025, 12, 31), QStringLiteral("zhejiang-dashboard-judged.png")),
            name);
        CHECK(card.contains(QStringLiteral("|已实现 |目标 实现应配尽配 · 达标|")));
    }
}
