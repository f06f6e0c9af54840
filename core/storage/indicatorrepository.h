#pragma once

#include "domain/district.h"
#include "domain/indicator.h"

#include <QList>

#include <optional>

namespace tuoyu {

class Database;

/// Reads indicators with their targets and manual values, areas and population figures.
class IndicatorRepository
{
public:
    explicit IndicatorRepository(Database *workspace)
        : m_workspace(workspace)
    {
    }

    QList<Indicator> indicators(qint64 planId) const;
    QList<IndicatorValue> values(qint64 indicatorId) const;
    /// The latest manual value dated on or before `asOf`.
    std::optional<IndicatorValue> latestValue(qint64 indicatorId, const QDate &asOf) const;

    /// The comparison averages of a relative target, the latest entry per scope dated on or
    /// before `asOf` (every entry when `asOf` is invalid).
    QList<IndicatorAverage> averages(qint64 indicatorId, const QDate &asOf = QDate()) const;

    QList<Area> areas() const;
    QList<PopulationFigure> population() const;
    /// District-wide figures for `year`, else the nearest earlier year that has the figure.
    std::optional<qint64> residentPopulation(int year) const;
    std::optional<qint64> childrenUnder3(int year) const;

private:
    std::optional<qint64> populationFigure(const char *column, int year) const;
    Database *m_workspace;
};

} // namespace tuoyu
