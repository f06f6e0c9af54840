#pragma once

#include "indicators/indicatorengine.h"
#include "storage/planrepository.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

#include <optional>

namespace tuoyu {

class Workspace;

/// 年度结转: closing one year of a plan (docs/register.md, "The year's close"). A closed year
/// keeps its indicator figures as they were at the close (frozen: later edits to the registry or
/// the values entered do not move them) and the tasks unfinished at its end carry into the next
/// year. A carried task keeps its id — its progress, evidence, departments, feedback keys and
/// audit history stay with it — and gets next year's end as its deadline, with a 延期 record
/// (reason 年度结转) keeping the old one and a `year_close_task` row naming the year it came from.
namespace yearclose {

/// One indicator's figures for one year: frozen at the year's close, or evaluated as of the
/// year's end (today for the current year) while the year is open.
struct YearFigure
{
    qint64 indicatorId = 0;
    QString name; ///< the indicator's name (today's, for a frozen year too)
    QString unit;
    int year = 0;
    bool frozen = false;          ///< read from the close, not evaluated
    int targetYear = 0;           ///< the year of the target in force (0: none)
    std::optional<double> target; ///< a numeric target in force that year
    QString targetLabel;          ///< as every view prints it (≥5个, 基本实现全覆盖)
    std::optional<double> actual; ///< empty: 无数据
    QString actualLabel;          ///< the actual as printed, or why there is none
    IndicatorStatus status = IndicatorStatus::NoData;
    QString note; ///< the formula or the value's source
};

/// A task that is unfinished at the year's end, with where it goes.
struct CarriedTask
{
    TaskView view;
    QDate oldDeadline;
    QDate newDeadline; ///< invalid when the year is the plan's last (listed, not carried)
};

/// What closing a year does, worked out before it is done (the confirmation lists it; the
/// command writes it).
struct Preview
{
    qint64 planId = 0;
    int year = 0;
    QDate asOf;
    QList<CarriedTask> tasks;  ///< unfinished by the year's end
    QList<YearFigure> figures; ///< every indicator as of the year's end, to be frozen
    bool lastYear = false;     ///< the plan ends that year: nothing to carry into
    /// The figures whose target is not met (未达标 or 预警).
    QList<YearFigure> unmet() const;
};

/// A year already closed.
struct ClosedYear
{
    qint64 id = 0;
    int year = 0;
    QDate asOf;
    QDateTime closedAt;
    QString closedBy;
    int carried = 0; ///< tasks carried into the next year
};

/// The closed years of a plan, oldest first.
QList<ClosedYear> closedYears(Database &db, qint64 planId);
std::optional<ClosedYear> closedYear(Database &db, qint64 planId, int year);

/// What closing `year` of the plan on `asOf` would do; nullopt with a Chinese `error` when the
/// year cannot be closed: closed already, outside the plan's period, not yet ended on `asOf`.
std::optional<Preview> preview(Workspace *workspace, qint64 planId, int year, const QDate &asOf,
                               QString *error);

/// Every indicator's figures for one year: the frozen ones of a closed year, else evaluated as
/// of the year's end (or `today`, when the year has not ended), in the plan's indicator order.
QList<YearFigure> figures(Workspace *workspace, qint64 planId, int year, const QDate &today);
/// The plan's years (its period's, up to `today`'s year) with each one's figures: the
/// year-over-year comparison of the 指标 page's chart and the progress report's table.
QList<QPair<int, QList<YearFigure>>> byYear(Workspace *workspace, qint64 planId,
                                            const QDate &today);

/// "2025年度结转：3项任务结转至2026年，2项指标未达标" — the words the confirmation, the command
/// and the command line use.
QString summary(const Preview &preview);

} // namespace yearclose
} // namespace tuoyu
