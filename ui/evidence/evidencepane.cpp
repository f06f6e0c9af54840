#include "evidencepane.h"

#include "commands/evidencecommands.h"
#include "session/workspace.h"

#include <QAbstractItemView>
#include <QDesktopServices>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QMimeData>
#include <QToolButton>
#include <QUrl>
#include <QVBoxLayout>

namespace tuoyu {

namespace {

QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls())
        if (url.isLocalFile())
            files.append(url.toLocalFile());
    return files;
}

} // namespace

EvidencePane::EvidencePane(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("evidencePane"));
    setAcceptDrops(true);
    m_title = new QLabel(tr("<b>佐证材料</b>"));
    // Tool buttons, sized to their words: four push buttons in the title row would widen the
    // task page's detail pane past its share of a 1366-pixel window (tests/gui/test_layout.cpp).
    const auto button = [](const QString &text) {
        auto *b = new QToolButton;
        b->setText(text);
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        return b;
    };
    m_add = button(tr("添加…"));
    m_add->setObjectName(QStringLiteral("addEvidence"));
    m_open = button(tr("打开"));
    m_export = button(tr("导出全部…"));
    m_remove = button(tr("删除"));
    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("evidenceList"));
    m_list->setSelectionMode(QAbstractItemView::ExtendedSelection);
    // Room for two to four files; more scroll, so the progress log above keeps its height.
    m_list->setMaximumHeight(
        std::max(m_list->minimumSizeHint().height(), m_list->fontMetrics().height() * 4 + 8));

    auto *title = new QHBoxLayout;
    title->addWidget(m_title);
    title->addStretch();
    for (QToolButton *b : {m_add, m_open, m_export, m_remove})
        title->addWidget(b);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(title);
    layout->addWidget(m_list);

    connect(m_add, &QToolButton::clicked, this, &EvidencePane::addFiles);
    connect(m_open, &QToolButton::clicked, this, &EvidencePane::openSelected);
    connect(m_list, &QListWidget::itemActivated, this, &EvidencePane::openSelected);
    connect(m_export, &QToolButton::clicked, this, &EvidencePane::exportAll);
    connect(m_remove, &QToolButton::clicked, this, &EvidencePane::removeSelected);
    reload();
}

void EvidencePane::showRecord(Workspace *workspace, EvidenceTarget target, qint64 id)
{
    m_workspace = workspace;
    m_target = target;
    m_id = id;
    // Files dropped on the pane attach to any record; on a row, only to a task.
    m_add->setToolTip(target == EvidenceTarget::Task ? tr("也可以把文件拖到任务上")
                                                     : tr("也可以把文件拖到这里"));
    reload();
}

void EvidencePane::reload()
{
    m_list->clear();
    const bool shown = m_workspace && m_id > 0;
    QList<Evidence> items;
    if (shown)
        items = m_target == EvidenceTarget::Task
                    ? evidence::ofTask(*m_workspace, m_id)
                    : evidence::attachedTo(*m_workspace, m_target, m_id);
    for (const Evidence &e : items) {
        auto *item = new QListWidgetItem(
            tr("%1　%2　%3")
                .arg(e.name, evidence::sizeText(e.bytes), e.fileDate.date().toString(Qt::ISODate)));
        item->setData(Qt::UserRole, e.id);
        item->setToolTip(tr("%1，%2 由 %3 添加")
                             .arg(evidenceTargetLabel(e.target),
                                  e.addedAt.toString(QStringLiteral("yyyy-MM-dd HH:mm")),
                                  e.addedBy));
        m_list->addItem(item);
    }
    m_title->setText(items.isEmpty() ? tr("<b>佐证材料</b>")
                                     : tr("<b>佐证材料</b>（%1）").arg(items.size()));
    m_add->setEnabled(shown);
    m_open->setEnabled(!items.isEmpty());
    m_remove->setEnabled(!items.isEmpty());
    m_export->setEnabled(m_workspace != nullptr);
}

bool EvidencePane::attach(const QStringList &files, qint64 id)
{
    if (!m_workspace || files.isEmpty())
        return false;
    QString error;
    auto command = evidencecommands::attach(m_workspace, m_target, id ? id : m_id, files, &error);
    if (!command || !m_workspace->execute(std::move(command), &error)) {
        QMessageBox::warning(this, tr("未能添加佐证材料"), error);
        return false;
    }
    return true;
}

