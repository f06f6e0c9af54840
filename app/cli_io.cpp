// The verbs that move tables in and out: read (what a reader sees), import, export.

#include "cliverb.h"

#include "commands/importcommand.h"
#include "domain/plan.h"
#include "exporting/ledgersheets.h"
#include "exporting/plantable.h"
#include "io/csvexporter.h"
#include "io/reader.h"
#include "io/tableprinter.h"
#include "io/xlsxexporter.h"
#include "ledgers/ledgers.h"
#include "mapping/tablemapper.h"
#include "session/workspace.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace tuoyu::cli {

namespace {

/// Reads SOURCE and picks the table the options name (for Word files with several tables and no
/// --table, the first one that looks like a list the importer knows).
bool readTable(const Arguments &a, const QString &source, io::Table *table, QString *error,
               QStringList *warnings = nullptr)
{
    const io::ReadResult result = io::readFile(source);
    if (!result.ok()) {
        *error = result.error;
        return false;
    }
    if (warnings)
        *warnings = result.warnings;
    if (result.tables.isEmpty()) {
        *error = QCoreApplication::translate("tuoyu::cli", "%1 中没有表格")
                     .arg(QFileInfo(source).fileName());
        return false;
    }
    int tableNumber = 0;
    if (a.has(QStringLiteral("table"))) {
        bool ok = false;
        tableNumber = a.option(QStringLiteral("table")).toInt(&ok);
        if (!ok || tableNumber < 1) {
            *error =
                QCoreApplication::translate("tuoyu::cli", "--table 应为从 1 开始的表格序号：%1")
                    .arg(a.option(QStringLiteral("table")));
            return false;
        }
    } else if (!a.has(QStringLiteral("sheet")) && a.verb == QLatin1String("import") &&
               result.tables.size() > 1) {
        const int proposed = mapping::proposeTable(result.tables);
        if (proposed >= 0)
            tableNumber = proposed + 1;
    }
    const io::TablePick pick =
        io::pickTable(result.tables, a.option(QStringLiteral("sheet")), tableNumber);
    if (!pick.ok()) {
        *error = pick.error;
        return false;
    }
    *table = result.tables[pick.index];
    return true;
}

int verbRead(const Arguments &a)
{
    io::Table table;
    QString error;
    QStringList warnings;
    if (!readTable(a, a.positional[0], &table, &error, &warnings))
        return fail(BadInput, error);
    for (const io::RowNote &note : std::as_const(table.notes))
        warnings << QCoreApplication::translate("tuoyu::cli", "第 %1 行：%2")
                        .arg(note.row + 1)
                        .arg(note.message);
    for (const QString &w : std::as_const(warnings))
        printLine(stderr, QCoreApplication::translate("tuoyu::cli", "注意：%1").arg(w));
    const QByteArray csv = io::toCsv(table);
    std::fwrite(csv.constData(), 1, size_t(csv.size()), stdout);
    std::fflush(stdout);
    return Done;
}

int verbImport(const Arguments &a)
{
    QString error;
    auto ws = openWorkspace(a.positional[0], &error);
    if (!ws)
        return fail(BadInput, error);
    const QString source = a.positional[1];
    io::Table table;
    QStringList readWarnings;
    if (!readTable(a, source, &table, &error, &readWarnings))
        return fail(BadInput, error);

    ImportRequest request;
    request.sourceName = QFileInfo(source).fileName();
    request.choosePlan = [&](QString *why) -> std::optional<qint64> {
        if (a.option(QStringLiteral("plan")) == QLatin1String("new"))
            return ImportRequest::kNewPlan;
        const auto plan = choosePlan(ws.get(), a, why);
        return plan ? std::optional<qint64>(plan->id) : std::nullopt;
    };
    // Planned inside the write transaction (Workspace::execute with a builder): the records
    // another program imported a moment ago are matched, not inserted twice, and their ids
    // are not taken again.
    ImportPlan plan;
    bool planned = false;
    const bool dryRun = a.has(QStringLiteral("dry-run"));
    const bool applied = ws->execute(
        [&](QString *why) -> std::unique_ptr<WorkspaceCommand> {
            plan = Importer::prepare(ws.get(), std::move(table), request, why);
            planned = plan.command != nullptr;
            return dryRun ? nullptr : std::move(plan.command);
        },
        &error);
    if (!planned)
        return fail(BadInput, error);
    plan.findings = readWarnings + plan.findings; // a sheet the reader skipped, first
    if (!dryRun && !applied)
        return fail(BadInput,
                    QCoreApplication::translate("tuoyu::cli", "导入 %1 失败，工作区未改动：%2")
                        .arg(QFileInfo(source).fileName(), error));

    if (a.has(QStringLiteral("json"))) {
        QJsonArray refused;
        for (const auto &r : plan.refused)
            refused.append(QJsonObject{{QStringLiteral("row"), r.row},
                                       {QStringLiteral("column"), r.column},
                                       {QStringLiteral("reason"), r.reason}});
        QJsonArray warnings;
        for (const auto &w : std::as_const(plan.warnings))
            warnings.append(QJsonObject{{QStringLiteral("row"), w.row},
                                        {QStringLiteral("column"), w.column},
                                        {QStringLiteral("message"), w.message}});
        QJsonObject report = QJsonObject::fromVariantMap(plan.summary);
        const QJsonObject counts{
            {QStringLiteral("source"), plan.source},
            {QStringLiteral("kind"), mapping::tableKindCode(plan.kind)},
            {QStringLiteral("dry_run"), dryRun},
            {QStringLiteral("inserted"), plan.inserted},
            {QStringLiteral("updated"), plan.updated},
            {QStringLiteral("unchanged"), plan.unchanged},
            {QStringLiteral("refused"), int(plan.refused.size())},
            {QStringLiteral("refused_rows"), refused},
            {QStringLiteral("warnings"), warnings},
            {QStringLiteral("findings"), QJsonArray::fromStringList(plan.findings)}};
        for (auto it = counts.begin(); it != counts.end(); ++it)
            report.insert(it.key(), it.value());
        printJson(report);
    } else {
        printLine(
            stdout,
            QCoreApplication::translate("tuoyu::cli", "%1%2：新增 %3，更新 %4，未变 %5，拒绝 %6")
                .arg(dryRun ? QCoreApplication::translate("tuoyu::cli", "（试导入，未写入）")
                            : QString(),
                     plan.source)
                .arg(plan.inserted)
                .arg(plan.updated)
                .arg(plan.unchanged)
                .arg(plan.refused.size()));
        for (const auto &r : plan.refused)
            printLine(stdout, QCoreApplication::translate("tuoyu::cli", "  第 %1 行：%2")
                                  .arg(r.row)
                                  .arg(r.reason));
        for (const auto &w : std::as_const(plan.warnings))
            printLine(stdout,
                      QCoreApplication::translate("tuoyu::cli", "  第 %1 行（已导入，请核对）：%2")
                          .arg(w.row)
                          .arg(w.message));
        for (const QString &f : plan.findings)
            printLine(stdout, QCoreApplication::translate("tuoyu::cli", "  注意：%1").arg(f));
    }
    return Done;
}

/// The plan as a 重点任务分工表 (.xlsx or .docx) that imports back into the same plan.
int exportPlanTable(const Arguments &a, const QString &out)
{
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("docx"))
        return fail(Usage, QCoreApplication::translate(
                               "tuoyu::cli", "--what plan 的 --out 应为 .xlsx 或 .docx 文件"));
    PlanScope scope;
    if (const int code = openPlanScope(a, &scope); code != Done)
        return code;
    QString error;
    if (!plantable::write(scope.workspace.get(), scope.plan->id, out, &error))
        return fail(BadInput, error);
    printLine(stdout, QCoreApplication::translate("tuoyu::cli", "已把计划“%1”导出为任务分工表 %2")
                          .arg(scope.plan->title, QFileInfo(out).absoluteFilePath()));
    return Done;
}

