#pragma once

#include "domain/plan.h"
#include "workspacecommand.h"

#include <memory>

namespace tuoyu {

class Workspace;

/// A plan's 领导小组 / 工作专班: members added, changed and deleted as undoable steps.
namespace leadinggroupcommands {

/// The roles a member usually has, for pickers; other words are kept as typed.
QStringList roles();

/// A member at the end of the list; a member listed only as a unit may have no name.
std::unique_ptr<WorkspaceCommand> add(Workspace *workspace, qint64 planId,
                                      const LeadingGroupMember &member, QString *error);
std::unique_ptr<WorkspaceCommand> edit(Workspace *workspace, qint64 memberId,
                                       const LeadingGroupMember &member, QString *error);
std::unique_ptr<WorkspaceCommand> remove(Workspace *workspace, qint64 memberId, QString *error);

} // namespace leadinggroupcommands
} // namespace tuoyu
