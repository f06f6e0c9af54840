// Reports for leadership meetings, written to PDF or Word from the command line.

#include "cliverb.h"

#include "commands/plancommands.h"
#include "commands/taskcommands.h"
#include "document/docxwriter.h"
#include "document/renderer.h"
#include "platform/usersettings.h"
#include "report/reportbuilder.h"
#include "storage/planrepository.h"
#include "storage/postgresql/postgresqlurl.h"
#include "storage/workspacesettings.h"

#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace tuoyu::cli {

namespace {

/// --text FILE: a JSON object of the officer's paragraphs by the editor's block ids
/// ({"progress.problems": "…", "progress.next": "…"}). False with a message naming the file and
/// the key when it cannot be read or names a paragraph the report does not have.
bool readOfficerText(const QString &path, ReportKind kind, QHash<QString, QString> *text,
                     QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QCoreApplication::translate("tuoyu::cli", "无法读取 --text 文件 %1：%2")
                     .arg(path, file.errorString());
        return false;
    }
    QJsonParseError parse;
    const QJsonDocument json = QJsonDocument::fromJson(file.readAll(), &parse);
    if (!json.isObject()) {
        *error = QCoreApplication::translate("tuoyu::cli",
                                             "--text 文件 %1 应为 JSON 对象（段落键 → 文字）：%2")
                     .arg(path, parse.error != QJsonParseError::NoError
                                    ? parse.errorString()
                                    : QCoreApplication::translate("tuoyu::cli", "不是对象"));
        return false;
    }
    QStringList known;
    for (const OfficerParagraph &p : ReportBuilder::officerParagraphs(kind))
        known << p.id;
    const QJsonObject o = json.object();
    for (auto it = o.begin(); it != o.end(); ++it) {
        if (!known.contains(it.key())) {
            *error = QCoreApplication::translate(
                         "tuoyu::cli", "--text 文件 %1 的键“%2”不是%3的段落；可用的键：%4")
                         .arg(path, it.key(), reportKindLabel(kind),
                              known.isEmpty()
                                  ? QCoreApplication::translate("tuoyu::cli", "（无）")
                                  : known.join(QCoreApplication::translate("tuoyu::cli", "、")));
            return false;
        }
        if (!it.value().isString()) {
            *error = QCoreApplication::translate("tuoyu::cli", "--text 文件 %1 的键“%2”应为文字")
                         .arg(path, it.key());
            return false;
        }
        text->insert(it.key(), it.value().toString());
    }
    return true;
}

