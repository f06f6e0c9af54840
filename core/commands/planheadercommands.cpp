#include "planheadercommands.h"

#include "evidencecommands.h"
#include "plancommands.h"
#include "rowchanges.h"
#include "rowreader.h"
#include "session/workspace.h"
#include "storage/planrepository.h"

#include "storage/sqlquery.h"
#include <QJsonArray>
#include <QJsonDocument>

namespace tuoyu::planheadercommands {

namespace {

using rowchanges::dateOrNull;

/// Issuing units as the plan row stores them: a JSON array of names, NULL when there are none.
QVariant unitsColumn(const QStringList &units)
{
    QJsonArray array;
    for (const QString &u : units)
        if (!u.trimmed().isEmpty())
            array.append(u.trimmed());
    return array.isEmpty()
               ? QVariant()
               : QVariant(QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Compact)));
}

/// A plan's own rows, children before their parents (the order of deleting them; undo puts them
/// back in the reverse order). Each select gives the ids of one table's rows of the plan `?`.
struct OwnedTable
{
    const char *table;
    const char *words; ///< for the confirmation; null when not worth naming
    const char *select;
};

const QList<OwnedTable> &ownedTables()
{
    static const QList<OwnedTable> tables = {
        // 年度结转's records, before the tasks and indicators they name.
        {"year_close_task", nullptr,
         "SELECT x.id FROM year_close_task x JOIN year_close c ON c.id = x.close_id WHERE "
         "c.plan_id = ?"},
        {"year_close_indicator", nullptr,
         "SELECT x.id FROM year_close_indicator x JOIN year_close c ON c.id = x.close_id WHERE "
         "c.plan_id = ?"},
        {"year_close", "%1个年度结转", "SELECT id FROM year_close WHERE plan_id = ?"},
        {"task_department", nullptr,
         "SELECT x.id FROM task_department x JOIN task t ON t.id = x.task_id JOIN project pj ON "
         "pj.id = t.project_id JOIN program pg ON pg.id = pj.program_id WHERE pg.plan_id = ?"},
        {"progress_entry", "%1条进展",
         "SELECT x.id FROM progress_entry x JOIN task t ON t.id = x.task_id JOIN project pj ON "
         "pj.id = t.project_id JOIN program pg ON pg.id = pj.program_id WHERE pg.plan_id = ?"},
        {"deadline_extension", "%1条延期记录",
         "SELECT x.id FROM deadline_extension x JOIN task t ON t.id = x.task_id JOIN project pj "
         "ON pj.id = t.project_id JOIN program pg ON pg.id = pj.program_id WHERE pg.plan_id = ?"},
        {"task", "%1项任务",
         "SELECT t.id FROM task t JOIN project pj ON pj.id = t.project_id JOIN program pg ON "
         "pg.id = pj.program_id WHERE pg.plan_id = ?"},
        {"project", "%1个项目",
         "SELECT pj.id FROM project pj JOIN program pg ON pg.id = pj.program_id WHERE pg.plan_id "
         "= ?"},
        {"program", "%1个工程", "SELECT id FROM program WHERE plan_id = ?"},
        {"indicator_snapshot", nullptr, "SELECT id FROM indicator_snapshot WHERE plan_id = ?"},
        {"indicator_target", nullptr,
         "SELECT x.id FROM indicator_target x JOIN indicator i ON i.id = x.indicator_id WHERE "
         "i.plan_id = ?"},
        {"indicator_value", "%1条指标实际值",
         "SELECT x.id FROM indicator_value x JOIN indicator i ON i.id = x.indicator_id WHERE "
         "i.plan_id = ?"},
        {"indicator_average", nullptr,
         "SELECT x.id FROM indicator_average x JOIN indicator i ON i.id = x.indicator_id WHERE "
         "i.plan_id = ?"},
        {"indicator", "%1个指标", "SELECT id FROM indicator WHERE plan_id = ?"},
        {"decomposition_cell", nullptr,
         "SELECT x.id FROM decomposition_cell x JOIN decomposition_item i ON i.id = x.item_id "
         "WHERE i.plan_id = ?"},
        {"decomposition_item", "%1个分解项目",
         "SELECT id FROM decomposition_item WHERE plan_id = ?"},
        {"decomposition_year", nullptr, "SELECT id FROM decomposition_year WHERE plan_id = ?"},
        {"decomposition_column", nullptr, "SELECT id FROM decomposition_column WHERE plan_id = ?"},
        {"subsidy_claim", "%1条奖补申领",
         "SELECT x.id FROM subsidy_claim x JOIN subsidy_rule r ON r.id = x.rule_id WHERE "
         "r.plan_id = ?"},
        {"ledger_line", "%1条台账记录", "SELECT id FROM ledger_line WHERE plan_id = ?"},
        {"subsidy_rule", "%1条奖补规则", "SELECT id FROM subsidy_rule WHERE plan_id = ?"},
        {"fund", "%1笔资金", "SELECT id FROM fund WHERE plan_id = ?"},
        {"fund_list_item", nullptr, "SELECT id FROM fund_list_item WHERE plan_id = ?"},
        {"report", "%1份汇报材料", "SELECT id FROM report WHERE plan_id = ?"},
        {"leading_group_member", nullptr, "SELECT id FROM leading_group_member WHERE plan_id = ?"},
        {"department", "%1个责任部门", "SELECT id FROM department WHERE plan_id = ?"},
    };
    return tables;
}

