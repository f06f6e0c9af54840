#include "serverinit.h"

#include "session/workspace.h"
#include "storage/postgresql/districtregistry.h"
#include "storage/postgresql/postgresqldialect.h"
#include "storage/postgresql/postgresqlurl.h"
#include "storage/sqlquery.h"

namespace tuoyu::serverinit {

namespace {

/// The administrator's connection, holding the server's lock while the district is added.
class AdminConnection
{
public:
    AdminConnection() = default;
    ~AdminConnection()
    {
        if (m_locked)
            PostgresqlDialect::unlockServer(m_server.db());
    }
    AdminConnection(const AdminConnection &) = delete;
    AdminConnection &operator=(const AdminConnection &) = delete;
    bool open(const PostgresqlUrl &url, QString *error)
    {
        return m_server.open(url, error) &&
               (m_locked = PostgresqlDialect::lockServer(m_server.db(), error));
    }
    QSqlDatabase &db() { return m_server.db(); }

private:
    ServerConnection m_server;
    bool m_locked = false;
};

} // namespace

Outcome addDistrict(const Request &r, QStringList *done, QString *error)
{
    const auto url = PostgresqlUrl::parse(r.server, error, PostgresqlUrl::Needs::Server);
    if (!url)
        return Outcome::Failed;
    if (!url->district.isEmpty()) {
        *error =
            QStringLiteral("server-init 的 --server 地址不带 district，区县用 --district 给出");
        return Outcome::Failed;
    }
    if (const QString problem = PostgresqlUrl::districtProblem(r.district); !problem.isEmpty()) {
        *error = problem;
        return Outcome::Failed;
    }
    if (r.officer.trimmed().isEmpty() || r.officer == r.city) {
        *error = QStringLiteral("经办人角色（--officer）须给出，且不能与全市角色（--city）相同");
        return Outcome::Failed;
    }
    AdminConnection admin;
    if (!admin.open(*url, error))
        return Outcome::Failed;
    QSqlDatabase &db = admin.db();
    try {
        if (DistrictRegistry::contains(db, r.district)) {
            *error =
                QStringLiteral("%1 上已有区县“%2”，未作任何改动").arg(url->display(), r.district);
            return Outcome::AlreadyThere;
        }
        if (const QStringList foreign = DistrictRegistry::foreignTables(db); !foreign.isEmpty()) {
            *error = QStringLiteral("%1 中有不属于托育工作台的表（%2），不会改动它")
                         .arg(url->display(), foreign.mid(0, 3).join(QStringLiteral("、")));
            return Outcome::Failed;
        }
        if (DistrictRegistry::roleExists(db, r.officer)) {
            *done << QStringLiteral("沿用已有的登录角色 %1（密码不变）").arg(r.officer);
        } else {
            const QString password = r.password ? r.password() : QString();
            if (password.isEmpty()) {
                *error = QStringLiteral("没有给出经办人 %1 的密码，未作任何改动").arg(r.officer);
                return Outcome::Failed;
            }
            if (!DistrictRegistry::createOfficer(db, r.officer, password, error))
                return Outcome::Failed;
            *done << QStringLiteral("已建登录角色 %1").arg(r.officer);
        }
        if (!r.city.isEmpty() && !DistrictRegistry::roleExists(db, r.city)) {
            if (!DistrictRegistry::createCityRole(db, r.city, error))
                return Outcome::Failed;
            *done << QStringLiteral("已建全市角色 %1（不能登录：把它授予全市的登录角色，"
                                    "GRANT %1 TO 用户名）")
                         .arg(r.city);
        }
        if (!DistrictRegistry::add(db, r.district, r.officer, error))
            return Outcome::Failed;
    } catch (const StorageError &e) {
        *error = e.message();
        return Outcome::Failed;
    }

    // From here a failure takes the district away again: a half-made district is none.
    const auto undo = [&] {
        QString ignored;
        try {
            SqlQuery(db).exec(QStringLiteral("DROP SCHEMA IF EXISTS %1 CASCADE")
                                  .arg(DistrictRegistry::quoted(r.district)));
            SqlQuery(db).exec(QStringLiteral("DELETE FROM tuoyu.districts WHERE name = ?"),
                              {r.district});
        } catch (const StorageError &) {
        }
        return Outcome::Failed;
    };
    {
        auto ws = Workspace::create(PostgresqlUrl::addressOf(r.server, r.district), error);
        if (!ws)
            return undo();
    }
    if (!DistrictRegistry::giveToOfficer(db, r.district, r.officer, error))
        return undo();
    *done << QStringLiteral("已建区县“%1”的工作台（模式 %2，属 %3，其他区县的经办人无权进入）")
                 .arg(r.district, DistrictRegistry::quoted(r.district), r.officer);
    if (!r.city.isEmpty()) {
        if (!DistrictRegistry::grantCityReading(db, r.district, r.officer, r.city, error))
            return undo();
        *done << QStringLiteral("全市角色 %1 可查看区县“%2”，不能修改").arg(r.city, r.district);
    }
    return Outcome::Created;
}

} // namespace tuoyu::serverinit
