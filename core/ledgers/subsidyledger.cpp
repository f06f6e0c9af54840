#include "ledgers.h"

#include "evidence/evidence.h"
#include "session/workspace.h"
#include "storage/planrepository.h"
#include "subsidy/fundcheck.h"
#include "subsidy/ledger.h"

namespace tuoyu::ledgers {

LedgerTable subsidies(const QList<LedgerLine> &lines, const QHash<qint64, QString> &fundNames,
                      const QHash<QString, QList<Evidence>> &files)
{
    LedgerTable t;
    t.name = QStringLiteral("奖补台账");
    // 序号 numbers the ledger as printed; the page sorts its rows and leaves it out.
    t.columns = {{QStringLiteral("序号"), T::Count, InDocument | InSheet},
                 {QStringLiteral("机构"), T::Text},
                 {QStringLiteral("奖补项目"), T::Text},
                 {QStringLiteral("期间"), T::Text},
                 {QStringLiteral("数量"), T::Decimal},
                 {QStringLiteral("标准（元）"), T::Money},
                 {QStringLiteral("金额（元）"), T::Money},
                 {QStringLiteral("状态"), T::Text},
                 {QStringLiteral("资金"), T::Text},
                 {QStringLiteral("拨付日期"), T::Date},
                 {QStringLiteral("凭证号"), T::Text},
                 {QStringLiteral("不予拨付原因"), T::Text},
                 {QStringLiteral("计算说明"), T::Text},
                 // The claim's and the 拨付's files by name, as evidence::names lists a record's;
                 // the page shows the selected line's in its pane instead.
                 {QStringLiteral("佐证材料"), T::Text, InDocument | InSheet}};
    qint64 n = 0;
    for (const LedgerLine &l : lines)
        t.rows.append({++n, l.institutionName, l.ruleName, l.period, l.quantity, l.rateFen,
                       l.amountFen, ledgerStatusLabel(l.status), fundNames.value(l.fundId),
                       Cell::date(l.paidDate), l.voucherNo, l.rejectReason, l.explanation,
                       evidence::names(files.value(l.key()))});
    t.totals = QList<Cell>(t.columns.size());
    t.totals[1] = QStringLiteral("合计（不含不予拨付）");
    t.totals[6] = Ledger::totals(lines).allFen();
    return t;
}

LedgerTable subsidies(Workspace *ws, qint64 planId, int year)
{
    QHash<qint64, QString> funds;
    for (const FundBalance &f : FundCheck::balances(ws, planId))
        funds.insert(f.id, QStringLiteral("%1（%2）").arg(f.name, f.source));
    const QList<LedgerLine> lines = Ledger::lines(ws, planId, year, true);
    LedgerTable t = subsidies(lines, funds, Ledger::evidence(*ws));
    const auto plan = PlanRepository(ws).plan(planId);
    const Ledger::Totals totals = Ledger::totals(lines);
    t.title = QStringLiteral("%1 %2年奖补台账（应付 %3，已拨付 %4）")
                  .arg(plan ? plan->title : QString())
                  .arg(year)
                  .arg(yuanText(totals.allFen()), yuanText(totals.paidFen));
    return t;
}

} // namespace tuoyu::ledgers
