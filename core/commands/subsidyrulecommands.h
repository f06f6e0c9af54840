#pragma once

#include "workspacecommand.h"

#include <memory>

namespace tuoyu {

class Workspace;

namespace subsidycommands {

/// 删除规则: the rule goes with its claims and the ledger lines it computed that nobody has
/// decided on yet (待审核, and the engine's own 未备案 refusals); approved and refused lines keep
/// the rule's name but no longer point at it. Undo puts all of it back. Refused while the rule
/// has paid (已拨付) lines: money paid under a rule must stay traceable to it — switch the rule
/// off (启用) instead.
std::unique_ptr<WorkspaceCommand> removeRule(Workspace *workspace, qint64 ruleId, QString *error);

} // namespace subsidycommands
} // namespace tuoyu
