#include "cliverb.h"

#include "city/cityview.h"
#include "city/serverinit.h"
#include "document/docxwriter.h"
#include "document/renderer.h"
#include "io/csvexporter.h"
#include "io/xlsxexporter.h"
#include "ledgers/ledgertable.h"
#include "session/servertransfer.h"
#include "storage/postgresql/postgresqlurl.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonObject>
#include <QUrlQuery>

#include <cstdio>
#include <iostream>
#include <optional>
#include <string>

#ifdef Q_OS_WIN
#define NOMINMAX
#include <windows.h>
#else
#include <termios.h>
#include <unistd.h>
#endif

// The verbs of a PostgreSQL server (docs/server.md): moving a workspace between a file and a
// server, setting up a city's districts and roles, and the city view over them.

namespace tuoyu::cli {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("cli_server", text);
}

/// --server URL with --district NAME as one workspace address; empty with `error` set when
/// either is missing.
QString serverAddress(const Arguments &a, const QString &usage, QString *error)
{
    const QString server = a.option(QStringLiteral("server"));
    const QString district = a.option(QStringLiteral("district"));
    if (server.isEmpty() || district.isEmpty()) {
        *error = tr("需要 --server 地址和 --district 区县名。用法：tuoyu-desk %1").arg(usage);
        return QString();
    }
    QUrl url(server);
    QUrlQuery query(url);
    query.removeAllQueryItems(QStringLiteral("district"));
    query.addQueryItem(QStringLiteral("district"), district);
    url.setQuery(query);
    return url.toString(QUrl::PrettyDecoded);
}

int verbPush(const Arguments &a)
{
    QString error;
    const QString address =
        serverAddress(a, QStringLiteral("push FILE --server URL --district NAME"), &error);
    if (address.isEmpty())
        return fail(Usage, error);
    const QString file = QFileInfo(a.positional[0]).absoluteFilePath();
    if (!servertransfer::push(file, address, &error))
        return fail(BadInput, error);
    printLine(stdout, tr("已将 %1 推送到 %2")
                          .arg(QDir::toNativeSeparators(file),
                               PostgresqlUrl::parse(address, &error)->display()));
    return Done;
}

int verbPull(const Arguments &a)
{
    QString error;
    const QString usage = QStringLiteral("pull --server URL --district NAME --out FILE");
    const QString address = serverAddress(a, usage, &error);
    if (address.isEmpty())
        return fail(Usage, error);
    const QString out = a.option(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(Usage, tr("需要 --out 文件。用法：tuoyu-desk %1").arg(usage));
    const QString file = QFileInfo(out).absoluteFilePath();
    if (!servertransfer::pull(address, file, &error))
        return fail(BadInput, error);
    printLine(stdout, tr("已将 %1 取回到 %2")
                          .arg(PostgresqlUrl::parse(address, &error)->display(),
                               QDir::toNativeSeparators(file)));
    return Done;
}

/// Reads a line from the terminal without showing it; nothing when stdin is not a terminal.
std::optional<QString> readHidden(const QString &prompt)
{
#ifdef Q_OS_WIN
    HANDLE in = GetStdHandle(STD_INPUT_HANDLE);
    DWORD mode = 0;
    if (!GetConsoleMode(in, &mode))
        return std::nullopt;
    SetConsoleMode(in, mode & ~DWORD(ENABLE_ECHO_INPUT));
#else
    if (!isatty(STDIN_FILENO))
        return std::nullopt;
    termios saved{};
    tcgetattr(STDIN_FILENO, &saved);
    termios hidden = saved;
    hidden.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &hidden);
#endif
    std::fputs(prompt.toLocal8Bit().constData(), stderr);
    std::fflush(stderr);
    std::string line;
    std::getline(std::cin, line);
#ifdef Q_OS_WIN
    SetConsoleMode(in, mode);
#else
    tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
#endif
    std::fputs("\n", stderr);
    return QString::fromLocal8Bit(line.c_str()).trimmed();
}

/// A new officer's password: typed twice at a prompt that does not show it, or, when no one is
/// at a terminal (a script), from TUOYU_OFFICER_PASSWORD. Not PGPASSWORD: libpq reads that for
/// the administrator's own connection. The program keeps it only until the server has it.
QString officerPassword(const QString &officer, QString *problem)
{
    if (const auto first = readHidden(tr("经办人 %1 的新密码：").arg(officer))) {
        const auto second = readHidden(tr("再输入一次：")).value_or(QString());
        if (*first != second) {
            *problem = tr("两次输入的密码不同");
            return QString();
        }
        return *first;
    }
    return qEnvironmentVariable("TUOYU_OFFICER_PASSWORD");
}

