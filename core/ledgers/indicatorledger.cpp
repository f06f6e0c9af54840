#include "ledgers.h"

#include "indicators/indicatorengine.h"
#include "session/workspace.h"
#include "storage/planrepository.h"

namespace tuoyu::ledgers {

LedgerTable indicators(const QList<IndicatorResult> &results)
{
    LedgerTable t;
    t.name = QStringLiteral("绩效指标");
    t.columns = {
        {QStringLiteral("层级"), T::Text, Everywhere, 1.0, Align::Center},
        {QStringLiteral("指标"), T::Text, Everywhere, 4.4, Align::Left},
        {QStringLiteral("单位"), T::Text, NotPrinted},
        {QStringLiteral("方向"), T::Text, NotPrinted},
        // Room for a target in words (高于全省、全市平均水平).
        {QStringLiteral("目标值"), T::Decimal, Everywhere, 2.6, Align::Right, QStringLiteral("—")},
        {QStringLiteral("目标年份"), T::Count, NotPrinted},
        {QStringLiteral("实际值"), T::Decimal, Everywhere, 1.4, Align::Right,
         QStringLiteral("无数据")},
        {QStringLiteral("状态"), T::Text, Everywhere, 1.1, Align::Center},
        {QStringLiteral("公式或来源"), T::Text, NotPrinted}};
    for (const IndicatorResult &r : results) {
        // A number stays a number (the sheet's number cell) under the words every view prints
        // (≥5个); a target in words and a goal's 已实现 / 未实现 / 未认定 are words throughout.
        const bool numeric = r.indicator.targetKind == TargetKind::Value;
        const int year = r.target ? r.target->year : r.indicator.targetYear;
        const QString target = indicatorTargetLabel(r);
        const QString actual = indicatorActualLabel(r);
        t.rows.append(
            {r.indicator.tier, r.indicator.name, r.indicator.unit,
             r.indicator.direction == Direction::AtMost ? QStringLiteral("≤") : QStringLiteral("≥"),
             numeric ? Cell(r.target ? QVariant(r.target->value) : QVariant(), target)
                     : Cell(target),
             year > 0 ? Cell(qint64(year)) : Cell(),
             r.indicator.targetKind == TargetKind::Words
                 ? Cell(actual)
                 : Cell(r.actual ? QVariant(*r.actual) : QVariant(), actual),
             indicatorStatusLabel(r.status),
             r.indicator.formula.isEmpty()
                 ? r.actualSource
                 : IndicatorEngine::formulaDescription(r.indicator.formula)});
    }
    return t;
}

LedgerTable indicators(Workspace *ws, qint64 planId, const QDate &asOf)
{
    LedgerTable t = indicators(IndicatorEngine::evaluate(ws, planId, asOf));
    const auto plan = PlanRepository(ws).plan(planId);
    t.title = QStringLiteral("%1 绩效指标完成情况（截至%2）")
                  .arg(plan ? plan->title : QString(), document::formatDate(asOf));
    return t;
}

} // namespace tuoyu::ledgers
