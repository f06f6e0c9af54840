// Replies dropped on the window are merged through the review dialog; the 办结 / 延期 requests
// they bring are approved or rejected on the 任务 page, each an undoable, audited step.

#include "../core/testworkspace.h"

#include "commands/feedbackcommands.h"
#include "feedback/feedbackdialogs.h"
#include "feedback/feedbackform.h"
#include "feedback/feedbackrequests.h"
#include "feedback/feedbackrequestspane.h"
#include "io/xlsxexporter.h"
#include "session/workspace.h"
#include "shell/mainwindow.h"
#include "storage/planrepository.h"
#include "tasks/taskspage.h"

#include <QApplication>
#include <QDropEvent>
#include <QMimeData>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTimer>
#include <QUndoStack>
#include <QUrl>

using namespace tuoyu;

namespace {

/// A round to two departments of the plan; each one's form filled: the first row with progress
/// and 办结, the second with an extension request. The files' paths.
QStringList filledReplies(Workspace *ws, qint64 planId, const QString &dir)
{
    feedbackcommands::RoundRequest request;
    request.planId = planId;
    request.name = QStringLiteral("二季度");
    request.asOf = QDate(2025, 6, 30);
    for (const Department &d : PlanRepository(ws).departments(planId))
        if (request.departmentIds.size() < 2 &&
            feedback::departmentTasks(ws, planId, d.id).size() >= 2)
            request.departmentIds << d.id;
    REQUIRE(request.departmentIds.size() == 2);
    QString error;
    qint64 roundId = 0;
    REQUIRE(ws->execute(feedbackcommands::createRound(ws, request, &roundId, &error), &error));
    QStringList files;
    for (const qint64 id : std::as_const(request.departmentIds)) {
        io::ExportSheet sheet = feedback::formSheet(ws, roundId, id);
        sheet.rows[0][feedback::ProgressColumn] = QStringLiteral("已全部完成");
        sheet.rows[0][feedback::PercentColumn] = 100;
        sheet.rows[0][feedback::DoneColumn] = QStringLiteral("是");
        sheet.rows[1][feedback::ExtendToColumn] = QStringLiteral("2027-12-31");
        sheet.rows[1][feedback::ExtendReasonColumn] = QStringLiteral("用地审批未完成");
        files << QDir(dir).filePath(QStringLiteral("回复-%1.xlsx").arg(id));
        REQUIRE(io::writeXlsx(files.last(), {sheet}, &error));
    }
    return files;
}

/// Drops `files` on `window` as a file manager would.
void drop(QWidget *window, const QStringList &files)
{
    QMimeData mime;
    QList<QUrl> urls;
    for (const QString &f : files)
        urls << QUrl::fromLocalFile(f);
    mime.setUrls(urls);
    QDragEnterEvent enter(QPoint(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &enter);
    REQUIRE(enter.isAccepted());
    QDropEvent dropped(QPointF(10, 10), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
    QApplication::sendEvent(window, &dropped);
}

} // namespace

TEST_CASE(
    "Replies dropped on the window merge, and their requests are approved and rejected on the "
    "tasks page")
{
    QStandardPaths::setTestModeEnabled(true);
    QTemporaryDir dir;
    test::TempWorkspace made;
    test::createPlan(made.get(), QStringLiteral("tunliu"));
    made.ws.reset(); // the window opens the file on its own
    MainWindow window;
    REQUIRE(window.openWorkspace(made.path(), true));
    Workspace *ws = window.workspace();
    const qint64 planId = window.currentPlanId();
    const QStringList files = filledReplies(ws, planId, dir.path());
    ws->undoStack()->clear();
    // The window records the month's indicator snapshot on its own (not an edit, not undone).
    auto tables = [ws] {
        QStringList lines = test::dumpTables(ws).split(u'\n');
        lines.removeIf([](const QString &l) { return l.startsWith(u"indicator_snapshot:"); });
        return lines;
    };
    const QStringList before = tables();

    // The drop opens the same review dialog as 合并反馈…; the officer merges.
    bool reviewed = false;
    QTimer::singleShot(0, &window, [&] {
        auto *dialog = qobject_cast<FeedbackMergeDialog *>(QApplication::activeModalWidget());
        REQUIRE(dialog);
        reviewed = true;
        CHECK(dialog->review().rows.size() >= 4);
        dialog->findChild<QPushButton *>(QStringLiteral("mergeButton"))->click();
    });
    drop(&window, files);
    REQUIRE(reviewed);
    CHECK(ws->undoStack()->count() == 1);
    // Two requests per reply, less those for a task both departments share (asked once).
    const int n = int(feedback::requests(ws, planId, true).size());
    REQUIRE(n >= 3);
    auto tabText = [](int waiting) {
        return waiting > 0 ? QStringLiteral("办结/延期申请（%1）").arg(waiting)
                           : QStringLiteral("办结/延期申请");
    };

    // The 任务 page lists the requests in its own tab, with their count.
    REQUIRE(window.showPage(QStringLiteral("tasks")));
    auto *pane = window.findChild<FeedbackRequestsPane *>();
    REQUIRE(pane);
    auto *table = pane->findChild<QTableWidget *>(QStringLiteral("feedbackRequests"));
    REQUIRE(table->rowCount() == n);
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("taskTabs"));
    CHECK(tabs->tabText(tabs->indexOf(pane)) == tabText(n));
    if (qEnvironmentVariableIsSet("TUOYU_SHOTS_DIR")) {
        tabs->setCurrentWidget(pane);
        window.resize(1366, 768);
        window.show();
        QApplication::processEvents();
        window.grab().save(qEnvironmentVariable("TUOYU_SHOTS_DIR") +
                           QStringLiteral("/feedback-requests.png"));
    }

    const QList<feedback::Request> pending = feedback::requests(ws, planId, true);
    auto rowOf = [&](feedback::Request::Kind kind) {
        for (int r = 0; r < pending.size(); ++r)
            if (pending[r].kind == kind)
                return r;
        return -1;
    };
    // Approve the first 办结: the task is closed by the officer.
    const int close = rowOf(feedback::Request::Kind::Close);
    table->selectRow(close);
    REQUIRE(pane->approveSelected(QStringLiteral("李主任")));
    const std::optional<TaskView> closed = PlanRepository(ws).task(pending[close].taskId);
    CHECK(closed->task.status == TaskStatus::Done);
    CHECK(closed->task.closedBy == QStringLiteral("李主任"));
    CHECK(table->rowCount() == n - 1);
    // Approve the first 延期: the deadline moves, the old one stays in the history.
    const int extend = rowOf(feedback::Request::Kind::Extend);
    const qint64 extendedTask = pending[extend].taskId;
    for (int r = 0; r < table->rowCount(); ++r)
        if (table->item(r, 2)->data(Qt::UserRole).toLongLong() == pending[extend].id)
            table->selectRow(r);
    REQUIRE(pane->approveSelected(QStringLiteral("李主任")));
    CHECK(PlanRepository(ws).task(extendedTask)->task.deadline == QDate(2027, 12, 31));
    CHECK(PlanRepository(ws).extensions(extendedTask).size() == 1);
    // Reject the next one: a reason is required, and kept.
    table->selectRow(0);
    const qint64 rejected = table->item(0, 2)->data(Qt::UserRole).toLongLong();
    QTimer::singleShot(0, &window, [] {
        if (QWidget *box = QApplication::activeModalWidget())
            box->close(); // the message that a reason is missing
    });
    CHECK_FALSE(pane->rejectSelected(QStringLiteral("李主任"), QString()));
    REQUIRE(pane->rejectSelected(QStringLiteral("李主任"), QStringLiteral("佐证材料不全")));
    CHECK(feedback::request(ws, rejected)->status == feedback::Request::Status::Rejected);
    CHECK(feedback::request(ws, rejected)->decisionNote == QStringLiteral("佐证材料不全"));
    CHECK(table->rowCount() == n - 3);
    CHECK(tabs->tabText(tabs->indexOf(pane)) == tabText(n - 3));

    // Each decision is one step; undoing them and the merge gives back exactly what was there.
    CHECK(ws->undoStack()->count() == 4);
    while (ws->undoStack()->canUndo())
        ws->undoStack()->undo();
    CHECK(tables() == before);
    CHECK(table->rowCount() == 0);
}
