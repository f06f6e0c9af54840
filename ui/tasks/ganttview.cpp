#include "ganttview.h"

#include "tasktreemodel.h"

#include <QPagedPaintDevice>
#include <QPaintEvent>
#include <QPainter>

namespace tuoyu {

namespace {

constexpr int kRowHeight = 24;
constexpr int kHeaderHeight = 40;
constexpr int kLabelWidth = 300;

QColor barColor(const TaskView &t, TaskUrgency u)
{
    if (t.task.status == TaskStatus::Cancelled)
        return QColor(0xB0, 0xB0, 0xB0);
    if (const QColor c = TaskTreeModel::urgencyColor(u, TaskTreeModel::Shade::Bar); c.isValid())
        return c;
    return t.task.status == TaskStatus::InProgress ? QColor(0x42, 0x85, 0xD6)
                                                   : QColor(0x90, 0xA4, 0xAE);
}

} // namespace

GanttView::GanttView(TaskTreeModel *tasks, QAbstractItemModel *shown, QWidget *parent)
    : QWidget(parent)
    , m_tasks(tasks)
    , m_shown(shown)
{
    setObjectName(QStringLiteral("ganttView"));
    setBackgroundRole(QPalette::Base);
    setAutoFillBackground(true);
    rebuild();
}

void GanttView::rebuild()
{
    m_rows.clear();
    std::function<void(const QModelIndex &)> walk = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_shown->rowCount(parent); ++r) {
            const QModelIndex i = m_shown->index(r, 0, parent);
            m_rows.append({i.data(TaskTreeModel::KindRole).toInt(), i.data().toString(),
                           i.data(TaskTreeModel::TaskIdRole).toLongLong()});
            walk(i);
        }
    };
    walk({});
    const auto span = m_tasks->span();
    const QDate today = m_tasks->asOf();
    QDate from = span.first.isValid() ? span.first : today;
    QDate to = span.second.isValid() ? span.second : today.addMonths(6);
    from = std::min(from, today);
    to = std::max(to, today);
    m_from = QDate(from.year(), from.month(), 1);
    m_to = QDate(to.year(), to.month(), 1).addMonths(1).addDays(-1);
    updateGeometry();
    setMinimumHeight(kHeaderHeight + int(m_rows.size()) * kRowHeight + 8);
    update();
}

QSize GanttView::sizeHint() const
{
    return {kLabelWidth + 600, kHeaderHeight + int(m_rows.size()) * kRowHeight + 8};
}

void GanttView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    paint(p, rect(), 0, int(m_rows.size()));
}

