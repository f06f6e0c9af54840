#include "indicator.h"

namespace tuoyu {

QString directionSymbol(Direction direction)
{
    return direction == Direction::AtMost ? QStringLiteral("<=") : QStringLiteral(">=");
}

Direction directionFromSymbol(const QString &symbol)
{
    const QString s = symbol.trimmed();
    if (s == QLatin1String("<=") || s == QStringLiteral("≤"))
        return Direction::AtMost;
    return Direction::AtLeast;
}

QString targetKindCode(TargetKind kind)
{
    switch (kind) {
    case TargetKind::AboveAverage:
        return QStringLiteral("above_average");
    case TargetKind::Words:
        return QStringLiteral("words");
    case TargetKind::Value:
        break;
    }
    return QStringLiteral("value");
}

TargetKind targetKindFromCode(const QString &code)
{
    if (code == QLatin1String("above_average"))
        return TargetKind::AboveAverage;
    if (code == QLatin1String("words"))
        return TargetKind::Words;
    return TargetKind::Value;
}

std::optional<IndicatorTarget> Indicator::targetFor(int year) const
{
    if (targets.isEmpty())
        return std::nullopt;
    std::optional<IndicatorTarget> best;
    for (const auto &t : targets)
        if (t.year <= year)
            best = t;
    return best ? best : std::optional<IndicatorTarget>(targets.first());
}

std::optional<IndicatorTarget> Indicator::finalTarget() const
{
    if (targets.isEmpty())
        return std::nullopt;
    return targets.last();
}

} // namespace tuoyu
