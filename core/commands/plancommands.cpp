#include "plancommands.h"

#include "calendar/deadlineparser.h"
#include "planheadercommands.h"
#include "rowchanges.h"
#include "rowreader.h"
#include "session/workspace.h"
#include "storage/institutionrepository.h"
#include "storage/planrepository.h"
#include "subsidycommands.h"

#include "storage/sqlquery.h"
#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <cmath>

namespace tuoyu::plancommands {

namespace {

QVariant textOrNull(const QString &s)
{
    return s.isEmpty() ? QVariant() : QVariant(s);
}

using rowchanges::dateOrNull;

QString jsonText(const QJsonValue &v)
{
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return QString();
}

QHash<QString, qint64> existingIds(QSqlDatabase &db, const QString &sql)
{
    QHash<QString, qint64> ids;
    SqlQuery q(db);
    q.exec(sql);
    while (q.next())
        ids.insert(q.value(1).toString(), q.value(0).toLongLong());
    return ids;
}

/// The indicator's stored row; empty, with the officer's message, when there is none.
QVariantMap indicatorRow(Workspace *ws, qint64 indicatorId, QString *error)
{
    const QVariantMap row = rowreader::row(ws->db(), QStringLiteral("indicator"), indicatorId);
    if (row.isEmpty())
        *error = QStringLiteral("找不到指标 #%1").arg(indicatorId);
    return row;
}

} // namespace

std::unique_ptr<WorkspaceCommand> create(Workspace *ws, const PlanDraft &d, QString *error)
{
    if (d.plan.title.trimmed().isEmpty()) {
        *error = QStringLiteral("计划标题不能为空");
        return nullptr;
    }
    QSqlDatabase &db = ws->db();
    QList<RowChange> changes;
    int taskCount = 0;

    // The district's name, if still unset.
    const QVariantMap district = rowreader::row(db, QStringLiteral("district"), 1);
    if (!d.districtName.isEmpty() && district.value(QStringLiteral("name")).toString().isEmpty())
        changes.append(
            RowChange::update(QStringLiteral("district"), 1,
                              {{QStringLiteral("name"), district.value(QStringLiteral("name"))}},
                              {{QStringLiteral("name"), d.districtName}}));

    // Areas are district-wide: reuse those with the same name.
    QHash<QString, qint64> areaIds = existingIds(db, QStringLiteral("SELECT id, name FROM area"));
    int areaSeq = int(areaIds.size());
    auto areaId = [&](const QString &name, const QString &kind) -> qint64 {
        if (name.isEmpty())
            return 0;
        if (const auto it = areaIds.constFind(name); it != areaIds.cend())
            return it.value();
        const qint64 id = ws->allocateId(QStringLiteral("area"));
        changes.append(RowChange::insert(QStringLiteral("area"), id,
                                         {{QStringLiteral("name"), name},
                                          {QStringLiteral("kind"), textOrNull(kind)},
                                          {QStringLiteral("seq"), ++areaSeq}}));
        areaIds.insert(name, id);
        return id;
    };
    for (const Area &a : d.areas)
        areaId(a.name, a.kind);

    QSet<int> populationYears;
    {
        SqlQuery q(db);
        q.exec(QStringLiteral("SELECT year FROM population WHERE area_id IS NULL"));
        while (q.next())
            populationYears.insert(q.value(0).toInt());
    }
    for (const PopulationFigure &p : d.population) {
        if (p.areaId != 0 || populationYears.contains(p.year))
            continue;
        changes.append(RowChange::insert(
            QStringLiteral("population"), ws->allocateId(QStringLiteral("population")),
            {{QStringLiteral("year"), p.year},
             {QStringLiteral("resident"), p.resident ? QVariant(*p.resident) : QVariant()},
             {QStringLiteral("under3"), p.under3 ? QVariant(*p.under3) : QVariant()},
             {QStringLiteral("source"), textOrNull(p.source)}}));
    }

    // Institutions: only those not in the registry yet (by name).
    const QHash<QString, qint64> institutionIds =
        existingIds(db, QStringLiteral("SELECT id, name FROM institution"));
    int newInstitutions = 0;
    for (int i = 0; i < d.institutions.size(); ++i) {
        Institution inst = d.institutions[i];
        if (institutionIds.contains(inst.name))
            continue;
        inst.areaId = areaId(d.institutionAreas.value(i), QString());
        changes.append(RowChange::insert(QStringLiteral("institution"),
                                         ws->allocateId(QStringLiteral("institution")),
                                         InstitutionRepository::toRow(inst)));
        ++newInstitutions;
    }

    const qint64 planId = ws->allocateId(QStringLiteral("plan"));
    QJsonArray units;
    for (const QString &u : d.plan.issuingUnits)
        units.append(u);
    changes.append(RowChange::insert(
        QStringLiteral("plan"), planId,
        {{QStringLiteral("title"), d.plan.title},
         {QStringLiteral("short_title"), textOrNull(d.plan.shortTitle)},
         {QStringLiteral("period_start"), dateOrNull(d.plan.periodStart)},
         {QStringLiteral("period_end"), dateOrNull(d.plan.periodEnd)},
         {QStringLiteral("source_document"), textOrNull(d.plan.sourceDocument)},
         {QStringLiteral("issuing_units"),
          units.isEmpty() ? QVariant() : QVariant(jsonText(units))},
         {QStringLiteral("template_id"), textOrNull(d.templateId)},
         {QStringLiteral("signer"), textOrNull(d.plan.signer)},
         {QStringLiteral("implied_departments"),
          d.impliedDepartments.isEmpty() ? QVariant() : QVariant(jsonText(d.impliedDepartments))},
         {QStringLiteral("omissions"),
          d.omissions.isEmpty() ? QVariant()
                                : QVariant(jsonText(QJsonArray::fromStringList(d.omissions)))},
         {QStringLiteral("notes"), textOrNull(d.plan.notes)},
         {QStringLiteral("created_at"), QDateTime::currentDateTime().toString(Qt::ISODate)}}));

    QHash<QString, qint64> departmentIds;
    auto departmentId = [&](const QString &name) {
        if (const auto it = departmentIds.constFind(name); it != departmentIds.cend())
            return it.value();
        const qint64 id = ws->allocateId(QStringLiteral("department"));
        changes.append(RowChange::insert(QStringLiteral("department"), id,
                                         {{QStringLiteral("plan_id"), planId},
                                          {QStringLiteral("name"), name},
                                          {QStringLiteral("seq"), int(departmentIds.size()) + 1}}));
        departmentIds.insert(name, id);
        return id;
    };
    for (const QString &name : d.departments)
        departmentId(name);

    // 004 names the towns once and says they are implied for every later task: they become
    // co-responsible departments of those tasks, marked implied so the UI can say so.
    QStringList implied;
    for (const auto &v : d.impliedDepartments.value(QStringLiteral("departments")).toArray())
        implied << v.toString();
    const int impliedFrom = d.impliedDepartments.value(QStringLiteral("from_task")).toInt(1);

    int programSeq = 0;
    for (const auto &program : d.programs) {
        const qint64 programId = ws->allocateId(QStringLiteral("program"));
        changes.append(
            RowChange::insert(QStringLiteral("program"), programId,
                              {{QStringLiteral("plan_id"), planId},
                               {QStringLiteral("seq"), ++programSeq},
                               {QStringLiteral("number"), textOrNull(program.number)},
                               {QStringLiteral("title"), program.title},
                               {QStringLiteral("description"), textOrNull(program.description)}}));
        int projectSeq = 0;
        for (const auto &project : program.projects) {
            const qint64 projectId = ws->allocateId(QStringLiteral("project"));
            changes.append(RowChange::insert(
                QStringLiteral("project"), projectId,
                {{QStringLiteral("program_id"), programId},
                 {QStringLiteral("seq"), ++projectSeq},
                 {QStringLiteral("number"), textOrNull(project.number)},
                 {QStringLiteral("title"), project.title},
                 {QStringLiteral("description"), textOrNull(project.description)}}));
            int taskSeq = 0;
            for (const auto &task : project.tasks) {
                const qint64 taskId = ws->allocateId(QStringLiteral("task"));
                DeadlineParser::Result deadline = DeadlineParser::parse(task.deadlineText);
                const bool inherited = task.deadlineText.trimmed().isEmpty();
                if (inherited)
                    deadline.date = d.plan.periodEnd;
                changes.append(RowChange::insert(
                    QStringLiteral("task"), taskId,
                    {{QStringLiteral("project_id"), projectId},
                     {QStringLiteral("seq"), ++taskSeq},
                     {QStringLiteral("text"), task.text},
                     {QStringLiteral("deadline_text"), textOrNull(deadline.text)},
                     {QStringLiteral("deadline"), dateOrNull(deadline.date)},
                     {QStringLiteral("deadline_inherited"), inherited ? 1 : 0},
                     {QStringLiteral("start_date"), dateOrNull(d.plan.periodStart)},
                     {QStringLiteral("status"), taskStatusCode(TaskStatus::NotStarted)},
                     {QStringLiteral("percent"), 0},
                     {QStringLiteral("notes"), textOrNull(task.note)}}));
                ++taskCount;
                int depSeq = 0;
                QSet<qint64> seen;
                auto link = [&](const QString &name, bool isImplied) {
                    const qint64 depId = departmentId(name);
                    if (seen.contains(depId))
                        return;
                    seen.insert(depId);
                    changes.append(RowChange::insert(
                        QStringLiteral("task_department"),
                        ws->allocateId(QStringLiteral("task_department")),
                        {{QStringLiteral("task_id"), taskId},
                         {QStringLiteral("department_id"), depId},
                         {QStringLiteral("lead"), depSeq == 0 && !isImplied ? 1 : 0},
                         {QStringLiteral("seq"), ++depSeq},
                         {QStringLiteral("implied"), isImplied ? 1 : 0}}));
                };
                for (const QString &name : task.departments)
                    link(name, false);
                if (taskCount >= impliedFrom)
                    for (const QString &name : implied)
                        link(name, true);
            }
        }
    }

    QHash<QString, qint64> indicatorIds;
    int indicatorSeq = 0;
    for (const Indicator &ind : d.indicators) {
        const qint64 id = ws->allocateId(QStringLiteral("indicator"));
        indicatorIds.insert(ind.name, id);
        changes.append(RowChange::insert(
            QStringLiteral("indicator"), id,
            {{QStringLiteral("plan_id"), planId},
             {QStringLiteral("seq"), ++indicatorSeq},
             // A document that names no tier leaves it empty, not NULL.
             {QStringLiteral("tier"), ind.tier.isNull() ? QStringLiteral("") : ind.tier},
             {QStringLiteral("name"), ind.name},
             {QStringLiteral("unit"), textOrNull(ind.unit)},
             {QStringLiteral("direction"), directionSymbol(ind.direction)},
             {QStringLiteral("formula"), textOrNull(ind.formula)},
             {QStringLiteral("source_text"), textOrNull(ind.sourceText)},
             {QStringLiteral("target_kind"), targetKindCode(ind.targetKind)},
             {QStringLiteral("target_text"), textOrNull(ind.targetText)},
             {QStringLiteral("target_year"),
              ind.targetYear > 0 ? QVariant(ind.targetYear) : QVariant()},
             {QStringLiteral("compared_with"),
              textOrNull(ind.comparedWith.join(QStringLiteral("、")))}}));
        for (const IndicatorTarget &t : ind.targets)
            changes.append(
                RowChange::insert(QStringLiteral("indicator_target"),
                                  ws->allocateId(QStringLiteral("indicator_target")),
                                  {{QStringLiteral("indicator_id"), id},
                                   {QStringLiteral("year"), t.year},
                                   {QStringLiteral("value"), t.value},
                                   {QStringLiteral("label"), textOrNull(t.label)},
                                   {QStringLiteral("source_text"), textOrNull(t.sourceText)}}));
    }
    for (const auto &a : d.actuals) {
        const qint64 id = indicatorIds.value(a.indicator);
        if (id == 0) {
            *error = QStringLiteral("实际值引用了不存在的指标“%1”").arg(a.indicator);
            return nullptr;
        }
        changes.append(RowChange::insert(QStringLiteral("indicator_value"),
                                         ws->allocateId(QStringLiteral("indicator_value")),
                                         {{QStringLiteral("indicator_id"), id},
                                          {QStringLiteral("value_date"), dateOrNull(a.date)},
                                          {QStringLiteral("value"), a.value},
                                          {QStringLiteral("source"), textOrNull(a.source)},
                                          {QStringLiteral("entered_by"), ws->actor()}}));
    }

    int memberSeq = 0;
    for (const LeadingGroupMember &m : d.leadingGroup)
        changes.append(RowChange::insert(QStringLiteral("leading_group_member"),
                                         ws->allocateId(QStringLiteral("leading_group_member")),
                                         {{QStringLiteral("plan_id"), planId},
                                          {QStringLiteral("seq"), ++memberSeq},
                                          {QStringLiteral("role"), textOrNull(m.role)},
                                          {QStringLiteral("name"), textOrNull(m.name)},
                                          {QStringLiteral("position"), textOrNull(m.position)},
                                          {QStringLiteral("unit"), textOrNull(m.unit)}}));

    const auto &dec = d.decomposition;
    QHash<QString, qint64> itemIds;
    int itemSeq = 0;
    for (const auto &item : dec.items) {
        const qint64 id = ws->allocateId(QStringLiteral("decomposition_item"));
        itemIds.insert(item.first, id);
        changes.append(RowChange::insert(QStringLiteral("decomposition_item"), id,
                                         {{QStringLiteral("plan_id"), planId},
                                          {QStringLiteral("seq"), ++itemSeq},
                                          {QStringLiteral("name"), item.first},
                                          {QStringLiteral("unit"), textOrNull(item.second)}}));
    }
    QHash<QString, bool> columnIsDepartment;
    for (const auto &c : dec.columns)
        columnIsDepartment.insert(c.name, c.department);
    for (const auto &cell : dec.cells) {
        const qint64 itemId = itemIds.value(cell.item);
        if (itemId == 0 || !columnIsDepartment.contains(cell.column)) {
            *error = QStringLiteral("分解表单元格引用了不存在的项目或列：%1 / %2")
                         .arg(cell.item, cell.column);
            return nullptr;
        }
        const bool isDepartment = columnIsDepartment.value(cell.column);
        changes.append(RowChange::insert(
            QStringLiteral("decomposition_cell"),
            ws->allocateId(QStringLiteral("decomposition_cell")),
            {{QStringLiteral("item_id"), itemId},
             {QStringLiteral("year"), cell.year},
             {QStringLiteral("area_id"),
              isDepartment ? QVariant() : QVariant(areaId(cell.column, QString()))},
             {QStringLiteral("department_id"),
              isDepartment ? QVariant(departmentId(cell.column)) : QVariant()},
             {QStringLiteral("target"), cell.target ? QVariant(*cell.target) : QVariant()}}));
    }

    // The printed 合计 column is kept as cells with no area and no department, so a data check
    // can compare it with the sum of the cells, as the officer would by hand.
    for (const auto &total : dec.printedTotals) {
        const qint64 itemId = itemIds.value(total.item);
        if (itemId == 0) {
            *error = QStringLiteral("分解表合计引用了不存在的项目：%1").arg(total.item);
            return nullptr;
        }
        changes.append(RowChange::insert(QStringLiteral("decomposition_cell"),
                                         ws->allocateId(QStringLiteral("decomposition_cell")),
                                         {{QStringLiteral("item_id"), itemId},
                                          {QStringLiteral("year"), total.year},
                                          {QStringLiteral("target"), total.total}}));
    }

    int ruleSeq = 0;
    for (const SubsidyRule &r : d.subsidyRules) {
        QVariantMap row = subsidycommands::ruleColumns(r);
        row.insert(QStringLiteral("plan_id"), planId);
        row.insert(QStringLiteral("seq"), ++ruleSeq);
        changes.append(RowChange::insert(QStringLiteral("subsidy_rule"),
                                         ws->allocateId(QStringLiteral("subsidy_rule")), row));
    }

    int listSeq = 0;
    for (const char *list : {"positive", "negative"})
        for (const auto &item : d.centralFundLists.value(QLatin1String(list)).toArray())
            changes.append(RowChange::insert(QStringLiteral("fund_list_item"),
                                             ws->allocateId(QStringLiteral("fund_list_item")),
                                             {{QStringLiteral("plan_id"), planId},
                                              {QStringLiteral("list"), QLatin1String(list)},
                                              {QStringLiteral("seq"), ++listSeq},
                                              {QStringLiteral("text"), item.toString()}}));

    const QString summary =
        QStringLiteral("新建计划“%1”%2：%3 个工程，%4 项任务，%5 个指标，新增 %6 家机构")
            .arg(d.plan.title, d.templateId.isEmpty()
                                   ? QString()
                                   : QStringLiteral("（模板 %1）").arg(d.templateId))
            .arg(d.programs.size())
            .arg(taskCount)
            .arg(d.indicators.size())
            .arg(newInstitutions);
    return std::make_unique<WorkspaceCommand>(ws, QStringLiteral("新建计划“%1”").arg(d.plan.title),
                                              changes, WorkspaceCommand::AuditMode::Summary,
                                              summary);
}

std::unique_ptr<WorkspaceCommand> setTaskStatus(Workspace *ws, qint64 taskId, TaskStatus status,
                                                int percent, QString *error)
{
    const QVariantMap current = rowreader::row(ws->db(), QStringLiteral("task"), taskId);
    if (current.isEmpty()) {
        *error = QStringLiteral("找不到任务 #%1").arg(taskId);
        return nullptr;
    }
    if (status == TaskStatus::Done)
        percent = 100;
    if (percent < 0 || percent > 100) {
        *error = QStringLiteral("完成百分比应在 0 到 100 之间（%1）").arg(percent);
        return nullptr;
    }
    QVariantMap before;
    QVariantMap after;
    const QString code = taskStatusCode(status);
    if (current.value(QStringLiteral("status")).toString() != code) {
        before.insert(QStringLiteral("status"), current.value(QStringLiteral("status")));
        after.insert(QStringLiteral("status"), code);
    }
    if (current.value(QStringLiteral("percent")).toInt() != percent) {
        before.insert(QStringLiteral("percent"), current.value(QStringLiteral("percent")));
        after.insert(QStringLiteral("percent"), percent);
    }
    if (after.isEmpty()) {
        *error = QStringLiteral("没有改动");
        return nullptr;
    }
    QString text = current.value(QStringLiteral("text")).toString();
    if (text.size() > 16)
        text = text.left(16) + QStringLiteral("…");
    return std::make_unique<WorkspaceCommand>(
        ws, QStringLiteral("将任务“%1”设为%2").arg(text, taskStatusLabel(status)),
        QList<RowChange>{RowChange::update(QStringLiteral("task"), taskId, before, after)});
}

std::unique_ptr<WorkspaceCommand> editPlan(Workspace *ws, qint64 planId, const QString &title,
                                           const QDate &start, const QDate &end, QString *error)
{
    const auto plan = PlanRepository(ws).plan(planId);
    if (!plan) {
        *error = QStringLiteral("找不到计划 #%1").arg(planId);
        return nullptr;
    }
    Plan header = *plan;
    header.title = title;
    header.periodStart = start;
    header.periodEnd = end;
    return planheadercommands::edit(ws, planId, header, error);
}

std::unique_ptr<WorkspaceCommand> setSigner(Workspace *ws, qint64 planId, const QString &signer,
                                            QString *error)
{
    const QVariantMap plan = rowreader::row(ws->db(), QStringLiteral("plan"), planId);
    if (plan.isEmpty()) {
        *error = QStringLiteral("找不到计划 #%1").arg(planId);
        return nullptr;
    }
    const QVariant wanted = textOrNull(signer);
    const QVariant old = plan.value(QStringLiteral("signer"));
    if (rowchanges::sameValue(old, wanted)) {
        *error = QStringLiteral("落款单位没有改动");
        return nullptr;
    }
    return std::make_unique<WorkspaceCommand>(
        ws,
        wanted.isNull() ? QStringLiteral("清除计划的落款单位")
                        : QStringLiteral("将计划的落款单位设为“%1”").arg(wanted.toString()),
        QList<RowChange>{RowChange::update(QStringLiteral("plan"), planId,
                                           {{QStringLiteral("signer"), old}},
                                           {{QStringLiteral("signer"), wanted}})});
}

std::unique_ptr<WorkspaceCommand> addDepartment(Workspace *ws, qint64 planId, const QString &name,
                                                QString *error)
{
    const QString n = name.trimmed();
    if (n.isEmpty()) {
        *error = QStringLiteral("部门名称不能为空");
        return nullptr;
    }
    SqlQuery q(ws->db());
    q.exec(QStringLiteral("SELECT COUNT(*), COALESCE(MAX(seq), 0) FROM department WHERE plan_id = "
                          "? AND name = ?"),
           {planId, n});
    if (q.next() && q.value(0).toInt() > 0) {
        *error = QStringLiteral("计划中已有部门“%1”").arg(n);
        return nullptr;
    }
    SqlQuery s(ws->db());
    s.exec(QStringLiteral("SELECT COALESCE(MAX(seq), 0) FROM department WHERE plan_id = ?"),
           {planId});
    const int seq = s.next() ? s.value(0).toInt() + 1 : 1;
    return rowchanges::insertCommand(ws, QStringLiteral("新增部门“%1”").arg(n),
                                     QStringLiteral("department"),
                                     {{QStringLiteral("plan_id"), planId},
                                      {QStringLiteral("name"), n},
                                      {QStringLiteral("seq"), seq}});
}

std::unique_ptr<WorkspaceCommand> setDecompositionValue(Workspace *ws, qint64 itemId, int year,
                                                        qint64 areaId, qint64 departmentId,
                                                        const QString &field,
                                                        std::optional<double> value, QString *error)
{
    if (field != QLatin1String("target") && field != QLatin1String("actual")) {
        *error = QStringLiteral("分解表只有目标和完成两项");
        return nullptr;
    }
    if (value && (!std::isfinite(*value) || *value < 0)) {
        *error = QStringLiteral("分解表的数应为不小于 0 的数");
        return nullptr;
    }
    const QVariant v = value ? QVariant(*value) : QVariant();
    SqlQuery q(ws->db());
    q.prepare(
        QStringLiteral("SELECT id, %1 FROM decomposition_cell WHERE item_id = ? AND year = ? AND "
                       "COALESCE(area_id, 0) = ? AND COALESCE(department_id, 0) = ?")
            .arg(field));
    q.addBindValue(itemId);
    q.addBindValue(year);
    q.addBindValue(areaId);
    q.addBindValue(departmentId);
    const QString text = QStringLiteral("修改分解表%1年%2")
                             .arg(year)
                             .arg(field == QLatin1String("target") ? QStringLiteral("目标")
                                                                   : QStringLiteral("完成数"));
    if (q.exec() && q.next()) {
        if (q.value(1).isNull() == v.isNull() && (v.isNull() || q.value(1).toDouble() == *value)) {
            *error = QStringLiteral("没有改动");
            return nullptr;
        }
        return std::make_unique<ChangeFieldCommand>(ws, text, QStringLiteral("decomposition_cell"),
                                                    q.value(0).toLongLong(), field, q.value(1), v);
    }
    if (!value) {
        *error = QStringLiteral("没有改动");
        return nullptr;
    }
    return rowchanges::insertCommand(
        ws, text, QStringLiteral("decomposition_cell"),
        {{QStringLiteral("item_id"), itemId},
         {QStringLiteral("year"), year},
         {QStringLiteral("area_id"), areaId ? QVariant(areaId) : QVariant()},
         {QStringLiteral("department_id"), departmentId ? QVariant(departmentId) : QVariant()},
         {field, v}});
}

std::unique_ptr<WorkspaceCommand> addIndicatorValue(Workspace *ws, qint64 indicatorId,
                                                    const QDate &date, double value,
                                                    const QString &source, QString *error)
{
    const QVariantMap indicator = indicatorRow(ws, indicatorId, error);
    if (indicator.isEmpty())
        return nullptr;
    if (!date.isValid()) {
        *error = QStringLiteral("请填写实际值的日期");
        return nullptr;
    }
    if (targetKindFromCode(indicator.value(QStringLiteral("target_kind")).toString()) ==
        TargetKind::Words) {
        *error = QStringLiteral("“%1”的目标是文字（%2），没有数值：请认定“已实现”或“未实现”")
                     .arg(indicator.value(QStringLiteral("name")).toString(),
                          indicator.value(QStringLiteral("target_text")).toString());
        return nullptr;
    }
    if (!std::isfinite(value) || value < 0) {
        *error = QStringLiteral("“%1”的实际值应为不小于 0 的数")
                     .arg(indicator.value(QStringLiteral("name")).toString());
        return nullptr;
    }
    if (source.trimmed().isEmpty()) {
        *error = QStringLiteral("请填写实际值的来源（如 问卷调查、统计报表）");
        return nullptr;
    }
    return rowchanges::insertCommand(
        ws,
        QStringLiteral("录入“%1”实际值").arg(indicator.value(QStringLiteral("name")).toString()),
        QStringLiteral("indicator_value"),
        {{QStringLiteral("indicator_id"), indicatorId},
         {QStringLiteral("value_date"), date.toString(Qt::ISODate)},
         {QStringLiteral("value"), value},
         {QStringLiteral("source"), source.trimmed()},
         {QStringLiteral("entered_by"), ws->actor()}});
}

std::unique_ptr<WorkspaceCommand> addIndicatorAverage(Workspace *ws, qint64 indicatorId,
                                                      const QString &scope, const QDate &date,
                                                      double value, const QString &source,
                                                      QString *error)
{
    const QVariantMap indicator = indicatorRow(ws, indicatorId, error);
    if (indicator.isEmpty())
        return nullptr;
    const QString name = indicator.value(QStringLiteral("name")).toString();
    if (targetKindFromCode(indicator.value(QStringLiteral("target_kind")).toString()) !=
        TargetKind::AboveAverage) {
        *error = QStringLiteral("“%1”的目标不是“高于平均水平”，不需要录入平均水平").arg(name);
        return nullptr;
    }
    const QStringList scopes = indicator.value(QStringLiteral("compared_with"))
                                   .toString()
                                   .split(QStringLiteral("、"), Qt::SkipEmptyParts);
    if (!scopes.contains(scope.trimmed())) {
        *error = QStringLiteral("“%1”只与%2平均水平比较，没有“%3”")
                     .arg(name, scopes.join(QStringLiteral("、")), scope.trimmed());
        return nullptr;
    }
    if (!date.isValid()) {
        *error = QStringLiteral("请填写“%1”%2平均水平的统计日期").arg(name, scope.trimmed());
        return nullptr;
    }
    if (!std::isfinite(value) || value < 0) {
        *error = QStringLiteral("“%1”的%2平均水平应为不小于 0 的数").arg(name, scope.trimmed());
        return nullptr;
    }
    if (source.trimmed().isEmpty()) {
        *error = QStringLiteral("请填写“%1”%2平均水平的来源（如 省卫健委通报）")
                     .arg(name, scope.trimmed());
        return nullptr;
    }
    return rowchanges::insertCommand(
        ws, QStringLiteral("录入“%1”%2平均水平").arg(name, scope.trimmed()),
        QStringLiteral("indicator_average"),
        {{QStringLiteral("indicator_id"), indicatorId},
         {QStringLiteral("scope"), scope.trimmed()},
         {QStringLiteral("value_date"), date.toString(Qt::ISODate)},
         {QStringLiteral("value"), value},
         {QStringLiteral("source"), source.trimmed()},
         {QStringLiteral("entered_by"), ws->actor()}});
}

std::unique_ptr<WorkspaceCommand> setIndicatorAchieved(Workspace *ws, qint64 indicatorId,
                                                       bool achieved, const QDate &date,
                                                       const QString &source, QString *error)
{
    const QVariantMap indicator = indicatorRow(ws, indicatorId, error);
    if (indicator.isEmpty())
        return nullptr;
    const QString name = indicator.value(QStringLiteral("name")).toString();
    if (targetKindFromCode(indicator.value(QStringLiteral("target_kind")).toString()) !=
        TargetKind::Words) {
        *error = QStringLiteral("“%1”的目标是数值，请录入实际值").arg(name);
        return nullptr;
    }
    if (!date.isValid()) {
        *error = QStringLiteral("请填写认定“%1”的日期").arg(name);
        return nullptr;
    }
    if (source.trimmed().isEmpty()) {
        *error = QStringLiteral("请填写认定“%1”的依据（如 验收记录、实地核查）").arg(name);
        return nullptr;
    }
    return rowchanges::insertCommand(
        ws,
        QStringLiteral("认定“%1”%2")
            .arg(name, achieved ? QStringLiteral("已实现") : QStringLiteral("未实现")),
        QStringLiteral("indicator_value"),
        {{QStringLiteral("indicator_id"), indicatorId},
         {QStringLiteral("value_date"), date.toString(Qt::ISODate)},
         {QStringLiteral("value"), achieved ? 1.0 : 0.0},
         {QStringLiteral("source"), source.trimmed()},
         {QStringLiteral("entered_by"), ws->actor()}});
}

std::unique_ptr<WorkspaceCommand> setPopulation(Workspace *ws, int year,
                                                std::optional<qint64> resident,
                                                std::optional<qint64> under3, const QString &source,
                                                QString *error)
{
    if (year < 1990 || year > 2100) {
        *error = QStringLiteral("年份不对：%1").arg(year);
        return nullptr;
    }
    if ((resident && *resident <= 0) || (under3 && *under3 <= 0)) {
        *error = QStringLiteral("人口数应为正数");
        return nullptr;
    }
    if (resident && under3 && *under3 > *resident) {
        *error = QStringLiteral("3岁以下婴幼儿数（%1）不能多于常住人口（%2）")
                     .arg(*under3)
                     .arg(*resident);
        return nullptr;
    }
    const QVariantMap wanted{
        {QStringLiteral("resident"), resident ? QVariant(*resident) : QVariant()},
        {QStringLiteral("under3"), under3 ? QVariant(*under3) : QVariant()},
        {QStringLiteral("source"), textOrNull(source)}};
    SqlQuery q(ws->db());
    q.prepare(QStringLiteral(
        "SELECT id, resident, under3, source FROM population WHERE year = ? AND area_id IS NULL"));
    q.addBindValue(year);
    const QString text = QStringLiteral("填写%1年人口数据").arg(year);
    if (q.exec() && q.next()) {
        const QVariantMap before{{QStringLiteral("resident"), q.value(1)},
                                 {QStringLiteral("under3"), q.value(2)},
                                 {QStringLiteral("source"), q.value(3)}};
        return std::make_unique<WorkspaceCommand>(
            ws, text,
            QList<RowChange>{RowChange::update(QStringLiteral("population"),
                                               q.value(0).toLongLong(), before, wanted)});
    }
    QVariantMap row = wanted;
    row.insert(QStringLiteral("year"), year);
    return rowchanges::insertCommand(ws, text, QStringLiteral("population"), row);
}

} // namespace tuoyu::plancommands
