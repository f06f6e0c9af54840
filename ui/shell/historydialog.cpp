#include "historydialog.h"

#include "session/workspace.h"
#include "storage/auditlogrepository.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tuoyu {

HistoryDialog::HistoryDialog(Workspace *workspace, const QString &table, qint64 recordId,
                             const QString &title, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("修改记录：%1").arg(title));
    resize(900, 480);
    auto *list = new QTableWidget;
    list->setObjectName(QStringLiteral("historyTable"));
    list->setColumnCount(6);
    list->setHorizontalHeaderLabels(
        {tr("时间"), tr("操作人"), tr("操作"), tr("字段"), tr("原值"), tr("新值")});
    list->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->verticalHeader()->setVisible(false);
    static const QHash<QString, QString> actions = {{QStringLiteral("do"), QString()},
                                                    {QStringLiteral("undo"), tr("撤销：")},
                                                    {QStringLiteral("redo"), tr("重做：")}};
    for (const AuditEntry &e : AuditLogRepository(workspace).forRecord(table, recordId)) {
        const int row = list->rowCount();
        list->insertRow(row);
        const QStringList cells = {QString(e.at).replace(QLatin1Char('T'), QLatin1Char(' ')),
                                   e.actor,
                                   actions.value(e.action) + e.command,
                                   e.field == QLatin1String("*") ? tr("（整条记录）") : e.field,
                                   e.oldValue,
                                   e.newValue};
        for (int column = 0; column < int(cells.size()); ++column)
            list->setItem(row, column, new QTableWidgetItem(cells[column]));
        ++m_entries;
    }
    list->resizeColumnsToContents();
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(list);
    layout->addWidget(buttons);
}

} // namespace tuoyu
