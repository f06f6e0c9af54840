#include "serverinit.h"

#include "session/workspace.h"
#include "storage/postgresql/districtregistry.h"
#include "storage/postgresql/postgresqldialect.h"
#include "storage/postgresql/postgresqlurl.h"
#include "storage/sqlquery.h"

#include <algorithm>
#include <functional>
#include <optional>

namespace tuoyu::serverinit {

namespace {

/// The administrator's connection, holding the server's lock while a district is added,
/// renamed or removed, and for the last two the district's session lock alone.
class AdminConnection
{
public:
    AdminConnection() = default;
    ~AdminConnection()
    {
        if (!m_alone.isEmpty())
            PostgresqlDialect::unlockDistrict(m_server.db(), m_alone);
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

    /// Makes sure `district` is listed and no one else is connected to it, and keeps anyone
    /// from connecting until this connection goes (a program that tries waits, then finds the
    /// district renamed or gone); false with `error` saying why, nothing changed.
    bool takeDistrict(const PostgresqlUrl &url, const QString &district, QString *error)
    {
        QSqlDatabase &db = m_server.db();
        if (!DistrictRegistry::contains(db, district)) {
            *error = QStringLiteral("%1 上没有区县“%2”，未作任何改动").arg(url.display(), district);
            return false;
        }
        if (PostgresqlDialect::lockDistrictAlone(db, district))
            m_alone = district;
        // The program's sessions hold the district's lock shared; its officer's own (psql)
        // do not, and are looked for by role.
        const QStringList others = PostgresqlDialect::districtSessions(
            db, district, DistrictRegistry::officerOf(db, district));
        if (m_alone.isEmpty() || !others.isEmpty()) {
            *error = QStringLiteral("区县“%1”还有 %2 个连接（%3）：请这些同事先关闭托育工作台"
                                    "或断开连接再试，未作任何改动")
                         .arg(district)
                         .arg(std::max<qsizetype>(1, others.size()))
                         .arg(others.isEmpty() ? QStringLiteral("刚刚连接")
                                               : others.join(QStringLiteral("、")));
            return false;
        }
        return true;
    }

private:
    ServerConnection m_server;
    bool m_locked = false;
    QString m_alone; ///< the district whose session lock this connection holds alone
};

/// `server` parsed as an administrator's address (no district); nothing, with `error`, else.
std::optional<PostgresqlUrl> adminUrl(const QString &server, const QString &verb, QString *error)
{
    auto url = PostgresqlUrl::parse(server, error, PostgresqlUrl::Needs::Server);
    if (url && !url->district.isEmpty()) {
        *error =
            QStringLiteral("%1 的 --server 地址不带 district，区县用 --district 给出").arg(verb);
        return std::nullopt;
    }
    return url;
}

} // namespace

Outcome addDistrict(const Request &r, QStringList *done, QString *error)
{
    const auto url = adminUrl(r.server, QStringLiteral("server-init"), error);
    if (!url)
        return Outcome::Failed;
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

namespace {

/// What renaming and removing share: the administrator's connection to `url`, `district` taken
/// alone (listed, no one connected, no one connecting), then `change` given the connection and
/// the district's officer role; false with `error`, nothing changed, when any of it fails.
bool changeAlone(const PostgresqlUrl &url, const QString &district,
                 const std::function<bool(QSqlDatabase &, const QString &)> &change, QString *error)
{
    AdminConnection admin;
    if (!admin.open(url, error))
        return false;
    try {
        return admin.takeDistrict(url, district, error) &&
               change(admin.db(), DistrictRegistry::officerOf(admin.db(), district));
    } catch (const StorageError &e) {
        *error = e.message();
        return false;
    }
}

} // namespace

bool renameDistrict(const QString &server, const QString &from, const QString &to,
                    QStringList *done, QString *error)
{
    const auto url = adminUrl(server, QStringLiteral("district-rename"), error);
    if (!url)
        return false;
    if (const QString problem = PostgresqlUrl::districtProblem(to); !problem.isEmpty()) {
        *error = QStringLiteral("不能改名为“%1”：%2，未作任何改动").arg(to, problem);
        return false;
    }
    if (to == from) {
        *error = QStringLiteral("新名称与区县“%1”原名相同，未作任何改动").arg(from);
        return false;
    }
    return changeAlone(
        *url, from,
        [&](QSqlDatabase &db, const QString &officer) {
            if (DistrictRegistry::contains(db, to) || DistrictRegistry::schemaExists(db, to)) {
                *error = QStringLiteral("%1 上已有区县或模式“%2”，区县“%3”未改名")
                             .arg(url->display(), to, from);
                return false;
            }
            QString why;
            if (!DistrictRegistry::rename(db, from, to, &why)) {
                *error = QStringLiteral("区县“%1”未改名（未作任何改动）：%2").arg(from, why);
                return false;
            }
            *done << QStringLiteral("已将区县“%1”改名为“%2”：模式、区县名单和工作台中的区县名"
                                    "一并改过，数据未动")
                         .arg(from, to);
            if (!officer.isEmpty())
                *done << QStringLiteral("经办人角色 %1 不变，仍只能进入该区县；全市角色照旧可查看")
                             .arg(officer);
            *done << QStringLiteral("请该区县的同事改用新地址连接：…?district=%1").arg(to);
            return true;
        },
        error);
}

bool removeDistrict(const QString &server, const QString &name, const QString &confirmation,
                    QStringList *done, QString *error)
{
    const auto url = adminUrl(server, QStringLiteral("district-remove"), error);
    if (!url)
        return false;
    if (confirmation != name) {
        *error = QStringLiteral("删除区县“%1”会删去它的全部数据，无法撤销。请先备份："
                                "pg_dump -Fc -n '\"%1\"' -f %1.dump %2；确认删除时加上 "
                                "--confirm %1。未作任何改动")
                     .arg(name, url->database);
        return false;
    }
    return changeAlone(
        *url, name,
        [&](QSqlDatabase &db, const QString &officer) {
            QString why;
            if (!DistrictRegistry::remove(db, name, &why)) {
                *error = QStringLiteral("区县“%1”未删除（未作任何改动）：%2").arg(name, why);
                return false;
            }
            *done << QStringLiteral("已删除区县“%1”：它的模式（全部数据）和区县名单中的一行")
                         .arg(name);
            if (!officer.isEmpty())
                *done << QStringLiteral("经办人角色 %1 保留（账号属于整个服务器，可能还用于别处）；"
                                        "不再需要时由管理员执行 DROP ROLE %1")
                             .arg(officer);
            return true;
        },
        error);
}

} // namespace tuoyu::serverinit
