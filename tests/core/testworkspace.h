#pragma once

// Helpers shared by the core tests: a temporary folder per test and a workspace in it.

#include "commands/workspacecommand.h"
#include "session/workspace.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <map>
#include <memory>

namespace tuoyu::test {

/// The PostgreSQL server the tests run their workspaces on instead of files (docs/server.md):
/// the address of its maintenance database in TUOYU_TEST_SERVER, or in the file
/// TUOYU_TEST_SERVER_FILE names (written by scripts/pg-test-server.sh); empty for files.
QString testServer();
/// Whether the server cases run: true with a test server; without one false with a warning, except
/// under CI=true, where the install step provides PostgreSQL and its absence fails the test.
bool serverTestsRun();
/// A new, empty database on the test server, named `*database`; the address of its workspace
/// for `district` (a server workspace's district is the address's), 测试区 when none is given.
QString newServerDatabase(QString *database, const QString &district = QString());
/// Drops a database newServerDatabase made (after every connection to it is closed).
void dropServerDatabase(const QString &database);

struct TempWorkspace
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
    QString name;
    QString serverDatabase; ///< the database the workspace is in, on the test server

    explicit TempWorkspace(const QString &fileName = QStringLiteral("w.tuoyu"))
        : name(fileName)
    {
        REQUIRE(dir.isValid());
        QString error;
        ws = Workspace::create(path(), &error);
        INFO(error.toStdString());
        REQUIRE(ws);
    }
    ~TempWorkspace()
    {
        ws.reset();
        if (!serverDatabase.isEmpty())
            dropServerDatabase(serverDatabase);
    }
    TempWorkspace(const TempWorkspace &) = delete;
    TempWorkspace &operator=(const TempWorkspace &) = delete;
    /// A file in the test's folder; the workspace's own name is its address (on the test
    /// server, the database's).
    QString path(const QString &file = QString())
    {
        if ((file.isEmpty() || file == name) && !testServer().isEmpty()) {
            if (serverDatabase.isEmpty())
                m_address = newServerDatabase(&serverDatabase);
            return m_address;
        }
        return dir.filePath(file.isEmpty() ? name : file);
    }
    Workspace *operator->() const { return ws.get(); }
    Workspace *get() const { return ws.get(); }

private:
    QString m_address;
};

/// Where a test puts a workspace that another function than Workspace::create makes (plan
/// acceptance, …): `file` in `dir`, or a new database on the test server, dropped at the end
/// (declare it before the workspace, so the workspace closes first).
struct WorkspacePlace
{
    QString serverDatabase; // before path, which the constructor makes by naming it
    QString path;
    WorkspacePlace(const QTemporaryDir &dir, const QString &file)
        : path(testServer().isEmpty() ? dir.filePath(file) : newServerDatabase(&serverDatabase))
    {
    }
    ~WorkspacePlace()
    {
        if (!serverDatabase.isEmpty())
            dropServerDatabase(serverDatabase);
    }
    WorkspacePlace(const WorkspacePlace &) = delete;
    WorkspacePlace &operator=(const WorkspacePlace &) = delete;
};

/// A test's temporary folder whose workspaces are placed as WorkspacePlace places them:
/// `workspace(file)` is `file` in the folder, or on the test server a new database, the same one
/// each time the name is asked for, dropped with the folder (the window tests' helpers return a
/// workspace's path, which must outlive them).
class WorkspaceFolder : public QTemporaryDir
{
public:
    QString workspace(const QString &file) const
    {
        auto &place = m_places[file];
        if (!place)
            place = std::make_unique<WorkspacePlace>(*this, file);
        return place->path;
    }

private:
    mutable std::map<QString, std::unique_ptr<WorkspacePlace>> m_places;
};

/// Makes a plan from a shipped template (tunliu, …) with a clean undo stack; its id.
qint64 createPlan(Workspace *ws, const QString &templateId);
/// Every table's rows (except the audit log) as text, to compare a workspace before and after.
QString dumpTables(Workspace *ws);
/// Rows in the audit log.
qint64 auditRows(Workspace *ws, const QString &action = QString());
/// Executes, undoes and redoes a command: the tables change, undo gives back exactly what was
/// there, redo exactly what the command made, and each step writes audit rows. `error` is the
/// builder's message, shown when it gave no command.
void doUndoRedo(TempWorkspace &t, std::unique_ptr<WorkspaceCommand> command, const QString &error);
/// Executes a command the test needs done (REQUIREs the builder gave one and it ran).
void execute(Workspace *ws, std::unique_ptr<WorkspaceCommand> command, const QString &error);
/// The one number `sql` selects (a COUNT).
qint64 scalar(Workspace *ws, const QString &sql);

} // namespace tuoyu::test
