#include "backupstore.h"

#include "database.h"
#include "readonlyconnection.h"
#include "schema.h"
#include "sqldialect.h"

#include "platform/usersettings.h"
#include "storage/sqlquery.h"
#include <QAtomicInt>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QStandardPaths>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <functional>
#include <map>

namespace tuoyu {

namespace {

const QString kSuffix = QStringLiteral(".tuoyu");
const QString kBeforeRestore = QStringLiteral("恢复前");
const QString kDayFormat = QStringLiteral("yyyy-MM-dd");
const QString kTimeFormat = QStringLiteral("yyyy-MM-dd-HHmmss");

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// A read-only connection to a file that is removed with the object.
class ReadOnlyFile
{
public:
    explicit ReadOnlyFile(const QString &path)
    {
        static QAtomicInt counter;
        m_name = QStringLiteral("tuoyu-backup-%1").arg(counter.fetchAndAddRelaxed(1));
        const SqlDialect &dialect = SqlDialect::forFile();
        m_db = QSqlDatabase::addDatabase(dialect.driverName(), m_name);
        m_open = openReadOnly(m_db, path, &m_error);
    }
    ~ReadOnlyFile()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    bool isOpen() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase &db() { return m_db; }

    qint64 count(const QString &table)
    {
        // A backup that cannot be counted is listed as such (-1), not taken for the workspace.
        try {
            SqlQuery q(m_db);
            if (q.exec(QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)) && q.next())
                return q.value(0).toLongLong();
        } catch (const StorageError &) {
        }
        return -1;
    }

private:
    QString m_name;
    QSqlDatabase m_db;
    bool m_open = false;
    QString m_error;
};

/// Why the open file cannot be restored (the marker, the schema); empty when it can.
QString markerProblem(ReadOnlyFile &file, const QString &path)
{
    if (!file.isOpen())
        return QStringLiteral("%1 无法读取（%2）").arg(nativeName(path), file.error());
    const SqlDialect &dialect = SqlDialect::forFile();
    if (!dialect.isWorkspace(file.db()))
        return QStringLiteral("%1 不是托育工作台文件").arg(nativeName(path));
    const int version = dialect.schemaVersion(file.db());
    if (version > Schema::currentVersion())
        return QStringLiteral("%1 由更新版本的托育工作台写入（数据结构第 %2 版）")
            .arg(nativeName(path))
            .arg(version);
    return QString();
}

bool canWriteIn(const QString &folder)
{
    if (!QDir().mkpath(folder))
        return false;
    // A folder's permission bits do not tell whether a share or medium takes writes: try.
    QFile probe(folder + QStringLiteral("/.tuoyu-probe"));
    if (!probe.open(QIODevice::WriteOnly))
        return false;
    const bool written = probe.write("x", 1) == 1;
    probe.close();
    probe.remove();
    return written;
}

bool replaceFile(const QString &from, const QString &to, QString *why)
{
#ifdef Q_OS_WIN
    // Windows renames over no file: the old one goes first.
    QFile::remove(to);
    QFile file(from);
    if (file.rename(to))
        return true;
    if (why)
        *why = file.errorString();
    return false;
#else
    // One step: the name holds the old file or the new one, never neither.
    if (std::rename(QFile::encodeName(from).constData(), QFile::encodeName(to).constData()) == 0)
        return true;
    if (why)
        *why = QString::fromLocal8Bit(std::strerror(errno));
    return false;
#endif
}

} // namespace

QString kindLabel(BackupInfo::Kind kind)
{
    switch (kind) {
    case BackupInfo::Kind::Daily:
        return QStringLiteral("每日备份");
    case BackupInfo::Kind::BeforeRestore:
        return QStringLiteral("恢复前的文件");
    case BackupInfo::Kind::Other:
        break;
    }
    return QStringLiteral("其他");
}

BackupStore::BackupStore(const QString &workspacePath, const QString &fallbackRoot,
                         const QString &chosenRoot)
    : m_workspace(QFileInfo(workspacePath).absoluteFilePath())
    , m_fallbackRoot(fallbackRoot)
    , m_chosenRoot(chosenRoot)
{
}

