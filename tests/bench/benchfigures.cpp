#include "benchfigures.h"

#include "commands/importcommand.h"
#include "commands/institutioncommands.h"
#include "commands/plancommands.h"
#include "dashboard/dashboardpage.h"
#include "document/renderer.h"
#include "io/reader.h"
#include "mapping/tablemapper.h"
#include "report/reportbuilder.h"
#include "storage/workspace.h"
#include "subsidy/subsidyengine.h"
#include "templates/templatelibrary.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>

#ifdef Q_OS_WIN
#include <psapi.h>
#include <windows.h>
#endif

namespace tuoyu::bench {

double peakMemoryMib()
{
#ifdef Q_OS_WIN
    PROCESS_MEMORY_COUNTERS counters;
    if (GetProcessMemoryInfo(GetCurrentProcess(), &counters, sizeof(counters)))
        return double(counters.PeakWorkingSetSize) / (1024.0 * 1024.0);
    return -1;
#else
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n'))
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    return -1;
#endif
}

QJsonObject measureImport(const QString &xlsxPath)
{
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("import.tuoyu")), &error);
    if (!ws)
        return {};
    QElapsedTimer timer;
    timer.start();
    QJsonObject steps;
    auto step = [&](const char *name) {
        steps.insert(QLatin1String(name), double(timer.nsecsElapsed()) / 1e9);
    };
    // Each stage's input is released as soon as the next stage has what it needs, as the
    // import dialog does: the peak is the largest stage, not the sum of them.
    ImportPlan plan;
    {
        mapping::MappingResult mapped;
        {
            io::ReadResult read = io::readFile(xlsxPath);
            if (!read.ok() || read.tables.isEmpty())
                return {};
            step("read_s");
            mapped = mapping::TableMapper::map(read.tables.first());
            step("map_s");
        }
        plan = Importer::plan(ws.get(), mapped, QFileInfo(xlsxPath).fileName(), 0, &error);
        step("plan_s");
    }
    if (!plan.command || !ws->execute(std::move(plan.command), &error))
        return {};
    step("write_s");
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    QJsonObject result{{QStringLiteral("seconds"), seconds},
                       {QStringLiteral("inserted"), plan.inserted}};
    result.insert(QStringLiteral("steps"), steps);
    return result;
}

bool makeRegistryWorkspace(const QString &path, int institutions, QString *error)
{
    auto ws = Workspace::create(path, error);
    if (!ws)
        return false;
    const auto draft = TemplateLibrary::load(QStringLiteral("tunliu"), error);
    if (!draft || !ws->execute(plancommands::create(ws.get(), *draft, error), error))
        return false;
    // Plain inserts in one transaction: the figure is about reading such a registry, not writing
    // it.
    QSqlDatabase &db = ws->db();
    db.transaction();
    QSqlQuery q(db);
    q.exec(QStringLiteral(
        "INSERT INTO population (year, resident, under3) VALUES (2024, 262000, 6100)"));
    q.prepare(QStringLiteral(
        "INSERT INTO institution (name, kind, area_id, slots, puhui_slots, enrolled, filed, puhui) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?)"));
    static const char *const kinds[] = {"public", "private", "community", "standalone",
                                        "kindergarten_class"};
    for (int i = 0; i < institutions; ++i) {
        q.addBindValue(QStringLiteral("测试托育机构%1").arg(i, 6, 10, QLatin1Char('0')));
        q.addBindValue(QLatin1String(kinds[i % 5]));
        q.addBindValue(1 + i % 2);
        q.addBindValue(20 + i % 100);
        q.addBindValue(10 + i % 50);
        q.addBindValue(i % 60);
        q.addBindValue(i % 3 ? 1 : 0);
        q.addBindValue(i % 4 ? 1 : 0);
        if (!q.exec()) {
            db.rollback();
            *error = QStringLiteral("cannot write the benchmark registry");
            return false;
        }
    }
    return db.commit();
}

double measureStartupMs(const QString &workspace)
{
    const QString desk = QDir(QCoreApplication::applicationDirPath())
                             .filePath(QStringLiteral("../../app/tuoyu-desk"));
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("TUOYU_EXIT_AFTER_FIRST_PAINT"), QStringLiteral("1"));
    QTemporaryDir home;
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path()); // no remembered window state
    p.setProcessEnvironment(env);
    double best = -1;
    for (int run = 0; run < 3; ++run) { // the first run also warms the file cache
        QElapsedTimer timer;
        timer.start();
        p.start(desk, {workspace});
        QByteArray out;
        while (!out.contains("painted") && p.waitForReadyRead(60000))
            out += p.readAllStandardOutput();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        p.waitForFinished(60000);
        if (out.contains("painted") && (best < 0 || ms < best))
            best = ms;
    }
    return best;
}

