// Each shipped template, read back from a new workspace, against numbers taken from the source
// documents (docs/templates.md says where each one is printed).

#include "checks/datachecks.h"
#include "commands/plancommands.h"
#include "indicators/indicatorengine.h"
#include "storage/decompositionrepository.h"
#include "storage/indicatorrepository.h"
#include "storage/institutionrepository.h"
#include "storage/planrepository.h"
#include "templates/templatelibrary.h"
#include "testworkspace.h"

#include <QMap>
#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace tuoyu;

namespace {

struct Loaded : test::TempWorkspace
{
    qint64 plan = 0;
    explicit Loaded(const QString &id)
    {
        QString error;
        const auto draft = TemplateLibrary::load(id, &error);
        INFO(error.toStdString());
        REQUIRE(draft);
        auto command = plancommands::create(ws.get(), *draft, &error);
        REQUIRE(command);
        REQUIRE(ws->execute(std::move(command), &error));
        plan = PlanRepository(ws.get()).plans().first().id;
    }
    QList<int> projectsPerProgram() const
    {
        QList<int> counts;
        for (const ProgramNode &p : PlanRepository(ws.get()).tree(plan))
            counts << int(p.projects.size());
        return counts;
    }
    QMap<QString, int> indicatorsPerTier() const
    {
        QMap<QString, int> tiers;
        for (const Indicator &i : IndicatorRepository(ws.get()).indicators(plan))
            ++tiers[i.tier];
        return tiers;
    }
    int count(const QString &sql) const
    {
        QSqlQuery q(ws->db());
        REQUIRE(q.exec(sql));
        REQUIRE(q.next());
        return q.value(0).toInt();
    }
    QList<TaskView> tasks() const { return PlanRepository(ws.get()).tasks(plan); }
};

using Tiers = QMap<QString, int>;

void everyTaskHasADeadline(const Loaded &t, bool inherited)
{
    for (const TaskView &v : t.tasks()) {
        INFO(v.task.text.toStdString());
        CHECK(v.task.deadline.isValid());
        CHECK(v.task.deadlineInherited == inherited);
    }
}

} // namespace

TEST_CASE("Template list: blank first, then the five seeds")
{
    QStringList ids;
    for (const auto &e : TemplateLibrary::entries())
        ids << e.id;
    CHECK(ids == QStringList{QStringLiteral("blank"), QStringLiteral("tunliu"),
                             QStringLiteral("zhejiang"), QStringLiteral("quanzhou-taishang"),
                             QStringLiteral("huancui"), QStringLiteral("tianning")});
    QString error;
    CHECK_FALSE(TemplateLibrary::load(QStringLiteral("nowhere"), &error));
    CHECK(error.contains(QStringLiteral("tunliu")));
}

TEST_CASE("tunliu (000): 3 programs, 10 projects, 7 indicators, 21 institutions, 1180 slots")
{
    Loaded t(QStringLiteral("tunliu"));
    CHECK(t.projectsPerProgram() == QList<int>{4, 2, 4});
    const auto tasks = t.tasks();
    CHECK(tasks.size() == 10);
    CHECK(std::count_if(tasks.cbegin(), tasks.cend(), [](const TaskView &v) {
              return v.task.deadlineText == QStringLiteral("2024年7月") &&
                     v.task.deadline == QDate(2024, 7, 31);
          }) == 1);
    CHECK(std::count_if(tasks.cbegin(), tasks.cend(), [](const TaskView &v) {
              return v.task.deadlineText == QStringLiteral("2024年底") &&
                     v.task.deadline == QDate(2024, 12, 31);
          }) == 9);
    everyTaskHasADeadline(t, false);
    CHECK(t.indicatorsPerTier() == Tiers{{QStringLiteral("数量"), 2},
                                         {QStringLiteral("质量"), 2},
                                         {QStringLiteral("社会效益"), 2},
                                         {QStringLiteral("满意度"), 1}});
    const auto institutions = InstitutionRepository(t.get()).all();
    CHECK(institutions.size() == 21);
    qint64 slots = 0;
    QMap<QString, qint64> slotsByKind;
    for (const Institution &i : institutions) {
        slots += i.slots;
        slotsByKind[i.kindText] += i.slots;
    }
    CHECK(slots == 1180);
    CHECK(slotsByKind == QMap<QString, qint64>{{QStringLiteral("公办"), 480},
                                               {QStringLiteral("企业办"), 70},
                                               {QStringLiteral("卫健办"), 20},
                                               {QStringLiteral("社区办"), 20},
                                               {QStringLiteral("民办"), 230},
                                               {QStringLiteral("独立"), 360}});
    CHECK(PlanRepository(t.get()).leadingGroup(t.plan).size() == 12);
    CHECK(PlanRepository(t.get()).departments(t.plan).size() == 15);

    // 托位数 ≥ 1142 with actual 1180: 达标.
    bool found = false;
    for (const IndicatorResult &r :
         IndicatorEngine::evaluate(t.get(), t.plan, QDate(2024, 12, 31))) {
        if (r.indicator.name == QStringLiteral("托位数")) {
            found = true;
            CHECK(r.target->value == 1142);
            CHECK(*r.actual == 1180);
            CHECK(r.status == IndicatorStatus::Met);
        }
    }
    CHECK(found);
}

