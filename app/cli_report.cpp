// Reports for leadership meetings, written to PDF or Word from the command line.

#include "cliverb.h"

#include "document/docxwriter.h"
#include "document/renderer.h"
#include "report/reportbuilder.h"

#include <QFileInfo>
#include <QGuiApplication>

namespace tuoyu::cli {

namespace {

int verbReport(const Arguments &a)
{
    ReportKind kind;
    if (!reportKindFromCode(a.option(QStringLiteral("kind")), &kind))
        return fail(
            Usage,
            QStringLiteral(
                "--kind 应为 "
                "progress|supervision|circular|institutions|tasks|indicators|decomposition"));
    const QString out = a.option(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (out.isEmpty() || (suffix != QLatin1String("pdf") && suffix != QLatin1String("docx")))
        return fail(Usage, QStringLiteral("--out 应为 .pdf 或 .docx 文件"));
    PlanScope scope;
    if (const int code = openPlanScope(a, &scope); code != Done)
        return code;
    ReportOptions options;
    options.kind = kind;
    options.planId = scope.plan->id;
    options.asOf = scope.asOf;
    options.department = a.option(QStringLiteral("department"));
    // The office's own 督办 colours, as the 汇报 page keeps them.
    if (const int soon = scope.workspace->info(QStringLiteral("supervision_due_soon_days")).toInt();
        soon > 0)
        options.thresholds.dueSoonDays = soon;
    if (const int serious =
            scope.workspace->info(QStringLiteral("supervision_serious_days")).toInt();
        serious > 0)
        options.thresholds.seriousDays = serious;
    QString error;
    const document::OfficialDocument doc =
        ReportBuilder::build(scope.workspace.get(), options, &error);
    if (!error.isEmpty())
        return fail(BadInput, error);
    const bool ok = suffix == QLatin1String("pdf") ? document::writePdf(doc, out, &error)
                                                   : document::writeDocx(doc, out, &error);
    if (!ok)
        return fail(BadInput, error);
    printLine(stdout, QStringLiteral("已生成%1：%2")
                          .arg(reportKindLabel(kind), QFileInfo(out).absoluteFilePath()));
    return Done;
}

} // namespace

void registerReportVerbs(VerbTable &table)
{
    table.insert(
        QStringLiteral("report"),
        {QStringLiteral(
             "report FILE --kind progress|supervision|circular|institutions|tasks|indicators|"
             "decomposition [--plan ID] [--department NAME] --out OUT.pdf|OUT.docx [--as-of "
             "YYYY-MM-DD]"),
         1,
         {QStringLiteral("kind"), QStringLiteral("plan"), QStringLiteral("department"),
          QStringLiteral("out"), QStringLiteral("as-of")},
         {},
         verbReport});
}

} // namespace tuoyu::cli
