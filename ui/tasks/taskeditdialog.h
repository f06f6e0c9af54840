#pragma once

#include "storage/planrepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace tuoyu {

/// Edits a task's words, deadline words (resolved again as they are typed), start date and
/// departments (lead and co). The page turns the result into commands.
class TaskEditDialog : public QDialog
{
    Q_OBJECT

public:
    TaskEditDialog(const TaskView &task, const QStringList &departments, QWidget *parent = nullptr);

    QString text() const;
    QString deadlineText() const;
    QDate startDate() const;
    QString lead() const;
    QStringList others() const;
    QString notes() const;
    /// The officer confirms the inherited plan end as the task's real deadline.
    bool confirmInherited() const;
    /// The plan's end, shown beside empty deadline words (the task then takes it).
    void setPlanEnd(const QDate &end);

private:
    void resolveDeadline();
    void markNewDepartments();

    QPlainTextEdit *m_text = nullptr;
    QLineEdit *m_deadline = nullptr;
    QLabel *m_resolved = nullptr;
    QDateEdit *m_start = nullptr;
    QComboBox *m_lead = nullptr;
    QLineEdit *m_others = nullptr;
    QLineEdit *m_notes = nullptr;
    QCheckBox *m_confirm = nullptr;
    QLabel *m_newDepartments = nullptr;
    QStringList m_departments;
    QDate m_planEnd;
};

} // namespace tuoyu
