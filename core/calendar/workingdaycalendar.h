#pragma once

#include <QDate>
#include <QList>
#include <QMap>
#include <QString>

#include <optional>

namespace tuoyu {

class Workspace;

/// China's working days for 督办: Monday to Friday, except the statutory holidays, plus the
/// 调休 weekend days that are worked instead. The State Council publishes the holidays each
/// year, so they are data: the shipped years (resources/calendar/holidays-cn.json) and the
/// officer's own entries in the workspace's `holiday` table, which win over the shipped ones for
/// the same date. Years with no entries fall back to plain weekends.
class WorkingDayCalendar
{
public:
    enum class DayKind
    {
        Holiday, ///< 放假 (a weekday or a weekend day inside a holiday period)
        Workday  ///< 调休上班: a weekend day that is worked
    };

    /// One special day: a holiday or a make-up workday.
    struct Entry
    {
        QDate date;
        DayKind kind = DayKind::Holiday;
        QString name;         ///< 春节, 国庆节 …; for a workday the holiday it makes up for
        bool shipped = false; ///< from the shipped data, not the officer's own entry
        qint64 id = 0;        ///< the `holiday` row for the officer's entries
    };

    /// Weekends only.
    WorkingDayCalendar() = default;

    /// The shipped 2023–2026 holidays and make-up workdays.
    static WorkingDayCalendar shipped();
    /// The shipped data with the workspace's own entries over it (shipped only when null).
    static WorkingDayCalendar forWorkspace(Workspace *workspace);
    /// The officer's entries of a workspace, by date.
    static QList<Entry> workspaceEntries(Workspace *workspace);

    /// Adds or replaces the entry for its date; an officer's entry makes its year covered.
    void set(const Entry &entry);

    bool isWorkingDay(const QDate &date) const;
    /// The holiday a date belongs to, empty for ordinary days and workdays.
    QString holidayName(const QDate &date) const;
    std::optional<Entry> entry(const QDate &date) const;
    /// Every entry of a year, by date.
    QList<Entry> entries(int year) const;
    /// Years the data names holidays for; other years count weekends only.
    QList<int> years() const;
    bool covers(int year) const { return years().contains(year); }

    /// Working days in (from, to]: 0 when to <= from. "How many working days are left until
    /// the deadline" is workingDaysBetween(today, deadline).
    int workingDaysBetween(const QDate &from, const QDate &to) const;
    /// The working day `n` working days after `date` (before it when n is negative); n == 0
    /// gives `date` itself.
    QDate addWorkingDays(const QDate &date, int n) const;
    /// The deadline is today or later and no more than `n` working days away.
    bool dueWithin(const QDate &deadline, const QDate &asOf, int n) const;

    /// 序时进度: the percent a task should have reached on `asOf` if its work were spread
    /// evenly over the working days from `start` to `deadline` (0 before the start, 100 from
    /// the deadline on). Nothing when either date is missing or the deadline precedes the start.
    std::optional<int> scheduleProgress(const QDate &start, const QDate &deadline,
                                        const QDate &asOf) const;

private:
    QMap<QDate, Entry> m_entries;
    QList<int> m_years; ///< the years of the notices, not of their dates (2023's starts 2022-12-31)
};

} // namespace tuoyu