QJsonObject measureDashboardRefresh(const QString &path)
{
    // The dashboard open on a 100,000-institution workspace; one edit (an institution's slots)
    // through a command, then every indicator recomputed and every chart redrawn.
    QString error;
    auto ws = Workspace::open(path, &error);
    if (!ws)
        return {};
    QSqlQuery plan(ws->db());
    plan.exec(QStringLiteral("SELECT id FROM plan"));
    plan.next();
    DashboardPage page;
    page.resize(1366, 768);
    page.setContext(ws.get(), plan.value(0).toLongLong());
    double best = -1;
    for (int run = 0; run < 5; ++run) {
        auto command =
            institutioncommands::edit(ws.get(), 1, {{QStringLiteral("slots"), 30 + run}}, &error);
        if (!command)
            return {};
        QElapsedTimer timer;
        timer.start();
        if (!ws->execute(std::move(command), &error))
            return {};
        page.reload();
        const double ms = double(timer.nsecsElapsed()) / 1e6;
        best = best < 0 ? ms : std::min(best, ms);
    }
    return {{QStringLiteral("ms"), best}};
}

QJsonObject measureLedger()
{
    // 1,000 puhui institutions with 12 months of enrolment under 002's rules (per child per
    // month by class band): a year's ledger, computed.
    QTemporaryDir dir;
    QString error;
    auto ws = Workspace::create(dir.filePath(QStringLiteral("ledger.tuoyu")), &error);
    const auto draft = TemplateLibrary::load(QStringLiteral("quanzhou-taishang"), &error);
    if (!ws || !draft || !ws->execute(plancommands::create(ws.get(), *draft, &error), &error))
        return {};
    QSqlDatabase &db = ws->db();
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral("INSERT INTO institution (id, name, kind, slots, puhui, filed) VALUES "
                             "(?, ?, ?, 80, 1, 1)"));
    QSqlQuery e(db);
    e.prepare(QStringLiteral("INSERT INTO enrolment_record (institution_id, month, infant, "
                             "toddler, older) VALUES (?, ?, ?, ?, ?)"));
    for (int i = 1; i <= 1000; ++i) {
        q.addBindValue(i);
        q.addBindValue(QStringLiteral("测试托育机构%1").arg(i));
        q.addBindValue(i % 3 ? QStringLiteral("private") : QStringLiteral("public"));
        q.exec();
        for (int m = 1; m <= 12; ++m) {
            e.addBindValue(i);
            e.addBindValue(QStringLiteral("2025-%1").arg(m, 2, 10, QLatin1Char('0')));
            e.addBindValue(i % 7 + m % 3);
            e.addBindValue(i % 13 + m % 5);
            e.addBindValue(i % 17);
            e.exec();
        }
    }
    db.commit();
    QSqlQuery plan(db);
    plan.exec(QStringLiteral("SELECT id FROM plan"));
    plan.next();
    QElapsedTimer timer;
    timer.start();
    const auto lines = SubsidyEngine::compute(
        SubsidyEngine::load(ws.get(), plan.value(0).toLongLong(), 2025), 2025);
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    return {{QStringLiteral("seconds"), seconds}, {QStringLiteral("lines"), int(lines.size())}};
}

QJsonObject measureReportPdf()
{
    // The tunliu progress report with its attachments, over a registry of 1,000 institutions.
    QTemporaryDir dir;
    QString error;
    const QString path = dir.filePath(QStringLiteral("report.tuoyu"));
    if (!makeRegistryWorkspace(path, 979, &error)) // + the template's 21 = 1,000
        return {};
    auto ws = Workspace::open(path, &error);
    if (!ws)
        return {};
    QSqlQuery plan(ws->db());
    plan.exec(QStringLiteral("SELECT id FROM plan"));
    plan.next();
    QElapsedTimer timer;
    timer.start();
    ReportOptions options;
    options.kind = ReportKind::Progress;
    options.planId = plan.value(0).toLongLong();
    options.asOf = QDate(2024, 12, 31);
    const auto doc = ReportBuilder::build(ws.get(), options, &error);
    if (!document::writePdf(doc, dir.filePath(QStringLiteral("progress.pdf")), &error))
        return {};
    const double seconds = double(timer.nsecsElapsed()) / 1e9;
    return {{QStringLiteral("seconds"), seconds}};
}

} // namespace tuoyu::bench
