#include "tasktreemodel.h"

#include "calendar/deadlineparser.h"
#include "commands/departmentcommands.h"
#include "commands/outlinecommands.h"
#include "commands/taskcommands.h"
#include "session/workspace.h"
#include "shell/corewords.h"

#include <QBrush>
#include <QCoreApplication>
#include <QDataStream>
#include <QFont>
#include <QIODevice>
#include <QMimeData>

namespace tuoyu {

namespace {

constexpr quintptr kNoNode = quintptr(-1);

bool isOpen(const Task &t)
{
    return !t.isClosed();
}

} // namespace

TaskTreeModel::TaskTreeModel(QObject *parent)
    : QAbstractItemModel(parent)
    , m_asOf(QDate::currentDate())
{
}

void TaskTreeModel::setContext(Workspace *workspace, qint64 planId)
{
    m_workspace = workspace;
    m_planId = planId;
    reload();
}

void TaskTreeModel::setAsOf(const QDate &date)
{
    m_asOf = date.isValid() ? date : QDate::currentDate();
    reload();
}

void TaskTreeModel::reload()
{
    beginResetModel();
    m_nodes.clear();
    m_roots.clear();
    m_extensions.clear();
    m_dueSoon = DueSoon::forWorkspace(m_workspace);
    if (m_workspace && m_planId > 0) {
        PlanRepository repo(m_workspace);
        for (const ProgramNode &program : repo.tree(m_planId)) {
            const int programIndex = int(m_nodes.size());
            m_nodes.append({0,
                            -1,
                            int(m_roots.size()),
                            {},
                            program.program.number + program.program.title,
                            {},
                            program.program.id,
                            program.program.label,
                            program.program.title});
            m_roots.append(programIndex);
            for (const ProjectNode &project : program.projects) {
                const int projectIndex = int(m_nodes.size());
                m_nodes.append({1,
                                programIndex,
                                int(m_nodes[programIndex].children.size()),
                                {},
                                project.project.number + tr("．") + project.project.title,
                                {},
                                project.project.id,
                                project.project.label,
                                project.project.title});
                m_nodes[programIndex].children.append(projectIndex);
                for (const TaskView &t : project.tasks) {
                    const int taskIndex = int(m_nodes.size());
                    m_nodes.append({2,
                                    projectIndex,
                                    int(m_nodes[projectIndex].children.size()),
                                    {},
                                    t.task.number + t.task.text,
                                    t,
                                    t.task.id,
                                    QString(),
                                    t.task.text});
                    m_nodes[projectIndex].children.append(taskIndex);
                    for (const DeadlineExtension &e : repo.extensions(t.task.id))
                        if (e.oldDeadline.isValid())
                            m_extensions[t.task.id].append(e.oldDeadline);
                }
            }
        }
    }
    endResetModel();
}

const TaskView *TaskTreeModel::task(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() >= quintptr(m_nodes.size()))
        return nullptr;
    const Node &n = m_nodes[int(index.internalId())];
    return n.kind == 2 ? &n.task : nullptr;
}

QModelIndex TaskTreeModel::indexOfTask(qint64 taskId) const
{
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].kind == 2 && m_nodes[i].task.task.id == taskId)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    return {};
}

QModelIndex TaskTreeModel::indexOf(int kind, qint64 id) const
{
    for (int i = 0; i < m_nodes.size(); ++i)
        if (m_nodes[i].kind == kind && m_nodes[i].id == id)
            return createIndex(m_nodes[i].row, 0, quintptr(i));
    return {};
}

TaskUrgency TaskTreeModel::urgency(const TaskView &t) const
{
    if (!isOpen(t.task))
        return TaskUrgency::Done;
    if (!t.task.deadline.isValid() || !t.deadlineFirm())
        return TaskUrgency::None;
    if (t.task.deadline < m_asOf)
        return TaskUrgency::Overdue;
    if (m_dueSoon.appliesTo(t.task, m_asOf))
        return TaskUrgency::DueSoon;
    return TaskUrgency::None;
}

