#include "testhelpers.h"

#include "io/csvexporter.h"
#include "io/reader.h"
#include "io/xlsxexporter.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace tuoyu::io;

namespace {

QByteArray zipEntry(const QString &path, const QString &name)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip) || !zip.setCurrentFile(name))
        return QByteArray();
    QuaZipFile file(&zip);
    file.open(QIODevice::ReadOnly);
    return file.readAll();
}

/// Runs `script` in Debian's python3 with openpyxl, after `wb = openpyxl.load_workbook(path)`,
/// and returns what it printed; empty (with a warning) when openpyxl is not installed.
QString openpyxl(const QString &path, const QString &script)
{
    const QString python = QStringLiteral("/usr/bin/python3");
    if (!QFile::exists(python)) {
        WARN("no /usr/bin/python3: the openpyxl check is skipped");
        return QString();
    }
    QProcess process;
    process.start(python,
                  {QStringLiteral("-c"),
                   QStringLiteral("import sys\ntry:\n import openpyxl\nexcept ImportError:\n "
                                  "print('SKIP'); sys.exit(0)\n"
                                  "wb = openpyxl.load_workbook(sys.argv[1])\n") +
                       script,
                   path});
    REQUIRE(process.waitForFinished(30000));
    const QString out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
    INFO(QString::fromUtf8(process.readAllStandardError()).toStdString());
    REQUIRE(process.exitCode() == 0);
    if (out == QLatin1String("SKIP")) {
        WARN("python3-openpyxl is not installed: the openpyxl check is skipped");
        return QString();
    }
    return out;
}

} // namespace

TEST_CASE("xlsx export reads back with types, formats and the formula guard", "[export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("导出.xlsx"));
    {
        QFile old(path);
        REQUIRE(old.open(QIODevice::WriteOnly));
        old.write("an older file that is replaced");
    }
    ExportSheet second;
    second.name = QStringLiteral("a/b:c*?[]");
    second.headers = {QStringLiteral("x")};
    second.rows = {{QStringLiteral("y")}};
    QString error;
    REQUIRE(writeXlsx(path, {sampleExportSheet(), second}, &error));
    CHECK(error.isEmpty());
    CHECK(QDir(dir.path()).entryList(QDir::Files) ==
          QStringList{QStringLiteral("导出.xlsx")}); // no temporary left

    const ReadResult r = readFile(path);
    REQUIRE(r.ok());
    REQUIRE(r.tables.size() == 2);
    const Table &t = r.tables[0];
    CHECK(t.name == QStringLiteral("机构名单"));
    CHECK(r.tables[1].name == QStringLiteral("a_b_c____"));
    CHECK(t.cell(0, 0).text == QStringLiteral("长治市屯留区普惠托育机构名单"));
    CHECK(t.cell(0, 6).text == QStringLiteral("长治市屯留区普惠托育机构名单")); // merged title
    CHECK(t.cell(1, 1).text == QStringLiteral("机构名称"));
    CHECK(t.cell(2, 0).type == CellType::Number);
    CHECK(t.cell(2, 1).text == QStringLiteral("长治市屯留区直机关旭光幼儿园"));
    CHECK(t.cell(2, 2).text == QStringLiteral("90"));
    CHECK(t.cell(2, 3).text == QStringLiteral("3.85"));
    CHECK(t.cell(2, 4).text == QStringLiteral("0.25"));
    CHECK(t.cell(2, 5).type == CellType::Date);
    CHECK(t.cell(2, 5).text == QStringLiteral("2024-07-31"));
    CHECK(t.cell(2, 6).text == QStringLiteral("1234567.5"));
    CHECK(t.cell(3, 1).type == CellType::Text);
    CHECK(t.cell(3, 1).text == QStringLiteral("=SUM(A1:A2)")); // text, never a formula
    CHECK(t.cell(3, 2).type == CellType::Text);                // text in a number column
    CHECK(t.cell(3, 2).text == QStringLiteral("待定"));
    CHECK(t.cell(3, 3).isEmpty());
    CHECK(t.cell(3, 5).text == QStringLiteral("2025-06-30"));
    CHECK(t.cell(3, 6).text == QStringLiteral("10000"));
    CHECK(t.cell(4, 1).text == QStringLiteral("+86 13800000000"));
    CHECK(t.cell(5, 1).text == QStringLiteral("@cmd"));
    CHECK(t.cell(5, 5).text == QStringLiteral("2023-01-02"));
    CHECK(t.cell(6, 1).text == QStringLiteral("-1+2"));

    const QByteArray sheetXml = zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml"));
    CHECK_FALSE(sheetXml.contains("<f>"));
    CHECK(sheetXml.contains("state=\"frozen\""));
    CHECK(sheetXml.contains("ySplit=\"2\""));
    CHECK(sheetXml.contains("<mergeCell ref=\"A1:G1\"/>"));
    CHECK(sheetXml.contains("<autoFilter"));
    const QByteArray styles = zipEntry(path, QStringLiteral("xl/styles.xml"));
    CHECK(styles.contains("numFmtId=\"10\"")); // built-in 0.00%
    CHECK((styles.contains("formatCode=\"yyyy\\-mm\\-dd\"") ||
           styles.contains("formatCode=\"yyyy-mm-dd\"")));
    CHECK(styles.contains("numFmtId=\"4\"")); // built-in #,##0.00
    // the name column is wider than the number column: CJK text counts double
    CHECK(displayWidth(QStringLiteral("长治市")) == 6);
    CHECK(displayWidth(QStringLiteral("ab\ncdef")) == 4);

    // A second, independent reader: openpyxl (Debian's python3-openpyxl, seen only by
    // /usr/bin/python3) sees text rather than a formula, the formats, the bold headers, the merged
    // title and a name column wider than a number column.
    const QString seen = openpyxl(
        path,
        QStringLiteral("ws = wb.worksheets[0]\n"
                       "print(ws.title, ws['B4'].data_type, ws['B4'].value, ws['C3'].value,\n"
                       "      ws.freeze_panes, ws['E3'].number_format, ws['G3'].number_format,\n"
                       "      ws['F3'].number_format, ws['F3'].value.date(), ws['B2'].font.b,\n"
                       "      ws['A1'].font.b, ws['A1'].font.sz, ws.merged_cells.ranges[0].coord,\n"
                       "      ws.column_dimensions['B'].width > ws.column_dimensions['C'].width,\n"
                       "      ws.auto_filter.ref, wb.sheetnames[1])\n"));
    if (!seen.isEmpty())
        CHECK(seen == QStringLiteral("机构名单 s =SUM(A1:A2) 90 A3 0.00% #,##0.00 yyyy-mm-dd "
                                     "2024-07-31 True True 14.0 A1:G1 True A2:G7 a_b_c____"));
}

