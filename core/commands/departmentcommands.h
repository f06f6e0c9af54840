#pragma once

#include "workspacecommand.h"

#include <QHash>
#include <QStringList>

#include <memory>

namespace tuoyu {

class Workspace;

/// Commands on a plan's list of 责任部门: rename one, and merge two spellings of one office
/// (区卫体局 / 区卫健局) so that every task and decomposition column that named either points to
/// one record. Each returns nullptr with `error` set, in Chinese, when the change is not valid
/// or changes nothing.
namespace departmentcommands {

/// Department ids of one plan by name, making the records a plan does not have yet: the one
/// place a typed unit name becomes a department (task form, pasted branches, task tables).
/// Records made are appended to the changes given, so several calls in one command share them.
class DepartmentResolver
{
public:
    DepartmentResolver(Workspace *workspace, qint64 planId);
    /// The id for `name` (trimmed, not empty), appending an insert to `changes` when new.
    qint64 id(const QString &name, QList<RowChange> *changes);

private:
    Workspace *m_workspace;
    qint64 m_planId;
    QHash<QString, qint64> m_ids;
    int m_lastSeq = 0;
};

/// What names a department: tasks it leads, tasks it shares, decomposition cells in its column.
struct DepartmentUse
{
    int leads = 0;
    int shares = 0;
    int cells = 0;
};
DepartmentUse use(Workspace *workspace, qint64 departmentId);

std::unique_ptr<WorkspaceCommand> rename(Workspace *workspace, qint64 departmentId,
                                         const QString &name, QString *error);

/// Every task that names `fromId` names `intoId` instead (a task that named both keeps one
/// link, the lead's role when either led), decomposition cells move to `intoId`'s column, and
/// `fromId` is deleted. Both must be of the same plan.
std::unique_ptr<WorkspaceCommand> merge(Workspace *workspace, qint64 fromId, qint64 intoId,
                                        QString *error);

/// Deletes a department no task or decomposition cell names.
std::unique_ptr<WorkspaceCommand> remove(Workspace *workspace, qint64 departmentId, QString *error);

/// Unit names as officers list them in one cell or box: 、，, ；; or spaces between them.
QStringList splitNames(const QString &words);

/// A department of a plan by its name, 0 when the plan has none of that name.
qint64 find(Workspace *workspace, qint64 planId, const QString &name);

} // namespace departmentcommands
} // namespace tuoyu
