#include "commands/institutioncommands.h"
#include "commands/plancommands.h"
#include "exporting/ledgersheets.h"
#include "indicators/indicatorengine.h"
#include "sqlregistrytotals.h"
#include "testworkspace.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace tuoyu;

namespace {

/// A registry small enough to compute by hand:
///   A 公办  100 slots, puhui 80, enrolled 60, filed 2024-03-01, partner 妇幼, staff 10/8,
///           bands 20/30/50, area 甲街道
///   B 民办   50 slots, puhui 50, enrolled 20, not filed,            staff 5/2,  area 乙镇
///   C 社区办  30 slots, puhui flag (no count), filed (no date), partner 卫生院, area 甲街道,
///           opened 2025-06-01
/// Population 2024: resident 50,000, under-3 1,200.
struct Registry : test::TempWorkspace
{
    Registry()
    {
        QSqlQuery q(ws->db());
        REQUIRE(q.exec(QStringLiteral("INSERT INTO area (id, name, kind, seq) VALUES (1, '甲街道', "
                                      "'街道', 1), (2, '乙镇', '乡镇', 2)")));
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO population (year, resident, under3) VALUES (2024, 50000, 1200)")));
        REQUIRE(q.exec(QStringLiteral(
            "INSERT INTO institution (name, kind, area_id, slots, puhui_slots, enrolled, filed, "
            "filed_date, "
            "medical_partner, staff, certified_staff, slots_infant, slots_toddler, slots_older) "
            "VALUES "
            "('A', 'public', 1, 100, 80, 60, 1, '2024-03-01', '妇幼', 10, 8, 20, 30, 50)")));
        REQUIRE(q.exec(QStringLiteral("INSERT INTO institution (name, kind, area_id, slots, "
                                      "puhui_slots, enrolled, filed, staff, certified_staff) "
                                      "VALUES ('B', 'private', 2, 50, 50, 20, 0, 5, 2)")));
        REQUIRE(q.exec(
            QStringLiteral("INSERT INTO institution (name, kind, area_id, slots, puhui, filed, "
                           "medical_partner, opened_date) "
                           "VALUES ('C', 'community', 1, 30, 1, 1, '卫生院', '2025-06-01')")));
    }
    std::optional<double> value(const char *key, const QDate &asOf = QDate(2025, 12, 31))
    {
        const RegistryTotals totals = test::SqlRegistry(ws.get()).totals(asOf);
        PopulationBase base{50000, 1200};
        return IndicatorEngine::formulaValue(QString::fromLatin1(key), totals, base);
    }
};

} // namespace

TEST_CASE("Each formula on a hand-computed registry")
{
    Registry r;
    CHECK(*r.value("total_slots") == Approx(180));
    CHECK(*r.value("puhui_slots") == Approx(160)); // 80 + 50 + C's 30 by its puhui flag
    CHECK(*r.value("puhui_share") == Approx(100.0 * 160 / 180));
    CHECK(*r.value("slots_per_1000_population") == Approx(180.0 / 50000 * 1000));
    CHECK(*r.value("slots_per_1000_under3") == Approx(150.0));
    CHECK(*r.value("utilisation") == Approx(100.0 * 80 / 150)); // C reports no enrolment
    CHECK(*r.value("under2_share") == Approx(50.0)); // (20+30)/100, A alone reports bands
    CHECK(*r.value("public_institution_share") == Approx(100.0 / 3));
    CHECK(*r.value("public_slot_share") == Approx(100.0 * 100 / 180));
    CHECK(*r.value("filing_rate") == Approx(100.0 * 2 / 3));
    CHECK(*r.value("enrolment_rate") == Approx(100.0 * 80 / 1200));
    CHECK(*r.value("medical_partner_share") == Approx(100.0 * 2 / 3));
    CHECK(*r.value("certified_staff_share") == Approx(100.0 * 10 / 15));
    CHECK(*r.value("institution_count") == Approx(3));
    CHECK(*r.value("puhui_institution_count") == Approx(3));
    CHECK(*r.value("institutions_of_kind:community") == Approx(1));
    CHECK(*r.value("institutions_of_kind:home") == Approx(0));
    CHECK(*r.value("community_area_coverage") == Approx(50.0)); // 甲 has C, 乙 has none
}

