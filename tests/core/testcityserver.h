#pragma once

// A city's server for the tests (the `pg` fixture's throwaway server): a database of its own,
// districts made by server-init, the city role and a login of it, and a connection running
// hand-written SQL as any role. Shared by the districts' core tests and the window's city view.

#include "city/serverinit.h"
#include "storage/postgresql/postgresqlurl.h"
#include "testworkspace.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

#include <catch2/catch.hpp>

namespace tuoyu::test {

/// A connection of the test's own, as any role, running hand-written SQL.
class RawConnection
{
public:
    explicit RawConnection(const QString &address)
        : m_name(QUuid::createUuid().toString(QUuid::Id128))
    {
        QString error;
        const auto url = PostgresqlUrl::parse(address, &error, PostgresqlUrl::Needs::Server);
        INFO(error.toStdString());
        REQUIRE(url);
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        url->applyTo(m_db);
        INFO(m_db.lastError().text().toStdString());
        REQUIRE(m_db.open());
        QSqlQuery(m_db).exec(QStringLiteral("SET client_min_messages = warning"));
    }
    ~RawConnection()
    {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_name);
    }
    /// The SQLSTATE `sql` fails with; empty when it succeeds.
    QString failure(const QString &sql)
    {
        QSqlQuery q(m_db);
        return q.exec(sql) ? QString() : q.lastError().nativeErrorCode();
    }
    void exec(const QString &sql)
    {
        QSqlQuery q(m_db);
        INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
        REQUIRE(q.exec(sql));
        INFO(q.lastError().text().toStdString());
    }
    QVariant value(const QString &sql)
    {
        QSqlQuery q(m_db);
        const bool ran = q.exec(sql);
        INFO(sql.toStdString() << ": " << q.lastError().text().toStdString());
        REQUIRE(ran);
        REQUIRE(q.next());
        return q.value(0);
    }

private:
    QString m_name;
    QSqlDatabase m_db;
};

/// A database of its own on the test server for a city, with the roles the test makes, all
/// dropped at the end (roles belong to the whole server, so their names carry the process id).
struct CityServer
{
    QString database;
    QString server; ///< the administrator's address, no district
    QStringList roles;

    CityServer()
    {
        server = test::newServerDatabase(&database);
        server.truncate(server.indexOf(QLatin1Char('?')));
    }
    ~CityServer()
    {
        test::dropServerDatabase(database);
        RawConnection admin(test::testServer());
        for (const QString &r : roles)
            admin.failure(QStringLiteral("DROP ROLE IF EXISTS %1").arg(r));
    }
    /// A role name of this test's (dropped at the end).
    QString role(const QString &what)
    {
        roles << QStringLiteral("t%1_%2_%3")
                     .arg(QCoreApplication::applicationPid())
                     .arg(database.section(QLatin1Char('_'), -1), what);
        return roles.last();
    }
    /// The address as `user`, for `district` (empty: the server's).
    QString as(const QString &user, const QString &district = QString()) const
    {
        QUrl url(server);
        url.setUserName(user);
        const QString address = url.toString();
        return district.isEmpty() ? address : PostgresqlUrl::addressOf(address, district);
    }
    QString address(const QString &district) const
    {
        return PostgresqlUrl::addressOf(server, district);
    }
    /// 甲区 with officer `officerA` and 乙区 with `officerB` by server-init, the city role, and
    /// `reader`, a login of the city role.
    void twoDistricts()
    {
        officerA = role(QStringLiteral("a"));
        officerB = role(QStringLiteral("b"));
        const QString city = role(QStringLiteral("city"));
        reader = role(QStringLiteral("reader"));
        QString error;
        REQUIRE(init(QStringLiteral("甲区"), officerA, city, &error) ==
                serverinit::Outcome::Created);
        REQUIRE(init(QStringLiteral("乙区"), officerB, city, &error) ==
                serverinit::Outcome::Created);
        RawConnection(server).exec(
            QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(reader, city));
    }
    QString officerA;
    QString officerB;
    QString reader;

    /// server-init for one district; its outcome.
    serverinit::Outcome init(const QString &district, const QString &officer, const QString &city,
                             QString *error, int *asked = nullptr)
    {
        serverinit::Request r;
        r.server = server;
        r.district = district;
        r.officer = officer;
        r.city = city;
        r.password = [asked] {
            if (asked)
                ++*asked;
            return QStringLiteral("区县-密码-1");
        };
        QStringList done;
        return serverinit::addDistrict(r, &done, error);
    }
};

} // namespace tuoyu::test
