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

TEST_CASE("Figures stored past their range are found, so check no longer passes over them")
{
    test::TempWorkspace t;
    exec(t, QStringLiteral("INSERT INTO institution (id, name, kind, slots, filed) VALUES "
                           "(1, '甲托育', 'private', 100000, 0), "
                           "(2, '乙托育', 'private', 9000000000000000, 0)"));
    exec(t, QStringLiteral("UPDATE institution SET monthly_price_fen = -9223372036854775807 - 1 "
                           "WHERE id = 1"));
    QStringList messages;
    for (const Finding &f : DataChecks::institutions(t.get()))
        if (f.check == QLatin1String("out_of_range"))
            messages << f.message;
    REQUIRE(messages.size() == 2);
    CHECK(messages.join(QLatin1Char('|'))
              .contains(
                  QStringLiteral("“乙托育”的托位数“9000000000000000”超出合理范围（0–100000）")));
    CHECK(messages.join(QLatin1Char('|')).contains(QStringLiteral("“甲托育”的月收费")));
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

TEST_CASE("An unfiled institution with enrolment or claims is flagged: no rule pays it")
{
    test::TempWorkspace t;
    exec(t, QStringLiteral("INSERT INTO area (id, name) VALUES (1, '麟绛街道')"));
    exec(t,
         QStringLiteral("INSERT INTO institution (id, name, area_id, slots, filed, puhui) VALUES "
                        "(1, '甲已备案', 1, 60, 1, 1), (2, '乙未备案', 1, 40, 0, 1), (3, "
                        "'丙未备案', 1, 30, 0, 1), "
                        "(4, '丁未备案无数据', 1, 20, 0, 1)"));
    exec(t, QStringLiteral("INSERT INTO enrolment_record (institution_id, month, toddler) VALUES "
                           "(1, '2025-03', 10), (2, '2025-03', 8), (2, '2025-04', 7), "
                           "(3, '2025-03', 0)"));
    auto findings = DataChecks::subsidies(t.get());
    REQUIRE(findings.size() == 1);
    CHECK(findings[0].check == QStringLiteral("unfiled_with_subsidy_data"));
    CHECK(findings[0].recordId == 2);
    CHECK(findings[0].message.contains(QStringLiteral("“乙未备案”未备案")));
    CHECK(findings[0].message.contains(QStringLiteral("2 个月的收托人数")));

    // A claim counts too; `validate` (DataChecks::run) reports it without a plan.
    exec(t, QStringLiteral("INSERT INTO plan (id, title) VALUES (1, '方案')"));
    exec(t, QStringLiteral("INSERT INTO subsidy_rule (id, plan_id, name, kind) VALUES "
                           "(1, 1, '托育体验券', 'voucher')"));
    exec(t, QStringLiteral("INSERT INTO subsidy_claim (rule_id, institution_id, period, quantity) "
                           "VALUES (1, 3, '2025', 20)"));
    findings = DataChecks::run(t.get(), 0);
    QStringList named;
    for (const Finding &f : findings)
        if (f.check == QStringLiteral("unfiled_with_subsidy_data"))
            named << f.record;
    CHECK(named == QStringList{QStringLiteral("乙未备案"), QStringLiteral("丙未备案")});
}
