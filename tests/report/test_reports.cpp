// Reports rendered from the templates to PDF and docx, checked the way a reader would check
// them: page size, fonts embedded, the exact text, the totals.

#include "commands/plancommands.h"
#include "commands/taskcommands.h"
#include "document/docxwriter.h"
#include "document/renderer.h"
#include "report/reportbuilder.h"
#include "storage/planrepository.h"
#include "storage/workspace.h"
#include "templates/templatelibrary.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <quazip/quazip.h>
#include <quazip/quazipfile.h>

#include <catch2/catch.hpp>

using namespace tuoyu;

namespace {

struct Loaded
{
    QTemporaryDir dir;
    std::unique_ptr<Workspace> ws;
    qint64 plan = 0;
    explicit Loaded(const QString &id)
    {
        QString error;
        ws = Workspace::create(dir.filePath(QStringLiteral("r.tuoyu")), &error);
        REQUIRE(ws);
        REQUIRE(ws->execute(
            plancommands::create(ws.get(), *TemplateLibrary::load(id, &error), &error), &error));
        plan = PlanRepository(ws.get()).plans().first().id;
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

QString tool(const char *name)
{
    return QStandardPaths::findExecutable(QString::fromLatin1(name));
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

TEST_CASE("The tianning decomposition table carries the printed totals per year")
{
    Loaded t(QStringLiteral("tianning"));
    const auto doc = t.build(ReportKind::Decomposition, QDate(2024, 1, 1));
    const document::TableBlock *table = doc.blocks.first().asTable();
    REQUIRE(table);
    // Columns: 项目, then per year 7 areas + 区教育局 + 合计.
    const QStringList &header = table->headerRows.first();
    QList<int> totalColumns;
    for (int c = 0; c < table->headerRows.last().size(); ++c)
        if (table->headerRows.last()[c] == QStringLiteral("合计"))
            totalColumns << c;
    REQUIRE(totalColumns.size() == 3);
    CHECK(header.value(totalColumns[0]) == QStringLiteral("2023年"));
    CHECK(table->totals.value(totalColumns[0]) == QStringLiteral("35"));
    CHECK(table->totals.value(totalColumns[1]) == QStringLiteral("28"));
    CHECK(table->totals.value(totalColumns[2]) == QStringLiteral("30"));
    CHECK(table->orientation == document::Orientation::Landscape);
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
    const QString soffice = tool("soffice").isEmpty() ? tool("libreoffice") : tool("soffice");
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
    o.thresholds = {5, 10};
    CHECK(colourOn(QDate(2024, 7, 25)).isEmpty()); // 6 days ahead: not yet blue with 5 days
    CHECK(colourOn(QDate(2024, 7, 28)) == QStringLiteral("蓝色"));
    CHECK(colourOn(QDate(2024, 8, 15)) == QStringLiteral("红色")); // 15 days late, more than 10
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
        for (ReportKind kind :
             {ReportKind::Progress, ReportKind::Supervision, ReportKind::Circular})
            CHECK(t.build(kind, QDate(2025, 6, 30)).signature == QString::fromUtf8(signer));
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
