#pragma once

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace tuoyu {

/// 绩效指标 tier. Stored as the Chinese word: the four tiers of the central 绩效目标表, plus
/// 公办托育 which 002 uses as a fifth group.
namespace tier {
inline QString quantity()
{
    return QStringLiteral("数量");
}
inline QString quality()
{
    return QStringLiteral("质量");
}
inline QString socialBenefit()
{
    return QStringLiteral("社会效益");
}
inline QString satisfaction()
{
    return QStringLiteral("满意度");
}
inline QString publicProvision()
{
    return QStringLiteral("公办托育");
}
} // namespace tier

enum class Direction
{
    AtLeast, ///< ≥ target ("达到", "以上")
    AtMost   ///< ≤ target ("降至", "不超过")
};

QString directionSymbol(Direction direction); ///< ">=" or "<="
Direction directionFromSymbol(const QString &symbol);

/// What kind of target an indicator has. Most documents print a number; 003 prints "高于全省、
/// 全市平均水平" (a number only once the officer enters those averages); 001 prints goals that
/// are words (基本实现全覆盖), met or not as the officer judges.
enum class TargetKind
{
    Value,        ///< a printed number per year
    AboveAverage, ///< above the averages named in `comparedWith` (全省, 全市)
    Words         ///< a qualitative goal: achieved or not, entered by the officer
};

QString targetKindCode(TargetKind kind); ///< "value", "above_average", "words"
TargetKind targetKindFromCode(const QString &code);

/// One year's target of an indicator; staged targets have several.
struct IndicatorTarget
{
    int year = 0;
    double value = 0.0;
    QString label = {}; ///< the stage as printed (省级普惠托育公共服务试点期限内), if any
    QString sourceText = {}; ///< the words of this target as printed
};

/// A comparison average of a relative target (全省平均水平 …) entered by the officer, with its
/// source and date.
struct IndicatorAverage
{
    qint64 id = 0;
    qint64 indicatorId = 0;
    QString scope; ///< 全省 / 全市, as the document names it
    QDate date;
    double value = 0.0;
    QString source;
    QString enteredBy;
};

/// A dated manual actual value with its source (a report, a survey …).
struct IndicatorValue
{
    qint64 id = 0;
    qint64 indicatorId = 0;
    QDate date;
    double value = 0.0;
    QString source;
    QString enteredBy;
};

/// 总体目标 / 绩效指标 of a plan. An indicator either has a formula key (computed from the
/// registry) or takes the latest manual value.
struct Indicator
{
    qint64 id = 0;
    qint64 planId = 0;
    int seq = 0;
    QString tier;
    QString name;
    QString unit;
    Direction direction = Direction::AtLeast;
    QString formula; ///< empty for manual indicators
    QString sourceText;
    QList<IndicatorTarget> targets; ///< ascending by year (TargetKind::Value only)
    TargetKind targetKind = TargetKind::Value;
    QString targetText;       ///< the target's words when it is not a number
    int targetYear = 0;       ///< the year of a relative or qualitative target; 0 when unprinted
    QStringList comparedWith; ///< AboveAverage: the averages it must exceed (全省, 全市)

    /// The target in force for a year: that year's, else the latest one before it, else the
    /// first one. Null when the indicator has no target at all.
    std::optional<IndicatorTarget> targetFor(int year) const;
    /// The last (final) target: what "target" means when no date is asked.
    std::optional<IndicatorTarget> finalTarget() const;
};

} // namespace tuoyu
