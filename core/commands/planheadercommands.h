#pragma once

#include "domain/plan.h"
#include "templates/plandraft.h"
#include "workspacecommand.h"

#include <memory>

namespace tuoyu {

class Workspace;

/// A plan's header (标题, 简称, 实施期限, 发文单位, 来源文件) and plans as a whole: a second
/// plan in a workspace, each an undoable step with audit rows.
namespace planheadercommands {

/// Sets the plan's title, short title, period, source document and issuing units from
/// `header` (its other fields are ignored). Tasks whose deadline was inherited from the plan's
/// end move with a new end.
std::unique_ptr<WorkspaceCommand> edit(Workspace *workspace, qint64 planId, const Plan &header,
                                       QString *error);

/// A new plan in a workspace that may already hold one: the draft's plan parts (outline,
/// indicators, decomposition, leading group, subsidy rules, departments) with `title` over its
/// own when given. A workspace that already has a plan keeps its district, registry and
/// population: a template's own (another district's) are left out, and only the areas its
/// decomposition table names are added.
std::unique_ptr<WorkspaceCommand> create(Workspace *workspace, PlanDraft draft,
                                         const QString &title, QString *error);

/// Deletes a plan with everything that is its own (outline, progress, departments, indicators,
/// decomposition, leading group, subsidy rules, claims, funds, ledger, reports), as one undoable
/// step with a summary audit row; undo puts every row back. The district's areas and registry
/// stay. Refused for the workspace's only plan.
std::unique_ptr<WorkspaceCommand> remove(Workspace *workspace, qint64 planId, QString *error);
/// What deleting the plan takes with it, in words for the confirmation (12个工程、30项任务、…).
QString removalSummary(Workspace *workspace, qint64 planId);

} // namespace planheadercommands
} // namespace tuoyu
