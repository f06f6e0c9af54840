#include "yearclose.h"

#include "session/workspace.h"
#include "storage/sqlquery.h"

#include <algorithm>

namespace tuoyu::yearclose {

namespace {

QString dateWords(const QDate &d)
{
    return d.toString(QStringLiteral("yyyy年M月d日"));
}

IndicatorStatus statusFromLabel(const QString &label)
{
    for (IndicatorStatus s : {IndicatorStatus::Met, IndicatorStatus::NotMet,
                              IndicatorStatus::Warning, IndicatorStatus::NoData})
        if (indicatorStatusLabel(s) == label)
            return s;
    return IndicatorStatus::NoData;
}

std::optional<double> optionalDouble(const QVariant &v)
{
    return v.isNull() ? std::nullopt : std::optional<double>(v.toDouble());
}

/// The last day of `year` the plan runs: 31 December, or the plan's end in its last year.
QDate yearEnd(const Plan &plan, int year)
{
    const QDate december(year, 12, 31);
    return plan.periodEnd.isValid() ? std::min(december, plan.periodEnd) : december;
}

YearFigure figureOf(const IndicatorResult &r, int year)
{
    YearFigure f;
    f.indicatorId = r.indicator.id;
    f.name = r.indicator.name;
    f.unit = r.indicator.unit;
    f.year = year;
    f.targetYear = r.target ? r.target->year : r.indicator.targetYear;
    if (r.target && r.indicator.targetKind != TargetKind::Words)
        f.target = r.target->value;
    f.targetLabel = indicatorTargetLabel(r);
    f.actual = r.actual;
    f.actualLabel = r.actual ? indicatorActualLabel(r) : r.missing;
    f.status = r.status;
    f.note = !r.indicator.formula.isEmpty()
                 ? IndicatorEngine::formulaDescription(r.indicator.formula)
             : r.actualSource.isEmpty() ? QStringLiteral("手工录入")
                                        : r.actualSource;
    return f;
}

QList<YearFigure> frozenFigures(Database &db, qint64 closeId, int year)
{
    return readAll<YearFigure>(
        db.db(),
        QStringLiteral("SELECT f.indicator_id, i.name, i.unit, f.target_year, f.target, "
                       "f.target_label, f.actual, f.actual_label, f.status, f.note FROM "
                       "year_close_indicator f JOIN indicator i ON i.id = f.indicator_id WHERE "
                       "f.close_id = ? ORDER BY i.seq, i.id"),
        {closeId}, [year](const SqlQuery &q) {
            return YearFigure{q.value(0).toLongLong(),
                              q.value(1).toString(),
                              q.value(2).toString(),
                              year,
                              true,
                              q.value(3).toInt(),
                              optionalDouble(q.value(4)),
                              q.value(5).toString(),
                              optionalDouble(q.value(6)),
                              q.value(7).toString(),
                              statusFromLabel(q.value(8).toString()),
                              q.value(9).toString()};
        });
}

} // namespace

QList<YearFigure> Preview::unmet() const
{
    QList<YearFigure> list;
    for (const YearFigure &f : figures)
        if (f.status == IndicatorStatus::NotMet || f.status == IndicatorStatus::Warning)
            list << f;
    return list;
}

QList<ClosedYear> closedYears(Database &db, qint64 planId)
{
    QList<ClosedYear> list;
    SqlQuery q(db.db());
    q.exec(QStringLiteral("SELECT c.id, c.year, c.as_of, c.closed_at, c.closed_by, "
                          "(SELECT COUNT(*) FROM year_close_task t WHERE t.close_id = c.id AND "
                          "t.carried = 1) FROM year_close c WHERE c.plan_id = ? ORDER BY c.year"),
           {planId});
    while (q.next())
        list << ClosedYear{q.value(0).toLongLong(),
                           q.value(1).toInt(),
                           QDate::fromString(q.value(2).toString(), Qt::ISODate),
                           QDateTime::fromString(q.value(3).toString(), Qt::ISODate),
                           q.value(4).toString(),
                           q.value(5).toInt()};
    return list;
}

std::optional<ClosedYear> closedYear(Database &db, qint64 planId, int year)
{
    for (const ClosedYear &c : closedYears(db, planId))
        if (c.year == year)
            return c;
    return std::nullopt;
}

std::optional<Preview> preview(Workspace *ws, qint64 planId, int year, const QDate &asOf,
                               QString *error)
{
    PlanRepository plans(ws);
    const std::optional<Plan> plan = plans.plan(planId);
    if (!plan) {
        *error = QStringLiteral("找不到计划 #%1").arg(planId);
        return std::nullopt;
    }
    if (!plan->periodStart.isValid() || !plan->periodEnd.isValid()) {
        *error = QStringLiteral("计划“%1”没有实施期，无法按年度结转；请先在“计划”页填写起止日期")
                     .arg(plan->title);
        return std::nullopt;
    }
    const QString period =
        QStringLiteral("%1至%2").arg(dateWords(plan->periodStart), dateWords(plan->periodEnd));
    if (year > plan->periodEnd.year()) {
        *error = QStringLiteral("%1年在计划“%2”的实施期（%3）结束之后，不能结转")
                     .arg(year)
                     .arg(plan->title, period);
        return std::nullopt;
    }
    if (year < plan->periodStart.year()) {
        *error = QStringLiteral("%1年在计划“%2”的实施期（%3）开始之前，不能结转")
                     .arg(year)
                     .arg(plan->title, period);
        return std::nullopt;
    }
    if (const auto closed = closedYear(*ws, planId, year)) {
        *error = QStringLiteral("计划“%1”的%2年度已于%3由%4结转，不能再次结转；如需重做，请先撤销"
                                "那次结转")
                     .arg(plan->title)
                     .arg(year)
                     .arg(dateWords(closed->closedAt.date()),
                          closed->closedBy.isEmpty() ? QStringLiteral("他人") : closed->closedBy);
        return std::nullopt;
    }
    const QDate end = yearEnd(*plan, year);
    if (asOf < end) {
        *error = QStringLiteral("%1年度到%2才结束，%3还不能结转")
                     .arg(year)
                     .arg(dateWords(end), dateWords(asOf));
        return std::nullopt;
    }

    Preview p;
    p.planId = planId;
    p.year = year;
    p.asOf = asOf;
    p.lastYear = year == plan->periodEnd.year();
    const QDate next = p.lastYear ? QDate() : yearEnd(*plan, year + 1);
    for (const TaskView &v : plans.tasks(planId)) {
        // Owed by the year's end and not finished: what Task::isClosed says, nothing restated.
        if (v.task.isClosed() || !v.task.deadline.isValid() || v.task.deadline > end)
            continue;
        p.tasks << CarriedTask{v, v.task.deadline, next};
    }
    for (const IndicatorResult &r : IndicatorEngine::evaluate(ws, planId, end))
        p.figures << figureOf(r, year);
    return p;
}

QList<YearFigure> figures(Workspace *ws, qint64 planId, int year, const QDate &today)
{
    if (const auto closed = closedYear(*ws, planId, year))
        return frozenFigures(*ws, closed->id, year);
    const std::optional<Plan> plan = PlanRepository(ws).plan(planId);
    const QDate end = plan ? yearEnd(*plan, year) : QDate(year, 12, 31);
    QList<YearFigure> list;
    for (const IndicatorResult &r : IndicatorEngine::evaluate(ws, planId, std::min(end, today)))
        list << figureOf(r, year);
    return list;
}

QList<QPair<int, QList<YearFigure>>> byYear(Workspace *ws, qint64 planId, const QDate &today)
{
    QList<QPair<int, QList<YearFigure>>> years;
    const std::optional<Plan> plan = PlanRepository(ws).plan(planId);
    if (!plan || !plan->periodStart.isValid() || !plan->periodEnd.isValid())
        return years;
    const int last = std::min(plan->periodEnd.year(), today.year());
    for (int year = plan->periodStart.year(); year <= last; ++year)
        years.append({year, figures(ws, planId, year, today)});
    return years;
}

QString summary(const Preview &p)
{
    const int unmet = int(p.unmet().size());
    const QString tasks =
        p.tasks.isEmpty() ? QStringLiteral("没有未完成的任务")
        : p.lastYear
            ? QStringLiteral("%1项任务未完成（实施期末，不再结转）").arg(p.tasks.size())
            : QStringLiteral("%1项未完成任务结转至%2年").arg(p.tasks.size()).arg(p.year + 1);
    return QStringLiteral("%1年度结转：%2，%3，%4项指标数据冻结")
        .arg(p.year)
        .arg(tasks, unmet == 0 ? QStringLiteral("无未达标指标")
                               : QStringLiteral("%1项指标未达标").arg(unmet))
        .arg(p.figures.size());
}

} // namespace tuoyu::yearclose
