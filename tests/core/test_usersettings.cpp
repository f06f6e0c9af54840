// The officer's own settings (usersettings, 设置) where the core applies them: the backup folder
// BackupStore writes to, lists and prunes, and the reports' default as-of date.
#include "platform/usersettings.h"
#include "storage/backupstore.h"
#include "testworkspace.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>

#include <catch2/catch.hpp>

using namespace tuoyu;
using namespace tuoyu::test;

TEST_CASE(
    "A chosen backup folder takes the daily backup, and backups beside stay listed and pruned",
    "[backup][settings]")
{
    QSettings().remove(usersettings::backupFolderKey());
    TempWorkspace t(QStringLiteral("屯留区.tuoyu"));
    const QString appData = t.dir.filePath(QStringLiteral("appdata"));
    QString error;
    // Made beside the workspace while nothing was chosen.
    BackupStore before(t.path(QStringLiteral("屯留区.tuoyu")), appData);
    const QString first = before.backupDaily(*t.get(), QDate(2025, 3, 1), &error);
    INFO(error.toStdString());
    REQUIRE(QFileInfo(first).absolutePath() == before.besideFolder());

    usersettings::setBackupFolder(t.dir.filePath(QStringLiteral("D盘备份")));
    CHECK(usersettings::backupFolder() == t.dir.filePath(QStringLiteral("D盘备份")));
    BackupStore chosen = BackupStore::forWorkspace(t.path(QStringLiteral("屯留区.tuoyu")));
    CHECK(chosen.chosenFolder().startsWith(t.dir.filePath(QStringLiteral("D盘备份/屯留区-"))));
    // The day already backed up beside is not backed up again.
    CHECK(chosen.backupDaily(*t.get(), QDate(2025, 3, 1), &error).isEmpty());
    const QString second = chosen.backupDaily(*t.get(), QDate(2025, 3, 2), &error);
    REQUIRE(QFileInfo(second).absolutePath() == chosen.chosenFolder());
    CHECK(chosen.writableFolder(&error) == chosen.chosenFolder());
    const QList<BackupInfo> listed = chosen.list();
    REQUIRE(listed.size() == 2);
    CHECK(listed.at(0).path == second);
    CHECK(listed.at(1).path == first);
    // Retention counts both folders: eight more days leave the 7 newest and March's first.
    for (int day = 3; day <= 10; ++day)
        REQUIRE_FALSE(chosen.backupDaily(*t.get(), QDate(2025, 3, day), &error).isEmpty());
    CHECK(QFileInfo::exists(first)); // the first of the month
    CHECK_FALSE(QFileInfo::exists(second));
    CHECK(chosen.list().size() == 8);

    // A chosen folder that cannot be made falls back to the user's data folder.
    const QString blocker = t.dir.filePath(QStringLiteral("blocker"));
    QFile file(blocker);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.close();
    BackupStore blocked(t.path(QStringLiteral("屯留区.tuoyu")), appData, blocker);
    CHECK(blocked.writableFolder(&error) == blocked.fallbackFolder());
    usersettings::setBackupFolder(QString());
    CHECK_FALSE(QSettings().contains(usersettings::backupFolderKey()));
}

TEST_CASE("The reports' default as-of date: today, the end of last month or a fixed date",
          "[settings]")
{
    using Rule = usersettings::ReportAsOf::Rule;
    QSettings().remove(usersettings::reportAsOfKey());
    CHECK(usersettings::reportAsOf().rule == Rule::Today);
    const QDate today(2025, 3, 12);
    CHECK(usersettings::reportAsOf().dateFor(today) == today);

    usersettings::setReportAsOf({Rule::EndOfLastMonth, QDate()});
    CHECK(usersettings::reportAsOf().dateFor(today) == QDate(2025, 2, 28));
    CHECK(usersettings::reportAsOf().dateFor(QDate(2025, 1, 1)) == QDate(2024, 12, 31));

    usersettings::setReportAsOf({Rule::FixedDate, QDate(2024, 12, 31)});
    CHECK(usersettings::reportAsOf().dateFor(today) == QDate(2024, 12, 31));
    // A damaged stored date is no date: today again.
    QSettings().setValue(usersettings::reportAsOfDateKey(), QStringLiteral("2024-13-40"));
    CHECK(usersettings::reportAsOf().rule == Rule::Today);
    CHECK(usersettings::reportAsOf().dateFor(today) == today);
}
