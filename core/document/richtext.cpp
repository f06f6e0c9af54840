#include "richtext.h"

#include "fontset.h"
#include "pagesetup.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QUuid>

namespace tuoyu::document {

namespace {

QFont screenFont(ParagraphStyle style)
{
    switch (style) {
    case ParagraphStyle::Heading1:
        return FontSet::font(FontRole::Hei, page::kBodyPt);
    case ParagraphStyle::Heading2:
        return FontSet::font(FontRole::Kai, page::kBodyPt);
    case ParagraphStyle::Note:
        return FontSet::font(FontRole::FangSong, page::kNotePt);
    case ParagraphStyle::Title:
        return FontSet::font(FontRole::XiaoBiaoSong, page::kTitlePt);
    default:
        return FontSet::font(FontRole::FangSong, page::kBodyPt);
    }
}

QString placeholderText(const Block &b)
{
    if (const TableBlock *t = b.asTable())
        return QStringLiteral("〔表：%1〕")
            .arg(t->caption.isEmpty() ? QStringLiteral("表格") : t->caption);
    if (const FigureBlock *f = b.asFigure())
        return QStringLiteral("〔图：%1〕")
            .arg(f->caption.isEmpty() ? QStringLiteral("图表") : f->caption);
    return QStringLiteral("〔分页〕");
}

} // namespace

void toTextDocument(const QList<Block> &blocks, QTextDocument *target)
{
    target->clear();
    QTextCursor cursor(target);
    bool first = true;
    for (qsizetype i = 0; i < blocks.size(); ++i) {
        const Block &b = blocks.at(i);
        QTextBlockFormat bf;
        QTextCharFormat cf;
        bf.setProperty(BlockIdProperty, b.id);
        bf.setProperty(BlockOriginProperty, int(b.origin));
        QStringList lines;
        if (const Paragraph *p = b.asParagraph()) {
            bf.setProperty(ParagraphStyleProperty, int(p->style));
            bf.setProperty(OriginalTextProperty, p->text);
            bf.setTextIndent(p->style == ParagraphStyle::Note ? 2 * page::kNotePt
                                                              : 2 * page::kBodyPt);
            if (p->style == ParagraphStyle::Title || p->style == ParagraphStyle::Signature) {
                bf.setTextIndent(0);
                bf.setAlignment(p->style == ParagraphStyle::Title ? Qt::AlignHCenter
                                                                  : Qt::AlignRight);
            }
            cf.setFont(screenFont(p->style));
            lines = p->text.split(QLatin1Char('\n'));
        } else {
            bf.setProperty(PlaceholderProperty, int(i));
            bf.setAlignment(Qt::AlignHCenter);
            cf.setForeground(Qt::gray);
            cf.setFont(FontSet::font(FontRole::Hei, page::kCaptionPt));
            lines << placeholderText(b);
        }
        for (const QString &line : lines) {
            if (first) {
                cursor.setBlockFormat(bf);
                cursor.setBlockCharFormat(cf);
                first = false;
            } else {
                cursor.insertBlock(bf, cf);
            }
            cursor.insertText(line, cf);
        }
    }
}

QList<Block> fromTextDocument(const QTextDocument *source, const QList<Block> &original)
{
    QList<Block> out;
    QList<QVariant>
        generatedText; // per out block: the text as generated, if it came from the model
    for (QTextBlock tb = source->begin(); tb.isValid(); tb = tb.next()) {
        const QTextBlockFormat bf = tb.blockFormat();
        if (bf.hasProperty(PlaceholderProperty)) {
            const int i = bf.intProperty(PlaceholderProperty);
            if (i >= 0 && i < original.size() && !original.at(i).asParagraph()) {
                out << original.at(i);
                generatedText << QVariant();
            }
            continue;
        }
        const QString text = tb.text();
        const bool fromModel = bf.hasProperty(BlockOriginProperty);
        const QString id = bf.stringProperty(BlockIdProperty);
        // A paragraph written over several lines (text with '\n'), or one the officer split with
        // Enter (the new line inherits the format), comes back as several text blocks with the
        // same id: join them again. The renderers set each line as its own paragraph.
        if (fromModel && !out.isEmpty() && !id.isEmpty() && out.last().id == id &&
            out.last().asParagraph()) {
            auto &p = std::get<Paragraph>(out.last().content);
            p.text += QLatin1Char('\n') + text;
            continue;
        }
        if (!fromModel && text.trimmed().isEmpty())
            continue; // empty lines the officer typed between paragraphs
        Block b;
        if (!fromModel) {
            b = Block::paragraph(ParagraphStyle::Body, text,
                                 QUuid::createUuid().toString(QUuid::WithoutBraces),
                                 BlockOrigin::Officer);
            generatedText << QVariant();
        } else {
            const auto style = bf.hasProperty(ParagraphStyleProperty)
                                   ? ParagraphStyle(bf.intProperty(ParagraphStyleProperty))
                                   : ParagraphStyle::Body;
            b = Block::paragraph(style, text, id, BlockOrigin(bf.intProperty(BlockOriginProperty)));
            generatedText << bf.property(OriginalTextProperty);
        }
        out << b;
    }
    // A generated paragraph whose words the officer changed now belongs to the officer.
    for (qsizetype i = 0; i < out.size(); ++i) {
        Block &b = out[i];
        if (b.origin == BlockOrigin::Generated && b.asParagraph() &&
            generatedText.at(i).isValid() &&
            generatedText.at(i).toString() != b.asParagraph()->text)
            b.origin = BlockOrigin::Officer;
    }
    return out;
}

namespace {

QString htmlBlocks(const QList<Block> &blocks)
{
    QString h;
    for (const Block &b : blocks) {
        if (const Paragraph *p = b.asParagraph()) {
            static const char *const css[] = {
                "font-family:'仿宋',FangSong;text-indent:2em;text-align:justify",
                "font-family:'黑体',SimHei;text-indent:2em",
                "font-family:'楷体',KaiTi;text-indent:2em",
                "font-family:'仿宋',FangSong;text-indent:2em",
                "font-family:'仿宋',FangSong;font-size:14pt;text-indent:2em",
                "font-family:'方正小标宋简体','宋体';font-size:22pt;text-align:center",
                "font-family:'仿宋',FangSong;text-align:right;margin-right:4em"};
            for (const QString &line : p->text.split(QLatin1Char('\n')))
                h += QStringLiteral("<p style=\"%1\">%2</p>\n")
                         .arg(QString::fromUtf8(css[int(p->style)]), line.toHtmlEscaped());
        } else if (const TableBlock *t = b.asTable()) {
            if (!t->caption.isEmpty())
                h += QStringLiteral("<p style=\"text-align:center;font-family:'黑体'\">%1</p>\n")
                         .arg(t->caption.toHtmlEscaped());
            h += QStringLiteral("<table border=\"1\" cellspacing=\"0\" cellpadding=\"4\" "
                                "style=\"border-collapse:collapse;font-size:10.5pt\">\n");
            auto row = [&](const QStringList &cells, const char *tag) {
                h += QStringLiteral("<tr>");
                for (const QString &c : cells)
                    h += QStringLiteral("<%1>%2</%1>").arg(QLatin1String(tag), c.toHtmlEscaped());
                h += QStringLiteral("</tr>\n");
            };
            for (const QStringList &r : t->headerRows)
                row(r, "th");
            for (const QStringList &r : t->rows)
                row(r, "td");
            for (const QStringList &r : t->totalRows())
                row(r, "th");
            h += QStringLiteral("</table>\n");
        } else if (const FigureBlock *f = b.asFigure()) {
            h += QStringLiteral("<p style=\"text-align:center;font-family:'黑体'\">%1</p>\n")
                     .arg(placeholderText(b).toHtmlEscaped());
            Q_UNUSED(f);
        }
    }
    return h;
}

} // namespace

QString toHtml(const OfficialDocument &doc)
{
    QString h = QStringLiteral("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>%1"
                               "</title></head>\n<body style=\"font-family:'仿宋',FangSong;"
                               "font-size:16pt\">\n")
                    .arg(doc.title.simplified().toHtmlEscaped());
    h += QStringLiteral("<h1 style=\"text-align:center;font-family:'方正小标宋简体','宋体';"
                        "font-size:22pt;font-weight:normal\">%1</h1>\n")
             .arg(doc.title.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br>")));
    if (!doc.addressee.isEmpty())
        h += QStringLiteral("<p>%1：</p>\n").arg(doc.addressee.toHtmlEscaped());
    h += htmlBlocks(doc.blocks);
    for (const QString &line : attachmentNoteLines(doc))
        h += QStringLiteral("<p style=\"text-indent:2em\">%1</p>\n").arg(line.toHtmlEscaped());
    if (!doc.signature.isEmpty())
        h += QStringLiteral("<p style=\"text-align:right;margin-right:4em\">%1</p>\n")
                 .arg(doc.signature.toHtmlEscaped());
    if (doc.date.isValid())
        h += QStringLiteral("<p style=\"text-align:right;margin-right:4em\">%1</p>\n")
                 .arg(formatDate(doc.date));
    for (qsizetype i = 0; i < doc.attachments.size(); ++i) {
        h += QStringLiteral("<p style=\"font-family:'黑体';page-break-before:always\">%1</p>\n"
                            "<h2 style=\"text-align:center;font-weight:normal\">%2</h2>\n")
                 .arg(attachmentLabel(doc, int(i)), doc.attachments.at(i).title.toHtmlEscaped());
        h += htmlBlocks(doc.attachments.at(i).blocks);
    }
    return h + QStringLiteral("</body></html>\n");
}

} // namespace tuoyu::document
