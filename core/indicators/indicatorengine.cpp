#include "indicatorengine.h"

#include "domain/institutionkind.h"
#include "registrycache.h"
#include "session/workspace.h"
#include "storage/indicatorrepository.h"

#include <algorithm>

namespace tuoyu {

namespace {

const QString kKindPrefix = QStringLiteral("institutions_of_kind:");

std::optional<double> share(qint64 part, qint64 whole)
{
    if (whole <= 0)
        return std::nullopt;
    return 100.0 * double(part) / double(whole);
}

std::optional<double> perThousand(qint64 part, const std::optional<qint64> &whole)
{
    if (!whole || *whole <= 0)
        return std::nullopt;
    return 1000.0 * double(part) / double(*whole);
}

using Count = qint64 RegistryTotals::*;

/// The formulas that read one registry count as it stands.
struct CountFormula
{
    const char *key;
    Count count;
};
constexpr CountFormula kCounts[] = {
    {"total_slots", &RegistryTotals::slots},
    {"puhui_slots", &RegistryTotals::puhuiSlots},
    {"institution_count", &RegistryTotals::institutions},
    {"puhui_institution_count", &RegistryTotals::puhuiInstitutions},
};

/// The formulas that are one registry count as a share (%) of another; `lack` (UTF-8) says why
/// there is no value when the whole is 0.
struct ShareFormula
{
    const char *key;
    Count part;
    Count whole;
    const char *lack;
};
constexpr ShareFormula kShares[] = {
    {"puhui_share", &RegistryTotals::puhuiSlots, &RegistryTotals::slots, "托位总数为0"},
    {"utilisation", &RegistryTotals::enrolled, &RegistryTotals::slotsReportingEnrolled,
     "没有机构填报在托人数"},
    {"under2_share", &RegistryTotals::under2Slots, &RegistryTotals::slotsReportingBands,
     "没有机构填报分班托位"},
    {"public_institution_share", &RegistryTotals::publicInstitutions, &RegistryTotals::institutions,
     "机构名单为空"},
    {"public_slot_share", &RegistryTotals::publicSlots, &RegistryTotals::slots, "托位总数为0"},
    {"filing_rate", &RegistryTotals::filed, &RegistryTotals::institutions, "机构名单为空"},
    {"certified_staff_share", &RegistryTotals::certifiedStaff, &RegistryTotals::staff,
     "没有机构填报从业人员"},
    {"community_area_coverage", &RegistryTotals::areasWithCommunity, &RegistryTotals::areas,
     "没有乡镇（街道）"},
};

} // namespace

QString indicatorStatusLabel(IndicatorStatus status)
{
    switch (status) {
    case IndicatorStatus::Met:
        return QStringLiteral("达标");
    case IndicatorStatus::NotMet:
        return QStringLiteral("未达标");
    case IndicatorStatus::Warning:
        return QStringLiteral("预警");
    case IndicatorStatus::NoData:
        break;
    }
    return QStringLiteral("无数据");
}

QList<IndicatorFormula> IndicatorEngine::formulas()
{
    // Each formula once: its key (stored on the indicator), the name a picker shows, the
    // definition printed beside it (指标 page, exports, docs/indicators.md) and the unit it gives.
    static const QList<IndicatorFormula> list = [] {
        QList<IndicatorFormula> l = {
            {QStringLiteral("total_slots"), QStringLiteral("托位数"),
             QStringLiteral("机构名单托位数合计"), QStringLiteral("个")},
            {QStringLiteral("puhui_slots"), QStringLiteral("普惠托位数"),
             QStringLiteral("普惠托位数合计（普惠机构未单列普惠托位的，按其全部托位计）"),
             QStringLiteral("个")},
            {QStringLiteral("puhui_share"), QStringLiteral("普惠托位占比"),
             QStringLiteral("普惠托位数 ÷ 托位总数 × 100%"), QStringLiteral("%")},
            {QStringLiteral("slots_per_1000_population"), QStringLiteral("每千人口托位数"),
             QStringLiteral("托位总数 ÷ 常住人口 × 1000"), QStringLiteral("个")},
            {QStringLiteral("slots_per_1000_under3"), QStringLiteral("每千名3岁以下婴幼儿托位数"),
             QStringLiteral("托位总数 ÷ 3岁以下婴幼儿数 × 1000"), QStringLiteral("个")},
            {QStringLiteral("utilisation"), QStringLiteral("托位使用率"),
             QStringLiteral("在托人数 ÷ 托位数 × 100%（仅计填报在托人数的机构）"),
             QStringLiteral("%")},
            {QStringLiteral("under2_share"), QStringLiteral("2岁以下托位占比"),
             QStringLiteral("（乳儿班 + 托小班托位）÷ 托位数 × 100%（仅计填报分班托位的机构）"),
             QStringLiteral("%")},
            {QStringLiteral("public_institution_share"), QStringLiteral("公办机构占比"),
             QStringLiteral("公办（含卫健办）机构数 ÷ 机构总数 × 100%"), QStringLiteral("%")},
            {QStringLiteral("public_slot_share"), QStringLiteral("公办托位占比"),
             QStringLiteral("公办（含卫健办）托位数 ÷ 托位总数 × 100%"), QStringLiteral("%")},
            {QStringLiteral("filing_rate"), QStringLiteral("备案率"),
             QStringLiteral("已备案机构数 ÷ 机构总数 × 100%"), QStringLiteral("%")},
            {QStringLiteral("enrolment_rate"), QStringLiteral("入托率"),
             QStringLiteral("在托人数 ÷ 3岁以下婴幼儿数 × 100%"), QStringLiteral("%")},
            {QStringLiteral("medical_partner_share"), QStringLiteral("医育结合签约率"),
             QStringLiteral("已与医疗机构签约的机构数 ÷ 机构总数 × 100%"), QStringLiteral("%")},
            {QStringLiteral("certified_staff_share"), QStringLiteral("持证上岗率"),
             QStringLiteral("持证从业人员 ÷ 从业人员 × 100%"), QStringLiteral("%")},
            {QStringLiteral("institution_count"), QStringLiteral("托育机构数"),
             QStringLiteral("机构总数"), QStringLiteral("家")},
            {QStringLiteral("puhui_institution_count"), QStringLiteral("普惠托育机构数"),
             QStringLiteral("普惠托育机构数"), QStringLiteral("家")},
            {QStringLiteral("community_area_coverage"), QStringLiteral("社区托育覆盖率"),
             QStringLiteral("有社区办托育机构的乡镇（街道）数 ÷ 乡镇（街道）总数 × 100%"),
             QStringLiteral("%")},
        };
        for (const QString &code : allKindCodes())
            if (code != QLatin1String("other")) {
                const QString words = QStringLiteral("%1机构数").arg(kindLabel(kindFromCode(code)));
                l.append({kKindPrefix + code, words, words, QStringLiteral("家")});
            }
        return l;
    }();
    return list;
}

std::optional<IndicatorFormula> IndicatorEngine::formula(const QString &key)
{
    for (const IndicatorFormula &f : formulas())
        if (f.key == key)
            return f;
    return std::nullopt;
}

QStringList IndicatorEngine::formulaKeys()
{
    QStringList keys;
    for (const IndicatorFormula &f : formulas())
        keys << f.key;
    return keys;
}

QString IndicatorEngine::formulaDescription(const QString &key)
{
    const auto f = formula(key);
    return f ? f->definition : QString();
}

bool IndicatorEngine::needsResident(const QString &key)
{
    return key == QLatin1String("slots_per_1000_population");
}

bool IndicatorEngine::needsUnder3(const QString &key)
{
    return key == QLatin1String("slots_per_1000_under3") || key == QLatin1String("enrolment_rate");
}

std::optional<double> IndicatorEngine::formulaValue(const QString &key, const RegistryTotals &t,
                                                    const PopulationBase &population,
                                                    QString *missing)
{
    auto need = [&](const QString &what) -> std::optional<double> {
        if (missing)
            *missing = what;
        return std::nullopt;
    };
    // `lack`: why there is no value when the base is 0.
    auto value = [&](std::optional<double> v, const QString &lack) { return v ? v : need(lack); };
    for (const CountFormula &f : kCounts)
        if (key == QLatin1String(f.key))
            return double(t.*f.count);
    if (key.startsWith(kKindPrefix))
        return double(t.institutionsByKind.value(key.mid(kKindPrefix.size())));
    for (const ShareFormula &f : kShares)
        if (key == QLatin1String(f.key))
            return value(share(t.*f.part, t.*f.whole), QString::fromUtf8(f.lack));

    if (key == QLatin1String("slots_per_1000_population")) {
        if (!population.resident)
            return need(QStringLiteral("缺少常住人口数"));
        return value(perThousand(t.slots, population.resident), QStringLiteral("常住人口为0"));
    }
    if (key == QLatin1String("slots_per_1000_under3")) {
        if (!population.under3)
            return need(QStringLiteral("缺少3岁以下婴幼儿数"));
        return value(perThousand(t.slots, population.under3), QStringLiteral("3岁以下婴幼儿数为0"));
    }
    if (key == QLatin1String("enrolment_rate")) {
        if (!population.under3)
            return need(QStringLiteral("缺少3岁以下婴幼儿数"));
        if (t.slotsReportingEnrolled == 0)
            return need(QStringLiteral("没有机构填报在托人数"));
        return value(share(t.enrolled, *population.under3), QStringLiteral("3岁以下婴幼儿数为0"));
    }
    if (key == QLatin1String("medical_partner_share")) {
        // An empty 签约医疗机构 column means "not reported" far more often than "none signed":
        // with no institution reporting a partner the share is unknown, not 0%.
        if (t.withMedicalPartner == 0)
            return need(QStringLiteral("没有机构填报医育结合签约"));
        return value(share(t.withMedicalPartner, t.institutions), QStringLiteral("机构名单为空"));
    }
    return need(QStringLiteral("未知公式 %1").arg(key));
}

namespace {
/// A figure as the views print it: up to two decimals, no trailing zeros (4.5, 48, 3.85).
QString figure(double v, const QString &unit)
{
    QString s = QString::number(v, 'f', 2);
    if (s.contains(QLatin1Char('.'))) {
        while (s.endsWith(QLatin1Char('0')))
            s.chop(1);
        if (s.endsWith(QLatin1Char('.')))
            s.chop(1);
    }
    if (s == QLatin1String("-0"))
        s = QStringLiteral("0");
    return s + unit;
}

QString bound(const Indicator &indicator, double value)
{
    return (indicator.direction == Direction::AtMost ? QStringLiteral("≤") : QStringLiteral("≥")) +
           figure(value, indicator.unit);
}
} // namespace

QString indicatorTargetLabel(const IndicatorResult &r, bool allStages)
{
    const Indicator &i = r.indicator;
    switch (i.targetKind) {
    case TargetKind::Words:
        return r.targetText;
    case TargetKind::AboveAverage: {
        // The document's words cut to the comparison, then each average: its value as entered
        // or, while the officer has not entered it, that it is missing.
        QStringList scopes;
        QStringList lacking;
        for (const QString &scope : i.comparedWith) {
            const auto it =
                std::find_if(r.averages.cbegin(), r.averages.cend(),
                             [&](const IndicatorAverage &a) { return a.scope == scope; });
            if (it == r.averages.cend())
                lacking << scope;
            else
                scopes << scope + figure(it->value, i.unit);
        }
        if (!lacking.isEmpty())
            scopes << QStringLiteral("缺少%1平均水平").arg(lacking.join(QStringLiteral("、")));
        return QStringLiteral("高于%1平均水平（%2）")
            .arg(i.comparedWith.join(QStringLiteral("、")), scopes.join(QStringLiteral("，")));
    }
    case TargetKind::Value:
        break;
    }
    if (allStages && i.targets.size() > 1) {
        QStringList stages;
        for (const IndicatorTarget &t : i.targets)
            stages << QStringLiteral("%1年%2").arg(t.year).arg(bound(i, t.value));
        return stages.join(QStringLiteral(" → "));
    }
    return r.target ? bound(i, r.target->value) : QString();
}

QString indicatorActualLabel(const IndicatorResult &r)
{
    if (r.indicator.targetKind == TargetKind::Words)
        return !r.actual          ? QStringLiteral("未认定")
               : *r.actual >= 0.5 ? QStringLiteral("已实现")
                                  : QStringLiteral("未实现");
    return r.actual ? figure(*r.actual, r.indicator.unit) : QString();
}

std::optional<IndicatorTarget>
IndicatorEngine::relativeTarget(const Indicator &indicator, const QList<IndicatorAverage> &averages,
                                QString *missing)
{
    QStringList lacking;
    std::optional<double> bound;
    for (const QString &scope : indicator.comparedWith) {
        const auto it = std::find_if(averages.cbegin(), averages.cend(),
                                     [&](const IndicatorAverage &a) { return a.scope == scope; });
        if (it == averages.cend()) {
            lacking << scope;
            continue;
        }
        if (!bound ||
            (indicator.direction == Direction::AtMost ? it->value < *bound : it->value > *bound))
            bound = it->value;
    }
    if (!lacking.isEmpty() || !bound) {
        if (missing)
            *missing = QStringLiteral("缺少%1平均水平：目标为“%2”，请在“指标”页选中本指标，"
                                      "录入%1平均值及其来源和统计日期")
                           .arg(lacking.join(QStringLiteral("、")), indicator.targetText);
        return std::nullopt;
    }
    return IndicatorTarget{indicator.targetYear, *bound, QString(), indicator.targetText};
}

IndicatorStatus IndicatorEngine::status(const Indicator &indicator,
                                        const std::optional<IndicatorTarget> &target,
                                        const std::optional<double> &actual, const QDate &asOf)
{
    if (!actual)
        return IndicatorStatus::NoData;
    // A qualitative goal is what the officer judged it: 1 achieved, 0 not.
    if (indicator.targetKind == TargetKind::Words)
        return *actual >= 0.5 ? IndicatorStatus::Met : IndicatorStatus::NotMet;
    if (!target)
        return IndicatorStatus::NoData;
    // Compare with a tolerance: 4.5 computed as 1180/262.2*1000 must not miss by a rounding.
    const double eps = 1e-9 * std::max(1.0, std::abs(target->value));
    // "高于…平均水平" is strictly above: equal to the average is not met.
    const bool strict = indicator.targetKind == TargetKind::AboveAverage;
    const bool met =
        indicator.direction == Direction::AtMost
            ? (strict ? *actual < target->value - eps : *actual <= target->value + eps)
            : (strict ? *actual > target->value + eps : *actual >= target->value - eps);
    if (met)
        return IndicatorStatus::Met;
    if (target->year == asOf.year()) {
        const bool farBehind = indicator.direction == Direction::AtMost
                                   ? *actual > target->value / 0.9
                                   : *actual < 0.9 * target->value;
        if (farBehind)
            return IndicatorStatus::Warning;
    }
    return IndicatorStatus::NotMet;
}

QList<IndicatorResult> IndicatorEngine::evaluate(Workspace *workspace, qint64 planId,
                                                 const QDate &asOf)
{
    IndicatorRepository repo(workspace);
    const QList<Indicator> indicators = repo.indicators(planId);
    QList<IndicatorResult> results;
    // Computed once, only if a formula needs them.
    std::optional<RegistryTotals> totals;
    std::optional<PopulationBase> base;
    for (const Indicator &indicator : indicators) {
        IndicatorResult r;
        r.indicator = indicator;
        switch (indicator.targetKind) {
        case TargetKind::Value:
            r.target = indicator.targetFor(asOf.year());
            r.targetText = r.target && !r.target->sourceText.isEmpty() ? r.target->sourceText
                                                                       : indicator.sourceText;
            break;
        case TargetKind::AboveAverage:
            r.averages = repo.averages(indicator.id, asOf);
            r.target = relativeTarget(indicator, r.averages, &r.targetMissing);
            r.targetText = indicator.targetText;
            break;
        case TargetKind::Words:
            r.targetText = indicator.targetText;
            break;
        }
        if (!indicator.formula.isEmpty()) {
            if (!totals) {
                totals = RegistryTotals::of(workspace, asOf);
                // Population figures of the as-of year, else of the latest year before it.
                const int year = asOf.year();
                base = PopulationBase{repo.residentPopulation(year), repo.childrenUnder3(year)};
            }
            if (totals->institutions > 0)
                r.actual = formulaValue(indicator.formula, *totals, *base, &r.missing);
            else
                r.missing = QStringLiteral("机构名单为空");
            r.actualDate = asOf;
            r.actualSource = QStringLiteral("机构名单");
        }
        // A manual value stands in where the registry cannot give one (an empty registry, or a
        // population figure still missing): 003's report states figures its plan has no list for.
        if (!r.actual) {
            if (const auto v = repo.latestValue(indicator.id, asOf)) {
                r.actual = v->value;
                r.actualDate = v->date;
                r.actualSource = v->source;
                r.missing.clear();
            } else if (indicator.targetKind == TargetKind::Words) {
                r.missing = QStringLiteral("尚未认定是否实现");
            } else if (indicator.formula.isEmpty()) {
                r.missing = QStringLiteral("尚未录入实际值");
            }
        }
        r.status = status(indicator, r.target, r.actual, asOf);
        results.append(r);
    }
    return results;
}

} // namespace tuoyu