int verbServerInit(const Arguments &a)
{
    const QString usage = QStringLiteral(
        "server-init --server URL --district NAME --officer ROLE [--city ROLE] (--district/"
        "--officer pairs may repeat)");
    const QString server = a.option(QStringLiteral("server"));
    // Pairs in the order given: the first --officer is the first --district's.
    const QStringList districts = a.optionValues(QStringLiteral("district"));
    const QStringList officers = a.optionValues(QStringLiteral("officer"));
    if (server.isEmpty() || districts.isEmpty() || districts.size() != officers.size())
        return fail(Usage,
                    tr("需要 --server 地址，以及成对的 --district 区县名和 --officer 角色名。"
                       "用法：tuoyu-desk %1")
                        .arg(usage));
    int code = Done;
    for (qsizetype i = 0; i < districts.size(); ++i) {
        serverinit::Request request;
        request.server = server;
        request.district = districts.at(i);
        request.officer = officers.at(i);
        request.city = a.option(QStringLiteral("city"));
        QString problem;
        request.password = [&] { return officerPassword(request.officer, &problem); };
        QStringList done;
        QString error;
        switch (serverinit::addDistrict(request, &done, &error)) {
        case serverinit::Outcome::Created:
            for (const QString &line : done)
                printLine(stdout, line);
            break;
        case serverinit::Outcome::AlreadyThere:
            printLine(stdout, error);
            break;
        case serverinit::Outcome::Failed:
            code = fail(BadInput, problem.isEmpty() ? error : problem);
            break;
        }
    }
    return code;
}

/// What district-rename and district-remove share: --server and --district given, the lines
/// done printed, a refusal as one line.
int changeDistrict(
    const Arguments &a, const QString &usage, const QString &other,
    const std::function<bool(const QString &, const QString &, QStringList *, QString *)> &change)
{
    const QString server = a.option(QStringLiteral("server"));
    const QString district = a.option(QStringLiteral("district"));
    if (server.isEmpty() || district.isEmpty() || (!other.isEmpty() && !a.has(other)))
        return fail(Usage, tr("缺少参数。用法：tuoyu-desk %1").arg(usage));
    QStringList done;
    QString error;
    if (!change(server, district, &done, &error))
        return fail(BadInput, error);
    for (const QString &line : std::as_const(done))
        printLine(stdout, line);
    return Done;
}

int verbDistrictRename(const Arguments &a)
{
    return changeDistrict(
        a, QStringLiteral("district-rename --server URL --district OLD --to NEW"),
        QStringLiteral("to"),
        [&a](const QString &server, const QString &district, QStringList *done, QString *error) {
            return serverinit::renameDistrict(server, district, a.option(QStringLiteral("to")),
                                              done, error);
        });
}

/// Without --confirm the refusal itself says what removing means and to pg_dump first.
int verbDistrictRemove(const Arguments &a)
{
    return changeDistrict(
        a, QStringLiteral("district-remove --server URL --district NAME --confirm NAME"), QString(),
        [&a](const QString &server, const QString &district, QStringList *done, QString *error) {
            return serverinit::removeDistrict(server, district, a.option(QStringLiteral("confirm")),
                                              done, error);
        });
}

/// The city's progress report to `out` (.pdf or .docx, checked by the caller).
int writeReport(const CityFigures &city, const QString &out)
{
    const document::OfficialDocument doc = city.progressReport();
    QString error;
    const bool ok = QFileInfo(out).suffix().toLower() == QLatin1String("pdf")
                        ? document::writePdf(doc, out, &error)
                        : document::writeDocx(doc, out, &error);
    if (!ok)
        return fail(BadInput, error);
    printLine(stdout, tr("已生成全市工作进展情况汇报：%1").arg(QFileInfo(out).absoluteFilePath()));
    return Done;
}

