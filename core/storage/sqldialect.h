#pragma once

#include "storageerror.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>

namespace tuoyu {

class BatchStatement;

/// What one database engine needs said its own way. Everything else in the program writes
/// portable SQL (TEXT, INTEGER, BIGINT, REAL; ISO dates as TEXT; booleans as 0/1) and asks the
/// dialect of its connection for the rest, so a second engine (PostgreSQL, for a city's shared
/// server) is one more implementation of this interface and no other change. The dialect is
/// chosen by the connection's Qt driver (of()). SQLite's is in storage/sqlite/: nothing outside
/// that folder says PRAGMA, sqlite3_ or temp. (tests/core/test_dialect.cpp holds the tree to it).
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    /// The dialect of the connection's driver; SQLite's for any driver without its own.
    static const SqlDialect &of(const QSqlDatabase &db);
    /// The dialect for a Qt driver name, nullptr when the program has none.
    static const SqlDialect *forDriver(const QString &driverName);
    /// The dialect of a workspace kept in one file on the officer's disk or share.
    static const SqlDialect &forFile();

    /// The Qt driver this dialect speaks through.
    virtual QString driverName() const = 0;

    /// Expands the portable DDL placeholders: {ID} is the auto-assigned primary key column type.
    virtual QString ddl(const QString &statement) const = 0;

    /// Sets up a freshly opened connection to the workspace at `path` (foreign keys, journal,
    /// cache, waiting for another writer); false with a message on failure.
    virtual bool configure(QSqlDatabase &db, const QString &path, QString *error) const = 0;
    /// How the connection keeps its changes safe, in a word for the officer's IT staff (SQLite:
    /// "wal" or "delete").
    virtual QString journalMode(QSqlDatabase &db) const = 0;
    /// True when `db` is a database the engine can read at all (a connection may open lazily,
    /// so this forces a read); false with the engine's words otherwise.
    virtual bool readable(QSqlDatabase &db, QString *error) const = 0;

    /// Looks at the file at `path` as bytes, before any connection is opened on it, so nothing
    /// the engine does on opening (journal files, a change of journal mode) can touch a file
    /// that is not a workspace. True when it may be one; otherwise `failure` (NotWorkspace,
    /// Truncated) and `detail` say why (an empty file, another program's database, a file
    /// shorter than its header says).
    virtual bool examineFile(const QString &path, StorageFailure *failure,
                             QString *detail) const = 0;
    /// The name to give QSqlDatabase::setDatabaseName and the connect options for opening the
    /// file at `path`: read-only (nothing is ever written through the connection), and
    /// `immutable` when not even the engine's side files can be made (read-only media).
    virtual QString connectionName(const QString &path, bool immutable) const = 0;
    virtual QString connectOptions(bool readOnly, bool immutable) const = 0;
    /// The file a connection (and so a failed query) is on, as the officer knows it.
    virtual QString fileOf(const QSqlDatabase &db) const = 0;
    /// Sets up a connection opened read-only: foreign keys, waiting for a writer; nothing
    /// that would write (the journal mode stays as the file has it).
    virtual bool configureReadOnly(QSqlDatabase &db, QString *error) const = 0;
    /// The engine's quick structural check of every page (no index-content check): empty when
    /// sound. Damage that keeps the check from finishing is itself a finding; any other failure
    /// (a lock) throws StorageError.
    virtual QStringList quickProblems(QSqlDatabase &db) const = 0;
    /// What kind of failure `error`, from a statement on this engine, is.
    virtual StorageFailure failureOf(const QSqlError &error) const = 0;

    /// The marker that tells a workspace from any other database of the same engine.
    virtual bool isWorkspace(QSqlDatabase &db) const = 0;
    virtual bool markAsWorkspace(QSqlDatabase &db, QString *error) const = 0;
    /// The schema version the database is at (0 for an empty one, -1 when unreadable).
    virtual int schemaVersion(QSqlDatabase &db) const = 0;
    virtual bool setSchemaVersion(QSqlDatabase &db, int version, QString *error) const = 0;

    /// Writes a consistent copy of the open database to the file `path`.
    virtual bool backup(QSqlDatabase &db, const QString &path, QString *error) const = 0;
    /// Makes a newly built database complete in its one file, ready to be renamed into place.
    virtual bool finishNewFile(QSqlDatabase &db, QString *error) const = 0;
    /// Integrity and foreign-key findings; empty when the database is sound.
    virtual QStringList integrityProblems(QSqlDatabase &db) const = 0;

