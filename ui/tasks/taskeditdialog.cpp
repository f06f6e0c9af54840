#include "taskeditdialog.h"

#include "calendar/deadlineparser.h"
#include "commands/departmentcommands.h"
#include "commands/taskcommands.h"
#include "shell/taborder.h"

#include "shell/forms.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tuoyu {

TaskEditDialog::TaskEditDialog(const TaskView &v, const QStringList &departments, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("编辑任务"));
    m_text = new QPlainTextEdit(v.task.text);
    m_text->setObjectName(QStringLiteral("taskText"));
    m_text->setFixedHeight(70);
    m_text->setTabChangesFocus(true); // Tab moves on to the deadline instead of typing a tab
    m_deadline = new QLineEdit(v.task.deadlineInherited ? QString() : v.task.deadlineText);
    m_deadline->setObjectName(QStringLiteral("deadlineText"));
    m_deadline->setPlaceholderText(tr("如“2025年6月底前”；留空则沿用计划期限"));
    m_resolved = new QLabel;
    // Only a task that took the plan's end can have it confirmed as its own deadline.
    if (v.task.deadlineInherited && v.task.deadline.isValid()) {
        m_confirm =
            new QCheckBox(tr("确认以实施期末 %1 作为本任务的完成时限（确认后按此督办、排名）")
                              .arg(v.task.deadline.toString(tr("yyyy年M月d日"))));
        m_confirm->setObjectName(QStringLiteral("confirmInherited"));
    }
    m_resolved->setObjectName(QStringLiteral("deadlineResolved"));
    m_start = forms::named(
        forms::dateEdit(v.task.startDate.isValid() ? v.task.startDate : QDate::currentDate()),
        QStringLiteral("startDate"));
    m_lead = forms::named(new QComboBox, QStringLiteral("lead"));
    m_lead->setEditable(true);
    m_lead->addItems(departments);
    m_lead->setCurrentText(v.departmentImplied.value(0) ? QString() : v.lead());
    m_others = new QLineEdit(
        (v.departmentImplied.value(0) ? v.departments : v.departments.mid(1)).join(tr("、")));
    m_others->setObjectName(QStringLiteral("others"));
    m_others->setPlaceholderText(tr("用“、”分隔，如 区财政局、区教育局"));
    m_departments = departments;
    // Names come from the plan's list; a name typed that the list lacks is added to it.
    auto *completer = new QCompleter(departments, m_others);
    completer->setFilterMode(Qt::MatchContains);
    m_others->setCompleter(completer);
    m_newDepartments = forms::named(new QLabel, QStringLiteral("newDepartments"));
    m_newDepartments->setWordWrap(true);
    m_notes = new QLineEdit(v.task.notes);
    m_notes->setObjectName(QStringLiteral("notes"));

    auto *form = new QFormLayout;
    form->addRow(tr("任务内容"), m_text);
    form->addRow(tr("完成时限"), m_deadline);
    form->addRow(QString(), m_resolved);
    if (m_confirm)
        form->addRow(QString(), m_confirm);
    form->addRow(tr("开始日期"), m_start);
    form->addRow(tr("牵头单位"), m_lead);
    form->addRow(tr("配合单位"), m_others);
    form->addRow(QString(), m_newDepartments);
    form->addRow(tr("备注"), m_notes);
    auto *buttons = forms::acceptCancel(this, tr("保存"), QDialogButtonBox::Save);
    forms::layOut(this, form, buttons);
    setTabChain({m_text, m_deadline, m_start, m_lead, m_others, m_notes,
                 buttons->button(QDialogButtonBox::Save),
                 buttons->button(QDialogButtonBox::Cancel)});
    if (m_confirm)
        QWidget::setTabOrder(m_deadline, m_confirm); // read right below the deadline
    connect(m_deadline, &QLineEdit::textChanged, this, &TaskEditDialog::resolveDeadline);
    connect(m_lead, &QComboBox::currentTextChanged, this, &TaskEditDialog::markNewDepartments);
    connect(m_others, &QLineEdit::textChanged, this, &TaskEditDialog::markNewDepartments);
    resolveDeadline();
    markNewDepartments();
    resize(560, sizeHint().height());
}

void TaskEditDialog::setPlanEnd(const QDate &end)
{
    m_planEnd = end;
    resolveDeadline();
}

void TaskEditDialog::resolveDeadline()
{
    // The same reading the command makes of the words (taskcommands::resolveDeadline).
    const auto d = taskcommands::resolveDeadline(m_deadline->text(), m_planEnd);
    const QString date = d.date.toString(tr("yyyy年M月d日（dddd）"));
    if (d.inherited)
        m_resolved->setText(d.date.isValid() ? tr("→ 沿用计划期限：%1（按实施期末计）").arg(date)
                                             : tr("→ 沿用计划期限（计划未设结束日期）"));
    else
        m_resolved->setText(
            d.date.isValid()
                ? QStringLiteral("→ %1").arg(date)
                : tr("→ %1（这些字不指向具体日期）").arg(DeadlineParser::undetermined()));
}

void TaskEditDialog::markNewDepartments()
{
    QStringList fresh;
    for (const QString &name : QStringList{lead()} + others())
        if (!name.isEmpty() && !m_departments.contains(name) && !fresh.contains(name))
            fresh << name;
    m_newDepartments->setText(
        fresh.isEmpty() ? QString()
                        : tr("新部门：%1（保存时加入本计划的责任部门）").arg(fresh.join(tr("、"))));
}

QString TaskEditDialog::text() const
{
    return m_text->toPlainText().trimmed();
}

bool TaskEditDialog::confirmInherited() const
{
    return m_confirm && m_confirm->isChecked() && deadlineText().isEmpty();
}

QString TaskEditDialog::deadlineText() const
{
    return m_deadline->text().trimmed();
}

QDate TaskEditDialog::startDate() const
{
    return m_start->date();
}

QString TaskEditDialog::lead() const
{
    return m_lead->currentText().trimmed();
}

QStringList TaskEditDialog::others() const
{
    return departmentcommands::splitNames(m_others->text());
}

QString TaskEditDialog::notes() const
{
    return m_notes->text().trimmed();
}

} // namespace tuoyu