TEST_CASE("xlsx export keeps odd text as it was", "[export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("odd.xlsx"));
    const QStringList odd = {QStringLiteral("  两端空格  "),       QStringLiteral("a_x0041_b"),
                             QStringLiteral("bell\x07 and tab\t"), QStringLiteral("<&>\"'"),
                             QStringLiteral("第一行\n第二行"),     QStringLiteral("-"),
                             QString(40000, QLatin1Char('x'))};
    ExportSheet sheet;
    sheet.headers = {QStringLiteral("值")};
    for (const QString &text : odd)
        sheet.rows.append({text});
    QString error;
    REQUIRE(writeXlsx(path, {sheet}, &error));
    const ReadResult r = readFile(path);
    REQUIRE(r.ok());
    const Table &t = r.tables[0];
    CHECK(t.name == QStringLiteral("Sheet1"));
    for (int i = 0; i < odd.size(); ++i)
        CHECK(t.cell(i + 1, 0).text == odd[i].left(32767)); // Excel's limit for a cell
    // openpyxl leaves _xHHHH_ escapes undecoded, so only text without them is compared there.
    const QString seen =
        openpyxl(path, QStringLiteral("ws = wb.worksheets[0]\n"
                                      "print(repr(ws['A2'].value), repr(ws['A5'].value),\n"
                                      "      repr(ws['A6'].value), len(ws['A8'].value))\n"));
    if (!seen.isEmpty())
        CHECK(seen == QStringLiteral("'  两端空格  ' '<&>\"\\'' '第一行\\n第二行' 32767"));
}

