// PDF output checked from outside with poppler-utils: page sizes, embedded fonts, margins, the
// 22-line grid, page numbers, exact extractable text, the repeated table header and totals.
#include "sampledocument.h"

#include "externaltool.h"

#include "document/fontset.h"
#include "document/pagesetup.h"
#include "document/renderer.h"

#include <QDir>
#include <QFile>
#include <QPdfWriter>
#include <QPrinter>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

#include <map>
#include <set>

using namespace tuoyu::document;
using namespace tuoyu::document::test;

namespace {

constexpr double kPtPerMm = 72.0 / 25.4;

struct Rendered
{
    QTemporaryDir dir;
    QString path;
    bool ok = false;
    QString error;
};

Rendered &samplePdf()
{
    static Rendered r = [] {
        Rendered x;
        x.path = x.dir.filePath(QStringLiteral("sample.pdf"));
        x.ok = writePdf(sampleDocument(), x.path, &x.error);
        // To look at the output: TUOYU_TEST_OUTPUT_DIR=/some/dir keeps a copy there.
        const QString keep = qEnvironmentVariable("TUOYU_TEST_OUTPUT_DIR");
        if (x.ok && !keep.isEmpty()) {
            QFile::remove(QDir(keep).filePath(QStringLiteral("sample.pdf")));
            QFile::copy(x.path, QDir(keep).filePath(QStringLiteral("sample.pdf")));
        }
        return x;
    }();
    return r;
}

bool havePoppler()
{
    for (const char *tool : {"pdftotext", "pdfinfo", "pdffonts"})
        if (tuoyu::test::requireTool(QString::fromLatin1(tool), "poppler-utils").isEmpty())
            return false;
    return true;
}

QString pdfText(const QString &path, QStringList extra = {})
{
    extra << path << QStringLiteral("-");
    return QString::fromUtf8(runTool(QStringLiteral("pdftotext"), extra));
}

int pageCount(const QString &path)
{
    const QString info = QString::fromUtf8(runTool(QStringLiteral("pdfinfo"), {path}));
    const auto m = QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info);
    return m.hasMatch() ? m.captured(1).toInt() : 0;
}

struct Word
{
    double xMin, yMin, xMax, yMax;
    QString text;
};

/// Words of one page from pdftotext -bbox, in points from the top-left corner.
QList<Word> words(const QString &path, int page)
{
    const QString html =
        pdfText(path, {QStringLiteral("-bbox"), QStringLiteral("-f"), QString::number(page),
                       QStringLiteral("-l"), QString::number(page)});
    static const QRegularExpression re(QStringLiteral(
        "<word xMin=\"([\\d.]+)\" yMin=\"([\\d.]+)\" xMax=\"([\\d.]+)\" yMax=\"([\\d.]+)\">([^<]*)"
        "</word>"));
    QList<Word> out;
    for (auto it = re.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        out << Word{m.captured(1).toDouble(), m.captured(2).toDouble(), m.captured(3).toDouble(),
                    m.captured(4).toDouble(), m.captured(5)};
    }
    return out;
}

QString pageSize(const QString &path, int page)
{
    const QString info = QString::fromUtf8(
        runTool(QStringLiteral("pdfinfo"), {QStringLiteral("-f"), QString::number(page),
                                            QStringLiteral("-l"), QString::number(page), path}));
    const auto m =
        QRegularExpression(QStringLiteral("Page\\s+%1 size:\\s+([\\d.]+) x ([\\d.]+)").arg(page))
            .match(info);
    return m.hasMatch() ? QStringLiteral("%1x%2")
                              .arg(qRound(m.captured(1).toDouble()))
                              .arg(qRound(m.captured(2).toDouble()))
                        : QString();
}

QString withoutSpace(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

QString withoutPageNumbers(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("— \\d+ —")));
    return s;
}

bool hasLookalikes(const QString &s)
{
    for (QChar c : s) {
        if ((c.unicode() >= 0x2E80 && c.unicode() <= 0x2FDF) || c.unicode() == 0x0001)
            return true;
    }
    return false;
}

} // namespace

