// Editing a plan's parts by hand: indicators, the decomposition table's layout, areas, the
// leading group, the plan's header, and a second plan in the same workspace. Every command is
// done, undone and redone on a real workspace made from a shipped template.

#include "commands/areacommands.h"
#include "commands/decompositioncommands.h"
#include "commands/indicatorcommands.h"
#include "commands/institutioncommands.h"
#include "commands/leadinggroupcommands.h"
#include "commands/plancommands.h"
#include "commands/planheadercommands.h"
#include "indicators/indicatorengine.h"
#include "storage/decompositionrepository.h"
#include "storage/indicatorrepository.h"
#include "storage/institutionrepository.h"
#include "storage/planrepository.h"
#include "templates/templatelibrary.h"
#include "testworkspace.h"

#include <QFile>
#include <QSqlQuery>
#include <QUndoStack>

#include <catch2/catch.hpp>

using namespace tuoyu;
using test::auditRows;
using test::doUndoRedo;
using test::dumpTables;

namespace {

std::optional<Indicator> indicatorNamed(Workspace *ws, qint64 planId, const QString &name)
{
    for (const Indicator &i : IndicatorRepository(ws).indicators(planId))
        if (i.name == name)
            return i;
    return std::nullopt;
}

QString auditCommand(Workspace *ws, const QString &table)
{
    QSqlQuery q(ws->db());
    q.prepare(QStringLiteral("SELECT command FROM audit_log WHERE table_name = ? AND action = "
                             "'do' ORDER BY id DESC LIMIT 1"));
    q.addBindValue(table);
    return q.exec() && q.next() ? q.value(0).toString() : QString();
}

} // namespace

TEST_CASE("Every formula has a name, a definition and a unit, stated once in the engine")
{
    const QList<IndicatorFormula> formulas = IndicatorEngine::formulas();
    REQUIRE(formulas.size() == IndicatorEngine::formulaKeys().size());
    QSet<QString> keys;
    for (const IndicatorFormula &f : formulas) {
        INFO(f.key.toStdString());
        CHECK(!f.name.isEmpty());
        CHECK(!f.definition.isEmpty());
        CHECK(!f.unit.isEmpty());
        CHECK(IndicatorEngine::formulaDescription(f.key) == f.definition);
        keys.insert(f.key);
    }
    CHECK(keys.size() == formulas.size());
    CHECK(IndicatorEngine::formula(QStringLiteral("puhui_share"))->name ==
          QStringLiteral("普惠托位占比"));
    CHECK_FALSE(IndicatorEngine::formula(QStringLiteral("no_such_formula")));
}

TEST_CASE("A blank plan gets indicators by hand: add with staged targets, edit, delete")
{
    test::TempWorkspace t;
    const qint64 planId = test::createPlan(t.get(), QStringLiteral("blank"));
    CHECK(IndicatorRepository(t.get()).indicators(planId).isEmpty());

    indicatorcommands::IndicatorEdit e;
    e.tier = tier::quantity();
    e.name = QStringLiteral("每千人口托位数");
    e.unit = QStringLiteral("个");
    e.formula = QStringLiteral("slots_per_1000_population");
    e.targets = {{2024, 4.0}, {2025, 4.5}};
    QString error;
    doUndoRedo(t, indicatorcommands::add(t.get(), planId, e, &error), error);
    auto stored = indicatorNamed(t.get(), planId, e.name);
    REQUIRE(stored);
    CHECK(stored->tier == tier::quantity());
    CHECK(stored->formula == e.formula);
    REQUIRE(stored->targets.size() == 2);
    CHECK(stored->targetFor(2024)->value == 4.0);
    CHECK(stored->targetFor(2026)->value == 4.5);
    CHECK(auditCommand(t.get(), QStringLiteral("indicator")) ==
          QStringLiteral("新增指标“每千人口托位数”"));

    // A manual indicator beside it, at most a bound.
    indicatorcommands::IndicatorEdit m;
    m.tier = tier::satisfaction();
    m.name = QStringLiteral("家长投诉数");
    m.unit = QStringLiteral("件");
    m.direction = Direction::AtMost;
    m.targets = {{2025, 3}};
    doUndoRedo(t, indicatorcommands::add(t.get(), planId, m, &error), error);
    CHECK(indicatorNamed(t.get(), planId, m.name)->direction == Direction::AtMost);

    // Edit: one target changed, one removed, one added; the name and the tier change.
    e.name = QStringLiteral("每千常住人口托位数");
    e.tier = tier::quality();
    e.targets = {{2025, 5.0}, {2026, 5.5}};
    doUndoRedo(t, indicatorcommands::edit(t.get(), stored->id, e, &error), error);
    stored = indicatorNamed(t.get(), planId, e.name);
    REQUIRE(stored);
    REQUIRE(stored->targets.size() == 2);
    CHECK(stored->targets[0].year == 2025);
    CHECK(stored->targets[0].value == 5.0);
    CHECK(stored->targets[1].year == 2026);

    // The same edit again is no change.
    CHECK_FALSE(indicatorcommands::edit(t.get(), stored->id, e, &error));
    CHECK(error == QStringLiteral("没有改动"));

    // A value entered, then the indicator deleted: undo gives the value back too.
    REQUIRE(t->execute(plancommands::addIndicatorValue(t.get(), stored->id, QDate(2025, 6, 30), 4.8,
                                                       QStringLiteral("统计报表"), &error),
                       &error));
    CHECK(indicatorcommands::removalSummary(t.get(), stored->id) ==
          QStringLiteral("2个年度目标、1条录入的实际值"));
    doUndoRedo(t, indicatorcommands::remove(t.get(), stored->id, &error), error);
    CHECK_FALSE(indicatorNamed(t.get(), planId, e.name));
    t->undoStack()->undo();
    CHECK(IndicatorRepository(t.get()).values(stored->id).size() == 1);
}

