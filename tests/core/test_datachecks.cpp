#include "checks/datachecks.h"
#include "commands/plancommands.h"
#include "templates/templatelibrary.h"
#include "testworkspace.h"

#include <QSqlQuery>

#include <catch2/catch.hpp>

using namespace tuoyu;

namespace {

QStringList checksOf(const QList<Finding> &findings)
{
    QStringList keys;
    for (const Finding &f : findings)
        keys << f.check;
    keys.sort();
    return keys;
}

void exec(test::TempWorkspace &t, const QString &sql)
{
    QSqlQuery q(t->db());
    INFO(sql.toStdString());
    REQUIRE(q.exec(sql));
}

} // namespace

TEST_CASE("A sound registry has no findings, each kind of inconsistency is found once")
{
    test::TempWorkspace t;
    exec(t, QStringLiteral("INSERT INTO area (id, name) VALUES (1, '麟绛街道'), (2, '上村镇')"));
    exec(t,
         QStringLiteral(
             "INSERT INTO institution (name, area_id, slots, puhui_slots, enrolled, credit_code) "
             "VALUES ('甲', 1, 60, 60, 40, '91140400MA0001'), ('乙', 2, 40, NULL, NULL, NULL)"));
    CHECK(DataChecks::institutions(t.get()).isEmpty());

    exec(t, QStringLiteral("INSERT INTO institution (name, area_id, slots, puhui_slots) VALUES "
                           "('丙', 1, 20, 30)"));
    exec(t,
         QStringLiteral(
             "INSERT INTO institution (name, area_id, slots, enrolled) VALUES ('丁', 1, 20, 25)"));
    exec(t, QStringLiteral("INSERT INTO institution (name, area_id, slots, slots_infant, "
                           "slots_toddler, slots_older) "
                           "VALUES ('戊', 2, 50, 10, 20, 10)"));
    exec(t, QStringLiteral("INSERT INTO institution (name, area_id, slots, credit_code) VALUES "
                           "('己', 2, 10, '91140400MA0001')"));
    exec(t, QStringLiteral("INSERT INTO institution (name, area_id, slots) VALUES ('甲', 1, 10)"));
    exec(t,
         QStringLiteral(
             "INSERT INTO institution (name, area_id, slots) VALUES ('甲', 2, 10)")); // other area:
                                                                                      // fine
    const auto findings = DataChecks::institutions(t.get());
    CHECK(checksOf(findings) ==
          QStringList{QStringLiteral("class_bands_mismatch"),
                      QStringLiteral("duplicate_credit_code"), QStringLiteral("duplicate_name"),
                      QStringLiteral("enrolled_above_slots"), QStringLiteral("puhui_above_slots")});
    for (const Finding &f : findings) {
        CHECK(f.recordId > 0);
        CHECK(f.table == QStringLiteral("institution"));
        CHECK_FALSE(f.message.isEmpty());
    }
}

TEST_CASE("Tasks without a department or a deadline are found")
{
    test::TempWorkspace t;
    PlanDraft d;
    d.plan.title = QStringLiteral("检查");
    d.programs = {
        {QString(),
         QStringLiteral("工程"),
         {},
         {{QString(),
           QStringLiteral("项目"),
           {},
           {{QStringLiteral("有部门有时限"),
             QStringLiteral("2024年底"),
             {QStringLiteral("区财政局")},
             {}},
            {QStringLiteral("无部门"), QStringLiteral("2024年底"), {}, {}},
            {QStringLiteral("时限不明"), QStringLiteral("长期"), {QStringLiteral("区财政局")}, {}},
            {QStringLiteral("无时限且计划无期限"),
             QString(),
             {QStringLiteral("区财政局")},
             {}}}}}}};
    QString error;
    REQUIRE(t->execute(plancommands::create(t.get(), d, &error), &error));
    QSqlQuery q(t->db());
    q.exec(QStringLiteral("SELECT id FROM plan"));
    REQUIRE(q.next());
    CHECK(checksOf(DataChecks::tasks(t.get(), q.value(0).toLongLong())) ==
          QStringList{QStringLiteral("task_without_deadline"),
                      QStringLiteral("task_without_deadline"),
                      QStringLiteral("task_without_department")});
}

TEST_CASE("A formula indicator without the population figure of its year is found, and goes away")
{
    test::TempWorkspace t;
    QString error;
    REQUIRE(
        t->execute(plancommands::create(
                       t.get(), *TemplateLibrary::load(QStringLiteral("tunliu"), &error), &error),
                   &error));
    QSqlQuery q(t->db());
    q.exec(QStringLiteral("SELECT id FROM plan"));
    REQUIRE(q.next());
    const qint64 plan = q.value(0).toLongLong();
    const auto before = DataChecks::indicators(t.get(), plan);
    REQUIRE(before.size() == 1);
    CHECK(before.first().check == QStringLiteral("population_missing"));
    CHECK(before.first().message.contains(QStringLiteral("2024")));
    exec(t, QStringLiteral("INSERT INTO population (year, resident) VALUES (2024, 262000)"));
    CHECK(DataChecks::indicators(t.get(), plan).isEmpty());
}

TEST_CASE("A decomposition 合计 that is not the sum of its cells is found")
{
    test::TempWorkspace t;
    QString error;
    auto draft = TemplateLibrary::load(QStringLiteral("tianning"), &error);
    REQUIRE(draft);
    REQUIRE(t->execute(plancommands::create(t.get(), *draft, &error), &error));
    QSqlQuery q(t->db());
    q.exec(QStringLiteral("SELECT id FROM plan"));
    REQUIRE(q.next());
    const qint64 plan = q.value(0).toLongLong();
    REQUIRE(DataChecks::decomposition(t.get(), plan).isEmpty());
    exec(t, QStringLiteral("UPDATE decomposition_cell SET target = target + 1 WHERE id = "
                           "(SELECT MIN(id) FROM decomposition_cell WHERE area_id IS NOT NULL)"));
    const auto findings = DataChecks::decomposition(t.get(), plan);
    REQUIRE(findings.size() == 1);
    CHECK(findings.first().message.contains(QStringLiteral("合计")));
}