BackupStore BackupStore::forWorkspace(const QString &workspacePath)
{
    return BackupStore(workspacePath, QString(), usersettings::backupFolder());
}

QString BackupStore::folderUnder(const QString &root) const
{
    const QByteArray hash =
        QCryptographicHash::hash(m_workspace.toUtf8(), QCryptographicHash::Sha1).toHex().left(8);
    return root + QLatin1Char('/') + QFileInfo(m_workspace).completeBaseName() + QLatin1Char('-') +
           QString::fromLatin1(hash);
}

QString BackupStore::chosenFolder() const
{
    return m_chosenRoot.isEmpty() ? QString() : folderUnder(QDir::cleanPath(m_chosenRoot));
}

QStringList BackupStore::folders() const
{
    QStringList out;
    for (const QString &folder : {chosenFolder(), besideFolder(), fallbackFolder()})
        if (!folder.isEmpty() && !out.contains(folder))
            out << folder;
    return out;
}

QString BackupStore::besideFolder() const
{
    const QFileInfo info(m_workspace);
    return info.absolutePath() + QLatin1Char('/') + info.completeBaseName() +
           QStringLiteral("-备份");
}

QString BackupStore::fallbackFolder() const
{
    const QString root = m_fallbackRoot.isEmpty()
                             ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                             : m_fallbackRoot;
    return folderUnder(root + QStringLiteral("/备份"));
}

QString BackupStore::writableFolder(QString *error) const
{
    // The chosen folder, else the one beside the workspace; then the user's data folder.
    const QString first = m_chosenRoot.isEmpty() ? besideFolder() : chosenFolder();
    for (const QString &folder : {first, fallbackFolder()})
        if (canWriteIn(folder))
            return folder;
    if (error)
        *error = QStringLiteral("无法写入备份文件夹 %1，也无法写入 %2")
                     .arg(nativeName(first), nativeName(fallbackFolder()));
    return QString();
}

BackupInfo BackupStore::describe(const QString &path)
{
    BackupInfo info;
    const QFileInfo file(path);
    info.path = file.absoluteFilePath();
    info.bytes = file.size();
    info.made = file.lastModified();
    static const QRegularExpression daily(QStringLiteral(R"(-(\d{4}-\d{2}-\d{2})\.tuoyu$)"));
    static const QRegularExpression beforeRestore(
        QStringLiteral(R"(-(\d{4}-\d{2}-\d{2}-\d{6})(?:-\d+)?-%1\.tuoyu$)").arg(kBeforeRestore));
    if (const auto m = daily.match(file.fileName()); m.hasMatch()) {
        info.kind = BackupInfo::Kind::Daily;
        // The name's day; the file's time of that day.
        const QDate day = QDate::fromString(m.captured(1), kDayFormat);
        if (day.isValid())
            info.made = QDateTime(day, info.made.date() == day ? info.made.time() : QTime(0, 0));
    } else if (const auto r = beforeRestore.match(file.fileName()); r.hasMatch()) {
        info.kind = BackupInfo::Kind::BeforeRestore;
        const QDateTime at = QDateTime::fromString(r.captured(1), kTimeFormat);
        if (at.isValid())
            info.made = at;
    }
    ReadOnlyFile db(path);
    try {
        info.problem = markerProblem(db, path);
        if (info.problem.isEmpty()) {
            info.schemaVersion = SqlDialect::forFile().schemaVersion(db.db());
            info.institutions = db.count(QStringLiteral("institution"));
            info.tasks = db.count(QStringLiteral("task"));
            info.ledgerLines = db.count(QStringLiteral("ledger_line"));
        }
    } catch (const StorageError &e) { // listed with why it cannot be restored, not thrown
        info.problem = e.message();
    }
    return info;
}

