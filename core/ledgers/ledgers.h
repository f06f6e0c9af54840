#pragma once

#include "ledgertable.h"

#include "domain/institution.h"
#include "domain/plan.h"
#include "evidence/evidence.h"
#include "indicators/indicatorengine.h"
#include "oversight/oversight.h"
#include "subsidy/ledgerline.h"

#include <QDate>
#include <QHash>

namespace tuoyu {

class Database;
class Workspace;

/// The 台账 officers keep, each built once from the workspace (one file each in core/ledgers/)
/// and rendered by toDocumentTable (reports' attachments), toSheet (export) and LedgerItemModel
/// (the window). The figures come from the same repositories and engines as everything else.
namespace ledgers {

/// 托育机构名单: every institution of the registry, its 托位数 totalled.
LedgerTable institutions(Workspace *workspace);
/// The institution list's columns, by index.
namespace InstitutionColumn {
enum Column : int
{
    Number,
    Name,
    CreditCode,
    Kind,
    Area,
    Address,
    Slots,
    PuhuiSlots,
    SlotsInfant,
    SlotsToddler,
    SlotsOlder,
    Enrolled,
    Filed,
    FiledDate,
    Grade,
    MedicalPartner,
    Staff,
    CertifiedStaff,
    MonthlyPrice,
    Notes,
    Count
};
}
QList<Column> institutionColumns();
/// One institution's cells in those columns (序号 left empty): the list's row, and what the 机构
/// page shows of it.
QList<Cell> institutionCells(const Institution &institution, const QString &areaName);
/// 任务台账 as of a date: each task with its deadline, departments, status and latest 进展.
LedgerTable tasks(Workspace *workspace, qint64 planId, const QDate &asOf);
/// 绩效指标完成情况 as of a date: each indicator's target, actual and status.
LedgerTable indicators(Workspace *workspace, qint64 planId, const QDate &asOf);
/// The same ledger over results already evaluated (the progress report's), without a title.
LedgerTable indicators(const QList<IndicatorResult> &results);
/// 任务分解表, one row per item × year × area (or department): what the sheet takes.
LedgerTable decomposition(Workspace *workspace, qint64 planId);
/// The 任务分解表 as it is printed: one table per year (the year its name, not repeated over
/// every column), items as rows with their unit, areas and departments as columns, the printed
/// 合计 last (else the row's sum), and one 合计 row per unit (家, 个 and 班 are never added
/// together).
QList<LedgerTable> decompositionByYear(Workspace *workspace, qint64 planId);
/// 奖补台账 of a year (审核、拨付 status, fund, voucher, 佐证材料 by file name: the claim's and
/// the 拨付's, Ledger::evidence), totalled without the rejected lines.
LedgerTable subsidies(Workspace *workspace, qint64 planId, int year);
/// The same ledger over lines already read (the 奖补 page's filtered lines), funds by id and
/// evidence by LedgerLine::key (Ledger::evidence; the page, which does not show the column,
/// passes none).
LedgerTable subsidies(const QList<LedgerLine> &lines, const QHash<qint64, QString> &fundNames,
                      const QHash<QString, QList<Evidence>> &evidence);

/// 监督检查台账 as of a date: each inspection with its 整改 (逾期 and the days overdue on
/// `asOf`, Inspection::overdue) and its 佐证材料 by file name.
LedgerTable inspections(Workspace *workspace, const QDate &asOf);
/// The same ledger over inspections already read (the 监督检查 page's filtered list).
LedgerTable inspections(Database &db, const QList<Inspection> &inspections, const QDate &asOf);

/// A date as reports and ledgers print it (2024年5月10日), 未定 when there is none.
QString dateText(const QDate &date);
/// A task's deadline as reports and ledgers print it: its date, and an inherited one (the plan's
/// end, not confirmed) says so — "2025年12月31日（按实施期末计）" (docs/reports.md).
QString deadlineText(const Task &task);

/// The ledgers `export --what` knows, by code: institutions, tasks, indicators, decomposition,
/// subsidies, inspections.
QStringList codes();
/// The ledger of a code; `year` is the subsidies' year. Empty (no columns) for an unknown code.
LedgerTable byCode(const QString &code, Workspace *workspace, qint64 planId, const QDate &asOf,
                   int year);

} // namespace ledgers
} // namespace tuoyu
