#pragma once

#include "workspacecommand.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

#include <memory>

namespace tuoyu {

class Workspace;

namespace feedback {
struct Review;
}

/// Commands of a 督办 feedback round (core/feedback): sending forms out as a 反馈轮次, merging
/// the replies, and deciding the 办结 / 延期 requests they bring. Each returns nullptr with
/// `error` set, in Chinese, when there is nothing valid to do; nothing is written then.
namespace feedbackcommands {

/// What a round records: the plan, its name, the day the forms state, when replies are due
/// (invalid: five working days after `asOf`) and, per department, the file it was sent.
struct RoundRequest
{
    qint64 planId = 0;
    QString name;
    QDate asOf;
    QDate dueDate;
    QList<qint64> departmentIds;
    QHash<qint64, QString> fileNames;
    QHash<qint64, int> taskCounts;
};

/// The round with one recipient per department; `roundId` is the new round's id.
std::unique_ptr<WorkspaceCommand> createRound(Workspace *workspace, const RoundRequest &request,
                                              qint64 *roundId, QString *error);

/// The review's accepted rows as one undoable command: progress entries dated the review's
/// day with the department as reporter, percent and status changes, pending 办结 and 延期
/// requests, and each department's reply receipt. Rows already merged add nothing.
std::unique_ptr<WorkspaceCommand> merge(Workspace *workspace, const feedback::Review &review,
                                        QString *error);

/// Approves a pending request through the task's own 延期 or 办结 command
/// (taskcommands::extendDeadline, which keeps the old deadline in deadline_extension;
/// taskcommands::close), marking the request approved by `approver` on `date` in the same step.
std::unique_ptr<WorkspaceCommand> approveRequest(Workspace *workspace, qint64 requestId,
                                                 const QString &approver, const QDate &date,
                                                 QString *error);
/// Rejects a pending request; the task is left as it is. `reason` is required: the department
/// is told why.
std::unique_ptr<WorkspaceCommand> rejectRequest(Workspace *workspace, qint64 requestId,
                                                const QString &approver, const QDate &date,
                                                const QString &reason, QString *error);

} // namespace feedbackcommands
} // namespace tuoyu
