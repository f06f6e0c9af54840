#pragma once

#include <QList>
#include <QString>

namespace tuoyu::io {

/// What a reader found in one cell. Readers never evaluate formulas: a formula cell carries
/// the cached value its office suite saved.
enum class CellType
{
    Empty,
    Text,
    Number,
    Boolean,
    Date,     ///< a number whose format is a date without time of day
    DateTime, ///< a number whose format shows a time of day
    Error,    ///< #N/A, #DIV/0! …; text holds the error code as written
    Time      ///< a number whose format shows only a time of day (or a duration); text HH:mm:ss
};

/// One cell as the reader sees it. `text` is the canonical text every consumer prints:
/// strings as written, numbers as the shortest text that round-trips, booleans TRUE/FALSE,
/// dates as ISO 8601 (yyyy-MM-dd, or yyyy-MM-ddTHH:mm:ss for DateTime, HH:mm:ss for Time).
/// "Shortest text that round-trips" is written without an exponent for magnitudes from 1e-7 up
/// to 1e21 (1000000, not 1e+06), the way JavaScript prints numbers; see formatNumber().
struct Cell
{
    CellType type = CellType::Empty;
    QString text;
    double number = 0.0; ///< the numeric value for Number and Boolean cells; the serial for
                         ///< Date, DateTime and Time cells read from xlsx and BIFF5/8 xls
                         ///< (0 for BIFF2–4 files, which FreeXL reads)

    bool isEmpty() const { return type == CellType::Empty || text.isEmpty(); }
};

/// A merged range, zero-based and inclusive. Readers have already copied the merged value into
/// every covered cell; the ranges stay available so a header spread over two rows can be joined.
struct Merge
{
    int firstRow = 0;
    int firstColumn = 0;
    int lastRow = 0;
    int lastColumn = 0;
};

/// A doubt about one row the reader could not settle and the officer should check (a CSV line in
/// another encoding than the rest of its file). The mapper shows it on the row's record.
struct RowNote
{
    int row = 0; ///< zero-based
    QString message;
};

/// A rectangular-ish grid read from one sheet of a workbook, one CSV file or one Word table.
/// Rows may be ragged; cell() answers an empty cell outside the stored range.
struct Table
{
    QString name;        ///< sheet name, file name for CSV, "表格 N" for a Word table
    bool hidden = false; ///< a hidden sheet (state="hidden" or "veryHidden")
    QList<QList<Cell>> rows;
    QList<Merge> merges;
    QList<RowNote> notes; ///< by row, ascending

    int rowCount() const { return int(rows.size()); }
    int columnCount() const
    {
        qsizetype widest = 0;
        for (const auto &row : rows)
            widest = std::max(widest, row.size());
        return int(widest);
    }
    const Cell &cell(int row, int column) const
    {
        static const Cell empty;
        if (row < 0 || row >= rows.size() || column < 0 || column >= rows[row].size())
            return empty;
        return rows[row][column];
    }
};

} // namespace tuoyu::io
