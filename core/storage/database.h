#pragma once

#include "sqldialect.h"

#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

class QFileInfo;

#include <functional>
#include <memory>

namespace tuoyu {

/// One open workspace database: the connection, the dialect of its engine, and what keeps the
/// file sound - creating it whole, refusing what is not a workspace, backing up and migrating an
/// older schema. Readers (the repositories) query db() directly. It knows nothing of commands:
/// editing is the session's (Workspace, core/session), which is a Database with an undo stack.
class Database : public QObject
{
    Q_OBJECT

public:
    ~Database() override;

    QString path() const { return m_path; }
    QSqlDatabase &db() { return m_db; }
    const SqlDialect &dialect() const { return *m_dialect; }
    /// How the connection keeps its changes safe (SQLite: "wal" on a local disk, "delete" on
    /// a network share).
    QString journalMode() { return m_dialect->journalMode(m_db); }
    /// The backup written before the last migration on open, empty when none ran.
    QString migrationBackupPath() const { return m_migrationBackup; }

    /// Whether the file can be changed, and if not why: a file whose quick check found damage,
    /// or one on read-only media (the file or its folder cannot be written), is opened for
    /// viewing, reports and exports only. Workspace::execute refuses every change, and the
    /// connection refuses any write that would get past it.
    enum class Access
    {
        ReadWrite,
        ReadOnlyMedium,
        Damaged,
        ReadOnlyRole ///< a server workspace the connection's role may only read (the city's)
    };
    Access access() const { return m_access; }
    bool isReadOnly() const { return m_access != Access::ReadWrite; }
    /// Why the file is open read-only, naming it (the window's banner, the command line's
    /// refusal); empty when it can be changed.
    QString readOnlyReason() const;
    /// What the quick check on opening found (empty unless Damaged).
    QStringList damage() const { return m_damage; }

    QString info(const QString &key) const;
    bool setInfo(const QString &key, const QString &value);

protected:
    Database();

    /// Builds a new, empty workspace file at `path` (refusing to overwrite one). The file is
    /// built under a temporary name and renamed at the end, so a failure leaves nothing.
    static bool createFile(const QString &path, QString *error);
    /// Opens the workspace file at `path` on this object, migrating an older schema forward
    /// after writing a backup copy beside it. Refuses files that are not workspaces or come
    /// from a newer version of the program.
    bool openFile(const QString &path, QString *error);
    /// Connects to the workspace of the PostgreSQL database a postgresql:// address names
    /// (storage/postgresql, docs/server.md), migrating its schema under an advisory lock.
    /// With `create`, an empty database gets the schema and the address's district first.
    /// `password` is given to the connection only (held in memory, never written), when the
    /// server asked for one and the officer typed it.
    bool openServer(const QString &url, bool create, QString *error,
                    const QString &password = QString());

private:
    bool connect(const QString &path, Access access, QString *error);
    void disconnect();
    /// createFile's work on the temporary file; the connection is closed when it returns.
    static bool buildFile(const QString &temp, const QString &path, QString *error);
    bool openChecked(const QFileInfo &info, QString *error);
    /// Journal, cache and waiting for a writer; on a read-only file only what writes nothing.
    bool configureConnection(QString *error);

    QString m_path;
    QString m_connectionName;
    QSqlDatabase m_db;
    const SqlDialect *m_dialect = nullptr;
    QString m_migrationBackup;
    Access m_access = Access::ReadWrite;
    QStringList m_damage;
    std::function<void(int)> m_onLogCommit; ///< after each commit in WAL mode: pages in the log
    bool m_checkpointPending = false;
};

} // namespace tuoyu
