#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

namespace tuoyu {

/// 实施方案: one district plan with its period. A workspace may hold several plans over the same
/// institution registry (a 三年行动方案 and a 示范项目方案 at once).
struct Plan
{
    qint64 id = 0;
    QString title;
    QString shortTitle;
    QDate periodStart;
    QDate periodEnd;
    QString sourceDocument;
    QStringList issuingUnits;
    QString signer; ///< 落款单位: the office that signs the plan's reports (卫健局, 专班办公室)
    QString templateId;
    QString notes;
};

/// 责任部门: one record per unit per plan, so "what does 区财政局 owe" is one query.
struct Department
{
    qint64 id = 0;
    qint64 planId = 0;
    QString name;
    int seq = 0;
};

/// 工程 / 重点任务 group.
struct Program
{
    qint64 id = 0;
    qint64 planId = 0;
    int seq = 0;
    QString number; ///< generated from position: "（一）" (domain/outlinenumber.h)
    QString title;
    QString description;
    QString label; ///< the number the document printed, when it differs from `number`
};

/// 项目: a numbered item of a program.
struct Project
{
    qint64 id = 0;
    qint64 programId = 0;
    int seq = 0;
    QString number; ///< generated from position through the plan: "5"
    QString title;
    QString description;
    QString label; ///< the number the document printed, when it differs from `number`
};

enum class TaskStatus
{
    NotStarted, ///< 未开始
    InProgress, ///< 进行中
    Done,       ///< 已完成
    Cancelled   ///< 已取消
};

QString taskStatusCode(TaskStatus status);
TaskStatus taskStatusFromCode(const QString &code);
QString taskStatusLabel(TaskStatus status);
/// Accepts a code ("done") or a Chinese label ("已完成"); false when neither.
bool parseTaskStatus(const QString &words, TaskStatus *status);

/// 任务清单 item with its 完成时限. The deadline words are kept as printed; `deadline` is what
/// they resolve to (invalid when they name no date). `deadlineInherited` marks a task whose
/// document gave no deadline and which takes the plan's end instead.
struct Task
{
    qint64 id = 0;
    qint64 projectId = 0;
    int seq = 0;
    QString text;
    QString deadlineText;
    QDate deadline;
    bool deadlineInherited = false;
    QDate startDate;
    TaskStatus status = TaskStatus::NotStarted;
    int percent = 0;
    QString closedBy; ///< 办结 confirmed by
    QDate closedDate;
    QString notes;
    QString number; ///< generated from position in its project: "（1）"

    /// Done or cancelled: nothing more is owed on it, so it is never overdue or due soon.
    bool isClosed() const { return status == TaskStatus::Done || status == TaskStatus::Cancelled; }
};

/// A task's department with its role: the lead (牵头) first, then co-responsible units.
struct TaskDepartment
{
    qint64 taskId = 0;
    qint64 departmentId = 0;
    bool lead = false;
    int seq = 0;
};

/// 进展: a dated note of what was done.
struct ProgressEntry
{
    qint64 id = 0;
    qint64 taskId = 0;
    QDate date;
    QString author;
    QString text;
    int percent = -1; ///< -1 when the entry states no percent
};

/// 延期: the original deadline is kept in the extension record.
struct DeadlineExtension
{
    qint64 id = 0;
    qint64 taskId = 0;
    QDate oldDeadline;
    QString oldDeadlineText;
    QDate newDeadline;
    QString newDeadlineText;
    QString reason;
    QString approver;
    QDateTime createdAt;
};

/// 领导小组 / 工作专班 member. Members listed only as units have an empty name.
struct LeadingGroupMember
{
    qint64 id = 0;
    qint64 planId = 0;
    int seq = 0;
    QString role; ///< 组长 / 副组长 / 成员 / 办公室主任
    QString name;
    QString position;
    QString unit;
};

} // namespace tuoyu
