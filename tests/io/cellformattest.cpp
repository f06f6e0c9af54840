#include "testhelpers.h"

#include "io/cellformat.h"

#include <catch2/catch.hpp>

#include <random>

using namespace tuoyu::io;

TEST_CASE("formatNumber prints the shortest round-trip text without needless exponents",
          "[cellformat]")
{
    CHECK(formatNumber(0) == QStringLiteral("0"));
    CHECK(formatNumber(-0.0) == QStringLiteral("0"));
    CHECK(formatNumber(1180) == QStringLiteral("1180"));
    CHECK(formatNumber(-2.5) == QStringLiteral("-2.5"));
    CHECK(formatNumber(1000000) == QStringLiteral("1000000"));
    CHECK(formatNumber(13912345678.0) == QStringLiteral("13912345678"));
    CHECK(formatNumber(0.1 + 0.2) == QStringLiteral("0.30000000000000004"));
    CHECK(formatNumber(0.0001) == QStringLiteral("0.0001"));
    CHECK(formatNumber(123456.789) == QStringLiteral("123456.789"));
    CHECK(formatNumber(1.5e-8) == QStringLiteral("1.5e-08"));
    CHECK(formatNumber(1e21) == QStringLiteral("1e+21"));
    CHECK(formatNumber(1.25e22) == QStringLiteral("1.25e+22"));
    CHECK(formatNumber(1e20) == QStringLiteral("100000000000000000000"));
    CHECK(formatNumber(9007199254740993.0) == QStringLiteral("9007199254740992"));

    std::mt19937_64 random(42);
    std::uniform_real_distribution<double> exponent(-30, 30);
    for (int i = 0; i < 20000; ++i) {
        const double v = std::pow(10.0, exponent(random)) * (i % 2 ? -1 : 1);
        bool ok = false;
        REQUIRE(formatNumber(v).toDouble(&ok) == v);
        REQUIRE(ok);
    }
}

TEST_CASE("number formats are classified as date, time or number", "[cellformat]")
{
    CHECK(classifyNumberFormat(u"yyyy/m/d") == NumberKind::Date);
    CHECK(classifyNumberFormat(u"yyyy\"年\"m\"月\"d\"日\"") == NumberKind::Date);
    CHECK(classifyNumberFormat(u"yyyy年m月d日") == NumberKind::Date);
    CHECK(classifyNumberFormat(u"[DBNum1][$-804]yyyy\"年\"m\"月\"d\"日\"") == NumberKind::Date);
    CHECK(classifyNumberFormat(u"[$-F800]dddd\\,\\ mmmm\\ dd\\,\\ yyyy") == NumberKind::Date);
    CHECK(classifyNumberFormat(u"[$-F400]h:mm:ss\\ AM/PM") == NumberKind::Time);
    CHECK(classifyNumberFormat(u"mmm-yy") == NumberKind::Date);
    CHECK(classifyNumberFormat(u"d-mmm") == NumberKind::Date);
    CHECK(classifyNumberFormat(u"m/d/yy h:mm") == NumberKind::DateTime);
    CHECK(classifyNumberFormat(u"yyyy-mm-dd hh:mm:ss") == NumberKind::DateTime);
    CHECK(classifyNumberFormat(u"h:mm") == NumberKind::Time);
    CHECK(classifyNumberFormat(u"mm:ss") == NumberKind::Time);
    CHECK(classifyNumberFormat(u"上午/下午h\"时\"mm\"分\"") == NumberKind::Time);
    CHECK(classifyNumberFormat(u"[h]:mm:ss") == NumberKind::Duration);
    CHECK(classifyNumberFormat(u"General") == NumberKind::Number);
    CHECK(classifyNumberFormat(u"0.00%") == NumberKind::Number);
    CHECK(classifyNumberFormat(u"#,##0;[Red]-#,##0") == NumberKind::Number);
    CHECK(classifyNumberFormat(u"0.00E+00") == NumberKind::Number);
    CHECK(classifyNumberFormat(u"\"元\"#,##0.00") == NumberKind::Number);
    CHECK(classifyNumberFormat(u"@") == NumberKind::Number);
    CHECK(classifyNumberFormat(u"_(* #,##0.00_);_(* \\(#,##0.00\\);_(* \"-\"??_);_(@_)") ==
          NumberKind::Number);

    CHECK(builtinNumberKind(0) == NumberKind::Number);
    CHECK(builtinNumberKind(9) == NumberKind::Number);
    CHECK(builtinNumberKind(14) == NumberKind::Date);
    CHECK(builtinNumberKind(20) == NumberKind::Time);
    CHECK(builtinNumberKind(22) == NumberKind::DateTime);
    CHECK(builtinNumberKind(31) == NumberKind::Date); // yyyy"年"m"月"d"日" in zh-CN
    CHECK(builtinNumberKind(58) == NumberKind::Date);
    CHECK(builtinNumberKind(46) == NumberKind::Duration);
}

