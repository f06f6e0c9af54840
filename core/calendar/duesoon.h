#pragma once

#include "workingdaycalendar.h"

#include <QDate>
#include <QString>

namespace tuoyu {

class Workspace;
struct Task;

/// "Due soon" (即将到期), the one rule the dashboard, the task list and its filter, every report
/// and `tasks --json` apply: an open task whose own deadline (not the plan's end it inherited,
/// docs/reports.md) is today or later and at most the workspace's window of working days away.
/// Working days, because the time left to do something is counted in days an office works.
class DueSoon
{
public:
    DueSoon(WorkingDayCalendar calendar, int workingDays)
        : m_calendar(std::move(calendar))
        , m_workingDays(workingDays)
    {
    }
    /// The workspace's calendar and its window (workspacesettings::dueSoonWorkingDays).
    static DueSoon forWorkspace(Workspace *workspace);

    int workingDays() const { return m_workingDays; }
    const WorkingDayCalendar &calendar() const { return m_calendar; }
    bool appliesTo(const Task &task, const QDate &asOf) const;
    /// How the window is written in reports and on screen: "10个工作日内到期".
    QString label() const;

private:
    WorkingDayCalendar m_calendar;
    int m_workingDays;
};

} // namespace tuoyu
