#include "tabletestutil.h"

#include <mapping/tablemapper.h>

#include <catch2/catch.hpp>

using namespace tuoyu;
using namespace tuoyu::mapping;
using namespace tuoyu::mapping::test;

namespace {

const char *const kAreas[] = {"郑陆", "雕庄", "青龙", "茶山", "红梅", "天宁", "兰陵", "教育局"};

// 004_87f4c0b2e6c76512.txt, 附件 任务分解表, transcribed as printed (the cell text keeps the
// line breaks of the Word table: "指标\n内容", "创建省普惠\n托育机构").
const char *const kItems[6][28] = {
    {"新建、改扩建普惠托育机构",
     "",
     "",
     "",
     "",
     "1",
     "",
     "1",
     "",
     "2",
     "1",
     "",
     "",
     "",
     "",
     "",
     "",
     "",
     "1",
     "1",
     "",
     "",
     "1",
     "",
     "",
     "",
     "",
     "2"},
    {"新建、改扩建社区普惠托育服务设施",
     "",
     "2",
     "",
     "",
     "",
     "",
     "",
     "",
     "2",
     "",
     "1",
     "",
     "",
     "",
     "1",
     "",
     "",
     "2",
     "",
     "",
     "",
     "",
     "1",
     "",
     "",
     "",
     "1"},
    {"培育市级普惠托育机构",
     "",
     "",
     "",
     "1",
     "",
     "",
     "1",
     "2",
     "4",
     "1",
     "",
     "",
     "",
     "",
     "",
     "",
     "2",
     "3",
     "",
     "",
     "",
     "",
     "",
     "1",
     "1",
     "2",
     "4"},
    {"创建省普惠\n托育机构",
     "",
     "1",
     "",
     "",
     "1",
     "",
     "",
     "",
     "2",
     "",
     "",
     "1",
     "",
     "",
     "",
     "",
     "",
     "1",
     "1",
     "",
     "",
     "",
     "",
     "",
     "",
     "",
     "1"},
    {"创建省示范性托育机构",
     "",
     "1",
     "",
     "",
     "1",
     "",
     "",
     "",
     "2",
     "",
     "",
     "",
     "",
     "",
     "",
     "",
     "",
     "0",
     "",
     "",
     "1",
     "",
     "",
     "",
     "",
     "",
     "1"},
    {"幼儿园托班\n新增数",
     "",
     "",
     "",
     "",
     "",
     "",
     "",
     "23",
     "23",
     "",
     "",
     "",
     "",
     "",
     "",
     "",
     "21",
     "21",
     "",
     "",
     "",
     "",
     "",
     "",
     "",
     "21",
     "21"},
};

/// The table as a reader gives it: title merged across, 年度 row with each year merged over its
/// nine columns, the area row, six items, a blank row and the 备注 merged across.
io::Table tianning(bool numbersAsNumbers)
{
    io::Table t;
    t.name = QStringLiteral("任务分解表");
    t.rows.append(textRow({"《天宁区普惠托育服务三年行动实施方案（2023-2025年）》任务分解表"}));
    merge(t, 0, 0, 0, 27);
    QList<io::Cell> years(28);
    years[0] = textCell(QStringLiteral("年度"));
    years[1] = textCell(QStringLiteral("2023年"));
    years[10] = textCell(QStringLiteral("2024年"));
    years[19] = textCell(QStringLiteral("2025年"));
    t.rows.append(years);
    merge(t, 1, 1, 1, 9);
    merge(t, 1, 10, 1, 18);
    merge(t, 1, 19, 1, 27);
    QList<io::Cell> areas{textCell(QStringLiteral("指标\n内容"))};
    for (int y = 0; y < 3; ++y) {
        for (const char *a : kAreas)
            areas.append(textCell(QString::fromUtf8(a)));
        areas.append(textCell(QStringLiteral("合计")));
    }
    t.rows.append(areas);
    for (const auto &item : kItems) {
        QList<io::Cell> row;
        for (int c = 0; c < 28; ++c) {
            const QString text = QString::fromUtf8(item[c]);
            row.append(c > 0 && numbersAsNumbers && !text.isEmpty() ? numberCell(text.toDouble())
                                                                    : textCell(text));
        }
        t.rows.append(row);
    }
    t.rows.append(QList<io::Cell>(28));
    t.rows.append(textRow({"备注：幼儿园申报普惠托育项目由区教育局审核汇总后报送区卫健局。"}));
    merge(t, t.rowCount() - 1, 0, t.rowCount() - 1, 27);
    return t;
}

qint64 targetOf(const MappingResult &r, int year, const QString &area, const QString &item)
{
    for (const auto &rec : r.records)
        if (rec.values.value(QStringLiteral("year")).toInt() == year &&
            rec.values.value(QStringLiteral("area")).toString() == area &&
            rec.values.value(QStringLiteral("item")).toString() == item)
            return rec.values.value(QStringLiteral("target")).toLongLong();
    return -1;
}

} // namespace

