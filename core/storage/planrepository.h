#pragma once

#include "domain/plan.h"

#include <QList>

#include <optional>

namespace tuoyu {

class Database;

/// A task with what a list of tasks shows beside it: its program, project and departments.
struct TaskView
{
    Task task;
    qint64 programId = 0;
    QString programNumber;
    QString programTitle;
    qint64 projectId = 0;
    QString projectNumber;
    QString projectTitle;
    QStringList departments; ///< lead first
    QList<qint64> departmentIds;
    QList<bool>
        departmentImplied; ///< implied by the plan (004: the towns), not printed with the task
    QString lead() const { return departments.isEmpty() ? QString() : departments.first(); }
    /// The lead the officer named: none when the first unit is only implied by the plan.
    QString namedLead() const { return departmentImplied.value(0) ? QString() : lead(); }
    /// The co-responsible (配合) units: all but a named lead.
    QStringList coDepartments() const
    {
        return departmentImplied.value(0) ? departments : departments.mid(1);
    }
    /// Past its deadline on `asOf` and neither done nor cancelled.
    bool overdue(const QDate &asOf) const;
    /// 逾期天数, the one measure of lateness everywhere (task panel, dashboard, reports, CLI):
    /// calendar days (自然日) from the deadline to `asOf`, 0 unless overdue. docs/reports.md says
    /// why calendar days and not working days.
    int daysOverdue(const QDate &asOf) const;
    /// Whether 督办 may rest on the deadline: not while it is the plan's end, inherited because
    /// the document set none, and the officer has not confirmed it (docs/reports.md "Inherited
    /// deadlines"). Such a date is shown "（按实施期末计）" and brings no overdue colour, days,
    /// count or ranking; once confirmed it is the task's own deadline like any other.
    bool deadlineFirm() const { return !task.deadlineInherited; }
    /// 逾期 as the window and the reports count it: overdue() on a firm deadline.
    bool overdueFirm(const QDate &asOf) const { return deadlineFirm() && overdue(asOf); }
};

/// "逾期N天": the days of daysOverdue() with their unit, as the window shows them.
QString overdueDaysText(int days);

struct ProjectNode
{
    Project project;
    QList<TaskView> tasks;
};

struct ProgramNode
{
    Program program;
    QList<ProjectNode> projects;
};

/// Filters for task lists; empty fields do not filter. The tasks page and the command line
/// ask the same question ("what does 区财政局 owe this month?") through matches().
struct TaskFilter
{
    QDate asOf; ///< for `overdueOnly`; today when invalid
    bool overdueOnly = false;
    QString department;       ///< tasks this department leads or shares
    bool leadOnly = false;    ///< with `department`: only tasks it leads (牵头)
    QList<TaskStatus> status; ///< any of these statuses
    QDate deadlineFrom;       ///< deadline on or after (tasks without a date drop out)
    QDate deadlineTo;         ///< deadline on or before
    QString search;           ///< words in the task, its project or its program

    bool matches(const TaskView &task) const;
};

/// Reads plans and their task trees. Writing goes through commands (plancommands.h).
class PlanRepository
{
public:
    explicit PlanRepository(Database *workspace)
        : m_workspace(workspace)
    {
    }

    QList<Plan> plans() const;
    std::optional<Plan> plan(qint64 id) const;
    /// The plan a command without --plan means: the only one, or the most recently created.
    std::optional<Plan> defaultPlan() const;
    QList<Department> departments(qint64 planId) const;
    QList<ProgramNode> tree(qint64 planId) const;
    QList<TaskView> tasks(qint64 planId, const TaskFilter &filter = {}) const;
    std::optional<TaskView> task(qint64 taskId) const;
    QList<ProgressEntry> progress(qint64 taskId) const;
    QList<DeadlineExtension> extensions(qint64 taskId) const;
    QList<LeadingGroupMember> leadingGroup(qint64 planId) const;

private:
    Database *m_workspace;
};

} // namespace tuoyu
