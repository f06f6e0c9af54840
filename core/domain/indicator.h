#pragma once

#include <QDate>
#include <QList>
#include <QString>

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

/// One year's target of an indicator; staged targets have several.
struct IndicatorTarget
{
    int year = 0;
    double value = 0.0;
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
    QList<IndicatorTarget> targets; ///< ascending by year

    /// The target in force for a year: that year's, else the latest one before it, else the
    /// first one. Null when the indicator has no target at all.
    std::optional<IndicatorTarget> targetFor(int year) const;
    /// The last (final) target: what "target" means when no date is asked.
    std::optional<IndicatorTarget> finalTarget() const;
};

} // namespace tuoyu
