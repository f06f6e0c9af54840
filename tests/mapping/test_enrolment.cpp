#include "tabletestutil.h"

#include <mapping/tablemapper.h>

#include <catch2/catch.hpp>

using namespace tuoyu;
using namespace tuoyu::mapping;
using namespace tuoyu::mapping::test;

TEST_CASE("a monthly enrolment sheet maps to per-month records", "[enrolment]")
{
    io::Table t;
    t.rows.append(textRow({"天宁区托育机构收托情况月报表"}));
    t.rows.append(textRow({"序号", "机构名称", "月份", "乳儿班人数", "托小班人数", "托大班人数",
                           "其中：二孩", "三孩", "三孩家庭", "计生特殊家庭", "残疾婴幼儿"}));
    t.rows.append(textRow({"1", "甲托育", "2025-03", "5", "12", "20", "8", "2", "3", "0", "1"}));
    t.rows.append(textRow({"2", "乙托育", "2025年3月", "０", "１０", "15人", "", "", "", "", ""}));
    t.rows.append({textCell(QStringLiteral("3")), textCell(QStringLiteral("丙托育")),
                   dateCell(QStringLiteral("2025-04-01")), numberCell(1), numberCell(2),
                   numberCell(3), io::Cell{}, io::Cell{}, io::Cell{}, io::Cell{}, io::Cell{}});
    t.rows.append(textRow({"4", "甲托育", "2025.3", "1", "1", "1", "", "", "", "", ""}));
    t.rows.append(textRow({"5", "丁托育", "3月", "1", "1", "1", "", "", "", "", ""}));
    t.rows.append(textRow({"6", "戊托育", "2025-03", "-1", "1", "1", "", "", "", "", ""}));
    t.rows.append(textRow({"", "合计", "", "6", "25", "39", "8", "2", "3", "0", "1"}));

    const ColumnMapping m = TableMapper::propose(t);
    REQUIRE(m.kind == TableKind::Enrolment);
    CHECK(m.headerFirstRow == 1);
    const QStringList keys{"institution",    "month",        "infant",      "toddler",
                           "older",          "second_child", "third_child", "three_child_family",
                           "special_family", "disabled"};
    for (int i = 0; i < keys.size(); ++i)
        CHECK(m.columnOf(keys[i]) == i + 1);

    const MappingResult r = TableMapper::map(t, m);
    REQUIRE(r.records.size() == 3);
    const auto &a = r.records[0].values;
    CHECK(a.value(QStringLiteral("institution")).toString() == QStringLiteral("甲托育"));
    CHECK(a.value(QStringLiteral("month")).toString() == QStringLiteral("2025-03"));
    CHECK(a.value(QStringLiteral("infant")).toLongLong() == 5);
    CHECK(a.value(QStringLiteral("older")).toLongLong() == 20);
    CHECK(a.value(QStringLiteral("second_child")).toLongLong() == 8);
    CHECK(a.value(QStringLiteral("three_child_family")).toLongLong() == 3);
    CHECK(a.value(QStringLiteral("special_family")).toLongLong() == 0);
    CHECK(a.value(QStringLiteral("disabled")).toLongLong() == 1);
    CHECK(r.records[1].values.value(QStringLiteral("month")) == QStringLiteral("2025-03"));
    CHECK(r.records[1].values.value(QStringLiteral("toddler")).toLongLong() == 10);
    CHECK(r.records[1].values.value(QStringLiteral("older")).toLongLong() == 15);
    CHECK(r.records[2].values.value(QStringLiteral("month")) == QStringLiteral("2025-04"));

    REQUIRE(r.refused.size() == 3);
    CHECK(r.refused[0].row == 6);
    CHECK(r.refused[0].reason.contains(QStringLiteral("第3行")));
    CHECK(r.refused[1].row == 7);
    CHECK(r.refused[1].reason.contains(QStringLiteral("年份")));
    CHECK(r.refused[2].row == 8);
    CHECK(r.refused[2].reason.contains(QStringLiteral("负数")));

    // The 合计 row sums every data row above it, refused ones included (it is the sheet's sum).
    for (const auto &tc : r.totals)
        CHECK(tc.row == 9);
    CHECK(r.totals.size() == 8);
    int mismatched = 0;
    for (const auto &tc : r.totals)
        mismatched += tc.matches() ? 0 : 1;
    // Printed 6 / 25 / 39 against rows giving 7 / 27 / 41: the bands disagree, the rest agree.
    CHECK(mismatched == 3);
}

TEST_CASE("a bare month takes its year from the title", "[enrolment]")
{
    io::Table t;
    t.rows.append(textRow({"2025年托育机构收托人数统计"}));
    t.rows.append(textRow({"机构名称", "月份", "乳儿班", "托小班", "托大班"}));
    t.rows.append(textRow({"甲托育", "3月", "1", "2", "3"}));
    t.rows.append(textRow({"甲托育", "4月份", "1", "2", "3"}));
    const MappingResult r = TableMapper::map(t);
    REQUIRE(r.kind == TableKind::Enrolment);
    CHECK(r.mapping.contextYear == 2025);
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[0].values.value(QStringLiteral("month")) == QStringLiteral("2025-03"));
    CHECK(r.records[1].values.value(QStringLiteral("month")) == QStringLiteral("2025-04"));
}

TEST_CASE("a sheet without a month column takes year and month from its title", "[enrolment]")
{
    io::Table t;
    t.rows.append(textRow({"2025年3月天宁区托育机构在托情况"}));
    t.rows.append(textRow({"机构名称", "乳儿班人数", "托小班人数", "托大班人数"}));
    t.rows.append(textRow({"甲托育", "1", "2", "3"}));
    const MappingResult r = TableMapper::map(t);
    REQUIRE(r.kind == TableKind::Enrolment);
    REQUIRE(r.records.size() == 1);
    CHECK(r.records[0].values.value(QStringLiteral("month")) == QStringLiteral("2025-03"));

    t.rows[0] = textRow({"天宁区托育机构在托情况"});
    const MappingResult none = TableMapper::map(t);
    CHECK(none.records.isEmpty());
    REQUIRE(none.refused.size() == 1);
    CHECK(none.refused[0].reason.contains(QStringLiteral("月份")));
    CHECK_FALSE(none.findings.isEmpty());
}

TEST_CASE("an institution list with class-band slots is not an enrolment sheet", "[enrolment]")
{
    io::Table t;
    t.rows.append(textRow({"机构名称", "属性", "托位数", "乳儿班", "托小班", "托大班"}));
    t.rows.append(textRow({"甲托育", "民办", "30", "10", "10", "10"}));
    CHECK(TableMapper::propose(t).kind == TableKind::InstitutionList);
}
