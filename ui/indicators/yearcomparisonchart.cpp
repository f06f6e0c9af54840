#include "yearcomparisonchart.h"

#include "session/workspace.h"
#include "yearclose/yearclose.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QCoreApplication>
#include <QValueAxis>

namespace tuoyu {

QChart *yearComparisonChart(Workspace *ws, qint64 planId, qint64 indicatorId, QStringList *years)
{
    years->clear();
    auto *chart = new QChart;
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto *target = new QBarSet(QCoreApplication::translate("tuoyu::YearClose", "目标"));
    auto *actual = new QBarSet(QCoreApplication::translate("tuoyu::YearClose", "实际"));
    QStringList missing;
    double high = 1;
    if (ws && indicatorId != 0)
        for (const auto &[year, figures] : yearclose::byYear(ws, planId, QDate::currentDate()))
            for (const yearclose::YearFigure &f : figures) {
                if (f.indicatorId != indicatorId)
                    continue;
                *years << (f.frozen
                               ? QCoreApplication::translate("tuoyu::YearClose", "%1（已结转）")
                                     .arg(year)
                               : QString::number(year));
                target->append(f.target.value_or(0));
                actual->append(f.actual.value_or(0));
                if (!f.actual)
                    missing << QString::number(year);
                high = std::max({high, f.target.value_or(0), f.actual.value_or(0)});
            }
    if (years->isEmpty()) {
        chart->setTitle(
            QCoreApplication::translate("tuoyu::YearClose", "选择一项指标查看逐年目标与实际"));
        delete target;
        delete actual;
        return chart;
    }
    // The indicator's name is beside the chart already (已选, the monthly chart's title).
    chart->setTitle(
        missing.isEmpty()
            ? QCoreApplication::translate("tuoyu::YearClose", "逐年目标与实际")
            : QCoreApplication::translate("tuoyu::YearClose", "逐年目标与实际（%1年无数据）")
                  .arg(missing.join(
                      QCoreApplication::translate("tuoyu::Yearcomparisonchart", "、"))));
    auto *series = new QBarSeries;
    series->append(target);
    series->append(actual);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    chart->addSeries(series);
    auto *x = new QBarCategoryAxis;
    x->append(*years);
    auto *y = new QValueAxis;
    y->setRange(0, high * 1.2);
    chart->addAxis(x, Qt::AlignBottom);
    chart->addAxis(y, Qt::AlignLeft);
    series->attachAxis(x);
    series->attachAxis(y);
    return chart;
}

} // namespace tuoyu
