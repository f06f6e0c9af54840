// Hostile and broken input: zip bombs, XML entity expansion, giant dimensions, truncated and
// garbage files. Every one gives a clear error (or a small table) quickly, without a crash and
// without large memory.
#include "testhelpers.h"

#include "io/reader.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFile>
#include <QRandomGenerator>
#include <QTemporaryDir>

using namespace tuoyu::io;

namespace {

/// Peak resident memory of this process so far, in MiB (Linux), or -1.
qint64 peakMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong() / 1024;
    }
    return -1;
}

/// A workbook whose only sheet inflates to `megabytes` MiB (valid XML: whitespace in sheetData),
/// written in a streaming way so the test needs no large buffer.
bool writeBomb(const QString &path, int megabytes)
{
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    auto add = [&](const QString &name, const QByteArray &content) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(name), nullptr, 0, Z_DEFLATED, 9))
            return false;
        file.write(content);
        file.close();
        return true;
    };
    add(QStringLiteral("xl/workbook.xml"), "<workbook xmlns:r=\"r\"><sheets><sheet name=\"S\" "
                                           "sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
    add(QStringLiteral("xl/_rels/workbook.xml.rels"),
        "<Relationships><Relationship Id=\"rId1\" "
        "Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" "
        "Target=\"worksheets/sheet1.xml\"/></Relationships>");
    QuaZipFile file(&zip);
    if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(QStringLiteral("xl/worksheets/sheet1.xml")),
                   nullptr, 0, Z_DEFLATED, 9))
        return false;
    file.write("<worksheet><sheetData>");
    const QByteArray spaces(1024 * 1024, ' ');
    for (int i = 0; i < megabytes; ++i)
        file.write(spaces);
    file.write("</sheetData></worksheet>");
    file.close();
    zip.close();
    return zip.getZipError() == ZIP_OK;
}

ReadResult readSheetXml(const QByteArray &xml, const ReadOptions &options = {})
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("hostile.xlsx"));
    REQUIRE(writeWorkbook(path, {{QStringLiteral("S"), xml, {}, {}}}));
    return readFile(path, options);
}

} // namespace

TEST_CASE("hostile: a zip bomb is refused within seconds and without large memory", "[hostile]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bomb.xlsx"));
    REQUIRE(writeBomb(path, 300)); // 300 MiB of whitespace in a few hundred KiB
    CHECK(QFileInfo(path).size() < 2 * 1024 * 1024);
    const qint64 before = peakMiB();
    QElapsedTimer timer;
    timer.start();
    const ReadResult r = readFile(path);
    const qint64 ms = timer.elapsed();
    CHECK_FALSE(r.ok());
    CHECK(r.error.contains(QStringLiteral("压缩炸弹")));
    CHECK(r.error.contains(QStringLiteral("256 MiB")));
    CHECK(ms < 10000);
    if (before > 0)
        CHECK(peakMiB() - before < 64);

    // The limit is an option: a 12 MiB entry against a 4 MiB limit.
    const QString small = dir.filePath(QStringLiteral("small-bomb.xlsx"));
    REQUIRE(writeBomb(small, 12));
    ReadOptions options;
    options.maxEntryBytes = 4 * 1024 * 1024;
    const ReadResult limited = readFile(small, options);
    CHECK_FALSE(limited.ok());
    CHECK(limited.error.contains(QStringLiteral("4 MiB")));
    CHECK(readFile(small).ok()); // under the default limit it is just an empty sheet
}

