#pragma once

#include "io/exportsheet.h"

#include <QDate>
#include <QList>

namespace tuoyu {

class Workspace;

/// The ledgers (台账) officers hand to other offices, as sheets the xlsx and csv writers export:
/// the institution list, the task ledger, the indicator table, the decomposition table and the
/// subsidy ledger. Each is the LedgerTable (core/ledgers) the reports and the window render.
namespace ledgersheets {

io::ExportSheet institutions(Workspace *workspace);
io::ExportSheet tasks(Workspace *workspace, qint64 planId, const QDate &asOf);
io::ExportSheet indicators(Workspace *workspace, qint64 planId, const QDate &asOf);
/// The 任务分解表 as the report prints it, one sheet a year (ledgers::decompositionByYear),
/// then the sheet 分解明细: one row per item × year × area (ledgers::decomposition), every
/// year in one table, what a csv file holds.
QList<io::ExportSheet> decomposition(Workspace *workspace, qint64 planId);
/// The 奖补台账 of a year for the finance bureau (审核、拨付 status, fund, voucher).
io::ExportSheet subsidies(Workspace *workspace, qint64 planId, int year);

enum class Format
{
    Xlsx, ///< every sheet of the ledger
    Csv,  ///< one table: the ledger's last sheet (the decomposition's 分解明细)
};
/// The sheets of the ledger `code` (ledgers::codes()) as `export` and the window's 导出 write
/// them; `year` is the subsidies' year. Empty for an unknown code.
QList<io::ExportSheet> byCode(const QString &code, Format format, Workspace *workspace,
                              qint64 planId, const QDate &asOf, int year);

} // namespace ledgersheets
} // namespace tuoyu
