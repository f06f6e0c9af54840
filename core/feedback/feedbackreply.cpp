#include "feedbackreply.h"

#include "commands/taskcommands.h"
#include "exporting/plantable.h"
#include "feedbackform.h"
#include "feedbackround.h"
#include "import/importkind.h"
#include "io/reader.h"
#include "mapping/mappingresult.h"
#include "session/workspace.h"

#include "storage/sqlquery.h"
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QSet>

#include <cmath>
#include <optional>

namespace tuoyu::feedback {

QString RefusedRow::message() const
{
    return row > 0 ? QStringLiteral("%1 第%2行：%3").arg(file).arg(row).arg(reason)
                   : QStringLiteral("%1：%2").arg(file, reason);
}

int Review::updatedTasks() const
{
    QSet<qint64> tasks;
    for (const ReplyRow &r : rows)
        if (r.accepted && !r.changes.isEmpty())
            tasks.insert(r.taskId);
    return int(tasks.size());
}

int Review::unchangedRows() const
{
    int n = 0;
    for (const ReplyRow &r : rows)
        n += r.changes.isEmpty() ? 1 : 0;
    return n;
}

QStringList Review::warnings() const
{
    QStringList list;
    for (const ReplyRow &r : rows)
        for (const QString &w : r.warnings)
            list << QStringLiteral("%1 第%2行：%3").arg(r.file).arg(r.row).arg(w);
    return list;
}

namespace {

/// Words compared without their spacing: a department's Word may rewrap or pad them.
QString squeezed(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    QString s = text;
    return s.remove(space);
}

/// The record keys of the form's columns, in Column order.
constexpr const char *kFieldCodes[ColumnCount] = {
    "row_number",    "project",  "task",    "role", "deadline",  "status",
    "last_progress", "progress", "percent", "done", "extend_to", "extend_reason",
    "evidence",      "reporter", "phone",   "key"};

const QString kFormKeyFact = QStringLiteral("form_key");
const QString kClaimedFact = QStringLiteral("claimed_department");

std::optional<int> parsePercent(const QString &text)
{
    QString t = text.trimmed();
    if (t.endsWith(u'%') || t.endsWith(u'％'))
        t.chop(1);
    bool ok = false;
    const double value = t.trimmed().toDouble(&ok);
    if (!ok || value < 0 || value > 100)
        return std::nullopt;
    return int(std::lround(value));
}

/// What one file says about the round and department it answers.
struct FormContext
{
    Round round;
    qint64 departmentId = 0;
    QString department;
    QHash<qint64, TaskView> tasks; ///< the department's tasks in the round's plan, by id
    QHash<QString, qint64> byWords;
};

class Reviewer
{
public:
    Reviewer(Workspace *ws, const QDate &asOf)
        : m_ws(ws)
        , m_workspaceId(plantable::workspaceId(ws))
        , m_asOf(asOf)
    {
    }

    /// One form as the reply import kind mapped it: its records and what the lines above the
    /// table say.
    void check(const QString &file, const mapping::MappingResult &mapped, Review &out)
    {
        auto refuseFile = [&](const QString &reason) { out.refused.append({file, 0, reason}); };
        for (const Column c : requiredColumns())
            if (mapped.mapping.columnOf(fieldCode(c)) < 0)
                return refuseFile(QStringLiteral("表格被改动：缺少“%1”列").arg(headers()[c]));
        const std::optional<Key> formKey = parseKey(mapped.facts.value(kFormKeyFact).toString());
        const QString claimed = mapped.facts.value(kClaimedFact).toString();
        if (!formKey)
            return refuseFile(QStringLiteral("找不到表单编码，无法确定是哪一轮、哪个单位的反馈表"));
        if (formKey->workspaceId != m_workspaceId)
            return refuseFile(QStringLiteral("不是本工作区发出的反馈表（来自其他计划或其他区）"));
        const FormContext *context = contextFor(formKey->roundId, formKey->departmentId);
        if (!context)
            return refuseFile(
                QStringLiteral("反馈轮次 #%1 或其填报单位已不存在").arg(formKey->roundId));
        if (!claimed.isEmpty() && claimed != context->department)
            return refuseFile(QStringLiteral("表头的填报单位“%1”与表单编码所指的“%2”不符")
                                  .arg(claimed, context->department));
        out.receipts.append({context->round.id, context->departmentId, file});

        QHash<qint64, int> seen; // task → the row that answered it
        for (const mapping::MappedRecord &record : mapped.records)
            readRow(record, file, *context, seen, out);
    }

private:
    const FormContext *contextFor(qint64 roundId, qint64 departmentId)
    {
        const QString id = QStringLiteral("%1:%2").arg(roundId).arg(departmentId);
        if (const auto it = m_contexts.constFind(id); it != m_contexts.cend())
            return &*it;
        const std::optional<Round> r = round(m_ws, roundId);
        if (!r)
            return nullptr;
        FormContext context;
        context.round = *r;
        context.departmentId = departmentId;
        for (const Department &d : PlanRepository(m_ws).departments(r->planId))
            if (d.id == departmentId)
                context.department = d.name;
        if (context.department.isEmpty())
            return nullptr;
        for (const TaskView &t : departmentTasks(m_ws, r->planId, departmentId)) {
            context.byWords.insert(squeezed(t.task.text), t.task.id);
            context.tasks.insert(t.task.id, t);
        }
        return &*m_contexts.insert(id, context);
    }

