#pragma once

// Helpers shared by the core tests: a temporary folder per test and a workspace in it.

#include "commands/workspacecommand.h"
#include "session/workspace.h"

#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <memory>

namespace tuoyu::test {

struct TempWorkspace
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;

    explicit TempWorkspace(const QString &name = QStringLiteral("w.tuoyu"))
    {
        REQUIRE(dir.isValid());
        QString error;
        ws = Workspace::create(path(name), &error);
        INFO(error.toStdString());
        REQUIRE(ws);
    }
    QString path(const QString &name = QStringLiteral("w.tuoyu")) const
    {
        return dir.filePath(name);
    }
    Workspace *operator->() const { return ws.get(); }
    Workspace *get() const { return ws.get(); }
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
