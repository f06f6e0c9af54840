#pragma once

#include "workspacecommand.h"

#include <memory>

namespace tuoyu {

class Workspace;

/// Laying out a plan's 任务分解表: its items (rows), years and columns (towns and streets, or
/// departments such as 教育局). Each edit is one undoable step; removing a row, year or column
/// takes its cells with it and undo puts them back. Cell values are set by
/// plancommands::setDecompositionValue.
namespace decompositioncommands {

std::unique_ptr<WorkspaceCommand> addItem(Workspace *workspace, qint64 planId, const QString &name,
                                          const QString &unit, QString *error);
std::unique_ptr<WorkspaceCommand> removeItem(Workspace *workspace, qint64 itemId, QString *error);
std::unique_ptr<WorkspaceCommand> addYear(Workspace *workspace, qint64 planId, int year,
                                          QString *error);
std::unique_ptr<WorkspaceCommand> removeYear(Workspace *workspace, qint64 planId, int year,
                                             QString *error);
/// A column for an area (`areaId`) or a department of the plan (`departmentId`); one of the two.
std::unique_ptr<WorkspaceCommand> addColumn(Workspace *workspace, qint64 planId, qint64 areaId,
                                            qint64 departmentId, QString *error);
std::unique_ptr<WorkspaceCommand> removeColumn(Workspace *workspace, qint64 planId, qint64 areaId,
                                               qint64 departmentId, QString *error);

} // namespace decompositioncommands
} // namespace tuoyu
