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
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    q.addBindValue(id);
    if (q.exec() && q.next())
        return toMap(q);
    return {};
}

QList<QVariantMap> rowsWhere(QSqlDatabase &db, const QString &table, const QString &column,
                             const QVariant &value)
{
    QList<QVariantMap> rows;
    SqlQuery q(db);
    q.prepare(QStringLiteral("SELECT * FROM %1 WHERE %2 = ? ORDER BY id").arg(table, column));
    q.addBindValue(value);
    if (q.exec())
        while (q.next())
            rows.append(toMap(q));
    return rows;
}

} // namespace tuoyu::rowreader
