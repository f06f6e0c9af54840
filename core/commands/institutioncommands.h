#pragma once

#include "domain/institution.h"
#include "workspacecommand.h"

#include <QVariantMap>

#include <memory>

namespace tuoyu {

class Workspace;

/// Commands on the institution registry. Each returns nullptr with `error` set when the change
/// is not valid (a name is required, slots cannot be negative, …); nothing is written then.
namespace institutioncommands {

/// The validation rules every way of writing an institution shares (form, command line,
/// import). Returns the first problem in Chinese, empty when the row is valid.
QString validate(const QVariantMap &row);

std::unique_ptr<WorkspaceCommand> add(Workspace *workspace, const Institution &institution,
                                      QString *error);
/// Changes some fields (column name → new value) of one institution; one undo step.
std::unique_ptr<WorkspaceCommand> edit(Workspace *workspace, qint64 id, const QVariantMap &changes,
                                       QString *error);
/// Removes an institution together with the rows that belong to it (enrolment records, its
/// 从业人员 and 监督检查 with the inspections' 佐证材料), so undo puts all of them back.
std::unique_ptr<WorkspaceCommand> remove(Workspace *workspace, qint64 id, QString *error);

} // namespace institutioncommands
} // namespace tuoyu