void GanttView::paint(QPainter &p, const QRect &area, int firstRow, int rows) const
{
    p.save();
    p.setRenderHint(QPainter::Antialiasing, false);
    const int labelWidth = std::min(kLabelWidth, area.width() / 3);
    const QRect chart(area.left() + labelWidth, area.top(), area.width() - labelWidth - 4,
                      area.height());
    const qint64 days = std::max<qint64>(1, m_from.daysTo(m_to) + 1);
    const double perDay = double(chart.width()) / double(days);
    auto x = [&](const QDate &d) { return chart.left() + int(m_from.daysTo(d) * perDay); };
    const QFont base = p.font();

    // Month and year ticks.
    QFont small = base;
    small.setPointSizeF(base.pointSizeF() * 0.85);
    p.setFont(small);
    const QColor grid(0xE0, 0xE0, 0xE0);
    const int monthWidth = int(perDay * 30);
    const int step = monthWidth >= 28 ? 1 : (monthWidth >= 14 ? 3 : 6);
    for (QDate m = m_from; m <= m_to; m = m.addMonths(1)) {
        const int mx = x(m);
        if (m.month() == 1 || m == m_from) {
            p.setPen(Qt::black);
            p.drawText(QRect(mx + 2, area.top(), 80, 18), Qt::AlignLeft | Qt::AlignVCenter,
                       tr("%1年").arg(m.year()));
        }
        if ((m.month() - 1) % step == 0) {
            p.setPen(Qt::darkGray);
            p.drawText(QRect(mx + 2, area.top() + 18, 60, 18), Qt::AlignLeft | Qt::AlignVCenter,
                       tr("%1月").arg(m.month()));
        }
        p.setPen(m.month() == 1 ? QColor(0xB0, 0xB0, 0xB0) : grid);
        p.drawLine(mx, area.top() + 18, mx, area.top() + kHeaderHeight + rows * kRowHeight);
    }
    p.setPen(QColor(0x90, 0x90, 0x90));
    p.drawLine(area.left(), area.top() + kHeaderHeight - 1, area.right(),
               area.top() + kHeaderHeight - 1);

    for (int i = 0; i < rows && firstRow + i < m_rows.size(); ++i) {
        const Row &row = m_rows[firstRow + i];
        const int y = area.top() + kHeaderHeight + i * kRowHeight;
        QFont f = base;
        f.setBold(row.kind == 0);
        p.setFont(f);
        p.setPen(row.kind == 2 ? Qt::black : QColor(0x30, 0x30, 0x60));
        const int indent = row.kind * 12;
        p.drawText(QRect(area.left() + 4 + indent, y, labelWidth - 8 - indent, kRowHeight),
                   Qt::AlignLeft | Qt::AlignVCenter,
                   p.fontMetrics().elidedText(row.label, Qt::ElideRight, labelWidth - 8 - indent));
        p.setPen(grid);
        p.drawLine(area.left(), y + kRowHeight - 1, area.right(), y + kRowHeight - 1);
        if (row.kind != 2)
            continue;
        const QModelIndex index = m_tasks->indexOfTask(row.taskId);
        const TaskView *t = m_tasks->task(index);
        if (!t || !t->task.deadline.isValid())
            continue;
        const QDate start = t->task.startDate.isValid() ? t->task.startDate : t->task.deadline;
        const QColor colour = barColor(*t, m_tasks->urgency(*t));
        const QRect bar(x(start), y + 5, std::max(3, x(t->task.deadline.addDays(1)) - x(start)),
                        kRowHeight - 10);
        p.fillRect(bar, colour.lighter(150));
        // The actual percent as a darker fill from the start.
        p.fillRect(QRect(bar.left(), bar.top(), bar.width() * t->task.percent / 100, bar.height()),
                   colour);
        // 延期: the part after the first original deadline is hatched, each old deadline ticked.
        const QList<QDate> old = m_tasks->originalDeadlines(t->task.id);
        if (!old.isEmpty()) {
            const int ox = x(old.first().addDays(1));
            p.fillRect(QRect(ox, bar.top(), bar.right() - ox, bar.height()),
                       QBrush(colour.darker(140), Qt::BDiagPattern));
            p.setPen(QPen(Qt::black, 2));
            for (const QDate &d : old)
                p.drawLine(x(d.addDays(1)), bar.top() - 3, x(d.addDays(1)), bar.bottom() + 3);
        }
        p.setPen(colour.darker(130));
        p.drawRect(bar.adjusted(0, 0, -1, -1));
    }

    const QDate today = m_tasks->asOf();
    if (today >= m_from && today <= m_to) {
        const int tx = x(today);
        p.setPen(QPen(QColor(0xD3, 0x2F, 0x2F), 2));
        p.drawLine(tx, area.top() + 18, tx,
                   area.top() + kHeaderHeight + std::min<int>(rows, m_rows.size()) * kRowHeight);
        p.setFont(small);
        // The label sits on the side of the line that has room for it.
        const bool left = tx + 120 > area.right();
        p.drawText(left ? QRect(tx - 123, area.top(), 120, 18) : QRect(tx + 3, area.top(), 120, 18),
                   (left ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter,
                   tr("今天 %1").arg(today.toString(tr("M月d日"))));
    }
    p.restore();
}

int GanttView::print(QPagedPaintDevice *device, const QString &title)
{
    QPainter p;
    if (!p.begin(device))
        return 0;
    const QRect page = p.viewport();
    // Draw at screen size and scale to the page width, so the text keeps its proportions.
    const int width = 1100;
    const double scale = double(page.width()) / width;
    const int pageHeight = int(page.height() / scale);
    const int titleHeight = 36;
    const int perPage = std::max(1, (pageHeight - titleHeight - kHeaderHeight - 30) / kRowHeight);
    const int total = std::max(1, int((m_rows.size() + perPage - 1) / perPage));
    for (int n = 0; n < total; ++n) {
        if (n > 0)
            device->newPage();
        p.save();
        p.scale(scale, scale);
        QFont f = p.font();
        f.setPointSize(14);
        f.setBold(true);
        p.setFont(f);
        p.drawText(QRect(0, 0, width, titleHeight), Qt::AlignCenter, title);
        p.setFont(QFont());
        paint(p, QRect(0, titleHeight, width, pageHeight - titleHeight - 24), n * perPage, perPage);
        p.setPen(Qt::darkGray);
        p.drawText(QRect(0, pageHeight - 22, width, 20), Qt::AlignCenter,
                   tr("第 %1 页 / 共 %2 页　打印日期 %3")
                       .arg(n + 1)
                       .arg(total)
                       .arg(QDate::currentDate().toString(tr("yyyy年M月d日"))));
        p.restore();
    }
    p.end();
    return total;
}

} // namespace tuoyu
