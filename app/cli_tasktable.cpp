// Plans shared between districts: a plan saved as a template file. (Task tables go in and out
// through the import and export verbs, cli_io.cpp.)

#include "cliverb.h"

#include "templates/templatefile.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace tuoyu::cli {

namespace {

int verbTemplateSave(const Arguments &a)
{
    const QString out = a.option(QStringLiteral("out"));
    if (out.isEmpty() || QFileInfo(out).suffix().toLower() != QLatin1String("json"))
        return fail(Usage, QCoreApplication::translate("tuoyu::cli", "--out 应为 .json 文件"));
    PlanScope scope;
    if (const int code = openPlanScope(a, &scope); code != Done)
        return code;
    QString error;
    const bool withRegistry = a.has(QStringLiteral("with-registry"));
    if (!templatefile::save(scope.workspace.get(), scope.plan->id, withRegistry, out, &error))
        return fail(BadInput, error);
    printLine(stdout,
              QCoreApplication::translate("tuoyu::cli", "已把计划“%1”存为模板 %2%3")
                  .arg(scope.plan->title, QFileInfo(out).absoluteFilePath(),
                       withRegistry ? QCoreApplication::translate("tuoyu::cli", "（含机构名单）")
                                    : QString()));
    return Done;
}

} // namespace

void registerTaskTableVerbs(VerbTable &table)
{
    table.insert(QStringLiteral("template-save"),
                 {QStringLiteral("template-save FILE [--plan ID] --out X.json [--with-registry]"),
                  1,
                  {QStringLiteral("plan"), QStringLiteral("out")},
                  {QStringLiteral("with-registry")},
                  verbTemplateSave});
}

} // namespace tuoyu::cli
