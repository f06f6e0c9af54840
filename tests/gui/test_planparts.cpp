// A plan's parts edited in the window: the plan picker that every page follows, the indicator
// editor, the decomposition table laid out by hand and the 计划 page's header, areas and group.
// With TUOYU_SHOTS_DIR set (scripts/screenshots.sh) each writes what the officer sees at
// 1366×768.

#include "../core/testworkspace.h"
#include "commands/plancommands.h"
#include "decomposition/decompositiongridmodel.h"
#include "decomposition/decompositionpage.h"
#include "indicators/indicatordialog.h"
#include "indicators/indicatorspage.h"
#include "plan/plansettingspage.h"
#include "session/workspace.h"
#include "shell/mainwindow.h"
#include "shell/newplandialog.h"
#include "shell/page.h"
#include "storage/decompositionrepository.h"
#include "storage/indicatorrepository.h"
#include "storage/planrepository.h"
#include "templates/templatelibrary.h"

#include <QComboBox>
#include <QCoreApplication>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace tuoyu;

namespace {

/// A workspace file made from a shipped template and closed again, for the window to open.
QString workspaceFile(test::TempWorkspace &t, const QString &templateId)
{
    test::createPlan(t.get(), templateId);
    t.ws.reset();
    return t.path();
}

template <typename T> T *page(MainWindow &window)
{
    for (Page *p : window.pages())
        if (auto *t = qobject_cast<T *>(p))
            return t;
    FAIL("no such page");
    return nullptr;
}

/// The window on a workspace made from a template, with the settings of a test run.
struct Window
{
    bool testMode = (QStandardPaths::setTestModeEnabled(true), true);
    test::TempWorkspace t;
    MainWindow window;
    explicit Window(const QString &templateId)
    {
        REQUIRE(window.openWorkspace(workspaceFile(t, templateId), true));
    }
    /// Shows the page with `key` and returns it.
    template <typename T> T *show(const QString &key)
    {
        REQUIRE(window.showPage(key));
        return page<T>(window);
    }
};

/// The window as a 1366×768 laptop shows it, saved when screenshots are asked for.
void shoot(MainWindow &window, const QString &pageKey, const QString &name)
{
    window.resize(1366, 768 - 40 - 30);
    window.show();
    REQUIRE(window.showPage(pageKey));
    QCoreApplication::processEvents();
    QCoreApplication::processEvents();
    if (qEnvironmentVariableIsSet("TUOYU_SHOTS_DIR"))
        window.grab().save(qEnvironmentVariable("TUOYU_SHOTS_DIR") + QLatin1Char('/') + name);
}

} // namespace