int verbExport(const Arguments &a)
{
    QString error;
    QDate asOf;
    if (!asOfDate(a, &asOf, &error))
        return fail(Usage, error);
    const QString what = a.option(QStringLiteral("what"));
    const QString out = a.option(QStringLiteral("out"));
    if (what == QLatin1String("plan"))
        return exportPlanTable(a, out);
    const QStringList kinds = ledgers::codes();
    if (!kinds.contains(what))
        return fail(Usage, QCoreApplication::translate("tuoyu::cli", "--what 应为 %1|plan")
                               .arg(kinds.join(QLatin1Char('|'))));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (out.isEmpty() || (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv")))
        return fail(Usage,
                    QCoreApplication::translate("tuoyu::cli", "--out 应为 .xlsx 或 .csv 文件"));
    auto ws = openWorkspace(a.positional[0], &error);
    if (!ws)
        return fail(BadInput, error);
    qint64 planId = 0;
    if (what != QLatin1String("institutions")) {
        const auto plan = choosePlan(ws.get(), a, &error);
        if (!plan)
            return fail(BadInput, error);
        planId = plan->id;
    }
    const int year =
        a.has(QStringLiteral("year")) ? a.option(QStringLiteral("year")).toInt() : asOf.year();
    const bool xlsx = suffix == QLatin1String("xlsx");
    const QList<io::ExportSheet> sheets =
        ledgersheets::byCode(what, xlsx ? ledgersheets::Format::Xlsx : ledgersheets::Format::Csv,
                             ws.get(), planId, asOf, year);
    const bool ok =
        xlsx ? io::writeXlsx(out, sheets, &error) : io::writeCsv(out, sheets.constFirst(), &error);
    if (!ok)
        return fail(BadInput, error);
    // The rows of the ledger's every-row table (the decomposition's 分解明细).
    printLine(stdout, QCoreApplication::translate("tuoyu::cli", "已导出 %1 行到 %2")
                          .arg(sheets.constLast().rows.size())
                          .arg(QFileInfo(out).absoluteFilePath()));
    return Done;
}

} // namespace

void registerIoVerbs(VerbTable &table)
{
    table.insert(QStringLiteral("read"),
                 {QStringLiteral("read SOURCE [--sheet NAME|N] [--table N]"),
                  1,
                  {QStringLiteral("sheet"), QStringLiteral("table")},
                  {},
                  verbRead});
    table.insert(QStringLiteral("import"),
                 {QStringLiteral("import FILE SOURCE [--sheet NAME|N] [--table N] [--plan ID|new] "
                                 "[--dry-run] [--json]"),
                  2,
                  {QStringLiteral("sheet"), QStringLiteral("table"), QStringLiteral("plan")},
                  {QStringLiteral("dry-run"), QStringLiteral("json")},
                  verbImport});
    table.insert(
        QStringLiteral("export"),
        {QStringLiteral(
             "export FILE --what institutions|tasks|indicators|decomposition|subsidies|plan "
             "--out OUT.xlsx|OUT.csv|OUT.docx [--plan ID] [--as-of YYYY-MM-DD] [--year N]"),
         1,
         {QStringLiteral("what"), QStringLiteral("out"), QStringLiteral("plan"),
          QStringLiteral("as-of"), QStringLiteral("year")},
         {},
         verbExport});
}

} // namespace tuoyu::cli
