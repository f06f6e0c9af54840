// 重点任务分工表 / 任务清单: one task per row, its 工程 and 项目 merged down over their rows (or
// repeated, or left blank under the first), units in one cell, deadlines in words. The tasks
// belong to a plan: the chosen one, or a new one the import makes from the table's title.

#include "calendar/deadlineparser.h"
#include "domain/plan.h"
#include "importkind.h"
#include "planbuilder.h"
#include "tasktableformat.h"

#include "storage/sqlquery.h"
#include <QDateTime>
#include <QFileInfo>
#include <QSet>

#include <functional>

namespace tuoyu {

using mapping::MappedRecord;

namespace {

QString key(const char *k)
{
    return QString::fromLatin1(k);
}

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

QVariant dateOrNull(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
}

/// Words that name no date on purpose: such a deadline is 未定 without a warning.
bool isOngoing(const QString &words)
{
    for (const char16_t *w : {u"长期", u"持续", u"常态", u"每年", u"年度"})
        if (words.contains(QStringView(w)))
            return true;
    return false;
}

QString cellText(const io::Table &t, int row, int column)
{
    if (column < 0)
        return {};
    const io::Cell &c = t.cell(row, column);
    // A deadline typed as a date: the words an officer would have written.
    if (c.type == io::CellType::Date || c.type == io::CellType::DateTime) {
        const QDate d = QDate::fromString(c.text.left(10), Qt::ISODate);
        if (d.isValid())
            return d.toString(QStringLiteral("yyyy年M月d日"));
    }
    // Line breaks separate units; inside other cells they are only wrapping.
    return c.text.trimmed();
}

/// Words as the officer wrote them: only the ends trimmed (the mapper's cleaning would close
/// the spaces a plan's text keeps between Chinese and Latin words).
QString oneLine(const QString &text)
{
    return QString(text).replace(QLatin1Char('\n'), QString()).trimmed();
}

/// Rows above the header: the title (the plan's) and a line stating the period.
void readTitleRows(const io::Table &t, int headerFirstRow, mapping::MappingResult &result)
{
    for (int r = 0; r < headerFirstRow; ++r) {
        QString text;
        for (const io::Cell &c : t.rows.value(r))
            if (!c.isEmpty()) {
                text = c.text.simplified();
                break;
            }
        if (text.isEmpty())
            continue;
        QDate start, end;
        if (tasktable::parsePeriod(text, &start, &end)) {
            result.facts.insert(key("period_start"), start);
            result.facts.insert(key("period_end"), end);
        }
        if (text.startsWith(QStringLiteral("实施期限")) || text.startsWith(QStringLiteral("附件")))
            continue;
        if (!result.facts.contains(key("plan_title")))
            result.facts.insert(key("plan_title"), tasktable::planTitleFromTitleRow(text));
    }
}

void mapTaskTable(const io::Table &t, const mapping::ColumnMapping &m,
                  mapping::MappingResult &result)
{
    readTitleRows(t, m.headerFirstRow, result);
    const int programCol = m.columnOf(key("program"));
    const int projectCol = m.columnOf(key("project"));
    const int taskCol = m.columnOf(key("task"));
    const int leadCol = m.columnOf(key("lead"));
    const int coCol = m.columnOf(key("co"));
    const int deadlineCol = m.columnOf(key("deadline"));
    const int noteCol = m.columnOf(key("note"));
    const int keyCol = m.columnOf(key("key"));
    const QString taskHeader =
        taskCol >= 0 ? m.columns[taskCol].header : QStringLiteral("具体任务");

    QString program, project;
    for (int r = m.firstDataRow(); r < t.rowCount(); ++r) {
        const int rowNumber = r + 1;
        const QList<io::Cell> &cells = t.rows[r];
        QStringList distinct;
        for (const io::Cell &c : cells)
            if (!c.isEmpty() && !distinct.contains(c.text))
                distinct << c.text;
        if (distinct.isEmpty()) {
            result.skippedRows << rowNumber;
            continue;
        }
        // One text across the row (a merged line): a program heading inside the table, or a
        // note under it.
        if (distinct.size() == 1 && cellText(t, r, taskCol) == distinct.first().trimmed() &&
            cellText(t, r, programCol) == distinct.first().trimmed() && programCol >= 0) {
            const QString text = oneLine(distinct.first());
            if (text.startsWith(QStringLiteral("注")) || text.startsWith(QStringLiteral("备注")) ||
                text.startsWith(QStringLiteral("说明"))) {
                result.skippedRows << rowNumber;
                result.findings.append(
                    {rowNumber, 0, QStringLiteral("表下说明未导入：%1").arg(text)});
                continue;
            }
            program = text;
            project.clear();
            result.skippedRows << rowNumber;
            continue;
        }
        const QString programCell = oneLine(cellText(t, r, programCol));
        const QString projectCell = oneLine(cellText(t, r, projectCol));
        if (!programCell.isEmpty() && programCell != program) {
            program = programCell;
            project.clear();
        }
        if (!projectCell.isEmpty())
            project = projectCell;
        const QString task = cellText(t, r, taskCol);
        const QString lead = cellText(t, r, leadCol);
        const QString co = cellText(t, r, coCol);
        const QString deadline = oneLine(cellText(t, r, deadlineCol));
        const QString note = cellText(t, r, noteCol);
        if (task.isEmpty()) {
            // Only the 工程 / 项目 cells: a heading row, not a task.
            if (lead.isEmpty() && co.isEmpty() && deadline.isEmpty() && note.isEmpty()) {
                result.skippedRows << rowNumber;
                continue;
            }
            result.refused.append({rowNumber, taskCol + 1,
                                   QStringLiteral("第%1行没有任务内容（“%2”列为空），未导入")
                                       .arg(rowNumber)
                                       .arg(taskHeader)});
            continue;
        }
        MappedRecord record;
        record.row = rowNumber;
        mapping::FieldValues &v = record.values;
        v.append(key("program"), program);
        v.append(key("project"), project);
        v.append(key("task"), task);
        QStringList leads = tasktable::splitUnits(lead);
        QStringList cos = tasktable::splitUnits(co);
        if (leadCol < 0 && !cos.isEmpty())
            leads << cos.takeFirst(); // 责任单位 alone: the first named leads
        if (!leads.isEmpty())
            v.append(key("lead"), leads.join(QStringLiteral("、")));
        if (!cos.isEmpty())
            v.append(key("co"), cos.join(QStringLiteral("、")));
        if (leads.size() > 1)
            record.warnings << QStringLiteral(
                                   "牵头单位有 %1 个，第一个“%2”作为牵头，其余作为责任单位")
                                   .arg(leads.size())
                                   .arg(leads.first());
        if (!deadline.isEmpty()) {
            v.append(key("deadline"), deadline);
            if (!DeadlineParser::parse(deadline).resolved() && !isOngoing(deadline))
                record.warnings << QStringLiteral("完成时限“%1”认不出日期，按%2导入")
                                       .arg(deadline, DeadlineParser::undetermined());
        }
        if (!note.isEmpty())
            v.append(key("note"), note);
        const QString taskKey = cellText(t, r, keyCol);
        if (!taskKey.isEmpty())
            v.append(key("key"), taskKey);
        for (const QString &w : std::as_const(record.warnings))
            result.findings.append({rowNumber, 0, w});
        result.records.append(std::move(record));
    }
}

/// What a task row is in the workspace: its row, its departments (names in order, lead flag of
/// the first).
struct StoredTask
{
    qint64 id = 0;
    qint64 projectId = 0;
    QString text;
    QString deadlineText;
    QString notes;
    QStringList departments;
    bool hasLead = false;
    QList<QVariantMap> departmentRows;
};

class TaskTablePlanner
{
public:
    TaskTablePlanner(PlanBuilder &b, const mapping::MappingResult &mapped)
        : b(b)
        , mapped(mapped)
    {
    }

