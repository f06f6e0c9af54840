// Reads a generated 100,000-row workbook through the xlsx reader, and exports a 100,000-row
// ledger through the xlsx writer, and reports how long each took. The bounds asserted are
// generous (CI machines are shared); the figures are printed for the record.
#include "testhelpers.h"

#include "bench/xlsxgen.h"
#include "io/reader.h"
#include "io/xlsxexporter.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFileInfo>
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
    // Shared strings are read on another thread: cells parsed before it finishes get their text
    // afterwards, cells parsed after it at once. Every row's name and contact must be its own.
    int wrong = 0;
    for (int row = 1; row <= 100'000; ++row) {
        const bool nameOk =
            t.cell(row, 1).text.endsWith(QStringLiteral("第%1托育服务有限公司").arg(row));
        const bool contactOk = t.cell(row, 7).text.endsWith(QStringLiteral("老师%1").arg(row - 1));
        wrong += nameOk && contactOk ? 0 : 1;
    }
    CHECK(wrong == 0);
    WARN("100k rows: generated in " << generated << " ms, read in " << read << " ms");
    CHECK(read < 10000);
}

TEST_CASE("bench: exporting a 100,000-row ledger", "[bench][export]")
{
    // The exporter tests' columns, one of each kind, over 100,000 generated rows.
    ExportSheet sheet = sampleExportSheet();
    sheet.rows.clear();
    const QDate first(2023, 1, 1);
    for (int i = 1; i <= 100'000; ++i)
        sheet.rows.append({i,
                           i % 10 == 0 ? QStringLiteral("=机构%1").arg(i)
                                       : QStringLiteral("长治市第%1托育服务有限公司").arg(i),
                           i % 200, (i % 50) / 10.0, (i % 100) / 100.0, first.addDays(i % 700),
                           i * 12.5});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("100k-export.xlsx"));
    QElapsedTimer timer;
    timer.start();
    QString error;
    REQUIRE(writeXlsx(path, {sheet}, &error));
    const qint64 written = timer.restart();
    const ReadResult r = readFile(path);
    REQUIRE(r.ok());
    const Table &t = r.tables[0];
    CHECK(t.rowCount() == 100'002);
    CHECK(t.cell(100'001, 0).text == QStringLiteral("100000"));
    CHECK(t.cell(100'001, 1).text == QStringLiteral("=机构100000"));
    CHECK(t.cell(2, 5).type == CellType::Date);
    WARN("100k rows exported in " << written << " ms (" << QFileInfo(path).size() / 1024
                                  << " KiB), read back in " << timer.elapsed() << " ms");
    CHECK(written < 20000);
}
