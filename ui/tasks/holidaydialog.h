#pragma once

#include "calendar/workingdaycalendar.h"
#include "shell/forms.h"

#include <QDialog>

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
    /// The day to add: its date, kind and name, each bound to its editor.
    forms::FieldBinder<WorkingDayCalendar::Entry> m_day;
};

} // namespace tuoyu
