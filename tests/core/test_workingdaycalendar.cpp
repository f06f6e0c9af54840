#include "calendar/workingdaycalendar.h"
#include "commands/taskcommands.h"
#include "testworkspace.h"

#include <catch2/catch.hpp>

using namespace tuoyu;

TEST_CASE("The shipped calendar knows 2023–2026 holidays and 调休 workdays")
{
    const WorkingDayCalendar c = WorkingDayCalendar::shipped();
    CHECK(c.years() == QList<int>{2023, 2024, 2025, 2026});
    // 2024-02-04 is a Sunday worked for the Spring Festival.
    CHECK(QDate(2024, 2, 4).dayOfWeek() == 7);
    CHECK(c.isWorkingDay(QDate(2024, 2, 4)));
    CHECK(c.entry(QDate(2024, 2, 4))->kind == WorkingDayCalendar::DayKind::Workday);
    // National Day week: every day off, weekdays included.
    for (QDate d(2024, 10, 1); d <= QDate(2024, 10, 7); d = d.addDays(1)) {
        INFO(d.toString(Qt::ISODate).toStdString());
        CHECK_FALSE(c.isWorkingDay(d));
        CHECK(c.holidayName(d) == QStringLiteral("国庆节"));
    }
    CHECK(c.isWorkingDay(QDate(2024, 10, 8)));
    CHECK(c.isWorkingDay(QDate(2024, 10, 12))); // Saturday, worked
    CHECK_FALSE(c.isWorkingDay(QDate(2024, 10, 13)));
    // An ordinary week: weekends off.
    CHECK(c.isWorkingDay(QDate(2024, 3, 15)));
    CHECK_FALSE(c.isWorkingDay(QDate(2024, 3, 16)));
    // Years without data fall back to weekends.
    CHECK_FALSE(c.covers(2030));
    CHECK(c.isWorkingDay(QDate(2030, 10, 1)));
}

TEST_CASE("Working days are counted across the National Day week")
{
    const WorkingDayCalendar c = WorkingDayCalendar::shipped();
    // 5 working days before Thursday 2024-10-10: 10-09, 10-08, (holiday week), 09-30, Sunday
    // 09-29 (worked), Friday 09-27.
    CHECK(c.addWorkingDays(QDate(2024, 10, 10), -5) == QDate(2024, 9, 27));
    CHECK(c.addWorkingDays(QDate(2024, 9, 27), 5) == QDate(2024, 10, 10));
    CHECK(c.workingDaysBetween(QDate(2024, 9, 27), QDate(2024, 10, 10)) == 5);
    CHECK(c.workingDaysBetween(QDate(2024, 9, 30), QDate(2024, 10, 7)) == 0);
    CHECK(c.workingDaysBetween(QDate(2024, 10, 10), QDate(2024, 9, 27)) == 0);
    CHECK(c.addWorkingDays(QDate(2024, 3, 15), 0) == QDate(2024, 3, 15));
    // A whole year: 366 days, 262 weekdays, 11 weekday holidays … the fast count agrees with
    // a day-by-day count.
    int slow = 0;
    for (QDate d(2024, 1, 1); d <= QDate(2024, 12, 31); d = d.addDays(1))
        slow += c.isWorkingDay(d) ? 1 : 0;
    CHECK(c.workingDaysBetween(QDate(2023, 12, 31), QDate(2024, 12, 31)) == slow);
    CHECK(slow == 251);

    // "Due within 5 working days" skips the holiday: on 09-30 a 10-08 deadline is 1 working
    // day away; 10-14 is six (10-08 … 10-11, Saturday 10-12, 10-14).
    CHECK(c.dueWithin(QDate(2024, 10, 8), QDate(2024, 9, 30), 5));
    CHECK_FALSE(c.dueWithin(QDate(2024, 10, 14), QDate(2024, 9, 30), 5));
    CHECK(c.workingDaysBetween(QDate(2024, 9, 30), QDate(2024, 10, 14)) == 6);
    CHECK_FALSE(c.dueWithin(QDate(2024, 9, 29), QDate(2024, 9, 30), 5)); // already past
}

