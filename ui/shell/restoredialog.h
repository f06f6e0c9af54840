#pragma once

#include "storage/backupstore.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace tuoyu {

/// 从备份恢复: the backups of the open workspace, newest first, each with its date, kind, counts
/// (机构, 任务, 台账行) and size, read from the backup itself. The officer picks one (or another
/// file) and the window restores it; a backup that cannot be restored is shown greyed with why.
class RestoreDialog : public QDialog
{
    Q_OBJECT

public:
    RestoreDialog(const QString &workspacePath, const QList<BackupInfo> &backups,
                  QWidget *parent = nullptr);

    /// The backup picked; empty when none is.
    QString selectedPath() const;
    /// Lists one more file (其他文件…) at the top and selects it.
    void addFile(const QString &path);

private:
    void addRow(const BackupInfo &backup, bool atTop);
    void updateButtons();

    QTreeWidget *m_list = nullptr;
    QLabel *m_why = nullptr;
    QPushButton *m_restore = nullptr;
};

} // namespace tuoyu
