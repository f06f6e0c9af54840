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
