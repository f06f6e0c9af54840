#pragma once

#include <QHash>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

#include <memory>

namespace tuoyu {

class Workspace;

/// What planning an import needs of the workspace: a connection to read it on the thread that
/// plans, and fresh ids for the rows it will insert.
///
/// On the workspace's own thread (the command line, the benchmark, tests) both are the
/// workspace's. The import dialog plans on a worker thread, where the workspace's connection and
/// its id allocator must not be used (one connection per thread): forWorker() reserves the first
/// id of every table an import inserts into while still on the workspace's thread, attach()
/// opens a connection of the worker's own, and settle(), back on the workspace's thread, moves
/// the workspace's allocator past the ids the plan used. On a server, where every key comes
/// from the table's sequence (SqlDialect::keyPerCall), nothing is reserved beforehand: the
/// worker's own connection takes keys from the sequences in blocks (SqlDialect::reserveKeys),
/// which no other session can ever get, and there is nothing to settle.
class ImportContext
{
public:
    /// Planning on the workspace's thread, with its connection and allocator.
    explicit ImportContext(Workspace *workspace);
    /// Planning on another thread. Call on the workspace's thread.
    static std::unique_ptr<ImportContext> forWorker(Workspace *workspace);
    ~ImportContext();
    ImportContext(const ImportContext &) = delete;
    ImportContext &operator=(const ImportContext &) = delete;

    /// On the planning thread: opens its own connection to the workspace file (worker only).
    bool attach(QString *error);
    /// On the planning thread: closes that connection.
    void detach();

    QSqlDatabase &db();
    qint64 allocateId(const QString &table);
    /// Only stored into the command; never called off the workspace's thread.
    Workspace *workspace() const { return m_workspace; }
    QString actor() const { return m_actor; }

    /// On the workspace's thread, after a worker planned: the ids it used are taken from the
    /// workspace's allocator. False when something else took ids from it meanwhile (the plan
    /// would collide and must be made again).
    bool settle(QString *error);

private:
    ImportContext(Workspace *workspace, bool worker);

    Workspace *m_workspace;
    bool m_worker = false;
    QString m_actor;
    QString m_sourceConnection;
    QString m_connectionName;
    QSqlDatabase m_db;
    QHash<QString, qint64> m_firstIds;        ///< worker: reserved on the workspace's thread
    QHash<QString, qint64> m_nextIds;         ///< worker: the next id to hand out per table
    bool m_keysFromServer = false;            ///< worker on a server: keys from the sequences
    QHash<QString, QList<qint64>> m_reserved; ///< worker on a server: keys not yet handed out
    QHash<QString, int> m_blockSize;          ///< worker on a server: the next block's size
};

} // namespace tuoyu
