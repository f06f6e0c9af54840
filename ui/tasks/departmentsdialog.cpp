#include "departmentsdialog.h"

#include "commands/departmentcommands.h"
#include "commands/plancommands.h"
#include "session/workspace.h"
#include "storage/planrepository.h"

#include "shell/forms.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tuoyu {

DepartmentsDialog::DepartmentsDialog(Workspace *workspace, qint64 planId, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_planId(planId)
{
    setWindowTitle(tr("责任部门"));
    m_table = forms::listTable(QStringLiteral("departmentTable"),
                               {tr("部门"), tr("牵头任务"), tr("配合任务")}, 0);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_name = forms::lineEdit(QStringLiteral("departmentName"), tr("新部门名称，如 区医保局"));
    auto *add = new QPushButton(tr("添加"));
    auto *rename = new QPushButton(tr("改名…"));
    auto *merge = new QPushButton(tr("合并到…"));
    merge->setToolTip(tr("同一单位的两种写法（如 区卫体局 / 区卫健局）合为一条："
                         "所有任务改为指向合并后的部门"));
    auto *remove = new QPushButton(tr("删除"));
    auto *row = new QHBoxLayout;
    row->addWidget(m_name, 1);
    row->addWidget(add);
    auto *actions = new QHBoxLayout;
    actions->addWidget(rename);
    actions->addWidget(merge);
    actions->addWidget(remove);
    actions->addStretch();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("改名、合并或删除后可用“撤销”（Ctrl+Z）恢复。")));
    layout->addWidget(m_table, 1);
    layout->addLayout(actions);
    layout->addLayout(row);
    layout->addWidget(buttons);

    connect(add, &QPushButton::clicked, this, [this] {
        if (addDepartment(m_name->text()))
            m_name->clear();
    });
    connect(m_name, &QLineEdit::returnPressed, add, &QPushButton::click);
    connect(rename, &QPushButton::clicked, this, [this] {
        const int r = m_table->currentRow();
        if (r < 0)
            return;
        bool ok = false;
        const QString name =
            QInputDialog::getText(this, tr("部门改名"), tr("新名称"), QLineEdit::Normal,
                                  m_table->item(r, 0)->text(), &ok);
        if (ok)
            renameSelected(name);
    });
    connect(merge, &QPushButton::clicked, this, [this] {
        const int r = m_table->currentRow();
        if (r < 0)
            return;
        QStringList others;
        for (int i = 0; i < m_table->rowCount(); ++i)
            if (i != r)
                others << m_table->item(i, 0)->text();
        bool ok = false;
        const QString into = QInputDialog::getItem(
            this, tr("合并部门"), tr("把“%1”合并到").arg(m_table->item(r, 0)->text()), others, 0,
            false, &ok);
        if (ok)
            mergeSelected(into);
    });
    connect(remove, &QPushButton::clicked, this, &DepartmentsDialog::removeSelected);
    reload();
    resize(520, 460);
}

void DepartmentsDialog::reload()
{
    const qint64 keep = selectedId();
    const QList<Department> list = PlanRepository(m_workspace).departments(m_planId);
    m_table->setRowCount(int(list.size()));
    for (int r = 0; r < list.size(); ++r) {
        const auto use = departmentcommands::use(m_workspace, list[r].id);
        const QStringList cells = {list[r].name, QString::number(use.leads),
                                   QString::number(use.shares)};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, list[r].id);
            if (c > 0)
                item->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
            m_table->setItem(r, c, item);
        }
        if (list[r].id == keep)
            m_table->selectRow(r);
    }
}

qint64 DepartmentsDialog::selectedId() const
{
    const int r = m_table->currentRow();
    return r >= 0 && m_table->item(r, 0) ? m_table->item(r, 0)->data(Qt::UserRole).toLongLong() : 0;
}

bool DepartmentsDialog::select(const QString &name)
{
    for (int r = 0; r < m_table->rowCount(); ++r)
        if (m_table->item(r, 0)->text() == name) {
            m_table->selectRow(r);
            return true;
        }
    return false;
}

bool DepartmentsDialog::run(std::unique_ptr<WorkspaceCommand> command, const QString &error)
{
    QString failure = error;
    if (command && m_workspace->execute(std::move(command), &failure)) {
        reload();
        return true;
    }
    if (failure != QStringLiteral("没有改动"))
        QMessageBox::warning(this, tr("未能保存"), failure);
    return false;
}

bool DepartmentsDialog::renameSelected(const QString &name)
{
    const qint64 id = selectedId();
    QString error;
    return id != 0 && run(departmentcommands::rename(m_workspace, id, name, &error), error) &&
           select(name.trimmed());
}

bool DepartmentsDialog::mergeSelected(const QString &into)
{
    const qint64 id = selectedId();
    const qint64 target = departmentcommands::find(m_workspace, m_planId, into);
    QString error = tr("计划中没有责任部门“%1”").arg(into);
    return id != 0 &&
           run(target ? departmentcommands::merge(m_workspace, id, target, &error) : nullptr,
               error) &&
           select(into.trimmed());
}

bool DepartmentsDialog::addDepartment(const QString &name)
{
    QString error;
    return run(plancommands::addDepartment(m_workspace, m_planId, name, &error), error) &&
           select(name.trimmed());
}

bool DepartmentsDialog::removeSelected()
{
    const qint64 id = selectedId();
    QString error;
    return id != 0 && run(departmentcommands::remove(m_workspace, id, &error), error);
}

} // namespace tuoyu
