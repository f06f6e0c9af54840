#pragma once

#include <QString>
#include <QtGlobal>

namespace tuoyu::io {

/// Limits every reader honours, so a hostile or broken file is refused with a message instead of
/// exhausting memory or time. The defaults suit any real office file; tests lower them.
/// docs/RELIABILITY.md lists each limit with the test that holds a file just over it.
struct ReadOptions
{
    /// Largest inflated size of one zip entry (a worksheet, the shared strings …), counted while
    /// inflating, never taken from the size the archive declares. Also the largest text file read.
    qint64 maxEntryBytes = qint64(256) * 1024 * 1024;
    /// Largest inflated size of all entries of one archive together.
    qint64 maxTotalBytes = qint64(1024) * 1024 * 1024;
    /// Largest number of cells one file may make a reader allocate: stored cells, the empty cells
    /// that pad ragged rows, the room a row reserves ahead of its cells, and the cells a merged
    /// range or a Word vertical merge fills with its value.
    qint64 maxCells = 20'000'000;
    /// Largest text of one cell, in the bytes the reader holds it in (UTF-8 for xlsx and docx,
    /// UTF-16 for CSV). Excel itself holds at most 32,767 characters in a cell.
    qint64 maxCellBytes = 1024 * 1024;
    /// Largest text of one row, all its cells together, in the same bytes.
    qint64 maxRowBytes = qint64(16) * 1024 * 1024;
    /// Most merged ranges one file may declare.
    qint64 maxMerges = 1'000'000;
    /// Cell references past these are refused (Excel's own limits); CSV rows wider than
    /// maxColumns are refused too.
    int maxRows = 1'048'576;
    int maxColumns = 16'384;
};

struct Cell;
struct Merge;
struct Table;
class ReadBudget;

/// Copies `value` into rows `fromRow` … merge.lastRow of a merged range's columns, as Excel and
/// Word show a merged cell's text in every cell it covers. Every cell filled is charged to
/// `budget`, and so are the empty cells before the range in a shorter row: overlapping or tall
/// ranges cost what they copy and cannot flood the table. False when the budget is passed.
bool fillMerge(Table &table, const Merge &merge, int fromRow, const Cell &value,
               ReadBudget &budget);

/// What one file's reading has allocated so far, counted against the limits of ReadOptions: the
/// one budget every reader takes its cells from. The first limit passed is remembered as a
/// Chinese message (error()), and every later take fails too, so a reader may check once at a
/// convenient point. Each take is a subtraction and a comparison: the readers' loops call it per
/// cell and per row.
class ReadBudget
{
public:
    explicit ReadBudget(const ReadOptions &options)
        : m_options(options)
        , m_cellsLeft(options.maxCells)
        , m_mergesLeft(options.maxMerges)
    {
    }

    const ReadOptions &options() const { return m_options; }

    /// Counts `count` more cells allocated (stored, padding, reserved or filled by a merge).
    bool takeCells(qint64 count)
    {
        m_cellsLeft -= count;
        return m_cellsLeft >= 0 || fail(tooManyCells());
    }
    /// Counts one more merged range.
    bool takeMerge() { return --m_mergesLeft >= 0 || fail(tooManyMerges()); }
    /// One cell's text of `bytes` bytes (see ReadOptions::maxCellBytes).
    bool cellFits(qint64 bytes) { return bytes <= m_options.maxCellBytes || fail(cellTooLong()); }
    /// One row's text of `bytes` bytes in all (ReadOptions::maxRowBytes).
    bool rowFits(qint64 bytes) { return bytes <= m_options.maxRowBytes || fail(rowTooLong()); }
    /// A row of `columns` cells (ReadOptions::maxColumns).
    bool columnsFit(qint64 columns)
    {
        return columns <= m_options.maxColumns || fail(tooManyColumns());
    }

    bool exhausted() const { return !m_error.isEmpty(); }
    /// The first limit passed, in Chinese; empty while every take fitted.
    QString error() const { return m_error; }
    qint64 cellsLeft() const { return m_cellsLeft; }

    // The messages, one place for every reader.
    QString tooManyCells() const;
    QString tooManyMerges() const;
    QString cellTooLong() const;
    QString rowTooLong() const;
    QString tooManyColumns() const;

private:
    bool fail(const QString &message)
    {
        if (m_error.isEmpty())
            m_error = message;
        return false;
    }

    ReadOptions m_options;
    qint64 m_cellsLeft;
    qint64 m_mergesLeft;
    QString m_error;
};

} // namespace tuoyu::io
