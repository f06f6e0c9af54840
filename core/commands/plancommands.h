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

/// Sets a decomposition cell's target or actual (field "target" or "actual"; an empty value
/// clears it). The cell is made when the area has none for that item and year.
std::unique_ptr<WorkspaceCommand> setDecompositionValue(Workspace *workspace, qint64 itemId,
                                                        int year, qint64 areaId,
                                                        qint64 departmentId, const QString &field,
                                                        std::optional<double> value,
                                                        QString *error);

/// Changes a plan's title and period (the tasks whose deadline was inherited from the plan's end
/// move with it).
std::unique_ptr<WorkspaceCommand> editPlan(Workspace *workspace, qint64 planId,
                                           const QString &title, const QDate &start,
                                           const QDate &end, QString *error);
/// Sets the office that signs the plan's reports (落款单位); empty words clear it.
std::unique_ptr<WorkspaceCommand> setSigner(Workspace *workspace, qint64 planId,
                                            const QString &signer, QString *error);
/// Adds a department to a plan's list.
std::unique_ptr<WorkspaceCommand> addDepartment(Workspace *workspace, qint64 planId,
                                                const QString &name, QString *error);

/// Enters a manual actual value of an indicator, dated, with its source (a survey, a report).
std::unique_ptr<WorkspaceCommand> addIndicatorValue(Workspace *workspace, qint64 indicatorId,
                                                    const QDate &date, double value,
                                                    const QString &source, QString *error);

/// Enters the comparison average of a relative target (003: 高于全省、全市平均水平): the scope
/// (全省 / 全市, one the indicator names), its value, the date it is as of and its source.
std::unique_ptr<WorkspaceCommand> addIndicatorAverage(Workspace *workspace, qint64 indicatorId,
                                                      const QString &scope, const QDate &date,
                                                      double value, const QString &source,
                                                      QString *error);

/// Records the officer's judgement of a qualitative goal (001: 基本实现全覆盖): achieved or not,
/// dated, with its source (a 验收 record, an inspection). Kept as a dated value 1 / 0.
std::unique_ptr<WorkspaceCommand> setIndicatorAchieved(Workspace *workspace, qint64 indicatorId,
                                                       bool achieved, const QDate &date,
                                                       const QString &source, QString *error);

/// Sets the district's 常住人口 and 3岁以下婴幼儿数 for a year (either may be left empty), adding
/// the year if it is new.
std::unique_ptr<WorkspaceCommand> setPopulation(Workspace *workspace, int year,
                                                std::optional<qint64> resident,
                                                std::optional<qint64> under3, const QString &source,
                                                QString *error);

} // namespace plancommands
} // namespace tuoyu
