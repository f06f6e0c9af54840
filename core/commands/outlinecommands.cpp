#include "outlinecommands.h"

#include "departmentcommands.h"
#include "evidencecommands.h"
#include "rowreader.h"
#include "session/workspace.h"
#include "taskcommands.h"

#include "storage/sqlquery.h"
#include <QJsonArray>

#include <array>

namespace tuoyu::outlinecommands {

namespace {

/// What each level is called in the database and in words.
struct LevelNames
{
    const char *table;  ///< also its code on the command line and in JSON
    const char *parent; ///< the column naming its parent
    const char *title;  ///< the column holding its words
    const char *word;   ///< 工程 / 项目 / 任务
};
constexpr std::array<LevelNames, 3> kLevels{{
    {"program", "plan_id", "title", "工程"},
    {"project", "program_id", "title", "项目"},
    {"task", "project_id", "text", "任务"},
}};

const LevelNames &names(Level level)
{
    return kLevels[std::size_t(level)];
}

QString table(Level level)
{
    return QString::fromLatin1(names(level).table);
}

QString parentColumn(Level level)
{
    return QString::fromLatin1(names(level).parent);
}

QString titleColumn(Level level)
{
    return QString::fromLatin1(names(level).title);
}

/// The level below, or nullopt under a task.
std::optional<Level> below(Level level)
{
    if (level == Level::Task)
        return std::nullopt;
    return Level(int(level) + 1);
}

/// The columns a branch carries for each level: a task's words and deadline, not its 督办 state.
const QStringList &branchColumns(Level level)
{
    static const QStringList group = {QStringLiteral("title"), QStringLiteral("description")};
    static const QStringList task = {
        QStringLiteral("text"),       QStringLiteral("deadline_text"),
        QStringLiteral("deadline"),   QStringLiteral("deadline_inherited"),
        QStringLiteral("start_date"), QStringLiteral("notes")};
    return level == Level::Task ? task : group;
}

QString shortTitle(const QString &title)
{
    return title.size() > 16 ? title.left(16) + QStringLiteral("…") : title;
}

/// The ids under `parentId` at `level`, in outline order.
QList<qint64> children(Workspace *ws, Level level, qint64 parentId)
{
    return readAll<qint64>(ws->db(),
                           QStringLiteral("SELECT id FROM %1 WHERE %2 = ? ORDER BY seq, id")
                               .arg(table(level), parentColumn(level)),
                           {parentId}, [&](const SqlQuery &q) { return q.value(0).toLongLong(); });
}

/// Row updates gathered column by column, one RowChange per row.
class Updates
{
public:
    void set(const QString &table, qint64 id, const QString &column, const QVariant &before,
             const QVariant &after)
    {
        if (before == after && before.isNull() == after.isNull())
            return;
        const QPair<QString, qint64> key{table, id};
        if (!m_rows.contains(key))
            m_order << key;
        m_rows[key].first.insert(column, before);
        m_rows[key].second.insert(column, after);
    }
    void appendTo(QList<RowChange> *changes) const
    {
        for (const auto &key : m_order)
            changes->append(
                RowChange::update(key.first, key.second, m_rows[key].first, m_rows[key].second));
    }
    bool isEmpty() const { return m_order.isEmpty(); }

private:
    QList<QPair<QString, qint64>> m_order;
    QHash<QPair<QString, qint64>, QPair<QVariantMap, QVariantMap>> m_rows;
};

/// seq 1, 2, … for `order`, the ids of one parent's children as they are to stand.
void renumber(Workspace *ws, Level level, const QList<qint64> &order, Updates *updates)
{
    for (int i = 0; i < order.size(); ++i) {
        const QVariant seq =
            rowreader::row(ws->db(), table(level), order[i]).value(QStringLiteral("seq"));
        updates->set(table(level), order[i], QStringLiteral("seq"), seq.toInt(), i + 1);
    }
}

QDate planEnd(Workspace *ws, qint64 planId)
{
    return QDate::fromString(rowreader::row(ws->db(), QStringLiteral("plan"), planId)
                                 .value(QStringLiteral("period_end"))
                                 .toString(),
                             Qt::ISODate);
}

/// A new task's deadline columns: the plan's end, inherited.
void inheritDeadline(Workspace *ws, qint64 planId, QVariantMap *fields)
{
    const auto d = taskcommands::resolveDeadline(QString(), planEnd(ws, planId));
    fields->insert(QStringLiteral("deadline_text"), QVariant());
    fields->insert(QStringLiteral("deadline"),
                   d.date.isValid() ? QVariant(d.date.toString(Qt::ISODate)) : QVariant());
    fields->insert(QStringLiteral("deadline_inherited"), 1);
}

/// Deletes of the item and everything below it, the lowest first, counted.
void collectRemoval(Workspace *ws, Item item, QList<RowChange> *changes, Removal *counts)
{
    QSqlDatabase &db = ws->db();
    if (const auto child = below(item.level)) {
        for (qint64 id : children(ws, *child, item.id)) {
            collectRemoval(ws, {*child, id}, changes, counts);
            ++(*child == Level::Project ? counts->projects : counts->tasks);
        }
    } else {
        for (const QString &t :
             {QStringLiteral("task_department"), QStringLiteral("progress_entry"),
              QStringLiteral("deadline_extension"), QStringLiteral("year_close_task")}) {
            for (const QVariantMap &row :
                 rowreader::rowsWhere(db, t, QStringLiteral("task_id"), item.id)) {
                changes->append(
                    RowChange::remove(t, row.value(QStringLiteral("id")).toLongLong(), row));
                if (t == QLatin1String("progress_entry"))
                    ++counts->progress;
                else if (t == QLatin1String("deadline_extension"))
                    ++counts->extensions;
            }
        }
    }
    changes->append(RowChange::remove(table(item.level), item.id,
                                      rowreader::row(db, table(item.level), item.id)));
}

/// The evidence of the tasks and progress entries `changes` delete goes with them (and comes
/// back on undo), counted.
void addEvidence(Workspace *ws, QList<RowChange> *changes, Removal *counts)
{
    const QList<RowChange> evidence = evidencecommands::followingRemovals(ws, *changes);
    for (const RowChange &c : evidence)
        counts->evidence += c.table == QLatin1String("evidence");
    *changes += evidence;
}

/// Inserts of a branch under `parentId` at `seq`, with new ids; the new item.
Item insertBranch(Workspace *ws, const Branch &b, qint64 parentId, int seq,
                  departmentcommands::DepartmentResolver &departments, QList<RowChange> *changes)
{
    const qint64 id = ws->allocateId(table(b.level));
    QVariantMap row;
    for (const QString &column : branchColumns(b.level))
        row.insert(column, b.fields.value(column));
    row.insert(parentColumn(b.level), parentId);
    row.insert(QStringLiteral("seq"), seq);
    if (b.level == Level::Task)
        row.insert(QStringLiteral("deadline_inherited"),
                   b.fields.value(QStringLiteral("deadline_inherited")).toInt());
    changes->append(RowChange::insert(table(b.level), id, row));
    for (int i = 0; i < b.departments.size(); ++i) {
        const QVariantMap &d = b.departments[i];
        changes->append(RowChange::insert(
            QStringLiteral("task_department"), ws->allocateId(QStringLiteral("task_department")),
            {{QStringLiteral("task_id"), id},
             {QStringLiteral("department_id"),
              departments.id(d.value(QStringLiteral("name")).toString(), changes)},
             {QStringLiteral("lead"), d.value(QStringLiteral("lead")).toInt()},
             {QStringLiteral("seq"), i + 1},
             {QStringLiteral("implied"), d.value(QStringLiteral("implied")).toInt()}}));
    }
    for (int i = 0; i < b.children.size(); ++i)
        insertBranch(ws, b.children[i], id, i + 1, departments, changes);
    return {b.level, id};
}

/// Inserts a branch at `position` among `parent`'s children (-1: last), moving those after it
/// down a place; the new item.
Item insertAt(Workspace *ws, qint64 planId, const Branch &b, qint64 parent, int position,
              QList<RowChange> *changes)
{
    const QList<qint64> order = children(ws, b.level, parent);
    if (position < 0 || position > order.size())
        position = int(order.size());
    Updates updates;
    for (int i = 0; i < order.size(); ++i)
        updates.set(
            table(b.level), order[i], QStringLiteral("seq"),
            rowreader::row(ws->db(), table(b.level), order[i]).value(QStringLiteral("seq")).toInt(),
            i < position ? i + 1 : i + 2);
    updates.appendTo(changes);
    departmentcommands::DepartmentResolver departments(ws, planId);
    return insertBranch(ws, b, parent, position + 1, departments, changes);
}

/// The branch one level up or down: a task's words become a title and its notes a
/// description, and back; a task made from a title takes the plan's end.
Branch shifted(Workspace *ws, qint64 planId, const Branch &b, int delta)
{
    Branch s;
    s.level = Level(int(b.level) + delta);
    const QString from = titleColumn(b.level);
    s.fields.insert(titleColumn(s.level), b.fields.value(from));
    const QString note =
        b.level == Level::Task ? QStringLiteral("notes") : QStringLiteral("description");
    s.fields.insert(s.level == Level::Task ? QStringLiteral("notes")
                                           : QStringLiteral("description"),
                    b.fields.value(note));
    if (s.level == Level::Task)
        inheritDeadline(ws, planId, &s.fields);
    for (const Branch &child : b.children)
        s.children.append(shifted(ws, planId, child, delta));
    return s;
}

/// Records a task keeps that a project cannot: its 进展, 延期 and 佐证材料 (a raised task's
/// evidence would otherwise have nothing to be attached to).
int taskRecords(Workspace *ws, Item item)
{
    SqlQuery q(ws->db());
    QString tasks;
    switch (item.level) {
    case Level::Task:
        tasks = QStringLiteral("SELECT id FROM task WHERE id = ?");
        break;
    case Level::Project:
        tasks = QStringLiteral("SELECT id FROM task WHERE project_id = ?");
        break;
    case Level::Program:
        tasks = QStringLiteral("SELECT t.id FROM task t JOIN project pj ON pj.id = t.project_id "
                               "WHERE pj.program_id = ?");
        break;
    }
    q.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM progress_entry WHERE task_id IN (%1)) + "
                          "(SELECT COUNT(*) FROM deadline_extension WHERE task_id IN (%1)) + "
                          "(SELECT COUNT(*) FROM evidence WHERE attached_kind = 'task' AND "
                          "attached_id IN (%1))")
               .arg(tasks),
           {item.id, item.id, item.id});
    return q.next() ? q.value(0).toInt() : 0;
}