    bool run(QString *error)
    {
        if (!preparePlan(error))
            return false;
        readPlan();
        QSet<QString> programsSeen, projectsSeen;
        QHash<qint64, int> taskRows; // stored task → the row that matched it
        for (const MappedRecord &record : mapped.records) {
            const mapping::FieldValues &v = record.values;
            const tasktable::Numbered program = numbered(v.value(u"program").toString(), true);
            const tasktable::Numbered project =
                numbered(v.value(u"project").toString(), false, program.title);
            const qint64 programId = programFor(program);
            const qint64 projectId = projectFor(programId, project);
            programsSeen.insert(program.title);
            projectsSeen.insert(QString::number(programId) + QLatin1Char('|') + project.title);
            const QString text = v.value(u"task").toString();
            QStringList departments;
            const QString lead = v.value(u"lead").toString();
            if (!lead.isEmpty())
                departments << tasktable::splitUnits(lead);
            for (const QString &u : tasktable::splitUnits(v.value(u"co").toString()))
                if (!departments.contains(u))
                    departments << u;

            // The hidden key of a table this workspace wrote, else project and task text.
            qint64 taskId = tasktable::taskIdFromKey(v.value(u"key").toString(), m_workspaceId);
            if (!m_tasks.contains(taskId))
                taskId = 0;
            if (taskId == 0)
                taskId = m_byText.value(QString::number(projectId) + QLatin1Char('|') + text);
            ImportChange change;
            change.row = record.row;
            change.name =
                QStringLiteral("%1 / %2 / %3").arg(program.title, project.title, text.left(24));
            if (taskId != 0 && taskRows.contains(taskId)) {
                b.refuse(record.row, QStringLiteral("第%1行与第%2行是同一项任务，未重复导入")
                                         .arg(record.row)
                                         .arg(taskRows.value(taskId)));
                continue;
            }
            if (taskId == 0) {
                taskId = insertTask(projectId, text, v, departments, !lead.isEmpty());
                // The same task written twice in the file is found again, and refused.
                m_byText.insert(QString::number(projectId) + QLatin1Char('|') + text, taskId);
                change.action = ImportChange::Action::Insert;
                ++b.plan.inserted;
            } else {
                change.changes =
                    updateTask(m_tasks[taskId], projectId, text, v, departments, !lead.isEmpty());
                change.action = change.changes.isEmpty() ? ImportChange::Action::Unchanged
                                                         : ImportChange::Action::Update;
                ++(change.changes.isEmpty() ? b.plan.unchanged : b.plan.updated);
            }
            taskRows.insert(taskId, record.row);
            b.plan.changes.append(change);
        }
        b.plan.summary.insert(key("plan"), m_planId);
        b.plan.summary.insert(key("programs"), int(programsSeen.size()));
        b.plan.summary.insert(key("projects"), int(projectsSeen.size()));
        b.plan.summary.insert(key("tasks"), int(taskRows.size()));
        return true;
    }

private:
    /// The chosen plan, or a new one from the table's title and period.
    bool preparePlan(QString *error)
    {
        SqlQuery q(b.db());
        if (b.planId != ImportRequest::kNewPlan) {
            q.exec(QStringLiteral("SELECT id, period_start, period_end FROM plan WHERE id = ?"),
                   {b.planId});
            if (b.planId <= 0 || !q.next()) {
                *error = QStringLiteral("导入任务分工表需要先选择一个计划（或新建计划）");
                return false;
            }
            m_planId = b.planId;
            m_start = QDate::fromString(q.value(1).toString(), Qt::ISODate);
            m_end = QDate::fromString(q.value(2).toString(), Qt::ISODate);
            return true;
        }
        QString title = mapped.facts.value(key("plan_title")).toString();
        if (title.isEmpty())
            title = QFileInfo(b.plan.source).completeBaseName();
        m_start = mapped.facts.value(key("period_start")).toDate();
        m_end = mapped.facts.value(key("period_end")).toDate();
        m_planId = b.allocateId(QStringLiteral("plan"));
        b.changes.append(RowChange::insert(
            QStringLiteral("plan"), m_planId,
            {{key("title"), title},
             {key("period_start"), dateOrNull(m_start)},
             {key("period_end"), dateOrNull(m_end)},
             {key("source_document"), textOrNull(b.plan.source)},
             {key("created_at"), QDateTime::currentDateTime().toString(Qt::ISODate)}}));
        return true;
    }

