#include "testhelpers.h"

#include "io/reader.h"
#include "io/xlsxreader.h"

#include <catch2/catch.hpp>

#include <QTemporaryDir>

using namespace tuoyu::io;

namespace {

const QByteArray strings =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"5\" "
    "uniqueCount=\"5\">"
    "<si><t>机构名称</t></si>"
    // rich text runs, as LibreOffice writes them, with a phonetic run to skip
    "<si><r><rPr><b/></rPr><t>第</t></r><r><t xml:space=\"preserve\">7 </t></r><r><t>托育园</t></r>"
    "<rPh sb=\"0\" eb=\"1\"><t>ダイ</t></rPh><phoneticPr fontId=\"1\"/></si>"
    "<si><t>line_x000D_break_x005F_x0041_</t></si>"
    "<si><t/></si>"
    "<si><t>公办</t></si>"
    "</sst>";

const QByteArray styles =
    "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
    "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
    "<numFmts count=\"3\"><numFmt numFmtId=\"164\" "
    "formatCode=\"yyyy&quot;年&quot;m&quot;月&quot;d&quot;日&quot;\"/>"
    "<numFmt numFmtId=\"165\" formatCode=\"[$-F800]dddd, mmmm dd, yyyy\"/>"
    "<numFmt numFmtId=\"166\" formatCode=\"0.00%\"/></numFmts>"
    "<cellStyleXfs count=\"1\"><xf numFmtId=\"14\"/></cellStyleXfs>"
    "<cellXfs count=\"7\"><xf numFmtId=\"0\"/><xf numFmtId=\"14\"/><xf numFmtId=\"164\"/>"
    "<xf numFmtId=\"165\"/><xf numFmtId=\"22\"/><xf numFmtId=\"20\"/><xf "
    "numFmtId=\"166\"/></cellXfs>"
    "</styleSheet>";

ReadResult readSheets(const QList<TestSheet> &sheets, const QByteArray &sst = strings,
                      const QByteArray &st = styles, const QByteArray &pr = QByteArray(),
                      const ReadOptions &options = {})
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("test.xlsx"));
    REQUIRE(writeWorkbook(path, sheets, sst, st, pr));
    return readFile(path, options);
}

} // namespace

TEST_CASE("xlsx: strings, numbers, booleans, errors, cached formula results", "[xlsx]")
{
    const ReadResult r = readSheets(
        {{QStringLiteral("名单"),
          sheetXml("<dimension ref=\"A1:XFD1048576\"/><sheetData>"
                   "<row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c><c r=\"B1\" "
                   "t=\"s\"><v>1</v></c><c r=\"C1\" t=\"s\"><v>2</v></c></row>"
                   "<row r=\"2\"><c r=\"A2\"><v>90</v></c><c r=\"B2\"><v>0.1</v></c><c r=\"C2\" "
                   "t=\"b\"><v>1</v></c>"
                   "<c r=\"D2\" t=\"e\"><v>#DIV/0!</v></c><c r=\"E2\" "
                   "t=\"str\"><f>A1&amp;\"x\"</f><v>机构名称x</v></c>"
                   "<c r=\"F2\"><f>SUM(A2:B2)</f><v>90.1</v></c><c r=\"G2\"><f>NOW()</f></c>"
                   "<c r=\"H2\" t=\"inlineStr\"><is><r><t>内联</t></r><r><t>字符串</t></r></is></c>"
                   "<c r=\"I2\" t=\"s\"><v>3</v></c><c r=\"J2\" t=\"s\"><v>99</v></c><c "
                   "r=\"K2\"><v>1E+6</v></c></row>"
                   "</sheetData>"),
          QString(), QString()}});
    REQUIRE(r.ok());
    REQUIRE(r.tables.size() == 1);
    const Table &t = r.tables[0];
    CHECK(t.name == QStringLiteral("名单"));
    CHECK_FALSE(t.hidden);
    CHECK(t.rowCount() == 2); // the dimension claims the whole sheet; nothing is allocated for it
    CHECK(t.cell(0, 0).text == QStringLiteral("机构名称"));
    CHECK(t.cell(0, 1).text == QStringLiteral("第7 托育园"));
    CHECK(t.cell(0, 2).text == QStringLiteral("line\rbreak_x0041_"));
    CHECK(t.cell(1, 0).type == CellType::Number);
    CHECK(t.cell(1, 0).number == 90);
    CHECK(t.cell(1, 0).text == QStringLiteral("90"));
    CHECK(t.cell(1, 1).text == QStringLiteral("0.1"));
    CHECK(t.cell(1, 2).type == CellType::Boolean);
    CHECK(t.cell(1, 2).text == QStringLiteral("TRUE"));
    CHECK(t.cell(1, 3).type == CellType::Error);
    CHECK(t.cell(1, 3).text == QStringLiteral("#DIV/0!"));
    CHECK(t.cell(1, 4).text == QStringLiteral("机构名称x"));
    CHECK(t.cell(1, 5).text == QStringLiteral("90.1"));
    CHECK(t.cell(1, 6).isEmpty()); // a formula without a cached value
    CHECK(t.cell(1, 7).text == QStringLiteral("内联字符串"));
    CHECK(t.cell(1, 8).isEmpty()); // empty shared string
    CHECK(t.cell(1, 9).isEmpty()); // index past the table: empty, no crash
    CHECK(t.cell(1, 10).text == QStringLiteral("1000000"));
}

