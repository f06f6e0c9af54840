#include "ledgersheets.h"

#include "indicators/indicatorengine.h"
#include "session/workspace.h"
#include "storage/decompositionrepository.h"
#include "storage/indicatorrepository.h"
#include "storage/institutionrepository.h"
#include "storage/planrepository.h"
#include "subsidy/fundcheck.h"
#include "subsidy/ledger.h"

#include <QHash>
#include <QMap>

namespace tuoyu::ledgersheets {

namespace {

QVariant optional(const std::optional<qint64> &v)
{
    return v ? QVariant(*v) : QVariant();
}

QString planTitle(Workspace *ws, qint64 planId)
{
    const auto plan = PlanRepository(ws).plan(planId);
    return plan ? plan->title : QString();
}

} // namespace

io::ExportSheet institutions(Workspace *ws)
{
    using K = io::ColumnKind;
    io::ExportSheet sheet;
    sheet.name = QStringLiteral("机构名单");
    QHash<qint64, QString> areas;
    for (const Area &a : IndicatorRepository(ws).areas())
        areas.insert(a.id, a.name);
    sheet.headers = {QStringLiteral("序号"),
                     QStringLiteral("机构名称"),
                     QStringLiteral("统一社会信用代码"),
                     QStringLiteral("属性"),
                     QStringLiteral("所属乡镇（街道）"),
                     QStringLiteral("地址"),
                     QStringLiteral("托位数"),
                     QStringLiteral("普惠托位"),
                     QStringLiteral("乳儿班"),
                     QStringLiteral("托小班"),
                     QStringLiteral("托大班"),
                     QStringLiteral("在托人数"),
                     QStringLiteral("是否备案"),
                     QStringLiteral("备案日期"),
                     QStringLiteral("等级"),
                     QStringLiteral("签约医疗机构"),
                     QStringLiteral("从业人员"),
                     QStringLiteral("持证人员"),
                     QStringLiteral("月收费（元）"),
                     QStringLiteral("备注")};
    sheet.kinds = {K::Integer, K::Text,    K::Text,    K::Text,    K::Text,    K::Text, K::Integer,
                   K::Integer, K::Integer, K::Integer, K::Integer, K::Integer, K::Text, K::Date,
                   K::Text,    K::Text,    K::Integer, K::Integer, K::Money,   K::Text};
    qint64 slots = 0;
    int n = 0;
    for (const Institution &i : InstitutionRepository(ws).all()) {
        slots += i.slots;
        sheet.rows.append(
            {++n,
             i.name,
             i.creditCode,
             i.kindText.isEmpty() ? kindLabel(i.kind) : i.kindText,
             areas.value(i.areaId),
             i.address,
             i.slots,
             optional(i.puhuiSlots),
             optional(i.slotsInfant),
             optional(i.slotsToddler),
             optional(i.slotsOlder),
             optional(i.enrolled),
             i.filed ? QStringLiteral("是") : QStringLiteral("否"),
             i.filedDate.isValid() ? QVariant(i.filedDate) : QVariant(),
             i.grade,
             i.medicalPartner,
             optional(i.staff),
             optional(i.certifiedStaff),
             i.monthlyPriceFen ? QVariant(double(*i.monthlyPriceFen) / 100.0) : QVariant(),
             i.notes});
    }
    sheet.rows.append({QVariant(), QStringLiteral("合计"), QVariant(), QVariant(), QVariant(),
                       QVariant(), slots});
    sheet.title = QStringLiteral("托育机构名单（%1家，%2个托位）").arg(n).arg(slots);
    return sheet;
}

io::ExportSheet tasks(Workspace *ws, qint64 planId, const QDate &asOf)
{
    using K = io::ColumnKind;
    io::ExportSheet sheet;
    sheet.name = QStringLiteral("任务台账");
    sheet.title = QStringLiteral("%1 任务台账（截至%2）")
                      .arg(planTitle(ws, planId), asOf.toString(QStringLiteral("yyyy年M月d日")));
    sheet.headers = {
        QStringLiteral("序号"),       QStringLiteral("工程"),     QStringLiteral("项目"),
        QStringLiteral("任务清单"),   QStringLiteral("完成时限"), QStringLiteral("时限日期"),
        QStringLiteral("牵头部门"),   QStringLiteral("责任部门"), QStringLiteral("状态"),
        QStringLiteral("完成百分比"), QStringLiteral("是否逾期"), QStringLiteral("最新进展")};
    sheet.kinds = {K::Integer, K::Text, K::Text, K::Text,    K::Text, K::Date,
                   K::Text,    K::Text, K::Text, K::Integer, K::Text, K::Text};
    PlanRepository repo(ws);
    int n = 0;
    for (const TaskView &t : repo.tasks(planId)) {
        const auto entries = repo.progress(t.task.id);
        QString deadlineText = t.task.deadlineText;
        if (t.task.deadlineInherited)
            deadlineText = QStringLiteral("（沿用计划期限）");
        sheet.rows.append(
            {++n, t.programNumber + t.programTitle,
             t.projectNumber + QStringLiteral(" ") + t.projectTitle, t.task.text, deadlineText,
             t.task.deadline.isValid() ? QVariant(t.task.deadline) : QVariant(), t.lead(),
             t.departments.join(QStringLiteral("、")), taskStatusLabel(t.task.status),
             t.task.percent, t.overdue(asOf) ? QStringLiteral("逾期") : QString(),
             entries.isEmpty() ? QString()
                               : entries.last().date.toString(Qt::ISODate) + QLatin1Char(' ') +
                                     entries.last().text});
    }
    return sheet;
}

io::ExportSheet indicators(Workspace *ws, qint64 planId, const QDate &asOf)
{
    using K = io::ColumnKind;
    io::ExportSheet sheet;
    sheet.name = QStringLiteral("绩效指标");
    sheet.title = QStringLiteral("%1 绩效指标完成情况（截至%2）")
                      .arg(planTitle(ws, planId), asOf.toString(QStringLiteral("yyyy年M月d日")));
    sheet.headers = {
        QStringLiteral("层级"),   QStringLiteral("指标"),   QStringLiteral("单位"),
        QStringLiteral("方向"),   QStringLiteral("目标值"), QStringLiteral("目标年份"),
        QStringLiteral("实际值"), QStringLiteral("状态"),   QStringLiteral("公式或来源")};
    sheet.kinds = {K::Text,    K::Text,    K::Text, K::Text, K::Decimal,
                   K::Integer, K::Decimal, K::Text, K::Text};
    for (const IndicatorResult &r : IndicatorEngine::evaluate(ws, planId, asOf)) {
        // A number stays a number cell; a target in words and a goal's 已实现 / 未实现 /
        // 未认定 are text cells.
        const bool numeric = r.indicator.targetKind == TargetKind::Value;
        const int year = r.target ? r.target->year : r.indicator.targetYear;
        sheet.rows.append(
            {r.indicator.tier, r.indicator.name, r.indicator.unit,
             r.indicator.direction == Direction::AtMost ? QStringLiteral("≤") : QStringLiteral("≥"),
             numeric ? (r.target ? QVariant(r.target->value) : QVariant())
                     : QVariant(indicatorTargetLabel(r)),
             year > 0 ? QVariant(year) : QVariant(),
             r.indicator.targetKind == TargetKind::Words
                 ? QVariant(indicatorActualLabel(r))
                 : (r.actual ? QVariant(*r.actual) : QVariant()),
             indicatorStatusLabel(r.status),
             r.indicator.formula.isEmpty()
                 ? r.actualSource
                 : IndicatorEngine::formulaDescription(r.indicator.formula)});
    }
    return sheet;
}

io::ExportSheet decomposition(Workspace *ws, qint64 planId)
{
    using K = io::ColumnKind;
    io::ExportSheet sheet;
    sheet.name = QStringLiteral("任务分解表");
    sheet.title = QStringLiteral("%1 任务分解表").arg(planTitle(ws, planId));
    sheet.headers = {QStringLiteral("项目"), QStringLiteral("单位"),
                     QStringLiteral("年份"), QStringLiteral("乡镇（街道）/部门"),
                     QStringLiteral("目标"), QStringLiteral("完成")};
    sheet.kinds = {K::Text, K::Text, K::Integer, K::Text, K::Decimal, K::Decimal};
    for (const DecompositionRow &r : DecompositionRepository(ws).cells(planId))
        sheet.rows.append({r.item, r.unit, r.year, r.column,
                           r.target ? QVariant(*r.target) : QVariant(),
                           r.actual ? QVariant(*r.actual) : QVariant()});
    return sheet;
}

io::ExportSheet subsidies(Workspace *ws, qint64 planId, int year)
{
    using K = io::ColumnKind;
    io::ExportSheet sheet;
    sheet.name = QStringLiteral("奖补台账");
    QHash<qint64, QString> funds;
    for (const FundBalance &f : FundCheck::balances(ws, planId))
        funds.insert(f.id, QStringLiteral("%1（%2）").arg(f.name, f.source));
    sheet.headers = {
        QStringLiteral("序号"),        QStringLiteral("机构"),     QStringLiteral("奖补项目"),
        QStringLiteral("期间"),        QStringLiteral("数量"),     QStringLiteral("标准（元）"),
        QStringLiteral("金额（元）"),  QStringLiteral("计算说明"), QStringLiteral("状态"),
        QStringLiteral("资金"),        QStringLiteral("拨付日期"), QStringLiteral("凭证号"),
        QStringLiteral("不予拨付原因")};
    sheet.kinds = {K::Integer, K::Text, K::Text, K::Text, K::Decimal, K::Money, K::Money,
                   K::Text,    K::Text, K::Text, K::Date, K::Text,    K::Text};
    const QList<LedgerLine> lines = Ledger::lines(ws, planId, year, true);
    int n = 0;
    for (const LedgerLine &l : lines)
        sheet.rows.append({++n, l.institutionName, l.ruleName, l.period, l.quantity,
                           double(l.rateFen) / 100.0, double(l.amountFen) / 100.0, l.explanation,
                           ledgerStatusLabel(l.status), funds.value(l.fundId),
                           l.paidDate.isValid() ? QVariant(l.paidDate) : QVariant(), l.voucherNo,
                           l.rejectReason});
    const Ledger::Totals t = Ledger::totals(lines);
    sheet.rows.append({QVariant(), QStringLiteral("合计（不含不予拨付）"), QVariant(), QVariant(),
                       QVariant(), QVariant(), double(t.allFen()) / 100.0});
    sheet.title = QStringLiteral("%1 %2年奖补台账（应付 %3，已拨付 %4）")
                      .arg(planTitle(ws, planId))
                      .arg(year)
                      .arg(yuanText(t.allFen()), yuanText(t.paidFen));
    return sheet;
}

} // namespace tuoyu::ledgersheets
