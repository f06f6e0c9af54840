#include "taskcommands.h"

#include "calendar/deadlineparser.h"
#include "departmentcommands.h"
#include "evidencecommands.h"
#include "rowchanges.h"
#include "rowreader.h"
#include "session/workspace.h"

#include "storage/sqlquery.h"
#include <QDateTime>

namespace tuoyu::taskcommands {

namespace {

const QString kTask = QStringLiteral("task");

using rowchanges::dateOrNull;
using rowchanges::textOrNull;

QDate isoDate(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

using rowchanges::sameValue;

/// The task's row, or an error naming the id.
QVariantMap taskRow(Workspace *ws, qint64 taskId, QString *error)
{
    QVariantMap row = rowreader::row(ws->db(), kTask, taskId);
    if (row.isEmpty())
        *error = QStringLiteral("找不到任务 #%1").arg(taskId);
    return row;
}

QString shortText(const QVariantMap &task)
{
    QString text = task.value(QStringLiteral("text")).toString();
    if (text.size() > 16)
        text = text.left(16) + QStringLiteral("…");
    return text;
}

qint64 planOf(Workspace *ws, qint64 taskId)
{
    SqlQuery q(ws->db());
    q.exec(QStringLiteral("SELECT pg.plan_id FROM task t JOIN project pj ON pj.id = "
                          "t.project_id JOIN program pg ON pg.id = pj.program_id "
                          "WHERE t.id = ?"),
           {taskId});
    return q.next() ? q.value(0).toLongLong() : 0;
}

QDate planEnd(Workspace *ws, qint64 planId)
{
    return isoDate(rowreader::row(ws->db(), QStringLiteral("plan"), planId)
                       .value(QStringLiteral("period_end")));
}

/// Deadline words as the plan writes them, or a plain date as the officer may type it.
DeadlineParser::Result resolve(const QString &words)
{
    DeadlineParser::Result r = DeadlineParser::parse(words);
    if (!r.resolved()) {
        const QString w = words.trimmed();
        for (const QString &format :
             {QStringLiteral("yyyy-MM-dd"), QStringLiteral("yyyy-M-d"), QStringLiteral("yyyy/M/d"),
              QStringLiteral("yyyy.M.d"), QStringLiteral("yyyy年M月d日")}) {
            const QDate d = QDate::fromString(w, format);
            if (d.isValid()) {
                r.date = d;
                break;
            }
        }
    }
    return r;
}

} // namespace

Deadline resolveDeadline(const QString &words, const QDate &planEnd)
{
    const QString w = words.trimmed();
    if (w.isEmpty())
        return {QString(), planEnd, true};
    // Words naming no date (长期) leave the task without one.
    return {w, resolve(w).date, false};
}

std::unique_ptr<WorkspaceCommand> edit(Workspace *ws, qint64 taskId, const TaskEdit &e,
                                       QString *error)
{
    const QVariantMap current = taskRow(ws, taskId, error);
    if (current.isEmpty())
        return nullptr;
    QVariantMap wanted;
    if (e.text) {
        if (e.text->trimmed().isEmpty()) {
            *error = QStringLiteral("任务内容不能为空");
            return nullptr;
        }
        wanted.insert(QStringLiteral("text"), e.text->trimmed());
    }
    QDate deadline = isoDate(current.value(QStringLiteral("deadline")));
    if (e.deadlineText) {
        const Deadline d = resolveDeadline(*e.deadlineText, planEnd(ws, planOf(ws, taskId)));
        deadline = d.date;
        wanted.insert(QStringLiteral("deadline_text"), textOrNull(d.words));
        wanted.insert(QStringLiteral("deadline_inherited"), d.inherited ? 1 : 0);
        wanted.insert(QStringLiteral("deadline"), dateOrNull(deadline));
    }
    QDate start = isoDate(current.value(QStringLiteral("start_date")));
    if (e.startDate) {
        start = *e.startDate;
        wanted.insert(QStringLiteral("start_date"), dateOrNull(start));
    }
    if (start.isValid() && deadline.isValid() && start > deadline) {
        *error = QStringLiteral("开始日期（%1）不能晚于完成时限（%2）")
                     .arg(start.toString(Qt::ISODate), deadline.toString(Qt::ISODate));
        return nullptr;
    }
    if (e.notes)
        wanted.insert(QStringLiteral("notes"), textOrNull(*e.notes));
    const auto change = rowchanges::update(kTask, current, wanted);
    if (!change) {
        *error = QStringLiteral("没有改动");
        return nullptr;
    }
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("修改任务“%1”").arg(shortText(current)), QList<RowChange>{*change});
}

std::unique_ptr<WorkspaceCommand> setDepartments(Workspace *ws, qint64 taskId,
                                                 const QString &leadName,
                                                 const QStringList &otherNames, QString *error)
{
    const QVariantMap current = taskRow(ws, taskId, error);
    if (current.isEmpty())
        return nullptr;
    const QString lead = leadName.trimmed();
    if (lead.isEmpty()) {
        *error = QStringLiteral("请填写牵头单位");
        return nullptr;
    }
    QStringList names{lead};
    for (const QString &n : otherNames) {
        const QString name = n.trimmed();
        if (!name.isEmpty() && !names.contains(name))
            names << name;
    }
    QSqlDatabase &db = ws->db();
    departmentcommands::DepartmentResolver departments(ws, planOf(ws, taskId));
    QList<RowChange> changes;
    QList<qint64> wantedIds;
    for (const QString &name : names)
        wantedIds << departments.id(name, &changes);
    const QList<QVariantMap> links = rowreader::rowsWhere(db, QStringLiteral("task_department"),
                                                          QStringLiteral("task_id"), taskId);
    QHash<qint64, QVariantMap> linkByDepartment;
    for (const QVariantMap &link : links)
        linkByDepartment.insert(link.value(QStringLiteral("department_id")).toLongLong(), link);
    // Removals first, so a department that moves never meets the UNIQUE (task, department).
    for (const QVariantMap &link : links) {
        if (!wantedIds.contains(link.value(QStringLiteral("department_id")).toLongLong()))
            changes.append(RowChange::remove(QStringLiteral("task_department"),
                                             link.value(QStringLiteral("id")).toLongLong(), link));
    }
    bool changed = changes.size() > 0;
    for (int i = 0; i < wantedIds.size(); ++i) {
        const qint64 depId = wantedIds[i];
        const QVariantMap wanted = {{QStringLiteral("lead"), i == 0 ? 1 : 0},
                                    {QStringLiteral("seq"), i + 1}};
        if (const auto it = linkByDepartment.constFind(depId); it != linkByDepartment.cend()) {
            QVariantMap before;
            QVariantMap after;
            for (auto w = wanted.cbegin(); w != wanted.cend(); ++w) {
                if (!sameValue(it->value(w.key()), w.value())) {
                    before.insert(w.key(), it->value(w.key()));
                    after.insert(w.key(), w.value());
                }
            }
            // The lead is named by the officer, so it is no longer merely implied.
            if (i == 0 && it->value(QStringLiteral("implied")).toInt() != 0) {
                before.insert(QStringLiteral("implied"), 1);
                after.insert(QStringLiteral("implied"), 0);
            }
            if (!after.isEmpty()) {
                changes.append(RowChange::update(QStringLiteral("task_department"),
                                                 it->value(QStringLiteral("id")).toLongLong(),
                                                 before, after));
                changed = true;
            }
        } else {
            QVariantMap row = wanted;
            row.insert(QStringLiteral("task_id"), taskId);
            row.insert(QStringLiteral("department_id"), depId);
            row.insert(QStringLiteral("implied"), 0);
            changes.append(RowChange::insert(QStringLiteral("task_department"),
                                             ws->allocateId(QStringLiteral("task_department")),
                                             row));
            changed = true;
        }
    }
    if (!changed) {
        *error = QStringLiteral("没有改动");
        return nullptr;
    }
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("修改任务“%1”的责任部门").arg(shortText(current)), changes);
}

