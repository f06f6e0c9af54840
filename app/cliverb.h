#pragma once

// What every command-line verb shares: its parsed arguments, the way it prints, and the way it
// fails. Verbs live in cli_<area>.cpp files and register themselves in cli.cpp's table.

#include <QDate>
#include <QHash>
#include <QJsonValue>
#include <QSet>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <functional>
#include <memory>
#include <optional>

#include "domain/plan.h"
#include "session/workspace.h"

namespace tuoyu::cli {

enum Exit
{
    Done = 0,
    Usage = 1,
    BadInput = 2
};

/// The words of one verb: positional arguments, options with values, and flags.
struct Arguments
{
    QString verb;
    QStringList positional;
    QHash<QString, QString> options;
    QHash<QString, QStringList> repeated; ///< every value of an option given more than once
    QSet<QString> flags;
    QString problem;

    QString option(const QString &name) const { return options.value(name); }
    QStringList optionValues(const QString &name) const { return repeated.value(name); }
    bool has(const QString &name) const { return options.contains(name) || flags.contains(name); }
};

struct VerbSpec
{
    QString usage;
    int positionals = 0; ///< negative: at least that many (FILE...)
    QStringList valueOptions;
    QStringList flagOptions;
    std::function<int(const Arguments &)> run;
};

using VerbTable = QHash<QString, VerbSpec>;

void printLine(FILE *stream, const QString &text);
void printJson(const QJsonValue &value);
/// Prints "tuoyu-desk: message" as the one line on stderr and returns `code`.
int fail(int code, const QString &message);

std::unique_ptr<Workspace> openWorkspace(const QString &path, QString *error);
/// --as-of YYYY-MM-DD, or today; false with a message for a malformed date.
bool asOfDate(const Arguments &a, QDate *date, QString *error);
/// The date option --`name` (YYYY-MM-DD) into `date` when it is given (`date` unchanged when
/// not); false with a message naming the option for a malformed date.
bool dateOption(const Arguments &a, const QString &name, QDate *date, QString *error);
/// A numeric option that names a record (--task, --indicator, --area …); 0 when it is not a
/// positive number, with `error` saying so.
qint64 idOption(const Arguments &a, const QString &name, QString *error);
/// Runs the command a verb built on the workspace of FILE (the first positional argument): Done
/// with the command's words in `said`, or the exit code of the failure it has reported as
/// "FILE：why" (`error` is why `command` is null; a refused option, "--…", is wrong usage).
int executeCommand(const Arguments &a, Workspace *ws, std::unique_ptr<WorkspaceCommand> command,
                   QString error, QString *said);
/// The plan a verb works on: --plan ID, or the only/most recent plan.
std::optional<Plan> choosePlan(Workspace *ws, const Arguments &a, QString *error);

/// What most verbs start from: the workspace FILE (the first positional argument), the
/// --as-of date (today by default) and the plan (--plan or the default one).
struct PlanScope
{
    std::unique_ptr<Workspace> workspace;
    std::optional<Plan> plan;
    QDate asOf;
};
/// Fills `scope`; returns Done, or the exit code of a failure it has already reported.
int openPlanScope(const Arguments &a, PlanScope *scope);

QJsonValue jsonNumber(const std::optional<double> &v);
QJsonValue jsonNumber(const std::optional<qint64> &v);

/// Writes the city's 工作进展情况汇报 over the districts at `address` as of `asOf` to `out`
/// (.pdf or .docx; cli_server.cpp); the exit code.
int writeCityReport(const QString &address, const QDate &asOf, const QString &out);

// Registration of each area's verbs.
void registerWorkspaceVerbs(VerbTable &table);
void registerIoVerbs(VerbTable &table);
void registerSubsidyVerbs(VerbTable &table);
void registerReportVerbs(VerbTable &table);
void registerPlanPartsVerbs(VerbTable &table);
void registerOutlineVerbs(VerbTable &table);
void registerTaskTableVerbs(VerbTable &table);
void registerBackupVerbs(VerbTable &table);
void registerFeedbackVerbs(VerbTable &table);
void registerPlanReaderVerbs(VerbTable &table);
void registerRegisterVerbs(VerbTable &table);
void registerYearCloseVerbs(VerbTable &table);
void registerServerVerbs(VerbTable &table);

} // namespace tuoyu::cli
