#pragma once

#include <QDate>
#include <QString>
#include <QStringList>

namespace tuoyu {

/// The officer's own settings for this copy of the program (设置), kept with QSettings: in the
/// user's settings, or in an ini file beside the program when it runs portable
/// (portablesettings.h). What belongs to a workspace, such as the due-soon window, is in
/// workspacesettings instead; the report fonts are document::FontChoice.
namespace usersettings {

/// The interface language: "system" (the system's locale), "zh_CN" or "en"; read once at start,
/// so a change takes effect when the program is started again.
inline QString languageKey()
{
    return QStringLiteral("interface/language");
}
QStringList languages();
/// The stored language, "system" when unset or unknown.
QString language();
void setLanguage(const QString &language);

/// Where backups go (BackupStore): empty for the folder beside each workspace, else a folder the
/// officer chose (a second disk, a share the office backs up).
inline QString backupFolderKey()
{
    return QStringLiteral("backup/folder");
}
QString backupFolder();
void setBackupFolder(const QString &folder);

/// The as-of date a new report starts from (汇报 page, `tuoyu-desk report` without --as-of).
struct ReportAsOf
{
    enum class Rule
    {
        Today,
        EndOfLastMonth, ///< the monthly report's usual date: the last day of the month before
        FixedDate       ///< one date for a whole reporting round
    };
    Rule rule = Rule::Today;
    QDate fixed; ///< for FixedDate
    /// The date the rule gives on `today`.
    QDate dateFor(const QDate &today) const;
    /// "today", "end-of-last-month" or "fixed", as stored.
    static QString code(Rule rule);
};
inline QString reportAsOfKey()
{
    return QStringLiteral("report/asOf");
}
inline QString reportAsOfDateKey()
{
    return QStringLiteral("report/asOfDate");
}
ReportAsOf reportAsOf();
void setReportAsOf(const ReportAsOf &asOf);

} // namespace usersettings
} // namespace tuoyu
