// Database's connection to a PostgreSQL server: the one way a workspace on the server is opened
// (Workspace::create and open, when given a postgresql:// address).

#include "districtregistry.h"
#include "postgresqldialect.h"
#include "postgresqlurl.h"

#include "storage/database.h"
#include "storage/schema.h"
#include "storage/sqlquery.h"

#include <QDateTime>
#include <QSqlError>

namespace tuoyu {

namespace {

/// Holds a session lock for a scope: the district's schema lock while the connection checks
/// and migrates its schema, the server's while a district is added.
class SessionLock
{
public:
    using Take = bool (*)(QSqlDatabase &, QString *);
    using Release = void (*)(QSqlDatabase &);
    SessionLock(QSqlDatabase &db, Take take, Release release)
        : m_db(db)
        , m_take(take)
        , m_release(release)
    {
    }
    ~SessionLock()
    {
        if (m_held)
            m_release(m_db);
    }
    SessionLock(const SessionLock &) = delete;
    SessionLock &operator=(const SessionLock &) = delete;
    bool take(QString *error) { return m_held = m_take(m_db, error); }

private:
    QSqlDatabase &m_db;
    Take m_take;
    Release m_release;
    bool m_held = false;
};

/// The district of the workspace's one district row (each district has a schema of its own).
QString districtName(QSqlDatabase &db)
{
    SqlQuery q(db);
    q.exec(QStringLiteral("SELECT name FROM district ORDER BY id LIMIT 1"));
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace

bool Database::openServer(const QString &text, bool create, QString *error, const QString &password)
{
    const std::optional<PostgresqlUrl> url = PostgresqlUrl::parse(text, error);
    if (!url)
        return false;
    m_path = url->display();
    m_access = Access::ReadWrite;
    m_dialect = SqlDialect::forDriver(QStringLiteral("QPSQL"));
    if (!QSqlDatabase::isDriverAvailable(m_dialect->driverName())) {
        *error = QStringLiteral("无法连接 %1：缺少 Qt 的 PostgreSQL 驱动（Debian 软件包 "
                                "libqt6sql6-psql）")
                     .arg(m_path);
        return false;
    }
    m_db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    url->applyTo(m_db);
    if (!password.isEmpty())
        m_db.setPassword(password);
    if (!m_db.open()) {
        *error = url->connectFailure(m_db.lastError());
        return false;
    }
    try {
        QString why;
        if (!m_dialect->configure(m_db, m_path, &why)) {
            *error = QStringLiteral("无法设置 %1：%2").arg(m_path, why);
            return false;
        }
        // Held for the session: an administrator renaming or removing the district sees this
        // connection, and while one does, this waits and then finds the district gone.
        if (!PostgresqlDialect::holdDistrictSession(m_db, &why)) {
            *error = QStringLiteral("%1：管理员正在改名或删除该区县，请稍后再连接（%2）")
                         .arg(m_path, why);
            return false;
        }
        // A new district is added to the server's list under the server's lock, so two
        // programs creating districts at once never both make the program's schema.
        SessionLock serverLock(m_db, PostgresqlDialect::lockServer,
                               PostgresqlDialect::unlockServer);
        // A district already listed (server-init lists it, holding the lock, then creates its
        // workspace through here) needs no lock.
        if (create && !DistrictRegistry::contains(m_db, url->district)) {
            if (!serverLock.take(error))
                return false;
            if (!DistrictRegistry::contains(m_db, url->district)) {
                if (!DistrictRegistry::foreignTables(m_db).isEmpty()) {
                    *error =
                        QStringLiteral("%1 不是空数据库，也不是托育工作台，不会改动它").arg(m_path);
                    return false;
                }
                if (!DistrictRegistry::add(m_db, url->district, QString(), &why)) {
                    *error = QStringLiteral("无法在 %1 创建区县：%2").arg(m_path, why);
                    return false;
                }
            }
        }
        SessionLock lock(m_db, PostgresqlDialect::lockSchema, PostgresqlDialect::unlockSchema);
        if (!lock.take(error))
            return false;
        const bool workspace = m_dialect->isWorkspace(m_db);
        if (create && workspace) {
            *error = QStringLiteral("%1 中已有工作台，不会覆盖").arg(m_path);
            return false;
        }
        if (!workspace) {
            if (!create) {
                // A district the role may not enter looks empty from inside it.
                *error = DistrictRegistry::contains(m_db, url->district)
                             ? QStringLiteral("%1：用户 %2 无权进入区县“%3”")
                                   .arg(m_path, url->user, url->district)
                             : QStringLiteral("%1 中还没有工作台：请先创建").arg(m_path);
                return false;
            }
            if (!PostgresqlDialect::isEmpty(m_db)) {
                *error =
                    QStringLiteral("%1 不是空数据库，也不是托育工作台，不会改动它").arg(m_path);
                return false;
            }
            if (!m_dialect->markAsWorkspace(m_db, &why)) {
                *error = QStringLiteral("无法在 %1 创建工作台：%2").arg(m_path, why);
                return false;
            }
        }
        // A role that may only read the district (the city's) gets a read-only workspace; the
        // server refuses its writes in any case.
        if (!PostgresqlDialect::canWrite(m_db)) {
            m_access = Access::ReadOnlyRole;
            if (!m_dialect->configureReadOnly(m_db, &why)) {
                *error = QStringLiteral("无法设置 %1：%2").arg(m_path, why);
                return false;
            }
        }
        const int version = m_dialect->schemaVersion(m_db);
        if (version < Schema::currentVersion() && isReadOnly()) {
            *error = QStringLiteral("%1 的数据结构是第 %2 版，须由区县经办人用本版程序打开一次"
                                    "升级后才能查看")
                         .arg(m_path)
                         .arg(version);
            return false;
        }
        if (version > Schema::currentVersion()) {
            *error =
                QStringLiteral("%1 由更新版本的托育工作台写入（数据结构第 %2 版），请升级本程序")
                    .arg(m_path)
                    .arg(version);
            return false;
        }
        // The server's own backups (pg_dump) stand for the file's backup before an upgrade.
        if (version < Schema::currentVersion() &&
            !Schema::migrate(m_db, version, Schema::currentVersion(), &why)) {
            *error = QStringLiteral("%1：%2（数据库未改动）").arg(m_path, why);
            return false;
        }
        if (version == 0) {
            setInfo(QStringLiteral("created_at"),
                    QDateTime::currentDateTime().toString(Qt::ISODate));
            // The district is row 1, as in a file; its sequence goes past it.
            SqlQuery(m_db).exec(QStringLiteral("INSERT INTO district (id, name) VALUES (1, ?)"),
                                {url->district});
            SqlQuery(m_db).exec(
                QStringLiteral("SELECT setval(pg_get_serial_sequence('district', 'id'), 1)"));
        }
        const QString district = districtName(m_db);
        if (district != url->district) {
            *error = QStringLiteral("%1 中的工作台属于“%2”，不是地址中的“%3”")
                         .arg(m_path, district, url->district);
            return false;
        }
    } catch (const StorageError &e) {
        *error = e.message();
        return false;
    }
    return true;
}

} // namespace tuoyu
