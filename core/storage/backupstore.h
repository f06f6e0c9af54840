#pragma once

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace tuoyu {

class Database;

/// One backup of a workspace as the restore dialog and `tuoyu-desk restore` show it. The
/// counts are read from the backup file itself (read-only); -1 when the file does not hold that
/// table (a backup from an old schema) or cannot be read.
struct BackupInfo
{
    enum class Kind
    {
        Daily,         ///< written on the first open of a day, pruned by the retention rule
        BeforeRestore, ///< the file a restore replaced, kept so the restore can be undone
        Other          ///< any other workspace file in the backup folder
    };

    QString path;
    Kind kind = Kind::Other;
    QDateTime made; ///< from the file name; the file's modification time for Kind::Other
    qint64 bytes = 0;
    int schemaVersion = -1;
    qint64 institutions = -1;
    qint64 tasks = -1;
    qint64 ledgerLines = -1;
    QString
        problem; ///< why the file cannot be restored (not a workspace, damaged); empty when sound
};

/// What the officer calls a kind of backup (每日备份, 恢复前的文件, 其他).
QString kindLabel(BackupInfo::Kind kind);

/// The backups of one workspace file: where they go, listing them with what they hold, writing
/// the daily one, pruning old ones and restoring one over the workspace.
///
/// Backups go to a folder beside the workspace (`<dir>/<name>-备份/`), or, when the officer
/// chose a backup folder in 设置, to `<chosen>/<name>-<hash of the path>/`; when that folder
/// cannot be written (a read-only share) to the user's data folder (`<AppData>/备份/<name>-<hash
/// of the path>/`). All of them are listed, so backups made before the setting changed stay in
/// reach. Daily backups keep the 7 newest and the first of each month.
class BackupStore
{
public:
    /// `fallbackRoot`: where backups go when the first folder cannot be written; empty for the
    /// user's data folder (QStandardPaths::AppDataLocation). `chosenRoot`: the folder chosen in
    /// 设置, empty for the folder beside the workspace.
    explicit BackupStore(const QString &workspacePath, const QString &fallbackRoot = QString(),
                         const QString &chosenRoot = QString());
    /// The store the window and the command line use: the backup folder set in 设置
    /// (usersettings::backupFolder).
    static BackupStore forWorkspace(const QString &workspacePath);

    /// The folder beside the workspace and the one in the user's data folder.
    QString besideFolder() const;
    QString fallbackFolder() const;
    /// The workspace's folder under the chosen root; empty when none is chosen.
    QString chosenFolder() const;
    /// Where the next backup goes: the folder beside the workspace if it can be written, else
    /// the fallback; empty (with `error`) when neither can.
    QString writableFolder(QString *error) const;

    /// Every backup in both folders, newest first.
    QList<BackupInfo> list() const;

    /// Writes today's backup of the open workspace unless one for `today` exists, then prunes.
    /// Returns the new backup's path, or empty when there was one already or on failure
    /// (`error` set then).
    QString backupDaily(Database &db, const QDate &today, QString *error);
    /// Deletes the daily backups the retention rule does not keep; returns how many.
    int prune();

    /// Replaces the (closed) workspace file by the backup `from`, after keeping the file it
    /// replaces as a BeforeRestore backup (`keptPath`) so the restore can be undone. Refuses a
    /// file that is not a sound workspace this program can open, changing nothing.
    bool restore(const QString &from, QString *keptPath, QString *error);

    /// Reads a backup's date, size and counts, and whether it can be restored.
    static BackupInfo describe(const QString &path);
    /// Empty when `path` is a sound workspace (the marker, a schema this build reads, a clean
    /// integrity check); otherwise the Chinese reason, naming the file.
    static QString unrestorableReason(const QString &path);
    /// Writes a consistent copy of the open workspace to `path`, refusing to overwrite a file;
    /// built under a temporary name, so a failure leaves nothing.
    static bool write(Database &db, const QString &path, QString *error);

    /// The daily backups to keep among those made on `dates`: the 7 newest and the earliest of
    /// each month. The one place the retention rule is written.
    static QList<QDate> datesToKeep(QList<QDate> dates);

private:
    /// Where backups go first (chosen, else beside), then the fallback; without repeats.
    QStringList folders() const;
    /// The workspace's own folder under `root`: its name and a hash of its path, which tells
    /// apart workspaces of the same name in different folders.
    QString folderUnder(const QString &root) const;

    QString m_workspace;
    QString m_fallbackRoot;
    QString m_chosenRoot;
};

} // namespace tuoyu
