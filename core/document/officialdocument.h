#pragma once

#include "chinesenumber.h"

#include <QDate>
#include <QList>
#include <QPicture>
#include <QSizeF>
#include <QString>
#include <QStringList>

#include <functional>
#include <variant>

class QPainter;
class QRectF;

namespace tuoyu::document {

/// How a paragraph is set. Numbering ("一、", "（一）", "1.") is part of the text: builders
/// write it (see headingNumber()), officers edit it like any other word.
enum class ParagraphStyle
{
    Body,     ///< 仿宋 三号, first line indented two characters, justified
    Heading1, ///< "一、…" 黑体 三号
    Heading2, ///< "（一）…" 楷体 三号
    Heading3, ///< "1. …" 仿宋 三号 (same look as body; kept apart for the outline)
    Note,     ///< "注：…" 仿宋 四号, e.g. a data-source note under a section
    /// 小标宋 二号 centred, an empty line after: the title of a further document printed in the
    /// same file (each department's 督办单 of an all-departments notice is complete on its own).
    Title,
    /// 落款 of such a document: the 署名 on the first line, the 成文日期 on the second, set as
    /// OfficialDocument::signature and date are.
    Signature
};

/// Who owns a block's words. A builder regenerating a report replaces Generated blocks (by id)
/// with fresh numbers and keeps Officer blocks exactly as the officer left them.
enum class BlockOrigin
{
    Generated,
    Officer
};

/// One paragraph of running text.
struct Paragraph
{
    ParagraphStyle style = ParagraphStyle::Body;
    QString text;
};

/// Horizontal alignment of a table column. Auto: numbers (and percentages) right, text left.
enum class ColumnAlign
{
    Auto,
    Left,
    Center,
    Right
};

/// Page orientation wanted for a table. Auto turns the page when the columns' natural width
/// does not fit the portrait type area (156 mm).
enum class Orientation
{
    Auto,
    Portrait,
    Landscape
};

/// A table: one or more header rows (repeated at the top of every page the table spans), the
/// body rows, and an optional 合计 row set in 黑体 after the last row.
struct TableBlock
{
    QString caption;               ///< above the table, centred; may be empty
    QList<QStringList> headerRows; ///< usually one row; in docx a row of one cell spans the table
    QList<QStringList> rows;
    QStringList totals;            ///< empty = no totals row; first cell usually "合计"
    QList<QStringList> moreTotals; ///< further 合计 rows after `totals`: one per unit when the
                                   ///< rows count different units (never added together)
    QList<double> columnWidths;    ///< relative weights; empty = from the contents
    QList<ColumnAlign> alignments; ///< per column; missing entries are Auto
    Orientation orientation = Orientation::Auto;
    bool repeatHeader = true;
    /// A form filled in and sent back on its own (a 回执): never split over two pages; it starts
    /// on the next page when the rest of this one cannot hold it.
    bool keepTogether = false;

    int columnCount() const;
    /// Fills `totals` with "合计" in the first column and the sum of each listed column (numbers
    /// written with up to `decimals` decimals, trailing zeros dropped).
    void computeTotals(const QList<int> &sumColumns, int decimals = 2);
    /// Like computeTotals, but rows whose `unitColumn` cells differ ("家", "个", "班") are summed
    /// apart: one 合计 row per unit, in the order the units first appear, with the unit in
    /// `unitColumn`. One unit gives one row, as computeTotals does.
    void computeTotalsByUnit(const QList<int> &sumColumns, int unitColumn, int decimals = 2);
    /// `totals` (when set) followed by `moreTotals`: what renderers draw after the body rows.
    QList<QStringList> totalRows() const;
};

/// Paints a figure's content into `target` (painter coordinates). Must draw only inside target.
using PaintFunction = std::function<void(QPainter *painter, const QRectF &target)>;

/// A figure (chart). Vector content: either a recorded QPicture (e.g. a QChart rendered by the UI
/// into a QPicture) scaled into the figure box, or a paint callback. PDF keeps it vector; docx
/// gets a PNG rendered from the same content.
struct FigureBlock
{
    QString caption; ///< below the figure, centred
    QSizeF sizeMm{150.0, 90.0};
    QPicture picture;    ///< used when `paint` is empty
    PaintFunction paint; ///< preferred when set

