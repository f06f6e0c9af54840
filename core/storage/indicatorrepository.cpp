#include "indicatorrepository.h"

#include "database.h"

#include "storage/sqlquery.h"

#include <algorithm>

namespace tuoyu {

QList<Indicator> IndicatorRepository::indicators(qint64 planId) const
{
    QList<Indicator> list;
    QSqlDatabase &db = m_workspace->db();
    SqlQuery q(db);
    q.exec(QStringLiteral("SELECT id, seq, tier, name, unit, direction, formula, source_text, "
                          "target_kind, target_text, target_year, compared_with "
                          "FROM indicator WHERE plan_id = ? ORDER BY seq, id"),
           {planId});
    while (q.next()) {
        Indicator i;
        i.id = q.value(0).toLongLong();
        i.planId = planId;
        i.seq = q.value(1).toInt();
        i.tier = q.value(2).toString();
        i.name = q.value(3).toString();
        i.unit = q.value(4).toString();
        i.direction = directionFromSymbol(q.value(5).toString());
        i.formula = q.value(6).toString();
        i.sourceText = q.value(7).toString();
        i.targetKind = targetKindFromCode(q.value(8).toString());
        i.targetText = q.value(9).toString();
        i.targetYear = q.value(10).toInt();
        i.comparedWith = q.value(11).toString().split(QStringLiteral("、"), Qt::SkipEmptyParts);
        list.append(i);
    }
    SqlQuery t(db);
    t.exec(QStringLiteral("SELECT t.indicator_id, t.year, t.value, t.label, t.source_text "
                          "FROM indicator_target t "
                          "JOIN indicator i ON i.id = t.indicator_id WHERE i.plan_id = ? "
                          "ORDER BY t.year"),
           {planId});
    while (t.next()) {
        const qint64 id = t.value(0).toLongLong();
        for (Indicator &i : list)
            if (i.id == id)
                i.targets.append({t.value(1).toInt(), t.value(2).toDouble(), t.value(3).toString(),
                                  t.value(4).toString()});
    }
    return list;
}

/// An entered value or average from columns id, indicator_id, value_date, value, source,
/// entered_by (in that order): the columns the two tables share, read once.
template <typename Entry = IndicatorValue> static Entry valueFromQuery(const SqlQuery &q)
{
    Entry v;
    v.id = q.value(0).toLongLong();
    v.indicatorId = q.value(1).toLongLong();
    v.date = QDate::fromString(q.value(2).toString(), Qt::ISODate);
    v.value = q.value(3).toDouble();
    v.source = q.value(4).toString();
    v.enteredBy = q.value(5).toString();
    return v;
}

QList<IndicatorValue> IndicatorRepository::values(qint64 indicatorId) const
{
    return readAll<IndicatorValue>(
        m_workspace->db(),
        QStringLiteral("SELECT id, indicator_id, value_date, value, source, entered_by "
                       "FROM indicator_value WHERE indicator_id = ? "
                       "ORDER BY value_date, id"),
        {indicatorId}, [&](const SqlQuery &q) { return valueFromQuery(q); });
}

std::optional<IndicatorValue> IndicatorRepository::latestValue(qint64 indicatorId,
                                                               const QDate &asOf) const
{
    SqlQuery q(m_workspace->db());
    q.exec(QStringLiteral("SELECT id, indicator_id, value_date, value, source, entered_by "
                          "FROM indicator_value WHERE indicator_id = ? AND value_date <= ? "
                          "ORDER BY value_date DESC, id DESC LIMIT 1"),
           {indicatorId, asOf.toString(Qt::ISODate)});
    if (q.next())
        return valueFromQuery(q);
    return std::nullopt;
}

QList<IndicatorAverage> IndicatorRepository::averages(qint64 indicatorId, const QDate &asOf) const
{
    QList<IndicatorAverage> list;
    SqlQuery q(m_workspace->db());
    q.exec(
        QStringLiteral("SELECT id, indicator_id, value_date, value, source, entered_by, scope "
                       "FROM indicator_average WHERE indicator_id = ? AND value_date <= ? "
                       "ORDER BY value_date, id"),
        {indicatorId, asOf.isValid() ? asOf.toString(Qt::ISODate) : QStringLiteral("9999-12-31")});
    while (q.next()) {
        IndicatorAverage a = valueFromQuery<IndicatorAverage>(q);
        a.scope = q.value(6).toString();
        // The latest entry of a scope replaces the earlier ones: a newer statistic supersedes.
        list.erase(std::remove_if(list.begin(), list.end(),
                                  [&](const IndicatorAverage &o) { return o.scope == a.scope; }),
                   list.end());
        list.append(a);
    }
    return list;
}

QList<Area> IndicatorRepository::areas() const
{
    return readAll<Area>(m_workspace->db(),
                         QStringLiteral("SELECT id, name, kind, seq FROM area ORDER BY seq, id"),
                         {}, [&](const SqlQuery &q) {
                             return Area{q.value(0).toLongLong(), q.value(1).toString(),
                                         q.value(2).toString(), q.value(3).toInt()};
                         });
}

QList<PopulationFigure> IndicatorRepository::population() const
{
    return readAll<PopulationFigure>(
        m_workspace->db(),
        QStringLiteral("SELECT id, year, area_id, resident, under3, source FROM population "
                       "ORDER BY year, COALESCE(area_id, 0)"),
        {}, [&](const SqlQuery &q) {
            PopulationFigure f;
            f.id = q.value(0).toLongLong();
            f.year = q.value(1).toInt();
            f.areaId = q.value(2).toLongLong();
            if (!q.value(3).isNull())
                f.resident = q.value(3).toLongLong();
            if (!q.value(4).isNull())
                f.under3 = q.value(4).toLongLong();
            f.source = q.value(5).toString();
            return f;
        });
}

std::optional<qint64> IndicatorRepository::populationFigure(const char *column, int year) const
{
    SqlQuery q(m_workspace->db());
    // The column name is one of our two literals, never user input.
    q.exec(QStringLiteral("SELECT %1 FROM population WHERE area_id IS NULL AND %1 IS NOT "
                          "NULL AND year <= ? ORDER BY year DESC LIMIT 1")
               .arg(QLatin1String(column)),
           {year});
    if (q.next())
        return q.value(0).toLongLong();
    return std::nullopt;
}

std::optional<qint64> IndicatorRepository::residentPopulation(int year) const
{
    return populationFigure("resident", year);
}

std::optional<qint64> IndicatorRepository::childrenUnder3(int year) const
{
    return populationFigure("under3", year);
}

} // namespace tuoyu
