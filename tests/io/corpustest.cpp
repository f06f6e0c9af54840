// The shared corpus (../shared/corpus, 589 files from other projects' test suites): every file is
// read; none may crash, hang or take long, and every failure is a clear message. Where the corpus
// has reference outputs (xlsx2csv's), what `tuoyu-desk read` would print is compared with them.
#include "testhelpers.h"

#include "io/reader.h"
#include "io/tableprinter.h"

#include <catch2/catch.hpp>

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QSet>

using namespace tuoyu::io;

namespace {

QStringList corpusFiles()
{
    QStringList files;
    const QString root = corpusPath(QString());
    QDirIterator it(root, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        const QString relative = QDir(root).relativeFilePath(path);
        if (relative.startsWith(QLatin1String("xlsx2csv-expected/")) ||
            relative == QLatin1String("README.md"))
            continue;
        files.append(relative);
    }
    files.sort();
    return files;
}

// Files the product refuses, each with the reason it is right to refuse them.
const QSet<QString> expectedFailures = {
    // encrypted or password-protected
    QStringLiteral("apache-poi/document/bug53475-password-is-pass.docx"),
    QStringLiteral("apache-poi/spreadsheet/35897-type4.xls"),
    QStringLiteral("apache-poi/spreadsheet/58616.xlsx"),
    QStringLiteral("apache-poi/spreadsheet/crash-9bf3cd4bd6f50a8a9339d363c2c7af14b536865c.xlsx"),
    QStringLiteral("apache-poi/spreadsheet/password.xls"),
    QStringLiteral("apache-poi/spreadsheet/protected_passtika.xlsx"),
    QStringLiteral("apache-poi/spreadsheet/xor-encryption-abc.xls"),
    QStringLiteral("calamine/issue_385.xls"),
    QStringLiteral("calamine/pass_protected.xlsx"),
    QStringLiteral("excelize/encryptAES.xlsx"),
    QStringLiteral("excelize/encryptSHA1.xlsx"),
    QStringLiteral("excelize/encryptSHA512.xlsx"),
    QStringLiteral("sheetjs-test_files/biff5/password_2002_40_xor.xls"),
    QStringLiteral("sheetjs-test_files/password_2002_128_strong.xls"),
    QStringLiteral("sheetjs-test_files/password_2002_40_xor.xls"),
    // WPS formats
    QStringLiteral("sheetjs-test_files/artifacts/wps/write.et"),
    QStringLiteral("sheetjs-test_files/wps/fn.et"),
    // fuzzer output, truncated or corrupt containers
    QStringLiteral(
        "apache-poi/document/clusterfuzz-testcase-minimized-POIXWPFFuzzer-5313273089884160.docx"),
    QStringLiteral(
        "apache-poi/document/clusterfuzz-testcase-minimized-POIXWPFFuzzer-6442791109263360.docx"),
    QStringLiteral("apache-poi/document/truncated62886.docx"),
    QStringLiteral("apache-poi/document/zero-length.docx"),
    QStringLiteral(
        "apache-poi/spreadsheet/clusterfuzz-testcase-minimized-POIHSSFFuzzer-4819588401201152.xls"),
    QStringLiteral(
        "apache-poi/spreadsheet/clusterfuzz-testcase-minimized-POIHSSFFuzzer-6137883240824832.xls"),
    QStringLiteral(
        "apache-poi/spreadsheet/clusterfuzz-testcase-minimized-POIHSSFFuzzer-6537773940867072.xls"),
    QStringLiteral("apache-poi/spreadsheet/"
                   "clusterfuzz-testcase-minimized-POIXSSFFuzzer-5089447305609216.xlsx"),
    QStringLiteral("apache-poi/spreadsheet/"
                   "clusterfuzz-testcase-minimized-POIXSSFFuzzer-5937385319563264.xlsx"),
    QStringLiteral("apache-poi/spreadsheet/"
                   "clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-5636439151607808.xlsx"),
    QStringLiteral("apache-poi/spreadsheet/"
                   "clusterfuzz-testcase-minimized-XLSX2CSVFuzzer-6594557414080512.xlsx"),
    QStringLiteral("apache-poi/spreadsheet/xlsx-corrupted.xlsx"),
    QStringLiteral("calamine/issue252.xlsx"),    // workbook.xml.rels is not well-formed XML
    QStringLiteral("exceljs/invalid-xml.xlsx"),  // sheet1.xml is not well-formed XML
    QStringLiteral("excelize/BadWorkbook.xlsx"), // a workbook that lists no sheet
    QStringLiteral("exceljs/missing-bits.xlsx"), // no workbook part at all
    // XML attacks
    QStringLiteral("apache-poi/spreadsheet/poc-xmlbomb-empty.xlsx"),
    QStringLiteral("apache-poi/spreadsheet/poc-shared-strings.xlsx"),
};

} // namespace

