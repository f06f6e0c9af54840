#pragma once

#include "storage/sqldialect.h"

namespace tuoyu {

/// A city's shared PostgreSQL server (issue 21, docs/server.md), spoken through Qt's QPSQL
/// driver: the same schema and migrations as the workspace file, with the types PostgreSQL needs
/// where SQLite's are looser, the workspace marker and schema version in a table of their own,
/// and every writer serialised by an advisory lock, as SQLite's BEGIN IMMEDIATE serialises the
/// writers of one file. The one place that says pg_ or advisory.
class PostgresqlDialect final : public SqlDialect
{
public:
    /// The advisory lock keys. Each district has its own pair, keyed by its schema (the
    /// connection's search_path): (kLockSpace + kWriteLock, district) is held by each write
    /// transaction, (kLockSpace + kSchemaLock, district) by whoever checks and migrates the
    /// district's schema on connecting; districts never wait for each other. (kLockSpace, 0) is
    /// the server's, held while a district is added, renamed or removed (DistrictRegistry).
    /// (kLockSpace + kSessionLock, district) is held shared by every session connected to the
    /// district, and exclusively by the administrator renaming or removing it.
    static constexpr int kLockSpace = 0x5459444B; // "TYDK", as the file's application id
    static constexpr int kWriteLock = 1;
    static constexpr int kSchemaLock = 2;
    static constexpr int kSessionLock = 3;

    /// Holds the district's schema lock for the connection's session until unlockSchema: the
    /// first of several programs connecting at once migrates, the others wait and find it done.
    static bool lockSchema(QSqlDatabase &db, QString *error);
    static void unlockSchema(QSqlDatabase &db);
    /// Holds the server's lock (adding districts) for the session until unlockServer.
    static bool lockServer(QSqlDatabase &db, QString *error);
    static void unlockServer(QSqlDatabase &db);
    /// Holds the connection's district's session lock, shared, for as long as the connection
    /// is open: so the administrator can tell whether a program is connected to a district, and
    /// no program connects to one while it is renamed or removed (it waits, then finds it gone).
    static bool holdDistrictSession(QSqlDatabase &db, QString *error);
    /// Takes `district`'s session lock exclusively, from the administrator's connection, when
    /// no session holds it: false when one does. Held until unlockDistrict.
    static bool lockDistrictAlone(QSqlDatabase &db, const QString &district);
    static void unlockDistrict(QSqlDatabase &db, const QString &district);
    /// Who else is connected to `district` (user@client, one a session): the program's
    /// sessions of it, and any session of its officer's role in the database (psql included).
    static QStringList districtSessions(QSqlDatabase &db, const QString &district,
                                        const QString &officer);
    /// True when the district's schema holds no table yet.
    /// How the connection is protected, for the officer: the TLS version and cipher
    /// ("TLSv1.3 TLS_AES_256_GCM_SHA384"), empty when it is not encrypted.
    static QString tlsState(QSqlDatabase &db);
    /// True when the database holds no table of ours yet (a database made for the workspace).
    static bool isEmpty(QSqlDatabase &db);
    /// Whether the connection's role may create in, and so write, the district's schema: a
    /// district's officer may, the city role may only read (docs/server.md, roles).
    static bool canWrite(QSqlDatabase &db);
    /// Moves `table`'s key sequence past the keys rows were inserted with (a workspace copied
    /// in with its keys), so the keys it hands out next are free.
    void keysInserted(QSqlDatabase &db, const QString &table) const;

    // Connecting.
    QString driverName() const override;
    /// lock_timeout for the write lock, warnings only from the server.
    bool configure(QSqlDatabase &db, const QString &path, QString *error) const override;
    /// Transactions read-only by default.
    bool configureReadOnly(QSqlDatabase &db, QString *error) const override;
    QString fileOf(const QSqlDatabase &db) const override;
    /// From the SQLSTATE.
    StorageFailure failureOf(const QSqlError &error) const override;
    bool readable(QSqlDatabase &db, QString *error) const override;
    QString journalMode(QSqlDatabase &db) const override;