std::optional<int> TaskTreeModel::scheduleProgress(const TaskView &t) const
{
    return calendar().scheduleProgress(t.task.startDate, t.task.deadline, m_asOf);
}

bool TaskTreeModel::behindSchedule(const TaskView &t) const
{
    const auto planned = scheduleProgress(t);
    return isOpen(t.task) && t.deadlineFirm() && planned && t.task.percent < *planned;
}

QPair<QDate, QDate> TaskTreeModel::span() const
{
    QDate from;
    QDate to;
    for (const Node &n : m_nodes) {
        if (n.kind != 2)
            continue;
        const Task &t = n.task.task;
        for (const QDate &d : {t.startDate, t.deadline}) {
            if (!d.isValid())
                continue;
            if (!from.isValid() || d < from)
                from = d;
            if (!to.isValid() || d > to)
                to = d;
        }
    }
    return {from, to};
}

QColor TaskTreeModel::urgencyColor(TaskUrgency urgency, Shade shade)
{
    const bool bar = shade == Shade::Bar;
    switch (urgency) {
    case TaskUrgency::Done:
        return bar ? QColor(0x4C, 0xAF, 0x50) : QColor(0xDC, 0xF0, 0xDC);
    case TaskUrgency::DueSoon:
        return bar ? QColor(0xF5, 0xA6, 0x23) : QColor(0xFF, 0xEB, 0xC2);
    case TaskUrgency::Overdue:
        return bar ? QColor(0xE5, 0x39, 0x35) : QColor(0xF9, 0xD4, 0xD2);
    case TaskUrgency::None:
        break;
    }
    return {};
}

QModelIndex TaskTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (row < 0 || column < 0 || column >= ColumnCount)
        return {};
    const QList<int> &children =
        parent.isValid() ? m_nodes[int(parent.internalId())].children : m_roots;
    if (row >= children.size())
        return {};
    return createIndex(row, column, quintptr(children[row]));
}

QModelIndex TaskTreeModel::parent(const QModelIndex &child) const
{
    if (!child.isValid() || child.internalId() == kNoNode)
        return {};
    const int p = m_nodes[int(child.internalId())].parent;
    if (p < 0)
        return {};
    return createIndex(m_nodes[p].row, 0, quintptr(p));
}

int TaskTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    return int(m_nodes[int(parent.internalId())].children.size());
}

int TaskTreeModel::columnCount(const QModelIndex &) const
{
    return ColumnCount;
}

QVariant TaskTreeModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return {};
    const Node &n = m_nodes[int(index.internalId())];
    if (role == KindRole)
        return n.kind;
    if (role == TaskIdRole)
        return n.kind == 2 ? n.task.task.id : qint64(0);
    if (role == IdRole)
        return n.id;
    if (role == Qt::EditRole && index.column() == Title)
        return n.name;
    if (n.kind == 2)
        return taskData(n.task, index.column(), role);
    if (index.column() != Title)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        return n.label.isEmpty() ? n.title : n.title + tr("〔原文 %1〕").arg(n.label);
    case Qt::ToolTipRole:
        return n.label.isEmpty()
                   ? n.title
                   : n.title + tr("\n文件原编号：%1（编号按位置生成，随移动更新）").arg(n.label);
    case SortRole:
        return n.row;
    case Qt::FontRole: {
        QFont f;
        f.setBold(n.kind == 0);
        return f;
    }
    default:
        return {};
    }
}

