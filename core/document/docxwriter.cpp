#include "docxwriter.h"

#include "fontset.h"
#include "pagesetup.h"
#include "tablelayout.h"

#include <QBuffer>
#include <QDateTime>
#include <QImage>
#include <QPainter>
#include <QSaveFile>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <cmath>

namespace tuoyu::document {

namespace {

const char kW[] = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
const char kR[] = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/// Character spacing in 1/20 pt: 16 pt − 0.25 pt = 15.75 pt a character, 28 to the 156 mm line
/// (the exact pitch, 15.79 pt, is 0.21 pt under 三号; Word rounds to whole twentieths).
constexpr int kCharSpacingTwentieths =
    -int((page::kBodyPt - page::kCharPitchMm * page::kPointsPerMm) * 20 + 1);

int twips(double mm)
{
    return int(std::lround(mm * page::kTwipsPerMm));
}

/// Text for XML: escaped, and without the control characters XML 1.0 forbids.
QString esc(const QString &s)
{
    QString clean;
    clean.reserve(s.size());
    for (QChar c : s) {
        if (c.unicode() >= 0x20 || c == QLatin1Char('\t'))
            clean += c;
    }
    return clean.toHtmlEscaped();
}

QString fontsXml(FontRole role)
{
    const QString f = esc(FontSet::docxFamily(role));
    return QStringLiteral("<w:rFonts w:ascii=\"%1\" w:hAnsi=\"%1\" w:eastAsia=\"%1\" w:cs=\"%1\"/>")
        .arg(f);
}

/// A run (or runs, for line breaks inside the text).
QString runs(const QString &text, const QString &rPr = {})
{
    QString out;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        out += QStringLiteral("<w:r>");
        if (!rPr.isEmpty())
            out += QStringLiteral("<w:rPr>") + rPr + QStringLiteral("</w:rPr>");
        if (i > 0)
            out += QStringLiteral("<w:br/>");
        out += QStringLiteral("<w:t xml:space=\"preserve\">") + esc(lines.at(i)) +
               QStringLiteral("</w:t></w:r>");
    }
    return out;
}

QString para(const QString &style, const QString &text, const QString &extraPPr = {},
             const QString &rPr = {})
{
    QString p = QStringLiteral("<w:p><w:pPr>");
    if (!style.isEmpty())
        p += QStringLiteral("<w:pStyle w:val=\"%1\"/>").arg(style);
    p += extraPPr + QStringLiteral("</w:pPr>") + runs(text, rPr) + QStringLiteral("</w:p>");
    return p;
}

/// Estimated advance of `text` in twips at body size on the 28-character grid: full-width
/// characters one grid cell, ASCII half of one.
int gridWidthTwips(const QString &text)
{
    const double cell = page::kCharPitchMm * page::kTwipsPerMm;
    double w = 0;
    for (QChar c : text)
        w += c.unicode() < 0x2E80 ? cell / 2 : cell;
    return int(std::lround(w));
}

class DocxBuilder
{
public:
    explicit DocxBuilder(const OfficialDocument &doc)
        : m_doc(doc)
    {
    }

    QByteArray build(QString *error);

private:
    QString sectPr(bool landscape) const;
    void breakSection(bool nextLandscape);
    void blocks(const QList<Block> &list, bool attachmentLandscape);
    void paragraph(const Paragraph &p);
    void signature(const QString &signer, const QString &date);
    void table(const TableBlock &t, const TablePlan &plan);
    void figure(const FigureBlock &f);
    QString documentXml();
    QString stylesXml() const;
    QString footerXml(bool odd) const;
    QString relsXml() const;
    QString contentTypesXml() const;

