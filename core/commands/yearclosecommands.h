#pragma once

#include "workspacecommand.h"
#include "yearclose/yearclose.h"

#include <memory>

namespace tuoyu {

class Workspace;

/// 年度结转 as one undoable, audited command (docs/register.md, "The year's close").
namespace yearclosecommands {

/// Closes `year` of the plan as `preview` worked it out: records the close, freezes every
/// indicator's figures of that year, and carries each unfinished task into the next year (its
/// deadline moved to next year's end through taskcommands::extendDeadline, reason
/// “2025年度结转”, so the old deadline is kept as any 延期 keeps it). Nullptr with a Chinese
/// `error` when the year cannot be closed (yearclose::preview's refusals).
std::unique_ptr<WorkspaceCommand> close(Workspace *workspace, qint64 planId, int year,
                                        const QDate &asOf, QString *error);

} // namespace yearclosecommands
} // namespace tuoyu
