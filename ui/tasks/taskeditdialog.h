#pragma once

#include "shell/forms.h"
#include "storage/planrepository.h"

#include <QDialog>

class QCheckBox;
class QLabel;

namespace tuoyu {

/// Edits a task's words, deadline words (resolved again as they are typed), start date and
/// departments (lead and co). The page turns the result into commands.
class TaskEditDialog : public QDialog
{
    Q_OBJECT

public:
    /// What the form shows and reads back.
    struct Fields
    {
        QString text;
        QString deadlineText; ///< empty: the task takes the plan's end
        QDate startDate;
        QString lead;
        QStringList others; ///< the co-departments
        QString notes;
    };
    /// The task as the form shows it: a deadline taken from the plan shows no words, and
    /// departments only implied by the text show none.
    static Fields fieldsOf(const TaskView &task);

    TaskEditDialog(const TaskView &task, const QStringList &departments, QWidget *parent = nullptr);

    /// What the officer typed, trimmed.
    Fields fields() const;
    /// The officer confirms the inherited plan end as the task's real deadline.
    bool confirmInherited() const;
    /// The plan's end, shown beside empty deadline words (the task then takes it).
    void setPlanEnd(const QDate &end);

private:
    void resolveDeadline();
    void markNewDepartments();

    forms::FieldBinder<Fields> m_fields;
    QLabel *m_resolved = nullptr;
    QCheckBox *m_confirm = nullptr;
    QLabel *m_newDepartments = nullptr;
    QStringList m_departments;
    QDate m_planEnd;
};

} // namespace tuoyu
