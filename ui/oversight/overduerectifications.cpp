#include "overduerectifications.h"

#include "oversight/oversight.h"
#include "oversighttables.h"
#include "session/workspace.h"
#include "shell/corewords.h"
#include "shell/forms.h"
#include "storage/planrepository.h"

#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tuoyu {

OverdueRectifications::OverdueRectifications(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("overdueRectifications"));
    m_title = new QLabel;
    m_table = forms::listTable(
        QStringLiteral("overdueRectificationTable"),
        {tr("机构"), tr("检查日期"), tr("发现问题"), tr("整改期限"), tr("情况")}, 2);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setProperty("stretchColumn", 2);
    m_table->setMinimumHeight(120);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_title);
    layout->addWidget(m_table);
    connect(m_table, &QTableWidget::itemActivated, this, [this](QTableWidgetItem *item) {
        Q_EMIT inspectionActivated(m_table->item(item->row(), 0)->data(Qt::UserRole).toLongLong());
    });
    setVisible(false);
}

int OverdueRectifications::show(Workspace *workspace, const QDate &asOf)
{
    const QList<Inspection> overdue =
        workspace ? oversight::overdueRectifications(*workspace, asOf) : QList<Inspection>();
    m_title->setText(tr("<b>整改逾期的监督检查</b>（%1 项）").arg(overdue.size()));
    m_table->setRowCount(int(overdue.size()));
    for (int row = 0; row < overdue.size(); ++row) {
        const Inspection &n = overdue.at(row);
        const QStringList cells{n.institution, n.inspectedOn.toString(Qt::ISODate), n.findings,
                                n.rectifyBy.toString(Qt::ISODate),
                                shownWords(overdueDaysText(int(n.rectifyBy.daysTo(asOf))))};
        for (int c = 0; c < cells.size(); ++c) {
            auto *item = new QTableWidgetItem(cells.at(c));
            item->setData(Qt::UserRole, n.id);
            item->setToolTip(cells.at(c));
            m_table->setItem(row, c, item);
        }
        m_table->item(row, 4)->setForeground(QColor(0xC0, 0x39, 0x2B));
    }
    oversighttables::fitColumns(m_table);
    setVisible(!overdue.isEmpty());
    return int(overdue.size());
}

int OverdueRectifications::count() const
{
    return m_table->rowCount();
}

} // namespace tuoyu