TEST_CASE("004's 任务分解表: years over merged headers, areas as columns", "[decomposition]")
{
    for (bool numbers : {false, true}) {
        INFO("number cells: " << numbers);
        const io::Table t = tianning(numbers);
        const ColumnMapping m = TableMapper::propose(t);
        REQUIRE(m.kind == TableKind::Decomposition);
        CHECK(m.headerFirstRow == 1);
        CHECK(m.headerLastRow == 2);
        CHECK(m.columns[0].field == QStringLiteral("item"));
        CHECK(m.columns[1].field == QStringLiteral("target"));
        CHECK(m.columns[1].year == 2023);
        CHECK(m.columns[1].area == QStringLiteral("郑陆"));
        CHECK(m.columns[8].area == QStringLiteral("教育局"));
        CHECK(m.columns[9].field == QStringLiteral("total"));
        CHECK(m.columns[9].year == 2023);
        CHECK(m.columns[18].year == 2024);
        CHECK(m.columns[27].field == QStringLiteral("total"));
        CHECK(m.columns[27].year == 2025);

        const MappingResult r = TableMapper::map(t, m);
        CHECK(r.refused.isEmpty());
        // Every printed figure in an area column, blanks left out.
        int printed = 0;
        for (const auto &item : kItems)
            for (int c = 1; c < 28; ++c)
                if (c % 9 != 0 && *item[c])
                    ++printed;
        CHECK(printed == 27);
        CHECK(r.records.size() == printed);
        for (const auto &rec : r.records) {
            const int c = rec.column - 1;
            const int i = rec.row - 4;
            REQUIRE(i >= 0);
            REQUIRE(i < 6);
            CHECK(rec.values.value(QStringLiteral("target")).toLongLong() ==
                  QString::fromUtf8(kItems[i][c]).toLongLong());
            CHECK(rec.values.value(QStringLiteral("area")).toString() ==
                  QString::fromUtf8(kAreas[(c - 1) % 9]));
            CHECK(rec.values.value(QStringLiteral("year")).toInt() == 2023 + (c - 1) / 9);
        }
        CHECK(targetOf(r, 2023, QStringLiteral("教育局"), QStringLiteral("幼儿园托班新增数")) ==
              23);
        CHECK(targetOf(r, 2024, QStringLiteral("教育局"), QStringLiteral("幼儿园托班新增数")) ==
              21);
        CHECK(targetOf(r, 2023, QStringLiteral("雕庄"), QStringLiteral("创建省普惠托育机构")) == 1);
        CHECK(targetOf(r, 2025, QStringLiteral("青龙"), QStringLiteral("创建省示范性托育机构")) ==
              1);
        CHECK(targetOf(r, 2024, QStringLiteral("郑陆"), QStringLiteral("培育市级普惠托育机构")) ==
              1);
        CHECK(targetOf(r, 2023, QStringLiteral("郑陆"), QStringLiteral("培育市级普惠托育机构")) ==
              -1);

        // 6 items × 3 years of printed 合计, each equal to its row's sum for that year.
        REQUIRE(r.totals.size() == 18);
        for (const auto &tc : r.totals) {
            CHECK(tc.matches());
            CHECK(tc.printed == QString::fromUtf8(kItems[tc.row - 4][tc.column - 1]).toDouble());
        }
        // The only finding is the 备注 under the table.
        REQUIRE(r.findings.size() == 1);
        CHECK(r.findings[0].row == 11);
        CHECK(r.findings[0].message.contains(QStringLiteral("区教育局审核汇总")));
    }
}

TEST_CASE("a decomposition 合计 that disagrees with its cells is a finding", "[decomposition]")
{
    io::Table t = tianning(false);
    t.rows[3][9] =
        textCell(QStringLiteral("3")); // 新建、改扩建普惠托育机构 2023: 1 + 1 printed as 3
    const MappingResult r = TableMapper::map(t);
    REQUIRE(r.kind == TableKind::Decomposition);
    int mismatches = 0;
    for (const auto &tc : r.totals)
        if (!tc.matches()) {
            ++mismatches;
            CHECK(tc.row == 4);
            CHECK(tc.year == 2023);
            CHECK(tc.printed == 3);
            CHECK(tc.computed == 2);
        }
    CHECK(mismatches == 1);
    CHECK(r.findings.size() == 2);
}

TEST_CASE("areas over years and a non-number cell", "[decomposition]")
{
    io::Table t;
    t.rows.append(textRow({"项目", "郑陆", "", "雕庄", "", "三年合计"}));
    t.rows.append(textRow({"", "2024年", "2025年", "2024年", "2025年", ""}));
    merge(t, 0, 1, 0, 2);
    merge(t, 0, 3, 0, 4);
    merge(t, 0, 0, 1, 0);
    merge(t, 0, 5, 1, 5);
    t.rows.append(textRow({"新增托位", "100", "50", "80", "若干", "230"}));
    const MappingResult r = TableMapper::map(t);
    REQUIRE(r.kind == TableKind::Decomposition);
    CHECK(r.mapping.columns[5].field == QStringLiteral("total"));
    CHECK(r.mapping.columns[5].year == 0);
    CHECK(r.records.size() == 3);
    REQUIRE(r.refused.size() == 1);
    CHECK(r.refused[0].row == 3);
    CHECK(r.refused[0].column == 5);
    CHECK(r.refused[0].reason.contains(QStringLiteral("若干")));
    REQUIRE(r.totals.size() == 1);
    CHECK(r.totals[0].matches());
    CHECK(r.totals[0].computed == 230);
}
