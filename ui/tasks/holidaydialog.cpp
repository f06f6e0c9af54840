#include "holidaydialog.h"

#include "calendar/workingdaycalendar.h"
#include "commands/taskcommands.h"
#include "session/workspace.h"

#include "shell/forms.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tuoyu {

HolidayDialog::HolidayDialog(Workspace *workspace, QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
{
    setWindowTitle(tr("节假日设置（督办工作日）"));
    auto *note = new QLabel(
        tr("到期提醒和序时进度按工作日计算：周一至周五上班，扣除法定节假日，计入调休上班日。"
           "已内置 2023–2026 年国务院办公厅通知；新一年的安排公布后请在此添加。"));
    note->setWordWrap(true);
    m_year = new QSpinBox;
    m_year->setRange(2000, 2100);
    m_year->setValue(QDate::currentDate().year());
    m_table = forms::listTable(QStringLiteral("holidayTable"),
                               {tr("日期"), tr("类型"), tr("名称"), tr("来源")});
    using Entry = WorkingDayCalendar::Entry;
    auto *date = m_day.bind(
        forms::named(forms::dateEdit(QDate::currentDate()), QStringLiteral("holidayDate")),
        &Entry::date);
    auto *kind = forms::named(new QComboBox, QStringLiteral("holidayKind"));
    kind->addItem(tr("放假"), int(WorkingDayCalendar::DayKind::Holiday));
    kind->addItem(tr("调休上班"), int(WorkingDayCalendar::DayKind::Workday));
    m_day.bind(kind, &Entry::kind);
    QLineEdit *name = m_day.bind(
        forms::lineEdit(QStringLiteral("holidayName"), tr("节日名称，如 春节")), &Entry::name);
    auto *add = new QPushButton(tr("添加"));
    auto *remove = new QPushButton(tr("删除所选"));

    auto *top = new QHBoxLayout;
    forms::addLabelled(top, tr("年份"), m_year);
    top->addStretch();
    auto *inputs = new QHBoxLayout;
    inputs->addWidget(date);
    inputs->addWidget(kind);
    inputs->addWidget(name, 1);
    inputs->addWidget(add);
    inputs->addWidget(remove);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    buttons->button(QDialogButtonBox::Close)->setText(tr("关闭"));
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(note);
    layout->addLayout(top);
    layout->addWidget(m_table, 1);
    layout->addLayout(inputs);
    layout->addWidget(buttons);
    connect(m_year, &QSpinBox::valueChanged, this, &HolidayDialog::reload);
    connect(add, &QPushButton::clicked, this, &HolidayDialog::addDay);
    connect(remove, &QPushButton::clicked, this, &HolidayDialog::removeSelected);
    resize(620, 520);
    reload();
}

void HolidayDialog::showYear(int year)
{
    m_year->setValue(year);
    reload();
}

void HolidayDialog::reload()
{
    const WorkingDayCalendar calendar = WorkingDayCalendar::forWorkspace(m_workspace);
    const QList<WorkingDayCalendar::Entry> entries = calendar.entries(m_year->value());
    m_table->setRowCount(int(entries.size()));
    for (int r = 0; r < entries.size(); ++r) {
        const auto &e = entries[r];
        const bool workday = e.kind == WorkingDayCalendar::DayKind::Workday;
        const QStringList cells = {e.date.toString(QStringLiteral("yyyy-MM-dd ddd")),
                                   workday ? tr("调休上班") : tr("放假"), e.name,
                                   e.shipped ? tr("内置（国务院办公厅通知）") : tr("自行添加")};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells[c]);
            item->setData(Qt::UserRole, e.date);
            item->setData(Qt::UserRole + 1, e.shipped);
            if (workday)
                item->setForeground(QColor(0x1E, 0x63, 0xB0));
            m_table->setItem(r, c, item);
        }
    }
    m_table->resizeColumnsToContents();
}

bool HolidayDialog::addDay()
{
    WorkingDayCalendar::Entry day;
    m_day.read(&day); // the command checks the day
    QString error;
    auto command = taskcommands::setCalendarDay(m_workspace, day.date, day.kind, day.name, &error);
    if (!command || !m_workspace->execute(std::move(command), &error)) {
        QMessageBox::warning(this, tr("未能添加"), error);
        return false;
    }
    if (day.date.year() != m_year->value())
        m_year->setValue(day.date.year());
    reload();
    day.date = day.date.addDays(1); // holidays come in runs: the next day, same kind and name
    m_day.load(day);
    return true;
}

bool HolidayDialog::removeSelected()
{
    const QList<QTableWidgetItem *> items = m_table->selectedItems();
    if (items.isEmpty())
        return false;
    if (items.first()->data(Qt::UserRole + 1).toBool()) {
        QMessageBox::information(this, tr("内置日期"),
                                 tr("内置日期不能删除；如需更正，请为该日期添加一条新的设置。"));
        return false;
    }
    QString error;
    auto command = taskcommands::removeCalendarDay(
        m_workspace, items.first()->data(Qt::UserRole).toDate(), &error);
    if (!command || !m_workspace->execute(std::move(command), &error)) {
        QMessageBox::warning(this, tr("未能删除"), error);
        return false;
    }
    reload();
    return true;
}

} // namespace tuoyu
