#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace tuoyu {

struct PostgresqlUrl;

/// A connection to the server itself rather than to a district (server-init, the city view's
/// list of districts), for the length of a scope: removed when it goes.
class ServerConnection
{
public:
    ServerConnection();
    ~ServerConnection();
    ServerConnection(const ServerConnection &) = delete;
    ServerConnection &operator=(const ServerConnection &) = delete;
    /// False with `error` naming the server when it cannot connect (PostgresqlUrl::
    /// connectFailure: the window asks for a password when it says one is wanted). `password`:
    /// one the officer typed, else libpq's own.
    bool open(const PostgresqlUrl &url, QString *error, const QString &password = QString());
    QSqlDatabase &db() { return m_db; }

private:
    QString m_name;
    QSqlDatabase m_db;
};

/// The districts of one server database (docs/server.md, districts). Each district's workspace
/// is a PostgreSQL schema named by the district, which its officer's connections have as their
/// only search_path (PostgresqlUrl::applyTo), so every query and migration of the program runs
/// unchanged inside one district; the program's own schema `tuoyu` lists the districts in
/// `tuoyu.districts`. Database roles then keep each officer inside their district's schema and
/// give the city role reading rights on all of them: the separation is the server's, not only
/// the program's.
class DistrictRegistry
{
public:
    /// `name` as an SQL identifier, quoted (district names are Chinese and may be anything
    /// PostgresqlUrl::districtProblem lets through).
    static QString quoted(const QString &name);

    /// The districts listed, in the order they were added; empty when there is no list yet.
    static QStringList districts(QSqlDatabase &db);
    static bool contains(QSqlDatabase &db, const QString &name);
    /// The officer role the list names for district `name`; empty for none (a district made
    /// by Workspace::create without server-init).
    static QString officerOf(QSqlDatabase &db, const QString &name);
    /// True when the database has a schema `name`, listed or not.
    static bool schemaExists(QSqlDatabase &db, const QString &name);
    /// Tables of someone else's: outside the program's schema and the listed districts'. A
    /// database holding any is not the program's to change.
    static QStringList foreignTables(QSqlDatabase &db);

    /// Adds district `name`, with the program's schema and list the first time: the district's
    /// schema (owned by `officer` when given, closed to everyone else) and its row in the list.
    /// The caller holds the server lock (PostgresqlDialect::lockServer).
    static bool add(QSqlDatabase &db, const QString &name, const QString &officer, QString *error);

    /// Renames district `from` to `to` in one transaction: its schema (with everything in it,
    /// the grants and default privileges, which follow the schema), its row of the list and
    /// the workspace's own district row. The caller holds the server lock and the district's
    /// session lock alone, and has checked the names.
    static bool rename(QSqlDatabase &db, const QString &from, const QString &to, QString *error);
    /// Drops district `name`'s schema with everything in it and its row of the list, in one
    /// transaction; roles stay. The caller holds the locks as for rename.
    static bool remove(QSqlDatabase &db, const QString &name, QString *error);

    // Roles (server-init). Each runs one statement; false with the server's words in `error`.
    static bool roleExists(QSqlDatabase &db, const QString &role);
    /// A login role for a district's officer, with a password (never written anywhere by the
    /// program: the server keeps its SCRAM hash).
    static bool createOfficer(QSqlDatabase &db, const QString &role, const QString &password,
                              QString *error);
    /// The city's group role: it logs in through its members (GRANT role TO someone).
    static bool createCityRole(QSqlDatabase &db, const QString &role, QString *error);
    /// Gives `owner` every object in the district's schema (a workspace made by an
    /// administrator's connection belongs to the officer who will migrate it later).
    static bool giveToOfficer(QSqlDatabase &db, const QString &district, const QString &owner,
                              QString *error);
    /// Lets `city` read every table of the district, now and (default privileges of the
    /// schema's owner) every table a later migration makes; never write.
    static bool grantCityReading(QSqlDatabase &db, const QString &district, const QString &owner,
                                 const QString &city, QString *error);
};

} // namespace tuoyu
