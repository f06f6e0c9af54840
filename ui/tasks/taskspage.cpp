#include "taskspage.h"

#include "commands/demoworkspace.h"
#include "commands/plancommands.h"
#include "commands/taskcommands.h"
#include "departmentsdialog.h"
#include "evidence/evidencepane.h"
#include "feedback/feedbackdialogs.h"
#include "feedback/feedbackrequestspane.h"
#include "ganttview.h"
#include "holidaydialog.h"
#include "session/workspace.h"
#include "shell/corewords.h"
#include "shell/historydialog.h"
#include "taskeditdialog.h"
#include "tasktreemodel.h"

#include "shell/forms.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFontMetrics>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSettings>
#include <QSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolBar>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace tuoyu {

namespace {

const QString kColumnsKey = QStringLiteral("columns/tasks");
/// A copied branch on the clipboard (outlinecommands::Branch as JSON).
const QString kBranchMime = QStringLiteral("application/x-tuoyu-outline-branch");

using outlinecommands::Item;
using outlinecommands::Level;

enum DeadlineChoice
{
    AnyDeadline,
    Overdue,
    DueSoonWindow, ///< the workspace's due-soon window (DueSoon), named by its days
    DueThisMonth,
    DueThisQuarter,
    DueThisYear
};

} // namespace

