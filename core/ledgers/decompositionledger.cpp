#include "ledgers.h"

#include "session/workspace.h"
#include "storage/decompositionrepository.h"
#include "storage/planrepository.h"

#include <QHash>

#include <algorithm>

namespace tuoyu::ledgers {

LedgerTable decomposition(Workspace *ws, qint64 planId)
{
    const auto plan = PlanRepository(ws).plan(planId);
    LedgerTable t;
    t.name = QStringLiteral("任务分解表");
    t.title = QStringLiteral("%1 任务分解表").arg(plan ? plan->title : QString());
    t.columns = {
        {QStringLiteral("项目"), T::Text},    {QStringLiteral("单位"), T::Text},
        {QStringLiteral("年份"), T::Count},   {QStringLiteral("乡镇（街道）/部门"), T::Text},
        {QStringLiteral("目标"), T::Decimal}, {QStringLiteral("完成"), T::Decimal}};
    for (const DecompositionRow &r : DecompositionRepository(ws).cells(planId))
        t.rows.append(
            {r.item, r.unit, qint64(r.year), r.column, Cell::of(r.target), Cell::of(r.actual)});
    return t;
}

QList<LedgerTable> decompositionByYear(Workspace *ws, qint64 planId)
{
    const QList<DecompositionRow> cells = DecompositionRepository(ws).cells(planId);
    QList<int> years;
    QList<QPair<int, QString>> columns;   // (seq, name) without 合计
    QList<QPair<QString, QString>> items; // (name, unit)
    for (const DecompositionRow &c : cells) {
        if (!years.contains(c.year))
            years << c.year;
        if (!c.isTotal() && !columns.contains({c.columnSeq, c.column}))
            columns << qMakePair(c.columnSeq, c.column);
        if (!items.contains({c.item, c.unit}))
            items << qMakePair(c.item, c.unit);
    }
    std::sort(years.begin(), years.end());
    std::sort(columns.begin(), columns.end());
    const QString total = QStringLiteral("合计");
    QHash<QString, double> value;
    QHash<QString, bool> has;
    auto keyOf = [](const QString &item, int year, const QString &column) {
        return QStringLiteral("%1|%2|%3").arg(item).arg(year).arg(column);
    };
    for (const DecompositionRow &c : cells) {
        const QString key = keyOf(c.item, c.year, c.isTotal() ? total : c.column);
        if (c.target) {
            value[key] += *c.target;
            has[key] = true;
        }
    }
    QList<LedgerTable> tables;
    for (int y : years) {
        LedgerTable t;
        t.name = QStringLiteral("%1年").arg(y);
        t.columns = {{QStringLiteral("项目"), T::Text, Everywhere, 0, Align::Left},
                     {QStringLiteral("单位"), T::Text, Everywhere, 0, Align::Center}};
        for (const auto &c : columns)
            t.columns.append({c.second, T::Decimal});
        t.columns.append({total, T::Decimal});
        // The 合计 rows: one per unit, in the order the units first come.
        QStringList units;
        QHash<QString, QList<double>> sums;
        for (const auto &[item, unit] : items) {
            QList<Cell> row{item, unit};
            QList<double> figures;
            double sum = 0;
            for (const auto &c : columns) {
                const QString key = keyOf(item, y, c.second);
                row << (has.value(key) ? Cell(value.value(key)) : Cell());
                figures << value.value(key);
                sum += value.value(key);
            }
            const QString totalKey = keyOf(item, y, total);
            figures << (has.value(totalKey) ? value.value(totalKey) : sum);
            row << Cell(figures.constLast());
            t.rows.append(row);
            const QString u = unit.trimmed();
            if (!sums.contains(u)) {
                units << u;
                sums[u] = QList<double>(figures.size(), 0.0);
            }
            for (qsizetype i = 0; i < figures.size(); ++i)
                sums[u][i] += figures.at(i);
        }
        if (units.isEmpty()) {
            units << QString();
            sums[QString()] = QList<double>(columns.size() + 1, 0.0);
        }
        for (const QString &u : std::as_const(units)) {
            QList<Cell> line{total, u};
            for (double figure : sums.value(u))
                line << Cell(figure);
            if (t.totals.isEmpty())
                t.totals = line;
            else
                t.moreTotals << line;
        }
        tables.append(t);
    }
    return tables;
}

} // namespace tuoyu::ledgers
