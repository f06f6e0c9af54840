#pragma once

#include <QList>
#include <QString>
#include <QVariantMap>

namespace tuoyu {

/// One row-level change a command makes. Commands are lists of these: applying them forward is
/// redo, applying their inverses backward is undo, and each one is one audit entry.
struct RowChange
{
    enum class Kind
    {
        Insert,      ///< `after` holds the full row (with its id)
        Update,      ///< `before` and `after` hold only the changed columns
        Delete,      ///< `before` holds the full row, so undo can put it back
        InsertBatch, ///< many rows of one shape: `columns`, `ids`, `rows` (an import's new rows)
        DeleteBatch  ///< the inverse of InsertBatch
    };

    Kind kind = Kind::Update;
    QString table;
    qint64 id = 0;
    QVariantMap before;
    QVariantMap after;
    // Batches keep one column list for all their rows: 100,000 imported rows as value lists
    // rather than 100,000 maps is the difference between tens and hundreds of megabytes.
    QStringList columns;
    QList<qint64> ids;
    QList<QVariantList> rows;

    static RowChange insert(const QString &table, qint64 id, QVariantMap row)
    {
        row.insert(QStringLiteral("id"), id);
        return {Kind::Insert, table, id, {}, row, {}, {}, {}};
    }
    static RowChange update(const QString &table, qint64 id, QVariantMap before, QVariantMap after)
    {
        return {Kind::Update, table, id, before, after, {}, {}, {}};
    }
    static RowChange remove(const QString &table, qint64 id, QVariantMap row)
    {
        return {Kind::Delete, table, id, row, {}, {}, {}, {}};
    }
    /// `columns` without id; `rows[i]` holds the values of `columns` for `ids[i]`.
    static RowChange insertBatch(const QString &table, QStringList columns, QList<qint64> ids,
                                 QList<QVariantList> rows)
    {
        return {Kind::InsertBatch, table,          0, {}, {}, std::move(columns),
                std::move(ids),    std::move(rows)};
    }
    RowChange inverse() const
    {
        switch (kind) {
        case Kind::Insert:
            return {Kind::Delete, table, id, after, {}, {}, {}, {}};
        case Kind::Delete:
            return {Kind::Insert, table, id, {}, before, {}, {}, {}};
        case Kind::InsertBatch:
            return {Kind::DeleteBatch, table, 0, {}, {}, columns, ids, rows};
        case Kind::DeleteBatch:
            return {Kind::InsertBatch, table, 0, {}, {}, columns, ids, rows};
        case Kind::Update:
            break;
        }
        return {Kind::Update, table, id, after, before, {}, {}, {}};
    }
};

} // namespace tuoyu