TEST_CASE("序时进度 spreads a task over its working days")
{
    const WorkingDayCalendar c = WorkingDayCalendar::shipped();
    // 09-23 … 10-11 holds 11 working days: five, Sunday 09-29, 09-30, then 10-08 … 10-11.
    const QDate start(2024, 9, 23);
    const QDate deadline(2024, 10, 11);
    CHECK(c.scheduleProgress(start, deadline, QDate(2024, 9, 20)) == 0);
    CHECK(c.scheduleProgress(start, deadline, QDate(2024, 9, 23)) == 9);  // 1 of 11
    CHECK(c.scheduleProgress(start, deadline, QDate(2024, 9, 30)) == 64); // 7 of 11
    // The holiday week does not move it.
    CHECK(c.scheduleProgress(start, deadline, QDate(2024, 10, 7)) == 64);
    CHECK(c.scheduleProgress(start, deadline, QDate(2024, 10, 11)) == 100);
    CHECK(c.scheduleProgress(start, deadline, QDate(2025, 1, 1)) == 100);
    CHECK_FALSE(c.scheduleProgress(QDate(), deadline, QDate(2024, 9, 30)));
    CHECK_FALSE(c.scheduleProgress(deadline, start, QDate(2024, 9, 30)));
}

TEST_CASE("The officer adds next year's holidays to the workspace, undoably")
{
    test::TempWorkspace t;
    QString error;
    CHECK(WorkingDayCalendar::forWorkspace(t.get()).isWorkingDay(QDate(2027, 2, 8)));

    REQUIRE(t->execute(taskcommands::setCalendarDay(t.get(), QDate(2027, 2, 8),
                                                    WorkingDayCalendar::DayKind::Holiday,
                                                    QStringLiteral("春节"), &error),
                       &error));
    REQUIRE(t->execute(taskcommands::setCalendarDay(t.get(), QDate(2027, 2, 14),
                                                    WorkingDayCalendar::DayKind::Workday,
                                                    QStringLiteral("春节"), &error),
                       &error));
    WorkingDayCalendar c = WorkingDayCalendar::forWorkspace(t.get());
    CHECK_FALSE(c.isWorkingDay(QDate(2027, 2, 8)));
    CHECK(c.holidayName(QDate(2027, 2, 8)) == QStringLiteral("春节"));
    CHECK(c.isWorkingDay(QDate(2027, 2, 14))); // a Sunday
    CHECK(c.covers(2027));
    CHECK(WorkingDayCalendar::workspaceEntries(t.get()).size() == 2);

    // A workday must be a weekend day; a holiday needs a name. Nothing is written.
    CHECK_FALSE(taskcommands::setCalendarDay(
        t.get(), QDate(2027, 2, 10), WorkingDayCalendar::DayKind::Workday, QString(), &error));
    CHECK(error.contains(QStringLiteral("周六或周日")));
    CHECK_FALSE(taskcommands::setCalendarDay(
        t.get(), QDate(2027, 2, 10), WorkingDayCalendar::DayKind::Holiday, QString(), &error));
    // Shipped days cannot be removed, only overridden.
    CHECK_FALSE(taskcommands::removeCalendarDay(t.get(), QDate(2024, 10, 1), &error));

    // An officer's entry wins over the shipped one for the same date.
    REQUIRE(t->execute(taskcommands::setCalendarDay(t.get(), QDate(2024, 10, 12),
                                                    WorkingDayCalendar::DayKind::Holiday,
                                                    QStringLiteral("国庆节"), &error),
                       &error));
    CHECK_FALSE(WorkingDayCalendar::forWorkspace(t.get()).isWorkingDay(QDate(2024, 10, 12)));

    REQUIRE(
        t->execute(taskcommands::removeCalendarDay(t.get(), QDate(2027, 2, 8), &error), &error));
    CHECK(WorkingDayCalendar::forWorkspace(t.get()).isWorkingDay(QDate(2027, 2, 8)));
    t->undoStack()->undo();
    CHECK_FALSE(WorkingDayCalendar::forWorkspace(t.get()).isWorkingDay(QDate(2027, 2, 8)));
    t->undoStack()->undo();
    CHECK(WorkingDayCalendar::forWorkspace(t.get()).isWorkingDay(QDate(2024, 10, 12)));
    CHECK(test::auditRows(t.get(), QStringLiteral("undo")) == 2);
}
