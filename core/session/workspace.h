#pragma once

#include "storage/database.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QUndoStack>

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

    QUndoStack *undoStack() { return &m_undoStack; }

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

    /// Announces what a command touched; item models refresh those tables.
    void notifyChanged(const QSet<QString> &tables);
    /// A command's undo or redo failed in the database; the stack is cleared so the window and
    /// the file cannot drift apart, and the message is shown to the user.
    void reportFailure(const QString &message);

Q_SIGNALS:
    void changed(const QSet<QString> &tables);
    void failed(const QString &message);

private:
    Workspace();

    QUndoStack m_undoStack;
    QString m_actor;
    QHash<QString, qint64> m_nextIds;
    qint64 m_nextBatch = 0;
};

} // namespace tuoyu
