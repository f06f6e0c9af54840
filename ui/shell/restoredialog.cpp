#include "restoredialog.h"

#include "shell/corewords.h"

#include <QColor>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tuoyu {

namespace {

QString countText(qint64 n)
{
    return n < 0 ? QStringLiteral("—") : QString::number(n);
}

} // namespace

RestoreDialog::RestoreDialog(const QString &workspacePath, const QList<BackupInfo> &backups,
                             QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("从备份恢复"));
    resize(860, 420);
    auto *intro =
        new QLabel(tr("选择一份备份，用它替换 %1。\n当前文件会先另存为一份“恢复前的文件”，"
                      "再从它恢复即可撤销这次恢复。")
                       .arg(QDir::toNativeSeparators(workspacePath)));
    intro->setWordWrap(true);
    m_list = new QTreeWidget;
    m_list->setObjectName(QStringLiteral("backupList"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels(
        {tr("日期"), tr("类型"), tr("机构"), tr("任务"), tr("台账行"), tr("大小"), tr("文件")});
    for (const BackupInfo &b : backups)
        addRow(b, false);
    m_list->header()->setStretchLastSection(true);
    for (int column = 0; column < 6; ++column)
        m_list->resizeColumnToContents(column);
    m_why = new QLabel;
    m_why->setObjectName(QStringLiteral("backupProblem"));
    m_why->setWordWrap(true);
    m_why->setStyleSheet(QStringLiteral("color: #b00020"));

    auto *buttons = new QDialogButtonBox;
    m_restore = buttons->addButton(tr("恢复"), QDialogButtonBox::AcceptRole);
    m_restore->setObjectName(QStringLiteral("restoreButton"));
    QPushButton *other = buttons->addButton(tr("其他文件…"), QDialogButtonBox::ActionRole);
    buttons->addButton(tr("取消"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(other, &QPushButton::clicked, this, [this, workspacePath] {
        const QString path = QFileDialog::getOpenFileName(
            this, tr("选择备份文件"), QFileInfo(workspacePath).absolutePath(),
            tr("托育工作台文件 (*.tuoyu);;所有文件 (*)"));
        if (!path.isEmpty())
            addFile(path);
    });
    connect(m_list, &QTreeWidget::currentItemChanged, this, &RestoreDialog::updateButtons);
    connect(m_list, &QTreeWidget::itemDoubleClicked, this, [this] {
        if (m_restore->isEnabled())
            accept();
    });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_list);
    if (backups.isEmpty())
        layout->addWidget(new QLabel(tr("还没有备份。可用“其他文件…”选择一份。")));
    layout->addWidget(m_why);
    layout->addWidget(buttons);
    if (QTreeWidgetItem *first = m_list->topLevelItem(0); first && !first->isDisabled())
        m_list->setCurrentItem(first);
    updateButtons();
}

void RestoreDialog::addRow(const BackupInfo &b, bool atTop)
{
    const QLocale chinese(QLocale::Chinese, QLocale::China);
    auto *item = new QTreeWidgetItem(
        {b.made.toString(QStringLiteral("yyyy-MM-dd HH:mm")), shownWords(kindLabel(b.kind)),
         countText(b.institutions), countText(b.tasks), countText(b.ledgerLines),
         chinese.formattedDataSize(b.bytes, 1, QLocale::DataSizeTraditionalFormat),
         QDir::toNativeSeparators(b.path)});
    item->setData(0, Qt::UserRole, b.path);
    item->setData(1, Qt::UserRole, b.problem);
    for (int column = 2; column <= 5; ++column)
        item->setTextAlignment(column, Qt::AlignRight | Qt::AlignVCenter);
    if (!b.problem.isEmpty()) {
        item->setText(1, tr("无法恢复"));
        item->setToolTip(1, b.problem);
        item->setForeground(1, QColor(0xb0, 0x00, 0x20));
    }
    if (atTop)
        m_list->insertTopLevelItem(0, item);
    else
        m_list->addTopLevelItem(item);
}

void RestoreDialog::addFile(const QString &path)
{
    addRow(BackupStore::describe(path), true);
    m_list->setCurrentItem(m_list->topLevelItem(0));
    updateButtons();
}

QString RestoreDialog::selectedPath() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void RestoreDialog::updateButtons()
{
    const QTreeWidgetItem *item = m_list->currentItem();
    const QString problem = item ? item->data(1, Qt::UserRole).toString() : QString();
    m_why->setText(problem);
    m_why->setVisible(!problem.isEmpty());
    m_restore->setEnabled(item && problem.isEmpty());
}

} // namespace tuoyu
