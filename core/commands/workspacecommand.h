#pragma once

#include "rowchange.h"

#include <QSet>
#include <QUndoCommand>

namespace tuoyu {

class Workspace;

/// The one way data changes. A command is a list of row changes applied in one transaction
/// together with its audit rows; undo applies the inverses in reverse order, also audited.
/// Workspace::execute() applies it the first time and pushes it on the undo stack.
class WorkspaceCommand : public QUndoCommand
{
public:
    /// How much the audit log records. An import of 100,000 rows must not write a million
    /// audit rows: Summary writes one row naming the source and counts, plus old → new values
    /// only for the updates.
    enum class AuditMode
    {
        PerField,
        Summary
    };

    WorkspaceCommand(Workspace *workspace, const QString &text, QList<RowChange> changes,
                     AuditMode mode = AuditMode::PerField, const QString &summary = QString());

    void redo() override;
    void undo() override;

    /// Used by Workspace::execute: applies the changes now and makes the stack's first redo()
    /// (called by push) a no-op.
    bool applyFirst(QString *error);

    const QList<RowChange> &changes() const { return m_changes; }
    QSet<QString> tables() const;

protected:
    bool apply(bool forward, const QString &action, QString *error);
    QList<RowChange> m_changes;

private:
    bool applyChange(const RowChange &change, QString *error);
    bool applyBatch(const RowChange &change, QString *error);
    bool writeAudit(const QList<RowChange> &ordered, const QString &action, QString *error);
    /// " AND column IS ?" for each value `before` names (id bound first when not 0).
    QString holdsClause(qint64 id, const QVariantMap &before, QVariantList *values) const;
    /// 已被他人修改 (or 删除) naming the record a change found changed.
    QString conflictMessage(const QString &table, qint64 id, const QVariantMap &known) const;
    /// An insert found its id taken by another program's row.
    QString takenMessage(const QString &table, qint64 id, const QVariantMap &known) const;

    Workspace *m_workspace;
    AuditMode m_mode;
    QString m_summary;
    bool m_skipRedo = false;
    bool m_appliedOnce = false;
    bool m_firstApplication = false; ///< the application under way is the first
};

/// Sets one field of one record. Consecutive edits of the same field of the same record merge
/// into one undo step (typing in a cell is one edit), each still audited when it is made.
class ChangeFieldCommand : public WorkspaceCommand
{
public:
    ChangeFieldCommand(Workspace *workspace, const QString &text, const QString &table, qint64 id,
                       const QString &field, const QVariant &oldValue, const QVariant &newValue,
                       bool mergeable = false);
    int id() const override { return 1; }
    bool mergeWith(const QUndoCommand *other) override;

private:
    bool m_mergeable;
};

} // namespace tuoyu
