#include "workspace.h"

#include "commands/workspacecommand.h"
#include "schema.h"
#include "transaction.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>

namespace tuoyu {

namespace {

QString uniqueConnectionName()
{
    static QAtomicInt counter;
    return QStringLiteral("tuoyu-workspace-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString systemUser()
{
    QString user = qEnvironmentVariable("USERNAME"); // Windows
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("本机用户") : user;
}

QString nativeName(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

} // namespace

Workspace::Workspace(const QString &path, const QString &connectionName)
    : m_path(path)
    , m_connectionName(connectionName)
    , m_actor(systemUser())
{
}

Workspace::~Workspace()
{
    m_undoStack.clear();
    if (m_db.isOpen()) {
        SqlDialect::watchLog(m_db, nullptr);
        m_db.close();
    }
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Workspace::connect(QString *error)
{
    m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    m_db.setDatabaseName(m_path);
    if (!m_db.open()) {
        *error = QStringLiteral("无法打开 %1：%2").arg(nativeName(m_path), m_db.lastError().text());
        return false;
    }
    QString why;
    if (!SqlDialect::readable(m_db, &why)) {
        *error = QStringLiteral("%1 不是托育工作台文件（%2）").arg(nativeName(m_path), why);
        return false;
    }
    m_journalMode = SqlDialect::journalModeFor(m_path);
    if (!SqlDialect::configure(m_db, m_journalMode, &why)) {
        *error = QStringLiteral("无法设置 %1：%2").arg(nativeName(m_path), why);
        return false;
    }
    // The log is copied back into the file when the event loop is next idle, not inside the
    // commit the officer waits for (SQLite's own threshold: 1,000 pages). Without an event loop
    // (the command line) closing does it.
    if (m_journalMode == SqlDialect::JournalMode::Wal) {
        m_onLogCommit = [this](int pages) {
            if (pages < 1000 || m_checkpointPending)
                return;
            m_checkpointPending = true;
            QMetaObject::invokeMethod(
                this,
                [this] {
                    m_checkpointPending = false;
                    SqlDialect::checkpoint(m_db);
                },
                Qt::QueuedConnection);
        };
        SqlDialect::watchLog(m_db, &m_onLogCommit);
    }
    return true;
}

std::unique_ptr<Workspace> Workspace::create(const QString &path, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    const QFileInfo target(path);
    if (target.exists()) {
        *error = QStringLiteral("%1 已存在，不会覆盖").arg(nativeName(path));
        return nullptr;
    }
    if (!target.absoluteDir().exists()) {
        *error = QStringLiteral("文件夹不存在：%1").arg(nativeName(target.absolutePath()));
        return nullptr;
    }
    const QString temp = target.absoluteFilePath() + QStringLiteral(".creating");
    QFile::remove(temp);
    {
        std::unique_ptr<Workspace> building(new Workspace(temp, uniqueConnectionName()));
        bool ok = building->connect(error);
        QString why;
        if (ok && !(SqlDialect::setApplicationId(building->m_db, &why) &&
                    Schema::migrate(building->m_db, 0, Schema::currentVersion(), &why))) {
            *error = QStringLiteral("无法创建 %1：%2").arg(nativeName(path), why);
            ok = false;
        }
        if (ok) {
            building->setInfo(QStringLiteral("created_at"),
                              QDateTime::currentDateTime().toString(Qt::ISODate));
            QSqlQuery q(building->m_db);
            ok = q.exec(QStringLiteral("INSERT INTO district (id, name) VALUES (1, '')"));
            // Checkpoint and leave WAL so the file is complete on its own before the rename.
            q.exec(QStringLiteral("PRAGMA journal_mode = DELETE"));
            if (!ok)
                *error =
                    QStringLiteral("无法创建 %1：%2").arg(nativeName(path), q.lastError().text());
        }
        building.reset();
        if (!ok) {
            QFile::remove(temp);
            return nullptr;
        }
    }
    if (!QFile::rename(temp, target.absoluteFilePath())) {
        QFile::remove(temp);
        *error = QStringLiteral("无法写入 %1").arg(nativeName(path));
        return nullptr;
    }
    return open(target.absoluteFilePath(), error);
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    const QFileInfo info(path);
    if (!info.exists() || !info.isFile()) {
        *error = QStringLiteral("找不到文件：%1").arg(nativeName(path));
        return nullptr;
    }
    std::unique_ptr<Workspace> ws(new Workspace(info.absoluteFilePath(), uniqueConnectionName()));
    if (!ws->connect(error))
        return nullptr;
    QSqlDatabase &db = ws->m_db;
    if (SqlDialect::applicationId(db) != SqlDialect::kApplicationId) {
        *error = QStringLiteral("%1 不是托育工作台文件").arg(nativeName(path));
        return nullptr;
    }
    const int version = SqlDialect::schemaVersion(db);
    if (version > Schema::currentVersion()) {
        *error = QStringLiteral("%1 由更新版本的托育工作台写入（数据结构第 %2 版），请升级本程序")
                     .arg(nativeName(path))
                     .arg(version);
        return nullptr;
    }
    if (version < Schema::currentVersion()) {
        const QString backup =
            QStringLiteral("%1/%2.v%3-backup-%4.tuoyu")
                .arg(info.absolutePath(), info.completeBaseName())
                .arg(version)
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
        QString why;
        if (!SqlDialect::backup(db, backup, &why)) {
            *error = QStringLiteral("升级前无法备份 %1：%2").arg(nativeName(path), why);
            return nullptr;
        }
        ws->m_migrationBackup = backup;
        if (!Schema::migrate(db, version, Schema::currentVersion(), &why)) {
            *error = QStringLiteral("%1：%2（原文件未改动，备份在 %3）")
                         .arg(nativeName(path), why, nativeName(backup));
            return nullptr;
        }
    }
    return ws;
}

bool Workspace::execute(std::unique_ptr<WorkspaceCommand> command, QString *error)
{
    QString why;
    if (!command->applyFirst(&why)) {
        if (error)
            *error = why;
        return false;
    }
    m_undoStack.push(command.release());
    return true;
}

qint64 Workspace::allocateId(const QString &table)
{
    auto it = m_nextIds.find(table);
    if (it == m_nextIds.end()) {
        QSqlQuery q(m_db);
        // The table name comes from our own commands, never from user input.
        q.exec(QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(table));
        const qint64 max = q.next() ? q.value(0).toLongLong() : 0;
        it = m_nextIds.insert(table, max + 1);
    }
    return it.value()++;
}

qint64 Workspace::nextAuditBatch()
{
    if (m_nextBatch == 0) {
        QSqlQuery q(m_db);
        q.exec(QStringLiteral("SELECT COALESCE(MAX(batch), 0) FROM audit_log"));
        m_nextBatch = (q.next() ? q.value(0).toLongLong() : 0) + 1;
    }
    return m_nextBatch++;
}

QString Workspace::info(const QString &key) const
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT value FROM workspace_info WHERE key = ?"));
    q.addBindValue(key);
    if (q.exec() && q.next())
        return q.value(0).toString();
    return QString();
}

bool Workspace::setInfo(const QString &key, const QString &value)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("DELETE FROM workspace_info WHERE key = ?"));
    q.addBindValue(key);
    if (!q.exec())
        return false;
    q.prepare(QStringLiteral("INSERT INTO workspace_info (key, value) VALUES (?, ?)"));
    q.addBindValue(key);
    q.addBindValue(value);
    return q.exec();
}

void Workspace::notifyChanged(const QSet<QString> &tables)
{
    Q_EMIT changed(tables);
}

void Workspace::reportFailure(const QString &message)
{
    m_undoStack.clear();
    Q_EMIT failed(message);
}

} // namespace tuoyu
