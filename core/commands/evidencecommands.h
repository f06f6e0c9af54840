#pragma once

#include "evidence/evidence.h"
#include "workspacecommand.h"

#include <QStringList>

#include <memory>

namespace tuoyu {

class Workspace;

/// Attaching and removing 佐证材料. Each returns nullptr with a Chinese `error` naming the file
/// or record when the change is refused; nothing is written then. Both audit one summary row
/// (the content is never copied into the audit log) and undo like any other command.
namespace evidencecommands {

/// Attaches `files` to one record. Every file is read and checked first (exists, not empty, at
/// most evidence::kMaxBytes, not already attached to that record); one refused file refuses
/// them all. A content already in the workspace (same SHA-256) is stored once.
std::unique_ptr<WorkspaceCommand> attach(Workspace *workspace, EvidenceTarget target,
                                         qint64 targetId, const QStringList &files, QString *error);
/// Removes evidence; a content nothing else is attached to goes with it (undo puts it back).
std::unique_ptr<WorkspaceCommand> remove(Workspace *workspace, const QList<qint64> &evidenceIds,
                                         QString *error);

/// The deletes that take away the evidence of every record `changes` deletes (a task, a
/// progress entry, a claim, a ledger line, an inspection), and each content nothing left shows:
/// a command that deletes such records appends them, so its undo brings the evidence back with
/// the record. Empty when those records have no evidence.
QList<RowChange> followingRemovals(Workspace *workspace, const QList<RowChange> &changes);

} // namespace evidencecommands
} // namespace tuoyu