TEST_CASE("Excel serials become ISO dates in both date systems", "[cellformat]")
{
    auto date = [](double v, bool d1904 = false) {
        return numberCell(v, NumberKind::Date, d1904).text;
    };
    CHECK(date(1) == QStringLiteral("1900-01-01"));
    CHECK(date(59) == QStringLiteral("1900-02-28"));
    CHECK(date(60) == QStringLiteral("1900-02-29")); // Excel's phantom leap day
    CHECK(date(61) == QStringLiteral("1900-03-01"));
    CHECK(date(45292) == QStringLiteral("2024-01-01"));
    CHECK(date(45292.99) == QStringLiteral("2024-01-01"));
    CHECK(date(0, true) == QStringLiteral("1904-01-01"));
    CHECK(date(1, true) == QStringLiteral("1904-01-02"));
    CHECK(date(43830, true) == QStringLiteral("2024-01-01"));
    CHECK(numberCell(45292, NumberKind::Date, false).type == CellType::Date);
    CHECK(numberCell(45292.5, NumberKind::DateTime, false).text ==
          QStringLiteral("2024-01-01T12:00:00"));
    CHECK(numberCell(45292.5, NumberKind::DateTime, false).type == CellType::DateTime);
    CHECK(numberCell(45292.99999999, NumberKind::DateTime, false).text ==
          QStringLiteral("2024-01-02T00:00:00"));
    CHECK(numberCell(0.75, NumberKind::Time, false).text == QStringLiteral("18:00:00"));
    CHECK(numberCell(0.75, NumberKind::Time, false).type == CellType::Time);
    CHECK(numberCell(1.5, NumberKind::Duration, false).text == QStringLiteral("36:00:00"));
    // not a date: stays a number
    CHECK(numberCell(-1, NumberKind::Date, false).type == CellType::Number);
    CHECK(numberCell(1e10, NumberKind::Date, false).text == QStringLiteral("10000000000"));
    CHECK(numberCell(45292, NumberKind::Date, false).number == 45292);
}

TEST_CASE("formatIsoDate writes what QDate::toString(Qt::ISODate) writes", "[cellformat]")
{
    CHECK(formatIsoDate(QDate(2023, 3, 23)) == QStringLiteral("2023-03-23"));
    CHECK(formatIsoDate(QDate()).isEmpty());
    // Every day of a few centuries, and the ends of the four-digit range, against Qt's own.
    for (QDate d(1899, 12, 1); d <= QDate(2101, 1, 31); d = d.addDays(1))
        REQUIRE(formatIsoDate(d) == d.toString(Qt::ISODate));
    for (const QDate d : {QDate(1, 1, 1), QDate(999, 7, 4), QDate(9999, 12, 31), QDate(10000, 1, 1),
                          QDate(-44, 3, 15)})
        CHECK(formatIsoDate(d) == d.toString(Qt::ISODate));
}
