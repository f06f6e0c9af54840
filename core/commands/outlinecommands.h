#pragma once

#include "workspacecommand.h"

#include <QJsonObject>
#include <QStringList>
#include <QVariantMap>

#include <memory>
#include <optional>

namespace tuoyu {

class Workspace;

/// Editing a plan's outline 工程 → 项目 → 任务: add, rename, delete, move, change level, copy and
/// paste. Each builder returns nullptr with `error` set, in Chinese, when the change is not valid
/// or changes nothing; nothing is written then. Numbers are not stored: they come from position
/// (domain/outlinenumber.h), so every move renumbers what it passes. docs/plans.md describes the
/// rules an officer sees.
namespace outlinecommands {

enum class Level
{
    Program, ///< 工程, under the plan
    Project, ///< 项目, under a program
    Task     ///< 任务, under a project
};

/// One item of the outline.
struct Item
{
    Level level = Level::Task;
    qint64 id = 0;
    bool isValid() const { return id > 0; }
    bool operator==(const Item &) const = default;
};

/// 工程 / 项目 / 任务.
QString levelName(Level level);
/// "program" / "project" / "task": the item's table, and its word in JSON and on the command line.
QString levelCode(Level level);
std::optional<Level> levelFromCode(const QString &code);

/// A command on the outline that knows which item the window should select after it runs
/// (the new, moved or renamed item; the neighbour of a deleted one) and after it is undone.
class OutlineCommand : public WorkspaceCommand
{
public:
    OutlineCommand(Workspace *workspace, const QString &text, QList<RowChange> changes, Item focus,
                   Item undoFocus);
    Item focus() const { return m_focus; }
    Item undoFocus() const { return m_undoFocus; }

private:
    Item m_focus;
    Item m_undoFocus;
};

/// A branch of the outline as data, without ids: the item's own words (a task's deadline and
/// notes too), a task's departments by name, and everything below it. Copy reads it, paste
/// makes it again with new ids. A pasted task starts 未开始 with no progress log of its own.
struct Branch
{
    Level level = Level::Task;
    QVariantMap fields; ///< the row's columns: title, description (program, project); text,
                        ///< deadline_text, deadline, deadline_inherited, start_date, notes (task)
    QList<QVariantMap> departments; ///< a task's: name, lead, implied; the lead first
    QList<Branch> children;

    QString title() const;
    QJsonObject toJson() const;
    static std::optional<Branch> fromJson(const QJsonObject &json);
};

/// The plan an item belongs to, 0 when there is no such item.
qint64 planOf(Workspace *workspace, Item item);
/// The item's parent: the plan's id for a program, else the program's or project's.
qint64 parentOf(Workspace *workspace, Item item);
/// The item and everything below it; nullopt when there is no such item.
std::optional<Branch> branch(Workspace *workspace, Item item);

/// Adds an item with `title` (a task's words) under `parentId` (the plan for a program) at
/// `position` among its siblings (0 first; -1 or past the end: last). A new task takes the
/// plan's end as its deadline, marked inherited, until the officer gives it one.
std::unique_ptr<OutlineCommand> add(Workspace *workspace, Level level, qint64 parentId,
                                    int position, const QString &title, QString *error);
/// A new item of the same level right after `sibling` (the window's Enter).
std::unique_ptr<OutlineCommand> addAfter(Workspace *workspace, Item sibling, const QString &title,
                                         QString *error);
/// A new item one level below `parent`, last among its children.
std::unique_ptr<OutlineCommand> addChild(Workspace *workspace, Item parent, const QString &title,
                                         QString *error);

/// A program's or project's title, or a task's words.
std::unique_ptr<OutlineCommand> rename(Workspace *workspace, Item item, const QString &title,
                                       QString *error);

/// What deleting an item takes with it.
struct Removal
{
    int projects = 0;
    int tasks = 0;
    int progress = 0;   ///< 进展 entries
    int extensions = 0; ///< 延期 records
    int evidence = 0;   ///< 佐证材料 of the tasks and their progress entries
    /// "将同时删除 2 个项目、5 项任务、3 条进展记录" or empty when it goes alone.
    QString text() const;
};
Removal removal(Workspace *workspace, Item item);
std::unique_ptr<OutlineCommand> remove(Workspace *workspace, Item item, QString *error);

/// Moves an item to `parentId` (a program for a project, a project for a task, the plan for a
/// program; of the same plan) at `position` among the siblings there, not counting itself
/// (0 first, -1 last): drag and drop.
std::unique_ptr<OutlineCommand> move(Workspace *workspace, Item item, qint64 parentId, int position,
                                     QString *error);
/// Moves an item `delta` places among its siblings (Alt+↑ -1, Alt+↓ +1).
std::unique_ptr<OutlineCommand> shift(Workspace *workspace, Item item, int delta, QString *error);

/// Tab: one level down, into the sibling above it — a program becomes the last project of the
/// program above, a project the last task of the project above. Only an item with nothing that
/// would fall below the task level (a project without tasks, a program whose projects have
/// none); a task is already the lowest level.
std::unique_ptr<OutlineCommand> indent(Workspace *workspace, Item item, QString *error);
/// Shift+Tab: one level up, right after its parent, with its branch — a task becomes a
/// project after its project, a project a program after its program (its tasks becoming that
/// program's projects). A task with 进展 or 延期 records stays a task (a project has none);
/// its deadline and departments go, and undo brings them back. A program is the top level.
std::unique_ptr<OutlineCommand> outdent(Workspace *workspace, Item item, QString *error);

/// Pastes a copied branch, with new ids, after `target` when it is of the same level, or last
/// under it when `target` is one level up; into plan `planId` last when there is no target
/// (only a program). Departments are found by name in the target's plan or added to it.
std::unique_ptr<OutlineCommand> paste(Workspace *workspace, qint64 planId, const Branch &branch,
                                      Item target, QString *error);

} // namespace outlinecommands
} // namespace tuoyu
