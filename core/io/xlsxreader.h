#pragma once

#include "reader.h"

namespace tuoyu::io {

/// Reads an OOXML workbook (.xlsx, .xlsm, strict or transitional) with QuaZip and expat: every
/// worksheet becomes a Table (chart and macro sheets are skipped with a warning). Sheet parts are
/// found through the workbook's relationships; shared strings (rich-text runs joined, phonetic
/// runs skipped), inline strings, numbers, booleans, errors and cached formula results are read;
/// numbers whose format is a date or time become Date/DateTime/Time cells in the workbook's
/// 1900 or 1904 system; merged ranges are filled with their top-left value. Formulas are never
/// evaluated. `_xHHHH_` escapes are decoded.
ReadResult readXlsx(const QString &path, const ReadOptions &options = {});

/// Decodes OOXML's `_xHHHH_` escapes (`_x000D_` → CR, `_x005F_` → `_`).
QString decodeOoxmlEscapes(const QString &text);

/// Parses an A1-style reference ("B7", "$AB$12") into zero-based row and column; false when it
/// is not one. Columns past XFD or rows past 1048576 are returned as they are, for the caller to
/// refuse.
bool parseCellReference(const char *ref, int *row, int *column);

} // namespace tuoyu::io