    void readPlan()
    {
        QSqlDatabase &db = b.db();
        SqlQuery q(db);
        q.exec(QStringLiteral("SELECT value FROM workspace_info WHERE key = ?"),
               {tasktable::workspaceIdInfoKey()});
        if (q.next())
            m_workspaceId = q.value(0).toString();
        auto each = [&](const QString &sql, const std::function<void(SqlQuery &)> &f) {
            SqlQuery r(db);
            r.exec(sql, {m_planId});
            while (r.next())
                f(r);
        };
        each(QStringLiteral("SELECT id, name, seq FROM department WHERE plan_id = ?"),
             [&](SqlQuery &r) {
                 m_departments.insert(r.value(1).toString(), r.value(0).toLongLong());
                 m_departmentSeq = std::max(m_departmentSeq, r.value(2).toInt());
             });
        each(QStringLiteral("SELECT id, title, seq FROM program WHERE plan_id = ? ORDER BY seq"),
             [&](SqlQuery &r) {
                 if (!m_programs.contains(r.value(1).toString()))
                     m_programs.insert(r.value(1).toString(), r.value(0).toLongLong());
                 m_programSeq = std::max(m_programSeq, r.value(2).toInt());
             });
        each(QStringLiteral("SELECT j.id, j.program_id, j.title, j.seq FROM project j JOIN program "
                            "p ON p.id = j.program_id WHERE p.plan_id = ? ORDER BY j.seq"),
             [&](SqlQuery &r) {
                 const QString k = r.value(1).toString() + QLatin1Char('|') + r.value(2).toString();
                 if (!m_projects.contains(k))
                     m_projects.insert(k, r.value(0).toLongLong());
                 int &seq = m_projectSeq[r.value(1).toLongLong()];
                 seq = std::max(seq, r.value(3).toInt());
             });
        each(QStringLiteral("SELECT t.id, t.project_id, t.text, t.deadline_text, t.notes, t.seq "
                            "FROM task t JOIN project j ON j.id = t.project_id JOIN program p ON "
                            "p.id = j.program_id WHERE p.plan_id = ? ORDER BY t.seq"),
             [&](SqlQuery &r) {
                 const StoredTask t{r.value(0).toLongLong(),
                                    r.value(1).toLongLong(),
                                    r.value(2).toString(),
                                    r.value(3).toString(),
                                    r.value(4).toString(),
                                    {},
                                    false,
                                    {}};
                 m_tasks.insert(t.id, t);
                 const QString k = QString::number(t.projectId) + QLatin1Char('|') + t.text;
                 if (!m_byText.contains(k))
                     m_byText.insert(k, t.id);
                 int &seq = m_taskSeq[t.projectId];
                 seq = std::max(seq, r.value(5).toInt());
             });
        each(
            QStringLiteral("SELECT td.id, td.task_id, td.department_id, td.lead, td.seq, "
                           "td.implied, d.name FROM task_department td JOIN department d ON d.id = "
                           "td.department_id WHERE d.plan_id = ? ORDER BY td.task_id, td.seq"),
            [&](SqlQuery &r) {
                auto it = m_tasks.find(r.value(1).toLongLong());
                if (it == m_tasks.end())
                    return;
                if (it->departments.isEmpty())
                    it->hasLead = r.value(3).toInt() == 1;
                it->departments << r.value(6).toString();
                it->departmentRows << QVariantMap{{key("task_id"), r.value(1)},
                                                  {key("department_id"), r.value(2)},
                                                  {key("lead"), r.value(3)},
                                                  {key("seq"), r.value(4)},
                                                  {key("implied"), r.value(5)}};
                it->departmentRows.last().insert(key("id"), r.value(0));
            });
    }