/// `city --ledger CODE --out FILE`: one district's ledger after another, with a 区县 column.
int cityLedger(const Arguments &a, const QString &server, const QDate &asOf)
{
    const QString out = a.option(QStringLiteral("out"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (suffix != QLatin1String("xlsx") && suffix != QLatin1String("csv"))
        return fail(Usage, tr("--ledger 需要 --out 文件（.xlsx 或 .csv）"));
    QStringList unreadable;
    QString error;
    const auto ledger = CityFigures::ledger(server, a.option(QStringLiteral("ledger")), asOf,
                                            asOf.year(), &unreadable, &error);
    for (const QString &why : unreadable)
        printLine(stderr, tr("tuoyu-desk: 警告：%1").arg(why));
    if (!ledger)
        return fail(BadInput, error);
    const io::ExportSheet sheet = ledgers::toSheet(*ledger);
    const bool ok = suffix == QLatin1String("xlsx") ? io::writeXlsx(out, {sheet}, &error)
                                                    : io::writeCsv(out, sheet, &error);
    if (!ok)
        return fail(BadInput, error);
    printLine(stdout, tr("已导出全市%1（%2行）：%3")
                          .arg(ledger->name)
                          .arg(ledger->rows.size())
                          .arg(QFileInfo(out).absoluteFilePath()));
    return Done;
}

int verbCity(const Arguments &a)
{
    const QString server = a.option(QStringLiteral("server"));
    if (server.isEmpty())
        return fail(
            Usage,
            tr("需要 --server 地址（不带 district）。用法：tuoyu-desk city "
               "--server URL [--as-of DATE] [--json] [--report FILE.pdf|docx] [--ledger CODE --out "
               "FILE.xlsx|csv]"));
    QDate asOf;
    QString error;
    if (!asOfDate(a, &asOf, &error))
        return fail(Usage, error);
    const QString out = a.option(QStringLiteral("report"));
    const QString suffix = QFileInfo(out).suffix().toLower();
    if (a.has(QStringLiteral("report")) && suffix != QLatin1String("pdf") &&
        suffix != QLatin1String("docx"))
        return fail(Usage, tr("--report 应为 .pdf 或 .docx 文件"));
    if (a.has(QStringLiteral("ledger")))
        return cityLedger(a, server, asOf);
    const auto city = CityFigures::read(server, asOf, &error);
    if (!city)
        return fail(BadInput, error);
    for (const QString &why : city->unreadable)
        printLine(stderr, tr("tuoyu-desk: 警告：%1").arg(why));
    if (!out.isEmpty()) {
        if (const int code = writeReport(*city, out); code != Done)
            return code;
    }
    if (a.has(QStringLiteral("json"))) {
        printJson(city->toJson());
    } else if (out.isEmpty()) {
        printLine(stdout, tr("区县\t机构\t托位\t普惠托位\t任务\t已完成\t逾期"));
        const auto row = [](const QString &name, const RegistryTotals &t, const QJsonObject &p) {
            const auto n = [&](const char *key) {
                return QString::number(p.value(QLatin1String(key)).toInteger());
            };
            printLine(stdout, QStringList{name, QString::number(t.institutions),
                                          QString::number(t.slots), QString::number(t.puhuiSlots),
                                          n("tasks"), n("tasks_done"), n("tasks_overdue")}
                                  .join(QLatin1Char('\t')));
        };
        for (const DistrictFigures &d : city->districts)
            row(d.district, d.totals, d.progress);
        row(tr("全市"), city->totals, city->progress);
        for (const CityIndicator &c : city->indicators)
            if (c.value)
                printLine(stdout, QStringLiteral("%1\t%2").arg(c.formula.name, c.label()));
    }
    return Done;
}

} // namespace

int writeCityReport(const QString &address, const QDate &asOf, const QString &out)
{
    QString error;
    const auto city = CityFigures::read(address, asOf, &error);
    if (!city)
        return fail(BadInput, error);
    for (const QString &why : city->unreadable)
        printLine(stderr, tr("tuoyu-desk: 警告：%1").arg(why));
    return writeReport(*city, out);
}

void registerServerVerbs(VerbTable &table)
{
    const QStringList server = {QStringLiteral("server"), QStringLiteral("district")};
    const VerbTable verbs = {
        {QStringLiteral("push"),
         {QStringLiteral("push FILE --server URL --district NAME"), 1, server, {}, verbPush}},
        {QStringLiteral("pull"),
         {QStringLiteral("pull --server URL --district NAME --out FILE"),
          0,
          server + QStringList{QStringLiteral("out")},
          {},
          verbPull}},
        {QStringLiteral("server-init"),
         {QStringLiteral("server-init --server URL --district NAME --officer ROLE [--city ROLE]"),
          0,
          server + QStringList{QStringLiteral("officer"), QStringLiteral("city")},
          {},
          verbServerInit}},
        {QStringLiteral("district-rename"),
         {QStringLiteral("district-rename --server URL --district OLD --to NEW"),
          0,
          server + QStringList{QStringLiteral("to")},
          {},
          verbDistrictRename}},
        {QStringLiteral("district-remove"),
         {QStringLiteral("district-remove --server URL --district NAME --confirm NAME"),
          0,
          server + QStringList{QStringLiteral("confirm")},
          {},
          verbDistrictRemove}},
        {QStringLiteral("city"),
         {QStringLiteral("city --server URL [--as-of DATE] [--json] [--report FILE.pdf|docx] "
                         "[--ledger CODE --out FILE.xlsx|csv]"),
          0,
          {QStringLiteral("server"), QStringLiteral("as-of"), QStringLiteral("report"),
           QStringLiteral("ledger"), QStringLiteral("out")},
          {QStringLiteral("json")},
          verbCity}},
    };
    table.insert(verbs);
}

} // namespace tuoyu::cli
