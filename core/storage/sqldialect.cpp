#include "sqldialect.h"

#include "sqlite/sqlitedialect.h"

namespace tuoyu {

namespace {

const SqliteDialect &sqlite()
{
    static const SqliteDialect dialect;
    return dialect;
}

} // namespace

const SqlDialect *SqlDialect::forDriver(const QString &driverName)
{
    if (driverName == sqlite().driverName())
        return &sqlite();
    return nullptr;
}

const SqlDialect &SqlDialect::forFile()
{
    return sqlite();
}

const SqlDialect &SqlDialect::of(const QSqlDatabase &db)
{
    const SqlDialect *dialect = forDriver(db.driverName());
    return dialect ? *dialect : forFile();
}

} // namespace tuoyu