TEST_CASE("Bad indicator edits change nothing and say which indicator and field")
{
    test::TempWorkspace t;
    const qint64 planId = test::createPlan(t.get(), QStringLiteral("tunliu"));
    const QString before = dumpTables(t.get());
    QString error;
    indicatorcommands::IndicatorEdit e;
    e.name = QStringLiteral("  ");
    CHECK_FALSE(indicatorcommands::add(t.get(), planId, e, &error));
    CHECK(error == QStringLiteral("指标名称不能为空"));
    e.name = QStringLiteral("新指标");
    e.tier = QStringLiteral("产出");
    CHECK_FALSE(indicatorcommands::add(t.get(), planId, e, &error));
    CHECK(error.contains(QStringLiteral("“新指标”的层级“产出”不对")));
    e.tier = tier::quantity();
    e.formula = QStringLiteral("slots_per_cat");
    CHECK_FALSE(indicatorcommands::add(t.get(), planId, e, &error));
    CHECK(error.contains(QStringLiteral("公式“slots_per_cat”不在公式列表中")));
    e.formula.clear();
    e.targets = {{2025, 1}, {2025, 2}};
    CHECK_FALSE(indicatorcommands::add(t.get(), planId, e, &error));
    CHECK(error == QStringLiteral("“新指标”的2025年目标填了两次"));
    e.targets = {{2025, -1}};
    CHECK_FALSE(indicatorcommands::add(t.get(), planId, e, &error));
    CHECK(error == QStringLiteral("“新指标”的2025年目标应为不小于 0 的数"));
    const Indicator existing = IndicatorRepository(t.get()).indicators(planId).first();
    e.targets.clear();
    e.name = existing.name;
    CHECK_FALSE(indicatorcommands::add(t.get(), planId, e, &error));
    CHECK(error == QStringLiteral("计划中已有指标“%1”").arg(existing.name));
    CHECK_FALSE(indicatorcommands::remove(t.get(), 999999, &error));
    CHECK(error == QStringLiteral("找不到指标 #999999"));
    CHECK(dumpTables(t.get()) == before);
}

