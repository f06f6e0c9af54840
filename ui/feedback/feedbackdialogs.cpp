#include "feedbackdialogs.h"

#include "commands/feedbackcommands.h"
#include "feedback/feedbackform.h"
#include "session/workspace.h"
#include "storage/planrepository.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace tuoyu {

FeedbackMergeDialog::FeedbackMergeDialog(Workspace *workspace, feedback::Review review,
                                         QWidget *parent)
    : QDialog(parent)
    , m_workspace(workspace)
    , m_review(std::move(review))
    , m_model(new QStandardItemModel(this))
    , m_view(new QTreeView(this))
{
    setWindowTitle(tr("合并反馈表"));
    resize(1000, 620);
    m_model->setHorizontalHeaderLabels({tr("任务 / 项目"), tr("原值"), tr("新值")});
    int changing = 0;
    for (int i = 0; i < m_review.rows.size(); ++i) {
        const feedback::ReplyRow &r = m_review.rows[i];
        if (r.changes.isEmpty() && r.warnings.isEmpty())
            continue; // nothing to decide: already merged or left blank
        auto *task = new QStandardItem(tr("%1 · %2 第%3行 · %4")
                                           .arg(r.department, r.file)
                                           .arg(r.row)
                                           .arg(r.taskText.left(40)));
        task->setCheckable(!r.changes.isEmpty());
        task->setCheckState(r.changes.isEmpty() ? Qt::Unchecked : Qt::Checked);
        task->setData(i, Qt::UserRole);
        task->setEditable(false);
        for (const feedback::FieldChange &c : r.changes) {
            QList<QStandardItem *> line{new QStandardItem(c.field), new QStandardItem(c.oldValue),
                                        new QStandardItem(c.newValue)};
            for (QStandardItem *item : line)
                item->setEditable(false);
            task->appendRow(line);
        }
        for (const QString &w : r.warnings) {
            auto *warning = new QStandardItem(tr("注意：") + w);
            warning->setForeground(Qt::darkRed);
            warning->setEditable(false);
            task->appendRow(warning);
        }
        changing += r.changes.isEmpty() ? 0 : 1;
        m_model->appendRow(task);
    }
    m_view->setModel(m_model);
    m_view->setObjectName(QStringLiteral("feedbackRows"));
    m_view->expandAll();
    m_view->header()->resizeSection(0, 520);
    m_view->header()->resizeSection(1, 120);

    auto *summary =
        new QLabel(tr("%1 份文件，对上 %2 行，其中 %3 行有新内容、%4 行无新内容；拒收 %5 行。"
                      "取消勾选的行不合并。")
                       .arg(m_review.files.size())
                       .arg(m_review.matched())
                       .arg(changing)
                       .arg(m_review.unchangedRows())
                       .arg(m_review.refused.size()),
                   this);
    auto *refused = new QPlainTextEdit(this);
    refused->setObjectName(QStringLiteral("refusedRows"));
    refused->setReadOnly(true);
    refused->setMaximumHeight(110);
    QStringList lines;
    for (const feedback::RefusedRow &r : m_review.refused)
        lines << tr("拒收 ") + r.message();
    refused->setPlainText(lines.isEmpty() ? tr("没有拒收的行。") : lines.join(u'\n'));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("合并"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("mergeButton"));
    buttons->button(QDialogButtonBox::Cancel)->setText(tr("取消"));
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (merge())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(new QLabel(tr("拒收的行"), this));
    layout->addWidget(refused);
    layout->addWidget(buttons);
}

feedback::Review FeedbackMergeDialog::review() const
{
    feedback::Review chosen = m_review;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        const QStandardItem *item = m_model->item(r);
        chosen.rows[item->data(Qt::UserRole).toInt()].accepted = item->checkState() == Qt::Checked;
    }
    return chosen;
}

bool FeedbackMergeDialog::merge()
{
    QString error;
    auto command = feedbackcommands::merge(m_workspace, review(), &error);
    if (!command || !m_workspace->execute(std::move(command), &error)) {
        QMessageBox::warning(this, windowTitle(), error);
        return false;
    }
    return true;
}

