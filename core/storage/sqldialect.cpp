#include "sqldialect.h"

#include "postgresql/postgresqldialect.h"
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
    static const PostgresqlDialect postgresql;
    if (driverName == postgresql.driverName())
        return &postgresql;
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
