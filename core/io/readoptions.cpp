#include "readoptions.h"

#include "table.h"

#include <algorithm>

namespace tuoyu::io {

namespace {

/// 1 MiB, 64 KiB or 1000 字节: limits as the officer reads them (tests lower them to odd sizes).
QString sizeText(qint64 bytes)
{
    constexpr qint64 kib = 1024, mib = kib * 1024;
    if (bytes >= mib && bytes % mib == 0)
        return QStringLiteral("%1 MiB").arg(bytes / mib);
    if (bytes >= kib && bytes % kib == 0)
        return QStringLiteral("%1 KiB").arg(bytes / kib);
    return QStringLiteral("%1 字节").arg(bytes);
}

} // namespace

bool fillMerge(Table &table, const Merge &merge, int fromRow, const Cell &value, ReadBudget &budget)
{
    const qint64 width = merge.lastColumn - merge.firstColumn + 1;
    if (!budget.takeCells(qint64(merge.lastRow - fromRow + 1) * width))
        return false;
    for (int r = fromRow; r <= merge.lastRow; ++r) {
        auto &row = table.rows[r];
        if (row.size() <= merge.lastColumn) {
            if (!budget.takeCells(std::max<qsizetype>(0, merge.firstColumn - row.size())))
                return false;
            row.resize(merge.lastColumn + 1);
        }
        for (int c = merge.firstColumn; c <= merge.lastColumn; ++c)
            row[c] = value;
    }
    return true;
}

QString ReadBudget::tooManyCells() const
{
    return QStringLiteral("表格太大：单元格超过 %1 个（含合并单元格填充和行预留），无法导入")
        .arg(m_options.maxCells);
}

QString ReadBudget::tooManyMerges() const
{
    return QStringLiteral("合并单元格超过 %1 处，文件可能已损坏或被篡改").arg(m_options.maxMerges);
}

QString ReadBudget::cellTooLong() const
{
    return QStringLiteral("单元格内容超过 %1（Excel 每格最多 32767 个字符），文件已损坏或被篡改")
        .arg(sizeText(m_options.maxCellBytes));
}

QString ReadBudget::rowTooLong() const
{
    return QStringLiteral("一行的内容超过 %1，文件已损坏或被篡改")
        .arg(sizeText(m_options.maxRowBytes));
}

QString ReadBudget::tooManyColumns() const
{
    return QStringLiteral("一行超过 %1 列（Excel 最多 16384 列），文件已损坏或被篡改")
        .arg(m_options.maxColumns);
}

} // namespace tuoyu::io