TasksPage::TasksPage(QWidget *parent)
    : Page(tr("任务"), QStringLiteral("tasks"),
           {QStringLiteral("plan"), QStringLiteral("program"), QStringLiteral("project"),
            QStringLiteral("task"), QStringLiteral("task_department"), QStringLiteral("department"),
            QStringLiteral("progress_entry"), QStringLiteral("deadline_extension"),
            QStringLiteral("holiday"), QStringLiteral("workspace_setting"),
            QStringLiteral("feedback_request"), QStringLiteral("evidence")},
           parent)
{
    m_model = new TaskTreeModel(this);
    m_proxy = new TaskFilterProxy(this);
    m_proxy->setSourceModel(m_model);

    m_search = forms::searchBox(QStringLiteral("taskSearch"), tr("搜索任务（Ctrl+F）"));
    m_department = forms::named(new QComboBox, QStringLiteral("departmentFilter"));
    m_department->setMinimumWidth(150);
    m_leadOnly = new QCheckBox(tr("仅牵头"));
    m_leadOnly->setObjectName(QStringLiteral("leadOnly"));
    m_statusFilter = new QComboBox;
    m_statusFilter->setObjectName(QStringLiteral("statusFilter"));
    m_statusFilter->addItem(tr("全部状态"));
    m_statusFilter->addItem(tr("未完成"), QStringLiteral("open"));
    for (TaskStatus s :
         {TaskStatus::NotStarted, TaskStatus::InProgress, TaskStatus::Done, TaskStatus::Cancelled})
        m_statusFilter->addItem(shownWords(taskStatusLabel(s)), taskStatusCode(s));
    m_deadlineFilter = new QComboBox;
    m_deadlineFilter->setObjectName(QStringLiteral("deadlineFilter"));
    m_deadlineFilter->addItems({tr("全部时限"), tr("已逾期"), tr("即将到期"), tr("本月到期"),
                                tr("本季度到期"), tr("今年到期")});
    auto *holidays = new QPushButton(tr("节假日…"));
    holidays->setToolTip(tr("法定节假日与调休上班日，用于计算工作日"));
    auto *printButton = new QPushButton(tr("打印时间轴…"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    bar->addWidget(m_department);
    bar->addWidget(m_leadOnly);
    bar->addWidget(m_statusFilter);
    bar->addWidget(m_deadlineFilter);
    bar->addSpacing(8);
    bar->addWidget(holidays);
    bar->addWidget(printButton);

    m_tree = new QTreeView;
    m_tree->setObjectName(QStringLiteral("taskTree"));
    m_tree->setModel(m_proxy);
    m_tree->setUniformRowHeights(true);
    // Titles, deadline words and departments are edited in place (F2 or a double click on
    // those columns); rows are dragged to move them.
    m_tree->setEditTriggers(QAbstractItemView::EditKeyPressed);
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setDragDropMode(QAbstractItemView::InternalMove);
    m_tree->setDefaultDropAction(Qt::MoveAction);
    m_tree->setDropIndicatorShown(true);
    m_tree->setSortingEnabled(false);
    // Long task words are cut in the middle, so the start and the figure at the end stay; the
    // whole text is in the tooltip and the detail pane.
    m_tree->setTextElideMode(Qt::ElideMiddle);
    QHeaderView *header = m_tree->header();
    header->setStretchLastSection(false);
    const bool restored = header->restoreState(QSettings().value(kColumnsKey).toByteArray());
    // The title column takes what the others leave, so the list never scrolls sideways; the
    // others are as wide as their longest usual text (measured, so a larger font still fits),
    // also after a saved layout from a narrower version is restored.
    const QFontMetrics metrics(m_tree->font());
    const auto fits = [&metrics](const QString &text) {
        return metrics.horizontalAdvance(text) + metrics.averageCharWidth() + 8; // cell margins
    };
    const int least[TaskTreeModel::ColumnCount] = {
        0,
        fits(QStringLiteral("2024-12-31")),
        fits(tr("区卫健委")),
        fits(tr("区财政局、")),
        fits(tr("已办结")),
        fits(QStringLiteral("▼ 100%")),
        fits(QStringLiteral("100%")),
        std::max({fits(tr("逾期 999 天")), fits(tr("999 个工作日")), fits(tr("按实施期末计"))})};
    for (int c = 1; c < TaskTreeModel::ColumnCount; ++c) {
        // The column's heading is whole too.
        const int width = std::max(
            least[c], fits(m_model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString()));
        header->setSectionResizeMode(c, QHeaderView::Interactive);
        if (!restored || header->sectionSize(c) < width || header->sectionSize(c) > 3 * width)
            header->resizeSection(c, width);
    }
    header->setSectionResizeMode(TaskTreeModel::Title, QHeaderView::Stretch);

    auto *legend = new QLabel(tr("<span style='background:#F9D4D2'>&nbsp;逾期&nbsp;</span>　"
                                 "<span style='background:#FFEBC2'>&nbsp;即将到期&nbsp;</span>　"
                                 "<span style='background:#DCF0DC'>&nbsp;已完成&nbsp;</span>　"
                                 "<span style='color:#C62828'>▼ 实际进度落后于序时进度</span>　"
                                 "剩余天数按工作日计（扣除节假日，计入调休）"));

    auto *listPane = new QWidget;
    auto *listLayout = new QVBoxLayout(listPane);
    listLayout->setContentsMargins(0, 0, 0, 0);
    auto *outlineBar = new QToolBar;
    outlineBar->setObjectName(QStringLiteral("outlineBar"));
    outlineBar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    listLayout->addWidget(outlineBar);
    listLayout->addWidget(m_tree, 1);
    listLayout->addWidget(legend);
    // The amber and the filter name the workspace's window, which the 计划 page may change.
    connect(m_model, &QAbstractItemModel::modelReset, this, [this, legend] {
        const QString label = shownWords(m_model->dueSoon().label());
        m_deadlineFilter->setItemText(DueSoonWindow, label);
        legend->setText(legend->text().replace(
            QRegularExpression(tr("(?:即将到期|\\d+个工作日内到期)")), label));
    });

    auto *splitter = new QSplitter;
    splitter->addWidget(listPane);
    splitter->addWidget(buildDetail());
    // Files dropped on a task's row are its evidence.
    m_evidence->acceptFileDrops(m_tree, [this](const QModelIndex &index) {
        const TaskView *t = m_model->task(m_proxy->mapToSource(index));
        return t ? t->task.id : qint64(0);
    });
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 0);
    splitter->setSizes({840, 360});

    m_gantt = new GanttView(m_model, m_proxy);
    auto *scroll = new QScrollArea;
    scroll->setWidget(m_gantt);
    scroll->setWidgetResizable(true);

    m_tabs = new QTabWidget;
    m_tabs->setObjectName(QStringLiteral("taskTabs"));
    m_tabs->addTab(splitter, tr("任务列表"));
    m_tabs->addTab(scroll, tr("时间轴"));
    // The 办结 / 延期 requests departments' replies brought, with their count while any wait.
    m_requests = new FeedbackRequestsPane;
    const int requestsTab = m_tabs->addTab(m_requests, tr("办结/延期申请"));
    connect(m_requests, &FeedbackRequestsPane::pendingChanged, this, [this, requestsTab](int n) {
        m_tabs->setTabText(requestsTab,
                           n > 0 ? tr("办结/延期申请（%1）").arg(n) : tr("办结/延期申请"));
    });

    m_tabs->setCurrentIndex(QSettings().value(QStringLiteral("tasks/tab")).toInt());
    connect(m_tabs, &QTabWidget::currentChanged, this,
            [](int tab) { QSettings().setValue(QStringLiteral("tasks/tab"), tab); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_tabs, 1);

    connect(m_search, &QLineEdit::textChanged, this, &TasksPage::applyFilters);
    connect(m_department, &QComboBox::currentIndexChanged, this, &TasksPage::applyFilters);
    connect(m_leadOnly, &QCheckBox::toggled, this, &TasksPage::applyFilters);
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this, &TasksPage::applyFilters);
    connect(m_deadlineFilter, &QComboBox::currentIndexChanged, this, &TasksPage::applyFilters);
    connect(holidays, &QPushButton::clicked, this, &TasksPage::editHolidays);
    connect(printButton, &QPushButton::clicked, this, &TasksPage::print);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TasksPage::updateDetail);
    connect(m_tree, &QTreeView::doubleClicked, this, [this](const QModelIndex &index) {
        const int column = index.column();
        const bool inPlace = column == TaskTreeModel::Deadline || column == TaskTreeModel::Lead ||
                             column == TaskTreeModel::Others;
        if (index.data(TaskTreeModel::TaskIdRole).toLongLong() != 0 && !inPlace)
            editSelected();
        else if (index.flags() & Qt::ItemIsEditable)
            m_tree->edit(index);
    });
    m_model->setCommandRunner(
        [this](std::unique_ptr<WorkspaceCommand> command, const QString &error) {
            // Editing in place and drops: the item they touched stays selected.
            auto *outline = dynamic_cast<outlinecommands::OutlineCommand *>(command.get());
            const Item keep = outline ? outline->focus() : selectedItem();
            if (run(std::move(command), error))
                selectItem(keep);
        });
    // The task's own menu: its form and its history.
    m_tree->setContextMenuPolicy(Qt::ActionsContextMenu);
    connect(m_tree->addAction(tr("编辑…")), &QAction::triggered, this, &TasksPage::editSelected);
    connect(m_tree->addAction(tr("修改记录…")), &QAction::triggered, this, &TasksPage::showHistory);
    buildOutlineActions(outlineBar);
    const auto relayout = [this] {
        m_tree->expandAll();
        m_gantt->rebuild();
    };
    connect(m_proxy, &QAbstractItemModel::modelReset, this, relayout);
    connect(m_proxy, &QAbstractItemModel::layoutChanged, this, relayout);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, [this] { m_gantt->rebuild(); });
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, [this] { m_gantt->rebuild(); });
    updateDetail();
}

