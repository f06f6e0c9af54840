#pragma once

#include "storageerror.h"

#include <QSqlDatabase>
#include <QSqlQuery>

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

} // namespace tuoyu
