#pragma once

#include "officialdocument.h"

#include <QTextFormat>

class QTextDocument;

namespace tuoyu::document {

/// Properties kept on each QTextBlockFormat of an editable document, so that editing in a
/// QTextEdit and converting back keeps which blocks are the officer's and which are generated.
enum TextProperty
{
    BlockIdProperty = QTextFormat::UserProperty + 0x7500, ///< QString: Block::id
    BlockOriginProperty,                                  ///< int: BlockOrigin
    ParagraphStyleProperty,                               ///< int: ParagraphStyle
    OriginalTextProperty, ///< QString: the text as generated (to detect officer edits)
    PlaceholderProperty   ///< int: index into the original list of a table/figure/page break
};

/// Fills `target` (cleared first) with the blocks for editing: one text block per paragraph
/// line, styled like the printout (fonts, first-line indent); tables, figures and page breaks
/// become one grey placeholder line each ("〔表：标题〕"), which the editor should keep read-only.
void toTextDocument(const QList<Block> &blocks, QTextDocument *target);

/// Reads the edited document back. Paragraphs keep their id and style; a generated paragraph
/// whose words the officer changed becomes an Officer block (so regenerating will not overwrite
/// it); paragraphs the officer added are Officer blocks with a new id. Placeholders bring back
/// the original table/figure/page-break block; a deleted placeholder deletes its block.
QList<Block> fromTextDocument(const QTextDocument *source, const QList<Block> &original);

/// Self-contained HTML of the whole document (inline styles, tables as <table>, figures as
/// their captions), for the clipboard and quick previews.
QString toHtml(const OfficialDocument &doc);

} // namespace tuoyu::document