TasksPage::~TasksPage()
{
    QSettings().setValue(kColumnsKey, m_tree->header()->saveState());
}

QWidget *TasksPage::buildDetail()
{
    m_detail = new QWidget;
    m_detail->setObjectName(QStringLiteral("taskDetail"));
    m_detailTitle = new QLabel;
    m_detailTitle->setWordWrap(true);
    m_detailTitle->setStyleSheet(QStringLiteral("font-weight: bold; font-size: 11pt;"));
    m_detailInfo = new QLabel;
    m_detailInfo->setObjectName(QStringLiteral("taskInfo"));
    m_detailInfo->setWordWrap(true);
    m_detailInfo->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *edit = new QPushButton(tr("编辑…"));
    auto *extend = new QPushButton(tr("延期…"));
    m_close = new QPushButton(tr("办结…"));
    m_reopen = new QPushButton(tr("重新打开"));
    auto *history = new QPushButton(tr("修改记录…"));
    history->setObjectName(QStringLiteral("taskHistory"));
    // Two rows, so that the pane keeps every button's text whole at its narrowest.
    auto *actions = new QGridLayout;
    actions->addWidget(edit, 0, 0);
    actions->addWidget(extend, 0, 1);
    actions->addWidget(history, 0, 2);
    actions->addWidget(m_close, 1, 0);
    actions->addWidget(m_reopen, 1, 1);
    actions->setColumnStretch(3, 1);

    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("statusBox"));
    for (TaskStatus s :
         {TaskStatus::NotStarted, TaskStatus::InProgress, TaskStatus::Done, TaskStatus::Cancelled})
        m_status->addItem(shownWords(taskStatusLabel(s)), int(s));
    m_percent = new QSpinBox;
    m_percent->setObjectName(QStringLiteral("percentBox"));
    m_percent->setRange(0, 100);
    m_percent->setSuffix(QStringLiteral("%"));
    auto *apply = new QPushButton(tr("更新状态"));
    apply->setObjectName(QStringLiteral("applyStatus"));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(new QLabel(tr("状态")));
    statusRow->addWidget(m_status);
    statusRow->addWidget(m_percent);
    statusRow->addWidget(apply);
    statusRow->addStretch();

    m_log = forms::listTable(QStringLiteral("progressLog"), {tr("日期"), tr("进度"), tr("进展")});
    m_log->setWordWrap(true);

    m_entryDate = forms::dateEdit(QDate::currentDate());
    m_entryDate->setObjectName(QStringLiteral("progressDate"));
    m_entryDate->setMinimumWidth(110);
    m_entryPercent = new QSpinBox;
    m_entryPercent->setObjectName(QStringLiteral("progressPercent"));
    m_entryPercent->setRange(-1, 100);
    m_entryPercent->setSpecialValueText(tr("不填"));
    m_entryPercent->setSuffix(QStringLiteral("%"));
    m_entryPercent->setValue(-1);
    m_entryText = new QLineEdit;
    m_entryText->setObjectName(QStringLiteral("progressText"));
    m_entryText->setPlaceholderText(tr("本次进展，如：已完成选址"));
    auto *addEntry = new QPushButton(tr("添加进展"));
    addEntry->setObjectName(QStringLiteral("addProgress"));
    auto *removeEntry = new QPushButton(tr("删除所选进展"));
    auto *entryRow = new QHBoxLayout;
    entryRow->addWidget(m_entryDate);
    entryRow->addWidget(m_entryPercent);
    entryRow->addWidget(addEntry);
    entryRow->addStretch();
    auto *logTitle = new QHBoxLayout;
    logTitle->addWidget(new QLabel(tr("<b>进展记录</b>")));
    logTitle->addStretch();
    logTitle->addWidget(removeEntry);

    auto *layout = new QVBoxLayout(m_detail);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_detailTitle);
    layout->addWidget(m_detailInfo);
    layout->addLayout(actions);
    layout->addLayout(statusRow);
    layout->addLayout(logTitle);
    layout->addWidget(m_log, 1);
    layout->addWidget(m_entryText);
    layout->addLayout(entryRow);
    m_evidence = new EvidencePane;
    layout->addWidget(m_evidence);

    connect(edit, &QPushButton::clicked, this, &TasksPage::editSelected);
    connect(extend, &QPushButton::clicked, this, &TasksPage::extendSelected);
    connect(m_close, &QPushButton::clicked, this, &TasksPage::closeSelected);
    connect(m_reopen, &QPushButton::clicked, this, &TasksPage::reopenSelected);
    connect(history, &QPushButton::clicked, this, &TasksPage::showHistory);
    connect(apply, &QPushButton::clicked, this, &TasksPage::applyStatus);
    connect(addEntry, &QPushButton::clicked, this, &TasksPage::addProgressEntry);
    connect(m_entryText, &QLineEdit::returnPressed, this, &TasksPage::addProgressEntry);
    connect(removeEntry, &QPushButton::clicked, this, &TasksPage::removeProgressEntry);
    return m_detail;
}

