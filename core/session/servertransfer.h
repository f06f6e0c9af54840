#pragma once

#include <QString>

namespace tuoyu {

/// Moving a workspace between a file and a PostgreSQL server (docs/server.md): every row of
/// every table, keys and audit log included, so that a push then a pull gives the same workspace.
namespace servertransfer {

/// Copies the workspace file `file` into a new workspace on the server at `address` (a district
/// not yet on the server, or one server-init made that no one has worked in; its district is the
/// address's). The file's district must be unnamed or the same.
/// False with `error` naming the file or the server; the server is left without a workspace.
bool push(const QString &file, const QString &address, QString *error);
/// Copies the workspace on the server at `address` into the new workspace file `out`.
bool pull(const QString &address, const QString &out, QString *error);

} // namespace servertransfer

} // namespace tuoyu