QVariant TaskTreeModel::taskData(const TaskView &v, int column, int role) const
{
    const Task &t = v.task;
    const TaskUrgency u = urgency(v);
    if (role == Qt::BackgroundRole) {
        const QColor c = urgencyColor(u);
        return c.isValid() ? QVariant(QBrush(c)) : QVariant();
    }
    const auto planned = scheduleProgress(v);
    const bool behind = behindSchedule(v);
    if (role == Qt::ForegroundRole && column == Percent && behind)
        return QBrush(QColor(0xC6, 0x28, 0x28));
    if (role == Qt::TextAlignmentRole &&
        (column == Percent || column == Schedule || column == Remaining))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    const QStringList others = v.departments.mid(1);
    switch (column) {
    case Title:
        if (role == Qt::DisplayRole)
            return t.number + t.text;
        if (role == Qt::ToolTipRole) // the whole of what the cell may cut
            return t.number + t.text + (t.notes.isEmpty() ? QString() : tr("\n备注：") + t.notes);
        if (role == SortRole)
            return t.seq;
        break;
    case Deadline:
        if (role == Qt::EditRole)
            return t.deadlineInherited ? QString() : t.deadlineText;
        if (role == SortRole)
            return t.deadline.isValid() ? t.deadline.toString(Qt::ISODate) : QStringLiteral("9");
        if (role == Qt::DisplayRole) {
            QString text = t.deadline.isValid() ? t.deadline.toString(Qt::ISODate)
                                                : DeadlineParser::undetermined();
            if (m_extensions.contains(t.id))
                text += tr("（已延期）");
            return text;
        }
        if (role == Qt::ToolTipRole) {
            QString tip = !v.deadlineFirm() ? tr("%1（按实施期末计）：文件未写完成时限，"
                                                 "尚未确认，不计逾期；可在“编辑任务”中确认")
                                                  .arg(t.deadline.toString(tr("yyyy年M月d日")))
                                            : tr("完成时限：%1").arg(t.deadlineText);
            for (const QDate &old : m_extensions.value(t.id))
                tip += tr("\n原时限：%1").arg(old.toString(Qt::ISODate));
            return tip;
        }
        break;
    case Lead:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole ||
            role == Qt::EditRole)
            return v.departmentImplied.value(0) ? QString() : v.lead();
        break;
    case Others:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole ||
            role == Qt::EditRole)
            return (v.departmentImplied.value(0) ? v.departments : others).join(tr("、"));
        break;
    case Status:
        if (role == SortRole)
            return int(t.status);
        if (role == Qt::DisplayRole) {
            QString s = shownWords(taskStatusLabel(t.status));
            if (t.closedDate.isValid())
                s = tr("已办结");
            return s;
        }
        if (role == Qt::ToolTipRole && t.closedDate.isValid())
            return tr("%1 由 %2 确认办结").arg(t.closedDate.toString(Qt::ISODate), t.closedBy);
        break;
    case Percent:
        if (role == SortRole)
            return t.percent;
        if (role == Qt::DisplayRole)
            return behind ? QStringLiteral("▼ %1%").arg(t.percent)
                          : QStringLiteral("%1%").arg(t.percent);
        if (role == Qt::ToolTipRole && behind)
            return tr("落后于序时进度 %1%").arg(*planned);
        break;
    case Schedule:
        if (role == SortRole)
            return planned.value_or(-1);
        if (role == Qt::DisplayRole)
            return planned ? QStringLiteral("%1%").arg(*planned) : QStringLiteral("—");
        if (role == Qt::ToolTipRole)
            return tr("序时进度：按工作日从开始日期到完成时限均匀推进，今天应达到的进度");
        break;
    case Remaining: {
        if (!t.deadline.isValid() || u == TaskUrgency::Done)
            return role == SortRole ? QVariant(1 << 30) : QVariant();
        if (!v.deadlineFirm()) { // no days counted against a date the plan never set
            if (role == SortRole)
                return QVariant((1 << 30) - 1);
            if (role == Qt::DisplayRole)
                return tr("按实施期末计");
            if (role == Qt::ToolTipRole)
                return tr("完成时限按实施期末计，尚未确认，不计剩余或逾期天数");
            break;
        }
        const int left = calendar().workingDaysBetween(m_asOf, t.deadline);
        const int late = v.daysOverdue(m_asOf);
        if (role == SortRole)
            return u == TaskUrgency::Overdue ? -late : left;
        if (role == Qt::DisplayRole)
            return u == TaskUrgency::Overdue ? shownWords(overdueDaysText(late))
                                             : tr("%1 个工作日").arg(left);
        if (role == Qt::ToolTipRole)
            return u == TaskUrgency::Overdue
                       ? tr("已逾期 %1 天（自然日，自完成时限次日起算）").arg(late)
                       : tr("距完成时限还有 %1 个工作日（已扣除法定节假日，计入调休上班日）")
                             .arg(left);
        break;
    }
    default:
        break;
    }
    return {};
}

