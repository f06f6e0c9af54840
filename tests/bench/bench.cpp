// tuoyu-bench: the project's own performance figures, as one JSON object on stdout.
//
// Each figure is measured in a child process (this program run with --child …), so that a
// figure's peak memory is that work's alone and nothing one measurement leaves behind (caches,
// freed pages) flatters the next. Figures are wall-clock seconds or milliseconds on the machine
// it runs on; README reports them with the machine.

#include "benchfigures.h"
#include "benchregister.h"
#include "planreaderbench.h"
#include "platform/hugepages.h"
#include "serverload.h"
#include "xlsxgen.h"

#include <QApplication>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>

#include <cstdio>
#include <memory>

using namespace tuoyu::bench;

namespace {

/// Runs this program with `args` and reads the one JSON object its child part prints.
QJsonObject child(const QStringList &args,
                  const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QCoreApplication::applicationFilePath(), args);
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        std::fprintf(stderr, "tuoyu-bench: %s failed: %s\n",
                     qPrintable(args.join(QLatin1Char(' '))), p.readAllStandardError().constData());
        return {};
    }
    return QJsonDocument::fromJson(p.readAllStandardOutput()).object();
}

int runChild(const QStringList &args)
{
    const QString what = args.value(2);
    QJsonObject result;
    if (what == QLatin1String("generate")) // tuoyu-bench --child generate FILE ROWS: for profiling
        return writeGeneratedXlsx(args.value(3), args.value(4).toInt()) ? 0 : 1;
    // tuoyu-bench --child registry FILE ROWS: a workspace to run `--child dashboard FILE` on.
    if (what == QLatin1String("registry")) {
        QString error;
        return makeRegistryWorkspace(args.value(3), args.value(4).toInt(), &error) ? 0 : 1;
    }
    if (what == QLatin1String("import"))
        result = measureImport(args.value(3));
    else if (what == QLatin1String("dashboard"))
        result = measureDashboardRefresh(args.value(3));
    else if (what == QLatin1String("ledger"))
        result = measureLedger();
    else if (what == QLatin1String("report"))
        result = measureReportPdf();
    else if (what == QLatin1String("feedback"))
        result = measureFeedbackMerge();
    else if (what == QLatin1String("readplan"))
        result = measureReadPlan();
    else
        return 1;
    result.insert(QStringLiteral("peak_mib"), peakMemoryMib());
    const QByteArray out = QJsonDocument(result).toJson(QJsonDocument::Compact);
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return 0;
}

/// tuoyu-bench --server-load [--seconds N] [--officers N] [--districts N] [--pause-ms N]
/// [--server URL]: the load test on a PostgreSQL server (docs/server.md). Without --server (or
/// TUOYU_TEST_SERVER_FILE, which CTest's `pg` fixture sets) it starts a throwaway server on a
/// loopback port with scripts/pg-test-server.sh and stops it afterwards. Exits 1 when anything
/// was lost, duplicated or crossed districts.
int runServerLoad(const QStringList &args)
{
    ServerLoadOptions options;
    auto number = [&args](const QString &name, int fallback) {
        const qsizetype at = args.indexOf(name);
        return at >= 0 ? args.value(at + 1).toInt() : fallback;
    };
    options.seconds = number(QStringLiteral("--seconds"), options.seconds);
    options.officers = number(QStringLiteral("--officers"), options.officers);
    options.districts = std::max(1, number(QStringLiteral("--districts"), options.districts));
    options.pauseMs = number(QStringLiteral("--pause-ms"), options.pauseMs);
    const qsizetype at = args.indexOf(QStringLiteral("--server"));
    if (at >= 0)
        options.server = args.value(at + 1);
    const QString serverFile = qEnvironmentVariable("TUOYU_TEST_SERVER_FILE");
    if (options.server.isEmpty() && !serverFile.isEmpty()) {
        QFile file(serverFile);
        if (file.open(QIODevice::ReadOnly))
            options.server = QString::fromUtf8(file.readAll()).trimmed();
    }
    QTemporaryDir state;
    const QString script = QStringLiteral(TUOYU_PG_TEST_SERVER_SCRIPT);
    const bool ownServer = options.server.isEmpty();
    if (ownServer) {
        QProcess start;
        start.start(script, {QStringLiteral("start"), state.path()});
        if (!start.waitForFinished(180000) || start.exitCode() != 0) {
            std::fprintf(stderr, "tuoyu-bench: cannot start a PostgreSQL server: %s\n",
                         start.readAllStandardError().constData());
            return 1;
        }
        options.server = QString::fromUtf8(start.readAllStandardOutput()).trimmed();
    }
    bool ok = false;
    QString error;
    QJsonObject figures = measureServerLoad(options, &ok, &error);
    if (ownServer)
        QProcess::execute(script, {QStringLiteral("stop"), state.path()});
    if (figures.isEmpty()) {
        std::fprintf(stderr, "tuoyu-bench: %s\n", qPrintable(error));
        return 1;
    }
    const QByteArray out = QJsonDocument(figures).toJson(QJsonDocument::Indented);
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return ok ? 0 : 1;
}

} // namespace