void TasksPage::contextChanged(Workspace *previous)
{
    if (previous && previous != m_workspace)
        disconnect(previous->undoStack(), nullptr, this, nullptr);
    if (m_workspace && previous != m_workspace) {
        m_stackIndex = m_workspace->undoStack()->index();
        connect(m_workspace->undoStack(), &QUndoStack::indexChanged, this, &TasksPage::followUndo);
    }
    reloadDepartments();
    // The demo is shown on its day inside the plan period, as the dashboard is.
    const QDate demo = demoworkspace::defaultAsOf(m_workspace);
    if (demo.isValid() || m_showingDemo) {
        m_model->setAsOf(demo.isValid() ? demo : QDate::currentDate());
        m_entryDate->setDate(m_model->asOf());
    }
    m_showingDemo = demo.isValid();
    m_model->setContext(m_workspace, m_planId);
    m_requests->setContext(m_workspace, m_planId);
    updateDetail();
}

void TasksPage::refresh(const QSet<QString> &tables)
{
    if (!touches(tables))
        return;
    const Item keep = selectedItem();
    if (tables.contains(QStringLiteral("department")))
        reloadDepartments();
    m_model->reload();
    m_requests->reload();
    if (keep.isValid())
        selectItem(keep);
    updateDetail();
}

bool TasksPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
    return true;
}

void TasksPage::reloadDepartments()
{
    const QString keep = m_department->currentData().toString();
    const QSignalBlocker blocker(m_department);
    m_department->clear();
    m_department->addItem(tr("全部部门"));
    if (m_workspace && m_planId > 0)
        for (const Department &d : PlanRepository(m_workspace).departments(m_planId))
            m_department->addItem(d.name, d.name);
    m_department->setCurrentIndex(std::max(0, m_department->findData(keep)));
}

void TasksPage::applyFilters()
{
    m_proxy->setSearch(m_search->text());
    m_proxy->setDepartment(m_department->currentData().toString(), m_leadOnly->isChecked());
    const QString status = m_statusFilter->currentData().toString();
    if (status.isEmpty())
        m_proxy->setStatuses({});
    else if (status == QLatin1String("open"))
        m_proxy->setStatuses({TaskStatus::NotStarted, TaskStatus::InProgress});
    else
        m_proxy->setStatuses({taskStatusFromCode(status)});
    const QDate today = m_model->asOf();
    QDate from;
    QDate to;
    int withinWorkingDays = -1;
    bool overdue = false;
    switch (m_deadlineFilter->currentIndex()) {
    case Overdue:
        overdue = true;
        break;
    case DueSoonWindow:
        withinWorkingDays = m_model->dueSoon().workingDays();
        break;
    case DueThisMonth:
        from = QDate(today.year(), today.month(), 1);
        to = from.addMonths(1).addDays(-1);
        break;
    case DueThisQuarter:
        from = QDate(today.year(), (today.month() - 1) / 3 * 3 + 1, 1);
        to = from.addMonths(3).addDays(-1);
        break;
    case DueThisYear:
        from = QDate(today.year(), 1, 1);
        to = QDate(today.year(), 12, 31);
        break;
    default:
        break;
    }
    m_proxy->setDeadlineRange(from, to);
    m_proxy->setOverdueOnly(overdue);
    m_proxy->setDueWithinWorkingDays(withinWorkingDays);
    m_tree->expandAll();
    m_gantt->rebuild();
}

void TasksPage::showHistory()
{
    const TaskView *t = m_model->task(m_proxy->mapToSource(m_tree->currentIndex()));
    if (!m_workspace || !t)
        return;
    HistoryDialog(m_workspace, QStringLiteral("task"), t->task.id, t->task.text, this).exec();
}

qint64 TasksPage::selectedTaskId() const
{
    return m_tree->currentIndex().data(TaskTreeModel::TaskIdRole).toLongLong();
}

bool TasksPage::selectTask(qint64 taskId)
{
    const QModelIndex source = m_model->indexOfTask(taskId);
    if (!source.isValid())
        return false;
    QModelIndex index = m_proxy->mapFromSource(source);
    if (!index.isValid()) {
        // Hidden by a filter: show everything rather than select nothing.
        m_search->clear();
        m_department->setCurrentIndex(0);
        m_statusFilter->setCurrentIndex(0);
        m_deadlineFilter->setCurrentIndex(0);
        index = m_proxy->mapFromSource(m_model->indexOfTask(taskId));
    }
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return index.isValid();
}

void TasksPage::showTimeline()
{
    m_tabs->setCurrentIndex(1);
}