QVariant TaskTreeModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractItemModel::headerData(section, orientation, role);
    static const char *const titles[] = {
        QT_TR_NOOP("工程 / 项目 / 任务"), QT_TR_NOOP("完成时限"), QT_TR_NOOP("牵头单位"),
        QT_TR_NOOP("配合单位"),           QT_TR_NOOP("状态"),     QT_TR_NOOP("实际进度"),
        QT_TR_NOOP("序时进度"),           QT_TR_NOOP("剩余")};
    return section >= 0 && section < ColumnCount ? tr(titles[section]) : QVariant();
}

Qt::ItemFlags TaskTreeModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractItemModel::flags(index);
    if (!index.isValid())
        return f | Qt::ItemIsDropEnabled; // programs are dropped on the plan
    const Node &n = m_nodes[int(index.internalId())];
    f |= Qt::ItemIsDragEnabled;
    if (n.kind < 2)
        f |= Qt::ItemIsDropEnabled;
    const int c = index.column();
    if (c == Title || (n.kind == 2 && (c == Deadline || c == Lead || c == Others)))
        f |= Qt::ItemIsEditable;
    return f;
}

void TaskTreeModel::runLater(std::unique_ptr<WorkspaceCommand> command, const QString &error)
{
    if (!m_runner)
        return;
    // The view is still inside its editor's commit or its drop; the command's reload waits.
    WorkspaceCommand *raw = command.release();
    QMetaObject::invokeMethod(
        this, [this, raw, error] { m_runner(std::unique_ptr<WorkspaceCommand>(raw), error); },
        Qt::QueuedConnection);
}

bool TaskTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole || !m_workspace)
        return false;
    const Node &n = m_nodes[int(index.internalId())];
    const QString words = value.toString().trimmed();
    if (words == data(index, Qt::EditRole).toString())
        return false;
    QString error;
    std::unique_ptr<WorkspaceCommand> command;
    switch (index.column()) {
    case Title:
        command = outlinecommands::rename(m_workspace, {outlinecommands::Level(n.kind), n.id},
                                          words, &error);
        break;
    case Deadline: {
        taskcommands::TaskEdit edit;
        edit.deadlineText = words;
        command = taskcommands::edit(m_workspace, n.id, edit, &error);
        break;
    }
    case Lead:
    case Others: {
        QString lead = n.task.namedLead();
        QStringList others = n.task.coDepartments();
        if (index.column() == Lead)
            lead = words;
        else
            others = departmentcommands::splitNames(words);
        command = taskcommands::setDepartments(m_workspace, n.id, lead, others, &error);
        break;
    }
    default:
        return false;
    }
    runLater(std::move(command), error);
    return true;
}

QMimeData *TaskTreeModel::mimeData(const QModelIndexList &indexes) const
{
    QByteArray bytes;
    QDataStream out(&bytes, QIODevice::WriteOnly);
    for (const QModelIndex &i : indexes)
        if (i.isValid() && i.column() == 0) {
            const Node &n = m_nodes[int(i.internalId())];
            out << n.kind << n.id;
        }
    auto *data = new QMimeData;
    data->setData(outlineMimeType(), bytes);
    return data;
}

