#pragma once

#include "commands/outlinecommands.h"
#include "shell/page.h"

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QScrollArea;
class QSpinBox;
class QTabWidget;
class QTableWidget;
class QTreeView;

namespace tuoyu {

class FeedbackRequestsPane;
class EvidencePane;
class GanttView;
class TaskFilterProxy;
class TaskTreeModel;
class WorkspaceCommand;

/// 任务 (督办): the plan tree with deadlines, departments, status, actual percent beside
/// 序时进度, colours for overdue / due soon / done; filters by department, status and
/// deadline; a detail pane with the progress log, 延期 and 办结; and the timeline view.
class TasksPage : public Page
{
    Q_OBJECT

public:
    explicit TasksPage(QWidget *parent = nullptr);
    ~TasksPage() override;
    void refresh(const QSet<QString> &tables) override;
    bool focusSearch() override;
    bool print() override;

    TaskTreeModel *model() const { return m_model; }
    /// Selects a task in the tree (clearing filters that hide it); false when not found.
    bool selectTask(qint64 taskId);
    qint64 selectedTaskId() const;
    /// Shows the timeline tab.
    void showTimeline();

    bool editSelected();
    bool extendSelected();
    bool closeSelected();
    bool reopenSelected();
    /// 修改记录 of the selected task: every audited change to it, newest first.
    void showHistory();
    bool applyStatus();
    bool addProgressEntry();
    bool removeProgressEntry();
    void editHolidays();

    // The outline editor (docs/plans.md "从零开始编写计划"). Titles left empty make an item named
    // 新工程 / 新项目 / 新任务 and open its title for typing.
    /// The selected program, project or task; invalid when nothing is selected.
    outlinecommands::Item selectedItem() const;
    bool selectItem(outlinecommands::Item item);
    /// Enter: a new item of the selected one's level right after it (a program on an empty plan).
    bool addSibling(const QString &title = QString());
    /// A new item one level below the selected one, last among its children.
    bool addChild(const QString &title = QString());
    /// ＋工程 / ＋项目 / ＋任务: an item of that level where the selection says.
    bool addItem(outlinecommands::Level level, const QString &title = QString());
    bool renameSelected();        ///< F2: the title in place
    bool deleteSelected();        ///< Delete, after a confirmation naming what goes with it
    bool moveSelected(int delta); ///< Alt+↑ / Alt+↓
    bool indentSelected();        ///< Tab
    bool outdentSelected();       ///< Shift+Tab
    bool copySelected();          ///< Ctrl+C: the branch onto the clipboard
    bool pasteBranch();           ///< Ctrl+V: after the selection, or under it
    /// 责任部门…: rename, merge, add and delete the plan's departments.
    void editDepartments();

private:
    void contextChanged(Workspace *previous) override;
    void reloadDepartments();
    void applyFilters();
    void updateDetail();
    bool run(std::unique_ptr<WorkspaceCommand> command, const QString &error);
    bool runOutline(std::unique_ptr<outlinecommands::OutlineCommand> command, const QString &error,
                    bool editTitle = false);
    void buildOutlineActions(QWidget *toolbar);
    void followUndo(int index);
    QWidget *buildDetail();

    bool m_showingDemo = false; ///< the model's day is the demo's, not today
    TaskTreeModel *m_model = nullptr;
    TaskFilterProxy *m_proxy = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeView *m_tree = nullptr;
    GanttView *m_gantt = nullptr;
    FeedbackRequestsPane *m_requests = nullptr;
    QLineEdit *m_search = nullptr;
    QComboBox *m_department = nullptr;
    QCheckBox *m_leadOnly = nullptr;
    QComboBox *m_statusFilter = nullptr;
    QComboBox *m_deadlineFilter = nullptr;

    QWidget *m_detail = nullptr;
    QLabel *m_detailTitle = nullptr;
    QLabel *m_detailInfo = nullptr;
    QPushButton *m_close = nullptr;
    QPushButton *m_reopen = nullptr;
    QComboBox *m_status = nullptr;
    QSpinBox *m_percent = nullptr;
    QTableWidget *m_log = nullptr;
    EvidencePane *m_evidence = nullptr;
    QDateEdit *m_entryDate = nullptr;
    QSpinBox *m_entryPercent = nullptr;
    QLineEdit *m_entryText = nullptr;
    int m_stackIndex = 0; ///< the undo stack's index, to tell undo from redo
};

} // namespace tuoyu
