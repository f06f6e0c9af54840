#include "tabletestutil.h"

#include <domain/institutionkind.h>
#include <mapping/tablemapper.h>

#include <catch2/catch.hpp>

#include <QDate>

using namespace tuoyu;
using namespace tuoyu::mapping;
using namespace tuoyu::mapping::test;

namespace {

struct ListedInstitution
{
    const char *name;
    const char *kind;
    int slotCount;
};

// 000_c434aad29af08d1e.txt, 附件2, transcribed as printed.
const ListedInstitution kTunliu[] = {
    {"长治市屯留区直机关旭光幼儿园", "公办", 90},
    {"长治市屯留区启智幼儿园", "公办", 90},
    {"长治市屯留区瓶城幼儿园", "公办", 60},
    {"长治市屯留区直机关蓓蕾幼儿园", "公办", 40},
    {"长治市屯留区余吾中心学校", "公办", 60},
    {"长治市屯留区路村中心学校", "公办", 40},
    {"长治市屯留区丰宜中心学校", "公办", 20},
    {"长治市屯留区李高中心学校", "公办", 40},
    {"长治市屯留区渔泽中心学校", "公办", 40},
    {"山西潞安环保能源开发股份有限公司常村煤矿（幼儿园）", "企业办", 70},
    {"长治市屯留区妇幼保健计划生育服务中心", "卫健办", 20},
    {"长治市屯留区瓶城托育服务有限公司", "社区办", 20},
    {"长治市屯留区智慧树幼儿园", "民办", 40},
    {"长治市屯留区青青藤幼儿园", "民办", 40},
    {"长治市屯留区麟浩蓝贝幼儿园", "民办", 90},
    {"长治市屯留区上村镇上村海娃之家幼儿园", "民办", 60},
    {"长治市屯留区云果森林托育服务有限公司", "独立", 60},
    {"长治市屯留区小象湾托育服务有限公司", "独立", 100},
    {"长治市人之初托育服务有限公司", "独立", 20},
    {"长治市屯留区宝贝之家托育服务有限公司", "独立", 60},
    {"长治市屯留区托育综合服务中心", "独立", 120},
};

/// 附件2 as the xlsx fixture lays it out: a title merged over A1:E1, the header, 21 rows and a
/// 合计 row whose label has the inner spaces of the original ("合  计").
io::Table tunliuList(int printedTotal = 1180)
{
    io::Table t;
    t.name = QStringLiteral("附件2");
    t.rows.append(textRow({"长治市屯留区普惠托育机构名单", "", "", "", ""}));
    merge(t, 0, 0, 0, 4);
    t.rows.append(textRow({"序号", "幼儿园名称", "属性", "托位数", "备注"}));
    int n = 1;
    for (const auto &i : kTunliu)
        t.rows.append({numberCell(n++), textCell(QString::fromUtf8(i.name)),
                       textCell(QString::fromUtf8(i.kind)), numberCell(i.slotCount), io::Cell{}});
    t.rows.append({io::Cell{}, textCell(QStringLiteral("合  计")), io::Cell{},
                   numberCell(printedTotal), io::Cell{}});
    return t;
}

} // namespace