TEST_CASE("corpus: every file reads or fails cleanly, fast", "[corpus]")
{
    const QStringList files = corpusFiles();
    REQUIRE(files.size() >= 589);
    QElapsedTimer total;
    total.start();
    QStringList failed;
    for (const QString &relative : files) {
        INFO(relative.toStdString());
        QElapsedTimer timer;
        timer.start();
        const ReadResult r = readFile(corpusPath(relative));
        const qint64 ms = timer.elapsed();
        CHECK(ms < 5000);
        if (r.ok()) {
            CHECK_FALSE(r.tables.isEmpty());
            CHECK(expectedFailures.contains(relative) == false);
            for (const Table &t : r.tables)
                toCsv(t); // printing never trips on anything a reader produced
        } else {
            failed.append(relative);
            CHECK(r.tables.isEmpty());
            CHECK(r.error.startsWith(QStringLiteral("无法读取 ")));
            CHECK(r.error.size() > QFileInfo(relative).fileName().size() + 8);
            // Word documents without any table are a clear refusal too.
            const bool noTable = r.error.contains(QStringLiteral("没有表格"));
            CHECK((expectedFailures.contains(relative) || noTable));
        }
    }
    const qint64 elapsed = total.elapsed();
    WARN("corpus: " << files.size() << " files in " << elapsed << " ms, " << failed.size()
                    << " refused");
    CHECK(elapsed < 60000);
}

namespace {

QString expected(const QString &name)
{
    QFile file(corpusPath(QStringLiteral("xlsx2csv-expected/") + name + QStringLiteral(".csv")));
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll()).remove(QLatin1Char('\r'));
}

/// xlsx2csv's way of printing: minimal quoting with the given delimiter, merged cells not filled,
/// optional escaping of CR/LF/TAB (-e) and skipping of empty lines (-i).
QString xlsx2csvStyle(const Table &merged, QChar delimiter = QLatin1Char(','), bool escape = false,
                      bool skipEmpty = false)
{
    const Table t = unmerged(merged);
    const int width = t.columnCount();
    QString out;
    for (const auto &row : t.rows) {
        QStringList fields;
        bool empty = true;
        for (int c = 0; c < width; ++c) {
            QString text = c < row.size() ? row[c].text : QString();
            empty = empty && text.isEmpty();
            if (escape) {
                text.replace(QLatin1Char('\r'), QLatin1String("\\r"));
                text.replace(QLatin1Char('\n'), QLatin1String("\\n"));
                text.replace(QLatin1Char('\t'), QLatin1String("\\t"));
            }
            if (text.contains(delimiter) || text.contains(QLatin1Char('"')) ||
                text.contains(QLatin1Char('\n')) || text.contains(QLatin1Char('\r')))
                text = QLatin1Char('"') + text.replace(QLatin1String("\""), QLatin1String("\"\"")) +
                       QLatin1Char('"');
            fields.append(text);
        }
        if (skipEmpty && empty)
            continue;
        out += fields.join(delimiter) + QLatin1Char('\n');
    }
    return out;
}

ReadResult readCase(const QString &name, const char *extension = "xlsx")
{
    const ReadResult r =
        readFile(corpusPath(QStringLiteral("xlsx2csv/%1.%2").arg(name, QLatin1String(extension))));
    REQUIRE(r.ok());
    return r;
}

} // namespace