bool TaskTreeModel::dropTarget(const QMimeData *data, int row, const QModelIndex &parent, int *kind,
                               qint64 *id, qint64 *parentId, int *position) const
{
    if (!data || !data->hasFormat(outlineMimeType()))
        return false;
    QByteArray bytes = data->data(outlineMimeType());
    QDataStream in(&bytes, QIODevice::ReadOnly);
    in >> *kind >> *id; // one item at a time: the tree selects rows singly
    if (in.status() != QDataStream::Ok)
        return false;
    const int parentKind = parent.isValid() ? m_nodes[int(parent.internalId())].kind : -1;
    if (parentKind == *kind && row < 0) {
        // Dropped onto an item of its own level: it goes right after that item.
        const Node &on = m_nodes[int(parent.internalId())];
        *parentId = on.parent < 0 ? m_planId : m_nodes[on.parent].id;
        *position = on.row + 1;
    } else if (parentKind == *kind - 1) {
        *parentId = parent.isValid() ? m_nodes[int(parent.internalId())].id : m_planId;
        *position = row;
    } else {
        return false;
    }
    // Positions count the siblings without the moved item.
    const QModelIndex from = indexOf(*kind, *id);
    if (!from.isValid())
        return false;
    const Node &moved = m_nodes[int(from.internalId())];
    const qint64 fromParent = moved.parent < 0 ? m_planId : m_nodes[moved.parent].id;
    if (fromParent == *parentId && *position > moved.row)
        --*position;
    return true;
}

bool TaskTreeModel::canDropMimeData(const QMimeData *data, Qt::DropAction, int row, int,
                                    const QModelIndex &parent) const
{
    int kind = 0;
    qint64 id = 0;
    qint64 parentId = 0;
    int position = 0;
    return dropTarget(data, row, parent, &kind, &id, &parentId, &position);
}

bool TaskTreeModel::dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int,
                                 const QModelIndex &parent)
{
    int kind = 0;
    qint64 id = 0;
    qint64 parentId = 0;
    int position = 0;
    if (action != Qt::MoveAction || !m_workspace ||
        !dropTarget(data, row, parent, &kind, &id, &parentId, &position))
        return false;
    QString error;
    auto command = outlinecommands::move(m_workspace, {outlinecommands::Level(kind), id}, parentId,
                                         position, &error);
    runLater(std::move(command), error);
    // The rows move when the workspace changes, not by the view removing the dragged ones.
    return false;
}

TaskFilterProxy::TaskFilterProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setRecursiveFilteringEnabled(true);
    setSortRole(TaskTreeModel::SortRole);
}

bool TaskFilterProxy::active() const
{
    return !m_filter.department.isEmpty() || !m_filter.status.isEmpty() ||
           m_filter.deadlineFrom.isValid() || m_filter.deadlineTo.isValid() ||
           m_filter.overdueOnly || !m_filter.search.trimmed().isEmpty() || m_dueWithin >= 0;
}

void TaskFilterProxy::setDepartment(const QString &department, bool leadOnly)
{
    m_filter.department = department;
    m_filter.leadOnly = leadOnly;
    invalidateFilter();
}

void TaskFilterProxy::setStatuses(const QList<TaskStatus> &statuses)
{
    m_filter.status = statuses;
    invalidateFilter();
}

void TaskFilterProxy::setDeadlineRange(const QDate &from, const QDate &to)
{
    m_filter.deadlineFrom = from;
    m_filter.deadlineTo = to;
    invalidateFilter();
}

void TaskFilterProxy::setOverdueOnly(bool overdue)
{
    m_filter.overdueOnly = overdue;
    invalidateFilter();
}

void TaskFilterProxy::setDueWithinWorkingDays(int days)
{
    m_dueWithin = days;
    invalidateFilter();
}

void TaskFilterProxy::setSearch(const QString &words)
{
    m_filter.search = words;
    invalidateFilter();
}

bool TaskFilterProxy::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    auto *model = static_cast<const TaskTreeModel *>(sourceModel());
    const QModelIndex index = model->index(sourceRow, 0, sourceParent);
    const TaskView *t = model->task(index);
    if (!t)
        return !active(); // programs and projects show when a task under them does
    TaskFilter f = m_filter;
    f.asOf = model->asOf();
    if (!f.matches(*t))
        return false;
    if (m_dueWithin >= 0 &&
        (t->task.isClosed() ||
         !model->calendar().dueWithin(t->task.deadline, model->asOf(), m_dueWithin)))
        return false;
    return true;
}

} // namespace tuoyu
