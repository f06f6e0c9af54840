#include "subsidyengine.h"

#include "session/workspace.h"
#include "storage/institutionrepository.h"

#include "storage/sqlquery.h"
#include <QJsonArray>
#include <QJsonDocument>

#include "domain/money.h"
#include "domain/valuerange.h"

#include <QtNumeric>

#include <cmath>
#include <limits>

namespace tuoyu {

namespace {

const QString kInfant = QStringLiteral("infant");
const QString kToddler = QStringLiteral("toddler");
const QString kOlder = QStringLiteral("older");

QString bandLabel(const QString &band)
{
    if (band == kInfant)
        return QStringLiteral("乳儿班");
    if (band == kToddler)
        return QStringLiteral("托小班");
    if (band == kOlder)
        return QStringLiteral("托大班");
    return QStringLiteral("在托");
}

QString categoryLabel(const QString &category)
{
    if (category.contains(QLatin1Char(','))) {
        QStringList labels;
        for (const QString &one : category.split(QLatin1Char(','), Qt::SkipEmptyParts))
            labels << categoryLabel(one.trimmed());
        return labels.join(QLatin1Char('/'));
    }
    if (category == QLatin1String("second_third_child"))
        return QStringLiteral("二孩、三孩");
    if (category == QLatin1String("three_child_family"))
        return QStringLiteral("三孩家庭");
    if (category == QLatin1String("special_family"))
        return QStringLiteral("计生特殊家庭");
    if (category == QLatin1String("disabled"))
        return QStringLiteral("残疾婴幼儿");
    return category;
}

/// How many children of the rule's band or category a month's record has.
qint64 childCount(const SubsidyRule &rule, const EnrolmentRecord &e)
{
    if (rule.category == QLatin1String("second_third_child"))
        return e.counts.value(QStringLiteral("second_child")) +
               e.counts.value(QStringLiteral("third_child"));
    if (!rule.category.isEmpty()) {
        qint64 sum = 0;
        for (const QString &one : rule.category.split(QLatin1Char(','), Qt::SkipEmptyParts))
            sum += e.counts.value(one.trimmed());
        return sum;
    }
    if (!rule.classBand.isEmpty())
        return e.counts.value(rule.classBand);
    qint64 sum = 0;
    for (const QString &band : {kInfant, kToddler, kOlder})
        if (qAddOverflow(sum, e.counts.value(band), &sum))
            return std::numeric_limits<qint64>::max(); // refused as too much to pay below
    return sum;
}

QString periodLabel(const QString &period)
{
    const QStringList parts = period.split(QLatin1Char('-'));
    if (parts.size() == 2)
        return QStringLiteral("%1年%2月").arg(parts[0]).arg(parts[1].toInt());
    return period + QStringLiteral("年");
}

/// The money a rate times a quantity makes, rounded to the fen (quantities can be fractional
/// only where a claim says so); empty when it does not fit (Fen's checked arithmetic).
std::optional<Fen> times(double quantity, qint64 rateFen)
{
    const std::optional<Fen> amount = Fen(rateFen).times(quantity);
    // One line is at most the largest amount there is, so a ledger's sums cannot overflow.
    if (!amount || !ranges::amountFen.contains(amount->fen() < 0 ? 0 : amount->fen()))
        return std::nullopt;
    return amount;
}

/// A line whose amount cannot be computed exactly (a count far past any real one, stored before
/// counts had a range) is rejected with the figures named, never paid a wrapped amount.
void refuseOverflow(LedgerLine &l)
{
    l.amountFen = 0;
    l.status = LedgerStatus::Rejected;
    l.rejectReason = QStringLiteral("金额超出可计算范围（数量 %1），请核对收托人数或申报数量")
                         .arg(QString::number(l.quantity, 'g', 17));
    l.explanation += QStringLiteral("；") + l.rejectReason;
}

QString quantityText(double q)
{
    return q == std::floor(q) ? QString::number(qint64(q)) : QString::number(q, 'g', 6);
}

bool inValidity(const SubsidyRule &rule, const QDate &first, const QDate &last)
{
    if (rule.validFrom.isValid() && last < rule.validFrom)
        return false;
    if (rule.validTo.isValid() && first > rule.validTo)
        return false;
    return true;
}

QDate periodStart(const QString &period)
{
    if (period.size() == 7)
        return QDate::fromString(period + QStringLiteral("-01"), Qt::ISODate);
    return QDate(period.left(4).toInt(), 1, 1);
}

QDate periodEnd(const QString &period)
{
    const QDate start = periodStart(period);
    return period.size() == 7 ? QDate(start.year(), start.month(), start.daysInMonth())
                              : QDate(start.year(), 12, 31);
}

} // namespace

bool SubsidyEngine::filingRequired(const SubsidyRule &rule)
{
    return rule.conditions.value(QStringLiteral("filing_waived")).toString().trimmed().isEmpty();
}

bool SubsidyEngine::meetsConditions(const SubsidyRule &rule, const Institution &i,
                                    const QHash<QString, int> &chainSizes, QString *why)
{
    if (!meetsOtherConditions(rule, i, chainSizes, why))
        return false;
    if (filingRequired(rule) && !i.filed) {
        if (why)
            *why = QStringLiteral("未备案");
        return false;
    }
    return true;
}

bool SubsidyEngine::meetsOtherConditions(const SubsidyRule &rule, const Institution &i,
                                         const QHash<QString, int> &chainSizes, QString *why)
{
    const QJsonObject &c = rule.conditions;
    auto fail = [&](const QString &reason) {
        if (why)
            *why = reason;
        return false;
    };
    if (c.value(QStringLiteral("puhui")).toBool() && !i.puhui && i.puhuiSlots.value_or(0) <= 0)
        return fail(QStringLiteral("不是普惠托育机构"));
    if (c.contains(QStringLiteral("kind"))) {
        QStringList kinds;
        const QJsonValue k = c.value(QStringLiteral("kind"));
        if (k.isArray())
            for (const auto &v : k.toArray())
                kinds << v.toString();
        else
            kinds << k.toString();
        if (!kinds.contains(kindCode(i.kind)))
            return fail(QStringLiteral("机构属性不符（%1）").arg(kindLabel(i.kind)));
    }
    if (c.contains(QStringLiteral("grade")) &&
        !i.grade.contains(c.value(QStringLiteral("grade")).toString()))
        return fail(QStringLiteral("不是%1").arg(c.value(QStringLiteral("grade")).toString()));
    if (c.contains(QStringLiteral("min_slots")) &&
        i.slots < c.value(QStringLiteral("min_slots")).toInt())
        return fail(QStringLiteral("托位数 %1 少于 %2")
                        .arg(i.slots)
                        .arg(c.value(QStringLiteral("min_slots")).toInt()));
    if (c.contains(QStringLiteral("max_slots")) &&
        i.slots > c.value(QStringLiteral("max_slots")).toInt())
        return fail(QStringLiteral("托位数 %1 多于 %2")
                        .arg(i.slots)
                        .arg(c.value(QStringLiteral("max_slots")).toInt()));
    if (c.contains(QStringLiteral("min_utilisation"))) {
        const double needed = c.value(QStringLiteral("min_utilisation")).toDouble();
        if (!i.enrolled || i.slots <= 0 || 100.0 * double(*i.enrolled) / double(i.slots) < needed)
            return fail(QStringLiteral("托位使用率未达到 %1%").arg(needed));
    }
    if (c.contains(QStringLiteral("min_chain_size"))) {
        const int needed = c.value(QStringLiteral("min_chain_size")).toInt();
        if (i.chain.isEmpty() || chainSizes.value(i.chain) < needed)
            return fail(QStringLiteral("区内连锁不足 %1 家").arg(needed));
    }
    return true;
}

QString SubsidyEngine::ruleKindLabel(const QString &kind)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("per_slot_once"), QStringLiteral("按托位一次性")},
        {QStringLiteral("per_class_once"), QStringLiteral("按新增班一次性")},
        {QStringLiteral("per_institution_once"), QStringLiteral("按机构一次性")},
        {QStringLiteral("per_child_month"), QStringLiteral("按人按月")},
        {QStringLiteral("capped_package"), QStringLiteral("限额包（按申报成本）")},
        {QStringLiteral("voucher"), QStringLiteral("体验券")}};
    return labels.value(kind, kind);
}