QList<qint64> ownedIds(Workspace *ws, const OwnedTable &t, qint64 planId)
{
    return readAll<qint64>(ws->db(), QString::fromUtf8(t.select), {planId},
                           [&](const SqlQuery &q) { return q.value(0).toLongLong(); });
}

} // namespace

std::unique_ptr<WorkspaceCommand> edit(Workspace *ws, qint64 planId, const Plan &h, QString *error)
{
    const QVariantMap plan = rowreader::row(ws->db(), QStringLiteral("plan"), planId);
    if (plan.isEmpty()) {
        *error = QStringLiteral("找不到计划 #%1").arg(planId);
        return nullptr;
    }
    if (h.title.trimmed().isEmpty()) {
        *error = QStringLiteral("计划标题不能为空");
        return nullptr;
    }
    if (h.periodStart.isValid() && h.periodEnd.isValid() && h.periodEnd < h.periodStart) {
        *error = QStringLiteral("计划的结束日期不能早于开始日期");
        return nullptr;
    }
    // Compare issuing units as lists, so an unchanged list written differently is no change.
    QVariantMap wanted{
        {QStringLiteral("title"), h.title.trimmed()},
        {QStringLiteral("short_title"), rowchanges::textOrNull(h.shortTitle)},
        {QStringLiteral("period_start"), dateOrNull(h.periodStart)},
        {QStringLiteral("period_end"), dateOrNull(h.periodEnd)},
        {QStringLiteral("source_document"), rowchanges::textOrNull(h.sourceDocument)}};
    const auto stored = PlanRepository(ws).plan(planId);
    QStringList units;
    for (const QString &u : h.issuingUnits)
        if (!u.trimmed().isEmpty())
            units << u.trimmed();
    if (!stored || stored->issuingUnits != units)
        wanted.insert(QStringLiteral("issuing_units"), unitsColumn(units));
    const auto change = rowchanges::update(QStringLiteral("plan"), plan, wanted);
    if (!change) {
        *error = QStringLiteral("没有改动");
        return nullptr;
    }
    QList<RowChange> changes{*change};
    if (change->after.contains(QStringLiteral("period_end"))) {
        SqlQuery q(ws->db());
        q.exec(QStringLiteral(
                   "SELECT t.id, t.deadline FROM task t JOIN project pj ON pj.id = t.project_id "
                   "JOIN program pg ON pg.id = pj.program_id WHERE pg.plan_id = ? AND "
                   "t.deadline_inherited = 1"),
               {planId});
        while (q.next())
            changes.append(
                RowChange::update(QStringLiteral("task"), q.value(0).toLongLong(),
                                  {{QStringLiteral("deadline"), q.value(1)}},
                                  {{QStringLiteral("deadline"), dateOrNull(h.periodEnd)}}));
    }
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("修改计划“%1”").arg(h.title.trimmed()), changes);
}

std::unique_ptr<WorkspaceCommand> create(Workspace *ws, PlanDraft draft, const QString &title,
                                         QString *error)
{
    if (!title.trimmed().isEmpty())
        draft.plan.title = title.trimmed();
    if (!PlanRepository(ws).plans().isEmpty()) {
        draft.districtName.clear();
        draft.institutions.clear();
        draft.institutionAreas.clear();
        draft.population.clear();
        draft.areas.clear();
    }
    return plancommands::create(ws, draft, error);
}

std::unique_ptr<WorkspaceCommand> remove(Workspace *ws, qint64 planId, QString *error)
{
    const QVariantMap plan = rowreader::row(ws->db(), QStringLiteral("plan"), planId);
    if (plan.isEmpty()) {
        *error = QStringLiteral("找不到计划 #%1").arg(planId);
        return nullptr;
    }
    if (PlanRepository(ws).plans().size() < 2) {
        *error = QStringLiteral("“%1”是工作区中唯一的计划，不能删除")
                     .arg(plan.value(QStringLiteral("title")).toString());
        return nullptr;
    }
    QList<RowChange> changes;
    for (const OwnedTable &t : ownedTables()) {
        const QString table = QString::fromUtf8(t.table);
        for (qint64 id : ownedIds(ws, t, planId))
            changes.append(RowChange::remove(table, id, rowreader::row(ws->db(), table, id)));
    }
    changes.append(RowChange::remove(QStringLiteral("plan"), planId, plan));
    changes += evidencecommands::followingRemovals(ws, changes);
    const QString words =
        QStringLiteral("删除计划“%1”").arg(plan.value(QStringLiteral("title")).toString());
    return std::make_unique<WorkspaceCommand>(
        ws, words, changes, WorkspaceCommand::AuditMode::Summary,
        QStringLiteral("%1（%2）").arg(words, removalSummary(ws, planId)));
}

QString removalSummary(Workspace *ws, qint64 planId)
{
    QStringList parts;
    for (const OwnedTable &t : ownedTables())
        if (t.words)
            if (const auto n = ownedIds(ws, t, planId).size(); n > 0)
                parts << QString::fromUtf8(t.words).arg(n);
    return parts.join(QStringLiteral("、"));
}

} // namespace tuoyu::planheadercommands