QString titleOf(Workspace *ws, Item item)
{
    return rowreader::row(ws->db(), table(item.level), item.id)
        .value(titleColumn(item.level))
        .toString();
}

bool exists(Workspace *ws, Item item, QString *error)
{
    if (item.isValid() && !rowreader::row(ws->db(), table(item.level), item.id).isEmpty())
        return true;
    *error = QStringLiteral("找不到%1 #%2").arg(levelName(item.level)).arg(item.id);
    return false;
}

/// The item's place among its siblings.
int positionOf(Workspace *ws, Item item)
{
    return int(children(ws, item.level, parentOf(ws, item)).indexOf(item.id));
}

} // namespace

QString levelName(Level level)
{
    return QString::fromUtf8(names(level).word);
}

QString levelCode(Level level)
{
    return table(level);
}

std::optional<Level> levelFromCode(const QString &code)
{
    for (Level l : {Level::Program, Level::Project, Level::Task})
        if (code == levelCode(l) || code == levelName(l))
            return l;
    return std::nullopt;
}

OutlineCommand::OutlineCommand(Workspace *ws, const QString &text, QList<RowChange> changes,
                               Item focus, Item undoFocus)
    : WorkspaceCommand(ws, text, std::move(changes))
    , m_focus(focus)
    , m_undoFocus(undoFocus)
{
}

