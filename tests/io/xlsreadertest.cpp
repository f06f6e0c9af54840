#include "testhelpers.h"

#include "io/reader.h"

#include <catch2/catch.hpp>

using namespace tuoyu::io;

namespace {

ReadResult read(const char *relative)
{
    return readFile(corpusPath(QString::fromUtf8(relative)));
}

} // namespace

TEST_CASE("xls: BIFF8 text, numbers, merges, formula results and Chinese text", "[xls][corpus]")
{
    const ReadResult balance = read("apache-poi/spreadsheet/61287.xls");
    REQUIRE(balance.ok());
    const Table &t = balance.tables[0];
    CHECK(t.name == QStringLiteral("第一页"));
    CHECK(t.cell(0, 0).text == QStringLiteral("资产负债表"));
    CHECK(t.cell(2, 7).text == QStringLiteral("资产负债表")); // merged over three rows
    CHECK(t.cell(3, 7).text == QStringLiteral("会企01表"));
    CHECK(t.cell(4, 0).text == QStringLiteral("编制单位：上海大众汽车石汇销售服务有限公司"));
    CHECK(t.cell(5, 0).text == QStringLiteral("资   产"));

    const ReadResult bank = read("apache-poi/spreadsheet/44235.xls");
    REQUIRE(bank.ok());
    CHECK(bank.tables[0].cell(1, 0).text == QStringLiteral("还原利润表"));
    CHECK(bank.tables[0].cell(6, 1).text == QStringLiteral("一、贷款利息收入类"));

    const ReadResult merges = read("calamine/merge_cells.xls");
    REQUIRE(merges.ok());
    CHECK(merges.tables[0].cell(0, 1).text == QStringLiteral("Row Merge"));
    CHECK(merges.tables[0].cell(1, 2).text == QStringLiteral("Chunk Merged"));

    // long strings split over CONTINUE records
    const ReadResult continued = read("apache-poi/spreadsheet/StringContinueRecords.xls");
    REQUIRE(continued.ok());
    CHECK(continued.tables[0].rowCount() > 300);
}

TEST_CASE("xls: BIFF5, booleans, errors, dates, 1904, hidden sheets", "[xls][corpus]")
{
    const ReadResult biff5 = read("calamine/biff5_write.xls");
    REQUIRE(biff5.ok());
    const Table &t = biff5.tables[0];
    CHECK(t.name == QStringLiteral("SheetJS"));
    CHECK(t.cell(1, 0).type == CellType::Boolean);
    CHECK(t.cell(1, 0).text == QStringLiteral("TRUE"));
    CHECK(t.cell(1, 3).text == QStringLiteral("sheetjs"));
    CHECK(t.cell(2, 2).type == CellType::Date);
    CHECK(t.cell(2, 2).text == QStringLiteral("2014-02-19"));
    CHECK(t.cell(2, 3).text == QStringLiteral("0.3"));

    const ReadResult errors = read("sheetjs-test_files/biff5/ErrorTypes.xls");
    REQUIRE(errors.ok());
    CHECK(errors.tables[0].cell(1, 0).type == CellType::Error);
    CHECK(errors.tables[0].cell(1, 0).text == QStringLiteral("#NULL!"));
    CHECK(errors.tables[0].cell(2, 1).text == QStringLiteral("#DIV/0!"));

    const ReadResult d1904 = read("sheetjs-test_files/1904/1904.biff5");
    REQUIRE(d1904.ok());
    CHECK(d1904.tables[0].cell(0, 1).text == QStringLiteral("1904-01-02"));
    CHECK(d1904.tables[0].cell(4, 1).text == QStringLiteral("1934-06-03"));
    const ReadResult d1900 = read("sheetjs-test_files/1904/1900.biff5");
    REQUIRE(d1900.ok());
    CHECK(d1900.tables[0].cell(0, 1).text == QStringLiteral("1900-01-01"));

    const ReadResult calamine1904 = read("calamine/date_1904.xls");
    REQUIRE(calamine1904.ok());
    CHECK(calamine1904.tables[0].cell(0, 0).text == QStringLiteral("2021-01-01"));
    CHECK(calamine1904.tables[0].cell(2, 0).text == QStringLiteral("255:10:10"));

    for (const char *file : {"sheetjs-test_files/sheet_visibility.xls", "sheetjs-test_files/sheet_visibility5.xls"}) {
        INFO(file);
        const ReadResult v = read(file);
        REQUIRE(v.ok());
        REQUIRE(v.tables.size() == 3);
        CHECK_FALSE(v.tables[0].hidden);
        CHECK(v.tables[1].hidden);
        CHECK(v.tables[2].hidden);
        CHECK(v.tables[2].name == QStringLiteral("VeryHidden"));
    }
}

TEST_CASE("xls: BIFF2–4 bare streams through FreeXL", "[xls][corpus]")
{
    const ReadResult biff2 = read("sheetjs-test_files/crlf/CRLFX5_2.XLS");
    REQUIRE(biff2.ok());
    CHECK(biff2.tables[0].cell(0, 1).text == QStringLiteral("abc\ndef"));
    const ReadResult biff4 = read("apache-poi/spreadsheet/testEXCEL_4.xls");
    REQUIRE(biff4.ok());
    CHECK(biff4.tables[0].cell(0, 0).text.startsWith(QStringLiteral("Table 10 -- Examination Coverage")));
    const ReadResult biff3 = read("sheetjs-test_files/crlf/CRLFX5_3.XLS");
    CHECK(biff3.ok());
}

TEST_CASE("xls: encrypted and broken workbooks are refused", "[xls][corpus]")
{
    for (const char *file : {"apache-poi/spreadsheet/password.xls", "apache-poi/spreadsheet/xor-encryption-abc.xls",
                             "sheetjs-test_files/password_2002_128_strong.xls"}) {
        INFO(file);
        const ReadResult r = read(file);
        CHECK_FALSE(r.ok());
        CHECK(r.error.contains(QStringLiteral("密码")));
    }
    const ReadResult fuzz = read("apache-poi/spreadsheet/clusterfuzz-testcase-minimized-POIHSSFFuzzer-6137883240824832.xls");
    CHECK_FALSE(fuzz.ok());
    CHECK_FALSE(fuzz.error.isEmpty());
}
