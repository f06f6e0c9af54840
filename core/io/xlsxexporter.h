#pragma once

#include "exportsheet.h"

namespace tuoyu::io {

/// Writes sheets to an .xlsx file through libxlsxwriter (loaded at run time on Linux; see
/// core/io/CMakeLists.txt): a bold title row merged across the columns, bold shaded headers,
/// column widths fitted to the text (a CJK character counts double), number formats by column
/// kind, the header row frozen and an autofilter on it. Text is always written as a string cell,
/// so "=1+1" stays text and never becomes a live formula. The file is written next to the target
/// under a temporary name (QSaveFile) and renamed over it only on success, so a failure never
/// leaves half a file. Returns false with a Chinese message in `error`, also when libxlsxwriter
/// cannot be loaded (the message names the package to install).
bool writeXlsx(const QString &path, const QList<ExportSheet> &sheets, QString *error = nullptr);

/// Display width of text in Excel column units: 2 for a CJK or full-width character, 1 otherwise.
int displayWidth(const QString &text);

} // namespace tuoyu::io
