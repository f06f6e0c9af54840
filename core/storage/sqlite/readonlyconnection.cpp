#include "storage/readonlyconnection.h"

#include "storage/sqldialect.h"
#include "storage/storageerror.h"

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
    // A file too damaged to read its header pages fails the query: that is why it cannot be
    // opened, said as the storage error says it (naming the file).
    try {
        return SqlDialect::of(db).readable(db, error);
    } catch (const StorageError &e) {
        if (error)
            *error = e.message();
        return false;
    }
}

} // namespace tuoyu