QString Branch::title() const
{
    return fields.value(titleColumn(level)).toString();
}

QJsonObject Branch::toJson() const
{
    QJsonArray kids;
    for (const Branch &c : children)
        kids.append(c.toJson());
    QJsonArray deps;
    for (const QVariantMap &d : departments)
        deps.append(QJsonObject::fromVariantMap(d));
    return {{QStringLiteral("level"), levelCode(level)},
            {QStringLiteral("fields"), QJsonObject::fromVariantMap(fields)},
            {QStringLiteral("departments"), deps},
            {QStringLiteral("children"), kids}};
}

std::optional<Branch> Branch::fromJson(const QJsonObject &json)
{
    const auto level = levelFromCode(json.value(QStringLiteral("level")).toString());
    if (!level)
        return std::nullopt;
    Branch b;
    b.level = *level;
    const QVariantMap fields = json.value(QStringLiteral("fields")).toObject().toVariantMap();
    for (const QString &column : branchColumns(b.level))
        if (fields.contains(column))
            b.fields.insert(column, fields.value(column));
    if (b.title().trimmed().isEmpty())
        return std::nullopt;
    for (const auto &d : json.value(QStringLiteral("departments")).toArray())
        b.departments.append(d.toObject().toVariantMap());
    for (const auto &c : json.value(QStringLiteral("children")).toArray()) {
        auto child = fromJson(c.toObject());
        if (!child || child->level != below(b.level))
            return std::nullopt;
        b.children.append(*child);
    }
    return b;
}

