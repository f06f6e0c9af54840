#include "feedbackform.h"

#include "exporting/plantable.h"
#include "feedbackround.h"
#include "ledgers/ledgers.h"
#include "session/workspace.h"

#include <QFileInfo>
#include <QRegularExpression>

namespace tuoyu::feedback {

QStringList headers()
{
    return {QStringLiteral("序号"),         QStringLiteral("所属项目"),
            QStringLiteral("具体任务"),     QStringLiteral("本单位职责"),
            QStringLiteral("完成时限"),     QStringLiteral("当前状态"),
            QStringLiteral("上次报送进展"), QStringLiteral("本期进展情况"),
            QStringLiteral("完成百分比"),   QStringLiteral("是否办结"),
            QStringLiteral("申请延期至"),   QStringLiteral("延期理由"),
            QStringLiteral("佐证材料"),     QStringLiteral("填报人"),
            QStringLiteral("联系电话"),     QStringLiteral("任务编码")};
}

QList<Column> requiredColumns()
{
    return {TaskColumn, ProgressColumn, PercentColumn,
            DoneColumn, ExtendToColumn, ExtendReasonColumn};
}

QString doneYes()
{
    return QStringLiteral("是");
}

QString doneNo()
{
    return QStringLiteral("否");
}

QString keyText(const Key &key)
{
    return QStringLiteral("tuoyu-fb:%1:%2:%3:%4")
        .arg(key.workspaceId)
        .arg(key.roundId)
        .arg(key.departmentId)
        .arg(key.taskId);
}

std::optional<Key> parseKey(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("tuoyu-fb:([0-9A-Fa-f-]{8,64}):(\\d+):(\\d+):(\\d+)"));
    const QRegularExpressionMatch m = pattern.match(text);
    if (!m.hasMatch())
        return std::nullopt;
    return Key{m.captured(1), m.captured(2).toLongLong(), m.captured(3).toLongLong(),
               m.captured(4).toLongLong()};
}

QString claimedDepartment(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("填报单位[：:]\\s*([^\\s　（）()，,；;]+)"));
    const QRegularExpressionMatch m = pattern.match(text);
    return m.hasMatch() ? m.captured(1) : QString();
}

QList<TaskView> departmentTasks(Database *db, qint64 planId, qint64 departmentId)
{
    QList<TaskView> owed;
    for (TaskView &t : PlanRepository(db).tasks(planId))
        if (t.departmentIds.contains(departmentId))
            owed.append(std::move(t));
    return owed;
}

QString roleOf(const TaskView &task, qint64 departmentId)
{
    return !task.departmentIds.isEmpty() && task.departmentIds.first() == departmentId
               ? QStringLiteral("牵头")
               : QStringLiteral("配合");
}

namespace {

QString instructions(const Round &round, const QString &department, const QString &key)
{
    return QStringLiteral(
               "填报单位：%1　截止日期：%2\n填报说明：请只填写黄色各列：本期进展情况写明本期做了"
               "什么；完成百分比填 0—100 的整数；已全部完成的在“是否办结”选“是”；不能按期完成"
               "的填写“申请延期至”（日期）和延期理由；佐证材料写文件名，随表报送。其他各列及隐藏的"
               "任务编码请勿改动，可以排序、筛选。表单编码：%3")
        .arg(department, round.dueDate.toString(QStringLiteral("yyyy年M月d日")), key);
}

QString statusText(const Task &task)
{
    return QStringLiteral("%1（%2%）").arg(taskStatusLabel(task.status)).arg(task.percent);
}

QString lastProgress(PlanRepository &plans, qint64 taskId)
{
    const QList<ProgressEntry> entries = plans.progress(taskId);
    const ProgressEntry *last = nullptr;
    for (const ProgressEntry &e : entries)
        if (!last || e.date > last->date || (e.date == last->date && e.id > last->id))
            last = &e;
    return last ? QStringLiteral("%1 %2").arg(last->date.toString(Qt::ISODate), last->text)
                : QString();
}

} // namespace

io::ExportSheet formSheet(Workspace *ws, qint64 roundId, qint64 departmentId)
{
    io::ExportSheet s;
    const std::optional<Round> r = round(ws, roundId);
    if (!r)
        return s;
    PlanRepository plans(ws);
    QString department;
    for (const Department &d : plans.departments(r->planId))
        if (d.id == departmentId)
            department = d.name;
    if (department.isEmpty())
        return s;
    const QString workspace = plantable::workspaceId(ws);
    Key key{workspace, roundId, departmentId, 0};
    s.name = QStringLiteral("反馈表");
    s.title = QStringLiteral("%1重点任务进展反馈表（%2）").arg(department, r->name);
    s.subtitle = instructions(*r, department, keyText(key));
    s.headers = headers();
    s.kinds = QList<io::ColumnKind>(ColumnCount, io::ColumnKind::Text);
    s.kinds[RowNumber] = io::ColumnKind::Integer;
    s.kinds[PercentColumn] = io::ColumnKind::Integer;
    s.kinds[ExtendToColumn] = io::ColumnKind::Date;
    s.hiddenColumns = {KeyColumn};
    s.wrapText = true;
    s.protect = true;
    for (int c = ProgressColumn; c <= PhoneColumn; ++c)
        s.unlockedColumns << c;
    s.spareRows = 50;
    using V = io::ExportSheet::Validation;
    s.validations = {
        {PercentColumn,
         V::Kind::WholeNumber,
         0,
         100,
         {},
         QStringLiteral("完成百分比应为 0—100 的整数")},
        {DoneColumn,
         V::Kind::List,
         0,
         0,
         {doneYes(), doneNo()},
         QStringLiteral("请选择“是”或“否”")},
        {ExtendToColumn, V::Kind::Date, 0, 0, {}, QStringLiteral("请填写日期，如 2025-12-31")},
    };
    for (const TaskView &t : departmentTasks(ws, r->planId, departmentId)) {
        QList<QVariant> row(ColumnCount);
        row[RowNumber] = int(s.rows.size()) + 1;
        row[ProjectColumn] = t.projectTitle;
        row[TaskColumn] = t.task.text;
        row[RoleColumn] = roleOf(t, departmentId);
        row[DeadlineColumn] = ledgers::deadlineText(t.task);
        row[StatusColumn] = statusText(t.task);
        row[LastProgressColumn] = lastProgress(plans, t.task.id);
        key.taskId = t.task.id;
        row[KeyColumn] = keyText(key);
        s.rows.append(row);
    }
    return s;
}

bool writeForm(Workspace *ws, qint64 roundId, qint64 departmentId, const QString &path,
               QString *error)
{
    const io::ExportSheet s = formSheet(ws, roundId, departmentId);
    if (s.headers.isEmpty()) {
        *error = QStringLiteral("找不到反馈轮次 #%1 或其部门 #%2").arg(roundId).arg(departmentId);
        return false;
    }
    // Word: a reply is matched by the task's words, and the form's key is in the
    // instruction line.
    return plantable::writeSheet(s, KeyColumn, {3, 8, 20, 4, 7, 6, 12, 14, 5, 4, 7, 8, 7, 5, 7},
                                 QStringLiteral("feedback.form"), QStringLiteral("反馈表"), path,
                                 error);
}

QString formFileName(const QString &roundName, const QString &department, const QString &suffix)
{
    QString name = QStringLiteral("反馈表-%1-%2").arg(roundName, department);
    static const QRegularExpression forbidden(QStringLiteral("[\\\\/:*?\"<>|\\s]"));
    name.replace(forbidden, QStringLiteral("_"));
    return name + QLatin1Char('.') + suffix;
}

} // namespace tuoyu::feedback
