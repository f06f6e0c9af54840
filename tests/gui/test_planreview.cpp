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
        CHECK(tree->topLevelItemCount() == dialog.reading().draft.programs.size());
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
    REQUIRE(window.addPlan(dialog.reading().draft, QString(), &error));
    CHECK(PlanRepository(window.workspace()).plans().size() == 2);
    window.workspace()->undoStack()->undo();
    CHECK(PlanRepository(window.workspace()).plans().size() == 1);
}