QString BackupStore::unrestorableReason(const QString &path)
{
    if (!QFileInfo(path).isFile())
        return QStringLiteral("找不到文件：%1").arg(nativeName(path));
    ReadOnlyFile db(path);
    // A file too damaged to be examined at all fails its query (StorageError names the file):
    // that is the reason too.
    try {
        if (QString problem = markerProblem(db, path); !problem.isEmpty())
            return problem;
        const QStringList problems = SqlDialect::forFile().integrityProblems(db.db());
        if (!problems.isEmpty())
            return QStringLiteral("%1 已损坏，未通过完整性检查（%2）")
                .arg(nativeName(path), problems.first());
    } catch (const StorageError &e) {
        return e.message();
    }
    return QString();
}

QList<BackupInfo> BackupStore::list() const
{
    QList<BackupInfo> backups;
    for (const QString &folder : folders()) {
        const QDir dir(folder);
        if (!dir.exists())
            continue;
        for (const QFileInfo &file :
             dir.entryInfoList({QStringLiteral("*") + kSuffix}, QDir::Files, QDir::Name))
            backups << describe(file.absoluteFilePath());
    }
    std::sort(backups.begin(), backups.end(),
              [](const BackupInfo &a, const BackupInfo &b) { return a.made > b.made; });
    return backups;
}

bool BackupStore::write(Database &db, const QString &path, QString *error)
{
    if (QFileInfo::exists(path)) {
        *error = QStringLiteral("%1 已存在，不会覆盖").arg(nativeName(path));
        return false;
    }
    const QString temp = path + QStringLiteral(".writing");
    QFile::remove(temp);
    QString why;
    if (!db.dialect().backup(db.db(), temp, &why) || !replaceFile(temp, path, &why)) {
        QFile::remove(temp);
        *error = QStringLiteral("无法把 %1 备份到 %2：%3")
                     .arg(nativeName(db.path()), nativeName(path), why);
        return false;
    }
    return true;
}

QString BackupStore::backupDaily(Database &db, const QDate &today, QString *error)
{
    const QString name = QFileInfo(m_workspace).completeBaseName() + QLatin1Char('-') +
                         today.toString(kDayFormat) + kSuffix;
    for (const QString &folder : folders())
        if (QFileInfo::exists(folder + QLatin1Char('/') + name))
            return QString();
    const QString folder = writableFolder(error);
    if (folder.isEmpty())
        return QString();
    const QString path = folder + QLatin1Char('/') + name;
    if (!write(db, path, error))
        return QString();
    prune();
    return path;
}

QList<QDate> BackupStore::datesToKeep(QList<QDate> dates)
{
    std::sort(dates.begin(), dates.end(), std::greater<>());
    dates.erase(std::unique(dates.begin(), dates.end()), dates.end());
    QList<QDate> keep = dates.mid(0, 7);
    std::map<int, QDate> firstOfMonth; // year * 12 + month → earliest day
    for (const QDate &d : std::as_const(dates)) {
        const int month = d.year() * 12 + d.month();
        firstOfMonth[month] = d; // dates run newest first, so the last one seen is the earliest
    }
    for (const auto &[month, day] : firstOfMonth)
        if (!keep.contains(day))
            keep << day;
    std::sort(keep.begin(), keep.end(), std::greater<>());
    return keep;
}

int BackupStore::prune()
{
    const QString prefix = QFileInfo(m_workspace).completeBaseName() + QLatin1Char('-');
    QList<QPair<QDate, QString>> daily;
    for (const QString &folder : folders()) {
        const QDir dir(folder);
        for (const QString &name :
             dir.entryList({prefix + QStringLiteral("*") + kSuffix}, QDir::Files)) {
            const QString middle =
                name.mid(prefix.size(), name.size() - prefix.size() - kSuffix.size());
            const QDate day = QDate::fromString(middle, kDayFormat);
            if (day.isValid())
                daily.append({day, dir.filePath(name)});
        }
    }
    QList<QDate> dates;
    for (const auto &entry : std::as_const(daily))
        dates << entry.first;
    const QList<QDate> keep = datesToKeep(dates);
    int removed = 0;
    for (const auto &[day, path] : std::as_const(daily))
        if (!keep.contains(day) && QFile::remove(path))
            ++removed;
    return removed;
}