    /// A program or project cell split into number and title; an empty cell is the plan's
    /// 重点任务 (programs) or the program itself (projects).
    static tasktable::Numbered numbered(const QString &cell, bool isProgram,
                                        const QString &programTitle = {})
    {
        if (cell.isEmpty())
            return {QString(), isProgram ? QStringLiteral("重点任务") : programTitle};
        return tasktable::splitNumber(cell);
    }

    qint64 programFor(const tasktable::Numbered &n)
    {
        if (const auto it = m_programs.constFind(n.title); it != m_programs.cend())
            return it.value();
        const qint64 id = b.allocateId(QStringLiteral("program"));
        b.changes.append(RowChange::insert(QStringLiteral("program"), id,
                                           {{key("plan_id"), m_planId},
                                            {key("seq"), ++m_programSeq},
                                            {key("number"), textOrNull(n.number)},
                                            {key("title"), n.title}}));
        m_programs.insert(n.title, id);
        return id;
    }

    qint64 projectFor(qint64 programId, const tasktable::Numbered &n)
    {
        const QString k = QString::number(programId) + QLatin1Char('|') + n.title;
        if (const auto it = m_projects.constFind(k); it != m_projects.cend())
            return it.value();
        const qint64 id = b.allocateId(QStringLiteral("project"));
        b.changes.append(RowChange::insert(QStringLiteral("project"), id,
                                           {{key("program_id"), programId},
                                            {key("seq"), ++m_projectSeq[programId]},
                                            {key("number"), textOrNull(n.number)},
                                            {key("title"), n.title}}));
        m_projects.insert(k, id);
        return id;
    }

