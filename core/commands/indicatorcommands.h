#pragma once

#include "domain/indicator.h"
#include "workspacecommand.h"

#include <memory>

namespace tuoyu {

class Workspace;

/// Adding, changing and deleting a plan's 绩效指标, each one undoable step with audit rows.
namespace indicatorcommands {

/// What the officer sets on an indicator: its tier (one of the tiers in domain/indicator.h, or
/// empty), name, unit, direction and either a formula from IndicatorEngine::formulas() or none
/// (manual values), and a target per year (staged targets). Targets apply to numeric
/// indicators; a relative or qualitative target keeps its words.
struct IndicatorEdit
{
    QString tier;
    QString name;
    QString unit;
    Direction direction = Direction::AtLeast;
    QString formula; ///< empty: actuals are entered by hand
    QList<IndicatorTarget> targets;
};

/// The tiers an indicator may have, in the order of the central 绩效目标表 (002's 公办托育 last).
QStringList tiers();

/// A new numeric indicator at the end of the plan's list.
std::unique_ptr<WorkspaceCommand> add(Workspace *workspace, qint64 planId,
                                      const IndicatorEdit &edit, QString *error);
/// Changes an indicator; its targets become `edit.targets` (years added, changed or removed).
std::unique_ptr<WorkspaceCommand> edit(Workspace *workspace, qint64 indicatorId,
                                       const IndicatorEdit &edit, QString *error);
/// Deletes an indicator with its targets, entered values, averages and monthly snapshots, so
/// undo gives all of them back.
std::unique_ptr<WorkspaceCommand> remove(Workspace *workspace, qint64 indicatorId, QString *error);
/// What deleting the indicator takes with it, in words for the confirmation ("2个年度目标、
/// 3条实际值"); empty when it takes nothing else.
QString removalSummary(Workspace *workspace, qint64 indicatorId);

} // namespace indicatorcommands
} // namespace tuoyu
