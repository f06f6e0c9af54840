#include "sqlquery.h"

#include <QSqlError>

namespace tuoyu {

SqlQuery::SqlQuery(const QSqlDatabase &db)
    : QSqlQuery(db)
    , m_db(db)
{
}

void SqlQuery::fail()
{
    throw StorageError::fromQuery(m_db, lastError());
}

bool SqlQuery::exec(const QString &sql)
{
    if (!QSqlQuery::exec(sql))
        fail();
    return true;
}

bool SqlQuery::exec()
{
    if (!QSqlQuery::exec())
        fail();
    return true;
}

bool SqlQuery::exec(const QString &sql, const QVariantList &values)
{
    prepare(sql);
    for (const QVariant &v : values)
        addBindValue(v);
    return exec();
}

bool SqlQuery::prepare(const QString &sql)
{
    if (!QSqlQuery::prepare(sql))
        fail();
    return true;
}

bool SqlQuery::stepped(bool moved)
{
    // A step that fails (a malformed page, a lock, an I/O error) leaves the query after its last
    // row just as the end does; only the error tells them apart.
    if (!moved && lastError().type() != QSqlError::NoError)
        fail();
    return moved;
}

bool SqlQuery::next()
{
    return stepped(QSqlQuery::next());
}

bool SqlQuery::first()
{
    return stepped(QSqlQuery::first());
}

bool SqlQuery::last()
{
    return stepped(QSqlQuery::last());
}

bool SqlQuery::previous()
{
    return stepped(QSqlQuery::previous());
}

bool SqlQuery::seek(int index, bool relative)
{
    return stepped(QSqlQuery::seek(index, relative));
}

} // namespace tuoyu
