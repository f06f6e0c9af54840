#pragma once

#include <QString>

namespace tuoyu {

class Database;

/// What an office sets for its whole workspace and every report, page and command-line verb
/// reads the same way: the `workspace_setting` table. They change only through
/// `settingcommands` (audited, undoable); this reads them, with the defaults when unset.
namespace workspacesettings {

/// "Due soon" (即将到期) is a deadline at most this many working days ahead (DueSoon,
/// core/calendar).
inline QString dueSoonWorkingDaysKey()
{
    return QStringLiteral("due_soon_working_days");
}
/// 督办 turns red when a task is overdue by more than this many calendar days (docs/reports.md:
/// lateness is counted in 自然日).
inline QString seriousOverdueDaysKey()
{
    return QStringLiteral("supervision_serious_days");
}

/// Ten working days is two working weeks: long enough for a department to act on a 督办 notice
/// (it has five working days to answer one) and still do the work, short enough that a
/// quarter's tasks do not all show as due at once. It replaces the 15 calendar days of the
/// reports and the 30 of the dashboard, which disagreed and counted weekends and holidays.
constexpr int kDefaultDueSoonWorkingDays = 10;
constexpr int kMaxDueSoonWorkingDays = 60;
constexpr int kDefaultSeriousOverdueDays = 30;
constexpr int kMaxSeriousOverdueDays = 365;

/// The stored text of a setting; empty when the office has not set it.
QString value(Database &db, const QString &key);
int dueSoonWorkingDays(Database &db);
int seriousOverdueDays(Database &db);

} // namespace workspacesettings
} // namespace tuoyu
