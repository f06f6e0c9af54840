// The outline editor on the 任务 page, as an officer starting from nothing uses it: a blank
// workspace made on the command line, its plan written through the page's actions, keys and
// cells, a move undone, and the result read back through `outline --json`.

#include "../core/testworkspace.h"
#include "clirun.h"
#include "commands/outlinecommands.h"
#include "dialogtest.h"
#include "indicators/indicatordialog.h"
#include "indicators/indicatorspage.h"
#include "session/workspace.h"
#include "storage/planrepository.h"
#include "tasks/departmentsdialog.h"
#include "tasks/taskspage.h"
#include "tasks/tasktreemodel.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QJsonArray>
#include <QJsonObject>
#include <QLineEdit>
#include <QMessageBox>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace tuoyu;
using outlinecommands::Item;
using outlinecommands::Level;

namespace {

QAction *action(QWidget *page, const char *name)
{
    auto *a = page->findChild<QAction *>(QString::fromLatin1(name));
    REQUIRE(a);
    return a;
}

/// Lets the commands queued by cell edits and drops run, and the page follow them.
void settle()
{
    for (int i = 0; i < 3; ++i)
        QCoreApplication::processEvents();
}

/// Types `words` into the cell editor the page opened and presses Enter.
void typeIntoEditor(QTreeView *tree, const QString &words)
{
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    REQUIRE(editor);
    REQUIRE(tree->isAncestorOf(editor));
    editor->selectAll();
    editor->insert(words); // an input method's commit (QTest types ASCII only)
    QTest::keyClick(editor, Qt::Key_Return);
    settle();
}

/// Sets a cell of the selected row as typing in it does.
void setCell(QTreeView *tree, int column, const QString &words)
{
    const QModelIndex index = tree->currentIndex().siblingAtColumn(column);
    REQUIRE(tree->model()->flags(index) & Qt::ItemIsEditable);
    REQUIRE(tree->model()->setData(index, words));
    settle();
}

/// A key pressed in the tree, with the page the active window (a closed message box may have
/// left none active).
void press(QTreeView *tree, Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QApplication::setActiveWindow(tree->window());
    tree->setFocus();
    QTest::keyClick(tree, key, modifiers);
    settle();
}

QString title(QTreeView *tree)
{
    return tree->currentIndex().data(Qt::EditRole).toString();
}

} // namespace