qint64 planOf(Workspace *ws, Item item)
{
    static const QHash<Level, QString> sql = {
        {Level::Program, QStringLiteral("SELECT plan_id FROM program WHERE id = ?")},
        {Level::Project, QStringLiteral("SELECT pg.plan_id FROM project pj JOIN program pg ON "
                                        "pg.id = pj.program_id WHERE pj.id = ?")},
        {Level::Task, QStringLiteral("SELECT pg.plan_id FROM task t JOIN project pj ON pj.id = "
                                     "t.project_id JOIN program pg ON pg.id = pj.program_id "
                                     "WHERE t.id = ?")}};
    SqlQuery q(ws->db());
    q.exec(sql.value(item.level), {item.id});
    return q.next() ? q.value(0).toLongLong() : 0;
}

qint64 parentOf(Workspace *ws, Item item)
{
    return rowreader::row(ws->db(), table(item.level), item.id)
        .value(parentColumn(item.level))
        .toLongLong();
}

std::optional<Branch> branch(Workspace *ws, Item item)
{
    const QVariantMap row = rowreader::row(ws->db(), table(item.level), item.id);
    if (row.isEmpty())
        return std::nullopt;
    Branch b;
    b.level = item.level;
    for (const QString &column : branchColumns(item.level))
        b.fields.insert(column, row.value(column));
    if (item.level == Level::Task) {
        SqlQuery q(ws->db());
        q.exec(QStringLiteral("SELECT d.name, td.lead, td.implied FROM task_department td "
                              "JOIN department d ON d.id = td.department_id "
                              "WHERE td.task_id = ? ORDER BY td.lead DESC, td.seq, td.id"),
               {item.id});
        while (q.next())
            b.departments.append({{QStringLiteral("name"), q.value(0).toString()},
                                  {QStringLiteral("lead"), q.value(1).toInt()},
                                  {QStringLiteral("implied"), q.value(2).toInt()}});
    }
    if (const auto child = below(item.level))
        for (qint64 id : children(ws, *child, item.id))
            b.children.append(*branch(ws, {*child, id}));
    return b;
}

