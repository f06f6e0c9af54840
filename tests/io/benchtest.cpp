// Reads a generated 100,000-row workbook through the xlsx reader and reports how long it took.
// The bound asserted is generous (CI machines are shared); the figure is printed for the record.
#include "testhelpers.h"

#include "bench/xlsxgen.h"
#include "io/reader.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace tuoyu::io;

TEST_CASE("bench: reading a 100,000-row workbook", "[bench]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("100k.xlsx"));
    QElapsedTimer timer;
    timer.start();
    QString error;
    REQUIRE(tuoyu::bench::writeGeneratedXlsx(path, 100'000, &error));
    const qint64 generated = timer.restart();
    const ReadResult r = readFile(path);
    const qint64 read = timer.elapsed();
    REQUIRE(r.ok());
    REQUIRE(r.tables.size() == 1);
    const Table &t = r.tables[0];
    CHECK(t.rowCount() == 100'001);
    CHECK(t.columnCount() == 10);
    CHECK(t.cell(0, 1).text == QStringLiteral("机构名称"));
    CHECK(t.cell(1, 0).text == QStringLiteral("1"));
    CHECK(t.cell(100'000, 0).text == QStringLiteral("100000"));
    CHECK(t.cell(1, 1).text.endsWith(QStringLiteral("第1托育服务有限公司")));
    CHECK(t.cell(1, 9).type == CellType::Date);
    CHECK(t.cell(1, 8).text.size() == 11); // an 11-digit phone number, not 1.38e+10
    WARN("100k rows: generated in " << generated << " ms, read in " << read << " ms");
    CHECK(read < 10000);
}
