// Reports rendered from the templates to PDF and docx, checked the way a reader would check
// them: page size, fonts embedded, the exact text, the totals.

#include "commands/plancommands.h"
#include "commands/settingcommands.h"
#include "commands/taskcommands.h"
#include "document/docxwriter.h"
#include "document/renderer.h"
#include "indicators/indicatorengine.h"
#include "report/reportbuilder.h"
#include "session/workspace.h"
#include "storage/planrepository.h"
#include "templates/templatelibrary.h"

#include "externaltool.h"
#include "templateworkspace.h"

#include <QFile>
#include <QImage>
#include <QMap>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <catch2/catch.hpp>

using namespace tuoyu;

namespace {

struct Loaded : test::TemplateWorkspace
{
    explicit Loaded(const QString &id)
        : TemplateWorkspace(id)
    {
    }
    document::OfficialDocument build(ReportKind kind, const QDate &asOf,
                                     const QString &department = {})
    {
        ReportOptions o;
        o.kind = kind;
        o.planId = plan;
        o.asOf = asOf;
        o.department = department;
        QString error;
        const auto doc = ReportBuilder::build(ws.get(), o, &error);
        INFO(error.toStdString());
        REQUIRE(error.isEmpty());
        return doc;
    }
};

/// The checking tool's path; empty (a warning here, a failure in CI) when it is not installed.
QString tool(const char *name)
{
    const bool poppler = QByteArray(name).startsWith("pdf");
    return test::requireTool(QString::fromLatin1(name),
                             poppler ? "poppler-utils" : "libreoffice-writer-nogui");
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(tool("pdftotext"), {QStringLiteral("-raw"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

QString run(const char *name, const QStringList &args)
{
    QProcess p;
    p.start(tool(name), args);
    REQUIRE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput());
}

/// The text a search in the PDF finds: no radicals standing in for ordinary characters.
void textIsExact(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        INFO("U+" << QString::number(u, 16).toStdString());
        CHECK_FALSE((u >= 0x2E80 && u <= 0x2FDF));
        CHECK(u != 0x0001);
    }
}

QString docxXml(const QString &path)
{
    QuaZip zip(path);
    REQUIRE(zip.open(QuaZip::mdUnzip));
    REQUIRE(zip.setCurrentFile(QStringLiteral("word/document.xml")));
    QuaZipFile file(&zip);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

QString squeeze(QString s)
{
    s.remove(QRegularExpression(QStringLiteral("\\s")));
    return s;
}

/// pdftotext from poppler, or an empty path (a failure under CI=true: see tool()).
QString requirePdftotext()
{
    return tool("pdftotext");
}

QStringList numbersIn(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("[0-9][0-9,.]*%?"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();) {
        QString n = it.next().captured();
        while (n.endsWith(QLatin1Char('.')) || n.endsWith(QLatin1Char(',')))
            n.chop(1); // "1." of a heading, "3," before a Chinese comma
        out << n;
    }
    return out;
}

/// The PDF's text lines inside the type area, page numbers left out. Lines are rebuilt from
/// pdftotext -bbox word boxes (words on one baseline, in x order; justified body text spreads
/// characters a little, so gaps under 4 pt join words, wider ones are a space). A number or date
/// broken over two lines of a cell comes out in two pieces.
QStringList pdfLines(const QString &pdf)
{
    QProcess p;
    p.start(tool("pdftotext"), {QStringLiteral("-bbox"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    const QString html = QString::fromUtf8(p.readAllStandardOutput());
    static const QRegularExpression page(
        QStringLiteral("<page width=\"([0-9.]+)\" height=\"([0-9.]+)\""));
    static const QRegularExpression word(
        QStringLiteral("<word xMin=\"([0-9.]+)\" yMin=\"([0-9.]+)\" xMax=\"([0-9.]+)\"[^>]*>"
                       "([^<]*)</word>"));
    struct Word
    {
        double x0, x1;
        QString text;
    };
    QStringList out;
    qsizetype at = 0;
    while (true) {
        const auto pm = page.match(html, at);
        if (!pm.hasMatch())
            break;
        const qsizetype end = html.indexOf(QStringLiteral("</page>"), pm.capturedEnd());
        const bool portrait = pm.captured(2).toDouble() > pm.captured(1).toDouble();
        // The type area ends 37 + 225 mm (portrait) or 28 + 156 mm (landscape) from the top.
        const double bottomPt = (portrait ? 262.0 : 184.0) * 72.0 / 25.4;
        QMap<int, QList<Word>> lines; // by yMin in tenths of a point
        for (auto it = word.globalMatch(html.mid(pm.capturedEnd(), end - pm.capturedEnd()));
             it.hasNext();) {
            const auto wm = it.next();
            const double y = wm.captured(2).toDouble();
            if (y < bottomPt)
                lines[int(std::lround(y * 10))].append(
                    {wm.captured(1).toDouble(), wm.captured(3).toDouble(), wm.captured(4)});
        }
        for (QList<Word> &line : lines) {
            std::sort(line.begin(), line.end(),
                      [](const Word &a, const Word &b) { return a.x0 < b.x0; });
            QString text;
            for (qsizetype i = 0; i < line.size(); ++i) {
                if (i > 0 && line[i].x0 - line[i - 1].x1 >= 4.0)
                    text += QLatin1Char(' ');
                text += line[i].text;
            }
            out << text;
        }
        at = end;
    }
    return out;
}

/// The numbers of the PDF's lines (see pdfLines): a number broken over two lines of a cell comes
/// out as two numbers.
QStringList pdfNumbers(const QString &pdf)
{
    QStringList out;
    for (const QString &line : pdfLines(pdf))
        out << numbersIn(line);
    return out;
}

/// Whole dates written "2024年12月31日" in `text`.
QStringList datesIn(const QString &text)
{
    static const QRegularExpression re(QStringLiteral("[0-9]{4}年[0-9]{1,2}月[0-9]{1,2}日"));
    QStringList out;
    for (auto it = re.globalMatch(text); it.hasNext();)
        out << it.next().captured();
    return out;
}

} // namespace

TEST_CASE("The tunliu progress report: A4, fonts embedded, exact text with the key numbers")
{
    if (tool("pdftotext").isEmpty() || tool("pdffonts").isEmpty()) {
        WARN("poppler-utils not installed: PDF checks skipped");
        return;
    }
    Loaded t(QStringLiteral("tunliu"));
    const auto doc = t.build(ReportKind::Progress, QDate(2024, 8, 1));
    const QString pdf = t.dir.filePath(QStringLiteral("progress.pdf"));
    QString error;
    REQUIRE(document::writePdf(doc, pdf, &error));

    const QString info = run("pdfinfo", {pdf});
    CHECK(info.contains(QStringLiteral("595 x 842 pts (A4)")));
    const QString fonts = run("pdffonts", {pdf});
    const QStringList fontLines = fonts.split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(2);
    REQUIRE_FALSE(fontLines.isEmpty());
    for (const QString &line : fontLines)
        CHECK(line.contains(QStringLiteral(" yes "))); // emb

    const QString text = pdfText(pdf);
    textIsExact(text);
    const QString flat = squeeze(text);
    CHECK(flat.contains(QStringLiteral("工作进展情况汇报")));
    CHECK(flat.contains(QStringLiteral("共有托育机构21家，托位1180个")));
    CHECK(flat.contains(QStringLiteral("逾期未完成1项"))); // the 2024年7月 task on 2024-08-01
    CHECK(flat.contains(QStringLiteral("区卫体局、区委编办")));
    CHECK(flat.contains(QStringLiteral("托位数≥1142个1180个达标")));
    CHECK(flat.contains(QStringLiteral("—1—")));
    // The attachment's 合计 is the sum of its rows.
    CHECK(flat.contains(QStringLiteral("合计1180")));
    CHECK(flat.contains(QStringLiteral("长治市屯留区托育综合服务中心独立120")));
}

TEST_CASE("Supervision notices name each department's unfinished tasks with the three colours")
{
    Loaded t(QStringLiteral("tunliu"));
    const auto one =
        t.build(ReportKind::Supervision, QDate(2024, 9, 15), QStringLiteral("区财政局"));
    const QString text = one.plainText();
    CHECK(text.contains(QStringLiteral("区财政局：")));
    CHECK(text.contains(
        QStringLiteral("黄色"))); // 2024年7月 task overdue by 46 days? no: 区财政局 shares it
    CHECK_FALSE(text.contains(QStringLiteral("区民政局：")));
    // Every department that owes work gets its own notice in the all-departments run.
    const auto all = t.build(ReportKind::Supervision, QDate(2024, 9, 15));
    for (const QString &d : ReportBuilder::departmentsOwingWork(t.ws.get(), t.plan))
        CHECK(all.plainText().contains(d + QStringLiteral("：")));
    // An unknown department is refused.
    ReportOptions o;
    o.kind = ReportKind::Supervision;
    o.planId = t.plan;
    o.asOf = QDate(2024, 9, 15);
    o.department = QStringLiteral("不存在的局");
    QString error;
    ReportBuilder::build(t.ws.get(), o, &error);
    CHECK(error.contains(QStringLiteral("不存在的局")));
}

TEST_CASE("Colours follow the thresholds: blue due soon, yellow overdue, red seriously overdue")
{
    Loaded t(QStringLiteral("tunliu"));
    // The 2024年7月 task (deadline 2024-07-31) seen from three dates.
    auto colourOn = [&](const QDate &d) {
        const auto doc = t.build(ReportKind::Supervision, d, QStringLiteral("区委编办"));
        for (const auto &b : doc.blocks)
            if (const auto *table = b.asTable())
                for (const QStringList &row : table->rows)
                    if (row.value(1).contains(QStringLiteral("公办综合托育机构")))
                        return row.value(7);
        return QString();
    };
    CHECK(colourOn(QDate(2024, 7, 25)) == QStringLiteral("蓝色"));
    CHECK(colourOn(QDate(2024, 8, 10)) == QStringLiteral("黄色"));
    CHECK(colourOn(QDate(2024, 10, 10)) == QStringLiteral("红色"));
}

TEST_CASE("The circular ranks departments by on-time completion")
{
    Loaded t(QStringLiteral("tunliu"));
    PlanRepository repo(t.ws.get());
    // Everything due by 2025 except the tasks 区财政局 shares is done on time.
    QString error;
    for (const TaskView &v : repo.tasks(t.plan))
        if (!v.departments.contains(QStringLiteral("区财政局")))
            REQUIRE(t.ws->execute(
                plancommands::setTaskStatus(t.ws.get(), v.task.id, TaskStatus::Done, 100, &error),
                &error));
    const auto doc = t.build(ReportKind::Circular, QDate(2025, 1, 10));
    const document::TableBlock *table = nullptr;
    for (const auto &b : doc.blocks)
        if (b.asTable())
            table = b.asTable();
    REQUIRE(table);
    REQUIRE(table->rows.size() > 2);
    CHECK(table->rows.first().value(6) == QStringLiteral("100%"));
    CHECK(table->rows.last().value(1) == QStringLiteral("区财政局"));
    CHECK(doc.plainText().contains(QStringLiteral("区财政局（逾期")));
}

TEST_CASE("The tianning decomposition: one table per year, one 合计 per unit, the title with it")
{
    Loaded t(QStringLiteral("tianning"));
    const auto doc = t.build(ReportKind::Decomposition, QDate(2024, 1, 1));
    QList<const document::TableBlock *> tables;
    for (const auto &b : doc.blocks)
        if (const auto *table = b.asTable())
            tables << table;
    REQUIRE(tables.size() == 3);
    CHECK(tables[0]->caption == QStringLiteral("2023年"));
    CHECK(tables[2]->caption == QStringLiteral("2025年"));
    // 项目, 单位, 7 areas, 区教育局, 合计; the year is not repeated over the columns.
    const QStringList &header = tables[0]->headerRows.first();
    REQUIRE(tables[0]->headerRows.size() == 1);
    CHECK(header.size() == 11);
    CHECK(header.value(1) == QStringLiteral("单位"));
    CHECK(header.last() == QStringLiteral("合计"));
    CHECK_FALSE(header.join(QString()).contains(QStringLiteral("年")));
    // 2023: 家 2 + 4 + 2 + 2 = 10 and 个 2 + 23 = 25, never 35 of mixed things.
    const QList<QStringList> totals = tables[0]->totalRows();
    REQUIRE(totals.size() == 2);
    CHECK(totals[0].value(1) == QStringLiteral("家"));
    CHECK(totals[0].last() == QStringLiteral("10"));
    CHECK(totals[1].value(1) == QStringLiteral("个"));
    CHECK(totals[1].last() == QStringLiteral("25"));

    // In Word too the title stays with the table: one section, landscape from the first page.
    const QString docx = t.dir.filePath(QStringLiteral("decomposition.docx"));
    QString docxError;
    REQUIRE(document::writeDocx(doc, docx, &docxError));
    const QString xml = docxXml(docx);
    CHECK(xml.count(QStringLiteral("<w:sectPr>")) == 1);
    CHECK(xml.contains(QStringLiteral("w:orient=\"landscape\"")));

    if (tool("pdftotext").isEmpty())
        return;
    const QString pdf = t.dir.filePath(QStringLiteral("decomposition.pdf"));
    QString error;
    REQUIRE(document::writePdf(doc, pdf, &error));
    // The title shares its page with the first table (no page holding only the title).
    QProcess p;
    p.start(tool("pdftotext"), {QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"),
                                QStringLiteral("1"), pdf, QStringLiteral("-")});
    REQUIRE(p.waitForFinished(60000));
    const QString first = squeeze(QString::fromUtf8(p.readAllStandardOutput()));
    CHECK(first.contains(QStringLiteral("任务分解表")));
    CHECK(first.contains(QStringLiteral("新建、改扩建普惠托育机构")));
    CHECK(run("pdfinfo", {pdf}).contains(QStringLiteral("842 x 595 pts"))); // landscape
}

TEST_CASE("Totals add only like units: the progress report's decomposition table")
{
    Loaded t(QStringLiteral("tianning"));
    const auto doc = t.build(ReportKind::Progress, QDate(2024, 6, 30));
    const document::TableBlock *table = nullptr;
    for (const auto &b : doc.blocks)
        if (b.id == QStringLiteral("progress.decomposition.table"))
            table = b.asTable();
    REQUIRE(table);
    CHECK(table->headerRows.first().value(1) == QStringLiteral("单位"));
    const QList<QStringList> totals = table->totalRows();
    REQUIRE(totals.size() == 2); // 家 and 个, not 93 of both
    QStringList units;
    for (const QStringList &r : totals) {
        units << r.value(1);
        CHECK(r.value(2) != QStringLiteral("93"));
    }
    CHECK(units == QStringList{QStringLiteral("家"), QStringLiteral("个")});
    // 家: 5 + 11 + 4 + 3 = 23 over the three years (the 个 rows are 5 + 65 = 70).
    CHECK(totals[0].value(2) == QStringLiteral("23"));
    CHECK(totals[1].value(2) == QStringLiteral("70"));
}

TEST_CASE("Every report kind renders to PDF and to a docx Word can open")
{
    Loaded t(QStringLiteral("tianning"));
    for (ReportKind kind : {ReportKind::Progress, ReportKind::Supervision, ReportKind::Circular,
                            ReportKind::Institutions, ReportKind::Tasks, ReportKind::Indicators,
                            ReportKind::Decomposition}) {
        INFO(reportKindCode(kind).toStdString());
        const auto doc = t.build(kind, QDate(2025, 6, 30));
        QString error;
        const QString pdf = t.dir.filePath(reportKindCode(kind) + QStringLiteral(".pdf"));
        const QString docx = t.dir.filePath(reportKindCode(kind) + QStringLiteral(".docx"));
        REQUIRE(document::writePdf(doc, pdf, &error));
        REQUIRE(document::writeDocx(doc, docx, &error));
        const QString xml = docxXml(docx);
        CHECK(xml.contains(QStringLiteral("<w:body>")));
        CHECK(squeeze(xml).contains(squeeze(doc.title.section(QLatin1Char('\n'), 0, 0)).left(6)));
        if (!tool("pdftotext").isEmpty())
            textIsExact(pdfText(pdf));
    }
}

TEST_CASE("LibreOffice reads the progress report's docx with its words and totals", "[soffice]")
{
    const QString soffice = tool("soffice");
    if (soffice.isEmpty() || tool("pdftotext").isEmpty()) {
        WARN("LibreOffice (soffice) or pdftotext not installed: docx conversion check skipped");
        return;
    }
    Loaded t(QStringLiteral("tunliu"));
    const auto doc = t.build(ReportKind::Progress, QDate(2024, 8, 1));
    const QString docx = t.dir.filePath(QStringLiteral("progress.docx"));
    QString error;
    REQUIRE(document::writeDocx(doc, docx, &error));
    QProcess p;
    p.start(soffice,
            {QStringLiteral("-env:UserInstallation=file://") + t.dir.filePath(QStringLiteral("lo")),
             QStringLiteral("--headless"), QStringLiteral("--convert-to"), QStringLiteral("pdf"),
             QStringLiteral("--outdir"), t.dir.path(), docx});
    REQUIRE(p.waitForFinished(180000));
    const QString pdf = t.dir.filePath(QStringLiteral("progress.pdf"));
    REQUIRE(QFile::exists(pdf));
    const QString flat = squeeze(pdfText(pdf));
    CHECK(flat.contains(QStringLiteral("共有托育机构21家，托位1180个")));
    CHECK(flat.contains(QStringLiteral("合计1180")));
    CHECK(flat.contains(QStringLiteral("—1—")));
}

TEST_CASE("The colour thresholds are the office's to set")
{
    Loaded t(QStringLiteral("tunliu"));
    ReportOptions o;
    o.kind = ReportKind::Supervision;
    o.planId = t.plan;
    o.department = QStringLiteral("区委编办");
    auto colourOn = [&](const QDate &d) {
        o.asOf = d;
        QString error;
        const auto doc = ReportBuilder::build(t.ws.get(), o, &error);
        for (const auto &b : doc.blocks)
            if (const auto *table = b.asTable())
                for (const QStringList &row : table->rows)
                    if (row.value(1).contains(QStringLiteral("公办综合托育机构")))
                        return row.value(7);
        return QString();
    };
    // Blue from three working days ahead (the workspace's due-soon window), red from ten days
    // late.
    QString error;
    REQUIRE(t.ws->execute(settingcommands::setDueSoonWorkingDays(t.ws.get(), 3, &error), &error));
    o.thresholds.seriousDays = 10;
    CHECK(colourOn(QDate(2024, 7, 25)).isEmpty()); // 4 working days ahead: not yet blue
    CHECK(colourOn(QDate(2024, 7, 28)) == QStringLiteral("蓝色")); // Sunday: 29, 30, 31 left
    CHECK(colourOn(QDate(2024, 8, 15)) == QStringLiteral("红色")); // 15 days late, more than 10
}

TEST_CASE("No number is ever split over lines, in any report of any template")
{
    if (requirePdftotext().isEmpty())
        return;
    for (const char *id :
         {"blank", "tunliu", "zhejiang", "quanzhou-taishang", "huancui", "tianning"}) {
        Loaded t(QString::fromLatin1(id));
        for (ReportKind kind : {ReportKind::Progress, ReportKind::Supervision, ReportKind::Circular,
                                ReportKind::Institutions, ReportKind::Tasks, ReportKind::Indicators,
                                ReportKind::Decomposition}) {
            INFO(id << " " << reportKindCode(kind).toStdString());
            const auto doc = t.build(kind, QDate(2024, 9, 15));
            const QString pdf = t.dir.filePath(reportKindCode(kind) + QStringLiteral(".pdf"));
            QString error;
            REQUIRE(document::writePdf(doc, pdf, &error));
            QHash<QString, int> inPdf;
            for (const QString &n : pdfNumbers(pdf))
                ++inPdf[n];
            QHash<QString, int> wanted;
            for (const QString &n : numbersIn(doc.plainText()))
                ++wanted[n];
            for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
                INFO("the number " << it.key().toStdString() << " appears " << it.value()
                                   << " times in the report, whole " << inPdf.value(it.key())
                                   << " times in the PDF");
                CHECK(inPdf.value(it.key()) >= it.value());
            }
        }
    }
}

TEST_CASE("Charts stay inside their box, and a chart with nothing to show becomes a sentence")
{
    Loaded t(QStringLiteral("tunliu"));
    const auto doc = t.build(ReportKind::Progress, QDate(2024, 9, 15));
    int figures = 0;
    for (const auto &b : doc.blocks) {
        const auto *f = b.asFigure();
        if (!f)
            continue;
        ++figures;
        INFO(f->caption.toStdString());
        CHECK(f->caption.startsWith(QStringLiteral("图%1 ").arg(figures)));
        // Paint at 300 dpi into the middle of a larger white image: nothing may land outside.
        const double pxPerMm = 300 / 25.4, margin = 40;
        const QSizeF box = f->sizeMm * pxPerMm;
        QImage img((box + QSizeF(2 * margin, 2 * margin)).toSize(), QImage::Format_RGB32);
        img.setDotsPerMeterX(int(pxPerMm * 1000));
        img.setDotsPerMeterY(int(pxPerMm * 1000));
        img.fill(Qt::white);
        {
            QPainter p(&img);
            f->draw(&p, QRectF(QPointF(margin, margin), box));
        }
        int outside = 0, inside = 0;
        for (int y = 0; y < img.height(); ++y)
            for (int x = 0; x < img.width(); ++x) {
                if (img.pixel(x, y) == qRgb(255, 255, 255))
                    continue;
                const bool in = x >= margin - 1 && y >= margin - 1 && x <= margin + box.width() &&
                                y <= margin + box.height();
                (in ? inside : outside) += 1;
            }
        CHECK(inside > 0);
        CHECK(outside == 0);
    }
    CHECK(figures == 2);
    // Both charts have a value axis with its title (text in the PDF).
    if (!requirePdftotext().isEmpty()) {
        const QString pdf = t.dir.filePath(QStringLiteral("progress.pdf"));
        QString error;
        REQUIRE(document::writePdf(doc, pdf, &error));
        const QString flat = squeeze(pdfText(pdf));
        CHECK(flat.contains(QStringLiteral("任务数（项）")));
        CHECK(flat.contains(QStringLiteral("完成程度（虚线为目标值100%）")));
    }

    // tianning's only indicator has no actual value yet: no empty box, a sentence instead, and
    // the task chart becomes 图1.
    Loaded n(QStringLiteral("tianning"));
    const auto none = n.build(ReportKind::Progress, QDate(2024, 9, 15));
    QStringList captions;
    QString sentence;
    for (const auto &b : none.blocks) {
        if (const auto *f = b.asFigure())
            captions << f->caption;
        if (b.id == QStringLiteral("progress.indicators.chart") && b.asParagraph())
            sentence = b.asParagraph()->text;
    }
    CHECK(sentence.contains(QStringLiteral("不绘制完成程度图")));
    REQUIRE(captions.size() == 1);
    CHECK(captions.first().startsWith(QStringLiteral("图1 各工程任务完成情况")));
}

TEST_CASE("The all-department 督办单: one compact notice each, with a 回执")
{
    Loaded t(QStringLiteral("tunliu"));
    const auto doc = t.build(ReportKind::Supervision, QDate(2024, 9, 15));
    const QStringList departments = ReportBuilder::departmentsOwingWork(t.ws.get(), t.plan);
    REQUIRE(departments.size() == 13);
    int slips = 0;
    for (const auto &b : doc.blocks)
        if (const auto *table = b.asTable(); table && table->caption == QStringLiteral("回　执")) {
            CHECK(table->rows.first().value(1) == departments.value(slips));
            ++slips;
        }
    CHECK(slips == departments.size());
    if (requirePdftotext().isEmpty())
        return;
    const QString pdf = t.dir.filePath(QStringLiteral("supervision.pdf"));
    QString error;
    REQUIRE(document::writePdf(doc, pdf, &error));
    // Letter and table upright together (it was 39 pages, each notice spread over a portrait,
    // a landscape and a portrait page).
    const QString info = run("pdfinfo", {pdf});
    const auto pages =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(info).captured(1).toInt();
    // Each notice complete on its own (title, 落款 and date, a 回执 never split) takes one page
    // or two: 21 pages.
    CHECK(pages >= departments.size());
    CHECK(pages <= 2 * departments.size());
    CHECK_FALSE(info.contains(QStringLiteral("842 x 595")));
    CHECK(squeeze(pdfText(pdf)).contains(QStringLiteral("回执")));
}

TEST_CASE("Each department's 督办单 is complete on its own: title, 落款 and date before its 回执")
{
    if (requirePdftotext().isEmpty())
        return;
    Loaded t(QStringLiteral("tunliu"));
    const QDate asOf(2024, 9, 15);
    const auto doc = t.build(ReportKind::Supervision, asOf);
    const QString pdf = t.dir.filePath(QStringLiteral("supervision.pdf"));
    QString error;
    REQUIRE(document::writePdf(doc, pdf, &error));
    // The pages of each notice: from the page with its 主送 line to the page before the next one.
    const QStringList pages = pdfText(pdf).split(QLatin1Char('\f'));
    const QStringList departments = ReportBuilder::departmentsOwingWork(t.ws.get(), t.plan);
    REQUIRE(departments.size() == 13);
    QList<int> first;
    for (const QString &d : departments) {
        int at = -1;
        for (int i = first.isEmpty() ? 0 : first.last() + 1; i < pages.size() && at < 0; ++i)
            if (squeeze(pages.at(i)).contains(d + QStringLiteral("：")))
                at = i;
        INFO(d.toStdString());
        REQUIRE(at >= 0);
        first << at;
    }
    const QString signer = QStringLiteral("长治市屯留区普惠托育服务发展示范项目工作专班办公室");
    for (qsizetype k = 0; k < departments.size(); ++k) {
        INFO(departments.at(k).toStdString());
        const int end = k + 1 < first.size() ? first.at(k + 1) : int(pages.size());
        QString text;
        for (int i = first.at(k); i < end; ++i)
            text += squeeze(pages.at(i));
        CHECK(text.startsWith(QStringLiteral("普惠托育重点任务督办单")));
        const qsizetype signedAt = text.indexOf(signer + document::formatDate(asOf));
        CHECK(signedAt >= 0);
        CHECK(signedAt < text.indexOf(QStringLiteral("回执")));
    }
    // The 回执 is torn off and sent back: all of it on one page.
    int slips = 0;
    for (const QString &page : pages)
        if (squeeze(page).contains(QStringLiteral("回执"))) {
            ++slips;
            CHECK(squeeze(page).contains(QStringLiteral("反馈日期")));
        }
    CHECK(slips == departments.size());
}

TEST_CASE("No date in a 督办单 is split over lines: the 完成时限 column is as wide as a date")
{
    if (requirePdftotext().isEmpty())
        return;
    for (const char *id : {"tunliu", "tianning"}) {
        INFO(id);
        Loaded t(QString::fromLatin1(id));
        const auto doc = t.build(ReportKind::Supervision, QDate(2024, 9, 15));
        const QString pdf = t.dir.filePath(QStringLiteral("supervision.pdf"));
        QString error;
        REQUIRE(document::writePdf(doc, pdf, &error));
        QHash<QString, int> inPdf;
        for (const QString &line : pdfLines(pdf))
            for (const QString &d : datesIn(line))
                ++inPdf[d];
        QHash<QString, int> wanted;
        int deadlines = 0;
        for (const auto &b : doc.blocks)
            if (const auto *table = b.asTable();
                table && table->headerRows.value(0).value(3) == QStringLiteral("完成时限"))
                for (const QStringList &row : table->rows)
                    for (const QString &d : datesIn(row.value(3))) {
                        ++wanted[d];
                        ++deadlines;
                    }
        CHECK(deadlines > 0);
        for (auto it = wanted.cbegin(); it != wanted.cend(); ++it) {
            INFO("the deadline " << it.key().toStdString() << " is in " << it.value()
                                 << " rows, whole " << inPdf.value(it.key())
                                 << " times in the PDF");
            CHECK(inPdf.value(it.key()) >= it.value());
        }
    }
}

TEST_CASE("Reports are signed by the plan's issuing office, from the template or as edited")
{
    // The first department of the task list used to sign: 郑陆镇, 市教育局, 区发展和改革局.
    const QList<std::pair<const char *, const char *>> signers = {
        {"tianning", "天宁区卫生健康局"},
        {"zhejiang", "市卫生健康局"},
        {"huancui", "威海市环翠区卫生健康局"},
        {"tunliu", "长治市屯留区普惠托育服务发展示范项目工作专班办公室"}};
    for (const auto &[id, signer] : signers) {
        Loaded t(QString::fromLatin1(id));
        INFO(id);
        for (ReportKind kind : {ReportKind::Progress, ReportKind::Circular})
            CHECK(t.build(kind, QDate(2025, 6, 30)).signature == QString::fromUtf8(signer));
        // The 督办单: each department's notice carries its own 落款.
        int signed_ = 0;
        for (const auto &b : t.build(ReportKind::Supervision, QDate(2025, 6, 30)).blocks)
            if (const auto *p = b.asParagraph();
                p && p->style == document::ParagraphStyle::Signature) {
                CHECK(p->text.section(QLatin1Char('\n'), 0, 0) == QString::fromUtf8(signer));
                ++signed_;
            }
        CHECK(signed_ > 0);
    }
    Loaded t(QStringLiteral("tianning"));
    QString error;
    REQUIRE(t.ws->execute(plancommands::setSigner(t.ws.get(), t.plan,
                                                  QStringLiteral("天宁区普惠托育工作专班办公室"),
                                                  &error),
                          &error));
    CHECK(t.build(ReportKind::Progress, QDate(2025, 6, 30)).signature ==
          QStringLiteral("天宁区普惠托育工作专班办公室"));
    t.ws->undoStack()->undo();
    CHECK(t.build(ReportKind::Progress, QDate(2025, 6, 30)).signature ==
          QStringLiteral("天宁区卫生健康局"));
    // Setting the same words again changes nothing and says so.
    CHECK_FALSE(
        plancommands::setSigner(t.ws.get(), t.plan, QStringLiteral("天宁区卫生健康局"), &error));
    CHECK(error.contains(QStringLiteral("落款单位")));
}

namespace {

/// The row of a supervision notice's table whose task starts with `text`.
QStringList noticeRow(const document::OfficialDocument &doc, const QString &text)
{
    for (const auto &b : doc.blocks)
        if (const auto *table = b.asTable())
            for (const QStringList &row : table->rows)
                if (row.value(1).startsWith(text))
                    return row;
    return {};
}

} // namespace

TEST_CASE("A deadline the plan never set is printed as inherited and gets no 督办 colour until "
          "the officer confirms it")
{
    Loaded t(QStringLiteral("zhejiang"));
    PlanRepository repo(t.ws.get());
    const QList<TaskView> tasks = repo.tasks(t.plan);
    REQUIRE_FALSE(tasks.isEmpty());
    const TaskView first = tasks.first();
    REQUIRE(first.task.deadlineInherited);
    const QDate asOf(2026, 12, 4);
    const QString department = first.lead();
    const QString text = first.task.text.left(12);

    const auto before = t.build(ReportKind::Supervision, asOf, department);
    const QStringList row = noticeRow(before, text);
    REQUIRE_FALSE(row.isEmpty());
    CHECK(row.value(3).contains(QStringLiteral("按实施期末计")));
    CHECK(row.value(6).isEmpty()); // no days overdue
    CHECK(row.value(7).isEmpty()); // no colour
    CHECK_FALSE(before.plainText().contains(QStringLiteral("红色督办（逾期超过30天）1")));
    const QString progress = t.build(ReportKind::Progress, asOf).plainText();
    CHECK_FALSE(progress.contains(QStringLiteral("已逾期")));
    CHECK(progress.contains(QStringLiteral("按实施期末")));
    CHECK(progress.contains(QStringLiteral("逾期未完成0项")));
    // The circular ranks nobody on a date the plan did not set.
    const auto circular = t.build(ReportKind::Circular, asOf);
    CHECK(circular.plainText().contains(QStringLiteral("到期任务共0项")));

    // Confirmed, the date is real: red, with its days, and counted.
    QString error;
    auto confirm = taskcommands::confirmDeadline(t.ws.get(), first.task.id, &error);
    REQUIRE(confirm);
    REQUIRE(t.ws->execute(std::move(confirm), &error));
    const auto after = t.build(ReportKind::Supervision, asOf, department);
    const QStringList confirmed = noticeRow(after, text);
    CHECK(confirmed.value(3) == QStringLiteral("2025年12月31日"));
    CHECK(confirmed.value(6) == QString::number(QDate(2025, 12, 31).daysTo(asOf)));
    CHECK(confirmed.value(7) == QStringLiteral("红色"));
    CHECK(
        t.build(ReportKind::Progress, asOf).plainText().contains(QStringLiteral("逾期未完成1项")));
    // A confirmed deadline cannot be confirmed twice; undo takes the confirmation back.
    CHECK_FALSE(taskcommands::confirmDeadline(t.ws.get(), first.task.id, &error));
    CHECK(error.contains(QStringLiteral("无需确认")));
    t.ws->undoStack()->undo();
    CHECK(repo.task(first.task.id)->task.deadlineInherited);
    CHECK(noticeRow(t.build(ReportKind::Supervision, asOf, department), text).value(7).isEmpty());
}

TEST_CASE("Reports count overdue days as the task list does: calendar days")
{
    Loaded t(QStringLiteral("tunliu"));
    // The 2024年7月 task (deadline 2024-07-31) across the National Day holiday.
    const QDate asOf(2024, 10, 8);
    std::optional<TaskView> task;
    for (const TaskView &v : PlanRepository(t.ws.get()).tasks(t.plan))
        if (v.task.deadline == QDate(2024, 7, 31) &&
            v.departments.contains(QStringLiteral("区委编办")))
            task = v;
    REQUIRE(task);
    CHECK(task->daysOverdue(asOf) == 69);
    const QString progress = t.build(ReportKind::Progress, asOf).plainText();
    CHECK(squeeze(progress).contains(QStringLiteral("已逾期69天")));
}

TEST_CASE("The officer's paragraphs are printed as given, and left out rather than prompted")
{
    Loaded t(QStringLiteral("tianning"));
    ReportOptions o;
    o.kind = ReportKind::Progress;
    o.planId = t.plan;
    o.asOf = QDate(2025, 6, 30);
    o.prompts = false;
    QString error;
    const QString bare = ReportBuilder::build(t.ws.get(), o, &error).plainText();
    CHECK_FALSE(bare.contains(QStringLiteral("请在此填写")));
    CHECK_FALSE(bare.contains(QStringLiteral("存在问题和下步打算")));
    o.officerText.insert(QStringLiteral("progress.problems"),
                         QStringLiteral("部分街道社区托育点场地尚未落实。"));
    const QString given = ReportBuilder::build(t.ws.get(), o, &error).plainText();
    CHECK(given.contains(QStringLiteral("存在问题和下步打算")));
    CHECK(given.contains(QStringLiteral("部分街道社区托育点场地尚未落实。")));
    CHECK_FALSE(given.contains(QStringLiteral("请在此填写")));
    // The editor (prompts on) still shows where to write.
    CHECK(t.build(ReportKind::Progress, QDate(2025, 6, 30))
              .plainText()
              .contains(QStringLiteral("（请在此填写下一步工作打算。）")));
}

TEST_CASE("Departments tied on the ranking keys share a rank")
{
    Loaded t(QStringLiteral("tunliu"));
    const auto doc = t.build(ReportKind::Circular, QDate(2025, 1, 10));
    const document::TableBlock *table = nullptr;
    for (const auto &b : doc.blocks)
        if (b.asTable())
            table = b.asTable();
    REQUIRE(table);
    REQUIRE(table->rows.size() > 2);
    int ties = 0;
    for (qsizetype i = 1; i < table->rows.size(); ++i) {
        const QStringList &a = table->rows[i - 1];
        const QStringList &b = table->rows[i];
        // A department with nothing due yet counts as on time (printed "—").
        auto rate = [](const QStringList &row) {
            return row.value(6) == QStringLiteral("—") ? QStringLiteral("100%") : row.value(6);
        };
        const bool tied = a.value(5) == b.value(5) && rate(a) == rate(b);
        INFO(a.join(QLatin1Char('|')).toStdString()
             << " / " << b.join(QLatin1Char('|')).toStdString());
        if (tied) {
            ++ties;
            CHECK(b.value(0) == a.value(0));
        } else {
            CHECK(b.value(0) == QString::number(i + 1)); // the next rank skips the shared ones
        }
    }
    CHECK(ties > 0);
    CHECK(table->rows.first().value(0) == QStringLiteral("1"));
}

TEST_CASE("Targets in words are printed as words in the progress report and the indicators table")
{
    QString error;
    {
        Loaded t(QStringLiteral("huancui"));
        const QDate asOf(2023, 8, 31);
        const QString missing = QStringLiteral("高于全省、全市平均水平（缺少全省、全市平均水平）");
        CHECK(squeeze(t.build(ReportKind::Progress, asOf).plainText()).contains(squeeze(missing)));
        CHECK(
            squeeze(t.build(ReportKind::Indicators, asOf).plainText()).contains(squeeze(missing)));
        qint64 id = 0;
        for (const IndicatorResult &r : IndicatorEngine::evaluate(t.ws.get(), t.plan, asOf))
            if (r.indicator.name == QStringLiteral("备案的托育机构比例"))
                id = r.indicator.id;
        REQUIRE(id);
        REQUIRE(t.ws->execute(plancommands::addIndicatorAverage(
                                  t.ws.get(), id, QStringLiteral("全市"), QDate(2023, 6, 30), 42.5,
                                  QStringLiteral("市卫健委通报"), &error),
                              &error));
        const auto doc = t.build(ReportKind::Progress, asOf);
        CHECK(squeeze(doc.plainText())
                  .contains(squeeze(
                      QStringLiteral("高于全省、全市平均水平（全市42.5%，缺少全省平均水平）"))));
        // What the reader of the PDF sees.
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("huancui.pdf"));
        REQUIRE(document::writePdf(doc, pdf, &error));
        if (!requirePdftotext().isEmpty())
            CHECK(squeeze(pdfText(pdf)).contains(squeeze(QStringLiteral("缺少全省平均水平"))));
    }
    {
        Loaded t(QStringLiteral("zhejiang"));
        const QDate asOf(2025, 12, 31);
        const QString text = squeeze(t.build(ReportKind::Progress, asOf).plainText());
        CHECK(text.contains(QStringLiteral("基本实现全覆盖")));
        CHECK(text.contains(QStringLiteral("实现应配尽配")));
        CHECK(text.contains(QStringLiteral("未认定")));
        for (const IndicatorResult &r : IndicatorEngine::evaluate(t.ws.get(), t.plan, asOf))
            if (r.indicator.targetKind == TargetKind::Words)
                REQUIRE(t.ws->execute(plancommands::setIndicatorAchieved(
                                          t.ws.get(), r.indicator.id, true, QDate(2025, 12, 1),
                                          QStringLiteral("实地核查"), &error),
                                      &error));
        const auto doc = t.build(ReportKind::Progress, asOf);
        CHECK(squeeze(doc.plainText()).contains(QStringLiteral("已实现")));
        CHECK_FALSE(squeeze(doc.plainText()).contains(QStringLiteral("未认定")));
        QTemporaryDir dir;
        const QString pdf = dir.filePath(QStringLiteral("zhejiang.pdf"));
        REQUIRE(document::writePdf(doc, pdf, &error));
        if (!requirePdftotext().isEmpty()) {
            const QString seen = squeeze(pdfText(pdf));
            CHECK(seen.contains(QStringLiteral("基本实现全覆盖")));
            CHECK(seen.contains(QStringLiteral("已实现")));
        }
    }
}
