#include "workspace.h"

#include "commands/workspacecommand.h"

#include "storage/postgresql/postgresqlurl.h"
#include "storage/sqlquery.h"
#include <QDir>
#include <QSqlError>

#include <algorithm>
#include <utility>

namespace tuoyu {

namespace {

QString systemUser()
{
    QString user = qEnvironmentVariable("USERNAME"); // Windows
    if (user.isEmpty())
        user = qEnvironmentVariable("USER");
    return user.isEmpty() ? QStringLiteral("本机用户") : user;
}

} // namespace

Workspace::Workspace()
    : m_actor(systemUser())
{
}

Workspace::~Workspace()
{
    // Commands hold the workspace; they go before the connection does.
    m_undoStack.clear();
}

std::unique_ptr<Workspace> Workspace::create(const QString &path, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    if (PostgresqlUrl::isUrl(path)) {
        std::unique_ptr<Workspace> ws(new Workspace);
        if (!ws->openServer(path, true, error))
            return nullptr;
        ws->followServer();
        return ws;
    }
    if (!createFile(path, error))
        return nullptr;
    return open(path, error);
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, QString *error)
{
    return open(path, QString(), error);
}

std::unique_ptr<Workspace> Workspace::open(const QString &path, const QString &password,
                                           QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    std::unique_ptr<Workspace> ws(new Workspace);
    const bool server = PostgresqlUrl::isUrl(path);
    if (!(server ? ws->openServer(path, false, error, password) : ws->openFile(path, error)))
        return nullptr;
    if (server)
        ws->followServer();
    return ws;
}

void Workspace::followServer()
{
    QString ignored;
    if (const auto url = PostgresqlUrl::parse(path(), &ignored))
        m_district = url->district;
    // A colleague's commit arrives through the event loop; inside one of our own writes it
    // waits for the window's next look (the count stays moved on), so that what reacts never
    // reads inside our transaction.
    m_followsOthers = dialect().followOthers(db(), m_district, [this] {
        if (!isWriting())
            noticeOthersWrites();
    });
    m_othersVersion = dialect().othersChangeCounter(db());
}

void Workspace::runBeforeFirstWrite()
{
    if (!m_beforeFirstWrite || m_writeDepth > 0 || !readOnlyReason().isEmpty())
        return;
    const std::function<void()> hook = std::move(m_beforeFirstWrite);
    m_beforeFirstWrite = nullptr;
    hook();
}

bool Workspace::execute(std::unique_ptr<WorkspaceCommand> command, QString *error)
{
    runBeforeFirstWrite();
    QString why = readOnlyReason();
    const bool applied = why.isEmpty() && command->applyFirst(&why);
    m_syncedIds.clear(); // the next command reads its first ids again
    if (!applied) {
        if (error)
            *error = why;
        return false;
    }
    clearPendingUndo(); // a failed undo's stale commands must not stay below this one
    m_undoStack.push(command.release());
    return true;
}

bool Workspace::execute(
    const std::function<std::unique_ptr<WorkspaceCommand>(QString *error)> &build, QString *error)
{
    QString dummy;
    if (!error)
        error = &dummy;
    runBeforeFirstWrite();
    WriteLock lock(this);
    if (!lock.isOpen()) {
        *error = lock.error();
        return false;
    }
    std::unique_ptr<WorkspaceCommand> command = build(error);
    if (!command || !execute(std::move(command), error))
        return false;
    return lock.commit(error);
}

qint64 Workspace::allocateId(const QString &table)
{
    auto it = m_nextIds.find(table);
    if (it == m_nextIds.end())
        it = m_nextIds.insert(table, 1);
    if (!m_syncedIds.contains(table)) {
        // Another program may have written rows since this session last looked; never go
        // below a key this session handed out (undo and redo keep theirs).
        it.value() = std::max(it.value(), dialect().firstFreeKey(db(), table));
        if (!dialect().keyPerCall())
            m_syncedIds.insert(table);
    }
    return it.value()++;
}

qint64 Workspace::nextAuditBatch()
{
    // Called inside the command's write transaction: no other writer can take this number
    // before the command commits.
    m_nextBatch = std::max(m_nextBatch, dialect().firstFreeKey(db(), QStringLiteral("audit_log"),
                                                               QStringLiteral("batch")));
    return m_nextBatch++;
}

QString Workspace::lockedMessage() const
{
    return QStringLiteral("另一程序正在写入 %1，等候 %2 秒后仍未写完；本次修改未保存，请稍后再试")
        .arg(QDir::toNativeSeparators(path()))
        .arg(dialect().lockTimeoutSeconds());
}

namespace {
/// A write lock's failure in the officer's words: a lock held past the busy timeout as the
/// session says it (naming the file and the wait), anything else as the storage error says it.
QString lockFailureMessage(const Workspace *workspace, const StorageError &e)
{
    return e.failure() == StorageFailure::Locked ? workspace->lockedMessage() : e.message();
}
} // namespace

Workspace::WriteLock::WriteLock(Workspace *workspace)
    : m_workspace(workspace)
    , m_depth(workspace->m_writeDepth)
    , m_undoCount(workspace->m_undoStack.count())
{
    QSqlDatabase &db = workspace->db();
    try {
        if (m_depth == 0) {
            workspace->dialect().beginWrite(db);
            try {
                workspace->dialect().announceWrite(db, workspace->m_district);
            } catch (const StorageError &) {
                try {
                    SqlQuery(db).exec(QStringLiteral("ROLLBACK"));
                } catch (const StorageError &) {
                    // the failure being thrown is the one to report
                }
                throw;
            }
            // Ids are read again under the lock: another program may have written since.
            workspace->m_syncedIds.clear();
        } else {
            SqlQuery q(db);
            q.exec(QStringLiteral("SAVEPOINT write_%1").arg(m_depth));
        }
    } catch (const StorageError &e) {
        m_error = lockFailureMessage(workspace, e);
        return;
    }
    m_open = true;
    ++workspace->m_writeDepth;
}

Workspace::WriteLock::~WriteLock()
{
    if (m_open)
        rollback();
}

bool Workspace::WriteLock::commit(QString *error)
{
    if (!m_open)
        return false;
    QSqlDatabase &db = m_workspace->db();
    try {
        SqlQuery q(db);
        if (m_depth == 0)
            q.exec(QStringLiteral("COMMIT"));
        else
            q.exec(QStringLiteral("RELEASE write_%1").arg(m_depth));
    } catch (const StorageError &e) {
        // The commit's own failure (a full disk, a lock), taken before the rollback, whose
        // "no transaction is active" would hide it.
        *error = lockFailureMessage(m_workspace, e);
        rollback();
        return false;
    }
    m_open = false;
    if (--m_workspace->m_writeDepth == 0 && !m_workspace->m_pendingChanged.isEmpty())
        m_workspace->notifyChanged(std::exchange(m_workspace->m_pendingChanged, {}));
    return true;
}

void Workspace::WriteLock::rollback()
{
    try {
        SqlQuery q(m_workspace->db());
        if (m_depth == 0) {
            q.exec(QStringLiteral("ROLLBACK"));
        } else {
            q.exec(QStringLiteral("ROLLBACK TO write_%1").arg(m_depth));
            q.exec(QStringLiteral("RELEASE write_%1").arg(m_depth));
        }
    } catch (const StorageError &) {
        // Called from the destructor too, so it must not throw. A failed ROLLBACK means the
        // engine already rolled back (SQLite does on a full disk or I/O error): nothing is left
        // to undo, and the failure that caused it has been reported.
    }
    m_open = false;
    if (--m_workspace->m_writeDepth == 0)
        m_workspace->m_pendingChanged.clear();
    // Commands applied inside the scope are gone from the file: they cannot stay on the undo
    // stack. (Those applied before the scope are the file's.)
    if (m_depth == 0 && m_workspace->m_undoStack.count() != m_undoCount)
        m_workspace->reportFailure(QStringLiteral("写入 %1 未完成，改动已撤回")
                                       .arg(QDir::toNativeSeparators(m_workspace->path())));
}

bool Workspace::noticeOthersWrites()
{
    const qint64 version = dialect().othersChangeCounter(db());
    const bool changedByOthers = m_othersVersion != -2 && version != m_othersVersion;
    m_othersVersion = version;
    if (!changedByOthers)
        return false;
    // QPSQL names a table outside `public` with its schema ("屯留区.institution"); the pages
    // and the cache know tables by their own names, so the district's schema is dropped.
    QSet<QString> tables;
    for (const QString &table : db().tables())
        tables.insert(table.section(QLatin1Char('.'), -1));
    Q_EMIT changed(tables);
    return true;
}

void Workspace::notifyChanged(const QSet<QString> &tables)
{
    // Inside a write scope the change is announced when the scope commits: whoever reacts
    // (snapshots, pages) reads and writes outside the scope's transaction.
    if (m_writeDepth > 0) {
        m_pendingChanged += tables;
        return;
    }
    Q_EMIT changed(tables);
}

void Workspace::reportFailure(const QString &message)
{
    m_clearUndoPending = false;
    m_undoStack.clear();
    Q_EMIT failed(message);
}

void Workspace::reportStepFailure(const QString &message)
{
    m_clearUndoPending = true;
    QMetaObject::invokeMethod(this, &Workspace::clearPendingUndo, Qt::QueuedConnection);
    Q_EMIT failed(message);
}

void Workspace::clearPendingUndo()
{
    if (!m_clearUndoPending)
        return;
    m_clearUndoPending = false;
    m_undoStack.clear();
}

} // namespace tuoyu