int main(int argc, char *argv[])
{
    // As the program does (app/main.cpp), so that what is measured is what officers run.
    tuoyu::platform::useHugePagesForHeap(argv);
    // Reports need fonts and the dashboard needs widgets: those children get a QApplication
    // (on the offscreen platform the parent sets for them); everything else stays headless.
    const bool gui =
        argc > 2 && (qstrcmp(argv[2], "report") == 0 || qstrcmp(argv[2], "dashboard") == 0);
    std::unique_ptr<QCoreApplication> app;
    if (gui)
        app = std::make_unique<QApplication>(argc, argv);
    else
        app = std::make_unique<QCoreApplication>(argc, argv);
    const QStringList args = app->arguments();
    if (args.value(1) == QLatin1String("--child"))
        return runChild(args);
    if (args.value(1) == QLatin1String("--server-load"))
        return runServerLoad(args);

    QTemporaryDir dir;
    QJsonObject figures;
    QString error;

    // --startup: the two startup figures alone (a minute, not the whole bench's).
    const bool startupOnly = args.contains(QStringLiteral("--startup"));
    for (int rows : {10000, 100000}) {
        if (startupOnly)
            break;
        const QString xlsx = dir.filePath(QStringLiteral("list-%1.xlsx").arg(rows));
        if (!writeGeneratedXlsx(xlsx, rows, &error)) {
            std::fprintf(stderr, "tuoyu-bench: %s\n", qPrintable(error));
            return 1;
        }
        // Three runs, each in its own process: the fastest is the figure (what the code costs
        // when nothing else on the machine gets in its way), the highest peak the memory figure.
        QJsonObject r;
        double peak = 0;
        QJsonArray runs;
        for (int run = 0; run < 3; ++run) {
            const QJsonObject one =
                child({QStringLiteral("--child"), QStringLiteral("import"), xlsx});
            const double seconds = one.value(QStringLiteral("seconds")).toDouble(-1);
            runs.append(seconds);
            peak = std::max(peak, one.value(QStringLiteral("peak_mib")).toDouble());
            if (r.isEmpty() ||
                (seconds >= 0 && seconds < r.value(QStringLiteral("seconds")).toDouble()))
                r = one;
        }
        figures.insert(rows == 10000 ? QStringLiteral("import_10k_s")
                                     : QStringLiteral("import_100k_s"),
                       r.value(QStringLiteral("seconds")));
        if (rows == 100000) {
            figures.insert(QStringLiteral("import_100k_runs_s"), runs);
            figures.insert(QStringLiteral("import_100k_peak_mib"), peak);
            figures.insert(QStringLiteral("import_100k_inserted"),
                           r.value(QStringLiteral("inserted")));
            figures.insert(QStringLiteral("import_100k_steps_s"), r.value(QStringLiteral("steps")));
            // Of the fastest run; absent where the platform does not count them.
            if (r.contains(QStringLiteral("cpu_s"))) {
                figures.insert(QStringLiteral("import_100k_cpu_s"),
                               r.value(QStringLiteral("cpu_s")));
                figures.insert(QStringLiteral("import_100k_page_faults"),
                               r.value(QStringLiteral("page_faults")));
            }
            figures.insert(QStringLiteral("import_100k_steps_peak_mib"),
                           r.value(QStringLiteral("steps_peak_mib")));
        }
    }

    const QString big = dir.filePath(QStringLiteral("registry-10k.tuoyu"));
    if (makeRegistryWorkspace(big, 10000, &error)) {
        figures.insert(QStringLiteral("startup_ms"), measureStartupMs(big));
        // The same on the 任务 page, what startup_evidence_ms is compared with.
        figures.insert(QStringLiteral("startup_tasks_ms"),
                       measureStartupMs(big, QStringLiteral("tasks")));
    } else
        std::fprintf(stderr, "tuoyu-bench: %s\n", qPrintable(error));
    // The same workspace with a year's evidence (1,000 files, 500 MB) opens as fast, on the
    // 任务 page whose tasks carry the files: the content is in its own table and read only
    // when a file is opened (docs/register.md).
    const QString withEvidence = dir.filePath(QStringLiteral("registry-10k-evidence.tuoyu"));
    if (QFile::copy(big, withEvidence) &&
        addEvidence(withEvidence, 1000, 500LL * 1000 * 1000, &error))
        figures.insert(QStringLiteral("startup_evidence_ms"),
                       measureStartupMs(withEvidence, QStringLiteral("tasks")));
    else
        std::fprintf(stderr, "tuoyu-bench: %s\n", qPrintable(error));
    if (startupOnly) {
        const QByteArray out = QJsonDocument(figures).toJson(QJsonDocument::Indented);
        std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
        return 0;
    }

    const QString huge = dir.filePath(QStringLiteral("registry-100k.tuoyu"));
    if (makeRegistryWorkspace(huge, 100000, &error)) {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        const QJsonObject r =
            child({QStringLiteral("--child"), QStringLiteral("dashboard"), huge}, env);
        if (r.contains(QStringLiteral("ms")))
            figures.insert(QStringLiteral("dashboard_refresh_ms"), r.value(QStringLiteral("ms")));
    }

    const QJsonObject ledger = child({QStringLiteral("--child"), QStringLiteral("ledger")});
    if (ledger.contains(QStringLiteral("seconds")))
        figures.insert(QStringLiteral("ledger_1000_s"), ledger.value(QStringLiteral("seconds")));

    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QJsonObject report = child({QStringLiteral("--child"), QStringLiteral("report")}, env);
    if (report.contains(QStringLiteral("seconds")))
        figures.insert(QStringLiteral("report_pdf_s"), report.value(QStringLiteral("seconds")));

    const QJsonObject feedback = child({QStringLiteral("--child"), QStringLiteral("feedback")});
    if (feedback.contains(QStringLiteral("seconds")))
        figures.insert(QStringLiteral("feedback_merge_s"),
                       feedback.value(QStringLiteral("seconds")));
    const QJsonObject readPlan = child({QStringLiteral("--child"), QStringLiteral("readplan")});
    if (readPlan.contains(QStringLiteral("seconds")))
        figures.insert(QStringLiteral("read_plan_s"), readPlan.value(QStringLiteral("seconds")));

    const QByteArray out = QJsonDocument(figures).toJson(QJsonDocument::Indented);
    std::fwrite(out.constData(), 1, size_t(out.size()), stdout);
    return 0;
}
