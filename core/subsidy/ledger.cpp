#include "ledger.h"

#include "session/workspace.h"
#include "subsidyengine.h"

#include "evidence/evidence.h"

#include "storage/sqlquery.h"
#include <QSet>

namespace tuoyu {

QList<LedgerLine> Ledger::lines(Workspace *ws, qint64 planId, int year, bool fresh)
{
    QList<LedgerLine> result;
    QSet<QString> kept;
    SqlQuery q(ws->db());
    q.exec(
        QStringLiteral(
            "SELECT id, rule_id, rule_name, institution_id, institution_name, period, quantity, "
            "rate_fen, amount_fen, explanation, use_code, status, fund_id, paid_date, voucher_no, "
            "reject_reason FROM ledger_line WHERE plan_id = ? AND period LIKE ? ORDER BY period, "
            "id"),
        {planId, QString::number(year) + QStringLiteral("%")});
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
        // The engine's own refusals (未备案) are recomputed like 待审核 lines: once the
        // institution is filed the same period pays.
        if (fresh && (l.status == LedgerStatus::Computed ||
                      (l.status == LedgerStatus::Rejected && l.rejectReason == kNotFiledReason)))
            continue;
        kept.insert(l.key());
        result.append(l);
    }
    if (fresh) {
        const auto computed = SubsidyEngine::compute(SubsidyEngine::load(ws, planId, year), year);
        for (const LedgerLine &l : computed)
            if (!kept.contains(l.key()))
                result.append(l);
        std::stable_sort(
            result.begin(), result.end(),
            [](const LedgerLine &a, const LedgerLine &b) { return a.period < b.period; });
    }
    return result;
}

int Ledger::defaultYear(Workspace *ws, qint64 planId, int thisYear)
{
    SqlQuery p(ws->db());
    p.prepare(QStringLiteral("SELECT period_start, period_end FROM plan WHERE id = ?"));
    p.addBindValue(planId);
    int first = 0;
    int last = 0;
    if (p.exec() && p.next()) {
        first = QDate::fromString(p.value(0).toString(), Qt::ISODate).year();
        last = QDate::fromString(p.value(1).toString(), Qt::ISODate).year();
    }
    SqlQuery q(ws->db());
    q.prepare(QStringLiteral(
        "SELECT MAX(y) FROM (SELECT CAST(substr(period, 1, 4) AS INTEGER) AS y FROM ledger_line "
        "WHERE plan_id = ? UNION ALL SELECT CAST(substr(c.period, 1, 4) AS INTEGER) FROM "
        "subsidy_claim c JOIN subsidy_rule r ON r.id = c.rule_id WHERE r.plan_id = ? UNION ALL "
        "SELECT CAST(substr(month, 1, 4) AS INTEGER) FROM enrolment_record) AS years WHERE (? = 0 "
        "OR y >= ?) AND (? = 0 OR y <= ?)")); // PostgreSQL needs the subquery named (years)
    for (const QVariant &v : {QVariant(planId), QVariant(planId), QVariant(first), QVariant(first),
                              QVariant(last), QVariant(last)})
        q.addBindValue(v);
    if (q.exec() && q.next() && !q.value(0).isNull() && q.value(0).toInt() > 0)
        return q.value(0).toInt();
    int year = thisYear;
    if (last > 0 && last < year)
        year = last;
    if (first > 0 && first > year)
        year = first;
    return year;
}

QHash<QString, QList<Evidence>> Ledger::evidence(Database &db)
{
    QHash<QString, QList<Evidence>> byLine;
    for (const EvidenceTarget target : {EvidenceTarget::Claim, EvidenceTarget::Payment}) {
        const auto attached = evidence::byTarget(db, target);
        if (attached.isEmpty())
            continue;
        SqlQuery q(db.db());
        q.exec(QStringLiteral("SELECT id, rule_id, institution_id, period FROM %1 WHERE id IN "
                              "(SELECT attached_id FROM evidence WHERE attached_kind = ?) "
                              "ORDER BY id")
                   .arg(evidenceTargetTable(target)),
               {evidenceTargetCode(target)});
        while (q.next())
            byLine[ledgerLineKey(q.value(1).toLongLong(), q.value(2).toLongLong(),
                                 q.value(3).toString())]
                .append(attached.value(q.value(0).toLongLong()));
    }
    return byLine;
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
