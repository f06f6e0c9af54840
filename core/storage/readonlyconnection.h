#pragma once

#include <QSqlDatabase>
#include <QString>

namespace tuoyu {

/// Opens `db` (added for the file engine's driver, not yet open) on the file `path` for reading
/// only: nothing is written to the file or beside it (a backup listed, or checked before a
/// restore). False with the engine's words. The engine's options are its own
/// (storage/sqlite/readonlyconnection.cpp).
bool openReadOnly(QSqlDatabase &db, const QString &path, QString *error);

} // namespace tuoyu
