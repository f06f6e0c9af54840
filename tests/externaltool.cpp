#include "externaltool.h"

#include <catch2/catch.hpp>

#include <QProcess>
#include <QStandardPaths>

namespace tuoyu::test {

namespace {

bool inCi()
{
    return qEnvironmentVariable("CI") == QLatin1String("true");
}

void reportMissing(const std::string &what, const char *package)
{
    const std::string message = what + " is not installed (Debian package " + package +
                                "; scripts/install-deps.sh installs it)";
    if (inCi())
        FAIL(message);
    WARN(message << ": this check is skipped");
}

} // namespace

QString requireTool(const QString &program, const char *package)
{
    const QString path = QStandardPaths::findExecutable(program);
    if (path.isEmpty())
        reportMissing(program.toStdString(), package);
    return path;
}

bool requirePythonModule(const char *module, const char *package)
{
    QProcess python;
    python.start(QStringLiteral("/usr/bin/python3"),
                 {QStringLiteral("-c"), QStringLiteral("import ") + QLatin1String(module)});
    const bool ok = python.waitForFinished(60000) && python.exitStatus() == QProcess::NormalExit &&
                    python.exitCode() == 0;
    if (!ok)
        reportMissing(std::string("python3 module ") + module, package);
    return ok;
}

} // namespace tuoyu::test