TEST_CASE("corpus: xlsx2csv reference outputs", "[corpus][xlsx2csv]")
{
    // Default options: the first sheet, merged cells not filled. What `read` prints (toCsv, with
    // the merged values blanked again and CR removed) must equal the reference exactly.
    for (const char *name : {"empty_row", "no_cell_ids", "formatted_inline_string",
                             "last-column-empty", "namespace", "twolettercolumns", "utf8",
                             "xlsx2csv-test-file", "float_formatting", "percentage_ignore"}) {
        INFO(name);
        const ReadResult r = readCase(QString::fromUtf8(name));
        QString ours = QString::fromUtf8(toCsv(unmerged(r.tables[0]))).remove(QLatin1Char('\r'));
        CHECK(ours == expected(QString::fromUtf8(name)));
        CHECK(xlsx2csvStyle(r.tables[0]) == expected(QString::fromUtf8(name)));
    }
    // -a: every sheet, each behind "-------- N - name".
    for (const char *name : {"sheets", "sheets_order"}) {
        INFO(name);
        const ReadResult r = readCase(QString::fromUtf8(name));
        QString ours;
        for (int i = 0; i < r.tables.size(); ++i)
            ours += QStringLiteral("-------- %1 - %2\n").arg(i + 1).arg(r.tables[i].name) +
                    xlsx2csvStyle(r.tables[i]);
        CHECK(ours == expected(QString::fromUtf8(name)));
    }
    // -i skips empty lines; -e escapes CR, LF and TAB inside cells.
    CHECK(xlsx2csvStyle(readCase(QStringLiteral("skip_empty_lines")).tables[0], QLatin1Char(','),
                        false, true) == expected(QStringLiteral("skip_empty_lines")));
    CHECK(xlsx2csvStyle(readCase(QStringLiteral("escape")).tables[0], QLatin1Char(','), true) ==
          expected(QStringLiteral("escape")));
    // --all --sheetdelimiter=! --lineterminator=\r --delimiter=\t (the runner deletes every CR)
    {
        const ReadResult r = readCase(QStringLiteral("variousdelim"));
        QString ours;
        for (int i = 0; i < r.tables.size(); ++i)
            ours += QStringLiteral("! %1 - %2").arg(i + 1).arg(r.tables[i].name) +
                    xlsx2csvStyle(r.tables[i], QLatin1Char('\t')).remove(QLatin1Char('\n'));
        CHECK(ours == expected(QStringLiteral("variousdelim")).remove(QLatin1Char('\n')));
    }
    // --dateformat="%Y-%m-%d %H:%M:%S": our canonical DateTime text has a T where it has a space.
    {
        const ReadResult r = readCase(QStringLiteral("datetime"));
        CHECK(r.tables[0].cell(0, 0).type == CellType::DateTime);
        CHECK(xlsx2csvStyle(r.tables[0]).replace(QLatin1Char('T'), QLatin1Char(' ')) ==
              expected(QStringLiteral("datetime")));
    }
    // Documented differences, checked for what we print instead:
    //  float: xlsx2csv renders the "0.00000" number format (0.10300); we print the value (0.103).
    CHECK(readCase(QStringLiteral("float")).tables[0].cell(1, 0).text == QStringLiteral("0.103"));
    //  percentage: xlsx2csv renders "0.00%" formats (1.23%); we print the value.
    CHECK(readCase(QStringLiteral("percentage")).tables[0].cell(0, 0).text ==
          QStringLiteral("0.01234"));
    //  junk-small: xlsx2csv renders each date format (29-Mar-1940, 08-07-25); we print ISO dates.
    {
        const Table t = readCase(QStringLiteral("junk-small")).tables[0];
        CHECK(t.cell(0, 0).text == QStringLiteral("1940-03-29"));
        CHECK(t.cell(0, 2).text == QStringLiteral("2008-07-25"));
        CHECK(t.cell(0, 5).text == QStringLiteral("FALSE"));
    }
    //  hyperlinks, hyperlinks_continous: --hyperlinks prints URLs; we read the cell text.
    CHECK(readCase(QStringLiteral("hyperlinks"), "xlsm").tables[0].cell(0, 0).text ==
          QStringLiteral("google"));
}