    const OfficialDocument &m_doc;
    QString m_body;
    bool m_landscape = false;
    bool m_pageBreakPending = false;
    struct Image
    {
        QString name;
        QByteArray png;
    };
    QList<Image> m_images;
};

QString DocxBuilder::sectPr(bool landscape) const
{
    // Landscape sections keep the type area turned by 90° (see pagesetup.h).
    const int w = twips(page::kPageWidthMm), h = twips(page::kPageHeightMm);
    QString s = QStringLiteral("<w:sectPr>"
                               "<w:footerReference w:type=\"default\" r:id=\"rIdFooterOdd\"/>"
                               "<w:footerReference w:type=\"even\" r:id=\"rIdFooterEven\"/>");
    // Footer distance: the number's top sits 7 mm under the type area; its line is ~6 mm.
    const auto margins = [](double top, double right, double bottom, double left) {
        return QStringLiteral("<w:pgMar w:top=\"%1\" w:right=\"%2\" w:bottom=\"%3\" w:left=\"%4\" "
                              "w:header=\"851\" w:footer=\"%5\" w:gutter=\"0\"/>")
            .arg(twips(top))
            .arg(twips(right))
            .arg(twips(bottom))
            .arg(twips(left))
            .arg(twips(bottom - page::kPageNumberGapMm - 6.0));
    };
    if (landscape) {
        s += QStringLiteral("<w:pgSz w:w=\"%1\" w:h=\"%2\" w:orient=\"landscape\"/>").arg(h).arg(w);
        s += margins(page::kLandscapeTopMarginMm, page::kLandscapeRightMarginMm,
                     page::kLandscapeBottomMarginMm, page::kLandscapeLeftMarginMm);
    } else {
        s += QStringLiteral("<w:pgSz w:w=\"%1\" w:h=\"%2\"/>").arg(w).arg(h);
        s += margins(page::kTopMarginMm, page::kRightMarginMm, page::kBottomMarginMm,
                     page::kLeftMarginMm);
    }
    // A line grid of 225 mm / 22 gives Word and WPS the standard's 22 lines. No character grid:
    // LibreOffice spreads characters over a linesAndChars grid (18 a line instead of 28), so the
    // 28 characters come from a character spacing of -0.25 pt in the default run properties.
    s += QStringLiteral("<w:cols w:space=\"425\"/>"
                        "<w:docGrid w:type=\"lines\" w:linePitch=\"%1\"/></w:sectPr>")
             .arg(twips(page::kLinePitchMm));
    return s;
}

void DocxBuilder::breakSection(bool nextLandscape)
{
    // A section ends with a paragraph carrying its sectPr; the next one starts on a new page.
    m_body += QStringLiteral("<w:p><w:pPr><w:spacing w:line=\"240\" w:lineRule=\"auto\"/>") +
              sectPr(m_landscape) + QStringLiteral("</w:pPr></w:p>");
    m_landscape = nextLandscape;
    m_pageBreakPending = false;
}

void DocxBuilder::signature(const QString &signer, const QString &date)
{
    if (!signer.isEmpty() || !date.isEmpty()) {
        m_body += para({}, {});
        m_body += para({}, {});
        // 署名 centred over 成文日期, which has four characters of space on its right.
        const int cell = gridWidthTwips(QStringLiteral("一"));
        const int dateRight = page::kDateRightIndentChars * cell;
        int sigRight = dateRight + (gridWidthTwips(date) - gridWidthTwips(signer)) / 2;
        sigRight = std::max(sigRight, 2 * cell);
        const QString keep = QStringLiteral("<w:keepNext/>");
        if (!signer.isEmpty())
            m_body += para({}, signer,
                           keep + QStringLiteral("<w:ind w:right=\"%1\" w:firstLineChars=\"0\" "
                                                 "w:firstLine=\"0\"/><w:jc w:val=\"right\"/>")
                                      .arg(sigRight));
        if (!date.isEmpty())
            m_body += para({}, date,
                           QStringLiteral("<w:ind w:right=\"%1\" w:firstLineChars=\"0\" "
                                          "w:firstLine=\"0\"/><w:jc w:val=\"right\"/>")
                               .arg(dateRight));
    }
}

void DocxBuilder::paragraph(const Paragraph &p)
{
    static const char *const styles[] = {"TuoyuBody", "Heading1",  "Heading2",
                                         "Heading3",  "TuoyuNote", "TuoyuTitle"};
    QString extra;
    if (m_pageBreakPending) {
        extra = QStringLiteral("<w:pageBreakBefore/>");
        m_pageBreakPending = false;
    }
    if (p.style == ParagraphStyle::Signature) {
        if (!extra.isEmpty())
            m_body += para({}, {}, extra);
        signature(p.text.section(QLatin1Char('\n'), 0, 0), p.text.section(QLatin1Char('\n'), 1));
        return;
    }
    if (p.style == ParagraphStyle::Title) {
        m_body += para(QLatin1String(styles[int(p.style)]), p.text, extra);
        m_body += para({}, {}); // the empty line under a title
        return;
    }
    m_body += para(QLatin1String(styles[int(p.style)]), p.text, extra);
}

void DocxBuilder::table(const TableBlock &t, const TablePlan &plan)
{
    if (!t.caption.isEmpty()) {
        QString extra = QStringLiteral("<w:keepNext/>");
        if (m_pageBreakPending)
            extra = QStringLiteral("<w:keepNext/><w:pageBreakBefore/>");
        m_body += para(QStringLiteral("TuoyuCaption"), t.caption, extra);
        m_pageBreakPending = false;
    }
    QList<int> widths;
    int total = 0;
    for (double mm : plan.widthsMm) {
        widths << twips(mm);
        total += widths.last();
    }
    const int n = int(widths.size());
    QString x = QStringLiteral("<w:tbl><w:tblPr><w:tblStyle w:val=\"TuoyuTable\"/>"
                               "<w:tblW w:w=\"%1\" w:type=\"dxa\"/><w:jc w:val=\"center\"/>"
                               "<w:tblLayout w:type=\"fixed\"/></w:tblPr><w:tblGrid>")
                    .arg(total);
    for (int w : widths)
        x += QStringLiteral("<w:gridCol w:w=\"%1\"/>").arg(w);
    x += QStringLiteral("</w:tblGrid>");

    auto row = [&](const QStringList &cells, bool header, bool totals) {
        QString r = QStringLiteral("<w:tr><w:trPr><w:cantSplit/>");
        if (header && t.repeatHeader)
            r += QStringLiteral("<w:tblHeader/>");
        r += QStringLiteral("</w:trPr>");
        if (header && cells.size() == 1 && n > 1) { // a title line inside the table
            r += QStringLiteral("<w:tc><w:tcPr><w:tcW w:w=\"%1\" w:type=\"dxa\"/>"
                                "<w:gridSpan w:val=\"%2\"/></w:tcPr>")
                     .arg(total)
                     .arg(n);
            r += para(QStringLiteral("TuoyuTableHeader"), cells.first(),
                      QStringLiteral("<w:jc w:val=\"center\"/>"));
            return r + QStringLiteral("</w:tc></w:tr>");
        }
        for (int c = 0; c < n; ++c) {
            QString jc = QStringLiteral("left");
            if (header || (totals && c == 0) || plan.alignments.at(c) == ColumnAlign::Center)
                jc = QStringLiteral("center");
            else if (plan.alignments.at(c) == ColumnAlign::Right)
                jc = QStringLiteral("right");
            r += QStringLiteral("<w:tc><w:tcPr><w:tcW w:w=\"%1\" w:type=\"dxa\"/>"
                                "<w:vAlign w:val=\"center\"/></w:tcPr>")
                     .arg(widths.at(c));
            r += para(header || totals ? QStringLiteral("TuoyuTableHeader")
                                       : QStringLiteral("TuoyuTableText"),
                      c < cells.size() ? cells.at(c) : QString(),
                      (t.keepTogether ? QStringLiteral("<w:keepNext/>") : QString()) +
                          QStringLiteral("<w:jc w:val=\"%1\"/>").arg(jc));
            r += QStringLiteral("</w:tc>");
        }
        return r + QStringLiteral("</w:tr>");
    };
    for (const QStringList &r : t.headerRows)
        x += row(r, true, false);
    for (const QStringList &r : t.rows)
        x += row(r, false, false);
    for (const QStringList &r : t.totalRows())
        x += row(r, false, true);
    x += QStringLiteral("</w:tbl>");
    m_body += x;
    // Two tables in a row would merge into one; a small empty paragraph keeps them apart.
    m_body += QStringLiteral("<w:p><w:pPr><w:pStyle w:val=\"TuoyuTableText\"/></w:pPr></w:p>");
}

void DocxBuilder::figure(const FigureBlock &f)
{
    const double wMm = std::min(f.sizeMm.width(), page::kTypeWidthMm);
    const double hMm = f.sizeMm.height() * (wMm / std::max(1.0, f.sizeMm.width()));
    const double pxPerMm = kDocxFigureDpi / 25.4;
    QImage img(QSize(int(std::lround(wMm * pxPerMm)), int(std::lround(hMm * pxPerMm))),
               QImage::Format_ARGB32_Premultiplied);
    img.setDotsPerMeterX(int(std::lround(pxPerMm * 1000)));
    img.setDotsPerMeterY(int(std::lround(pxPerMm * 1000)));
    img.fill(Qt::white);
    {
        QPainter p(&img);
        p.setRenderHint(QPainter::Antialiasing);
        p.setRenderHint(QPainter::TextAntialiasing);
        f.draw(&p, QRectF(QPointF(0, 0), QSizeF(img.size())));
    }
    QByteArray png;
    QBuffer buf(&png);
    buf.open(QIODevice::WriteOnly);
    img.save(&buf, "PNG");
    const int n = int(m_images.size()) + 1;
    m_images.append({QStringLiteral("image%1.png").arg(n), png});
    const qint64 cx = qint64(std::lround(wMm * 36000)), cy = qint64(std::lround(hMm * 36000));
    QString pPr = QStringLiteral("<w:keepNext/><w:spacing w:line=\"240\" w:lineRule=\"auto\"/>"
                                 "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>"
                                 "<w:jc w:val=\"center\"/>");
    if (m_pageBreakPending)
        pPr.prepend(QStringLiteral("<w:pageBreakBefore/>"));
    m_pageBreakPending = false;
    m_body += QStringLiteral(
                  "<w:p><w:pPr>%1</w:pPr><w:r><w:drawing>"
                  "<wp:inline distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\">"
                  "<wp:extent cx=\"%2\" cy=\"%3\"/><wp:docPr id=\"%4\" name=\"Figure %4\"/>"
                  "<wp:cNvGraphicFramePr><a:graphicFrameLocks noChangeAspect=\"1\"/>"
                  "</wp:cNvGraphicFramePr>"
                  "<a:graphic><a:graphicData "
                  "uri=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                  "<pic:pic><pic:nvPicPr><pic:cNvPr id=\"%4\" name=\"image%4.png\"/><pic:cNvPicPr/>"
                  "</pic:nvPicPr><pic:blipFill><a:blip r:embed=\"rIdImage%4\"/><a:stretch>"
                  "<a:fillRect/></a:stretch></pic:blipFill><pic:spPr><a:xfrm><a:off x=\"0\" "
                  "y=\"0\"/><a:ext cx=\"%2\" cy=\"%3\"/></a:xfrm><a:prstGeom prst=\"rect\">"
                  "<a:avLst/></a:prstGeom></pic:spPr></pic:pic></a:graphicData></a:graphic>"
                  "</wp:inline></w:drawing></w:r></w:p>")
                  .arg(pPr)
                  .arg(cx)
                  .arg(cy)
                  .arg(n);
    if (!f.caption.isEmpty())
        m_body += para(QStringLiteral("TuoyuCaption"), f.caption);
}

void DocxBuilder::blocks(const QList<Block> &list, bool attachmentLandscape)
{
    for (const Block &b : list) {
        if (const Paragraph *p = b.asParagraph()) {
            paragraph(*p);
        } else if (const TableBlock *t = b.asTable()) {
            const TablePlan plan =
                attachmentLandscape ? planTable(*t, Orientation::Landscape) : planTable(*t);
            const bool turned = plan.landscape && !m_landscape;
            if (turned)
                breakSection(true);
            table(*t, plan);
            if (turned)
                breakSection(false);
        } else if (const FigureBlock *f = b.asFigure()) {
            figure(*f);
        } else if (b.isPageBreak()) {
            m_pageBreakPending = true;
        }
    }
}

QString DocxBuilder::documentXml()
{
    const QString noIndent = QStringLiteral("<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>");
    const bool bodyLandscape = landscapeThroughout(m_doc);
    m_landscape = bodyLandscape; // the first section's orientation
    if (!m_doc.documentNumber.isEmpty()) {
        m_body +=
            para({}, m_doc.documentNumber, noIndent + QStringLiteral("<w:jc w:val=\"center\"/>"));
        m_body += para({}, {});
    }
    for (const QString &part : m_doc.title.split(QLatin1Char('\n')))
        m_body += para(QStringLiteral("TuoyuTitle"), part);
    m_body += para({}, {});
    if (!m_doc.addressee.isEmpty())
        m_body += para({}, m_doc.addressee + QStringLiteral("："), noIndent);
    blocks(m_doc.blocks, bodyLandscape);
    if (m_landscape && !bodyLandscape)
        breakSection(false);

    const QStringList notes = attachmentNoteLines(m_doc);
    if (!notes.isEmpty()) {
        m_body += para({}, {});
        // Hanging indents: wrapped lines align with the attachment's title.
        const int two = 2 * gridWidthTwips(QStringLiteral("一"));
        const int label = gridWidthTwips(QStringLiteral("附件："));
        for (qsizetype i = 0; i < notes.size(); ++i) {
            const int number =
                notes.size() > 1 ? gridWidthTwips(QString::number(i + 1) + QLatin1Char('.')) : 0;
            const int left = two + label + number;
            const int hanging = i == 0 ? label + number : number;
            m_body += para(
                {}, notes.at(i),
                QStringLiteral("<w:ind w:left=\"%1\" w:hanging=\"%2\"/>").arg(left).arg(hanging));
        }
    }
    signature(m_doc.signature, formatDate(m_doc.date));

    for (qsizetype i = 0; i < m_doc.attachments.size(); ++i) {
        const Attachment &a = m_doc.attachments.at(i);
        const bool landscape = landscapeThroughout(a.blocks);
        QString labelPPr = noIndent;
        if (landscape != m_landscape)
            breakSection(landscape);
        else
            labelPPr += QStringLiteral("<w:pageBreakBefore/>");
        m_body += para({}, attachmentLabel(m_doc, int(i)), labelPPr, fontsXml(FontRole::Hei));
        m_body += para({}, {}, noIndent);
        m_body += para(QStringLiteral("TuoyuAttachmentTitle"), a.title);
        m_body += para({}, {}, noIndent);
        blocks(a.blocks, landscape);
    }

    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                          "<w:document xmlns:w=\"%1\" xmlns:r=\"%2\" "
                          "xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/"
                          "wordprocessingDrawing\" "
                          "xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" "
                          "xmlns:pic=\"http://schemas.openxmlformats.org/drawingml/2006/picture\">"
                          "<w:body>")
               .arg(QLatin1String(kW), QLatin1String(kR)) +
           m_body + sectPr(m_landscape) + QStringLiteral("</w:body></w:document>");
}

