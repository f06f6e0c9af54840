#include "rowchanges.h"

#include "rowreader.h"

#include "storage/sqlquery.h"

namespace tuoyu::rowchanges {

QVariant textOrNull(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() ? QVariant() : QVariant(t);
}

std::optional<RowChange> update(const QString &table, const QVariantMap &row,
                                const QVariantMap &wanted)
{
    QVariantMap before;
    QVariantMap after;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const QVariant old = row.value(it.key());
        if (old.isNull() == it.value().isNull() && old.toString() == it.value().toString())
            continue;
        before.insert(it.key(), old);
        after.insert(it.key(), it.value());
    }
    if (after.isEmpty())
        return std::nullopt;
    return RowChange::update(table, row.value(QStringLiteral("id")).toLongLong(), before, after);
}

QList<RowChange> removeWhere(QSqlDatabase &db, const QString &table, const QString &column,
                             const QVariant &value)
{
    QList<RowChange> changes;
    for (const QVariantMap &row : rowreader::rowsWhere(db, table, column, value))
        changes.append(RowChange::remove(table, row.value(QStringLiteral("id")).toLongLong(), row));
    return changes;
}

int nextSeq(QSqlDatabase &db, const QString &table, const QString &column, const QVariant &value)
{
    SqlQuery q(db);
    q.prepare(
        QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM %1 WHERE %2 = ?").arg(table, column));
    q.addBindValue(value);
    return q.exec() && q.next() ? q.value(0).toInt() + 1 : 1;
}

} // namespace tuoyu::rowchanges