void TasksPage::updateDetail()
{
    const TaskView *t = m_model->task(m_proxy->mapToSource(m_tree->currentIndex()));
    m_detail->setEnabled(t != nullptr);
    m_log->setRowCount(0);
    m_evidence->showRecord(m_workspace, EvidenceTarget::Task, t ? t->task.id : 0);
    if (!t) {
        m_detailTitle->setText(tr("请在左侧选择一项任务"));
        m_detailInfo->clear();
        return;
    }
    const Task &task = t->task;
    m_detailTitle->setText(task.text);
    QStringList lines;
    QString deadline =
        task.deadline.isValid() ? task.deadline.toString(tr("yyyy年M月d日")) : tr("未定");
    if (task.deadlineInherited)
        deadline += tr("（按实施期末计）");
    else if (!task.deadlineText.isEmpty())
        deadline += tr("（%1）").arg(task.deadlineText.toHtmlEscaped());
    lines << tr("完成时限：%1").arg(deadline);
    if (task.startDate.isValid())
        lines << tr("开始日期：%1").arg(task.startDate.toString(Qt::ISODate));
    for (const DeadlineExtension &e : PlanRepository(m_workspace).extensions(task.id))
        lines << tr("延期：原时限 %1 → %2，原因：%3%4")
                     .arg(e.oldDeadline.toString(Qt::ISODate), e.newDeadline.toString(Qt::ISODate),
                          e.reason.toHtmlEscaped(),
                          e.approver.isEmpty() ? QString()
                                               : tr("（%1批准）").arg(e.approver.toHtmlEscaped()));
    if (!t->departments.isEmpty()) {
        const bool implied = t->departmentImplied.value(0);
        lines << tr("牵头单位：%1").arg(implied ? QStringLiteral("—") : t->lead());
        const QStringList others = implied ? t->departments : t->departments.mid(1);
        if (!others.isEmpty())
            lines << tr("配合单位：%1").arg(others.join(tr("、")));
    }
    const auto planned = m_model->scheduleProgress(*t);
    QString progress = tr("实际进度 <b>%1%</b>").arg(task.percent);
    if (planned)
        progress += tr("　序时进度 %1%").arg(*planned);
    if (m_model->behindSchedule(*t))
        progress += tr("　<span style='color:#C62828'>落后 %1 个百分点</span>")
                        .arg(*planned - task.percent);
    lines << progress;
    if (task.deadline.isValid() && !t->deadlineFirm() && !task.isClosed()) {
        lines << tr("文件未写完成时限，尚未确认，不计逾期；在“编辑任务”中确认后按此日期督办");
    } else if (task.deadline.isValid() && !task.isClosed()) {
        const WorkingDayCalendar &c = m_model->calendar();
        const QDate today = m_model->asOf();
        lines
            << (task.deadline < today
                    ? tr("<span style='color:#C62828'>已%1</span>")
                          .arg(shownWords(overdueDaysText(t->daysOverdue(today))))
                    : tr("距完成时限 %1 个工作日").arg(c.workingDaysBetween(today, task.deadline)));
    }
    if (task.closedDate.isValid())
        lines << tr("<span style='color:#2E7D32'>已于 %1 办结，确认人：%2</span>")
                     .arg(task.closedDate.toString(Qt::ISODate), task.closedBy.toHtmlEscaped());
    m_detailInfo->setText(lines.join(QStringLiteral("<br>")));
    m_close->setEnabled(!task.closedDate.isValid());
    m_reopen->setEnabled(task.closedDate.isValid() || task.isClosed());
    m_status->setCurrentIndex(m_status->findData(int(task.status)));
    m_percent->setValue(task.percent);

    const QList<ProgressEntry> entries = PlanRepository(m_workspace).progress(task.id);
    m_log->setRowCount(int(entries.size()));
    for (int r = 0; r < entries.size(); ++r) {
        const ProgressEntry &e = entries[r];
        const QStringList cells = {
            e.date.toString(Qt::ISODate),
            e.percent >= 0 ? QStringLiteral("%1%").arg(e.percent) : QString(), e.text};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, e.id);
            item->setToolTip(e.author.isEmpty() ? e.text : tr("%1（%2）").arg(e.text, e.author));
            m_log->setItem(r, c, item);
        }
    }
    m_log->resizeColumnToContents(0);
    m_log->resizeColumnToContents(1);
}

bool TasksPage::run(std::unique_ptr<WorkspaceCommand> command, const QString &error)
{
    QString failure = error;
    if (m_workspace && command && m_workspace->execute(std::move(command), &failure))
        return true;
    if (failure != QStringLiteral("没有改动"))
        QMessageBox::warning(this, tr("未能保存"), failure);
    return false;
}