    // There is no file: these answer for the address (Database::openServer connects).
    QString connectOptions(bool readOnly, bool immutable) const override;
    QString connectionName(const QString &path, bool immutable) const override;
    bool examineFile(const QString &path, StorageFailure *failure, QString *detail) const override;
    /// The server checks its own pages; foreign keys hold on every statement.
    QStringList quickProblems(QSqlDatabase &db) const override;
    QStringList integrityProblems(QSqlDatabase &db) const override;
    /// The server's backups are pg_dump's: backup() refuses and says so.
    bool backup(QSqlDatabase &db, const QString &path, QString *error) const override;
    bool finishNewFile(QSqlDatabase &db, QString *error) const override;

    // The schema: the file's, in PostgreSQL's types, marked by a row of `workspace_schema`.
    /// {ID} as a BIGINT identity, REAL as DOUBLE PRECISION, BLOB as BYTEA.
    QString ddl(const QString &statement) const override;
    bool markAsWorkspace(QSqlDatabase &db, QString *error) const override;
    bool isWorkspace(QSqlDatabase &db) const override;
    bool setSchemaVersion(QSqlDatabase &db, int version, QString *error) const override;
    int schemaVersion(QSqlDatabase &db) const override;

    // Writing: one writer at a time, keys from the sequences.
    /// BEGIN, then the write lock, waiting up to lockTimeoutSeconds.
    void beginWrite(QSqlDatabase &db) const override;
    int lockTimeoutSeconds() const override;
    /// Each key from the table's identity sequence, one per call.
    qint64 firstFreeKey(QSqlDatabase &db, const QString &table,
                        const QString &column) const override;
    bool keyPerCall() const override;
    QString sameValue(const QString &column) const override;
    /// Qt's binding: QPSQL has no faster way in.
    std::unique_ptr<BatchStatement> prepareBatch(QSqlDatabase &db,
                                                 const QString &sql) const override;

    /// The channel every write transaction notifies on commit, its payload naming the
    /// district: {"district":"屯留区"}.
    static QString changeChannel();
    /// The district a notification on changeChannel() names (its payload), empty when it names
    /// none: what followOthers and the city view's CityWatch both read.
    static QString announcedDistrict(const QVariant &payload);
    /// Reserves keys of `table` from its sequence (keyPerCall), `count` in one statement.
    bool reserveKeys(QSqlDatabase &db, const QString &table, int count,
                     QList<qint64> *keys) const override;

    // What others changed: LISTEN/NOTIFY on changeChannel().
    /// NOTIFY in the write transaction: the server delivers it when, and only if, it commits.
    void announceWrite(QSqlDatabase &db, const QString &district) const override;
    /// LISTEN on the connection; others' notifications for `district` count and call back.
    bool followOthers(QSqlDatabase &db, const QString &district,
                      std::function<void()> onOthersCommit) const override;
    /// How many of others' commits for the district this connection has heard of since
    /// followOthers; -1 before it.
    qint64 othersChangeCounter(QSqlDatabase &db) const override;
    /// startChangeLog says no, and the registry cache reads the whole registry at each use
    /// (no per-connection triggers on a shared server).
    bool startChangeLog(QSqlDatabase &db, const QString &table, const QString &log,
                        QString *error) const override;
    bool loggedIds(QSqlDatabase &db, const QString &log, QList<qint64> *ids) const override;
    bool clearChangeLog(QSqlDatabase &db, const QString &log) const override;
    QString selectLogged(const QString &table, const QString &columns,
                         const QString &log) const override;

    /// The server checkpoints its own log: nothing to watch or do.
    void checkpoint(QSqlDatabase &db) const override;
    bool watchLog(QSqlDatabase &db, std::function<void(int pages)> *onCommit) const override;
};

} // namespace tuoyu