    qint64 departmentFor(const QString &name)
    {
        if (const auto it = m_departments.constFind(name); it != m_departments.cend())
            return it.value();
        const qint64 id = b.allocateId(QStringLiteral("department"));
        b.changes.append(RowChange::insert(
            QStringLiteral("department"), id,
            {{key("plan_id"), m_planId}, {key("name"), name}, {key("seq"), ++m_departmentSeq}}));
        m_departments.insert(name, id);
        return id;
    }

    /// The deadline columns for the words (empty: the plan's end, inherited).
    QVariantMap deadlineColumns(const QString &words) const
    {
        DeadlineParser::Result d = DeadlineParser::parse(words);
        const bool inherited = words.isEmpty();
        if (inherited)
            d.date = m_end;
        return {{key("deadline_text"), textOrNull(d.text)},
                {key("deadline"), dateOrNull(d.date)},
                {key("deadline_inherited"), inherited ? 1 : 0}};
    }

    void linkDepartments(qint64 taskId, const QStringList &names, bool hasLead)
    {
        int seq = 0;
        for (const QString &name : names) {
            const qint64 departmentId = departmentFor(name);
            b.changes.append(RowChange::insert(QStringLiteral("task_department"),
                                               b.allocateId(QStringLiteral("task_department")),
                                               {{key("task_id"), taskId},
                                                {key("department_id"), departmentId},
                                                {key("lead"), seq == 0 && hasLead ? 1 : 0},
                                                {key("seq"), seq + 1},
                                                {key("implied"), 0}}));
            ++seq;
        }
    }

    qint64 insertTask(qint64 projectId, const QString &text, const mapping::FieldValues &v,
                      const QStringList &departments, bool hasLead)
    {
        const qint64 id = b.allocateId(QStringLiteral("task"));
        QVariantMap row{{key("project_id"), projectId},
                        {key("seq"), ++m_taskSeq[projectId]},
                        {key("text"), text},
                        {key("start_date"), dateOrNull(m_start)},
                        {key("status"), taskStatusCode(TaskStatus::NotStarted)},
                        {key("percent"), 0},
                        {key("notes"), textOrNull(v.value(u"note").toString())}};
        row.insert(deadlineColumns(v.value(u"deadline").toString()));
        b.changes.append(RowChange::insert(QStringLiteral("task"), id, row));
        linkDepartments(id, departments, hasLead);
        return id;
    }

    /// What the row changes in a task it matched, as "完成时限：old → new"; a blank cell
    /// changes nothing.
    QStringList updateTask(const StoredTask &t, qint64 projectId, const QString &text,
                           const mapping::FieldValues &v, const QStringList &departments,
                           bool hasLead)
    {
        QStringList said;
        QVariantMap before, after;
        auto set = [&](const char *column, const QString &label, const QString &old,
                       const QString &now) {
            if (now.isEmpty() || old == now)
                return;
            before.insert(key(column), textOrNull(old));
            after.insert(key(column), now);
            said << QStringLiteral("%1：%2 → %3")
                        .arg(label, old.isEmpty() ? QStringLiteral("（空）") : old.left(30),
                             now.left(30));
        };
        set("text", QStringLiteral("任务内容"), t.text, text);
        set("notes", QStringLiteral("备注"), t.notes, v.value(u"note").toString());
        const QString words = v.value(u"deadline").toString();
        if (!words.isEmpty() && words != t.deadlineText) {
            const QVariantMap columns = deadlineColumns(words);
            const QVariantMap old = rowOf(t.id, columns.keys());
            for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
                before.insert(it.key(), old.value(it.key()));
                after.insert(it.key(), it.value());
            }
            said << QStringLiteral("完成时限：%1 → %2")
                        .arg(t.deadlineText.isEmpty() ? QStringLiteral("（空）") : t.deadlineText,
                             words);
        }
        if (projectId != t.projectId) {
            before.insert(key("project_id"), t.projectId);
            after.insert(key("project_id"), projectId);
            said << QStringLiteral("移到另一项目");
        }
        if (!after.isEmpty())
            b.changes.append(RowChange::update(QStringLiteral("task"), t.id, before, after));
        if (!departments.isEmpty() && (departments != t.departments || hasLead != t.hasLead)) {
            for (const QVariantMap &row : t.departmentRows)
                b.changes.append(RowChange::remove(QStringLiteral("task_department"),
                                                   row.value(key("id")).toLongLong(), row));
            linkDepartments(t.id, departments, hasLead);
            said << QStringLiteral("责任单位：%1 → %2")
                        .arg(t.departments.join(QStringLiteral("、")),
                             departments.join(QStringLiteral("、")));
        }
        return said;
    }

