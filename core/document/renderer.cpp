#include "renderer.h"

#include "fontset.h"
#include "pagesetup.h"
#include "tablelayout.h"

#include <QFontMetricsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextLayout>

#include <cmath>
#include <memory>
#include <vector>

namespace tuoyu::document {

namespace {

QPageLayout layoutFor(bool landscape)
{
    // Zero margins: the renderer places everything itself from the page corner, so the device's
    // own margins (and QTextDocument's 2 cm) can never shift the type area.
    return QPageLayout(QPageSize(QPageSize::A4),
                       landscape ? QPageLayout::Landscape : QPageLayout::Portrait,
                       QMarginsF(0, 0, 0, 0), QPageLayout::Millimeter);
}

/// Body-size fonts get a slightly negative letter spacing so that 28 full-width characters fill
/// the 156 mm line exactly (16 pt characters alone would need 158 mm). The spacing is computed
/// from the advance the device really uses (advances are rounded to device pixels).
QFont gridFont(FontRole role, double pt, QPaintDevice *device)
{
    QFont f = FontSet::font(role, pt);
    if (pt >= page::kBodyPt - 0.01) {
        const double advance = QFontMetricsF(f, device).horizontalAdvance(QChar(0x4E00));
        const double pitch = page::kCharPitchMm * device->logicalDpiX() / 25.4;
        // Half a device pixel under the exact pitch so rounding never pushes the 28th over.
        if (advance > 0)
            f.setLetterSpacing(QFont::PercentageSpacing, 100.0 * (pitch - 0.5) / advance);
    }
    return f;
}

struct FlowOptions
{
    Qt::Alignment align = Qt::AlignLeft;
    bool justify = false;
    double firstIndentMm = 0; ///< first line, from the type area's left edge
    double restIndentMm = 0;  ///< other lines
    double rightIndentMm = 0;
};

class Renderer
{
public:
    explicit Renderer(QPagedPaintDevice *device)
        : m_device(device)
    {
    }

    int run(const OfficialDocument &doc);

private:
    double px(double mm) const { return mm * m_dpi / 25.4; }
    double typeWidth() const { return px(m_landscape ? page::kTypeHeightMm : page::kTypeWidthMm); }
    double typeHeight() const { return px(m_landscape ? page::kTypeWidthMm : page::kTypeHeightMm); }
    double typeLeft() const
    {
        return px(m_landscape ? page::kLandscapeLeftMarginMm : page::kLeftMarginMm);
    }
    double typeTop() const
    {
        return px(m_landscape ? page::kLandscapeTopMarginMm : page::kTopMarginMm);
    }
    double pitch() const { return px(page::kLinePitchMm); }
    double charMm() const { return page::kCharPitchMm; }

    void setupPainter();
    void finishPage();
    void newPage(bool landscape);
    void ensureOrientation(bool landscape);
    void ensureSpace(double height);
    void snapToGrid();
    void blankLine();
    void flow(const QString &text, const QFont &font, const FlowOptions &o);
    void paragraph(const Paragraph &p);
    void blocks(const QList<Block> &list, bool attachmentLandscape);
    void table(const TableBlock &t, const TablePlan &plan);
    void figure(const FigureBlock &f);
    void signature(const OfficialDocument &doc);
    void signature(const QString &signer, const QString &date);
    void attachmentNote(const OfficialDocument &doc);

