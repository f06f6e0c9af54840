#include "rowreader.h"

#include "storage/sqlquery.h"
#include <QSqlRecord>

namespace tuoyu::rowreader {

namespace {
QVariantMap toMap(const SqlQuery &q)
{
    QVariantMap map;
    const QSqlRecord r = q.record();
    for (int i = 0; i < r.count(); ++i)
        map.insert(r.fieldName(i), q.value(i));
    return map;
}
} // namespace

QVariantMap row(QSqlDatabase &db, const QString &table, qint64 id)
{
    SqlQuery q(db);
    q.exec(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table), {id});
    if (q.next())
        return toMap(q);
    return {};
}

QList<QVariantMap> rowsWhere(QSqlDatabase &db, const QString &table, const QString &column,
                             const QVariant &value)
{
    QList<QVariantMap> rows;
    eachRow(db, QStringLiteral("SELECT * FROM %1 WHERE %2 = ? ORDER BY id").arg(table, column),
            {value}, [&rows](QVariantMap &&row) { rows.append(std::move(row)); });
    return rows;
}

void eachRow(QSqlDatabase &db, const QString &sql, const QVariantList &values,
             const std::function<void(QVariantMap &&row)> &visit)
{
    SqlQuery q(db);
    q.setForwardOnly(true);
    q.exec(sql, values);
    const QSqlRecord r = q.record();
    while (q.next()) {
        QVariantMap row;
        for (int i = 0; i < r.count(); ++i)
            row.insert(r.fieldName(i), q.value(i));
        visit(std::move(row));
    }
}

} // namespace tuoyu::rowreader
