#include "historydialog.h"

#include "storage/workspace.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QSqlQuery>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tuoyu {

HistoryDialog::HistoryDialog(Workspace *workspace, const QString &table, qint64 recordId,
                             const QString &title, QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(QStringLiteral("修改记录：%1").arg(title));
    resize(900, 480);
    auto *list = new QTableWidget;
    list->setObjectName(QStringLiteral("historyTable"));
    list->setColumnCount(6);
    list->setHorizontalHeaderLabels({QStringLiteral("时间"), QStringLiteral("操作人"),
                                     QStringLiteral("操作"), QStringLiteral("字段"),
                                     QStringLiteral("原值"), QStringLiteral("新值")});
    list->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->verticalHeader()->setVisible(false);
    QSqlQuery q(workspace->db());
    q.prepare(QStringLiteral(
        "SELECT at, actor, action, command, field, old_value, new_value FROM audit_log "
        "WHERE table_name = ? AND record_id = ? ORDER BY id DESC"));
    q.addBindValue(table);
    q.addBindValue(recordId);
    q.exec();
    static const QHash<QString, QString> actions = {
        {QStringLiteral("do"), QString()},
        {QStringLiteral("undo"), QStringLiteral("撤销：")},
        {QStringLiteral("redo"), QStringLiteral("重做：")}};
    while (q.next()) {
        const int row = list->rowCount();
        list->insertRow(row);
        list->setItem(row, 0,
                      new QTableWidgetItem(
                          q.value(0).toString().replace(QLatin1Char('T'), QLatin1Char(' '))));
        list->setItem(row, 1, new QTableWidgetItem(q.value(1).toString()));
        list->setItem(
            row, 2,
            new QTableWidgetItem(actions.value(q.value(2).toString()) + q.value(3).toString()));
        list->setItem(row, 3,
                      new QTableWidgetItem(q.value(4).toString() == QLatin1String("*")
                                               ? QStringLiteral("（整条记录）")
                                               : q.value(4).toString()));
        list->setItem(row, 4, new QTableWidgetItem(q.value(5).toString()));
        list->setItem(row, 5, new QTableWidgetItem(q.value(6).toString()));
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
