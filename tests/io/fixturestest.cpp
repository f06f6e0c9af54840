#include "testhelpers.h"

#include "io/reader.h"

#include <catch2/catch.hpp>

using namespace tuoyu::io;

namespace {

const QStringList names = {QStringLiteral("长治市屯留区直机关旭光幼儿园"),
                           QStringLiteral("长治市屯留区启智幼儿园"),
                           QStringLiteral("长治市屯留区瓶城幼儿园"),
                           QStringLiteral("长治市屯留区直机关蓓蕾幼儿园"),
                           QStringLiteral("长治市屯留区余吾中心学校"),
                           QStringLiteral("长治市屯留区路村中心学校"),
                           QStringLiteral("长治市屯留区丰宜中心学校"),
                           QStringLiteral("长治市屯留区李高中心学校"),
                           QStringLiteral("长治市屯留区渔泽中心学校"),
                           QStringLiteral("山西潞安环保能源开发股份有限公司常村煤矿（幼儿园）"),
                           QStringLiteral("长治市屯留区妇幼保健计划生育服务中心"),
                           QStringLiteral("长治市屯留区瓶城托育服务有限公司"),
                           QStringLiteral("长治市屯留区智慧树幼儿园"),
                           QStringLiteral("长治市屯留区青青藤幼儿园"),
                           QStringLiteral("长治市屯留区麟浩蓝贝幼儿园"),
                           QStringLiteral("长治市屯留区上村镇上村海娃之家幼儿园"),
                           QStringLiteral("长治市屯留区云果森林托育服务有限公司"),
                           QStringLiteral("长治市屯留区小象湾托育服务有限公司"),
                           QStringLiteral("长治市人之初托育服务有限公司"),
                           QStringLiteral("长治市屯留区宝贝之家托育服务有限公司"),
                           QStringLiteral("长治市屯留区托育综合服务中心")};
const QList<int> capacities = {90, 90, 60, 40, 60, 40, 20,  40, 40, 70, 20,
                               20, 40, 40, 90, 60, 60, 100, 20, 60, 120};

void checkInstitutions(const QString &file)
{
    INFO(file.toStdString());
    const ReadResult r = readFile(sharedPath(QStringLiteral("fixtures/") + file));
    REQUIRE(r.ok());
    REQUIRE(r.tables.size() >= 1);
    const Table &t = r.tables[0];
    int slotColumn = -1, nameColumn = -1, kindColumn = -1;
    const int header = findHeaderRow(t, QStringLiteral("托位数"), &slotColumn);
    REQUIRE(header >= 0);
    REQUIRE(findHeaderRow(t, QStringLiteral("幼儿园名称"), &nameColumn) == header);
    REQUIRE(findHeaderRow(t, QStringLiteral("属性"), &kindColumn) == header);

    int sum = 0;
    int count = 0;
    for (int row = header + 1; row < t.rowCount(); ++row) {
        const Cell &number = t.cell(row, 0);
        bool isNumber = false;
        const int index = number.text.toInt(&isNumber);
        if (!isNumber)
            continue; // the 合计 row
        REQUIRE(index == count + 1);
        CHECK(t.cell(row, nameColumn).text == names[count]);
        bool ok = false;
        const int capacity = t.cell(row, slotColumn).text.toInt(&ok);
        REQUIRE(ok);
        CHECK(capacity == capacities[count]);
        sum += capacity;
        ++count;
    }
    CHECK(count == 21);
    CHECK(sum == 1180);
    CHECK(t.cell(header + 10, kindColumn).text == QStringLiteral("企业办"));
}

} // namespace

TEST_CASE("fixtures: the 屯留 institution list reads from xlsx, xls, csv and docx", "[fixtures]")
{
    checkInstitutions(QStringLiteral("tunliu-institutions.xlsx"));
    checkInstitutions(QStringLiteral("tunliu-institutions.xls"));
    checkInstitutions(QStringLiteral("tunliu-institutions-gb18030.csv"));
    checkInstitutions(QStringLiteral("tunliu-institutions.docx"));
}

TEST_CASE("fixtures: spreadsheet types and the merged title", "[fixtures]")
{
    for (const QString &file :
         {QStringLiteral("tunliu-institutions.xlsx"), QStringLiteral("tunliu-institutions.xls")}) {
        INFO(file.toStdString());
        const ReadResult r = readFile(sharedPath(QStringLiteral("fixtures/") + file));
        REQUIRE(r.ok());
        const Table &t = r.tables[0];
        CHECK(t.name == QStringLiteral("附件2"));
        CHECK(t.cell(0, 0).text == QStringLiteral("长治市屯留区普惠托育机构名单"));
        CHECK(t.cell(0, 4).text == QStringLiteral("长治市屯留区普惠托育机构名单")); // A1:E1 merged
        REQUIRE(t.merges.size() == 1);
        CHECK(t.cell(2, 3).type == CellType::Number);
        CHECK(t.cell(2, 3).number == 90);
        CHECK(t.cell(2, 1).type == CellType::Text);
        // the 合计 row's SUM formula: its cached value
        CHECK(t.cell(23, 1).text == QStringLiteral("合  计"));
        CHECK(t.cell(23, 3).text == QStringLiteral("1180"));
    }
}

TEST_CASE("fixtures: the 天宁 decomposition table has its merged year headers filled", "[fixtures]")
{
    const ReadResult r =
        readFile(sharedPath(QStringLiteral("fixtures/tianning-decomposition.xlsx")));
    REQUIRE(r.ok());
    const Table &t = r.tables[0];
    CHECK(t.name == QStringLiteral("任务分解表"));
    CHECK(t.columnCount() == 28);
    CHECK(t.cell(1, 0).text == QStringLiteral("年度"));
    for (int c = 1; c <= 9; ++c)
        CHECK(t.cell(1, c).text == QStringLiteral("2023年"));
    for (int c = 10; c <= 18; ++c)
        CHECK(t.cell(1, c).text == QStringLiteral("2024年"));
    for (int c = 19; c <= 27; ++c)
        CHECK(t.cell(1, c).text == QStringLiteral("2025年"));
    CHECK(t.cell(2, 1).text == QStringLiteral("郑陆"));
    CHECK(t.cell(2, 9).text == QStringLiteral("合计"));
    CHECK(t.cell(3, 0).text == QStringLiteral("新建、改扩建普惠托育机构"));
    CHECK(t.cell(3, 5).text == QStringLiteral("1"));
    CHECK(t.cell(8, 8).text == QStringLiteral("23"));
    CHECK(t.cell(8, 26).text == QStringLiteral("21"));
    CHECK(t.cell(9, 27).text.startsWith(QStringLiteral("备注："))); // A10:AB10 merged
    CHECK(t.merges.size() == 5);
}
