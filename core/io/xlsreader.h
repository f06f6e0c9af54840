#pragma once

#include "reader.h"

namespace tuoyu::io {

/// Reads an Excel 97–2003 workbook (.xls: BIFF8 or BIFF5 in an OLE2 file, and the bare BIFF2–4
/// streams of Excel 2.x–4.0) through FreeXL 1.0.6, which converts text from the workbook's code
/// page (so GBK text in a BIFF5 file comes out right) and turns numbers with a date format into
/// dates. FreeXL does not expose merged cells, sheet visibility, formula results, booleans or
/// error values, so for BIFF5/BIFF8 this reader also walks the workbook stream itself: merged
/// ranges are filled like xlsx ones, hidden sheets are flagged, chart and macro sheets skipped,
/// cached formula results (numbers, dates, text, booleans, errors) are read, and encrypted
/// workbooks (FILEPASS) are refused. In BIFF2–4 files formula results stay empty.
ReadResult readXls(const QString &path, const ReadOptions &options = {});

} // namespace tuoyu::io
