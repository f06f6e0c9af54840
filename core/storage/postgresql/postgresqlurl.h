#pragma once

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <optional>

namespace tuoyu {

/// Where a workspace on a PostgreSQL server is: `postgresql://user@host:port/database?district=
/// NAME`, with libpq's connection options (sslmode and the like) passed through from the query.
/// The password is never part of it: libpq reads PGPASSWORD or the password file (~/.pgpass,
/// PGPASSFILE) itself, so the program neither asks for nor writes one (docs/server.md).
struct PostgresqlUrl
{
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString user;
    QString database;
    QString district;
    QStringList options; ///< libpq keyword=value pairs, as QPSQL's connect options take them

    /// What an address must name: a district's workspace, or only the server (the city view
    /// and server-init, which go through every district).
    enum class Needs
    {
        District,
        Server
    };

    /// True when `text` names a server rather than a file (postgresql:// or postgres://).
    static bool isUrl(const QString &text);
    /// True when `text` is a server's address without a district: the city view over every
    /// district (docs/server.md), which the command line and the window open instead of a
    /// workspace.
    static bool isCityAddress(const QString &text);
    /// The parts of `text`; nothing, with `error` in the officer's words, when it is not a
    /// complete address: no user, no database, no district (unless only the server is needed),
    /// a district that cannot name a schema, a password in it, an unknown option.
    static std::optional<PostgresqlUrl> parse(const QString &text, QString *error,
                                              Needs needs = Needs::District);
    /// Why `district` cannot be a district on a server (its schema is named by it, and the
    /// connection's search_path carries it), empty when it can.
    static QString districtProblem(const QString &district);
    /// The search_path of a connection to `district` ("屯留区", quoted), exactly as the server
    /// reports it back: the district's advisory locks are keyed by it (PostgresqlDialect).
    static QString searchPath(const QString &district);

    /// The address as the officer typed it, for messages and the window title.
    QString display() const;
    /// Sets `db` (added for QPSQL, not yet open) to connect here; with a district, its schema
    /// is the connection's search_path from the start (clones of the connection included), so
    /// every query of the program reads and writes that district only.
    void applyTo(QSqlDatabase &db) const;
    /// The address `server` (as typed, its TLS options kept, no district) for `district`.
    static QString addressOf(const QString &server, const QString &district);
    /// The whole address, its connection options (sslmode …) included, to connect again with:
    /// what the window remembers (never a password, which the address cannot hold).
    QString address() const;
    /// Why connecting here failed, in the officer's words naming the server: no answer, no such
    /// database or user, a password wanted or refused, TLS refused; libpq's own words otherwise.
    QString connectFailure(const QSqlError &failure) const;
    /// True when `message` (from connectFailure, through Workspace::open) says the server wants
    /// a password that was not given or not accepted: the window then asks for one.
    static bool wantsPassword(const QString &message);
};

} // namespace tuoyu
