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

} // namespace tuoyu::io
