// Every number a file gives has a sane range (domain/valuerange.h), enforced as the mapper parses
// it, with the row and the field named: no value that could overflow a sum gets past.
#include "tabletestutil.h"

#include <mapping/tablemapper.h>

#include <catch2/catch.hpp>

using namespace tuoyu;
using namespace tuoyu::mapping;
using namespace tuoyu::mapping::test;

TEST_CASE("ranges: an institution list's slots, children, staff and fees", "[ranges]")
{
    const QString sixtyDigits(60, QLatin1Char('9'));
    io::Table t;
    t.rows.append(textRow({"机构名称", "托位数", "在托人数", "从业人员数", "月收费（元）"}));
    t.rows.append(textRow({"甲托育", "100000", "100000", "100000", "100000"})); // at each limit
    t.rows.append(textRow({"乙托育", "9000000000000000", "10", "3", "1800"}));
    t.rows.append({textCell(QStringLiteral("丙托育")), numberCell(9e15), textCell({}), textCell({}),
                   textCell({})});
    t.rows.append(textRow({"丁托育", "60", "100001", "100001", "100000.01"}));
    t.rows.append({textCell(QStringLiteral("戊托育")), textCell(QStringLiteral("60")), textCell({}),
                   textCell({}), textCell(sixtyDigits)});

    const MappingResult r = TableMapper::map(t);
    REQUIRE(r.kind == TableKind::InstitutionList);

    const MappedRecord *atLimit = recordAt(r, 2);
    REQUIRE(atLimit);
    CHECK(atLimit->warnings.isEmpty());
    CHECK(atLimit->values.value(u"slots").toLongLong() == 100'000);
    CHECK(atLimit->values.value(u"monthly_price").toDouble() == 100'000.0);

    // slots past the range refuse the row, named
    CHECK(refusalAt(r, 3).contains(
        QStringLiteral("托位数“9000000000000000”超出合理范围（0–100000）")));
    CHECK_FALSE(recordAt(r, 3));
    CHECK_FALSE(refusalAt(r, 4).isEmpty());

    // children, staff and fees past it are left out with a warning on the row
    const MappedRecord *over = recordAt(r, 5);
    REQUIRE(over);
    CHECK_FALSE(over->values.contains(u"enrolled"));
    CHECK_FALSE(over->values.contains(u"staff"));
    CHECK_FALSE(over->values.contains(u"monthly_price"));
    CHECK(over->warnings.join(QLatin1Char('|'))
              .contains(QStringLiteral("在托人数“100001”超出合理范围")));
    CHECK(over->warnings.join(QLatin1Char('|')).contains(QStringLiteral("从业人员数“100001”")));
    CHECK(
        over->warnings.join(QLatin1Char('|')).contains(QStringLiteral("月收费（元）“100000.01”")));

    // a 60-digit fee never becomes a number
    const MappedRecord *sixty = recordAt(r, 6);
    REQUIRE(sixty);
    CHECK_FALSE(sixty->values.contains(u"monthly_price"));
    REQUIRE(sixty->warnings.size() == 1);
    CHECK(sixty->warnings[0].contains(QStringLiteral("超出合理范围")));
}

TEST_CASE("ranges: enrolment counts and decomposition targets", "[ranges]")
{
    io::Table e;
    e.rows.append(textRow({"机构名称", "月份", "乳儿班人数", "托小班人数", "托大班人数"}));
    e.rows.append(textRow({"甲托育", "2025-03", "100000", "1", "1"}));
    e.rows.append(textRow({"乙托育", "2025-03", "9000000000000000", "1", "1"}));
    const MappingResult enrolment = TableMapper::map(e);
    REQUIRE(enrolment.kind == TableKind::Enrolment);
    CHECK(recordAt(enrolment, 2));
    CHECK_FALSE(recordAt(enrolment, 3));
    CHECK(refusalAt(enrolment, 3)
              .contains(QStringLiteral("乳儿班人数“9000000000000000”超出合理范围")));

    // a target at the limit is a record, one past it refuses its cell
    io::Table d;
    for (auto row : {textRow({"指标", "2024年", "2024年", "2025年", "2025年"}),
                     textRow({"", "甲镇", "乙镇", "甲镇", "乙镇"}),
                     textRow({"新增托位", "1000000000", "10", "1000000001", "20"})})
        d.rows.append(row);
    const MappingResult decomposition = TableMapper::map(d);
    CHECK(decomposition.records.size() == 3);
    REQUIRE(decomposition.refused.size() == 1);
    CHECK(decomposition.refused[0].row == 3);
    CHECK(decomposition.refused[0].column == 4);
    CHECK(decomposition.refused[0].reason.contains(QStringLiteral("超出合理范围")));
}

TEST_CASE("ranges: a reader's doubt about a row goes on the row's record", "[ranges]")
{
    io::Table t;
    t.rows.append(textRow({"机构名称", "托位数"}));
    t.rows.append(textRow({"甲托育", "10"}));
    t.rows.append(textRow({"乙托育", "20"}));
    t.rows.append(textRow({"合计", "30"}));
    t.notes.append({2, QStringLiteral("这一行是 UTF-8 编码")});
    t.notes.append({3, QStringLiteral("合计行的疑问")});
    const MappingResult r = TableMapper::map(t);
    const MappedRecord *flagged = recordAt(r, 3);
    REQUIRE(flagged);
    CHECK(flagged->warnings == QStringList{QStringLiteral("这一行是 UTF-8 编码")});
    CHECK(recordAt(r, 2)->warnings.isEmpty());
    // a row that is no record keeps its doubt as a finding of that row
    bool found = false;
    for (const Finding &f : r.findings)
        found = found || (f.row == 4 && f.message == QStringLiteral("合计行的疑问"));
    CHECK(found);
}
