// feedback_merge_s: 30 departments' replies of 20 rows each, read, matched and merged as one
// command (docs/feedback.md).

#include "benchfigures.h"

#include "commands/feedbackcommands.h"
#include "commands/plancommands.h"
#include "feedback/feedbackform.h"
#include "feedback/feedbackreply.h"
#include "io/xlsxexporter.h"
#include "session/workspace.h"
#include "templates/templatelibrary.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace tuoyu::bench {

QJsonObject measureFeedbackMerge()
{
    constexpr int kDepartments = 30;
    constexpr int kTasks = 20;
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("w.tuoyu")), &error);
    const auto draft = TemplateLibrary::load(QStringLiteral("tunliu"), &error);
    if (!ws || !draft || !ws->execute(plancommands::create(ws.get(), *draft, &error), &error))
        return {{QStringLiteral("error"), error}};
    QSqlQuery q(ws->db());
    q.exec(QStringLiteral("SELECT pj.id, pg.plan_id FROM project pj JOIN program pg ON pg.id = "
                          "pj.program_id ORDER BY pj.id LIMIT 1"));
    q.next();
    const qint64 projectId = q.value(0).toLongLong();
    const qint64 planId = q.value(1).toLongLong();
    // 30 departments of 20 tasks each, each task led by one of them.
    QList<RowChange> changes;
    feedbackcommands::RoundRequest request;
    request.planId = planId;
    request.name = QStringLiteral("基准");
    request.asOf = QDate(2025, 6, 30);
    for (int d = 0; d < kDepartments; ++d) {
        const qint64 departmentId = ws->allocateId(QStringLiteral("department"));
        changes.append(
            RowChange::insert(QStringLiteral("department"), departmentId,
                              {{QStringLiteral("plan_id"), planId},
                               {QStringLiteral("name"), QStringLiteral("基准单位%1").arg(d)},
                               {QStringLiteral("seq"), 100 + d}}));
        request.departmentIds << departmentId;
        for (int t = 0; t < kTasks; ++t) {
            const qint64 taskId = ws->allocateId(QStringLiteral("task"));
            changes.append(RowChange::insert(
                QStringLiteral("task"), taskId,
                {{QStringLiteral("project_id"), projectId},
                 {QStringLiteral("seq"), 100 + d * kTasks + t},
                 {QStringLiteral("text"),
                  QStringLiteral("基准任务%1-%2：推进普惠托育服务").arg(d).arg(t)},
                 {QStringLiteral("status"), QStringLiteral("not_started")},
                 {QStringLiteral("percent"), 0}}));
            changes.append(RowChange::insert(QStringLiteral("task_department"),
                                             ws->allocateId(QStringLiteral("task_department")),
                                             {{QStringLiteral("task_id"), taskId},
                                              {QStringLiteral("department_id"), departmentId},
                                              {QStringLiteral("lead"), 1},
                                              {QStringLiteral("seq"), 1}}));
        }
    }
    if (!ws->execute(std::make_unique<WorkspaceCommand>(ws.get(), QStringLiteral("基准数据"),
                                                        changes,
                                                        WorkspaceCommand::AuditMode::Summary),
                     &error))
        return {{QStringLiteral("error"), error}};
    qint64 roundId = 0;
    if (!ws->execute(feedbackcommands::createRound(ws.get(), request, &roundId, &error), &error))
        return {{QStringLiteral("error"), error}};
    // Each department's reply: every row with progress and a percent.
    QStringList files;
    for (const qint64 departmentId : std::as_const(request.departmentIds)) {
        io::ExportSheet sheet = feedback::formSheet(ws.get(), roundId, departmentId);
        for (QList<QVariant> &row : sheet.rows) {
            row[feedback::ProgressColumn] = QStringLiteral("已完成阶段工作，正在推进下一步");
            row[feedback::PercentColumn] = 50;
            row[feedback::ReporterColumn] = QStringLiteral("张敏");
        }
        files << dir.filePath(QStringLiteral("reply-%1.xlsx").arg(departmentId));
        if (!io::writeXlsx(files.last(), {sheet}, &error))
            return {{QStringLiteral("error"), error}};
    }
    QElapsedTimer timer;
    timer.start();
    const feedback::Review review = feedback::review(ws.get(), files, QDate(2025, 7, 1));
    auto command = feedbackcommands::merge(ws.get(), review, &error);
    if (!command || !ws->execute(std::move(command), &error))
        return {{QStringLiteral("error"), error}};
    return {{QStringLiteral("seconds"), double(timer.nsecsElapsed()) / 1e9},
            {QStringLiteral("rows"), review.matched()},
            {QStringLiteral("updated"), review.updatedTasks()}};
}

} // namespace tuoyu::bench