QString SubsidyEngine::fundUseLabel(const QString &useCode)
{
    static const QHash<QString, QString> labels = {
        {QStringLiteral("construction"), QStringLiteral("建设补助")},
        {QStringLiteral("operation"), QStringLiteral("运营补助")},
        {QStringLiteral("equipment"), QStringLiteral("设施设备")},
        {QStringLiteral("safety"), QStringLiteral("安防设施")},
        {QStringLiteral("voucher"), QStringLiteral("体验券")},
        {QStringLiteral("training"), QStringLiteral("人员培训")},
        {QStringLiteral("wages"), QStringLiteral("人员工资")},
        {QStringLiteral("family_allowance"), QStringLiteral("家庭育儿补贴")},
        {QStringLiteral("debt"), QStringLiteral("偿还债务")},
        {QStringLiteral("other"), QStringLiteral("激励性奖补等")}};
    return labels.value(useCode, useCode);
}

QString SubsidyEngine::conditionsText(const QJsonObject &c)
{
    QStringList parts;
    if (c.value(QStringLiteral("puhui")).toBool())
        parts << QStringLiteral("普惠");
    // Filing is every rule's baseline; only a waiver, with its reason, is worth a word.
    const QString waiver = c.value(QStringLiteral("filing_waived")).toString().trimmed();
    if (!waiver.isEmpty())
        parts << QStringLiteral("不要求备案（%1）").arg(waiver);
    if (c.value(QStringLiteral("accepted")).toBool())
        parts << QStringLiteral("通过验收");
    if (c.value(QStringLiteral("new")).toBool())
        parts << QStringLiteral("当年新建");
    if (c.contains(QStringLiteral("kind"))) {
        QStringList kinds;
        const QJsonValue k = c.value(QStringLiteral("kind"));
        const QJsonArray list = k.isArray() ? k.toArray() : QJsonArray{k};
        for (const auto &v : list)
            kinds << kindLabel(kindFromCode(v.toString()));
        parts << kinds.join(QLatin1Char('/'));
    }
    if (c.contains(QStringLiteral("grade")))
        parts << c.value(QStringLiteral("grade")).toString();
    const bool hasMin = c.contains(QStringLiteral("min_slots"));
    const bool hasMax = c.contains(QStringLiteral("max_slots"));
    if (hasMin && hasMax)
        parts << QStringLiteral("托位 %1–%2")
                     .arg(c.value(QStringLiteral("min_slots")).toInt())
                     .arg(c.value(QStringLiteral("max_slots")).toInt());
    else if (hasMin)
        parts << QStringLiteral("托位 ≥ %1").arg(c.value(QStringLiteral("min_slots")).toInt());
    else if (hasMax)
        parts << QStringLiteral("托位 ≤ %1").arg(c.value(QStringLiteral("max_slots")).toInt());
    if (c.contains(QStringLiteral("min_utilisation")))
        parts << QStringLiteral("托位使用率 ≥ %1%")
                     .arg(c.value(QStringLiteral("min_utilisation")).toDouble());
    if (c.contains(QStringLiteral("min_chain_size")))
        parts << QStringLiteral("区内连锁 ≥ %1 家")
                     .arg(c.value(QStringLiteral("min_chain_size")).toInt());
    if (c.contains(QStringLiteral("per_family_limit")))
        parts << QStringLiteral("每户 ≤ %1 次")
                     .arg(c.value(QStringLiteral("per_family_limit")).toInt());
    return parts.isEmpty() ? QStringLiteral("已备案") : parts.join(QStringLiteral("；"));
}