TEST_CASE("任务 page: a blank plan written through the outline editor, checked by the CLI")
{
    QStandardPaths::setTestModeEnabled(true);
    test::WorkspaceFolder dir;
    const QString file = dir.workspace(QStringLiteral("w.tuoyu"));
    REQUIRE(test::run({QStringLiteral("new"), file, QStringLiteral("--template"),
                       QStringLiteral("blank")})
                .code == 0);
    QString error;
    auto ws = Workspace::open(file, &error);
    REQUIRE(ws);
    const qint64 plan = PlanRepository(ws.get()).defaultPlan()->id;
    TasksPage page;
    test::showPage(page, ws.get(), plan);
    auto *tree = page.findChild<QTreeView *>(QStringLiteral("taskTree"));
    REQUIRE(tree);

    // ＋工程 on an empty plan: a new program, its title open for typing.
    action(&page, "addProgram")->trigger();
    typeIntoEditor(tree, QStringLiteral("服务供给扩容工程"));
    CHECK(title(tree) == QStringLiteral("服务供给扩容工程"));
    CHECK(tree->currentIndex().data().toString() == QStringLiteral("（一）服务供给扩容工程"));
    const Item program1 = page.selectedItem();

    // Enter on it: the next program.
    press(tree, Qt::Key_Return);
    typeIntoEditor(tree, QStringLiteral("群众托育减负工程"));
    const Item program2 = page.selectedItem();
    CHECK(program2.level == Level::Program);
    CHECK(program2.id != program1.id);

    // Ctrl+Enter: a project under the second program; ＋项目 under the first.
    press(tree, Qt::Key_Return, Qt::ControlModifier);
    typeIntoEditor(tree, QStringLiteral("激励奖补"));
    const Item projectC = page.selectedItem();
    REQUIRE(page.selectItem(program1));
    REQUIRE(page.addItem(Level::Project, QStringLiteral("公办托育中心")));
    const Item projectA = page.selectedItem();
    REQUIRE(page.addSibling(QStringLiteral("社区托育点")));
    const Item projectB = page.selectedItem();
    CHECK(tree->currentIndex().data().toString() == QStringLiteral("2．社区托育点"));

    // Five tasks with deadlines and departments typed into their cells.
    struct Row
    {
        Item project;
        QString text, deadline, lead, co;
    };
    const QList<Row> rows = {
        {projectA, QStringLiteral("增加120个托位"), QStringLiteral("2024年7月"),
         QStringLiteral("区卫体局"), QStringLiteral("区财政局、区教育局")},
        {projectA, QStringLiteral("完成备案"), QStringLiteral("2024年底"),
         QStringLiteral("区卫体局"), QString()},
        {projectB, QStringLiteral("新增1所社区托育点"), QStringLiteral("2025年6月底前"),
         QStringLiteral("各乡镇人民政府"), QStringLiteral("区卫体局")},
        {projectC, QStringLiteral("发放激励奖补"), QStringLiteral("2025年12月底前"),
         QStringLiteral("区财政局"), QStringLiteral("区卫健局")},
        {projectC, QStringLiteral("降低运营成本"), QString(), QStringLiteral("区发改局"),
         QString()},
    };
    QList<Item> tasks;
    for (const Row &r : rows) {
        REQUIRE(page.selectItem(r.project));
        REQUIRE(page.addChild(r.text));
        CHECK(page.selectedItem().level == Level::Task);
        tasks << page.selectedItem();
        if (!r.deadline.isEmpty())
            setCell(tree, TaskTreeModel::Deadline, r.deadline);
        setCell(tree, TaskTreeModel::Lead, r.lead);
        if (!r.co.isEmpty())
            setCell(tree, TaskTreeModel::Others, r.co);
        CHECK(page.selectedItem() == tasks.last()); // the edited task stays selected
    }
    REQUIRE(page.selectItem(tasks[0]));
    CHECK(tree->currentIndex().siblingAtColumn(TaskTreeModel::Deadline).data().toString() ==
          QStringLiteral("2024-07-31"));

    // F2 renames in place.
    REQUIRE(page.selectItem(projectB));
    press(tree, Qt::Key_F2);
    typeIntoEditor(tree, QStringLiteral("社区嵌入式托育点"));
    CHECK(title(tree) == QStringLiteral("社区嵌入式托育点"));

    // Alt+↓ moves the first task below the second; undo puts it back and keeps it selected.
    REQUIRE(page.selectItem(tasks[0]));
    press(tree, Qt::Key_Down, Qt::AltModifier);
    CHECK(page.selectedItem() == tasks[0]);
    CHECK(tree->currentIndex().data().toString() == QStringLiteral("（2）增加120个托位"));
    ws->undoStack()->undo();
    settle();
    CHECK(page.selectedItem() == tasks[0]);
    CHECK(tree->currentIndex().data().toString() == QStringLiteral("（1）增加120个托位"));

    // Drag and drop: the second task onto the second project, first place; undo takes it back.
    {
        QAbstractItemModel *model = tree->model();
        REQUIRE(page.selectItem(tasks[1]));
        QMimeData *drag = model->mimeData({tree->currentIndex()});
        REQUIRE(page.selectItem(projectB));
        const QModelIndex target = tree->currentIndex();
        CHECK(model->canDropMimeData(drag, Qt::MoveAction, 0, 0, target));
        model->dropMimeData(drag, Qt::MoveAction, 0, 0, target);
        delete drag;
        settle();
        CHECK(page.selectedItem() == tasks[1]);
        CHECK(PlanRepository(ws.get()).task(tasks[1].id)->projectId == projectB.id);
        CHECK(tree->currentIndex().parent().data(TaskTreeModel::IdRole).toLongLong() ==
              projectB.id);
        ws->undoStack()->undo();
        settle();
        CHECK(PlanRepository(ws.get()).task(tasks[1].id)->projectId == projectA.id);
        CHECK(page.selectedItem() == tasks[1]);
    }

    // Tab on the second project: refused while it has tasks (a message names why).
    REQUIRE(page.selectItem(projectB));
    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        CHECK(box->text().contains(QStringLiteral("下还有任务")));
        box->accept();
    });
    press(tree, Qt::Key_Tab);
    CHECK(page.selectedItem() == projectB);

    // Ctrl+C / Ctrl+V a task after itself, then Delete the copy (the confirmation says what goes).
    REQUIRE(page.selectItem(tasks[4]));
    press(tree, Qt::Key_C, Qt::ControlModifier);
    press(tree, Qt::Key_V, Qt::ControlModifier);
    const Item copy = page.selectedItem();
    CHECK(copy.level == Level::Task);
    CHECK(copy.id != tasks[4].id);
    CHECK(title(tree) == QStringLiteral("降低运营成本"));
    QTimer::singleShot(0, [] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        REQUIRE(box);
        CHECK(box->text().contains(QStringLiteral("降低运营成本")));
        box->button(QMessageBox::Yes)->click();
    });
    press(tree, Qt::Key_Delete);
    CHECK(page.selectedItem() == tasks[4]);

    // The saved file, through the command line.
    const test::Run r = test::run({QStringLiteral("outline"), file, QStringLiteral("--json")});
    INFO(r.err.toStdString());
    REQUIRE(r.code == 0);
    const QJsonArray programs = r.json().object().value(QStringLiteral("programs")).toArray();
    REQUIRE(programs.size() == 2);
    QStringList lines;
    int taskCount = 0;
    for (const auto &p : programs) {
        const QJsonObject po = p.toObject();
        lines << po.value(QStringLiteral("number")).toString() +
                     po.value(QStringLiteral("title")).toString();
        for (const auto &j : po.value(QStringLiteral("projects")).toArray()) {
            const QJsonObject jo = j.toObject();
            lines << jo.value(QStringLiteral("number")).toString() + QStringLiteral(". ") +
                         jo.value(QStringLiteral("title")).toString();
            for (const auto &t : jo.value(QStringLiteral("tasks")).toArray()) {
                const QJsonObject to = t.toObject();
                ++taskCount;
                QStringList deps;
                for (const auto &d : to.value(QStringLiteral("departments")).toArray())
                    deps << d.toString();
                lines << to.value(QStringLiteral("number")).toString() +
                             to.value(QStringLiteral("text")).toString() + QLatin1Char(' ') +
                             to.value(QStringLiteral("deadline")).toString() +
                             (to.value(QStringLiteral("deadline_inherited")).toBool()
                                  ? QStringLiteral("（按实施期末计）")
                                  : QString()) +
                             QLatin1Char(' ') + deps.join(QStringLiteral("、"));
            }
        }
    }
    CHECK(taskCount == 5);
    const QString end = PlanRepository(ws.get()).plan(plan)->periodEnd.toString(Qt::ISODate);
    CHECK(lines == QStringList{
                       QStringLiteral("（一）服务供给扩容工程"),
                       QStringLiteral("1. 公办托育中心"),
                       QStringLiteral("（1）增加120个托位 2024-07-31 区卫体局、区财政局、区教育局"),
                       QStringLiteral("（2）完成备案 2024-12-31 区卫体局"),
                       QStringLiteral("2. 社区嵌入式托育点"),
                       QStringLiteral("（1）新增1所社区托育点 2025-06-30 各乡镇人民政府、区卫体局"),
                       QStringLiteral("（二）群众托育减负工程"),
                       QStringLiteral("3. 激励奖补"),
                       QStringLiteral("（1）发放激励奖补 2025-12-31 区财政局、区卫健局"),
                       QStringLiteral("（2）降低运营成本 ") + end +
                           QStringLiteral("（按实施期末计） 区发改局"),
                   });

    // scripts/screenshots.sh runs this under Xvfb to show the editor in docs/screenshots.
    if (const QString shots = qEnvironmentVariable("TUOYU_SCREENSHOTS"); !shots.isEmpty()) {
        REQUIRE(page.selectItem(tasks[0]));
        CHECK(page.grab().save(shots + QStringLiteral("/outline-editor.png")));
    }

    // 责任部门…: 区卫健局 is 区卫体局 written another way; merged, the task names 区卫体局.
    DepartmentsDialog departments(ws.get(), plan, &page);
    REQUIRE(departments.select(QStringLiteral("区卫健局")));
    REQUIRE(departments.mergeSelected(QStringLiteral("区卫体局")));
    settle();
    CHECK(PlanRepository(ws.get()).task(tasks[3].id)->departments ==
          QStringList{QStringLiteral("区财政局"), QStringLiteral("区卫体局")});
    CHECK_FALSE(departments.select(QStringLiteral("区卫健局")));
    ws->undoStack()->undo();
    CHECK(PlanRepository(ws.get()).task(tasks[3].id)->departments ==
          QStringList{QStringLiteral("区财政局"), QStringLiteral("区卫健局")});

    // Two indicators on the same blank plan, through the 指标 page's editor: one from the
    // engine's formulas with staged targets, one of manual values.
    IndicatorsPage indicators;
    QObject::connect(ws.get(), &Workspace::changed, &indicators, &IndicatorsPage::refresh);
    indicators.setContext(ws.get(), plan);
    IndicatorDialog share;
    share.findChild<QLineEdit *>(QStringLiteral("indicatorName"))
        ->setText(QStringLiteral("普惠托位占比"));
    auto *formula = share.findChild<QComboBox *>(QStringLiteral("indicatorFormula"));
    formula->setCurrentIndex(formula->findData(QStringLiteral("puhui_share")));
    share.addTargetRow(2024, QStringLiteral("50"));
    share.addTargetRow(2025, QStringLiteral("80"));
    REQUIRE(share.targetProblem().isEmpty());
    REQUIRE(indicators.addIndicator(share.edit(), &error));
    IndicatorDialog satisfaction;
    satisfaction.findChild<QLineEdit *>(QStringLiteral("indicatorName"))
        ->setText(QStringLiteral("家长满意度"));
    satisfaction.findChild<QLineEdit *>(QStringLiteral("indicatorUnit"))
        ->setText(QStringLiteral("%"));
    satisfaction.addTargetRow(2025, QStringLiteral("90"));
    REQUIRE(indicators.addIndicator(satisfaction.edit(), &error));

    const test::Run ind = test::run({QStringLiteral("indicators"), file, QStringLiteral("--json")});
    INFO(ind.err.toStdString());
    REQUIRE(ind.code == 0);
    QStringList names;
    for (const auto &i : ind.json().array())
        names << i.toObject().value(QStringLiteral("name")).toString();
    CHECK(names == QStringList{QStringLiteral("普惠托位占比"), QStringLiteral("家长满意度")});
    ws->undoStack()->undo(); // the second indicator goes, and only it
    const test::Run after =
        test::run({QStringLiteral("indicators"), file, QStringLiteral("--json")});
    CHECK(after.json().array().size() == 1);
}
