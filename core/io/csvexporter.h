#pragma once

#include "exportsheet.h"

#include <QByteArray>

namespace tuoyu::io {

/// The CSV bytes of a sheet as Excel opens them in Chinese: UTF-8 with a BOM, CRLF line ends,
/// RFC 4180 quoting, the header row then the data rows (the title is not written: a CSV file has
/// no place for it). Numbers are written plainly (integers without decimals, decimals and money
/// with two, percents as "25.00%"), dates as yyyy-MM-dd. Formula-injection guard: a text value
/// that begins with = + - @, a tab or a CR is written with a leading apostrophe ('=1+1), as
/// OWASP recommends; Excel then shows it as text, and a reader sees the apostrophe.
QByteArray exportCsv(const ExportSheet &sheet);

/// Writes exportCsv() through QSaveFile (temporary file, renamed on success).
bool writeCsv(const QString &path, const ExportSheet &sheet, QString *error = nullptr);

} // namespace tuoyu::io