bool TasksPage::editSelected()
{
    const TaskView *t = m_model->task(m_proxy->mapToSource(m_tree->currentIndex()));
    if (!t)
        return false;
    const TaskView task = *t;
    QStringList departments;
    for (const Department &d : PlanRepository(m_workspace).departments(m_planId))
        departments << d.name;
    TaskEditDialog dialog(task, departments, this);
    dialog.setPlanEnd(PlanRepository(m_workspace).plan(m_planId).value_or(Plan{}).periodEnd);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    // What the form showed, to tell what the officer changed.
    const TaskEditDialog::Fields shown = TaskEditDialog::fieldsOf(task);
    const TaskEditDialog::Fields typed = dialog.fields();
    taskcommands::TaskEdit edit;
    edit.text = typed.text;
    if (typed.deadlineText != shown.deadlineText)
        edit.deadlineText = typed.deadlineText;
    edit.startDate = typed.startDate;
    edit.notes = typed.notes;
    QString error;
    auto command = taskcommands::edit(m_workspace, task.task.id, edit, &error);
    bool changed = false;
    if (command)
        changed = run(std::move(command), error);
    else if (error != QStringLiteral("没有改动"))
        return run(nullptr, error);
    if (dialog.confirmInherited())
        changed =
            run(taskcommands::confirmDeadline(m_workspace, task.task.id, &error), error) || changed;
    // Departments are a second undo step only when they changed.
    if (typed.lead != shown.lead || typed.others != shown.others)
        changed = run(taskcommands::setDepartments(m_workspace, task.task.id, typed.lead,
                                                   typed.others, &error),
                      error) ||
                  changed;
    return changed;
}

bool TasksPage::extendSelected()
{
    const qint64 id = selectedTaskId();
    if (id == 0)
        return false;
    forms::FormDialog dialog(tr("延期"), this);
    dialog.setMinimumWidth(440);
    auto *words = dialog.add(tr("新的完成时限"), new QLineEdit, QStringLiteral("newDeadline"));
    words->setPlaceholderText(tr("如“2025年12月底前”或 2025-12-31"));
    auto *reason = dialog.add(tr("延期原因"), new QLineEdit, QStringLiteral("reason"));
    auto *approver = dialog.add(tr("批准人"), new QLineEdit, QStringLiteral("approver"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QString error;
    return run(taskcommands::extendDeadline(m_workspace, id, words->text(), reason->text(),
                                            approver->text(), &error),
               error);
}

bool TasksPage::closeSelected()
{
    const qint64 id = selectedTaskId();
    if (id == 0)
        return false;
    forms::FormDialog dialog(tr("办结"), this);
    dialog.setMinimumWidth(440);
    auto *by =
        dialog.add(tr("确认人"), new QLineEdit(m_workspace->actor()), QStringLiteral("closedBy"));
    auto *date =
        dialog.add(tr("办结日期"), forms::dateEdit(m_model->asOf()), QStringLiteral("closedDate"));
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QString error;
    return run(taskcommands::close(m_workspace, id, by->text(), date->date(), &error), error);
}

bool TasksPage::reopenSelected()
{
    const qint64 id = selectedTaskId();
    QString error;
    return id != 0 && run(taskcommands::reopen(m_workspace, id, &error), error);
}

bool TasksPage::applyStatus()
{
    const qint64 id = selectedTaskId();
    if (id == 0)
        return false;
    QString error;
    return run(plancommands::setTaskStatus(m_workspace, id,
                                           TaskStatus(m_status->currentData().toInt()),
                                           m_percent->value(), &error),
               error);
}

bool TasksPage::addProgressEntry()
{
    const qint64 id = selectedTaskId();
    if (id == 0)
        return false;
    QString error;
    if (!run(taskcommands::addProgress(m_workspace, id, m_entryDate->date(), m_entryText->text(),
                                       m_entryPercent->value(), &error),
             error))
        return false;
    m_entryText->clear();
    m_entryPercent->setValue(-1);
    return true;
}

bool TasksPage::removeProgressEntry()
{
    const QList<QTableWidgetItem *> items = m_log->selectedItems();
    if (items.isEmpty())
        return false;
    if (QMessageBox::question(this, tr("删除进展"),
                              tr("删除这条进展记录吗？\n删除后可用“撤销”（Ctrl+Z）恢复。")) !=
        QMessageBox::Yes)
        return false;
    QString error;
    return run(taskcommands::removeProgress(m_workspace,
                                            items.first()->data(Qt::UserRole).toLongLong(), &error),
               error);
}

void TasksPage::buildOutlineActions(QWidget *toolbar)
{
    struct Spec
    {
        const char *name;
        QString text;
        QList<QKeySequence> keys;
        QString tip;
        std::function<void()> run;
    };
    const QList<Spec> specs = {
        {"addProgram", tr("＋工程"), {}, tr("添加工程"), [this] { addItem(Level::Program); }},
        {"addProject", tr("＋项目"), {}, tr("添加项目"), [this] { addItem(Level::Project); }},
        {"addTask", tr("＋任务"), {}, tr("添加任务"), [this] { addItem(Level::Task); }},
        {"addSibling",
         tr("新建同级"),
         {QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)},
         tr("在所选一项之后新建同级一项（Enter）"),
         [this] { addSibling(); }},
        {"addChild",
         tr("新建下级"),
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)},
         tr("在所选一项下新建下级（Ctrl+Enter）"),
         [this] { addChild(); }},
        {nullptr, {}, {}, {}, {}},
        {"renameItem",
         tr("重命名"),
         {QKeySequence(Qt::Key_F2)},
         tr("修改名称（F2）"),
         [this] { renameSelected(); }},
        {"deleteItem",
         tr("删除"),
         {QKeySequence(Qt::Key_Delete)},
         tr("删除所选一项及其下级（Delete）"),
         [this] { deleteSelected(); }},
        {nullptr, {}, {}, {}, {}},
        {"moveUp",
         tr("上移"),
         {QKeySequence(Qt::ALT | Qt::Key_Up)},
         tr("在同级中上移（Alt+↑）"),
         [this] { moveSelected(-1); }},
        {"moveDown",
         tr("下移"),
         {QKeySequence(Qt::ALT | Qt::Key_Down)},
         tr("在同级中下移（Alt+↓）"),
         [this] { moveSelected(1); }},
        {"outdentItem",
         tr("升级"),
         {QKeySequence(Qt::SHIFT | Qt::Key_Backtab), QKeySequence(Qt::Key_Backtab)},
         tr("升一级：任务→项目→工程（Shift+Tab）"),
         [this] { outdentSelected(); }},
        {"indentItem",
         tr("降级"),
         {QKeySequence(Qt::Key_Tab)},
         tr("降一级，归入上一个同级：工程→项目→任务（Tab）"),
         [this] { indentSelected(); }},
        {nullptr, {}, {}, {}, {}},
        {"copyItem",
         tr("复制"),
         {QKeySequence(Qt::CTRL | Qt::Key_C)},
         tr("复制所选一项及其下级（Ctrl+C）"),
         [this] { copySelected(); }},
        {"pasteItem",
         tr("粘贴"),
         {QKeySequence(Qt::CTRL | Qt::Key_V)},
         tr("粘贴到所选一项之后或其下（Ctrl+V）"),
         [this] { pasteBranch(); }},
        {nullptr, {}, {}, {}, {}},
        {"editDepartments",
         tr("责任部门…"),
         {},
         tr("改名、合并同一单位的两种写法"),
         [this] { editDepartments(); }},
        {"sendFeedback",
         tr("反馈表…"),
         {},
         tr("为所选责任单位写出进展反馈表（xlsx），记为一个反馈轮次"),
         [this] { feedbackui::sendForms(this, m_workspace, m_planId); }},
        {"mergeFeedback",
         tr("合并反馈…"),
         {},
         tr("读入各单位报回的反馈表，逐行核对后合并"),
         [this] { feedbackui::mergeFiles(this, m_workspace, {}); }},
    };
    auto *bar = static_cast<QToolBar *>(toolbar);
    auto *separator = new QAction(this);
    separator->setSeparator(true);
    m_tree->addAction(separator);
    for (const Spec &spec : specs) {
        if (!spec.name) {
            bar->addSeparator();
            continue;
        }
        auto *action = new QAction(spec.text, this);
        action->setObjectName(QString::fromLatin1(spec.name));
        action->setShortcuts(spec.keys);
        // Only while the tree itself has the focus: typing in a cell keeps Enter, Tab, Delete.
        action->setShortcutContext(Qt::WidgetShortcut);
        action->setToolTip(spec.tip);
        connect(action, &QAction::triggered, this, spec.run);
        bar->addAction(action);
        m_tree->addAction(action);
    }
}

