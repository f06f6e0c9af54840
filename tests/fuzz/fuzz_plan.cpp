// libFuzzer target: the plan reader (core/planreader) on any document. An input that starts
// like a zip is opened as a .docx, anything else as a .txt (UTF-8 or GB18030), both through
// PlanDocument::open as the window and the command line open them; then the whole document is
// read into a draft plan. Seeds are the five real plans and the .docx files of the fixtures.
#include "fuzzinput.h"
#include "planreader/planreader.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace tuoyu;
    const bool zip = size >= 2 && data[0] == 'P' && data[1] == 'K';
    const QString path = fuzz::inputFile(data, size, zip ? "docx" : "txt");
    QString error;
    const std::optional<PlanDocument> document = PlanDocument::open(path, &error);
    // A document either opens or says why not.
    if (!document && error.isEmpty())
        __builtin_trap();
    if (document)
        (void)PlanReader::read(*document);
    return 0;
}
