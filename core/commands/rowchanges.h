#pragma once

#include "rowchange.h"

#include <QDate>
#include <QSqlDatabase>

#include <memory>
#include <optional>

namespace tuoyu {
class Workspace;
class WorkspaceCommand;
} // namespace tuoyu

namespace tuoyu::rowchanges {

/// What the editing commands of a plan's parts (indicators, decomposition, areas, leading group,
/// plan header) share when they turn an officer's edit into row changes.

/// Empty words are stored as NULL, as the templates store them.
QVariant textOrNull(const QString &text);
/// A date as stored (ISO 8601), NULL for an invalid date.
QVariant dateOrNull(const QDate &date);

/// Two stored values the same: both NULL, or the same text (a number read back as text is the
/// same number).
bool sameValue(const QVariant &a, const QVariant &b);

/// The update that takes `row` (the stored row, its id in column id) to `wanted` (some of its
/// columns), holding only the columns that differ by `same`; nullopt when nothing differs.
std::optional<RowChange> update(const QString &table, const QVariantMap &row,
                                const QVariantMap &wanted,
                                bool (*same)(const QVariant &, const QVariant &) = sameValue);

/// The update that writes `values` over the stored `row` (its id in column id), every column of
/// `values` written and its stored value kept for undo, whether or not it differs.
RowChange set(const QString &table, const QVariantMap &row, const QVariantMap &values);

/// Deletes of every row of `table` whose `column` is `value`, so undo can put them back (a
/// foreign key's cascade would take them without a trace).
QList<RowChange> removeWhere(QSqlDatabase &db, const QString &table, const QString &column,
                             const QVariant &value);

/// One undoable step, described by `text`, that adds `row` to `table` under a newly allocated key:
/// what every command adding a single row returns.
std::unique_ptr<WorkspaceCommand> insertCommand(Workspace *workspace, const QString &text,
                                                const QString &table, const QVariantMap &row);

/// The next `seq` among the rows of `table` whose `column` is `value` (1 for the first).
int nextSeq(QSqlDatabase &db, const QString &table, const QString &column, const QVariant &value);

} // namespace tuoyu::rowchanges
