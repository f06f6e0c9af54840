#include "testhelpers.h"

#include "io/csvreader.h"
#include "io/reader.h"

#include <catch2/catch.hpp>

#include <QFile>
#include <QStringEncoder>
#include <QTemporaryDir>

using namespace tuoyu::io;

namespace {

ReadResult readBytes(const QByteArray &bytes, const QString &name = QStringLiteral("名单.csv"))
{
    QTemporaryDir dir;
    const QString path = dir.filePath(name);
    QFile file(path);
    REQUIRE(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    return readFile(path);
}

const QString sample = QStringLiteral("序号,机构名称,托位数\r\n1,\"长治市屯留区启智幼儿园\","
                                      "90\r\n2,\"含,逗号\"\"引号\"\"\n和换行\",60\r\n");

void checkSample(const ReadResult &r)
{
    REQUIRE(r.ok());
    REQUIRE(r.tables.size() == 1);
    const Table &t = r.tables[0];
    CHECK(t.name == QStringLiteral("名单"));
    CHECK(t.rowCount() == 3);
    CHECK(t.cell(0, 1).text == QStringLiteral("机构名称"));
    CHECK(t.cell(1, 1).text == QStringLiteral("长治市屯留区启智幼儿园"));
    CHECK(t.cell(1, 2).text == QStringLiteral("90"));
    CHECK(t.cell(1, 2).type == CellType::Text);
    CHECK(t.cell(2, 1).text == QStringLiteral("含,逗号\"引号\"\n和换行"));
    CHECK(t.cell(2, 2).text == QStringLiteral("60"));
}

} // namespace

TEST_CASE("csv: encodings", "[csv]")
{
    checkSample(readBytes(sample.toUtf8()));
    checkSample(readBytes("\xEF\xBB\xBF" + sample.toUtf8()));
    QByteArray le("\xFF\xFE");
    le.append(reinterpret_cast<const char *>(sample.utf16()), sample.size() * 2);
    checkSample(readBytes(le));
    QStringEncoder toBe(QStringEncoder::Utf16BE);
    checkSample(readBytes("\xFE\xFF" + QByteArray(toBe(sample))));
    QStringEncoder toGb("GB18030");
    REQUIRE(toGb.isValid());
    const QByteArray gb = toGb(sample);
    QString encoding;
    CHECK(decodeText(gb, &encoding) == sample);
    CHECK(encoding == QStringLiteral("GB18030"));
    checkSample(readBytes(gb));
}

TEST_CASE("csv: separators, line ends, quoting", "[csv]")
{
    CHECK(detectSeparator(u"a;b;c\n1;2;3\n") == QLatin1Char(';'));
    CHECK(detectSeparator(u"a\tb\tc\n1\t2,5\t3\n") == QLatin1Char('\t'));
    CHECK(detectSeparator(u"a,b\n\"x;y;z\",2\n") == QLatin1Char(','));
    CHECK(detectSeparator(u"single column\nonly\n") == QLatin1Char(','));

    const ReadResult semi = readBytes("名称;托位\n甲;10\n乙;20");
    REQUIRE(semi.ok());
    CHECK(semi.tables[0].cell(2, 1).text == QStringLiteral("20"));

    const ReadResult hint = readBytes("sep=;\r\na,b;c\r\n");
    REQUIRE(hint.ok());
    CHECK(hint.tables[0].rowCount() == 1);
    CHECK(hint.tables[0].cell(0, 0).text == QStringLiteral("a,b"));

    const ReadResult tsv = readBytes("a\tb\rc\td\r", QStringLiteral("x.tsv"));
    REQUIRE(tsv.ok());
    CHECK(tsv.tables[0].rowCount() == 2);
    CHECK(tsv.tables[0].cell(1, 1).text == QStringLiteral("d"));

    const Table t = parseDelimited(u"a,b\n\n\"\",\"x\"\"\"\n\"unterminated,\n", QLatin1Char(','));
    REQUIRE(t.rowCount() == 4);
    CHECK(t.rows[1].isEmpty());
    CHECK(t.cell(2, 0).isEmpty());
    CHECK(t.cell(2, 1).text == QStringLiteral("x\""));
    CHECK(t.cell(3, 0).text == QStringLiteral("unterminated,\n"));

    const ReadResult empty = readBytes(QByteArray());
    CHECK_FALSE(empty.ok());
    CHECK(empty.error.contains(QStringLiteral("空")));
}