    void readRow(const mapping::MappedRecord &record, const QString &file,
                 const FormContext &context, QHash<qint64, int> &seen, Review &out)
    {
        auto text = [&](Column c) { return record.values.value(fieldCode(c)).toString(); };
        const int row = record.row;
        auto refuse = [&](const QString &reason) { out.refused.append({file, row, reason}); };
        const QString keyCell = text(KeyColumn);
        const QString words = text(TaskColumn);
        const QString progress = text(ProgressColumn);
        const QString percentText = text(PercentColumn);
        const QString done = text(DoneColumn);
        const QString extendText = text(ExtendToColumn);
        const QString reason = text(ExtendReasonColumn);
        const QString evidence = text(EvidenceColumn);
        const QString reporter = text(ReporterColumn);
        const QString phone = text(PhoneColumn);
        qint64 taskId = 0;
        bool byKey = false;
        if (!keyCell.isEmpty()) {
            const std::optional<Key> key = parseKey(keyCell);
            if (!key)
                return refuse(QStringLiteral("任务编码“%1”被改动，无法识别").arg(keyCell));
            if (key->workspaceId != m_workspaceId)
                return refuse(QStringLiteral("该行来自其他工作区发出的反馈表"));
            if (key->roundId != context.round.id)
                return refuse(QStringLiteral("该行属于另一轮反馈（#%1），不属于“%2”")
                                  .arg(key->roundId)
                                  .arg(context.round.name));
            if (key->departmentId != context.departmentId) {
                const FormContext *other = contextFor(key->roundId, key->departmentId);
                return refuse(QStringLiteral("该行是发给“%1”的任务，本表的填报单位是“%2”")
                                  .arg(other ? other->department : QStringLiteral("其他单位"),
                                       context.department));
            }
            if (!context.tasks.contains(key->taskId)) {
                const std::optional<TaskView> task = PlanRepository(m_ws).task(key->taskId);
                return refuse(task ? QStringLiteral("任务“%1”已不由%2承担")
                                         .arg(task->task.text.left(20), context.department)
                                   : QStringLiteral("任务 #%1 不在本计划中（已删除或来自其他计划）")
                                         .arg(key->taskId));
            }
            taskId = key->taskId;
            byKey = true;
        } else {
            if (words.isEmpty())
                return refuse(QStringLiteral("没有写明是哪项任务（“具体任务”和任务编码都是空的）"));
            taskId = context.byWords.value(squeezed(words));
            if (taskId == 0)
                return refuse(
                    QStringLiteral("%1的任务中没有“%2”").arg(context.department, words.left(30)));
        }
        if (const auto it = seen.constFind(taskId); it != seen.cend())
            return refuse(QStringLiteral("与第%1行是同一项任务").arg(*it));
        seen.insert(taskId, row);

        const std::optional<int> percent =
            percentText.isEmpty() ? std::optional<int>(-1) : parsePercent(percentText);
        if (!percent)
            return refuse(QStringLiteral("完成百分比“%1”不是 0—100 的数").arg(percentText));
        const bool doneYesWord = done == doneYes() || done == QStringLiteral("已办结");
        if (!done.isEmpty() && !doneYesWord && done != doneNo())
            return refuse(QStringLiteral("是否办结应填“是”或“否”，不是“%1”").arg(done));
        QDate extendTo;
        if (!extendText.isEmpty()) {
            extendTo = QDate::fromString(extendText.left(10), Qt::ISODate);
            if (!extendTo.isValid())
                extendTo = taskcommands::resolveDeadline(extendText, QDate()).date;
            if (!extendTo.isValid())
                return refuse(QStringLiteral("申请延期至“%1”不是日期").arg(extendText));
            if (reason.isEmpty())
                return refuse(QStringLiteral("申请延期须写明延期理由"));
        }

        const TaskView &view = context.tasks[taskId];
        const Task &task = view.task;
        ReplyRow reply;
        reply.file = file;
        reply.row = row;
        reply.roundId = context.round.id;
        reply.departmentId = context.departmentId;
        reply.department = context.department;
        reply.taskId = taskId;
        reply.taskText = task.text;
        reply.byKey = byKey;
        reply.reporter = reporter;

        QStringList notes;
        if (!evidence.isEmpty())
            notes << QStringLiteral("佐证材料：%1").arg(evidence);
        if (!reporter.isEmpty() || !phone.isEmpty())
            notes << QStringLiteral("填报人：%1")
                         .arg(QStringList{reporter, phone}.join(u' ').trimmed());
        QString entry = progress;
        if (!notes.isEmpty() && (!progress.isEmpty() || !evidence.isEmpty()))
            entry =
                progress.isEmpty()
                    ? notes.join(QStringLiteral("；"))
                    : QStringLiteral("%1（%2）").arg(progress, notes.join(QStringLiteral("；")));
        if (!entry.isEmpty() && !hasEntry(taskId, context.department, entry)) {
            reply.progressText = entry;
            reply.changes.append({QStringLiteral("进展"), QString(), entry});
        }

        const bool closed = task.isClosed();
        if (*percent >= 0) {
            if (closed && *percent < 100)
                reply.warnings
                    << QStringLiteral(
                           "任务已办结，回复的完成百分比 %1% 未采用（重新打开须由经办人确认）")
                           .arg(*percent);
            else if (*percent < task.percent)
                reply.warnings << QStringLiteral("完成百分比从 %1% 降为 %2%，未采用，请核实")
                                      .arg(task.percent)
                                      .arg(*percent);
            else if (*percent > task.percent) {
                reply.percent = *percent;
                reply.changes.append({QStringLiteral("完成百分比"),
                                      QStringLiteral("%1%").arg(task.percent),
                                      QStringLiteral("%1%").arg(*percent)});
                if (task.status == TaskStatus::NotStarted && *percent > 0) {
                    reply.startTask = true;
                    reply.changes.append({QStringLiteral("状态"),
                                          taskStatusLabel(TaskStatus::NotStarted),
                                          taskStatusLabel(TaskStatus::InProgress)});
                }
            }
        }
        if (closed && done == doneNo())
            reply.warnings << QStringLiteral(
                "任务已办结，回复“否”未采用（重新打开须由经办人确认）");
        if (doneYesWord && !closed && !hasRequest(taskId, QStringLiteral("close"), QString())) {
            reply.requestClose = true;
            reply.changes.append(
                {QStringLiteral("办结申请"), QString(), QStringLiteral("申请办结，待确认")});
        }
        if (extendTo.isValid()) {
            const QString date = extendTo.toString(Qt::ISODate);
            if (task.deadline.isValid() && extendTo <= task.deadline)
                reply.warnings << QStringLiteral("申请延期至 %1 不晚于现有完成时限 %2，未记录")
                                      .arg(date, task.deadline.toString(Qt::ISODate));
            else if (!hasRequest(taskId, QStringLiteral("extend"), date)) {
                reply.extendTo = extendTo;
                reply.extendReason = reason;
                reply.changes.append({QStringLiteral("延期申请"),
                                      task.deadline.toString(Qt::ISODate),
                                      QStringLiteral("%1（%2），待审批").arg(date, reason)});
            }
        }
        out.rows.append(reply);
    }

