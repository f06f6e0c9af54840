#pragma once

#include "workspacecommand.h"

#include <memory>

namespace tuoyu {

class Workspace;

/// The district's 乡镇 / 街道: added, renamed and deleted as undoable steps. Areas belong to the
/// district, not to one plan: every plan's decomposition table and the registry share them.
namespace areacommands {

/// The kinds an area may have (empty when the document does not say).
QStringList kinds();

std::unique_ptr<WorkspaceCommand> add(Workspace *workspace, const QString &name,
                                      const QString &kind, QString *error);
std::unique_ptr<WorkspaceCommand> edit(Workspace *workspace, qint64 areaId, const QString &name,
                                       const QString &kind, QString *error);
/// Deletes an area with its population figures and decomposition cells and columns; its
/// institutions stay in the registry without an area. Undo gives all of it back.
std::unique_ptr<WorkspaceCommand> remove(Workspace *workspace, qint64 areaId, QString *error);
/// What deleting the area takes with it, in words for the confirmation; empty when nothing.
QString removalSummary(Workspace *workspace, qint64 areaId);

} // namespace areacommands
} // namespace tuoyu