std::unique_ptr<OutlineCommand> add(Workspace *ws, Level level, qint64 parentId, int position,
                                    const QString &title, QString *error)
{
    const QString words = title.trimmed();
    if (words.isEmpty()) {
        *error = QStringLiteral("%1%2不能为空")
                     .arg(levelName(level),
                          level == Level::Task ? QStringLiteral("内容") : QStringLiteral("名称"));
        return nullptr;
    }
    const Level parentLevel = level == Level::Program ? Level::Program : Level(int(level) - 1);
    const qint64 planId = level == Level::Program ? parentId : planOf(ws, {parentLevel, parentId});
    if (planId == 0 || rowreader::row(ws->db(), QStringLiteral("plan"), planId).isEmpty()) {
        *error = level == Level::Program
                     ? QStringLiteral("找不到计划 #%1").arg(parentId)
                     : QStringLiteral("找不到%1 #%2").arg(levelName(parentLevel)).arg(parentId);
        return nullptr;
    }
    const QList<qint64> order = children(ws, level, parentId);
    if (position < 0 || position > order.size())
        position = int(order.size());
    Branch b;
    b.level = level;
    b.fields.insert(titleColumn(level), words);
    if (level == Level::Task)
        inheritDeadline(ws, planId, &b.fields);
    QList<RowChange> changes;
    const Item made = insertAt(ws, planId, b, parentId, position, &changes);
    const Item undoFocus = position > 0              ? Item{level, order[position - 1]}
                           : level == Level::Program ? Item{}
                                                     : Item{parentLevel, parentId};
    return std::make_unique<OutlineCommand>(
        ws, QStringLiteral("添加%1“%2”").arg(levelName(level), shortTitle(words)), changes, made,
        undoFocus);
}

std::unique_ptr<OutlineCommand> addAfter(Workspace *ws, Item sibling, const QString &title,
                                         QString *error)
{
    if (!exists(ws, sibling, error))
        return nullptr;
    return add(ws, sibling.level, parentOf(ws, sibling), positionOf(ws, sibling) + 1, title, error);
}

std::unique_ptr<OutlineCommand> addChild(Workspace *ws, Item parent, const QString &title,
                                         QString *error)
{
    if (!exists(ws, parent, error))
        return nullptr;
    const auto child = below(parent.level);
    if (!child) {
        *error = QStringLiteral("任务下不能再添加下级；请添加同级任务");
        return nullptr;
    }
    return add(ws, *child, parent.id, -1, title, error);
}

std::unique_ptr<OutlineCommand> rename(Workspace *ws, Item item, const QString &title,
                                       QString *error)
{
    if (!exists(ws, item, error))
        return nullptr;
    const QString words = title.trimmed();
    const QString old = titleOf(ws, item);
    if (words.isEmpty()) {
        *error = QStringLiteral("%1名称不能为空").arg(levelName(item.level));
        return nullptr;
    }
    if (words == old) {
        *error = QStringLiteral("没有改动");
        return nullptr;
    }
    return std::make_unique<OutlineCommand>(
        ws,
        QStringLiteral("将%1“%2”改为“%3”")
            .arg(levelName(item.level), shortTitle(old), shortTitle(words)),
        QList<RowChange>{RowChange::update(table(item.level), item.id,
                                           {{titleColumn(item.level), old}},
                                           {{titleColumn(item.level), words}})},
        item, item);
}

QString Removal::text() const
{
    QStringList parts;
    if (projects > 0)
        parts << QStringLiteral("%1 个项目").arg(projects);
    if (tasks > 0)
        parts << QStringLiteral("%1 项任务").arg(tasks);
    if (progress > 0)
        parts << QStringLiteral("%1 条进展记录").arg(progress);
    if (extensions > 0)
        parts << QStringLiteral("%1 条延期记录").arg(extensions);
    if (evidence > 0)
        parts << QStringLiteral("%1 个佐证材料").arg(evidence);
    return parts.isEmpty() ? QString()
                           : QStringLiteral("将同时删除 %1").arg(parts.join(QStringLiteral("、")));
}

Removal removal(Workspace *ws, Item item)
{
    Removal counts;
    QList<RowChange> changes;
    if (item.isValid())
        collectRemoval(ws, item, &changes, &counts);
    addEvidence(ws, &changes, &counts);
    return counts;
}