namespace feedbackui {

void sendForms(QWidget *parent, Workspace *ws, qint64 planId)
{
    QDialog dialog(parent);
    dialog.setWindowTitle(QCoreApplication::translate("tuoyu::FeedbackMergeDialog", "发出反馈表"));
    auto *departments = new QListWidget(&dialog);
    for (const Department &d : PlanRepository(ws).departments(planId)) {
        const int owed = int(feedback::departmentTasks(ws, planId, d.id).size());
        if (owed == 0)
            continue;
        auto *item = new QListWidgetItem(
            QCoreApplication::translate("tuoyu::FeedbackMergeDialog", "%1（%2项任务）")
                .arg(d.name)
                .arg(owed),
            departments);
        item->setData(Qt::UserRole, d.id);
        item->setData(Qt::UserRole + 1, owed);
        item->setData(Qt::UserRole + 2, d.name);
        item->setCheckState(Qt::Checked);
    }
    auto *name = new QLineEdit(QDate::currentDate().toString(QStringLiteral("yyyy年M月d日")) +
                                   QStringLiteral("进展反馈"),
                               &dialog);
    auto *folder = new QLineEdit(QDir::homePath(), &dialog);
    auto *browse = new QPushButton(
        QCoreApplication::translate("tuoyu::FeedbackMergeDialog", "选择…"), &dialog);
    QObject::connect(browse, &QPushButton::clicked, &dialog, [&] {
        const QString dir = QFileDialog::getExistingDirectory(
            &dialog, QCoreApplication::translate("tuoyu::FeedbackMergeDialog", "输出文件夹"),
            folder->text());
        if (!dir.isEmpty())
            folder->setText(dir);
    });
    auto *form = new QFormLayout;
    form->addRow(QCoreApplication::translate("tuoyu::FeedbackMergeDialog", "反馈轮次"), name);
    auto *folderRow = new QHBoxLayout;
    folderRow->addWidget(folder, 1);
    folderRow->addWidget(browse);
    form->addRow(QCoreApplication::translate("tuoyu::FeedbackMergeDialog", "输出到"), folderRow);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
    QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
    QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    auto *layout = new QVBoxLayout(&dialog);
    layout->addWidget(new QLabel(
        QCoreApplication::translate("tuoyu::FeedbackMergeDialog", "发给哪些单位："), &dialog));
    layout->addWidget(departments, 1);
    layout->addLayout(form);
    layout->addWidget(buttons);
    if (dialog.exec() != QDialog::Accepted)
        return;

    feedbackcommands::RoundRequest request;
    request.planId = planId;
    request.name = name->text();
    request.asOf = QDate::currentDate();
    QHash<qint64, QString> paths;
    for (int i = 0; i < departments->count(); ++i) {
        const QListWidgetItem *item = departments->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        const qint64 id = item->data(Qt::UserRole).toLongLong();
        request.departmentIds << id;
        request.taskCounts.insert(id, item->data(Qt::UserRole + 1).toInt());
        const QString file = feedback::formFileName(
            request.name, item->data(Qt::UserRole + 2).toString(), QStringLiteral("xlsx"));
        request.fileNames.insert(id, file);
        paths.insert(id, QDir(folder->text()).filePath(file));
    }
    QString error;
    qint64 roundId = 0;
    auto command = feedbackcommands::createRound(ws, request, &roundId, &error);
    if (!command || !ws->execute(std::move(command), &error)) {
        QMessageBox::warning(parent, dialog.windowTitle(), error);
        return;
    }
    for (const qint64 id : std::as_const(request.departmentIds))
        if (!feedback::writeForm(ws, roundId, id, paths.value(id), &error)) {
            QMessageBox::warning(parent, dialog.windowTitle(), error);
            return;
        }
    QMessageBox::information(parent, dialog.windowTitle(),
                             QCoreApplication::translate("tuoyu::FeedbackMergeDialog",
                                                         "已为 %1 个单位写出反馈表，保存在 %2")
                                 .arg(request.departmentIds.size())
                                 .arg(QDir::toNativeSeparators(folder->text())));
}

void mergeFiles(QWidget *parent, Workspace *ws, QStringList files)
{
    if (files.isEmpty())
        files = QFileDialog::getOpenFileNames(
            parent, QCoreApplication::translate("tuoyu::FeedbackMergeDialog", "选择报回的反馈表"),
            QString(),
            QCoreApplication::translate("tuoyu::FeedbackMergeDialog",
                                        "反馈表 (*.xlsx *.xls *.docx)"));
    if (files.isEmpty())
        return;
    FeedbackMergeDialog dialog(ws, feedback::review(ws, files, QDate::currentDate()), parent);
    dialog.exec();
}

bool mergeDropped(QWidget *parent, Workspace *ws, const QStringList &files)
{
    if (files.isEmpty() || !std::all_of(files.cbegin(), files.cend(), feedback::isReplyFile))
        return false;
    mergeFiles(parent, ws, files);
    return true;
}

} // namespace feedbackui
} // namespace tuoyu
