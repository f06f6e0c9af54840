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
/// Removes inspections; the 佐证材料 attached to them go in the same command (undo brings them
/// back with the inspection).
std::unique_ptr<WorkspaceCommand>
removeInspections(Workspace *workspace, const QList<qint64> &inspectionIds, QString *error);
std::unique_ptr<WorkspaceCommand> addStaff(Workspace *workspace, const StaffMember &member,
                                           QString *error);
/// Changes what is recorded of a person (institution, name, role, certificate, ID number) to
/// `member`, held to the rules of addStaff.
std::unique_ptr<WorkspaceCommand> editStaff(Workspace *workspace, qint64 staffId,
                                            const StaffMember &member, QString *error);
std::unique_ptr<WorkspaceCommand> removeStaff(Workspace *workspace, const QList<qint64> &staffIds,
                                              QString *error);
/// The deletes of an institution's staff and inspections (and the inspections' evidence), so
/// that deleting the institution can be undone whole: the foreign keys would cascade without
/// a trace.
QList<RowChange> institutionRemovals(Workspace *workspace, qint64 institutionId);
/// 双随机: draws `size` filed institutions with `seed` and records the draw (year, seed, size,
/// who, when, the institutions), so the draw can be repeated and checked; `drawn` gets them.
std::unique_ptr<WorkspaceCommand> drawRandom(Workspace *workspace, int year, quint64 seed, int size,
                                             QList<qint64> *drawn, QString *error);

} // namespace tuoyu::oversightcommands
