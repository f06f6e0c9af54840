#include "ledger.h"

#include "storage/workspace.h"
#include "subsidyengine.h"

#include <QSet>
#include <QSqlQuery>

namespace tuoyu {

QList<LedgerLine> Ledger::lines(Workspace *ws, qint64 planId, int year, bool fresh)
{
    QList<LedgerLine> result;
    QSet<QString> kept;
    QSqlQuery q(ws->db());
    q.prepare(QStringLiteral(
        "SELECT id, rule_id, rule_name, institution_id, institution_name, period, quantity, "
        "rate_fen, amount_fen, explanation, use_code, status, fund_id, paid_date, voucher_no, "
        "reject_reason FROM ledger_line WHERE plan_id = ? AND period LIKE ? ORDER BY period, id"));
    q.addBindValue(planId);
    q.addBindValue(QString::number(year) + QStringLiteral("%"));
    q.exec();
    while (q.next()) {
        LedgerLine l;
        l.id = q.value(0).toLongLong();
        l.ruleId = q.value(1).toLongLong();
        l.ruleName = q.value(2).toString();
        l.institutionId = q.value(3).toLongLong();
        l.institutionName = q.value(4).toString();
        l.period = q.value(5).toString();
        l.quantity = q.value(6).toDouble();
        l.rateFen = q.value(7).toLongLong();
        l.amountFen = q.value(8).toLongLong();
        l.explanation = q.value(9).toString();
        l.useCode = q.value(10).toString();
        l.status = ledgerStatusFromCode(q.value(11).toString());
        l.fundId = q.value(12).toLongLong();
        l.paidDate = QDate::fromString(q.value(13).toString(), Qt::ISODate);
        l.voucherNo = q.value(14).toString();
        l.rejectReason = q.value(15).toString();
        if (fresh && l.status == LedgerStatus::Computed)
            continue;
        kept.insert(QStringLiteral("%1|%2|%3").arg(l.ruleId).arg(l.institutionId).arg(l.period));
        result.append(l);
    }
    if (fresh) {
        const auto computed = SubsidyEngine::compute(SubsidyEngine::load(ws, planId, year), year);
        for (const LedgerLine &l : computed)
            if (!kept.contains(
                    QStringLiteral("%1|%2|%3").arg(l.ruleId).arg(l.institutionId).arg(l.period)))
                result.append(l);
        std::stable_sort(
            result.begin(), result.end(),
            [](const LedgerLine &a, const LedgerLine &b) { return a.period < b.period; });
    }
    return result;
}

Ledger::Totals Ledger::totals(const QList<LedgerLine> &lines)
{
    Totals t;
    for (const LedgerLine &l : lines) {
        switch (l.status) {
        case LedgerStatus::Computed:
            t.computedFen += l.amountFen;
            break;
        case LedgerStatus::Approved:
            t.approvedFen += l.amountFen;
            break;
        case LedgerStatus::Paid:
            t.paidFen += l.amountFen;
            break;
        case LedgerStatus::Rejected:
            t.rejectedFen += l.amountFen;
            break;
        }
    }
    return t;
}

} // namespace tuoyu
