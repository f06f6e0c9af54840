#pragma once

#include "oversight/oversight.h"

#include <QDate>
#include <QList>

class QTableWidget;
class QWidget;

namespace tuoyu {

class Workspace;

/// The 监督检查 and 从业人员 listings as the 监督检查 page and an institution's history show
/// them: the same columns, the same overdue colouring, ID numbers masked.
namespace oversighttables {

/// Role of column 0 holding the record's id.
constexpr int IdRole = Qt::UserRole + 1;

/// A listing of inspections, named `objectName`; `withInstitution` adds the 机构 column.
QTableWidget *inspectionTable(const QString &objectName, bool withInstitution);
/// Fills `table` with `inspections`; a 整改 overdue on `today` (Inspection::overdue) reads
/// 逾期 N 天 (overdueDaysText), in red.
void fillInspections(QTableWidget *table, const QList<Inspection> &inspections, const QDate &today);

/// A listing of staff, named `objectName`; `withInstitution` adds the 机构 column.
QTableWidget *staffTable(const QString &objectName, bool withInstitution);
void fillStaff(QTableWidget *table, const QList<StaffMember> &staff);

/// Columns but the one that stretches as wide as their words, a long name at most 280 pixels
/// (its tooltip has it whole).
void fitColumns(QTableWidget *table);

/// The id on the current row of `table`, 0 when none.
qint64 currentId(const QTableWidget *table);

/// 检查与人员: a window with the inspections and staff of one institution.
void showInstitutionHistory(QWidget *parent, Workspace *workspace, qint64 institutionId,
                            const QString &name);

} // namespace oversighttables
} // namespace tuoyu
