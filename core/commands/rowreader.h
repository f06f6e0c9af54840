#pragma once

#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <QVariantMap>

namespace tuoyu {

/// Reads whole rows as column → value maps: what a delete command keeps so undo can put the
/// row back exactly, and what an edit command compares against.
namespace rowreader {

QVariantMap row(QSqlDatabase &db, const QString &table, qint64 id);
/// Rows of `table` whose `column` equals `value`, ordered by id.
QList<QVariantMap> rowsWhere(QSqlDatabase &db, const QString &table, const QString &column,
                             const QVariant &value);

} // namespace rowreader
} // namespace tuoyu
