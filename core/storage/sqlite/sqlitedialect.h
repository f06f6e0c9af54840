#pragma once

#include "storage/sqldialect.h"

struct sqlite3;

namespace tuoyu {

/// The workspace file as SQLite keeps it: the one place that knows the engine's pragmas,
/// temporary triggers, journal modes and C API.
class SqliteDialect final : public SqlDialect
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

    /// Picks the journal mode for the file's location. The environment variable
    /// TUOYU_JOURNAL_MODE=wal|rollback overrides it (used by tests and by IT staff whose
    /// network drive is misreported).
    static JournalMode journalModeFor(const QString &path);
    static QString journalModeName(JournalMode mode);

    /// SQLite's own handle of `db`'s connection, when this program may use SQLite's C API on it
    /// (the SQLite linked here is the one Qt's driver runs); nullptr otherwise.
    static sqlite3 *nativeHandle(QSqlDatabase &db);

    QString driverName() const override;
    QString ddl(const QString &statement) const override;
    bool configure(QSqlDatabase &db, const QString &path, QString *error) const override;
    QString journalMode(QSqlDatabase &db) const override;
    bool readable(QSqlDatabase &db, QString *error) const override;
    bool examineFile(const QString &path, StorageFailure *failure, QString *detail) const override;
    QString connectionName(const QString &path, bool immutable) const override;
    QString connectOptions(bool readOnly, bool immutable) const override;
    QString fileOf(const QSqlDatabase &db) const override;
    bool configureReadOnly(QSqlDatabase &db, QString *error) const override;
    QStringList quickProblems(QSqlDatabase &db) const override;
    StorageFailure failureOf(const QSqlError &error) const override;
    /// The failure an SQLite result code stands for (primary or extended), Other when none.
    static StorageFailure failureOfCode(int code);
    bool isWorkspace(QSqlDatabase &db) const override;
    bool markAsWorkspace(QSqlDatabase &db, QString *error) const override;
    int schemaVersion(QSqlDatabase &db) const override;
    bool setSchemaVersion(QSqlDatabase &db, int version, QString *error) const override;
    bool backup(QSqlDatabase &db, const QString &path, QString *error) const override;
    bool finishNewFile(QSqlDatabase &db, QString *error) const override;
    QStringList integrityProblems(QSqlDatabase &db) const override;
    qint64 firstFreeKey(QSqlDatabase &db, const QString &table,
                        const QString &column) const override;
    void beginWrite(QSqlDatabase &db) const override;
    int lockTimeoutSeconds() const override;
    QString sameValue(const QString &column) const override;
    std::unique_ptr<BatchStatement> prepareBatch(QSqlDatabase &db,
                                                 const QString &sql) const override;
    bool startChangeLog(QSqlDatabase &db, const QString &table, const QString &log,
                        QString *error) const override;
    bool loggedIds(QSqlDatabase &db, const QString &log, QList<qint64> *ids) const override;
    QString selectLogged(const QString &table, const QString &columns,
                         const QString &log) const override;
    bool clearChangeLog(QSqlDatabase &db, const QString &log) const override;
    qint64 othersChangeCounter(QSqlDatabase &db) const override;
    bool watchLog(QSqlDatabase &db, std::function<void(int pages)> *onCommit) const override;
    void checkpoint(QSqlDatabase &db) const override;
};

} // namespace tuoyu