bool SubsidyEngine::needsClaim(const QString &kind)
{
    return kind != QLatin1String("per_child_month") &&
           kind != QLatin1String("per_institution_once");
}

QList<LedgerLine> SubsidyEngine::compute(const Inputs &in, int year)
{
    QList<LedgerLine> lines;
    QHash<qint64, const Institution *> institutions;
    QHash<QString, int> chainSizes;
    for (const Institution &i : in.institutions) {
        institutions.insert(i.id, &i);
        if (!i.chain.isEmpty())
            ++chainSizes[i.chain];
    }
    const QDate yearStart(year, 1, 1);
    const QDate yearEnd(year, 12, 31);
    const QString yearText = QString::number(year);

    for (const SubsidyRule &rule : in.rules) {
        if (!rule.enabled || rule.amountPending() || !inValidity(rule, yearStart, yearEnd))
            continue;
        auto line = [&](const Institution &inst, const QString &period) {
            LedgerLine l;
            l.ruleId = rule.id;
            l.ruleName = rule.name;
            l.institutionId = inst.id;
            l.institutionName = inst.name;
            l.period = period;
            l.useCode = rule.fundUse;
            return l;
        };
        auto capped = [&](LedgerLine &l) {
            if (rule.capFen && l.amountFen > *rule.capFen) {
                l.explanation += QStringLiteral("，超过上限按 %1").arg(yuanText(*rule.capFen));
                l.amountFen = *rule.capFen;
            }
        };
        // An institution that meets everything but filing gets a line that says so, refused,
        // so the ledger explains why it is not paid instead of leaving it out silently.
        auto eligible = [&](const Institution &inst) {
            return meetsOtherConditions(rule, inst, chainSizes);
        };
        auto refuseIfUnfiled = [&](LedgerLine &l, const Institution &inst) {
            if (filingRequired(rule) && !inst.filed) {
                l.status = LedgerStatus::Rejected;
                l.rejectReason = kNotFiledReason;
                l.explanation += QStringLiteral("；") + kNotFiledReason;
            }
        };

        if (rule.kind == QLatin1String("per_child_month")) {
            for (const EnrolmentRecord &e : in.enrolment) {
                const Institution *inst = institutions.value(e.institutionId);
                if (!inst || !e.month.startsWith(yearText) ||
                    !inValidity(rule, periodStart(e.month), periodEnd(e.month)) || !eligible(*inst))
                    continue;
                const qint64 count = childCount(rule, e);
                if (count <= 0)
                    continue;
                LedgerLine l = line(*inst, e.month);
                l.quantity = double(count);
                l.rateFen = rule.amountFen;
                const std::optional<Fen> amount = times(double(count), rule.amountFen);
                l.amountFen = amount ? amount->fen() : 0;
                const QString who = rule.category.isEmpty() ? bandLabel(rule.classBand)
                                                            : categoryLabel(rule.category);
                l.explanation = QStringLiteral("%1 %2 %3人 × %4 = %5")
                                    .arg(periodLabel(e.month), who)
                                    .arg(count)
                                    .arg(yuanText(rule.amountFen), yuanText(l.amountFen));
                capped(l);
                refuseIfUnfiled(l, *inst);
                if (!amount)
                    refuseOverflow(l);
                lines.append(l);
            }
        } else if (rule.kind == QLatin1String("per_institution_once")) {
            for (const Institution &inst : in.institutions) {
                if (in.oneOffDone.contains({rule.id, inst.id}) || !eligible(inst))
                    continue;
                // A rule for new institutions pays those opened within its validity, in the year
                // they opened; the others pay in the year they are computed for.
                if (rule.conditions.value(QStringLiteral("new")).toBool() &&
                    (!inst.openedDate.isValid() || inst.openedDate.year() != year))
                    continue;
                LedgerLine l = line(inst, yearText);
                l.quantity = 1;
                l.rateFen = rule.amountFen;
                l.amountFen = rule.amountFen;
                l.explanation =
                    QStringLiteral("%1年 %2：1家 × %3 = %4")
                        .arg(year)
                        .arg(rule.name, yuanText(rule.amountFen), yuanText(rule.amountFen));
                capped(l);
                refuseIfUnfiled(l, inst);
                lines.append(l);
            }
        } else {
            // Claim-driven kinds: the institution says what happened (acceptance, new classes,
            // a package's cost, visit-days); the rule says what it is worth.
            for (const SubsidyClaim &claim : in.claims) {
                if (claim.ruleId != rule.id || !claim.period.startsWith(yearText))
                    continue;
                const Institution *inst = institutions.value(claim.institutionId);
                if (!inst || !eligible(*inst))
                    continue;
                if (rule.kind != QLatin1String("voucher") &&
                    rule.kind != QLatin1String("capped_package") &&
                    in.oneOffDone.contains({rule.id, inst->id}))
                    continue;
                LedgerLine l = line(*inst, claim.period);
                if (rule.kind == QLatin1String("capped_package")) {
                    const qint64 cap = rule.capFen.value_or(rule.amountFen);
                    const qint64 cost = claim.amountFen.value_or(0);
                    l.quantity = 1;
                    l.rateFen = cap;
                    l.amountFen = std::min(cost, cap);
                    l.explanation =
                        cost > cap
                            ? QStringLiteral("%1：申报 %2，上限 %3，核定 %4")
                                  .arg(rule.name, yuanText(cost), yuanText(cap), yuanText(cap))
                            : QStringLiteral("%1：申报 %2，未超上限 %3，核定 %4")
                                  .arg(rule.name, yuanText(cost), yuanText(cap), yuanText(cost));
                } else {
                    double quantity = claim.quantity.value_or(0);
                    if (rule.kind == QLatin1String("per_slot_once") && !claim.quantity)
                        quantity = double(inst->puhuiSlots.value_or(inst->slots));
                    QString unit =
                        rule.kind == QLatin1String("per_slot_once")    ? QStringLiteral("个托位")
                        : rule.kind == QLatin1String("per_class_once") ? QStringLiteral("个班")
                                                                       : QStringLiteral("人次·天");
                    QString limitNote;
                    if (rule.kind == QLatin1String("voucher")) {
                        const int perFamily =
                            rule.conditions.value(QStringLiteral("per_family_limit")).toInt();
                        if (perFamily > 0 && claim.families) {
                            const double limit = double(perFamily * *claim.families);
                            if (quantity > limit) {
                                limitNote = QStringLiteral("（申报 %1，每户限 %2 次，%3 户）")
                                                .arg(quantityText(quantity))
                                                .arg(perFamily)
                                                .arg(*claim.families);
                                quantity = limit;
                            }
                        }
                    }
                    l.quantity = quantity;
                    l.rateFen = rule.amountFen;
                    const std::optional<Fen> amount = times(quantity, rule.amountFen);
                    l.amountFen = amount ? amount->fen() : 0;
                    l.explanation =
                        QStringLiteral("%1 %2：%3%4 × %5 = %6%7")
                            .arg(periodLabel(claim.period), rule.name, quantityText(quantity), unit,
                                 yuanText(rule.amountFen), yuanText(l.amountFen), limitNote);
                    if (!amount) {
                        refuseOverflow(l);
                        lines.append(l);
                        continue;
                    }
                }
                capped(l);
                refuseIfUnfiled(l, *inst);
                if (l.amountFen > 0)
                    lines.append(l);
            }
        }
    }
    return lines;
}