TEST_CASE("The sample report renders to an A4 PDF with embedded fonts", "[pdf]")
{
    Rendered &r = samplePdf();
    INFO(r.error.toStdString());
    REQUIRE(r.ok);
    for (const QString &line : FontSet::report())
        WARN(line.toStdString());
    if (!havePoppler())
        return;
    const int pages = pageCount(r.path);
    CHECK(pages >= 6);
    CHECK(pageSize(r.path, 1) == QStringLiteral("595x842"));
    // The last pages are the institution list (landscape) and the indicator table (portrait:
    // four narrow columns fit).
    int landscape = 0;
    for (int p = 1; p <= pages; ++p)
        landscape += pageSize(r.path, p) == QStringLiteral("842x595");
    CHECK(landscape >= 2);
    CHECK(pageSize(r.path, pages) == QStringLiteral("595x842"));

    const QString fonts = QString::fromUtf8(runTool(QStringLiteral("pdffonts"), {r.path}));
    const QStringList lines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE(!lines.isEmpty());
    for (const QString &line : lines) {
        INFO(line.toStdString());
        // Columns: name type encoding emb sub uni object ID
        CHECK(line.contains(QRegularExpression(
            QStringLiteral("\\s(yes)\\s+(yes|no)\\s+(yes|no)\\s+\\d+\\s+\\d+$"))));
    }
}

TEST_CASE("Margins, the 22-line grid and page numbers follow GB/T 9704", "[pdf]")
{
    Rendered &r = samplePdf();
    REQUIRE(r.ok);
    if (!havePoppler())
        return;
    // Page 2 is a full body page.
    const QList<Word> ws = words(r.path, 2);
    REQUIRE(ws.size() > 20);
    const double typeBottom = (page::kTopMarginMm + page::kTypeHeightMm) * kPtPerMm;
    double minX = 1e9, minY = 1e9, maxX = 0;
    std::set<int> lineTops;
    QString number;
    for (const Word &w : ws) {
        if (w.yMin > typeBottom) {
            number += w.text + QLatin1Char(' ');
            continue;
        }
        minX = std::min(minX, w.xMin);
        maxX = std::max(maxX, w.xMax);
        minY = std::min(minY, w.yMin);
        lineTops.insert(qRound(w.yMin));
    }
    INFO("first glyph at x " << minX / kPtPerMm << " mm, y " << minY / kPtPerMm << " mm");
    CHECK(std::abs(minX / kPtPerMm - page::kLeftMarginMm) <= 1.5);
    CHECK(std::abs(minY / kPtPerMm - page::kTopMarginMm) <= 1.5);
    CHECK(maxX / kPtPerMm <= page::kLeftMarginMm + page::kTypeWidthMm + 0.5);
    CHECK(lineTops.size() == size_t(page::kLinesPerPage));
    // Even page: number on the left, one character in from the type area's edge.
    CHECK(number.trimmed() == QStringLiteral("— 2 —"));

    const QString first = pdfText(r.path, {QStringLiteral("-f"), QStringLiteral("1"),
                                           QStringLiteral("-l"), QStringLiteral("1")});
    CHECK(first.contains(QStringLiteral("— 1 —")));
    const QList<Word> w1 = words(r.path, 1);
    double numberRight = 0, numberLeft = 1e9;
    for (const Word &w : ws) {
        if (w.yMin > typeBottom)
            numberLeft = std::min(numberLeft, w.xMin);
    }
    for (const Word &w : w1) {
        if (w.yMin > typeBottom)
            numberRight = std::max(numberRight, w.xMax);
    }
    const double oneChar = page::kPageNumberPt / kPtPerMm;
    CHECK(std::abs(numberRight / kPtPerMm - (page::kLeftMarginMm + page::kTypeWidthMm - oneChar)) <=
          1.5);
    CHECK(std::abs(numberLeft / kPtPerMm - (page::kLeftMarginMm + oneChar)) <= 1.5);

    // 28 characters on a full line: the first line of page 2's text that has no indent.
    const QString page2 = pdfText(r.path, {QStringLiteral("-f"), QStringLiteral("2"),
                                           QStringLiteral("-l"), QStringLiteral("2")});
    int full = 0;
    for (const QString &line : page2.split(QLatin1Char('\n'))) {
        if (line.size() == page::kCharsPerLine)
            ++full;
    }
    CHECK(full >= 10);
}

