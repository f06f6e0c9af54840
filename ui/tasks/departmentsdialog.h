#pragma once

#include <QDialog>

class QLineEdit;
class QTableWidget;

namespace tuoyu {

class Workspace;

/// 责任部门: the plan's list of departments with how many tasks each leads and shares; rename
/// one, merge two spellings of one office into one record, add one, delete an unused one.
/// Each is a command, undone with Ctrl+Z like any edit.
class DepartmentsDialog : public QDialog
{
    Q_OBJECT

public:
    DepartmentsDialog(Workspace *workspace, qint64 planId, QWidget *parent = nullptr);
    /// Selects the department of that name; false when the plan has none.
    bool select(const QString &name);
    bool renameSelected(const QString &name);
    /// Merges the selected department into `into` (a name in the list).
    bool mergeSelected(const QString &into);
    bool addDepartment(const QString &name);
    bool removeSelected();

private:
    void reload();
    qint64 selectedId() const;
    bool run(std::unique_ptr<class WorkspaceCommand> command, const QString &error);
    Workspace *m_workspace;
    qint64 m_planId;
    QTableWidget *m_table = nullptr;
    QLineEdit *m_name = nullptr;
};

} // namespace tuoyu
