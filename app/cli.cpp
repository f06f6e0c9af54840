#include "cli.h"
#include "cliverb.h"

#include "session/workspace.h"
#include "storage/storageerror.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>
#include <functional>

namespace tuoyu::cli {

namespace {

Arguments parse(const QStringList &args, const VerbSpec &spec)
{
    Arguments a;
    a.verb = args.value(1);
    for (int i = 2; i < args.size(); ++i) {
        const QString &arg = args[i];
        if (arg.startsWith(QLatin1String("--"))) {
            QString name = arg.mid(2);
            QString value;
            bool inlineValue = false;
            if (const auto eq = name.indexOf(QLatin1Char('=')); eq >= 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
                inlineValue = true;
            }
            if (spec.valueOptions.contains(name)) {
                if (!inlineValue) {
                    if (i + 1 >= args.size()) {
                        a.problem =
                            QCoreApplication::translate("tuoyu::cli", "--%1 需要一个值").arg(name);
                        return a;
                    }
                    value = args[++i];
                }
                a.options.insert(name, value);
                a.repeated[name] << value;
            } else if (spec.flagOptions.contains(name) && !inlineValue) {
                a.flags.insert(name);
            } else {
                a.problem = QCoreApplication::translate("tuoyu::cli", "未知选项 --%1").arg(name);
                return a;
            }
        } else {
            a.positional << arg;
        }
    }
    if (spec.positionals >= 0 ? a.positional.size() != spec.positionals
                              : a.positional.size() < -spec.positionals)
        a.problem = QCoreApplication::translate("tuoyu::cli", "参数个数不对");
    return a;
}

const VerbTable &verbs()
{
    static const VerbTable table = [] {
        VerbTable t;
        registerWorkspaceVerbs(t);
        registerIoVerbs(t);
        registerSubsidyVerbs(t);
        registerReportVerbs(t);
        registerPlanPartsVerbs(t);
        registerOutlineVerbs(t);
        registerTaskTableVerbs(t);
        registerBackupVerbs(t);
        registerFeedbackVerbs(t);
        registerPlanReaderVerbs(t);
        registerRegisterVerbs(t);
        registerYearCloseVerbs(t);
        registerServerVerbs(t);
        return t;
    }();
    return table;
}

QString usageText()
{
    QStringList lines = {
        QCoreApplication::translate("tuoyu::cli",
                                    "用法：tuoyu-desk [FILE]            打开图形界面"),
        QCoreApplication::translate("tuoyu::cli", "      tuoyu-desk VERB ARGS…         命令行：")};
    QStringList names = verbs().keys();
    names.sort();
    for (const QString &name : names)
        lines << QStringLiteral("        tuoyu-desk ") + verbs().value(name).usage;
    return lines.join(QLatin1Char('\n'));
}

} // namespace

bool isCommandLine(const QStringList &arguments)
{
    if (arguments.size() < 2)
        return false;
    const QString first = arguments[1];
    if (first == QLatin1String("--server")) // the window, on a server (app/main.cpp)
        return false;
    return verbs().contains(first) || first == QLatin1String("--help") ||
           first == QLatin1String("-h") || first == QLatin1String("help") ||
           (first.startsWith(QLatin1Char('-')) && first != QLatin1String("-platform")) ||
           (!first.contains(QLatin1Char('.')) && !first.contains(QLatin1Char('/')) &&
            !first.contains(QLatin1Char('\\')) && !QFileInfo::exists(first));
}

int run(const QStringList &arguments)
{
    const QString verb = arguments.value(1);
    if (verb == QLatin1String("--help") || verb == QLatin1String("-h") ||
        verb == QLatin1String("help")) {
        printLine(stdout, usageText());
        return Done;
    }
    const auto it = verbs().constFind(verb);
    if (it == verbs().cend())
        return fail(Usage, QCoreApplication::translate(
                               "tuoyu::cli", "未知命令“%1”；运行 tuoyu-desk --help 查看用法")
                               .arg(verb));
    const Arguments args = parse(arguments, it.value());
    if (!args.problem.isEmpty())
        return fail(Usage, QCoreApplication::translate("tuoyu::cli", "%1。用法：tuoyu-desk %2")
                               .arg(args.problem, it->usage));
    // A query that failed anywhere in core ends the verb here, with the file named: never a
    // partial list, export or report printed as if it were whole (storage/storageerror.h).
    try {
        return it->run(args);
    } catch (const StorageError &e) {
        return fail(BadInput, e.message());
    }
}

} // namespace tuoyu::cli