TEST_CASE("corpus: spot checks against what LibreOffice shows", "[corpus]")
{
    auto table = [](const char *relative, int index = 0) {
        const ReadResult r = readFile(corpusPath(QString::fromUtf8(relative)));
        INFO(relative << ": " << r.error.toStdString());
        REQUIRE(r.ok());
        REQUIRE(index < r.tables.size());
        return r.tables[index];
    };
    // 1904 date system
    CHECK(table("calamine/date_1904.xlsx").cell(0, 0).text == QStringLiteral("2021-01-01"));
    CHECK(table("calamine/date_1904.xlsx").cell(2, 0).text == QStringLiteral("255:10:10"));
    // inline strings; _x000D_ escapes
    const Table inl = table("apache-poi/spreadsheet/InlineStrings.xlsx");
    CHECK(inl.cell(1, 2).text == QStringLiteral("1st Inline String"));
    CHECK(inl.cell(2, 3).text == QStringLiteral("44"));
    CHECK(table("calamine/has_x000D_inline.xlsx").cell(0, 0).text == QStringLiteral("ABC\r\nDEF"));
    // merges
    const Table merges = table("calamine/merge_cells.xlsx");
    CHECK(merges.cell(0, 1).text == QStringLiteral("Row Merge"));
    CHECK(merges.cell(1, 2).text == QStringLiteral("Chunk Merged"));
    // rich text
    CHECK(table("calamine/richtext-namespaced.xlsx").cell(0, 0).text.isEmpty() == false);
    // Chinese text in apache-poi files
    const Table poi = table("apache-poi/spreadsheet/49273.xlsx");
    CHECK(poi.cell(0, 16).text == QStringLiteral("合并单元格"));
    CHECK(poi.cell(0, 4).text == QStringLiteral("2010-03-21"));
    CHECK(poi.cell(0, 5).text == QStringLiteral("13:20:01"));
    CHECK(table("apache-poi/spreadsheet/54071.xlsx").name ==
          QStringLiteral("双11商品导入定制打标时间模板"));
    CHECK(table("apache-poi/spreadsheet/54071.xlsx").cell(1, 0).text ==
          QStringLiteral("2012-11-11T23:59:59"));
    // hidden sheets, transitional and strict
    for (const char *file : {"sheetjs-test_files/sheet_visibility.xlsx",
                             "sheetjs-test_files/sheet_visibility_strict.xlsx"}) {
        const ReadResult r = readFile(corpusPath(QString::fromUtf8(file)));
        REQUIRE(r.ok());
        REQUIRE(r.tables.size() == 3);
        CHECK_FALSE(r.tables[0].hidden);
        CHECK(r.tables[1].hidden);
        CHECK(r.tables[2].hidden);
        CHECK(r.tables[0].cell(1, 0).text == QStringLiteral("118"));
    }
    // strict OOXML with ISO paths
    CHECK(table("calamine/strict_iso_paths.xlsx").cell(0, 0).text == QStringLiteral("Item"));
    // entries stored with backslashes (xl\\worksheets\\sheet26.xml), Chinese text
    const Table hr = table("calamine/issue_530.xlsx");
    CHECK(hr.name == QStringLiteral("出勤分类组织汇总表"));
    CHECK(hr.cell(0, 0).text == QStringLiteral("报表导出人："));
    CHECK(hr.cell(3, 7).text == QStringLiteral("总人数"));
    // many sheets
    CHECK(readFile(corpusPath(QStringLiteral(
                       "apache-poi/spreadsheet/CVLKRA-KYC_Download_File_Structure_V3.1.xlsx")))
              .tables.size() == 30);
    // a workbook openpyxl wrote (inline strings, no shared-string part)
    CHECK_FALSE(table("apache-poi/spreadsheet/noSharedStringTable.xlsx").rows.isEmpty());
}
