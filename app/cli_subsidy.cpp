// The subsidy ledger on the command line, for the finance bureau's scripts.

#include "cliverb.h"

#include "commands/subsidycommands.h"
#include "domain/money.h"
#include "domain/plan.h"
#include "session/workspace.h"
#include "subsidy/fundcheck.h"
#include "subsidy/ledger.h"
#include "subsidy/subsidyengine.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace tuoyu::cli {

namespace {

/// Money in JSON: `key`_fen as an integer and `key`_yuan as exact decimal text (Fen::writeJson);
/// an amount not yet set is null in both.
QJsonObject withMoney(QJsonObject json, std::initializer_list<std::pair<QString, qint64>> money)
{
    for (const auto &[key, fen] : money)
        Fen(fen).writeJson(json, key);
    return json;
}

int verbSubsidies(const Arguments &a)
{
    QString error;
    int year = 0; // none asked: the plan's latest year with data, as the 奖补 page opens
    QString month;
    if (a.has(QStringLiteral("month"))) {
        month = a.option(QStringLiteral("month"));
        const QDate first = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
        if (month.size() != 7 || !first.isValid())
            return fail(
                Usage,
                QCoreApplication::translate("tuoyu::cli", "--month 应写作 YYYY-MM：%1").arg(month));
        year = first.year();
    }
    if (a.has(QStringLiteral("year"))) {
        bool ok = false;
        year = a.option(QStringLiteral("year")).toInt(&ok);
        if (!ok || year < 1990 || year > 2100)
            return fail(Usage, QCoreApplication::translate("tuoyu::cli", "--year 应为年份：%1")
                                   .arg(a.option(QStringLiteral("year"))));
        if (!month.isEmpty() && !month.startsWith(QString::number(year)))
            return fail(Usage,
                        QCoreApplication::translate("tuoyu::cli", "--year 与 --month 不一致"));
    }
    auto ws = openWorkspace(a.positional[0], &error);
    if (!ws)
        return fail(BadInput, error);
    const auto plan = choosePlan(ws.get(), a, &error);
    if (!plan)
        return fail(BadInput, error);
    if (year == 0)
        year = Ledger::defaultYear(ws.get(), plan->id, QDate::currentDate().year());
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
        list.append(withMoney(
            QJsonObject{
                {QStringLiteral("id"), l.id ? QJsonValue(l.id) : QJsonValue(QJsonValue::Null)},
                {QStringLiteral("institution"), l.institutionName},
                {QStringLiteral("rule"), l.ruleName},
                {QStringLiteral("period"), l.period},
                {QStringLiteral("quantity"), l.quantity},
                {QStringLiteral("status"), ledgerStatusLabel(l.status)},
                {QStringLiteral("explanation"), l.explanation}},
            {{QStringLiteral("rate"), l.rateFen}, {QStringLiteral("amount"), l.amountFen}}));
    const Ledger::Totals t = Ledger::totals(lines);
    QJsonArray funds;
    for (const FundBalance &f : FundCheck::balances(ws.get(), plan->id))
        funds.append(withMoney(QJsonObject{{QStringLiteral("name"), f.name},
                                           {QStringLiteral("source"), f.source},
                                           {QStringLiteral("year"), f.year}},
                               {{QStringLiteral("budget"), f.budgetFen},
                                {QStringLiteral("committed"), f.committedFen},
                                {QStringLiteral("paid"), f.paidFen},
                                {QStringLiteral("remaining"), f.remainingFen()}}));
    printJson(QJsonObject{{QStringLiteral("year"), year},
                          {QStringLiteral("lines"), list},
                          {QStringLiteral("totals"),
                           withMoney(QJsonObject(), {{QStringLiteral("amount"), t.allFen()},
                                                     {QStringLiteral("computed"), t.computedFen},
                                                     {QStringLiteral("approved"), t.approvedFen},
                                                     {QStringLiteral("paid"), t.paidFen},
                                                     {QStringLiteral("rejected"), t.rejectedFen}})},
                          {QStringLiteral("funds"), funds}});
    return Done;
}

QJsonObject ruleJson(const SubsidyRule &r)
{
    QJsonObject json{{QStringLiteral("id"), r.id},
                     {QStringLiteral("name"), r.name},
                     {QStringLiteral("kind"), r.kind},
                     {QStringLiteral("amount_fen"), QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("amount_yuan"), QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("cap_fen"), QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("cap_yuan"), QJsonValue(QJsonValue::Null)},
                     {QStringLiteral("amount_pending"), r.amountPending()},
                     {QStringLiteral("amount_is_floor"), r.amountIsFloor()},
                     {QStringLiteral("unit"), r.unit},
                     {QStringLiteral("conditions"), SubsidyEngine::conditionsText(r.conditions)},
                     {QStringLiteral("enabled"), r.enabled}};
    if (!r.amountPending())
        Fen(r.amountFen).writeJson(json, QStringLiteral("amount"));
    if (r.capFen)
        Fen(*r.capFen).writeJson(json, QStringLiteral("cap"));
    return json;
}

/// Adds a rule to the plan (no --amount: 金额待定), or with --rule sets the amount of a 金额待定
/// rule. Lists the plan's rules afterwards, so a script sees what it changed.
int verbSubsidyRule(const Arguments &a)
{
    QString error;
    auto money = [&](const char *name, std::optional<qint64> *fen) {
        if (!a.has(QLatin1String(name)))
            return true;
        *fen = fenFromYuanText(a.option(QLatin1String(name)));
        if (!*fen)
            error = QCoreApplication::translate("tuoyu::cli",
                                                "--%1 应为金额（元），例如 200 或 0.05万：%2")
                        .arg(QLatin1String(name), a.option(QLatin1String(name)));
        return bool(*fen);
    };
    std::optional<qint64> amount;
    std::optional<qint64> cap;
    if (!money("amount", &amount) || !money("cap", &cap))
        return fail(Usage, error);
    auto ws = openWorkspace(a.positional[0], &error);
    if (!ws)
        return fail(BadInput, error);
    const auto plan = choosePlan(ws.get(), a, &error);
    if (!plan)
        return fail(BadInput, error);
    std::unique_ptr<WorkspaceCommand> command;
    if (a.has(QStringLiteral("rule"))) {
        const qint64 ruleId = idOption(a, QStringLiteral("rule"), &error);
        if (!ruleId)
            return fail(Usage, error);
        if (!amount && !cap)
            return fail(Usage,
                        QCoreApplication::translate("tuoyu::cli", "--rule 需要 --amount 或 --cap"));
        command = subsidycommands::setRuleAmount(ws.get(), ruleId, amount.value_or(0), cap, &error);
    } else {
        if (!a.has(QStringLiteral("name")) || !a.has(QStringLiteral("kind")))
            return fail(Usage,
                        QCoreApplication::translate("tuoyu::cli", "新增规则需要 --name 和 --kind"));
        SubsidyRule rule;
        rule.name = a.option(QStringLiteral("name"));
        rule.kind = a.option(QStringLiteral("kind"));
        rule.amountFen = amount.value_or(0);
        rule.capFen = cap;
        rule.unit = a.option(QStringLiteral("unit"));
        rule.classBand = a.option(QStringLiteral("band"));
        rule.category = a.option(QStringLiteral("category"));
        rule.fundUse = a.has(QStringLiteral("use")) ? a.option(QStringLiteral("use"))
                                                    : QStringLiteral("other");
        rule.sourceText = a.option(QStringLiteral("source"));
        for (const char *name : {"from", "to"}) {
            if (!a.has(QLatin1String(name)))
                continue;
            const QDate d = QDate::fromString(a.option(QLatin1String(name)), Qt::ISODate);
            if (!d.isValid())
                return fail(Usage,
                            QCoreApplication::translate("tuoyu::cli", "--%1 应写作 YYYY-MM-DD：%2")
                                .arg(QLatin1String(name), a.option(QLatin1String(name))));
            (qstrcmp(name, "from") == 0 ? rule.validFrom : rule.validTo) = d;
        }
        if (!rule.validFrom.isValid())
            rule.validFrom = plan->periodStart;
        if (!rule.validTo.isValid())
            rule.validTo = plan->periodEnd;
        if (a.has(QStringLiteral("puhui")))
            rule.conditions.insert(QStringLiteral("puhui"), true);
        if (a.has(QStringLiteral("floor")))
            rule.conditions.insert(QStringLiteral("amount_is_minimum"), true);
        if (a.has(QStringLiteral("waive-filing")))
            rule.conditions.insert(QStringLiteral("filing_waived"),
                                   a.option(QStringLiteral("waive-filing")));
        command = subsidycommands::addRule(ws.get(), plan->id, rule, &error);
    }
    if (!command || !ws->execute(std::move(command), &error))
        return fail(BadInput, error);
    QJsonArray rules;
    for (const SubsidyRule &r : SubsidyEngine::load(ws.get(), plan->id, 0).rules)
        rules.append(ruleJson(r));
    printJson(QJsonObject{{QStringLiteral("plan"), plan->id}, {QStringLiteral("rules"), rules}});
    return Done;
}

} // namespace

void registerSubsidyVerbs(VerbTable &table)
{
    table.insert(
        QStringLiteral("subsidy-rule"),
        {QStringLiteral("subsidy-rule FILE [--plan ID] --name TEXT --kind KIND [--amount YUAN] "
                        "[--cap YUAN] [--unit TEXT] [--band infant|toddler|older] [--category C] "
                        "[--use USE] [--from DATE] [--to DATE] [--puhui] [--floor] "
                        "[--waive-filing REASON] [--source TEXT] --json | subsidy-rule FILE "
                        "--rule ID --amount YUAN [--cap YUAN] --json"),
         1,
         {QStringLiteral("plan"), QStringLiteral("name"), QStringLiteral("kind"),
          QStringLiteral("amount"), QStringLiteral("cap"), QStringLiteral("unit"),
          QStringLiteral("band"), QStringLiteral("category"), QStringLiteral("use"),
          QStringLiteral("from"), QStringLiteral("to"), QStringLiteral("waive-filing"),
          QStringLiteral("source"), QStringLiteral("rule")},
         {QStringLiteral("json"), QStringLiteral("puhui"), QStringLiteral("floor")},
         verbSubsidyRule});
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