TEST_CASE("Formulas count the registry as of a date")
{
    Registry r;
    const QDate early(2024, 1, 15); // before A's filing and before C opened
    CHECK(*r.value("total_slots", early) == Approx(150));
    CHECK(*r.value("filing_rate", early) == Approx(0.0));
    CHECK(*r.value("community_area_coverage", early) == Approx(0.0));
    CHECK(*r.value("filing_rate", QDate(2024, 6, 1)) == Approx(50.0));
}

TEST_CASE("Missing figures give no actual, with the reason")
{
    test::TempWorkspace t;
    const RegistryTotals empty = test::SqlRegistry(t.get()).totals(QDate(2025, 1, 1));
    QString missing;
    CHECK_FALSE(IndicatorEngine::formulaValue(QStringLiteral("slots_per_1000_population"), empty,
                                              {}, &missing));
    CHECK(missing.contains(QStringLiteral("常住人口")));
    CHECK_FALSE(IndicatorEngine::formulaValue(QStringLiteral("puhui_share"), empty, {}, &missing));
    CHECK_FALSE(IndicatorEngine::formulaValue(QStringLiteral("enrolment_rate"), empty,
                                              {std::nullopt, 0}, &missing));
    CHECK(*IndicatorEngine::formulaValue(QStringLiteral("total_slots"), empty, {}) == 0.0);
}

TEST_CASE("Status: met, not met, warning in the target year, no data, ≤ targets")
{
    Indicator atLeast;
    atLeast.direction = Direction::AtLeast;
    const IndicatorTarget t2025{2025, 100};
    const QDate in2025(2025, 6, 30);
    CHECK(IndicatorEngine::status(atLeast, t2025, 100.0, in2025) == IndicatorStatus::Met);
    CHECK(IndicatorEngine::status(atLeast, t2025, 95.0, in2025) == IndicatorStatus::NotMet);
    CHECK(IndicatorEngine::status(atLeast, t2025, 89.0, in2025) == IndicatorStatus::Warning);
    CHECK(IndicatorEngine::status(atLeast, t2025, 50.0, QDate(2024, 6, 30)) ==
          IndicatorStatus::NotMet);
    CHECK(IndicatorEngine::status(atLeast, t2025, std::nullopt, in2025) == IndicatorStatus::NoData);

    Indicator atMost; // "降至35%"
    atMost.direction = Direction::AtMost;
    const IndicatorTarget t35{2025, 35};
    CHECK(IndicatorEngine::status(atMost, t35, 30.0, in2025) == IndicatorStatus::Met);
    CHECK(IndicatorEngine::status(atMost, t35, 37.0, in2025) == IndicatorStatus::NotMet);
    CHECK(IndicatorEngine::status(atMost, t35, 40.0, in2025) == IndicatorStatus::Warning);
}

TEST_CASE("Staged targets: the target in force is the as-of year's, else the latest before it")
{
    Indicator i;
    i.targets = {{2023, 2.5}, {2025, 4.5}};
    CHECK(i.targetFor(2023)->value == 2.5);
    CHECK(i.targetFor(2024)->value == 2.5);
    CHECK(i.targetFor(2025)->value == 4.5);
    CHECK(i.targetFor(2030)->value == 4.5);
    CHECK(i.targetFor(2020)->value == 2.5);
}

