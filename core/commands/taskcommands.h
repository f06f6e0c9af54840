#pragma once

#include "calendar/workingdaycalendar.h"
#include "domain/plan.h"
#include "workspacecommand.h"

#include <QDate>
#include <QStringList>

#include <memory>
#include <optional>

namespace tuoyu {

class Workspace;

/// Commands on one task of a plan (督办): its words, deadline and departments, its progress
/// log, 延期 and 办结. Each returns nullptr with `error` set, in Chinese, when the change is not
/// valid or changes nothing; nothing is written then.
namespace taskcommands {

/// What the task edit form changes. Fields left unset are kept.
struct TaskEdit
{
    std::optional<QString> text;
    /// 完成时限 as words ("2025年6月底前"); they are resolved again, and empty words mean the
    /// task takes the plan's end, marked inherited.
    std::optional<QString> deadlineText;
    std::optional<QDate> startDate; ///< an invalid date clears it
    std::optional<QString> notes;
};

/// What deadline words make of a task's deadline: the words, the date they resolve to (the
/// plan's words or a plain date as typed; invalid when they name no date, such as 长期), and
/// for empty words the plan's end, marked inherited. The task form shows it as it is typed.
struct Deadline
{
    QString words;
    QDate date;
    bool inherited = false;
};
Deadline resolveDeadline(const QString &words, const QDate &planEnd);

std::unique_ptr<WorkspaceCommand> edit(Workspace *workspace, qint64 taskId, const TaskEdit &edit,
                                       QString *error);

/// Sets the lead (牵头) and co-responsible (配合) departments by name. Names the plan does not
/// have yet become department records of the plan; units the plan implies (004's towns) keep
/// their mark when they stay.
std::unique_ptr<WorkspaceCommand> setDepartments(Workspace *workspace, qint64 taskId,
                                                 const QString &lead, const QStringList &others,
                                                 QString *error);

/// Adds a dated 进展 entry. With a percent (0–100) the task's percent follows it, and a task
/// not started yet counts as in progress.
std::unique_ptr<WorkspaceCommand> addProgress(Workspace *workspace, qint64 taskId,
                                              const QDate &date, const QString &text, int percent,
                                              QString *error);
std::unique_ptr<WorkspaceCommand> removeProgress(Workspace *workspace, qint64 entryId,
                                                 QString *error);

/// 延期: moves the deadline to what `newDeadlineText` names (words or an ISO date), keeping
/// the original in a deadline_extension record with the reason. The new deadline must be later.
std::unique_ptr<WorkspaceCommand> extendDeadline(Workspace *workspace, qint64 taskId,
                                                 const QString &newDeadlineText,
                                                 const QString &reason, const QString &approver,
                                                 QString *error);

/// Confirms an inherited deadline (the plan gave none, the task took the plan's end) as the
/// task's real 完成时限: the date is written as its words and the task no longer follows the
/// plan's end; from then on reports give it a 督办 colour and rank on it.
std::unique_ptr<WorkspaceCommand> confirmDeadline(Workspace *workspace, qint64 taskId,
                                                  QString *error);

/// 办结: done at 100%, with who confirmed it and when.
std::unique_ptr<WorkspaceCommand> close(Workspace *workspace, qint64 taskId,
                                        const QString &confirmedBy, const QDate &date,
                                        QString *error);
/// Takes back 办结: the task is in progress again and the confirmation is cleared.
std::unique_ptr<WorkspaceCommand> reopen(Workspace *workspace, qint64 taskId, QString *error);

/// The officer's own working-day calendar entry for a date (a holiday or a 调休 workday),
/// replacing an earlier entry for the same date.
std::unique_ptr<WorkspaceCommand> setCalendarDay(Workspace *workspace, const QDate &date,
                                                 WorkingDayCalendar::DayKind kind,
                                                 const QString &name, QString *error);
std::unique_ptr<WorkspaceCommand> removeCalendarDay(Workspace *workspace, const QDate &date,
                                                    QString *error);

} // namespace taskcommands
} // namespace tuoyu