std::unique_ptr<WorkspaceCommand> addProgress(Workspace *ws, qint64 taskId, const QDate &date,
                                              const QString &text, int percent, QString *error)
{
    const QVariantMap current = taskRow(ws, taskId, error);
    if (current.isEmpty())
        return nullptr;
    if (!date.isValid()) {
        *error = QStringLiteral("请填写进展日期");
        return nullptr;
    }
    if (text.trimmed().isEmpty()) {
        *error = QStringLiteral("请填写进展内容");
        return nullptr;
    }
    if (percent > 100 || percent < -1) {
        *error = QStringLiteral("完成百分比应在 0 到 100 之间（%1）").arg(percent);
        return nullptr;
    }
    QList<RowChange> changes{RowChange::insert(
        QStringLiteral("progress_entry"), ws->allocateId(QStringLiteral("progress_entry")),
        {{QStringLiteral("task_id"), taskId},
         {QStringLiteral("entry_date"), date.toString(Qt::ISODate)},
         {QStringLiteral("author"), textOrNull(ws->actor())},
         {QStringLiteral("text"), text.trimmed()},
         {QStringLiteral("percent"), percent >= 0 ? QVariant(percent) : QVariant()}})};
    if (percent >= 0) {
        QVariantMap wanted{{QStringLiteral("percent"), percent}};
        if (current.value(QStringLiteral("status")).toString() ==
                taskStatusCode(TaskStatus::NotStarted) &&
            percent > 0)
            wanted.insert(QStringLiteral("status"), taskStatusCode(TaskStatus::InProgress));
        if (const auto change = rowchanges::update(kTask, current, wanted))
            changes.append(*change);
    }
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("为任务“%1”添加进展").arg(shortText(current)), changes);
}