TEST_CASE("A second plan from 文件 → 新建计划, and every page follows the plan picker")
{
    Window w(QStringLiteral("tunliu"));
    MainWindow &window = w.window;
    const qint64 first = window.currentPlanId();
    QList<qint64> followed; // what the one signal the pages follow said
    QObject::connect(&window, &MainWindow::currentPlanChanged,
                     [&followed](qint64 id) { followed << id; });

    NewPlanDialog dialog;
    dialog.setTemplateId(QStringLiteral("quanzhou-taishang"));
    dialog.setTitle(QStringLiteral("示范项目实施方案"));
    if (qEnvironmentVariableIsSet("TUOYU_SHOTS_DIR")) {
        dialog.show();
        QCoreApplication::processEvents();
        dialog.grab().save(qEnvironmentVariable("TUOYU_SHOTS_DIR") +
                           QStringLiteral("/new-plan.png"));
    }
    QString error;
    const auto draft = dialog.draft(&error);
    REQUIRE(draft);
    REQUIRE(window.addPlan(*draft, dialog.title(), &error));
    const qint64 second = window.currentPlanId();
    CHECK(second != first);
    REQUIRE_FALSE(followed.isEmpty());
    CHECK(followed.last() == second);
    auto *picker = window.findChild<QComboBox *>(QStringLiteral("planPicker"));
    REQUIRE(picker);
    CHECK(picker->count() == 2);
    CHECK(picker->currentText() == QStringLiteral("示范项目实施方案"));

    Workspace *ws = window.workspace();
    auto *indicators = page<IndicatorsPage>(window);
    auto *plan = page<PlanSettingsPage>(window);
    auto rows = [&] {
        REQUIRE(window.showPage(QStringLiteral("indicators")));
        return indicators->findChild<QTableWidget *>(QStringLiteral("indicatorTable"))->rowCount();
    };
    auto title = [&] {
        REQUIRE(window.showPage(QStringLiteral("plan")));
        return plan->findChild<QLineEdit *>(QStringLiteral("planTitle"))->text();
    };
    CHECK(rows() == IndicatorRepository(ws).indicators(second).size());
    CHECK(title() == QStringLiteral("示范项目实施方案"));
    window.setCurrentPlan(first);
    CHECK(title() == PlanRepository(ws).plan(first)->title);
    CHECK(rows() == IndicatorRepository(ws).indicators(first).size());
    CHECK(IndicatorRepository(ws).indicators(first).size() !=
          IndicatorRepository(ws).indicators(second).size());

    // A template file that is not one is named, and nothing is added.
    dialog.setTemplateFile(w.t.dir.filePath(QStringLiteral("没有.json")));
    CHECK_FALSE(dialog.draft(&error));
    CHECK(error.contains(QStringLiteral("没有.json")));
    CHECK(PlanRepository(ws).plans().size() == 2);

    // 删除当前计划: the other plan becomes current and the pages follow; undo brings it back.
    window.setCurrentPlan(second);
    REQUIRE(window.removeCurrentPlan(&error));
    CHECK(picker->count() == 1);
    CHECK(window.currentPlanId() == first);
    CHECK(title() == PlanRepository(ws).plan(first)->title);
    REQUIRE_FALSE(window.removeCurrentPlan(&error));
    CHECK(error.contains(QStringLiteral("唯一的计划")));
    ws->undoStack()->undo();
    CHECK(picker->count() == 2);
}

TEST_CASE("The indicator editor: a formula with its definition, staged targets, edit, delete")
{
    Window w(QStringLiteral("blank"));
    MainWindow &window = w.window;
    auto *indicators = w.show<IndicatorsPage>(QStringLiteral("indicators"));
    auto *table = indicators->findChild<QTableWidget *>(QStringLiteral("indicatorTable"));
    CHECK(table->rowCount() == 0);
    CHECK(indicators->findChild<QLabel *>(QStringLiteral("selectedIndicator"))
              ->text()
              .contains(QStringLiteral("还没有绩效指标")));

    IndicatorDialog dialog;
    dialog.findChild<QLineEdit *>(QStringLiteral("indicatorName"))
        ->setText(QStringLiteral("普惠托位占比"));
    auto *formula = dialog.findChild<QComboBox *>(QStringLiteral("indicatorFormula"));
    formula->setCurrentIndex(formula->findData(QStringLiteral("puhui_share")));
    // The picker says what each formula means, and the unit follows the formula.
    CHECK(formula->currentText().contains(QStringLiteral("普惠托位数 ÷ 托位总数 × 100%")));
    CHECK(dialog.findChild<QLineEdit *>(QStringLiteral("indicatorUnit"))->text() ==
          QStringLiteral("%"));
    dialog.addTargetRow(2024, QStringLiteral("约50"));
    CHECK(dialog.targetProblem() == QStringLiteral("2024年的目标值“约50”不是数字"));
    dialog.findChild<QTableWidget *>(QStringLiteral("indicatorTargets"))
        ->item(0, 1)
        ->setText(QStringLiteral("50"));
    dialog.addTargetRow(2025, QStringLiteral("60"));
    CHECK(dialog.targetProblem().isEmpty());
    if (qEnvironmentVariableIsSet("TUOYU_SHOTS_DIR")) {
        dialog.show();
        QCoreApplication::processEvents();
        dialog.grab().save(qEnvironmentVariable("TUOYU_SHOTS_DIR") +
                           QStringLiteral("/indicator-editor.png"));
    }
    QString error;
    REQUIRE(indicators->addIndicator(dialog.edit(), &error));
    REQUIRE(table->rowCount() == 1);
    CHECK(table->item(0, 1)->text() == QStringLiteral("普惠托位占比"));
    CHECK(table->item(0, 2)->text() == QStringLiteral("2024年≥50% → 2025年≥60%"));
    CHECK(table->item(0, 6)->text() == QStringLiteral("普惠托位数 ÷ 托位总数 × 100%"));

    // A manual one, then an edit of the first through the dialog filled from it.
    indicatorcommands::IndicatorEdit manual;
    manual.tier = QStringLiteral("满意度");
    manual.name = QStringLiteral("家长满意度");
    manual.unit = QStringLiteral("%");
    manual.targets = {{2025, 90}};
    REQUIRE(indicators->addIndicator(manual, &error));
    CHECK(table->rowCount() == 2);
    indicators->selectIndicator(0);
    IndicatorDialog edit;
    edit.setIndicator(
        IndicatorRepository(window.workspace()).indicators(window.currentPlanId()).first());
    CHECK(edit.edit().formula == QStringLiteral("puhui_share"));
    CHECK(edit.edit().targets.size() == 2);
    indicatorcommands::IndicatorEdit changed = edit.edit();
    changed.targets = {{2025, 65}};
    REQUIRE(indicators->editIndicator(changed, &error));
    CHECK(table->item(0, 2)->text() == QStringLiteral("≥65%"));
    shoot(window, QStringLiteral("indicators"), QStringLiteral("indicators-edited.png"));

    indicators->selectIndicator(1);
    REQUIRE(indicators->removeIndicator(&error));
    CHECK(table->rowCount() == 1);
    window.workspace()->undoStack()->undo();
    CHECK(table->rowCount() == 2);
}