    QVariantMap rowOf(qint64 taskId, const QStringList &columns)
    {
        SqlQuery q(b.db());
        q.prepare(QStringLiteral("SELECT %1 FROM task WHERE id = ?").arg(columns.join(u',')));
        q.addBindValue(taskId);
        QVariantMap row;
        if (q.exec() && q.next())
            for (int i = 0; i < columns.size(); ++i)
                row.insert(columns[i], q.value(i));
        return row;
    }

    PlanBuilder &b;
    const mapping::MappingResult &mapped;
    qint64 m_planId = 0;
    QDate m_start, m_end;
    QString m_workspaceId;
    QHash<QString, qint64> m_departments, m_programs, m_projects;
    int m_departmentSeq = 0, m_programSeq = 0;
    QHash<qint64, int> m_projectSeq, m_taskSeq;
    QHash<qint64, StoredTask> m_tasks;
    QHash<QString, qint64> m_byText;
};

class TaskTableImport final : public ImportKind
{
public:
    TaskTableImport()
        : ImportKind(mapping::TableKind::TaskTable, "tasks", "重点任务分工表",
                     {
                         field("program", "工程"),
                         field("project", "项目"),
                         field("task", "具体任务"),
                         field("lead", "牵头单位"),
                         field("co", "责任单位"),
                         field("deadline", "完成时限"),
                         field("note", "备注"),
                         field("key", "任务编码"),
                     },
                     {QStringLiteral("plan"), QStringLiteral("program"), QStringLiteral("project"),
                      QStringLiteral("task"), QStringLiteral("department"),
                      QStringLiteral("task_department")},
                     true)
    {
    }
    QString matchHeader(QStringView s) const override
    {
        using mapping::headerHas;
        using mapping::headerHasAny;
        if (mapping::isRowNumberHeader(s))
            return {};
        if (headerHasAny(s, {u"任务编码", u"任务编号"}))
            return key("key");
        if (headerHas(s, u"牵头"))
            return key("lead");
        if (headerHasAny(s, {u"责任单位", u"配合单位", u"协同单位", u"参与单位", u"责任部门",
                             u"配合部门", u"协办单位", u"责任主体"}))
            return key("co");
        if (headerHasAny(s, {u"时限", u"完成时间", u"时间节点", u"完成期限", u"截止时间"}))
            return key("deadline");
        if (headerHasAny(s, {u"备注", u"说明"}))
            return key("note");
        if (headerHasAny(s, {u"工程", u"行动计划", u"重点任务", u"重点工作", u"任务类别"}))
            return key("program");
        if (headerHasAny(s, {u"具体任务", u"主要内容", u"任务内容", u"工作内容", u"工作任务",
                             u"任务清单", u"主要任务", u"具体措施", u"工作措施", u"具体内容",
                             u"任务"}))
            return key("task");
        if (headerHas(s, u"项目"))
            return key("project");
        return {};
    }
    void map(const io::Table &table, const mapping::ColumnMapping &mapping,
             mapping::MappingResult &result, io::Table *) const override
    {
        mapTaskTable(table, mapping, result);
    }
    bool plan(PlanBuilder &builder, const mapping::MappingResult &mapped, mapping::MappingResult *,
              QString *error) const override
    {
        return TaskTablePlanner(builder, mapped).run(error);
    }
};

} // namespace

const ImportKind &taskTableImport()
{
    static const TaskTableImport kind;
    return kind;
}

} // namespace tuoyu
