#include "cliverb.h"

#include "commands/workspacecommand.h"
#include "domain/plan.h"
#include "session/workspace.h"
#include "storage/backupstore.h"
#include "storage/planrepository.h"
#include "storage/postgresql/postgresqlurl.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tuoyu::cli {

void printLine(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8() + '\n';
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fflush(stream);
}

void printJson(const QJsonValue &value)
{
    const QByteArray bytes = value.isArray()
                                 ? QJsonDocument(value.toArray()).toJson(QJsonDocument::Indented)
                                 : QJsonDocument(value.toObject()).toJson(QJsonDocument::Indented);
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

int fail(int code, const QString &message)
{
    printLine(stderr, QStringLiteral("tuoyu-desk: ") + message);
    return code;
}

std::unique_ptr<Workspace> openWorkspace(const QString &path, QString *error)
{
    std::unique_ptr<Workspace> ws = Workspace::open(path, error);
    // The command line never prompts: libpq reads the password from the environment or the
    // password file, which the message names.
    if (!ws && PostgresqlUrl::wantsPassword(*error))
        *error += QCoreApplication::translate(
            "tuoyu::cli",
            "：请设置环境变量 PGPASSWORD，或写在 PostgreSQL 的密码文件（~/.pgpass）中");
    if (!ws || PostgresqlUrl::isUrl(path)) // a server is backed up by pg_dump (docs/server.md)
        return ws;
    // The day's backup, as the window writes it on opening, but only when a verb is about to
    // write: reading verbs leave the folder alone. A failed backup is said, not fatal.
    Workspace *opened = ws.get();
    ws->setBeforeFirstWrite([opened] {
        QString why;
        BackupStore(opened->path()).backupDaily(*opened, QDate::currentDate(), &why);
        if (!why.isEmpty())
            printLine(stderr, QCoreApplication::translate("tuoyu::cli",
                                                          "tuoyu-desk: 今天的自动备份未能完成：%1")
                                  .arg(why));
    });
    return ws;
}

qint64 idOption(const Arguments &a, const QString &name, QString *error)
{
    bool ok = false;
    const qint64 id = a.option(name).toLongLong(&ok);
    if (!ok || id <= 0) {
        *error = QCoreApplication::translate("tuoyu::cli", "--%1 应为编号，不是“%2”")
                     .arg(name, a.option(name));
        return 0;
    }
    return id;
}

bool asOfDate(const Arguments &a, QDate *date, QString *error)
{
    *date = QDate::currentDate();
    return dateOption(a, QStringLiteral("as-of"), date, error);
}

bool dateOption(const Arguments &a, const QString &name, QDate *date, QString *error)
{
    if (!a.has(name))
        return true;
    const QDate given = QDate::fromString(a.option(name).trimmed(), Qt::ISODate);
    if (!given.isValid()) {
        *error = QCoreApplication::translate("tuoyu::cli", "--%1 应为 YYYY-MM-DD 格式的日期：%2")
                     .arg(name, a.option(name));
        return false;
    }
    *date = given;
    return true;
}

int executeCommand(const Arguments &a, Workspace *ws, std::unique_ptr<WorkspaceCommand> command,
                   QString error, QString *said)
{
    if (!command)
        return fail(
            error.startsWith(QStringLiteral("--")) ? Usage : BadInput,
            QCoreApplication::translate("tuoyu::cli", "%1：%2").arg(a.positional[0], error));
    *said = command->text();
    if (!ws->execute(std::move(command), &error))
        return fail(
            BadInput,
            QCoreApplication::translate("tuoyu::cli", "%1：%2").arg(a.positional[0], error));
    return Done;
}

/// The plan a verb works on: --plan ID, or the only/most recent plan.
std::optional<Plan> choosePlan(Workspace *ws, const Arguments &a, QString *error)
{
    PlanRepository plans(ws);
    if (a.has(QStringLiteral("plan"))) {
        const qint64 id = idOption(a, QStringLiteral("plan"), error);
        if (!id)
            return std::nullopt;
        const auto plan = plans.plan(id);
        if (!plan)
            *error = QCoreApplication::translate("tuoyu::cli", "没有编号为 %1 的计划").arg(id);
        return plan;
    }
    const auto plan = plans.defaultPlan();
    if (!plan)
        *error = QCoreApplication::translate("tuoyu::cli", "%1 中还没有计划").arg(ws->path());
    return plan;
}

QJsonValue jsonNumber(const std::optional<double> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

QJsonValue jsonNumber(const std::optional<qint64> &v)
{
    return v ? QJsonValue(*v) : QJsonValue(QJsonValue::Null);
}

int openPlanScope(const Arguments &a, PlanScope *scope)
{
    QString error;
    if (!asOfDate(a, &scope->asOf, &error))
        return fail(Usage, error);
    scope->workspace = openWorkspace(a.positional.value(0), &error);
    if (!scope->workspace)
        return fail(BadInput, error);
    scope->plan = choosePlan(scope->workspace.get(), a, &error);
    if (!scope->plan)
        return fail(BadInput, error);
    return Done;
}

} // namespace tuoyu::cli
