#pragma once

#include "oversight/oversight.h"
#include "workspacecommand.h"

#include <memory>

/// Changes to 从业人员 and 监督检查 records. Each returns nullptr with a Chinese `error` naming
/// the record or field when the change is refused; nothing is written then.
namespace tuoyu::oversightcommands {

std::unique_ptr<WorkspaceCommand> addInspection(Workspace *workspace, const Inspection &inspection,
                                                QString *error);
/// Changes what is recorded of an inspection (its institution, date, type, inspectors, findings,
/// 整改 deadline and status) to `inspection`, held to the rules of addInspection.
std::unique_ptr<WorkspaceCommand> editInspection(Workspace *workspace, qint64 inspectionId,
                                                 const Inspection &inspection, QString *error);
/// 整改 done on `date` (not before the inspection).
std::unique_ptr<WorkspaceCommand> markRectified(Workspace *workspace, qint64 inspectionId,
                                                const QDate &date, QString *error);
std::unique_ptr<WorkspaceCommand> addStaff(Workspace *workspace, const StaffMember &member,
                                           QString *error);
/// 双随机: draws `size` filed institutions with `seed` and records the draw (year, seed, size,
/// who, when, the institutions), so the draw can be repeated and checked; `drawn` gets them.
std::unique_ptr<WorkspaceCommand> drawRandom(Workspace *workspace, int year, quint64 seed, int size,
                                             QList<qint64> *drawn, QString *error);

} // namespace tuoyu::oversightcommands
