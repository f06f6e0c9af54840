#pragma once

#include <QString>

#include <xlsxwriter.h>

namespace tuoyu::io {

// The libxlsxwriter functions the xlsx exporter calls, named once here and used three times: as
// members, when they are resolved from the library loaded at run time, and when they are taken
// from the library linked at build time (see core/io/CMakeLists.txt for which, and why).
#define TUOYU_XLSXWRITER_FUNCTIONS(X)                                                              \
    X(lxw_version_id)                                                                              \
    X(lxw_strerror)                                                                                \
    X(workbook_new_opt)                                                                            \
    X(workbook_add_worksheet)                                                                      \
    X(workbook_add_format)                                                                         \
    X(workbook_close)                                                                              \
    X(worksheet_write_string)                                                                      \
    X(worksheet_write_number)                                                                      \
    X(worksheet_write_blank)                                                                       \
    X(worksheet_merge_range)                                                                       \
    X(worksheet_set_row)                                                                           \
    X(worksheet_set_column)                                                                        \
    X(worksheet_set_column_opt)                                                                    \
    X(worksheet_freeze_panes)                                                                      \
    X(worksheet_autofilter)                                                                        \
    X(worksheet_set_landscape)                                                                     \
    X(worksheet_fit_to_pages)                                                                      \
    X(worksheet_repeat_rows)                                                                       \
    X(worksheet_data_validation_range)                                                             \
    X(worksheet_protect)                                                                           \
    X(format_set_unlocked)                                                                         \
    X(format_set_font_name)                                                                        \
    X(format_set_font_size)                                                                        \
    X(format_set_font_family)                                                                      \
    X(format_set_font_charset)                                                                     \
    X(format_set_bold)                                                                             \
    X(format_set_align)                                                                            \
    X(format_set_text_wrap)                                                                        \
    X(format_set_pattern)                                                                          \
    X(format_set_bg_color)                                                                         \
    X(format_set_border)                                                                           \
    X(format_set_num_format)                                                                       \
    X(format_set_num_format_index)

/// Pointers to libxlsxwriter's functions, typed from its own header.
struct XlsxWriterApi
{
#define TUOYU_XLSXWRITER_MEMBER(name) decltype(&::name) name = nullptr;
    TUOYU_XLSXWRITER_FUNCTIONS(TUOYU_XLSXWRITER_MEMBER)
#undef TUOYU_XLSXWRITER_MEMBER
};

/// libxlsxwriter's functions, loaded on the first call (thread-safe; the library then stays
/// loaded). Null when the library or one of its functions is missing, with a Chinese message in
/// `error` that names what to install. On Linux the environment variable TUOYU_XLSXWRITER_LIBRARY
/// names the one library file to load instead (a bundled copy; the tests use a missing one).
const XlsxWriterApi *xlsxWriterApi(QString *error = nullptr);

} // namespace tuoyu::io
