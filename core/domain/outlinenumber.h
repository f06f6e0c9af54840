#pragma once

#include <QString>

namespace tuoyu {

/// The numbers of a plan's outline, generated from position (1-based) so they follow every
/// move: 工程 （一）（二）…, 项目 1 2 … counted through the whole plan (as four of the five
/// shipped plans number them; the printers add "." or "．") or again from 1 under each 工程 when
/// the plan's document did so (PlanRepository decides from the printed numbers), 任务 （1）（2）…
/// within its project.
/// Everyone who prints a number takes it from here (PlanRepository fills Program::number,
/// Project::number and Task::number with it).
namespace outlinenumber {

QString program(int position);
QString project(int position);
QString task(int position);

/// The number a document printed (kept in the row's `number` column) as the item's label, or
/// empty when it says the same as the generated one ("(一)" and "（一）", "5" and "5." are the
/// same); items made in the editor have no label.
QString label(const QString &printed, const QString &generated);

} // namespace outlinenumber
} // namespace tuoyu
