#include "storage/readonlyconnection.h"

#include "storage/sqldialect.h"

#include <QSqlError>

namespace tuoyu {

bool openReadOnly(QSqlDatabase &db, const QString &path, QString *error)
{
    db.setDatabaseName(path);
    db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
    if (!db.open()) {
        if (error)
            *error = db.lastError().text();
        return false;
    }
    return SqlDialect::of(db).readable(db, error);
}

} // namespace tuoyu
