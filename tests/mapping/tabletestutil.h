#pragma once

#include <io/table.h>
#include <mapping/mappingresult.h>

#include <QString>
#include <QStringList>

#include <initializer_list>

namespace tuoyu::mapping::test {

/// A cell as a reader gives it: numbers typed as numbers become Number cells with the shortest
/// round-trip text, everything else Text. Empty strings are Empty cells.
inline io::Cell textCell(const QString &text)
{
    io::Cell c;
    if (text.isEmpty())
        return c;
    c.type = io::CellType::Text;
    c.text = text;
    return c;
}

inline io::Cell numberCell(double v)
{
    io::Cell c;
    c.type = io::CellType::Number;
    c.number = v;
    c.text = QString::number(v, 'g', 17);
    return c;
}

inline io::Cell dateCell(const QString &iso)
{
    io::Cell c;
    c.type = io::CellType::Date;
    c.text = iso;
    return c;
}

/// A row of text cells from UTF-8 literals.
inline QList<io::Cell> textRow(std::initializer_list<const char *> cells)
{
    QList<io::Cell> row;
    for (const char *s : cells)
        row.append(textCell(QString::fromUtf8(s)));
    return row;
}

/// Fills a merged range the way readers do (the value copied into every covered cell) and
/// records the range.
inline void merge(io::Table &t, int firstRow, int firstColumn, int lastRow, int lastColumn)
{
    const io::Cell value = t.rows[firstRow][firstColumn];
    for (int r = firstRow; r <= lastRow; ++r) {
        while (t.rows[r].size() <= lastColumn)
            t.rows[r].append(io::Cell{});
        for (int c = firstColumn; c <= lastColumn; ++c)
            t.rows[r][c] = value;
    }
    t.merges.append({firstRow, firstColumn, lastRow, lastColumn});
}

/// The record of a 1-based row, or nullptr.
inline const MappedRecord *recordAt(const MappingResult &r, int row)
{
    for (const auto &rec : r.records)
        if (rec.row == row)
            return &rec;
    return nullptr;
}

/// Why a 1-based row was refused; empty when it was not.
inline QString refusalAt(const MappingResult &r, int row)
{
    for (const auto &ref : r.refused)
        if (ref.row == row)
            return ref.reason;
    return {};
}

} // namespace tuoyu::mapping::test
