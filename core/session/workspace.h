#pragma once

#include "storage/database.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace tuoyu {

class WorkspaceCommand;

/// The officer's editing session on one workspace: its Database (the connection, read by the
/// repositories) with the undo stack, the actor recorded in the audit trail, key allocation and
/// the change signal. Every change goes through execute(), which applies a WorkspaceCommand in
/// one transaction and puts it on the undo stack.
class Workspace : public Database
{
    Q_OBJECT

public:
    ~Workspace() override;

    /// Creates a new, empty workspace file at `path` and opens it (see Database::createFile).
    static std::unique_ptr<Workspace> create(const QString &path, QString *error);
    /// Opens a workspace file, migrating an older schema forward (see Database::openFile).
    static std::unique_ptr<Workspace> open(const QString &path, QString *error);
    /// Opens a workspace on a server with the password the officer typed when it asked for one
    /// (PostgresqlUrl::wantsPassword): given to the connection only, never written.
    static std::unique_ptr<Workspace> open(const QString &path, const QString &password,
                                           QString *error);

    QUndoStack *undoStack() { return &m_undoStack; }

    /// Runs `hook` once, just before the first change this session writes (outside any write
    /// transaction): the command line writes the day's backup there, so a workspace kept only
    /// by scripts is backed up as one opened in the window is (docs/RELIABILITY.md, backups).
    void setBeforeFirstWrite(std::function<void()> hook) { m_beforeFirstWrite = std::move(hook); }

    /// Who is recorded in the audit log: the operating-system user unless set.
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    /// Applies the command in one transaction with its audit rows and pushes it on the undo
    /// stack. On failure nothing changes, the command is discarded and `error` says why.
    bool execute(std::unique_ptr<WorkspaceCommand> command, QString *error = nullptr);

    /// Plans a command with `build` and applies it inside one write transaction: what `build`
    /// reads - the first free ids, the records an import matches - is the data as the last
    /// writer left it, and no other writer can change it before the command is applied. A
    /// second program writing at the same time waits (SqlDialect::lockTimeoutSeconds).
    /// `build` returns nullptr with `error` set when there is nothing to do or it refuses.
    bool execute(const std::function<std::unique_ptr<WorkspaceCommand>(QString *error)> &build,
                 QString *error = nullptr);

    /// A fresh primary key for a row a command is about to insert. Keys are handed out once per
    /// session and never reused, so undo and redo put a row back under the same key. The first
    /// key a command takes from a table is read from the database (past every row another
    /// program has written since), so two programs writing one file do not collide.
    qint64 allocateId(const QString &table);
    /// The id shared by all audit rows of one application of a command; read from the database
    /// inside the command's write transaction.
    qint64 nextAuditBatch();

    /// The write lock held for a scope: a transaction that takes the lock at once (waiting for
    /// another program's write up to the timeout), so everything read inside is what is written
    /// over. Scopes nest (the inner one is a savepoint); the outermost commits. Leaving a scope
    /// without commit() rolls its changes back.
    class WriteLock
    {
    public:
        explicit WriteLock(Workspace *workspace);
        ~WriteLock();
        WriteLock(const WriteLock &) = delete;
        WriteLock &operator=(const WriteLock &) = delete;
        bool isOpen() const { return m_open; }
        /// Why the lock could not be taken: 另一程序正在写入 naming the file when another
        /// program held it past the timeout, else the engine's words.
        QString error() const { return m_error; }
        bool commit(QString *error);

    private:
        void rollback();
        Workspace *m_workspace;
        int m_depth = 0;
        qsizetype m_undoCount = 0;
        bool m_open = false;
        QString m_error;
    };
    bool isWriting() const { return m_writeDepth > 0; }
    /// The message for a write that waited past the timeout for another program.
    QString lockedMessage() const;

    /// Whether another program has committed to the file since this was last asked; when it
    /// has, changed() is emitted with every table, so what is shown is read again. The window
    /// asks on a timer and when it is activated (docs/RELIABILITY.md, two writers). On a
    /// server each commit of a colleague's session is announced (SqlDialect::followOthers)
    /// and this runs as soon as the announcement arrives, through the event loop.
    bool noticeOthersWrites();
    /// True when colleagues' commits are announced as they happen (a server), so the window
    /// need not ask on a timer.
    bool followsOthers() const { return m_followsOthers; }

    /// Announces what a command touched; item models refresh those tables.
    void notifyChanged(const QSet<QString> &tables);
    /// A write failed in the database; the stack is cleared so the window and the file cannot
    /// drift apart, and the message is shown to the user.
    void reportFailure(const QString &message);
    /// The same for a command's undo or redo that failed, called from inside QUndoStack::undo()
    /// or redo(): the stack cannot be cleared there (it still uses the command after the call;
    /// clearing deletes it under its feet). The command marks itself obsolete, so the stack drops
    /// it, and the rest is cleared once the stack has returned: from the event loop, or before
    /// the next command is pushed (a session without an event loop, such as the load test's).
    void reportStepFailure(const QString &message);

Q_SIGNALS:
    void changed(const QSet<QString> &tables);
    void failed(const QString &message);

private:
    Workspace();

    QUndoStack m_undoStack;
    QString m_actor;
    QHash<QString, qint64> m_nextIds;
    QSet<QString> m_syncedIds; ///< tables whose next id was read since the last command
    qint64 m_nextBatch = 0;
    int m_writeDepth = 0;
    QSet<QString> m_pendingChanged; ///< announced when the outermost write scope commits
    qint64 m_othersVersion = -2;    ///< SqlDialect::othersChangeCounter when last asked
    QString m_district;             ///< on a server: whose commits are announced and followed
    bool m_followsOthers = false;
    std::function<void()> m_beforeFirstWrite;
    bool m_clearUndoPending = false; ///< reportStepFailure's clear, not yet done

    void clearPendingUndo();

    void runBeforeFirstWrite();
    /// On a server: announce this session's commits and follow the district's others.
    void followServer();
};

} // namespace tuoyu
