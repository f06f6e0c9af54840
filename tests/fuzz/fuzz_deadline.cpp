// libFuzzer target: the deadline parser (core/calendar/deadlineparser.cpp) on any words.
#include "calendar/deadlineparser.h"
#include "fuzzinput.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString words = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const tuoyu::DeadlineParser::Result result = tuoyu::DeadlineParser::parse(words);
    // A date found is a real date.
    if (result.resolved() && !result.date.isValid())
        __builtin_trap();
    return 0;
}