std::unique_ptr<WorkspaceCommand> removeProgress(Workspace *ws, qint64 entryId, QString *error)
{
    const QVariantMap entry = rowreader::row(ws->db(), QStringLiteral("progress_entry"), entryId);
    if (entry.isEmpty()) {
        *error = QStringLiteral("找不到进展记录 #%1").arg(entryId);
        return nullptr;
    }
    QList<RowChange> changes{RowChange::remove(QStringLiteral("progress_entry"), entryId, entry)};
    changes += evidencecommands::followingRemovals(ws, changes); // the entry's files go with it
    return std::make_unique<WorkspaceCommand>(
        ws,
        QStringLiteral("删除 %1 的进展").arg(entry.value(QStringLiteral("entry_date")).toString()),
        changes);
}

std::unique_ptr<WorkspaceCommand> extendDeadline(Workspace *ws, qint64 taskId,
                                                 const QString &newDeadlineText,
                                                 const QString &reason, const QString &approver,
                                                 QString *error)
{
    const QVariantMap current = taskRow(ws, taskId, error);
    if (current.isEmpty())
        return nullptr;
    if (reason.trimmed().isEmpty()) {
        *error = QStringLiteral("延期须写明原因");
        return nullptr;
    }
    const DeadlineParser::Result r = resolve(newDeadlineText);
    if (!r.resolved()) {
        *error = QStringLiteral("新的完成时限“%1”不是一个日期").arg(newDeadlineText.trimmed());
        return nullptr;
    }
    const QDate old = isoDate(current.value(QStringLiteral("deadline")));
    if (old.isValid() && r.date <= old) {
        *error = QStringLiteral("新的完成时限（%1）须晚于原时限（%2）")
                     .arg(r.date.toString(Qt::ISODate), old.toString(Qt::ISODate));
        return nullptr;
    }
    QList<RowChange> changes{RowChange::insert(
        QStringLiteral("deadline_extension"), ws->allocateId(QStringLiteral("deadline_extension")),
        {{QStringLiteral("task_id"), taskId},
         {QStringLiteral("old_deadline"), current.value(QStringLiteral("deadline"))},
         {QStringLiteral("old_deadline_text"), current.value(QStringLiteral("deadline_text"))},
         {QStringLiteral("new_deadline"), r.date.toString(Qt::ISODate)},
         {QStringLiteral("new_deadline_text"), r.text},
         {QStringLiteral("reason"), reason.trimmed()},
         {QStringLiteral("approver"), textOrNull(approver)},
         {QStringLiteral("created_at"), QDateTime::currentDateTime().toString(Qt::ISODate)}})};
    changes.append(*rowchanges::update(kTask, current,
                                       {{QStringLiteral("deadline"), r.date.toString(Qt::ISODate)},
                                        {QStringLiteral("deadline_text"), r.text},
                                        {QStringLiteral("deadline_inherited"), 0}}));
    return std::make_unique<WorkspaceCommand>(
        ws,
        QStringLiteral("任务“%1”延期至 %2").arg(shortText(current), r.date.toString(Qt::ISODate)),
        changes);
}

std::unique_ptr<WorkspaceCommand> confirmDeadline(Workspace *ws, qint64 taskId, QString *error)
{
    const QVariantMap current = taskRow(ws, taskId, error);
    if (current.isEmpty())
        return nullptr;
    const QDate deadline = isoDate(current.value(QStringLiteral("deadline")));
    if (current.value(QStringLiteral("deadline_inherited")).toInt() == 0) {
        *error = QStringLiteral("任务 #%1 的完成时限由方案写明，不是沿用的实施期末，无需确认")
                     .arg(taskId);
        return nullptr;
    }
    if (!deadline.isValid()) {
        *error = QStringLiteral("任务 #%1 没有可确认的日期：计划未设结束日期").arg(taskId);
        return nullptr;
    }
    const QString words = deadline.toString(QStringLiteral("yyyy年M月d日"));
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("确认任务“%1”的完成时限为 %2").arg(shortText(current), words),
        QList<RowChange>{*rowchanges::update(kTask, current,
                                             {{QStringLiteral("deadline_text"), words},
                                              {QStringLiteral("deadline_inherited"), 0}})});
}

