#include "testhelpers.h"

#include "io/reader.h"
#include "io/tableprinter.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QTemporaryDir>

using namespace tuoyu::io;

namespace {

QString writeFile(const QTemporaryDir &dir, const QString &name, const QByteArray &bytes)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    file.open(QIODevice::WriteOnly);
    file.write(bytes);
    return path;
}

Table table(const QString &name, bool hidden = false)
{
    Table t;
    t.name = name;
    t.hidden = hidden;
    return t;
}

} // namespace

TEST_CASE("detectFormat looks at content first", "[reader]")
{
    CHECK(detectFormat(sharedPath(QStringLiteral("fixtures/tunliu-institutions.xlsx"))) ==
          FileFormat::Xlsx);
    CHECK(detectFormat(sharedPath(QStringLiteral("fixtures/tunliu-institutions.xls"))) ==
          FileFormat::Xls);
    CHECK(detectFormat(sharedPath(QStringLiteral("fixtures/tunliu-institutions.docx"))) ==
          FileFormat::Docx);
    CHECK(detectFormat(sharedPath(QStringLiteral("fixtures/tunliu-institutions-gb18030.csv"))) ==
          FileFormat::Csv);
    CHECK(detectFormat(corpusPath(QStringLiteral("sheetjs-test_files/wps/fn.et"))) ==
          FileFormat::Et);
    CHECK(detectFormat(corpusPath(QStringLiteral(
              "apache-poi/spreadsheet/protected_passtika.xlsx"))) == FileFormat::Encrypted);
    CHECK(detectFormat(corpusPath(QStringLiteral("sheetjs-test_files/crlf/CRLFX5_2.XLS"))) ==
          FileFormat::LegacyXls);
    CHECK(detectFormat(corpusPath(QStringLiteral("xlsx2csv/hyperlinks.xlsm"))) == FileFormat::Xlsx);

    QTemporaryDir dir;
    // a "spreadsheet" that is really an xlsx under an .xls name still reads
    QFile::copy(sharedPath(QStringLiteral("fixtures/tunliu-institutions.xlsx")),
                dir.filePath(QStringLiteral("misnamed.xls")));
    const ReadResult misnamed = readFile(dir.filePath(QStringLiteral("misnamed.xls")));
    CHECK(misnamed.ok());

    struct Case
    {
        const char *name;
        QByteArray bytes;
        FileFormat format;
        const char *message;
    };
    const QList<Case> cases = {
        {"web.xls",
         "<html><head><meta "
         "charset=\"utf-8\"></head><body><table><tr><td>1</td></tr></table></body></html>",
         FileFormat::Html, "网页"},
        {"old.xml.xls",
         "<?xml version=\"1.0\"?>\n<?mso-application progid=\"Excel.Sheet\"?>\n<Workbook "
         "xmlns=\"urn:schemas-microsoft-com:office:spreadsheet\">",
         FileFormat::SpreadsheetMl, "2003 XML"},
        {"scan.xlsx", "%PDF-1.7\n%\xE2\xE3\xCF\xD3\n1 0 obj", FileFormat::Pdf, "PDF"},
        {"empty.xlsx", QByteArray(), FileFormat::Empty, "空"},
        {"noise.xlsx",
         QByteArray("\x01\x02\x03\x04\x00\x00\xff\xfe\x10\x11\x00garbage\x00\x01", 19),
         FileFormat::Binary, "不是可识别"},
        {"doc.docx", "{\\rtf1\\ansi hello}", FileFormat::Doc, "另存为 .docx"},
    };
    for (const Case &c : cases) {
        INFO(c.name);
        const QString path = writeFile(dir, QString::fromUtf8(c.name), c.bytes);
        CHECK(detectFormat(path) == c.format);
        const ReadResult r = readFile(path);
        CHECK_FALSE(r.ok());
        CHECK(r.error.startsWith(QStringLiteral("无法读取 ") + QString::fromUtf8(c.name) +
                                 QStringLiteral("：")));
        CHECK(r.error.contains(QString::fromUtf8(c.message)));
    }
    const QString zipPath = dir.filePath(QStringLiteral("photos.zip"));
    REQUIRE(writeZip(zipPath, {{QStringLiteral("a.txt"), "hello"}}));
    CHECK(detectFormat(zipPath) == FileFormat::OtherZip);
    CHECK(readFile(zipPath).error.contains(QStringLiteral("压缩包")));
    CHECK(readFile(dir.filePath(QStringLiteral("missing.xlsx")))
              .error.contains(QStringLiteral("不存在")));
}

