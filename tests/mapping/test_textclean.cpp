#include <mapping/textclean.h>

#include <catch2/catch.hpp>

using namespace tuoyu::mapping;

TEST_CASE("cleanText removes layout spaces and full-width digits", "[clean]")
{
    CHECK(cleanText(QStringLiteral("合  计")) == QStringLiteral("合计"));
    CHECK(cleanText(QStringLiteral("组　长")) == QStringLiteral("组长"));
    CHECK(cleanText(QStringLiteral("  阳光 托育  ")) == QStringLiteral("阳光托育"));
    CHECK(cleanText(QStringLiteral("创建省普惠\n托育机构")) ==
          QStringLiteral("创建省普惠托育机构"));
    CHECK(cleanText(QStringLiteral("ＡＢＣ托育１号")) == QStringLiteral("ABC托育1号"));
    CHECK(cleanText(QStringLiteral("Happy   Kids")) == QStringLiteral("Happy Kids"));
    CHECK(cleanText(QStringLiteral("常村煤矿（幼儿园）")) == QStringLiteral("常村煤矿（幼儿园）"));
    const QString clean = QStringLiteral("长治市屯留区启智幼儿园");
    CHECK(cleanText(clean).constData() == clean.constData()); // no copy when nothing changes
}

TEST_CASE("normaliseHeader", "[clean]")
{
    CHECK(normaliseHeader(u"托位数（个）") == QStringLiteral("托位数"));
    CHECK(normaliseHeader(u"月收费标准(元/月)") == QStringLiteral("月收费标准"));
    CHECK(normaliseHeader(u"所在乡镇（街道）") == QStringLiteral("所在乡镇街道"));
    CHECK(normaliseHeader(u"其中：普惠托位") == QStringLiteral("其中普惠托位"));
    CHECK(normaliseHeader(u"指标\n内容") == QStringLiteral("指标内容"));
    CHECK(normaliseHeader(u" 幼儿园 名称 ") == QStringLiteral("幼儿园名称"));
    CHECK(normaliseHeader(u"*机构名称") == QStringLiteral("机构名称"));
    CHECK(normaliseHeader(u"No.") == QStringLiteral("no."));
}

TEST_CASE("parseInteger accepts what people type", "[clean]")
{
    auto v = [](const char16_t *s) { return parseInteger(QStringView(s)); };
    CHECK(v(u"40").value == 40);
    CHECK(v(u"４０").value == 40);
    CHECK(v(u"40个").value == 40);
    CHECK(v(u"90 人").value == 90);
    CHECK(v(u"1,180").value == 1180);
    CHECK(v(u"1，180").value == 1180);
    CHECK(v(u" 60 ").value == 60);
    CHECK(v(u"40.0").value == 40);
    CHECK(v(u"-5").value == -5);
    CHECK(v(u"1.2万").value == 12000);
    CHECK(v(u"40.5").invalid());
    CHECK(v(u"三十").invalid());
    CHECK(v(u"约40").invalid());
    CHECK(v(u"40-60").invalid());
    CHECK(v(u"12,34").invalid());
    CHECK(v(u"").empty());
    CHECK(v(u"—").empty());
    CHECK(v(u"/").empty());
    CHECK(v(u"无").empty());
}

TEST_CASE("parseDecimal", "[clean]")
{
    CHECK(parseDecimal(u"1,500元/月").value == 1500.0);
    CHECK(parseDecimal(u"１２００．５").value == 1200.5);
    CHECK(parseDecimal(u"0.1").value == 0.1);
    CHECK(parseDecimal(u"1500元/人/月").value == 1500.0);
    CHECK(parseDecimal(u"1200-1500").invalid());
}

TEST_CASE("parseYesNo", "[clean]")
{
    for (const char16_t *yes :
         {u"是", u"有", u"√", u"✓", u"Y", u"y", u"TRUE", u"已备案", u"已签约", u"1"}) {
        INFO(QString::fromUtf16(yes).toStdString());
        CHECK(parseYesNo(yes).ok());
        CHECK(parseYesNo(yes).value == true);
    }
    for (const char16_t *no :
         {u"否", u"无", u"×", u"✗", u"N", u"FALSE", u"未备案", u"尚未备案", u"备案中", u"0"}) {
        INFO(QString::fromUtf16(no).toStdString());
        CHECK(parseYesNo(no).ok());
        CHECK(parseYesNo(no).value == false);
    }
    CHECK(parseYesNo(u"").empty());
    CHECK(parseYesNo(u"看情况").invalid());
}

TEST_CASE("parseDate", "[clean]")
{
    bool monthOnly = true;
    CHECK(parseDate(u"2024-03-01", &monthOnly).value == QDate(2024, 3, 1));
    CHECK_FALSE(monthOnly);
    CHECK(parseDate(u"2024/3/1").value == QDate(2024, 3, 1));
    CHECK(parseDate(u"2024.3.1").value == QDate(2024, 3, 1));
    CHECK(parseDate(u"2024年3月1日").value == QDate(2024, 3, 1));
    CHECK(parseDate(u"２０２４年３月１日").value == QDate(2024, 3, 1));
    CHECK(parseDate(u"20240301").value == QDate(2024, 3, 1));
    CHECK(parseDate(u"2024-03-01T00:00:00").value == QDate(2024, 3, 1));
    CHECK(parseDate(u"2024年3月", &monthOnly).value == QDate(2024, 3, 1));
    CHECK(monthOnly);
    CHECK(parseDate(u"2024-02-30").invalid());
    CHECK(parseDate(u"明年").invalid());
    CHECK(parseDate(u"").empty());
}

TEST_CASE("parseYearMonth and year headings", "[clean]")
{
    auto ym = [](const char16_t *s) {
        const auto p = parseYearMonth(QStringView(s));
        return p.ok() ? p.value.year * 100 + p.value.month : -1;
    };
    CHECK(ym(u"2025-03") == 202503);
    CHECK(ym(u"2025年3月") == 202503);
    CHECK(ym(u"2025年03月份") == 202503);
    CHECK(ym(u"2025/3") == 202503);
    CHECK(ym(u"2025.3") == 202503);
    CHECK(ym(u"202503") == 202503);
    CHECK(ym(u"2025-03-01") == 202503);
    CHECK(ym(u"3月") == 3);
    CHECK(ym(u"3月份") == 3);
    CHECK(ym(u"13月") == -1);
    CHECK(parseYearHeading(u"2023年") == 2023);
    CHECK(parseYearHeading(u"2024年度") == 2024);
    CHECK(parseYearHeading(u"2025") == 2025);
    CHECK(parseYearHeading(u"2023年目标") == 0);
    CHECK(parseYearHeading(u"郑陆") == 0);
    const YearMonth t = findYearMonthInText(u"天宁区2025年3月托育机构收托情况");
    CHECK(t.year == 2025);
    CHECK(t.month == 3);
    CHECK(findYearMonthInText(u"托育机构名单").year == 0);
}

TEST_CASE("total labels", "[clean]")
{
    CHECK(isTotalLabel(u"合计"));
    CHECK(isTotalLabel(u"合  计"));
    CHECK(isTotalLabel(u"总计"));
    CHECK(isTotalLabel(u"全区合计："));
    CHECK(isTotalLabel(u"小计"));
    CHECK(isSubtotalLabel(u"小 计"));
    CHECK_FALSE(isSubtotalLabel(u"合计"));
    CHECK_FALSE(isTotalLabel(u"长治市屯留区托育综合服务中心"));
}