std::unique_ptr<OutlineCommand> remove(Workspace *ws, Item item, QString *error)
{
    if (!exists(ws, item, error))
        return nullptr;
    QList<RowChange> changes;
    Removal counts;
    collectRemoval(ws, item, &changes, &counts);
    addEvidence(ws, &changes, &counts);
    // The neighbour above takes the selection, else the one below, else the parent.
    const QList<qint64> siblings = children(ws, item.level, parentOf(ws, item));
    const int at = int(siblings.indexOf(item.id));
    Item focus;
    if (at > 0)
        focus = {item.level, siblings[at - 1]};
    else if (siblings.size() > 1)
        focus = {item.level, siblings[1]};
    else if (item.level != Level::Program)
        focus = {Level(int(item.level) - 1), parentOf(ws, item)};
    const QString what = counts.text();
    return std::make_unique<OutlineCommand>(
        ws,
        QStringLiteral("删除%1“%2”%3")
            .arg(levelName(item.level), shortTitle(titleOf(ws, item)),
                 what.isEmpty() ? QString() : QStringLiteral("（%1）").arg(what.mid(5))),
        changes, focus, item);
}

std::unique_ptr<OutlineCommand> move(Workspace *ws, Item item, qint64 parentId, int position,
                                     QString *error)
{
    if (!exists(ws, item, error))
        return nullptr;
    const qint64 oldParent = parentOf(ws, item);
    const qint64 planId = planOf(ws, item);
    if (item.level != Level::Program) {
        const Level parentLevel = Level(int(item.level) - 1);
        if (planOf(ws, {parentLevel, parentId}) != planId) {
            *error = QStringLiteral("%1 #%2 不在本计划中，不能把%3移到那里")
                         .arg(levelName(parentLevel))
                         .arg(parentId)
                         .arg(levelName(item.level));
            return nullptr;
        }
    } else if (parentId != planId) {
        *error = QStringLiteral("工程只能在本计划内移动");
        return nullptr;
    }
    QList<qint64> oldOrder = children(ws, item.level, oldParent);
    QList<qint64> newOrder = parentId == oldParent ? oldOrder : children(ws, item.level, parentId);
    newOrder.removeAll(item.id);
    if (position < 0 || position > newOrder.size())
        position = int(newOrder.size());
    newOrder.insert(position, item.id);
    if (parentId == oldParent && newOrder == oldOrder) {
        *error = QStringLiteral("没有改动");
        return nullptr;
    }
    Updates updates;
    updates.set(table(item.level), item.id, parentColumn(item.level), oldParent, parentId);
    if (parentId != oldParent) {
        oldOrder.removeAll(item.id);
        renumber(ws, item.level, oldOrder, &updates);
    }
    renumber(ws, item.level, newOrder, &updates);
    QList<RowChange> changes;
    updates.appendTo(&changes);
    return std::make_unique<OutlineCommand>(
        ws, QStringLiteral("移动%1“%2”").arg(levelName(item.level), shortTitle(titleOf(ws, item))),
        changes, item, item);
}

std::unique_ptr<OutlineCommand> shift(Workspace *ws, Item item, int delta, QString *error)
{
    if (!exists(ws, item, error))
        return nullptr;
    const qint64 parent = parentOf(ws, item);
    const int count = int(children(ws, item.level, parent).size());
    const int to = positionOf(ws, item) + delta;
    if (to < 0 || to >= count) {
        *error = QStringLiteral("“%1”已在本级%2")
                     .arg(shortTitle(titleOf(ws, item)),
                          delta < 0 ? QStringLiteral("最前") : QStringLiteral("最后"));
        return nullptr;
    }
    return move(ws, item, parent, to, error);
}

