#pragma once

#include <QDate>
#include <QWidget>

class QAbstractItemModel;
class QPagedPaintDevice;
class QPainter;

namespace tuoyu {

class TaskTreeModel;

/// The timeline (Gantt) of the task tree the page shows: one bar per task from its start to
/// its deadline, the time gained by 延期 hatched after the original deadline, the actual
/// percent as a darker fill, today's line, and colours by status. It draws the filtered
/// tree, so it shows what the list shows, and prints page by page.
class GanttView : public QWidget
{
    Q_OBJECT

public:
    GanttView(TaskTreeModel *tasks, QAbstractItemModel *shown, QWidget *parent = nullptr);

    /// Reads the rows again (after a filter or a data change).
    void rebuild();
    int rowCountShown() const { return int(m_rows.size()); }
    /// Prints every row, as many pages as it takes; returns the number of pages.
    int print(QPagedPaintDevice *device, const QString &title);

    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    struct Row
    {
        int kind = 0;
        QString label;
        qint64 taskId = 0;
    };
    void paint(QPainter &p, const QRect &area, int firstRow, int rows) const;

    TaskTreeModel *m_tasks;
    QAbstractItemModel *m_shown;
    QList<Row> m_rows;
    QDate m_from;
    QDate m_to;
};

} // namespace tuoyu
