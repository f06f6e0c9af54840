#pragma once

#include "reader.h"

namespace tuoyu::io {

/// Reads every table of a Word document (.docx) in document order, each as a Table named
/// "表格 N". Paragraphs in a cell are joined with a newline (tabs and line breaks kept; empty
/// paragraphs at the start and end of a cell dropped).
/// Horizontal spans (gridSpan) and vertical merges (vMerge) become Merges whose cells all carry
/// the merged value, like merged worksheet cells. A table nested in a cell is read as a table of
/// its own (numbered where it starts), and its text also stays in the outer cell, one line per
/// paragraph. Cells are Text.
ReadResult readDocx(const QString &path, const ReadOptions &options = {});

/// One piece of a Word document's body in order: a paragraph outside any table, or the place of
/// a top-level table.
struct DocxBlock
{
    QString text;
    int numId = -1;    ///< Word list numbering (w:numPr), -1 when the paragraph has none
    int level = 0;     ///< the list level (w:ilvl)
    int table = -1;    ///< index into DocxContent::tables when this block is a table
    QString listLabel; ///< the number Word prints before the paragraph ("一、", "（1）", "①")
    bool bold = false; ///< all its text is in bold type (a heading where none is numbered)
};

/// A Word document's body and tables, for reading a document as text (the plan reader).
struct DocxContent
{
    QList<DocxBlock> blocks;
    QList<Table> tables;
    QString error; ///< empty on success
    QStringList warnings;
};

/// Reads the body paragraphs (with the labels of Word's list numbering) and the tables, within
/// the same read budget as readDocx. A document without tables is not an error here.
DocxContent readDocxContent(const QString &path, const ReadOptions &options = {});

} // namespace tuoyu::io