TEST_CASE("xlsx: dates by number format, 1900 and 1904 systems", "[xlsx]")
{
    const QByteArray body = sheetXml(
        "<sheetData><row r=\"1\">"
        "<c r=\"A1\" s=\"1\"><v>45292</v></c><c r=\"B1\" s=\"2\"><v>45292</v></c>"
        "<c r=\"C1\" s=\"3\"><v>45292</v></c><c r=\"D1\" s=\"4\"><v>45292.75</v></c>"
        "<c r=\"E1\" s=\"5\"><v>0.5</v></c><c r=\"F1\" s=\"6\"><v>0.25</v></c>"
        "<c r=\"G1\" s=\"1\"><v>60</v></c><c r=\"H1\" t=\"d\"><v>2024-03-05T08:30:00</v></c>"
        "<c r=\"I1\" s=\"99\"><v>7</v></c></row></sheetData>");
    const ReadResult r = readSheets({{QStringLiteral("S"), body, {}, {}}});
    REQUIRE(r.ok());
    const Table &t = r.tables[0];
    CHECK(t.cell(0, 0).type == CellType::Date);
    CHECK(t.cell(0, 0).text == QStringLiteral("2024-01-01"));
    CHECK(t.cell(0, 1).text == QStringLiteral("2024-01-01")); // yyyy"年"m"月"d"日"
    CHECK(t.cell(0, 2).text == QStringLiteral("2024-01-01")); // [$-F800]
    CHECK(t.cell(0, 3).type == CellType::DateTime);
    CHECK(t.cell(0, 3).text == QStringLiteral("2024-01-01T18:00:00"));
    CHECK(t.cell(0, 4).type == CellType::Time);
    CHECK(t.cell(0, 4).text == QStringLiteral("12:00:00"));
    CHECK(t.cell(0, 5).type == CellType::Number); // a percentage is a number
    CHECK(t.cell(0, 5).text == QStringLiteral("0.25"));
    CHECK(t.cell(0, 6).text == QStringLiteral("1900-02-29"));
    CHECK(t.cell(0, 7).type == CellType::DateTime);
    CHECK(t.cell(0, 7).text == QStringLiteral("2024-03-05T08:30:00"));
    CHECK(t.cell(0, 8).text == QStringLiteral("7")); // unknown style index: General

    const ReadResult r1904 = readSheets({{QStringLiteral("S"), body, {}, {}}}, strings, styles,
                                        "<workbookPr date1904=\"1\"/>");
    REQUIRE(r1904.ok());
    CHECK(r1904.tables[0].cell(0, 0).text == QStringLiteral("2028-01-02"));
}

