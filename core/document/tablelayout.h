#pragma once

#include "officialdocument.h"

#include <QFont>
#include <QList>

namespace tuoyu::document {

/// What both renderers (PDF and docx) decide about a table before drawing it, so the two agree
/// on column widths, orientation and alignment.
struct TablePlan
{
    bool landscape = false;
    QList<double> widthsMm;        ///< sums to the type area's width
    QList<ColumnAlign> alignments; ///< resolved: Left, Center or Right
};

/// Cell fonts: body cells 宋体 五号, header and totals 黑体 五号.
QFont tableCellFont();
QFont tableHeaderFont();

/// Plans a table. Orientation Auto becomes landscape when the columns' natural widths (longest
/// cell of the header and the first few hundred rows, on one line) exceed the portrait type
/// width. Given relative widths are scaled to the type width; otherwise natural widths are scaled
/// up to fill it, or, when too wide, the widest columns are narrowed (their text wraps).
TablePlan planTable(const TableBlock &table, Orientation forced = Orientation::Auto);

/// True when these blocks are set on landscape pages throughout: they hold a table that needs a
/// landscape page. Used for attachments, and for documents that are a table alone (no 主送, no
/// 署名), so that the title goes on the table's first page instead of a page of its own.
bool landscapeThroughout(const QList<Block> &blocks);
bool landscapeThroughout(const OfficialDocument &doc);

/// True when `text` reads as a number: "1,234", "-5.5", "98.7%".
bool looksNumeric(const QString &text);

} // namespace tuoyu::document