bool BackupStore::restore(const QString &from, QString *keptPath, QString *error)
{
    const QString source = QFileInfo(from).absoluteFilePath();
    if (source == m_workspace) {
        *error = QStringLiteral("%1 就是要恢复的工作台本身").arg(nativeName(source));
        return false;
    }
    if (const QString reason = unrestorableReason(source); !reason.isEmpty()) {
        *error = QStringLiteral("不能从这个文件恢复：%1").arg(reason);
        return false;
    }
    if (QFileInfo::exists(m_workspace)) {
        // Someone's other database is never replaced; a damaged workspace, unreadable, may be.
        ReadOnlyFile current(m_workspace);
        if (current.isOpen() && !SqlDialect::forFile().isWorkspace(current.db())) {
            *error =
                QStringLiteral("%1 不是托育工作台文件，不会被覆盖").arg(nativeName(m_workspace));
            return false;
        }
    }
    const QString folder = writableFolder(error);
    if (folder.isEmpty())
        return false;

    // 1. Keep the file being replaced, so that restoring it undoes this restore.
    QString kept;
    if (QFileInfo::exists(m_workspace)) {
        const QString stem = folder + QLatin1Char('/') + QFileInfo(m_workspace).completeBaseName() +
                             QLatin1Char('-') + QDateTime::currentDateTime().toString(kTimeFormat);
        kept = stem + QLatin1Char('-') + kBeforeRestore + kSuffix;
        for (int n = 2; QFileInfo::exists(kept); ++n)
            kept = QStringLiteral("%1-%2-%3%4").arg(stem).arg(n).arg(kBeforeRestore, kSuffix);
        const QString connection = QStringLiteral("tuoyu-restore-keep");
        bool copied = false;
        {
            // A read-write connection: it takes in a log a crashed session left beside the file.
            const SqlDialect &dialect = SqlDialect::forFile();
            QSqlDatabase db = QSqlDatabase::addDatabase(dialect.driverName(), connection);
            db.setDatabaseName(m_workspace);
            try {
                copied = db.open() && dialect.backup(db, kept, nullptr);
            } catch (const StorageError &) {
                copied = false; // copied byte for byte below
            }
            db.close();
        }
        QSqlDatabase::removeDatabase(connection);
        // A file the database engine cannot copy (damaged) is kept byte for byte with its log.
        if (!copied) {
            QFile::remove(kept);
            copied = QFile::copy(m_workspace, kept);
            const QString log = m_workspace + QStringLiteral("-wal");
            if (copied && QFileInfo::exists(log))
                copied = QFile::copy(log, kept + QStringLiteral("-wal"));
        }
        if (!copied) {
            *error = QStringLiteral("恢复前无法保留 %1 的副本到 %2，未作任何改动")
                         .arg(nativeName(m_workspace), nativeName(kept));
            return false;
        }
    }

    // 2. Copy the backup in under a temporary name (through the engine, which takes in a log
    // beside it), then put it in the workspace's place. The replaced file's log goes with it:
    // it would otherwise be applied to the restored file.
    const QString temp = m_workspace + QStringLiteral(".restoring");
    QFile::remove(temp);
    QString why;
    bool copied = false;
    {
        ReadOnlyFile backup(source);
        copied = backup.isOpen() && SqlDialect::forFile().backup(backup.db(), temp, &why);
    }
    if (!copied) {
        QFile::remove(temp);
        *error = QStringLiteral("无法复制 %1 到 %2（%3），工作台未改动")
                     .arg(nativeName(source), nativeName(m_workspace), why);
        return false;
    }
    QFile::remove(m_workspace + QStringLiteral("-wal"));
    QFile::remove(m_workspace + QStringLiteral("-shm"));
    if (!replaceFile(temp, m_workspace, &why)) {
        QFile::remove(temp);
        *error = QStringLiteral("无法替换 %1：%2（原文件的副本在 %3）")
                     .arg(nativeName(m_workspace), why, nativeName(kept));
        return false;
    }
    if (keptPath)
        *keptPath = kept;
    return true;
}

} // namespace tuoyu
