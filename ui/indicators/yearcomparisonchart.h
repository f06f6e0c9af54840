#pragma once

#include <QStringList>

class QChart;

namespace tuoyu {

class Workspace;

/// The 指标 page's year-over-year chart: the indicator's target and actual in each year of the
/// plan so far as bars, a closed year (年度结转) from its frozen figures and labelled so.
/// `years` gets the axis labels (2024, 2023（已结转）). A chart with nothing to compare says why
/// in its title.
QChart *yearComparisonChart(Workspace *workspace, qint64 planId, qint64 indicatorId,
                            QStringList *years);

} // namespace tuoyu