Item TasksPage::selectedItem() const
{
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid())
        return {};
    return {Level(index.data(TaskTreeModel::KindRole).toInt()),
            index.data(TaskTreeModel::IdRole).toLongLong()};
}

bool TasksPage::selectItem(Item item)
{
    if (!item.isValid())
        return false;
    if (item.level == Level::Task)
        return selectTask(item.id);
    const QModelIndex index = m_proxy->mapFromSource(m_model->indexOf(int(item.level), item.id));
    if (!index.isValid())
        return false;
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    return true;
}

void TasksPage::followUndo(int index)
{
    QUndoStack *stack = m_workspace ? m_workspace->undoStack() : nullptr;
    const bool undone = index < m_stackIndex;
    m_stackIndex = index;
    if (!stack)
        return;
    const auto *command = dynamic_cast<const outlinecommands::OutlineCommand *>(
        stack->command(undone ? index : index - 1));
    if (!command)
        return;
    const Item item = undone ? command->undoFocus() : command->focus();
    // After the page has reloaded what the undo or redo changed.
    QTimer::singleShot(0, this, [this, item] { selectItem(item); });
}

bool TasksPage::runOutline(std::unique_ptr<outlinecommands::OutlineCommand> command,
                           const QString &error, bool editTitle)
{
    const Item focus = command ? command->focus() : Item{};
    if (!run(std::move(command), error))
        return false;
    m_stackIndex = m_workspace->undoStack()->index();
    selectItem(focus);
    if (editTitle)
        renameSelected();
    return true;
}

bool TasksPage::addSibling(const QString &title)
{
    const Item item = selectedItem();
    if (!item.isValid())
        return addItem(Level::Program, title);
    return addItem(item.level, title);
}

bool TasksPage::addChild(const QString &title)
{
    const Item item = selectedItem();
    if (!item.isValid())
        return addItem(Level::Program, title);
    if (item.level == Level::Task)
        return run(nullptr, tr("任务下不能再添加下级；按 Enter 添加同级任务"));
    return addItem(Level(int(item.level) + 1), title);
}