TEST_CASE("Manual indicators take the latest value entered on or before the date")
{
    test::TempWorkspace t;
    PlanDraft d;
    d.plan.title = QStringLiteral("满意度测试");
    Indicator s;
    s.tier = QStringLiteral("满意度");
    s.name = QStringLiteral("入托家庭满意度");
    s.unit = QStringLiteral("%");
    s.targets = {{2024, 90}};
    d.indicators = {s};
    d.actuals = {
        {QStringLiteral("入托家庭满意度"), QDate(2024, 3, 1), 85, QStringLiteral("问卷一")},
        {QStringLiteral("入托家庭满意度"), QDate(2024, 9, 1), 93, QStringLiteral("问卷二")}};
    QString error;
    REQUIRE(t->execute(plancommands::create(t.get(), d, &error), &error));
    QSqlQuery q(t->db());
    q.exec(QStringLiteral("SELECT id FROM plan"));
    REQUIRE(q.next());
    const qint64 plan = q.value(0).toLongLong();

    auto at = [&](const QDate &date) {
        return IndicatorEngine::evaluate(t.get(), plan, date).first();
    };
    CHECK(at(QDate(2024, 1, 1)).status == IndicatorStatus::NoData);
    CHECK(*at(QDate(2024, 5, 1)).actual == 85);
    CHECK(at(QDate(2024, 5, 1)).status == IndicatorStatus::NotMet);
    CHECK(*at(QDate(2024, 12, 1)).actual == 93);
    CHECK(at(QDate(2024, 12, 1)).actualSource == QStringLiteral("问卷二"));
    CHECK(at(QDate(2024, 12, 1)).status == IndicatorStatus::Met);
}

namespace {

const IndicatorResult &resultNamed(const QList<IndicatorResult> &results, const QString &name)
{
    for (const IndicatorResult &r : results)
        if (r.indicator.name == name)
            return r;
    FAIL("no indicator " << name.toStdString());
    return results.first();
}

} // namespace

TEST_CASE("A relative target (003 高于全省、全市平均水平) is 无数据 until the officer enters both "
          "averages, then must be above the higher one")
{
    test::TempWorkspace t;
    const qint64 plan = test::createPlan(t.get(), QStringLiteral("huancui"));
    const QString name = QStringLiteral("备案的托育机构比例");
    const QDate asOf(2023, 8, 31);
    auto at = [&](const QDate &date) {
        return resultNamed(IndicatorEngine::evaluate(t.get(), plan, date), name);
    };
    IndicatorResult r = at(asOf);
    CHECK(r.indicator.targetKind == TargetKind::AboveAverage);
    CHECK(r.indicator.targetYear == 2023);
    CHECK(r.indicator.comparedWith == QStringList{QStringLiteral("全省"), QStringLiteral("全市")});
    CHECK(r.targetText == QStringLiteral("以上指标在市级评估验收前高于全省、全市平均水平"));
    CHECK(*r.actual == 50); // the report's figure
    CHECK_FALSE(r.target);
    CHECK(r.status == IndicatorStatus::NoData);
    CHECK(r.targetMissing.startsWith(QStringLiteral("缺少全省、全市平均水平")));
    CHECK(r.targetMissing.contains(QStringLiteral("来源")));
    const qint64 id = r.indicator.id;

    // Bad input changes nothing and says what is wrong.
    const QString before = test::dumpTables(t.get());
    QString error;
    CHECK_FALSE(plancommands::addIndicatorAverage(t.get(), id, QStringLiteral("全国"), asOf, 40,
                                                  QStringLiteral("通报"), &error));
    CHECK(error.contains(QStringLiteral("全省、全市")));
    CHECK_FALSE(plancommands::addIndicatorAverage(t.get(), id, QStringLiteral("全省"), asOf, 40,
                                                  QStringLiteral("  "), &error));
    CHECK(error.contains(name));
    CHECK_FALSE(plancommands::addIndicatorAverage(t.get(), id, QStringLiteral("全省"), QDate(), 40,
                                                  QStringLiteral("通报"), &error));
    const qint64 other = resultNamed(IndicatorEngine::evaluate(t.get(), plan, asOf),
                                     QStringLiteral("3岁以下婴幼儿托位使用率"))
                             .indicator.id;
    CHECK_FALSE(plancommands::addIndicatorAverage(t.get(), other, QStringLiteral("全省"), asOf, 40,
                                                  QStringLiteral("通报"), &error));
    CHECK(test::dumpTables(t.get()) == before);

    const qint64 audited = test::auditRows(t.get());
    REQUIRE(t->execute(plancommands::addIndicatorAverage(t.get(), id, QStringLiteral("全省"),
                                                         QDate(2023, 6, 30), 45,
                                                         QStringLiteral("省卫健委通报"), &error),
                       &error));
    CHECK(test::auditRows(t.get()) > audited);
    r = at(asOf);
    CHECK(r.status == IndicatorStatus::NoData);
    CHECK(r.targetMissing.startsWith(QStringLiteral("缺少全市平均水平")));
    REQUIRE(t->execute(plancommands::addIndicatorAverage(t.get(), id, QStringLiteral("全市"),
                                                         QDate(2023, 6, 30), 48,
                                                         QStringLiteral("市卫健委通报"), &error),
                       &error));
    r = at(asOf);
    REQUIRE(r.target);
    CHECK(r.target->value == 48); // above both: the higher average
    CHECK(r.target->year == 2023);
    CHECK(r.targetMissing.isEmpty());
    CHECK(r.averages.size() == 2);
    CHECK(r.status == IndicatorStatus::Met);
    // An average dated after the as-of date does not count yet.
    CHECK(at(QDate(2023, 6, 29)).status == IndicatorStatus::NoData);

    // A newer 全市 figure equal to the actual: "高于" is not met by equal.
    REQUIRE(t->execute(plancommands::addIndicatorAverage(t.get(), id, QStringLiteral("全市"),
                                                         QDate(2023, 7, 31), 50,
                                                         QStringLiteral("市卫健委7月通报"), &error),
                       &error));
    CHECK(at(asOf).target->value == 50);
    CHECK(at(asOf).status != IndicatorStatus::Met);
    t->undoStack()->undo();
    CHECK(at(asOf).target->value == 48);
    CHECK(at(asOf).status == IndicatorStatus::Met);
}

