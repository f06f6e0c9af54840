#pragma once

#include <QJsonObject>
#include <QString>
#include <QStringList>

// The server load test (issue 21, docs/server.md): many officers of several districts, each a
// thread with its own connection and Workspace, editing, importing, undoing and reading at
// once on one PostgreSQL server; afterwards the databases are compared with what each officer
// saw committed.

namespace tuoyu::bench {

struct ServerLoadOptions
{
    /// The address of the server's maintenance database (postgresql://user@host:port/postgres),
    /// as scripts/pg-test-server.sh writes it; its role must be allowed to create databases.
    QString server;
    int officers = 50;
    int districts = 5;
    int seconds = 60;
    /// Each officer pauses a random 0 to 2 × pauseMs between actions (0: none).
    int pauseMs = 200;
};

/// The workspace address of `district` on `server`, the one place the load test says where a
/// district lives.
QString districtAddress(const QString &server, const QString &district);

/// Runs the load and checks it: {pg_p99_command_ms, pg_p50_command_ms, pg_load_commands,
/// pg_load_conflicts, pg_load_reads, pg_load_lost, pg_load_duplicated, pg_load_cross_district,
/// pg_load_errors, …}; `ok` false when anything was lost, duplicated or crossed districts.
QJsonObject measureServerLoad(const ServerLoadOptions &options, bool *ok, QString *error);

} // namespace tuoyu::bench
