#include "duesoon.h"

#include "domain/plan.h"
#include "session/workspace.h"
#include "storage/workspacesettings.h"

namespace tuoyu {

DueSoon DueSoon::forWorkspace(Workspace *workspace)
{
    return DueSoon(WorkingDayCalendar::forWorkspace(workspace),
                   workspace ? workspacesettings::dueSoonWorkingDays(*workspace)
                             : workspacesettings::kDefaultDueSoonWorkingDays);
}

bool DueSoon::appliesTo(const Task &task, const QDate &asOf) const
{
    return !task.isClosed() && !task.deadlineInherited &&
           m_calendar.dueWithin(task.deadline, asOf, m_workingDays);
}

QString DueSoon::label() const
{
    return QStringLiteral("%1个工作日内到期").arg(m_workingDays);
}

} // namespace tuoyu