TEST_CASE("000's 附件2 institution list maps to 21 institutions with 1180 slots", "[mapper]")
{
    const io::Table t = tunliuList();
    const ColumnMapping m = TableMapper::propose(t);
    REQUIRE(m.kind == TableKind::InstitutionList);
    CHECK(m.headerFirstRow == 1);
    CHECK(m.headerLastRow == 1);
    CHECK(m.columnOf(QStringLiteral("name")) == 1);
    CHECK(m.columnOf(QStringLiteral("kind")) == 2);
    CHECK(m.columnOf(QStringLiteral("slots")) == 3);
    CHECK(m.columnOf(QStringLiteral("notes")) == 4);
    CHECK(m.columns[0].field.isEmpty()); // 序号 is recognised and not imported
    CHECK(m.signature() == QStringLiteral("序号|幼儿园名称|属性|托位数|备注"));

    const MappingResult r = TableMapper::map(t, m);
    CHECK(r.refused.isEmpty());
    CHECK(r.findings.isEmpty());
    REQUIRE(r.records.size() == 21);
    qint64 total = 0;
    for (int i = 0; i < 21; ++i) {
        const MappedRecord &rec = r.records[i];
        CHECK(rec.row == i + 3); // title and header above, 1-based
        CHECK(rec.values.value(QStringLiteral("name")).toString() ==
              QString::fromUtf8(kTunliu[i].name));
        CHECK(rec.values.value(QStringLiteral("kind_text")).toString() ==
              QString::fromUtf8(kTunliu[i].kind));
        CHECK(rec.values.value(QStringLiteral("kind")).toString() ==
              kindCode(kindFromWords(QString::fromUtf8(kTunliu[i].kind))));
        CHECK(rec.values.value(QStringLiteral("kind")).toString() != QStringLiteral("other"));
        CHECK(rec.values.value(QStringLiteral("slots")).toLongLong() == kTunliu[i].slotCount);
        CHECK_FALSE(rec.values.contains(QStringLiteral("notes")));
        CHECK(rec.warnings.isEmpty());
        total += rec.values.value(QStringLiteral("slots")).toLongLong();
    }
    CHECK(total == 1180);
    CHECK(r.records[9].values.value(QStringLiteral("kind")) == QStringLiteral("enterprise"));
    CHECK(r.records[10].values.value(QStringLiteral("kind")) == QStringLiteral("health"));
    CHECK(r.records[11].values.value(QStringLiteral("kind")) == QStringLiteral("community"));
    CHECK(r.records[20].values.value(QStringLiteral("kind")) == QStringLiteral("standalone"));
    REQUIRE(r.totals.size() == 1);
    CHECK(r.totals[0].row == 24);
    CHECK(r.totals[0].field == QStringLiteral("slots"));
    CHECK(r.totals[0].printed == 1180);
    CHECK(r.totals[0].matches());
    CHECK(r.skippedRows == QList<int>{24});
}

TEST_CASE("a 合计 row that disagrees is a finding, not a refusal", "[mapper]")
{
    const MappingResult r = TableMapper::map(tunliuList(1200));
    CHECK(r.records.size() == 21);
    CHECK(r.refused.isEmpty());
    REQUIRE(r.totals.size() == 1);
    CHECK_FALSE(r.totals[0].matches());
    CHECK(r.totals[0].computed == 1180);
    REQUIRE(r.findings.size() == 1);
    CHECK(r.findings[0].row == 24);
    CHECK(r.findings[0].message.contains(QStringLiteral("1200")));
    CHECK(r.findings[0].message.contains(QStringLiteral("1180")));
}

TEST_CASE("the same list as a Word table (all text, no title) maps the same", "[mapper]")
{
    io::Table t;
    t.name = QStringLiteral("表格 1");
    t.rows.append(textRow({"序号", "幼儿园名称", "属性", "托位数", "备注"}));
    int n = 1;
    for (const auto &i : kTunliu)
        t.rows.append({textCell(QString::number(n++)), textCell(QString::fromUtf8(i.name)),
                       textCell(QString::fromUtf8(i.kind)), textCell(QString::number(i.slotCount)),
                       io::Cell{}});
    t.rows.append(textRow({"", "合  计", "", "1180", ""}));
    const MappingResult r = TableMapper::map(t);
    REQUIRE(r.kind == TableKind::InstitutionList);
    CHECK(r.records.size() == 21);
    CHECK(r.records.front().row == 2);
    REQUIRE(r.totals.size() == 1);
    CHECK(r.totals[0].matches());
}

