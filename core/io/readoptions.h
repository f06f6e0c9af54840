#pragma once

#include <QtGlobal>

namespace tuoyu::io {

/// Limits every reader honours, so a hostile or broken file is refused with a message instead of
/// exhausting memory or time. The defaults suit any real office file; tests lower them.
struct ReadOptions
{
    /// Largest inflated size of one zip entry (a worksheet, the shared strings …), counted while
    /// inflating, never taken from the size the archive declares. Also the largest text file read.
    qint64 maxEntryBytes = qint64(256) * 1024 * 1024;
    /// Largest inflated size of all entries of one archive together.
    qint64 maxTotalBytes = qint64(1024) * 1024 * 1024;
    /// Largest number of stored cells (including the empty cells that pad ragged rows) in one file.
    qint64 maxCells = 20'000'000;
    /// Cell references past these are refused (Excel's own limits).
    int maxRows = 1'048'576;
    int maxColumns = 16'384;
};

} // namespace tuoyu::io
