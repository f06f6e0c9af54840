#pragma once

#include <QDialog>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QSpinBox;
class QTableWidget;

namespace tuoyu {

class Workspace;

/// 节假日设置: the holidays and 调休 workdays of a year, shipped ones read-only, the officer's
/// own editable. Each addition and removal is a command, undone with Ctrl+Z like any edit.
class HolidayDialog : public QDialog
{
    Q_OBJECT

public:
    HolidayDialog(Workspace *workspace, QWidget *parent = nullptr);
    void showYear(int year);
    /// Adds the day the inputs name; true when added.
    bool addDay();
    /// Removes the selected officer's entry; true when removed.
    bool removeSelected();

private:
    void reload();
    Workspace *m_workspace;
    QSpinBox *m_year = nullptr;
    QTableWidget *m_table = nullptr;
    QDateEdit *m_date = nullptr;
    QComboBox *m_kind = nullptr;
    QLineEdit *m_name = nullptr;
};

} // namespace tuoyu
