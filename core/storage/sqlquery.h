#pragma once

#include "storageerror.h"

#include <QList>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace tuoyu {

/// The one way core runs SQL: a QSqlQuery whose exec(), prepare() and stepping (next(),
/// first(), last(), seek(), previous()) throw StorageError naming the workspace file when the
/// engine fails, so no caller can mistake a damaged page for the end of its rows. exec() and
/// prepare() still return true (always), so a check written before stays valid; next() returns
/// false only at the true end of the rows. Nothing in core, ui or app names QSqlQuery besides
/// this file (tests/core/test_sqlquery.cpp reads the tree to keep it so).
class SqlQuery : public QSqlQuery
{
public:
    explicit SqlQuery(const QSqlDatabase &db);
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    bool exec(const QString &sql);
    bool exec();
    /// Prepares `sql`, binds `values` to its placeholders in order and runs it: the one
    /// statement every parameterised read and write needs.
    bool exec(const QString &sql, const QVariantList &values);
    bool prepare(const QString &sql);
    bool next();
    bool first();
    bool last();
    bool previous();
    bool seek(int index, bool relative = false);

private:
    /// A step that returned false: the end of the rows, or (with an error) a failure.
    bool stepped(bool moved);
    [[noreturn]] void fail();

    QSqlDatabase m_db;
};

/// Runs `sql` bound to `values` on `db` and makes one T of each row with `read` (called with the
/// query standing on the row): what a repository's list of records is.
template <typename T, typename Read>
QList<T> readAll(const QSqlDatabase &db, const QString &sql, const QVariantList &values, Read read)
{
    QList<T> list;
    SqlQuery q(db);
    q.exec(sql, values);
    while (q.next())
        list.append(read(q));
    return list;
}

} // namespace tuoyu
