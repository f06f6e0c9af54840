#include "fundcheck.h"

#include "ledgerline.h"
#include "session/workspace.h"

#include "storage/sqlquery.h"

namespace tuoyu {

QStringList FundCheck::defaultNegativeList()
{
    // 002 附件 中央财政资金使用负面清单, as the central guidance words it.
    return {QStringLiteral("基本建设"), QStringLiteral("向家庭和个人直接发放育儿补贴"),
            QStringLiteral("向托育机构直接发放托位建设补助、运营补助"),
            QStringLiteral("偿还托育机构举办人或单位相关债务"),
            QStringLiteral("人员劳务、工资、福利、津补贴等费用发放")};
}

QString FundCheck::negativeItemFor(const QString &useCode, const QStringList &negativeList)
{
    // Each use names the words of the list item it falls under.
    QStringList words;
    if (useCode == QLatin1String("construction"))
        words = {QStringLiteral("基本建设"), QStringLiteral("托位建设补助")};
    else if (useCode == QLatin1String("operation"))
        words = {QStringLiteral("运营补助")};
    else if (useCode == QLatin1String("wages"))
        words = {QStringLiteral("工资")};
    else if (useCode == QLatin1String("family_allowance"))
        words = {QStringLiteral("育儿补贴")};
    else if (useCode == QLatin1String("debt"))
        words = {QStringLiteral("债务")};
    for (const QString &item : negativeList)
        for (const QString &w : words)
            if (item.contains(w))
                return item;
    return QString();
}

QStringList FundCheck::storedList(Workspace *ws, qint64 planId, const QString &list)
{
    QStringList items;
    SqlQuery q(ws->db());
    q.exec(QStringLiteral(
               "SELECT text FROM fund_list_item WHERE plan_id = ? AND list = ? ORDER BY seq, id"),
           {planId, list});
    while (q.next())
        items << q.value(0).toString();
    return items;
}

QStringList FundCheck::negativeList(Workspace *ws, qint64 planId)
{
    const QStringList items = storedList(ws, planId, QStringLiteral("negative"));
    return items.isEmpty() ? defaultNegativeList() : items;
}

QList<FundBalance> FundCheck::balances(Workspace *ws, qint64 planId)
{
    return readAll<FundBalance>(
        ws->db(),
        QStringLiteral(
            "SELECT f.id, f.name, f.source, f.year, f.amount_fen, "
            "COALESCE(SUM(CASE WHEN l.status = 'approved' THEN l.amount_fen END), 0), "
            "COALESCE(SUM(CASE WHEN l.status = 'paid' THEN l.amount_fen END), 0) "
            "FROM fund f LEFT JOIN ledger_line l ON l.fund_id = f.id WHERE f.plan_id = ? "
            "GROUP BY f.id, f.name, f.source, f.year, f.amount_fen ORDER BY f.year, f.id"),
        {planId}, [&](const SqlQuery &q) {
            return FundBalance{q.value(0).toLongLong(), q.value(1).toString(),
                               q.value(2).toString(),   q.value(3).toInt(),
                               q.value(4).toLongLong(), q.value(5).toLongLong(),
                               q.value(6).toLongLong()};
        });
}

QString FundCheck::refusal(Workspace *ws, qint64 fundId, const QString &useCode, qint64 amountFen,
                           const QString &lineName)
{
    SqlQuery q(ws->db());
    q.exec(QStringLiteral("SELECT plan_id, name, source FROM fund WHERE id = ?"), {fundId});
    if (!q.next())
        return QStringLiteral("找不到资金 #%1").arg(fundId);
    const qint64 planId = q.value(0).toLongLong();
    const QString fundName = q.value(1).toString();
    if (q.value(2).toString() == QStringLiteral("中央")) {
        const QString item = negativeItemFor(useCode, negativeList(ws, planId));
        if (!item.isEmpty())
            return QStringLiteral(
                       "“%1”不能由中央财政资金“%2”支付：属于负面清单“%3”。请改由地方资金支付。")
                .arg(lineName, fundName, item);
    }
    for (const FundBalance &b : balances(ws, planId))
        if (b.id == fundId && b.remainingFen() < amountFen)
            return QStringLiteral("资金“%1”余额 %2，不足以支付 %3")
                .arg(fundName, yuanText(b.remainingFen()), yuanText(amountFen));
    return QString();
}

} // namespace tuoyu
