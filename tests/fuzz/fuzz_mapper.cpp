// libFuzzer target: the table mapper (core/mapping) on any table. The input is read as
// delimited text (so a seed is a CSV list), then the mapper proposes a kind and maps every row.
#include "fuzzinput.h"
#include "io/csvreader.h"
#include "mapping/tablemapper.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace tuoyu;
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QString text = io::decodeText(bytes);
    QString error;
    const io::Table table =
        io::parseDelimited(text, io::detectSeparator(text), fuzz::fuzzOptions(), &error);
    const mapping::MappingResult result = mapping::TableMapper::map(table);
    (void)result;
    (void)mapping::proposeTable({table});
    return 0;
}
