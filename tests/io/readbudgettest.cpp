// The read budget (io/readoptions.h): every limit has a file just over it, refused with a
// message, and one just at it, read. Hostile files are made here, small on disk.
// docs/RELIABILITY.md lists these tests by the guarantee each shows.
#include "testhelpers.h"

#include "io/reader.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace tuoyu::io;

namespace {

ReadResult readXlsx(const QByteArray &sheetBody, const ReadOptions &options = {})
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.xlsx"));
    REQUIRE(writeWorkbook(path, {{QStringLiteral("S"), sheetXml(sheetBody), {}, {}}}));
    return readFile(path, options);
}

ReadResult readDocxBody(const QByteArray &body, const ReadOptions &options = {})
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.docx"));
    REQUIRE(writeDocx(path, body));
    return readFile(path, options);
}

ReadResult readText(const QByteArray &bytes, const ReadOptions &options = {})
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("名单.csv"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    return readFile(path, options);
}

QByteArray inlineCell(const QByteArray &ref, const QByteArray &text)
{
    return "<c r=\"" + ref + "\" t=\"inlineStr\"><is><t>" + text + "</t></is></c>";
}

/// rows × columns numbers, A1 onwards.
QByteArray grid(int rows, int columns)
{
    QByteArray body = "<sheetData>";
    for (int r = 1; r <= rows; ++r) {
        body += "<row r=\"" + QByteArray::number(r) + "\">";
        for (int c = 0; c < columns; ++c)
            body += "<c r=\"" + QByteArray(1, char('A' + c)) + QByteArray::number(r) + "\"><v>" +
                    QByteArray::number(r * 100 + c) + "</v></c>";
        body += "</row>";
    }
    return body + "</sheetData>";
}

QByteArray docxCell(const QByteArray &text, const QByteArray &props = QByteArray())
{
    return "<w:tc><w:tcPr>" + props + "</w:tcPr><w:p><w:r><w:t>" + text +
           "</w:t></w:r></w:p></w:tc>";
}

/// A Word table: a first row of one cell spanning `width` columns that starts a vertical merge,
/// then `rows` rows of one continuation cell each.
QByteArray verticalMerge(int width, int rows)
{
    QByteArray body = "<w:tbl><w:tr>" +
                      docxCell("公办", "<w:gridSpan w:val=\"" + QByteArray::number(width) +
                                           "\"/><w:vMerge w:val=\"restart\"/>") +
                      "</w:tr>";
    const QByteArray continuation = "<w:tr><w:tc><w:tcPr><w:vMerge/></w:tcPr><w:p/></w:tc></w:tr>";
    body.reserve(body.size() + continuation.size() * rows + 16);
    for (int r = 0; r < rows; ++r)
        body += continuation;
    return body + "</w:tbl>";
}

bool tooBig(const ReadResult &r)
{
    return !r.ok() && r.error.contains(QStringLiteral("太大"));
}

} // namespace