QString DocxBuilder::stylesXml() const
{
    const int body = int(page::kBodyPt * 2); // half-points
    const int indent = 2 * gridWidthTwips(QStringLiteral("一"));
    const int line = twips(page::kLinePitchMm);
    auto pstyle = [](const QString &id, const QString &name, const QString &pPr, const QString &rPr,
                     const QString &extra = {}) {
        return QStringLiteral("<w:style w:type=\"paragraph\" w:customStyle=\"%5\" w:styleId=\"%1\">"
                              "<w:name w:val=\"%2\"/><w:basedOn w:val=\"Normal\"/>"
                              "<w:qFormat/>%6<w:pPr>%3</w:pPr><w:rPr>%4</w:rPr></w:style>")
            .arg(id, name, pPr, rPr,
                 id.startsWith(QLatin1String("Tuoyu")) ? QStringLiteral("1") : QStringLiteral("0"),
                 extra);
    };
    const QString bodyIndent =
        QStringLiteral("<w:ind w:firstLineChars=\"200\" w:firstLine=\"%1\"/>").arg(indent);
    const QString tableSpacing =
        QStringLiteral("<w:snapToGrid w:val=\"0\"/><w:spacing w:line=\"240\" w:lineRule=\"auto\"/>"
                       "<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>");
    QString s = QStringLiteral(
                    "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                    "<w:styles xmlns:w=\"%1\"><w:docDefaults><w:rPrDefault><w:rPr>%2"
                    "<w:spacing w:val=\"%5\"/><w:sz w:val=\"%3\"/><w:szCs w:val=\"%3\"/>"
                    "<w:lang w:val=\"en-US\" "
                    "w:eastAsia=\"zh-CN\"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr>"
                    "<w:spacing w:before=\"0\" w:after=\"0\" w:line=\"%4\" w:lineRule=\"exact\"/>"
                    "<w:jc w:val=\"both\"/></w:pPr></w:pPrDefault></w:docDefaults>"
                    "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\">"
                    "<w:name w:val=\"Normal\"/><w:qFormat/></w:style>")
                    .arg(QLatin1String(kW), fontsXml(FontRole::FangSong))
                    .arg(body)
                    .arg(line)
                    .arg(kCharSpacingTwentieths);
    const QString size = QStringLiteral("<w:sz w:val=\"%1\"/><w:szCs w:val=\"%1\"/>");
    s += pstyle(QStringLiteral("TuoyuTitle"), QStringLiteral("Tuoyu 标题"),
                QStringLiteral("<w:jc w:val=\"center\"/>"),
                fontsXml(FontRole::XiaoBiaoSong) + size.arg(int(page::kTitlePt * 2)));
    s += pstyle(QStringLiteral("TuoyuAttachmentTitle"), QStringLiteral("Tuoyu 附件标题"),
                QStringLiteral("<w:keepNext/><w:jc w:val=\"center\"/>"),
                fontsXml(FontRole::XiaoBiaoSong) + size.arg(int(page::kAttachmentTitlePt * 2)));
    s += pstyle(QStringLiteral("TuoyuBody"), QStringLiteral("Tuoyu 正文"), bodyIndent, {});
    s += pstyle(QStringLiteral("Heading1"), QStringLiteral("heading 1"),
                QStringLiteral("<w:keepNext/>") + bodyIndent +
                    QStringLiteral("<w:jc w:val=\"left\"/><w:outlineLvl w:val=\"0\"/>"),
                fontsXml(FontRole::Hei));
    s += pstyle(QStringLiteral("Heading2"), QStringLiteral("heading 2"),
                QStringLiteral("<w:keepNext/>") + bodyIndent +
                    QStringLiteral("<w:jc w:val=\"left\"/><w:outlineLvl w:val=\"1\"/>"),
                fontsXml(FontRole::Kai));
    s += pstyle(QStringLiteral("Heading3"), QStringLiteral("heading 3"),
                QStringLiteral("<w:keepNext/>") + bodyIndent +
                    QStringLiteral("<w:jc w:val=\"left\"/><w:outlineLvl w:val=\"2\"/>"),
                {});
    s += pstyle(QStringLiteral("TuoyuNote"), QStringLiteral("Tuoyu 注"),
                QStringLiteral("<w:ind w:firstLineChars=\"200\" w:firstLine=\"%1\"/>")
                    .arg(int(2 * page::kNotePt * 20)),
                size.arg(int(page::kNotePt * 2)));
    s += pstyle(QStringLiteral("TuoyuCaption"), QStringLiteral("Tuoyu 题注"),
                QStringLiteral("<w:ind w:firstLineChars=\"0\" w:firstLine=\"0\"/>"
                               "<w:jc w:val=\"center\"/>"),
                fontsXml(FontRole::Hei) + size.arg(int(page::kCaptionPt * 2)));
    s += pstyle(QStringLiteral("TuoyuTableText"), QStringLiteral("Tuoyu 表格文字"), tableSpacing,
                fontsXml(FontRole::Song) + size.arg(int(page::kTableCellPt * 2)));
    s += pstyle(QStringLiteral("TuoyuTableHeader"), QStringLiteral("Tuoyu 表头"), tableSpacing,
                fontsXml(FontRole::Hei) + size.arg(int(page::kTableCellPt * 2)));
    s += pstyle(QStringLiteral("TuoyuFooter"), QStringLiteral("Tuoyu 页码"),
                QStringLiteral("<w:snapToGrid w:val=\"0\"/>"
                               "<w:spacing w:line=\"240\" w:lineRule=\"auto\"/>"),
                fontsXml(FontRole::Song) + size.arg(int(page::kPageNumberPt * 2)));
    // Thin single borders on every cell; cell margins 1.5 mm left and right.
    const QString border = QStringLiteral("w:val=\"single\" w:sz=\"4\" w:space=\"0\" "
                                          "w:color=\"000000\"");
    s += QStringLiteral("<w:style w:type=\"table\" w:customStyle=\"1\" w:styleId=\"TuoyuTable\">"
                        "<w:name w:val=\"Tuoyu 表格\"/><w:tblPr><w:tblBorders>"
                        "<w:top %1/><w:left %1/><w:bottom %1/><w:right %1/><w:insideH %1/>"
                        "<w:insideV %1/></w:tblBorders><w:tblCellMar>"
                        "<w:left w:w=\"%2\" w:type=\"dxa\"/><w:right w:w=\"%2\" w:type=\"dxa\"/>"
                        "</w:tblCellMar></w:tblPr></w:style>")
             .arg(border)
             .arg(twips(page::kCellPaddingXMm));
    return s + QStringLiteral("</w:styles>");
}

