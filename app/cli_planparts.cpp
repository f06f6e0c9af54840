#include "cliverb.h"

#include "commands/areacommands.h"
#include "commands/decompositioncommands.h"
#include "commands/indicatorcommands.h"
#include "commands/leadinggroupcommands.h"
#include "commands/planheadercommands.h"
#include "indicators/indicatorengine.h"
#include "session/workspace.h"
#include "storage/decompositionrepository.h"
#include "storage/indicatorrepository.h"
#include "storage/planrepository.h"
#include "templates/templatelibrary.h"

#include "storage/sqlquery.h"
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUndoStack>

// The verbs that write a plan's parts by hand: a second plan, the plan's header, indicators,
// the decomposition table's layout, areas and the leading group. Each runs one command of
// core/commands (the same the window runs) and prints what it did, or with --json the record.

namespace tuoyu::cli {

namespace {

using Builder =
    std::function<std::unique_ptr<WorkspaceCommand>(Workspace *, qint64 planId, QString *error)>;

/// Opens FILE (and the plan, when `needsPlan`), builds the command and executes it; prints the
/// command's words, or `json(workspace, plan)` with --json.
int execute(const Arguments &a, bool needsPlan, const Builder &build,
            const std::function<QJsonValue(Workspace *, qint64)> &json = {})
{
    QString error;
    auto ws = openWorkspace(a.positional[0], &error);
    if (!ws)
        return fail(BadInput, error);
    qint64 planId = 0;
    if (needsPlan) {
        const auto plan = choosePlan(ws.get(), a, &error);
        if (!plan)
            return fail(BadInput, error);
        planId = plan->id;
    }
    QString words;
    auto command = build(ws.get(), planId, &error);
    if (const int code = executeCommand(a, ws.get(), std::move(command), error, &words); code)
        return code;
    if (a.has(QStringLiteral("json")) && json)
        printJson(json(ws.get(), planId));
    else
        printLine(stdout, QCoreApplication::translate("tuoyu::cli", "完成：%1").arg(words));
    return Done;
}

QJsonValue textOrNull(const QString &s)
{
    return s.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(s);
}

// ---- plans ----------------------------------------------------------------------------------

QJsonObject planJson(Workspace *ws, qint64 planId)
{
    PlanRepository repo(ws);
    const auto p = repo.plan(planId);
    if (!p)
        return {};
    QJsonArray group;
    for (const LeadingGroupMember &m : repo.leadingGroup(planId))
        group.append(QJsonObject{{QStringLiteral("id"), m.id},
                                 {QStringLiteral("role"), textOrNull(m.role)},
                                 {QStringLiteral("name"), textOrNull(m.name)},
                                 {QStringLiteral("position"), textOrNull(m.position)},
                                 {QStringLiteral("unit"), textOrNull(m.unit)}});
    return {{QStringLiteral("id"), p->id},
            {QStringLiteral("title"), p->title},
            {QStringLiteral("short_title"), textOrNull(p->shortTitle)},
            {QStringLiteral("period_start"), textOrNull(p->periodStart.toString(Qt::ISODate))},
            {QStringLiteral("period_end"), textOrNull(p->periodEnd.toString(Qt::ISODate))},
            {QStringLiteral("source_document"), textOrNull(p->sourceDocument)},
            {QStringLiteral("issuing_units"), QJsonArray::fromStringList(p->issuingUnits)},
            {QStringLiteral("template"), textOrNull(p->templateId)},
            {QStringLiteral("leading_group"), group}};
}

int verbPlanNew(const Arguments &a)
{
    if (a.has(QStringLiteral("template")) && a.has(QStringLiteral("template-file")))
        return fail(Usage, QCoreApplication::translate("tuoyu::cli",
                                                       "--template 与 --template-file 只能选一个"));
    QString error;
    const auto draft =
        a.has(QStringLiteral("template-file"))
            ? TemplateLibrary::loadFile(a.option(QStringLiteral("template-file")), &error)
            : TemplateLibrary::load(a.has(QStringLiteral("template"))
                                        ? a.option(QStringLiteral("template"))
                                        : QStringLiteral("blank"),
                                    &error);
    if (!draft)
        return fail(BadInput, error);
    auto ws = openWorkspace(a.positional[0], &error);
    if (!ws)
        return fail(BadInput, error);
    auto command =
        planheadercommands::create(ws.get(), *draft, a.option(QStringLiteral("title")), &error);
    if (!command || !ws->execute(std::move(command), &error))
        return fail(BadInput, QCoreApplication::translate("tuoyu::cli", "%1：无法新建计划：%2")
                                  .arg(a.positional[0], error));
    const auto plan = PlanRepository(ws.get()).defaultPlan(); // the newest
    if (a.has(QStringLiteral("json")))
        printJson(planJson(ws.get(), plan->id));
    else
        printLine(stdout, QCoreApplication::translate("tuoyu::cli", "已新建计划 #%1“%2”")
                              .arg(plan->id)
                              .arg(plan->title));
    return Done;
}

int verbPlanShow(const Arguments &a)
{
    PlanScope scope;
    if (const int code = openPlanScope(a, &scope); code != Done)
        return code;
    printJson(planJson(scope.workspace.get(), scope.plan->id));
    return Done;
}

int verbPlanEdit(const Arguments &a)
{
    return execute(
        a, true,
        [&a](Workspace *ws, qint64 planId, QString *error) -> std::unique_ptr<WorkspaceCommand> {
            Plan h = *PlanRepository(ws).plan(planId);
            auto date = [&](const QString &name, QDate *d) {
                if (!a.has(name))
                    return true;
                *d = QDate::fromString(a.option(name), Qt::ISODate);
                if (!d->isValid() && !a.option(name).isEmpty()) {
                    *error =
                        QCoreApplication::translate("tuoyu::cli", "--%1 应为 YYYY-MM-DD，不是“%2”")
                            .arg(name, a.option(name));
                    return false;
                }
                return true;
            };
            if (!date(QStringLiteral("start"), &h.periodStart) ||
                !date(QStringLiteral("end"), &h.periodEnd))
                return nullptr;
            if (a.has(QStringLiteral("title")))
                h.title = a.option(QStringLiteral("title"));
            if (a.has(QStringLiteral("short-title")))
                h.shortTitle = a.option(QStringLiteral("short-title"));
            if (a.has(QStringLiteral("source-document")))
                h.sourceDocument = a.option(QStringLiteral("source-document"));
            if (a.has(QStringLiteral("issuing-units")))
                h.issuingUnits =
                    a.option(QStringLiteral("issuing-units"))
                        .split(QRegularExpression(QStringLiteral("[、，,]")), Qt::SkipEmptyParts);
            return planheadercommands::edit(ws, planId, h, error);
        },
        planJson);
}

int verbPlanDelete(const Arguments &a)
{
    if (!a.has(QStringLiteral("plan")))
        return fail(Usage, QCoreApplication::translate(
                               "tuoyu::cli", "请用 --plan ID 指明要删除的计划（见 plans --json）"));
    return execute(a, true, [](Workspace *ws, qint64 planId, QString *error) {
        return planheadercommands::remove(ws, planId, error);
    });
}

// ---- indicators -----------------------------------------------------------------------------

QJsonObject indicatorJson(const Indicator &i)
{
    QJsonArray targets;
    for (const IndicatorTarget &t : i.targets)
        targets.append(
            QJsonObject{{QStringLiteral("year"), t.year}, {QStringLiteral("value"), t.value}});
    return {{QStringLiteral("id"), i.id},
            {QStringLiteral("tier"), i.tier},
            {QStringLiteral("name"), i.name},
            {QStringLiteral("unit"), i.unit},
            {QStringLiteral("direction"), directionSymbol(i.direction)},
            {QStringLiteral("formula"), textOrNull(i.formula)},
            {QStringLiteral("target_kind"), targetKindCode(i.targetKind)},
            {QStringLiteral("targets"), targets}};
}

int verbIndicatorFormulas(const Arguments &a)
{
    QJsonArray list;
    for (const IndicatorFormula &f : IndicatorEngine::formulas()) {
        if (!a.has(QStringLiteral("json")))
            printLine(stdout, QStringLiteral("%1\t%2\t%3").arg(f.key, f.name, f.definition));
        list.append(QJsonObject{{QStringLiteral("key"), f.key},
                                {QStringLiteral("name"), f.name},
                                {QStringLiteral("definition"), f.definition},
                                {QStringLiteral("unit"), f.unit}});
    }
    if (a.has(QStringLiteral("json")))
        printJson(list);
    return Done;
}

/// The indicator the options describe, over `base` (the stored one when editing).
bool indicatorEdit(const Arguments &a, indicatorcommands::IndicatorEdit *e, QString *error)
{
    if (a.has(QStringLiteral("name")))
        e->name = a.option(QStringLiteral("name"));
    if (a.has(QStringLiteral("tier")))
        e->tier = a.option(QStringLiteral("tier"));
    if (a.has(QStringLiteral("unit")))
        e->unit = a.option(QStringLiteral("unit"));
    if (a.has(QStringLiteral("formula")))
        e->formula = a.option(QStringLiteral("formula")) == QLatin1String("manual")
                         ? QString()
                         : a.option(QStringLiteral("formula"));
    if (a.has(QStringLiteral("direction"))) {
        const QString d = a.option(QStringLiteral("direction")).trimmed();
        static const QStringList known = {QStringLiteral(">="), QStringLiteral("<="),
                                          QStringLiteral("≥"), QStringLiteral("≤")};
        if (!known.contains(d)) {
            *error =
                QCoreApplication::translate("tuoyu::cli", "--direction 应为 >= 或 <=，不是“%1”")
                    .arg(d);
            return false;
        }
        e->direction = directionFromSymbol(d);
    }
    if (a.has(QStringLiteral("targets"))) {
        // "2024=4.5,2025=5": one target per year (staged targets).
        e->targets.clear();
        for (const QString &part :
             a.option(QStringLiteral("targets"))
                 .split(QRegularExpression(QStringLiteral("[,，;；]")), Qt::SkipEmptyParts)) {
            const QStringList yv = part.split(QLatin1Char('='));
            bool yearOk = false;
            bool valueOk = false;
            const int year = yv.value(0).trimmed().toInt(&yearOk);
            const double value = yv.value(1).trimmed().toDouble(&valueOk);
            if (yv.size() != 2 || !yearOk || !valueOk) {
                *error = QCoreApplication::translate("tuoyu::cli",
                                                     "--targets 应写作 年份=目标值，逗号分隔（如 "
                                                     "2024=4.5,2025=5），“%1”不对")
                             .arg(part);
                return false;
            }
            e->targets.append({year, value});
        }
    }
    return true;
}

std::optional<Indicator> storedIndicator(Workspace *ws, qint64 id)
{
    SqlQuery q(ws->db());
    q.prepare(QStringLiteral("SELECT plan_id FROM indicator WHERE id = ?"));
    q.addBindValue(id);
    if (!q.exec() || !q.next())
        return std::nullopt;
    for (const Indicator &i : IndicatorRepository(ws).indicators(q.value(0).toLongLong()))
        if (i.id == id)
            return i;
    return std::nullopt;
}

QJsonValue indicatorsJson(Workspace *ws, qint64 planId)
{
    QJsonArray list;
    for (const Indicator &i : IndicatorRepository(ws).indicators(planId))
        list.append(indicatorJson(i));
    return list;
}

int verbIndicatorAdd(const Arguments &a)
{
    return execute(
        a, true,
        [&a](Workspace *ws, qint64 planId, QString *error) -> std::unique_ptr<WorkspaceCommand> {
            indicatorcommands::IndicatorEdit e;
            if (!indicatorEdit(a, &e, error))
                return nullptr;
            return indicatorcommands::add(ws, planId, e, error);
        },
        indicatorsJson);
}

int verbIndicatorEdit(const Arguments &a)
{
    qint64 planId = 0;
    return execute(
        a, false,
        [&a, &planId](Workspace *ws, qint64, QString *error) -> std::unique_ptr<WorkspaceCommand> {
            const qint64 id = idOption(a, QStringLiteral("indicator"), error);
            if (!id)
                return nullptr;
            const auto stored = storedIndicator(ws, id);
            if (!stored) {
                *error = QCoreApplication::translate("tuoyu::cli", "找不到指标 #%1").arg(id);
                return nullptr;
            }
            planId = stored->planId;
            indicatorcommands::IndicatorEdit e{stored->tier,      stored->name,    stored->unit,
                                               stored->direction, stored->formula, stored->targets};
            if (!indicatorEdit(a, &e, error))
                return nullptr;
            return indicatorcommands::edit(ws, id, e, error);
        },
        [&planId](Workspace *ws, qint64) { return indicatorsJson(ws, planId); });
}

int verbIndicatorDelete(const Arguments &a)
{
    return execute(
        a, false, [&a](Workspace *ws, qint64, QString *error) -> std::unique_ptr<WorkspaceCommand> {
            const qint64 id = idOption(a, QStringLiteral("indicator"), error);
            return id ? indicatorcommands::remove(ws, id, error) : nullptr;
        });
}

// ---- decomposition layout -------------------------------------------------------------------

QJsonValue layoutJson(Workspace *ws, qint64 planId)
{
    const DecompositionLayout l = DecompositionRepository(ws).layout(planId);
    QJsonArray items;
    for (const DecompositionItem &i : l.items)
        items.append(QJsonObject{{QStringLiteral("id"), i.id},
                                 {QStringLiteral("name"), i.name},
                                 {QStringLiteral("unit"), textOrNull(i.unit)}});
    QJsonArray years;
    for (int y : l.years)
        years.append(y);
    QJsonArray columns;
    for (const DecompositionColumn &c : l.columns)
        columns.append(
            QJsonObject{{QStringLiteral("name"), c.name},
                        {QStringLiteral("kind"),
                         c.areaId ? QStringLiteral("area") : QStringLiteral("department")},
                        {QStringLiteral("id"), c.areaId ? c.areaId : c.departmentId}});
    return QJsonObject{{QStringLiteral("items"), items},
                       {QStringLiteral("years"), years},
                       {QStringLiteral("columns"), columns}};
}

int verbDecompositionLayout(const Arguments &a)
{
    PlanScope scope;
    if (const int code = openPlanScope(a, &scope); code != Done)
        return code;
    printJson(layoutJson(scope.workspace.get(), scope.plan->id));
    return Done;
}

int yearOption(const Arguments &a, QString *error)
{
    bool ok = false;
    const int year = a.option(QStringLiteral("year")).toInt(&ok);
    if (!ok)
        *error = QCoreApplication::translate("tuoyu::cli", "--year 应为年份，不是“%1”")
                     .arg(a.option(QStringLiteral("year")));
    return ok ? year : 0;
}

/// --area NAME or --department NAME: the column's area or department id (of the plan).
bool columnOption(Workspace *ws, qint64 planId, const Arguments &a, qint64 *areaId,
                  qint64 *departmentId, QString *error)
{
    *areaId = 0;
    *departmentId = 0;
    if (a.has(QStringLiteral("area")) == a.has(QStringLiteral("department"))) {
        *error = QCoreApplication::translate("tuoyu::cli", "--area 与 --department 应给且只给一个");
        return false;
    }
    if (a.has(QStringLiteral("area"))) {
        for (const Area &area : IndicatorRepository(ws).areas())
            if (area.name == a.option(QStringLiteral("area")).trimmed())
                *areaId = area.id;
        if (!*areaId)
            *error = QCoreApplication::translate("tuoyu::cli",
                                                 "没有乡镇（街道）“%1”（先用 area-add 添加）")
                         .arg(a.option(QStringLiteral("area")));
        return *areaId != 0;
    }
    for (const Department &d : PlanRepository(ws).departments(planId))
        if (d.name == a.option(QStringLiteral("department")).trimmed())
            *departmentId = d.id;
    if (!*departmentId)
        *error = QCoreApplication::translate("tuoyu::cli", "计划中没有部门“%1”")
                     .arg(a.option(QStringLiteral("department")));
    return *departmentId != 0;
}

int verbDecompositionItemAdd(const Arguments &a)
{
    return execute(
        a, true,
        [&a](Workspace *ws, qint64 planId, QString *error) {
            return decompositioncommands::addItem(ws, planId, a.option(QStringLiteral("name")),
                                                  a.option(QStringLiteral("unit")), error);
        },
        layoutJson);
}

int verbDecompositionItemDelete(const Arguments &a)
{
    return execute(
        a, true,
        [&a](Workspace *ws, qint64, QString *error) -> std::unique_ptr<WorkspaceCommand> {
            const qint64 id = idOption(a, QStringLiteral("item"), error);
            return id ? decompositioncommands::removeItem(ws, id, error) : nullptr;
        },
        layoutJson);
}

int verbDecompositionYear(const Arguments &a, bool add)
{
    return execute(
        a, true,
        [&a, add](Workspace *ws, qint64 planId,
                  QString *error) -> std::unique_ptr<WorkspaceCommand> {
            const int year = yearOption(a, error);
            if (!year)
                return nullptr;
            return add ? decompositioncommands::addYear(ws, planId, year, error)
                       : decompositioncommands::removeYear(ws, planId, year, error);
        },
        layoutJson);
}

int verbDecompositionColumn(const Arguments &a, bool add)
{
    return execute(
        a, true,
        [&a, add](Workspace *ws, qint64 planId,
                  QString *error) -> std::unique_ptr<WorkspaceCommand> {
            qint64 areaId = 0;
            qint64 departmentId = 0;
            if (!columnOption(ws, planId, a, &areaId, &departmentId, error))
                return nullptr;
            return add ? decompositioncommands::addColumn(ws, planId, areaId, departmentId, error)
                       : decompositioncommands::removeColumn(ws, planId, areaId, departmentId,
                                                             error);
        },
        layoutJson);
}

// ---- areas and the leading group ------------------------------------------------------------

QJsonValue areasJson(Workspace *ws, qint64)
{
    QJsonArray list;
    for (const Area &area : IndicatorRepository(ws).areas())
        list.append(QJsonObject{{QStringLiteral("id"), area.id},
                                {QStringLiteral("name"), area.name},
                                {QStringLiteral("kind"), textOrNull(area.kind)}});
    return list;
}

int verbAreas(const Arguments &a)
{
    QString error;
    auto ws = openWorkspace(a.positional[0], &error);
    if (!ws)
        return fail(BadInput, error);
    printJson(areasJson(ws.get(), 0));
    return Done;
}

int verbAreaAdd(const Arguments &a)
{
    return execute(
        a, false,
        [&a](Workspace *ws, qint64, QString *error) {
            return areacommands::add(ws, a.option(QStringLiteral("name")),
                                     a.option(QStringLiteral("kind")), error);
        },
        areasJson);
}

int verbAreaEdit(const Arguments &a)
{
    return execute(
        a, false,
        [&a](Workspace *ws, qint64, QString *error) -> std::unique_ptr<WorkspaceCommand> {
            const qint64 id = idOption(a, QStringLiteral("area"), error);
            if (!id)
                return nullptr;
            QString name;
            QString kind;
            for (const Area &area : IndicatorRepository(ws).areas())
                if (area.id == id) {
                    name = area.name;
                    kind = area.kind;
                }
            if (a.has(QStringLiteral("name")))
                name = a.option(QStringLiteral("name"));
            if (a.has(QStringLiteral("kind")))
                kind = a.option(QStringLiteral("kind"));
            return areacommands::edit(ws, id, name, kind, error);
        },
        areasJson);
}

int verbAreaDelete(const Arguments &a)
{
    return execute(
        a, false,
        [&a](Workspace *ws, qint64, QString *error) -> std::unique_ptr<WorkspaceCommand> {
            const qint64 id = idOption(a, QStringLiteral("area"), error);
            return id ? areacommands::remove(ws, id, error) : nullptr;
        },
        areasJson);
}

LeadingGroupMember memberOptions(const Arguments &a, LeadingGroupMember m)
{
    if (a.has(QStringLiteral("role")))
        m.role = a.option(QStringLiteral("role"));
    if (a.has(QStringLiteral("name")))
        m.name = a.option(QStringLiteral("name"));
    if (a.has(QStringLiteral("position")))
        m.position = a.option(QStringLiteral("position"));
    if (a.has(QStringLiteral("unit")))
        m.unit = a.option(QStringLiteral("unit"));
    return m;
}

int verbGroupAdd(const Arguments &a)
{
    return execute(
        a, true,
        [&a](Workspace *ws, qint64 planId, QString *error) {
            return leadinggroupcommands::add(ws, planId, memberOptions(a, {}), error);
        },
        planJson);
}

/// The stored member --member names, in whichever plan it is.
std::optional<LeadingGroupMember> storedMember(Workspace *ws, qint64 id)
{
    for (const Plan &p : PlanRepository(ws).plans())
        for (const LeadingGroupMember &m : PlanRepository(ws).leadingGroup(p.id))
            if (m.id == id)
                return m;
    return std::nullopt;
}

int verbGroupEdit(const Arguments &a)
{
    return execute(
        a, true,
        [&a](Workspace *ws, qint64, QString *error) -> std::unique_ptr<WorkspaceCommand> {
            const qint64 id = idOption(a, QStringLiteral("member"), error);
            if (!id)
                return nullptr;
            const auto stored = storedMember(ws, id);
            if (!stored) {
                *error =
                    QCoreApplication::translate("tuoyu::cli", "找不到领导小组成员 #%1").arg(id);
                return nullptr;
            }
            return leadinggroupcommands::edit(ws, id, memberOptions(a, *stored), error);
        },
        planJson);
}

int verbGroupDelete(const Arguments &a)
{
    return execute(
        a, true,
        [&a](Workspace *ws, qint64, QString *error) -> std::unique_ptr<WorkspaceCommand> {
            const qint64 id = idOption(a, QStringLiteral("member"), error);
            return id ? leadinggroupcommands::remove(ws, id, error) : nullptr;
        },
        planJson);
}

} // namespace

void registerPlanPartsVerbs(VerbTable &table)
{
    const QString plan = QStringLiteral("plan");
    const QString json = QStringLiteral("json");
    const QStringList indicatorOptions = {plan,
                                          QStringLiteral("indicator"),
                                          QStringLiteral("name"),
                                          QStringLiteral("tier"),
                                          QStringLiteral("unit"),
                                          QStringLiteral("direction"),
                                          QStringLiteral("formula"),
                                          QStringLiteral("targets")};
    const QStringList columnOptions = {plan, QStringLiteral("area"), QStringLiteral("department")};
    const QStringList memberOptions = {plan,
                                       QStringLiteral("member"),
                                       QStringLiteral("role"),
                                       QStringLiteral("name"),
                                       QStringLiteral("position"),
                                       QStringLiteral("unit")};
    const VerbTable verbs = {
        {QStringLiteral("plan-new"),
         {QStringLiteral("plan-new FILE [--template ID | --template-file X.json] [--title T] "
                         "[--json]"),
          1,
          {QStringLiteral("template"), QStringLiteral("template-file"), QStringLiteral("title")},
          {json},
          verbPlanNew}},
        {QStringLiteral("plan-show"),
         {QStringLiteral("plan-show FILE [--plan ID] --json"), 1, {plan}, {json}, verbPlanShow}},
        {QStringLiteral("plan-edit"),
         {QCoreApplication::translate(
              "tuoyu::cli", "plan-edit FILE [--plan ID] [--title T] [--short-title T] "
                            "[--start YYYY-MM-DD] [--end YYYY-MM-DD] [--issuing-units A、B] "
                            "[--source-document T] [--json]"),
          1,
          {plan, QStringLiteral("title"), QStringLiteral("short-title"), QStringLiteral("start"),
           QStringLiteral("end"), QStringLiteral("issuing-units"),
           QStringLiteral("source-document")},
          {json},
          verbPlanEdit}},
        {QStringLiteral("plan-delete"),
         {QStringLiteral("plan-delete FILE --plan ID"), 1, {plan}, {}, verbPlanDelete}},
        {QStringLiteral("indicator-formulas"),
         {QStringLiteral("indicator-formulas [--json]"), 0, {}, {json}, verbIndicatorFormulas}},
        {QStringLiteral("indicator-add"),
         {QCoreApplication::translate(
              "tuoyu::cli",
              "indicator-add FILE [--plan ID] --name N [--tier 数量|质量|社会效益|满意度|"
              "公办托育] [--unit U] [--direction >=|<=] [--formula KEY|manual] "
              "[--targets 2024=4.5,2025=5] [--json]"),
          1,
          indicatorOptions,
          {json},
          verbIndicatorAdd}},
        {QStringLiteral("indicator-edit"),
         {QStringLiteral("indicator-edit FILE --indicator ID [--name N] [--tier T] [--unit U] "
                         "[--direction >=|<=] [--formula KEY|manual] [--targets 2024=4.5,…] "
                         "[--json]"),
          1,
          indicatorOptions,
          {json},
          verbIndicatorEdit}},
        {QStringLiteral("indicator-delete"),
         {QStringLiteral("indicator-delete FILE --indicator ID"),
          1,
          {QStringLiteral("indicator")},
          {},
          verbIndicatorDelete}},
        {QStringLiteral("decomposition-layout"),
         {QStringLiteral("decomposition-layout FILE [--plan ID] --json"),
          1,
          {plan},
          {json},
          verbDecompositionLayout}},
        {QStringLiteral("decomposition-item-add"),
         {QStringLiteral("decomposition-item-add FILE [--plan ID] --name N [--unit U] [--json]"),
          1,
          {plan, QStringLiteral("name"), QStringLiteral("unit")},
          {json},
          verbDecompositionItemAdd}},
        {QStringLiteral("decomposition-item-delete"),
         {QStringLiteral("decomposition-item-delete FILE --item ID [--json]"),
          1,
          {plan, QStringLiteral("item")},
          {json},
          verbDecompositionItemDelete}},
        {QStringLiteral("decomposition-year-add"),
         {QStringLiteral("decomposition-year-add FILE [--plan ID] --year Y [--json]"),
          1,
          {plan, QStringLiteral("year")},
          {json},
          [](const Arguments &a) { return verbDecompositionYear(a, true); }}},
        {QStringLiteral("decomposition-year-delete"),
         {QStringLiteral("decomposition-year-delete FILE [--plan ID] --year Y [--json]"),
          1,
          {plan, QStringLiteral("year")},
          {json},
          [](const Arguments &a) { return verbDecompositionYear(a, false); }}},
        {QStringLiteral("decomposition-column-add"),
         {QStringLiteral("decomposition-column-add FILE [--plan ID] --area NAME|--department NAME "
                         "[--json]"),
          1,
          columnOptions,
          {json},
          [](const Arguments &a) { return verbDecompositionColumn(a, true); }}},
        {QStringLiteral("decomposition-column-delete"),
         {QStringLiteral("decomposition-column-delete FILE [--plan ID] --area NAME|--department "
                         "NAME [--json]"),
          1,
          columnOptions,
          {json},
          [](const Arguments &a) { return verbDecompositionColumn(a, false); }}},
        {QStringLiteral("areas"), {QStringLiteral("areas FILE --json"), 1, {}, {json}, verbAreas}},
        {QStringLiteral("area-add"),
         {QCoreApplication::translate("tuoyu::cli",
                                      "area-add FILE --name N [--kind 乡镇|街道] [--json]"),
          1,
          {QStringLiteral("name"), QStringLiteral("kind")},
          {json},
          verbAreaAdd}},
        {QStringLiteral("area-edit"),
         {QCoreApplication::translate(
              "tuoyu::cli", "area-edit FILE --area ID [--name N] [--kind 乡镇|街道] [--json]"),
          1,
          {QStringLiteral("area"), QStringLiteral("name"), QStringLiteral("kind")},
          {json},
          verbAreaEdit}},
        {QStringLiteral("area-delete"),
         {QStringLiteral("area-delete FILE --area ID [--json]"),
          1,
          {QStringLiteral("area")},
          {json},
          verbAreaDelete}},
        {QStringLiteral("group-add"),
         {QStringLiteral("group-add FILE [--plan ID] [--role R] [--name N] [--position P] "
                         "[--unit U] [--json]"),
          1,
          memberOptions,
          {json},
          verbGroupAdd}},
        {QStringLiteral("group-edit"),
         {QStringLiteral("group-edit FILE --member ID [--role R] [--name N] [--position P] "
                         "[--unit U] [--json]"),
          1,
          memberOptions,
          {json},
          verbGroupEdit}},
        {QStringLiteral("group-delete"),
         {QStringLiteral("group-delete FILE --member ID [--json]"),
          1,
          memberOptions,
          {json},
          verbGroupDelete}},
    };
    table.insert(verbs);
}

} // namespace tuoyu::cli
