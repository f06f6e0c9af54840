#pragma once

#include <QString>
#include <QStringList>

#include <functional>

namespace tuoyu {

/// Setting up a city's server (`tuoyu-desk server-init`, docs/server.md): one call per district
/// makes, on a database that is empty or already the program's, the program's schema once, the
/// district's schema with its workspace, its officer's login role owning that schema and
/// nothing else, and (given a city role) the city's right to read it.
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

} // namespace serverinit

} // namespace tuoyu
