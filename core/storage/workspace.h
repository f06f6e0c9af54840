#pragma once

#include "sqldialect.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QUndoStack>

#include <functional>
#include <memory>

namespace tuoyu {

class WorkspaceCommand;

/// One open .tuoyu file: its SQLite connection, its undo stack and its audit trail. Every
/// change goes through execute(), which applies a WorkspaceCommand in one transaction and puts
/// it on the undo stack; readers (the repositories) query db() directly.
class Workspace : public QObject
{
    Q_OBJECT

public:
    ~Workspace() override;

    /// Creates a new, empty workspace at `path` (refusing to overwrite an existing file). The
    /// file is built under a temporary name and renamed at the end, so a failure leaves nothing.
    static std::unique_ptr<Workspace> create(const QString &path, QString *error);
    /// Opens a workspace, migrating an older schema forward after writing a backup copy beside
    /// it. Refuses files that are not workspaces or come from a newer version of the program.
    static std::unique_ptr<Workspace> open(const QString &path, QString *error);

    QString path() const { return m_path; }
    QSqlDatabase &db() { return m_db; }
    QUndoStack *undoStack() { return &m_undoStack; }
    SqlDialect::JournalMode journalMode() const { return m_journalMode; }
    /// The backup written before the last migration on open, empty when none ran.
    QString migrationBackupPath() const { return m_migrationBackup; }

    /// Who is recorded in the audit log: the operating-system user unless set.
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }

    /// Applies the command in one transaction with its audit rows and pushes it on the undo
    /// stack. On failure nothing changes, the command is discarded and `error` says why.
    bool execute(std::unique_ptr<WorkspaceCommand> command, QString *error = nullptr);

    /// A fresh primary key for a row a command is about to insert. Keys are handed out once per
    /// session and never reused, so undo and redo put a row back under the same key.
    qint64 allocateId(const QString &table);
    /// The id shared by all audit rows of one application of a command.
    qint64 nextAuditBatch();

    QString info(const QString &key) const;
    bool setInfo(const QString &key, const QString &value);

    /// Announces what a command touched; item models refresh those tables.
    void notifyChanged(const QSet<QString> &tables);
    /// A command's undo or redo failed in the database; the stack is cleared so the window and
    /// the file cannot drift apart, and the message is shown to the user.
    void reportFailure(const QString &message);

Q_SIGNALS:
    void changed(const QSet<QString> &tables);
    void failed(const QString &message);

private:
    Workspace(const QString &path, const QString &connectionName);
    bool connect(QString *error);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    QUndoStack m_undoStack;
    SqlDialect::JournalMode m_journalMode = SqlDialect::JournalMode::Wal;
    QString m_actor;
    QString m_migrationBackup;
    QHash<QString, qint64> m_nextIds;
    qint64 m_nextBatch = 0;
    std::function<void(int)> m_onLogCommit; ///< after each commit in WAL mode: pages in the log
    bool m_checkpointPending = false;
};

} // namespace tuoyu
