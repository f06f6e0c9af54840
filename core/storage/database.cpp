#include "database.h"

#include "backupstore.h"
#include "schema.h"

#include "storage/sqlquery.h"
#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>

#include <algorithm>

namespace tuoyu {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("tuoyu-workspace-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// Writes the backup taken before upgrading `db` from `version`, or keeps the one a failed
/// upgrade of the same file left (issue 16: every retry wrote a new full copy).
bool keepMigrationBackup(Database &db, const QString &backup, int version, QString *error)
{
    const QFileInfo existing(backup);
    if (existing.exists()) {
        // Reused when it holds this version and nothing was written to the workspace since
        // (its log counts only when it holds pages: opening makes an empty one).
        QDateTime changed = QFileInfo(db.path()).lastModified();
        const QFileInfo log(db.path() + QStringLiteral("-wal"));
        if (log.size() > 0)
            changed = std::max(changed, log.lastModified());
        const BackupInfo held = BackupStore::describe(backup);
        if (held.problem.isEmpty() && held.schemaVersion == version &&
            existing.lastModified() >= changed)
            return true;
        // An older copy (the workspace was changed since, or restored): kept under its date.
        const QString aside =
            QStringLiteral("%1/%2-%3.tuoyu")
                .arg(existing.absolutePath(), existing.completeBaseName(),
                     existing.lastModified().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        if (!QFile::rename(backup, aside)) {
            *error = QStringLiteral("无法移开旧的备份 %1").arg(nativeName(backup));
            return false;
        }
    }
    return BackupStore::write(db, backup, error);
}

} // namespace

Database::Database()
    : m_connectionName(uniqueConnectionName())
    , m_dialect(&SqlDialect::forFile())
{
}

Database::~Database()
{
    disconnect();
}

void Database::disconnect()
{
    if (m_db.isOpen()) {
        m_dialect->watchLog(m_db, nullptr);
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::connect(const QString &path, Access access, QString *error)
{
    m_path = path;
    m_access = access;
    const bool immutable = access == Access::ReadOnlyMedium;
    m_db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    m_db.setDatabaseName(m_dialect->connectionName(path, immutable));
    m_db.setConnectOptions(m_dialect->connectOptions(access != Access::ReadWrite, immutable));
    if (!m_db.open()) {
        const QSqlError failure = m_db.lastError();
        *error = storageMessage(m_dialect->failureOf(failure), path, failure.text());
        return false;
    }
    QString why;
    if (!m_dialect->readable(m_db, &why)) {
        *error = QStringLiteral("%1 不是托育工作台文件（%2）").arg(nativeName(path), why);
        return false;
    }
    return true;
}

bool Database::configureConnection(QString *error)
{
    QString why;
    if (isReadOnly()) {
        if (!m_dialect->configureReadOnly(m_db, &why)) {
            *error = QStringLiteral("无法设置 %1：%2").arg(nativeName(m_path), why);
            return false;
        }
        return true;
    }
    if (!m_dialect->configure(m_db, m_path, &why)) {
        *error = QStringLiteral("无法设置 %1：%2").arg(nativeName(m_path), why);
        return false;
    }
    // The log is copied back into the file when the event loop is next idle, not inside the
    // commit the officer waits for (SQLite's own threshold: 1,000 pages). Without an event loop
    // (the command line) closing does it.
    m_onLogCommit = [this](int pages) {
        if (pages < 1000 || m_checkpointPending)
            return;
        m_checkpointPending = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_checkpointPending = false;
                m_dialect->checkpoint(m_db);
            },
            Qt::QueuedConnection);
    };
    m_dialect->watchLog(m_db, &m_onLogCommit);
    return true;
}

bool Database::createFile(const QString &path, QString *error)
{
    const QFileInfo target(path);
    if (target.exists()) {
        *error = QStringLiteral("%1 已存在，不会覆盖").arg(nativeName(path));
        return false;
    }
    if (!target.absoluteDir().exists()) {
        *error = QStringLiteral("文件夹不存在：%1").arg(nativeName(target.absolutePath()));
        return false;
    }
    const QString temp = target.absoluteFilePath() + QStringLiteral(".creating");
    QFile::remove(temp);
    bool built = false;
    try {
        built = buildFile(temp, path, error);
    } catch (const StorageError &e) {
        *error = e.message();
    }
    if (!built) {
        QFile::remove(temp);
        return false;
    }
    if (!QFile::rename(temp, target.absoluteFilePath())) {
        QFile::remove(temp);
        *error = QStringLiteral("无法写入 %1").arg(nativeName(path));
        return false;
    }
    return true;
}

bool Database::buildFile(const QString &temp, const QString &path, QString *error)
{
    Database building;
    bool ok =
        building.connect(temp, Access::ReadWrite, error) && building.configureConnection(error);
    const SqlDialect &dialect = building.dialect();
    QString why;
    if (ok && !(dialect.markAsWorkspace(building.m_db, &why) &&
                Schema::migrate(building.m_db, 0, Schema::currentVersion(), &why))) {
        *error = QStringLiteral("无法创建 %1：%2").arg(nativeName(path), why);
        ok = false;
    }
    if (ok) {
        building.setInfo(QStringLiteral("created_at"),
                         QDateTime::currentDateTime().toString(Qt::ISODate));
        SqlQuery q(building.m_db);
        q.exec(QStringLiteral("INSERT INTO district (id, name) VALUES (1, '')"));
        ok = dialect.finishNewFile(building.m_db, &why);
        if (!ok)
            *error = QStringLiteral("无法创建 %1：%2").arg(nativeName(path), why);
    }
    return ok;
}

bool Database::openFile(const QString &path, QString *error)
{
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        *error = QStringLiteral("找不到文件：%1").arg(nativeName(path));
        return false;
    }
    // The file's own bytes say whether it is a workspace before any connection touches it:
    // opening and configuring a connection may write (a journal mode is kept in the file), and
    // someone else's database, or an empty file, must stay exactly as it was.
    StorageFailure failure = StorageFailure::Other;
    QString why;
    if (!m_dialect->examineFile(info.absoluteFilePath(), &failure, &why)) {
        *error = storageMessage(failure, info.absoluteFilePath(), why);
        return false;
    }
    try {
        return openChecked(info, error);
    } catch (const StorageError &e) {
        *error = e.message();
        return false;
    }
}

bool Database::openChecked(const QFileInfo &info, QString *error)
{
    const QString path = info.absoluteFilePath();
    // A file on read-only media is read as it is: the engine could make no lock or log file
    // beside it. QFileInfo asks the system, so a read-only mount or an immutable file counts,
    // and a file only its permission bits protect does not for an administrator, who can write it.
    const bool writable = info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
    if (!connect(path, writable ? Access::ReadWrite : Access::ReadOnlyMedium, error))
        return false;
    if (!m_dialect->isWorkspace(m_db)) {
        *error = storageMessage(StorageFailure::NotWorkspace, path);
        return false;
    }
    // A damaged file opens for what can still be read, and for nothing else: a write into a
    // malformed b-tree can spread the damage, and an import would trust a registry it could not
    // read whole.
    m_damage = m_dialect->quickProblems(m_db);
    if (!m_damage.isEmpty() && m_access == Access::ReadWrite) {
        // Opened again read-only: the engine itself then refuses any write that got past
        // Workspace::execute (the session's own temporary tables still work).
        disconnect();
        if (!connect(path, Access::Damaged, error))
            return false;
    }
    if (!m_damage.isEmpty())
        m_access = Access::Damaged;
    if (!configureConnection(error))
        return false;
    const int version = m_dialect->schemaVersion(m_db);
    if (version > Schema::currentVersion()) {
        *error = QStringLiteral("%1 由更新版本的托育工作台写入（数据结构第 %2 版），请升级本程序")
                     .arg(nativeName(path))
                     .arg(version);
        return false;
    }
    if (version < Schema::currentVersion() && isReadOnly()) {
        *error = QStringLiteral("%1 的数据结构是旧版（第 %2 版），需要升级后才能打开，但%3")
                     .arg(nativeName(path))
                     .arg(version)
                     .arg(m_access == Access::Damaged
                              ? QStringLiteral("文件已损坏，不能升级；请从备份恢复")
                              : QStringLiteral(
                                    "文件或所在文件夹只读，不能升级；请复制到可写的位置再打开"));
        return false;
    }
    if (version < Schema::currentVersion()) {
        // One backup per schema version: a retry after a failed upgrade reuses it.
        const QString backup = QStringLiteral("%1/%2.v%3-backup.tuoyu")
                                   .arg(info.absolutePath(), info.completeBaseName())
                                   .arg(version);
        QString why;
        if (!keepMigrationBackup(*this, backup, version, &why)) {
            *error = QStringLiteral("升级前无法备份 %1：%2").arg(nativeName(path), why);
            return false;
        }
        m_migrationBackup = backup;
        if (!Schema::migrate(m_db, version, Schema::currentVersion(), &why)) {
            *error = QStringLiteral("%1：%2（原文件未改动，备份在 %3）")
                         .arg(nativeName(path), why, nativeName(backup));
            return false;
        }
    }
    return true;
}

QString Database::readOnlyReason() const
{
    switch (m_access) {
    case Access::ReadWrite:
        break;
    case Access::ReadOnlyMedium:
        return QStringLiteral(
                   "%1 所在的位置不能写入（文件或文件夹只读），已以只读方式打开：可以查看、"
                   "导出和出报告，不能修改")
            .arg(nativeName(m_path));
    case Access::ReadOnlyRole:
        return QStringLiteral("%1：本账号对该区县只有查看权限，已以只读方式打开：可以查看、导出和"
                              "出报告，不能修改")
            .arg(m_path);
    case Access::Damaged:
        return QStringLiteral(
                   "%1 已损坏（打开时的快速检查发现 %2 处问题），已以只读方式打开：为免损"
                   "坏扩大，不能修改；能读出的数据仍可查看和导出，读不出时会提示")
            .arg(nativeName(m_path))
            .arg(m_damage.size());
    }
    return QString();
}

QString Database::info(const QString &key) const
{
    SqlQuery q(m_db);
    q.exec(QStringLiteral("SELECT value FROM workspace_info WHERE key = ?"), {key});
    if (q.next())
        return q.value(0).toString();
    return QString();
}

bool Database::setInfo(const QString &key, const QString &value)
{
    SqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM workspace_info WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return false;
    q.prepare(QStringLiteral("INSERT INTO workspace_info (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}

} // namespace tuoyu
