#include "tasktreemodel.h"

#include "calendar/deadlineparser.h"
#include "session/workspace.h"

#include <QBrush>
#include <QFont>

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
                            {}});
            m_roots.append(programIndex);
            for (const ProjectNode &project : program.projects) {
                const int projectIndex = int(m_nodes.size());
                QString title = project.project.title;
                if (!project.project.number.isEmpty())
                    title = project.project.number + QStringLiteral("．") + title;
                m_nodes.append(
                    {1, programIndex, int(m_nodes[programIndex].children.size()), {}, title, {}});
                m_nodes[programIndex].children.append(projectIndex);
                for (const TaskView &t : project.tasks) {
                    const int taskIndex = int(m_nodes.size());
                    m_nodes.append({2,
                                    projectIndex,
                                    int(m_nodes[projectIndex].children.size()),
                                    {},
                                    t.task.text,
                                    t});
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

QColor TaskTreeModel::urgencyColor(TaskUrgency urgency)
{
    switch (urgency) {
    case TaskUrgency::Done:
        return QColor(0xDC, 0xF0, 0xDC);
    case TaskUrgency::DueSoon:
        return QColor(0xFF, 0xEB, 0xC2);
    case TaskUrgency::Overdue:
        return QColor(0xF9, 0xD4, 0xD2);
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
    if (n.kind == 2)
        return taskData(n.task, index.column(), role);
    if (index.column() != Title)
        return {};
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return n.title;
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
            return t.text;
        if (role == Qt::ToolTipRole)
            return t.notes.isEmpty() ? t.text : t.text + QStringLiteral("\n备注：") + t.notes;
        if (role == SortRole)
            return t.seq;
        break;
    case Deadline:
        if (role == SortRole)
            return t.deadline.isValid() ? t.deadline.toString(Qt::ISODate) : QStringLiteral("9");
        if (role == Qt::DisplayRole) {
            QString text = t.deadline.isValid() ? t.deadline.toString(Qt::ISODate)
                                                : DeadlineParser::undetermined();
            if (m_extensions.contains(t.id))
                text += QStringLiteral("（已延期）");
            return text;
        }
        if (role == Qt::ToolTipRole) {
            QString tip = !v.deadlineFirm()
                              ? QStringLiteral("%1（按实施期末计）：文件未写完成时限，"
                                               "尚未确认，不计逾期；可在“编辑任务”中确认")
                                    .arg(t.deadline.toString(QStringLiteral("yyyy年M月d日")))
                              : QStringLiteral("完成时限：%1").arg(t.deadlineText);
            for (const QDate &old : m_extensions.value(t.id))
                tip += QStringLiteral("\n原时限：%1").arg(old.toString(Qt::ISODate));
            return tip;
        }
        break;
    case Lead:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return v.departmentImplied.value(0) ? QString() : v.lead();
        break;
    case Others:
        if (role == Qt::DisplayRole || role == SortRole || role == Qt::ToolTipRole)
            return (v.departmentImplied.value(0) ? v.departments : others)
                .join(QStringLiteral("、"));
        break;
    case Status:
        if (role == SortRole)
            return int(t.status);
        if (role == Qt::DisplayRole) {
            QString s = taskStatusLabel(t.status);
            if (t.closedDate.isValid())
                s = QStringLiteral("已办结");
            return s;
        }
        if (role == Qt::ToolTipRole && t.closedDate.isValid())
            return QStringLiteral("%1 由 %2 确认办结")
                .arg(t.closedDate.toString(Qt::ISODate), t.closedBy);
        break;
    case Percent:
        if (role == SortRole)
            return t.percent;
        if (role == Qt::DisplayRole)
            return behind ? QStringLiteral("▼ %1%").arg(t.percent)
                          : QStringLiteral("%1%").arg(t.percent);
        if (role == Qt::ToolTipRole && behind)
            return QStringLiteral("落后于序时进度 %1%").arg(*planned);
        break;
    case Schedule:
        if (role == SortRole)
            return planned.value_or(-1);
        if (role == Qt::DisplayRole)
            return planned ? QStringLiteral("%1%").arg(*planned) : QStringLiteral("—");
        if (role == Qt::ToolTipRole)
            return QStringLiteral(
                "序时进度：按工作日从开始日期到完成时限均匀推进，今天应达到的进度");
        break;
    case Remaining: {
        if (!t.deadline.isValid() || u == TaskUrgency::Done)
            return role == SortRole ? QVariant(1 << 30) : QVariant();
        if (!v.deadlineFirm()) { // no days counted against a date the plan never set
            if (role == SortRole)
                return QVariant((1 << 30) - 1);
            if (role == Qt::DisplayRole)
                return QStringLiteral("按实施期末计");
            if (role == Qt::ToolTipRole)
                return QStringLiteral("完成时限按实施期末计，尚未确认，不计剩余或逾期天数");
            break;
        }
        const int left = calendar().workingDaysBetween(m_asOf, t.deadline);
        const int late = v.daysOverdue(m_asOf);
        if (role == SortRole)
            return u == TaskUrgency::Overdue ? -late : left;
        if (role == Qt::DisplayRole)
            return u == TaskUrgency::Overdue ? overdueDaysText(late)
                                             : QStringLiteral("%1 个工作日").arg(left);
        if (role == Qt::ToolTipRole)
            return u == TaskUrgency::Overdue
                       ? QStringLiteral("已逾期 %1 天（自然日，自完成时限次日起算）").arg(late)
                       : QStringLiteral(
                             "距完成时限还有 %1 个工作日（已扣除法定节假日，计入调休上班日）")
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
    static const char *const titles[] = {"工程 / 项目 / 任务", "完成时限", "牵头单位",
                                         "配合单位",           "状态",     "实际进度",
                                         "序时进度",           "剩余"};
    return section >= 0 && section < ColumnCount ? QString::fromUtf8(titles[section]) : QVariant();
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
