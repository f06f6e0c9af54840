#pragma once

#include <QJsonObject>

/// read_plan_s: a generated 实施方案 of about 30 pages (six 工程 of ten 项目, each with its
/// text, 任务清单, 完成时限 and 责任部门, a goal section, money, an attached table) written as a
/// Word document with Word's list numbering, opened and read into a draft. {"seconds", "pages",
/// "projects"}.
QJsonObject measureReadPlan();