TEST_CASE("The 分解 page lays out a table by hand: items, years, area and department columns")
{
    Window w(QStringLiteral("blank"));
    MainWindow &window = w.window;
    auto *plan = w.show<PlanSettingsPage>(QStringLiteral("plan"));
    QString error;
    for (const QString &town :
         {QStringLiteral("城关镇"), QStringLiteral("东关街道"), QStringLiteral("西关街道")})
        REQUIRE(plan->addArea(town,
                              town.endsWith(QStringLiteral("街道")) ? QStringLiteral("街道")
                                                                    : QStringLiteral("乡镇"),
                              &error));
    REQUIRE(plan->addDepartment(QStringLiteral("区教育局"), &error));

    auto *decomposition = w.show<DecompositionPage>(QStringLiteral("decomposition"));
    DecompositionGridModel *grid = decomposition->grid();
    CHECK(grid->rowCount() == 0);
    REQUIRE(decomposition->addItem(QStringLiteral("新增托位数"), QStringLiteral("个"), &error));
    REQUIRE(
        decomposition->addItem(QStringLiteral("新增普惠托育机构"), QStringLiteral("家"), &error));
    REQUIRE(decomposition->addYear(2025, &error));
    REQUIRE(decomposition->addYear(2024, &error));
    const auto choices = decomposition->columnChoices();
    REQUIRE(choices.size() == 4);
    for (const auto &c : choices)
        REQUIRE(decomposition->addColumn(c.second.first, c.second.second, &error));
    CHECK(decomposition->columnChoices().isEmpty());
    decomposition->setYear(2025);
    decomposition->setField(QStringLiteral("target"));
    grid = decomposition->grid();
    REQUIRE(grid->rowCount() == 3);    // two items and 合计
    REQUIRE(grid->columnCount() == 5); // three areas, 区教育局 and 合计
    CHECK(grid->headerData(3, Qt::Horizontal).toString() == QStringLiteral("区教育局"));
    grid->setData(grid->index(0, 0), QStringLiteral("40"));
    grid->setData(grid->index(0, 1), QStringLiteral("30"));
    grid = decomposition->grid();
    CHECK(grid->index(0, 4).data().toString() == QStringLiteral("70"));
    // A word where a number belongs is refused, naming the item and the column; nothing changes.
    QObject::disconnect(grid, &DecompositionGridModel::editRefused, nullptr, nullptr);
    QString refused;
    QObject::connect(grid, &DecompositionGridModel::editRefused,
                     [&refused](const QString &message) { refused = message; });
    const int commands = window.workspace()->undoStack()->count();
    CHECK_FALSE(grid->setData(grid->index(0, 0), QStringLiteral("四十")));
    CHECK(refused == QStringLiteral("“新增托位数”%1 应为数字：四十")
                         .arg(grid->headerData(0, Qt::Horizontal).toString()));
    CHECK(grid->index(0, 0).data().toString() == QStringLiteral("40"));
    CHECK(window.workspace()->undoStack()->count() == commands);
    shoot(window, QStringLiteral("decomposition"), QStringLiteral("decomposition-by-hand.png"));

    // Removing a column takes its cells; undo gives them back.
    REQUIRE(decomposition->removeColumn(0, &error));
    grid = decomposition->grid();
    CHECK(grid->columnCount() == 4);
    CHECK(grid->index(0, 3).data().toString() == QStringLiteral("30"));
    window.workspace()->undoStack()->undo();
    grid = decomposition->grid();
    CHECK(grid->index(0, 4).data().toString() == QStringLiteral("70"));
    REQUIRE(decomposition->removeItem(1, &error));
    CHECK(decomposition->grid()->rowCount() == 2);
    REQUIRE(decomposition->removeYear(2025, &error));
    CHECK(DecompositionRepository(window.workspace()).layout(window.currentPlanId()).years ==
          QList<int>{2024});
}

