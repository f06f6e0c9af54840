#pragma once

#include "evidence/evidence.h"

#include <QTemporaryDir>
#include <QWidget>

#include <functional>
#include <memory>

class QAbstractItemView;
class QLabel;
class QListWidget;
class QModelIndex;
class QToolButton;

namespace tuoyu {

class Workspace;

/// The 佐证材料 of one record (a task with its progress entries, a claim, an inspection): the
/// files by name, size and date, with 添加… (also by dropping files on the pane), 打开 (the
/// system viewer, on a temporary copy), 导出全部… and 删除 (undoable). Reads only the evidence
/// list; a file's content is read when it is opened or exported.
class EvidencePane : public QWidget
{
    Q_OBJECT

public:
    explicit EvidencePane(QWidget *parent = nullptr);

    /// Shows the evidence of `target` `id` (for a task, its progress entries' too); a null
    /// workspace or id 0 shows nothing and disables the buttons.
    void showRecord(Workspace *workspace, EvidenceTarget target, qint64 id);
    /// Files dropped on a row of `view` attach to the record `recordAt` gives for that row (0:
    /// the row takes no evidence). The view's own drag and drop (moving rows) is left alone.
    void acceptFileDrops(QAbstractItemView *view,
                         std::function<qint64(const QModelIndex &)> recordAt);

    /// Attaches files to the shown record (or `id` of the shown kind); false with a message box
    /// when refused. Public for the drop handlers and the tests.
    bool attach(const QStringList &files, qint64 id = 0);

protected:
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void addFiles();
    void openSelected();
    void exportAll();
    void removeSelected();

    Workspace *m_workspace = nullptr;
    EvidenceTarget m_target = EvidenceTarget::Task;
    qint64 m_id = 0;
    QLabel *m_title = nullptr;
    QListWidget *m_list = nullptr;
    QToolButton *m_add = nullptr;
    QToolButton *m_open = nullptr;
    QToolButton *m_export = nullptr;
    QToolButton *m_remove = nullptr;
    QAbstractItemView *m_dropView = nullptr;
    std::function<qint64(const QModelIndex &)> m_recordAt;
    std::unique_ptr<QTemporaryDir> m_openedCopies; ///< copies handed to the system viewer
};

} // namespace tuoyu
