#pragma once

#include "io/exportsheet.h"

#include <QDate>

namespace tuoyu {

class Workspace;

/// The ledgers (台账) officers hand to other offices, as sheets the xlsx and csv writers export:
/// the institution list, the task ledger, the indicator table and the decomposition table. The
/// figures come from the same repositories and engines as the window and the reports.
namespace ledgersheets {

io::ExportSheet institutions(Workspace *workspace);
io::ExportSheet tasks(Workspace *workspace, qint64 planId, const QDate &asOf);
io::ExportSheet indicators(Workspace *workspace, qint64 planId, const QDate &asOf);
io::ExportSheet decomposition(Workspace *workspace, qint64 planId);
/// The 奖补台账 of a year for the finance bureau (审核、拨付 status, fund, voucher).
io::ExportSheet subsidies(Workspace *workspace, qint64 planId, int year);

} // namespace ledgersheets
} // namespace tuoyu