TEST_CASE("xlsx: missing and gapped references, prefixes, merges, hidden sheets, odd part names",
          "[xlsx]")
{
    const QByteArray noRefs = sheetXml(
        "<sheetData><row><c t=\"s\"><v>0</v></c><c><v>1</v></c></row>"
        "<row><c><v>2</v></c><c r=\"D2\"><v>4</v></c><c><v>5</v></c></row>"
        "<row r=\"5\"><c r=\"B5\"><v>6</v></c></row><row><c><v>7</v></c></row></sheetData>");
    const QByteArray prefixed =
        "<?xml version=\"1.0\"?><x:worksheet "
        "xmlns:x=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
        "<x:sheetData><x:row r=\"1\"><x:c r=\"A1\" "
        "t=\"inlineStr\"><x:is><x:t>前缀</x:t></x:is></x:c></x:row></x:sheetData>"
        "</x:worksheet>";
    const QByteArray merged = sheetXml(
        "<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>"
        "<row r=\"2\"><c r=\"A2\"><v>2023</v></c><c r=\"D2\"><v>2024</v></c></row>"
        "<row r=\"3\"><c r=\"A3\"><v>1</v></c><c r=\"B3\"><v>2</v></c><c r=\"C3\"><v>3</v></c><c "
        "r=\"D3\"><v>4</v></c><c r=\"E3\"><v>5</v></c></row></sheetData>"
        "<mergeCells count=\"3\"><mergeCell ref=\"A1:XFD1\"/><mergeCell ref=\"A2:C2\"/><mergeCell "
        "ref=\"D2:E2\"/></mergeCells>");
    const ReadResult r =
        readSheets({{QStringLiteral("无引用"), noRefs, {}, QStringLiteral("data/first.xml")},
                    {QStringLiteral("前缀"), prefixed, QStringLiteral("hidden"),
                     QStringLiteral("worksheets/zz.xml")},
                    {QStringLiteral("合并"), merged, QStringLiteral("veryHidden"),
                     QStringLiteral("../xl/worksheets/m.xml")}});
    REQUIRE(r.ok());
    REQUIRE(r.tables.size() == 3);
    const Table &a = r.tables[0];
    CHECK(a.cell(0, 0).text == QStringLiteral("机构名称"));
    CHECK(a.cell(0, 1).text == QStringLiteral("1"));
    CHECK(a.cell(1, 0).text == QStringLiteral("2"));
    CHECK(a.cell(1, 3).text == QStringLiteral("4"));
    CHECK(a.cell(1, 4).text == QStringLiteral("5"));
    CHECK(a.cell(4, 1).text == QStringLiteral("6"));
    CHECK(a.cell(5, 0).text == QStringLiteral("7"));
    CHECK_FALSE(a.hidden);

    CHECK(r.tables[1].cell(0, 0).text == QStringLiteral("前缀"));
    CHECK(r.tables[1].hidden);

    const Table &m = r.tables[2];
    CHECK(m.hidden);
    CHECK(m.columnCount() == 5); // the title merge is clamped to the data
    for (int c = 0; c < 5; ++c)
        CHECK(m.cell(0, c).text == QStringLiteral("机构名称"));
    CHECK(m.cell(1, 1).text == QStringLiteral("2023"));
    CHECK(m.cell(1, 2).text == QStringLiteral("2023"));
    CHECK(m.cell(1, 4).text == QStringLiteral("2024"));
    CHECK(m.merges.size() == 3);
}

TEST_CASE("xlsx: references past the limits are refused", "[xlsx]")
{
    for (const QByteArray &bad :
         {QByteArray("<c r=\"XFE1\"><v>1</v></c>"), QByteArray("<c r=\"A1048577\"><v>1</v></c>"),
          QByteArray("<c r=\"ZZZZZ99\"><v>1</v></c>")}) {
        const ReadResult r = readSheets({{QStringLiteral("S"),
                                          sheetXml("<sheetData><row>" + bad + "</row></sheetData>"),
                                          {},
                                          {}}});
        CHECK_FALSE(r.ok());
        CHECK(r.error.contains(QStringLiteral("超出")));
        CHECK(r.tables.isEmpty());
    }
    // a row number past the limit
    const ReadResult r =
        readSheets({{QStringLiteral("S"),
                     sheetXml("<sheetData><row r=\"2000000\"><c><v>1</v></c></row></sheetData>"),
                     {},
                     {}}});
    CHECK_FALSE(r.ok());
    // the cell budget: a lone far cell in many rows
    ReadOptions small;
    small.maxCells = 999;
    QByteArray rows;
    for (int i = 1; i <= 10; ++i)
        rows += "<row r=\"" + QByteArray::number(i) + "\"><c r=\"CV" + QByteArray::number(i) +
                "\"><v>1</v></c></row>";
    const ReadResult big =
        readSheets({{QStringLiteral("S"), sheetXml("<sheetData>" + rows + "</sheetData>"), {}, {}}},
                   strings, styles, {}, small);
    CHECK_FALSE(big.ok());
    CHECK(big.error.contains(QStringLiteral("太大")));
}

TEST_CASE("xlsx: helpers", "[xlsx]")
{
    int row = -1, column = -1;
    CHECK(parseCellReference("A1", &row, &column));
    CHECK((row == 0 && column == 0));
    CHECK(parseCellReference("$AB$12", &row, &column));
    CHECK((row == 11 && column == 27));
    CHECK(parseCellReference("XFD1048576", &row, &column));
    CHECK((row == 1048575 && column == 16383));
    CHECK_FALSE(parseCellReference("12", &row, &column));
    CHECK_FALSE(parseCellReference("A", &row, &column));
    CHECK_FALSE(parseCellReference("A1B", &row, &column));
    CHECK(decodeOoxmlEscapes(QStringLiteral("a_x000D__x000A_b")) == QStringLiteral("a\r\nb"));
    CHECK(decodeOoxmlEscapes(QStringLiteral("_x005F_x0041_")) == QStringLiteral("_x0041_"));
    CHECK(decodeOoxmlEscapes(QStringLiteral("_xZZZZ_")) == QStringLiteral("_xZZZZ_"));
}