TEST_CASE("Qualitative goals (001 基本实现全覆盖) have words as target, judged by the officer")
{
    test::TempWorkspace t;
    const qint64 plan = test::createPlan(t.get(), QStringLiteral("zhejiang"));
    const QString name = QStringLiteral("各镇(街道)托育机构和新建居住区配套设置托育服务设施");
    const QDate asOf(2025, 12, 31);
    auto at = [&](const QDate &date) {
        return resultNamed(IndicatorEngine::evaluate(t.get(), plan, date), name);
    };
    IndicatorResult r = at(asOf);
    CHECK(r.indicator.targetKind == TargetKind::Words);
    CHECK(r.indicator.targets.isEmpty()); // not 100%
    CHECK(r.targetText == QStringLiteral("基本实现全覆盖"));
    CHECK_FALSE(r.target);
    CHECK(r.status == IndicatorStatus::NoData);
    CHECK(r.missing == QStringLiteral("尚未认定是否实现"));
    const qint64 id = r.indicator.id;

    QString error;
    const QString before = test::dumpTables(t.get());
    CHECK_FALSE(
        plancommands::addIndicatorValue(t.get(), id, asOf, 100, QStringLiteral("核查"), &error));
    CHECK(error.contains(QStringLiteral("已实现")));
    CHECK_FALSE(plancommands::setIndicatorAchieved(t.get(), id, true, asOf, QString(), &error));
    const qint64 numeric =
        resultNamed(IndicatorEngine::evaluate(t.get(), plan, asOf), QStringLiteral("普惠托位占比"))
            .indicator.id;
    CHECK_FALSE(plancommands::setIndicatorAchieved(t.get(), numeric, true, asOf,
                                                   QStringLiteral("核查"), &error));
    CHECK(test::dumpTables(t.get()) == before);

    REQUIRE(t->execute(plancommands::setIndicatorAchieved(t.get(), id, true, QDate(2025, 10, 1),
                                                          QStringLiteral("实地核查"), &error),
                       &error));
    CHECK(at(asOf).status == IndicatorStatus::Met);
    REQUIRE(t->execute(plancommands::setIndicatorAchieved(t.get(), id, false, QDate(2025, 11, 1),
                                                          QStringLiteral("复查"), &error),
                       &error));
    CHECK(at(asOf).status == IndicatorStatus::NotMet);
    t->undoStack()->undo();
    CHECK(at(asOf).status == IndicatorStatus::Met);
}

