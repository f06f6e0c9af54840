#pragma once

#include <QDialog>

namespace tuoyu {

class Workspace;

/// 修改记录: the audit log of one record — when, who, what (do/undo/redo), which field, old → new.
class HistoryDialog : public QDialog
{
    Q_OBJECT

public:
    HistoryDialog(Workspace *workspace, const QString &table, qint64 recordId, const QString &title,
                  QWidget *parent = nullptr);
    int entryCount() const { return m_entries; }

private:
    int m_entries = 0;
};

} // namespace tuoyu