int verbReport(const Arguments &a)
{
    ReportKind kind;
    if (!reportKindFromCode(a.option(QStringLiteral("kind")), &kind))
        return fail(
            Usage,
            QCoreApplication::translate(
                "tuoyu::cli",
                "--kind 应为 "
                "progress|supervision|circular|institutions|tasks|indicators|decomposition"));
    const QString out = a.option(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (out.isEmpty() || (suffix != QLatin1String("pdf") && suffix != QLatin1String("docx")))
        return fail(Usage,
                    QCoreApplication::translate("tuoyu::cli", "--out 应为 .pdf 或 .docx 文件"));
    // A server's address without a district: the city's report over every district.
    if (PostgresqlUrl::isCityAddress(a.positional[0])) {
        if (kind != ReportKind::Progress)
            return fail(Usage, QCoreApplication::translate(
                                   "tuoyu::cli", "全市只出工作进展情况汇报（--kind progress）；"
                                                 "各区县的其他报告请用带 district 的地址"));
        QDate asOf;
        QString error;
        if (!asOfDate(a, &asOf, &error))
            return fail(Usage, error);
        if (!a.has(QStringLiteral("as-of")))
            asOf = usersettings::reportAsOf().dateFor(QDate::currentDate());
        return writeCityReport(a.positional[0], asOf, out);
    }
    PlanScope scope;
    if (const int code = openPlanScope(a, &scope); code != Done)
        return code;
    ReportOptions options;
    options.kind = kind;
    options.planId = scope.plan->id;
    options.asOf = scope.asOf;
    if (!a.has(QStringLiteral("as-of"))) // the default set in 设置: today, last month's end …
        options.asOf = usersettings::reportAsOf().dateFor(QDate::currentDate());
    options.department = a.option(QStringLiteral("department"));
    options.signature = a.option(QStringLiteral("signer")).trimmed();
    // No prompts on paper: a paragraph the officer did not give is left out, and said so.
    options.prompts = false;
    if (a.has(QStringLiteral("text"))) {
        QString error;
        if (!readOfficerText(a.option(QStringLiteral("text")), kind, &options.officerText, &error))
            return fail(BadInput, error);
    }
    // The office's own red line, as the 汇报 page keeps it (the due-soon window the report
    // reads from the workspace itself).
    options.thresholds.seriousDays = workspacesettings::seriousOverdueDays(*scope.workspace);
    QString error;
    const document::OfficialDocument doc =
        ReportBuilder::build(scope.workspace.get(), options, &error);
    if (!error.isEmpty())
        return fail(BadInput, error);
    const bool ok = suffix == QLatin1String("pdf") ? document::writePdf(doc, out, &error)
                                                   : document::writeDocx(doc, out, &error);
    if (!ok)
        return fail(BadInput, error);
    // Said once the report is written, so a failure stays the one line on stderr.
    for (const OfficerParagraph &p : ReportBuilder::officerParagraphs(kind))
        if (options.officerText.value(p.id).trimmed().isEmpty())
            printLine(stderr, QCoreApplication::translate(
                                  "tuoyu::cli", "tuoyu-desk: 警告：未提供段落 %1 %2，已略去；"
                                                "请用 --text FILE 提供")
                                  .arg(p.id, p.prompt));
    printLine(stdout, QCoreApplication::translate("tuoyu::cli", "已生成%1：%2")
                          .arg(reportKindLabel(kind), QFileInfo(out).absoluteFilePath()));
    return Done;
}

/// Runs one command on the workspace and prints what it did.
int runCommand(Workspace *ws, std::unique_ptr<WorkspaceCommand> command, const QString &error)
{
    if (!command)
        return fail(BadInput, error);
    const QString what = command->text();
    QString failure;
    if (!ws->execute(std::move(command), &failure))
        return fail(BadInput, failure);
    printLine(stdout, QCoreApplication::translate("tuoyu::cli", "已%1").arg(what));
    return Done;
}

int verbPlanSigner(const Arguments &a)
{
    PlanScope scope;
    if (const int code = openPlanScope(a, &scope); code != Done)
        return code;
    QString error;
    auto command = plancommands::setSigner(scope.workspace.get(), scope.plan->id,
                                           a.option(QStringLiteral("signer")), &error);
    return runCommand(scope.workspace.get(), std::move(command), error);
}

int verbConfirmDeadline(const Arguments &a)
{
    QString error;
    const qint64 taskId = idOption(a, QStringLiteral("task"), &error);
    if (!taskId)
        return fail(Usage, error);
    auto ws = openWorkspace(a.positional[0], &error);
    if (!ws)
        return fail(BadInput, error);
    auto command = taskcommands::confirmDeadline(ws.get(), taskId, &error);
    return runCommand(ws.get(), std::move(command), error);
}

} // namespace

void registerReportVerbs(VerbTable &table)
{
    table.insert(
        QStringLiteral("report"),
        {QCoreApplication::translate(
             "tuoyu::cli",
             "report FILE --kind progress|supervision|circular|institutions|tasks|indicators|"
             "decomposition [--plan ID] [--department NAME] --out OUT.pdf|OUT.docx [--as-of "
             "YYYY-MM-DD] [--text FILE.json] [--signer 落款单位]"),
         1,
         {QStringLiteral("kind"), QStringLiteral("plan"), QStringLiteral("department"),
          QStringLiteral("out"), QStringLiteral("as-of"), QStringLiteral("text"),
          QStringLiteral("signer")},
         {},
         verbReport});
    table.insert(QStringLiteral("plan-signer"),
                 {QCoreApplication::translate(
                      "tuoyu::cli", "plan-signer FILE [--plan ID] --signer 落款单位（空则清除）"),
                  1,
                  {QStringLiteral("plan"), QStringLiteral("signer")},
                  {},
                  verbPlanSigner});
    table.insert(QStringLiteral("confirm-deadline"),
                 {QStringLiteral("confirm-deadline FILE --task ID"),
                  1,
                  {QStringLiteral("task")},
                  {},
                  verbConfirmDeadline});
}

} // namespace tuoyu::cli