TEST_CASE("a header spread over two merged rows is joined", "[mapper]")
{
    io::Table t;
    t.rows.append(textRow({"2025年天宁区托育机构基本情况表"}));
    t.rows.append(textRow({"序号", "机构名称", "所属街道", "托位数", "", "在托人数", "是否备案"}));
    t.rows.append(textRow({"", "", "", "合计", "其中：普惠", "", ""}));
    merge(t, 1, 0, 2, 0);
    merge(t, 1, 1, 2, 1);
    merge(t, 1, 2, 2, 2);
    merge(t, 1, 3, 1, 4);
    // merge() copied 托位数 over E2; the sub-header row keeps its own words.
    t.rows[2][3] = textCell(QStringLiteral("合计"));
    t.rows[2][4] = textCell(QStringLiteral("其中：普惠"));
    merge(t, 1, 5, 2, 5);
    merge(t, 1, 6, 2, 6);
    t.rows.append(textRow({"1", "红梅托育中心", "红梅街道", "60", "40", "35", "是"}));
    t.rows.append(textRow({"2", "青龙宝贝园", "青龙街道", "50", "", "52", "否"}));

    const ColumnMapping m = TableMapper::propose(t);
    REQUIRE(m.kind == TableKind::InstitutionList);
    CHECK(m.headerFirstRow == 1);
    CHECK(m.headerLastRow == 2);
    CHECK(m.columnOf(QStringLiteral("slots")) == 3);
    CHECK(m.columnOf(QStringLiteral("puhui_slots")) == 4);
    CHECK(m.columnOf(QStringLiteral("area")) == 2);
    CHECK(m.columnOf(QStringLiteral("enrolled")) == 5);
    CHECK(m.columnOf(QStringLiteral("filed")) == 6);
    CHECK(m.columns[4].header == QStringLiteral("托位数/其中普惠"));

    const MappingResult r = TableMapper::map(t, m);
    REQUIRE(r.records.size() == 2);
    const auto &a = r.records[0].values;
    CHECK(a.value(QStringLiteral("slots")).toLongLong() == 60);
    CHECK(a.value(QStringLiteral("puhui_slots")).toLongLong() == 40);
    CHECK(a.value(QStringLiteral("area")).toString() == QStringLiteral("红梅街道"));
    CHECK(a.value(QStringLiteral("filed")).toBool());
    CHECK(r.records[0].warnings.isEmpty());
    CHECK_FALSE(r.records[1].values.value(QStringLiteral("filed")).toBool());
    CHECK(r.records[1].values.contains(QStringLiteral("filed")));
    // 52 children in 50 slots: kept, with a warning.
    REQUIRE(r.records[1].warnings.size() == 1);
    CHECK(r.records[1].warnings[0].contains(QStringLiteral("大于托位数")));
}

TEST_CASE("messy typing is cleaned", "[mapper]")
{
    io::Table t;
    t.rows.append(
        textRow({"托育机构名称", "统一社会信用代码", "举办性质", "核定托位数（个）", "普惠性托位",
                 "是否备案", "备案时间", "月收费标准（元/月）", "所在乡镇（街道）"}));
    t.rows.append(textRow({"  阳光 托育  ", "91320402mA1ＭＹ5ＸＫ3Ｂ", " 民办 ", "４０个", "30",
                           "√", "2024年3月1日", "1,500元", "郑陆镇"}));
    t.rows.append(textRow(
        {"小太阳托育", "", "公办", "1,180", "90 人", "×", "2024/3/5", "１２００", "雕庄街道"}));
    t.rows.append(textRow({"星星托育", "", "社区", "60", "", "已备案", "2024.3.1", "", ""}));
    t.rows.append(textRow({"月亮托育", "", "公建民营", "60", "", "未备案", "2024年3月", "", ""}));
    t.rows.append({textCell(QStringLiteral("云朵托育")), io::Cell{}, io::Cell{}, numberCell(20),
                   io::Cell{}, textCell(QStringLiteral("Y")),
                   dateCell(QStringLiteral("2023-12-31")), numberCell(980.5), io::Cell{}});

    const ColumnMapping m = TableMapper::propose(t);
    REQUIRE(m.kind == TableKind::InstitutionList);
    CHECK(m.headerFirstRow == 0);
    for (const char *key : {"name", "credit_code", "kind", "slots", "puhui_slots", "filed",
                            "filed_date", "monthly_price", "area"})
        CHECK(m.columnOf(QString::fromLatin1(key)) >= 0);

    const MappingResult r = TableMapper::map(t, m);
    CHECK(r.refused.isEmpty());
    REQUIRE(r.records.size() == 5);
    const auto &a = r.records[0].values;
    CHECK(a.value(QStringLiteral("name")).toString() == QStringLiteral("阳光托育"));
    CHECK(a.value(QStringLiteral("credit_code")).toString() ==
          QStringLiteral("91320402MA1MY5XK3B"));
    CHECK(a.value(QStringLiteral("kind")).toString() == QStringLiteral("private"));
    CHECK(a.value(QStringLiteral("kind_text")).toString() == QStringLiteral("民办"));
    CHECK(a.value(QStringLiteral("slots")).toLongLong() == 40);
    CHECK(a.value(QStringLiteral("filed")).toBool() == true);
    CHECK(a.value(QStringLiteral("filed_date")).toDate() == QDate(2024, 3, 1));
    CHECK(a.value(QStringLiteral("monthly_price")).toDouble() == 1500.0);
    CHECK(a.value(QStringLiteral("area")).toString() == QStringLiteral("郑陆镇"));
    CHECK(r.records[0].warnings.isEmpty());

    const auto &b = r.records[1].values;
    CHECK(b.value(QStringLiteral("slots")).toLongLong() == 1180);
    CHECK(b.value(QStringLiteral("puhui_slots")).toLongLong() == 90);
    CHECK(b.value(QStringLiteral("filed")).toBool() == false);
    CHECK(b.value(QStringLiteral("filed_date")).toDate() == QDate(2024, 3, 5));
    CHECK(b.value(QStringLiteral("monthly_price")).toDouble() == 1200.0);

    const auto &c = r.records[2].values;
    CHECK(c.value(QStringLiteral("kind")).toString() == QStringLiteral("community"));
    CHECK(c.value(QStringLiteral("filed")).toBool() == true);
    CHECK(c.value(QStringLiteral("filed_date")).toDate() == QDate(2024, 3, 1));

    const auto &d = r.records[3].values;
    CHECK(d.value(QStringLiteral("filed")).toBool() == false);
    CHECK(d.value(QStringLiteral("filed_date")).toDate() == QDate(2024, 3, 1));
    CHECK(r.records[3].warnings.join(QString()).contains(QStringLiteral("只写到月份")));

    const auto &e = r.records[4].values;
    CHECK(e.value(QStringLiteral("filed")).toBool() == true);
    CHECK(e.value(QStringLiteral("filed_date")).toDate() == QDate(2023, 12, 31));
    CHECK(e.value(QStringLiteral("monthly_price")).toDouble() == 980.5);
    CHECK_FALSE(e.contains(QStringLiteral("kind")));
}