TEST_CASE("Text copied from the PDF is exactly the report's text", "[pdf][fidelity]")
{
    Rendered &r = samplePdf();
    REQUIRE(r.ok);
    if (!havePoppler())
        return;
    const QString text = pdfText(r.path, {QStringLiteral("-raw")});
    CHECK_FALSE(hasLookalikes(text));
    CHECK(text.contains(QStringLiteral("Plain text with spaces: PDF 3 岁 copy test.")));
    // Header rows are repeated on every page of a table: compare without them, and count them.
    const OfficialDocument doc = sampleDocument();
    const QString header = withoutSpace(
        doc.attachments.first().blocks.first().asTable()->headerRows.first().join(QString()));
    QString expected = withoutSpace(doc.plainText());
    QString got = withoutSpace(withoutPageNumbers(text));
    CHECK(expected.count(header) == 1);
    CHECK(got.count(header) >= 2);
    expected.remove(header);
    got.remove(header);
    if (got != expected) {
        qsizetype i = 0;
        while (i < got.size() && i < expected.size() && got.at(i) == expected.at(i))
            ++i;
        FAIL_CHECK("text differs at " << i << ": got «" << got.mid(i, 40).toStdString()
                                      << "» expected «" << expected.mid(i, 40).toStdString()
                                      << "»");
    }
}

TEST_CASE("Wide tables go on landscape pages with the header repeated and a totals row",
          "[pdf][table]")
{
    Rendered &r = samplePdf();
    REQUIRE(r.ok);
    if (!havePoppler())
        return;
    const int pages = pageCount(r.path);
    QList<int> tablePages;
    for (int p = 1; p <= pages; ++p) {
        if (pageSize(r.path, p) == QStringLiteral("842x595"))
            tablePages << p;
    }
    REQUIRE(tablePages.size() >= 2);
    for (int p : tablePages) {
        const QString t = withoutSpace(
            pdfText(r.path, {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(p),
                             QStringLiteral("-l"), QString::number(p)}));
        INFO("page " << p);
        CHECK(t.contains(QStringLiteral("序号机构名称所属镇街类型备案状态托位数在托人数普惠托位")));
        CHECK(t.contains(QStringLiteral("— %1 —").arg(p).remove(QLatin1Char(' '))));
    }
    const TableBlock table = institutionTable(40);
    const QString last = withoutSpace(pdfText(
        r.path, {QStringLiteral("-raw"), QStringLiteral("-f"), QString::number(tablePages.last()),
                 QStringLiteral("-l"), QString::number(tablePages.last())}));
    CHECK(last.contains(withoutSpace(table.totals.join(QString()))));
    CHECK(last.contains(QStringLiteral("合计")));
}

// How long it takes is tuoyu-bench's report_pdf_s figure, not a test's business.
TEST_CASE("A 1,000-row attachment renders every row", "[pdf]")
{
    QTemporaryDir dir;
    const OfficialDocument doc = largeDocument(1000);
    QString error;
    REQUIRE(writePdf(doc, dir.filePath(QStringLiteral("large.pdf")), &error));
    if (havePoppler()) {
        const int pages = pageCount(dir.filePath(QStringLiteral("large.pdf")));
        CHECK(pages > 40);
        const QString text =
            pdfText(dir.filePath(QStringLiteral("large.pdf")), {QStringLiteral("-raw")});
        CHECK(withoutSpace(text).contains(QStringLiteral("第1000婴幼儿照护服务中心")));
    }
}

TEST_CASE("writePdf leaves no file behind when it cannot write", "[pdf]")
{
    QString error;
    QTemporaryDir dir;
    CHECK_FALSE(
        writePdf(sampleDocument(), dir.filePath(QStringLiteral("missing/sub/y.pdf")), &error));
    CHECK_FALSE(error.isEmpty());
}

TEST_CASE("Rendering through a QPrinter (print and preview path) keeps the margins",
          "[pdf][printer]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("printer.pdf"));
    QPrinter printer(QPrinter::HighResolution);
    printer.setOutputFormat(QPrinter::PdfFormat);
    printer.setOutputFileName(path);
    // A printer whose default margins are not zero: the renderer must still place the type area.
    printer.setPageMargins(QMarginsF(10, 10, 10, 10), QPageLayout::Millimeter);
    const int pages = render(sampleDocument(), &printer);
    REQUIRE(pages >= 6);
    if (!havePoppler())
        return;
    CHECK(pageCount(path) == pages);
    double minX = 1e9, minY = 1e9;
    for (const Word &w : words(path, 2)) {
        if (w.yMin > (page::kTopMarginMm + page::kTypeHeightMm) * kPtPerMm)
            continue;
        minX = std::min(minX, w.xMin);
        minY = std::min(minY, w.yMin);
    }
    INFO("first glyph at x " << minX / kPtPerMm << " mm, y " << minY / kPtPerMm << " mm");
    CHECK(std::abs(minX / kPtPerMm - page::kLeftMarginMm) <= 1.5);
    CHECK(std::abs(minY / kPtPerMm - page::kTopMarginMm) <= 1.5);
}
