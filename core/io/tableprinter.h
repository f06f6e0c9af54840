#pragma once

#include "table.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace tuoyu::io {

/// Prints a table as CSV for `tuoyu-desk read`: UTF-8 without BOM, RFC 4180 (fields holding a
/// comma, a double quote, CR or LF are quoted, quotes doubled), every line ended with CRLF as
/// RFC 4180 says (tools that want LF may strip the CR). Each cell prints its canonical `text`:
/// merged values filled in, dates as ISO dates, numbers as the shortest text that round-trips.
/// Rows are padded with empty fields to the table's width so every line has the same number of
/// fields — unless rows × columns exceeds 10 million (a sparse sheet with one far cell), where
/// each line is only as wide as its row.
QByteArray toCsv(const Table &table);

/// Which table `tuoyu-desk read SOURCE [--sheet NAME|N] [--table N]` prints.
struct TablePick
{
    int index = -1; ///< into the table list; -1 when `error` is set
    QString error;  ///< a Chinese message that lists what exists

    bool ok() const { return index >= 0; }
};

/// Picks a table. `sheet` is a sheet name (exact, then case-insensitive) or a 1-based sheet
/// number; `tableNumber` (1-based, 0 = not given) picks among all tables, as Word documents
/// number theirs ("表格 N"). With neither, the first table that is not hidden (or the first
/// table). Giving both is allowed only when they agree.
TablePick pickTable(const QList<Table> &tables, const QString &sheet = QString(),
                    int tableNumber = 0);

} // namespace tuoyu::io
