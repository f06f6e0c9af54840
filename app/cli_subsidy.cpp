// The subsidy ledger on the command line, for the finance bureau's scripts.

#include "cliverb.h"

#include "commands/subsidycommands.h"
#include "domain/plan.h"
#include "storage/workspace.h"
#include "subsidy/fundcheck.h"
#include "subsidy/ledger.h"

#include <QJsonArray>
#include <QJsonObject>

namespace tuoyu::cli {

namespace {

double yuan(qint64 fen)
{
    return double(fen) / 100.0;
}

int verbSubsidies(const Arguments &a)
{
    QString error;
    int year = QDate::currentDate().year();
    QString month;
    if (a.has(QStringLiteral("month"))) {
        month = a.option(QStringLiteral("month"));
        const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
        if (month.size() != 7 || !first.isValid())
            return fail(Usage, QStringLiteral("--month 应写作 YYYY-MM：%1").arg(month));
        year = first.year();
    }
    if (a.has(QStringLiteral("year"))) {
        bool ok = false;
        year = a.option(QStringLiteral("year")).toInt(&ok);
        if (!ok || year < 1990 || year > 2100)
            return fail(
                Usage, QStringLiteral("--year 应为年份：%1").arg(a.option(QStringLiteral("year"))));
        if (!month.isEmpty() && !month.startsWith(QString::number(year)))
            return fail(Usage, QStringLiteral("--year 与 --month 不一致"));
    }
    auto ws = openWorkspace(a.positional[0], &error);
    if (!ws)
        return fail(BadInput, error);
    const auto plan = choosePlan(ws.get(), a, &error);
    if (!plan)
        return fail(BadInput, error);
    if (a.has(QStringLiteral("recompute"))) {
        auto command = subsidycommands::refreshLedger(ws.get(), plan->id, year, &error);
        if (command && !ws->execute(std::move(command), &error))
            return fail(BadInput, error);
    }
    QList<LedgerLine> lines = Ledger::lines(ws.get(), plan->id, year, true);
    if (!month.isEmpty())
        lines.erase(std::remove_if(lines.begin(), lines.end(),
                                   [&](const LedgerLine &l) { return l.period != month; }),
                    lines.end());
    QJsonArray list;
    for (const LedgerLine &l : lines)
        list.append(QJsonObject{
            {QStringLiteral("id"), l.id ? QJsonValue(l.id) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("institution"), l.institutionName},
            {QStringLiteral("rule"), l.ruleName},
            {QStringLiteral("period"), l.period},
            {QStringLiteral("quantity"), l.quantity},
            {QStringLiteral("rate_yuan"), yuan(l.rateFen)},
            {QStringLiteral("amount_yuan"), yuan(l.amountFen)},
            {QStringLiteral("amount_fen"), l.amountFen},
            {QStringLiteral("status"), ledgerStatusLabel(l.status)},
            {QStringLiteral("explanation"), l.explanation}});
    const Ledger::Totals t = Ledger::totals(lines);
    QJsonArray funds;
    for (const FundBalance &f : FundCheck::balances(ws.get(), plan->id))
        funds.append(QJsonObject{{QStringLiteral("name"), f.name},
                                 {QStringLiteral("source"), f.source},
                                 {QStringLiteral("year"), f.year},
                                 {QStringLiteral("budget_yuan"), yuan(f.budgetFen)},
                                 {QStringLiteral("committed_yuan"), yuan(f.committedFen)},
                                 {QStringLiteral("paid_yuan"), yuan(f.paidFen)},
                                 {QStringLiteral("remaining_yuan"), yuan(f.remainingFen())}});
    printJson(QJsonObject{{QStringLiteral("year"), year},
                          {QStringLiteral("lines"), list},
                          {QStringLiteral("totals"),
                           QJsonObject{{QStringLiteral("amount_yuan"), yuan(t.allFen())},
                                       {QStringLiteral("computed_yuan"), yuan(t.computedFen)},
                                       {QStringLiteral("approved_yuan"), yuan(t.approvedFen)},
                                       {QStringLiteral("paid_yuan"), yuan(t.paidFen)},
                                       {QStringLiteral("rejected_yuan"), yuan(t.rejectedFen)}}},
                          {QStringLiteral("funds"), funds}});
    return Done;
}

} // namespace

void registerSubsidyVerbs(VerbTable &table)
{
    table.insert(
        QStringLiteral("subsidies"),
        {QStringLiteral(
             "subsidies FILE [--plan ID] [--year N] [--month YYYY-MM] [--recompute] --json"),
         1,
         {QStringLiteral("plan"), QStringLiteral("year"), QStringLiteral("month")},
         {QStringLiteral("json"), QStringLiteral("recompute")},
         verbSubsidies});
}

} // namespace tuoyu::cli
