#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <functional>

namespace tuoyu {

/// The one place that knows the workspace is SQLite. Everything else writes portable SQL
/// (TEXT, INTEGER, BIGINT, REAL; ISO dates as TEXT; booleans as 0/1), so that a PostgreSQL
/// backend for a shared server needs only another dialect here.
class SqlDialect
{
public:
    /// The marker SQLite keeps in the file header (PRAGMA application_id), so that a random
    /// SQLite file is told apart from a workspace before any table is read. "TYDK".
    static constexpr int kApplicationId = 0x5459444B;

    enum class JournalMode
    {
        Wal,     ///< local disk: readers never block the writer
        Rollback ///< network share: WAL needs shared memory that SMB/NFS do not give
    };

    /// Expands the portable DDL placeholders: {ID} is the auto-assigned primary key column type.
    static QString ddl(const QString &statement);

    /// Picks the journal mode for the file's location. The environment variable
    /// TUOYU_JOURNAL_MODE=wal|rollback overrides it (used by tests and by IT staff whose
    /// network drive is misreported).
    static JournalMode journalModeFor(const QString &path);
    static QString journalModeName(JournalMode mode);

    /// Turns on foreign keys and the journal mode; false with a message on failure.
    static bool configure(QSqlDatabase &db, JournalMode mode, QString *error);

    static int schemaVersion(QSqlDatabase &db);
    static bool setSchemaVersion(QSqlDatabase &db, int version, QString *error);
    static int applicationId(QSqlDatabase &db);
    static bool setApplicationId(QSqlDatabase &db, QString *error);

    /// Writes a consistent copy of the open database to `path` (VACUUM INTO).
    static bool backup(QSqlDatabase &db, const QString &path, QString *error);

    /// Integrity and foreign-key findings; empty when the file is sound.
    static QStringList integrityProblems(QSqlDatabase &db);

    /// True when `db` is a file SQLite can read at all (it opens lazily, so this forces a read).
    static bool readable(QSqlDatabase &db, QString *error);

    /// Logs the id of every row inserted, updated or deleted in `table` on this connection into
    /// the connection's temporary table `log` (one column, id), whoever writes: a command, its
    /// undo, an import or plain SQL. Temporary triggers: nothing is written into the file.
    static bool logRowChanges(QSqlDatabase &db, const QString &table, const QString &log,
                              QString *error);
    /// A number that changes when another connection (another process on a shared file) has
    /// committed since it was last read on this one; -1 when it cannot be read. This
    /// connection's own commits leave it as it is.
    static qint64 othersChangeCounter(QSqlDatabase &db);

    /// In WAL mode SQLite copies the log back into the file (a checkpoint) right after the
    /// commit that fills it past 1,000 pages, inside that commit: an import of 100,000 rows
    /// waited for 18 MB to be written twice. This calls `onCommit` with the pages in the log
    /// after each commit instead, so that the caller can run checkpoint() when the program is
    /// idle (the log is already safe on disk; closing the file checkpoints whatever is left).
    /// The caller keeps `onCommit` alive while it is set; nullptr restores SQLite's own
    /// checkpoint. False when SQLite's API is not reachable (the default stays).
    static bool watchLog(QSqlDatabase &db, std::function<void(int pages)> *onCommit);
    static void checkpoint(QSqlDatabase &db);
};

} // namespace tuoyu