TEST_CASE("Decomposition layout by hand: items, years and columns, the grid follows")
{
    test::TempWorkspace t;
    const qint64 planId = test::createPlan(t.get(), QStringLiteral("blank"));
    QString error;
    REQUIRE(t->execute(
        areacommands::add(t.get(), QStringLiteral("城关镇"), QStringLiteral("乡镇"), &error),
        &error));
    REQUIRE(t->execute(
        plancommands::addDepartment(t.get(), planId, QStringLiteral("区教育局"), &error), &error));
    const qint64 areaId = IndicatorRepository(t.get()).areas().first().id;
    const qint64 departmentId = PlanRepository(t.get()).departments(planId).first().id;

    doUndoRedo(t,
               decompositioncommands::addItem(t.get(), planId, QStringLiteral("新增托位数"),
                                              QStringLiteral("个"), &error),
               error);
    doUndoRedo(t, decompositioncommands::addYear(t.get(), planId, 2025, &error), error);
    doUndoRedo(t, decompositioncommands::addYear(t.get(), planId, 2024, &error), error);
    doUndoRedo(t, decompositioncommands::addColumn(t.get(), planId, 0, departmentId, &error),
               error);
    doUndoRedo(t, decompositioncommands::addColumn(t.get(), planId, areaId, 0, &error), error);
    DecompositionLayout layout = DecompositionRepository(t.get()).layout(planId);
    REQUIRE(layout.items.size() == 1);
    CHECK(layout.years == QList<int>{2024, 2025});
    REQUIRE(layout.columns.size() == 2);
    CHECK(layout.columns[0].name == QStringLiteral("城关镇")); // areas before departments
    CHECK(layout.columns[1].name == QStringLiteral("区教育局"));

    // Twice is refused.
    CHECK_FALSE(decompositioncommands::addYear(t.get(), planId, 2025, &error));
    CHECK(error == QStringLiteral("分解表中已有2025年"));
    CHECK_FALSE(decompositioncommands::addColumn(t.get(), planId, areaId, 0, &error));
    CHECK(error == QStringLiteral("分解表中已有“城关镇”一列"));

    // Figures in the cells; removing the year takes its cells, undo gives them back.
    const qint64 itemId = layout.items.first().id;
    REQUIRE(t->execute(plancommands::setDecompositionValue(t.get(), itemId, 2025, areaId, 0,
                                                           QStringLiteral("target"), 30, &error),
                       &error));
    REQUIRE(t->execute(plancommands::setDecompositionValue(t.get(), itemId, 2024, areaId, 0,
                                                           QStringLiteral("target"), 10, &error),
                       &error));
    doUndoRedo(t, decompositioncommands::removeYear(t.get(), planId, 2025, &error), error);
    CHECK(DecompositionRepository(t.get()).layout(planId).years == QList<int>{2024});
    CHECK(DecompositionRepository(t.get()).cells(planId).size() == 1);
    doUndoRedo(t, decompositioncommands::removeColumn(t.get(), planId, areaId, 0, &error), error);
    CHECK(DecompositionRepository(t.get()).cells(planId).isEmpty());
    layout = DecompositionRepository(t.get()).layout(planId);
    REQUIRE(layout.columns.size() == 1);
    CHECK(layout.columns[0].name == QStringLiteral("区教育局"));
    t->undoStack()->undo();
    CHECK(DecompositionRepository(t.get()).cells(planId).size() == 1);
    doUndoRedo(t, decompositioncommands::removeItem(t.get(), itemId, &error), error);
    CHECK(DecompositionRepository(t.get()).layout(planId).items.isEmpty());
    CHECK(DecompositionRepository(t.get()).cells(planId).isEmpty());
}

TEST_CASE("An imported decomposition table's years and columns are its layout")
{
    test::TempWorkspace t;
    const qint64 planId = test::createPlan(t.get(), QStringLiteral("tianning"));
    const DecompositionLayout layout = DecompositionRepository(t.get()).layout(planId);
    QSet<int> years;
    QSet<QString> columns;
    for (const DecompositionRow &r : DecompositionRepository(t.get()).cells(planId)) {
        years.insert(r.year);
        if (!r.isTotal())
            columns.insert(r.column);
    }
    CHECK(QSet<int>(layout.years.cbegin(), layout.years.cend()) == years);
    CHECK(layout.columns.size() == columns.size());
    QString error;
    // A column of the table is removed with every cell under it, in every year.
    const DecompositionColumn first = layout.columns.first();
    doUndoRedo(t,
               decompositioncommands::removeColumn(t.get(), planId, first.areaId,
                                                   first.departmentId, &error),
               error);
    for (const DecompositionRow &r : DecompositionRepository(t.get()).cells(planId))
        CHECK(r.column != first.name);
}