QString DocxBuilder::footerXml(bool odd) const
{
    // "— N —": odd pages right with one character of space, even pages left.
    const int oneChar = int(page::kPageNumberPt * 20);
    const QString ind =
        odd ? QStringLiteral("<w:ind w:right=\"%1\"/><w:jc w:val=\"right\"/>").arg(oneChar)
            : QStringLiteral("<w:ind w:left=\"%1\"/><w:jc w:val=\"left\"/>").arg(oneChar);
    return QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                          "<w:ftr xmlns:w=\"%1\" xmlns:r=\"%2\"><w:p><w:pPr>"
                          "<w:pStyle w:val=\"TuoyuFooter\"/>%3</w:pPr>"
                          "<w:r><w:t xml:space=\"preserve\">— </w:t></w:r>"
                          "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>1</w:t></w:r></w:fldSimple>"
                          "<w:r><w:t xml:space=\"preserve\"> —</w:t></w:r></w:p></w:ftr>")
        .arg(QLatin1String(kW), QLatin1String(kR), ind);
}

QString DocxBuilder::relsXml() const
{
    const QString base = QStringLiteral("http://schemas.openxmlformats.org/officeDocument/2006/"
                                        "relationships/");
    QString s = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">");
    auto rel = [&](const QString &id, const QString &type, const QString &target) {
        s += QStringLiteral("<Relationship Id=\"%1\" Type=\"%2%3\" Target=\"%4\"/>")
                 .arg(id, base, type, target);
    };
    rel(QStringLiteral("rIdStyles"), QStringLiteral("styles"), QStringLiteral("styles.xml"));
    rel(QStringLiteral("rIdSettings"), QStringLiteral("settings"), QStringLiteral("settings.xml"));
    rel(QStringLiteral("rIdFooterOdd"), QStringLiteral("footer"), QStringLiteral("footer1.xml"));
    rel(QStringLiteral("rIdFooterEven"), QStringLiteral("footer"), QStringLiteral("footer2.xml"));
    for (qsizetype i = 0; i < m_images.size(); ++i)
        rel(QStringLiteral("rIdImage%1").arg(i + 1), QStringLiteral("image"),
            QStringLiteral("media/") + m_images.at(i).name);
    return s + QStringLiteral("</Relationships>");
}