TEST_CASE("refused rows carry the row number the officer sees and a reason", "[mapper]")
{
    io::Table t;
    t.rows.append(textRow({"某区托育机构名单"}));
    t.rows.append(
        textRow({"序号", "机构名称", "统一社会信用代码", "所属街道", "托位数", "普惠托位"}));
    t.rows.append(textRow({"1", "甲托育", "91320400MA1AAAAA1X", "红梅街道", "60", "40"})); // row 3
    t.rows.append(textRow({"2", "", "", "红梅街道", "30", ""}));                           // 4
    t.rows.append(textRow({"3", "乙托育", "", "红梅街道", "-5", ""}));                     // 5
    t.rows.append(textRow({"4", "丙托育", "", "红梅街道", "三十", ""}));                   // 6
    t.rows.append(textRow({"5", "丁托育", "", "红梅街道", "40", "60"}));                   // 7
    t.rows.append(textRow({"6", "戊托育", "91320400MA1AAAAA1X", "天宁街道", "20", ""}));   // 8
    t.rows.append(textRow({"7", "甲托育", "", "红梅街道", "20", ""}));                     // 9
    t.rows.append(textRow({"8", "甲托育", "", "青龙街道", "20", ""}));                     // 10
    t.rows.append(textRow({"", "", "", "", "", ""}));                                      // 11
    t.rows.append(textRow({"9", "己托育", "", "兰陵街道", "40.5", ""}));                   // 12

    const MappingResult r = TableMapper::map(t);
    REQUIRE(r.kind == TableKind::InstitutionList);
    CHECK(r.records.size() == 2);
    CHECK(recordAt(r, 3) != nullptr);
    CHECK(recordAt(r, 10) != nullptr); // same name, another street: a different institution
    CHECK(refusalAt(r, 4).contains(QStringLiteral("缺少机构名称")));
    CHECK(refusalAt(r, 5).contains(QStringLiteral("负数")));
    CHECK(refusalAt(r, 6).contains(QStringLiteral("三十")));
    CHECK(refusalAt(r, 7).contains(QStringLiteral("普惠托位数（60）大于托位数（40）")));
    CHECK(refusalAt(r, 8).contains(QStringLiteral("第3行")));
    CHECK(refusalAt(r, 8).contains(QStringLiteral("信用代码")));
    CHECK(refusalAt(r, 9).contains(QStringLiteral("第3行")));
    CHECK(refusalAt(r, 12).contains(QStringLiteral("整数")));
    CHECK(r.refused.size() == 7);
    CHECK(r.skippedRows.contains(11));
    CHECK(refusalAt(r, 11).isEmpty());
}

TEST_CASE("a kind that maps nowhere is kept as written and flagged", "[mapper]")
{
    io::Table t;
    t.rows.append(textRow({"机构名称", "机构类型", "托位"}));
    t.rows.append(textRow({"甲托育", "合作办", "20"}));
    t.rows.append(textRow({"乙托育", "公办", "30"}));
    const MappingResult r = TableMapper::map(t);
    REQUIRE(r.records.size() == 2);
    const MappedRecord &a = r.records[0];
    CHECK(a.values.value(QStringLiteral("kind")).toString() == kindCode(InstitutionKind::Other));
    CHECK(a.values.value(QStringLiteral("kind_text")).toString() == QStringLiteral("合作办"));
    REQUIRE(a.warnings.size() == 1);
    CHECK(a.warnings[0].contains(QStringLiteral("合作办")));
    CHECK(r.records[1].warnings.isEmpty());
}

