#pragma once

#include "reader.h"

namespace tuoyu::io {

/// Reads an Excel 97–2003 workbook (.xls).
///
/// BIFF8 and BIFF5 workbooks in an OLE2 file are read by this reader's own bounds-checked record
/// walker: shared strings (across CONTINUE records), labels (BIFF5 text decoded from the
/// workbook's code page, so GBK/CP936 text comes out right), numbers, RK/MULRK, booleans, errors,
/// cached formula results, dates by their number format in the 1900 or 1904 system, merged
/// ranges (filled like xlsx ones), hidden sheets (flagged), chart and macro sheets (skipped), and
/// encryption (FILEPASS: refused with a message).
///
/// FreeXL 1.0.6 reads the bare BIFF2–4 streams of Excel 2.x–4.0 (with their code page and date
/// formats; it gives no formula results, booleans, merges or visibility for them), and is the
/// fallback when an OLE file's workbook stream does not start like BIFF5/BIFF8. FreeXL is not the
/// main path because, on the shared corpus, it opened 30 BIFF5/BIFF8 files "successfully" with
/// zero sheets, and it exposes neither formula results, booleans/errors, merges nor sheet state.
ReadResult readXls(const QString &path, const ReadOptions &options = {});

} // namespace tuoyu::io
