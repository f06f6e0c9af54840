// Inputs the libFuzzer targets (tests/fuzz) found, each read as the finding's fix says. They live
// in tests/data/fuzz, which scripts/fuzz.sh also adds to every target's seeds.

#include "testhelpers.h"

#include "io/reader.h"
#include "io/xlsreader.h"

#include <catch2/catch.hpp>

using namespace tuoyu::io;

TEST_CASE("fuzz: an xls whose workbook stream does not begin as a workbook is refused by the own "
          "reader, never handed to FreeXL")
{
    // An OLE file with a Workbook stream that is not BIFF: FreeXL, which read it before, leaked
    // 1,984 bytes in freexl_open (LeakSanitizer, tuoyu_fuzz_xls).
    const QString path = QStringLiteral(TUOYU_TEST_DATA_DIR "/fuzz/xls-damaged-globals.xls");
    const ReadResult r = readXls(path);
    CHECK_FALSE(r.ok());
    CHECK(r.tables.isEmpty());
    CHECK(r.error.contains(QStringLiteral("xls-damaged-globals.xls")));
    CHECK(r.error.contains(QStringLiteral("开头不是 Excel 工作簿记录")));
}

TEST_CASE("fuzz: a damaged BIFF2 stream is refused with a message naming the file")
{
    // FreeXL, the reader of BIFF2–4, leaks a few bytes inside freexl_open on this file: a leak
    // in the library (suppressed in tests/fuzz/lsan.supp), not in the program's own code.
    const QString path = QStringLiteral(TUOYU_TEST_DATA_DIR "/fuzz/biff2-freexl-leak.xls");
    const ReadResult r = readXls(path);
    CHECK_FALSE(r.ok());
    CHECK(r.tables.isEmpty());
    CHECK(r.error.contains(QStringLiteral("biff2-freexl-leak.xls")));
}

TEST_CASE("fuzz: a BIFF4 stream whose last record runs past the end is refused before FreeXL")
{
    // FreeXL copied the 7,168 bytes the record's length gave from a buffer that ended sooner
    // (AddressSanitizer: heap-buffer-overflow in freexl_open, tuoyu_fuzz_xls).
    const QString path = QStringLiteral(TUOYU_TEST_DATA_DIR "/fuzz/biff4-record-past-end.xls");
    const ReadResult r = readXls(path);
    CHECK_FALSE(r.ok());
    CHECK(r.error.contains(QStringLiteral("biff4-record-past-end.xls")));
    CHECK(r.error.contains(QStringLiteral("超出了文件末尾")));
}