TEST_CASE("budget: a first row reaching XFD does not make every later row reserve its width",
          "[budget]")
{
    // 100,000 one-cell rows under a title reaching column XFD: each row used to reserve room for
    // 16,384 cells, uncounted (more than 6 GB).
    QByteArray body =
        "<sheetData><row r=\"1\">" + inlineCell("A1", "标题") + "<c r=\"XFD1\"><v>1</v></c></row>";
    body.reserve(4 * 1024 * 1024);
    for (int r = 2; r <= 100'001; ++r) {
        const QByteArray n = QByteArray::number(r);
        body += "<row r=\"" + n + "\"><c r=\"A" + n + "\"><v>" + n + "</v></c></row>";
    }
    body += "</sheetData>";
    QElapsedTimer timer;
    timer.start();
    const ReadResult r = readXlsx(body);
    REQUIRE(r.ok());
    const Table &t = r.tables[0];
    CHECK(t.rowCount() == 100'001);
    CHECK(t.rows[0].size() == 16'384);
    CHECK(t.cell(50'000, 0).text == QStringLiteral("50001"));
    // what each row holds room for is what it stores (the second row aside, which reserves the
    // first row's width, and pays for it)
    CHECK(t.rows[50'000].capacity() < 64);
    CHECK(t.rows[100'000].capacity() < 64);
    CHECK(timer.elapsed() < 20'000);

    // The reserved room is charged: two rows as wide as XFD under a budget of 30,000 cells.
    ReadOptions options;
    options.maxCells = 30'000;
    CHECK(tooBig(readXlsx("<sheetData><row r=\"1\"><c r=\"XFD1\"><v>1</v></c></row>"
                          "<row r=\"2\"><c r=\"A2\"><v>1</v></c></row></sheetData>",
                          options)));
}

TEST_CASE("budget: cells — a sheet at the limit reads, one cell more is refused", "[budget]")
{
    ReadOptions options;
    options.maxCells = 100;
    const ReadResult at = readXlsx(grid(10, 10), options);
    REQUIRE(at.ok());
    CHECK(at.tables[0].cell(9, 9).text == QStringLiteral("1009"));
    options.maxCells = 99;
    const ReadResult over = readXlsx(grid(10, 10), options);
    CHECK(tooBig(over));
    CHECK(over.error.contains(QStringLiteral("99")));
}

TEST_CASE("budget: merged ranges — the fill is counted, repeats kept once, floods refused",
          "[budget]")
{
    // A1 holds the value, J10 makes the sheet 10 × 10: 11 cells stored, 100 filled.
    const QByteArray filled = "<sheetData><row r=\"1\">" + inlineCell("A1", "合并") +
                              "</row><row r=\"10\"><c r=\"J10\"><v>1</v></c></row></sheetData>"
                              "<mergeCells><mergeCell ref=\"A1:J10\"/></mergeCells>";
    ReadOptions options;
    options.maxCells = 111;
    const ReadResult at = readXlsx(filled, options);
    REQUIRE(at.ok());
    CHECK(at.tables[0].cell(9, 9).text == QStringLiteral("合并"));
    CHECK(at.tables[0].merges.size() == 1);
    options.maxCells = 110;
    CHECK(tooBig(readXlsx(filled, options)));

    // 100,000 copies of one range over 300 × 300 cells: recorded and filled once, at once
    // (each copy used to copy the whole area again).
    QByteArray repeated = "<sheetData><row r=\"1\">" + inlineCell("A1", "工程") +
                          "</row><row r=\"300\"><c r=\"KN300\"><v>1</v></c></row></sheetData>"
                          "<mergeCells>";
    for (int i = 0; i < 100'000; ++i)
        repeated += "<mergeCell ref=\"A1:KN300\"/>";
    repeated += "</mergeCells>";
    QElapsedTimer timer;
    timer.start();
    const ReadResult once = readXlsx(repeated);
    REQUIRE(once.ok());
    CHECK(once.tables[0].merges.size() == 1);
    CHECK(once.tables[0].cell(299, 299).text == QStringLiteral("工程"));
    CHECK(timer.elapsed() < 10'000);

    // 2,000 different ranges that overlap, each over a third of the sheet or more: refused by
    // the budget.
    QByteArray flood = "<sheetData><row r=\"1\">" + inlineCell("A1", "x") +
                       "</row><row r=\"300\"><c r=\"KN300\"><v>1</v></c></row></sheetData>"
                       "<mergeCells>";
    for (int first = 0; first < 10; ++first)
        for (int last = 100; last < 300; ++last)
            flood += "<mergeCell ref=\"" + QByteArray(1, char('A' + first)) + "1:KN" +
                     QByteArray::number(last) + "\"/>";
    flood += "</mergeCells>";
    timer.restart();
    CHECK(tooBig(readXlsx(flood)));
    CHECK(timer.elapsed() < 10'000);

    // the number of ranges
    const QByteArray two = "<sheetData><row r=\"1\">" + inlineCell("A1", "x") +
                           inlineCell("D1", "y") +
                           "</row></sheetData><mergeCells><mergeCell ref=\"A1:B1\"/>"
                           "<mergeCell ref=\"D1:E1\"/></mergeCells>";
    ReadOptions merges;
    merges.maxMerges = 2;
    CHECK(readXlsx(two, merges).ok());
    merges.maxMerges = 1;
    const ReadResult tooMany = readXlsx(two, merges);
    CHECK_FALSE(tooMany.ok());
    CHECK(tooMany.error.contains(QStringLiteral("合并单元格超过 1 处")));
}

TEST_CASE("budget: xlsx cell and row text", "[budget]")
{
    ReadOptions options;
    options.maxCellBytes = 1000;
    CHECK(readXlsx("<sheetData><row r=\"1\">" + inlineCell("A1", QByteArray(1000, 'x')) +
                       "</row></sheetData>",
                   options)
              .ok());
    const ReadResult cell = readXlsx(
        "<sheetData><row r=\"1\">" + inlineCell("A1", QByteArray(1001, 'x')) + "</row></sheetData>",
        options);
    CHECK_FALSE(cell.ok());
    CHECK(cell.error.contains(QStringLiteral("单元格内容超过 1000 字节")));

    ReadOptions rows;
    rows.maxRowBytes = 2400;
    auto row = [](int bytes) {
        return "<sheetData><row r=\"1\">" + inlineCell("A1", QByteArray(bytes, 'a')) +
               inlineCell("B1", QByteArray(bytes, 'b')) + inlineCell("C1", QByteArray(bytes, 'c')) +
               "</row></sheetData>";
    };
    CHECK(readXlsx(row(800), rows).ok());
    const ReadResult wide = readXlsx(row(801), rows);
    CHECK_FALSE(wide.ok());
    CHECK(wide.error.contains(QStringLiteral("一行的内容超过 2400 字节")));
}

TEST_CASE("budget: Word vertical merges count every cell they fill", "[budget]")
{
    // One restart cell 100 columns wide over 1,000 continuation rows: 1,001 cells read, 100 +
    // 1,000 stored, 100,000 filled.
    const QByteArray body = verticalMerge(100, 1'000);
    ReadOptions options;
    options.maxCells = 102'101;
    const ReadResult at = readDocxBody(body, options);
    REQUIRE(at.ok());
    CHECK(at.tables[0].rowCount() == 1'001);
    CHECK(at.tables[0].cell(1'000, 99).text == QStringLiteral("公办"));
    options.maxCells = 102'100;
    CHECK(tooBig(readDocxBody(body, options)));

    // The hostile file: 60,000 rows under a 1,000-column restart cell, 60 million cells.
    QElapsedTimer timer;
    timer.start();
    const ReadResult hostile = readDocxBody(verticalMerge(1'000, 60'000));
    CHECK(tooBig(hostile));
    CHECK(timer.elapsed() < 10'000);
}

TEST_CASE("budget: Word cell text", "[budget]")
{
    ReadOptions options;
    options.maxCellBytes = 1000;
    const auto table = [](const QByteArray &text) {
        return "<w:tbl><w:tr>" + docxCell(text) + "</w:tr></w:tbl>";
    };
    CHECK(readDocxBody(table(QByteArray(1000, 'x')), options).ok());
    const ReadResult over = readDocxBody(table(QByteArray(1001, 'x')), options);
    CHECK_FALSE(over.ok());
    CHECK(over.error.contains(QStringLiteral("单元格内容超过")));
}

TEST_CASE("budget: CSV cells, cell text, row text and columns", "[budget]")
{
    ReadOptions cell;
    cell.maxCellBytes = 2000; // 1,000 characters
    CHECK(readText("名称,托位\n" + QByteArray(1000, 'x') + ",1\n", cell).ok());
    const ReadResult longCell = readText("名称,托位\n" + QByteArray(1001, 'x') + ",1\n", cell);
    CHECK_FALSE(longCell.ok());
    CHECK(longCell.error.contains(QStringLiteral("第 2 行")));
    CHECK(longCell.error.contains(QStringLiteral("单元格内容超过 2000 字节")));
    // the last cell of the file, with no line end after it
    CHECK_FALSE(readText("名称\n" + QByteArray(1001, 'x'), cell).ok());

    ReadOptions row;
    row.maxRowBytes = 4000; // 2,000 characters
    CHECK(readText(QByteArray(1000, 'a') + "," + QByteArray(1000, 'b') + "\n", row).ok());
    const ReadResult wide =
        readText(QByteArray(1000, 'a') + "," + QByteArray(1001, 'b') + "\n", row);
    CHECK_FALSE(wide.ok());
    CHECK(wide.error.contains(QStringLiteral("一行的内容超过")));

    ReadOptions columns;
    columns.maxColumns = 100;
    const auto line = [](int n) {
        QByteArray l = "1";
        for (int i = 1; i < n; ++i)
            l += ",1";
        return l + "\n";
    };
    CHECK(readText(line(100) + line(100), columns).ok());
    const ReadResult tooWide = readText(line(100) + line(101), columns);
    CHECK_FALSE(tooWide.ok());
    CHECK(tooWide.error.contains(QStringLiteral("第 2 行")));
    CHECK(tooWide.error.contains(QStringLiteral("超过 100 列")));

    ReadOptions cells;
    cells.maxCells = 12;
    CHECK(readText("a,b,c,d\n1,2,3,4\n5,6,7,8\n", cells).ok());
    CHECK(tooBig(readText("a,b,c,d\n1,2,3,4\n5,6,7,8\n9\n", cells)));

    // With the defaults: a 2 MiB "name" and a million columns are refused at once.
    QElapsedTimer timer;
    timer.start();
    CHECK_FALSE(readText("名称\n" + QByteArray(2 * 1024 * 1024, 'x') + "\n").ok());
    QByteArray million(2'000'000, ',');
    CHECK_FALSE(readText("1" + million + "\n").ok());
    CHECK(timer.elapsed() < 5'000);
}

TEST_CASE("budget: xls merged ranges and cells count against the same budget", "[budget]")
{
    const QString xls = sharedPath(QStringLiteral("fixtures/tunliu-institutions.xls"));
    const ReadResult full = readFile(xls);
    REQUIRE(full.ok());
    qint64 cells = 0;
    int merges = 0;
    for (const Table &t : full.tables) {
        for (const auto &row : t.rows)
            cells += row.size();
        merges += int(t.merges.size());
    }
    ReadOptions options;
    options.maxCells = cells / 2;
    CHECK(tooBig(readFile(xls, options)));
    if (merges > 0) {
        ReadOptions none;
        none.maxMerges = 0;
        CHECK_FALSE(readFile(xls, none).ok());
    }
}

TEST_CASE("csv: a line in another encoding is read in its own and its row flagged", "[csv]")
{
    QStringEncoder gbk("GB18030");
    REQUIRE(gbk.isValid());
    const QString head = QStringLiteral("机构名称,托位数\r\n长治市屯留区启智幼儿园,90\r\n");
    const QString utf8Line = QStringLiteral("屯留区小太阳托育园,60\r\n");
    const QString tail = QStringLiteral("屯留区童乐园,30\r\n");
    const QByteArray mixed = QByteArray(gbk(head)) + utf8Line.toUtf8() + QByteArray(gbk(tail));
    const ReadResult r = readText(mixed);
    REQUIRE(r.ok());
    const Table &t = r.tables[0];
    CHECK(t.cell(1, 0).text == QStringLiteral("长治市屯留区启智幼儿园"));
    CHECK(t.cell(2, 0).text == QStringLiteral("屯留区小太阳托育园")); // not garbled
    CHECK(t.cell(3, 0).text == QStringLiteral("屯留区童乐园"));
    REQUIRE(t.notes.size() == 1);
    CHECK(t.notes[0].row == 2);
    CHECK(t.notes[0].message.contains(QStringLiteral("UTF-8")));
    CHECK(t.notes[0].message.contains(QStringLiteral("GB18030")));

    // the other way round: a UTF-8 file with one GBK line (it was all read as GB18030)
    const QByteArray reverse = head.toUtf8() + utf8Line.toUtf8() + QByteArray(gbk(tail));
    const ReadResult u = readText(reverse);
    REQUIRE(u.ok());
    CHECK(u.tables[0].cell(1, 0).text == QStringLiteral("长治市屯留区启智幼儿园"));
    CHECK(u.tables[0].cell(3, 0).text == QStringLiteral("屯留区童乐园"));
    REQUIRE(u.tables[0].notes.size() == 1);
    CHECK(u.tables[0].notes[0].row == 3);
    CHECK(u.tables[0].notes[0].message.contains(QStringLiteral("GB18030")));

    // one encoding throughout: nothing flagged
    CHECK(readText(QByteArray(gbk(head + tail))).tables[0].notes.isEmpty());
    CHECK(readText((head + utf8Line).toUtf8()).tables[0].notes.isEmpty());
}

TEST_CASE("budget: a cell reference's row and column, a text file's size", "[budget]")
{
    ReadOptions options;
    options.maxRows = 50;
    options.maxColumns = 10;
    const auto at = [](const QByteArray &ref, const QByteArray &row) {
        return "<sheetData><row r=\"" + row + "\"><c r=\"" + ref +
               "\"><v>1</v></c></row></sheetData>";
    };
    CHECK(readXlsx(at("J50", "50"), options).ok());
    CHECK_FALSE(readXlsx(at("J51", "51"), options).ok());
    const ReadResult column = readXlsx(at("K50", "50"), options);
    CHECK_FALSE(column.ok());
    CHECK(column.error.contains(QStringLiteral("超出 Excel 的范围")));

    ReadOptions bytes;
    bytes.maxEntryBytes = 1000;
    CHECK(readText("a,b\n" + QByteArray(996, 'x'), bytes).ok());
    CHECK_FALSE(readText("a,b\n" + QByteArray(997, 'x'), bytes).ok());
}