QString DocxBuilder::contentTypesXml() const
{
    const QString wml = QStringLiteral("application/vnd.openxmlformats-officedocument."
                                       "wordprocessingml.");
    QString s = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
        "<Default Extension=\"rels\" "
        "ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
        "<Default Extension=\"png\" ContentType=\"image/png\"/>");
    auto over = [&](const QString &part, const QString &type) {
        s += QStringLiteral("<Override PartName=\"%1\" ContentType=\"%2\"/>").arg(part, type);
    };
    over(QStringLiteral("/word/document.xml"), wml + QStringLiteral("document.main+xml"));
    over(QStringLiteral("/word/styles.xml"), wml + QStringLiteral("styles+xml"));
    over(QStringLiteral("/word/settings.xml"), wml + QStringLiteral("settings+xml"));
    over(QStringLiteral("/word/footer1.xml"), wml + QStringLiteral("footer+xml"));
    over(QStringLiteral("/word/footer2.xml"), wml + QStringLiteral("footer+xml"));
    over(QStringLiteral("/docProps/core.xml"),
         QStringLiteral("application/vnd.openxmlformats-package.core-properties+xml"));
    over(QStringLiteral("/docProps/app.xml"),
         QStringLiteral("application/vnd.openxmlformats-officedocument.extended-properties+xml"));
    return s + QStringLiteral("</Types>");
}