TEST_CASE("hostile: XML entity declarations are refused", "[hostile]")
{
    const QByteArray laughs =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [<!ENTITY lol \"lol\">"
        "<!ENTITY lol2 \"&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;\">"
        "<!ENTITY lol3 \"&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;\">"
        "<!ENTITY lol4 \"&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;\">"
        "<!ENTITY lol5 \"&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;\">"
        "<!ENTITY lol6 \"&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;\">"
        "<!ENTITY lol7 \"&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;\">"
        "<!ENTITY lol8 \"&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;\">"
        "<!ENTITY lol9 \"&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;\">]>"
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" "
        "t=\"inlineStr\"><is><t>&lol9;</t></is></c></row></sheetData></worksheet>";
    const ReadResult r = readSheetXml(laughs);
    CHECK_FALSE(r.ok());
    CHECK(r.error.contains(QStringLiteral("实体")));

    const QByteArray external =
        "<?xml version=\"1.0\"?>\n<!DOCTYPE w [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>"
        "<worksheet><sheetData><row r=\"1\"><c r=\"A1\" "
        "t=\"inlineStr\"><is><t>&xxe;</t></is></c></row></sheetData></worksheet>";
    const ReadResult x = readSheetXml(external);
    CHECK_FALSE(x.ok());
    CHECK(x.error.contains(QStringLiteral("实体")));

    // the corpus's own attacks
    for (const char *file : {"apache-poi/spreadsheet/poc-xmlbomb-empty.xlsx",
                             "apache-poi/spreadsheet/poc-shared-strings.xlsx"}) {
        const ReadResult c = readFile(corpusPath(QString::fromUtf8(file)));
        CHECK_FALSE(c.ok());
        CHECK_FALSE(c.error.isEmpty());
    }
}

TEST_CASE("hostile: giant dimensions and merges allocate nothing", "[hostile]")
{
    QElapsedTimer timer;
    timer.start();
    const ReadResult r =
        readSheetXml(sheetXml("<dimension ref=\"A1:XFD1048576\"/><sheetData><row r=\"1\"><c "
                              "r=\"A1\" t=\"inlineStr\"><is><t>x</t></is></c></row></sheetData>"
                              "<mergeCells><mergeCell ref=\"A1:XFD1048576\"/></mergeCells>"));
    REQUIRE(r.ok());
    CHECK(r.tables[0].rowCount() == 1);
    CHECK(r.tables[0].columnCount() == 1);
    CHECK(timer.elapsed() < 2000);

    // a far cell: refused past Excel's limits, bounded by the cell budget within them
    CHECK_FALSE(readSheetXml(
                    sheetXml("<sheetData><row r=\"99999999999\"><c><v>1</v></c></row></sheetData>"))
                    .ok());
    CHECK_FALSE(
        readSheetXml(
            sheetXml("<sheetData><row><c r=\"A99999999999\"><v>1</v></c></row></sheetData>"))
            .ok());
    ReadOptions options;
    options.maxCells = 20'000;
    const ReadResult far =
        readSheetXml(sheetXml("<sheetData><row r=\"1\"><c r=\"XFD1\"><v>1</v></c></row>"
                              "<row r=\"9\"><c r=\"XFD9\"><v>1</v></c></row></sheetData>"),
                     options);
    CHECK_FALSE(far.ok());
    CHECK(far.error.contains(QStringLiteral("太大")));

    // one cell's text far past Excel's 32,767 characters
    const QByteArray huge(2 * 1024 * 1024, 'x');
    const ReadResult longText = readSheetXml(sheetXml("<sheetData><row><c t=\"inlineStr\"><is><t>" +
                                                      huge + "</t></is></c></row></sheetData>"));
    CHECK_FALSE(longText.ok());
    CHECK(longText.error.contains(QStringLiteral("1 MiB")));
}

TEST_CASE("hostile: truncated, garbage and bit-flipped files never crash", "[hostile]")
{
    QTemporaryDir dir;
    QRandomGenerator random(20240601);
    const QStringList sources = {
        sharedPath(QStringLiteral("fixtures/tunliu-institutions.xlsx")),
        sharedPath(QStringLiteral("fixtures/tunliu-institutions.xls")),
        sharedPath(QStringLiteral("fixtures/tunliu-institutions.docx")),
        sharedPath(QStringLiteral("fixtures/tunliu-institutions-gb18030.csv")),
        corpusPath(QStringLiteral("calamine/biff5_write.xls"))};
    QElapsedTimer timer;
    timer.start();
    for (const QString &source : sources) {
        QFile in(source);
        REQUIRE(in.open(QIODevice::ReadOnly));
        const QByteArray original = in.readAll();
        const QString suffix = QFileInfo(source).suffix();
        for (int round = 0; round < 60; ++round) {
            QByteArray bytes = original;
            if (round < 10) {
                bytes.truncate(qsizetype(bytes.size() * (round + 1) / 11));
            } else if (round < 15) {
                bytes.resize(qsizetype(random.bounded(4096)));
                for (auto &b : bytes)
                    b = char(random.bounded(256));
            } else {
                const int flips = 1 + int(random.bounded(20));
                for (int i = 0; i < flips; ++i)
                    bytes[qsizetype(random.bounded(quint32(bytes.size())))] =
                        char(random.bounded(256));
            }
            const QString path = dir.filePath(QStringLiteral("case%1.%2").arg(round).arg(suffix));
            QFile out(path);
            REQUIRE(out.open(QIODevice::WriteOnly));
            out.write(bytes);
            out.close();
            const ReadResult r = readFile(path);
            INFO(source.toStdString() << " round " << round);
            if (!r.ok()) {
                CHECK(r.error.startsWith(QStringLiteral("无法读取 ")));
                CHECK(r.tables.isEmpty());
            }
        }
    }
    CHECK(timer.elapsed() < 30000);
}
