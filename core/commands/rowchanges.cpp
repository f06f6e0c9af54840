#include "rowchanges.h"

#include "rowreader.h"
#include "session/workspace.h"
#include "workspacecommand.h"

#include "storage/sqlquery.h"

namespace tuoyu::rowchanges {

QVariant textOrNull(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() ? QVariant() : QVariant(t);
}

QVariant dateOrNull(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant();
}

bool sameValue(const QVariant &a, const QVariant &b)
{
    // A NULL's text is not compared: PostgreSQL's driver gives a NULL number as a null qlonglong
    // whose text is "0", where a form's empty field is an invalid QVariant with text "".
    if (a.isNull() || b.isNull())
        return a.isNull() == b.isNull();
    return a.toString() == b.toString();
}

std::optional<RowChange> update(const QString &table, const QVariantMap &row,
                                const QVariantMap &wanted,
                                bool (*same)(const QVariant &, const QVariant &))
{
    QVariantMap before;
    QVariantMap after;
    for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
        const QVariant old = row.value(it.key());
        if (same(old, it.value()))
            continue;
        before.insert(it.key(), old);
        after.insert(it.key(), it.value());
    }
    if (after.isEmpty())
        return std::nullopt;
    return RowChange::update(table, row.value(QStringLiteral("id")).toLongLong(), before, after);
}

RowChange set(const QString &table, const QVariantMap &row, const QVariantMap &values)
{
    QVariantMap before;
    for (auto it = values.cbegin(); it != values.cend(); ++it)
        before.insert(it.key(), row.value(it.key()));
    return RowChange::update(table, row.value(QStringLiteral("id")).toLongLong(), before, values);
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
    q.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM %1 WHERE %2 = ?").arg(table, column),
           {value});
    return q.next() ? q.value(0).toInt() + 1 : 1;
}

std::unique_ptr<WorkspaceCommand> insertCommand(Workspace *workspace, const QString &text,
                                                const QString &table, const QVariantMap &row)
{
    return std::make_unique<WorkspaceCommand>(
        workspace, text,
        QList<RowChange>{RowChange::insert(table, workspace->allocateId(table), row)});
}

} // namespace tuoyu::rowchanges