TEST_CASE("The 计划 page edits the header, the areas and the leading group")
{
    Window w(QStringLiteral("tunliu"));
    MainWindow &window = w.window;
    auto *plan = w.show<PlanSettingsPage>(QStringLiteral("plan"));
    Workspace *ws = window.workspace();
    const qint64 planId = window.currentPlanId();
    QString error;

    Plan header = plan->header();
    header.shortTitle = QStringLiteral("屯留区三年行动");
    header.sourceDocument = QStringLiteral("屯政办发〔2023〕5号");
    header.issuingUnits = {QStringLiteral("区卫体局"), QStringLiteral("区财政局")};
    REQUIRE(plan->saveHeader(header, &error));
    CHECK(PlanRepository(ws).plan(planId)->issuingUnits == header.issuingUnits);
    CHECK(plan->findChild<QLineEdit *>(QStringLiteral("planIssuingUnits"))->text() ==
          QStringLiteral("区卫体局、区财政局"));
    CHECK(plan->findChild<QLineEdit *>(QStringLiteral("planShortTitle"))->text() ==
          QStringLiteral("屯留区三年行动"));

    const int areas = plan->areasTable()->rowCount();
    REQUIRE(plan->addArea(QStringLiteral("新城街道"), QStringLiteral("街道"), &error));
    CHECK(plan->areasTable()->rowCount() == areas + 1);
    REQUIRE(plan->editArea(areas, QStringLiteral("新城镇"), QStringLiteral("乡镇"), &error));
    CHECK(plan->areasTable()->item(areas, 0)->text() == QStringLiteral("新城镇"));
    CHECK_FALSE(plan->addArea(QStringLiteral("新城镇"), QString(), &error));
    CHECK(error == QStringLiteral("已有乡镇（街道）“新城镇”"));
    REQUIRE(plan->removeArea(areas, &error));
    CHECK(plan->areasTable()->rowCount() == areas);

    const int members = plan->groupTable()->rowCount();
    LeadingGroupMember m;
    m.role = QStringLiteral("副组长");
    m.name = QStringLiteral("李四");
    m.position = QStringLiteral("区卫体局局长");
    REQUIRE(plan->addMember(m, &error));
    CHECK(plan->groupTable()->rowCount() == members + 1);
    m.position = QStringLiteral("区卫体局党组书记、局长");
    REQUIRE(plan->editMember(members, m, &error));
    CHECK(plan->groupTable()->item(members, 2)->text() == m.position);
    shoot(window, QStringLiteral("plan"), QStringLiteral("plan-edited.png"));
    REQUIRE(plan->removeMember(members, &error));
    CHECK(plan->groupTable()->rowCount() == members);
    ws->undoStack()->undo();
    CHECK(plan->groupTable()->rowCount() == members + 1);
}
