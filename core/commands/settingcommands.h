#pragma once

#include "workspacecommand.h"

#include <memory>

namespace tuoyu {

class Workspace;

/// Changes to the office's workspace settings (storage/workspacesettings.h), audited and
/// undoable like any other edit: a setting changes what every report says. Each returns
/// nullptr with a Chinese `error` naming the setting when the value is refused or unchanged.
namespace settingcommands {

/// 即将到期: a deadline at most `workingDays` working days ahead (1–60).
std::unique_ptr<WorkspaceCommand> setDueSoonWorkingDays(Workspace *workspace, int workingDays,
                                                        QString *error);
/// 红色督办: overdue by more than `days` calendar days (1–365).
std::unique_ptr<WorkspaceCommand> setSeriousOverdueDays(Workspace *workspace, int days,
                                                        QString *error);

} // namespace settingcommands
} // namespace tuoyu
