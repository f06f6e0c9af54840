// Reads a generated workbook through the xlsx reader and exports a generated ledger through the
// xlsx writer, and checks every row came through. The default run does it at 10,000 rows and
// times nothing (timing belongs to tuoyu-bench); the 100,000-row versions are hidden ([.bench])
// and run by hand: `tuoyu_io_tests "[bench]"`, which also prints how long each took.
#include "testhelpers.h"

#include "bench/xlsxgen.h"
#include "io/reader.h"
#include "io/xlsxexporter.h"

#include <catch2/catch.hpp>

#include <QElapsedTimer>
#include <QFileInfo>
#include <QTemporaryDir>

#include <string>

using namespace tuoyu::io;

namespace {

/// Returns how long it took, in words, for the hand-run bench cases to print.
std::string readGeneratedWorkbook(int rows)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("generated.xlsx"));
    QElapsedTimer timer;
    timer.start();
    QString error;
    REQUIRE(tuoyu::bench::writeGeneratedXlsx(path, rows, &error));
    const qint64 generated = timer.restart();
    const ReadResult r = readFile(path);
    const qint64 read = timer.elapsed();
    REQUIRE(r.ok());
    REQUIRE(r.tables.size() == 1);
    const Table &t = r.tables[0];
    CHECK(t.rowCount() == rows + 1);
    CHECK(t.columnCount() == 10);
    CHECK(t.cell(0, 1).text == QStringLiteral("机构名称"));
    CHECK(t.cell(1, 0).text == QStringLiteral("1"));
    CHECK(t.cell(rows, 0).text == QString::number(rows));
    CHECK(t.cell(1, 1).text.endsWith(QStringLiteral("第1托育服务有限公司")));
    CHECK(t.cell(1, 9).type == CellType::Date);
    CHECK(t.cell(1, 8).text.size() == 11); // an 11-digit phone number, not 1.38e+10
    // Shared strings are read on another thread: cells parsed before it finishes get their text
    // afterwards, cells parsed after it at once. Every row's name and contact must be its own.
    int wrong = 0;
    for (int row = 1; row <= rows; ++row) {
        const bool nameOk =
            t.cell(row, 1).text.endsWith(QStringLiteral("第%1托育服务有限公司").arg(row));
        const bool contactOk = t.cell(row, 7).text.endsWith(QStringLiteral("老师%1").arg(row - 1));
        wrong += nameOk && contactOk ? 0 : 1;
    }
    CHECK(wrong == 0);
    return std::to_string(rows) + " rows: generated in " + std::to_string(generated) +
           " ms, read in " + std::to_string(read) + " ms";
}

std::string exportGeneratedLedger(int rows)
{
    // The exporter tests' columns, one of each kind, over the generated rows.
    ExportSheet sheet = sampleExportSheet();
    sheet.rows.clear();
    const QDate first(2023, 1, 1);
    for (int i = 1; i <= rows; ++i)
        sheet.rows.append({i,
                           i % 10 == 0 ? QStringLiteral("=机构%1").arg(i)
                                       : QStringLiteral("长治市第%1托育服务有限公司").arg(i),
                           i % 200, (i % 50) / 10.0, (i % 100) / 100.0, first.addDays(i % 700),
                           i * 12.5});
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("generated-export.xlsx"));
    QElapsedTimer timer;
    timer.start();
    QString error;
    REQUIRE(writeXlsx(path, {sheet}, &error));
    const qint64 written = timer.restart();
    const ReadResult r = readFile(path);
    REQUIRE(r.ok());
    const Table &t = r.tables[0];
    CHECK(t.rowCount() == rows + 2);
    CHECK(t.cell(rows + 1, 0).text == QString::number(rows));
    CHECK(t.cell(rows + 1, 1).text == QStringLiteral("=机构%1").arg(rows));
    CHECK(t.cell(2, 5).type == CellType::Date);
    return std::to_string(rows) + " rows exported in " + std::to_string(written) + " ms (" +
           std::to_string(QFileInfo(path).size() / 1024) + " KiB), read back in " +
           std::to_string(timer.elapsed()) + " ms";
}

} // namespace

TEST_CASE("A generated 10,000-row workbook reads row for row", "[io][xlsx]")
{
    readGeneratedWorkbook(10'000);
}

TEST_CASE("A generated 10,000-row ledger exports and reads back", "[io][export]")
{
    exportGeneratedLedger(10'000);
}

TEST_CASE("bench: reading a 100,000-row workbook", "[.bench]")
{
    WARN(readGeneratedWorkbook(100'000));
}

TEST_CASE("bench: exporting a 100,000-row ledger", "[.bench][export]")
{
    WARN(exportGeneratedLedger(100'000));
}
