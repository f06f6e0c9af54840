#include "feedbackcommands.h"

#include "calendar/workingdaycalendar.h"
#include "domain/plan.h"
#include "feedback/feedbackreply.h"
#include "rowchanges.h"
#include "rowreader.h"
#include "session/workspace.h"
#include "taskcommands.h"

#include "storage/sqlquery.h"
#include <QDateTime>
#include <QSet>

namespace tuoyu::feedbackcommands {

namespace {

const QString kRound = QStringLiteral("feedback_round");
const QString kRecipient = QStringLiteral("feedback_recipient");
const QString kRequest = QStringLiteral("feedback_request");

using rowchanges::textOrNull;

/// The recipient row of a department in a round; empty when the form was not sent to it.
QVariantMap recipientRow(Workspace *ws, qint64 roundId, qint64 departmentId)
{
    SqlQuery q(ws->db());
    q.exec(QStringLiteral("SELECT id FROM feedback_recipient WHERE round_id = ? AND "
                          "department_id = ?"),
           {roundId, departmentId});
    if (!q.next())
        return {};
    return rowreader::row(ws->db(), kRecipient, q.value(0).toLongLong());
}

} // namespace

std::unique_ptr<WorkspaceCommand> createRound(Workspace *ws, const RoundRequest &request,
                                              qint64 *roundId, QString *error)
{
    if (request.name.trimmed().isEmpty()) {
        *error = QStringLiteral("请填写反馈轮次的名称");
        return nullptr;
    }
    if (request.departmentIds.isEmpty()) {
        *error = QStringLiteral("请至少选择一个责任单位");
        return nullptr;
    }
    if (!request.asOf.isValid()) {
        *error = QStringLiteral("请填写反馈表的截止统计日期");
        return nullptr;
    }
    const QDate due = request.dueDate.isValid()
                          ? request.dueDate
                          : WorkingDayCalendar::forWorkspace(ws).addWorkingDays(request.asOf, 5);
    if (due < request.asOf) {
        *error = QStringLiteral("报送截止日期（%1）不能早于统计日期（%2）")
                     .arg(due.toString(Qt::ISODate), request.asOf.toString(Qt::ISODate));
        return nullptr;
    }
    const qint64 id = ws->allocateId(kRound);
    QList<RowChange> changes{RowChange::insert(
        kRound, id,
        {{QStringLiteral("plan_id"), request.planId},
         {QStringLiteral("name"), request.name.trimmed()},
         {QStringLiteral("as_of"), request.asOf.toString(Qt::ISODate)},
         {QStringLiteral("sent_at"), QDateTime::currentDateTime().toString(Qt::ISODate)},
         {QStringLiteral("due_date"), due.toString(Qt::ISODate)},
         {QStringLiteral("sent_by"), textOrNull(ws->actor())}})};
    QSet<qint64> seen;
    for (const qint64 departmentId : request.departmentIds) {
        if (seen.contains(departmentId))
            continue;
        seen.insert(departmentId);
        changes.append(RowChange::insert(
            kRecipient, ws->allocateId(kRecipient),
            {{QStringLiteral("round_id"), id},
             {QStringLiteral("department_id"), departmentId},
             {QStringLiteral("file_name"), textOrNull(request.fileNames.value(departmentId))},
             {QStringLiteral("task_count"), request.taskCounts.value(departmentId)},
             {QStringLiteral("replied_at"), QVariant()},
             {QStringLiteral("reply_file"), QVariant()}}));
    }
    *roundId = id;
    return std::make_unique<WorkspaceCommand>(
        ws,
        QStringLiteral("发出反馈表“%1”（%2个单位）").arg(request.name.trimmed()).arg(seen.size()),
        changes);
}

std::unique_ptr<WorkspaceCommand> merge(Workspace *ws, const feedback::Review &review,
                                        QString *error)
{
    QList<RowChange> changes;
    const QString day = review.asOf.toString(Qt::ISODate);
    QHash<qint64, QVariantMap> taskBefore; // as stored
    QHash<qint64, QVariantMap> taskAfter;  // as the accepted rows leave it
    QList<qint64> taskOrder;
    QSet<QString> entries, requests; // what this merge adds, so a file given twice adds once
    QSet<qint64> tasksChanged;
    for (const feedback::ReplyRow &r : review.rows) {
        if (!r.accepted || r.changes.isEmpty())
            continue;
        if (!taskBefore.contains(r.taskId)) {
            const QVariantMap row = rowreader::row(ws->db(), QStringLiteral("task"), r.taskId);
            if (row.isEmpty())
                continue;
            taskBefore.insert(r.taskId, row);
            taskAfter.insert(r.taskId, {});
            taskOrder << r.taskId;
        }
        QVariantMap &after = taskAfter[r.taskId];
        const int percentNow = after
                                   .value(QStringLiteral("percent"),
                                          taskBefore[r.taskId].value(QStringLiteral("percent")))
                                   .toInt();
        const bool percentApplies = r.percent >= 0 && r.percent > percentNow;
        if (!r.progressText.isEmpty() &&
            !entries.contains(
                QStringLiteral("%1\n%2\n%3").arg(r.taskId).arg(r.department, r.progressText))) {
            entries.insert(
                QStringLiteral("%1\n%2\n%3").arg(r.taskId).arg(r.department, r.progressText));
            changes.append(RowChange::insert(
                QStringLiteral("progress_entry"), ws->allocateId(QStringLiteral("progress_entry")),
                {{QStringLiteral("task_id"), r.taskId},
                 {QStringLiteral("entry_date"), day},
                 {QStringLiteral("author"), r.department},
                 {QStringLiteral("text"), r.progressText},
                 {QStringLiteral("percent"), r.percent >= 0 ? QVariant(r.percent) : QVariant()}}));
            tasksChanged.insert(r.taskId);
        }
        if (percentApplies) {
            after.insert(QStringLiteral("percent"), r.percent);
            tasksChanged.insert(r.taskId);
        }
        if (r.startTask)
            after.insert(QStringLiteral("status"), taskStatusCode(TaskStatus::InProgress));
        auto request = [&](const QString &kind, const QDate &date, const QString &reason) {
            const QString key =
                QStringLiteral("%1\n%2\n%3").arg(r.taskId).arg(kind, date.toString(Qt::ISODate));
            if (requests.contains(key))
                return;
            requests.insert(key);
            changes.append(RowChange::insert(
                kRequest, ws->allocateId(kRequest),
                {{QStringLiteral("round_id"), r.roundId},
                 {QStringLiteral("task_id"), r.taskId},
                 {QStringLiteral("department_id"), r.departmentId},
                 {QStringLiteral("kind"), kind},
                 {QStringLiteral("requested_date"),
                  date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant()},
                 {QStringLiteral("reason"), textOrNull(reason)},
                 {QStringLiteral("reporter"), textOrNull(r.reporter)},
                 {QStringLiteral("received_at"), day},
                 {QStringLiteral("status"), QStringLiteral("pending")}}));
            tasksChanged.insert(r.taskId);
        };
        if (r.requestClose)
            request(QStringLiteral("close"), QDate(), QString());
        if (r.extendTo.isValid())
            request(QStringLiteral("extend"), r.extendTo, r.extendReason);
    }
    for (const qint64 taskId : taskOrder) {
        const QVariantMap &before = taskBefore[taskId];
        const QVariantMap &after = taskAfter[taskId];
        QVariantMap old;
        QVariantMap now;
        for (auto it = after.cbegin(); it != after.cend(); ++it)
            if (before.value(it.key()).toString() != it.value().toString()) {
                old.insert(it.key(), before.value(it.key()));
                now.insert(it.key(), it.value());
            }
        if (!now.isEmpty())
            changes.append(RowChange::update(QStringLiteral("task"), taskId, old, now));
    }
    // Each department's receipt: the first reply merged is the one the tracker dates.
    QSet<QString> receipted;
    for (const feedback::Receipt &receipt : review.receipts) {
        const QString key = QStringLiteral("%1:%2").arg(receipt.roundId).arg(receipt.departmentId);
        if (receipted.contains(key))
            continue;
        receipted.insert(key);
        const QVariantMap row = recipientRow(ws, receipt.roundId, receipt.departmentId);
        if (row.isEmpty()) {
            changes.append(
                RowChange::insert(kRecipient, ws->allocateId(kRecipient),
                                  {{QStringLiteral("round_id"), receipt.roundId},
                                   {QStringLiteral("department_id"), receipt.departmentId},
                                   {QStringLiteral("task_count"), 0},
                                   {QStringLiteral("replied_at"), day},
                                   {QStringLiteral("reply_file"), receipt.file}}));
        } else if (row.value(QStringLiteral("replied_at")).isNull()) {
            changes.append(RowChange::update(
                kRecipient, row.value(QStringLiteral("id")).toLongLong(),
                {{QStringLiteral("replied_at"), QVariant()},
                 {QStringLiteral("reply_file"), row.value(QStringLiteral("reply_file"))}},
                {{QStringLiteral("replied_at"), day},
                 {QStringLiteral("reply_file"), receipt.file}}));
        }
    }
    if (changes.isEmpty()) {
        *error = QStringLiteral("反馈表中没有新的内容（可能已经合并过）");
        return nullptr;
    }
    return std::make_unique<WorkspaceCommand>(ws,
                                              QStringLiteral("合并%1份反馈表（%2项任务）")
                                                  .arg(review.files.size())
                                                  .arg(tasksChanged.size()),
                                              changes);
}

namespace {

/// The pending request `requestId`, else empty with the reason in `error`.
QVariantMap pendingRequest(Workspace *ws, qint64 requestId, QString *error)
{
    const QVariantMap request = rowreader::row(ws->db(), kRequest, requestId);
    if (request.isEmpty()) {
        *error = QStringLiteral("找不到申请 #%1").arg(requestId);
        return {};
    }
    if (request.value(QStringLiteral("status")).toString() != QLatin1String("pending")) {
        *error = QStringLiteral("申请 #%1 已处理，不能再次审批").arg(requestId);
        return {};
    }
    return request;
}

/// The request marked decided, in the same step as whatever carries the decision out.
RowChange decision(const QVariantMap &request, const QString &status, const QString &by,
                   const QDate &date, const QString &note)
{
    QVariantMap before, after;
    for (const char *column : {"status", "decided_by", "decided_at", "decision_note"})
        before.insert(QString::fromLatin1(column),
                      request.value(QString::fromLatin1(column), QVariant()));
    after.insert(QStringLiteral("status"), status);
    after.insert(QStringLiteral("decided_by"), textOrNull(by));
    after.insert(QStringLiteral("decided_at"), date.toString(Qt::ISODate));
    after.insert(QStringLiteral("decision_note"), textOrNull(note));
    return RowChange::update(kRequest, request.value(QStringLiteral("id")).toLongLong(), before,
                             after);
}

} // namespace

std::unique_ptr<WorkspaceCommand> approveRequest(Workspace *ws, qint64 requestId,
                                                 const QString &approver, const QDate &date,
                                                 QString *error)
{
    const QVariantMap request = pendingRequest(ws, requestId, error);
    if (request.isEmpty())
        return nullptr;
    const qint64 taskId = request.value(QStringLiteral("task_id")).toLongLong();
    const bool extend = request.value(QStringLiteral("kind")).toString() == QLatin1String("extend");
    std::unique_ptr<WorkspaceCommand> taskCommand =
        extend ? taskcommands::extendDeadline(
                     ws, taskId, request.value(QStringLiteral("requested_date")).toString(),
                     request.value(QStringLiteral("reason")).toString(), approver, error)
               : taskcommands::close(ws, taskId, approver, date, error);
    if (!taskCommand)
        return nullptr;
    QList<RowChange> changes = taskCommand->changes();
    changes.append(decision(request, QStringLiteral("approved"), approver, date, QString()));
    return std::make_unique<WorkspaceCommand>(ws, QStringLiteral("批准%1").arg(taskCommand->text()),
                                              changes);
}

std::unique_ptr<WorkspaceCommand> rejectRequest(Workspace *ws, qint64 requestId,
                                                const QString &approver, const QDate &date,
                                                const QString &reason, QString *error)
{
    const QVariantMap request = pendingRequest(ws, requestId, error);
    if (request.isEmpty())
        return nullptr;
    if (reason.trimmed().isEmpty()) {
        *error = QStringLiteral("驳回申请 #%1 须写明理由（将告知报送单位）").arg(requestId);
        return nullptr;
    }
    const bool extend = request.value(QStringLiteral("kind")).toString() == QLatin1String("extend");
    return std::make_unique<WorkspaceCommand>(
        ws,
        QStringLiteral("驳回%1申请 #%2")
            .arg(extend ? QStringLiteral("延期") : QStringLiteral("办结"))
            .arg(requestId),
        QList<RowChange>{decision(request, QStringLiteral("rejected"), approver, date, reason)});
}

} // namespace tuoyu::feedbackcommands
