#pragma once

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
    QString title() const override { return QStringLiteral("任务"); }
    QString key() const override { return QStringLiteral("tasks"); }
    void setContext(Workspace *workspace, qint64 planId) override;
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

private:
    void reloadDepartments();
    void applyFilters();
    void updateDetail();
    bool run(std::unique_ptr<WorkspaceCommand> command, const QString &error);
    QWidget *buildDetail();

    Workspace *m_workspace = nullptr;
    qint64 m_planId = 0;
    bool m_showingDemo = false; ///< the model's day is the demo's, not today
    TaskTreeModel *m_model = nullptr;
    TaskFilterProxy *m_proxy = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeView *m_tree = nullptr;
    GanttView *m_gantt = nullptr;
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
    QDateEdit *m_entryDate = nullptr;
    QSpinBox *m_entryPercent = nullptr;
    QLineEdit *m_entryText = nullptr;
};

} // namespace tuoyu
