// The 任务 page's 佐证材料 pane: files attached by the pane, listed by name and size, removed and
// undone (docs/register.md).

#include "../core/testworkspace.h"
#include "dialogtest.h"
#include "evidence/evidence.h"
#include "evidence/evidencepane.h"
#include "storage/planrepository.h"
#include "tasks/taskspage.h"

#include <QApplication>
#include <QDropEvent>
#include <QListWidget>
#include <QMimeData>
#include <QTest>
#include <QToolButton>
#include <QTreeView>
#include <QUndoStack>
#include <QUrl>

#include <catch2/catch.hpp>

using namespace tuoyu;

namespace {

QString fixture(const char *name)
{
    return QStringLiteral(TUOYU_SHARED_DIR "/fixtures/") + QString::fromUtf8(name);
}

/// A drop of `files` at the centre of `index`'s row, as a file manager sends it to the tree.
bool dropOn(QTreeView *tree, const QModelIndex &index, const QStringList &files)
{
    tree->scrollTo(index);
    const QPoint at = tree->visualRect(index).center();
    REQUIRE(tree->indexAt(at) == index);
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &f : files)
        urls << QUrl::fromLocalFile(f);
    mime.setUrls(urls);
    QDragEnterEvent enter(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tree->viewport(), &enter);
    QDragMoveEvent move(at, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tree->viewport(), &move);
    QDropEvent drop(QPointF(at), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(tree->viewport(), &drop);
    return drop.isAccepted();
}

/// The 屯留 plan's 任务 page, shown, and its tasks.
struct TunliuTasks
{
    test::TempWorkspace t;
    QList<TaskView> tasks;
    TasksPage page;

    TunliuTasks()
    {
        const qint64 plan = test::createPlan(t.get(), QStringLiteral("tunliu"));
        tasks = PlanRepository(t.get()).tasks(plan);
        REQUIRE(tasks.size() >= 2);
        test::showPage(page, t.get(), plan);
    }
};

} // namespace

TEST_CASE("任务 page: evidence attached by the pane, listed, removed and undone")
{
    TunliuTasks w;
    auto &[t, tasks, page] = w;
    REQUIRE(page.selectItem({outlinecommands::Level::Task, tasks[0].task.id}));
    auto *pane = page.findChild<EvidencePane *>(QStringLiteral("evidencePane"));
    auto *list = page.findChild<QListWidget *>(QStringLiteral("evidenceList"));
    REQUIRE(pane);
    REQUIRE(list);
    CHECK(list->count() == 0);

    REQUIRE(
        pane->attach({fixture("tunliu-institutions.docx"), fixture("tunliu-institutions.xlsx")}));
    REQUIRE(list->count() == 2);
    CHECK(list->item(0)->text().startsWith(QStringLiteral("tunliu-institutions.docx　37 KB")));

    // scripts/screenshots.sh runs this under Xvfb to show the pane in docs/screenshots.
    if (const QString shots = qEnvironmentVariable("TUOYU_SCREENSHOTS"); !shots.isEmpty())
        CHECK(page.grab().save(shots + QStringLiteral("/tasks-evidence.png")));

    // 删除 takes the selected file; undo brings it back.
    list->setCurrentRow(0);
    list->item(0)->setSelected(true);
    for (QToolButton *b : pane->findChildren<QToolButton *>())
        if (b->text() == QStringLiteral("删除"))
            b->click();
    CHECK(list->count() == 1);
    t->undoStack()->undo();
    CHECK(list->count() == 2);
}

TEST_CASE("任务 page: files dropped on a task's row attach to that task, not to the selected one")
{
    TunliuTasks w;
    auto &[t, tasks, page] = w;
    auto *tree = page.findChild<QTreeView *>(QStringLiteral("taskTree"));
    REQUIRE(tree);
    REQUIRE(page.selectItem({outlinecommands::Level::Task, tasks[1].task.id}));
    const QPersistentModelIndex target = tree->currentIndex();
    REQUIRE(target.isValid());
    REQUIRE(page.selectItem({outlinecommands::Level::Task, tasks[0].task.id}));

    const QStringList files = {fixture("tunliu-institutions.docx"),
                               fixture("tunliu-institutions.xlsx")};
    CHECK(dropOn(tree, target, files));
    QList<Evidence> attached = evidence::ofTask(*t.get(), tasks[1].task.id);
    REQUIRE(attached.size() == 2);
    CHECK(attached[0].name == QStringLiteral("tunliu-institutions.docx"));
    CHECK(attached[1].name == QStringLiteral("tunliu-institutions.xlsx"));
    CHECK(evidence::ofTask(*t.get(), tasks[0].task.id).isEmpty());

    // A 工程 row is no task: the drop is refused and nothing is attached.
    REQUIRE(page.selectItem({outlinecommands::Level::Program, tasks[1].programId}));
    const QPersistentModelIndex program = tree->currentIndex();
    REQUIRE(program.isValid());
    REQUIRE(program != target);
    CHECK_FALSE(dropOn(tree, program, {fixture("tunliu-institutions.xls")}));
    CHECK(evidence::list(*t.get()).size() == 2);

    // One undo step takes the dropped files away.
    t->undoStack()->undo();
    CHECK(evidence::ofTask(*t.get(), tasks[1].task.id).isEmpty());
}