void EvidencePane::addFiles()
{
    const QStringList files = QFileDialog::getOpenFileNames(
        this, tr("添加佐证材料"), QString(),
        tr("佐证材料 (*.pdf *.jpg *.jpeg *.png *.doc *.docx *.xls *.xlsx *.ofd);;"
           "所有文件 (*)"));
    attach(files);
}

void EvidencePane::openSelected()
{
    QListWidgetItem *item = m_list->currentItem();
    if (!m_workspace || !item)
        return;
    const auto found = evidence::find(*m_workspace, item->data(Qt::UserRole).toLongLong());
    if (!found)
        return;
    // The viewer gets a copy under the file's own name, so it shows the name and picks the
    // program by the suffix; the copies go when the window closes.
    if (!m_openedCopies)
        m_openedCopies = std::make_unique<QTemporaryDir>();
    const QString dir =
        m_openedCopies->filePath(QString::number(found->id)); // one folder each: names may repeat
    QDir().mkpath(dir);
    const QString path = QDir(dir).filePath(found->name);
    QString error;
    if (!evidence::writeTo(*m_workspace, *found, path, &error)) {
        QMessageBox::warning(this, tr("无法打开佐证材料"), error);
        return;
    }
    if (!QDesktopServices::openUrl(QUrl::fromLocalFile(path)))
        QMessageBox::warning(this, tr("无法打开佐证材料"),
                             tr("没有能打开“%1”的程序").arg(found->name));
}

void EvidencePane::exportAll()
{
    if (!m_workspace)
        return;
    const QString dir = QFileDialog::getExistingDirectory(this, tr("导出全部佐证材料到文件夹"));
    if (dir.isEmpty())
        return;
    QString error;
    const QStringList written = evidence::exportAll(*m_workspace, dir, &error);
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("导出未完成"),
                             tr("已导出 %1 个，之后：%2").arg(written.size()).arg(error));
    else
        QMessageBox::information(
            this, tr("已导出"),
            tr("已导出 %1 个佐证材料到 %2").arg(written.size()).arg(QDir::toNativeSeparators(dir)));
}

void EvidencePane::removeSelected()
{
    QList<qint64> ids;
    for (QListWidgetItem *item : m_list->selectedItems())
        ids.append(item->data(Qt::UserRole).toLongLong());
    if (!m_workspace || ids.isEmpty())
        return;
    QString error;
    auto command = evidencecommands::remove(m_workspace, ids, &error);
    if (!command || !m_workspace->execute(std::move(command), &error))
        QMessageBox::warning(this, tr("未能删除佐证材料"), error);
}

void EvidencePane::acceptFileDrops(QAbstractItemView *view,
                                   std::function<qint64(const QModelIndex &)> recordAt)
{
    m_dropView = view;
    m_recordAt = std::move(recordAt);
    view->viewport()->installEventFilter(this);
}

void EvidencePane::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_id > 0 && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void EvidencePane::dropEvent(QDropEvent *event)
{
    if (attach(localFiles(event->mimeData())))
        event->acceptProposedAction();
}

bool EvidencePane::eventFilter(QObject *watched, QEvent *event)
{
    // Only drags of files are ours; the view's own row moves pass through.
    if (!m_dropView || watched != m_dropView->viewport())
        return QWidget::eventFilter(watched, event);
    const auto type = event->type();
    if (type != QEvent::DragEnter && type != QEvent::DragMove && type != QEvent::Drop)
        return QWidget::eventFilter(watched, event);
    auto *drop = static_cast<QDropEvent *>(event);
    const QStringList files = localFiles(drop->mimeData());
    if (files.isEmpty())
        return QWidget::eventFilter(watched, event);
    const qint64 id = m_recordAt(m_dropView->indexAt(drop->position().toPoint()));
    if (type == QEvent::DragEnter) {
        drop->acceptProposedAction(); // which row is decided as the drag moves
        return true;
    }
    if (id <= 0) {
        drop->ignore();
        return true;
    }
    drop->acceptProposedAction();
    if (type == QEvent::Drop)
        attach(files, id);
    return true;
}

} // namespace tuoyu
