// libFuzzer target for one reader of core/io on any bytes, chosen by the build:
// TUOYU_FUZZ_READ is the reader (readXlsx, readXls, readDocx, readDelimitedText) and
// TUOYU_FUZZ_EXTENSION the extension the input file gets (tests/fuzz/CMakeLists.txt).
#include "fuzzinput.h"
#include "io/csvreader.h"
#include "io/docxreader.h"
#include "io/xlsreader.h"
#include "io/xlsxreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const tuoyu::io::ReadResult result = tuoyu::io::TUOYU_FUZZ_READ(
        tuoyu::fuzz::inputFile(data, size, TUOYU_FUZZ_EXTENSION), tuoyu::fuzz::fuzzOptions());
    // A read either gives tables or says why not.
    if (!result.ok() && result.error.isEmpty())
        __builtin_trap();
    return 0;
}