bool addEntry(QuaZip &zip, const QString &name, const QByteArray &data, QString *error)
{
    QuaZipFile f(&zip);
    QuaZipNewInfo info(name);
    info.dateTime = QDateTime::currentDateTime();
    if (!f.open(QIODevice::WriteOnly, info) || f.write(data) != data.size()) {
        if (error)
            *error = QStringLiteral("zip: cannot write %1 (%2)").arg(name).arg(f.getZipError());
        return false;
    }
    f.close();
    if (f.getZipError() != 0) {
        if (error)
            *error = QStringLiteral("zip: cannot close %1 (%2)").arg(name).arg(f.getZipError());
        return false;
    }
    return true;
}

QByteArray DocxBuilder::build(QString *error)
{
    const QString document = documentXml(); // also collects the images
    const QString settings =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<w:settings xmlns:w=\"%1\"><w:evenAndOddHeaders/>"
                       "<w:defaultTabStop w:val=\"420\"/>"
                       "<w:characterSpacingControl w:val=\"compressPunctuation\"/>"
                       "<w:compat><w:compatSetting w:name=\"compatibilityMode\" "
                       "w:uri=\"http://schemas.microsoft.com/office/word\" w:val=\"15\"/>"
                       "</w:compat></w:settings>")
            .arg(QLatin1String(kW));
    const QString rootRels = QStringLiteral(
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
        "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
        "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/officeDocument\" Target=\"word/document.xml\"/>"
        "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/package/2006/"
        "relationships/metadata/core-properties\" Target=\"docProps/core.xml\"/>"
        "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
        "relationships/extended-properties\" Target=\"docProps/app.xml\"/></Relationships>");
    const QString core =
        QStringLiteral(
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
            "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/"
            "2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
            "xmlns:dcterms=\"http://purl.org/dc/terms/\" "
            "xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">"
            "<dc:title>%1</dc:title><dc:creator>TuoyuDesk</dc:creator>"
            "<dc:description>%3</dc:description>"
            "<dcterms:created xsi:type=\"dcterms:W3CDTF\">%2</dcterms:created>"
            "</cp:coreProperties>")
            .arg(esc(m_doc.title.simplified()),
                 QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                 esc(FontSet::properties(true)));
    const QString app =
        QStringLiteral("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n"
                       "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                       "extended-properties\"><Application>TuoyuDesk</Application></Properties>");

    QByteArray bytes;
    QBuffer buffer(&bytes);
    QuaZip zip(&buffer);
    if (!zip.open(QuaZip::mdCreate)) {
        if (error)
            *error = QStringLiteral("zip: cannot create (%1)").arg(zip.getZipError());
        return {};
    }
    const QList<std::pair<QString, QByteArray>> parts = {
        {QStringLiteral("[Content_Types].xml"), contentTypesXml().toUtf8()},
        {QStringLiteral("_rels/.rels"), rootRels.toUtf8()},
        {QStringLiteral("docProps/core.xml"), core.toUtf8()},
        {QStringLiteral("docProps/app.xml"), app.toUtf8()},
        {QStringLiteral("word/document.xml"), document.toUtf8()},
        {QStringLiteral("word/styles.xml"), stylesXml().toUtf8()},
        {QStringLiteral("word/settings.xml"), settings.toUtf8()},
        {QStringLiteral("word/footer1.xml"), footerXml(true).toUtf8()},
        {QStringLiteral("word/footer2.xml"), footerXml(false).toUtf8()},
        {QStringLiteral("word/_rels/document.xml.rels"), relsXml().toUtf8()},
    };
    for (const auto &[name, data] : parts) {
        if (!addEntry(zip, name, data, error))
            return {};
    }
    for (const Image &img : m_images) {
        if (!addEntry(zip, QStringLiteral("word/media/") + img.name, img.png, error))
            return {};
    }
    zip.close();
    if (zip.getZipError() != 0) {
        if (error)
            *error = QStringLiteral("zip: cannot finish (%1)").arg(zip.getZipError());
        return {};
    }
    return bytes;
}

} // namespace

bool writeDocx(const OfficialDocument &doc, const QString &path, QString *error)
{
    // Built in memory (a report is a few megabytes at most), then written through QSaveFile:
    // a temporary file renamed over `path` only when everything was written.
    DocxBuilder builder(doc);
    const QByteArray bytes = builder.build(error);
    if (bytes.isEmpty())
        return false;
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace tuoyu::document