TEST_CASE("xlsx export after QuaZip has read an xlsx in the same process", "[export]")
{
    // The sequence that crashed when libxlsxwriter was linked: QuaZip's zip functions are in the
    // process first (reading an xlsx), then libxlsxwriter writes one, then QuaZip reads it.
    const ReadResult before =
        readFile(sharedPath(QStringLiteral("fixtures/tunliu-institutions.xlsx")));
    REQUIRE(before.ok());
    REQUIRE_FALSE(before.tables.isEmpty());
    ExportSheet sheet;
    sheet.title = QStringLiteral("再次导出");
    sheet.headers = {QStringLiteral("行"), QStringLiteral("内容")};
    sheet.kinds = {ColumnKind::Integer};
    for (int i = 0; i < before.tables[0].rowCount(); ++i)
        sheet.rows.append({i + 1, before.tables[0].cell(i, 1).text});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("再次导出.xlsx"));
    QString error;
    REQUIRE(writeXlsx(path, {sheet}, &error));
    REQUIRE(writeXlsx(path, {sheet}, &error)); // and again over the first, in the same process
    const ReadResult after = readFile(path);
    REQUIRE(after.ok());
    const Table &t = after.tables[0];
    CHECK(t.rowCount() == before.tables[0].rowCount() + 2);
    CHECK(t.cell(0, 0).text == QStringLiteral("再次导出"));
    CHECK(t.cell(2, 1).text == before.tables[0].cell(0, 1).text);
    CHECK(zipEntry(path, QStringLiteral("xl/worksheets/sheet1.xml")).contains("再次导出"));
}

TEST_CASE("xlsx export failure leaves no file", "[export]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("no/such/folder/out.xlsx"));
    QString error;
    CHECK_FALSE(writeXlsx(path, {sampleExportSheet()}, &error));
    CHECK(error.startsWith(QStringLiteral("无法写入 out.xlsx")));
    CHECK_FALSE(QFile::exists(path));
}

TEST_CASE("csv export: BOM, CRLF, quoting and the formula guard", "[export]")
{
    const QByteArray bytes = exportCsv(sampleExportSheet());
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    const QString text = QString::fromUtf8(bytes.mid(3));
    const QStringList lines = text.split(QStringLiteral("\r\n"));
    REQUIRE(lines.size() == 7); // header, five rows, and the empty rest after the last CRLF
    CHECK(lines[0] == QStringLiteral("序号,机构名称,托位数,每千人托位,普惠占比,备案日期,补助金额"));
    CHECK(lines[1] ==
          QStringLiteral("1,长治市屯留区直机关旭光幼儿园,90,3.85,25.00%,2024-07-31,1234567.50"));
    CHECK(lines[2] == QStringLiteral("2,'=SUM(A1:A2),待定,,,2025-06-30,10000.00"));
    CHECK(lines[3] == QStringLiteral("3,'+86 13800000000,40,1.00,100.00%,,0.00"));
    CHECK(lines[4] == QStringLiteral("4,'@cmd,-5,-0.50,12.50%,2023-01-02,-20.00"));
    CHECK(lines[5] == QStringLiteral("5,'-1+2,0,0.00,0.00%,,"));
    CHECK(lines[6].isEmpty());

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("导出.csv"));
    ExportSheet quoted;
    quoted.headers = {QStringLiteral("名称"), QStringLiteral("备注")};
    quoted.rows = {{QStringLiteral("甲,乙"), QStringLiteral("说\"明\"\n第二行")}};
    QString error;
    REQUIRE(writeCsv(path, quoted, &error));
    const ReadResult r = readFile(path);
    REQUIRE(r.ok());
    CHECK(r.tables[0].cell(1, 0).text == QStringLiteral("甲,乙"));
    CHECK(r.tables[0].cell(1, 1).text == QStringLiteral("说\"明\"\n第二行"));

    REQUIRE(writeCsv(path, sampleExportSheet(), &error));
    const ReadResult back = readFile(path);
    REQUIRE(back.ok());
    CHECK(back.tables[0].cell(0, 0).text ==
          QStringLiteral("序号")); // the BOM is not part of the text
    CHECK(back.tables[0].cell(2, 1).text == QStringLiteral("'=SUM(A1:A2)"));
    CHECK_FALSE(writeCsv(dir.filePath(QStringLiteral("no/such/x.csv")), quoted, &error));
    CHECK_FALSE(error.isEmpty());
}
