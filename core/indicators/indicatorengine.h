#pragma once

#include "domain/indicator.h"
#include "registrytotals.h"

#include <QList>
#include <QStringList>

#include <optional>

namespace tuoyu {

class Workspace;

enum class IndicatorStatus
{
    Met,    ///< 达标
    NotMet, ///< 未达标
    NoData, ///< 无数据
    Warning ///< 预警: the target year is this year and the actual is under 90% of the way
};

QString indicatorStatusLabel(IndicatorStatus status);

/// Population figures a formula may divide by, for the year asked.
struct PopulationBase
{
    std::optional<qint64> resident;
    std::optional<qint64> under3;
};

/// A formula the engine computes from the registry: the key an indicator stores, the short name
/// a picker shows, its definition in plain words and the unit its value is in.
struct IndicatorFormula
{
    QString key;
    QString name;
    QString definition;
    QString unit;
};

struct IndicatorResult
{
    Indicator indicator;
    std::optional<IndicatorTarget> target; ///< the target in force for the as-of year
    std::optional<double> actual;
    QDate actualDate;     ///< the as-of date for formulas, the value's date for manual ones
    QString actualSource; ///< 机构名单 for formulas, the value's source for manual ones
    IndicatorStatus status = IndicatorStatus::NoData;
    QString missing; ///< why there is no actual (e.g. 缺少2024年常住人口)
    /// The target as the document words it: the printed words of the target in force, or the
    /// relative / qualitative target's words (高于全省、全市平均水平, 基本实现全覆盖).
    QString targetText;
    /// A relative target: the averages entered so far (latest per scope) and, while one is still
    /// missing, what the officer must enter (the status stays 无数据 until then).
    QList<IndicatorAverage> averages;
    QString targetMissing;
};

/// An indicator's target as every view prints it (指标 page, 概览 cards, reports, exports): the
/// bound in force (≥5个); with `allStages`, each stage of a staged target (2023年≥4.5个 →
/// 2025年≥5个); a relative target's comparison with the averages entered or the ones still
/// missing (高于全省、全市平均水平（全省45%，缺少全市平均水平）); a qualitative goal's words.
/// Empty only for a numeric indicator without a target.
QString indicatorTargetLabel(const IndicatorResult &result, bool allStages = false);
/// The actual as printed: the number with its unit, a qualitative goal's 已实现 / 未实现 / 未认定;
/// empty when a numeric indicator has no actual (the caller says 无数据 or why).
QString indicatorActualLabel(const IndicatorResult &result);

/// Evaluates a plan's indicators as of a date: formula indicators from the registry, manual
/// ones from the latest value entered on or before the date.
class IndicatorEngine
{
public:
    static QList<IndicatorResult> evaluate(Workspace *workspace, qint64 planId, const QDate &asOf);

    /// The value of a formula; nullopt (with `missing` set) when a figure it needs is absent or
    /// its denominator is zero.
    static std::optional<double> formulaValue(const QString &key, const RegistryTotals &totals,
                                              const PopulationBase &population,
                                              QString *missing = nullptr);
    /// The target of a relative indicator from the averages entered: above every one of them,
    /// so the highest (≥) or the lowest (≤). Null, with `missing` saying which average the
    /// officer must still enter, while one of the scopes has none.
    static std::optional<IndicatorTarget> relativeTarget(const Indicator &indicator,
                                                         const QList<IndicatorAverage> &averages,
                                                         QString *missing = nullptr);
    static IndicatorStatus status(const Indicator &indicator,
                                  const std::optional<IndicatorTarget> &target,
                                  const std::optional<double> &actual, const QDate &asOf);

    /// Every formula, each with its name, definition and unit, in the order pickers list them.
    static QList<IndicatorFormula> formulas();
    static std::optional<IndicatorFormula> formula(const QString &key);
    static QStringList formulaKeys();
    /// The Chinese definition shown beside an indicator (公式).
    static QString formulaDescription(const QString &key);
    /// True when the formula divides by a population figure.
    static bool needsResident(const QString &key);
    static bool needsUnder3(const QString &key);
};

} // namespace tuoyu
