// The review dialog of returned feedback forms: three departments' replies, one row rejected by
// the officer, merged as one undoable step.

#include "../core/testworkspace.h"

#include "commands/feedbackcommands.h"
#include "feedback/feedbackdialogs.h"
#include "feedback/feedbackform.h"
#include "io/xlsxexporter.h"
#include "storage/planrepository.h"

#include <QApplication>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QUndoStack>

using namespace tuoyu;

TEST_CASE("Three departments' replies merge through the review dialog, a rejected row left out")
{
    test::TempWorkspace t;
    const qint64 planId = test::createPlan(t.get(), QStringLiteral("tunliu"));
    feedbackcommands::RoundRequest request;
    request.planId = planId;
    request.name = QStringLiteral("二季度");
    request.asOf = QDate(2025, 6, 30);
    for (const Department &d : PlanRepository(t.get()).departments(planId))
        if (request.departmentIds.size() < 3 &&
            feedback::departmentTasks(t.get(), planId, d.id).size() >= 2)
            request.departmentIds << d.id;
    REQUIRE(request.departmentIds.size() == 3);
    QString error;
    qint64 roundId = 0;
    REQUIRE(t->execute(feedbackcommands::createRound(t.get(), request, &roundId, &error), &error));
    // Each department fills its first two rows.
    QStringList files;
    QList<qint64> answered;
    for (const qint64 id : std::as_const(request.departmentIds)) {
        io::ExportSheet sheet = feedback::formSheet(t.get(), roundId, id);
        for (int r = 0; r < 2; ++r) {
            sheet.rows[r][feedback::ProgressColumn] = QStringLiteral("第%1项已推进").arg(r + 1);
            sheet.rows[r][feedback::PercentColumn] = 40 + r * 10;
            answered << feedback::parseKey(sheet.rows[r][feedback::KeyColumn].toString())->taskId;
        }
        files << t.dir.filePath(QStringLiteral("reply-%1.xlsx").arg(id));
        REQUIRE(io::writeXlsx(files.last(), {sheet}, &error));
    }
    QHash<qint64, int> expected; // the task's percent after the merge
    for (const qint64 id : std::as_const(answered))
        expected.insert(id, PlanRepository(t.get()).task(id)->task.percent);
    for (int i = 0; i < answered.size(); ++i)
        if (i != 5)
            expected[answered[i]] = std::max(expected[answered[i]], 40 + (i % 2) * 10);
    t->undoStack()->clear();
    const QString before = test::dumpTables(t.get());

    FeedbackMergeDialog dialog(t.get(), feedback::review(t.get(), files, QDate(2025, 7, 1)));
    auto *view = dialog.findChild<QTreeView *>(QStringLiteral("feedbackRows"));
    REQUIRE(view);
    auto *model = qobject_cast<QStandardItemModel *>(view->model());
    REQUIRE(model->rowCount() == 6);
    CHECK(model->item(0)->checkState() == Qt::Checked);
    CHECK(model->item(0)->child(0, 0)->text() == QStringLiteral("进展"));
    CHECK(model->item(0)->child(0, 2)->text() == QStringLiteral("第1项已推进"));
    if (qEnvironmentVariableIsSet("TUOYU_SHOTS_DIR")) {
        dialog.show();
        QApplication::processEvents();
        dialog.grab().save(qEnvironmentVariable("TUOYU_SHOTS_DIR") +
                           QStringLiteral("/feedback-merge.png"));
    }
    // The officer rejects the last row.
    model->item(5)->setCheckState(Qt::Unchecked);
    dialog.findChild<QPushButton *>(QStringLiteral("mergeButton"))->click();
    CHECK(dialog.result() == QDialog::Accepted);
    const PlanRepository plans(t.get());
    for (auto it = expected.cbegin(); it != expected.cend(); ++it)
        CHECK(plans.task(it.key())->task.percent == it.value());
    CHECK(t->undoStack()->count() == 1);
    t->undoStack()->undo();
    CHECK(test::dumpTables(t.get()) == before);
}
