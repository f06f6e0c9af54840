#pragma once

#include "domain/plan.h"
#include "templates/plandraft.h"
#include "workspacecommand.h"

#include <memory>

namespace tuoyu {

class Workspace;

namespace plancommands {

/// Creates a plan with everything its draft holds, as one undoable step with a summary audit
/// entry. District-level parts (district name, areas, population, institutions) are added only
/// where the workspace does not have them yet, so a second plan reuses the same registry.
std::unique_ptr<WorkspaceCommand> create(Workspace *workspace, const PlanDraft &draft,
                                         QString *error);

/// Sets a task's status; done means 100%, and a percent may be given with any status.
std::unique_ptr<WorkspaceCommand> setTaskStatus(Workspace *workspace, qint64 taskId,
                                                TaskStatus status, int percent, QString *error);

} // namespace plancommands
} // namespace tuoyu
