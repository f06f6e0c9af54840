#pragma once

#include "templates/plandraft.h"

#include <QString>

#include <functional>
#include <optional>

class QMenu;
class QWidget;

namespace tuoyu {

class Workspace;

/// The File menu's plan-as-a-file actions: 导出计划为任务分工表… (under 导出台账) and
/// 另存为模板…. `workspace` and `plan` answer what is open when the action runs.
void addPlanFileActions(QMenu *file, QMenu *exportMenu, QWidget *parent,
                        std::function<Workspace *()> workspace, std::function<qint64()> plan);

/// The new-workspace dialog's 从文件… choice: asks for a template file (a colleague's plan) and
/// reads it; std::nullopt when the officer cancels or the file is not a template (said in a box).
std::optional<PlanDraft> chooseTemplateFile(QWidget *parent);
/// The label of that choice in the template list.
QString templateFileChoice();

} // namespace tuoyu