TEST_CASE("zhejiang (001): 18 measures, staged targets, deadlines inherited from 2025年底")
{
    Loaded t(QStringLiteral("zhejiang"));
    CHECK(t.projectsPerProgram() == QList<int>{4, 4, 3, 3, 2, 2});
    CHECK(t.tasks().size() == 18);
    for (const TaskView &v : t.tasks()) {
        CHECK(v.task.deadline == QDate(2025, 12, 31));
        CHECK(v.task.deadlineInherited);
    }
    // 001 names no tiers: none is assigned.
    CHECK(t.indicatorsPerTier() == Tiers{{QString(), 9}});
    int staged = 0;
    QStringList words;
    for (const Indicator &i : IndicatorRepository(t.get()).indicators(t.plan)) {
        staged += i.targets.size() == 2 ? 1 : 0;
        if (i.targets.size() == 2) {
            // The pilot stage keeps its printed label and words.
            CHECK(i.targets.first().year == 2023);
            CHECK(i.targets.first().label == QStringLiteral("省级普惠托育公共服务试点期限内"));
            CHECK_FALSE(i.targets.first().sourceText.isEmpty());
        }
        if (i.targetKind == TargetKind::Words) {
            CHECK(i.targets.isEmpty());
            CHECK(i.unit.isEmpty());
            CHECK(i.targetYear == 2025);
            words << i.targetText;
        }
    }
    CHECK(staged == 4);
    CHECK(words == QStringList{QStringLiteral("基本实现全覆盖"), QStringLiteral("实现应配尽配")});
    // No 任务清单: each measure's task is its text, not its title again.
    for (const ProgramNode &program : PlanRepository(t.get()).tree(t.plan))
        for (const auto &project : program.projects) {
            REQUIRE(project.tasks.size() == 1);
            INFO(project.project.title.toStdString());
            CHECK(project.tasks.first().task.text == project.project.description);
            CHECK(project.tasks.first().task.text != project.project.title);
        }
    CHECK(t.tasks().first().task.text.startsWith(QStringLiteral("出台幼儿园托班补助政策")));
    // The 18th measure is cut off in the source: it is the one task without a department.
    const auto findings = DataChecks::tasks(t.get(), t.plan);
    CHECK(findings.size() == 1);
    CHECK(findings.first().check == QStringLiteral("task_without_department"));
}

TEST_CASE("quanzhou-taishang (002): 13 projects, 15 indicators in five groups, subsidy rules")
{
    Loaded t(QStringLiteral("quanzhou-taishang"));
    CHECK(t.projectsPerProgram() == QList<int>{4, 3, 3, 3});
    const auto tasks = t.tasks();
    CHECK(tasks.size() == 13);
    everyTaskHasADeadline(t, false);
    QMap<QDate, int> byDeadline;
    for (const TaskView &v : tasks)
        ++byDeadline[v.task.deadline];
    CHECK(byDeadline == QMap<QDate, int>{{QDate(2025, 12, 31), 11},
                                         {QDate(2025, 6, 30), 1},
                                         {QDate(2025, 2, 28), 1}});
    CHECK(t.indicatorsPerTier() == Tiers{{QStringLiteral("数量"), 2},
                                         {QStringLiteral("质量"), 3},
                                         {QStringLiteral("社会效益"), 6},
                                         {QStringLiteral("满意度"), 1},
                                         {QStringLiteral("公办托育"), 3}});
    CHECK(t.count(QStringLiteral("SELECT COUNT(*) FROM indicator WHERE direction = '<='")) == 2);
    CHECK(t.count(QStringLiteral("SELECT COUNT(*) FROM subsidy_rule WHERE kind = 'per_child_month' "
                                 "AND amount_fen > 0")) == 2); // and one 金额待定 (三孩家庭…)
    CHECK(t.count(QStringLiteral(
              "SELECT COUNT(*) FROM subsidy_rule WHERE kind = 'capped_package'")) == 5);
    CHECK(t.count(QStringLiteral(
              "SELECT SUM(cap_fen) FROM subsidy_rule WHERE kind = 'capped_package'")) ==
          (10000 + 50000 + 10000 + 10000 + 500) * 100);
    CHECK(t.count(QStringLiteral(
              "SELECT amount_fen FROM subsidy_rule WHERE class_band = 'infant'")) == 30000);
    CHECK(t.count(QStringLiteral(
              "SELECT amount_fen FROM subsidy_rule WHERE class_band = 'toddler'")) == 20000);
}