TEST_CASE("refused formats name the file and say what to do", "[reader]")
{
    const ReadResult et = readFile(corpusPath(QStringLiteral("sheetjs-test_files/wps/fn.et")));
    CHECK(et.error ==
          QStringLiteral(
              "无法读取 fn.et：这是 WPS 表格格式，请在 WPS 或 Excel 中另存为 .xlsx 后再导入"));
    CHECK(readFile(corpusPath(QStringLiteral("excelize/encryptAES.xlsx")))
              .error.contains(QStringLiteral("密码")));
    CHECK(readFile(corpusPath(QStringLiteral("apache-poi/spreadsheet/password.xls")))
              .error.contains(QStringLiteral("密码")));
    CHECK(readFile(corpusPath(QStringLiteral("apache-poi/document/bug53475-password-is-pass.docx")))
              .error.contains(QStringLiteral("密码")));
}

TEST_CASE("pickTable chooses by sheet name, sheet number or table number", "[reader]")
{
    const QList<Table> tables = {table(QStringLiteral("说明"), true),
                                 table(QStringLiteral("附件2")), table(QStringLiteral("Sheet3"))};
    CHECK(pickTable(tables).index == 1); // the first visible one
    CHECK(pickTable(tables, QStringLiteral("附件2")).index == 1);
    CHECK(pickTable(tables, QStringLiteral("sheet3")).index == 2);
    CHECK(pickTable(tables, QStringLiteral("1")).index == 0);
    CHECK(pickTable(tables, QString(), 3).index == 2);
    CHECK(pickTable(tables, QStringLiteral("3"), 3).index == 2);

    const TablePick missing = pickTable(tables, QStringLiteral("附件3"));
    CHECK_FALSE(missing.ok());
    CHECK(missing.error.contains(QStringLiteral("附件3")));
    CHECK(missing.error.contains(QStringLiteral("2. 附件2")));
    CHECK(
        pickTable(tables, QStringLiteral("4")).error.contains(QStringLiteral("没有第 4 个工作表")));
    CHECK(pickTable(tables, QString(), 9).error.contains(QStringLiteral("没有第 9 个表格")));
    CHECK_FALSE(pickTable(tables, QStringLiteral("1"), 2).ok());
    CHECK_FALSE(pickTable({}).ok());

    QList<Table> named = {table(QStringLiteral("2")), table(QStringLiteral("1"))};
    CHECK(pickTable(named, QStringLiteral("1")).index == 1); // a name wins over a number
}

TEST_CASE("toCsv prints canonical text, RFC 4180, CRLF", "[reader]")
{
    Table t;
    t.rows = {
        {{CellType::Text, QStringLiteral("名称"), 0}, {CellType::Text, QStringLiteral("备注"), 0}},
        {{CellType::Text, QStringLiteral("a,b"), 0},
         {CellType::Text, QStringLiteral("说\"明\"\n二行"), 0},
         {CellType::Number, QStringLiteral("1180"), 1180}},
        {},
        {{CellType::Date, QStringLiteral("2024-01-01"), 45292}}};
    CHECK(toCsv(t) ==
          QStringLiteral(
              "名称,备注,\r\n\"a,b\",\"说\"\"明\"\"\n二行\",1180\r\n,,\r\n2024-01-01,,\r\n")
              .toUtf8());

    const ReadResult r = readFile(sharedPath(QStringLiteral("fixtures/tunliu-institutions.xlsx")));
    REQUIRE(r.ok());
    const QByteArray csv = toCsv(r.tables[0]);
    CHECK(csv.startsWith(
        QStringLiteral("长治市屯留区普惠托育机构名单,长治市屯留区普惠托育机构名单,").toUtf8()));
    CHECK(csv.contains(
        QStringLiteral("\r\n21,长治市屯留区托育综合服务中心,独立,120,\r\n,合  计,,1180,\r\n")
            .toUtf8()));
}