SubsidyEngine::Inputs SubsidyEngine::load(Workspace *ws, qint64 planId, int year)
{
    Inputs in;
    QSqlDatabase &db = ws->db();
    SqlQuery r(db);
    r.exec(QStringLiteral(
               "SELECT id, seq, name, kind, amount_fen, unit, cap_fen, class_band, category, "
               "conditions, fund_use, valid_from, valid_to, enabled, source_text FROM subsidy_rule "
               "WHERE plan_id = ? ORDER BY seq, id"),
           {planId});
    while (r.next()) {
        SubsidyRule rule;
        rule.id = r.value(0).toLongLong();
        rule.planId = planId;
        rule.seq = r.value(1).toInt();
        rule.name = r.value(2).toString();
        rule.kind = r.value(3).toString();
        rule.amountFen = r.value(4).toLongLong();
        rule.unit = r.value(5).toString();
        if (!r.value(6).isNull())
            rule.capFen = r.value(6).toLongLong();
        rule.classBand = r.value(7).toString();
        rule.category = r.value(8).toString();
        rule.conditions = QJsonDocument::fromJson(r.value(9).toString().toUtf8()).object();
        rule.fundUse = r.value(10).toString();
        rule.validFrom = QDate::fromString(r.value(11).toString(), Qt::ISODate);
        rule.validTo = QDate::fromString(r.value(12).toString(), Qt::ISODate);
        rule.enabled = r.value(13).toInt() != 0;
        rule.sourceText = r.value(14).toString();
        in.rules.append(rule);
    }
    in.institutions = InstitutionRepository(ws).all();

    SqlQuery e(db);
    e.exec(QStringLiteral(
               "SELECT institution_id, month, infant, toddler, older, second_child, third_child, "
               "three_child_family, special_family, disabled FROM enrolment_record "
               "WHERE month LIKE ? ORDER BY institution_id, month"),
           {QString::number(year) + QStringLiteral("-%")});
    static const char *const columns[] = {"infant",         "toddler",     "older",
                                          "second_child",   "third_child", "three_child_family",
                                          "special_family", "disabled"};
    while (e.next()) {
        EnrolmentRecord rec;
        rec.institutionId = e.value(0).toLongLong();
        rec.month = e.value(1).toString();
        for (int c = 0; c < 8; ++c)
            if (!e.value(c + 2).isNull())
                rec.counts.insert(QLatin1String(columns[c]), e.value(c + 2).toLongLong());
        in.enrolment.append(rec);
    }

    SqlQuery c(db);
    c.exec(QStringLiteral(
               "SELECT c.id, c.rule_id, c.institution_id, c.period, c.quantity, c.families, "
               "c.amount_fen "
               "FROM subsidy_claim c JOIN subsidy_rule r ON r.id = c.rule_id WHERE r.plan_id = ? "
               "AND c.period LIKE ? ORDER BY c.id"),
           {planId, QString::number(year) + QStringLiteral("%")});
    while (c.next()) {
        SubsidyClaim claim;
        claim.id = c.value(0).toLongLong();
        claim.ruleId = c.value(1).toLongLong();
        claim.institutionId = c.value(2).toLongLong();
        claim.period = c.value(3).toString();
        if (!c.value(4).isNull())
            claim.quantity = c.value(4).toDouble();
        if (!c.value(5).isNull())
            claim.families = c.value(5).toInt();
        if (!c.value(6).isNull())
            claim.amountFen = c.value(6).toLongLong();
        in.claims.append(claim);
    }

    // One-off rules already paid in another year (or kept this year as approved/paid/rejected).
    SqlQuery done(db);
    done.exec(QStringLiteral(
                  "SELECT l.rule_id, l.institution_id FROM ledger_line l JOIN subsidy_rule r ON "
                  "r.id = l.rule_id WHERE l.plan_id = ? AND r.kind IN ('per_institution_once', "
                  "'per_slot_once', 'per_class_once') AND l.status <> 'rejected' AND "
                  "(l.period NOT LIKE ? OR l.status <> 'computed')"),
              {planId, QString::number(year) + QStringLiteral("%")});
    while (done.next())
        in.oneOffDone.insert({done.value(0).toLongLong(), done.value(1).toLongLong()});
    return in;
}

} // namespace tuoyu
