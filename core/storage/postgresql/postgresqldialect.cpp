#include "postgresqldialect.h"

#include "postgresqlurl.h"

#include "storage/batchstatement.h"
#include "storage/sqlquery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlDriver>
#include <QSqlError>
#include <QThread>

namespace tuoyu {

namespace {

/// The marker and the schema version of a workspace on the server: one row in a table of its
/// own (the file keeps them in its header, PostgreSQL has no such place).
const QString kMarker = QStringLiteral("TYDK");

/// Where a connection keeps the count of others' commits it has heard of: a property of its
/// driver, which lives as long as the connection (the dialect itself is shared and const).
const char *const kOthersCommits = "tuoyuOthersCommits";

bool run(QSqlDatabase &db, const QString &sql, QString *error)
{
    try {
        SqlQuery(db).exec(sql);
    } catch (const StorageError &e) {
        if (error)
            *error = e.message();
        return false;
    }
    return true;
}

bool hasMarkerTable(QSqlDatabase &db)
{
    SqlQuery q(db);
    return q.exec(QStringLiteral("SELECT to_regclass('workspace_schema') IS NOT NULL")) &&
           q.next() && q.value(0).toBool();
}

/// The lock `kind` of the connection's district: keyed by its search_path, which names the
/// district's schema whether or not the schema exists yet (current_schema() would be NULL, and
/// the lock functions return NULL without locking when given one).
QString districtLock(const char *function, int kind)
{
    return QStringLiteral("SELECT %1(%2, hashtext(current_setting('search_path')))")
        .arg(QLatin1String(function))
        .arg(PostgresqlDialect::kLockSpace + kind);
}

} // namespace

bool PostgresqlDialect::lockSchema(QSqlDatabase &db, QString *error)
{
    return run(db, districtLock("pg_advisory_lock", kSchemaLock), error);
}

void PostgresqlDialect::unlockSchema(QSqlDatabase &db)
{
    run(db, districtLock("pg_advisory_unlock", kSchemaLock), nullptr);
}

bool PostgresqlDialect::lockServer(QSqlDatabase &db, QString *error)
{
    return run(db, QStringLiteral("SELECT pg_advisory_lock(%1, 0)").arg(kLockSpace), error);
}

void PostgresqlDialect::unlockServer(QSqlDatabase &db)
{
    run(db, QStringLiteral("SELECT pg_advisory_unlock(%1, 0)").arg(kLockSpace), nullptr);
}

bool PostgresqlDialect::holdDistrictSession(QSqlDatabase &db, QString *error)
{
    return run(db, districtLock("pg_advisory_lock_shared", kSessionLock), error);
}

bool PostgresqlDialect::lockDistrictAlone(QSqlDatabase &db, const QString &district)
{
    SqlQuery q(db);
    q.exec(QStringLiteral("SELECT pg_try_advisory_lock(%1, hashtext(?))")
               .arg(kLockSpace + kSessionLock),
           {PostgresqlUrl::searchPath(district)});
    return q.next() && q.value(0).toBool();
}

void PostgresqlDialect::unlockDistrict(QSqlDatabase &db, const QString &district)
{
    try {
        SqlQuery(db).exec(QStringLiteral("SELECT pg_advisory_unlock(%1, hashtext(?))")
                              .arg(kLockSpace + kSessionLock),
                          {PostgresqlUrl::searchPath(district)});
    } catch (const StorageError &) {
        // The lock goes with the session anyway.
    }
}

QStringList PostgresqlDialect::districtSessions(QSqlDatabase &db, const QString &district,
                                                const QString &officer)
{
    // An advisory lock of two int4 keys shows in pg_locks as classid, objid with objsubid 2.
    SqlQuery q(db);
    q.exec(QStringLiteral(
               "SELECT a.usename || '@' || COALESCE(host(a.client_addr), 'local') FROM "
               "pg_stat_activity a WHERE a.datname = current_database() AND a.pid <> "
               "pg_backend_pid() AND (a.usename = ? OR a.pid IN (SELECT l.pid FROM pg_locks l "
               "WHERE l.locktype = 'advisory' AND l.objsubid = 2 AND l.granted AND l.classid = "
               "%1::oid AND l.objid = hashtext(?)::oid)) ORDER BY a.backend_start")
               .arg(kLockSpace + kSessionLock),
           {officer, PostgresqlUrl::searchPath(district)});
    QStringList sessions;
    while (q.next())
        sessions << q.value(0).toString();
    return sessions;
}

QString PostgresqlDialect::tlsState(QSqlDatabase &db)
{
    try {
        SqlQuery q(db);
        q.exec(QStringLiteral("SELECT ssl, version, cipher FROM pg_stat_ssl WHERE pid = "
                              "pg_backend_pid()"));
        if (q.next() && q.value(0).toBool())
            return QStringLiteral("%1 %2").arg(q.value(1).toString(), q.value(2).toString());
    } catch (const StorageError &) {
        // an unknown state is shown as unencrypted: never claim protection we cannot see
    }
    return QString();
}

bool PostgresqlDialect::isEmpty(QSqlDatabase &db)
{
    SqlQuery q(db);
    q.exec(QStringLiteral("SELECT count(*) FROM pg_tables WHERE schemaname = current_schema()"));
    return q.next() && q.value(0).toLongLong() == 0;
}

bool PostgresqlDialect::canWrite(QSqlDatabase &db)
{
    SqlQuery q(db);
    q.exec(QStringLiteral("SELECT has_schema_privilege(current_schema(), 'CREATE')"));
    return q.next() && q.value(0).toBool();
}

void PostgresqlDialect::keysInserted(QSqlDatabase &db, const QString &table) const
{
    // Tables without a key sequence (workspace_info) have nothing to move.
    SqlQuery q(db);
    q.exec(QStringLiteral("SELECT pg_get_serial_sequence(table_name, 'id') FROM "
                          "information_schema.columns WHERE table_schema = current_schema() "
                          "AND table_name = '%1' AND column_name = 'id'")
               .arg(table));
    if (!q.next() || q.value(0).isNull())
        return;
    SqlQuery(db).exec(QStringLiteral("SELECT setval('%1', GREATEST((SELECT MAX(id) FROM %2), 1))")
                          .arg(q.value(0).toString(), table));
}

QString PostgresqlDialect::driverName() const
{
    return QStringLiteral("QPSQL");
}

QString PostgresqlDialect::ddl(const QString &statement) const
{
    // SQLite's REAL is an 8-byte float, PostgreSQL's a 4-byte one: a target of 0.85 would come
    // back as 0.850000023. BLOB is BYTEA. Keys are BIGINT identities: their sequence numbers the
    // rows inserted without a key (the audit log, the indicator snapshots) and hands the
    // session the keys its commands insert under (firstFreeKey).
    static const QRegularExpression real(QStringLiteral("\\bREAL\\b"));
    static const QRegularExpression blob(QStringLiteral("\\bBLOB\\b"));
    QString s = statement;
    s.replace(QLatin1String("{ID}"),
              QLatin1String("BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"));
    s.replace(real, QStringLiteral("DOUBLE PRECISION"));
    s.replace(blob, QStringLiteral("BYTEA"));
    return s;
}

bool PostgresqlDialect::configure(QSqlDatabase &db, const QString &, QString *error) const
{
    // A writer waits this long for another's write lock (pg_advisory_xact_lock honours
    // lock_timeout) and then fails as Locked (SQLSTATE 55P03), as SQLite's busy timeout does.
    return run(db, QStringLiteral("SET lock_timeout = '%1s'").arg(lockTimeoutSeconds()), error) &&
           run(db, QStringLiteral("SET client_min_messages = warning"), error);
}

QString PostgresqlDialect::journalMode(QSqlDatabase &) const
{
    return QStringLiteral("server");
}

bool PostgresqlDialect::readable(QSqlDatabase &db, QString *error) const
{
    return run(db, QStringLiteral("SELECT 1"), error);
}

bool PostgresqlDialect::examineFile(const QString &, StorageFailure *, QString *) const
{
    return true; // there is no file: the server answers for its own storage
}

QString PostgresqlDialect::connectionName(const QString &path, bool) const
{
    return path;
}

QString PostgresqlDialect::connectOptions(bool, bool) const
{
    return QString();
}

QString PostgresqlDialect::fileOf(const QSqlDatabase &db) const
{
    // What the officer typed to connect, without a password (there never is one in it).
    QString host = db.hostName();
    if (db.port() > 0)
        host += QStringLiteral(":%1").arg(db.port());
    return QStringLiteral("postgresql://%1@%2/%3").arg(db.userName(), host, db.databaseName());
}

bool PostgresqlDialect::configureReadOnly(QSqlDatabase &db, QString *error) const
{
    return configure(db, QString(), error) &&
           run(db, QStringLiteral("SET default_transaction_read_only = on"), error);
}

QStringList PostgresqlDialect::quickProblems(QSqlDatabase &) const
{
    return {}; // the server checks its own pages (data checksums, when the cluster has them)
}

StorageFailure PostgresqlDialect::failureOf(const QSqlError &error) const
{
    // Qt's QPSQL driver gives the SQLSTATE as the native error code.
    const QString state = error.nativeErrorCode();
    if (state == QLatin1String("55P03") || state == QLatin1String("40P01") ||
        state == QLatin1String("40001"))
        return StorageFailure::Locked;
    if (state == QLatin1String("53100"))
        return StorageFailure::DiskFull;
    if (state == QLatin1String("25006") || state == QLatin1String("42501"))
        return StorageFailure::ReadOnly;
    if (state == QLatin1String("XX001") || state == QLatin1String("XX002"))
        return StorageFailure::Damaged;
    return StorageFailure::Other;
}

bool PostgresqlDialect::isWorkspace(QSqlDatabase &db) const
{
    if (!hasMarkerTable(db))
        return false;
    SqlQuery q(db);
    q.exec(QStringLiteral("SELECT 1 FROM workspace_schema WHERE marker = ?"), {kMarker});
    return q.next();
}

bool PostgresqlDialect::markAsWorkspace(QSqlDatabase &db, QString *error) const
{
    return run(db,
               QStringLiteral("CREATE TABLE IF NOT EXISTS workspace_schema (marker TEXT PRIMARY "
                              "KEY, version INTEGER NOT NULL)"),
               error) &&
           run(db,
               QStringLiteral("INSERT INTO workspace_schema (marker, version) VALUES ('%1', 0) "
                              "ON CONFLICT (marker) DO NOTHING")
                   .arg(kMarker),
               error) &&
           // The one SQLite function the program's queries use (the institution search):
           // where a text occurs in another, 0 when it does not.
           run(db,
               QStringLiteral("CREATE OR REPLACE FUNCTION instr(text, text) RETURNS integer "
                              "LANGUAGE sql IMMUTABLE AS 'SELECT strpos($1, $2)'"),
               error);
}

int PostgresqlDialect::schemaVersion(QSqlDatabase &db) const
{
    try {
        if (!hasMarkerTable(db))
            return 0;
        SqlQuery q(db);
        q.exec(QStringLiteral("SELECT version FROM workspace_schema WHERE marker = ?"), {kMarker});
        return q.next() ? q.value(0).toInt() : 0;
    } catch (const StorageError &) {
        return -1;
    }
}

bool PostgresqlDialect::setSchemaVersion(QSqlDatabase &db, int version, QString *error) const
{
    try {
        SqlQuery(db).exec(
            QStringLiteral("UPDATE workspace_schema SET version = ? WHERE marker = ?"),
            {version, kMarker});
    } catch (const StorageError &e) {
        if (error)
            *error = e.message();
        return false;
    }
    return true;
}

bool PostgresqlDialect::backup(QSqlDatabase &, const QString &, QString *error) const
{
    if (error)
        *error = QStringLiteral("服务器上的工作台由服务器备份（pg_dump），程序不写备份文件");
    return false;
}

bool PostgresqlDialect::finishNewFile(QSqlDatabase &, QString *) const
{
    return true;
}

QStringList PostgresqlDialect::integrityProblems(QSqlDatabase &) const
{
    return {}; // foreign keys and checks are enforced by the server on every statement
}

qint64 PostgresqlDialect::firstFreeKey(QSqlDatabase &db, const QString &table,
                                       const QString &column) const
{
    // A table's key comes from its identity sequence, one per call (keyPerCall): no other
    // session can get it, whether or not it holds the write lock, and the rows inserted without
    // a key (the audit log, the snapshots) draw from the same sequence. Any other column (the
    // audit batch) is read under the write lock, which every writer takes (beginWrite), so no
    // one can take the number before the command commits. Names come from our own code.
    // A role that may only read the district (the city's) may not draw from the sequence: it
    // gets no key (0, and the session counts on from 1), so that a command can be built and then
    // refused (Workspace::execute, and the server); nothing is ever inserted under it.
    SqlQuery q(db);
    if (column == QLatin1String("id"))
        q.exec(QStringLiteral("SELECT CASE WHEN has_sequence_privilege(s, 'USAGE') THEN "
                              "nextval(s) ELSE 0 END FROM pg_get_serial_sequence('%1', 'id') AS s")
                   .arg(table));
    else
        q.exec(QStringLiteral("SELECT COALESCE(MAX(%1), 0) + 1 FROM %2").arg(column, table));
    return q.next() ? q.value(0).toLongLong() : 1;
}

bool PostgresqlDialect::keyPerCall() const
{
    return true;
}

void PostgresqlDialect::beginWrite(QSqlDatabase &db) const
{
    // READ COMMITTED (the default): each statement after the lock sees every commit made before
    // it was granted, so the keys and the rows a command replaces are the last writer's.
    SqlQuery q(db);
    q.exec(QStringLiteral("BEGIN"));
    try {
        q.exec(districtLock("pg_advisory_xact_lock", kWriteLock));
    } catch (const StorageError &) {
        // A failed statement leaves the transaction aborted; the caller sees no transaction,
        // as after SQLite's failed BEGIN IMMEDIATE.
        run(db, QStringLiteral("ROLLBACK"), nullptr);
        throw;
    }
}

int PostgresqlDialect::lockTimeoutSeconds() const
{
    return 5; // as long as a writer of the file waits
}

QString PostgresqlDialect::sameValue(const QString &column) const
{
    return column + QStringLiteral(" IS NOT DISTINCT FROM ?"); // SQL's NULL-safe equality
}

std::unique_ptr<BatchStatement> PostgresqlDialect::prepareBatch(QSqlDatabase &db,
                                                                const QString &sql) const
{
    return std::make_unique<BatchStatement>(db, sql);
}

bool PostgresqlDialect::startChangeLog(QSqlDatabase &, const QString &, const QString &,
                                       QString *error) const
{
    // Triggers on a shared server's tables would be every session's, and the temporary tables
    // they would fill need privileges an officer's role need not have: the registry cache reads
    // the whole registry at each use instead, which is correct, only slower.
    if (error)
        *error = QStringLiteral("服务器上不记录各连接的变更");
    return false;
}

bool PostgresqlDialect::loggedIds(QSqlDatabase &, const QString &, QList<qint64> *) const
{
    return false;
}

QString PostgresqlDialect::selectLogged(const QString &table, const QString &columns,
                                        const QString &) const
{
    return QStringLiteral("SELECT %1 FROM %2 WHERE false").arg(columns, table);
}

bool PostgresqlDialect::clearChangeLog(QSqlDatabase &, const QString &) const
{
    return false;
}

QString PostgresqlDialect::changeChannel()
{
    return QStringLiteral("tuoyu_changes");
}

QString PostgresqlDialect::announcedDistrict(const QVariant &payload)
{
    return QJsonDocument::fromJson(payload.toString().toUtf8())
        .object()
        .value(QStringLiteral("district"))
        .toString();
}

void PostgresqlDialect::announceWrite(QSqlDatabase &db, const QString &district) const
{
    // Sent inside the transaction, the notification is queued by the server and delivered when
    // the transaction commits; a rolled-back write announces nothing.
    const QByteArray payload = QJsonDocument(QJsonObject{{QStringLiteral("district"), district}})
                                   .toJson(QJsonDocument::Compact);
    SqlQuery(db).exec(QStringLiteral("SELECT pg_notify(?, ?)"),
                      {changeChannel(), QString::fromUtf8(payload)});
}

bool PostgresqlDialect::followOthers(QSqlDatabase &db, const QString &district,
                                     std::function<void()> onOthersCommit) const
{
    // Notifications arrive through the thread's event loop; a thread without one (a worker
    // started with std::thread) could never hear them.
    QSqlDriver *driver = db.driver();
    if (!driver || !driver->hasFeature(QSqlDriver::EventNotifications) ||
        !QThread::currentThread()->eventDispatcher())
        return false;
    if (!driver->subscribedToNotifications().contains(changeChannel()) &&
        !driver->subscribeToNotification(changeChannel()))
        return false;
    driver->setProperty(kOthersCommits, qint64(0));
    QObject::connect(driver, &QSqlDriver::notification, driver,
                     [driver, district, onOthersCommit = std::move(onOthersCommit)](
                         const QString &channel, QSqlDriver::NotificationSource source,
                         const QVariant &payload) {
                         // Our own commits are known already; another district's are not ours to
                         // show.
                         if (channel != changeChannel() || source == QSqlDriver::SelfSource)
                             return;
                         if (announcedDistrict(payload) != district)
                             return;
                         driver->setProperty(kOthersCommits,
                                             driver->property(kOthersCommits).toLongLong() + 1);
                         if (onOthersCommit)
                             onOthersCommit();
                     });
    return true;
}

qint64 PostgresqlDialect::othersChangeCounter(QSqlDatabase &db) const
{
    const QVariant heard = db.driver() ? db.driver()->property(kOthersCommits) : QVariant();
    return heard.isValid() ? heard.toLongLong() : -1; // -1: not following (followOthers)
}

bool PostgresqlDialect::reserveKeys(QSqlDatabase &db, const QString &table, int count,
                                    QList<qint64> *keys) const
{
    // A sequence never hands a number out twice, whoever asks and whether or not they hold the
    // write lock, so the keys need not be contiguous: one statement takes `count` of them.
    SqlQuery q(db);
    q.exec(QStringLiteral("SELECT nextval(pg_get_serial_sequence('%1', 'id')) FROM "
                          "generate_series(1, %2) ORDER BY 1")
               .arg(table)
               .arg(count));
    while (q.next()) {
        if (q.value(0).isNull())
            return false; // no key sequence
        keys->append(q.value(0).toLongLong());
    }
    return !keys->isEmpty();
}

bool PostgresqlDialect::watchLog(QSqlDatabase &, std::function<void(int)> *) const
{
    return false; // the server checkpoints its own log
}

void PostgresqlDialect::checkpoint(QSqlDatabase &) const {}

} // namespace tuoyu
