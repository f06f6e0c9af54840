#pragma once

#include "calendar/duesoon.h"
#include "storage/planrepository.h"

#include <QAbstractItemModel>
#include <QColor>
#include <QSortFilterProxyModel>

#include <functional>
#include <memory>

namespace tuoyu {

class Workspace;
class WorkspaceCommand;

/// How a task stands on a day, for its colour and its 督办 remark.
enum class TaskUrgency
{
    None,    ///< no deadline, or far off
    Done,    ///< done or cancelled: green
    DueSoon, ///< due soon by the workspace's window (DueSoon, core/calendar): amber
    Overdue  ///< past its deadline and open: red
};

/// The plan tree 工程 → 项目 → 任务 with what 督办 asks of each task: deadline, lead and
/// co-departments, status, actual percent beside 序时进度, and working days left.
class TaskTreeModel : public QAbstractItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        Title,
        Deadline,
        Lead,
        Others,
        Status,
        Percent,
        Schedule,
        Remaining,
        ColumnCount
    };
    enum Role
    {
        SortRole = Qt::UserRole, ///< the raw value behind the display text
        TaskIdRole,              ///< the task's id, 0 on programs and projects
        KindRole,                ///< 0 program, 1 project, 2 task
        IdRole                   ///< the program's, project's or task's id
    };
    /// What a drag of outline items carries: kind and id of each.
    static QString outlineMimeType() { return QStringLiteral("application/x-tuoyu-outline-item"); }

    explicit TaskTreeModel(QObject *parent = nullptr);

    void setContext(Workspace *workspace, qint64 planId);
    /// The day "today" means; the current date unless a test sets one.
    void setAsOf(const QDate &date);
    QDate asOf() const { return m_asOf; }
    void reload();
    const WorkingDayCalendar &calendar() const { return m_dueSoon.calendar(); }
    const DueSoon &dueSoon() const { return m_dueSoon; }

    /// The task behind an index, null on programs and projects.
    const TaskView *task(const QModelIndex &index) const;
    QModelIndex indexOfTask(qint64 taskId) const;
    /// The row of a program (kind 0), project (1) or task (2), invalid when not shown.
    QModelIndex indexOf(int kind, qint64 id) const;
    /// Who runs what editing in place and drag and drop build: the page, which selects the
    /// item the command leaves behind. Called after the view's own event is over.
    using CommandRunner = std::function<void(std::unique_ptr<WorkspaceCommand>, const QString &)>;
    void setCommandRunner(CommandRunner runner) { m_runner = std::move(runner); }
    TaskUrgency urgency(const TaskView &task) const;
    std::optional<int> scheduleProgress(const TaskView &task) const;
    /// Open, started, and below its 序时进度.
    bool behindSchedule(const TaskView &task) const;
    /// The earliest start and latest deadline of the plan's tasks, for the timeline.
    QPair<QDate, QDate> span() const;
    /// Deadlines moved by 延期, task id → the original deadlines.
    QList<QDate> originalDeadlines(qint64 taskId) const { return m_extensions.value(taskId); }

    /// A row's tint or a timeline bar's colour.
    enum class Shade
    {
        Row,
        Bar
    };
    /// The colour of an urgency (done, due soon, overdue), one table for the task list's rows
    /// and the timeline's bars; invalid for none.
    static QColor urgencyColor(TaskUrgency urgency, Shade shade = Shade::Row);

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    // Editing in place: titles (F2), and a task's deadline words and departments.
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    // Drag and drop of programs, projects and tasks: a move command.
    Qt::DropActions supportedDropActions() const override { return Qt::MoveAction; }
    QStringList mimeTypes() const override { return {outlineMimeType()}; }
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool canDropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                         const QModelIndex &parent) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column,
                      const QModelIndex &parent) override;

private:
    struct Node
    {
        int kind = 0; ///< 0 program, 1 project, 2 task
        int parent = -1;
        int row = 0;
        QList<int> children;
        QString title;
        TaskView task;
        qint64 id = 0;
        QString label; ///< the document's own number, when it differs
        QString name;  ///< the title without its number
    };
    QVariant taskData(const TaskView &t, int column, int role) const;
    /// Where a drop lands: the new parent's id and the position there; false when it cannot.
    bool dropTarget(const QMimeData *data, int row, const QModelIndex &parent, int *kind,
                    qint64 *id, qint64 *parentId, int *position) const;
    void runLater(std::unique_ptr<WorkspaceCommand> command, const QString &error);
    CommandRunner m_runner;

    Workspace *m_workspace = nullptr;
    qint64 m_planId = 0;
    QDate m_asOf;
    DueSoon m_dueSoon{WorkingDayCalendar(), 0};
    QList<Node> m_nodes;
    QList<int> m_roots;
    QHash<qint64, QList<QDate>> m_extensions;
};

/// Filters the task tree with the core's TaskFilter (department, status, deadline range,
/// words) plus "due within N working days"; programs and projects stay while a task under
/// them does.
class TaskFilterProxy : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    explicit TaskFilterProxy(QObject *parent = nullptr);

    void setDepartment(const QString &department, bool leadOnly);
    void setStatuses(const QList<TaskStatus> &statuses);
    void setDeadlineRange(const QDate &from, const QDate &to);
    void setOverdueOnly(bool overdue);
    /// Only open tasks due within `days` working days (-1: no such filter).
    void setDueWithinWorkingDays(int days);
    void setSearch(const QString &words);
    const TaskFilter &filter() const { return m_filter; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool active() const;
    TaskFilter m_filter;
    int m_dueWithin = -1;
};

} // namespace tuoyu