TEST_CASE("Areas: add, rename, delete, the registry keeps its institutions and undo their area")
{
    test::TempWorkspace t;
    test::createPlan(t.get(), QStringLiteral("tunliu"));
    QString error;
    doUndoRedo(
        t, areacommands::add(t.get(), QStringLiteral("新城街道"), QStringLiteral("街道"), &error),
        error);
    CHECK_FALSE(areacommands::add(t.get(), QStringLiteral("新城街道"), QString(), &error));
    CHECK(error == QStringLiteral("已有乡镇（街道）“新城街道”"));
    CHECK_FALSE(areacommands::add(t.get(), QStringLiteral("东区"), QStringLiteral("区"), &error));
    CHECK(error.contains(QStringLiteral("“东区”的类别“区”不对")));

    // Two of the registry's institutions in one town (tunliu's list names none).
    Area used = IndicatorRepository(t.get()).areas().first();
    const QList<Institution> registry = InstitutionRepository(t.get()).all();
    REQUIRE(registry.size() >= 2);
    for (int i = 0; i < 2; ++i)
        REQUIRE(
            t->execute(institutioncommands::edit(t.get(), registry[i].id,
                                                 {{QStringLiteral("area_id"), used.id}}, &error),
                       &error));
    const qint64 institutions = 2;
    doUndoRedo(t,
               areacommands::edit(t.get(), used.id, used.name + QStringLiteral("（新）"), used.kind,
                                  &error),
               error);
    CHECK(areacommands::removalSummary(t.get(), used.id)
              .startsWith(QStringLiteral("%1家机构将不再属于任何乡镇（街道）").arg(institutions)));
    const qint64 before = InstitutionRepository(t.get()).count();
    doUndoRedo(t, areacommands::remove(t.get(), used.id, &error), error);
    CHECK(InstitutionRepository(t.get()).count() == before);
    CHECK(InstitutionRepository(t.get()).byId(registry[0].id)->areaId == 0);
    t->undoStack()->undo();
    CHECK(InstitutionRepository(t.get()).byId(registry[0].id)->areaId == used.id);
}

TEST_CASE("Leading group members: add, edit, delete")
{
    test::TempWorkspace t;
    const qint64 planId = test::createPlan(t.get(), QStringLiteral("blank"));
    QString error;
    LeadingGroupMember m;
    m.role = QStringLiteral("组长");
    m.name = QStringLiteral("张三");
    m.position = QStringLiteral("副区长");
    doUndoRedo(t, leadinggroupcommands::add(t.get(), planId, m, &error), error);
    const QList<LeadingGroupMember> group = PlanRepository(t.get()).leadingGroup(planId);
    REQUIRE(group.size() == 1);
    CHECK(group.first().name == QStringLiteral("张三"));
    m.position = QStringLiteral("区长");
    doUndoRedo(t, leadinggroupcommands::edit(t.get(), group.first().id, m, &error), error);
    CHECK(PlanRepository(t.get()).leadingGroup(planId).first().position == QStringLiteral("区长"));
    CHECK_FALSE(leadinggroupcommands::add(t.get(), planId, LeadingGroupMember{}, &error));
    CHECK(error == QStringLiteral("领导小组成员应填写姓名或单位"));
    doUndoRedo(t, leadinggroupcommands::remove(t.get(), group.first().id, &error), error);
    CHECK(PlanRepository(t.get()).leadingGroup(planId).isEmpty());
}

TEST_CASE("The plan's header: short title, source document, issuing units, period")
{
    test::TempWorkspace t;
    const qint64 planId = test::createPlan(t.get(), QStringLiteral("zhejiang"));
    Plan h = *PlanRepository(t.get()).plan(planId);
    QString error;
    CHECK_FALSE(planheadercommands::edit(t.get(), planId, h, &error));
    CHECK(error == QStringLiteral("没有改动"));
    h.shortTitle = QStringLiteral("三年行动");
    h.sourceDocument = QStringLiteral("某政办发〔2024〕1号");
    h.issuingUnits = {QStringLiteral("区卫健局"), QStringLiteral("区财政局")};
    h.periodEnd = QDate(2026, 12, 31);
    doUndoRedo(t, planheadercommands::edit(t.get(), planId, h, &error), error);
    const Plan stored = *PlanRepository(t.get()).plan(planId);
    CHECK(stored.shortTitle == h.shortTitle);
    CHECK(stored.sourceDocument == h.sourceDocument);
    CHECK(stored.issuingUnits == h.issuingUnits);
    // Inherited deadlines moved with the plan's end.
    for (const TaskView &task : PlanRepository(t.get()).tasks(planId))
        if (task.task.deadlineInherited)
            CHECK(task.task.deadline == QDate(2026, 12, 31));
    h.periodStart = QDate(2027, 1, 1);
    CHECK_FALSE(planheadercommands::edit(t.get(), planId, h, &error));
    CHECK(error == QStringLiteral("计划的结束日期不能早于开始日期"));
}

