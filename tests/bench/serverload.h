#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// The server load test (issue 21, docs/server.md): many officers of several districts, each a
// thread with its own connection and Workspace as its district's officer role (server-init's),
// editing, importing, undoing, reading and trying other districts' schemas at once on one
// PostgreSQL server; afterwards the districts are compared with what each officer saw committed.

namespace tuoyu::bench {

struct ServerLoadOptions
{
    /// The address of the server's maintenance database (postgresql://user@host:port/postgres),
    /// as scripts/pg-test-server.sh writes it; its role must be a superuser: it creates the
    /// database and, through server-init, the districts' officer roles.
    QString server;
    int officers = 50;
    int districts = 5;
    int seconds = 60;
    /// Each officer pauses a random 0 to 2 × pauseMs between actions (0: none).
    int pauseMs = 200;
};

/// The city's one database on `server` (tuoyu_load), as the administrator: where server-init
/// adds the districts.
QString cityDatabase(const QString &server);
/// The workspace address of `district` on `server` as its `officer` (the login role server-init
/// made), the one place the load test says where a district lives and who works in it.
QString districtAddress(const QString &server, const QString &district, const QString &officer);

/// Runs the load and checks it: {pg_p99_command_ms, pg_p50_command_ms, pg_load_commands,
/// pg_load_conflicts, pg_load_reads, pg_load_lost, pg_load_duplicated, pg_load_cross_district,
/// pg_load_cross_attempts, pg_load_cross_refused, pg_load_errors, …}; `ok` false when anything
/// was lost, duplicated or crossed districts, or (with several districts) no officer's attempt
/// on another district's schema was refused.
QJsonObject measureServerLoad(const ServerLoadOptions &options, bool *ok, QString *error);

} // namespace tuoyu::bench