TEST_CASE(
    "huancui (003): 18 items, the report's actual figures, deadlines inherited from 2023年8月底")
{
    Loaded t(QStringLiteral("huancui"));
    CHECK(t.projectsPerProgram() == QList<int>{6, 5, 3, 4});
    CHECK(t.tasks().size() == 18);
    for (const TaskView &v : t.tasks()) {
        CHECK(v.task.deadline == QDate(2023, 8, 31));
        CHECK(v.task.deadlineInherited);
        CHECK_FALSE(v.departments.isEmpty());
    }
    CHECK(t.count(QStringLiteral(
              "SELECT COUNT(*) FROM indicator_value WHERE value_date = '2023-06-27'")) == 4);
    QMap<QString, double> actuals;
    for (const IndicatorResult &r : IndicatorEngine::evaluate(t.get(), t.plan, QDate(2023, 8, 31)))
        if (r.actual && r.actualSource.contains(QStringLiteral("报告")))
            actuals.insert(r.indicator.name, *r.actual);
    QList<double> values = actuals.values();
    std::sort(values.begin(), values.end());
    CHECK(values == QList<double>{3.85, 6.07, 26.56, 50});

    // The plan's own names, its relative target with its year, and no tiers it does not name.
    CHECK(t.indicatorsPerTier() == Tiers{{QString(), 5}});
    QStringList relative;
    for (const Indicator &i : IndicatorRepository(t.get()).indicators(t.plan))
        if (i.targetKind == TargetKind::AboveAverage) {
            relative << i.name;
            CHECK(i.targetYear == 2023);
            CHECK(i.comparedWith == QStringList{QStringLiteral("全省"), QStringLiteral("全市")});
            CHECK(i.targetText == QStringLiteral("以上指标在市级评估验收前高于全省、全市平均水平"));
        }
    CHECK(relative ==
          QStringList{QStringLiteral("千人口托位数"), QStringLiteral("备案的托育机构比例"),
                      QStringLiteral("婴幼儿入托率"), QStringLiteral("2至3岁幼儿入园率")});
    CHECK(t.tasks().first().task.text.startsWith(QStringLiteral("环翠区委、区政府高度重视")));
}

TEST_CASE("tianning (004): 15 tasks, implied towns, the decomposition table as printed")
{
    Loaded t(QStringLiteral("tianning"));
    CHECK(t.projectsPerProgram() == QList<int>{2, 4, 3, 3, 3});
    const auto tasks = t.tasks();
    CHECK(tasks.size() == 15);
    for (const TaskView &v : tasks) {
        CHECK(v.task.deadline == QDate(2025, 12, 31));
        CHECK(v.task.deadlineInherited);
    }
    // Tasks after the first carry the implied 郑陆镇 and 各街道, marked as implied.
    for (int i = 1; i < tasks.size(); ++i) {
        INFO(tasks[i].task.text.toStdString());
        const int at = int(tasks[i].departments.indexOf(QStringLiteral("郑陆镇")));
        REQUIRE(at >= 0);
        CHECK(tasks[i].departmentImplied[at]);
        CHECK(tasks[i].departments.contains(QStringLiteral("各街道")));
    }
    CHECK(t.indicatorsPerTier() == Tiers{{QString(), 9}}); // 004 names no tiers
    CHECK(tasks.first().task.text.startsWith(QStringLiteral("根据区级幼儿园建设布局规划")));
    CHECK(t.count(QStringLiteral("SELECT COUNT(*) FROM subsidy_rule")) == 9); // 2 金额待定

    // 6 items × 3 years; 27 filled cells over 7 areas + 区教育局; the printed 合计 per year.
    const auto cells = DecompositionRepository(t.get()).cells(t.plan);
    QMap<int, double> printed;
    QMap<int, double> summed;
    QSet<QString> columns;
    QSet<QString> items;
    int filled = 0;
    for (const DecompositionRow &c : cells) {
        items.insert(c.item);
        if (c.isTotal()) {
            printed[c.year] += c.target.value_or(0);
        } else {
            columns.insert(c.column);
            summed[c.year] += c.target.value_or(0);
            filled += c.target ? 1 : 0;
        }
    }
    CHECK(items.size() == 6);
    CHECK(filled == 27);
    CHECK(columns.contains(QStringLiteral("区教育局")));
    // 普惠机构 2/1/2 + 社区设施 2/2/1 + 市级普惠 4/3/4 + 省普惠 2/1/1 + 省示范 2/0/1 + 托班
    // 23/21/21
    CHECK(printed == QMap<int, double>{{2023, 35}, {2024, 28}, {2025, 30}});
    CHECK(summed == printed);
    CHECK(DataChecks::decomposition(t.get(), t.plan).isEmpty());
}

TEST_CASE("blank: a plan with nothing in it yet")
{
    Loaded t(QStringLiteral("blank"));
    CHECK(t.tasks().isEmpty());
    CHECK(IndicatorRepository(t.get()).indicators(t.plan).isEmpty());
    CHECK(InstitutionRepository(t.get()).count() == 0);
}
