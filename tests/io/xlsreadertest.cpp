#include "testhelpers.h"

#include "io/reader.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

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

    for (const char *file :
         {"sheetjs-test_files/sheet_visibility.xls", "sheetjs-test_files/sheet_visibility5.xls"}) {
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
    CHECK(biff4.tables[0].cell(0, 0).text.startsWith(
        QStringLiteral("Table 10 -- Examination Coverage")));
    const ReadResult biff3 = read("sheetjs-test_files/crlf/CRLFX5_3.XLS");
    CHECK(biff3.ok());
}

TEST_CASE("xls: encrypted and broken workbooks are refused", "[xls][corpus]")
{
    for (const char *file :
         {"apache-poi/spreadsheet/password.xls", "apache-poi/spreadsheet/xor-encryption-abc.xls",
          "sheetjs-test_files/password_2002_128_strong.xls"}) {
        INFO(file);
        const ReadResult r = read(file);
        CHECK_FALSE(r.ok());
        CHECK(r.error.contains(QStringLiteral("密码")));
    }
    const ReadResult fuzz = read(
        "apache-poi/spreadsheet/clusterfuzz-testcase-minimized-POIHSSFFuzzer-6137883240824832.xls");
    CHECK_FALSE(fuzz.ok());
    CHECK_FALSE(fuzz.error.isEmpty());
}

namespace {

void put16(QByteArray &b, int v)
{
    b.append(char(v & 0xFF)).append(char((v >> 8) & 0xFF));
}
void put32(QByteArray &b, quint32 v)
{
    put16(b, int(v & 0xFFFF));
    put16(b, int(v >> 16));
}
void record(QByteArray &stream, int type, const QByteArray &data)
{
    put16(stream, type);
    put16(stream, int(data.size()));
    stream.append(data);
}

/// A BIFF5 workbook stream (Excel 5.0/95): code page 936, one sheet with GBK labels and numbers.
QByteArray biff5Book(const QByteArray &sheetName, const QList<QByteArray> &labels)
{
    auto bof = [](int type) {
        QByteArray d;
        put16(d, 0x0500);
        put16(d, type);
        put16(d, 0x0DBB);
        put16(d, 0x07CC);
        return d;
    };
    QByteArray globals;
    record(globals, 0x0809, bof(0x0005));
    QByteArray codePage;
    put16(codePage, 936);
    record(globals, 0x0042, codePage);
    const qsizetype boundSheetAt = globals.size();
    QByteArray boundSheet;
    put32(boundSheet, 0); // patched below
    boundSheet.append(char(0)).append(char(0)).append(char(sheetName.size())).append(sheetName);
    record(globals, 0x0085, boundSheet);
    record(globals, 0x000A, QByteArray());

    QByteArray sheet;
    record(sheet, 0x0809, bof(0x0010));
    for (int row = 0; row < labels.size(); ++row) {
        QByteArray label;
        put16(label, row);
        put16(label, 0);
        put16(label, 15);
        put16(label, int(labels[row].size()));
        label.append(labels[row]);
        record(sheet, 0x0204, label);
        QByteArray number;
        put16(number, row);
        put16(number, 1);
        put16(number, 15);
        const double value = 10.0 * (row + 1);
        number.append(reinterpret_cast<const char *>(&value), 8);
        record(sheet, 0x0203, number);
    }
    record(sheet, 0x000A, QByteArray());

    QByteArray stream = globals;
    const quint32 sheetOffset = quint32(globals.size());
    for (int i = 0; i < 4; ++i)
        stream[boundSheetAt + 4 + i] = char((sheetOffset >> (8 * i)) & 0xFF);
    stream.append(sheet);
    stream.append(QByteArray(4096, '\0')); // past the mini-stream cutoff: ordinary sectors
    return stream;
}

/// A version 3 compound file holding one stream named `name`.
QByteArray compoundFile(const QString &name, const QByteArray &stream)
{
    const int sectors = int((stream.size() + 511) / 512);
    QByteArray header;
    header.append("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8);
    header.append(QByteArray(16, '\0'));
    put16(header, 0x3E);
    put16(header, 3);
    put16(header, 0xFFFE);
    put16(header, 9);
    put16(header, 6);
    header.append(QByteArray(6, '\0'));
    put32(header, 0);          // directory sectors (v3: 0)
    put32(header, 1);          // FAT sectors
    put32(header, 1);          // first directory sector
    put32(header, 0);          // transaction
    put32(header, 4096);       // mini stream cutoff
    put32(header, 0xFFFFFFFE); // first mini FAT sector
    put32(header, 0);
    put32(header, 0xFFFFFFFE); // first DIFAT sector
    put32(header, 0);
    put32(header, 0); // DIFAT[0]: the FAT is sector 0
    while (header.size() < 512)
        put32(header, 0xFFFFFFFF);

    QByteArray fat;
    put32(fat, 0xFFFFFFFD); // sector 0: FAT
    put32(fat, 0xFFFFFFFE); // sector 1: directory
    for (int i = 0; i < sectors; ++i)
        put32(fat, i + 1 < sectors ? quint32(3 + i) : 0xFFFFFFFE);
    while (fat.size() < 512)
        put32(fat, 0xFFFFFFFF);

    auto entry = [](const QString &entryName, int type, quint32 child, quint32 start,
                    quint32 size) {
        QByteArray e;
        for (QChar c : entryName)
            put16(e, c.unicode());
        e.append(QByteArray(64 - e.size(), '\0'));
        put16(e, int(entryName.size() + 1) * 2);
        e.append(char(type)).append(char(1));
        put32(e, 0xFFFFFFFF);
        put32(e, 0xFFFFFFFF);
        put32(e, child);
        e.append(QByteArray(16 + 4 + 16, '\0'));
        put32(e, start);
        put32(e, size);
        put32(e, 0);
        return e;
    };
    QByteArray directory = entry(QStringLiteral("Root Entry"), 5, 1, 0xFFFFFFFE, 0) +
                           entry(name, 2, 0xFFFFFFFF, 2, quint32(stream.size()));
    directory.append(QByteArray(512 - directory.size(), '\0'));

    QByteArray data = stream;
    data.append(QByteArray(sectors * 512 - stream.size(), '\0'));
    return header + fat + directory + data;
}

} // namespace

TEST_CASE("xls: BIFF5 text is decoded from the workbook's code page (GBK)", "[xls]")
{
    QStringEncoder gbk("GBK");
    REQUIRE(gbk.isValid());
    const QStringList names = {QStringLiteral("长治市屯留区启智幼儿园"),
                               QStringLiteral("山西潞安环保能源开发股份有限公司常村煤矿（幼儿园）"),
                               QStringLiteral("托育综合服务中心")};
    QList<QByteArray> labels;
    for (const QString &n : names)
        labels.append(gbk(n));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("excel95.xls"));
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(
        compoundFile(QStringLiteral("Book"), biff5Book(gbk(QStringLiteral("附件2")), labels)));
    file.close();

    const ReadResult r = readFile(path);
    INFO(r.error.toStdString());
    REQUIRE(r.ok());
    REQUIRE(r.tables.size() == 1);
    const Table &t = r.tables[0];
    CHECK(t.name == QStringLiteral("附件2"));
    for (int i = 0; i < names.size(); ++i) {
        CHECK(t.cell(i, 0).text == names[i]);
        CHECK(t.cell(i, 1).number == 10.0 * (i + 1));
    }
}