    bool hasEntry(qint64 taskId, const QString &author, const QString &text)
    {
        SqlQuery q(m_ws->db());
        q.exec(QStringLiteral("SELECT 1 FROM progress_entry WHERE task_id = ? AND author = ? "
                              "AND text = ?"),
               {taskId, author, text});
        return q.next();
    }

    /// A request of this kind (and date, for 延期) not rejected: asking again adds nothing.
    bool hasRequest(qint64 taskId, const QString &kind, const QString &date)
    {
        SqlQuery q(m_ws->db());
        q.exec(QStringLiteral(
                   "SELECT 1 FROM feedback_request WHERE task_id = ? AND kind = ? "
                   "AND COALESCE(requested_date, '') = COALESCE(?, '') AND status <> 'rejected'"),
               {taskId, kind, date});
        return q.next();
    }

    Workspace *m_ws;
    QString m_workspaceId;
    QDate m_asOf;
    QHash<QString, FormContext> m_contexts;
};

} // namespace

QString fieldCode(Column column)
{
    return QString::fromLatin1(kFieldCodes[column]);
}

std::optional<mapping::ColumnMapping> replyMapping(const io::Table &table)
{
    const QStringList names = headers();
    for (int r = 0; r < std::min(table.rowCount(), 20); ++r) {
        mapping::ColumnMapping m;
        m.kind = mapping::TableKind::FeedbackReply;
        m.headerFirstRow = m.headerLastRow = r;
        for (int c = 0; c < table.rows[r].size(); ++c) {
            const QString words = squeezed(table.rows[r][c].text);
            mapping::ColumnAssignment column;
            column.header = words;
            m.columns.append(column);
            const int field = int(names.indexOf(words));
            if (field >= 0 && m.columnOf(fieldCode(Column(field))) < 0)
                m.columns.last().field = fieldCode(Column(field));
        }
        if (m.columnOf(fieldCode(TaskColumn)) >= 0 && m.columnOf(fieldCode(ProgressColumn)) >= 0)
            return m;
    }
    return std::nullopt;
}

void mapReply(const io::Table &table, const mapping::ColumnMapping &mapping,
              mapping::MappingResult &result)
{
    result.kind = mapping::TableKind::FeedbackReply;
    result.mapping = mapping;
    // The form's own key and claimed department, in the lines above the header; else the first
    // row's key.
    QString formKey, claimed;
    for (int r = 0; r < mapping.headerFirstRow; ++r)
        for (const io::Cell &cell : table.rows[r]) {
            if (formKey.isEmpty() && parseKey(cell.text))
                formKey = cell.text;
            if (claimed.isEmpty())
                claimed = claimedDepartment(cell.text);
        }
    const int keyColumn = mapping.columnOf(fieldCode(KeyColumn));
    for (int r = mapping.firstDataRow(); r < table.rowCount(); ++r) {
        mapping::MappedRecord record;
        record.row = r + 1;
        for (int c = 0; c < mapping.columns.size(); ++c)
            if (const QString field = mapping.columns[c].field; !field.isEmpty()) {
                const QString text = table.cell(r, c).text.trimmed();
                if (!text.isEmpty())
                    record.values.insert(field, text);
            }
        // A row with neither key nor words nor anything filled in is blank, whatever locked
        // cells (project, deadline) it still shows.
        bool blank = true;
        for (const Column c :
             {KeyColumn, TaskColumn, ProgressColumn, PercentColumn, DoneColumn, ExtendToColumn,
              ExtendReasonColumn, EvidenceColumn, ReporterColumn, PhoneColumn})
            blank = blank && !record.values.contains(fieldCode(c));
        if (blank) {
            result.skippedRows << record.row; // a blank row, inserted or left over
            continue;
        }
        if (formKey.isEmpty() && keyColumn >= 0 && parseKey(table.cell(r, keyColumn).text))
            formKey = table.cell(r, keyColumn).text;
        result.records.append(std::move(record));
    }
    result.facts.insert(kFormKeyFact, formKey);
    result.facts.insert(kClaimedFact, claimed);
}

void reviewMapped(Workspace *ws, const QString &file, const mapping::MappingResult &mapped,
                  Review &out)
{
    out.files << file;
    Reviewer(ws, out.asOf).check(file, mapped, out);
}

Review review(Workspace *ws, const QStringList &paths, const QDate &asOf)
{
    Review out;
    out.asOf = asOf;
    Reviewer reviewer(ws, asOf);
    // Each file is read as the import reads a reply: its first visible table that is a form,
    // mapped by the reply's import kind.
    const ImportKind *kind = importKind(mapping::TableKind::FeedbackReply);
    for (const QString &path : paths) {
        const QString file = QFileInfo(path).fileName();
        out.files << file;
        const io::ReadResult read = io::readFile(path);
        if (!read.ok()) {
            out.refused.append({file, 0, read.error});
            continue;
        }
        bool found = false;
        for (const io::Table &t : read.tables)
            if (const auto m = t.hidden ? std::nullopt : replyMapping(t)) {
                mapping::MappingResult mapped;
                kind->map(t, *m, mapped, nullptr);
                reviewer.check(file, mapped, out);
                found = true;
                break;
            }
        if (!found)
            out.refused.append(
                {file, 0, QStringLiteral("不是反馈表：找不到“具体任务”和“本期进展情况”两列")});
    }
    return out;
}

bool isReplyFile(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("xls") &&
        suffix != QLatin1String("docx"))
        return false;
    const io::ReadResult read = io::readFile(path);
    return read.ok() && std::any_of(read.tables.cbegin(), read.tables.cend(), [](const auto &t) {
               return !t.hidden && replyMapping(t).has_value();
           });
}

} // namespace tuoyu::feedback