    /// The first key above every key in `table` (1 for an empty table): where a session starts
    /// handing out keys for rows its commands insert. `column` is the key column.
    virtual qint64 firstFreeKey(QSqlDatabase &db, const QString &table,
                                const QString &column = QStringLiteral("id")) const = 0;
    /// True when firstFreeKey hands out one key per call that no other connection can get
    /// (a server's sequence), so the session asks for every key; false when it is a first free
    /// key read under the write lock, from which the session counts on by itself.
    virtual bool keyPerCall() const { return false; }

    /// Begins a transaction that takes the write lock at once, waiting for another writer up
    /// to the connection's timeout, so what it reads (the first free keys, the rows a command
    /// replaces) is what it writes over. Throws StorageError otherwise (StorageFailure::Locked
    /// when another connection held the lock past the connection's timeout).
    virtual void beginWrite(QSqlDatabase &db) const = 0;
    /// How long a connection waits for another writer before its write fails as Locked, in
    /// seconds.
    virtual int lockTimeoutSeconds() const = 0;
    /// A condition true when `column` holds the bound value, NULL matching NULL.
    virtual QString sameValue(const QString &column) const = 0;

    /// One prepared statement for many rows of the same shape (an import's inserts), bound in
    /// the fastest way the engine allows. Check isValid() on the result.
    virtual std::unique_ptr<BatchStatement> prepareBatch(QSqlDatabase &db,
                                                         const QString &sql) const = 0;

    /// Starts recording, for this connection only and without writing into the workspace, the
    /// id of every row of `table` that any statement inserts, updates or deletes (a command, its
    /// undo, an import, plain SQL) under the name `log`. Idempotent.
    virtual bool startChangeLog(QSqlDatabase &db, const QString &table, const QString &log,
                                QString *error) const = 0;
    /// The distinct ids recorded in `log` since it was last cleared.
    virtual bool loggedIds(QSqlDatabase &db, const QString &log, QList<qint64> *ids) const = 0;
    /// A query over `table`'s logged rows: SELECT `columns` FROM table WHERE id in the log.
    virtual QString selectLogged(const QString &table, const QString &columns,
                                 const QString &log) const = 0;
    virtual bool clearChangeLog(QSqlDatabase &db, const QString &log) const = 0;
    /// A number that changes when another connection (another process on a shared file) has
    /// committed since it was last read on this one; -1 when it cannot be read. This
    /// connection's own commits leave it as it is.
    virtual qint64 othersChangeCounter(QSqlDatabase &db) const = 0;
    /// Called at the start of each write transaction (after beginWrite) of a workspace whose
    /// rows belong to `district`: makes the commit, and only the commit, known at once to every
    /// other session following it (followOthers). Nothing for a file, whose other programs
    /// read othersChangeCounter.
    virtual void announceWrite(QSqlDatabase &, const QString & /*district*/) const {}
    /// Starts following, on this connection, the commits other sessions announce for
    /// `district` (announceWrite): each one moves othersChangeCounter on and calls
    /// `onOthersCommit` from the connection's event loop, within moments of the commit, and
    /// others' commits for another district are ignored. False when the engine cannot announce
    /// commits (a file: the caller asks othersChangeCounter on a timer).
    virtual bool followOthers(QSqlDatabase &, const QString & /*district*/,
                              std::function<void()> /*onOthersCommit*/) const
    {
        return false;
    }
    /// Reserves `count` keys of `table` on `db` that no other connection will ever hand out,
    /// in one round trip, into `keys` (ascending, not necessarily contiguous): how a worker
    /// thread's own connection gets keys when keyPerCall() is true. False when keys are not
    /// per call (a file: the first free key is read under the write lock instead).
    virtual bool reserveKeys(QSqlDatabase &, const QString & /*table*/, int /*count*/,
                             QList<qint64> * /*keys*/) const
    {
        return false;
    }

    /// Asks the engine to call `onCommit` with the size of its write-ahead log after each
    /// commit, instead of tidying the log inside the commit, so the caller can run
    /// checkpoint() when the program is idle. nullptr restores the engine's own behaviour.
    /// False when the engine has no such log or it cannot be reached (nothing changes).
    virtual bool watchLog(QSqlDatabase &db, std::function<void(int pages)> *onCommit) const = 0;
    virtual void checkpoint(QSqlDatabase &db) const = 0;
};

} // namespace tuoyu
