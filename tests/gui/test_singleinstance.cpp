// One running program per user (a second launch opens its file in a new window of the running
// one), the window title, and the application icon. The second launches are the real binary.
#include "../core/testworkspace.h"
#include "commands/institutioncommands.h"
#include "session/workspace.h"
#include "shell/appicon.h"
#include "shell/mainwindow.h"
#include "shell/singleinstance.h"

#include <QApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QSettings>
#include <QTemporaryDir>
#include <QThread>

#include <catch2/catch.hpp>

#include <functional>

using namespace tuoyu;

namespace {

QString makeWorkspace(const QTemporaryDir &dir, const QString &name)
{
    const QString path = dir.filePath(name + QStringLiteral(".tuoyu"));
    QString error;
    const auto ws = Workspace::create(path, &error);
    REQUIRE(ws);
    test::createPlan(ws.get(), QStringLiteral("blank"));
    return path;
}

/// Runs the event loop until `done` holds or `ms` have passed; whether it held.
bool waitFor(const std::function<bool()> &done, int ms = 20000)
{
    QElapsedTimer clock;
    clock.start();
    while (!done()) {
        if (clock.elapsed() > ms)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 20);
        QThread::msleep(10);
    }
    return true;
}

QList<MainWindow *> visibleWindows()
{
    QList<MainWindow *> windows;
    for (QWidget *widget : QApplication::topLevelWidgets())
        if (auto *window = qobject_cast<MainWindow *>(widget); window && window->isVisible())
            windows << window;
    return windows;
}

MainWindow *windowShowing(const QString &path)
{
    for (MainWindow *window : visibleWindows())
        if (window->workspace() && QFileInfo(window->workspace()->path()) == QFileInfo(path))
            return window;
    return nullptr;
}

/// The real program, started the way a double-click starts it, with this test's home folder
/// (test_main.cpp gives each test process its own, so the instance key is this test's own).
void startDesk(QProcess &process, const QStringList &args, const QString &configHome = QString(),
               const QString &workingDir = QString())
{
    if (!workingDir.isEmpty())
        process.setWorkingDirectory(workingDir);
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    if (!configHome.isEmpty())
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), configHome);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(TUOYU_DESK_BINARY), args);
    REQUIRE(process.waitForStarted(10000));
}

} // namespace

TEST_CASE("A second launch with a .tuoyu file opens it in a new window of the running program, "
          "and exits",
          "[gui][instance]")
{
    QTemporaryDir dir;
    const QString first = makeWorkspace(dir, QStringLiteral("第一区"));
    const QString second = makeWorkspace(dir, QStringLiteral("第二区"));

    // This test process is the running program, wired as app/main.cpp wires it.
    SingleInstance running;
    REQUIRE(running.listen());
    QObject::connect(&running, &SingleInstance::openRequested, &running,
                     [](const QString &path) { showWorkspaceWindow(path); });
    MainWindow window;
    REQUIRE(window.openWorkspace(first));
    window.show();
    REQUIRE(visibleWindows().size() == 1);

    QProcess launch;
    startDesk(launch, {second});
    REQUIRE(waitFor([&] { return launch.state() == QProcess::NotRunning; }));
    CHECK(launch.exitStatus() == QProcess::NormalExit);
    CHECK(launch.exitCode() == 0);
    REQUIRE(waitFor([&] { return windowShowing(second) != nullptr; }));
    CHECK(visibleWindows().size() == 2);
    CHECK(windowShowing(first) == &window);

    // The same file again: the window that has it comes forward, no third window.
    QProcess again;
    startDesk(again, {QFileInfo(second).fileName()}, QString(), dir.path()); // a relative path
    REQUIRE(waitFor([&] { return again.state() == QProcess::NotRunning; }));
    CHECK(again.exitCode() == 0);
    QCoreApplication::processEvents();
    CHECK(visibleWindows().size() == 2);

    // No file: the running program comes forward, and the launch ends.
    QProcess bare;
    startDesk(bare, {});
    REQUIRE(waitFor([&] { return bare.state() == QProcess::NotRunning; }));
    CHECK(bare.exitCode() == 0);
    CHECK(visibleWindows().size() == 2);

    if (MainWindow *opened = windowShowing(second))
        opened->close(); // WA_DeleteOnClose
    CHECK(visibleWindows().size() == 1);
}

TEST_CASE("Two real processes: the second hands its file to the first, which opens it",
          "[gui][instance]")
{
    QTemporaryDir dir;
    const QString first = makeWorkspace(dir, QStringLiteral("甲"));
    const QString second = makeWorkspace(dir, QStringLiteral("乙"));
    const QString config = dir.filePath(QStringLiteral("config"));

    QProcess primary;
    startDesk(primary, {first}, config);
    // Up and listening once a request with no file is answered.
    REQUIRE(waitFor([&] { return SingleInstance().forward({}, 500); }));

    QProcess secondLaunch;
    startDesk(secondLaunch, {second}, config);
    REQUIRE(secondLaunch.waitForFinished(20000));
    CHECK(secondLaunch.exitCode() == 0);
    CHECK(primary.state() == QProcess::Running);
    // The running program opened it: a workspace it opens becomes its last opened one.
    const QString settingsFile = config + QStringLiteral("/TuoyuDesk/tuoyu-desk.conf");
    CHECK(waitFor([&] {
        return QSettings(settingsFile, QSettings::IniFormat)
                   .value(QStringLiteral("workspace/last"))
                   .toString() == second;
    }));
    primary.kill();
    primary.waitForFinished(10000);

    // A program that was killed leaves its socket file behind; the next one starts all the same.
    QProcess next;
    startDesk(next, {first}, config);
    CHECK(waitFor([&] { return SingleInstance().forward({}, 500); }));
    next.kill();
    next.waitForFinished(10000);
}

TEST_CASE("The window title names the workspace and when it was last saved", "[gui][title]")
{
    QTemporaryDir dir;
    const QString path = makeWorkspace(dir, QStringLiteral("屯留区"));
    const QDateTime written(QDate(2024, 12, 18), QTime(9, 30));
    for (const QString &file : {path, path + QStringLiteral("-wal")}) {
        QFile f(file);
        if (f.open(QIODevice::ReadWrite))
            f.setFileTime(written, QFileDevice::FileModificationTime);
    }
    MainWindow window;
    REQUIRE(window.openWorkspace(path));
    CHECK(window.windowTitle() == QStringLiteral("屯留区（2024-12-18 09:30 已保存） — 托育工作台"));

    // A change is saved as it is made: the title says so with today's time.
    QString error;
    Institution extra;
    extra.name = QStringLiteral("新开托育点");
    const QString before = QTime::currentTime().toString(QStringLiteral("HH:mm"));
    REQUIRE(window.workspace()->execute(institutioncommands::add(window.workspace(), extra, &error),
                                        &error));
    const QString after = QTime::currentTime().toString(QStringLiteral("HH:mm"));
    const QString title = window.windowTitle();
    CHECK((title == QStringLiteral("屯留区（%1 已保存） — 托育工作台").arg(before) ||
           title == QStringLiteral("屯留区（%1 已保存） — 托育工作台").arg(after)));
}

TEST_CASE("The application icon is built in at every size from 16 to 256 pixels", "[gui][icon]")
{
    const QIcon icon = applicationIcon();
    REQUIRE_FALSE(icon.isNull());
    const QList<QSize> sizes = icon.availableSizes();
    for (int size : {16, 22, 24, 32, 48, 64, 128, 256}) {
        CAPTURE(size);
        CHECK(sizes.contains(QSize(size, size)));
        CHECK(icon.pixmap(size).width() == size);
    }
}
