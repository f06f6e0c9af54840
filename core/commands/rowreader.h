#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

#include <functional>

namespace tuoyu {

/// Reads whole rows as column → value maps: what a delete command keeps so undo can put the
/// row back exactly, and what an edit command compares against.
namespace rowreader {

QVariantMap row(QSqlDatabase &db, const QString &table, qint64 id);
/// Rows of `table` whose `column` equals `value`, ordered by id.
QList<QVariantMap> rowsWhere(QSqlDatabase &db, const QString &table, const QString &column,
                             const QVariant &value);
/// Runs `sql` (bound to `values`) and hands each row to `visit` as a column → value map, one
/// at a time: for scans of a whole table (an import's registry) that keep only what they index.
void eachRow(QSqlDatabase &db, const QString &sql, const QVariantList &values,
             const std::function<void(QVariantMap &&row)> &visit);

} // namespace rowreader
} // namespace tuoyu
