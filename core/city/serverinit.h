#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace tuoyu {

/// Setting up a city's server (`tuoyu-desk server-init`, docs/server.md): one call per district
/// makes, on a database that is empty or already the program's, the program's schema once, the
/// district's schema with its workspace, its officer's login role owning that schema and
/// nothing else, and (given a city role) the city's right to read it. Renaming and removing a
/// district (`district-rename`, `district-remove`) are the administrator's too.
namespace serverinit {

struct Request
{
    QString server;   ///< postgresql://admin@host:port/db (a superuser's connection), no district
    QString district; ///< the district to add
    QString officer;  ///< its officer's login role, made when it does not exist yet
    QString city;     ///< the city's group role, made when it does not exist yet; empty: none
    /// Asked only when the officer's role is new: its password (never stored by the program;
    /// the server keeps its hash). Empty refuses.
    std::function<QString()> password;
};

enum class Outcome
{
    Created,
    AlreadyThere, ///< the district was on the server: nothing was changed
    Failed
};

/// Adds the district; `done` lists what was made (one line each, for the officer), `error`
/// why it failed. A failure after the district's schema was made drops it again; roles made
/// before the failure stay (a second run uses them).
Outcome addDistrict(const Request &request, QStringList *done, QString *error);

/// Renames district `from` to `to` on `server` (an administrator's address, no district),
/// keeping its data: the schema, its row of the list and the workspace's own district row, in
/// one transaction; its officer role, and the city role's reading, stay as they were. Refused,
/// with nothing changed, for a name that cannot be a district or is taken, a district not
/// listed, and while anyone is connected to it (PostgresqlDialect::districtSessions).
bool renameDistrict(const QString &server, const QString &from, const QString &to,
                    QStringList *done, QString *error);

/// Removes district `name` from `server`: drops its schema, every record in it, and its row of
/// the list, only when `confirmation` repeats the name (the refusal says to pg_dump it first);
/// refused as renameDistrict is otherwise. Its officer role stays (it may serve elsewhere, and
/// roles are the server's): `done` says how to drop it.
bool removeDistrict(const QString &server, const QString &name, const QString &confirmation,
                    QStringList *done, QString *error);

} // namespace serverinit

} // namespace tuoyu
