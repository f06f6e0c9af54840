#include "planreadingedits.h"

#include "calendar/deadlineparser.h"

#include <QRegularExpression>

namespace tuoyu::planreadingedits {

namespace {

using Program = PlanDraft::ProgramDraft;
using Project = PlanDraft::ProjectDraft;
using Task = PlanDraft::TaskDraft;

bool fail(QString *error, const QString &why)
{
    if (error)
        *error = why;
    return false;
}

bool valid(const PlanReading &r, const ItemPath &p)
{
    if (p.program < 0 || p.program >= r.draft.programs.size())
        return false;
    const Program &program = r.draft.programs[p.program];
    if (p.project < 0)
        return p.task < 0;
    if (p.project >= program.projects.size())
        return false;
    return p.task < 0 || p.task < program.projects[p.project].tasks.size();
}

bool check(const PlanReading &r, const ItemPath &p, QString *error)
{
    return valid(r, p) || fail(error, QStringLiteral("拟建计划中没有这一项（它可能已被删除）"));
}

Task &task(PlanReading &r, const ItemPath &p)
{
    return r.draft.programs[p.program].projects[p.project].tasks[p.task];
}

PlanReading::TaskReading &taskReading(PlanReading &r, const ItemPath &p)
{
    return r.programs[p.program].projects[p.project].tasks[p.task];
}

/// A title is the text up to its first full stop (as the reader cuts a heading).
QString titleOf(const QString &text)
{
    const qsizetype stop = text.indexOf(QStringLiteral("。"));
    return (stop > 0 ? text.left(stop) : text).trimmed();
}

} // namespace

bool setText(PlanReading &r, const ItemPath &p, const QString &text, QString *error)
{
    if (!check(r, p, error))
        return false;
    const QString t = text.trimmed();
    if (t.isEmpty())
        return fail(error, QStringLiteral("内容不能为空；要去掉这一项请用“删除”"));
    if (p.isTask()) {
        task(r, p).text = t;
        taskReading(r, p).confidence = ReadConfidence::Labelled;
    } else if (p.isProject()) {
        r.draft.programs[p.program].projects[p.project].title = t;
        r.programs[p.program].projects[p.project].confidence = ReadConfidence::Labelled;
    } else {
        r.draft.programs[p.program].title = t;
        r.programs[p.program].confidence = ReadConfidence::Labelled;
    }
    return true;
}

/// A task's own field (完成时限, 责任单位) asked of a program or project is refused, naming it.
static bool checkTask(const PlanReading &r, const ItemPath &p, const QString &field, QString *error)
{
    if (!check(r, p, error))
        return false;
    return p.isTask() || fail(error, QStringLiteral("%1属于任务：请在任务一行修改").arg(field));
}

bool setDeadline(PlanReading &r, const ItemPath &p, const QString &words, QString *error)
{
    if (!checkTask(r, p, QStringLiteral("完成时限"), error))
        return false;
    const QString w = words.trimmed();
    const DeadlineParser::Result parsed = DeadlineParser::parse(w);
    task(r, p).deadlineText = w;
    taskReading(r, p).deadline = parsed.date;
    return true;
}

bool setDepartments(PlanReading &r, const ItemPath &p, const QString &units, QString *error)
{
    if (!checkTask(r, p, QStringLiteral("责任单位"), error))
        return false;
    // 各区、县级市 is one unit as printed: split on 、 only where the reader would
    static const QRegularExpression separators(QStringLiteral("[，,;；\\n]+|、(?!县级市)"));
    QStringList list;
    for (const QString &u : units.split(separators, Qt::SkipEmptyParts))
        if (!u.trimmed().isEmpty() && !list.contains(u.trimmed()))
            list.append(u.trimmed());
    task(r, p).departments = list;
    taskReading(r, p).leadConfidence = ReadConfidence::Labelled;
    for (const QString &u : list)
        if (!r.draft.departments.contains(u))
            r.draft.departments.append(u);
    return true;
}

bool remove(PlanReading &r, const ItemPath &p, QString *error)
{
    if (!check(r, p, error))
        return false;
    if (p.isTask()) {
        r.draft.programs[p.program].projects[p.project].tasks.removeAt(p.task);
        r.programs[p.program].projects[p.project].tasks.removeAt(p.task);
    } else if (p.isProject()) {
        r.draft.programs[p.program].projects.removeAt(p.project);
        r.programs[p.program].projects.removeAt(p.project);
    } else {
        r.draft.programs.removeAt(p.program);
        r.programs.removeAt(p.program);
    }
    return true;
}

/// A level change the outline has room for: nothing above a program, nothing below a task.
static bool canMove(const PlanReading &r, const ItemPath &p, bool up, QString *error)
{
    if (!check(r, p, error))
        return false;
    if (up ? p.isProgram() : p.isTask())
        return fail(error,
                    up ? QStringLiteral("工程已是最高一级") : QStringLiteral("任务已是最低一级"));
    return true;
}

std::optional<ItemPath> promote(PlanReading &r, const ItemPath &p, QString *error)
{
    if (!canMove(r, p, true, error))
        return std::nullopt;
    if (p.isTask()) {
        // the task stands alone as a project after its own, itself its one task
        Project project;
        const Task t = task(r, p);
        project.title = titleOf(t.text);
        project.tasks.append(t);
        PlanReading::ProjectReading reading;
        reading.source = taskReading(r, p).source;
        reading.confidence = ReadConfidence::Labelled;
        reading.tasks.append(taskReading(r, p));
        remove(r, p, nullptr);
        r.draft.programs[p.program].projects.insert(p.project + 1, project);
        r.programs[p.program].projects.insert(p.project + 1, reading);
        return ItemPath{p.program, p.project + 1, -1};
    }
    // a project becomes a program, the projects after it in its program now under it
    Program &from = r.draft.programs[p.program];
    PlanReading::ProgramReading &fromReading = r.programs[p.program];
    Program program;
    program.number = from.projects[p.project].number;
    program.title = from.projects[p.project].title;
    PlanReading::ProgramReading reading;
    reading.source = fromReading.projects[p.project].source;
    reading.confidence = ReadConfidence::Labelled;
    // the project's own tasks stay a project of the new program, under the same title
    program.projects = from.projects.mid(p.project);
    reading.projects = fromReading.projects.mid(p.project);
    if (program.projects.first().tasks.isEmpty()) {
        program.projects.removeFirst();
        reading.projects.removeFirst();
    }
    from.projects.remove(p.project, from.projects.size() - p.project);
    fromReading.projects.remove(p.project, fromReading.projects.size() - p.project);
    r.draft.programs.insert(p.program + 1, program);
    r.programs.insert(p.program + 1, reading);
    return ItemPath{p.program + 1, -1, -1};
}

std::optional<ItemPath> demote(PlanReading &r, const ItemPath &p, QString *error)
{
    if (!canMove(r, p, false, error))
        return std::nullopt;
    if (p.isProgram()) {
        if (p.program == 0) {
            fail(error, QStringLiteral("第一个工程前面没有工程可以并入"));
            return std::nullopt;
        }
        // the program becomes one project of the program before it, its projects' tasks its
        const Program program = r.draft.programs[p.program];
        const PlanReading::ProgramReading reading = r.programs[p.program];
        Project project;
        project.number = program.number;
        project.title = program.title;
        PlanReading::ProjectReading projectReading;
        projectReading.source = reading.source;
        projectReading.confidence = ReadConfidence::Labelled;
        for (qsizetype j = 0; j < program.projects.size(); ++j) {
            project.tasks += program.projects[j].tasks;
            projectReading.tasks += reading.projects[j].tasks;
        }
        remove(r, p, nullptr);
        r.draft.programs[p.program - 1].projects.append(project);
        r.programs[p.program - 1].projects.append(projectReading);
        return ItemPath{p.program - 1, int(r.draft.programs[p.program - 1].projects.size()) - 1,
                        -1};
    }
    if (p.project == 0) {
        fail(error, QStringLiteral("工程的第一个项目前面没有项目可以并入：可先把它移到别的工程"));
        return std::nullopt;
    }
    // the project becomes tasks of the project before it
    Program &program = r.draft.programs[p.program];
    PlanReading::ProgramReading &programReading = r.programs[p.program];
    const Project project = program.projects[p.project];
    PlanReading::ProjectReading reading = programReading.projects[p.project];
    if (project.tasks.isEmpty()) {
        Task t;
        t.text = project.title;
        PlanReading::TaskReading tr;
        tr.source = reading.source;
        reading.tasks.append(tr);
        program.projects[p.project - 1].tasks.append(t);
    } else {
        program.projects[p.project - 1].tasks += project.tasks;
    }
    programReading.projects[p.project - 1].tasks += reading.tasks;
    remove(r, p, nullptr);
    return ItemPath{p.program, p.project - 1, -1};
}

bool setIndicatorTarget(PlanReading &r, int i, const QString &comparison, double value,
                        QString *error)
{
    if (i < 0 || i >= r.draft.indicators.size())
        return fail(error, QStringLiteral("没有这个指标（它可能已被删除）"));
    Indicator &ind = r.draft.indicators[i];
    const QString c = comparison.trimmed();
    if (c == QLatin1String(">=") || c == QStringLiteral("≥") || c == QStringLiteral("不低于"))
        ind.direction = Direction::AtLeast;
    else if (c == QLatin1String("<=") || c == QStringLiteral("≤") || c == QStringLiteral("不高于"))
        ind.direction = Direction::AtMost;
    else
        return fail(error, QStringLiteral("指标“%1”：比较应为 ≥ 或 ≤，不是“%2”").arg(ind.name, c));
    if (ind.targets.isEmpty()) {
        IndicatorTarget t;
        t.year = r.draft.plan.periodEnd.isValid() ? r.draft.plan.periodEnd.year() : 0;
        ind.targets.append(t);
    }
    ind.targets.last().value = value; // the final target: earlier stages stay as read
    return true;
}

bool removeIndicator(PlanReading &r, int i, QString *error)
{
    if (i < 0 || i >= r.draft.indicators.size())
        return fail(error, QStringLiteral("没有这个指标（它可能已被删除）"));
    r.draft.indicators.removeAt(i);
    if (i < r.indicatorSources.size())
        r.indicatorSources.removeAt(i);
    return true;
}

bool setSubsidyAmount(PlanReading &r, int i, const QString &amount, QString *error)
{
    if (i < 0 || i >= r.subsidyRules.size())
        return fail(error, QStringLiteral("没有这条奖补（它可能已被删除）"));
    QString words = amount.trimmed();
    if (!words.endsWith(QStringLiteral("元")))
        words += QStringLiteral("元");
    const std::optional<Fen> fen = Fen::parse(words);
    if (!fen || fen->fen() <= 0)
        return fail(error, QStringLiteral("金额“%1”读不出：请写成 3000元 或 1.5万元").arg(amount));
    r.subsidyRules[i].amount = *fen;
    return true;
}

bool removeSubsidyRule(PlanReading &r, int i, QString *error)
{
    if (i < 0 || i >= r.subsidyRules.size())
        return fail(error, QStringLiteral("没有这条奖补（它可能已被删除）"));
    r.subsidyRules.removeAt(i);
    return true;
}

QList<ItemPath> guessedItems(const PlanReading &r)
{
    QList<ItemPath> items;
    for (int p = 0; p < r.programs.size(); ++p) {
        const auto &program = r.programs[p];
        if (program.confidence == ReadConfidence::Guessed)
            items.append({p, -1, -1});
        for (int j = 0; j < program.projects.size(); ++j) {
            const auto &project = program.projects[j];
            if (project.confidence == ReadConfidence::Guessed)
                items.append({p, j, -1});
            for (int t = 0; t < project.tasks.size(); ++t) {
                const auto &task = project.tasks[t];
                if (task.confidence == ReadConfidence::Guessed ||
                    task.leadConfidence == ReadConfidence::Guessed)
                    items.append({p, j, t});
            }
        }
    }
    return items;
}

} // namespace tuoyu::planreadingedits