    QPagedPaintDevice *m_device;
    QPainter m_painter;
    double m_dpi = 1200;
    int m_page = 0;
    bool m_landscape = false;
    double m_y = 0;         ///< from the type area's top, device pixels
    bool m_content = false; ///< something is on the current page
};

void Renderer::setupPainter()
{
    // The painter's origin is the device's paint rectangle; with printers whose hardware
    // margins forbid zero margins that is not the page corner, so measure and undo it.
    m_painter.resetTransform();
    const QRectF paint = m_device->pageLayout().paintRectPixels(int(m_dpi));
    m_painter.translate(-paint.topLeft());
}

void Renderer::finishPage()
{
    // "— N —" in 宋体 四号, 7 mm under the type area, one character in from the outside edge.
    const QFont f = FontSet::font(FontRole::Song, page::kPageNumberPt);
    const QString text = QStringLiteral("— %1 —").arg(m_page);
    const QFontMetricsF fm(f, m_device);
    const double w = fm.horizontalAdvance(text);
    const double oneChar = px(page::kPageNumberPt / page::kPointsPerMm);
    const double x =
        (m_page % 2 == 1) ? typeLeft() + typeWidth() - oneChar - w : typeLeft() + oneChar;
    const double top = typeTop() + typeHeight() + px(page::kPageNumberGapMm);
    m_painter.setFont(f);
    m_painter.setPen(Qt::black);
    m_painter.drawText(QPointF(x, top + fm.ascent()), text);
}

void Renderer::newPage(bool landscape)
{
    finishPage();
    if (landscape != m_landscape) {
        m_landscape = landscape;
        m_device->setPageLayout(layoutFor(landscape));
    }
    m_device->newPage();
    ++m_page;
    setupPainter();
    m_y = 0;
    m_content = false;
}

void Renderer::ensureOrientation(bool landscape)
{
    if (landscape != m_landscape || m_content)
        newPage(landscape);
}

void Renderer::ensureSpace(double height)
{
    if (m_content && m_y + height > typeHeight() + 0.5)
        newPage(m_landscape);
}

void Renderer::snapToGrid()
{
    const double lines = std::ceil(m_y / pitch() - 1e-6);
    m_y = lines * pitch();
}

void Renderer::blankLine()
{
    if (!m_content)
        return; // never open a page with an empty line
    m_y += pitch();
}

void Renderer::flow(const QString &text, const QFont &font, const FlowOptions &o)
{
    // Lay the paragraph out ourselves and draw it line by line: each line goes on exactly one
    // page (no clip tricks, so nothing invisible ends up in the PDF's text).
    QTextLayout layout(text, font, m_device);
    QTextOption opt;
    opt.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
    opt.setAlignment(o.justify ? Qt::Alignment(Qt::AlignJustify) : o.align);
    layout.setTextOption(opt);
    layout.setCacheEnabled(true);
    layout.beginLayout();
    bool first = true;
    const double slack = px(0.1); // rounding room so a full 28-character line stays one line
    while (true) {
        QTextLine line = layout.createLine();
        if (!line.isValid())
            break;
        const double indent = px(first ? o.firstIndentMm : o.restIndentMm);
        line.setLineWidth(typeWidth() - indent - px(o.rightIndentMm) + slack);
        line.setPosition(QPointF(indent, 0));
        first = false;
    }
    layout.endLayout();
    for (int i = 0; i < layout.lineCount(); ++i) {
        ensureSpace(pitch());
        QTextLine line = layout.lineAt(i);
        line.draw(&m_painter, QPointF(typeLeft(), typeTop() + m_y));
        m_y += pitch();
        m_content = true;
    }
}

void Renderer::paragraph(const Paragraph &p)
{
    FlowOptions o;
    o.firstIndentMm = page::kFirstLineIndentChars * charMm();
    QFont f;
    switch (p.style) {
    case ParagraphStyle::Body:
    case ParagraphStyle::Heading3:
        f = gridFont(FontRole::FangSong, page::kBodyPt, m_device);
        o.justify = p.style == ParagraphStyle::Body;
        break;
    case ParagraphStyle::Heading1:
        f = gridFont(FontRole::Hei, page::kBodyPt, m_device);
        break;
    case ParagraphStyle::Heading2:
        f = gridFont(FontRole::Kai, page::kBodyPt, m_device);
        break;
    case ParagraphStyle::Note:
        f = gridFont(FontRole::FangSong, page::kNotePt, m_device);
        o.firstIndentMm = page::kFirstLineIndentChars * page::kNotePt / page::kPointsPerMm;
        o.justify = true;
        break;
    case ParagraphStyle::Title: {
        FlowOptions t;
        t.align = Qt::AlignHCenter;
        ensureSpace(3 * pitch());
        for (const QString &part : p.text.split(QLatin1Char('\n')))
            flow(part, FontSet::font(FontRole::XiaoBiaoSong, page::kTitlePt), t);
        blankLine();
        return;
    }
    case ParagraphStyle::Signature:
        signature(p.text.section(QLatin1Char('\n'), 0, 0), p.text.section(QLatin1Char('\n'), 1));
        return;
    }
    // A heading never ends a page: keep it with the first line that follows.
    if (p.style == ParagraphStyle::Heading1 || p.style == ParagraphStyle::Heading2 ||
        p.style == ParagraphStyle::Heading3)
        ensureSpace(2 * pitch());
    for (const QString &part : p.text.split(QLatin1Char('\n')))
        flow(part, f, o);
}

void Renderer::blocks(const QList<Block> &list, bool attachmentLandscape)
{
    for (const Block &b : list) {
        if (const Paragraph *p = b.asParagraph()) {
            paragraph(*p);
        } else if (const TableBlock *t = b.asTable()) {
            const TablePlan plan = planTable(*t);
            const bool turned = plan.landscape && !attachmentLandscape;
            if (turned)
                ensureOrientation(true);
            table(*t, attachmentLandscape ? planTable(*t, Orientation::Landscape) : plan);
            if (turned)
                ensureOrientation(false);
        } else if (const FigureBlock *f = b.asFigure()) {
            figure(*f);
        } else if (b.isPageBreak()) {
            if (m_content)
                newPage(m_landscape);
        }
    }
}

struct CellLayout
{
    std::unique_ptr<QTextLayout> layout;
    double height = 0;
};

void Renderer::table(const TableBlock &t, const TablePlan &plan)
{
    const int n = int(plan.widthsMm.size());
    const QFont cellFont = tableCellFont();
    const QFont headFont = tableHeaderFont();
    const double padX = px(page::kCellPaddingXMm), padY = px(page::kCellPaddingYMm);
    QList<double> widths, lefts;
    double x = 0;
    for (double w : plan.widthsMm) {
        lefts << x;
        widths << px(w);
        x += px(w);
    }
    const double lineH = QFontMetricsF(cellFont, m_device).lineSpacing();

    // Lays out one row; returns its cells and height.
    auto layoutRow = [&](const QStringList &cells, bool header, bool totals,
                         std::vector<CellLayout> &out) {
        out.clear();
        double h = lineH + 2 * padY;
        for (int c = 0; c < n; ++c) {
            CellLayout cl;
            QString text = c < cells.size() ? cells.at(c) : QString();
            // A cell's own line breaks (a notice's 佐证材料 under a task's words), as the docx
            // writer keeps them: QTextLayout breaks only at a Unicode line separator.
            text.replace(QLatin1Char('\n'), QChar::LineSeparator);
            cl.layout = std::make_unique<QTextLayout>(text, header || totals ? headFont : cellFont,
                                                      m_device);
            QTextOption opt;
            opt.setWrapMode(QTextOption::WrapAtWordBoundaryOrAnywhere);
            Qt::Alignment a = Qt::AlignLeft;
            if (header || (totals && c == 0))
                a = Qt::AlignHCenter;
            else if (plan.alignments.at(c) == ColumnAlign::Right)
                a = Qt::AlignRight;
            else if (plan.alignments.at(c) == ColumnAlign::Center)
                a = Qt::AlignHCenter;
            opt.setAlignment(a);
            cl.layout->setTextOption(opt);
            cl.layout->beginLayout();
            double y = 0;
            while (true) {
                QTextLine line = cl.layout->createLine();
                if (!line.isValid())
                    break;
                line.setLineWidth(std::max(1.0, widths[c] - 2 * padX));
                line.setPosition(QPointF(0, y));
                y += line.height();
            }
            cl.layout->endLayout();
            cl.height = y;
            h = std::max(h, y + 2 * padY);
            out.push_back(std::move(cl));
        }
        return h;
    };

    const QPen pen(Qt::black, px(page::kTableBorderPt / page::kPointsPerMm));
    auto drawRow = [&](const std::vector<CellLayout> &cells, double h) {
        const double top = typeTop() + m_y;
        m_painter.setPen(pen);
        m_painter.setBrush(Qt::NoBrush);
        for (int c = 0; c < n; ++c) {
            m_painter.drawRect(QRectF(typeLeft() + lefts[c], top, widths[c], h));
            const double dy = (h - cells[c].height) / 2; // centred vertically
            cells[c].layout->draw(&m_painter, QPointF(typeLeft() + lefts[c] + padX, top + dy));
        }
        m_y += h;
        m_content = true;
    };

    // Header rows are laid out once and drawn again at the top of every page.
    std::vector<std::vector<CellLayout>> header;
    QList<double> headerH;
    double headerTotal = 0;
    for (const QStringList &r : t.headerRows) {
        std::vector<CellLayout> cells;
        const double h = layoutRow(r, true, false, cells);
        header.push_back(std::move(cells));
        headerH << h;
        headerTotal += h;
    }
    auto drawHeader = [&]() {
        for (size_t i = 0; i < header.size(); ++i)
            drawRow(header[i], headerH[i]);
    };

    if (t.keepTogether) {
        double total = (t.caption.isEmpty() ? 0 : pitch()) + headerTotal;
        std::vector<CellLayout> measured;
        for (const QStringList &r : t.rows)
            total += layoutRow(r, false, false, measured);
        for (const QStringList &r : t.totalRows())
            total += layoutRow(r, false, true, measured);
        ensureSpace(total);
    }
    if (!t.caption.isEmpty()) {
        ensureSpace(pitch() + headerTotal + lineH + 2 * padY);
        FlowOptions o;
        o.align = Qt::AlignHCenter;
        flow(t.caption, FontSet::font(FontRole::Hei, page::kCaptionPt), o);
    }

    std::vector<CellLayout> cells;
    bool headerOnPage = false;
    auto place = [&](const QStringList &r, bool totals) {
        const double h = layoutRow(r, false, totals, cells);
        if (m_y + h > typeHeight() + 0.5 && m_content) {
            newPage(m_landscape);
            headerOnPage = false;
        }
        if (!headerOnPage) {
            drawHeader();
            headerOnPage = true;
        }
        drawRow(cells, h);
    };
    // The header and the first row stay together.
    std::vector<CellLayout> probe;
    const double firstH = t.rows.isEmpty() ? 0 : layoutRow(t.rows.first(), false, false, probe);
    ensureSpace(headerTotal + firstH);
    bool firstPage = true;
    for (const QStringList &r : t.rows) {
        if (!t.repeatHeader && !firstPage)
            headerOnPage = true; // header only on the first page
        const int pageBefore = m_page;
        place(r, false);
        if (m_page != pageBefore)
            firstPage = false;
    }
    for (const QStringList &r : t.totalRows())
        place(r, true);
    if (t.rows.isEmpty() && t.totalRows().isEmpty())
        drawHeader();
    snapToGrid();
}

void Renderer::figure(const FigureBlock &f)
{
    const double capH = f.caption.isEmpty() ? 0 : pitch();
    double w = px(f.sizeMm.width()), h = px(f.sizeMm.height());
    // Fit the type area, keeping the aspect ratio.
    const double s =
        std::min({1.0, typeWidth() / std::max(1.0, w), (typeHeight() - capH) / std::max(1.0, h)});
    w *= s;
    h *= s;
    ensureSpace(h + capH);
    const QRectF box(typeLeft() + (typeWidth() - w) / 2, typeTop() + m_y, w, h);
    f.draw(&m_painter, box);
    m_y += h;
    m_content = true;
    if (!f.caption.isEmpty()) {
        FlowOptions o;
        o.align = Qt::AlignHCenter;
        flow(f.caption, FontSet::font(FontRole::Hei, page::kCaptionPt), o);
    }
    snapToGrid();
}

void Renderer::attachmentNote(const OfficialDocument &doc)
{
    const QStringList lines = attachmentNoteLines(doc);
    if (lines.isEmpty())
        return;
    blankLine();
    const QFont f = gridFont(FontRole::FangSong, page::kBodyPt, m_device);
    const QFontMetricsF fm(f, m_device);
    const double labelMm = fm.horizontalAdvance(QStringLiteral("附件：")) * 25.4 / m_dpi;
    for (int i = 0; i < lines.size(); ++i) {
        FlowOptions o;
        o.firstIndentMm = page::kFirstLineIndentChars * charMm() + (i == 0 ? 0 : labelMm);
        // Wrapped lines of an item align with its title, after "附件：" and the number.
        const QString number =
            lines.size() > 1 ? QString::number(i + 1) + QLatin1Char('.') : QString();
        o.restIndentMm = page::kFirstLineIndentChars * charMm() + labelMm +
                         fm.horizontalAdvance(number) * 25.4 / m_dpi;
        flow(lines.at(i), f, o);
    }
}

void Renderer::signature(const OfficialDocument &doc)
{
    signature(doc.signature, formatDate(doc.date));
}

void Renderer::signature(const QString &signer, const QString &date)
{
    if (signer.isEmpty() && date.isEmpty())
        return;
    // Room for the seal: two empty lines, then 署名 centred over 成文日期, which has four
    // characters of space on its right (GB/T 9704-2012 7.3.5.1).
    blankLine();
    blankLine();
    const int lines = (signer.isEmpty() ? 0 : 1) + (date.isEmpty() ? 0 : 1);
    ensureSpace(lines * pitch());
    const QFont f = gridFont(FontRole::FangSong, page::kBodyPt, m_device);
    const QFontMetricsF fm(f, m_device);
    const double dateW = fm.horizontalAdvance(date), sigW = fm.horizontalAdvance(signer);
    const double right = typeLeft() + typeWidth();
    double centre = right - px(page::kDateRightIndentChars * charMm()) - dateW / 2;
    if (sigW / 2 > right - px(2 * charMm()) - centre)
        centre = right - px(2 * charMm()) - sigW / 2; // a long 署名 keeps two characters
    m_painter.setFont(f);
    m_painter.setPen(Qt::black);
    for (const auto &[text, w] : {std::pair{signer, sigW}, std::pair{date, dateW}}) {
        if (text.isEmpty())
            continue;
        QTextLayout layout(text, f, m_device);
        layout.beginLayout();
        QTextLine line = layout.createLine();
        line.setLineWidth(w + px(1));
        layout.endLayout();
        layout.draw(&m_painter, QPointF(centre - w / 2, typeTop() + m_y));
        m_y += pitch();
        m_content = true;
    }
}

int Renderer::run(const OfficialDocument &doc)
{
    const bool bodyLandscape = landscapeThroughout(doc);
    m_device->setPageLayout(layoutFor(bodyLandscape));
    m_landscape = bodyLandscape;
    if (!m_painter.begin(m_device))
        return 0;
    m_dpi = m_device->logicalDpiY();
    m_page = 1;
    setupPainter();

    // Title block: 发文字号 (if any) centred, title in 小标宋 二号 centred, an empty line, 主送.
    if (!doc.documentNumber.isEmpty()) {
        FlowOptions o;
        o.align = Qt::AlignHCenter;
        flow(doc.documentNumber, gridFont(FontRole::FangSong, page::kBodyPt, m_device), o);
        blankLine();
    }
    {
        FlowOptions o;
        o.align = Qt::AlignHCenter;
        const QFont f = FontSet::font(FontRole::XiaoBiaoSong, page::kTitlePt);
        for (const QString &part : doc.title.split(QLatin1Char('\n')))
            flow(part, f, o);
    }
    blankLine();
    if (!doc.addressee.isEmpty())
        flow(doc.addressee + QStringLiteral("："),
             gridFont(FontRole::FangSong, page::kBodyPt, m_device), {});
    blocks(doc.blocks, bodyLandscape);
    if (m_landscape && !bodyLandscape)
        ensureOrientation(false);
    attachmentNote(doc);
    signature(doc);

    for (qsizetype i = 0; i < doc.attachments.size(); ++i) {
        const Attachment &a = doc.attachments.at(i);
        const bool landscape = landscapeThroughout(a.blocks);
        newPage(landscape);
        // "附件N" 黑体 top left on the first line; the title centred on the third.
        flow(attachmentLabel(doc, int(i)), gridFont(FontRole::Hei, page::kBodyPt, m_device), {});
        blankLine();
        FlowOptions o;
        o.align = Qt::AlignHCenter;
        flow(a.title, FontSet::font(FontRole::XiaoBiaoSong, page::kAttachmentTitlePt), o);
        blankLine();
        blocks(a.blocks, landscape);
    }
    finishPage();
    m_painter.end();
    return m_page;
}

} // namespace

int render(const OfficialDocument &doc, QPagedPaintDevice *device)
{
    if (!device)
        return 0;
    Renderer r(device);
    return r.run(doc);
}

namespace {

/// The PDF's XMP metadata: title, creator and, as its description (Acrobat's 主题), the fonts
/// the document is set in. It replaces the metadata Qt would write.
QByteArray xmpMetadata(const OfficialDocument &doc)
{
    const QString xmp = QStringLiteral(
        "<?xpacket begin=\"\uFEFF\" id=\"W5M0MpCehiHzreSzNTczkc9d\"?>\n"
        "<x:xmpmeta xmlns:x=\"adobe:ns:meta/\">"
        "<rdf:RDF xmlns:rdf=\"http://www.w3.org/1999/02/22-rdf-syntax-ns#\">"
        "<rdf:Description rdf:about=\"\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
        "xmlns:xmp=\"http://ns.adobe.com/xap/1.0/\">"
        "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">%1</rdf:li></rdf:Alt></dc:title>"
        "<dc:creator><rdf:Seq><rdf:li>TuoyuDesk</rdf:li></rdf:Seq></dc:creator>"
        "<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">%2</rdf:li></rdf:Alt>"
        "</dc:description>"
        "<xmp:CreatorTool>TuoyuDesk</xmp:CreatorTool>"
        "</rdf:Description></rdf:RDF></x:xmpmeta>\n"
        "<?xpacket end=\"w\"?>");
    return xmp
        .arg(doc.title.simplified().toHtmlEscaped(), FontSet::properties(false).toHtmlEscaped())
        .toUtf8();
}

} // namespace

bool writePdf(const OfficialDocument &doc, const QString &path, QString *error)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = file.errorString();
        return false;
    }
    int pages = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(1200);
        writer.setTitle(doc.title.simplified());
        writer.setCreator(QStringLiteral("TuoyuDesk"));
        writer.setDocumentXmpMetadata(xmpMetadata(doc));
        pages = render(doc, &writer);
    } // the writer flushes the PDF trailer when its painter ends
    if (pages == 0) {
        file.cancelWriting();
        if (error)
            *error = QStringLiteral("could not paint on the PDF writer");
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = file.errorString();
        return false;
    }
    return true;
}

} // namespace tuoyu::document
