// The import dialog with a task table: the plan choice (the workspace's plans and 新建计划)
// appears for this kind only, and writing into a new plan makes the plan the table names.

#include "../core/testworkspace.h"
#include "commands/plancommands.h"
#include "import/importdialog.h"
#include "session/workspace.h"
#include "storage/planrepository.h"
#include "templates/templatelibrary.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QTemporaryDir>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace tuoyu;

TEST_CASE("The import dialog offers the plan choice for a task table and imports into a new plan")
{
    test::WorkspaceFolder dir;
    QString error;
    auto ws = Workspace::create(dir.workspace(QStringLiteral("w.tuoyu")), &error);
    REQUIRE(ws);
    const auto draft = TemplateLibrary::load(QStringLiteral("tunliu"), &error);
    REQUIRE(ws->execute(plancommands::create(ws.get(), *draft, &error), &error));
    const qint64 planId = PlanRepository(ws.get()).defaultPlan()->id;

    ImportDialog dialog(ws.get(), planId,
                        QStringLiteral(TUOYU_TEST_DATA_DIR "/tasktables/openpyxl-merged.xlsx"));
    dialog.setQuiet(true);
    REQUIRE(dialog.load());
    auto *planBox = dialog.findChild<QComboBox *>(QStringLiteral("planBox"));
    REQUIRE(planBox);
    CHECK(planBox->isVisibleTo(&dialog));
    CHECK(planBox->count() == 2);
    CHECK(planBox->currentData().toLongLong() == planId);
    CHECK(dialog.preview().kind == mapping::TableKind::TaskTable);
    CHECK(dialog.preview().inserted == 5);
    CHECK(dialog.preview().refused.size() == 1);
    if (qEnvironmentVariableIsSet("TUOYU_SHOTS_DIR")) {
        dialog.show();
        QApplication::processEvents();
        dialog.grab().save(qEnvironmentVariable("TUOYU_SHOTS_DIR") +
                           QStringLiteral("/import-tasktable.png"));
    }

    planBox->setCurrentIndex(planBox->findData(ImportRequest::kNewPlan));
    Q_EMIT planBox->activated(planBox->currentIndex());
    REQUIRE(dialog.commit(&error));
    const QList<Plan> plans = PlanRepository(ws.get()).plans();
    REQUIRE(plans.size() == 2);
    CHECK(PlanRepository(ws.get()).tasks(planId).size() == 10); // the chosen plan is untouched
    ws->undoStack()->undo();
    CHECK(PlanRepository(ws.get()).plans().size() == 1);
}
