// The 任务 page's 佐证材料 pane: files attached by the pane, listed by name and size, removed and
// undone (docs/register.md).

#include "../core/testworkspace.h"
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

} // namespace

TEST_CASE("任务 page: evidence attached by the pane, listed, removed and undone")
{
    test::TempWorkspace t;
    const qint64 plan = test::createPlan(t.get(), QStringLiteral("tunliu"));
    const QList<TaskView> tasks = PlanRepository(t.get()).tasks(plan);
    REQUIRE(tasks.size() >= 2);
    TasksPage page;
    QObject::connect(t.get(), &Workspace::changed, &page, &TasksPage::refresh);
    page.setContext(t.get(), plan);
    page.resize(1366, 698);
    page.show();
    QApplication::setActiveWindow(&page);
    REQUIRE(QTest::qWaitForWindowActive(&page));
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