TEST_CASE("A second plan from a template keeps the workspace's district and registry")
{
    test::TempWorkspace t;
    const qint64 first = test::createPlan(t.get(), QStringLiteral("tunliu"));
    const qint64 institutions = InstitutionRepository(t.get()).count();
    const int areas = int(IndicatorRepository(t.get()).areas().size());
    QString error;
    auto draft = TemplateLibrary::load(QStringLiteral("quanzhou-taishang"), &error);
    REQUIRE(draft);
    doUndoRedo(t,
               planheadercommands::create(t.get(), *draft, QStringLiteral("示范项目方案"), &error),
               error);
    const QList<Plan> plans = PlanRepository(t.get()).plans();
    REQUIRE(plans.size() == 2);
    const Plan second = *PlanRepository(t.get()).defaultPlan();
    CHECK(second.id != first);
    CHECK(second.title == QStringLiteral("示范项目方案"));
    CHECK(InstitutionRepository(t.get()).count() == institutions);
    CHECK(IndicatorRepository(t.get()).areas().size() == areas);
    CHECK(IndicatorRepository(t.get()).indicators(second.id).size() == draft->indicators.size());
    // A blank one too.
    auto blank = TemplateLibrary::load(QStringLiteral("blank"), &error);
    REQUIRE(t->execute(planheadercommands::create(t.get(), *blank, QString(), &error), &error));
    CHECK(PlanRepository(t.get()).plans().size() == 3);
}

TEST_CASE("A template file is read as the shipped ones, and a bad one is named")
{
    QTemporaryDir dir;
    QFile shipped(QStringLiteral(":/templates/tunliu.json"));
    REQUIRE(shipped.open(QIODevice::ReadOnly));
    const QString good = dir.filePath(QStringLiteral("屯留.json"));
    QFile out(good);
    REQUIRE(out.open(QIODevice::WriteOnly));
    out.write(shipped.readAll());
    out.close();
    QString error;
    const auto draft = TemplateLibrary::loadFile(good, &error);
    REQUIRE(draft);
    CHECK(draft->templateId == QStringLiteral("tunliu"));
    const QString bad = dir.filePath(QStringLiteral("坏.json"));
    QFile b(bad);
    REQUIRE(b.open(QIODevice::WriteOnly));
    b.write("{\"plan\": ");
    b.close();
    CHECK_FALSE(TemplateLibrary::loadFile(bad, &error));
    CHECK(error.contains(QStringLiteral("坏.json")));
    CHECK_FALSE(TemplateLibrary::loadFile(dir.filePath(QStringLiteral("无.json")), &error));
    CHECK(error.contains(QStringLiteral("无法读取模板文件")));
}

TEST_CASE("Deleting a plan takes all that is its own and nothing of the district, undo restores")
{
    test::TempWorkspace t;
    const qint64 first = test::createPlan(t.get(), QStringLiteral("tunliu"));
    QString error;
    CHECK_FALSE(planheadercommands::remove(t.get(), first, &error));
    CHECK(error.contains(QStringLiteral("唯一的计划")));
    auto draft = TemplateLibrary::load(QStringLiteral("quanzhou-taishang"), &error);
    REQUIRE(t->execute(planheadercommands::create(t.get(), *draft, QString(), &error), &error));
    const qint64 second = PlanRepository(t.get()).defaultPlan()->id;
    const qint64 institutions = InstitutionRepository(t.get()).count();
    const QString summary = planheadercommands::removalSummary(t.get(), second);
    CHECK(summary.contains(QStringLiteral("个工程")));
    CHECK(summary.contains(QStringLiteral("个指标")));
    CHECK(summary.contains(QStringLiteral("条奖补规则")));
    doUndoRedo(t, planheadercommands::remove(t.get(), second, &error), error);
    CHECK(PlanRepository(t.get()).plans().size() == 1);
    CHECK(InstitutionRepository(t.get()).count() == institutions);
    CHECK(IndicatorRepository(t.get()).indicators(second).isEmpty());
    CHECK_FALSE(IndicatorRepository(t.get()).indicators(first).isEmpty());
    QSqlQuery q(t->db());
    q.exec(QStringLiteral("SELECT new_value FROM audit_log WHERE table_name IS NULL AND "
                          "action = 'do' ORDER BY id DESC LIMIT 1"));
    REQUIRE(q.next());
    CHECK(q.value(0).toString().contains(QStringLiteral("删除计划")));
}