TEST_CASE("rows under the table that are notes are skipped, not refused", "[mapper]")
{
    io::Table t = tunliuList();
    t.rows.append(textRow({"备注：民办机构托位以备案为准。", "", "", "", ""}));
    merge(t, t.rowCount() - 1, 0, t.rowCount() - 1, 4);
    t.rows.append(textRow({"填表人：张三", "", "联系电话：123", "", ""}));
    const MappingResult r = TableMapper::map(t);
    CHECK(r.records.size() == 21);
    CHECK(r.refused.isEmpty());
    CHECK(r.skippedRows.contains(25));
    CHECK(r.skippedRows.contains(26));
    // Both are surfaced for the officer to read.
    REQUIRE(r.findings.size() == 2);
    CHECK(r.findings[0].message.contains(QStringLiteral("以备案为准")));
    CHECK(r.findings[1].message.contains(QStringLiteral("填表人")));
}

TEST_CASE("class bands and staff columns map onto their fields", "[mapper]")
{
    io::Table t;
    t.rows.append(textRow({"名称", "托位数", "乳儿班", "托小班", "托大班", "从业人员", "持证人员",
                           "等级", "签约医疗机构", "地址"}));
    t.rows.append(textRow({"甲托育", "50", "10", "20", "20", "12", "9", "省级示范",
                           "天宁区妇幼保健院", "天宁区北大街1号"}));
    t.rows.append(textRow({"乙托育", "50", "10", "20", "10", "", "", "", "", ""}));
    const MappingResult r = TableMapper::map(t);
    REQUIRE(r.kind == TableKind::InstitutionList);
    REQUIRE(r.records.size() == 2);
    const auto &a = r.records[0].values;
    CHECK(a.value(QStringLiteral("slots_infant")).toLongLong() == 10);
    CHECK(a.value(QStringLiteral("slots_toddler")).toLongLong() == 20);
    CHECK(a.value(QStringLiteral("slots_older")).toLongLong() == 20);
    CHECK(a.value(QStringLiteral("staff")).toLongLong() == 12);
    CHECK(a.value(QStringLiteral("certified_staff")).toLongLong() == 9);
    CHECK(a.value(QStringLiteral("grade")).toString() == QStringLiteral("省级示范"));
    CHECK(a.value(QStringLiteral("medical_partner")).toString() ==
          QStringLiteral("天宁区妇幼保健院"));
    CHECK(a.value(QStringLiteral("address")).toString() == QStringLiteral("天宁区北大街1号"));
    CHECK(r.records[0].warnings.isEmpty());
    // 10 + 20 + 10 ≠ 50: kept, flagged.
    REQUIRE(r.records[1].warnings.size() == 1);
    CHECK(r.records[1].warnings[0].contains(QStringLiteral("40")));
}

TEST_CASE("a corrected mapping is applied as given", "[mapper]")
{
    io::Table t;
    t.rows.append(textRow({"单位", "数量", "说明"}));
    t.rows.append(textRow({"甲托育", "20", "新开"}));
    ColumnMapping m = TableMapper::propose(t);
    REQUIRE(m.kind == TableKind::InstitutionList); // 单位 and 说明 are enough to be recognised
    CHECK(m.columnOf(QStringLiteral("slots")) == -1);
    m.setField(1, QStringLiteral("slots"));
    const MappingResult r = TableMapper::map(t, m);
    REQUIRE(r.records.size() == 1);
    CHECK(r.records[0].values.value(QStringLiteral("slots")).toLongLong() == 20);
}

TEST_CASE("proposeTable picks the first table that looks like a list", "[mapper]")
{
    io::Table leaders;
    leaders.rows.append(textRow({"职务", "姓名", "单位职务"}));
    leaders.rows.append(textRow({"组  长", "王某", "区长"}));
    io::Table empty;
    QList<io::Table> tables{leaders, empty, tunliuList()};
    CHECK(proposeTable(tables) == 2);
    tables[2].hidden = true;
    tables.append(tunliuList());
    CHECK(proposeTable(tables) == 3);
    CHECK(proposeTable({leaders}) == -1);
}