TEST_CASE("A target in words is printed as words: the labels and the indicators export sheet")
{
    auto row = [](const io::ExportSheet &sheet, const QString &name) {
        for (const QVariantList &r : sheet.rows)
            if (r.value(1).toString() == name)
                return r;
        FAIL("no row " << name.toStdString());
        return QVariantList();
    };
    QString error;
    {
        test::TempWorkspace t;
        const qint64 plan = test::createPlan(t.get(), QStringLiteral("huancui"));
        const QString name = QStringLiteral("备案的托育机构比例");
        const QDate asOf(2023, 8, 31);
        IndicatorResult r = resultNamed(IndicatorEngine::evaluate(t.get(), plan, asOf), name);
        CHECK(indicatorTargetLabel(r) ==
              QStringLiteral("高于全省、全市平均水平（缺少全省、全市平均水平）"));
        CHECK(indicatorActualLabel(r) == QStringLiteral("50%"));
        QVariantList cells = row(ledgersheets::indicators(t.get(), plan, asOf), name);
        CHECK(cells.value(4).toString() == indicatorTargetLabel(r));
        CHECK(cells.value(5).toInt() == 2023);
        CHECK(cells.value(6).toDouble() == 50);

        REQUIRE(t->execute(plancommands::addIndicatorAverage(
                               t.get(), r.indicator.id, QStringLiteral("全市"), QDate(2023, 6, 30),
                               42.5, QStringLiteral("市卫健委通报"), &error),
                           &error));
        r = resultNamed(IndicatorEngine::evaluate(t.get(), plan, asOf), name);
        CHECK(indicatorTargetLabel(r) ==
              QStringLiteral("高于全省、全市平均水平（全市42.5%，缺少全省平均水平）"));
        REQUIRE(t->execute(plancommands::addIndicatorAverage(
                               t.get(), r.indicator.id, QStringLiteral("全省"), QDate(2023, 6, 30),
                               45, QStringLiteral("省卫健委通报"), &error),
                           &error));
        r = resultNamed(IndicatorEngine::evaluate(t.get(), plan, asOf), name);
        CHECK(indicatorTargetLabel(r) ==
              QStringLiteral("高于全省、全市平均水平（全省45%，全市42.5%）"));
        CHECK(row(ledgersheets::indicators(t.get(), plan, asOf), name).value(4).toString() ==
              indicatorTargetLabel(r));
    }
    {
        test::TempWorkspace t;
        const qint64 plan = test::createPlan(t.get(), QStringLiteral("zhejiang"));
        const QString name = QStringLiteral("各镇(街道)托育机构和新建居住区配套设置托育服务设施");
        const QDate asOf(2025, 12, 31);
        IndicatorResult r = resultNamed(IndicatorEngine::evaluate(t.get(), plan, asOf), name);
        CHECK(indicatorTargetLabel(r) == QStringLiteral("基本实现全覆盖"));
        CHECK(indicatorActualLabel(r) == QStringLiteral("未认定"));
        QVariantList cells = row(ledgersheets::indicators(t.get(), plan, asOf), name);
        CHECK(cells.value(4).toString() == QStringLiteral("基本实现全覆盖"));
        CHECK(cells.value(6).toString() == QStringLiteral("未认定"));
        REQUIRE(t->execute(plancommands::setIndicatorAchieved(t.get(), r.indicator.id, false,
                                                              QDate(2025, 11, 1),
                                                              QStringLiteral("复查"), &error),
                           &error));
        cells = row(ledgersheets::indicators(t.get(), plan, asOf), name);
        CHECK(cells.value(6).toString() == QStringLiteral("未实现"));
        REQUIRE(t->execute(plancommands::setIndicatorAchieved(t.get(), r.indicator.id, true,
                                                              QDate(2025, 12, 1),
                                                              QStringLiteral("实地核查"), &error),
                           &error));
        cells = row(ledgersheets::indicators(t.get(), plan, asOf), name);
        CHECK(cells.value(6).toString() == QStringLiteral("已实现"));
        // A staged numeric target: the bound in force, or every stage when asked.
        r = resultNamed(IndicatorEngine::evaluate(t.get(), plan, asOf),
                        QStringLiteral("每千人口托位数"));
        CHECK(indicatorTargetLabel(r) == QStringLiteral("≥5个"));
        CHECK(indicatorTargetLabel(r, true) == QStringLiteral("2023年≥4.5个 → 2025年≥5个"));
        cells =
            row(ledgersheets::indicators(t.get(), plan, asOf), QStringLiteral("每千人口托位数"));
        CHECK(cells.value(4).toDouble() == 5);
    }
}
