#include "feedbacktracker.h"

#include "calendar/workingdaycalendar.h"
#include "feedbackform.h"
#include "ledgers/ledgers.h"
#include "session/workspace.h"

namespace tuoyu::feedback {

using document::Block;
using document::ParagraphStyle;

QList<TrackerRow> tracker(Workspace *ws, qint64 roundId, const QDate &asOf)
{
    QList<TrackerRow> rows;
    const std::optional<Round> r = round(ws, roundId);
    if (!r)
        return rows;
    const WorkingDayCalendar calendar = WorkingDayCalendar::forWorkspace(ws);
    for (const Recipient &recipient : recipients(ws, roundId)) {
        TrackerRow row;
        row.recipient = recipient;
        row.replied = recipient.repliedAt.isValid();
        const QDate until = row.replied ? recipient.repliedAt : asOf;
        row.lateWorkingDays = calendar.workingDaysBetween(r->dueDate, until);
        row.onTime = row.replied && recipient.repliedAt <= r->dueDate;
        row.late = until > r->dueDate && row.lateWorkingDays > 0;
        rows.append(row);
    }
    return rows;
}

document::OfficialDocument chaseNotices(Workspace *ws, qint64 roundId, const QDate &asOf)
{
    document::OfficialDocument doc;
    const std::optional<Round> r = round(ws, roundId);
    if (!r)
        return doc;
    const std::optional<Plan> plan = PlanRepository(ws).plan(r->planId);
    doc.title = QStringLiteral("重点任务进展情况催报通知");
    const QString signer = plan ? plan->signer : QString();
    int notices = 0;
    for (const TrackerRow &row : tracker(ws, roundId, asOf)) {
        if (row.replied || !row.late)
            continue;
        const QString department = row.recipient.department;
        const QString id = QStringLiteral("chase.%1.").arg(department);
        if (notices++ > 0) {
            doc.blocks.append(Block::pageBreak());
            doc.blocks.append(
                Block::paragraph(ParagraphStyle::Title, doc.title, id + QStringLiteral("title")));
        }
        doc.blocks.append(Block::paragraph(ParagraphStyle::Heading1,
                                           department + QStringLiteral("："),
                                           id + QStringLiteral("to")));
        document::TableBlock t;
        t.headerRows = {{QStringLiteral("序号"), QStringLiteral("任务"), QStringLiteral("职责"),
                         QStringLiteral("完成时限"), QStringLiteral("状态")}};
        t.columnWidths = {0.9, 6.5, 0.9, 2.6, 1.5};
        t.orientation = document::Orientation::Portrait;
        int n = 0;
        for (const TaskView &v : departmentTasks(ws, r->planId, row.recipient.departmentId)) {
            if (v.task.isClosed())
                continue;
            t.rows.append({QString::number(++n), v.task.text, roleOf(v, row.recipient.departmentId),
                           ledgers::deadlineText(v.task), taskStatusLabel(v.task.status)});
        }
        doc.blocks.append(Block::body(
            QStringLiteral("《%1》重点任务进展反馈表（%2）已于%3发送贵单位，请于%4前报回。截至%5，"
                           "贵单位尚未报回，已超过报送期限%6个工作日。请于收到本通知后2个工作日内"
                           "填好反馈表（%7）报回，逾期未报的将在情况通报中予以通报。")
                .arg(plan ? plan->title : QString(), r->name, document::formatDate(r->sentAt),
                     document::formatDate(r->dueDate), document::formatDate(asOf))
                .arg(row.lateWorkingDays)
                .arg(row.recipient.fileName),
            id + QStringLiteral("body")));
        if (n > 0)
            doc.blocks.append(Block::table(t, id + QStringLiteral("table")));
        doc.blocks.append(Block::paragraph(ParagraphStyle::Signature,
                                           signer + QLatin1Char('\n') + document::formatDate(asOf),
                                           id + QStringLiteral("signature")));
    }
    return doc;
}

} // namespace tuoyu::feedback