    /// Draws the content scaled into `target` (keeps the picture's aspect ratio, centred).
    void draw(QPainter *painter, const QRectF &target) const;
};

/// Forces the next block onto a new page.
struct PageBreak
{
};

/// One block of the document body or of an attachment.
struct Block
{
    using Content = std::variant<Paragraph, TableBlock, FigureBlock, PageBreak>;

    /// Stable identity, e.g. "progress.summary" or a UUID for officer paragraphs. Builders use
    /// it to find a generated block again when they regenerate; empty ids never match.
    QString id;
    BlockOrigin origin = BlockOrigin::Generated;
    Content content;

    static Block paragraph(ParagraphStyle style, const QString &text, const QString &id = {},
                           BlockOrigin origin = BlockOrigin::Generated);
    static Block body(const QString &text, const QString &id = {},
                      BlockOrigin origin = BlockOrigin::Generated)
    {
        return paragraph(ParagraphStyle::Body, text, id, origin);
    }
    static Block table(TableBlock table, const QString &id = {});
    static Block figure(FigureBlock figure, const QString &id = {});
    static Block pageBreak();

    const Paragraph *asParagraph() const { return std::get_if<Paragraph>(&content); }
    const TableBlock *asTable() const { return std::get_if<TableBlock>(&content); }
    const FigureBlock *asFigure() const { return std::get_if<FigureBlock>(&content); }
    bool isPageBreak() const { return std::holds_alternative<PageBreak>(content); }
};

/// An attachment (附件): it starts on a new page with "附件N" at the top left and its title
/// centred, followed by its blocks (usually one table). Listed after the body as "附件：1.标题".
struct Attachment
{
    QString title;
    QList<Block> blocks;
};

/// A report in GB/T 9704-2012 form, without the red 版头 (reports sent upward by a district
/// office are printed on plain paper or pasted into the office's template).
struct OfficialDocument
{
    QString title; ///< 标题, may contain '\n' to choose where the title breaks
    QString documentNumber; ///< 发文字号, e.g. "环卫健发〔2024〕12号"; optional, centred above the
                            ///< title
    QString addressee;   ///< 主送机关 without the trailing colon, e.g.
                         ///< "区3岁以下婴幼儿照护服务工作领导小组"
    QList<Block> blocks; ///< 正文
    QString signature;   ///< 发文机关署名 (落款)
    QDate date;          ///< 成文日期, written "2024年5月10日"
    QList<Attachment> attachments;

    /// The words a reader sees, in reading order, one paragraph (or table row, tab-separated)
    /// per line, without page numbers. Tests compare the PDF's extracted text against this.
    QString plainText() const;
};

/// "一、" (level 1), "（一）" (level 2), "1." (level 3), "（1）" (level 4) for n ≥ 1.
QString headingNumber(int level, int n);
/// "2024年5月10日".
QString formatDate(const QDate &date);
/// The 附件说明 line's entries: "附件：1.标题" (one attachment: "附件：标题").
QStringList attachmentNoteLines(const OfficialDocument &doc);
/// The label on an attachment's first page: "附件" (single) or "附件N".
QString attachmentLabel(const OfficialDocument &doc, int index);

/// Regeneration merge: `current` is what the officer has (edited) now, `regenerated` what the
/// builder produced from fresh data. Every Generated block of `current` whose id appears in
/// `regenerated` is replaced by the new one; Officer blocks are kept untouched; generated blocks
/// that are new are inserted after the block that precedes them in `regenerated` (or at the end);
/// generated blocks that the builder no longer produces are dropped.
QList<Block> mergeRegenerated(const QList<Block> &current, const QList<Block> &regenerated);

} // namespace tuoyu::document
