#include "plantreepage.h"

#include "storage/planrepository.h"
#include "storage/workspace.h"

#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tuoyu {

PlanTreePage::PlanTreePage(QWidget *parent)
    : Page(parent)
{
    auto *layout = new QVBoxLayout(this);
    m_header = new QLabel;
    m_header->setWordWrap(true);
    m_tree = new QTreeWidget;
    m_tree->setObjectName(QStringLiteral("planTree"));
    m_tree->setHeaderLabels({QStringLiteral("工程 / 项目 / 任务"), QStringLiteral("完成时限"),
                             QStringLiteral("责任部门"), QStringLiteral("状态")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setWordWrap(true);
    layout->addWidget(m_header);
    layout->addWidget(m_tree);
}

void PlanTreePage::setContext(Workspace *workspace, qint64 planId)
{
    m_workspace = workspace;
    m_planId = planId;
    reload();
}

void PlanTreePage::refresh(const QSet<QString> &tables)
{
    static const QSet<QString> mine = {
        QStringLiteral("plan"), QStringLiteral("program"),         QStringLiteral("project"),
        QStringLiteral("task"), QStringLiteral("task_department"), QStringLiteral("department")};
    if (tables.intersects(mine))
        reload();
}

void PlanTreePage::reload()
{
    m_tree->clear();
    m_header->clear();
    if (!m_workspace || m_planId == 0)
        return;
    PlanRepository repo(m_workspace);
    const auto plan = repo.plan(m_planId);
    if (!plan)
        return;
    m_header->setText(QStringLiteral("<b>%1</b>　期限：%2 至 %3")
                          .arg(plan->title.toHtmlEscaped(),
                               plan->periodStart.toString(QStringLiteral("yyyy年M月d日")),
                               plan->periodEnd.toString(QStringLiteral("yyyy年M月d日"))));
    const QDate today = QDate::currentDate();
    for (const ProgramNode &program : repo.tree(m_planId)) {
        auto *programItem =
            new QTreeWidgetItem(m_tree, {program.program.number + program.program.title});
        for (const ProjectNode &project : program.projects) {
            auto *projectItem =
                new QTreeWidgetItem(programItem, {project.project.number + QStringLiteral("．") +
                                                  project.project.title});
            for (const TaskView &t : project.tasks) {
                QString deadline = t.task.deadline.isValid() ? t.task.deadline.toString(Qt::ISODate)
                                                             : QStringLiteral("未定");
                if (t.task.deadlineInherited)
                    deadline += QStringLiteral("（沿用计划期限）");
                else if (!t.task.deadlineText.isEmpty())
                    deadline = t.task.deadlineText + QStringLiteral("（") + deadline +
                               QStringLiteral("）");
                auto *taskItem = new QTreeWidgetItem(
                    projectItem, {t.task.text, deadline, t.departments.join(QStringLiteral("、")),
                                  taskStatusLabel(t.task.status) +
                                      (t.overdue(today) ? QStringLiteral("（逾期）") : QString())});
                taskItem->setToolTip(0, t.task.text);
                if (t.overdue(today))
                    taskItem->setForeground(3, QColor(0xC6, 0x28, 0x28));
            }
        }
    }
    m_tree->expandAll();
    m_tree->resizeColumnToContents(1);
}

} // namespace tuoyu
