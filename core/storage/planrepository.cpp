#include "planrepository.h"

#include "database.h"
#include "domain/outlinenumber.h"

#include "storage/sqlquery.h"
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>

namespace tuoyu {

namespace {

QDate isoDate(const QVariant &v)
{
    return QDate::fromString(v.toString(), Qt::ISODate);
}

Plan planFromQuery(const SqlQuery &q)
{
    Plan p;
    p.id = q.value(0).toLongLong();
    p.title = q.value(1).toString();
    p.shortTitle = q.value(2).toString();
    p.periodStart = isoDate(q.value(3));
    p.periodEnd = isoDate(q.value(4));
    p.sourceDocument = q.value(5).toString();
    const QJsonArray units = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array();
    for (const auto &u : units)
        p.issuingUnits << u.toString();
    p.templateId = q.value(7).toString();
    p.notes = q.value(8).toString();
    p.signer = q.value(9).toString();
    return p;
}

/// The generated numbers of a plan's programs and projects (domain/outlinenumber.h), by id.
struct OutlineNumbers
{
    QHash<qint64, QString> program;
    QHash<qint64, QString> project;
};

OutlineNumbers outlineNumbers(QSqlDatabase &db, qint64 planId)
{
    OutlineNumbers numbers;
    SqlQuery q(db);
    q.exec(QStringLiteral("SELECT pg.id, pj.id, pj.number FROM program pg LEFT JOIN project pj "
                          "ON pj.program_id = pg.id WHERE pg.plan_id = ? "
                          "ORDER BY pg.seq, pg.id, pj.seq, pj.id"),
           {planId});
    struct Row
    {
        qint64 program;
        std::optional<qint64> project;
        QString printed;
    };
    QList<Row> rows;
    while (q.next())
        rows.append({q.value(0).toLongLong(),
                     q.value(1).isNull() ? std::nullopt : std::optional(q.value(1).toLongLong()),
                     q.value(2).toString()});
    // A document that starts its 项目 at 1 again under a later 工程 (tunliu) keeps that style, so
    // its reports print the numbers the officer knows; otherwise they run through the plan.
    bool restart = false;
    qint64 previousProgram = 0;
    for (const Row &r : rows) {
        if (r.project && previousProgram != 0 && r.program != previousProgram &&
            !r.printed.isEmpty() &&
            outlinenumber::label(r.printed, outlinenumber::project(1)).isEmpty())
            restart = true;
        if (r.project)
            previousProgram = r.program;
    }
    int projects = 0;
    qint64 current = 0;
    for (const Row &r : rows) {
        if (!numbers.program.contains(r.program))
            numbers.program.insert(r.program,
                                   outlinenumber::program(int(numbers.program.size()) + 1));
        if (restart && r.program != current)
            projects = 0;
        current = r.program;
        if (r.project)
            numbers.project.insert(*r.project, outlinenumber::project(++projects));
    }
    return numbers;
}

const char *kPlanColumns = "SELECT id, title, short_title, period_start, period_end, "
                           "source_document, issuing_units, template_id, notes, signer FROM plan ";

} // namespace

bool TaskView::overdue(const QDate &asOf) const
{
    if (task.isClosed())
        return false;
    return task.deadline.isValid() && task.deadline < asOf;
}

int TaskView::daysOverdue(const QDate &asOf) const
{
    return overdue(asOf) ? int(task.deadline.daysTo(asOf)) : 0;
}

QString overdueDaysText(int days)
{
    return QStringLiteral("逾期 %1 天").arg(days);
}

bool TaskFilter::matches(const TaskView &v) const
{
    if (overdueOnly && !v.overdueFirm(asOf.isValid() ? asOf : QDate::currentDate()))
        return false;
    if (!department.isEmpty()) {
        const qsizetype at = v.departments.indexOf(department);
        if (at < 0 || (leadOnly && at != 0))
            return false;
    }
    if (!status.isEmpty() && !status.contains(v.task.status))
        return false;
    if ((deadlineFrom.isValid() || deadlineTo.isValid()) && !v.task.deadline.isValid())
        return false;
    if (deadlineFrom.isValid() && v.task.deadline < deadlineFrom)
        return false;
    if (deadlineTo.isValid() && v.task.deadline > deadlineTo)
        return false;
    const QString words = search.trimmed();
    if (!words.isEmpty() && !v.task.text.contains(words, Qt::CaseInsensitive) &&
        !v.projectTitle.contains(words, Qt::CaseInsensitive) &&
        !v.programTitle.contains(words, Qt::CaseInsensitive) &&
        !v.task.deadlineText.contains(words) && !v.departments.join(QString()).contains(words))
        return false;
    return true;
}

QList<Plan> PlanRepository::plans() const
{
    return readAll<Plan>(m_workspace->db(),
                         QString::fromLatin1(kPlanColumns) + QStringLiteral("ORDER BY id"), {},
                         [&](const SqlQuery &q) { return planFromQuery(q); });
}

std::optional<Plan> PlanRepository::plan(qint64 id) const
{
    SqlQuery q(m_workspace->db());
    q.exec(QString::fromLatin1(kPlanColumns) + QStringLiteral("WHERE id = ?"), {id});
    if (q.next())
        return planFromQuery(q);
    return std::nullopt;
}

std::optional<Plan> PlanRepository::defaultPlan() const
{
    SqlQuery q(m_workspace->db());
    q.exec(QString::fromLatin1(kPlanColumns) + QStringLiteral("ORDER BY id DESC LIMIT 1"));
    if (q.next())
        return planFromQuery(q);
    return std::nullopt;
}

QList<Department> PlanRepository::departments(qint64 planId) const
{
    return readAll<Department>(
        m_workspace->db(),
        QStringLiteral(
            "SELECT id, plan_id, name, seq FROM department WHERE plan_id = ? ORDER BY seq, id"),
        {planId}, [&](const SqlQuery &q) {
            return Department{q.value(0).toLongLong(), q.value(1).toLongLong(),
                              q.value(2).toString(), q.value(3).toInt()};
        });
}

QList<TaskView> PlanRepository::tasks(qint64 planId, const TaskFilter &filter) const
{
    QSqlDatabase &db = m_workspace->db();
    // Departments of every task of the plan in one query, lead first.
    struct Deps
    {
        QStringList names;
        QList<qint64> ids;
        QList<bool> implied;
    };
    QHash<qint64, Deps> departmentsByTask;
    {
        SqlQuery q(db);
        q.exec(QStringLiteral("SELECT td.task_id, d.name, d.id, td.implied FROM task_department td "
                              "JOIN department d ON d.id = td.department_id WHERE d.plan_id = ? "
                              "ORDER BY td.task_id, td.lead DESC, td.seq, td.id"),
               {planId});
        while (q.next()) {
            auto &entry = departmentsByTask[q.value(0).toLongLong()];
            entry.names << q.value(1).toString();
            entry.ids << q.value(2).toLongLong();
            entry.implied << (q.value(3).toInt() != 0);
        }
    }
    QList<TaskView> list;
    SqlQuery q(db);
    q.exec(
        QStringLiteral(
            "SELECT t.id, t.project_id, t.seq, t.text, t.deadline_text, t.deadline, "
            "t.deadline_inherited, t.start_date, t.status, t.percent, t.closed_by, t.closed_date, "
            "t.notes, pg.id, pg.number, pg.title, pj.number, pj.title "
            "FROM task t JOIN project pj ON pj.id = t.project_id "
            "JOIN program pg ON pg.id = pj.program_id WHERE pg.plan_id = ? "
            "ORDER BY pg.seq, pg.id, pj.seq, pj.id, t.seq, t.id"),
        {planId});
    const QDate asOf = filter.asOf.isValid() ? filter.asOf : QDate::currentDate();
    const OutlineNumbers numbers = outlineNumbers(db, planId);
    qint64 numberedProject = 0;
    int taskPosition = 0;
    while (q.next()) {
        TaskView v;
        Task &t = v.task;
        t.id = q.value(0).toLongLong();
        t.projectId = q.value(1).toLongLong();
        t.seq = q.value(2).toInt();
        t.text = q.value(3).toString();
        t.deadlineText = q.value(4).toString();
        t.deadline = isoDate(q.value(5));
        t.deadlineInherited = q.value(6).toInt() != 0;
        t.startDate = isoDate(q.value(7));
        t.status = taskStatusFromCode(q.value(8).toString());
        t.percent = q.value(9).toInt();
        t.closedBy = q.value(10).toString();
        t.closedDate = isoDate(q.value(11));
        t.notes = q.value(12).toString();
        v.programId = q.value(13).toLongLong();
        v.programNumber = numbers.program.value(v.programId);
        v.programTitle = q.value(15).toString();
        v.projectId = t.projectId;
        v.projectNumber = numbers.project.value(t.projectId);
        // Rows come project by project, so a task's position is counted before any filter.
        taskPosition = numberedProject == t.projectId ? taskPosition + 1 : 1;
        numberedProject = t.projectId;
        t.number = outlinenumber::task(taskPosition);
        v.projectTitle = q.value(17).toString();
        const auto deps = departmentsByTask.value(t.id);
        v.departments = deps.names;
        v.departmentIds = deps.ids;
        v.departmentImplied = deps.implied;
        TaskFilter f = filter;
        f.asOf = asOf;
        if (f.matches(v))
            list.append(v);
    }
    return list;
}

std::optional<TaskView> PlanRepository::task(qint64 taskId) const
{
    SqlQuery q(m_workspace->db());
    q.exec(QStringLiteral("SELECT pg.plan_id FROM task t JOIN project pj ON pj.id = "
                          "t.project_id JOIN program pg ON pg.id = pj.program_id "
                          "WHERE t.id = ?"),
           {taskId});
    if (!q.next())
        return std::nullopt;
    for (const TaskView &v : tasks(q.value(0).toLongLong()))
        if (v.task.id == taskId)
            return v;
    return std::nullopt;
}

QList<ProgramNode> PlanRepository::tree(qint64 planId) const
{
    QList<ProgramNode> programs;
    QHash<qint64, QPair<int, int>> projectIndex; // project id → (program index, project index)
    QSqlDatabase &db = m_workspace->db();
    SqlQuery q(db);
    q.exec(QStringLiteral("SELECT id, seq, number, title, description FROM program "
                          "WHERE plan_id = ? ORDER BY seq, id"),
           {planId});
    QHash<qint64, int> programIndex;
    while (q.next()) {
        ProgramNode node;
        // The number column holds what the document printed: the label, until compared below.
        node.program = {q.value(0).toLongLong(), planId,
                        q.value(1).toInt(),      QString(),
                        q.value(3).toString(),   q.value(4).toString(),
                        q.value(2).toString()};
        programIndex.insert(node.program.id, int(programs.size()));
        programs.append(node);
    }
    SqlQuery p(db);
    p.exec(QStringLiteral("SELECT pj.id, pj.program_id, pj.seq, pj.number, pj.title, "
                          "pj.description FROM project pj JOIN program pg ON pg.id = "
                          "pj.program_id WHERE pg.plan_id = ? ORDER BY pj.seq, pj.id"),
           {planId});
    while (p.next()) {
        const qint64 programId = p.value(1).toLongLong();
        const int pi = programIndex.value(programId, -1);
        if (pi < 0)
            continue;
        ProjectNode node;
        node.project = {p.value(0).toLongLong(), programId,
                        p.value(2).toInt(),      QString(),
                        p.value(4).toString(),   p.value(5).toString(),
                        p.value(3).toString()};
        projectIndex.insert(node.project.id, {pi, int(programs[pi].projects.size())});
        programs[pi].projects.append(node);
    }
    const OutlineNumbers numbers = outlineNumbers(db, planId);
    for (ProgramNode &program : programs) {
        program.program.number = numbers.program.value(program.program.id);
        program.program.label = outlinenumber::label(program.program.label, program.program.number);
        for (ProjectNode &project : program.projects) {
            project.project.number = numbers.project.value(project.project.id);
            project.project.label =
                outlinenumber::label(project.project.label, project.project.number);
        }
    }
    for (const TaskView &t : tasks(planId)) {
        const auto at = projectIndex.value(t.task.projectId, {-1, -1});
        if (at.first >= 0)
            programs[at.first].projects[at.second].tasks.append(t);
    }
    return programs;
}

QList<ProgressEntry> PlanRepository::progress(qint64 taskId) const
{
    return readAll<ProgressEntry>(
        m_workspace->db(),
        QStringLiteral("SELECT id, entry_date, author, text, percent FROM progress_entry "
                       "WHERE task_id = ? ORDER BY entry_date, id"),
        {taskId}, [&](const SqlQuery &q) {
            ProgressEntry e;
            e.id = q.value(0).toLongLong();
            e.taskId = taskId;
            e.date = isoDate(q.value(1));
            e.author = q.value(2).toString();
            e.text = q.value(3).toString();
            e.percent = q.value(4).isNull() ? -1 : q.value(4).toInt();
            return e;
        });
}

QList<DeadlineExtension> PlanRepository::extensions(qint64 taskId) const
{
    return readAll<DeadlineExtension>(
        m_workspace->db(),
        QStringLiteral(
            "SELECT id, old_deadline, old_deadline_text, new_deadline, new_deadline_text, reason, "
            "approver, created_at FROM deadline_extension WHERE task_id = ? ORDER BY id"),
        {taskId}, [&](const SqlQuery &q) {
            DeadlineExtension e;
            e.id = q.value(0).toLongLong();
            e.taskId = taskId;
            e.oldDeadline = isoDate(q.value(1));
            e.oldDeadlineText = q.value(2).toString();
            e.newDeadline = isoDate(q.value(3));
            e.newDeadlineText = q.value(4).toString();
            e.reason = q.value(5).toString();
            e.approver = q.value(6).toString();
            e.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODate);
            return e;
        });
}

QList<LeadingGroupMember> PlanRepository::leadingGroup(qint64 planId) const
{
    return readAll<LeadingGroupMember>(
        m_workspace->db(),
        QStringLiteral("SELECT id, seq, role, name, position, unit FROM "
                       "leading_group_member WHERE plan_id = ? ORDER BY seq, id"),
        {planId}, [&](const SqlQuery &q) {
            return LeadingGroupMember{q.value(0).toLongLong(), planId,
                                      q.value(1).toInt(),      q.value(2).toString(),
                                      q.value(3).toString(),   q.value(4).toString(),
                                      q.value(5).toString()};
        });
}

} // namespace tuoyu
