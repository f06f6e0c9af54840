#include "ledgers.h"

#include "session/workspace.h"
#include "storage/decompositionrepository.h"
#include "storage/planrepository.h"

namespace tuoyu::ledgers {

LedgerTable decomposition(Workspace *ws, qint64 planId)
{
    const auto plan = PlanRepository(ws).plan(planId);
    LedgerTable t;
    t.name = QStringLiteral("任务分解表");
    t.title = QStringLiteral("%1 任务分解表").arg(plan ? plan->title : QString());
    t.columns = {
        {QStringLiteral("项目"), T::Text},    {QStringLiteral("单位"), T::Text},
        {QStringLiteral("年份"), T::Count},   {QStringLiteral("乡镇（街道）/部门"), T::Text},
        {QStringLiteral("目标"), T::Decimal}, {QStringLiteral("完成"), T::Decimal}};
    for (const DecompositionRow &r : DecompositionRepository(ws).cells(planId))
        t.rows.append(
            {r.item, r.unit, qint64(r.year), r.column, Cell::of(r.target), Cell::of(r.actual)});
    return t;
}

} // namespace tuoyu::ledgers