std::unique_ptr<WorkspaceCommand> close(Workspace *ws, qint64 taskId, const QString &confirmedBy,
                                        const QDate &date, QString *error)
{
    const QVariantMap current = taskRow(ws, taskId, error);
    if (current.isEmpty())
        return nullptr;
    if (confirmedBy.trimmed().isEmpty()) {
        *error = QStringLiteral("办结须写明确认人");
        return nullptr;
    }
    if (!date.isValid()) {
        *error = QStringLiteral("请填写办结日期");
        return nullptr;
    }
    if (!current.value(QStringLiteral("closed_date")).isNull()) {
        *error = QStringLiteral("任务已于 %1 办结")
                     .arg(current.value(QStringLiteral("closed_date")).toString());
        return nullptr;
    }
    const auto change =
        rowchanges::update(kTask, current,
                           {{QStringLiteral("status"), taskStatusCode(TaskStatus::Done)},
                            {QStringLiteral("percent"), 100},
                            {QStringLiteral("closed_by"), confirmedBy.trimmed()},
                            {QStringLiteral("closed_date"), date.toString(Qt::ISODate)}});
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("办结任务“%1”").arg(shortText(current)), QList<RowChange>{*change});
}

std::unique_ptr<WorkspaceCommand> reopen(Workspace *ws, qint64 taskId, QString *error)
{
    const QVariantMap current = taskRow(ws, taskId, error);
    if (current.isEmpty())
        return nullptr;
    const auto change =
        rowchanges::update(kTask, current,
                           {{QStringLiteral("status"), taskStatusCode(TaskStatus::InProgress)},
                            {QStringLiteral("closed_by"), QVariant()},
                            {QStringLiteral("closed_date"), QVariant()}});
    if (!change) {
        *error = QStringLiteral("任务正在进行，无需重新打开");
        return nullptr;
    }
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("重新打开任务“%1”").arg(shortText(current)), QList<RowChange>{*change});
}

std::unique_ptr<WorkspaceCommand> setCalendarDay(Workspace *ws, const QDate &date,
                                                 WorkingDayCalendar::DayKind kind,
                                                 const QString &name, QString *error)
{
    if (!date.isValid()) {
        *error = QStringLiteral("日期无效");
        return nullptr;
    }
    const bool workday = kind == WorkingDayCalendar::DayKind::Workday;
    if (workday && date.dayOfWeek() < 6) {
        *error =
            QStringLiteral("%1 是工作日，调休上班日应为周六或周日").arg(date.toString(Qt::ISODate));
        return nullptr;
    }
    if (!workday && name.trimmed().isEmpty()) {
        *error = QStringLiteral("请填写节日名称（如“春节”）");
        return nullptr;
    }
    const QVariantMap row = {
        {QStringLiteral("date"), date.toString(Qt::ISODate)},
        {QStringLiteral("kind"), workday ? QStringLiteral("workday") : QStringLiteral("holiday")},
        {QStringLiteral("name"), textOrNull(name)}};
    const QString what = QStringLiteral("%1 设为%2")
                             .arg(date.toString(Qt::ISODate),
                                  workday ? QStringLiteral("调休上班日") : name.trimmed());
    const QList<QVariantMap> existing = rowreader::rowsWhere(
        ws->db(), QStringLiteral("holiday"), QStringLiteral("date"), date.toString(Qt::ISODate));
    if (!existing.isEmpty()) {
        const auto change = rowchanges::update(QStringLiteral("holiday"), existing.first(), row);
        if (!change) {
            *error = QStringLiteral("没有改动");
            return nullptr;
        }
        return std::make_unique<WorkspaceCommand>(ws, what, QList<RowChange>{*change});
    }
    return rowchanges::insertCommand(ws, what, QStringLiteral("holiday"), row);
}

std::unique_ptr<WorkspaceCommand> removeCalendarDay(Workspace *ws, const QDate &date,
                                                    QString *error)
{
    const QList<QVariantMap> existing = rowreader::rowsWhere(
        ws->db(), QStringLiteral("holiday"), QStringLiteral("date"), date.toString(Qt::ISODate));
    if (existing.isEmpty()) {
        *error = QStringLiteral("%1 不是自行添加的日期（内置日期不能删除）")
                     .arg(date.toString(Qt::ISODate));
        return nullptr;
    }
    const QVariantMap &row = existing.first();
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("删除 %1 的节假日设置").arg(date.toString(Qt::ISODate)),
        QList<RowChange>{RowChange::remove(QStringLiteral("holiday"),
                                           row.value(QStringLiteral("id")).toLongLong(), row)});
}

} // namespace tuoyu::taskcommands