std::unique_ptr<OutlineCommand> indent(Workspace *ws, Item item, QString *error)
{
    if (!exists(ws, item, error))
        return nullptr;
    if (item.level == Level::Task) {
        *error = QStringLiteral("任务已是最低一级，不能再降级");
        return nullptr;
    }
    const QList<qint64> siblings = children(ws, item.level, parentOf(ws, item));
    const int at = int(siblings.indexOf(item.id));
    const QString title = shortTitle(titleOf(ws, item));
    if (at <= 0) {
        *error = QStringLiteral("“%1”是本级第一个%2，上面没有可归入的%2")
                     .arg(title, levelName(item.level));
        return nullptr;
    }
    const Branch b = *branch(ws, item);
    for (const Branch &child : b.children)
        if (!child.children.isEmpty() || b.level == Level::Project) {
            *error = QStringLiteral("“%1”下还有任务，降级后它们将没有层级可放；请先移走这些任务")
                         .arg(title);
            return nullptr;
        }
    const qint64 planId = planOf(ws, item);
    const qint64 newParent = siblings[at - 1];
    QList<RowChange> changes;
    Removal counts;
    collectRemoval(ws, item, &changes, &counts);
    const Level down = *below(item.level);
    const Item made = insertAt(ws, planId, shifted(ws, planId, b, 1), newParent, -1, &changes);
    return std::make_unique<OutlineCommand>(
        ws, QStringLiteral("将%1“%2”降为%3").arg(levelName(item.level), title, levelName(down)),
        changes, made, item);
}

std::unique_ptr<OutlineCommand> outdent(Workspace *ws, Item item, QString *error)
{
    if (!exists(ws, item, error))
        return nullptr;
    if (item.level == Level::Program) {
        *error = QStringLiteral("工程已是最高一级，不能再升级");
        return nullptr;
    }
    const QString title = shortTitle(titleOf(ws, item));
    const Branch b = *branch(ws, item);
    if (const int records = taskRecords(ws, item); records > 0) {
        *error =
            QStringLiteral("“%1”%2有 %3 条进展、延期记录或佐证材料，项目不能保存这些记录，不能升级")
                .arg(title, item.level == Level::Task ? QString() : QStringLiteral("下的任务"))
                .arg(records);
        return nullptr;
    }
    const Level up = Level(int(item.level) - 1);
    const qint64 parent = parentOf(ws, item);
    const qint64 grandParent = parentOf(ws, {up, parent});
    const qint64 planId = planOf(ws, item);
    QList<RowChange> changes;
    Removal counts;
    collectRemoval(ws, item, &changes, &counts);
    // The new item stands right after its old parent.
    const int at = int(children(ws, up, grandParent).indexOf(parent)) + 1;
    const Item made = insertAt(ws, planId, shifted(ws, planId, b, -1), grandParent, at, &changes);
    return std::make_unique<OutlineCommand>(
        ws, QStringLiteral("将%1“%2”升为%3").arg(levelName(item.level), title, levelName(up)),
        changes, made, item);
}

std::unique_ptr<OutlineCommand> paste(Workspace *ws, qint64 planId, const Branch &b, Item target,
                                      QString *error)
{
    qint64 parent = 0;
    int position = -1;
    if (!target.isValid()) {
        if (b.level != Level::Program) {
            *error = QStringLiteral("请先选择要粘贴到的位置（%1须放在%2下）")
                         .arg(levelName(b.level), levelName(Level(int(b.level) - 1)));
            return nullptr;
        }
        parent = planId;
    } else {
        if (!exists(ws, target, error))
            return nullptr;
        planId = planOf(ws, target);
        if (target.level == b.level) {
            parent = parentOf(ws, target);
            position = positionOf(ws, target) + 1;
        } else if (below(target.level) == b.level) {
            parent = target.id;
        } else {
            *error = QStringLiteral("不能把%1粘贴到%2处：%1只能放在%3下或另一个%1之后")
                         .arg(levelName(b.level), levelName(target.level),
                              b.level == Level::Program ? QStringLiteral("计划")
                                                        : levelName(Level(int(b.level) - 1)));
            return nullptr;
        }
    }
    QList<RowChange> changes;
    const Item made = insertAt(ws, planId, b, parent, position, &changes);
    return std::make_unique<OutlineCommand>(
        ws, QStringLiteral("粘贴%1“%2”").arg(levelName(b.level), shortTitle(b.title())), changes,
        made, target);
}

} // namespace tuoyu::outlinecommands
