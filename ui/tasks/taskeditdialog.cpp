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

TaskEditDialog::Fields TaskEditDialog::fieldsOf(const TaskView &v)
{
    const bool implied = v.departmentImplied.value(0);
    return {v.task.text,
            v.task.deadlineInherited ? QString() : v.task.deadlineText,
            v.task.startDate,
            implied ? QString() : v.lead(),
            implied ? v.departments : v.departments.mid(1),
            v.task.notes};
}

TaskEditDialog::TaskEditDialog(const TaskView &v, const QStringList &departments, QWidget *parent)
    : QDialog(parent)
    , m_departments(departments)
{
    setWindowTitle(tr("编辑任务"));
    auto *text =
        m_fields.bind(forms::named(new QPlainTextEdit, QStringLiteral("taskText")), &Fields::text);
    text->setFixedHeight(70);
    text->setTabChangesFocus(true); // Tab moves on to the deadline instead of typing a tab
    QLineEdit *deadline =
        m_fields.bind(forms::lineEdit(QStringLiteral("deadlineText"),
                                      tr("如“2025年6月底前”；留空则沿用计划期限")),
                      &Fields::deadlineText);
    m_resolved = forms::named(new QLabel, QStringLiteral("deadlineResolved"));
    // Only a task that took the plan's end can have it confirmed as its own deadline.
    if (v.task.deadlineInherited && v.task.deadline.isValid())
        m_confirm = forms::named(
            new QCheckBox(tr("确认以实施期末 %1 作为本任务的完成时限（确认后按此督办、排名）")
                              .arg(v.task.deadline.toString(tr("yyyy年M月d日")))),
            QStringLiteral("confirmInherited"));
    auto *start = m_fields.bind(
        forms::named(forms::dateEdit(QDate::currentDate()), QStringLiteral("startDate")),
        &Fields::startDate);
    auto *lead = forms::named(new QComboBox, QStringLiteral("lead"));
    lead->setEditable(true);
    lead->addItems(departments);
    m_fields.bind(
        lead, [lead](const Fields &f) { lead->setCurrentText(f.lead); },
        [lead](Fields *f) {
            f->lead = lead->currentText().trimmed();
            return QString();
        });
    QLineEdit *others =
        forms::lineEdit(QStringLiteral("others"), tr("用“、”分隔，如 区财政局、区教育局"));
    m_fields.bind(
        others, [others](const Fields &f) { others->setText(f.others.join(tr("、"))); },
        [others](Fields *f) {
            f->others = departmentcommands::splitNames(others->text());
            return QString();
        });
    // Names come from the plan's list; a name typed that the list lacks is added to it.
    auto *completer = new QCompleter(departments, others);
    completer->setFilterMode(Qt::MatchContains);
    others->setCompleter(completer);
    m_newDepartments = forms::named(new QLabel, QStringLiteral("newDepartments"));
    m_newDepartments->setWordWrap(true);
    QLineEdit *notes = m_fields.bind(forms::lineEdit(QStringLiteral("notes")), &Fields::notes);
    Fields shown = fieldsOf(v);
    if (!shown.startDate.isValid())
        shown.startDate = QDate::currentDate(); // where the officer starts picking one
    m_fields.load(shown);

    auto *form = new QFormLayout;
    form->addRow(tr("任务内容"), text);
    form->addRow(tr("完成时限"), deadline);
    form->addRow(QString(), m_resolved);
    if (m_confirm)
        form->addRow(QString(), m_confirm);
    form->addRow(tr("开始日期"), start);
    form->addRow(tr("牵头单位"), lead);
    form->addRow(tr("配合单位"), others);
    form->addRow(QString(), m_newDepartments);
    form->addRow(tr("备注"), notes);
    auto *buttons = forms::acceptCancel(this, tr("保存"), QDialogButtonBox::Save);
    forms::layOut(this, form, buttons);
    std::vector<QWidget *> chain = m_fields.editors();
    chain.push_back(buttons->button(QDialogButtonBox::Save));
    chain.push_back(buttons->button(QDialogButtonBox::Cancel));
    setTabChain(chain);
    if (m_confirm)
        QWidget::setTabOrder(deadline, m_confirm); // read right below the deadline
    connect(deadline, &QLineEdit::textChanged, this, &TaskEditDialog::resolveDeadline);
    connect(lead, &QComboBox::currentTextChanged, this, &TaskEditDialog::markNewDepartments);
    connect(others, &QLineEdit::textChanged, this, &TaskEditDialog::markNewDepartments);
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
    const auto d = taskcommands::resolveDeadline(fields().deadlineText, m_planEnd);
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
    const Fields typed = fields();
    for (const QString &name : QStringList{typed.lead} + typed.others)
        if (!name.isEmpty() && !m_departments.contains(name) && !fresh.contains(name))
            fresh << name;
    m_newDepartments->setText(
        fresh.isEmpty() ? QString()
                        : tr("新部门：%1（保存时加入本计划的责任部门）").arg(fresh.join(tr("、"))));
}

TaskEditDialog::Fields TaskEditDialog::fields() const
{
    Fields typed;
    m_fields.read(&typed); // every field is taken as typed: the commands check them
    return typed;
}

bool TaskEditDialog::confirmInherited() const
{
    return m_confirm && m_confirm->isChecked() && fields().deadlineText.isEmpty();
}

} // namespace tuoyu
