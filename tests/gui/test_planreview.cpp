// The review window of a 实施方案: a seed opened through it, an item's sentence highlighted, the
// draft accepted into the open workspace as one undoable command.

#include "commands/plancommands.h"
#include "planreader/planreviewdialog.h"
#include "session/workspace.h"
#include "shell/mainwindow.h"
#include "storage/planrepository.h"
#include "templates/templatelibrary.h"

#include <catch2/catch.hpp>

#include <QApplication>
#include <QDir>
#include <QFileInfo>
#include <QPlainTextEdit>
#include <QTemporaryDir>
#include <QTreeWidget>

using namespace tuoyu;

TEST_CASE("Plan review window: a seed read, an item traced to its sentence, accepted as one "
          "undoable plan")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("w.tuoyu"));
    {
        QString error;
        auto ws = Workspace::create(path, &error);
        REQUIRE(ws);
        REQUIRE(ws->execute(
            plancommands::create(ws.get(), *TemplateLibrary::load(QStringLiteral("tunliu"), &error),
                                 &error),
            &error));
    }
    MainWindow window;
    REQUIRE(window.openWorkspace(path, true));

    for (const char *seed : {"002_39b96be740c4cc40.txt", "004_87f4c0b2e6c76512.txt"}) {
        PlanReviewDialog dialog;
        QString error;
        REQUIRE(dialog.openFile(
            QStringLiteral(TUOYU_SHARED_DIR "/seeds/") + QString::fromLatin1(seed), &error));
        auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("planReviewTree"));
        auto *source = dialog.findChild<QPlainTextEdit *>(QStringLiteral("planReviewSource"));
        REQUIRE(tree);
        REQUIRE(source);
        // the programs, then a group for the indicators and one for the subsidy drafts
        const PlanReading &r = dialog.reading();
        CHECK(tree->topLevelItemCount() == r.draft.programs.size() +
                                               (r.draft.indicators.isEmpty() ? 0 : 1) +
                                               (r.subsidyRules.isEmpty() ? 0 : 1));
        // the first task: its text is what the source highlights
        QTreeWidgetItem *task = tree->topLevelItem(0)->child(0)->child(0);
        tree->setCurrentItem(task);
        const auto selections = source->extraSelections();
        REQUIRE(selections.size() == 1);
        CHECK_FALSE(selections[0].cursor.selectedText().isEmpty());
        // 002 labels its tasks (任务清单：): the highlight is the task's own text
        if (QString::fromLatin1(seed).startsWith(QStringLiteral("002")))
            CHECK(task->text(0).startsWith(selections[0].cursor.selectedText().left(10)));
        if (qEnvironmentVariableIsSet("TUOYU_SCREENSHOT_DIR")) {
            dialog.resize(1280, 720);
            dialog.show();
            QApplication::processEvents();
            tree->setCurrentItem(
                tree->topLevelItem(0)); // select again once shown: the source scrolls
            tree->setCurrentItem(task);
            QApplication::processEvents();
            dialog.grab().save(QDir(qEnvironmentVariable("TUOYU_SCREENSHOT_DIR"))
                                   .filePath(QStringLiteral("plan-review-%1.png")
                                                 .arg(QString::fromLatin1(seed).left(3))));
        }
    }

    PlanReviewDialog dialog;
    QString error;
    REQUIRE(dialog.openFile(QStringLiteral(TUOYU_SHARED_DIR "/seeds/002_39b96be740c4cc40.txt"),
                            &error));
    REQUIRE(window.acceptPlanReading(dialog.reading(), QString(), &error));
    CHECK(PlanRepository(window.workspace()).plans().size() == 2);
    window.workspace()->undoStack()->undo();
    CHECK(PlanRepository(window.workspace()).plans().size() == 1);
}

TEST_CASE("Plan review window: corrected in place with undo, guessed items walked, accepted into a "
          "new workspace")
{
    PlanReviewDialog dialog;
    QString error;
    REQUIRE(dialog.openFile(QStringLiteral(TUOYU_SHARED_DIR "/seeds/004_87f4c0b2e6c76512.txt"),
                            &error));
    auto *tree = dialog.findChild<QTreeWidget *>(QStringLiteral("planReviewTree"));
    REQUIRE(tree);
    const auto programs = dialog.reading().draft.programs.size();

    // typing over a task's units in the tree is a correction, one step of the window's undo
    QTreeWidgetItem *task = tree->topLevelItem(0)->child(0)->child(0);
    const QString before = task->text(2);
    task->setText(2, QStringLiteral("区卫健局、区教育局"));
    QApplication::processEvents(); // the edit is applied once the editor has closed
    CHECK(dialog.reading().draft.programs[0].projects[0].tasks[0].departments ==
          QStringList{QStringLiteral("区卫健局"), QStringLiteral("区教育局")});
    CHECK(dialog.undoStack()->count() == 1);
    // a wrong deadline-free text is refused by the rules, a drop is undone
    dialog.selectPath({0, -1, -1});
    REQUIRE(dialog.edit(
        QStringLiteral("删除"),
        [](PlanReading &r, QString *e) {
            return planreadingedits::remove(r, {0, -1, -1}, e);
        },
        &error));
    CHECK(dialog.reading().draft.programs.size() == programs - 1);
    CHECK(tree->topLevelItemCount() >= programs - 1);
    dialog.undoStack()->undo();
    CHECK(dialog.reading().draft.programs.size() == programs);
    dialog.undoStack()->undo();
    CHECK(tree->topLevelItem(0)->child(0)->child(0)->text(2) == before);

    // F8 walks the items the reader guessed, in order
    const auto guessed = planreadingedits::guessedItems(dialog.reading());
    if (!guessed.isEmpty()) {
        dialog.selectPath({0, -1, -1});
        REQUIRE(dialog.nextGuessed());
        CHECK(dialog.currentPath() == guessed.first());
    }

    // accepted into a new workspace: written, opened; an existing file is refused
    QTemporaryDir dir;
    MainWindow window;
    const QString path = dir.filePath(QStringLiteral("new.tuoyu"));
    const auto accepted = window.acceptPlanReading(dialog.reading(), path, &error);
    REQUIRE(accepted);
    REQUIRE(window.workspace());
    CHECK(QFileInfo(window.workspace()->path()).fileName() == QStringLiteral("new.tuoyu"));
    CHECK(accepted->subsidyDrafts == dialog.reading().subsidyRules.size());
    CHECK_FALSE(window.acceptPlanReading(dialog.reading(), path, &error));
    CHECK(error.contains(QStringLiteral("不会覆盖")));

    if (qEnvironmentVariableIsSet("TUOYU_SCREENSHOT_DIR")) {
        // 001: a task whose lead the reader guessed, orange, reached with F8
        REQUIRE(dialog.openFile(QStringLiteral(TUOYU_SHARED_DIR "/seeds/001_dbc146bcc3d602fb.txt"),
                                &error));
        dialog.resize(1366, 740);
        dialog.show();
        QApplication::processEvents();
        dialog.selectPath({0, -1, -1});
        REQUIRE(dialog.nextGuessed());
        QApplication::processEvents();
        dialog.grab().save(QDir(qEnvironmentVariable("TUOYU_SCREENSHOT_DIR"))
                               .filePath(QStringLiteral("plan-review-guessed-001.png")));
    }
}
