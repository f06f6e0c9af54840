#include "tabletestutil.h"

#include <mapping/tablemapper.h>

#include <catch2/catch.hpp>

#include <QJsonDocument>

using namespace tuoyu;
using namespace tuoyu::mapping;
using namespace tuoyu::mapping::test;

namespace {
io::Table monthly(const char *title, const char *month)
{
    io::Table t;
    t.rows.append(textRow({title}));
    t.rows.append(textRow({"填报单位：红梅街道", "", "填报日期：2025年4月2日"}));
    t.rows.append(textRow({"单位", "小班", "大班", "乳儿"}));
    t.rows.append(textRow({"甲托育", "3", "4", "1"}));
    t.rows.append(textRow({"乙托育", "5", "6", "2"}));
    Q_UNUSED(month);
    return t;
}
} // namespace

TEST_CASE("a mapping survives JSON and keeps its signature", "[columnmapping]")
{
    ColumnMapping m;
    m.kind = TableKind::Decomposition;
    m.headerFirstRow = 1;
    m.headerLastRow = 2;
    m.columns = {
        {QStringLiteral("年度/指标内容"), QStringLiteral("item"), 0, QString()},
        {QStringLiteral("2023年/郑陆"), QStringLiteral("target"), 2023, QStringLiteral("郑陆")},
        {QStringLiteral("2023年/合计"), QStringLiteral("total"), 2023, QString()},
        {QString(), QString(), 0, QString()}};
    m.contextYear = 2023;
    const QJsonObject json = m.toJson();
    CHECK(json.value(QStringLiteral("signature")).toString() ==
          QStringLiteral("年度/指标内容|2023年/郑陆|2023年/合计"));
    // Through text, as the workspace stores it.
    const QByteArray text = QJsonDocument(json).toJson();
    const auto back = ColumnMapping::fromJson(QJsonDocument::fromJson(text).object());
    REQUIRE(back.has_value());
    CHECK(*back == m);

    QJsonObject broken = json;
    broken.insert(QStringLiteral("signature"), QStringLiteral("别的表头"));
    QString error;
    CHECK_FALSE(ColumnMapping::fromJson(broken, &error).has_value());
    CHECK_FALSE(error.isEmpty());
    CHECK_FALSE(ColumnMapping::fromJson(QJsonObject{}).has_value());
}

TEST_CASE("setField moves a field rather than duplicating it", "[columnmapping]")
{
    ColumnMapping m;
    m.kind = TableKind::InstitutionList;
    m.columns = {{QStringLiteral("a"), QStringLiteral("name"), 0, {}},
                 {QStringLiteral("b"), QString(), 0, {}}};
    m.setField(1, QStringLiteral("name"));
    CHECK(m.columnOf(QStringLiteral("name")) == 1);
    CHECK(m.columns[0].field.isEmpty());
    m.setField(3, QStringLiteral("slots"));
    CHECK(m.columns.size() == 4);
    CHECK(m.columnOf(QStringLiteral("slots")) == 3);
}

TEST_CASE("a corrected mapping is reused for next month's file with the same header",
          "[columnmapping]")
{
    // March's file: the officer tells the dialog what 单位 / 小班 / 大班 / 乳儿 mean.
    const io::Table march = monthly("2025年3月托育机构在托人数", "");
    ColumnMapping corrected = TableMapper::propose(march);
    corrected.kind = TableKind::Enrolment;
    corrected.headerFirstRow = corrected.headerLastRow = 2;
    corrected.columns = TableMapper::headerColumns(march, 2, 2);
    corrected.setField(0, QStringLiteral("institution"));
    corrected.setField(1, QStringLiteral("toddler"));
    corrected.setField(2, QStringLiteral("older"));
    corrected.setField(3, QStringLiteral("infant"));
    const QJsonObject stored = corrected.toJson();

    // April's file has one more title line, so the header moved down a row.
    io::Table april = monthly("2025年4月托育机构在托人数", "");
    april.rows.prepend(textRow({"附件"}));
    const auto saved = ColumnMapping::fromJson(stored);
    REQUIRE(saved.has_value());
    const auto placed = TableMapper::reuse(april, *saved);
    REQUIRE(placed.has_value());
    CHECK(placed->headerFirstRow == 3);
    CHECK(placed->contextYear == 2025);
    CHECK(placed->contextMonth == 4);
    const MappingResult r = TableMapper::map(april, *placed);
    REQUIRE(r.records.size() == 2);
    CHECK(r.records[0].row == 5);
    CHECK(r.records[0].values.value(QStringLiteral("month")) == QStringLiteral("2025-04"));
    CHECK(r.records[0].values.value(QStringLiteral("toddler")).toLongLong() == 3);
    CHECK(r.records[0].values.value(QStringLiteral("infant")).toLongLong() == 1);

    // Another header is not matched.
    io::Table other = april;
    other.rows[3][1] = textCell(QStringLiteral("中班"));
    CHECK_FALSE(TableMapper::reuse(other, *saved).has_value());
}