bool TasksPage::addItem(Level level, const QString &title)
{
    if (!m_workspace || m_planId <= 0)
        return false;
    const QString words = title.trimmed().isEmpty()
                              ? tr("新") + shownWords(outlinecommands::levelName(level))
                              : title;
    Item at = selectedItem();
    // The selection's ancestor of the same level takes the new item after it.
    while (at.isValid() && int(at.level) > int(level))
        at = {Level(int(at.level) - 1), outlinecommands::parentOf(m_workspace, at)};
    QString error;
    std::unique_ptr<outlinecommands::OutlineCommand> command;
    if (at.isValid() && at.level == level) {
        command = outlinecommands::addAfter(m_workspace, at, words, &error);
    } else if (at.isValid() && int(at.level) == int(level) - 1) {
        command = outlinecommands::addChild(m_workspace, at, words, &error);
    } else if (level == Level::Program) {
        command = outlinecommands::add(m_workspace, level, m_planId, -1, words, &error);
    } else {
        // A task with a program selected: into the program's last project.
        const QModelIndex source = m_model->indexOf(int(at.level), at.id);
        const int projects = source.isValid() ? m_model->rowCount(source) : 0;
        if (level != Level::Task || projects == 0)
            return run(nullptr,
                       tr("请先选择（或添加）%1，再添加%2")
                           .arg(shownWords(outlinecommands::levelName(Level(int(level) - 1))),
                                shownWords(outlinecommands::levelName(level))));
        const qint64 project =
            m_model->index(projects - 1, 0, source).data(TaskTreeModel::IdRole).toLongLong();
        command = outlinecommands::add(m_workspace, level, project, -1, words, &error);
    }
    return runOutline(std::move(command), error, title.trimmed().isEmpty());
}

bool TasksPage::renameSelected()
{
    const QModelIndex index = m_tree->currentIndex();
    if (!index.isValid())
        return false;
    m_tree->setFocus();
    m_tree->edit(index.siblingAtColumn(TaskTreeModel::Title));
    return true;
}

bool TasksPage::deleteSelected()
{
    const Item item = selectedItem();
    if (!item.isValid() || !m_workspace)
        return false;
    const QString what = outlinecommands::removal(m_workspace, item).text();
    const QString title = m_tree->currentIndex().data(Qt::EditRole).toString();
    if (QMessageBox::question(
            this, tr("删除%1").arg(shownWords(outlinecommands::levelName(item.level))),
            tr("删除%1“%2”吗？\n%3删除后可用“撤销”（Ctrl+Z）恢复。")
                .arg(shownWords(outlinecommands::levelName(item.level)), title,
                     what.isEmpty() ? QString() : what + tr("。\n"))) != QMessageBox::Yes)
        return false;
    QString error;
    return runOutline(outlinecommands::remove(m_workspace, item, &error), error);
}

bool TasksPage::moveSelected(int delta)
{
    QString error;
    return m_workspace &&
           runOutline(outlinecommands::shift(m_workspace, selectedItem(), delta, &error), error);
}

bool TasksPage::indentSelected()
{
    QString error;
    return m_workspace &&
           runOutline(outlinecommands::indent(m_workspace, selectedItem(), &error), error);
}

bool TasksPage::outdentSelected()
{
    QString error;
    return m_workspace &&
           runOutline(outlinecommands::outdent(m_workspace, selectedItem(), &error), error);
}

bool TasksPage::copySelected()
{
    const Item item = selectedItem();
    if (!item.isValid() || !m_workspace)
        return false;
    const auto branch = outlinecommands::branch(m_workspace, item);
    if (!branch)
        return false;
    auto *data = new QMimeData;
    data->setData(kBranchMime, QJsonDocument(branch->toJson()).toJson(QJsonDocument::Compact));
    data->setText(branch->title());
    QApplication::clipboard()->setMimeData(data);
    return true;
}

bool TasksPage::pasteBranch()
{
    if (!m_workspace || m_planId <= 0)
        return false;
    const QMimeData *data = QApplication::clipboard()->mimeData();
    const auto branch = data && data->hasFormat(kBranchMime)
                            ? outlinecommands::Branch::fromJson(
                                  QJsonDocument::fromJson(data->data(kBranchMime)).object())
                            : std::nullopt;
    if (!branch)
        return run(nullptr, tr("剪贴板中没有复制的工程、项目或任务"));
    QString error;
    return runOutline(
        outlinecommands::paste(m_workspace, m_planId, *branch, selectedItem(), &error), error);
}

void TasksPage::editDepartments()
{
    if (!m_workspace || m_planId <= 0)
        return;
    DepartmentsDialog dialog(m_workspace, m_planId, this);
    dialog.exec();
}

void TasksPage::editHolidays()
{
    if (!m_workspace)
        return;
    HolidayDialog dialog(m_workspace, this);
    dialog.exec();
}

bool TasksPage::print()
{
    if (!m_workspace)
        return false;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageOrientation(QPageLayout::Landscape);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintPreviewDialog preview(&printer, this);
    preview.setWindowTitle(tr("打印时间轴"));
    const QString title =
        PlanRepository(m_workspace).plan(m_planId).value_or(Plan{}).title + tr("　任务时间轴");
    connect(&preview, &QPrintPreviewDialog::paintRequested, this,
            [this, title](QPrinter *p) { m_gantt->print(p, title); });
    preview.exec();
    return true;
}

} // namespace tuoyu
